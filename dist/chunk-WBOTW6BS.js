#!/usr/bin/env node
import { createRequire as __bulkheadRequire } from 'node:module';
const require = __bulkheadRequire(import.meta.url);
import {
  openRegistryImage
} from "./chunk-YAHCUO4Y.js";
import "./chunk-2UU5XWJP.js";
import "./chunk-2KH2CT37.js";
import {
  createReadStream,
  promises
} from "./chunk-27DCNQHF.js";
import {
  append,
  jsonSyntaxMessage,
  sensitiveFileKind
} from "./chunk-R7SXB4GR.js";
import {
  ConfigurationError,
  InputParseError,
  errorMessage
} from "./chunk-FYCLPXZE.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-QLIY3PYG.js";

// node_modules/events-universal/default.js
var require_default = __commonJS({
  "node_modules/events-universal/default.js"(exports, module) {
    module.exports = __require("events");
  }
});

// node_modules/fast-fifo/fixed-size.js
var require_fixed_size = __commonJS({
  "node_modules/fast-fifo/fixed-size.js"(exports, module) {
    module.exports = class FixedFIFO {
      constructor(hwm) {
        if (!(hwm > 0) || (hwm - 1 & hwm) !== 0) throw new Error("Max size for a FixedFIFO should be a power of two");
        this.buffer = new Array(hwm);
        this.mask = hwm - 1;
        this.top = 0;
        this.btm = 0;
        this.next = null;
      }
      clear() {
        this.top = this.btm = 0;
        this.next = null;
        this.buffer.fill(void 0);
      }
      push(data) {
        if (this.buffer[this.top] !== void 0) return false;
        this.buffer[this.top] = data;
        this.top = this.top + 1 & this.mask;
        return true;
      }
      shift() {
        const last = this.buffer[this.btm];
        if (last === void 0) return void 0;
        this.buffer[this.btm] = void 0;
        this.btm = this.btm + 1 & this.mask;
        return last;
      }
      peek() {
        return this.buffer[this.btm];
      }
      isEmpty() {
        return this.buffer[this.btm] === void 0;
      }
    };
  }
});

// node_modules/fast-fifo/index.js
var require_fast_fifo = __commonJS({
  "node_modules/fast-fifo/index.js"(exports, module) {
    var FixedFIFO = require_fixed_size();
    module.exports = class FastFIFO {
      constructor(hwm) {
        this.hwm = hwm || 16;
        this.head = new FixedFIFO(this.hwm);
        this.tail = this.head;
        this.length = 0;
      }
      clear() {
        this.head = this.tail;
        this.head.clear();
        this.length = 0;
      }
      push(val) {
        this.length++;
        if (!this.head.push(val)) {
          const prev = this.head;
          this.head = prev.next = new FixedFIFO(2 * this.head.buffer.length);
          this.head.push(val);
        }
      }
      shift() {
        if (this.length !== 0) this.length--;
        const val = this.tail.shift();
        if (val === void 0 && this.tail.next) {
          const next = this.tail.next;
          this.tail.next = null;
          this.tail = next;
          return this.tail.shift();
        }
        return val;
      }
      peek() {
        const val = this.tail.peek();
        if (val === void 0 && this.tail.next) return this.tail.next.peek();
        return val;
      }
      isEmpty() {
        return this.length === 0;
      }
    };
  }
});

// node_modules/b4a/index.js
var require_b4a = __commonJS({
  "node_modules/b4a/index.js"(exports, module) {
    function isBuffer(value) {
      return Buffer.isBuffer(value) || value instanceof Uint8Array;
    }
    function isEncoding(encoding) {
      return Buffer.isEncoding(encoding);
    }
    function alloc(size, fill3, encoding) {
      return Buffer.alloc(size, fill3, encoding);
    }
    function allocUnsafe(size) {
      return Buffer.allocUnsafe(size);
    }
    function allocUnsafeSlow(size) {
      return Buffer.allocUnsafeSlow(size);
    }
    function byteLength(string, encoding) {
      return Buffer.byteLength(string, encoding);
    }
    function compare(a, b) {
      return Buffer.compare(a, b);
    }
    function concat(buffers, totalLength) {
      return Buffer.concat(buffers, totalLength);
    }
    function copy(source, target, targetStart, start, end) {
      return toBuffer(source).copy(target, targetStart, start, end);
    }
    function equals(a, b) {
      return toBuffer(a).equals(b);
    }
    function fill2(buffer, value, offset, end, encoding) {
      return toBuffer(buffer).fill(value, offset, end, encoding);
    }
    function from(value, encodingOrOffset, length) {
      return Buffer.from(value, encodingOrOffset, length);
    }
    function includes(buffer, value, byteOffset, encoding) {
      return toBuffer(buffer).includes(value, byteOffset, encoding);
    }
    function indexOf(buffer, value, byfeOffset, encoding) {
      return toBuffer(buffer).indexOf(value, byfeOffset, encoding);
    }
    function lastIndexOf(buffer, value, byteOffset, encoding) {
      return toBuffer(buffer).lastIndexOf(value, byteOffset, encoding);
    }
    function swap16(buffer) {
      return toBuffer(buffer).swap16();
    }
    function swap32(buffer) {
      return toBuffer(buffer).swap32();
    }
    function swap64(buffer) {
      return toBuffer(buffer).swap64();
    }
    function toBuffer(buffer) {
      if (Buffer.isBuffer(buffer)) return buffer;
      return Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    }
    function toString(buffer, encoding, start, end) {
      return toBuffer(buffer).toString(encoding, start, end);
    }
    function toHex(buffer, start, end) {
      return toBuffer(buffer).toString("hex", start, end);
    }
    function write(buffer, string, offset, length, encoding) {
      return toBuffer(buffer).write(string, offset, length, encoding);
    }
    function readDoubleBE(buffer, offset) {
      return toBuffer(buffer).readDoubleBE(offset);
    }
    function readDoubleLE(buffer, offset) {
      return toBuffer(buffer).readDoubleLE(offset);
    }
    function readFloatBE(buffer, offset) {
      return toBuffer(buffer).readFloatBE(offset);
    }
    function readFloatLE(buffer, offset) {
      return toBuffer(buffer).readFloatLE(offset);
    }
    function readInt32BE(buffer, offset) {
      return toBuffer(buffer).readInt32BE(offset);
    }
    function readInt32LE(buffer, offset) {
      return toBuffer(buffer).readInt32LE(offset);
    }
    function readUInt32BE(buffer, offset) {
      return toBuffer(buffer).readUInt32BE(offset);
    }
    function readUInt32LE(buffer, offset) {
      return toBuffer(buffer).readUInt32LE(offset);
    }
    function writeDoubleBE(buffer, value, offset) {
      return toBuffer(buffer).writeDoubleBE(value, offset);
    }
    function writeDoubleLE(buffer, value, offset) {
      return toBuffer(buffer).writeDoubleLE(value, offset);
    }
    function writeFloatBE(buffer, value, offset) {
      return toBuffer(buffer).writeFloatBE(value, offset);
    }
    function writeFloatLE(buffer, value, offset) {
      return toBuffer(buffer).writeFloatLE(value, offset);
    }
    function writeInt32BE(buffer, value, offset) {
      return toBuffer(buffer).writeInt32BE(value, offset);
    }
    function writeInt32LE(buffer, value, offset) {
      return toBuffer(buffer).writeInt32LE(value, offset);
    }
    function writeUInt32BE(buffer, value, offset) {
      return toBuffer(buffer).writeUInt32BE(value, offset);
    }
    function writeUInt32LE(buffer, value, offset) {
      return toBuffer(buffer).writeUInt32LE(value, offset);
    }
    module.exports = {
      isBuffer,
      isEncoding,
      alloc,
      allocUnsafe,
      allocUnsafeSlow,
      byteLength,
      compare,
      concat,
      copy,
      equals,
      fill: fill2,
      from,
      includes,
      indexOf,
      lastIndexOf,
      swap16,
      swap32,
      swap64,
      toBuffer,
      toString,
      toHex,
      write,
      readDoubleBE,
      readDoubleLE,
      readFloatBE,
      readFloatLE,
      readInt32BE,
      readInt32LE,
      readUInt32BE,
      readUInt32LE,
      writeDoubleBE,
      writeDoubleLE,
      writeFloatBE,
      writeFloatLE,
      writeInt32BE,
      writeInt32LE,
      writeUInt32BE,
      writeUInt32LE
    };
  }
});

// node_modules/text-decoder/lib/pass-through-decoder.js
var require_pass_through_decoder = __commonJS({
  "node_modules/text-decoder/lib/pass-through-decoder.js"(exports, module) {
    var b4a = require_b4a();
    module.exports = class PassThroughDecoder {
      constructor(encoding) {
        this.encoding = encoding;
      }
      get remaining() {
        return 0;
      }
      decode(data) {
        return b4a.toString(data, this.encoding);
      }
      flush() {
        return "";
      }
    };
  }
});

// node_modules/text-decoder/lib/utf8-decoder.js
var require_utf8_decoder = __commonJS({
  "node_modules/text-decoder/lib/utf8-decoder.js"(exports, module) {
    var b4a = require_b4a();
    module.exports = class UTF8Decoder {
      constructor() {
        this._reset();
      }
      get remaining() {
        return this.bytesSeen;
      }
      decode(data) {
        if (data.byteLength === 0) return "";
        if (this.bytesNeeded === 0 && trailingIncomplete(data, 0) === 0) {
          this.bytesSeen = trailingBytesSeen(data);
          return b4a.toString(data, "utf8");
        }
        let result = "";
        let start = 0;
        if (this.bytesNeeded > 0) {
          while (start < data.byteLength) {
            const byte = data[start];
            if (byte < this.lowerBoundary || byte > this.upperBoundary) {
              result += "\uFFFD";
              this._reset();
              break;
            }
            this.lowerBoundary = 128;
            this.upperBoundary = 191;
            this.codePoint = this.codePoint << 6 | byte & 63;
            this.bytesSeen++;
            start++;
            if (this.bytesSeen === this.bytesNeeded) {
              result += String.fromCodePoint(this.codePoint);
              this._reset();
              break;
            }
          }
          if (this.bytesNeeded > 0) return result;
        }
        const trailing = trailingIncomplete(data, start);
        const end = data.byteLength - trailing;
        if (end > start) result += b4a.toString(data, "utf8", start, end);
        for (let i = end; i < data.byteLength; i++) {
          const byte = data[i];
          if (this.bytesNeeded === 0) {
            if (byte <= 127) {
              this.bytesSeen = 0;
              result += String.fromCharCode(byte);
            } else if (byte >= 194 && byte <= 223) {
              this.bytesNeeded = 2;
              this.bytesSeen = 1;
              this.codePoint = byte & 31;
            } else if (byte >= 224 && byte <= 239) {
              if (byte === 224) this.lowerBoundary = 160;
              else if (byte === 237) this.upperBoundary = 159;
              this.bytesNeeded = 3;
              this.bytesSeen = 1;
              this.codePoint = byte & 15;
            } else if (byte >= 240 && byte <= 244) {
              if (byte === 240) this.lowerBoundary = 144;
              else if (byte === 244) this.upperBoundary = 143;
              this.bytesNeeded = 4;
              this.bytesSeen = 1;
              this.codePoint = byte & 7;
            } else {
              this.bytesSeen = 1;
              result += "\uFFFD";
            }
            continue;
          }
          if (byte < this.lowerBoundary || byte > this.upperBoundary) {
            result += "\uFFFD";
            i--;
            this._reset();
            continue;
          }
          this.lowerBoundary = 128;
          this.upperBoundary = 191;
          this.codePoint = this.codePoint << 6 | byte & 63;
          this.bytesSeen++;
          if (this.bytesSeen === this.bytesNeeded) {
            result += String.fromCodePoint(this.codePoint);
            this._reset();
          }
        }
        return result;
      }
      flush() {
        const result = this.bytesNeeded > 0 ? "\uFFFD" : "";
        this._reset();
        return result;
      }
      _reset() {
        this.codePoint = 0;
        this.bytesNeeded = 0;
        this.bytesSeen = 0;
        this.lowerBoundary = 128;
        this.upperBoundary = 191;
      }
    };
    function trailingIncomplete(data, start) {
      const len = data.byteLength;
      if (len <= start) return 0;
      const limit = Math.max(start, len - 4);
      let i = len - 1;
      while (i > limit && (data[i] & 192) === 128) i--;
      if (i < start) return 0;
      const byte = data[i];
      let needed;
      if (byte <= 127) return 0;
      if (byte >= 194 && byte <= 223) needed = 2;
      else if (byte >= 224 && byte <= 239) needed = 3;
      else if (byte >= 240 && byte <= 244) needed = 4;
      else return 0;
      const available = len - i;
      return available < needed ? available : 0;
    }
    function trailingBytesSeen(data) {
      const len = data.byteLength;
      if (len === 0) return 0;
      const last = data[len - 1];
      if (last <= 127) return 0;
      if ((last & 192) !== 128) return 1;
      const limit = Math.max(0, len - 4);
      let i = len - 2;
      while (i >= limit && (data[i] & 192) === 128) i--;
      if (i < 0) return 1;
      const first = data[i];
      let needed;
      if (first >= 194 && first <= 223) needed = 2;
      else if (first >= 224 && first <= 239) needed = 3;
      else if (first >= 240 && first <= 244) needed = 4;
      else return 1;
      if (len - i !== needed) return 1;
      if (needed >= 3) {
        const second = data[i + 1];
        if (first === 224 && second < 160) return 1;
        if (first === 237 && second > 159) return 1;
        if (first === 240 && second < 144) return 1;
        if (first === 244 && second > 143) return 1;
      }
      return 0;
    }
  }
});

// node_modules/text-decoder/index.js
var require_text_decoder = __commonJS({
  "node_modules/text-decoder/index.js"(exports, module) {
    var PassThroughDecoder = require_pass_through_decoder();
    var UTF8Decoder = require_utf8_decoder();
    module.exports = class TextDecoder {
      constructor(encoding = "utf8") {
        this.encoding = normalizeEncoding(encoding);
        switch (this.encoding) {
          case "utf8":
            this.decoder = new UTF8Decoder();
            break;
          case "utf16le":
          case "base64":
            throw new Error("Unsupported encoding: " + this.encoding);
          default:
            this.decoder = new PassThroughDecoder(this.encoding);
        }
      }
      get remaining() {
        return this.decoder.remaining;
      }
      push(data) {
        if (typeof data === "string") return data;
        return this.decoder.decode(data);
      }
      // For Node.js compatibility
      write(data) {
        return this.push(data);
      }
      end(data) {
        let result = "";
        if (data) result = this.push(data);
        result += this.decoder.flush();
        return result;
      }
    };
    function normalizeEncoding(encoding) {
      encoding = encoding.toLowerCase();
      switch (encoding) {
        case "utf8":
        case "utf-8":
          return "utf8";
        case "ucs2":
        case "ucs-2":
        case "utf16le":
        case "utf-16le":
          return "utf16le";
        case "latin1":
        case "binary":
          return "latin1";
        case "base64":
        case "ascii":
        case "hex":
          return encoding;
        default:
          throw new Error("Unknown encoding: " + encoding);
      }
    }
  }
});

// node_modules/streamx/lib/errors.js
var require_errors = __commonJS({
  "node_modules/streamx/lib/errors.js"(exports, module) {
    module.exports = class StreamError extends Error {
      constructor(msg, code, fn = StreamError) {
        super(msg);
        this.code = code;
        if (Error.captureStackTrace) {
          Error.captureStackTrace(this, fn);
        }
      }
      static isStreamDestroyed(err2) {
        return err2 && err2.code === "STREAM_DESTROYED";
      }
      static isPrematureClose(err2) {
        return err2 && err2.code === "PREMATURE_CLOSE";
      }
      static isAborted(err2) {
        return err2 && err2.code === "ABORTED";
      }
      static isBadArgument(err2) {
        return err2 && err2.code === "BAD_ARGUMENT";
      }
      get name() {
        return "StreamError";
      }
      static STREAM_DESTROYED() {
        return new StreamError("Stream was destroyed", "STREAM_DESTROYED", StreamError.STREAM_DESTROYED);
      }
      static PREMATURE_CLOSE(msg = "Premature close") {
        return new StreamError(msg, "PREMATURE_CLOSE", StreamError.PREMATURE_CLOSE);
      }
      static ABORTED() {
        return new StreamError("Stream aborted", "ABORTED", StreamError.ABORTED);
      }
      static BAD_ARGUMENT(msg = "Bad argument") {
        return new StreamError(msg, "BAD_ARGUMENT", StreamError.BAD_ARGUMENT);
      }
    };
  }
});

// node_modules/streamx/index.js
var require_streamx = __commonJS({
  "node_modules/streamx/index.js"(exports, module) {
    var { EventEmitter } = require_default();
    var FIFO = require_fast_fifo();
    var TextDecoder = require_text_decoder();
    var StreamError = require_errors();
    var qmt = typeof queueMicrotask === "undefined" ? (fn) => global.process.nextTick(fn) : queueMicrotask;
    var MAX = (1 << 29) - 1;
    var OPENING = 1;
    var PREDESTROYING = 2;
    var DESTROYING = 4;
    var DESTROYED = 8;
    var NOT_OPENING = MAX ^ OPENING;
    var NOT_PREDESTROYING = MAX ^ PREDESTROYING;
    var READ_ACTIVE = 1 << 4;
    var READ_UPDATING = 2 << 4;
    var READ_PRIMARY = 4 << 4;
    var READ_QUEUED = 8 << 4;
    var READ_RESUMED = 16 << 4;
    var READ_PIPE_DRAINED = 32 << 4;
    var READ_ENDING = 64 << 4;
    var READ_EMIT_DATA = 128 << 4;
    var READ_EMIT_READABLE = 256 << 4;
    var READ_EMITTED_READABLE = 512 << 4;
    var READ_DONE = 1024 << 4;
    var READ_NEXT_TICK = 2048 << 4;
    var READ_NEEDS_PUSH = 4096 << 4;
    var READ_READ_AHEAD = 8192 << 4;
    var READ_FLOWING = READ_RESUMED | READ_PIPE_DRAINED;
    var READ_ACTIVE_AND_NEEDS_PUSH = READ_ACTIVE | READ_NEEDS_PUSH;
    var READ_PRIMARY_AND_ACTIVE = READ_PRIMARY | READ_ACTIVE;
    var READ_EMIT_READABLE_AND_QUEUED = READ_EMIT_READABLE | READ_QUEUED;
    var READ_RESUMED_READ_AHEAD = READ_RESUMED | READ_READ_AHEAD;
    var READ_NOT_ACTIVE = MAX ^ READ_ACTIVE;
    var READ_NON_PRIMARY = MAX ^ READ_PRIMARY;
    var READ_NON_PRIMARY_AND_PUSHED = MAX ^ (READ_PRIMARY | READ_NEEDS_PUSH);
    var READ_PUSHED = MAX ^ READ_NEEDS_PUSH;
    var READ_PAUSED = MAX ^ READ_RESUMED;
    var READ_NOT_QUEUED = MAX ^ (READ_QUEUED | READ_EMITTED_READABLE);
    var READ_NOT_ENDING = MAX ^ READ_ENDING;
    var READ_PIPE_NOT_DRAINED = MAX ^ READ_FLOWING;
    var READ_NOT_NEXT_TICK = MAX ^ READ_NEXT_TICK;
    var READ_NOT_UPDATING = MAX ^ READ_UPDATING;
    var READ_NO_READ_AHEAD = MAX ^ READ_READ_AHEAD;
    var READ_PAUSED_NO_READ_AHEAD = MAX ^ READ_RESUMED_READ_AHEAD;
    var WRITE_ACTIVE = 1 << 18;
    var WRITE_UPDATING = 2 << 18;
    var WRITE_PRIMARY = 4 << 18;
    var WRITE_QUEUED = 8 << 18;
    var WRITE_UNDRAINED = 16 << 18;
    var WRITE_DONE = 32 << 18;
    var WRITE_EMIT_DRAIN = 64 << 18;
    var WRITE_NEXT_TICK = 128 << 18;
    var WRITE_WRITING = 256 << 18;
    var WRITE_FINISHING = 512 << 18;
    var WRITE_CORKED = 1024 << 18;
    var WRITE_NOT_ACTIVE = MAX ^ (WRITE_ACTIVE | WRITE_WRITING);
    var WRITE_NON_PRIMARY = MAX ^ WRITE_PRIMARY;
    var WRITE_NOT_FINISHING = MAX ^ (WRITE_ACTIVE | WRITE_FINISHING);
    var WRITE_DRAINED = MAX ^ WRITE_UNDRAINED;
    var WRITE_NOT_QUEUED = MAX ^ WRITE_QUEUED;
    var WRITE_NOT_NEXT_TICK = MAX ^ WRITE_NEXT_TICK;
    var WRITE_NOT_UPDATING = MAX ^ WRITE_UPDATING;
    var WRITE_NOT_CORKED = MAX ^ WRITE_CORKED;
    var ACTIVE = READ_ACTIVE | WRITE_ACTIVE;
    var NOT_ACTIVE = MAX ^ ACTIVE;
    var DONE = READ_DONE | WRITE_DONE;
    var DESTROY_STATUS = DESTROYING | DESTROYED | PREDESTROYING;
    var OPEN_STATUS = DESTROY_STATUS | OPENING;
    var AUTO_DESTROY = DESTROY_STATUS | DONE;
    var NON_PRIMARY = WRITE_NON_PRIMARY & READ_NON_PRIMARY;
    var ACTIVE_OR_TICKING = WRITE_NEXT_TICK | READ_NEXT_TICK;
    var TICKING = ACTIVE_OR_TICKING & NOT_ACTIVE;
    var IS_OPENING = OPEN_STATUS | TICKING;
    var READ_PRIMARY_STATUS = OPEN_STATUS | READ_ENDING | READ_DONE;
    var READ_STATUS = OPEN_STATUS | READ_DONE | READ_QUEUED;
    var READ_ENDING_STATUS = OPEN_STATUS | READ_ENDING | READ_QUEUED;
    var READ_READABLE_STATUS = OPEN_STATUS | READ_EMIT_READABLE | READ_QUEUED | READ_EMITTED_READABLE;
    var SHOULD_NOT_READ = OPEN_STATUS | READ_ACTIVE | READ_ENDING | READ_DONE | READ_NEEDS_PUSH | READ_READ_AHEAD;
    var READ_BACKPRESSURE_STATUS = DESTROY_STATUS | READ_ENDING | READ_DONE;
    var READ_UPDATE_SYNC_STATUS = READ_UPDATING | OPEN_STATUS | READ_NEXT_TICK | READ_PRIMARY;
    var READ_NEXT_TICK_OR_OPENING = READ_NEXT_TICK | OPENING;
    var WRITE_PRIMARY_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_DONE;
    var WRITE_QUEUED_AND_UNDRAINED = WRITE_QUEUED | WRITE_UNDRAINED;
    var WRITE_QUEUED_AND_ACTIVE = WRITE_QUEUED | WRITE_ACTIVE;
    var WRITE_DRAIN_STATUS = WRITE_QUEUED | WRITE_UNDRAINED | OPEN_STATUS | WRITE_ACTIVE;
    var WRITE_STATUS = OPEN_STATUS | WRITE_ACTIVE | WRITE_QUEUED | WRITE_CORKED;
    var WRITE_PRIMARY_AND_ACTIVE = WRITE_PRIMARY | WRITE_ACTIVE;
    var WRITE_ACTIVE_AND_WRITING = WRITE_ACTIVE | WRITE_WRITING;
    var WRITE_FINISHING_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_QUEUED_AND_ACTIVE | WRITE_DONE;
    var WRITE_BACKPRESSURE_STATUS = WRITE_UNDRAINED | DESTROY_STATUS | WRITE_FINISHING | WRITE_DONE;
    var WRITE_UPDATE_SYNC_STATUS = WRITE_UPDATING | OPEN_STATUS | WRITE_NEXT_TICK | WRITE_PRIMARY;
    var WRITE_DROP_DATA = WRITE_FINISHING | WRITE_DONE | DESTROY_STATUS;
    var asyncIterator = Symbol.asyncIterator || /* @__PURE__ */ Symbol("asyncIterator");
    var WritableState = class {
      constructor(stream, { highWaterMark = 16384, map = null, mapWritable, byteLength, byteLengthWritable } = {}) {
        this.stream = stream;
        this.queue = new FIFO();
        this.highWaterMark = highWaterMark;
        this.buffered = 0;
        this.error = null;
        this.pipeline = null;
        this.drains = null;
        this.byteLength = byteLengthWritable || byteLength || defaultByteLength;
        this.map = mapWritable || map;
        this.afterWrite = afterWrite.bind(this);
        this.afterUpdateNextTick = updateWriteNT.bind(this);
      }
      get ending() {
        return (this.stream._duplexState & WRITE_FINISHING) !== 0;
      }
      get ended() {
        return (this.stream._duplexState & WRITE_DONE) !== 0;
      }
      push(data) {
        if ((this.stream._duplexState & WRITE_DROP_DATA) !== 0) return false;
        if (this.map !== null) data = this.map(data);
        this.buffered += this.byteLength(data);
        this.queue.push(data);
        if (this.buffered < this.highWaterMark) {
          this.stream._duplexState |= WRITE_QUEUED;
          return true;
        }
        this.stream._duplexState |= WRITE_QUEUED_AND_UNDRAINED;
        return false;
      }
      shift() {
        const data = this.queue.shift();
        this.buffered -= this.byteLength(data);
        if (this.buffered === 0) this.stream._duplexState &= WRITE_NOT_QUEUED;
        return data;
      }
      end(data) {
        if (typeof data === "function") {
          this.stream.once("finish", data);
        } else if (data !== void 0 && data !== null) {
          this.push(data);
        }
        this.stream._duplexState = (this.stream._duplexState | WRITE_FINISHING) & WRITE_NON_PRIMARY;
      }
      autoBatch(data, cb) {
        const buffer = [];
        const stream = this.stream;
        buffer.push(data);
        while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED_AND_ACTIVE) {
          buffer.push(stream._writableState.shift());
        }
        if ((stream._duplexState & OPEN_STATUS) !== 0) return cb(null);
        stream._writev(buffer, cb);
      }
      update() {
        const stream = this.stream;
        stream._duplexState |= WRITE_UPDATING;
        do {
          while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED) {
            const data = this.shift();
            stream._duplexState |= WRITE_ACTIVE_AND_WRITING;
            stream._write(data, this.afterWrite);
          }
          if ((stream._duplexState & WRITE_PRIMARY_AND_ACTIVE) === 0) this.updateNonPrimary();
        } while (this.continueUpdate() === true);
        stream._duplexState &= WRITE_NOT_UPDATING;
      }
      updateNonPrimary() {
        const stream = this.stream;
        if ((stream._duplexState & WRITE_FINISHING_STATUS) === WRITE_FINISHING) {
          stream._duplexState = stream._duplexState | WRITE_ACTIVE;
          stream._final(afterFinal.bind(this));
          return;
        }
        if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
          if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
            stream._duplexState |= ACTIVE;
            stream._destroy(afterDestroy.bind(this));
          }
          return;
        }
        if ((stream._duplexState & IS_OPENING) === OPENING) {
          stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING;
          stream._open(afterOpen.bind(this));
        }
      }
      continueUpdate() {
        if ((this.stream._duplexState & WRITE_NEXT_TICK) === 0) return false;
        this.stream._duplexState &= WRITE_NOT_NEXT_TICK;
        return true;
      }
      updateCallback() {
        if ((this.stream._duplexState & WRITE_UPDATE_SYNC_STATUS) === WRITE_PRIMARY) {
          this.update();
        } else {
          this.updateNextTick();
        }
      }
      updateNextTick() {
        if ((this.stream._duplexState & WRITE_NEXT_TICK) !== 0) return;
        this.stream._duplexState |= WRITE_NEXT_TICK;
        if ((this.stream._duplexState & WRITE_UPDATING) === 0) qmt(this.afterUpdateNextTick);
      }
    };
    var ReadableState = class {
      constructor(stream, { highWaterMark = 16384, map = null, mapReadable, byteLength, byteLengthReadable } = {}) {
        this.stream = stream;
        this.queue = new FIFO();
        this.highWaterMark = highWaterMark === 0 ? 1 : highWaterMark;
        this.buffered = 0;
        this.readAhead = highWaterMark > 0;
        this.error = null;
        this.pipeline = null;
        this.byteLength = byteLengthReadable || byteLength || defaultByteLength;
        this.map = mapReadable || map;
        this.pipeTo = null;
        this.afterRead = afterRead.bind(this);
        this.afterUpdateNextTick = updateReadNT.bind(this);
      }
      get ending() {
        return (this.stream._duplexState & READ_ENDING) !== 0;
      }
      get ended() {
        return (this.stream._duplexState & READ_DONE) !== 0;
      }
      pipe(pipeTo, cb) {
        if (this.pipeTo !== null) throw StreamError.BAD_ARGUMENT("Can only pipe to one destination");
        if (typeof cb !== "function") cb = null;
        this.stream._duplexState |= READ_PIPE_DRAINED;
        this.pipeTo = pipeTo;
        this.pipeline = new Pipeline(this.stream, pipeTo, cb);
        if (cb) this.stream.on("error", noop);
        if (isStreamx(pipeTo)) {
          pipeTo._writableState.pipeline = this.pipeline;
          if (cb) pipeTo.on("error", noop);
          pipeTo.on("finish", this.pipeline.finished.bind(this.pipeline));
        } else {
          const onerror = this.pipeline.done.bind(this.pipeline, pipeTo);
          const onclose = this.pipeline.done.bind(this.pipeline, pipeTo, null);
          pipeTo.on("error", onerror);
          pipeTo.on("close", onclose);
          pipeTo.on("finish", this.pipeline.finished.bind(this.pipeline));
        }
        pipeTo.on("drain", afterDrain.bind(this));
        this.stream.emit("piping", pipeTo);
        pipeTo.emit("pipe", this.stream);
      }
      push(data) {
        const stream = this.stream;
        if (data === null) {
          this.highWaterMark = 0;
          stream._duplexState = (stream._duplexState | READ_ENDING) & READ_NON_PRIMARY_AND_PUSHED;
          return false;
        }
        if (this.map !== null) {
          data = this.map(data);
          if (data === null) {
            stream._duplexState &= READ_PUSHED;
            return this.buffered < this.highWaterMark;
          }
        }
        this.buffered += this.byteLength(data);
        this.queue.push(data);
        stream._duplexState = (stream._duplexState | READ_QUEUED) & READ_PUSHED;
        return this.buffered < this.highWaterMark;
      }
      shift() {
        const data = this.queue.shift();
        this.buffered -= this.byteLength(data);
        if (this.buffered === 0) {
          this.stream._duplexState &= READ_NOT_QUEUED;
        }
        return data;
      }
      unshift(data) {
        const pending = [this.map !== null ? this.map(data) : data];
        while (this.buffered > 0) pending.push(this.shift());
        for (let i = 0; i < pending.length - 1; i++) {
          const data2 = pending[i];
          this.buffered += this.byteLength(data2);
          this.queue.push(data2);
        }
        this.push(pending[pending.length - 1]);
      }
      read() {
        const stream = this.stream;
        if ((stream._duplexState & READ_STATUS) === READ_QUEUED) {
          const data = this.shift();
          if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
            stream._duplexState &= READ_PIPE_NOT_DRAINED;
          }
          if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
            stream.emit("data", data);
          }
          return data;
        }
        if (this.readAhead === false) {
          stream._duplexState |= READ_READ_AHEAD;
          this.updateNextTick();
        }
        return null;
      }
      drain() {
        const stream = this.stream;
        while ((stream._duplexState & READ_STATUS) === READ_QUEUED && (stream._duplexState & READ_FLOWING) !== 0) {
          const data = this.shift();
          if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
            stream._duplexState &= READ_PIPE_NOT_DRAINED;
          }
          if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
            stream.emit("data", data);
          }
        }
      }
      update() {
        const stream = this.stream;
        stream._duplexState |= READ_UPDATING;
        do {
          this.drain();
          while (this.buffered < this.highWaterMark && (stream._duplexState & SHOULD_NOT_READ) === READ_READ_AHEAD) {
            stream._duplexState |= READ_ACTIVE_AND_NEEDS_PUSH;
            stream._read(this.afterRead);
            this.drain();
          }
          if ((stream._duplexState & READ_READABLE_STATUS) === READ_EMIT_READABLE_AND_QUEUED) {
            stream._duplexState |= READ_EMITTED_READABLE;
            stream.emit("readable");
          }
          if ((stream._duplexState & READ_PRIMARY_AND_ACTIVE) === 0) {
            this.updateNonPrimary();
          }
        } while (this.continueUpdate() === true);
        stream._duplexState &= READ_NOT_UPDATING;
      }
      updateNonPrimary() {
        const stream = this.stream;
        if ((stream._duplexState & READ_ENDING_STATUS) === READ_ENDING) {
          stream._duplexState = (stream._duplexState | READ_DONE) & READ_NOT_ENDING;
          stream.emit("end");
          if ((stream._duplexState & AUTO_DESTROY) === DONE) {
            stream._duplexState |= DESTROYING;
          }
          if (this.pipeTo !== null) {
            this.pipeTo.end();
          }
        }
        if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
          if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
            stream._duplexState |= ACTIVE;
            stream._destroy(afterDestroy.bind(this));
          }
          return;
        }
        if ((stream._duplexState & IS_OPENING) === OPENING) {
          stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING;
          stream._open(afterOpen.bind(this));
        }
      }
      continueUpdate() {
        if ((this.stream._duplexState & READ_NEXT_TICK) === 0) return false;
        this.stream._duplexState &= READ_NOT_NEXT_TICK;
        return true;
      }
      updateCallback() {
        if ((this.stream._duplexState & READ_UPDATE_SYNC_STATUS) === READ_PRIMARY) {
          this.update();
        } else {
          this.updateNextTick();
        }
      }
      updateNextTickIfOpen() {
        if ((this.stream._duplexState & READ_NEXT_TICK_OR_OPENING) !== 0) return;
        this.stream._duplexState |= READ_NEXT_TICK;
        if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick);
      }
      updateNextTick() {
        if ((this.stream._duplexState & READ_NEXT_TICK) !== 0) return;
        this.stream._duplexState |= READ_NEXT_TICK;
        if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick);
      }
    };
    var TransformState = class {
      constructor(stream) {
        this.data = null;
        this.afterTransform = afterTransform.bind(stream);
        this.afterFinal = null;
      }
    };
    var Pipeline = class {
      constructor(src, dst, cb) {
        this.from = src;
        this.to = dst;
        this.afterPipe = cb;
        this.error = null;
        this.pipeToFinished = false;
      }
      finished() {
        this.pipeToFinished = true;
      }
      done(stream, err2) {
        if (err2) this.error = err2;
        if (stream === this.to) {
          this.to = null;
          if (this.from !== null) {
            if ((this.from._duplexState & READ_DONE) === 0 || !this.pipeToFinished) {
              this.from.destroy(this.error || StreamError.PREMATURE_CLOSE("Writable stream closed"));
            }
            return;
          }
        }
        if (stream === this.from) {
          this.from = null;
          if (this.to !== null) {
            if ((stream._duplexState & READ_DONE) === 0) {
              this.to.destroy(this.error || StreamError.PREMATURE_CLOSE("Readable stream closed"));
            }
            return;
          }
        }
        if (this.afterPipe !== null) this.afterPipe(this.error);
        this.to = this.from = this.afterPipe = null;
      }
    };
    function afterDrain() {
      this.stream._duplexState |= READ_PIPE_DRAINED;
      this.updateCallback();
    }
    function afterFinal(err2) {
      const stream = this.stream;
      if (err2) stream.destroy(err2);
      if ((stream._duplexState & DESTROY_STATUS) === 0) {
        stream._duplexState |= WRITE_DONE;
        stream.emit("finish");
      }
      if ((stream._duplexState & AUTO_DESTROY) === DONE) {
        stream._duplexState |= DESTROYING;
      }
      stream._duplexState &= WRITE_NOT_FINISHING;
      if ((stream._duplexState & WRITE_UPDATING) === 0) {
        this.update();
      } else {
        this.updateNextTick();
      }
    }
    function afterDestroy(err2) {
      const stream = this.stream;
      if (!err2 && !StreamError.isStreamDestroyed(this.error)) err2 = this.error;
      if (err2) stream.emit("error", err2);
      stream._duplexState |= DESTROYED;
      stream.emit("close");
      const rs = stream._readableState;
      const ws = stream._writableState;
      if (rs !== null && rs.pipeline !== null) {
        rs.pipeline.done(stream, err2);
      }
      if (ws !== null) {
        while (ws.drains !== null && ws.drains.length > 0) {
          ws.drains.shift().resolve(false);
        }
        if (ws.pipeline !== null) {
          ws.pipeline.done(stream, err2);
        }
      }
    }
    function afterWrite(err2) {
      const stream = this.stream;
      if (err2) stream.destroy(err2);
      stream._duplexState &= WRITE_NOT_ACTIVE;
      if (this.drains !== null) tickDrains(this.drains);
      if ((stream._duplexState & WRITE_DRAIN_STATUS) === WRITE_UNDRAINED) {
        stream._duplexState &= WRITE_DRAINED;
        if ((stream._duplexState & WRITE_EMIT_DRAIN) === WRITE_EMIT_DRAIN) {
          stream.emit("drain");
        }
      }
      this.updateCallback();
    }
    function afterRead(err2) {
      if (err2) this.stream.destroy(err2);
      this.stream._duplexState &= READ_NOT_ACTIVE;
      if (this.readAhead === false && (this.stream._duplexState & READ_RESUMED) === 0) {
        this.stream._duplexState &= READ_NO_READ_AHEAD;
      }
      this.updateCallback();
    }
    function updateReadNT() {
      if ((this.stream._duplexState & READ_UPDATING) === 0) {
        this.stream._duplexState &= READ_NOT_NEXT_TICK;
        this.update();
      }
    }
    function updateWriteNT() {
      if ((this.stream._duplexState & WRITE_UPDATING) === 0) {
        this.stream._duplexState &= WRITE_NOT_NEXT_TICK;
        this.update();
      }
    }
    function tickDrains(drains) {
      for (let i = 0; i < drains.length; i++) {
        if (--drains[i].writes === 0) {
          drains.shift().resolve(true);
          i--;
        }
      }
    }
    function afterOpen(err2) {
      const stream = this.stream;
      if (err2) stream.destroy(err2);
      if ((stream._duplexState & DESTROYING) === 0) {
        if ((stream._duplexState & READ_PRIMARY_STATUS) === 0) {
          stream._duplexState |= READ_PRIMARY;
        }
        if ((stream._duplexState & WRITE_PRIMARY_STATUS) === 0) {
          stream._duplexState |= WRITE_PRIMARY;
        }
        stream.emit("open");
      }
      stream._duplexState &= NOT_ACTIVE;
      if (stream._writableState !== null) {
        stream._writableState.updateCallback();
      }
      if (stream._readableState !== null) {
        stream._readableState.updateCallback();
      }
    }
    function afterTransform(err2, data) {
      if (data !== void 0 && data !== null) this.push(data);
      this._writableState.afterWrite(err2);
    }
    function newListener(name) {
      if (this._readableState !== null) {
        if (name === "data") {
          this._duplexState |= READ_EMIT_DATA | READ_RESUMED_READ_AHEAD;
          this._readableState.updateNextTick();
        }
        if (name === "readable") {
          this._duplexState |= READ_EMIT_READABLE;
          this._readableState.updateNextTick();
        }
      }
      if (this._writableState !== null) {
        if (name === "drain") {
          this._duplexState |= WRITE_EMIT_DRAIN;
          this._writableState.updateNextTick();
        }
      }
    }
    var Stream = class extends EventEmitter {
      constructor(opts) {
        super();
        this._duplexState = 0;
        this._readableState = null;
        this._writableState = null;
        if (opts) {
          if (opts.open) this._open = opts.open;
          if (opts.destroy) this._destroy = opts.destroy;
          if (opts.predestroy) this._predestroy = opts.predestroy;
          if (opts.signal) opts.signal.addEventListener("abort", abort.bind(this));
        }
        this.on("newListener", newListener);
      }
      _open(cb) {
        cb(null);
      }
      _destroy(cb) {
        cb(null);
      }
      _predestroy() {
      }
      get readable() {
        return this._readableState !== null ? true : void 0;
      }
      get writable() {
        return this._writableState !== null ? true : void 0;
      }
      get destroyed() {
        return (this._duplexState & DESTROYED) !== 0;
      }
      get destroying() {
        return (this._duplexState & DESTROY_STATUS) !== 0;
      }
      destroy(err2) {
        if ((this._duplexState & DESTROY_STATUS) === 0) {
          if (!err2) err2 = StreamError.STREAM_DESTROYED();
          this._duplexState = (this._duplexState | DESTROYING) & NON_PRIMARY;
          if (this._readableState !== null) {
            this._readableState.highWaterMark = 0;
            this._readableState.error = err2;
          }
          if (this._writableState !== null) {
            this._writableState.highWaterMark = 0;
            this._writableState.error = err2;
          }
          this._duplexState |= PREDESTROYING;
          this._predestroy();
          this._duplexState &= NOT_PREDESTROYING;
          if (this._readableState !== null) {
            this._readableState.updateNextTick();
          }
          if (this._writableState !== null) {
            this._writableState.updateNextTick();
          }
        }
      }
    };
    var Readable2 = class _Readable extends Stream {
      constructor(opts) {
        super(opts);
        this._duplexState |= OPENING | WRITE_DONE | READ_READ_AHEAD;
        this._readableState = new ReadableState(this, opts);
        if (opts) {
          if (this._readableState.readAhead === false) this._duplexState &= READ_NO_READ_AHEAD;
          if (opts.read) this._read = opts.read;
          if (opts.eagerOpen) this._readableState.updateNextTick();
          if (opts.encoding) this.setEncoding(opts.encoding);
        }
      }
      static deferred(fn, opts) {
        const out = new PassThrough2(opts);
        fn().then((src) => {
          if (src === null) return out.end();
          if (out.destroying) return;
          pipeline(src, out, noop);
        }).catch((err2) => out.destroy(err2));
        return out;
      }
      setEncoding(encoding) {
        const dec = new TextDecoder(encoding);
        const map = this._readableState.map || echo;
        this._readableState.map = mapOrSkip;
        return this;
        function mapOrSkip(data) {
          const next = dec.push(data);
          return next === "" && (data.byteLength !== 0 || dec.remaining > 0) ? null : map(next);
        }
      }
      _read(cb) {
        cb(null);
      }
      pipe(dest, cb) {
        this._readableState.updateNextTick();
        this._readableState.pipe(dest, cb);
        return dest;
      }
      read() {
        this._readableState.updateNextTick();
        return this._readableState.read();
      }
      push(data) {
        this._readableState.updateNextTickIfOpen();
        return this._readableState.push(data);
      }
      unshift(data) {
        this._readableState.updateNextTickIfOpen();
        return this._readableState.unshift(data);
      }
      resume() {
        this._duplexState |= READ_RESUMED_READ_AHEAD;
        this._readableState.updateNextTick();
        return this;
      }
      pause() {
        this._duplexState &= this._readableState.readAhead === false ? READ_PAUSED_NO_READ_AHEAD : READ_PAUSED;
        return this;
      }
      static _fromAsyncIterator(ite, opts) {
        let destroy;
        const rs = new _Readable({
          ...opts,
          read(cb) {
            ite.next().then(push).then(cb.bind(null, null)).catch(cb);
          },
          predestroy() {
            destroy = ite.return();
          },
          destroy(cb) {
            if (!destroy) return cb(null);
            destroy.then(cb.bind(null, null)).catch(cb);
          }
        });
        return rs;
        function push(data) {
          if (data.done) rs.push(null);
          else rs.push(data.value);
        }
      }
      static from(data, opts) {
        if (isReadStreamx(data)) return data;
        if (data[asyncIterator]) return this._fromAsyncIterator(data[asyncIterator](), opts);
        if (!Array.isArray(data)) data = data === void 0 ? [] : [data];
        let i = 0;
        return new _Readable({
          ...opts,
          read(cb) {
            this.push(i === data.length ? null : data[i++]);
            cb(null);
          }
        });
      }
      static isBackpressured(rs) {
        return (rs._duplexState & READ_BACKPRESSURE_STATUS) !== 0 || rs._readableState.buffered >= rs._readableState.highWaterMark;
      }
      static isPaused(rs) {
        return (rs._duplexState & READ_RESUMED) === 0;
      }
      [asyncIterator]() {
        const stream = this;
        let error = null;
        let promiseResolve = null;
        let promiseReject = null;
        this.on("error", (err2) => {
          error = err2;
        });
        this.on("readable", onreadable);
        this.on("close", onclose);
        return {
          [asyncIterator]() {
            return this;
          },
          next() {
            return new Promise(function(resolve2, reject) {
              promiseResolve = resolve2;
              promiseReject = reject;
              const data = stream.read();
              if (data !== null) ondata(data);
              else if ((stream._duplexState & DESTROYED) !== 0) ondata(null);
            });
          },
          return() {
            return destroy(null);
          },
          throw(err2) {
            return destroy(err2);
          }
        };
        function onreadable() {
          if (promiseResolve !== null) ondata(stream.read());
        }
        function onclose() {
          if (promiseResolve !== null) ondata(null);
        }
        function ondata(data) {
          if (promiseReject === null) return;
          if (error) {
            promiseReject(error);
          } else if (data === null && (stream._duplexState & READ_DONE) === 0) {
            promiseReject(StreamError.STREAM_DESTROYED());
          } else {
            promiseResolve({ value: data, done: data === null });
          }
          promiseReject = promiseResolve = null;
        }
        function destroy(err2) {
          stream.destroy(err2);
          return new Promise((resolve2, reject) => {
            if (stream._duplexState & DESTROYED) return resolve2({ value: void 0, done: true });
            stream.once("close", function() {
              if (err2) reject(err2);
              else resolve2({ value: void 0, done: true });
            });
          });
        }
      }
    };
    var Writable = class extends Stream {
      constructor(opts) {
        super(opts);
        this._duplexState |= OPENING | READ_DONE;
        this._writableState = new WritableState(this, opts);
        if (opts) {
          if (opts.writev) this._writev = opts.writev;
          if (opts.write) this._write = opts.write;
          if (opts.final) this._final = opts.final;
          if (opts.eagerOpen) this._writableState.updateNextTick();
        }
      }
      cork() {
        this._duplexState |= WRITE_CORKED;
      }
      uncork() {
        this._duplexState &= WRITE_NOT_CORKED;
        this._writableState.updateNextTick();
      }
      _writev(batch, cb) {
        cb(null);
      }
      _write(data, cb) {
        this._writableState.autoBatch(data, cb);
      }
      _final(cb) {
        cb(null);
      }
      static isBackpressured(ws) {
        return (ws._duplexState & WRITE_BACKPRESSURE_STATUS) !== 0;
      }
      static drained(ws) {
        if (ws.destroyed) return Promise.resolve(false);
        const state = ws._writableState;
        const pending = isWritev(ws) ? Math.min(1, state.queue.length) : state.queue.length;
        const writes = pending + (ws._duplexState & WRITE_WRITING ? 1 : 0);
        if (writes === 0) return Promise.resolve(true);
        if (state.drains === null) state.drains = [];
        return new Promise((resolve2) => {
          state.drains.push({ writes, resolve: resolve2 });
        });
      }
      write(data) {
        this._writableState.updateNextTick();
        return this._writableState.push(data);
      }
      end(data) {
        this._writableState.updateNextTick();
        this._writableState.end(data);
        return this;
      }
    };
    var Duplex = class extends Readable2 {
      // and Writable
      constructor(opts) {
        super(opts);
        this._duplexState = OPENING | this._duplexState & READ_READ_AHEAD;
        this._writableState = new WritableState(this, opts);
        if (opts) {
          if (opts.writev) this._writev = opts.writev;
          if (opts.write) this._write = opts.write;
          if (opts.final) this._final = opts.final;
        }
      }
      cork() {
        this._duplexState |= WRITE_CORKED;
      }
      uncork() {
        this._duplexState &= WRITE_NOT_CORKED;
        this._writableState.updateNextTick();
      }
      _writev(batch, cb) {
        cb(null);
      }
      _write(data, cb) {
        this._writableState.autoBatch(data, cb);
      }
      _final(cb) {
        cb(null);
      }
      write(data) {
        this._writableState.updateNextTick();
        return this._writableState.push(data);
      }
      end(data) {
        this._writableState.updateNextTick();
        this._writableState.end(data);
        return this;
      }
    };
    var Transform4 = class extends Duplex {
      constructor(opts) {
        super(opts);
        this._transformState = new TransformState(this);
        if (opts) {
          if (opts.transform) this._transform = opts.transform;
          if (opts.flush) this._flush = opts.flush;
        }
      }
      _write(data, cb) {
        if (this._readableState.buffered >= this._readableState.highWaterMark) {
          this._transformState.data = data;
        } else {
          this._transform(data, this._transformState.afterTransform);
        }
      }
      _read(cb) {
        if (this._transformState.data !== null) {
          const data = this._transformState.data;
          this._transformState.data = null;
          cb(null);
          this._transform(data, this._transformState.afterTransform);
        } else {
          cb(null);
        }
      }
      destroy(err2) {
        super.destroy(err2);
        if (this._transformState.data !== null) {
          this._transformState.data = null;
          this._transformState.afterTransform();
        }
      }
      _transform(data, cb) {
        cb(null, data);
      }
      _flush(cb) {
        cb(null);
      }
      _final(cb) {
        this._transformState.afterFinal = cb;
        this._flush(transformAfterFlush.bind(this));
      }
    };
    var PassThrough2 = class extends Transform4 {
    };
    function transformAfterFlush(err2, data) {
      const cb = this._transformState.afterFinal;
      if (err2) return cb(err2);
      if (data !== null && data !== void 0) this.push(data);
      this.push(null);
      cb(null);
    }
    function pipelinePromise(...streams) {
      return new Promise((resolve2, reject) => {
        return pipeline(...streams, (err2) => {
          if (err2) return reject(err2);
          resolve2();
        });
      });
    }
    function pipeline(stream, ...streams) {
      const all = Array.isArray(stream) ? [...stream, ...streams] : [stream, ...streams];
      const done = all.length && typeof all[all.length - 1] === "function" ? all.pop() : null;
      if (all.length < 2) throw StreamError.BAD_ARGUMENT("Pipeline requires at least 2 streams");
      let src = all[0];
      let dest = null;
      let error = null;
      for (let i = 1; i < all.length; i++) {
        dest = all[i];
        if (isStreamx(src)) {
          src.pipe(dest, onerror);
        } else {
          errorHandle(src, true, i > 1, onerror);
          src.pipe(dest);
        }
        src = dest;
      }
      if (done) {
        let fin = false;
        const autoDestroy = isStreamx(dest) || !!(dest._writableState && dest._writableState.autoDestroy);
        dest.on("error", (err2) => {
          if (error === null) error = err2;
        });
        dest.on("finish", () => {
          fin = true;
          if (!autoDestroy) done(error);
        });
        if (autoDestroy) {
          dest.on("close", () => done(error || (fin ? null : StreamError.PREMATURE_CLOSE())));
        }
      }
      return dest;
      function errorHandle(s, rd, wr, onerror2) {
        s.on("error", onerror2);
        s.on("close", onclose);
        function onclose() {
          if (rd && s._readableState && !s._readableState.ended) {
            return onerror2(StreamError.PREMATURE_CLOSE());
          }
          if (wr && s._writableState && !s._writableState.ended) {
            return onerror2(StreamError.PREMATURE_CLOSE());
          }
        }
      }
      function onerror(err2) {
        if (!err2 || error) return;
        error = err2;
        for (const s of all) {
          s.destroy(err2);
        }
      }
    }
    function echo(s) {
      return s;
    }
    function isStream(stream) {
      return !!stream._readableState || !!stream._writableState;
    }
    function isStreamx(stream) {
      return typeof stream._duplexState === "number" && isStream(stream);
    }
    function isEnding(stream) {
      return !!stream._readableState && stream._readableState.ending;
    }
    function isEnded(stream) {
      return !!stream._readableState && stream._readableState.ended;
    }
    function isFinishing(stream) {
      return !!stream._writableState && stream._writableState.ending;
    }
    function isFinished(stream) {
      return !!stream._writableState && stream._writableState.ended;
    }
    function getStreamError(stream, opts = {}) {
      const err2 = stream._readableState && stream._readableState.error || stream._writableState && stream._writableState.error;
      return !opts.all && StreamError.isStreamDestroyed(err2) ? null : err2;
    }
    function isReadStreamx(stream) {
      return isStreamx(stream) && stream.readable;
    }
    function isDisturbed(stream) {
      return (stream._duplexState & OPENING) !== OPENING || (stream._duplexState & DESTROYING) === DESTROYING || (stream._duplexState & ACTIVE_OR_TICKING) !== 0;
    }
    function isTypedArray(data) {
      return typeof data === "object" && data !== null && typeof data.byteLength === "number";
    }
    function defaultByteLength(data) {
      return isTypedArray(data) ? data.byteLength : 1024;
    }
    function noop() {
    }
    function abort() {
      this.destroy(StreamError.ABORTED());
    }
    function isWritev(s) {
      return s._writev !== Writable.prototype._writev && s._writev !== Duplex.prototype._writev;
    }
    module.exports = {
      pipeline,
      pipelinePromise,
      isStream,
      isStreamx,
      isEnding,
      isEnded,
      isFinishing,
      isFinished,
      isDisturbed,
      getStreamError,
      Stream,
      Writable,
      Readable: Readable2,
      Duplex,
      Transform: Transform4,
      // Export PassThrough for compatibility with Node.js core's stream module
      PassThrough: PassThrough2
    };
  }
});

// node_modules/tar-stream/headers.js
var require_headers = __commonJS({
  "node_modules/tar-stream/headers.js"(exports) {
    var b4a = require_b4a();
    var ZEROS = "0000000000000000000";
    var SEVENS = "7777777777777777777";
    var ZERO_OFFSET = "0".charCodeAt(0);
    var USTAR_MAGIC = b4a.from([117, 115, 116, 97, 114, 0]);
    var USTAR_VER = b4a.from([ZERO_OFFSET, ZERO_OFFSET]);
    var GNU_MAGIC = b4a.from([117, 115, 116, 97, 114, 32]);
    var GNU_VER = b4a.from([32, 0]);
    var MASK = 4095;
    var MAGIC_OFFSET = 257;
    var VERSION_OFFSET = 263;
    exports.decodeLongPath = function decodeLongPath(buf, encoding) {
      return decodeStr(buf, 0, buf.length, encoding);
    };
    exports.encodePax = function encodePax(opts) {
      let result = "";
      if (opts.name) result += addLength(" path=" + opts.name + "\n");
      if (opts.linkname) result += addLength(" linkpath=" + opts.linkname + "\n");
      const pax = opts.pax;
      if (pax) {
        for (const key in pax) {
          result += addLength(" " + key + "=" + pax[key] + "\n");
        }
      }
      return b4a.from(result);
    };
    exports.decodePax = function decodePax(buf) {
      const result = {};
      while (buf.length) {
        let i = 0;
        while (i < buf.length && buf[i] !== 32) i++;
        const len = parseInt(b4a.toString(buf.subarray(0, i)), 10);
        if (!len) return result;
        const b = b4a.toString(buf.subarray(i + 1, len - 1));
        const keyIndex = b.indexOf("=");
        if (keyIndex === -1) return result;
        result[b.slice(0, keyIndex)] = b.slice(keyIndex + 1);
        buf = buf.subarray(len);
      }
      return result;
    };
    exports.encode = function encode(opts) {
      const buf = b4a.alloc(512);
      let name = opts.name;
      let prefix = "";
      if (opts.typeflag === 5 && name[name.length - 1] !== "/") name += "/";
      if (b4a.byteLength(name) !== name.length) return null;
      while (b4a.byteLength(name) > 100) {
        const i = name.indexOf("/");
        if (i === -1) return null;
        prefix += prefix ? "/" + name.slice(0, i) : name.slice(0, i);
        name = name.slice(i + 1);
      }
      if (b4a.byteLength(name) > 100 || b4a.byteLength(prefix) > 155) return null;
      if (opts.linkname && b4a.byteLength(opts.linkname) > 100) return null;
      b4a.write(buf, name);
      b4a.write(buf, encodeOct(opts.mode & MASK, 6), 100);
      b4a.write(buf, encodeOct(opts.uid, 6), 108);
      b4a.write(buf, encodeOct(opts.gid, 6), 116);
      encodeSize(opts.size, buf, 124);
      b4a.write(buf, encodeOct(opts.mtime.getTime() / 1e3 | 0, 11), 136);
      buf[156] = ZERO_OFFSET + toTypeflag(opts.type);
      if (opts.linkname) b4a.write(buf, opts.linkname, 157);
      b4a.copy(USTAR_MAGIC, buf, MAGIC_OFFSET);
      b4a.copy(USTAR_VER, buf, VERSION_OFFSET);
      if (opts.uname) b4a.write(buf, opts.uname, 265);
      if (opts.gname) b4a.write(buf, opts.gname, 297);
      b4a.write(buf, encodeOct(opts.devmajor || 0, 6), 329);
      b4a.write(buf, encodeOct(opts.devminor || 0, 6), 337);
      if (prefix) b4a.write(buf, prefix, 345);
      b4a.write(buf, encodeOct(cksum(buf), 6), 148);
      return buf;
    };
    exports.decode = function decode(buf, filenameEncoding, allowUnknownFormat) {
      let typeflag = buf[156] === 0 ? 0 : buf[156] - ZERO_OFFSET;
      let name = decodeStr(buf, 0, 100, filenameEncoding);
      const mode = decodeOct(buf, 100, 8);
      const uid = decodeOct(buf, 108, 8);
      const gid = decodeOct(buf, 116, 8);
      const size = decodeOct(buf, 124, 12);
      const mtime = decodeOct(buf, 136, 12);
      const type = toType(typeflag);
      const linkname = buf[157] === 0 ? null : decodeStr(buf, 157, 100, filenameEncoding);
      const uname = decodeStr(buf, 265, 32);
      const gname = decodeStr(buf, 297, 32);
      const devmajor = decodeOct(buf, 329, 8);
      const devminor = decodeOct(buf, 337, 8);
      const c = cksum(buf);
      if (c === 8 * 32) return null;
      if (c !== decodeOct(buf, 148, 8)) throw new Error("Invalid tar header. Maybe the tar is corrupted or it needs to be gunzipped?");
      if (isUSTAR(buf)) {
        if (buf[345]) name = decodeStr(buf, 345, 155, filenameEncoding) + "/" + name;
      } else if (isGNU(buf)) {
      } else {
        if (!allowUnknownFormat) {
          throw new Error("Invalid tar header: unknown format.");
        }
      }
      if (typeflag === 0 && name && name[name.length - 1] === "/") typeflag = 5;
      return {
        name,
        mode,
        uid,
        gid,
        size,
        byteOffset: 0,
        mtime: new Date(1e3 * mtime),
        type,
        linkname,
        uname,
        gname,
        devmajor,
        devminor,
        pax: null
      };
    };
    function isUSTAR(buf) {
      return b4a.equals(USTAR_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6));
    }
    function isGNU(buf) {
      return b4a.equals(GNU_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6)) && b4a.equals(GNU_VER, buf.subarray(VERSION_OFFSET, VERSION_OFFSET + 2));
    }
    function clamp(index, len, defaultValue) {
      if (typeof index !== "number") return defaultValue;
      index = ~~index;
      if (index >= len) return len;
      if (index >= 0) return index;
      index += len;
      if (index >= 0) return index;
      return 0;
    }
    function toType(flag) {
      switch (flag) {
        case 0:
          return "file";
        case 1:
          return "link";
        case 2:
          return "symlink";
        case 3:
          return "character-device";
        case 4:
          return "block-device";
        case 5:
          return "directory";
        case 6:
          return "fifo";
        case 7:
          return "contiguous-file";
        case 72:
          return "pax-header";
        case 55:
          return "pax-global-header";
        case 27:
          return "gnu-long-link-path";
        case 28:
        case 30:
          return "gnu-long-path";
      }
      return null;
    }
    function toTypeflag(flag) {
      switch (flag) {
        case "file":
          return 0;
        case "link":
          return 1;
        case "symlink":
          return 2;
        case "character-device":
          return 3;
        case "block-device":
          return 4;
        case "directory":
          return 5;
        case "fifo":
          return 6;
        case "contiguous-file":
          return 7;
        case "pax-header":
          return 72;
      }
      return 0;
    }
    function indexOf(block, num, offset, end) {
      for (; offset < end; offset++) {
        if (block[offset] === num) return offset;
      }
      return end;
    }
    function cksum(block) {
      let sum = 8 * 32;
      for (let i = 0; i < 148; i++) sum += block[i];
      for (let j = 156; j < 512; j++) sum += block[j];
      return sum;
    }
    function encodeOct(val, n) {
      val = val.toString(8);
      if (val.length > n) return SEVENS.slice(0, n) + " ";
      return ZEROS.slice(0, n - val.length) + val + " ";
    }
    function encodeSizeBin(num, buf, off) {
      buf[off] = 128;
      for (let i = 11; i > 0; i--) {
        buf[off + i] = num & 255;
        num = Math.floor(num / 256);
      }
    }
    function encodeSize(num, buf, off) {
      if (num.toString(8).length > 11) {
        encodeSizeBin(num, buf, off);
      } else {
        b4a.write(buf, encodeOct(num, 11), off);
      }
    }
    function parse256(buf) {
      let positive;
      if (buf[0] === 128) positive = true;
      else if (buf[0] === 255) positive = false;
      else return null;
      const tuple = [];
      let i;
      for (i = buf.length - 1; i > 0; i--) {
        const byte = buf[i];
        if (positive) tuple.push(byte);
        else tuple.push(255 - byte);
      }
      let sum = 0;
      const l = tuple.length;
      for (i = 0; i < l; i++) {
        sum += tuple[i] * Math.pow(256, i);
      }
      return positive ? sum : -1 * sum;
    }
    function decodeOct(val, offset, length) {
      val = val.subarray(offset, offset + length);
      offset = 0;
      if (val[offset] & 128) {
        return parse256(val);
      } else {
        while (offset < val.length && val[offset] === 32) offset++;
        const end = clamp(indexOf(val, 32, offset, val.length), val.length, val.length);
        while (offset < end && val[offset] === 0) offset++;
        if (end === offset) return 0;
        return parseInt(b4a.toString(val.subarray(offset, end)), 8);
      }
    }
    function decodeStr(val, offset, length, encoding) {
      return b4a.toString(val.subarray(offset, indexOf(val, 0, offset, offset + length)), encoding);
    }
    function addLength(str) {
      const len = b4a.byteLength(str);
      let digits = Math.floor(Math.log(len) / Math.log(10)) + 1;
      if (len + digits >= Math.pow(10, digits)) digits++;
      return len + digits + str;
    }
  }
});

// node_modules/tar-stream/extract.js
var require_extract = __commonJS({
  "node_modules/tar-stream/extract.js"(exports, module) {
    var { Writable, Readable: Readable2, getStreamError } = require_streamx();
    var FIFO = require_fast_fifo();
    var b4a = require_b4a();
    var headers = require_headers();
    var EMPTY = b4a.alloc(0);
    var MAX_HEADER_SIZE = 4 * 1024 * 1024;
    var BufferList = class {
      constructor() {
        this.buffered = 0;
        this.shifted = 0;
        this.queue = new FIFO();
        this._offset = 0;
      }
      push(buffer) {
        this.buffered += buffer.byteLength;
        this.queue.push(buffer);
      }
      shiftFirst(size) {
        return this.buffered === 0 ? null : this._next(size);
      }
      shift(size) {
        if (size > this.buffered) return null;
        if (size === 0) return EMPTY;
        let chunk = this._next(size);
        if (size === chunk.byteLength) return chunk;
        const chunks = [chunk];
        while ((size -= chunk.byteLength) > 0) {
          chunk = this._next(size);
          chunks.push(chunk);
        }
        return b4a.concat(chunks);
      }
      _next(size) {
        const buf = this.queue.peek();
        const rem = buf.byteLength - this._offset;
        if (size >= rem) {
          const sub = this._offset ? buf.subarray(this._offset, buf.byteLength) : buf;
          this.queue.shift();
          this._offset = 0;
          this.buffered -= rem;
          this.shifted += rem;
          return sub;
        }
        this.buffered -= size;
        this.shifted += size;
        return buf.subarray(this._offset, this._offset += size);
      }
    };
    var Source = class extends Readable2 {
      constructor(self, header, offset) {
        super();
        this.header = header;
        this.offset = offset;
        this._parent = self;
      }
      _read(cb) {
        if (this.header.size === 0) {
          this.push(null);
        }
        if (this._parent._stream === this) {
          this._parent._update();
        }
        cb(null);
      }
      _predestroy() {
        this._parent.destroy(getStreamError(this));
      }
      _detach() {
        if (this._parent._stream === this) {
          this._parent._stream = null;
          this._parent._missing = overflow(this.header.size);
          this._parent._update();
        }
      }
      _destroy(cb) {
        this._detach();
        cb(null);
      }
    };
    var Extract = class extends Writable {
      constructor(opts) {
        super(opts);
        if (!opts) opts = {};
        this._buffer = new BufferList();
        this._offset = 0;
        this._header = null;
        this._stream = null;
        this._missing = 0;
        this._longHeader = false;
        this._callback = noop;
        this._locked = false;
        this._finished = false;
        this._pax = null;
        this._paxGlobal = null;
        this._gnuLongPath = null;
        this._gnuLongLinkPath = null;
        this._filenameEncoding = opts.filenameEncoding || "utf-8";
        this._allowUnknownFormat = !!opts.allowUnknownFormat;
        this._unlockBound = this._unlock.bind(this);
      }
      _unlock(err2) {
        this._locked = false;
        if (err2) {
          this.destroy(err2);
          this._continueWrite(err2);
          return;
        }
        this._update();
      }
      _consumeHeader() {
        if (this._locked) return false;
        this._offset = this._buffer.shifted;
        try {
          this._header = headers.decode(this._buffer.shift(512), this._filenameEncoding, this._allowUnknownFormat);
        } catch (err2) {
          this._continueWrite(err2);
          return false;
        }
        if (!this._header) return true;
        this._header.byteOffset = this._buffer.shifted;
        switch (this._header.type) {
          case "gnu-long-path":
          case "gnu-long-link-path":
          case "pax-global-header":
          case "pax-header":
            this._longHeader = true;
            this._missing = this._header.size;
            if (this._missing > MAX_HEADER_SIZE) {
              this._continueWrite(new Error("Header exceeds max size"));
              return false;
            }
            return true;
        }
        this._locked = true;
        this._applyLongHeaders();
        if (!(this._header.size >= 0)) {
          this._continueWrite(new Error("Invalid header"));
          return false;
        }
        if (this._header.size === 0 || this._header.type === "directory") {
          this.emit("entry", this._header, this._createStream(), this._unlockBound);
          return true;
        }
        this._stream = this._createStream();
        this._missing = this._header.size;
        this.emit("entry", this._header, this._stream, this._unlockBound);
        return true;
      }
      _applyLongHeaders() {
        if (this._gnuLongPath) {
          this._header.name = this._gnuLongPath;
          this._gnuLongPath = null;
        }
        if (this._gnuLongLinkPath) {
          this._header.linkname = this._gnuLongLinkPath;
          this._gnuLongLinkPath = null;
        }
        if (this._pax) {
          if (this._pax.path) this._header.name = this._pax.path;
          if (this._pax.linkpath) this._header.linkname = this._pax.linkpath;
          if (this._pax.size) this._header.size = parseInt(this._pax.size, 10);
          this._header.pax = this._pax;
          this._pax = null;
        }
      }
      _decodeLongHeader(buf) {
        switch (this._header.type) {
          case "gnu-long-path":
            this._gnuLongPath = headers.decodeLongPath(buf, this._filenameEncoding);
            break;
          case "gnu-long-link-path":
            this._gnuLongLinkPath = headers.decodeLongPath(buf, this._filenameEncoding);
            break;
          case "pax-global-header":
            this._paxGlobal = headers.decodePax(buf);
            break;
          case "pax-header":
            this._pax = this._paxGlobal === null ? headers.decodePax(buf) : Object.assign({}, this._paxGlobal, headers.decodePax(buf));
            break;
        }
      }
      _consumeLongHeader() {
        this._longHeader = false;
        this._missing = overflow(this._header.size);
        const buf = this._buffer.shift(this._header.size);
        try {
          this._decodeLongHeader(buf);
        } catch (err2) {
          this._continueWrite(err2);
          return false;
        }
        return true;
      }
      _consumeStream() {
        const buf = this._buffer.shiftFirst(this._missing);
        if (buf === null) return false;
        this._missing -= buf.byteLength;
        const drained = this._stream.push(buf);
        if (this._missing === 0) {
          this._stream.push(null);
          if (drained) this._stream._detach();
          return drained && this._locked === false;
        }
        return drained;
      }
      _createStream() {
        return new Source(this, this._header, this._offset);
      }
      _update() {
        while (this._buffer.buffered > 0 && !this.destroying) {
          if (this._missing > 0) {
            if (this._stream !== null) {
              if (this._consumeStream() === false) return;
              continue;
            }
            if (this._longHeader === true) {
              if (this._missing > this._buffer.buffered) break;
              if (this._consumeLongHeader() === false) return false;
              continue;
            }
            const ignore = this._buffer.shiftFirst(this._missing);
            if (ignore !== null) this._missing -= ignore.byteLength;
            continue;
          }
          if (this._buffer.buffered < 512) break;
          if (this._stream !== null || this._consumeHeader() === false) return;
        }
        this._continueWrite(null);
      }
      _continueWrite(err2) {
        const cb = this._callback;
        this._callback = noop;
        cb(err2);
      }
      _write(data, cb) {
        this._callback = cb;
        this._buffer.push(data);
        this._update();
      }
      _final(cb) {
        this._finished = this._missing === 0 && this._buffer.buffered === 0;
        cb(this._finished ? null : new Error("Unexpected end of data"));
      }
      _predestroy() {
        this._continueWrite(null);
      }
      _destroy(cb) {
        if (this._stream) this._stream.destroy(getStreamError(this));
        cb(null);
      }
      [Symbol.asyncIterator]() {
        let error = null;
        let promiseResolve = null;
        let promiseReject = null;
        let entryStream = null;
        let entryCallback = null;
        const extract2 = this;
        this.on("entry", onentry);
        this.on("error", (err2) => {
          error = err2;
        });
        this.on("close", onclose);
        return {
          [Symbol.asyncIterator]() {
            return this;
          },
          next() {
            return new Promise(onnext);
          },
          return() {
            return destroy(null);
          },
          throw(err2) {
            return destroy(err2);
          }
        };
        function consumeCallback(err2) {
          if (!entryCallback) return;
          const cb = entryCallback;
          entryCallback = null;
          cb(err2);
        }
        function onnext(resolve2, reject) {
          if (error) {
            return reject(error);
          }
          if (entryStream) {
            resolve2({ value: entryStream, done: false });
            entryStream = null;
            return;
          }
          promiseResolve = resolve2;
          promiseReject = reject;
          consumeCallback(null);
          if (extract2._finished && promiseResolve) {
            promiseResolve({ value: void 0, done: true });
            promiseResolve = promiseReject = null;
          }
        }
        function onentry(header, stream, callback) {
          entryCallback = callback;
          stream.on("error", noop);
          if (promiseResolve) {
            promiseResolve({ value: stream, done: false });
            promiseResolve = promiseReject = null;
          } else {
            entryStream = stream;
          }
        }
        function onclose() {
          consumeCallback(error);
          if (!promiseResolve) return;
          if (error) promiseReject(error);
          else promiseResolve({ value: void 0, done: true });
          promiseResolve = promiseReject = null;
        }
        function destroy(err2) {
          extract2.destroy(err2);
          consumeCallback(err2);
          return new Promise((resolve2, reject) => {
            if (extract2.destroyed) return resolve2({ value: void 0, done: true });
            extract2.once("close", function() {
              if (err2) reject(err2);
              else resolve2({ value: void 0, done: true });
            });
          });
        }
      }
    };
    module.exports = function extract2(opts) {
      return new Extract(opts);
    };
    function noop() {
    }
    function overflow(size) {
      size &= 511;
      return size && 512 - size;
    }
  }
});

// node_modules/tar-stream/constants.js
var require_constants = __commonJS({
  "node_modules/tar-stream/constants.js"(exports, module) {
    var constants = {
      // just for envs without fs
      S_IFMT: 61440,
      S_IFDIR: 16384,
      S_IFCHR: 8192,
      S_IFBLK: 24576,
      S_IFIFO: 4096,
      S_IFLNK: 40960
    };
    try {
      module.exports = __require("fs").constants || constants;
    } catch {
      module.exports = constants;
    }
  }
});

// node_modules/tar-stream/pack.js
var require_pack = __commonJS({
  "node_modules/tar-stream/pack.js"(exports, module) {
    var { Readable: Readable2, Writable, getStreamError } = require_streamx();
    var b4a = require_b4a();
    var constants = require_constants();
    var headers = require_headers();
    var DMODE = 493;
    var FMODE = 420;
    var END_OF_TAR = b4a.alloc(1024);
    var Sink = class extends Writable {
      constructor(pack, header, callback) {
        super({ mapWritable, eagerOpen: true });
        this.written = 0;
        this.header = header;
        this._callback = callback;
        this._linkname = null;
        this._isLinkname = header.type === "symlink" && !header.linkname;
        this._isVoid = header.type !== "file" && header.type !== "contiguous-file";
        this._finished = false;
        this._pack = pack;
        this._openCallback = null;
        if (this._pack._stream === null) this._pack._stream = this;
        else this._pack._pending.push(this);
      }
      _open(cb) {
        this._openCallback = cb;
        if (this._pack._stream === this) this._continueOpen();
      }
      _continuePack(err2) {
        if (this._callback === null) return;
        const callback = this._callback;
        this._callback = null;
        callback(err2);
      }
      _continueOpen() {
        if (this._pack._stream === null) this._pack._stream = this;
        const cb = this._openCallback;
        this._openCallback = null;
        if (cb === null) return;
        if (this._pack.destroying) return cb(new Error("pack stream destroyed"));
        if (this._pack._finalized) return cb(new Error("pack stream is already finalized"));
        this._pack._stream = this;
        if (!this._isLinkname) {
          this._pack._encode(this.header);
        }
        if (this._isVoid) {
          this._finish();
          this._continuePack(null);
        }
        cb(null);
      }
      _write(data, cb) {
        if (this._isLinkname) {
          this._linkname = this._linkname ? b4a.concat([this._linkname, data]) : data;
          return cb(null);
        }
        if (this._isVoid) {
          if (data.byteLength > 0) {
            return cb(new Error("No body allowed for this entry"));
          }
          return cb();
        }
        this.written += data.byteLength;
        if (this._pack.push(data)) return cb();
        this._pack._drain = cb;
      }
      _finish() {
        if (this._finished) return;
        this._finished = true;
        if (this._isLinkname) {
          this.header.linkname = this._linkname ? b4a.toString(this._linkname, "utf-8") : "";
          this._pack._encode(this.header);
        }
        overflow(this._pack, this.header.size);
        this._pack._done(this);
      }
      _final(cb) {
        if (this.written !== this.header.size) {
          return cb(new Error("Size mismatch"));
        }
        this._finish();
        cb(null);
      }
      _getError() {
        return getStreamError(this) || new Error("tar entry destroyed");
      }
      _predestroy() {
        this._pack.destroy(this._getError());
      }
      _destroy(cb) {
        this._pack._done(this);
        this._continuePack(this._finished ? null : this._getError());
        cb();
      }
    };
    var Pack = class extends Readable2 {
      constructor(opts) {
        super(opts);
        this._drain = noop;
        this._finalized = false;
        this._finalizing = false;
        this._pending = [];
        this._stream = null;
      }
      entry(header, buffer, callback) {
        if (this._finalized || this.destroying) throw new Error("already finalized or destroyed");
        if (typeof buffer === "function") {
          callback = buffer;
          buffer = null;
        }
        if (!callback) callback = noop;
        if (!header.size || header.type === "symlink") header.size = 0;
        if (!header.type) header.type = modeToType(header.mode);
        if (!header.mode) header.mode = header.type === "directory" ? DMODE : FMODE;
        if (!header.uid) header.uid = 0;
        if (!header.gid) header.gid = 0;
        if (!header.mtime) header.mtime = /* @__PURE__ */ new Date();
        if (typeof buffer === "string") buffer = b4a.from(buffer);
        const sink = new Sink(this, header, callback);
        if (b4a.isBuffer(buffer)) {
          header.size = buffer.byteLength;
          sink.write(buffer);
          sink.end();
          return sink;
        }
        if (sink._isVoid) {
          return sink;
        }
        return sink;
      }
      finalize() {
        if (this._stream || this._pending.length > 0) {
          this._finalizing = true;
          return;
        }
        if (this._finalized) return;
        this._finalized = true;
        this.push(END_OF_TAR);
        this.push(null);
      }
      _done(stream) {
        if (stream !== this._stream) return;
        this._stream = null;
        if (this._finalizing) this.finalize();
        if (this._pending.length) this._pending.shift()._continueOpen();
      }
      _encode(header) {
        if (!header.pax) {
          const buf = headers.encode(header);
          if (buf) {
            this.push(buf);
            return;
          }
        }
        this._encodePax(header);
      }
      _encodePax(header) {
        const paxHeader = headers.encodePax({
          name: header.name,
          linkname: header.linkname,
          pax: header.pax
        });
        const newHeader = {
          name: "PaxHeader",
          mode: header.mode,
          uid: header.uid,
          gid: header.gid,
          size: paxHeader.byteLength,
          mtime: header.mtime,
          type: "pax-header",
          linkname: header.linkname && "PaxHeader",
          uname: header.uname,
          gname: header.gname,
          devmajor: header.devmajor,
          devminor: header.devminor
        };
        this.push(headers.encode(newHeader));
        this.push(paxHeader);
        overflow(this, paxHeader.byteLength);
        newHeader.size = header.size;
        newHeader.type = header.type;
        this.push(headers.encode(newHeader));
      }
      _doDrain() {
        const drain2 = this._drain;
        this._drain = noop;
        drain2();
      }
      _predestroy() {
        const err2 = getStreamError(this);
        if (this._stream) this._stream.destroy(err2);
        while (this._pending.length) {
          const stream = this._pending.shift();
          stream.destroy(err2);
          stream._continueOpen();
        }
        this._doDrain();
      }
      _read(cb) {
        this._doDrain();
        cb();
      }
    };
    module.exports = function pack(opts) {
      return new Pack(opts);
    };
    function modeToType(mode) {
      switch (mode & constants.S_IFMT) {
        case constants.S_IFBLK:
          return "block-device";
        case constants.S_IFCHR:
          return "character-device";
        case constants.S_IFDIR:
          return "directory";
        case constants.S_IFIFO:
          return "fifo";
        case constants.S_IFLNK:
          return "symlink";
      }
      return "file";
    }
    function noop() {
    }
    function overflow(self, size) {
      size &= 511;
      if (size) self.push(END_OF_TAR.subarray(0, 512 - size));
    }
    function mapWritable(buf) {
      return b4a.isBuffer(buf) ? buf : b4a.from(buf);
    }
  }
});

// node_modules/tar-stream/index.js
var require_tar_stream = __commonJS({
  "node_modules/tar-stream/index.js"(exports) {
    exports.extract = require_extract();
    exports.pack = require_pack();
  }
});

// src/sources/image/load-image.ts
import { relative, resolve, sep } from "node:path";

// src/sources/image/decompress-blob.ts
import { Readable, Transform as Transform2 } from "node:stream";
import { createGunzip } from "node:zlib";

// src/targets/image/limits.ts
var MiB = 1024 * 1024;
var GiB = 1024 * MiB;
var DEFAULT_IMAGE_LIMITS = Object.freeze({
  maxJsonBytes: 8 * MiB,
  maxLayerBytes: 10 * GiB,
  maxUncompressedLayerBytes: 20 * GiB,
  maxCompressionRatio: 200,
  maxEntriesPerLayer: 1e6,
  maxLayers: 256
});
var RATIO_CHECK_AFTER_BYTES = 16 * MiB;
function resolveImageLimits(overrides) {
  const limits = { ...DEFAULT_IMAGE_LIMITS };
  for (const [key, value] of Object.entries(overrides ?? {})) {
    if (typeof value === "number" && value > 0) limits[key] = value;
  }
  return limits;
}
function formatBytes(bytes) {
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${units[unit]}`;
}

// src/sources/image/zstd-decompressor.ts
import { Transform } from "node:stream";
import * as zlib from "node:zlib";

// node_modules/fzstd/esm/index.mjs
var ab = ArrayBuffer;
var u8 = Uint8Array;
var u16 = Uint16Array;
var i16 = Int16Array;
var i32 = Int32Array;
var slc = function(v, s, e) {
  if (u8.prototype.slice)
    return u8.prototype.slice.call(v, s, e);
  if (s == null || s < 0)
    s = 0;
  if (e == null || e > v.length)
    e = v.length;
  var n = new u8(e - s);
  n.set(v.subarray(s, e));
  return n;
};
var fill = function(v, n, s, e) {
  if (u8.prototype.fill)
    return u8.prototype.fill.call(v, n, s, e);
  if (s == null || s < 0)
    s = 0;
  if (e == null || e > v.length)
    e = v.length;
  for (; s < e; ++s)
    v[s] = n;
  return v;
};
var cpw = function(v, t, s, e) {
  if (u8.prototype.copyWithin)
    return u8.prototype.copyWithin.call(v, t, s, e);
  if (s == null || s < 0)
    s = 0;
  if (e == null || e > v.length)
    e = v.length;
  while (s < e) {
    v[t++] = v[s++];
  }
};
var ec = [
  "invalid zstd data",
  "window size too large (>2046MB)",
  "invalid block type",
  "FSE accuracy too high",
  "match distance too far back",
  "unexpected EOF"
];
var err = function(ind, msg, nt) {
  var e = new Error(msg || ec[ind]);
  e.code = ind;
  if (Error.captureStackTrace)
    Error.captureStackTrace(e, err);
  if (!nt)
    throw e;
  return e;
};
var rb = function(d, b, n) {
  var i = 0, o = 0;
  for (; i < n; ++i)
    o |= d[b++] << (i << 3);
  return o;
};
var b4 = function(d, b) {
  return (d[b] | d[b + 1] << 8 | d[b + 2] << 16 | d[b + 3] << 24) >>> 0;
};
var rzfh = function(dat, w) {
  var n3 = dat[0] | dat[1] << 8 | dat[2] << 16;
  if (n3 == 3126568 && dat[3] == 253) {
    var flg = dat[4];
    var ss = flg >> 5 & 1, cc = flg >> 2 & 1, df = flg & 3, fcf = flg >> 6;
    if (flg & 8)
      err(0);
    var bt = 6 - ss;
    var db = df == 3 ? 4 : df;
    var di = rb(dat, bt, db);
    bt += db;
    var fsb = fcf ? 1 << fcf : ss;
    var fss = rb(dat, bt, fsb) + (fcf == 1 && 256);
    var ws = fss;
    if (!ss) {
      var wb = 1 << 10 + (dat[5] >> 3);
      ws = wb + (wb >> 3) * (dat[5] & 7);
    }
    if (ws > 2145386496)
      err(1);
    var buf = new u8((w == 1 ? fss || ws : w ? 0 : ws) + 12);
    buf[0] = 1, buf[4] = 4, buf[8] = 8;
    return {
      b: bt + fsb,
      y: 0,
      l: 0,
      d: di,
      w: w && w != 1 ? w : buf.subarray(12),
      e: ws,
      o: new i32(buf.buffer, 0, 3),
      u: fss,
      c: cc,
      m: Math.min(131072, ws)
    };
  } else if ((n3 >> 4 | dat[3] << 20) == 25481893) {
    return b4(dat, 4) + 8;
  }
  err(0);
};
var msb = function(val) {
  var bits = 0;
  for (; 1 << bits <= val; ++bits)
    ;
  return bits - 1;
};
var rfse = function(dat, bt, mal) {
  var tpos = (bt << 3) + 4;
  var al = (dat[bt] & 15) + 5;
  if (al > mal)
    err(3);
  var sz = 1 << al;
  var probs = sz, sym = -1, re = -1, i = -1, ht = sz;
  var buf = new ab(512 + (sz << 2));
  var freq = new i16(buf, 0, 256);
  var dstate = new u16(buf, 0, 256);
  var nstate = new u16(buf, 512, sz);
  var bb1 = 512 + (sz << 1);
  var syms = new u8(buf, bb1, sz);
  var nbits = new u8(buf, bb1 + sz);
  while (sym < 255 && probs > 0) {
    var bits = msb(probs + 1);
    var cbt = tpos >> 3;
    var msk = (1 << bits + 1) - 1;
    var val = (dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16) >> (tpos & 7) & msk;
    var msk1fb = (1 << bits) - 1;
    var msv = msk - probs - 1;
    var sval = val & msk1fb;
    if (sval < msv)
      tpos += bits, val = sval;
    else {
      tpos += bits + 1;
      if (val > msk1fb)
        val -= msv;
    }
    freq[++sym] = --val;
    if (val == -1) {
      probs += val;
      syms[--ht] = sym;
    } else
      probs -= val;
    if (!val) {
      do {
        var rbt = tpos >> 3;
        re = (dat[rbt] | dat[rbt + 1] << 8) >> (tpos & 7) & 3;
        tpos += 2;
        sym += re;
      } while (re == 3);
    }
  }
  if (sym > 255 || probs)
    err(0);
  var sympos = 0;
  var sstep = (sz >> 1) + (sz >> 3) + 3;
  var smask = sz - 1;
  for (var s = 0; s <= sym; ++s) {
    var sf = freq[s];
    if (sf < 1) {
      dstate[s] = -sf;
      continue;
    }
    for (i = 0; i < sf; ++i) {
      syms[sympos] = s;
      do {
        sympos = sympos + sstep & smask;
      } while (sympos >= ht);
    }
  }
  if (sympos)
    err(0);
  for (i = 0; i < sz; ++i) {
    var ns = dstate[syms[i]]++;
    var nb = nbits[i] = al - msb(ns);
    nstate[i] = (ns << nb) - sz;
  }
  return [tpos + 7 >> 3, {
    b: al,
    s: syms,
    n: nbits,
    t: nstate
  }];
};
var rhu = function(dat, bt) {
  var i = 0, wc = -1;
  var buf = new u8(292), hb = dat[bt];
  var hw = buf.subarray(0, 256);
  var rc = buf.subarray(256, 268);
  var ri = new u16(buf.buffer, 268);
  if (hb < 128) {
    var _a = rfse(dat, bt + 1, 6), ebt = _a[0], fdt = _a[1];
    bt += hb;
    var epos = ebt << 3;
    var lb = dat[bt];
    if (!lb)
      err(0);
    var st1 = 0, st2 = 0, btr1 = fdt.b, btr2 = btr1;
    var fpos = (++bt << 3) - 8 + msb(lb);
    for (; ; ) {
      fpos -= btr1;
      if (fpos < epos)
        break;
      var cbt = fpos >> 3;
      st1 += (dat[cbt] | dat[cbt + 1] << 8) >> (fpos & 7) & (1 << btr1) - 1;
      hw[++wc] = fdt.s[st1];
      fpos -= btr2;
      if (fpos < epos)
        break;
      cbt = fpos >> 3;
      st2 += (dat[cbt] | dat[cbt + 1] << 8) >> (fpos & 7) & (1 << btr2) - 1;
      hw[++wc] = fdt.s[st2];
      btr1 = fdt.n[st1];
      st1 = fdt.t[st1];
      btr2 = fdt.n[st2];
      st2 = fdt.t[st2];
    }
    if (++wc > 255)
      err(0);
  } else {
    wc = hb - 127;
    for (; i < wc; i += 2) {
      var byte = dat[++bt];
      hw[i] = byte >> 4;
      hw[i + 1] = byte & 15;
    }
    ++bt;
  }
  var wes = 0;
  for (i = 0; i < wc; ++i) {
    var wt = hw[i];
    if (wt > 11)
      err(0);
    wes += wt && 1 << wt - 1;
  }
  var mb = msb(wes) + 1;
  var ts = 1 << mb;
  var rem = ts - wes;
  if (rem & rem - 1)
    err(0);
  hw[wc++] = msb(rem) + 1;
  for (i = 0; i < wc; ++i) {
    var wt = hw[i];
    ++rc[hw[i] = wt && mb + 1 - wt];
  }
  var hbuf = new u8(ts << 1);
  var syms = hbuf.subarray(0, ts), nb = hbuf.subarray(ts);
  ri[mb] = 0;
  for (i = mb; i > 0; --i) {
    var pv = ri[i];
    fill(nb, i, pv, ri[i - 1] = pv + rc[i] * (1 << mb - i));
  }
  if (ri[0] != ts)
    err(0);
  for (i = 0; i < wc; ++i) {
    var bits = hw[i];
    if (bits) {
      var code = ri[bits];
      fill(syms, i, code, ri[bits] = code + (1 << mb - bits));
    }
  }
  return [bt, {
    n: nb,
    b: mb,
    s: syms
  }];
};
var dllt = rfse(/* @__PURE__ */ new u8([
  81,
  16,
  99,
  140,
  49,
  198,
  24,
  99,
  12,
  33,
  196,
  24,
  99,
  102,
  102,
  134,
  70,
  146,
  4
]), 0, 6)[1];
var dmlt = rfse(/* @__PURE__ */ new u8([
  33,
  20,
  196,
  24,
  99,
  140,
  33,
  132,
  16,
  66,
  8,
  33,
  132,
  16,
  66,
  8,
  33,
  68,
  68,
  68,
  68,
  68,
  68,
  68,
  68,
  36,
  9
]), 0, 6)[1];
var doct = rfse(/* @__PURE__ */ new u8([
  32,
  132,
  16,
  66,
  102,
  70,
  68,
  68,
  68,
  68,
  36,
  73,
  2
]), 0, 5)[1];
var b2bl = function(b, s) {
  var len = b.length, bl = new i32(len);
  for (var i = 0; i < len; ++i) {
    bl[i] = s;
    s += 1 << b[i];
  }
  return bl;
};
var llb = /* @__PURE__ */ new u8((/* @__PURE__ */ new i32([
  0,
  0,
  0,
  0,
  16843009,
  50528770,
  134678020,
  202050057,
  269422093
])).buffer, 0, 36);
var llbl = /* @__PURE__ */ b2bl(llb, 0);
var mlb = /* @__PURE__ */ new u8((/* @__PURE__ */ new i32([
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  16843009,
  50528770,
  117769220,
  185207048,
  252579084,
  16
])).buffer, 0, 53);
var mlbl = /* @__PURE__ */ b2bl(mlb, 3);
var dhu = function(dat, out, hu) {
  var len = dat.length, ss = out.length, lb = dat[len - 1], msk = (1 << hu.b) - 1, eb = -hu.b;
  if (!lb)
    err(0);
  var st = 0, btr = hu.b, pos = (len << 3) - 8 + msb(lb) - btr, i = -1;
  for (; pos > eb && i < ss; ) {
    var cbt = pos >> 3;
    var val = (dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16) >> (pos & 7);
    st = (st << btr | val) & msk;
    out[++i] = hu.s[st];
    pos -= btr = hu.n[st];
  }
  if (pos != eb || i + 1 != ss)
    err(0);
};
var dhu4 = function(dat, out, hu) {
  var bt = 6;
  var ss = out.length, sz1 = ss + 3 >> 2, sz2 = sz1 << 1, sz3 = sz1 + sz2;
  dhu(dat.subarray(bt, bt += dat[0] | dat[1] << 8), out.subarray(0, sz1), hu);
  dhu(dat.subarray(bt, bt += dat[2] | dat[3] << 8), out.subarray(sz1, sz2), hu);
  dhu(dat.subarray(bt, bt += dat[4] | dat[5] << 8), out.subarray(sz2, sz3), hu);
  dhu(dat.subarray(bt), out.subarray(sz3), hu);
};
var rzb = function(dat, st, out) {
  var _a;
  var bt = st.b;
  var b0 = dat[bt], btype = b0 >> 1 & 3;
  st.l = b0 & 1;
  var sz = b0 >> 3 | dat[bt + 1] << 5 | dat[bt + 2] << 13;
  var ebt = (bt += 3) + sz;
  if (btype == 1) {
    if (bt >= dat.length)
      return;
    st.b = bt + 1;
    if (out) {
      fill(out, dat[bt], st.y, st.y += sz);
      return out;
    }
    return fill(new u8(sz), dat[bt]);
  }
  if (ebt > dat.length)
    return;
  if (btype == 0) {
    st.b = ebt;
    if (out) {
      out.set(dat.subarray(bt, ebt), st.y);
      st.y += sz;
      return out;
    }
    return slc(dat, bt, ebt);
  }
  if (btype == 2) {
    var b3 = dat[bt], lbt = b3 & 3, sf = b3 >> 2 & 3;
    var lss = b3 >> 4, lcs = 0, s4 = 0;
    if (lbt < 2) {
      if (sf & 1)
        lss |= dat[++bt] << 4 | (sf & 2 && dat[++bt] << 12);
      else
        lss = b3 >> 3;
    } else {
      s4 = sf;
      if (sf < 2)
        lss |= (dat[++bt] & 63) << 4, lcs = dat[bt] >> 6 | dat[++bt] << 2;
      else if (sf == 2)
        lss |= dat[++bt] << 4 | (dat[++bt] & 3) << 12, lcs = dat[bt] >> 2 | dat[++bt] << 6;
      else
        lss |= dat[++bt] << 4 | (dat[++bt] & 63) << 12, lcs = dat[bt] >> 6 | dat[++bt] << 2 | dat[++bt] << 10;
    }
    ++bt;
    var buf = out ? out.subarray(st.y, st.y + st.m) : new u8(st.m);
    var spl = buf.length - lss;
    if (lbt == 0)
      buf.set(dat.subarray(bt, bt += lss), spl);
    else if (lbt == 1)
      fill(buf, dat[bt++], spl);
    else {
      var hu = st.h;
      if (lbt == 2) {
        var hud = rhu(dat, bt);
        lcs += bt - (bt = hud[0]);
        st.h = hu = hud[1];
      } else if (!hu)
        err(0);
      (s4 ? dhu4 : dhu)(dat.subarray(bt, bt += lcs), buf.subarray(spl), hu);
    }
    var ns = dat[bt++];
    if (ns) {
      if (ns == 255)
        ns = (dat[bt++] | dat[bt++] << 8) + 32512;
      else if (ns > 127)
        ns = ns - 128 << 8 | dat[bt++];
      var scm = dat[bt++];
      if (scm & 3)
        err(0);
      var dts = [dmlt, doct, dllt];
      for (var i = 2; i > -1; --i) {
        var md = scm >> (i << 1) + 2 & 3;
        if (md == 1) {
          var rbuf = new u8([0, 0, dat[bt++]]);
          dts[i] = {
            s: rbuf.subarray(2, 3),
            n: rbuf.subarray(0, 1),
            t: new u16(rbuf.buffer, 0, 1),
            b: 0
          };
        } else if (md == 2) {
          _a = rfse(dat, bt, 9 - (i & 1)), bt = _a[0], dts[i] = _a[1];
        } else if (md == 3) {
          if (!st.t)
            err(0);
          dts[i] = st.t[i];
        }
      }
      var _b = st.t = dts, mlt = _b[0], oct = _b[1], llt = _b[2];
      var lb = dat[ebt - 1];
      if (!lb)
        err(0);
      var spos = (ebt << 3) - 8 + msb(lb) - llt.b, cbt = spos >> 3, oubt = 0;
      var lst = (dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << llt.b) - 1;
      cbt = (spos -= oct.b) >> 3;
      var ost = (dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << oct.b) - 1;
      cbt = (spos -= mlt.b) >> 3;
      var mst = (dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << mlt.b) - 1;
      for (++ns; --ns; ) {
        var llc = llt.s[lst];
        var lbtr = llt.n[lst];
        var mlc = mlt.s[mst];
        var mbtr = mlt.n[mst];
        var ofc = oct.s[ost];
        var obtr = oct.n[ost];
        cbt = (spos -= ofc) >> 3;
        var ofp = 1 << ofc;
        var off = ofp + ((dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16 | dat[cbt + 3] << 24) >>> (spos & 7) & ofp - 1);
        cbt = (spos -= mlb[mlc]) >> 3;
        var ml = mlbl[mlc] + ((dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16) >> (spos & 7) & (1 << mlb[mlc]) - 1);
        cbt = (spos -= llb[llc]) >> 3;
        var ll = llbl[llc] + ((dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16) >> (spos & 7) & (1 << llb[llc]) - 1);
        cbt = (spos -= lbtr) >> 3;
        lst = llt.t[lst] + ((dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << lbtr) - 1);
        cbt = (spos -= mbtr) >> 3;
        mst = mlt.t[mst] + ((dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << mbtr) - 1);
        cbt = (spos -= obtr) >> 3;
        ost = oct.t[ost] + ((dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << obtr) - 1);
        if (off > 3) {
          st.o[2] = st.o[1];
          st.o[1] = st.o[0];
          st.o[0] = off -= 3;
        } else {
          var idx = off - (ll != 0);
          if (idx) {
            off = idx == 3 ? st.o[0] - 1 : st.o[idx];
            if (idx > 1)
              st.o[2] = st.o[1];
            st.o[1] = st.o[0];
            st.o[0] = off;
          } else
            off = st.o[0];
        }
        for (var i = 0; i < ll; ++i) {
          buf[oubt + i] = buf[spl + i];
        }
        oubt += ll, spl += ll;
        var stin = oubt - off;
        if (stin < 0) {
          var len = -stin;
          var bs = st.e + stin;
          if (len > ml)
            len = ml;
          for (var i = 0; i < len; ++i) {
            buf[oubt + i] = st.w[bs + i];
          }
          oubt += len, ml -= len, stin = 0;
        }
        for (var i = 0; i < ml; ++i) {
          buf[oubt + i] = buf[stin + i];
        }
        oubt += ml;
      }
      if (oubt != spl) {
        while (spl < buf.length) {
          buf[oubt++] = buf[spl++];
        }
      } else
        oubt = buf.length;
      if (out)
        st.y += oubt;
      else
        buf = slc(buf, 0, oubt);
    } else if (out) {
      st.y += lss;
      if (spl) {
        for (var i = 0; i < lss; ++i) {
          buf[i] = buf[spl + i];
        }
      }
    } else if (spl)
      buf = slc(buf, spl);
    st.b = ebt;
    return buf;
  }
  err(2);
};
var cct = function(bufs, ol) {
  if (bufs.length == 1)
    return bufs[0];
  var buf = new u8(ol);
  for (var i = 0, b = 0; i < bufs.length; ++i) {
    var chk = bufs[i];
    buf.set(chk, b);
    b += chk.length;
  }
  return buf;
};
var Decompress = /* @__PURE__ */ (function() {
  function Decompress2(ondata) {
    this.ondata = ondata;
    this.c = [];
    this.l = 0;
    this.z = 0;
  }
  Decompress2.prototype.push = function(chunk, final) {
    if (typeof this.s == "number") {
      var sub = Math.min(chunk.length, this.s);
      chunk = chunk.subarray(sub);
      this.s -= sub;
    }
    var sl = chunk.length;
    var ncs = sl + this.l;
    if (!this.s) {
      if (final) {
        if (!ncs) {
          this.ondata(new u8(0), true);
          return;
        }
        if (ncs < 5)
          err(5);
      } else if (ncs < 18) {
        this.c.push(chunk);
        this.l = ncs;
        return;
      }
      if (this.l) {
        this.c.push(chunk);
        chunk = cct(this.c, ncs);
        this.c = [];
        this.l = 0;
      }
      if (typeof (this.s = rzfh(chunk)) == "number")
        return this.push(chunk, final);
    }
    if (typeof this.s != "number") {
      if (ncs < (this.z || 3)) {
        if (final)
          err(5);
        this.c.push(chunk);
        this.l = ncs;
        return;
      }
      if (this.l) {
        this.c.push(chunk);
        chunk = cct(this.c, ncs);
        this.c = [];
        this.l = 0;
      }
      if (!this.z && ncs < (this.z = chunk[this.s.b] & 2 ? 4 : 3 + (chunk[this.s.b] >> 3 | chunk[this.s.b + 1] << 5 | chunk[this.s.b + 2] << 13))) {
        if (final)
          err(5);
        this.c.push(chunk);
        this.l = ncs;
        return;
      } else
        this.z = 0;
      for (; ; ) {
        var blk = rzb(chunk, this.s);
        if (!blk) {
          if (final)
            err(5);
          var adc = chunk.subarray(this.s.b);
          this.s.b = 0;
          this.c.push(adc), this.l += adc.length;
          return;
        } else {
          this.ondata(blk, false);
          cpw(this.s.w, 0, blk.length);
          this.s.w.set(blk, this.s.w.length - blk.length);
        }
        if (this.s.l) {
          var rest = chunk.subarray(this.s.b);
          this.s = this.s.c * 4;
          this.push(rest, final);
          return;
        }
      }
    } else if (final)
      err(5);
  };
  return Decompress2;
})();

// src/sources/image/zstd-decompressor.ts
var MAX_WINDOW_BYTES = 128 * 1024 * 1024;
function createZstdDecompressor() {
  const native = zlib.createZstdDecompress;
  return typeof native === "function" ? native() : new FzstdTransform();
}
var SLICE_BYTES = 256;
var FzstdTransform = class extends Transform {
  decoder = new Decompress((chunk) => {
    if (chunk.length > 0) this.push(Buffer.from(chunk));
  });
  checkedHeader = false;
  pending = Buffer.alloc(0);
  resumeFeeding;
  _read(size) {
    const resume = this.resumeFeeding;
    this.resumeFeeding = void 0;
    resume?.();
    super._read(size);
  }
  _transform(chunk, _encoding, callback) {
    if (!this.checkedHeader) {
      this.pending = Buffer.concat([this.pending, chunk]);
      const window = zstdWindowSize(this.pending);
      if (window === "incomplete") return callback();
      if (window !== void 0 && window > MAX_WINDOW_BYTES) {
        return callback(new Error(`zstd frame needs a ${window}-byte window (limit ${MAX_WINDOW_BYTES}).`));
      }
      this.checkedHeader = true;
      chunk = this.pending;
      this.pending = Buffer.alloc(0);
    }
    this.feed(chunk).then(() => callback(), callback);
  }
  _flush(callback) {
    try {
      this.decoder.push(this.pending, true);
      callback();
    } catch (error) {
      callback(error);
    }
  }
  async feed(chunk) {
    for (let offset = 0; offset < chunk.length && !this.destroyed; offset += SLICE_BYTES) {
      this.decoder.push(chunk.subarray(offset, offset + SLICE_BYTES));
      if (this.readableLength >= this.readableHighWaterMark) {
        await new Promise((resolve2) => this.resumeFeeding = resolve2);
      }
    }
  }
};
function zstdWindowSize(bytes) {
  if (bytes.length < 6) return "incomplete";
  if (bytes.readUInt32LE(0) !== 4247762216) return void 0;
  const descriptor = bytes[4] ?? 0;
  const singleSegment = descriptor >> 5 & 1;
  if (!singleSegment) {
    const windowDescriptor = bytes[5] ?? 0;
    const base = 2 ** (10 + (windowDescriptor >> 3));
    return base + base / 8 * (windowDescriptor & 7);
  }
  const dictionaryBytes = [0, 1, 2, 4][descriptor & 3] ?? 0;
  const sizeFlag = descriptor >> 6;
  const sizeBytes = [1, 2, 4, 8][sizeFlag] ?? 1;
  const start = 5 + dictionaryBytes;
  if (bytes.length < start + sizeBytes) return "incomplete";
  const size = bytes.readUIntLE(start, Math.min(sizeBytes, 6)) + (sizeBytes === 2 ? 256 : 0);
  return sizeBytes === 8 && bytes.readUInt16LE(start + 6) > 0 ? Number.MAX_SAFE_INTEGER : size;
}

// src/sources/image/decompress-blob.ts
var ImageLimitError = class extends Error {
  constructor(message, reason) {
    super(message);
    this.reason = reason;
  }
  reason;
  name = "ImageLimitError";
};
function sniffCompression(head) {
  if (head[0] === 31 && head[1] === 139) return "gzip";
  if (head[0] === 40 && head[1] === 181 && head[2] === 47 && head[3] === 253) return "zstd";
  return "none";
}
function layerGuards(limits) {
  return {
    maxCompressedBytes: limits.maxLayerBytes,
    maxUncompressedBytes: limits.maxUncompressedLayerBytes,
    maxCompressionRatio: limits.maxCompressionRatio
  };
}
async function decompressBlob(raw, guards) {
  const input = await peekBytes(raw, 4);
  const compression = sniffCompression(input.head);
  const decompressor = compression === "none" ? void 0 : compression === "gzip" ? createGunzip() : createZstdDecompressor();
  const counter = new ByteCounter(guards, () => {
    input.stream.unpipe(counter.input);
    counter.input.destroy();
    decompressor?.destroy();
  });
  const upstream = [input.stream, counter.input, ...decompressor ? [decompressor] : []];
  for (const stream of upstream) {
    stream.on(
      "error",
      (error) => counter.tripped ? counter.endOutput() : counter.output.destroy(error)
    );
  }
  counter.output.once("close", () => {
    input.stream.unpipe(counter.input);
    counter.input.destroy();
    decompressor?.destroy();
  });
  input.stream.pipe(counter.input);
  if (decompressor) counter.input.pipe(decompressor).pipe(counter.output);
  else counter.input.pipe(counter.output);
  return { stream: counter.output, compression, limitError: () => counter.tripped };
}
var ByteCounter = class {
  constructor(guards, stopUpstream) {
    this.guards = guards;
    this.stopUpstream = stopUpstream;
    this.input = new Transform2({
      transform: (chunk, _encoding, callback) => {
        if (this.tripped) return callback();
        const max = this.guards.maxCompressedBytes ?? Number.POSITIVE_INFINITY;
        const allowed = Math.max(0, Math.min(chunk.length, max - this.inBytes));
        this.inBytes += chunk.length;
        if (allowed === chunk.length) return callback(null, chunk);
        this.tripped = new ImageLimitError(
          `its blob is larger than ${formatBytes(max)}`,
          "blob over the size limit"
        );
        if (allowed > 0) this.input.push(chunk.subarray(0, allowed));
        this.input.push(null);
        callback();
      }
    });
    this.output = new Transform2({
      transform: (chunk, _encoding, callback) => {
        if (this.outputStopped) return callback();
        const allowed = Math.max(0, Math.min(chunk.length, this.guards.maxUncompressedBytes - this.outBytes));
        this.outBytes += chunk.length;
        const error = this.check();
        if (!error) return callback(null, chunk);
        this.tripped ??= error;
        this.outputStopped = true;
        if (allowed > 0 && error.reason === "uncompressed size over the limit") {
          this.output.push(chunk.subarray(0, allowed));
        }
        this.endOutput();
        this.stopUpstream();
        callback();
      }
    });
  }
  guards;
  stopUpstream;
  input;
  output;
  tripped;
  outputStopped = false;
  inBytes = 0;
  outBytes = 0;
  /** Ends the output after the bytes it already holds. */
  endOutput() {
    this.outputStopped = true;
    if (!this.output.destroyed) this.output.push(null);
  }
  check() {
    const { maxUncompressedBytes, maxCompressionRatio } = this.guards;
    if (this.outBytes > maxUncompressedBytes) {
      return new ImageLimitError(
        `it expands to more than ${formatBytes(maxUncompressedBytes)}`,
        "uncompressed size over the limit"
      );
    }
    if (this.outBytes > RATIO_CHECK_AFTER_BYTES && this.outBytes > maxCompressionRatio * this.inBytes) {
      return new ImageLimitError(
        `it expands more than ${maxCompressionRatio} times (a decompression bomb?)`,
        "compression ratio over the limit"
      );
    }
    return null;
  }
};
function peekBytes(stream, count) {
  return new Promise((resolve2, reject) => {
    const chunks = [];
    let length = 0;
    const cleanup = () => {
      stream.off("data", onData);
      stream.off("end", onEnd);
      stream.off("error", onError);
    };
    const onData = (chunk) => {
      chunks.push(chunk);
      length += chunk.length;
      if (length < count) return;
      stream.pause();
      cleanup();
      const head = Buffer.concat(chunks, length);
      stream.unshift(head);
      resolve2({ head, stream });
    };
    const onEnd = () => {
      cleanup();
      const head = Buffer.concat(chunks, length);
      resolve2({ head, stream: Readable.from(length > 0 ? [head] : []) });
    };
    const onError = (error) => {
      cleanup();
      reject(error);
    };
    stream.on("data", onData);
    stream.on("end", onEnd);
    stream.on("error", onError);
  });
}

// src/sources/image/local-files.ts
async function localPathKind(path) {
  try {
    const stat = await promises.stat(path);
    if (stat.isDirectory()) return "directory";
    return stat.isFile() ? "file" : "missing";
  } catch {
    return "missing";
  }
}
async function localFileSize(path) {
  try {
    const stat = await promises.stat(path);
    return stat.isFile() ? stat.size : void 0;
  } catch {
    return void 0;
  }
}
async function readLocalFile(path) {
  return promises.readFile(path);
}
function openLocalFile(path) {
  return createReadStream(path);
}

// src/sources/image/tar-entries.ts
var tarStream = __toESM(require_tar_stream(), 1);
import { PassThrough } from "node:stream";
var TarTruncatedError = class extends Error {
  name = "TarTruncatedError";
};
var UNEXPECTED_END = "Unexpected end of data";
function forEachTarEntry(input, onEntry) {
  return new Promise((resolve2, reject) => {
    const extract2 = tarStream.extract();
    const tail = new TailTracker();
    let inFlight;
    let settled = false;
    const fail = (error) => {
      if (settled) return;
      settled = true;
      input.unpipe(extract2);
      extract2.destroy();
      reject(
        error.message === UNEXPECTED_END ? new TarTruncatedError("The tar stream is truncated.") : error
      );
    };
    const finish = (end) => {
      void (inFlight ?? Promise.resolve()).then(() => {
        if (settled) return;
        settled = true;
        resolve2(end);
      });
    };
    extract2.on("entry", (header, source, next) => {
      tail.entry(header);
      const body = source;
      const ended = new Promise((done, failed) => {
        body.once("end", done);
        body.once("error", failed);
      });
      ended.catch(() => void 0);
      inFlight = onEntry(header, body).then(() => {
        body.resume();
        return ended;
      }).then(() => next(), fail);
    });
    extract2.on("finish", () => finish({ complete: true }));
    extract2.on("error", (error) => {
      if (error.message === UNEXPECTED_END && tail.lastEntryComplete() && tail.endsCleanly()) {
        finish({ complete: false });
      } else {
        fail(error);
      }
    });
    input.on("error", fail);
    input.pipe(extract2);
    input.on("data", (chunk) => tail.add(chunk));
  });
}
var TailTracker = class {
  total = 0;
  last = Buffer.alloc(0);
  lastEntryEnd = 0;
  lastDataEnd = 0;
  add(chunk) {
    this.total += chunk.length;
    this.last = chunk.length >= 512 ? chunk.subarray(-512) : Buffer.concat([this.last, chunk]).subarray(-512);
  }
  entry(header) {
    const start = header.byteOffset;
    if (start === void 0) return;
    this.lastDataEnd = start + (header.size ?? 0);
    this.lastEntryEnd = start + Math.ceil((header.size ?? 0) / 512) * 512;
  }
  /** Whether all of the last entry's data arrived (only its padding may be missing). */
  lastEntryComplete() {
    return this.total >= this.lastDataEnd;
  }
  endsCleanly() {
    const leftover = (this.total - this.lastEntryEnd) % 512;
    return leftover <= 0 || this.last.subarray(-leftover).every((byte) => byte === 0);
  }
};
function readEntryBody(body, maxBytes, accept = () => true) {
  return new Promise((resolve2, reject) => {
    const chunks = [];
    let length = 0;
    let rejected = false;
    body.on("data", (chunk) => {
      if (length === 0 && !accept(chunk)) rejected = true;
      length += chunk.length;
      if (rejected || length > maxBytes) chunks.length = 0;
      else chunks.push(chunk);
    });
    body.once(
      "end",
      () => resolve2(rejected || length > maxBytes ? void 0 : Buffer.concat(chunks, length))
    );
    body.once("error", reject);
  });
}
function entryAsNodeStream(body) {
  const stream = new PassThrough();
  let released = false;
  body.on("data", (chunk) => {
    if (released || stream.destroyed) return;
    if (!stream.write(chunk)) body.pause();
  });
  stream.on("drain", () => body.resume());
  body.on("end", () => {
    if (!released && !stream.destroyed) stream.end();
  });
  body.on("error", (error) => stream.destroy(error));
  const release = () => {
    released = true;
    if (!stream.destroyed) stream.destroy();
    body.resume();
  };
  stream.on("close", () => body.resume());
  return { stream, release };
}

// src/sources/image/archive-index.ts
var REGULAR_TYPES = /* @__PURE__ */ new Set(["file", "contiguous-file"]);
var TOP_DOCUMENTS = /* @__PURE__ */ new Set([
  "oci-layout",
  "index.json",
  "manifest.json",
  "repositories"
]);
var BLOB = /^blobs\/[^/]+\/[^/]+$/;
var MAX_LINK_HOPS = 32;
var DOCUMENT_BUDGET = 8;
function isRegularEntry(entry) {
  return REGULAR_TYPES.has(entry.type);
}
async function indexArchive(file, display, limits) {
  const index = { entries: /* @__PURE__ */ new Map(), documents: /* @__PURE__ */ new Map() };
  let budget = limits.maxJsonBytes * DOCUMENT_BUDGET;
  await streamArchive(file, display, limits, async (entry, body) => {
    if (index.entries.size >= limits.maxEntriesPerLayer) {
      throw new InputParseError(`'${display}' has more than ${limits.maxEntriesPerLayer} entries.`);
    }
    index.entries.set(entry.name, entry);
    if (!isRegularEntry(entry) || entry.size > Math.min(limits.maxJsonBytes, budget)) return false;
    const isBlob = BLOB.test(entry.name);
    if (!isBlob && !TOP_DOCUMENTS.has(entry.name) && !entry.name.endsWith(".json")) return false;
    const bytes = await readEntryBody(body, limits.maxJsonBytes, isBlob ? startsLikeJson : void 0);
    if (bytes) {
      index.documents.set(entry.name, bytes);
      budget -= bytes.length;
    }
    return false;
  });
  return index;
}
async function streamArchive(file, display, limits, onEntry) {
  const raw = openLocalFile(file);
  const guards = {
    maxUncompressedBytes: Number.MAX_SAFE_INTEGER,
    maxCompressionRatio: limits.maxCompressionRatio
  };
  let blob;
  let stopped = false;
  try {
    blob = await decompressBlob(raw, guards);
    await forEachTarEntry(blob.stream, async (header, body) => {
      const name = normaliseArchiveName(header.name);
      if (name === void 0) return;
      const entry = { name, type: header.type ?? "file", size: header.size ?? 0 };
      if (header.linkname) entry.linkname = header.linkname;
      if (await onEntry(entry, body)) {
        stopped = true;
        throw new StopPass();
      }
    });
    const limit = blob.limitError();
    if (limit) throw limit;
  } catch (error) {
    if (stopped && error instanceof StopPass) return;
    throw archiveError(blob?.limitError() ?? error, display);
  } finally {
    blob?.stream.destroy();
    raw.destroy();
  }
}
function resolveArchiveEntry(entries, name) {
  let current = normaliseArchiveName(name);
  for (let hop = 0; hop <= MAX_LINK_HOPS && current !== void 0; hop++) {
    const entry = entries.get(current);
    if (!entry) return void 0;
    if (isRegularEntry(entry)) return entry;
    const target = entry.linkname;
    if (!target || target.startsWith("/")) return void 0;
    if (entry.type === "symlink") {
      const dir = current.includes("/") ? current.slice(0, current.lastIndexOf("/")) : "";
      current = normaliseArchiveName(dir ? `${dir}/${target}` : target);
    } else if (entry.type === "link") {
      current = normaliseArchiveName(target);
    } else {
      return void 0;
    }
  }
  return void 0;
}
function normaliseArchiveName(name) {
  const segments = [];
  for (const segment of name.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (segments.pop() === void 0) return void 0;
    } else {
      segments.push(segment);
    }
  }
  return segments.length > 0 ? segments.join("/") : void 0;
}
var StopPass = class extends Error {
};
function startsLikeJson(chunk) {
  const first = chunk.toString("latin1", 0, 64).trimStart()[0];
  return first === "{" || first === "[";
}
function archiveError(error, display) {
  if (error instanceof InputParseError) return error;
  if (error instanceof TarTruncatedError) return new InputParseError(`'${display}' is truncated.`);
  if (error instanceof ImageLimitError)
    return new InputParseError(`'${display}' is not read: ${error.message}.`);
  return new InputParseError(
    `'${display}' is not a readable tar archive (${errorMessage(error).replace(/\.$/, "")}).`
  );
}

// src/sources/image/blob-digest.ts
import { createHash } from "node:crypto";
var DIGEST = /^(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;
function parseDigest(digest) {
  if (!DIGEST.test(digest)) return void 0;
  const [algorithm, hex] = digest.split(":");
  return { algorithm, hex };
}
function digestOf(bytes, algorithm = "sha256") {
  return `${algorithm}:${createHash(algorithm).update(bytes).digest("hex")}`;
}
function matchesDigest(bytes, digest) {
  const parsed = parseDigest(digest);
  return parsed !== void 0 && digestOf(bytes, parsed.algorithm) === digest;
}

// src/sources/image/digest-check-stream.ts
import { createHash as createHash2 } from "node:crypto";
import { Transform as Transform3 } from "node:stream";
var DigestCheckStream = class extends Transform3 {
  /**
   * `uncompressedOnly`: `expected` is a diff id (the digest of the uncompressed tar), so only a blob
   * stored uncompressed can be checked against it; a gzip or zstd blob is passed unchecked.
   */
  constructor(expected, uncompressedOnly = false) {
    super();
    this.expected = expected;
    this.uncompressedOnly = uncompressedOnly;
    this.algorithm = parseDigest(expected)?.algorithm ?? "sha256";
    this.hash = createHash2(this.algorithm);
  }
  expected;
  uncompressedOnly;
  hash;
  algorithm;
  actual;
  head = Buffer.alloc(0);
  _transform(chunk, _encoding, callback) {
    if (this.head.length < MAGIC_LENGTH)
      this.head = Buffer.concat([this.head, chunk.subarray(0, MAGIC_LENGTH - this.head.length)]);
    this.hash.update(chunk);
    callback(null, chunk);
  }
  _flush(callback) {
    this.actual = `${this.algorithm}:${this.hash.digest("hex")}`;
    callback();
  }
  /** The blob's real digest when all of it passed and it is not `expected`; else undefined. */
  mismatch() {
    if (this.uncompressedOnly && isCompressed(this.head)) return void 0;
    return this.actual !== void 0 && this.actual !== this.expected ? this.actual : void 0;
  }
};
var MAGIC_LENGTH = 4;
var GZIP_MAGIC = Buffer.from([31, 139]);
var ZSTD_MAGIC = Buffer.from([40, 181, 47, 253]);
function isCompressed(head) {
  return head.subarray(0, GZIP_MAGIC.length).equals(GZIP_MAGIC) || head.subarray(0, ZSTD_MAGIC.length).equals(ZSTD_MAGIC);
}
function checkDigest(source, expected, uncompressedOnly = false) {
  const check = new DigestCheckStream(expected, uncompressedOnly);
  source.on("error", (error) => check.destroy(error));
  source.pipe(check);
  return check;
}

// src/targets/image/media-types.ts
var MediaTypes = {
  ociIndex: "application/vnd.oci.image.index.v1+json",
  ociManifest: "application/vnd.oci.image.manifest.v1+json",
  ociConfig: "application/vnd.oci.image.config.v1+json",
  ociLayer: "application/vnd.oci.image.layer.v1.tar",
  ociLayerGzip: "application/vnd.oci.image.layer.v1.tar+gzip",
  ociLayerZstd: "application/vnd.oci.image.layer.v1.tar+zstd",
  ociEmpty: "application/vnd.oci.empty.v1+json",
  dockerManifestList: "application/vnd.docker.distribution.manifest.list.v2+json",
  dockerManifest: "application/vnd.docker.distribution.manifest.v2+json",
  dockerConfig: "application/vnd.docker.container.image.v1+json",
  dockerLayer: "application/vnd.docker.image.rootfs.diff.tar",
  dockerLayerGzip: "application/vnd.docker.image.rootfs.diff.tar.gzip",
  dockerForeignLayerGzip: "application/vnd.docker.image.rootfs.foreign.diff.tar.gzip"
};
var INDEX_TYPES = /* @__PURE__ */ new Set([MediaTypes.ociIndex, MediaTypes.dockerManifestList]);
var MANIFEST_TYPES = /* @__PURE__ */ new Set([MediaTypes.ociManifest, MediaTypes.dockerManifest]);
var CONFIG_TYPES = /* @__PURE__ */ new Set([MediaTypes.ociConfig, MediaTypes.dockerConfig]);
function isIndexMediaType(mediaType) {
  return mediaType !== void 0 && INDEX_TYPES.has(mediaType);
}
function isManifestMediaType(mediaType) {
  return mediaType !== void 0 && MANIFEST_TYPES.has(mediaType);
}
function isImageConfigMediaType(mediaType) {
  return mediaType !== void 0 && CONFIG_TYPES.has(mediaType);
}
function isLayerMediaType(mediaType) {
  if (mediaType === void 0) return false;
  return mediaType.startsWith("application/vnd.oci.image.layer.") || mediaType.startsWith("application/vnd.docker.image.rootfs.");
}
function isForeignLayer(descriptor) {
  return descriptor.mediaType.includes(".foreign.") || descriptor.mediaType.includes(".nondistributable.") || (descriptor.urls?.length ?? 0) > 0;
}

// src/targets/image/json-object.ts
function parseJsonObject(bytes, label) {
  let value;
  try {
    value = JSON.parse(
      Buffer.from(bytes).toString("utf8").replace(/^\uFEFF/, "")
    );
  } catch (error) {
    throw new InputParseError(`${label} is not valid JSON (${jsonSyntaxMessage(error)}).`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new InputParseError(`${label} is not a JSON object.`);
  }
  return value;
}
function asObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
}
function asString(value) {
  return typeof value === "string" ? value : void 0;
}
function asStrings(value) {
  return Array.isArray(value) ? value.filter((item) => typeof item === "string") : void 0;
}
function asDescriptor(value) {
  const object = asObject(value);
  const mediaType = asString(object?.mediaType);
  const digest = asString(object?.digest);
  if (!object || mediaType === void 0 || digest === void 0) return void 0;
  const descriptor = { mediaType, digest };
  if (typeof object.size === "number") descriptor.size = object.size;
  const urls = asStrings(object.urls);
  if (urls && urls.length > 0) descriptor.urls = urls;
  const platform = asObject(object.platform);
  if (platform) {
    descriptor.platform = {};
    for (const key of ["os", "architecture", "variant", "os.version"]) {
      const field = asString(platform[key]);
      if (field !== void 0) descriptor.platform[key] = field;
    }
  }
  const annotations = asObject(object.annotations);
  if (annotations) {
    descriptor.annotations = Object.fromEntries(
      Object.entries(annotations).filter((entry) => typeof entry[1] === "string")
    );
  }
  return descriptor;
}

// src/sources/image/docker-archive-manifest.ts
function parseDockerSaveManifest(bytes, display) {
  let value;
  try {
    value = JSON.parse(bytes.toString("utf8").replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new InputParseError(`'${display}': manifest.json is not valid JSON (${jsonSyntaxMessage(error)}).`);
  }
  const items = Array.isArray(value) ? value.map(asObject) : [];
  if (items.length === 0 || items.some((item) => !asString(item?.Config) || !Array.isArray(item?.Layers))) {
    throw new InputParseError(
      `'${display}': manifest.json is not a docker save manifest (a list of images).`
    );
  }
  return items.map((item) => ({
    config: asString(item?.Config) ?? "",
    repoTags: asStrings(item?.RepoTags) ?? [],
    layers: asStrings(item?.Layers) ?? [],
    layerSources: new Map(
      Object.entries(asObject(item?.LayerSources) ?? {}).flatMap(([diffId, source]) => {
        const descriptor = asDescriptor(source);
        return descriptor ? [[diffId, descriptor]] : [];
      })
    )
  }));
}
async function synthesiseDockerImages(items, entries, readDocument, display) {
  const images = {
    top: { mediaType: "", digest: "" },
    blobs: /* @__PURE__ */ new Map(),
    layerEntries: /* @__PURE__ */ new Map(),
    diffIdDigests: /* @__PURE__ */ new Set(),
    repoTags: /* @__PURE__ */ new Map()
  };
  const manifests = [];
  for (const item of items) {
    const configEntry = resolveArchiveEntry(entries, item.config);
    if (!configEntry) throw new InputParseError(`'${display}' has no config '${item.config}'.`);
    const configBytes = await readDocument(configEntry);
    const diffIds = asStrings(asObject(parseJsonObject(configBytes, `'${display}': '${item.config}'`).rootfs)?.diff_ids) ?? [];
    const config = {
      mediaType: MediaTypes.dockerConfig,
      digest: digestOf(configBytes),
      size: configBytes.length
    };
    images.blobs.set(config.digest, configBytes);
    images.repoTags.set(config.digest, item.repoTags);
    const layers = item.layers.map((path, i) => {
      const diffId = diffIds[i];
      const foreign = diffId === void 0 ? void 0 : item.layerSources.get(diffId);
      if (foreign && (foreign.urls?.length ?? 0) > 0) return foreign;
      const entry = resolveArchiveEntry(entries, path);
      const named = digestInName(entry?.name ?? "") ?? digestInName(path);
      const digest = named ?? diffId ?? digestOf(Buffer.from(path));
      if (entry) images.layerEntries.set(digest, entry.name);
      if (named === void 0 && digest === diffId) images.diffIdDigests.add(digest);
      const layer = { mediaType: MediaTypes.dockerLayer, digest };
      if (entry) layer.size = entry.size;
      return layer;
    });
    const manifest = Buffer.from(
      JSON.stringify({ schemaVersion: 2, mediaType: MediaTypes.dockerManifest, config, layers })
    );
    const descriptor = {
      mediaType: MediaTypes.dockerManifest,
      digest: digestOf(manifest),
      size: manifest.length
    };
    images.blobs.set(descriptor.digest, manifest);
    manifests.push(descriptor);
  }
  if (manifests.length === 1 && manifests[0]) {
    images.top = manifests[0];
  } else {
    const index = Buffer.from(
      JSON.stringify({ schemaVersion: 2, mediaType: MediaTypes.ociIndex, manifests })
    );
    images.top = { mediaType: MediaTypes.ociIndex, digest: digestOf(index), size: index.length };
    images.blobs.set(images.top.digest, index);
  }
  return images;
}
function repoTagsByConfigDigest(items) {
  const tags = /* @__PURE__ */ new Map();
  for (const item of items) {
    const digest = digestInName(item.config);
    if (digest && item.repoTags.length > 0) tags.set(digest, item.repoTags);
  }
  return tags;
}
function digestInName(name) {
  const blob = /^blobs\/([a-z0-9]+)\/([a-f0-9]+)$/.exec(name);
  if (blob) {
    const digest = `${blob[1]}:${blob[2]}`;
    return parseDigest(digest) ? digest : void 0;
  }
  const tar = /(?:^|\/)([a-f0-9]{64})\.tar$/.exec(name);
  return tar ? `sha256:${tar[1]}` : void 0;
}

// src/sources/image/missing-blob-error.ts
var MissingBlobError = class extends InputParseError {
  name = "MissingBlobError";
};

// src/sources/image/image-archive.ts
async function openImageArchive(file, display, limits) {
  const index = await indexArchive(file, display, limits);
  const archive = new ArchiveFile(file, display, limits, index);
  const manifestJson = index.entries.has("manifest.json") ? parseDockerSaveManifest(await archive.readDocument("manifest.json"), display) : void 0;
  const hasLayout = index.entries.has("index.json") && (index.entries.has("oci-layout") || !manifestJson);
  if (hasLayout) return openLayout(archive, manifestJson);
  if (manifestJson) return openDockerSave(archive, manifestJson);
  throw new InputParseError(
    `'${display}' is not an image archive: it has neither index.json nor manifest.json.`
  );
}
async function openLayout(archive, items) {
  const bytes = await archive.readDocument("index.json");
  const index = parseJsonObject(bytes, `'${archive.display}': index.json`);
  const top = {
    mediaType: asString(index.mediaType) ?? MediaTypes.ociIndex,
    digest: digestOf(bytes),
    size: bytes.length
  };
  const kind = items ? "docker-archive" : "oci-archive";
  const source = new ImageArchiveSource(kind, archive, /* @__PURE__ */ new Map([[top.digest, bytes]]), /* @__PURE__ */ new Map());
  if (!items) return { source, top };
  const tags = repoTagsByConfigDigest(items);
  return { source, top, names: ({ configDigest, annotated }) => tags.get(configDigest) ?? annotated };
}
async function openDockerSave(archive, items) {
  const images = await synthesiseDockerImages(
    items,
    archive.index.entries,
    (entry) => archive.readDocument(entry.name),
    archive.display
  );
  const source = new ImageArchiveSource(
    "docker-archive",
    archive,
    images.blobs,
    images.layerEntries,
    images.diffIdDigests
  );
  return {
    source,
    top: images.top,
    names: ({ configDigest }) => images.repoTags.get(configDigest) ?? [],
    synthesisedManifest: true
  };
}
var ArchiveFile = class {
  constructor(file, display, limits, index) {
    this.file = file;
    this.display = display;
    this.limits = limits;
    this.index = index;
  }
  file;
  display;
  limits;
  index;
  /** A small regular entry's bytes (symlinks followed), from memory or by one more pass. */
  async readDocument(name) {
    const entry = resolveArchiveEntry(this.index.entries, name);
    if (!entry) throw new InputParseError(`'${this.display}' has no '${name}'.`);
    const kept = this.index.documents.get(entry.name);
    if (kept) return kept;
    if (entry.size > this.limits.maxJsonBytes) {
      throw new InputParseError(
        `'${this.display}': '${name}' is larger than ${formatBytes(this.limits.maxJsonBytes)}.`
      );
    }
    let bytes;
    await streamArchive(this.file, this.display, this.limits, async (candidate, body) => {
      if (candidate.name !== entry.name || !isRegularEntry(candidate)) return false;
      bytes = await readEntryBody(body, this.limits.maxJsonBytes);
      return true;
    });
    if (!bytes) throw new InputParseError(`'${this.display}': '${name}' cannot be read.`);
    return bytes;
  }
};
var ImageArchiveSource = class {
  constructor(kind, archive, blobs, layerEntries, diffIdDigests = /* @__PURE__ */ new Set()) {
    this.kind = kind;
    this.archive = archive;
    this.blobs = blobs;
    this.layerEntries = layerEntries;
    this.diffIdDigests = diffIdDigests;
  }
  kind;
  archive;
  blobs;
  layerEntries;
  diffIdDigests;
  async readBlob(descriptor) {
    const known = this.blobs.get(descriptor.digest);
    if (known) return known;
    const entry = this.entryOf(descriptor);
    if (!entry) {
      throw new MissingBlobError(
        `The blob '${descriptor.digest}' is missing from '${this.archive.display}'.`
      );
    }
    return this.archive.readDocument(entry.name);
  }
  async streamLayers(layers, onLayer, missing, mismatched) {
    const pending = /* @__PURE__ */ new Map();
    for (const layer of layers) {
      const entry = this.entryOf(layer);
      if (entry) pending.set(entry.name, [...pending.get(entry.name) ?? [], layer]);
      else missing(layer, "its blob is not in the archive");
    }
    while (pending.size > 0) {
      let served = 0;
      let layerError;
      try {
        await streamArchive(
          this.archive.file,
          this.archive.display,
          this.archive.limits,
          async (entry, body) => {
            const queue = pending.get(entry.name);
            const layer = isRegularEntry(entry) ? queue?.shift() : void 0;
            if (!layer) return false;
            if (queue?.length === 0) pending.delete(entry.name);
            served++;
            const { stream, release } = entryAsNodeStream(body);
            const checked = digestInName(entry.name) === layer.digest ? checkDigest(stream, layer.digest) : this.diffIdDigests.has(layer.digest) ? checkDigest(stream, layer.digest, true) : void 0;
            try {
              await onLayer(layer, checked ?? stream);
            } catch (error) {
              layerError = error;
              throw error;
            } finally {
              release();
              checked?.destroy();
            }
            const actual = checked?.mismatch();
            if (actual !== void 0) mismatched?.(layer, actual);
            return pending.size === 0;
          }
        );
      } catch (error) {
        if (layerError !== void 0) throw layerError;
        this.reportAll(pending, missing, `the archive cannot be read up to it (${error.message})`);
        return;
      }
      if (served === 0) {
        this.reportAll(pending, missing, "its blob is not in the archive");
        return;
      }
    }
  }
  async close() {
  }
  entryOf(descriptor) {
    const digest = parseDigest(descriptor.digest);
    const name = this.layerEntries.get(descriptor.digest) ?? (digest && `blobs/${digest.algorithm}/${digest.hex}`);
    return name === void 0 ? void 0 : resolveArchiveEntry(this.archive.index.entries, name);
  }
  reportAll(pending, missing, reason) {
    for (const layer of [...pending.values()].flat()) missing(layer, reason);
    pending.clear();
  }
};

// src/sources/image/oci-layout.ts
import { join } from "node:path";
async function openOciLayout(dir, display, limits) {
  const indexPath = join(dir, "index.json");
  const size = await localFileSize(indexPath);
  if (size === void 0) {
    throw new InputParseError(`'${display}' is not an OCI image layout: it has no index.json.`);
  }
  if (size > limits.maxJsonBytes) {
    throw new InputParseError(`'${display}/index.json' is larger than ${formatBytes(limits.maxJsonBytes)}.`);
  }
  const bytes = await readLocalFile(indexPath);
  const index = parseJsonObject(bytes, `'${display}/index.json'`);
  const top = {
    // `mediaType` is optional in index.json; the file is an image index by definition.
    mediaType: asString(index.mediaType) ?? MediaTypes.ociIndex,
    digest: digestOf(bytes),
    size: bytes.length
  };
  const source = new OciLayoutSource(dir, display, limits, /* @__PURE__ */ new Map([[top.digest, bytes]]));
  return { source, top };
}
var OciLayoutSource = class {
  constructor(dir, display, limits, documents) {
    this.dir = dir;
    this.display = display;
    this.limits = limits;
    this.documents = documents;
  }
  dir;
  display;
  limits;
  documents;
  kind = "oci-layout";
  async readBlob(descriptor) {
    const known = this.documents.get(descriptor.digest);
    if (known) return known;
    const path = this.blobPath(descriptor);
    const size = path === void 0 ? void 0 : await localFileSize(path);
    if (path === void 0 || size === void 0) {
      throw new MissingBlobError(`The blob '${descriptor.digest}' is missing from '${this.display}'.`);
    }
    if (size > this.limits.maxJsonBytes) {
      throw new InputParseError(
        `The blob '${descriptor.digest}' is larger than ${formatBytes(this.limits.maxJsonBytes)}.`
      );
    }
    return readLocalFile(path);
  }
  async streamLayers(layers, onLayer, missing, mismatched) {
    for (const layer of layers) {
      const path = this.blobPath(layer);
      if (path === void 0) {
        missing(layer, "its digest is not a valid sha256/sha512 digest");
        continue;
      }
      if (await localFileSize(path) === void 0) {
        missing(layer, "its blob is not in the image layout");
        continue;
      }
      const stream = openLocalFile(path);
      const checked = checkDigest(stream, layer.digest);
      try {
        await onLayer(layer, checked);
      } finally {
        stream.destroy();
        checked.destroy();
      }
      const actual = checked.mismatch();
      if (actual !== void 0) mismatched?.(layer, actual);
    }
  }
  async close() {
  }
  blobPath(descriptor) {
    const digest = parseDigest(descriptor.digest);
    return digest && join(this.dir, "blobs", digest.algorithm, digest.hex);
  }
};

// src/targets/image/image-config.ts
function parseImageConfig(raw, descriptorPlatform) {
  const container = asObject(raw.config) ?? {};
  const config = {
    env: asStrings(container.Env) ?? [],
    labels: stringRecord(container.Labels)
  };
  const user = asString(container.User);
  if (user !== void 0) config.user = user;
  const entrypoint = commandOf(container.Entrypoint);
  if (entrypoint) config.entrypoint = entrypoint;
  const cmd = commandOf(container.Cmd);
  if (cmd) config.cmd = cmd;
  return {
    config,
    history: historyOf(raw.history),
    platform: platformOf(raw, descriptorPlatform),
    diffIds: asStrings(asObject(raw.rootfs)?.diff_ids) ?? []
  };
}
function assignHistoryLayers(history, layerCount) {
  let layer = 0;
  for (const entry of history) {
    if (entry.emptyLayer) continue;
    if (layer < layerCount) entry.layerIndex = layer;
    layer++;
  }
}
function historyOf(value) {
  if (!Array.isArray(value)) return [];
  return value.map((item, index) => {
    const entry = asObject(item) ?? {};
    return { index, createdBy: asString(entry.created_by) ?? "", emptyLayer: entry.empty_layer === true };
  });
}
function platformOf(raw, fallback) {
  const platform = {
    os: asString(raw.os) || fallback?.os || "unknown",
    architecture: asString(raw.architecture) || fallback?.architecture || "unknown"
  };
  const variant = asString(raw.variant) || fallback?.variant;
  if (variant) platform.variant = variant;
  const osVersion = asString(raw["os.version"]) || fallback?.["os.version"];
  if (osVersion) platform.osVersion = osVersion;
  return platform;
}
function commandOf(value) {
  if (typeof value === "string") return [value];
  return asStrings(value);
}
function stringRecord(value) {
  const entries = Object.entries(asObject(value) ?? {});
  return Object.fromEntries(
    entries.filter((entry) => typeof entry[1] === "string")
  );
}

// src/targets/image/plan-layers.ts
function planLayers(descriptors, diffIds, limits) {
  const notes = [];
  const layers = descriptors.map((descriptor, index) => {
    const layer = { index, digest: descriptor.digest, mediaType: descriptor.mediaType };
    const diffId = diffIds[index];
    if (diffId !== void 0) layer.diffId = diffId;
    if (descriptor.size !== void 0) layer.size = descriptor.size;
    if (index >= limits.maxLayers) {
      layer.skipped = "too many layers";
    } else if (isForeignLayer(descriptor)) {
      layer.skipped = "foreign layer";
      const where = descriptor.urls?.[0] ? ` (hosted at '${descriptor.urls[0]}')` : "";
      notes.push(layerNote(layer, `was not read: it is a foreign, non-distributable layer${where}`));
    } else if ((descriptor.size ?? 0) > limits.maxLayerBytes) {
      layer.skipped = "blob over the size limit";
      notes.push(
        layerNote(layer, `was not read: its blob is larger than ${formatBytes(limits.maxLayerBytes)}`)
      );
    }
    return layer;
  });
  if (descriptors.length > limits.maxLayers) {
    notes.push(`The image has ${descriptors.length} layers; only the first ${limits.maxLayers} were read.`);
  }
  return { layers, notes };
}
function layerNote(layer, clause) {
  return `Layer ${layer.index} '${layer.digest}' ${clause}.`;
}

// src/sources/image/read-json-blob.ts
async function readJsonBlob(source, descriptor, what, limits) {
  const tooLarge = () => new InputParseError(
    `The ${what} '${descriptor.digest}' is larger than ${formatBytes(limits.maxJsonBytes)}.`
  );
  if (!parseDigest(descriptor.digest)) {
    throw new InputParseError(`The ${what} has an invalid digest '${descriptor.digest}'.`);
  }
  if ((descriptor.size ?? 0) > limits.maxJsonBytes) throw tooLarge();
  const bytes = await source.readBlob(descriptor);
  if (bytes.length > limits.maxJsonBytes) throw tooLarge();
  if (!matchesDigest(bytes, descriptor.digest)) {
    throw new InputParseError(`The ${what} does not match its digest '${descriptor.digest}'.`);
  }
  return parseJsonObject(bytes, `The ${what} '${descriptor.digest}'`);
}

// src/targets/image/layer-entry-path.ts
var WHITEOUT = ".wh.";
var OPAQUE = ".wh..wh..opq";
function classifyLayerEntry(name, windows) {
  const segments = normaliseSegments(windows ? name.replaceAll("\\", "/") : name);
  if (segments === void 0) return { kind: "escape" };
  if (windows) {
    if (segments.shift()?.toLowerCase() !== "files") return { kind: "ignored" };
  }
  const base = segments.pop();
  if (base === void 0) return { kind: "ignored" };
  const dir = segments.join("/");
  const inDir = (child) => dir ? `${dir}/${child}` : child;
  if (base === OPAQUE) return { kind: "opaque", dir };
  if (base.startsWith(`${WHITEOUT}${WHITEOUT}`)) return { kind: "ignored" };
  if (base.startsWith(WHITEOUT)) {
    const target = base.slice(WHITEOUT.length);
    return target ? { kind: "whiteout", path: inDir(target) } : { kind: "ignored" };
  }
  return { kind: "path", path: inDir(base) };
}
function normaliseSegments(name) {
  const segments = [];
  for (const segment of name.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (segments.pop() === void 0) return void 0;
      continue;
    }
    segments.push(segment);
  }
  return segments;
}
function pathKey(path, windows) {
  return windows ? path.toLowerCase() : path;
}
function ancestorsOf(path) {
  const parts = path.split("/");
  return parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join("/"));
}

// src/targets/image/layer-removals.ts
var LayerRemovals = class {
  constructor(windows) {
    this.windows = windows;
  }
  windows;
  whiteouts = /* @__PURE__ */ new Set();
  opaqueDirs = /* @__PURE__ */ new Set();
  hashes = new Float64Array(256);
  count = 0;
  sorted = true;
  /** A non-whiteout entry at `path`: a directory only replaces what is at its own path. */
  addEntry(path, isDirectory) {
    const key = pathKey(path, this.windows);
    this.addHash(hashPath(isDirectory ? `${key}/` : key));
  }
  /** A `.wh.<name>` entry: `path` and everything below it are gone. */
  addWhiteout(path) {
    this.whiteouts.add(pathKey(path, this.windows));
  }
  /** A `.wh..wh..opq` entry: lower layers' content of `dir` (`''` = the root) is hidden. */
  addOpaque(dir) {
    this.opaqueDirs.add(pathKey(dir, this.windows));
  }
  /** Whether this layer deletes or replaces a lower layer's file at `path`. */
  removes(path) {
    const key = pathKey(path, this.windows);
    const ancestors = ancestorsOf(key);
    if (this.whiteouts.has(key) || this.opaqueDirs.has("")) return true;
    if (this.has(hashPath(key)) || this.has(hashPath(`${key}/`))) return true;
    return ancestors.some((a) => this.whiteouts.has(a) || this.opaqueDirs.has(a) || this.has(hashPath(a)));
  }
  addHash(hash) {
    if (this.count === this.hashes.length) {
      const grown = new Float64Array(Math.max(256, this.hashes.length * 2));
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[this.count++] = hash;
    this.sorted = false;
  }
  has(hash) {
    if (!this.sorted) {
      this.hashes = this.hashes.slice(0, this.count).sort();
      this.sorted = true;
    }
    let low = 0;
    let high = this.count - 1;
    while (low <= high) {
      const middle = low + high >>> 1;
      const value = this.hashes[middle] ?? 0;
      if (value === hash) return true;
      if (value < hash) low = middle + 1;
      else high = middle - 1;
    }
    return false;
  }
};
function markDeletedFiles(files, removals) {
  for (const file of files) {
    for (let layer = file.layerIndex + 1; layer < removals.length; layer++) {
      if (removals[layer]?.removes(file.path)) {
        file.deletedInLayer = layer;
        break;
      }
    }
  }
}
function hashPath(text) {
  let high = 2654435769;
  let low = 2246822507;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    high = Math.imul(high ^ code, 16777619);
    low = Math.imul(low ^ code, 1540483477);
    low ^= low >>> 13;
  }
  high = Math.imul(high ^ high >>> 16, 2246822507) ^ text.length;
  low = Math.imul(low ^ low >>> 15, 3266489909);
  return (high >>> 0) * 2097152 + (low >>> 0 & 2097151);
}

// src/sources/image/scan-layer.ts
import { finished } from "node:stream/promises";

// src/targets/image/model.ts
var MAX_TEXT_BYTES = 64 * 1024;

// src/sources/image/scan-layer.ts
var REGULAR_TYPES2 = /* @__PURE__ */ new Set(["file", "contiguous-file"]);
async function scanLayer(raw, options) {
  const scan = { files: [], removals: new LayerRemovals(options.windows), problems: [] };
  const escapes = [];
  let entries = 0;
  let blob;
  try {
    blob = await decompressBlob(raw, layerGuards(options.limits));
    await forEachTarEntry(blob.stream, async (header, body) => {
      if (++entries > options.limits.maxEntriesPerLayer) {
        throw new ImageLimitError(
          `it has more than ${options.limits.maxEntriesPerLayer} entries`,
          "too many entries"
        );
      }
      const entry = classifyLayerEntry(header.name, options.windows);
      if (entry.kind === "escape") escapes.push(header.name);
      else if (entry.kind === "whiteout") scan.removals.addWhiteout(entry.path);
      else if (entry.kind === "opaque") scan.removals.addOpaque(entry.dir);
      else if (entry.kind === "path") {
        scan.removals.addEntry(entry.path, header.type === "directory");
        if (REGULAR_TYPES2.has(header.type ?? "file")) await inspectFile(entry.path, header, body, scan);
      }
    });
    const limit = blob.limitError();
    if (limit) throw limit;
  } catch (caught) {
    const error = caught instanceof ImageLimitError ? caught : blob?.limitError() ?? caught;
    if (error instanceof ImageLimitError) {
      scan.skipped = error.reason;
      scan.problems.push(`was not read to its end: ${error.message}`);
    } else if (error instanceof TarTruncatedError) {
      scan.problems.push("ends in the middle of an entry; the entries before it were scanned");
    } else {
      scan.skipped = "unreadable";
      scan.problems.push(`could not be read: ${errorMessage(error).replace(/\.$/, "")}`);
    }
  } finally {
    blob?.stream.destroy();
    await drain(raw);
  }
  if (escapes.length > 0) {
    const first = escapes[0]?.slice(0, 200);
    scan.problems.push(
      `${escapes.length} ${escapes.length === 1 ? "entry" : "entries"} whose path leaves the image root were ignored (first: '${first}')`
    );
  }
  return scan;
}
async function inspectFile(path, header, body, scan) {
  const size = header.size ?? 0;
  const sensitiveKind = sensitiveFileKind(path);
  const text = size > 0 && size <= MAX_TEXT_BYTES ? keyMaterialText(await readEntryBody(body, MAX_TEXT_BYTES)) : void 0;
  if (sensitiveKind === void 0 && text === void 0) return;
  scan.files.push({
    path,
    size,
    ...sensitiveKind !== void 0 && { sensitiveKind },
    ...text !== void 0 && { text }
  });
}
function keyMaterialText(bytes) {
  if (bytes === void 0 || bytes.includes(0)) return void 0;
  if (!bytes.includes("-----BEGIN") || !bytes.includes("PRIVATE KEY")) return void 0;
  return bytes.toString("utf8");
}
async function drain(stream) {
  if (stream.readableEnded || stream.destroyed) return;
  stream.unpipe();
  stream.resume();
  await finished(stream).catch(() => void 0);
}

// src/sources/image/scan-image-layers.ts
async function scanImageLayers(source, layers, descriptors, options) {
  const wanted = /* @__PURE__ */ new Map();
  layers.forEach((layer, i) => {
    const descriptor = descriptors[i];
    if (!layer.skipped && descriptor && !wanted.has(descriptor.digest))
      wanted.set(descriptor.digest, descriptor);
  });
  const scans = /* @__PURE__ */ new Map();
  const missing = /* @__PURE__ */ new Map();
  const mismatches = /* @__PURE__ */ new Map();
  await source.streamLayers(
    [...wanted.values()],
    async (descriptor, stream) => {
      scans.set(descriptor.digest, await scanLayer(stream, options));
    },
    (descriptor, reason) => missing.set(descriptor.digest, reason),
    (descriptor, actual) => {
      scans.delete(descriptor.digest);
      mismatches.set(descriptor.digest, actual);
    }
  );
  const files = [];
  const notes = [];
  const removals = [];
  for (const layer of layers) {
    if (layer.skipped) continue;
    const actual = mismatches.get(layer.digest);
    if (actual !== void 0) {
      layer.skipped = "digest mismatch";
      notes.push(
        layerNote(
          layer,
          `was skipped: its blob's content has the digest '${actual}' (a corrupt or altered blob)`
        )
      );
      continue;
    }
    const scan = scans.get(layer.digest);
    if (!scan) {
      layer.skipped = "blob missing";
      const reason = missing.get(layer.digest) ?? "the source did not provide its blob";
      notes.push(layerNote(layer, `was not read: ${reason.replace(/\.$/, "")}`));
      continue;
    }
    if (scan.skipped) layer.skipped = scan.skipped;
    removals[layer.index] = scan.removals;
    notes.push(...scan.problems.map((problem) => layerNote(layer, problem)));
    for (const file of scan.files) {
      files.push({ ...file, layerIndex: layer.index, layerDigest: layer.diffId ?? layer.digest });
    }
  }
  markDeletedFiles(files, removals);
  return { files, notes };
}

// src/targets/image/image-platform.ts
var ARCH_ALIASES = {
  x86_64: "amd64",
  "x86-64": "amd64",
  aarch64: "arm64",
  i386: "386"
};
var DEFAULT_VARIANT = { arm64: "v8", arm: "v7" };
function parsePlatformSpec(spec) {
  const parts = spec.split("/");
  if (parts.length < 2 || parts.length > 3 || parts.some((part) => part.trim() === "")) {
    throw new ConfigurationError(
      `Invalid platform '${spec}': expected os/arch or os/arch/variant, e.g. linux/arm64.`
    );
  }
  const [os = "", architecture = "", variant] = parts;
  return variant === void 0 ? { os, architecture } : { os, architecture, variant };
}
function platformMatches(wanted, platform) {
  const a = normalisePlatform(wanted);
  const b = normalisePlatform({
    os: platform.os ?? "",
    architecture: platform.architecture ?? "",
    ...platform
  });
  if (a.os !== b.os || a.architecture !== b.architecture) return false;
  return wanted.variant === void 0 || a.variant === b.variant;
}
function formatPlatform(platform) {
  const parts = [platform.os || "unknown", platform.architecture || "unknown"];
  if (platform.variant) parts.push(platform.variant);
  return parts.join("/");
}
function normalisePlatform(platform) {
  const lower = platform.architecture.toLowerCase();
  const architecture = ARCH_ALIASES[lower] ?? lower;
  const variant = platform.variant?.toLowerCase() || DEFAULT_VARIANT[architecture];
  return { os: platform.os.toLowerCase(), architecture, ...variant !== void 0 && { variant } };
}

// src/sources/image/select-image.ts
var MAX_INDEX_DEPTH = 4;
var REFERENCE_TYPE = "vnd.docker.reference.type";
async function selectImage(source, top, platform, limits, tag) {
  const wanted = platform === void 0 ? void 0 : parsePlatformSpec(platform);
  const images = [];
  const missing = [];
  const resolveAvailable = async (candidate) => {
    try {
      return await resolveCandidate(source, candidate, limits);
    } catch (error) {
      if (!(error instanceof MissingBlobError)) throw error;
      missing.push(error);
      return void 0;
    }
  };
  for (const candidate of await listCandidates(source, top, [], limits, 0)) {
    const known = candidate.platform ? candidate : await resolveAvailable(candidate);
    if (known) images.push(known);
  }
  chooseTag(images, tag);
  for (; ; ) {
    if (images.length === 0) {
      if (missing[0]) throw missing[0];
      throw new InputParseError(
        `No runnable image in '${top.digest}': only signatures, attestations or other artifacts.`
      );
    }
    const picked = pick(images, wanted, platform);
    const resolved = picked.manifest ? picked : wanted ? await resolveCandidate(source, picked, limits) : await resolveAvailable(picked);
    if (resolved?.manifest) {
      return {
        descriptor: resolved.descriptor,
        manifest: resolved.manifest,
        chain: resolved.chain,
        ...resolved.config && { config: resolved.config },
        notes: wanted || images.length < 2 ? [] : [otherPlatformsNote(resolved, images)]
      };
    }
    images.splice(images.indexOf(picked), 1);
  }
}
var REF_NAME = "org.opencontainers.image.ref.name";
var CONTAINERD_NAME = "io.containerd.image.name";
function tagOf(candidate) {
  for (const descriptor of candidate.chain) {
    const name = descriptor.annotations?.[REF_NAME] ?? descriptor.annotations?.[CONTAINERD_NAME];
    if (name) return name.includes(":") ? name.slice(name.lastIndexOf(":") + 1) : name;
  }
  return void 0;
}
function chooseTag(images, tag) {
  const tags = [...new Set(images.map(tagOf).filter((t) => t !== void 0))];
  if (tag !== void 0) {
    const kept = images.filter((candidate) => tagOf(candidate) === tag);
    if (kept.length === 0) {
      throw new ConfigurationError(
        `No image tagged '${tag}' here; the tags are: ${tags.join(", ") || "(none)"}.`
      );
    }
    images.splice(0, images.length, ...kept);
    return;
  }
  if (tags.length > 1) {
    throw new ConfigurationError(
      `This layout holds ${tags.length} tagged images (${tags.join(", ")}): choose one with --image PATH:TAG.`
    );
  }
}
async function listCandidates(source, descriptor, chain, limits, depth) {
  const path = [...chain, descriptor];
  if (isManifestMediaType(descriptor.mediaType)) {
    const platform = platformOf2(descriptor);
    return [{ descriptor, chain: path, ...platform && { platform } }];
  }
  if (!isIndexMediaType(descriptor.mediaType) || depth > MAX_INDEX_DEPTH) return [];
  const index = await readJsonBlob(source, descriptor, "image index", limits);
  if (!Array.isArray(index.manifests)) {
    throw new InputParseError(`The image index '${descriptor.digest}' has no 'manifests' list.`);
  }
  const candidates = [];
  for (const item of index.manifests) {
    const child = asDescriptor(item);
    if (!child || child.annotations?.[REFERENCE_TYPE] === "attestation-manifest") continue;
    if (child.platform?.os === "unknown") continue;
    append(candidates, await listCandidates(source, child, path, limits, depth + 1));
  }
  return candidates;
}
async function resolveCandidate(source, candidate, limits) {
  const json = await readJsonBlob(source, candidate.descriptor, "image manifest", limits);
  const manifest = imageManifestOf(json);
  if (!manifest) return void 0;
  if (candidate.platform) return { ...candidate, manifest };
  const config = await readJsonBlob(source, manifest.config, "image config", limits);
  const platform = {
    os: asString(config.os) ?? "",
    architecture: asString(config.architecture) ?? "",
    ...asString(config.variant) && { variant: asString(config.variant) }
  };
  return { ...candidate, manifest, config, platform };
}
function imageManifestOf(json) {
  if (isIndexMediaType(asString(json.mediaType))) return void 0;
  const config = asDescriptor(json.config);
  const artifactType = asString(json.artifactType);
  if (!config || !isImageConfigMediaType(config.mediaType)) return void 0;
  if (artifactType !== void 0 && !isImageConfigMediaType(artifactType)) return void 0;
  if (!Array.isArray(json.layers)) return void 0;
  const layers = json.layers.map(asDescriptor);
  if (!layers.every((layer) => layer !== void 0 && isLayerMediaType(layer.mediaType))) {
    return void 0;
  }
  return { config, layers };
}
function pick(images, wanted, spec) {
  if (wanted) {
    const match = images.find((image) => image.platform && platformMatches(wanted, image.platform));
    if (match) return match;
    throw new ConfigurationError(
      `The image has no platform '${spec}'; it has ${listPlatforms(images)}. Choose one with --platform.`
    );
  }
  const linuxAmd64 = { os: "linux", architecture: "amd64" };
  return images.find((image) => image.platform && platformMatches(linuxAmd64, image.platform)) ?? images[0];
}
function otherPlatformsNote(picked, images) {
  return `Scanned ${formatPlatform(picked.platform ?? {})} of the ${images.length} images in the index (${listPlatforms(images)}); choose another with --platform.`;
}
function listPlatforms(images) {
  return [...new Set(images.map((image) => formatPlatform(image.platform ?? {})))].join(", ");
}
function platformOf2(descriptor) {
  const { os, architecture, variant } = descriptor.platform ?? {};
  if (!os || !architecture) return void 0;
  return variant ? { os, architecture, variant } : { os, architecture };
}

// src/sources/image/read-image.ts
var NAME_ANNOTATIONS = ["io.containerd.image.name", "org.opencontainers.image.ref.name"];
async function readImage(source, top, options) {
  const limits = resolveImageLimits(options.limits);
  const selected = await selectImage(source, top, options.platform, limits, options.tag);
  const rawConfig = selected.config ?? await readJsonBlob(source, selected.manifest.config, "image config", limits);
  const parsed = parseImageConfig(rawConfig, selected.descriptor.platform);
  const plan = planLayers(selected.manifest.layers, parsed.diffIds, limits);
  assignHistoryLayers(parsed.history, plan.layers.length);
  const scanned = await scanImageLayers(source, plan.layers, selected.manifest.layers, {
    windows: parsed.platform.os.toLowerCase() === "windows",
    limits
  });
  const configDigest = selected.manifest.config.digest;
  const annotated = annotatedNames(selected);
  const document = {
    source: options.source,
    sourceKind: source.kind,
    names: options.names?.({ manifestDigest: selected.descriptor.digest, configDigest, annotated }) ?? annotated,
    ...!options.synthesisedManifest && { manifestDigest: selected.descriptor.digest },
    configDigest,
    platform: parsed.platform,
    config: parsed.config,
    history: parsed.history,
    layers: plan.layers,
    files: scanned.files
  };
  return { document, notes: [...selected.notes, ...plan.notes, ...scanned.notes] };
}
function annotatedNames(selected) {
  const names = selected.chain.flatMap(
    (descriptor) => NAME_ANNOTATIONS.map((key) => descriptor.annotations?.[key]).filter((name) => !!name)
  );
  return [...new Set(names)];
}

// src/sources/image/load-image.ts
var PATH_LIKE = /^(\.{1,2}([/\\]|$)|[/\\~]|[a-z]:[/\\])|\.(tar|tar\.gz|tgz|tar\.zst)$/i;
async function loadImage(spec, options) {
  const limits = resolveImageLimits(options.limits);
  let path = resolve(options.cwd, spec);
  let kind = await localPathKind(path);
  let tag;
  const colon = spec.lastIndexOf(":");
  if (kind === "missing" && colon > 0 && !/[/\\]/.test(spec.slice(colon + 1))) {
    const tagged = resolve(options.cwd, spec.slice(0, colon));
    const taggedKind = await localPathKind(tagged);
    if (taggedKind !== "missing") {
      [path, kind, tag] = [tagged, taggedKind, spec.slice(colon + 1)];
    }
  }
  let opened;
  let source = spec;
  if (kind === "missing") {
    if (PATH_LIKE.test(spec)) {
      throw new ConfigurationError(`Image '${spec}' not found: no such file or directory.`);
    }
    const pulled = await openRegistryImage(spec, options);
    opened = {
      source: pulled.source,
      top: pulled.index,
      names: () => pulled.names,
      notes: pulled.notes ?? []
    };
  } else {
    const display = relative(options.cwd, path).split(sep).join("/") || ".";
    opened = kind === "directory" ? await openOciLayout(path, display, limits) : await openImageArchive(path, display, limits);
    source = kind === "directory" ? `${display === "." ? "" : `${display}/`}index.json` : display;
  }
  try {
    const loaded = await readImage(opened.source, opened.top, {
      ...options,
      limits,
      source,
      ...opened.names && { names: opened.names },
      ...opened.synthesisedManifest && { synthesisedManifest: true },
      ...tag !== void 0 && { tag }
    });
    return { ...loaded, notes: [...opened.notes ?? [], ...loaded.notes] };
  } finally {
    await opened.source.close();
  }
}
export {
  loadImage
};
