#!/usr/bin/env node
import { createRequire as __bulkheadRequire } from 'node:module';
const require = __bulkheadRequire(import.meta.url);
import {
  partitionPoint
} from "./chunk-MFQIY6JZ.js";
import {
  append,
  jsonSyntaxMessage,
  parseImageReference,
  sensitiveFileKind
} from "./chunk-R7SXB4GR.js";
import {
  InputParseError,
  InputTooLargeError,
  errorMessage
} from "./chunk-FYCLPXZE.js";
import {
  __commonJS,
  __esm,
  __export,
  __require,
  __toCommonJS,
  __toESM
} from "./chunk-QLIY3PYG.js";

// node_modules/@balena/dockerignore/ignore.js
var require_ignore = __commonJS({
  "node_modules/@balena/dockerignore/ignore.js"(exports, module) {
    "use strict";
    var path = __require("path");
    var factory = (options2) => new IgnoreBase(options2);
    factory.default = factory;
    module.exports = factory;
    function make_array(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var REGEX_TRAILING_SLASH = /(?<=.)\/$/;
    var REGEX_TRAILING_BACKSLASH = /(?<=.)\\$/;
    var REGEX_TRAILING_PATH_SEP = path.sep === "\\" ? REGEX_TRAILING_BACKSLASH : REGEX_TRAILING_SLASH;
    var KEY_IGNORE = typeof Symbol !== "undefined" ? /* @__PURE__ */ Symbol.for("dockerignore") : "dockerignore";
    function cleanPath(file) {
      return path.normalize(file).replace(REGEX_TRAILING_PATH_SEP, "");
    }
    function toSlash(file) {
      if (path.sep === "/") {
        return file;
      }
      return file.replace(/\\/g, "/");
    }
    function fromSlash(file) {
      if (path.sep === "/") {
        return file;
      }
      return file.replace(/\//g, path.sep);
    }
    var IgnoreBase = class {
      constructor({
        // https://github.com/kaelzhang/node-ignore/blob/5.1.4/index.js#L372
        ignorecase = true
      } = {}) {
        this._rules = [];
        this._ignorecase = ignorecase;
        this[KEY_IGNORE] = true;
        this._initCache();
      }
      _initCache() {
        this._cache = {};
      }
      // @param {Array.<string>|string|Ignore} pattern
      add(pattern) {
        this._added = false;
        if (typeof pattern === "string") {
          pattern = pattern.split(/\r?\n/g);
        }
        make_array(pattern).forEach(this._addPattern, this);
        if (this._added) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      _addPattern(pattern) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules);
          this._added = true;
          return;
        }
        if (this._checkPattern(pattern)) {
          const rule3 = this._createRule(pattern.trim());
          if (rule3 !== null) {
            this._added = true;
            this._rules.push(rule3);
          }
        }
      }
      _checkPattern(pattern) {
        return pattern && typeof pattern === "string" && pattern.indexOf("#") !== 0 && pattern.trim() !== "";
      }
      filter(paths) {
        return make_array(paths).filter((path2) => this._filter(path2));
      }
      createFilter() {
        return (path2) => this._filter(path2);
      }
      ignores(path2) {
        return !this._filter(path2);
      }
      // https://github.com/moby/moby/blob/v19.03.8/builder/dockerignore/dockerignore.go#L41-L53
      // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L29-L55
      _createRule(pattern) {
        const origin = pattern;
        let negative = false;
        if (pattern[0] === "!") {
          negative = true;
          pattern = pattern.substring(1).trim();
        }
        if (pattern.length > 0) {
          pattern = cleanPath(pattern);
          pattern = toSlash(pattern);
          if (pattern.length > 1 && pattern[0] === "/") {
            pattern = pattern.slice(1);
          }
        }
        if (negative) {
          pattern = "!" + pattern;
        }
        pattern = pattern.trim();
        if (pattern === "") {
          return null;
        }
        pattern = cleanPath(pattern);
        if (pattern[0] === "!") {
          if (pattern.length === 1) {
            return null;
          }
          negative = true;
          pattern = pattern.substring(1);
        } else {
          negative = false;
        }
        return {
          origin,
          pattern,
          // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L54
          dirs: pattern.split(path.sep),
          negative
        };
      }
      // @returns `Boolean` true if the `path` is NOT ignored
      _filter(path2) {
        if (!path2) {
          return false;
        }
        if (path2 in this._cache) {
          return this._cache[path2];
        }
        return this._cache[path2] = this._test(path2);
      }
      // @returns {Boolean} true if a file is NOT ignored
      // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L62
      _test(file) {
        file = fromSlash(file);
        const parentPath = cleanPath(path.dirname(file));
        const parentPathDirs = parentPath.split(path.sep);
        let matched = false;
        this._rules.forEach((rule3) => {
          let match = this._match(file, rule3);
          if (!match && parentPath !== ".") {
            if (rule3.dirs.includes("**")) {
              for (let i = rule3.dirs.filter((x) => x !== "**").length; i <= parentPathDirs.length; i++) {
                match = match || this._match(parentPathDirs.slice(0, i).join(path.sep), rule3);
              }
            } else if (rule3.dirs.length <= parentPathDirs.length) {
              match = this._match(parentPathDirs.slice(0, rule3.dirs.length).join(path.sep), rule3);
            }
          }
          if (match) {
            matched = !rule3.negative;
          }
        });
        return !matched;
      }
      // @returns {Boolean} true if a file is matched by a rule
      _match(file, rule3) {
        return this._compile(rule3).regexp.test(file);
      }
      // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L139
      _compile(rule3) {
        if (rule3.regexp) {
          return rule3;
        }
        let regStr = "^";
        let escapedSlash = path.sep === "\\" ? "\\\\" : path.sep;
        for (let i = 0; i < rule3.pattern.length; i++) {
          const ch = rule3.pattern[i];
          if (ch === "*") {
            if (rule3.pattern[i + 1] === "*") {
              i++;
              if (rule3.pattern[i + 1] === path.sep) {
                i++;
              }
              if (rule3.pattern[i + 1] === void 0) {
                regStr += ".*";
              } else {
                regStr += `(.*${escapedSlash})?`;
              }
            } else {
              regStr += `[^${escapedSlash}]*`;
            }
          } else if (ch === "?") {
            regStr += `[^${escapedSlash}]`;
          } else if (ch === "." || ch === "$") {
            regStr += `\\${ch}`;
          } else if (ch === "\\") {
            if (path.sep === "\\") {
              regStr += escapedSlash;
              continue;
            }
            if (rule3.pattern[i + 1] !== void 0) {
              regStr += "\\" + rule3.pattern[i + 1];
              i++;
            } else {
              regStr += "\\";
            }
          } else {
            regStr += ch;
          }
        }
        regStr += "$";
        rule3.regexp = new RegExp(regStr, this._ignorecase ? "i" : "");
        return rule3;
      }
    };
  }
});

// node_modules/dockerfile-ast/lib/argument.js
var require_argument = __commonJS({
  "node_modules/dockerfile-ast/lib/argument.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Argument = void 0;
    var Argument = class {
      constructor(value, range) {
        this.value = value;
        this.range = range;
      }
      toString() {
        return this.value;
      }
      getRange() {
        return this.range;
      }
      getValue() {
        return this.value;
      }
      isAfter(position) {
        if (this.range.end.line < position.line) {
          return false;
        }
        return this.range.start.line > position.line ? true : this.range.start.character > position.character;
      }
      isBefore(position) {
        if (this.range.start.line < position.line) {
          return true;
        }
        return this.range.end.line > position.line ? false : this.range.end.character < position.character;
      }
    };
    exports.Argument = Argument;
  }
});

// node_modules/dockerfile-ast/lib/jsonArgument.js
var require_jsonArgument = __commonJS({
  "node_modules/dockerfile-ast/lib/jsonArgument.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.JSONArgument = void 0;
    var argument_1 = require_argument();
    var JSONArgument = class extends argument_1.Argument {
      constructor(value, range, jsonRange) {
        super(value, range);
        this.jsonRange = jsonRange;
      }
      getJSONRange() {
        return this.jsonRange;
      }
      getJSONValue() {
        let value = super.getValue();
        value = value.substring(1, value.length - 1);
        return value;
      }
    };
    exports.JSONArgument = JSONArgument;
  }
});

// src/targets/dockerfile/lsp-types-subset.ts
var lsp_types_subset_exports = {};
__export(lsp_types_subset_exports, {
  Position: () => Position,
  Range: () => Range
});
function isUinteger(value) {
  return typeof value === "number" && value >= 0 && value <= MAX_UINTEGER;
}
function isPosition(value) {
  if (value === null || typeof value !== "object") return false;
  const candidate = value;
  return isUinteger(candidate.line) && isUinteger(candidate.character);
}
var MAX_UINTEGER, Position, Range;
var init_lsp_types_subset = __esm({
  "src/targets/dockerfile/lsp-types-subset.ts"() {
    MAX_UINTEGER = 2147483647;
    Position = {
      /** A position; `Number.MAX_VALUE` stands for the end of a line or of the document. */
      create(line, character) {
        return {
          line: line === Number.MAX_VALUE ? MAX_UINTEGER : line,
          character: character === Number.MAX_VALUE ? MAX_UINTEGER : character
        };
      },
      is: isPosition
    };
    Range = {
      /** A range from four numbers (start line and character, end line and character) or two positions. */
      create(one2, two, three, four) {
        if (isUinteger(one2) && isUinteger(two) && isUinteger(three) && isUinteger(four))
          return { start: Position.create(one2, two), end: Position.create(three, four) };
        if (isPosition(one2) && isPosition(two)) return { start: one2, end: two };
        throw new Error(`Range#create called with invalid arguments[${one2}, ${two}, ${three}, ${four}]`);
      }
    };
  }
});

// node_modules/dockerfile-ast/lib/line.js
var require_line = __commonJS({
  "node_modules/dockerfile-ast/lib/line.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Line = void 0;
    var Line = class {
      constructor(document, range) {
        this.document = document;
        this.range = range;
      }
      getRange() {
        return this.range;
      }
      getTextContent() {
        return this.document.getText().substring(this.document.offsetAt(this.range.start), this.document.offsetAt(this.range.end));
      }
      isAfter(line) {
        return this.range.start.line > line.range.start.line;
      }
      isBefore(line) {
        return this.range.start.line < line;
      }
    };
    exports.Line = Line;
  }
});

// node_modules/dockerfile-ast/lib/util.js
var require_util = __commonJS({
  "node_modules/dockerfile-ast/lib/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Util = void 0;
    var Util = class _Util {
      static isUTF8BOM(char) {
        const uintArray = Uint8Array.from(Buffer.from(char, "UTF-8"));
        return uintArray[0] === 239 && uintArray[1] == 187 && uintArray[2] == 191;
      }
      static isWhitespace(char) {
        return char === " " || char === "	" || _Util.isNewline(char);
      }
      static isNewline(char) {
        return char === "\r" || char === "\n";
      }
      static findLeadingNonWhitespace(content, escapeChar) {
        whitespaceCheck: for (let i = 0; i < content.length; i++) {
          switch (content.charAt(i)) {
            case " ":
            case "	":
              continue;
            case escapeChar:
              escapeCheck: for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    i = j + 1;
                    continue whitespaceCheck;
                  case "\n":
                    i = j;
                    continue whitespaceCheck;
                  default:
                    break escapeCheck;
                }
              }
              return -1;
            default:
              return i;
          }
        }
        return -1;
      }
      /**
       * Determines if the given position is contained within the given range.
       *
       * @param position the position to check
       * @param range the range to see if the position is inside of
       */
      static isInsideRange(position, range) {
        if (range.start.line === range.end.line) {
          return range.start.line === position.line && range.start.character <= position.character && position.character <= range.end.character;
        } else if (range.start.line === position.line) {
          return range.start.character <= position.character;
        } else if (range.end.line === position.line) {
          return position.character <= range.end.character;
        }
        return range.start.line < position.line && position.line < range.end.line;
      }
      static parseHeredocName(value) {
        value = value.substring(2);
        if (value.charAt(0) === "-") {
          value = value.substring(1);
        }
        if (value.charAt(0) === '"') {
          if (value.charAt(value.length - 1) !== '"') {
            return null;
          }
          value = value.substring(1, value.length - 1);
        }
        if (value.charAt(0) === "'") {
          if (value.charAt(value.length - 1) !== "'") {
            return null;
          }
          value = value.substring(1, value.length - 1);
        }
        if (value.charAt(0) === "<") {
          return null;
        }
        return value;
      }
    };
    exports.Util = Util;
  }
});

// node_modules/dockerfile-ast/lib/comment.js
var require_comment = __commonJS({
  "node_modules/dockerfile-ast/lib/comment.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Comment = void 0;
    var vscode_languageserver_types_1 = (init_lsp_types_subset(), __toCommonJS(lsp_types_subset_exports));
    var line_1 = require_line();
    var util_1 = require_util();
    var Comment = class extends line_1.Line {
      constructor(document, range) {
        super(document, range);
      }
      toString() {
        const content = this.getContent();
        if (content) {
          return "# " + content;
        }
        return "#";
      }
      /**
       * Returns the content of this comment. This excludes leading and
       * trailing whitespace as well as the # symbol. If the comment only
       * consists of whitespace, the empty string will be returned.
       */
      getContent() {
        let range = this.getContentRange();
        if (range === null) {
          return "";
        }
        return this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
      }
      /**
       * Returns a range that includes the content of the comment
       * excluding any leading and trailing whitespace as well as the #
       * symbol. May return null if the comment only consists of whitespace
       * characters.
       */
      getContentRange() {
        let range = this.getRange();
        const startOffset = this.document.offsetAt(range.start);
        let raw = this.document.getText().substring(startOffset, this.document.offsetAt(range.end));
        let start = -1;
        let end = -1;
        for (let i = 1; i < raw.length; i++) {
          if (!util_1.Util.isWhitespace(raw.charAt(i))) {
            start = i;
            break;
          }
        }
        if (start === -1) {
          return null;
        }
        for (let i = raw.length - 1; i >= 1; i--) {
          if (!util_1.Util.isWhitespace(raw.charAt(i))) {
            end = i + 1;
            break;
          }
        }
        return vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + start), this.document.positionAt(startOffset + end));
      }
    };
    exports.Comment = Comment;
  }
});

// node_modules/vscode-languageserver-textdocument/lib/esm/main.js
var main_exports = {};
__export(main_exports, {
  TextDocument: () => TextDocument
});
function mergeSort(data, compare) {
  if (data.length <= 1) {
    return data;
  }
  const p = data.length / 2 | 0;
  const left = data.slice(0, p);
  const right = data.slice(p);
  mergeSort(left, compare);
  mergeSort(right, compare);
  let leftIdx = 0;
  let rightIdx = 0;
  let i = 0;
  while (leftIdx < left.length && rightIdx < right.length) {
    const ret = compare(left[leftIdx], right[rightIdx]);
    if (ret <= 0) {
      data[i++] = left[leftIdx++];
    } else {
      data[i++] = right[rightIdx++];
    }
  }
  while (leftIdx < left.length) {
    data[i++] = left[leftIdx++];
  }
  while (rightIdx < right.length) {
    data[i++] = right[rightIdx++];
  }
  return data;
}
function computeLineOffsets(text, isAtLineStart, textOffset = 0) {
  const result = isAtLineStart ? [textOffset] : [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (isEOL(ch)) {
      if (ch === 13 && i + 1 < text.length && text.charCodeAt(i + 1) === 10) {
        i++;
      }
      result.push(textOffset + i + 1);
    }
  }
  return result;
}
function isEOL(char) {
  return char === 13 || char === 10;
}
function getWellformedRange(range) {
  const start = range.start;
  const end = range.end;
  if (start.line > end.line || start.line === end.line && start.character > end.character) {
    return { start: end, end: start };
  }
  return range;
}
function getWellformedEdit(textEdit) {
  const range = getWellformedRange(textEdit.range);
  if (range !== textEdit.range) {
    return { newText: textEdit.newText, range };
  }
  return textEdit;
}
var FullTextDocument, TextDocument;
var init_main = __esm({
  "node_modules/vscode-languageserver-textdocument/lib/esm/main.js"() {
    "use strict";
    FullTextDocument = class _FullTextDocument {
      constructor(uri, languageId, version, content) {
        this._uri = uri;
        this._languageId = languageId;
        this._version = version;
        this._content = content;
        this._lineOffsets = void 0;
      }
      get uri() {
        return this._uri;
      }
      get languageId() {
        return this._languageId;
      }
      get version() {
        return this._version;
      }
      getText(range) {
        if (range) {
          const start = this.offsetAt(range.start);
          const end = this.offsetAt(range.end);
          return this._content.substring(start, end);
        }
        return this._content;
      }
      update(changes, version) {
        for (const change of changes) {
          if (_FullTextDocument.isIncremental(change)) {
            const range = getWellformedRange(change.range);
            const startOffset = this.offsetAt(range.start);
            const endOffset = this.offsetAt(range.end);
            this._content = this._content.substring(0, startOffset) + change.text + this._content.substring(endOffset, this._content.length);
            const insertedEndOffset = startOffset + change.text.length;
            const crlfAtStart = this._content.charCodeAt(startOffset - 1) === 13 && this._content.charCodeAt(startOffset) === 10;
            const crlfAtEnd = this._content.charCodeAt(insertedEndOffset - 1) === 13 && this._content.charCodeAt(insertedEndOffset) === 10;
            if (crlfAtStart || crlfAtEnd) {
              this._lineOffsets = void 0;
              continue;
            }
            const startLine = Math.max(range.start.line, 0);
            const endLine = Math.max(range.end.line, 0);
            let lineOffsets = this._lineOffsets;
            const addedLineOffsets = computeLineOffsets(change.text, false, startOffset);
            if (endLine - startLine === addedLineOffsets.length) {
              for (let i = 0, len = addedLineOffsets.length; i < len; i++) {
                lineOffsets[i + startLine + 1] = addedLineOffsets[i];
              }
            } else {
              if (addedLineOffsets.length < 1e4) {
                lineOffsets.splice(startLine + 1, endLine - startLine, ...addedLineOffsets);
              } else {
                this._lineOffsets = lineOffsets = lineOffsets.slice(0, startLine + 1).concat(addedLineOffsets, lineOffsets.slice(endLine + 1));
              }
            }
            const diff = change.text.length - (endOffset - startOffset);
            if (diff !== 0) {
              for (let i = startLine + 1 + addedLineOffsets.length, len = lineOffsets.length; i < len; i++) {
                lineOffsets[i] = lineOffsets[i] + diff;
              }
            }
          } else if (_FullTextDocument.isFull(change)) {
            this._content = change.text;
            this._lineOffsets = void 0;
          } else {
            throw new Error("Unknown change event received");
          }
        }
        this._version = version;
      }
      getLineOffsets() {
        if (this._lineOffsets === void 0) {
          this._lineOffsets = computeLineOffsets(this._content, true);
        }
        return this._lineOffsets;
      }
      positionAt(offset) {
        offset = Math.max(Math.min(offset, this._content.length), 0);
        const lineOffsets = this.getLineOffsets();
        let low = 0, high = lineOffsets.length;
        if (high === 0) {
          return { line: 0, character: offset };
        }
        while (low < high) {
          const mid = Math.floor((low + high) / 2);
          if (lineOffsets[mid] > offset) {
            high = mid;
          } else {
            low = mid + 1;
          }
        }
        const line = low - 1;
        offset = this.ensureBeforeEOL(offset, lineOffsets[line]);
        return { line, character: offset - lineOffsets[line] };
      }
      offsetAt(position) {
        const lineOffsets = this.getLineOffsets();
        if (position.line >= lineOffsets.length) {
          return this._content.length;
        } else if (position.line < 0) {
          return 0;
        }
        const lineOffset = lineOffsets[position.line];
        if (position.character <= 0) {
          return lineOffset;
        }
        const nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this._content.length;
        const offset = Math.min(lineOffset + position.character, nextLineOffset);
        return this.ensureBeforeEOL(offset, lineOffset);
      }
      getLineRange(line) {
        const lineOffsets = this.getLineOffsets();
        if (line >= lineOffsets.length) {
          const lastLine = lineOffsets.length - 1;
          return { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: this._content.length - lineOffsets[lastLine] } };
        } else if (line < 0) {
          return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
        }
        const startOffset = lineOffsets[line];
        const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this._content.length;
        const endOffset = this.ensureBeforeEOL(nextLineOffset, startOffset);
        return { start: { line, character: 0 }, end: { line, character: endOffset - startOffset } };
      }
      getEOLCharacters(line) {
        const lineOffsets = this.getLineOffsets();
        if (line >= lineOffsets.length) {
          return "";
        } else if (line < 0) {
          return "";
        }
        const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this._content.length;
        const eolOffset = this.ensureBeforeEOL(nextLineOffset, lineOffsets[line]);
        return this._content.substring(eolOffset, nextLineOffset);
      }
      ensureBeforeEOL(offset, lineOffset) {
        while (offset > lineOffset && isEOL(this._content.charCodeAt(offset - 1))) {
          offset--;
        }
        return offset;
      }
      get lineCount() {
        return this.getLineOffsets().length;
      }
      static isIncremental(event) {
        const candidate = event;
        return candidate !== void 0 && candidate !== null && typeof candidate.text === "string" && candidate.range !== void 0 && (candidate.rangeLength === void 0 || typeof candidate.rangeLength === "number");
      }
      static isFull(event) {
        const candidate = event;
        return candidate !== void 0 && candidate !== null && typeof candidate.text === "string" && candidate.range === void 0 && candidate.rangeLength === void 0;
      }
    };
    (function(TextDocument2) {
      function create(uri, languageId, version, content) {
        return new FullTextDocument(uri, languageId, version, content);
      }
      TextDocument2.create = create;
      function update(document, changes, version) {
        if (document instanceof FullTextDocument) {
          document.update(changes, version);
          return document;
        } else {
          throw new Error("TextDocument.update: document must be created by TextDocument.create");
        }
      }
      TextDocument2.update = update;
      function applyEdits(document, edits) {
        const text = document.getText();
        const sortedEdits = mergeSort(edits.map(getWellformedEdit), (a, b) => {
          const diff = a.range.start.line - b.range.start.line;
          if (diff === 0) {
            return a.range.start.character - b.range.start.character;
          }
          return diff;
        });
        let lastModifiedOffset = 0;
        const spans = [];
        for (const e of sortedEdits) {
          const startOffset = document.offsetAt(e.range.start);
          if (startOffset < lastModifiedOffset) {
            throw new Error("Overlapping edit");
          } else if (startOffset > lastModifiedOffset) {
            spans.push(text.substring(lastModifiedOffset, startOffset));
          }
          if (e.newText.length) {
            spans.push(e.newText);
          }
          lastModifiedOffset = document.offsetAt(e.range.end);
        }
        spans.push(text.substr(lastModifiedOffset));
        return spans.join("");
      }
      TextDocument2.applyEdits = applyEdits;
    })(TextDocument || (TextDocument = {}));
  }
});

// node_modules/dockerfile-ast/lib/parserDirective.js
var require_parserDirective = __commonJS({
  "node_modules/dockerfile-ast/lib/parserDirective.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ParserDirective = void 0;
    var main_1 = require_main();
    var line_1 = require_line();
    var ParserDirective = class extends line_1.Line {
      constructor(document, range, nameRange, valueRange) {
        super(document, range);
        this.nameRange = nameRange;
        this.valueRange = valueRange;
      }
      toString() {
        return "# " + this.getName() + "=" + this.getValue();
      }
      getNameRange() {
        return this.nameRange;
      }
      getValueRange() {
        return this.valueRange;
      }
      getName() {
        return this.document.getText().substring(this.document.offsetAt(this.nameRange.start), this.document.offsetAt(this.nameRange.end));
      }
      getValue() {
        return this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
      }
      getDirective() {
        const directive = main_1.Directive[this.getName().toLowerCase()];
        return directive === void 0 ? null : directive;
      }
    };
    exports.ParserDirective = ParserDirective;
  }
});

// node_modules/dockerfile-ast/lib/heredoc.js
var require_heredoc = __commonJS({
  "node_modules/dockerfile-ast/lib/heredoc.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Heredoc = void 0;
    var Heredoc = class {
      constructor(startRange, name, nameRange, contentRange, endRange) {
        this.startRange = startRange;
        this.name = name;
        this.nameRange = nameRange;
        this.contentRange = contentRange;
        this.endRange = endRange;
      }
      /**
       * Returns the name of the here-document.
       *
       * This API is experimental and subject to change.
       */
      getName() {
        return this.name;
      }
      /**
       * Returns the range of the start operator and the name. If the
       * here-document is initialized with <<EOT then the start range would
       * encompass all five characters.
       *
       * This API is experimental and subject to change.
       */
      getStartRange() {
        return this.startRange;
      }
      /**
       * Returns the range of this here-document's name that is declared at
       * the beginning of the here-document with the operator. If the
       * here-document is initialized with <<EOT then the name range would
       * encompass the latter three "EOT" characters.
       *
       * This API is experimental and subject to change.
       */
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the range of the content of this here-document. This may
       * be null if the here-document has no content because:
       * - the start range is the only thing that was declared
       * - the end range was declared immediately and there is no content
       *
       * This API is experimental and subject to change.
       */
      getContentRange() {
        return this.contentRange;
      }
      /**
       * Returns the range of the here-document's name on a line that
       * represents the end of the here-document.
       *
       * This API is experimental and subject to change.
       */
      getDelimiterRange() {
        return this.endRange;
      }
    };
    exports.Heredoc = Heredoc;
  }
});

// node_modules/dockerfile-ast/lib/variable.js
var require_variable = __commonJS({
  "node_modules/dockerfile-ast/lib/variable.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Variable = void 0;
    var Variable = class {
      constructor(name, nameRange, range, modifier, modifierRange, substitutionParameter, substitutionRange, defined, buildVariable, stringValue) {
        this.name = name;
        this.nameRange = nameRange;
        this.range = range;
        this.modifier = modifier;
        this.modifierRange = modifierRange;
        this.substitutionParameter = substitutionParameter;
        this.substitutionRange = substitutionRange;
        this.defined = defined;
        this.buildVariable = buildVariable;
        this.stringValue = stringValue;
      }
      toString() {
        return this.stringValue;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the range of the entire variable. This includes the symbols for
       * the declaration of the variable such as the $, {, and } symbols.
       *
       * @return the range in the document that this variable encompasses in its
       *         entirety
       */
      getRange() {
        return this.range;
      }
      /**
       * Returns the modifier character that has been set for
       * specifying how this variable should be expanded and resolved.
       * If this variable is ${variable:+value} then the modifier
       * character is '+'. Will be the empty string if the variable is
       * declared as ${variable:}. Otherwise, will be null if this
       * variable will not use variable substitution at all (such as
       * ${variable} or $variable).
       *
       * @return this variable's modifier character, or the empty
       *         string if it does not have one, or null if this
       *         variable will not use variable substitution
       */
      getModifier() {
        return this.modifier;
      }
      getModifierRange() {
        return this.modifierRange;
      }
      /**
       * Returns the parameter that will be used for substitution if
       * this variable uses modifiers to define how its value should be
       * resolved. If this variable is ${variable:+value} then the
       * substitution value will be 'value'. Will be the empty string
       * if the variable is declared as ${variable:+} or some other
       * variant where the only thing that follows the modifier
       * character (excluding considerations of escape characters and
       * so on) is the variable's closing bracket. May be null if this
       * variable does not have a modifier character defined (such as
       * ${variable} or $variable).
       *
       * @return this variable's substitution parameter, or the empty
       *         string if it does not have one, or null if there is
       *         not one defined
       */
      getSubstitutionParameter() {
        return this.substitutionParameter;
      }
      getSubstitutionRange() {
        return this.substitutionRange;
      }
      /**
       * Returns whether this variable has been defined or not.
       *
       * @return true if this variable has been defined, false otherwise
       */
      isDefined() {
        return this.defined;
      }
      isBuildVariable() {
        return this.buildVariable === true;
      }
      isEnvironmentVariable() {
        return this.buildVariable === false;
      }
    };
    exports.Variable = Variable;
  }
});

// node_modules/dockerfile-ast/lib/instruction.js
var require_instruction = __commonJS({
  "node_modules/dockerfile-ast/lib/instruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Instruction = void 0;
    var vscode_languageserver_types_1 = (init_lsp_types_subset(), __toCommonJS(lsp_types_subset_exports));
    var util_1 = require_util();
    var line_1 = require_line();
    var argument_1 = require_argument();
    var heredoc_1 = require_heredoc();
    var variable_1 = require_variable();
    var main_1 = require_main();
    var Instruction2 = class extends line_1.Line {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range);
        this.dockerfile = dockerfile;
        this.escapeChar = escapeChar;
        this.instruction = instruction;
        this.instructionRange = instructionRange;
      }
      toString() {
        let value = this.getKeyword();
        for (let arg of this.getRawArguments()) {
          value += " ";
          value += arg.getValue();
        }
        return value;
      }
      getRangeContent(range) {
        if (range === null) {
          return null;
        }
        return this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
      }
      getInstructionRange() {
        return this.instructionRange;
      }
      getInstruction() {
        return this.instruction;
      }
      getKeyword() {
        return this.getInstruction().toUpperCase();
      }
      getArgumentsRange() {
        let args = this.getArguments();
        if (args.length === 0) {
          return null;
        }
        return vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end);
      }
      getArgumentsRanges() {
        let args = this.getArguments();
        if (args.length === 0) {
          return [];
        }
        if (args[0].getRange().start.line === args[args.length - 1].getRange().end.line) {
          return [vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end)];
        }
        let ranges = [];
        let end = -1;
        let startPosition = args[0].getRange().start;
        let range = this.getInstructionRange();
        let extra = this.document.offsetAt(startPosition) - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra, this.document.offsetAt(args[args.length - 1].getRange().end) - this.document.offsetAt(range.start));
        let offset = this.document.offsetAt(range.start) + extra;
        let start = false;
        let comment = false;
        for (let i = 0; i < fullArgs.length; i++) {
          let char = fullArgs.charAt(i);
          if (char === this.escapeChar) {
            let next = fullArgs.charAt(i + 1);
            if (next === " " || next === "	") {
              whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++) {
                switch (fullArgs.charAt(j)) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    j++;
                  case "\n":
                    if (startPosition !== null) {
                      ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
                    }
                    startPosition = null;
                    start = true;
                    comment = false;
                    i = j;
                    break whitespaceCheck;
                  default:
                    break whitespaceCheck;
                }
              }
            } else if (next === "\r") {
              if (startPosition !== null) {
                ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
                startPosition = null;
              }
              start = true;
              comment = false;
              i += 2;
            } else if (next === "\n") {
              if (startPosition !== null) {
                ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
              }
              startPosition = null;
              start = true;
              comment = false;
              i++;
            } else {
              i++;
            }
          } else if (util_1.Util.isNewline(char)) {
            if (comment) {
              startPosition = null;
              start = true;
              comment = false;
            }
          } else {
            if (!comment) {
              if (startPosition === null) {
                if (char === "#") {
                  comment = true;
                  continue;
                }
                let position = this.document.positionAt(offset + i);
                if (position.character !== 0) {
                  startPosition = vscode_languageserver_types_1.Position.create(position.line, 0);
                }
              }
              end = i;
            }
          }
        }
        if (startPosition === null) {
          ranges.push(vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + end), this.document.positionAt(offset + end + 1)));
        } else {
          ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
        }
        return ranges;
      }
      getRawArgumentsContent() {
        let args = this.getArguments();
        if (args.length === 0) {
          return null;
        }
        return this.getRangeContent(vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end));
      }
      getArgumentsContent() {
        let args = this.getArguments();
        if (args.length === 0) {
          return null;
        }
        let content = "";
        let ranges = this.getArgumentsRanges();
        let documentText = this.document.getText();
        for (let range of ranges) {
          content += documentText.substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
        }
        return content;
      }
      getArguments() {
        return this.getRawArguments();
      }
      getRawArguments() {
        let args = [];
        let range = this.getInstructionRange();
        let extra = this.document.offsetAt(range.end) - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra);
        let offset = this.document.offsetAt(range.start) + extra;
        let start = false;
        let comment = false;
        let found = -1;
        let escapedWhitespaceDetected = false;
        let escaping = false;
        let escapeMarker = -1;
        let escapedArg = "";
        for (let i = 0; i < fullArgs.length; i++) {
          let char = fullArgs.charAt(i);
          if (util_1.Util.isWhitespace(char)) {
            if (escaping) {
              escapedWhitespaceDetected = true;
              if (util_1.Util.isNewline(char)) {
                escapedWhitespaceDetected = false;
                if (comment) {
                  comment = false;
                  start = true;
                }
              }
              continue;
            } else if (found !== -1) {
              if (escapeMarker === -1) {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + i))));
              } else {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
              }
              escapeMarker = -1;
              escapedArg = "";
              found = -1;
            }
          } else if (char === this.escapeChar) {
            let next = fullArgs.charAt(i + 1);
            if (next === " " || next === "	") {
              whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++) {
                let newlineCheck = fullArgs.charAt(j);
                switch (newlineCheck) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    j++;
                  case "\n":
                    comment = false;
                    escaping = true;
                    start = true;
                    if (found !== -1) {
                      escapeMarker = i;
                    }
                    i = j;
                    break whitespaceCheck;
                  default:
                    escapeMarker = i;
                    if (found === -1) {
                      i = j - 1;
                    }
                    break whitespaceCheck;
                }
              }
            } else if (next === "\r") {
              comment = false;
              escaping = true;
              start = true;
              if (found !== -1 && escapeMarker === -1) {
                escapeMarker = i;
              }
              i += 2;
            } else if (next === "\n") {
              comment = false;
              escaping = true;
              start = true;
              if (found !== -1 && escapeMarker === -1) {
                escapeMarker = i;
              }
              i++;
            } else {
              if (escapedWhitespaceDetected && escapeMarker !== -1) {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
                escapedArg = "";
                found = -1;
              }
              escapeMarker = -1;
              escapedWhitespaceDetected = false;
              escaping = false;
              if (next === "$") {
                escapedArg = escapedArg + char + next;
              } else if (next === "") {
                break;
              } else {
                escapedArg = escapedArg + next;
              }
              if (found === -1) {
                found = i;
              }
              i++;
            }
          } else if (!comment) {
            if (start && char === "#") {
              comment = true;
            } else {
              if (escapedWhitespaceDetected && escapeMarker !== -1) {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
                escapedArg = "";
                found = -1;
              }
              escapedWhitespaceDetected = false;
              escaping = false;
              escapeMarker = -1;
              escapedArg = escapedArg + char;
              if (found === -1) {
                found = i;
              }
            }
            start = false;
          }
        }
        if (found !== -1) {
          if (escapeMarker === -1) {
            args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + fullArgs.length))));
          } else {
            args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
          }
        }
        return args;
      }
      getExpandedArguments() {
        let args = this.getArguments();
        for (let i = 0; i < args.length; i++) {
          const argRange = args[i].getRange();
          let offset = this.document.offsetAt(argRange.start);
          const variables2 = this.parseVariables(offset, args[i].getValue());
          const swaps = [];
          let requiresExpansion = false;
          for (let variable of variables2) {
            const value = this.dockerfile.resolveVariable(variable.getName(), variable.getNameRange().start.line);
            swaps.push(value);
            requiresExpansion = requiresExpansion || value !== void 0;
          }
          if (requiresExpansion) {
            let expanded = "";
            for (let j = 0; j < swaps.length; j++) {
              const variableRange = variables2[j].getRange();
              const start = this.document.offsetAt(variableRange.start);
              const end = this.document.offsetAt(variableRange.end);
              if (swaps[j]) {
                expanded += this.document.getText().substring(offset, start);
                expanded += swaps[j];
                offset = end;
              } else {
                expanded += this.document.getText().substring(offset, end);
                offset = end;
              }
            }
            const argEnd = this.document.offsetAt(argRange.end);
            if (argEnd !== offset) {
              expanded += this.document.getText().substring(offset, argEnd);
            }
            args[i] = new argument_1.Argument(expanded, argRange);
          }
        }
        return args;
      }
      getVariables() {
        const variables2 = [];
        const args = this.getRawArguments();
        for (const arg of args) {
          let range = arg.getRange();
          let rawValue = this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
          const parsedVariables = this.parseVariables(this.document.offsetAt(arg.getRange().start), rawValue);
          for (const parsedVariable of parsedVariables) {
            variables2.push(parsedVariable);
          }
        }
        return variables2;
      }
      parseVariables(offset, arg) {
        let variables2 = [];
        variableLoop: for (let i = 0; i < arg.length; i++) {
          switch (arg.charAt(i)) {
            case this.escapeChar:
              if (arg.charAt(i + 1) === "$") {
                i++;
              }
              break;
            case "$":
              if (arg.charAt(i + 1) === "{") {
                let escapedString = "${";
                let escapedName = "";
                let nameEnd = -1;
                let escapedSubstitutionParameter = "";
                let substitutionStart = -1;
                let substitutionEnd = -1;
                let modifierRead = -1;
                nameLoop: for (let j = i + 2; j < arg.length; j++) {
                  let char = arg.charAt(j);
                  switch (char) {
                    case this.escapeChar:
                      for (let k = j + 1; k < arg.length; k++) {
                        switch (arg.charAt(k)) {
                          case " ":
                          case "	":
                          case "\r":
                            continue;
                          case "\n":
                            j = k;
                            continue nameLoop;
                        }
                      }
                      break;
                    case "}":
                      escapedString += "}";
                      let modifier = null;
                      let modifierRange = null;
                      let substitutionParameter = modifierRead !== -1 ? escapedSubstitutionParameter : null;
                      let substitutionRange = null;
                      if (nameEnd === -1) {
                        nameEnd = j;
                      } else if (nameEnd + 1 === j) {
                        modifier = "";
                        modifierRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + nameEnd + 1), this.document.positionAt(offset + nameEnd + 1));
                      } else {
                        if (substitutionStart === -1) {
                          substitutionStart = modifierRead + 1;
                          substitutionEnd = modifierRead + 1;
                        } else {
                          substitutionEnd = substitutionEnd + 1;
                        }
                        modifier = arg.substring(modifierRead, modifierRead + 1);
                        modifierRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + modifierRead), this.document.positionAt(offset + modifierRead + 1));
                        substitutionRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + substitutionStart), this.document.positionAt(offset + substitutionEnd));
                      }
                      let start = this.document.positionAt(offset + i);
                      variables2.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 2), this.document.positionAt(offset + nameEnd)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + j + 1)), modifier, modifierRange, substitutionParameter, substitutionRange, this.dockerfile.resolveVariable(escapedName, start.line) !== void 0, this.isBuildVariable(escapedName, start.line), escapedString));
                      i = j;
                      continue variableLoop;
                    case ":":
                      if (nameEnd === -1) {
                        nameEnd = j;
                      } else if (modifierRead !== -1) {
                        if (substitutionStart === -1) {
                          substitutionStart = j;
                          substitutionEnd = j;
                        } else {
                          substitutionEnd = j;
                        }
                        escapedSubstitutionParameter += ":";
                      } else {
                        modifierRead = j;
                      }
                      escapedString += ":";
                      break;
                    case "\n":
                    case "\r":
                    case " ":
                    case "	":
                      break;
                    default:
                      if (nameEnd === -1) {
                        escapedName += char;
                      } else if (modifierRead !== -1) {
                        if (substitutionStart === -1) {
                          substitutionStart = j;
                          substitutionEnd = j;
                        } else {
                          substitutionEnd = j;
                        }
                        escapedSubstitutionParameter += char;
                      } else {
                        modifierRead = j;
                      }
                      escapedString += char;
                      break;
                  }
                }
                break variableLoop;
              } else if (util_1.Util.isWhitespace(arg.charAt(i + 1)) || i === arg.length - 1) {
                continue;
              } else {
                let escapedName = "";
                nameLoop: for (let j = i + 1; j < arg.length; j++) {
                  let char = arg.charAt(j);
                  switch (char) {
                    case "\r":
                    case "\n":
                    case " ":
                    case "	":
                      continue;
                    case "$":
                    case "'":
                    case '"':
                      let varStart = this.document.positionAt(offset + i);
                      variables2.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== void 0, this.isBuildVariable(escapedName, varStart.line), "$" + escapedName));
                      i = j - 1;
                      continue variableLoop;
                    case this.escapeChar:
                      for (let k = j + 1; k < arg.length; k++) {
                        switch (arg.charAt(k)) {
                          case " ":
                          case "	":
                          case "\r":
                            continue;
                          case "\n":
                            j = k;
                            continue nameLoop;
                        }
                      }
                      let start2 = this.document.positionAt(offset + i);
                      variables2.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(start2, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start2.line) !== void 0, this.isBuildVariable(escapedName, start2.line), "$" + escapedName));
                      break variableLoop;
                  }
                  if (char.match(/^[a-z0-9_]+$/i) === null) {
                    let varStart = this.document.positionAt(offset + i);
                    variables2.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== void 0, this.isBuildVariable(escapedName, varStart.line), "$" + escapedName));
                    i = j - 1;
                    continue variableLoop;
                  }
                  escapedName += char;
                }
                let start = this.document.positionAt(offset + i);
                variables2.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + arg.length)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + arg.length)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start.line) !== void 0, this.isBuildVariable(escapedName, start.line), "$" + escapedName));
              }
              break variableLoop;
          }
        }
        return variables2;
      }
      isBuildVariable(variable, line) {
        if (this.getKeyword() === main_1.Keyword.FROM) {
          for (const initialArg of this.dockerfile.getInitialARGs()) {
            const arg = initialArg;
            const property2 = arg.getProperty();
            if (property2 && variable === property2.getName()) {
              return true;
            }
          }
          return void 0;
        }
        let image = this.dockerfile.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        let envs = image.getENVs();
        for (let i = envs.length - 1; i >= 0; i--) {
          if (envs[i].isBefore(line)) {
            for (let property2 of envs[i].getProperties()) {
              if (property2.getName() === variable) {
                return false;
              }
            }
          }
        }
        let args = image.getARGs();
        for (let i = args.length - 1; i >= 0; i--) {
          if (args[i].isBefore(line)) {
            let property2 = args[i].getProperty();
            if (property2 && property2.getName() === variable) {
              return true;
            }
          }
        }
        return void 0;
      }
      createSingleLineHeredocs(args) {
        const heredocs = [];
        for (const arg of args) {
          const value = arg.getValue();
          if (value.startsWith("<<") && util_1.Util.parseHeredocName(value) !== null) {
            const startRange = arg.getRange();
            const nameRange = this.getNameRange(startRange);
            const name = this.getName(nameRange);
            heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, null, null));
          }
        }
        return heredocs;
      }
      getName(nameRange) {
        const content = this.document.getText(nameRange);
        let escaping = false;
        let name = "";
        nameLoop: for (let i = 0; i < content.length; i++) {
          const ch = content.charAt(i);
          switch (ch) {
            case this.escapeChar:
              escaping = true;
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    break;
                  case "\r":
                    i = j + 1;
                    continue nameLoop;
                  case "\n":
                    i = j;
                    continue nameLoop;
                  default:
                    name += content.charAt(j);
                    i = j;
                    continue nameLoop;
                }
              }
              break;
            case "#":
              if (escaping) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\n":
                      i = j;
                      continue nameLoop;
                  }
                }
              }
            case " ":
            case "	":
            case "\r":
            case "\n":
              if (escaping) {
                break;
              }
            default:
              name += ch;
              break;
          }
        }
        return name;
      }
      getNameRange(startRange) {
        const content = this.document.getText(startRange);
        let endFound = false;
        let searchHyphen = false;
        let start = -1;
        let end = -1;
        let escaping = false;
        let quote = null;
        contentLoop: for (let i = 0; i < content.length; i++) {
          const ch = content.charAt(i);
          switch (ch) {
            case '"':
            case "'":
              if (quote === ch) {
                break contentLoop;
              }
              quote = ch;
              continue;
            case this.escapeChar:
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case "\n":
                    escaping = true;
                    j = i;
                    continue contentLoop;
                }
              }
              break;
            case " ":
            case "	":
            case "\r":
            case "\n":
              break;
            case "<":
              if (endFound) {
                searchHyphen = true;
              } else {
                endFound = true;
              }
              break;
            case "-":
              if (searchHyphen) {
                searchHyphen = false;
                break;
              }
            case "#":
              if (escaping) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\n":
                      i = j;
                      continue contentLoop;
                  }
                }
              }
            default:
              if (start === -1) {
                start = i;
              }
              if (quote !== null) {
                end = i + 1;
                break;
              }
              break contentLoop;
          }
        }
        if (start === -1) {
          return vscode_languageserver_types_1.Range.create(startRange.end, startRange.end);
        }
        const nameStart = this.document.positionAt(this.document.offsetAt(startRange.start) + start);
        const nameEnd = quote !== null ? this.document.positionAt(this.document.offsetAt(startRange.start) + end) : startRange.end;
        return vscode_languageserver_types_1.Range.create(nameStart, nameEnd);
      }
      getHeredocs() {
        const args = this.getArguments();
        if (args.length === 0) {
          return [];
        }
        const heredocs = [];
        const range = this.getRange();
        if (range.start.line === range.end.line) {
          return this.createSingleLineHeredocs(args);
        }
        const heredocDefinitions = [];
        let heredocsProcessed = false;
        let escaping = false;
        let contentStart = -1;
        let contentEnd = -1;
        let lineStart = -1;
        let currentHeredoc = 0;
        const startOffset = this.document.offsetAt(args[0].getRange().start);
        const content = this.getRangeContent(vscode_languageserver_types_1.Range.create(args[0].getRange().start, this.getRange().end));
        contentLoop: for (let i = 0; i < content.length; i++) {
          switch (content.charAt(i)) {
            case this.escapeChar:
              escaping = true;
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    break;
                  case "\r":
                    j++;
                  case "\n":
                    i = j;
                    continue contentLoop;
                  default:
                    i = j;
                    continue contentLoop;
                }
              }
              break;
            case "\r":
              break;
            case "\n":
              if (escaping) {
                break;
              }
              if (heredocsProcessed) {
                if (contentStart === -1) {
                  contentStart = i;
                }
                contentEnd = i;
                const arg = heredocDefinitions[currentHeredoc];
                const startRange = arg.getRange();
                const nameRange = this.getNameRange(startRange);
                const name = this.getName(nameRange);
                const delimiterRange = this.getDelimiterRange(arg, name, vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + lineStart), this.document.positionAt(startOffset + i)));
                if (delimiterRange !== null) {
                  const contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), this.document.positionAt(startOffset + lineStart - 1));
                  heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, contentRange, delimiterRange));
                  contentStart = -1;
                  currentHeredoc++;
                }
                lineStart = -1;
              } else {
                const offsetLimit = startOffset + i;
                for (const arg of args) {
                  if (this.document.offsetAt(arg.getRange().start) < offsetLimit) {
                    if (arg.getValue().startsWith("<<")) {
                      heredocDefinitions.push(arg);
                    }
                  } else {
                    break;
                  }
                }
                heredocsProcessed = true;
                lineStart = -1;
                continue contentLoop;
              }
              break;
            case " ":
            case "	":
              if (escaping) {
                break;
              }
            case "#":
              if (escaping) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\n":
                      i = j;
                      continue contentLoop;
                  }
                }
              }
            default:
              if (escaping) {
                escaping = false;
              }
              if (heredocsProcessed) {
                if (contentStart === -1) {
                  contentStart = i;
                }
                if (lineStart === -1) {
                  lineStart = i;
                }
              }
              break;
          }
        }
        if (heredocsProcessed) {
          const arg = heredocDefinitions[currentHeredoc];
          const startRange = arg.getRange();
          const nameRange = this.getNameRange(startRange);
          const name = this.getName(nameRange);
          let contentRange = null;
          const delimiterRange = this.getDelimiterRange(arg, name, vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + lineStart), range.end));
          if (delimiterRange === null) {
            contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), range.end);
          } else if (contentEnd !== -1) {
            contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), this.document.positionAt(startOffset + contentEnd));
          }
          heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, contentRange, delimiterRange));
          currentHeredoc++;
          for (let i = currentHeredoc; i < heredocDefinitions.length; i++) {
            const arg2 = heredocDefinitions[currentHeredoc];
            const startRange2 = arg2.getRange();
            const nameRange2 = this.getNameRange(startRange2);
            const name2 = this.getName(nameRange2);
            heredocs.push(new heredoc_1.Heredoc(startRange2, name2, nameRange2, null, null));
            currentHeredoc++;
          }
        } else {
          return this.createSingleLineHeredocs(args);
        }
        return heredocs;
      }
      getDelimiterRange(startArg, name, candidateRange) {
        const text = this.document.getText(candidateRange);
        if (startArg.getValue().startsWith("<<-")) {
          let index = 0;
          while (text.charAt(index) === "	") {
            index++;
          }
          if (text.substring(index) === name) {
            return vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(candidateRange.start.line, index), candidateRange.end);
          }
          return null;
        }
        return text === name ? candidateRange : null;
      }
    };
    exports.Instruction = Instruction2;
  }
});

// node_modules/dockerfile-ast/lib/flagOption.js
var require_flagOption = __commonJS({
  "node_modules/dockerfile-ast/lib/flagOption.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.FlagOption = void 0;
    var FlagOption = class {
      constructor(range, name, nameRange, value, valueRange) {
        this.range = range;
        this.name = name;
        this.nameRange = nameRange;
        this.value = value;
        this.valueRange = valueRange;
      }
      toString() {
        if (this.valueRange !== null) {
          return this.name + "=" + this.value;
        }
        return this.name;
      }
      getRange() {
        return this.range;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      getValue() {
        return this.value;
      }
      getValueRange() {
        return this.valueRange;
      }
    };
    exports.FlagOption = FlagOption;
  }
});

// node_modules/dockerfile-ast/lib/flag.js
var require_flag = __commonJS({
  "node_modules/dockerfile-ast/lib/flag.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Flag = void 0;
    var vscode_languageserver_types_1 = (init_lsp_types_subset(), __toCommonJS(lsp_types_subset_exports));
    var flagOption_1 = require_flagOption();
    var Flag = class {
      constructor(document, range, name, nameRange, value, valueRange) {
        this.options = [];
        this.range = range;
        this.name = name;
        this.nameRange = nameRange;
        this.value = value;
        this.valueRange = valueRange;
        if (this.value !== null) {
          let offset = document.offsetAt(valueRange.start);
          let nameStart = -1;
          let valueStart = -1;
          let hasOptions = false;
          for (let i = 0; i < value.length; i++) {
            switch (value.charAt(i)) {
              case "=":
                hasOptions = true;
                if (valueStart === -1) {
                  valueStart = i + 1;
                  break;
                }
                break;
              case ",":
                this.options.push(this.createFlagOption(document, value, offset, nameStart, valueStart, i));
                nameStart = -1;
                valueStart = -1;
                break;
              default:
                if (nameStart === -1) {
                  nameStart = i;
                }
                break;
            }
          }
          if (hasOptions && nameStart !== -1) {
            this.options.push(this.createFlagOption(document, value, offset, nameStart, valueStart, value.length));
          }
        }
      }
      createFlagOption(document, content, documentOffset, nameStart, valueStart, valueEnd) {
        const optionRange = vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + nameStart), document.positionAt(documentOffset + valueEnd));
        if (valueStart === -1) {
          return new flagOption_1.FlagOption(optionRange, content.substring(nameStart, valueEnd), optionRange, null, null);
        }
        return new flagOption_1.FlagOption(optionRange, content.substring(nameStart, valueStart - 1), vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + nameStart), document.positionAt(documentOffset + valueStart - 1)), content.substring(valueStart, valueEnd), vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + valueStart), document.positionAt(documentOffset + valueEnd)));
      }
      toString() {
        if (this.valueRange) {
          return "--" + this.name + "=" + this.value;
        }
        return "--" + this.name;
      }
      /**
       * Returns the range that encompasses this entire flag. This includes the
       * -- prefix in the beginning to the last character of the flag's value (if
       * it has been defined).
       *
       * @return the entire range of this flag
       */
      getRange() {
        return this.range;
      }
      /**
       * Returns the name of this flag. The name does not include the -- prefix.
       * Thus, for HEALTHCHECK's --interval flag, interval is the flag's name and
       * not --interval.
       *
       * @return this flag's name
       */
      getName() {
        return this.name;
      }
      /**
       * Returns the range that encompasses the flag's name
       *
       * @return the range containing the flag's name
       */
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the value that has been set to this flag. May be null if the
       * flag is invalid and has no value set like a --start-period. If the flag
       * is instead a --start-period= with an equals sign then the flag's value
       * is the empty string.
       *
       * @return this flag's value if it has been defined, null otherwise
       */
      getValue() {
        return this.value;
      }
      /**
       * Returns the range that encompasses this flag's value. If no value has
       * been set then null will be returned.
       *
       * @return the range containing this flag's value, or null if the flag
       *         has no value defined
       */
      getValueRange() {
        return this.valueRange;
      }
      getOption(name) {
        for (const option of this.options) {
          if (option.getName() === name) {
            return option;
          }
        }
        return null;
      }
      getOptions() {
        return this.options;
      }
      hasOptions() {
        return this.options.length > 0;
      }
    };
    exports.Flag = Flag;
  }
});

// node_modules/dockerfile-ast/lib/modifiableInstruction.js
var require_modifiableInstruction = __commonJS({
  "node_modules/dockerfile-ast/lib/modifiableInstruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ModifiableInstruction = void 0;
    var vscode_languageserver_types_1 = (init_lsp_types_subset(), __toCommonJS(lsp_types_subset_exports));
    var flag_1 = require_flag();
    var instruction_1 = require_instruction();
    var ModifiableInstruction = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getFlags() {
        if (!this.flags) {
          this.flags = [];
          for (let arg of this.getArguments()) {
            let value = arg.getValue();
            if (this.stopSearchingForFlags(value)) {
              return this.flags;
            } else if (value.indexOf("--") === 0) {
              let range = arg.getRange();
              let rawValue = this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
              let nameIndex = value.indexOf("=");
              let index = rawValue.indexOf("=");
              let firstMatch = false;
              let secondMatch = false;
              let startIndex = -1;
              nameSearchLoop: for (let i = 0; i < rawValue.length; i++) {
                switch (rawValue.charAt(i)) {
                  case "\\":
                  case " ":
                  case "	":
                  case "\r":
                  case "\n":
                    break;
                  case "-":
                    if (secondMatch) {
                      startIndex = i;
                      break nameSearchLoop;
                    } else if (firstMatch) {
                      secondMatch = true;
                    } else {
                      firstMatch = true;
                    }
                    break;
                  default:
                    startIndex = i;
                    break nameSearchLoop;
                }
              }
              let nameStart = this.document.positionAt(this.document.offsetAt(range.start) + startIndex);
              if (index === -1) {
                this.flags.push(new flag_1.Flag(this.document, range, value.substring(2), vscode_languageserver_types_1.Range.create(nameStart, range.end), null, null));
              } else if (index === value.length - 1) {
                let nameEnd = this.document.positionAt(this.document.offsetAt(range.start) + index);
                this.flags.push(new flag_1.Flag(this.document, range, value.substring(2, index), vscode_languageserver_types_1.Range.create(nameStart, nameEnd), "", vscode_languageserver_types_1.Range.create(range.end, range.end)));
              } else {
                let nameEnd = this.document.positionAt(this.document.offsetAt(range.start) + index);
                this.flags.push(new flag_1.Flag(this.document, range, value.substring(2, nameIndex), vscode_languageserver_types_1.Range.create(nameStart, nameEnd), value.substring(nameIndex + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(this.document.offsetAt(range.start) + index + 1), range.end)));
              }
            }
          }
        }
        return this.flags;
      }
      getArguments() {
        const args = super.getArguments();
        const flags = this.getFlags();
        if (flags.length === 0) {
          return args;
        }
        for (let i = 0; i < flags.length; i++) {
          args.shift();
        }
        return args;
      }
    };
    exports.ModifiableInstruction = ModifiableInstruction;
  }
});

// node_modules/dockerfile-ast/lib/jsonInstruction.js
var require_jsonInstruction = __commonJS({
  "node_modules/dockerfile-ast/lib/jsonInstruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.JSONInstruction = void 0;
    var vscode_languageserver_types_1 = (init_lsp_types_subset(), __toCommonJS(lsp_types_subset_exports));
    var argument_1 = require_argument();
    var jsonArgument_1 = require_jsonArgument();
    var modifiableInstruction_1 = require_modifiableInstruction();
    var JSONInstruction = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.openingBracket = null;
        this.closingBracket = null;
        this.jsonStrings = [];
        const argsContent = this.getRawArgumentsContent();
        if (argsContent === null) {
          return;
        }
        const args = this.getArguments();
        if (args.length === 1 && args[0].getValue() === "[]") {
          let argRange = args[0].getRange();
          this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(argRange.start.line, argRange.start.character, argRange.start.line, argRange.start.character + 1));
          this.closingBracket = new argument_1.Argument("]", vscode_languageserver_types_1.Range.create(argRange.start.line, argRange.start.character + 1, argRange.end.line, argRange.end.character));
          return;
        } else if (args.length === 2 && args[0].getValue() === "[" && args[1].getValue() === "]") {
          this.openingBracket = args[0];
          this.closingBracket = args[1];
          return;
        }
        const argsOffset = document.offsetAt(this.getArgumentsRange().start);
        let start = -1;
        let last = "";
        let quoted2 = false;
        let escapedArg = "";
        argsCheck: for (let i = 0; i < argsContent.length; i++) {
          let char = argsContent.charAt(i);
          switch (char) {
            case "[":
              if (last === "") {
                this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + i), document.positionAt(argsOffset + i + 1)));
                last = "[";
              } else if (quoted2) {
                escapedArg = escapedArg + char;
              } else {
                break argsCheck;
              }
              break;
            case '"':
              if (last === "[" || last === ",") {
                start = i;
                quoted2 = true;
                last = '"';
                escapedArg = escapedArg + char;
                continue;
              } else if (last === '"') {
                if (quoted2) {
                  escapedArg = escapedArg + char;
                  quoted2 = false;
                  this.jsonStrings.push(new jsonArgument_1.JSONArgument(escapedArg, vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + start), document.positionAt(argsOffset + i + 1)), vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + start + 1), document.positionAt(argsOffset + i))));
                  escapedArg = "";
                } else {
                  break argsCheck;
                }
              } else {
                break argsCheck;
              }
              break;
            case ",":
              if (quoted2) {
                escapedArg = escapedArg + char;
              } else {
                if (last === '"') {
                  last = ",";
                } else {
                  break argsCheck;
                }
              }
              break;
            case "]":
              if (quoted2) {
                escapedArg = escapedArg + char;
              } else if (last !== "") {
                this.closingBracket = new argument_1.Argument("]", vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + i), document.positionAt(argsOffset + i + 1)));
                break argsCheck;
              }
              break;
            case " ":
            case "	":
              break;
            case "\\":
              if (quoted2) {
                switch (argsContent.charAt(i + 1)) {
                  case '"':
                  case "\\":
                    escapedArg = escapedArg + argsContent.charAt(i + 1);
                    i++;
                    continue;
                  case " ":
                  case "	":
                    escapeCheck: for (let j = i + 2; j < argsContent.length; j++) {
                      switch (argsContent.charAt(j)) {
                        case "\r":
                          j++;
                        case "\n":
                          i = j;
                          continue argsCheck;
                        case " ":
                        case "	":
                          break;
                        default:
                          break escapeCheck;
                      }
                    }
                    break;
                  case "\r":
                    i++;
                  default:
                    i++;
                    continue;
                }
              } else {
                escapeCheck: for (let j = i + 1; j < argsContent.length; j++) {
                  switch (argsContent.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      continue argsCheck;
                    case " ":
                    case "	":
                      break;
                    default:
                      break escapeCheck;
                  }
                }
              }
              break argsCheck;
            default:
              if (!quoted2) {
                break argsCheck;
              }
              escapedArg = escapedArg + char;
              break;
          }
        }
      }
      stopSearchingForFlags(_value) {
        return true;
      }
      getOpeningBracket() {
        return this.openingBracket;
      }
      getJSONStrings() {
        return this.jsonStrings;
      }
      getClosingBracket() {
        return this.closingBracket;
      }
    };
    exports.JSONInstruction = JSONInstruction;
  }
});

// node_modules/dockerfile-ast/lib/instructions/add.js
var require_add = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/add.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Add = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Add = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
    };
    exports.Add = Add;
  }
});

// node_modules/dockerfile-ast/lib/property.js
var require_property = __commonJS({
  "node_modules/dockerfile-ast/lib/property.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Property = void 0;
    var vscode_languageserver_types_1 = (init_lsp_types_subset(), __toCommonJS(lsp_types_subset_exports));
    var util_1 = require_util();
    var Property = class _Property {
      constructor(document, escapeChar, arg, arg2) {
        this.assignmentOperatorRange = null;
        this.assignmentOperator = null;
        this.valueRange = null;
        this.value = null;
        this.document = document;
        this.escapeChar = escapeChar;
        this.nameRange = _Property.getNameRange(document, arg);
        let value = document.getText().substring(document.offsetAt(this.nameRange.start), document.offsetAt(this.nameRange.end));
        this.name = _Property.getValue(value, escapeChar);
        if (arg2) {
          this.valueRange = arg2.getRange();
          value = document.getText().substring(document.offsetAt(this.valueRange.start), document.offsetAt(this.valueRange.end));
          this.value = _Property.getValue(value, escapeChar);
          this.range = vscode_languageserver_types_1.Range.create(this.nameRange.start, this.valueRange.end);
        } else {
          let argRange = arg.getRange();
          if (this.nameRange.start.line === argRange.start.line && this.nameRange.start.character === argRange.start.character && this.nameRange.end.line === argRange.end.line && this.nameRange.end.character === argRange.end.character) {
          } else {
            this.valueRange = _Property.getValueRange(document, arg);
            value = document.getText().substring(document.offsetAt(this.valueRange.start), document.offsetAt(this.valueRange.end));
            this.value = _Property.getValue(value, escapeChar);
            this.assignmentOperatorRange = vscode_languageserver_types_1.Range.create(this.nameRange.end, this.valueRange.start);
            this.assignmentOperator = "=";
          }
          this.range = argRange;
        }
      }
      getRange() {
        return this.range;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      getValue() {
        return this.value;
      }
      getValueRange() {
        return this.valueRange;
      }
      /**
       * Retrieves the operator used for delimiting between the name and
       * value of this property. This will either be the "=" character
       * or null if a character was not used or if this property has no
       * value defined.
       */
      getAssignmentOperator() {
        return this.assignmentOperator;
      }
      getAssignmentOperatorRange() {
        return this.assignmentOperatorRange;
      }
      /**
       * Returns the value of this property including any enclosing
       * single or double quotes and relevant escape characters.
       * Escaped newlines and its associated contiguous whitespace
       * characters however will not be returned as they are deemed to
       * be uninteresting to clients trying to return a Dockerfile.
       *
       * @return the unescaped value of this property or null if this
       *         property has no associated value
       */
      getUnescapedValue() {
        if (this.valueRange === null) {
          return null;
        }
        let escaped = false;
        let rawValue = "";
        let value = this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
        rawLoop: for (let i = 0; i < value.length; i++) {
          let char = value.charAt(i);
          switch (char) {
            case this.escapeChar:
              for (let j = i + 1; j < value.length; j++) {
                switch (value.charAt(j)) {
                  case "\r":
                    j++;
                  case "\n":
                    escaped = true;
                    i = j;
                    continue rawLoop;
                  case " ":
                  case "	":
                    break;
                  default:
                    rawValue = rawValue + char;
                    continue rawLoop;
                }
              }
              rawValue = rawValue + char;
              break;
            case "\r":
            case "\n":
              break;
            case " ":
            case "	":
              if (!escaped) {
                rawValue = rawValue + char;
              }
              break;
            case "#":
              if (escaped) {
                for (let j = i + 1; j < value.length; j++) {
                  switch (value.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      continue rawLoop;
                  }
                }
              } else {
                rawValue = rawValue + char;
              }
              break;
            default:
              rawValue = rawValue + char;
              escaped = false;
              break;
          }
        }
        return rawValue;
      }
      static getNameRange(document, arg) {
        let value = arg.getValue();
        let index = value.indexOf("=");
        if (index !== -1) {
          let initial = value.charAt(0);
          let before = value.charAt(index - 1);
          if (initial === '"' && before === '"' || initial === "'" && before === "'" || initial !== '"' && initial !== "'") {
            return vscode_languageserver_types_1.Range.create(arg.getRange().start, document.positionAt(document.offsetAt(arg.getRange().start) + index));
          }
        }
        return arg.getRange();
      }
      static getValueRange(document, arg) {
        return vscode_languageserver_types_1.Range.create(document.positionAt(document.offsetAt(arg.getRange().start) + arg.getValue().indexOf("=") + 1), document.positionAt(document.offsetAt(arg.getRange().end)));
      }
      /**
       * Returns the actual value of this key-value pair. The value will
       * have its escape characters removed if applicable. If the value
       * spans multiple lines and there are comments nested within the
       * lines, they too will be removed.
       *
       * @return the value that this key-value pair will actually be, may
       *         be null if no value is defined, may be the empty string
       *         if the value only consists of whitespace
       */
      static getValue(value, escapeChar) {
        let escaped = false;
        const skip = util_1.Util.findLeadingNonWhitespace(value, escapeChar);
        if (skip !== 0 && value.charAt(skip) === "#") {
          escaped = true;
        }
        value = value.substring(skip);
        let first = value.charAt(0);
        let last = value.charAt(value.length - 1);
        let literal2 = first === "'" || first === '"';
        let inSingle = first === "'" && last === "'";
        let inDouble = false;
        if (first === '"') {
          for (let i = 1; i < value.length; i++) {
            if (value.charAt(i) === escapeChar) {
              i++;
            } else if (value.charAt(i) === '"' && i === value.length - 1) {
              inDouble = true;
            }
          }
        }
        if (inSingle || inDouble) {
          value = value.substring(1, value.length - 1);
        }
        let commentCheck = -1;
        let escapedValue = "";
        let start = 0;
        parseValue: for (let i = 0; i < value.length; i++) {
          let char = value.charAt(i);
          switch (char) {
            case escapeChar:
              if (i + 1 === value.length) {
                escapedValue = escapedValue + escapeChar;
                break parseValue;
              }
              char = value.charAt(i + 1);
              if (char === " " || char === "	") {
                whitespaceCheck: for (let j = i + 2; j < value.length; j++) {
                  let char2 = value.charAt(j);
                  switch (char2) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                      j++;
                    case "\n":
                      escaped = true;
                      i = j;
                      continue parseValue;
                    default:
                      if (!inDouble && !inSingle && !literal2) {
                        if (char2 === escapeChar) {
                          escapedValue = escapedValue + char;
                          i = i + 1;
                        } else {
                          escapedValue = escapedValue + char + char2;
                          i = j;
                        }
                        continue parseValue;
                      }
                      break whitespaceCheck;
                  }
                }
              }
              if (inDouble) {
                if (char === "\r") {
                  escaped = true;
                  i = i + 2;
                } else if (char === "\n") {
                  escaped = true;
                  i++;
                } else if (char !== '"') {
                  if (char === escapeChar) {
                    i++;
                  }
                  escapedValue = escapedValue + escapeChar;
                }
                continue parseValue;
              } else if (inSingle || literal2) {
                if (char === "\r") {
                  escaped = true;
                  i = i + 2;
                } else if (char === "\n") {
                  escaped = true;
                  i++;
                } else {
                  escapedValue = escapedValue + escapeChar;
                }
                continue parseValue;
              } else if (char === escapeChar) {
                escapedValue = escapedValue + escapeChar;
                i++;
              } else if (char === "\r") {
                escaped = true;
                i = i + 2;
              } else if (char === "\n") {
                escaped = true;
                i++;
                start = i;
              } else {
                escapedValue = escapedValue + char;
                i++;
              }
              break;
            case " ":
            case "	":
              if (escaped && commentCheck === -1) {
                commentCheck = i;
              }
              escapedValue = escapedValue + char;
              break;
            case "\r":
              i++;
            case "\n":
              if (escaped && commentCheck !== -1) {
                escapedValue = escapedValue.substring(0, escapedValue.length - (i - commentCheck - 1));
                commentCheck = -1;
              }
              break;
            case "#":
              if (escaped) {
                if (commentCheck !== -1) {
                  escapedValue = escapedValue.substring(0, escapedValue.length - (i - commentCheck));
                  commentCheck = -1;
                }
                newlineCheck: for (let j = i + 1; j < value.length; j++) {
                  switch (value.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      break newlineCheck;
                  }
                }
                continue parseValue;
              }
            default:
              if (escaped) {
                escaped = false;
                commentCheck = -1;
              }
              escapedValue = escapedValue + char;
              break;
          }
        }
        return escapedValue;
      }
    };
    exports.Property = Property;
  }
});

// node_modules/dockerfile-ast/lib/propertyInstruction.js
var require_propertyInstruction = __commonJS({
  "node_modules/dockerfile-ast/lib/propertyInstruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.PropertyInstruction = void 0;
    var vscode_languageserver_types_1 = (init_lsp_types_subset(), __toCommonJS(lsp_types_subset_exports));
    var instruction_1 = require_instruction();
    var property_1 = require_property();
    var argument_1 = require_argument();
    var util_1 = require_util();
    var PropertyInstruction = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.properties = void 0;
      }
      getProperties() {
        if (this.properties === void 0) {
          let args = this.getPropertyArguments();
          if (args.length === 0) {
            this.properties = [];
          } else if (args.length === 1) {
            this.properties = [new property_1.Property(this.document, this.escapeChar, args[0])];
          } else if (args.length === 2) {
            if (args[0].getValue().indexOf("=") === -1) {
              this.properties = [new property_1.Property(this.document, this.escapeChar, args[0], args[1])];
            } else {
              this.properties = [
                new property_1.Property(this.document, this.escapeChar, args[0]),
                new property_1.Property(this.document, this.escapeChar, args[1])
              ];
            }
          } else if (args[0].getValue().indexOf("=") === -1) {
            let text = this.document.getText();
            let start = args[1].getRange().start;
            let end = args[args.length - 1].getRange().end;
            text = text.substring(this.document.offsetAt(start), this.document.offsetAt(end));
            this.properties = [new property_1.Property(this.document, this.escapeChar, args[0], new argument_1.Argument(text, vscode_languageserver_types_1.Range.create(args[1].getRange().start, args[args.length - 1].getRange().end)))];
          } else {
            this.properties = [];
            for (let i = 0; i < args.length; i++) {
              this.properties.push(new property_1.Property(this.document, this.escapeChar, args[i]));
            }
          }
        }
        return this.properties;
      }
      /**
       * Goes from the back of the string and returns the first
       * non-whitespace character that is found. If an escape character
       * is found with newline characters, the escape character will
       * not be considered a non-whitespace character and its index in
       * the string will not be returned.
       *
       * @param content the string to search through
       * @return the index in the string for the first non-whitespace
       *         character when searching from the end of the string
       */
      findTrailingNonWhitespace(content) {
        let index = content.length;
        whitespaceCheck: for (let i = content.length - 1; i >= 0; i--) {
          switch (content.charAt(i)) {
            case " ":
            case "	":
              continue;
            case "\n":
              if (content.charAt(i - 1) === "\r") {
                i = i - 1;
              }
            case "\r":
              newlineCheck: for (let j = i - 1; j >= 0; j--) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                  case "\r":
                  case "\n":
                  case this.escapeChar:
                    continue;
                  default:
                    index = j;
                    break newlineCheck;
                }
              }
              break whitespaceCheck;
            default:
              index = i;
              break whitespaceCheck;
          }
        }
        return index;
      }
      getPropertyArguments() {
        const args = [];
        let range = this.getInstructionRange();
        let instructionNameEndOffset = this.document.offsetAt(range.end);
        let extra = instructionNameEndOffset - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra);
        let start = util_1.Util.findLeadingNonWhitespace(fullArgs, this.escapeChar);
        if (start === -1) {
          return [];
        }
        const startPosition = this.document.positionAt(instructionNameEndOffset + start);
        let escaped = range.start.line !== startPosition.line;
        let endingEscape = false;
        let mark = -1;
        let end = this.findTrailingNonWhitespace(fullArgs);
        content = fullArgs.substring(start, end + 1);
        let argStart = escaped ? -1 : 0;
        let spaced = false;
        argumentLoop: for (let i = 0; i < content.length; i++) {
          let char = content.charAt(i);
          switch (char) {
            case this.escapeChar:
              if (i + 1 === content.length) {
                endingEscape = true;
                break argumentLoop;
              }
              if (!escaped) {
                mark = i;
              }
              switch (content.charAt(i + 1)) {
                case " ":
                case "	":
                  if (!util_1.Util.isWhitespace(content.charAt(i + 2))) {
                    i = i + 1;
                    continue argumentLoop;
                  }
                  whitespaceCheck: for (let j = i + 2; j < content.length; j++) {
                    switch (content.charAt(j)) {
                      case "\r":
                        j++;
                      case "\n":
                        escaped = true;
                        i = j;
                        continue argumentLoop;
                      case " ":
                      case "	":
                        break;
                      default:
                        args.push(new argument_1.Argument(content.substring(argStart, i), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + i + 2))));
                        argStart = j;
                        break whitespaceCheck;
                    }
                  }
                  i = argStart - 1;
                  continue argumentLoop;
                case "\r":
                  i++;
                case "\n":
                  escaped = true;
                  i = i + 1;
                  continue argumentLoop;
                case this.escapeChar:
                  if (argStart === -1) {
                    argStart = i;
                  }
                  i = i + 1;
                  continue argumentLoop;
                default:
                  if (argStart === -1) {
                    argStart = i;
                  }
                  continue argumentLoop;
              }
            case "'":
            case '"':
              if (spaced) {
                this.createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start);
                argStart = i;
                spaced = false;
              }
              if (argStart === -1) {
                argStart = i;
              }
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case char:
                    if (content.charAt(j + 1) !== " " && content.charAt(j + 1) !== "") {
                      i = j;
                      continue argumentLoop;
                    }
                    args.push(new argument_1.Argument(content.substring(argStart, j + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + j + 1))));
                    i = j;
                    argStart = -1;
                    continue argumentLoop;
                  case this.escapeChar:
                    j++;
                    break;
                }
              }
              break argumentLoop;
            case " ":
            case "	":
              if (escaped) {
                if (argStart !== -1) {
                  spaced = true;
                }
              } else if (argStart !== -1) {
                args.push(new argument_1.Argument(content.substring(argStart, i), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + i))));
                argStart = -1;
              }
              break;
            case "\r":
              i++;
            case "\n":
              spaced = false;
              break;
            case "#":
              if (escaped) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      spaced = false;
                      continue argumentLoop;
                  }
                }
                if (argStart !== -1) {
                  let value = content.substring(argStart, mark);
                  args.push(new argument_1.Argument(value, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + mark))));
                  argStart = -1;
                }
                break argumentLoop;
              } else if (argStart === -1) {
                argStart = i;
              }
              break;
            default:
              if (spaced) {
                this.createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start);
                argStart = i;
                spaced = false;
              }
              escaped = false;
              if (argStart === -1) {
                argStart = i;
              }
              if (char === "$" && content.charAt(i + 1) === "{") {
                let singleQuotes = false;
                let doubleQuotes = false;
                let escaped2 = false;
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case this.escapeChar:
                      escaped2 = true;
                      break;
                    case "\r":
                    case "\n":
                      break;
                    case "'":
                      singleQuotes = !singleQuotes;
                      escaped2 = false;
                      break;
                    case '"':
                      doubleQuotes = !doubleQuotes;
                      escaped2 = false;
                      break;
                    case " ":
                    case "	":
                      if (escaped2 || singleQuotes || doubleQuotes) {
                        break;
                      }
                      i = j - 1;
                      continue argumentLoop;
                    case "}":
                      i = j;
                      continue argumentLoop;
                    default:
                      escaped2 = false;
                      break;
                  }
                }
                break argumentLoop;
              }
              break;
          }
        }
        if (argStart !== -1 && argStart !== content.length) {
          let end2 = endingEscape ? content.length - 1 : content.length;
          let value = content.substring(argStart, end2);
          args.push(new argument_1.Argument(value, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + end2))));
        }
        return args;
      }
      createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start) {
        if (argStart !== -1) {
          args.push(new argument_1.Argument(content.substring(argStart, mark), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + mark))));
        }
      }
    };
    exports.PropertyInstruction = PropertyInstruction;
  }
});

// node_modules/dockerfile-ast/lib/instructions/arg.js
var require_arg = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/arg.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Arg = void 0;
    var property_1 = require_property();
    var propertyInstruction_1 = require_propertyInstruction();
    var Arg = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.property = null;
        const args = this.getPropertyArguments();
        if (args.length === 1) {
          this.property = new property_1.Property(this.document, this.escapeChar, args[0]);
        } else {
          this.property = null;
        }
      }
      /**
       * Returns the variable defined by this ARG. This may be null if
       * this ARG instruction is malformed and has no variable
       * declaration.
       */
      getProperty() {
        return this.property;
      }
    };
    exports.Arg = Arg;
  }
});

// node_modules/dockerfile-ast/lib/instructions/cmd.js
var require_cmd = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/cmd.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Cmd = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Cmd = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Cmd = Cmd;
  }
});

// node_modules/dockerfile-ast/lib/instructions/copy.js
var require_copy = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/copy.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Copy = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Copy = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      getFromFlag() {
        let flags = super.getFlags();
        return flags.length === 1 && flags[0].getName() === "from" ? flags[0] : null;
      }
      /**
       * Returns there here-documents that are defined in this RUN
       * instruction.
       *
       * This API is experimental and subject to change.
       */
      getHeredocs() {
        return super.getHeredocs();
      }
    };
    exports.Copy = Copy;
  }
});

// node_modules/dockerfile-ast/lib/instructions/env.js
var require_env = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/env.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Env = void 0;
    var propertyInstruction_1 = require_propertyInstruction();
    var Env = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getProperties() {
        return super.getProperties();
      }
    };
    exports.Env = Env;
  }
});

// node_modules/dockerfile-ast/lib/instructions/entrypoint.js
var require_entrypoint = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/entrypoint.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Entrypoint = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Entrypoint = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Entrypoint = Entrypoint;
  }
});

// node_modules/dockerfile-ast/lib/instructions/from.js
var require_from = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/from.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.From = void 0;
    var vscode_languageserver_types_1 = (init_lsp_types_subset(), __toCommonJS(lsp_types_subset_exports));
    var modifiableInstruction_1 = require_modifiableInstruction();
    var From = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      getImage() {
        const args = this.getArguments();
        return args.length > 0 ? args[0].getValue() : null;
      }
      /**
       * Returns the name of the image that will be used as the base image.
       *
       * @return the base image's name, or null if unspecified
       */
      getImageName() {
        const imageName = this.getRangeContent(this.getImageNameRange());
        if (imageName === null) {
          return null;
        }
        let commented = false;
        let escaped = false;
        let name = "";
        for (let i = 0; i < imageName.length; i++) {
          const ch = imageName.charAt(i);
          switch (ch) {
            case this.escapeChar:
              escaped = true;
              break;
            case "\r":
              continue;
            case "\n":
              commented = false;
              break;
            case " ":
            case "	":
              break;
            case "#":
              if (escaped) {
                commented = true;
              } else {
                name = name + ch;
                escaped = false;
              }
              break;
            default:
              if (!commented) {
                name = name + ch;
                escaped = false;
              }
              break;
          }
        }
        return name;
      }
      /**
       * Returns the range that covers the name of the image used by
       * this instruction.
       *
       * @return the range of the name of this instruction's argument,
       *         or null if no image has been specified
       */
      getImageNameRange() {
        let range = this.getImageRange();
        if (range) {
          let registryRange = this.getRegistryRange();
          if (registryRange) {
            range.start = this.document.positionAt(this.document.offsetAt(registryRange.end) + 1);
          }
          let tagRange = this.getImageTagRange();
          let digestRange = this.getImageDigestRange();
          if (tagRange === null) {
            if (digestRange !== null) {
              range.end = this.document.positionAt(this.document.offsetAt(digestRange.start) - 1);
            }
          } else {
            range.end = this.document.positionAt(this.document.offsetAt(tagRange.start) - 1);
          }
          return range;
        }
        return null;
      }
      /**
       * Returns the range that covers the image argument of this
       * instruction. This includes the tag or digest of the image if
       * it has been specified by the instruction.
       *
       * @return the range of the image argument, or null if no image
       *         has been specified
       */
      getImageRange() {
        let args = this.getArguments();
        return args.length !== 0 ? args[0].getRange() : null;
      }
      getImageTag() {
        return this.getRangeContent(this.getImageTagRange());
      }
      /**
       * Returns the range in the document that the tag of the base
       * image encompasses.
       *
       * @return the base image's tag's range in the document, or null
       *         if no tag has been specified
       */
      getImageTagRange() {
        const range = this.getImageRange();
        if (range) {
          const rangeStartOffset = this.document.offsetAt(range.start);
          const content = this.getRangeContent(range);
          const atIndex = this.indexOf(rangeStartOffset, content, "@");
          const slashIndex = content.indexOf("/");
          if (atIndex === -1) {
            const colonIndex = this.lastIndexOf(rangeStartOffset, content, ":");
            if (colonIndex > slashIndex) {
              return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + colonIndex + 1), range.end);
            }
          }
          const subcontent = content.substring(0, atIndex);
          const subcolonIndex = subcontent.indexOf(":");
          if (subcolonIndex === -1) {
            return null;
          }
          if (slashIndex === -1) {
            return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + subcolonIndex + 1), this.document.positionAt(rangeStartOffset + atIndex));
          }
          if (subcolonIndex < slashIndex) {
            return null;
          }
          return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + subcolonIndex + 1), this.document.positionAt(rangeStartOffset + subcontent.length));
        }
        return null;
      }
      getImageDigest() {
        return this.getRangeContent(this.getImageDigestRange());
      }
      /**
       * Returns the range in the document that the digest of the base
       * image encompasses.
       *
       * @return the base image's digest's range in the document, or null
       *         if no digest has been specified
       */
      getImageDigestRange() {
        let range = this.getImageRange();
        if (range) {
          let content = this.getRangeContent(range);
          let index = this.lastIndexOf(this.document.offsetAt(range.start), content, "@");
          if (index !== -1) {
            return vscode_languageserver_types_1.Range.create(range.start.line, range.start.character + index + 1, range.end.line, range.end.character);
          }
        }
        return null;
      }
      indexOf(documentOffset, content, searchString) {
        let index = content.indexOf(searchString);
        const variables2 = this.getVariables();
        for (let i = 0; i < variables2.length; i++) {
          const position = documentOffset + index;
          const variableRange = variables2[i].getRange();
          if (this.document.offsetAt(variableRange.start) < position && position < this.document.offsetAt(variableRange.end)) {
            const offset = this.document.offsetAt(variableRange.end) - documentOffset;
            const substring = content.substring(offset);
            const subIndex = substring.indexOf(searchString);
            if (subIndex === -1) {
              return -1;
            }
            index = subIndex + offset;
            i = -1;
            continue;
          }
        }
        return index;
      }
      lastIndexOf(documentOffset, content, searchString) {
        let index = content.lastIndexOf(searchString);
        const variables2 = this.getVariables();
        for (let i = 0; i < variables2.length; i++) {
          const position = documentOffset + index;
          const variableRange = variables2[i].getRange();
          if (this.document.offsetAt(variableRange.start) < position && position < this.document.offsetAt(variableRange.end)) {
            index = content.substring(0, index).lastIndexOf(searchString);
            if (index === -1) {
              return -1;
            }
            i = -1;
            continue;
          }
        }
        return index;
      }
      getRegistry() {
        return this.getRangeContent(this.getRegistryRange());
      }
      getRegistryRange() {
        const range = this.getImageRange();
        if (range) {
          const tagRange = this.getImageTagRange();
          const digestRange = this.getImageDigestRange();
          if (tagRange === null) {
            if (digestRange !== null) {
              range.end = this.document.positionAt(this.document.offsetAt(digestRange.start) - 1);
            }
          } else {
            range.end = this.document.positionAt(this.document.offsetAt(tagRange.start) - 1);
          }
          const content = this.getRangeContent(range);
          const rangeStart = this.document.offsetAt(range.start);
          const startingSlashIndex = this.indexOf(rangeStart, content, "/");
          if (startingSlashIndex === -1) {
            return null;
          }
          const portIndex = this.indexOf(rangeStart, content, ":");
          const dotIndex = this.indexOf(rangeStart, content, ".");
          if (portIndex !== -1 || dotIndex !== -1) {
            return vscode_languageserver_types_1.Range.create(range.start, this.document.positionAt(rangeStart + startingSlashIndex));
          }
          const registry = content.substring(0, startingSlashIndex);
          if (registry === "localhost") {
            return vscode_languageserver_types_1.Range.create(range.start, this.document.positionAt(rangeStart + startingSlashIndex));
          }
        }
        return null;
      }
      getBuildStage() {
        let range = this.getBuildStageRange();
        return range === null ? null : this.getRangeContent(range);
      }
      getBuildStageRange() {
        let args = this.getArguments();
        if (args.length > 2 && args[1].getValue().toUpperCase() === "AS") {
          return args[2].getRange();
        }
        return null;
      }
      getPlatformFlag() {
        let flags = super.getFlags();
        return flags.length === 1 && flags[0].getName() === "platform" ? flags[0] : null;
      }
    };
    exports.From = From;
  }
});

// node_modules/dockerfile-ast/lib/instructions/healthcheck.js
var require_healthcheck = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/healthcheck.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Healthcheck = void 0;
    var modifiableInstruction_1 = require_modifiableInstruction();
    var Healthcheck = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        argument = argument.toUpperCase();
        return argument === "CMD" || argument === "NONE";
      }
      getSubcommand() {
        let args = this.getArguments();
        return args.length !== 0 ? args[0] : null;
      }
    };
    exports.Healthcheck = Healthcheck;
  }
});

// node_modules/dockerfile-ast/lib/instructions/label.js
var require_label = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/label.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Label = void 0;
    var propertyInstruction_1 = require_propertyInstruction();
    var util_1 = require_util();
    var Label = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getVariables() {
        const variables2 = super.getVariables();
        const properties = this.getProperties();
        for (const property2 of properties) {
          const value = property2.getUnescapedValue();
          if (value !== null && value.length > 2 && value.charAt(0) === "'" && value.charAt(value.length - 1) === "'") {
            const range = property2.getValueRange();
            for (let i = 0; i < variables2.length; i++) {
              if (util_1.Util.isInsideRange(variables2[i].getRange().start, range)) {
                variables2.splice(i, 1);
                i--;
              }
            }
          }
        }
        return variables2;
      }
      getProperties() {
        return super.getProperties();
      }
    };
    exports.Label = Label;
  }
});

// node_modules/dockerfile-ast/lib/instructions/onbuild.js
var require_onbuild = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/onbuild.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Onbuild = void 0;
    var vscode_languageserver_types_1 = (init_lsp_types_subset(), __toCommonJS(lsp_types_subset_exports));
    var parser_1 = require_parser();
    var instruction_1 = require_instruction();
    var Onbuild = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getTrigger() {
        let trigger = this.getTriggerWord();
        return trigger === null ? null : trigger.toUpperCase();
      }
      getTriggerWord() {
        return this.getRangeContent(this.getTriggerRange());
      }
      getTriggerRange() {
        let args = this.getArguments();
        return args.length > 0 ? args[0].getRange() : null;
      }
      getTriggerInstruction() {
        let triggerRange = this.getTriggerRange();
        if (triggerRange === null) {
          return null;
        }
        let args = this.getArguments();
        return parser_1.Parser.createInstruction(this.document, this.dockerfile, this.escapeChar, vscode_languageserver_types_1.Range.create(args[0].getRange().start, this.getRange().end), this.getTriggerWord(), triggerRange);
      }
    };
    exports.Onbuild = Onbuild;
  }
});

// node_modules/dockerfile-ast/lib/instructions/run.js
var require_run = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/run.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Run = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Run = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      /**
       * Returns there here-documents that are defined in this RUN
       * instruction.
       *
       * This API is experimental and subject to change.
       */
      getHeredocs() {
        return super.getHeredocs();
      }
    };
    exports.Run = Run;
  }
});

// node_modules/dockerfile-ast/lib/instructions/shell.js
var require_shell = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/shell.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Shell = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Shell = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Shell = Shell;
  }
});

// node_modules/dockerfile-ast/lib/instructions/stopsignal.js
var require_stopsignal = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/stopsignal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Stopsignal = void 0;
    var instruction_1 = require_instruction();
    var Stopsignal = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Stopsignal = Stopsignal;
  }
});

// node_modules/dockerfile-ast/lib/instructions/workdir.js
var require_workdir = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/workdir.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Workdir = void 0;
    var instruction_1 = require_instruction();
    var Workdir = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      /**
       * Returns the path that has been defined. Note that this path may
       * be absolute or relative depending on what was written in the
       * instruction.
       *
       * @return the working directory's path, or null if this
       *         instruction has no arguments
       */
      getPath() {
        return this.getArgumentsContent();
      }
      /**
       * Returns the absolute path that this instruction resolves to. The
       * function will inspect prior WORKDIR instructions in the current
       * image or another build stage in the Dockerfile to try to
       * determine this.
       *
       * @return the absolute path of the working directory, or null if
       *         this instruction has no arguments, or undefined if it
       *         cannot be determined because only relative paths could be
       *         found
       */
      getAbsolutePath() {
        const path = this.getPath();
        if (path === null || path.startsWith("/")) {
          return path;
        }
        const startLine = this.getRange().start.line;
        const hierarchy = this.dockerfile.getStageHierarchy(startLine);
        for (let i = hierarchy.length - 1; i >= 0; i--) {
          const workdirs = hierarchy[i].getWORKDIRs();
          for (let j = workdirs.length - 1; j >= 0; j--) {
            if (workdirs[j].getRange().start.line < startLine) {
              const parent = workdirs[j].getAbsolutePath();
              if (parent === void 0 || parent === null) {
                return void 0;
              }
              return parent.endsWith("/") ? parent + path : parent + "/" + path;
            }
          }
        }
        return void 0;
      }
    };
    exports.Workdir = Workdir;
  }
});

// node_modules/dockerfile-ast/lib/instructions/user.js
var require_user = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/user.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.User = void 0;
    var instruction_1 = require_instruction();
    var User = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.User = User;
  }
});

// node_modules/dockerfile-ast/lib/instructions/volume.js
var require_volume = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/volume.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Volume = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Volume = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Volume = Volume;
  }
});

// node_modules/dockerfile-ast/lib/imageTemplate.js
var require_imageTemplate = __commonJS({
  "node_modules/dockerfile-ast/lib/imageTemplate.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ImageTemplate = void 0;
    var vscode_languageserver_types_1 = (init_lsp_types_subset(), __toCommonJS(lsp_types_subset_exports));
    var arg_1 = require_arg();
    var cmd_1 = require_cmd();
    var copy_1 = require_copy();
    var env_1 = require_env();
    var entrypoint_1 = require_entrypoint();
    var from_1 = require_from();
    var healthcheck_1 = require_healthcheck();
    var onbuild_1 = require_onbuild();
    var util_1 = require_util();
    var workdir_1 = require_workdir();
    var ImageTemplate = class {
      constructor() {
        this.comments = [];
        this.instructions = [];
      }
      addComment(comment) {
        this.comments.push(comment);
      }
      getComments() {
        return this.comments;
      }
      addInstruction(instruction) {
        this.instructions.push(instruction);
      }
      getInstructions() {
        return this.instructions;
      }
      getInstructionAt(line) {
        for (let instruction of this.instructions) {
          if (util_1.Util.isInsideRange(vscode_languageserver_types_1.Position.create(line, 0), instruction.getRange())) {
            return instruction;
          }
        }
        return null;
      }
      /**
       * Gets all the ARG instructions that are defined in this image.
       */
      getARGs() {
        let args = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof arg_1.Arg) {
            args.push(instruction);
          }
        }
        return args;
      }
      /**
       * Gets all the CMD instructions that are defined in this image.
       */
      getCMDs() {
        let cmds = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof cmd_1.Cmd) {
            cmds.push(instruction);
          }
        }
        return cmds;
      }
      /**
       * Gets all the COPY instructions that are defined in this image.
       */
      getCOPYs() {
        let copies = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof copy_1.Copy) {
            copies.push(instruction);
          }
        }
        return copies;
      }
      /**
       * Gets all the ENTRYPOINT instructions that are defined in this image.
       */
      getENTRYPOINTs() {
        let froms = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof entrypoint_1.Entrypoint) {
            froms.push(instruction);
          }
        }
        return froms;
      }
      /**
       * Gets all the ENV instructions that are defined in this image.
       */
      getENVs() {
        let args = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof env_1.Env) {
            args.push(instruction);
          }
        }
        return args;
      }
      getFROM() {
        for (const instruction of this.instructions) {
          if (instruction instanceof from_1.From) {
            return instruction;
          }
        }
        return null;
      }
      /**
       * Gets all the FROM instructions that are defined in this image.
       */
      getFROMs() {
        let froms = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof from_1.From) {
            froms.push(instruction);
          }
        }
        return froms;
      }
      /**
       * Gets all the HEALTHCHECK instructions that are defined in this image.
       */
      getHEALTHCHECKs() {
        let froms = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof healthcheck_1.Healthcheck) {
            froms.push(instruction);
          }
        }
        return froms;
      }
      getWORKDIRs() {
        const workdirs = [];
        for (const instruction of this.instructions) {
          if (instruction instanceof workdir_1.Workdir) {
            workdirs.push(instruction);
          }
        }
        return workdirs;
      }
      getOnbuildTriggers() {
        let triggers = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof onbuild_1.Onbuild) {
            let trigger = instruction.getTriggerInstruction();
            if (trigger) {
              triggers.push(trigger);
            }
          }
        }
        return triggers;
      }
      getAvailableVariables(currentLine) {
        const variables2 = [];
        for (const arg of this.getARGs()) {
          if (arg.isBefore(currentLine)) {
            const property2 = arg.getProperty();
            if (property2) {
              const variable = property2.getName();
              if (variables2.indexOf(variable) === -1) {
                variables2.push(variable);
              }
            }
          }
        }
        for (const env of this.getENVs()) {
          if (env.isBefore(currentLine)) {
            for (const property2 of env.getProperties()) {
              const variable = property2.getName();
              if (variables2.indexOf(variable) === -1) {
                variables2.push(variable);
              }
            }
          }
        }
        return variables2;
      }
      /**
       * Resolves a variable with the given name at the specified line
       * to its value. If null is returned, then the variable has been
       * defined but no value was given. If undefined is returned, then
       * a variable with the given name has not been defined yet as of
       * the given line.
       *
       * @param variable the name of the variable to resolve
       * @param line the line number that the variable is on, zero-based
       * @return the value of the variable as defined by an ARG or ENV
       *         instruction, or null if no value has been specified, or
       *         undefined if a variable with the given name has not
       *         been defined
       */
      resolveVariable(variable, line) {
        let envs = this.getENVs();
        for (let i = envs.length - 1; i >= 0; i--) {
          if (envs[i].isBefore(line)) {
            for (let property2 of envs[i].getProperties()) {
              if (property2.getName() === variable) {
                return property2.getValue();
              }
            }
          }
        }
        let args = this.getARGs();
        for (let i = args.length - 1; i >= 0; i--) {
          if (args[i].isBefore(line)) {
            let property2 = args[i].getProperty();
            if (property2 && property2.getName() === variable) {
              return property2.getValue();
            }
          }
        }
        return void 0;
      }
      getRange() {
        const instructions = this.getInstructions();
        if (instructions.length === 0) {
          return vscode_languageserver_types_1.Range.create(0, 0, 0, 0);
        }
        const instructionStart = instructions[0].getRange().start;
        const instructionEnd = instructions[instructions.length - 1].getRange().end;
        return vscode_languageserver_types_1.Range.create(instructionStart, instructionEnd);
      }
      contains(position) {
        const range = this.getRange();
        if (range === null) {
          return false;
        }
        return util_1.Util.isInsideRange(position, range);
      }
    };
    exports.ImageTemplate = ImageTemplate;
  }
});

// node_modules/dockerfile-ast/lib/dockerfile.js
var require_dockerfile = __commonJS({
  "node_modules/dockerfile-ast/lib/dockerfile.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Dockerfile = void 0;
    var vscode_languageserver_types_1 = (init_lsp_types_subset(), __toCommonJS(lsp_types_subset_exports));
    var ast = require_main();
    var imageTemplate_1 = require_imageTemplate();
    var from_1 = require_from();
    var util_1 = require_util();
    var main_1 = require_main();
    var Dockerfile = class extends imageTemplate_1.ImageTemplate {
      constructor(document) {
        super();
        this.initialInstructions = new imageTemplate_1.ImageTemplate();
        this.buildStages = [];
        this.directives = [];
        this.foundFrom = false;
        this.document = document;
      }
      getEscapeCharacter() {
        for (const directive of this.directives) {
          if (directive.getDirective() === ast.Directive.escape) {
            const value = directive.getValue();
            if (value === "\\" || value === "`") {
              return value;
            }
          }
        }
        return "\\";
      }
      getInitialARGs() {
        return this.initialInstructions.getARGs();
      }
      getContainingImage(position) {
        let range = vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(0, 0), this.document.positionAt(this.document.getText().length));
        if (!util_1.Util.isInsideRange(position, range)) {
          return null;
        }
        if (this.initialInstructions.getComments().length > 0 || this.initialInstructions.getInstructions().length > 0) {
          if (util_1.Util.isInsideRange(position, this.initialInstructions.getRange())) {
            return this.initialInstructions;
          }
        }
        for (const buildStage2 of this.buildStages) {
          if (util_1.Util.isInsideRange(position, buildStage2.getRange())) {
            return buildStage2;
          }
        }
        return this;
      }
      addInstruction(instruction) {
        if (instruction.getKeyword() === main_1.Keyword.FROM) {
          this.currentBuildStage = new imageTemplate_1.ImageTemplate();
          this.buildStages.push(this.currentBuildStage);
          this.foundFrom = true;
        } else if (!this.foundFrom) {
          this.initialInstructions.addInstruction(instruction);
        }
        if (this.foundFrom) {
          this.currentBuildStage.addInstruction(instruction);
        }
        super.addInstruction(instruction);
      }
      setDirectives(directives) {
        this.directives = directives;
      }
      getDirective() {
        return this.directives.length === 0 ? null : this.directives[0];
      }
      getDirectives() {
        return this.directives;
      }
      resolveVariable(variable, line) {
        for (let from of this.getFROMs()) {
          let range = from.getRange();
          if (range.start.line <= line && line <= range.end.line) {
            let initialARGs = new imageTemplate_1.ImageTemplate();
            for (let instruction of this.initialInstructions.getARGs()) {
              initialARGs.addInstruction(instruction);
            }
            return initialARGs.resolveVariable(variable, line);
          }
        }
        let image = this.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        if (image === null) {
          return void 0;
        }
        let resolvedVariable = image.resolveVariable(variable, line);
        if (resolvedVariable === null) {
          let initialARGs = new imageTemplate_1.ImageTemplate();
          for (let instruction of this.initialInstructions.getARGs()) {
            initialARGs.addInstruction(instruction);
          }
          return initialARGs.resolveVariable(variable, line);
        }
        return resolvedVariable;
      }
      getAvailableVariables(currentLine) {
        if (this.getInstructionAt(currentLine) instanceof from_1.From) {
          let variables2 = [];
          for (let arg of this.getInitialARGs()) {
            let property2 = arg.getProperty();
            if (property2) {
              variables2.push(property2.getName());
            }
          }
          return variables2;
        }
        let image = this.getContainingImage(vscode_languageserver_types_1.Position.create(currentLine, 0));
        return image ? image.getAvailableVariables(currentLine) : [];
      }
      getParentStage(image) {
        const templateFrom = image.getFROM();
        const imageName = templateFrom === null ? null : templateFrom.getImageName();
        if (imageName === null) {
          return null;
        }
        for (const from of this.getFROMs()) {
          if (from.getBuildStage() === imageName) {
            const range = from.getRange();
            if (range.start.line === templateFrom.getRange().start.line) {
              return null;
            }
            return this.getContainingImage(range.start);
          }
        }
        return null;
      }
      getStageHierarchy(line) {
        const image = this.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        if (image === null) {
          return [];
        }
        const stages = [image];
        let stage = this.getParentStage(image);
        while (stage !== null) {
          stages.splice(0, 0, stage);
          stage = this.getParentStage(stage);
        }
        return stages;
      }
      getAvailableWorkingDirectories(line) {
        const availableDirectories = /* @__PURE__ */ new Set();
        for (const image of this.getStageHierarchy(line)) {
          for (const workdir of image.getWORKDIRs()) {
            if (workdir.getRange().end.line < line) {
              let directory = workdir.getAbsolutePath();
              if (directory !== void 0 && directory !== null) {
                if (!directory.endsWith("/")) {
                  directory += "/";
                }
                availableDirectories.add(directory);
              }
            }
          }
        }
        return Array.from(availableDirectories);
      }
      /**
       * Internally reorganize the comments in the Dockerfile and allocate
       * them to the relevant build stages that they belong to.
       */
      organizeComments() {
        const comments = this.getComments();
        for (let i = 0; i < comments.length; i++) {
          if (util_1.Util.isInsideRange(comments[i].getRange().end, this.initialInstructions.getRange())) {
            this.initialInstructions.addComment(comments[i]);
          } else {
            for (const buildStage2 of this.buildStages) {
              if (util_1.Util.isInsideRange(comments[i].getRange().start, buildStage2.getRange())) {
                buildStage2.addComment(comments[i]);
              }
            }
          }
        }
      }
      getRange() {
        const comments = this.getComments();
        const instructions = this.getInstructions();
        let range = null;
        if (comments.length === 0) {
          if (instructions.length > 0) {
            range = vscode_languageserver_types_1.Range.create(instructions[0].getRange().start, instructions[instructions.length - 1].getRange().end);
          }
        } else if (instructions.length === 0) {
          range = vscode_languageserver_types_1.Range.create(comments[0].getRange().start, comments[comments.length - 1].getRange().end);
        } else {
          const commentStart = comments[0].getRange().start;
          const commentEnd = comments[comments.length - 1].getRange().end;
          const instructionStart = instructions[0].getRange().start;
          const instructionEnd = instructions[instructions.length - 1].getRange().end;
          if (commentStart.line < instructionStart.line) {
            if (commentEnd.line < instructionEnd.line) {
              range = vscode_languageserver_types_1.Range.create(commentStart, instructionEnd);
            }
            range = vscode_languageserver_types_1.Range.create(commentStart, commentEnd);
          } else if (commentEnd.line < instructionEnd.line) {
            range = vscode_languageserver_types_1.Range.create(instructionStart, instructionEnd);
          } else {
            range = vscode_languageserver_types_1.Range.create(instructionStart, commentEnd);
          }
        }
        if (range === null) {
          if (this.directives.length === 0) {
            return null;
          }
          return this.directives[0].getRange();
        } else if (this.directives.length === 0) {
          return range;
        }
        return vscode_languageserver_types_1.Range.create(this.directives[0].getRange().start, range.end);
      }
    };
    exports.Dockerfile = Dockerfile;
  }
});

// node_modules/dockerfile-ast/lib/parser.js
var require_parser = __commonJS({
  "node_modules/dockerfile-ast/lib/parser.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Parser = void 0;
    var vscode_languageserver_textdocument_1 = (init_main(), __toCommonJS(main_exports));
    var vscode_languageserver_types_1 = (init_lsp_types_subset(), __toCommonJS(lsp_types_subset_exports));
    var comment_1 = require_comment();
    var parserDirective_1 = require_parserDirective();
    var instruction_1 = require_instruction();
    var add_1 = require_add();
    var arg_1 = require_arg();
    var cmd_1 = require_cmd();
    var copy_1 = require_copy();
    var env_1 = require_env();
    var entrypoint_1 = require_entrypoint();
    var from_1 = require_from();
    var healthcheck_1 = require_healthcheck();
    var label_1 = require_label();
    var onbuild_1 = require_onbuild();
    var run_1 = require_run();
    var shell_1 = require_shell();
    var stopsignal_1 = require_stopsignal();
    var workdir_1 = require_workdir();
    var user_1 = require_user();
    var volume_1 = require_volume();
    var dockerfile_1 = require_dockerfile();
    var util_1 = require_util();
    var main_1 = require_main();
    var Parser2 = class _Parser {
      constructor() {
        this.escapeChar = null;
      }
      static createInstruction(document, dockerfile, escapeChar, lineRange, instruction, instructionRange) {
        switch (instruction.toUpperCase()) {
          case "ADD":
            return new add_1.Add(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ARG":
            return new arg_1.Arg(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "CMD":
            return new cmd_1.Cmd(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "COPY":
            return new copy_1.Copy(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ENTRYPOINT":
            return new entrypoint_1.Entrypoint(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ENV":
            return new env_1.Env(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "FROM":
            return new from_1.From(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "HEALTHCHECK":
            return new healthcheck_1.Healthcheck(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "LABEL":
            return new label_1.Label(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ONBUILD":
            return new onbuild_1.Onbuild(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "RUN":
            return new run_1.Run(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "SHELL":
            return new shell_1.Shell(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "STOPSIGNAL":
            return new stopsignal_1.Stopsignal(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "WORKDIR":
            return new workdir_1.Workdir(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "USER":
            return new user_1.User(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "VOLUME":
            return new volume_1.Volume(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
        }
        return new instruction_1.Instruction(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
      }
      getParserDirectives(document, buffer) {
        const directives = [];
        this.escapeChar = "";
        const offset = util_1.Util.isUTF8BOM(buffer.substring(0, 1)) ? 1 : 0;
        directiveCheck: for (let i = offset; i < buffer.length; i++) {
          switch (buffer.charAt(i)) {
            case " ":
            case "	":
              break;
            case "\r":
            case "\n":
              break directiveCheck;
            case "#":
              let directiveStart = -1;
              let directiveEnd = -1;
              for (let j = i + 1; j < buffer.length; j++) {
                let char = buffer.charAt(j);
                switch (char) {
                  case " ":
                  case "	":
                    if (directiveStart !== -1 && directiveEnd === -1) {
                      directiveEnd = j;
                    }
                    break;
                  case "\r":
                  case "\n":
                    break directiveCheck;
                  case "=":
                    let valueStart = -1;
                    let valueEnd = -1;
                    if (directiveEnd === -1) {
                      directiveEnd = j;
                    }
                    let lineEnd2 = buffer.length;
                    directiveValue: for (let k = j + 1; k < buffer.length; k++) {
                      char = buffer.charAt(k);
                      switch (char) {
                        case "\r":
                        case "\n":
                          if (valueStart !== -1 && valueEnd === -1) {
                            valueEnd = k;
                          }
                          lineEnd2 = k;
                          break directiveValue;
                        case "	":
                        case " ":
                          if (valueStart !== -1 && valueEnd === -1) {
                            valueEnd = k;
                          }
                          continue;
                        default:
                          if (valueStart === -1) {
                            valueStart = k;
                          }
                          break;
                      }
                    }
                    if (directiveStart === -1) {
                      break directiveCheck;
                    }
                    if (valueStart === -1) {
                      valueStart = j + 1;
                      valueEnd = lineEnd2;
                    } else if (valueEnd === -1) {
                      valueEnd = buffer.length;
                    }
                    const lineRange = vscode_languageserver_types_1.Range.create(document.positionAt(i), document.positionAt(lineEnd2));
                    const nameRange = vscode_languageserver_types_1.Range.create(document.positionAt(directiveStart), document.positionAt(directiveEnd));
                    const valueRange = vscode_languageserver_types_1.Range.create(document.positionAt(valueStart), document.positionAt(valueEnd));
                    directives.push(new parserDirective_1.ParserDirective(document, lineRange, nameRange, valueRange));
                    directiveStart = -1;
                    if (buffer.charAt(valueEnd) === "\r") {
                      i = valueEnd + 1;
                    } else {
                      i = valueEnd;
                    }
                    continue directiveCheck;
                  default:
                    if (directiveStart === -1) {
                      directiveStart = j;
                    }
                    break;
                }
              }
              break;
            default:
              break directiveCheck;
          }
        }
        return directives;
      }
      parse(buffer) {
        this.document = vscode_languageserver_textdocument_1.TextDocument.create("", "", 0, buffer);
        this.buffer = buffer;
        let dockerfile = new dockerfile_1.Dockerfile(this.document);
        let directives = this.getParserDirectives(this.document, this.buffer);
        let offset = 0;
        this.escapeChar = "\\";
        if (directives.length > 0) {
          dockerfile.setDirectives(directives);
          this.escapeChar = dockerfile.getEscapeCharacter();
          offset = this.document.offsetAt(vscode_languageserver_types_1.Position.create(directives.length, 0));
        } else if (util_1.Util.isUTF8BOM(buffer.substring(0, 1))) {
          offset = 1;
        }
        for (let i = offset; i < this.buffer.length; i++) {
          const char = this.buffer.charAt(i);
          switch (char) {
            case " ":
            case "	":
            case "\r":
            case "\n":
              break;
            case "#":
              i = this.processComment(dockerfile, i);
              break;
            default:
              i = this.processInstruction(dockerfile, char, i);
              break;
          }
        }
        dockerfile.organizeComments();
        return dockerfile;
      }
      processInstruction(dockerfile, char, start) {
        let instruction = char;
        let instructionEnd = -1;
        let escapedInstruction = false;
        instructionCheck: for (let i = start + 1; i < this.buffer.length; i++) {
          char = this.buffer.charAt(i);
          switch (char) {
            case this.escapeChar:
              escapedInstruction = true;
              char = this.buffer.charAt(i + 1);
              if (char === "\r" || char === "\n") {
                if (instructionEnd === -1) {
                  instructionEnd = i;
                }
                i++;
              } else if (char === " " || char === "	") {
                for (let j = i + 2; j < this.buffer.length; j++) {
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case "\n":
                      i = j;
                      continue instructionCheck;
                    default:
                      instructionEnd = i + 1;
                      instruction = instruction + this.escapeChar;
                      i = j - 2;
                      continue instructionCheck;
                  }
                }
                instructionEnd = i + 1;
                instruction = instruction + this.escapeChar;
                break instructionCheck;
              } else {
                instructionEnd = i + 1;
                instruction = instruction + this.escapeChar;
                escapedInstruction = false;
              }
              break;
            case " ":
            case "	":
              if (escapedInstruction) {
                escapeCheck: for (let j = i + 1; j < this.buffer.length; j++) {
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case "\n":
                      i = j;
                      continue instructionCheck;
                    default:
                      break escapeCheck;
                  }
                }
                escapedInstruction = false;
              }
              if (instructionEnd === -1) {
                instructionEnd = i;
              }
              i = this.processArguments(dockerfile, instruction, instructionEnd, start, i);
              dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, instructionEnd, i));
              return i;
            case "\r":
            case "\n":
              if (escapedInstruction) {
                continue;
              }
              if (instructionEnd === -1) {
                instructionEnd = i;
              }
              dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, i, i));
              return i;
            case "#":
              if (escapedInstruction) {
                continue;
              }
            default:
              instructionEnd = i + 1;
              instruction = instruction + char;
              escapedInstruction = false;
              break;
          }
        }
        if (instructionEnd === -1) {
          instructionEnd = this.buffer.length;
        }
        dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, instructionEnd, this.buffer.length));
        return this.buffer.length;
      }
      processHeredocs(instruction, offset) {
        let keyword = instruction.getKeyword();
        if (keyword === main_1.Keyword.ONBUILD) {
          instruction = instruction.getTriggerInstruction();
          if (instruction === null) {
            return offset;
          }
          keyword = instruction.getKeyword();
        }
        if (keyword !== main_1.Keyword.ADD && keyword !== main_1.Keyword.COPY && keyword !== main_1.Keyword.RUN) {
          return offset;
        }
        const heredocs = [];
        let tabbed = false;
        for (const arg of instruction.getArguments()) {
          const value = arg.getValue();
          if (value.startsWith("<<") && value.length > 2) {
            if (value.startsWith("<<-")) {
              tabbed = true;
            }
            const name = util_1.Util.parseHeredocName(value);
            if (name !== null) {
              heredocs.push(name);
            }
          }
        }
        if (heredocs.length > 0) {
          for (const heredoc of heredocs) {
            offset = this.parseHeredoc(heredoc, offset, tabbed);
          }
        }
        return offset;
      }
      processArguments(dockerfile, instruction, instructionEnd, start, offset) {
        let escaped = false;
        argumentsCheck: for (let i = offset + 1; i < this.buffer.length; i++) {
          switch (this.buffer.charAt(i)) {
            case "\r":
            case "\n":
              if (escaped) {
                continue;
              }
              return this.processHeredocs(this.createInstruction(dockerfile, instruction, start, instructionEnd, i), i);
            case this.escapeChar:
              const next = this.buffer.charAt(i + 1);
              if (next === "\n" || next === "\r") {
                escaped = true;
                i++;
              } else if (next === " " || next === "	") {
                for (let j = i + 2; j < this.buffer.length; j++) {
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case "\n":
                      escaped = true;
                    default:
                      i = j;
                      continue argumentsCheck;
                  }
                }
                return this.buffer.length;
              }
              continue;
            case "#":
              if (escaped) {
                i = this.processComment(dockerfile, i);
                continue argumentsCheck;
              }
              break;
            case " ":
            case "	":
              break;
            default:
              if (escaped) {
                escaped = false;
              }
              break;
          }
        }
        return this.buffer.length;
      }
      processComment(dockerfile, start) {
        let end = this.buffer.length;
        commentLoop: for (let i = start + 1; i < this.buffer.length; i++) {
          switch (this.buffer.charAt(i)) {
            case "\r":
            case "\n":
              end = i;
              break commentLoop;
          }
        }
        const range = vscode_languageserver_types_1.Range.create(this.document.positionAt(start), this.document.positionAt(end));
        dockerfile.addComment(new comment_1.Comment(this.document, range));
        return end;
      }
      parseHeredoc(heredocName, offset, tabbed) {
        let startWord = -1;
        let lineStart = true;
        for (let i = offset; i < this.buffer.length; i++) {
          switch (this.buffer.charAt(i)) {
            case " ":
              lineStart = false;
              break;
            case "	":
              if (!tabbed) {
                lineStart = false;
              }
              break;
            case "\r":
            case "\n":
              if (startWord !== -1 && heredocName === this.buffer.substring(startWord, i)) {
                return i;
              }
              startWord = -1;
              lineStart = true;
              break;
            default:
              if (lineStart) {
                startWord = i;
                lineStart = false;
              }
              break;
          }
        }
        return this.buffer.length;
      }
      createInstruction(dockerfile, instruction, start, instructionEnd, end) {
        const startPosition = this.document.positionAt(start);
        const instructionRange = vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(instructionEnd));
        const lineRange = vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(end));
        return _Parser.createInstruction(this.document, dockerfile, this.escapeChar, lineRange, instruction, instructionRange);
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/dockerfile-ast/lib/main.js
var require_main = __commonJS({
  "node_modules/dockerfile-ast/lib/main.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DockerfileParser = exports.DefaultVariables = exports.Directive = exports.Keyword = exports.Workdir = exports.Volume = exports.User = exports.Stopsignal = exports.Shell = exports.Run = exports.PropertyInstruction = exports.Onbuild = exports.ModifiableInstruction = exports.Label = exports.JSONInstruction = exports.Heredoc = exports.Healthcheck = exports.From = exports.Env = exports.Entrypoint = exports.Copy = exports.Cmd = exports.Arg = exports.Add = exports.Variable = exports.Property = exports.ParserDirective = exports.Line = exports.Instruction = exports.Flag = exports.Comment = exports.JSONArgument = exports.Argument = void 0;
    var argument_1 = require_argument();
    Object.defineProperty(exports, "Argument", { enumerable: true, get: function() {
      return argument_1.Argument;
    } });
    var jsonArgument_1 = require_jsonArgument();
    Object.defineProperty(exports, "JSONArgument", { enumerable: true, get: function() {
      return jsonArgument_1.JSONArgument;
    } });
    var comment_1 = require_comment();
    Object.defineProperty(exports, "Comment", { enumerable: true, get: function() {
      return comment_1.Comment;
    } });
    var parser_1 = require_parser();
    var flag_1 = require_flag();
    Object.defineProperty(exports, "Flag", { enumerable: true, get: function() {
      return flag_1.Flag;
    } });
    var instruction_1 = require_instruction();
    Object.defineProperty(exports, "Instruction", { enumerable: true, get: function() {
      return instruction_1.Instruction;
    } });
    var line_1 = require_line();
    Object.defineProperty(exports, "Line", { enumerable: true, get: function() {
      return line_1.Line;
    } });
    var parserDirective_1 = require_parserDirective();
    Object.defineProperty(exports, "ParserDirective", { enumerable: true, get: function() {
      return parserDirective_1.ParserDirective;
    } });
    var property_1 = require_property();
    Object.defineProperty(exports, "Property", { enumerable: true, get: function() {
      return property_1.Property;
    } });
    var variable_1 = require_variable();
    Object.defineProperty(exports, "Variable", { enumerable: true, get: function() {
      return variable_1.Variable;
    } });
    var add_1 = require_add();
    Object.defineProperty(exports, "Add", { enumerable: true, get: function() {
      return add_1.Add;
    } });
    var arg_1 = require_arg();
    Object.defineProperty(exports, "Arg", { enumerable: true, get: function() {
      return arg_1.Arg;
    } });
    var cmd_1 = require_cmd();
    Object.defineProperty(exports, "Cmd", { enumerable: true, get: function() {
      return cmd_1.Cmd;
    } });
    var copy_1 = require_copy();
    Object.defineProperty(exports, "Copy", { enumerable: true, get: function() {
      return copy_1.Copy;
    } });
    var entrypoint_1 = require_entrypoint();
    Object.defineProperty(exports, "Entrypoint", { enumerable: true, get: function() {
      return entrypoint_1.Entrypoint;
    } });
    var env_1 = require_env();
    Object.defineProperty(exports, "Env", { enumerable: true, get: function() {
      return env_1.Env;
    } });
    var from_1 = require_from();
    Object.defineProperty(exports, "From", { enumerable: true, get: function() {
      return from_1.From;
    } });
    var healthcheck_1 = require_healthcheck();
    Object.defineProperty(exports, "Healthcheck", { enumerable: true, get: function() {
      return healthcheck_1.Healthcheck;
    } });
    var heredoc_1 = require_heredoc();
    Object.defineProperty(exports, "Heredoc", { enumerable: true, get: function() {
      return heredoc_1.Heredoc;
    } });
    var jsonInstruction_1 = require_jsonInstruction();
    Object.defineProperty(exports, "JSONInstruction", { enumerable: true, get: function() {
      return jsonInstruction_1.JSONInstruction;
    } });
    var label_1 = require_label();
    Object.defineProperty(exports, "Label", { enumerable: true, get: function() {
      return label_1.Label;
    } });
    var modifiableInstruction_1 = require_modifiableInstruction();
    Object.defineProperty(exports, "ModifiableInstruction", { enumerable: true, get: function() {
      return modifiableInstruction_1.ModifiableInstruction;
    } });
    var onbuild_1 = require_onbuild();
    Object.defineProperty(exports, "Onbuild", { enumerable: true, get: function() {
      return onbuild_1.Onbuild;
    } });
    var propertyInstruction_1 = require_propertyInstruction();
    Object.defineProperty(exports, "PropertyInstruction", { enumerable: true, get: function() {
      return propertyInstruction_1.PropertyInstruction;
    } });
    var run_1 = require_run();
    Object.defineProperty(exports, "Run", { enumerable: true, get: function() {
      return run_1.Run;
    } });
    var shell_1 = require_shell();
    Object.defineProperty(exports, "Shell", { enumerable: true, get: function() {
      return shell_1.Shell;
    } });
    var stopsignal_1 = require_stopsignal();
    Object.defineProperty(exports, "Stopsignal", { enumerable: true, get: function() {
      return stopsignal_1.Stopsignal;
    } });
    var user_1 = require_user();
    Object.defineProperty(exports, "User", { enumerable: true, get: function() {
      return user_1.User;
    } });
    var volume_1 = require_volume();
    Object.defineProperty(exports, "Volume", { enumerable: true, get: function() {
      return volume_1.Volume;
    } });
    var workdir_1 = require_workdir();
    Object.defineProperty(exports, "Workdir", { enumerable: true, get: function() {
      return workdir_1.Workdir;
    } });
    var Keyword;
    (function(Keyword2) {
      Keyword2["ADD"] = "ADD";
      Keyword2["ARG"] = "ARG";
      Keyword2["CMD"] = "CMD";
      Keyword2["COPY"] = "COPY";
      Keyword2["ENTRYPOINT"] = "ENTRYPOINT";
      Keyword2["ENV"] = "ENV";
      Keyword2["EXPOSE"] = "EXPOSE";
      Keyword2["FROM"] = "FROM";
      Keyword2["HEALTHCHECK"] = "HEALTHCHECK";
      Keyword2["LABEL"] = "LABEL";
      Keyword2["MAINTAINER"] = "MAINTAINER";
      Keyword2["ONBUILD"] = "ONBUILD";
      Keyword2["RUN"] = "RUN";
      Keyword2["SHELL"] = "SHELL";
      Keyword2["STOPSIGNAL"] = "STOPSIGNAL";
      Keyword2["USER"] = "USER";
      Keyword2["VOLUME"] = "VOLUME";
      Keyword2["WORKDIR"] = "WORKDIR";
    })(Keyword || (exports.Keyword = Keyword = {}));
    var Directive;
    (function(Directive2) {
      Directive2["escape"] = "escape";
      Directive2["syntax"] = "syntax";
    })(Directive || (exports.Directive = Directive = {}));
    exports.DefaultVariables = [
      "ALL_PROXY",
      "all_proxy",
      "FTP_PROXY",
      "ftp_proxy",
      "HTTP_PROXY",
      "http_proxy",
      "HTTPS_PROXY",
      "https_proxy",
      "NO_PROXY",
      "no_proxy"
    ];
    var DockerfileParser2;
    (function(DockerfileParser3) {
      function parse2(content) {
        let parser = new parser_1.Parser();
        return parser.parse(content);
      }
      DockerfileParser3.parse = parse2;
    })(DockerfileParser2 || (exports.DockerfileParser = DockerfileParser2 = {}));
  }
});

// src/secrets/redact.ts
var ELLIPSIS = "\u2026";
function redactSecret(value) {
  const chars = Array.from(value);
  const shown = Math.min(4, Math.floor(chars.length / 4));
  return chars.slice(0, shown).join("") + ELLIPSIS;
}

// src/core/repository.ts
var EMPTY_REPOSITORY = {
  files: [],
  ignoreFiles: /* @__PURE__ */ new Map(),
  builtImages: /* @__PURE__ */ new Map(),
  dockerfileImages: /* @__PURE__ */ new Map(),
  buildContexts: /* @__PURE__ */ new Map(),
  insecureRegistries: [],
  runtimeClasses: /* @__PURE__ */ new Map(),
  serviceAccounts: /* @__PURE__ */ new Map()
};
function buildTargetKey(path, target) {
  return target ? `${path}\0${target.toLowerCase()}` : path;
}
function splitBuildTargetKey(key) {
  const at = key.indexOf("\0");
  return at < 0 ? { path: key } : { path: key.slice(0, at), target: key.slice(at + 1) };
}
function isDockerIgnoreFile(path) {
  return path.endsWith(".dockerignore");
}

// src/engine/glob-library.ts
var picomatch;
var loading;
function loadGlobLibrary() {
  loading ??= import("./chunk-QYVYUOIH.js").then((namespace) => {
    picomatch = namespace.default ?? namespace;
  });
  return loading;
}
async function loadGlobsFor(exclude, ignores) {
  if (exclude.length > 0 || ignores.some((ignore2) => ignore2.paths.length > 0)) await loadGlobLibrary();
}

// src/render/discover-render-roots.ts
import { posix } from "node:path";

// src/targets/yaml/yaml-library.ts
var Composer;
var CST;
var isAlias;
var isMap;
var isNode;
var isPair;
var isScalar;
var isSeq;
var Lexer;
var LineCounter;
var parse;
var parseAllDocuments;
var parseDocument;
var Parser;
var visit;
var loading2;
function loadYamlLibrary() {
  loading2 ??= import("./chunk-U2QISRIL.js").then((namespace) => {
    const yaml = namespace.default ?? namespace;
    ({ Composer, CST, isAlias, isMap, isNode, isPair, isScalar, isSeq, Lexer, LineCounter } = yaml);
    ({ parse, parseAllDocuments, parseDocument, Parser, visit } = yaml);
  });
  return loading2;
}

// src/render/discover-render-roots.ts
var KUSTOMIZATION_NAMES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
var REFERENCE_FIELDS = ["resources", "bases", "components"];
function isRenderRootFile(path) {
  const base = path.slice(path.lastIndexOf("/") + 1);
  return base === "Chart.yaml" || KUSTOMIZATION_NAMES.includes(base);
}
function discoverRenderRoots(files, readText) {
  const charts = /* @__PURE__ */ new Set();
  const kustomizations = /* @__PURE__ */ new Map();
  for (const file of files) {
    const dir = posix.dirname(file);
    const base = file.slice(file.lastIndexOf("/") + 1);
    if (base === "Chart.yaml") charts.add(dir);
    else if (KUSTOMIZATION_NAMES.includes(base) && !kustomizations.has(dir)) kustomizations.set(dir, file);
  }
  const roots = [];
  for (const dir of charts) {
    const file = posix.join(dir, "Chart.yaml");
    if (!isSubchart(dir, charts) && !isLibraryChart(readText(file))) roots.push({ kind: "helm", dir, file });
  }
  const bases = /* @__PURE__ */ new Set();
  for (const [dir, file] of kustomizations) {
    const kustomization = readKustomization(readText(file));
    if (kustomization.kind === "Component") bases.add(dir);
    for (const reference of kustomization.references) bases.add(referencedPath(dir, reference));
  }
  for (const [dir, file] of kustomizations) if (!bases.has(dir)) roots.push({ kind: "kustomize", dir, file });
  return roots.sort(compareRoots);
}
function compareRoots(a, b) {
  return a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0;
}
function libraryChartDirs(files, readText) {
  return files.filter((file) => file === "Chart.yaml" || file.endsWith("/Chart.yaml")).filter((file) => isLibraryChart(readText(file))).map((file) => posix.dirname(file));
}
function isLibraryChart(text) {
  return text !== void 0 && /^type:[ \t]*["']?library["']?[ \t]*(#.*)?$/m.test(text);
}
function isSubchart(dir, charts) {
  for (let at = dir.lastIndexOf("/charts/"); at >= 0; at = dir.lastIndexOf("/charts/", at - 1)) {
    if (charts.has(dir.slice(0, at))) return true;
    if (at === 0) break;
  }
  return dir.startsWith("charts/") && charts.has(".");
}
function referencedPath(dir, reference) {
  return posix.normalize(posix.join(dir, reference)).replace(/\/$/, "") || ".";
}
function readKustomization(text) {
  const none = { references: [], patches: [] };
  if (text === void 0) return none;
  let data;
  try {
    data = parse(text, { maxAliasCount: 100 });
  } catch {
    return none;
  }
  if (!data || typeof data !== "object") return none;
  const fields = data;
  const references = [];
  for (const field of REFERENCE_FIELDS) {
    const entries2 = fields[field];
    if (!Array.isArray(entries2)) continue;
    for (const entry of entries2)
      if (typeof entry === "string" && !/^[a-z][a-z0-9+.-]*:\/\/|^(github\.com|gitlab\.com|bitbucket\.org)\//i.test(entry))
        references.push(entry);
  }
  const patches = [];
  for (const field of ["patches", "patchesJson6902"])
    if (Array.isArray(fields[field]))
      for (const patch of fields[field])
        patches.push(typeof patch === "string" ? patch : patch?.path);
  if (Array.isArray(fields.patchesStrategicMerge))
    for (const patch of fields.patchesStrategicMerge) patches.push(patch);
  const entries = {
    references,
    patches: patches.filter(
      (e) => typeof e === "string" && !e.includes("\n") && !e.includes("://")
    )
  };
  return typeof fields.kind === "string" ? { kind: fields.kind, ...entries } : entries;
}

// src/targets/toml/toml-library.ts
var ParseError;
var parseTOML;
var loading3;
function loadTomlLibrary() {
  loading3 ??= import("./chunk-MWMOIT4Q.js").then((toml) => {
    ({ ParseError, parseTOML } = toml);
  });
  return loading3;
}

// src/targets/toml/toml-node.ts
var TomlNode = class _TomlNode {
  constructor(tree) {
    this.tree = tree;
  }
  tree;
  get kind() {
    return this.tree.kind;
  }
  get region() {
    return this.tree.region;
  }
  get keyRegion() {
    return this.tree.keyRegion;
  }
  get reportRegion() {
    return this.tree.keyRegion ?? this.tree.region;
  }
  get line() {
    return this.reportRegion.startLine;
  }
  get(key) {
    if (this.tree.kind !== "map") return void 0;
    const child = this.tree.entries.get(key);
    return child ? new _TomlNode(child) : void 0;
  }
  at(...path) {
    return path.reduce((node, key) => node?.get(key), this);
  }
  entries() {
    if (this.tree.kind !== "map") return [];
    return [...this.tree.entries].map(([key, child]) => [key, new _TomlNode(child)]);
  }
  items() {
    return this.tree.kind === "seq" ? this.tree.items.map((item) => new _TomlNode(item)) : [];
  }
  /** Strings, numbers and booleans as parsed; date-times as written. */
  get scalar() {
    return this.tree.kind === "scalar" ? this.tree.value : void 0;
  }
  get text() {
    const value = this.scalar;
    return value === void 0 ? void 0 : String(value);
  }
  /** Only a TOML boolean `true` (the string "true" is not). */
  get isTrue() {
    return this.scalar === true;
  }
  /** The strings of an array (other items skipped); a single string as a one-item list. */
  strings() {
    if (this.tree.kind === "scalar") return typeof this.tree.value === "string" ? [this] : [];
    return this.items().filter((item) => typeof item.scalar === "string");
  }
};
function parseToml(text) {
  const source = text.startsWith("\uFEFF") ? ` ${text.slice(1)}` : text;
  let program;
  try {
    program = parseTOML(source);
  } catch (error) {
    if (error instanceof ParseError)
      throw new InputParseError(`Invalid TOML: ${error.message}`, error.lineNumber, error.column + 1);
    throw new InputParseError(`Invalid TOML: ${errorMessage(error)}`);
  }
  try {
    return new TomlNode(buildTree(program));
  } catch (error) {
    throw new InputParseError(`Invalid TOML: ${errorMessage(error)}`);
  }
}
function buildTree(program) {
  const top = program.body[0];
  const root = { kind: "map", entries: /* @__PURE__ */ new Map(), implicit: false, region: regionOf(program.loc) };
  for (const node of top.body) {
    if (node.type === "TOMLKeyValue") addKeyValue(root, node);
    else addTable(root, node);
  }
  return root;
}
function addTable(root, table) {
  const parts = table.key.keys;
  const last = parts[parts.length - 1];
  if (!last) return;
  let parent = root;
  for (const part of parts.slice(0, -1)) parent = descend(parent, part, regionOf(table.loc));
  const name = keyName(last);
  const keyRegion = regionOf(last.loc);
  let target;
  if (table.kind === "array") {
    let seq = parent.entries.get(name);
    if (seq?.kind !== "seq") {
      seq = { kind: "seq", items: [], region: regionOf(table.loc), keyRegion };
      parent.entries.set(name, seq);
    }
    target = { kind: "map", entries: /* @__PURE__ */ new Map(), implicit: false, region: regionOf(table.loc), keyRegion };
    seq.items.push(target);
  } else {
    const existing = parent.entries.get(name);
    if (existing?.kind === "map") {
      target = existing;
      if (target.implicit) Object.assign(target, { implicit: false, region: regionOf(table.loc), keyRegion });
    } else {
      target = { kind: "map", entries: /* @__PURE__ */ new Map(), implicit: false, region: regionOf(table.loc), keyRegion };
      parent.entries.set(name, target);
    }
  }
  for (const keyValue of table.body) addKeyValue(target, keyValue);
}
function descend(parent, part, region) {
  const name = keyName(part);
  const existing = parent.entries.get(name);
  if (existing?.kind === "map") return existing;
  if (existing?.kind === "seq") {
    const last = existing.items[existing.items.length - 1];
    if (last?.kind === "map") return last;
  }
  const created = {
    kind: "map",
    entries: /* @__PURE__ */ new Map(),
    implicit: true,
    region,
    keyRegion: regionOf(part.loc)
  };
  parent.entries.set(name, created);
  return created;
}
function addKeyValue(table, keyValue) {
  const parts = keyValue.key.keys;
  const last = parts[parts.length - 1];
  if (!last) return;
  let parent = table;
  for (const part of parts.slice(0, -1)) parent = descend(parent, part, regionOf(keyValue.loc));
  const value = valueOf(keyValue.value);
  value.keyRegion = regionOf(last.loc);
  parent.entries.set(keyName(last), value);
}
function valueOf(node) {
  const region = regionOf(node.loc);
  switch (node.type) {
    case "TOMLArray":
      return { kind: "seq", items: node.elements.map(valueOf), region };
    case "TOMLInlineTable": {
      const map = { kind: "map", entries: /* @__PURE__ */ new Map(), implicit: false, region };
      for (const keyValue of node.body) addKeyValue(map, keyValue);
      return map;
    }
    default:
      return { kind: "scalar", value: scalarOf(node), region };
  }
}
function scalarOf(node) {
  switch (node.kind) {
    case "string":
    case "integer":
    case "float":
    case "boolean":
      return node.value;
    default:
      return node.datetime;
  }
}
function keyName(part) {
  return part.type === "TOMLBare" ? part.name : part.value;
}
function regionOf(loc) {
  return {
    startLine: loc.start.line,
    startColumn: loc.start.column + 1,
    endLine: loc.end.line,
    endColumn: loc.end.column + 1
  };
}

// src/targets/registry-config/loopback-host.ts
function isLoopbackHost(value) {
  const host = hostOf(value);
  if (host === void 0) return false;
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  const cidr = /^(.*)\/(\d{1,3})$/.exec(host);
  if (cidr) return isLoopbackCidr(cidr[1], Number(cidr[2]));
  return isLoopbackIp(host);
}
function hostOf(value) {
  let rest = value.trim().toLowerCase().replace(/^[a-z][a-z0-9+.-]*:\/\//, "");
  if (/^\d[\d.]*\/\d+$/.test(rest) || /^[0-9a-f:]+\/\d+$/.test(rest)) return rest;
  rest = rest.replace(/[/?#].*$/s, "").replace(/^.*@/s, "");
  const bracketed = /^\[([^\]]*)\](?::\d*)?$/.exec(rest);
  if (bracketed) return bracketed[1];
  if (/^[0-9a-f:]+$/.test(rest) && rest.split(":").length > 2) return rest;
  const host = rest.replace(/:\d*$/, "");
  return host || void 0;
}
function isLoopbackIp(host) {
  if (/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)) return true;
  return isIpv6Loopback(host);
}
function isLoopbackCidr(base, bits) {
  if (/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(base)) return bits >= 8 && bits <= 32;
  return isIpv6Loopback(base) && bits === 128;
}
function isIpv6Loopback(host) {
  if (!/^[0-9a-f:]+$/.test(host) || !host.includes(":")) return false;
  const halves = host.split("::");
  if (halves.length > 2) return false;
  const groups = (part) => part ? part.split(":") : [];
  const head = groups(halves[0]);
  const tail = groups(halves[1]);
  const missing = halves.length === 2 ? 8 - head.length - tail.length : 0;
  if (missing < 0 || halves.length === 1 && head.length !== 8) return false;
  const all = [...head, ...Array(missing).fill("0"), ...tail];
  if (all.length !== 8 || all.some((g) => g.length === 0 || g.length > 4)) return false;
  return all.every((g, i) => parseInt(g, 16) === (i === 7 ? 1 : 0));
}

// src/targets/registry-config/path-segments.ts
function baseName(path) {
  return path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
}
function pathSegments(path) {
  return path.split(/[\\/]+/).filter((segment) => segment !== "" && segment !== ".");
}

// src/targets/registry-config/registry-hosts.ts
function registryHostOf(value) {
  const withoutScheme = value.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, "");
  const authority = withoutScheme.split(/[/?#]/, 1)[0] ?? "";
  return authority.slice(authority.lastIndexOf("@") + 1);
}
function isPlainHttpUrl(value) {
  return /^http:\/\//i.test(value.trim());
}
function redactUserinfo(value) {
  return value.replace(USERINFO, (whole, before, user, password) => {
    if (whole.includes("\u2026")) return whole;
    return password === void 0 ? `${before}${redactSecret(user)}@` : `${before}${user}:${redactSecret(password)}@`;
  });
}
var USERINFO = /(^|["'\s]|:\/\/)([^\s"'/@:?#]*)(?::([^\s"'/]*))?@/g;

// src/targets/registry-config/containerd-config.ts
var REGISTRY_TABLES = [
  ["plugins", "cri", "registry"],
  ["plugins", "io.containerd.grpc.v1.cri", "registry"],
  ["plugins", "io.containerd.cri.v1.images", "registry"]
];
var PLUGIN_TABLE = /^[ \t]*\[?[ \t]*plugins[ \t]*\.[ \t]*(?:cri\b|["']io\.containerd\.)/m;
var PLUGINS_HEADER = /^[ \t]*\[[ \t]*plugins[ \t]*\][ \t]*(?:#.*)?$/m;
var PLUGIN_KEY = /^[ \t]*(?:cri|["']io\.containerd\.[^"'\n]*["'])[ \t]*[.=]/m;
var CRI_REGISTRY_TABLE = /^[ \t]*\[[ \t]*plugins[ \t]*\.[ \t]*(?:cri|["']io\.containerd\.(?:grpc\.v1\.cri|cri\.v1\.images)["'])[ \t]*\.[ \t]*registry\b/m;
var containerdFormat = {
  format: "containerd",
  matches(path, text) {
    const name = baseName(path).toLowerCase();
    const named = name === "config.toml" || name.endsWith(".toml") && pathSegments(path).some((segment) => /containerd/i.test(segment));
    return named && hasContainerdPlugins(text) || name.endsWith(".toml") && CRI_REGISTRY_TABLE.test(text);
  },
  parse(text) {
    const root = parseToml(text);
    const document = {
      format: "containerd",
      text,
      insecureEndpoints: [],
      listeners: [],
      credentials: [],
      trustWeaknesses: []
    };
    for (const path of REGISTRY_TABLES) {
      const registry = root.at(...path);
      if (registry?.kind === "map") readRegistryTable(registry, document);
    }
    return document;
  }
};
function hasContainerdPlugins(text) {
  return PLUGIN_TABLE.test(text) || PLUGINS_HEADER.test(text) && PLUGIN_KEY.test(text);
}
var CONTAINERD_DIALECT = {
  secretAuthKeys: ["password", "auth", "identitytoken"],
  configsAreOwn: false,
  isTrue: (node) => node.isTrue
};
var EVERY_REGISTRY = "*";
function readRegistryTable(registry, document, dialect = CONTAINERD_DIALECT) {
  const mirrors = registry.get("mirrors")?.entries() ?? [];
  const configs = registry.get("configs")?.entries() ?? [];
  const configured = [...mirrors, ...dialect.configsAreOwn ? configs : []].map(([name]) => name).filter((name) => name !== EVERY_REGISTRY);
  if (configured.length)
    document.configuredRegistries = [...document.configuredRegistries ?? [], ...configured];
  for (const [namespace, mirror] of mirrors) {
    for (const endpoint of stringsOf(mirror.get("endpoint"))) {
      const url = endpoint.text ?? "";
      if (!isPlainHttpUrl(url)) continue;
      const host = registryHostOf(url);
      document.insecureEndpoints.push({
        setting: "plain-http",
        registry: host,
        ...namespace !== host ? { mirrorOf: namespace } : {},
        key: "endpoint",
        region: endpoint.region,
        lowRisk: isLoopbackHost(host),
        ...namespace === EVERY_REGISTRY ? { fallback: "endpoint" } : {}
      });
    }
  }
  const mirroredBy = (host) => mirrors.flatMap(
    ([namespace, mirror]) => namespace !== host && stringsOf(mirror.get("endpoint")).some((e) => registryHostOf(e.text ?? "") === host) ? [namespace] : []
  );
  for (const [host, config] of configs) {
    const skip = config.at("tls", "insecure_skip_verify");
    if (skip && dialect.isTrue(skip)) {
      const endpoint = {
        setting: "skip-verify",
        registry: host,
        key: "insecure_skip_verify",
        region: skip.reportRegion,
        lowRisk: isLoopbackHost(host),
        ...host === EVERY_REGISTRY ? { fallback: "endpoint" } : {}
      };
      const namespaces = mirroredBy(host);
      if (namespaces.length === 0) document.insecureEndpoints.push(endpoint);
      for (const namespace of namespaces)
        document.insecureEndpoints.push({
          ...endpoint,
          mirrorOf: namespace,
          ...namespace === EVERY_REGISTRY ? { fallback: "mirror" } : {}
        });
    }
    readCredentials(host, config.get("auth"), document, dialect);
  }
  for (const [url, auth] of registry.get("auths")?.entries() ?? [])
    readCredentials(registryHostOf(url), auth, document, dialect);
}
function stringsOf(node) {
  if (!node) return [];
  if (node.kind === "scalar") return typeof node.scalar === "string" ? [node] : [];
  return node.items().filter((item) => typeof item.scalar === "string");
}
function readCredentials(registry, auth, document, dialect) {
  for (const key of dialect.secretAuthKeys) {
    const field = auth?.get(key);
    const value = field?.scalar;
    if (field && typeof value === "string" && value.trim())
      document.credentials.push({ registry, key, value, region: field.reportRegion });
  }
}

// src/targets/registry-patterns.ts
function normaliseRegistryPattern(value) {
  const host = value.trim().toLowerCase().replace(/^[a-z]+:\/\//, "").replace(/\/+$/, "");
  return /^(index\.docker\.io|registry-1\.docker\.io)(\/|$)/.test(host) ? host.replace(/^[^/]+/, "docker.io") : host;
}
function isUnderRegistryPrefix(reference, prefix) {
  const slash = prefix.indexOf("/");
  const host = slash === -1 ? prefix : prefix.slice(0, slash);
  const path = slash === -1 ? "" : prefix.slice(slash + 1);
  const registry = reference.registry.toLowerCase();
  const hostMatches = host.startsWith("*.") ? registry.endsWith(host.slice(1)) : registry === host;
  if (!hostMatches) return false;
  const repository = reference.repository.toLowerCase();
  return path === "" || repository === path || repository.startsWith(`${path}/`);
}

// src/targets/registry-config/containerd-hosts.ts
var HOSTS_KEYS = /^[ \t]*(?:server[ \t]*=|\[[ \t]*host[ \t]*\.|skip_verify[ \t]*=|capabilities[ \t]*=)/m;
var containerdHostsFormat = {
  format: "containerd-hosts",
  matches(path, text) {
    if (baseName(path).toLowerCase() !== "hosts.toml") return false;
    return pathSegments(path).some((segment) => segment.toLowerCase() === "certs.d") || HOSTS_KEYS.test(text);
  },
  parse(text, path) {
    const root = parseToml(text);
    const namespace = namespaceOf(path);
    const isDefault = hostsDirectoryOf(path) === DEFAULT_DIRECTORY;
    const document = {
      format: "containerd-hosts",
      text,
      insecureEndpoints: [],
      listeners: [],
      credentials: [],
      trustWeaknesses: []
    };
    const server = root.get("server");
    const serverUrl = typeof server?.scalar === "string" ? server.scalar : void 0;
    const serverHost = serverUrl ? registryHostOf(serverUrl) : void 0;
    const upstream = serverHost || namespace || "*";
    if (server && serverUrl && isPlainHttpUrl(serverUrl))
      document.insecureEndpoints.push(
        endpointFor("plain-http", upstream, namespace, "server", server, root, true)
      );
    readAuthorizationHeaders(root, upstream, document);
    const rootSkip = root.get("skip_verify");
    if (rootSkip?.isTrue)
      document.insecureEndpoints.push(
        endpointFor("skip-verify", upstream, namespace, "skip_verify", rootSkip, root, true)
      );
    for (const [url, host] of root.get("host")?.entries() ?? []) {
      if (host.kind !== "map") continue;
      const registry = registryHostOf(url);
      if (isPlainHttpUrl(url))
        document.insecureEndpoints.push(
          endpointFor("plain-http", registry, namespace, `host."${redactUserinfo(url)}"`, host, host, false)
        );
      readAuthorizationHeaders(host, registry, document);
      const skip = host.get("skip_verify");
      if (skip?.isTrue)
        document.insecureEndpoints.push(
          endpointFor("skip-verify", registry, namespace, "skip_verify", skip, host, false)
        );
    }
    if (isDefault) for (const endpoint of document.insecureEndpoints) endpoint.fallback = "endpoint";
    return document;
  }
};
function readAuthorizationHeaders(table, registry, document) {
  for (const [name, value] of table.get("header")?.entries() ?? []) {
    if (name.toLowerCase() !== "authorization") continue;
    const values = value.kind === "scalar" ? [value] : value.items();
    for (const item of values)
      if (typeof item.scalar === "string" && item.scalar.trim())
        document.credentials.push({ registry, key: name, value: item.scalar, region: item.reportRegion });
  }
}
var DEFAULT_DIRECTORY = "_default";
function hostsDirectoryOf(path) {
  const segments = pathSegments(path);
  return segments[segments.length - 2];
}
function registryOfHostsDirectory(directory) {
  const port = /^(.+)_(\d+)_$/.exec(directory);
  return port ? `${port[1]}:${port[2]}` : directory;
}
function registriesWithOwnHostsDirectory(path, files) {
  const posixPath = path.replace(/\\/g, "/");
  const directoryStart = posixPath.lastIndexOf("/", posixPath.lastIndexOf("/") - 1) + 1;
  const root = posixPath.slice(0, directoryStart);
  let byRoot = OWN_DIRECTORIES.get(files);
  if (!byRoot) OWN_DIRECTORIES.set(files, byRoot = /* @__PURE__ */ new Map());
  let registries = byRoot.get(root);
  if (registries) return registries;
  registries = /* @__PURE__ */ new Set();
  for (const file of files) {
    if (!file.startsWith(root)) continue;
    const slash = file.indexOf("/", root.length);
    const directory = file.slice(root.length, slash);
    if (slash > root.length && directory !== DEFAULT_DIRECTORY)
      registries.add(normaliseRegistryPattern(registryOfHostsDirectory(directory)));
  }
  byRoot.set(root, registries);
  return registries;
}
var OWN_DIRECTORIES = /* @__PURE__ */ new WeakMap();
function namespaceOf(path) {
  const segments = pathSegments(path);
  const directory = segments[segments.length - 2];
  if (!directory) return void 0;
  const underCertsDir = segments[segments.length - 3]?.toLowerCase() === "certs.d";
  if (directory === DEFAULT_DIRECTORY) return "*";
  const registry = registryOfHostsDirectory(directory);
  if (registry !== directory || underCertsDir || /[.:]/.test(directory) || directory.toLowerCase() === "localhost")
    return registry;
  return void 0;
}
function endpointFor(setting, registry, namespace, key, at, hostTable, upstream) {
  const capabilities = hostTable.get("capabilities")?.strings().map((capability) => (capability.text ?? "").toLowerCase());
  const pullOnly = !!capabilities?.length && capabilities.every((capability) => capability === "pull");
  const resolves = !capabilities?.length || capabilities.includes("resolve");
  const mirrors = namespace !== void 0 && namespace !== registry;
  return {
    setting,
    registry,
    ...mirrors ? { mirrorOf: namespace } : {},
    ...mirrors && !resolves ? { resolvesTags: false } : {},
    ...mirrors && upstream ? { upstream: true } : {},
    key,
    region: at.reportRegion,
    lowRisk: isLoopbackHost(registry) || pullOnly
  };
}

// src/targets/yaml/repair-flow-indentation.ts
var MAX_VISITED_NODES = 2e5;
function repairFlowIndentation(text, documents, lineOf) {
  const edits = /* @__PURE__ */ new Map();
  for (const span of cutSpans(text, documents)) {
    const lineStart = text.lastIndexOf("\n", span.start - 1) + 1;
    const width = span.start - lineStart + 1;
    for (let nl = text.indexOf("\n", span.start); nl >= 0 && nl < span.end; nl = text.indexOf("\n", nl + 1))
      edits.set(nl + 1, Math.max(edits.get(nl + 1) ?? 0, width));
  }
  if (!edits.size) return void 0;
  const shifts = /* @__PURE__ */ new Map();
  const parts = [];
  let copied = 0;
  for (const start of [...edits.keys()].sort((a, b) => a - b)) {
    let end = start;
    while (text[end] === " " || text[end] === "	") end++;
    const width = edits.get(start) ?? 0;
    if (!text.slice(start, end).includes("	") && end - start >= width) continue;
    parts.push(text.slice(copied, start), " ".repeat(width));
    copied = end;
    shifts.set(lineOf(start), width - (end - start));
  }
  if (!shifts.size) return void 0;
  parts.push(text.slice(copied));
  return { text: parts.join(""), shifts };
}
function cutSpans(text, documents) {
  const spans = [];
  const stack = documents.map((d) => d.contents);
  for (let visited = 0; stack.length && visited < MAX_VISITED_NODES; visited++) {
    const node = stack.pop();
    if (isPair(node)) {
      stack.push(node.key, node.value);
      continue;
    }
    if (!isScalar(node) && !isMap(node) && !isSeq(node)) continue;
    const range = node.range;
    if (isScalar(node) && range && (node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE")) {
      const end = closingQuote(text, range[0]);
      if (end >= range[1]) spans.push({ start: range[0], end });
    }
    if ((isMap(node) || isSeq(node)) && node.flow && range) {
      const end = closingBracket(text, range[0]);
      if (end >= range[1]) spans.push({ start: range[0], end });
    }
    if (isMap(node) || isSeq(node)) for (const item of node.items) stack.push(item);
  }
  return spans;
}
function closingQuote(text, start) {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\n" && isDocumentMarker(text, i + 1)) return -1;
    if (quote === '"' && ch === "\\") i++;
    else if (ch === quote) {
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}
function closingBracket(text, start) {
  let depth = 0;
  let previous = "";
  for (let i = start; i < text.length; i++) {
    if (text[i] === "#" && /\s/.test(text[i - 1] ?? " ")) {
      i = text.indexOf("\n", i);
      if (i < 0) return -1;
    }
    const ch = text[i] ?? "";
    if (ch === "\n" && isDocumentMarker(text, i + 1)) return -1;
    if ((ch === '"' || ch === "'") && "[{,:?".includes(previous)) {
      i = closingQuote(text, i);
      if (i < 0) return -1;
    } else if (ch === "[" || ch === "{") depth++;
    else if (ch === "]" || ch === "}") {
      depth--;
      if (depth === 0) return i;
    }
    if (!/\s/.test(ch)) previous = ch === '"' || ch === "'" ? "x" : ch;
  }
  return -1;
}
function isDocumentMarker(text, offset) {
  return /^(---|\.\.\.)([ \t\r\n]|$)/.test(text.slice(offset, offset + 4));
}

// src/targets/yaml/scalar-offsets.ts
function scalarValueOffsets(source, type, value) {
  const traced = type === "BLOCK_LITERAL" || type === "BLOCK_FOLDED" ? blockScalar(source, type === "BLOCK_FOLDED", value) : flowScalar(source, type);
  return traced && matches(traced, value) ? traced.offsets.slice(0, value.length) : void 0;
}
function emit(traced, text, offset) {
  for (const char of text.split("")) {
    traced.text.push(char);
    traced.offsets.push(offset);
  }
}
function sourceLines(source) {
  const lines = [];
  let start = 0;
  for (; ; ) {
    const end = source.indexOf("\n", start);
    const line = source.slice(start, end < 0 ? void 0 : end);
    lines.push({ start, text: line.endsWith("\r") ? line.slice(0, -1) : line });
    if (end < 0) return lines;
    start = end + 1;
  }
}
function leadingSpaces(text) {
  let count = 0;
  while (text[count] === " ") count++;
  return count;
}
function blockScalar(source, folded, value) {
  const lines = sourceLines(source).slice(1);
  const first = lines.find((line) => /[^ ]/.test(line.text));
  const valueFirst = value.split("\n").find((line) => /[^ ]/.test(line)) ?? "";
  const indent = first ? leadingSpaces(first.text) - leadingSpaces(valueFirst) : Math.max(0, ...lines.map((line) => line.text.length));
  return indent < 0 ? void 0 : rebuildBlock(lines, indent, folded);
}
function matches(traced, value) {
  if (traced.text.length < value.length) return false;
  for (let i = 0; i < value.length; i++) if (traced.text[i] !== value[i]) return false;
  return true;
}
function rebuildBlock(lines, indent, folded) {
  const traced = { text: [], offsets: [] };
  const content = lines.map((line) => ({
    // An empty line may be shorter than the indentation: its offset stays on it.
    start: line.start + Math.min(indent, line.text.length),
    end: line.start + line.text.length,
    text: line.text.length > indent ? line.text.slice(indent) : ""
  }));
  if (folded) return foldedScalar(traced, content);
  content.forEach((line, index) => {
    for (let i = 0; i < line.text.length; i++) emit(traced, line.text[i], line.start + i);
    if (index < content.length - 1) emit(traced, "\n", line.end);
  });
  return traced;
}
function foldedScalar(traced, content) {
  let index = 0;
  for (; index < content.length && content[index]?.text === ""; index++)
    emit(traced, "\n", content[index]?.start ?? 0);
  while (index < content.length) {
    const line = content[index];
    for (let i = 0; i < line.text.length; i++) emit(traced, line.text[i], line.start + i);
    let next = index + 1;
    while (next < content.length && content[next]?.text === "") next++;
    const empty = next - index - 1;
    const following = content[next];
    const folds = following !== void 0 && !/^[ \t]/.test(line.text) && !/^[ \t]/.test(following.text);
    if (folds && empty === 0) emit(traced, " ", line.end);
    else {
      if (!folds) emit(traced, "\n", line.end);
      for (let e = index + 1; e < next; e++) emit(traced, "\n", content[e]?.start ?? line.end);
    }
    index = next;
  }
  return traced;
}
var ESCAPES = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  t: "	",
  "	": "	",
  n: "\n",
  v: "\v",
  f: "\f",
  r: "\r",
  e: "\x1B",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  N: "\x85",
  _: "\xA0",
  L: "\u2028",
  P: "\u2029"
};
var HEX_DIGITS = { x: 2, u: 4, U: 8 };
function flowScalar(source, type) {
  const traced = { text: [], offsets: [] };
  const quote = type === "QUOTE_DOUBLE" ? '"' : type === "QUOTE_SINGLE" ? "'" : "";
  let i = quote ? 1 : 0;
  const end = quote ? source.lastIndexOf(quote) : source.length;
  if (end < i) return void 0;
  while (i < end) {
    const char = source[i];
    if (char === "\n" || char === "\r") {
      i = fold(source, i, end, traced, false);
    } else if (char === " " || char === "	") {
      let run = i;
      while (run < end && (source[run] === " " || source[run] === "	")) run++;
      if (run < end && (source[run] === "\n" || source[run] === "\r")) i = run;
      else for (; i < run; i++) emit(traced, source[i], i);
    } else if (quote === '"' && char === "\\") {
      const next = source[i + 1] ?? "";
      if (next === "\n" || next === "\r") {
        i = fold(source, i + 1, end, traced, true);
      } else if (next in HEX_DIGITS) {
        const digits = source.slice(i + 2, i + 2 + HEX_DIGITS[next]);
        if (!/^[0-9a-fA-F]+$/.test(digits) || digits.length !== HEX_DIGITS[next]) return void 0;
        emit(traced, String.fromCodePoint(parseInt(digits, 16)), i);
        i += 2 + digits.length;
      } else if (next in ESCAPES) {
        emit(traced, ESCAPES[next], i);
        i += 2;
      } else return void 0;
    } else if (quote === "'" && char === "'" && source[i + 1] === "'") {
      emit(traced, "'", i);
      i += 2;
    } else {
      emit(traced, char, i);
      i++;
    }
  }
  return traced;
}
function fold(source, at, end, traced, escaped) {
  let i = at + (source[at] === "\r" && source[at + 1] === "\n" ? 2 : 1);
  let empty = 0;
  for (; ; ) {
    let run = i;
    while (run < end && (source[run] === " " || source[run] === "	")) run++;
    if (run < end && (source[run] === "\n" || source[run] === "\r")) {
      emit(traced, "\n", run);
      empty++;
      i = run + (source[run] === "\r" && source[run + 1] === "\n" ? 2 : 1);
      continue;
    }
    i = run;
    break;
  }
  if (empty === 0 && !escaped) emit(traced, " ", at);
  return i;
}

// src/targets/yaml/yaml-node.ts
var MAX_HOPS = 8;
var MAX_MERGED_MAPS = 256;
var YamlNode = class _YamlNode {
  constructor(node, context, keyRegion) {
    this.node = node;
    this.context = context;
    this.keyRegion = keyRegion;
  }
  node;
  context;
  keyRegion;
  /** The root of a parsed document. */
  static forDocument(document, source) {
    return new _YamlNode(document.contents, { ...source, document });
  }
  get kind() {
    const node = this.resolved;
    if (isMap(node)) return "map";
    if (isSeq(node)) return "seq";
    if (isScalar(node) && node.value !== null) return "scalar";
    return "null";
  }
  /** The value's region (for a missing value: the key's). */
  get region() {
    const range = this.node?.range;
    if (!range) return this.keyRegion ?? { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
    return this.toRegion(range[0], range[1]);
  }
  /** The line a finding about this field is reported on. */
  get line() {
    return (this.keyRegion ?? this.region).startLine;
  }
  /** The key's region when there is a key, else the node's: where findings go. */
  get reportRegion() {
    return this.keyRegion ?? this.region;
  }
  /**
   * A mapping entry by key (string keys only). A repeated key's last value wins, as when go-yaml
   * decodes into a map (`sigs.k8s.io/yaml`). Merge keys (`<<: *base`, `<<: [*a, *b]`) are resolved
   * as Kubernetes' and Compose's go-yaml do (https://yaml.org/type/merge.html): an explicit key wins
   * over a merged one, an earlier mapping in the list over a later one. A merged value keeps its own
   * position: where it is written, inside the anchor.
   */
  get(key) {
    const node = this.resolved;
    if (!isMap(node)) return void 0;
    let found;
    let merges = false;
    for (const pair of node.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      if (isMergeKey(pair)) merges = true;
      else if (String(pair.key.value) === key) found = pair;
    }
    if (!found && merges) found = effectivePairs(node, this.context.document, 0, { maps: 0 }).get(key);
    return found ? this.child(found.value, found.key) : void 0;
  }
  /** A nested entry: `at('spec', 'template', 'spec')`. */
  at(...path) {
    const [first, ...rest] = path;
    if (first === void 0) return this;
    const next = this.get(first);
    return rest.length ? next?.at(...rest) : next;
  }
  /** Mapping entries (string keys only): explicit keys in source order, each once, then merged ones (see {@link get}). */
  entries() {
    const node = this.resolved;
    if (!isMap(node)) return [];
    const pairs = effectivePairs(node, this.context.document, 0, { maps: 0 });
    return [...pairs].map(([key, pair]) => [key, this.child(pair.value, pair.key)]);
  }
  /** Sequence items. */
  items() {
    const node = this.resolved;
    return isSeq(node) ? node.items.map((item) => this.child(item, void 0)) : [];
  }
  /**
   * Forgets these entries of this mapping (its own, not merged ones) to free memory: for parts of a
   * document no rule reads, such as a CustomResourceDefinition's schema.
   */
  dropEntries(keys) {
    const node = this.resolved;
    if (!isMap(node)) return;
    node.items = node.items.filter((pair) => !(isScalar(pair.key) && keys.includes(String(pair.key.value))));
  }
  /** The scalar value as parsed (string, number, boolean); undefined for maps, sequences and null. */
  get scalar() {
    const node = this.resolved;
    if (!isScalar(node)) return void 0;
    const value = node.value;
    return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : void 0;
  }
  /** The scalar as a string (numbers and booleans as written). */
  get text() {
    const value = this.scalar;
    return value === void 0 ? void 0 : String(value);
  }
  /** True only for a YAML boolean `true` (a quoted "true" string is not: the API server rejects it). */
  get isTrue() {
    return this.scalar === true;
  }
  /**
   * The scalar's source text exactly as written, quotes included (BH608 needs it); for a block
   * scalar, its lines after the `|`/`>` header.
   */
  get raw() {
    const node = this.resolved;
    if (!isScalar(node) || !node.range) return void 0;
    const { text } = this.context;
    let [start] = node.range;
    const end = node.range[1];
    if (node.type === "BLOCK_FOLDED" || node.type === "BLOCK_LITERAL") {
      const newline = text.indexOf("\n", start);
      start = newline < 0 || newline >= end ? end : newline + 1;
    }
    return text.slice(start, end);
  }
  /**
   * For a string scalar, the 1-based file position of each character of its value, by index (past the
   * end: after the last one): where a text embedded in YAML (a Compose `dockerfile_inline`) has its
   * lines. Undefined when the value cannot be traced through its indentation, folding and escapes.
   */
  valuePositions() {
    const node = this.resolved;
    if (!isScalar(node) || typeof node.value !== "string" || !node.range) return void 0;
    const start = node.range[0];
    const offsets = scalarValueOffsets(this.context.text.slice(start, node.range[1]), node.type, node.value);
    if (!offsets) return void 0;
    const { position } = this.context;
    return (index) => {
      const last = offsets.length - 1;
      if (last < 0) return position(start);
      if (index <= last) return position(start + offsets[Math.max(0, index)]);
      const after = position(start + offsets[last]);
      return { line: after.line, col: after.col + 1 };
    };
  }
  get style() {
    const node = this.resolved;
    if (!isScalar(node)) return void 0;
    switch (node.type) {
      case "QUOTE_DOUBLE":
        return "double";
      case "QUOTE_SINGLE":
        return "single";
      case "BLOCK_FOLDED":
      case "BLOCK_LITERAL":
        return "block";
      default:
        return "plain";
    }
  }
  /**
   * Whether an edit of this node's text changes this node only: the document has no anchors or
   * aliases (an anchored value is shared by every alias of it) and the node was not reached through one.
   */
  get editable() {
    return !isAlias(this.node) && !hasSharedNodes(this.context.document);
  }
  /** A mapping or sequence written in flow style (`{\u2026}`, `[\u2026]`). */
  get isFlow() {
    const node = this.resolved;
    return (isMap(node) || isSeq(node)) && node.flow === true;
  }
  /** The file's own text, for edits that work on whole lines. */
  get sourceText() {
    return this.context.original;
  }
  /** Plain JavaScript value (aliases resolved, bounded by the document's alias limit). */
  toJS() {
    const node = this.resolved;
    try {
      return node && "toJS" in node ? node.toJS(this.context.document) : null;
    } catch {
      return void 0;
    }
  }
  get resolved() {
    return resolveAlias(this.node, this.context.document);
  }
  child(node, key) {
    const range = key?.range;
    return new _YamlNode(node, this.context, range ? this.toRegion(range[0], range[1]) : void 0);
  }
  toRegion(start, end) {
    const from = this.context.position(start);
    const to = this.context.position(Math.max(start, end));
    return { startLine: from.line, startColumn: from.col, endLine: to.line, endColumn: to.col };
  }
};
var SHARED = /* @__PURE__ */ new WeakMap();
function hasSharedNodes(document) {
  let shared = SHARED.get(document);
  if (shared === void 0) {
    shared = false;
    visit(document, (_key, node) => {
      if (isAlias(node) || isNode(node) && node.anchor) {
        shared = true;
        return visit.BREAK;
      }
      return void 0;
    });
    SHARED.set(document, shared);
  }
  return shared;
}
function resolveAlias(node, document) {
  let current = node;
  for (let hops = 0; isAlias(current) && hops < MAX_HOPS; hops++)
    current = current.resolve(document);
  return current;
}
function isMergeKey(pair) {
  return isScalar(pair.key) && pair.key.value === "<<" && pair.key.type === "PLAIN";
}
function effectivePairs(map, document, depth, budget) {
  const pairs = /* @__PURE__ */ new Map();
  const merged = [];
  for (const pair of map.items) {
    if (!isPair(pair) || !isScalar(pair.key)) continue;
    if (isMergeKey(pair)) {
      merged.push(pair.value);
      continue;
    }
    const key = String(pair.key.value);
    pairs.delete(key);
    pairs.set(key, pair);
  }
  if (depth >= MAX_HOPS) return pairs;
  for (const value of merged) {
    const target = resolveAlias(value, document);
    const sources = isSeq(target) ? target.items.map((item) => resolveAlias(item, document)) : [target];
    for (const source of sources) {
      if (!isMap(source) || ++budget.maps > MAX_MERGED_MAPS) continue;
      for (const [key, pair] of effectivePairs(source, document, depth + 1, budget))
        if (!pairs.has(key)) pairs.set(key, pair);
    }
  }
  return pairs;
}

// src/targets/yaml/parse-yaml-documents.ts
var OPTIONS = {
  // Kubernetes (`sigs.k8s.io/yaml`) and Compose (compose-go) decode into maps: a repeated key is not
  // a parse error there (the last one wins, see YamlNode.get).
  uniqueKeys: false,
  prettyErrors: false,
  // `strict` stays on: turning it off would also accept implicit keys over 1024 characters, which
  // libyaml rejects; the one strict check libyaml does not make is dropped in isToleratedError.
  // The version stays 1.2 (the default): Compose's go-yaml v3 reads `yes`/`on` as strings.
  // Source tokens double the memory of a tree; YamlNode.raw slices the text instead.
  keepSourceTokens: false
};
var LIMITS = { maxDocumentTokens: 12e5, maxKeptNodes: 2e6 };
var MIN_REPAIR_ROUNDS = 4;
var MAX_REPAIR_ROUNDS = 64;
var MAX_REPAIR_TEXT = 16 * 1024 * 1024;
function mayRepairAgain(round, length) {
  return round < MIN_REPAIR_ROUNDS || round < MAX_REPAIR_ROUNDS && (round + 2) * length <= MAX_REPAIR_TEXT;
}
function parseYamlDocuments(text, options2 = {}) {
  const limits = options2.limits ?? LIMITS;
  const largest = countDocumentTokens(text, limits.maxDocumentTokens);
  if (largest > limits.maxDocumentTokens)
    return tooLarge(
      `its largest YAML document is too dense (about ${millions(largest)} syntax tokens; at most ${millions(limits.maxDocumentTokens)} per document)`
    );
  const whole = parseRepaired(text, options2, {
    file: text,
    lineOffset: 0,
    beforeMarker: false,
    firstIndex: 0,
    keptBefore: 0
  });
  if (whole.tooLarge) return tooLarge(whole.tooLarge);
  const chunks = whole.parsed.errors.length ? documentChunks(text) : [];
  if (chunks.length < 2) return whole.parsed;
  const parsed = { documents: [], errors: [] };
  let kept = 0;
  for (const chunk of chunks) {
    const part = parseRepaired(chunk.text, options2, {
      file: text,
      lineOffset: chunk.line - 1,
      beforeMarker: chunk !== chunks[chunks.length - 1],
      firstIndex: parsed.documents.length,
      keptBefore: kept
    });
    if (part.tooLarge) return tooLarge(part.tooLarge);
    kept = part.kept;
    parsed.documents.push(...part.parsed.documents);
    parsed.errors.push(...part.parsed.errors);
  }
  return parsed;
}
function parseRepaired(text, options2, part) {
  const first = parseOnce(text, /* @__PURE__ */ new Map(), options2, true, part);
  if (first.tooLarge || !first.errors.length) return { ...first, source: text };
  let source = text;
  let shifts = /* @__PURE__ */ new Map();
  let { trees, lines } = first;
  for (let round = 0; mayRepairAgain(round, part.file.length); round++) {
    const repaired = repairFlowIndentation(source, trees, (offset) => lineAt(lines, source, offset));
    if (!repaired) break;
    source = repaired.text;
    shifts = addShifts(shifts, repaired.shifts);
    const next = parseOnce(source, shifts, options2, mayRepairAgain(round + 1, part.file.length), part);
    if (next.tooLarge || !next.errors.length) return { ...next, source };
    ({ trees, lines } = next);
  }
  return { parsed: { documents: first.parsed.documents, errors: first.errors }, kept: first.kept, source };
}
function reindentedYaml(text) {
  return parseRepaired(
    text,
    {},
    { file: text, lineOffset: 0, beforeMarker: false, firstIndex: 0, keptBefore: 0 }
  ).source;
}
function documentChunks(text) {
  const chunks = [];
  let start = 0;
  let line = 1;
  let startLine = 1;
  for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", nl + 1)) {
    line++;
    if (!DOCUMENT_START.test(text.slice(nl + 1, nl + 1 + MAX_MARKER_LINE))) continue;
    chunks.push({ text: text.slice(start, nl + 1), line: startLine });
    start = nl + 1;
    startLine = line;
  }
  chunks.push({ text: text.slice(start), line: startLine });
  return chunks;
}
var DOCUMENT_START = /^---[ \t]*(#[^\n]*)?(\r?\n|$)/;
var MAX_MARKER_LINE = 4096;
function isValidParse(parsed) {
  return !parsed.tooLarge && parsed.errors.length === 0;
}
function parseValidYaml(text, options2 = {}) {
  const parsed = parseYamlDocuments(text, options2);
  if (parsed.tooLarge) throw new InputTooLargeError(parsed.tooLarge);
  if (parsed.errors.length) throw yamlParseError(parsed.errors);
  return parsed.documents;
}
function yamlParseError(errors) {
  const { message, region } = firstOf(errors);
  return new InputParseError(message, region.startLine, region.startColumn);
}
function invalidDocumentProblems(parsed) {
  const byDocument = /* @__PURE__ */ new Map();
  for (const error of parsed.errors) {
    const errors = byDocument.get(error.document) ?? [];
    errors.push(error);
    byDocument.set(error.document, errors);
  }
  return [...byDocument.values()].map(firstOf);
}
function firstOf(errors) {
  const [first] = errors;
  const more = errors.length - 1;
  const others = more ? ` (and ${more} more error${more === 1 ? "" : "s"})` : "";
  return { message: `Invalid YAML: ${first.message}${others}`, region: first.region };
}
function parseOnce(source, shifts, options2, keepTrees, part) {
  const lines = new LineCounter();
  const position = positionIn(lines, shifts, part.lineOffset);
  const errors = [];
  const documents = [];
  const trees = [];
  const composer = new Composer(OPTIONS);
  let index = part.firstIndex;
  let kept = part.keptBefore;
  const { maxKeptNodes } = options2.limits ?? LIMITS;
  for (const document of composer.compose(new Parser(lines.addNewLine).parse(source))) {
    let failed = false;
    for (const error of document.errors) {
      if (isToleratedError(error.code, error.message)) continue;
      failed = true;
      const at = part.beforeMarker ? Math.min(error.pos[0], source.length - 1) : error.pos[0];
      const from = position(at);
      errors.push({
        message: error.message.split("\n")[0] ?? error.message,
        region: { startLine: from.line, startColumn: from.col, endLine: from.line, endColumn: from.col + 1 },
        document: index
      });
    }
    if (failed && keepTrees) trees.push(document);
    const start = position(document.contents?.range?.[0] ?? document.range[0]);
    const yamlDocument = {
      index: index++,
      root: YamlNode.forDocument(document, {
        text: source,
        original: part.file,
        position
      }),
      region: { startLine: start.line, startColumn: 1, endLine: start.line, endColumn: 1 },
      ...failed ? { invalid: true } : {}
    };
    if (!(failed && keepTrees)) options2.onDocument?.(yamlDocument);
    documents.push(yamlDocument);
    kept += countNodes(document, maxKeptNodes - kept + 1);
    if (kept > maxKeptNodes) {
      const tooLarge2 = `its YAML documents hold more than ${maxKeptNodes} values to analyse (at most that per file)`;
      return { parsed: { documents: [], errors: [] }, errors: [], trees: [], lines, kept, tooLarge: tooLarge2 };
    }
  }
  return { parsed: { documents, errors }, errors, trees, lines, kept };
}
function tooLarge(why) {
  return {
    documents: [],
    errors: [],
    tooLarge: `Not analysed: ${why}, more than a scan parses within its memory budget. Split the file into smaller ones to scan it.`
  };
}
function millions(count) {
  return `${(count / 1e6).toFixed(1)} million`;
}
var INDICATORS = new Uint8Array(128);
for (const c of `,:[]{}-"'#?&*!|>`) INDICATORS[c.charCodeAt(0)] = 1;
function countDocumentTokens(text, limit) {
  let largest = 0;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      count++;
      const marker = text.startsWith("---", i + 1) || text.startsWith("...", i + 1);
      if (!marker || !/^[ \t\r\n]?$/.test(text.charAt(i + 4))) continue;
      largest = Math.max(largest, count);
      count = 0;
    } else if (c < 128 && INDICATORS[c]) count++;
    if (count > limit) return count;
  }
  return Math.max(largest, count);
}
function countNodes(document, limit) {
  const stack = [document.contents];
  let count = 0;
  while (stack.length && count < limit) {
    const node = stack.pop();
    if (!node) continue;
    count++;
    if (isPair(node)) stack.push(node.key, node.value);
    else if (isMap(node) || isSeq(node)) for (const item of node.items) stack.push(item);
  }
  return count;
}
function isToleratedError(code, message) {
  return code === "MISSING_CHAR" && message.startsWith("Comments must be separated");
}
function positionIn(lines, shifts, lineOffset) {
  return (offset) => {
    const at = lines.linePos(offset);
    const shift = shifts.get(at.line);
    return { line: at.line + lineOffset, col: shift ? Math.max(1, at.col - shift) : at.col };
  };
}
function lineAt(lines, source, offset) {
  return offset >= source.length ? lines.lineStarts.length : lines.linePos(offset).line;
}
function addShifts(total, added) {
  const sum = new Map(total);
  for (const [line, shift] of added) sum.set(line, (sum.get(line) ?? 0) + shift);
  return sum;
}

// src/targets/registry-config/k3s-registries.ts
var K3S_DIALECT = {
  // wharfie's AuthConfig: `username`, `password`, `auth`, `identity_token`.
  secretAuthKeys: ["password", "auth", "identity_token"],
  configsAreOwn: true,
  isTrue: isYaml11True
};
var YAML11_TRUE = /* @__PURE__ */ new Set(["y", "Y", "yes", "Yes", "YES", "on", "On", "ON"]);
function isYaml11True(node) {
  if (node.isTrue) return true;
  return node instanceof YamlNode && node.style === "plain" && YAML11_TRUE.has(node.text ?? "");
}
var SECTION_KEY = /^(["']?)(?:mirrors|configs)\1[ \t]*:[ \t]*(\{.*|#.*)?\r?$/gm;
var k3sRegistriesFormat = {
  format: "k3s-registries",
  matches(path, text) {
    const name = baseName(path).toLowerCase();
    return (name === "registries.yaml" || name === "registries.yml") && hasTopLevelMapping(text);
  },
  parse(text) {
    const document = {
      format: "k3s-registries",
      text,
      insecureEndpoints: [],
      listeners: [],
      credentials: [],
      trustWeaknesses: []
    };
    const root = parseValidYaml(text)[0]?.root;
    if (root?.kind === "map") readRegistryTable(root, document, K3S_DIALECT);
    return document;
  }
};
function hasTopLevelMapping(text) {
  for (const match of text.matchAll(SECTION_KEY)) {
    if (match[2]?.startsWith("{")) return true;
    if (indentedKeyFollows(text, (match.index ?? 0) + match[0].length)) return true;
  }
  return false;
}
function indentedKeyFollows(text, from) {
  let start = text.indexOf("\n", from) + 1;
  while (start > 0 && start < text.length) {
    const end = text.indexOf("\n", start);
    const line = text.slice(start, end < 0 ? text.length : end);
    const content = line.trim();
    if (content !== "" && !content.startsWith("#"))
      return /^[ \t]/.test(line) && !/^-(?:[ \t]|$)/.test(content) && content.includes(":");
    start = end + 1;
  }
  return false;
}

// src/targets/registry-config/embedded-config.ts
function readEmbeddedConfig(node, path, format, label) {
  const { text, moved } = node.style === "block" ? blockText(node) : flowText(node);
  try {
    const document = format.parse(text, path);
    return {
      ...document,
      insecureEndpoints: document.insecureEndpoints.map((e) => ({ ...e, region: moved(e.region) })),
      listeners: document.listeners.map((l) => ({ ...l, region: moved(l.region) })),
      credentials: document.credentials.map((c) => ({ ...c, region: moved(c.region) })),
      trustWeaknesses: document.trustWeaknesses.map((w) => ({ ...w, region: moved(w.region) })),
      ...document.shortNames ? { shortNames: { ...document.shortNames, region: moved(document.shortNames.region) } } : {}
    };
  } catch (error) {
    if (!(error instanceof InputParseError)) throw error;
    const at = moved({
      startLine: error.line,
      startColumn: error.column,
      endLine: error.line,
      endColumn: error.column
    });
    throw new InputParseError(`${label}: ${error.message}`, at.startLine, at.startColumn);
  }
}
function blockText(node) {
  const lines = (node.raw ?? "").replace(/\r/g, "").split("\n");
  const indent = lines.reduce(
    (least, line) => line.trim() === "" ? least : Math.min(least, line.length - line.trimStart().length),
    Number.POSITIVE_INFINITY
  );
  const shift = Number.isFinite(indent) ? indent : 0;
  const firstLine = node.region.startLine + 1;
  return {
    text: lines.map((line) => line.slice(shift)).join("\n"),
    moved: (region) => ({
      startLine: region.startLine + firstLine - 1,
      startColumn: region.startColumn + shift,
      endLine: region.endLine + firstLine - 1,
      endColumn: region.endColumn + shift
    })
  };
}
function flowText(node) {
  const at = node.region;
  return { text: node.text ?? "", moved: () => at };
}

// src/targets/registry-config/kind-cluster-config.ts
var KIND_API_VERSION = /^kind\.(?:x-k8s|sigs\.k8s)\.io\//;
var KIND_API_LINE = /^["']?apiVersion["']?[ \t]*:[ \t]*["']?kind\.(?:x-k8s|sigs\.k8s)\.io\//m;
var PATCHES_KEY = /^["']?containerdConfigPatches["']?[ \t]*:/m;
var TOP_LEVEL_KIND = /^["']?kind["']?[ \t]*:[ \t]*["']?([A-Za-z0-9]*)/gm;
var kindClusterFormat = {
  format: "kind-cluster",
  matches(path, text) {
    if (!/\.ya?ml$/i.test(path) || !PATCHES_KEY.test(text) || !KIND_API_LINE.test(text)) return false;
    const kinds = [...text.matchAll(TOP_LEVEL_KIND)].map((match) => match[1]);
    return kinds.length > 0 && kinds.every((kind) => kind === "Cluster");
  },
  parse(text, path) {
    const document = {
      format: "kind-cluster",
      text,
      insecureEndpoints: [],
      listeners: [],
      credentials: [],
      trustWeaknesses: []
    };
    for (const { root } of parseValidYaml(text)) {
      if (!isKindCluster(root)) continue;
      for (const patch of root.get("containerdConfigPatches")?.items() ?? []) {
        if (typeof patch.scalar !== "string") continue;
        const fragment = readEmbeddedConfig(patch, path, containerdFormat, "kind containerdConfigPatches");
        document.insecureEndpoints.push(...fragment.insecureEndpoints);
        document.credentials.push(...fragment.credentials);
        if (fragment.configuredRegistries)
          document.configuredRegistries = [
            ...document.configuredRegistries ?? [],
            ...fragment.configuredRegistries
          ];
      }
    }
    return document;
  }
};
function isKindCluster(root) {
  return root.get("kind")?.text === "Cluster" && KIND_API_VERSION.test(root.get("apiVersion")?.text ?? "");
}

// src/targets/registry-config/buildkitd-config.ts
var REGISTRY_TABLE = /^[ \t]*\[[ \t]*registry[ \t]*\.[ \t]*["'\w]/m;
var REGISTRY_KEYS = /^[ \t]*(?:http|insecure|mirrors)[ \t]*=/m;
var SWITCHES = [
  ["http", "plain-http"],
  ["insecure", "skip-verify"]
];
var buildkitdFormat = {
  format: "buildkitd",
  matches(path, text) {
    const name = baseName(path).toLowerCase();
    if (name === "buildkitd.toml") return true;
    return name.endsWith(".toml") && REGISTRY_TABLE.test(text) && REGISTRY_KEYS.test(text) && !hasContainerdPlugins(text);
  },
  parse(text) {
    const root = parseToml(text);
    const document = {
      format: "buildkitd",
      text,
      insecureEndpoints: [],
      listeners: [],
      credentials: [],
      trustWeaknesses: []
    };
    const registries = root.get("registry")?.entries() ?? [];
    const mirroring = /* @__PURE__ */ new Map();
    for (const [name, config] of registries) {
      for (const mirror of config.get("mirrors")?.strings() ?? []) {
        const host = registryHostOf(mirror.text ?? "");
        if (host && host !== name) mirroring.set(host, [...mirroring.get(host) ?? [], name]);
      }
    }
    for (const [name, config] of registries) {
      for (const [key, setting] of SWITCHES) {
        const node = config.get(key);
        if (!node?.isTrue) continue;
        const endpoint = {
          setting,
          registry: name,
          key,
          region: node.reportRegion,
          lowRisk: isLoopbackHost(name)
        };
        const mirrored = mirroring.get(name) ?? [];
        if (mirrored.length === 0) document.insecureEndpoints.push(endpoint);
        for (const mirrorOf of mirrored) document.insecureEndpoints.push({ ...endpoint, mirrorOf });
      }
    }
    return document;
  }
};

// src/targets/registry-config/registries-conf.ts
var ANY_KEY = /^[ \t]*(?:\[\[[ \t]*registry\b|\[[ \t]*registries[ \t]*\.|\[[ \t]*aliases[ \t]*\]|(?:unqualified-search-registries|short-name-mode|credential-helpers)[ \t]*=)/m;
var DISTINCTIVE_KEY = /^[ \t]*(?:\[\[[ \t]*registry[ \t]*\]\]|\[[ \t]*registries[ \t]*\.[ \t]*insecure[ \t]*\]|unqualified-search-registries[ \t]*=)/m;
var V1_LIST_TABLE = /^[ \t]*\[[ \t]*registries[ \t]*\.[ \t]*(?:search|insecure|block)[ \t]*\][ \t]*(?:#.*)?\r?\n(?:[ \t]*(?:#.*)?\r?\n)*[ \t]*registries[ \t]*=/m;
var SEARCH_KEY = /^[ \t]*unqualified-search-registries[ \t]*=/m;
var REGISTRY_ARRAY = /^[ \t]*\[\[[ \t]*registry[ \t]*\]\]/m;
var LOCATION_KEY = /^[ \t]*(?:location|prefix)[ \t]*=/m;
var VARIANT_NAME = /^registries\.(?:conf\.)?[a-z0-9_-]+$/i;
var NOT_VARIANT = /\.(?:conf|toml|ya?ml|json|md|markdown|rst|txt|html|xml|sh|bash|bats|py|go|rs|[cm]?[jt]sx?|rb|java|kt|php|pl|lua|c|h|cc|cpp|cs|swift|scala|lock|service|j2|jinja2?|tpl|tmpl|gotmpl|erb|in|m4|bak|orig|rej|swp|patch|diff|log|out|golden|snap|egg-info)$/i;
function isRegistriesConfVariantName(path) {
  const name = baseName(path);
  return VARIANT_NAME.test(name) && !NOT_VARIANT.test(name);
}
function hasRegistriesConfContent(text) {
  return V1_LIST_TABLE.test(text) || SEARCH_KEY.test(text) || REGISTRY_ARRAY.test(text) && LOCATION_KEY.test(text);
}
var registriesConfFormat = {
  format: "registries-conf",
  matches(path, text) {
    const lower = baseName(path).toLowerCase();
    if (lower.endsWith(".toml") || isRegistriesConfVariantName(path)) return hasRegistriesConfContent(text);
    if (!lower.endsWith(".conf")) return false;
    const segments = pathSegments(path).map((segment) => segment.toLowerCase());
    const name = segments[segments.length - 1] ?? "";
    if (name === "registries.conf" || segments[segments.length - 2] === "registries.conf.d")
      return ANY_KEY.test(text);
    return DISTINCTIVE_KEY.test(text);
  },
  parse(text) {
    const root = parseToml(text);
    const document = {
      format: "registries-conf",
      text,
      insecureEndpoints: [],
      listeners: [],
      credentials: [],
      trustWeaknesses: []
    };
    const registries = root.get("registry");
    const tables = registries?.kind === "map" ? [registries] : registries?.items() ?? [];
    for (const table of tables) readRegistryTable2(table, document);
    for (const entry of root.at("registries", "insecure", "registries")?.strings() ?? []) {
      const registry = entry.text ?? "";
      document.insecureEndpoints.push({
        setting: "insecure-registry",
        registry,
        key: "registries.insecure",
        region: entry.region,
        lowRisk: isLoopbackHost(registry),
        prefix: true
      });
    }
    const shortNames = shortNamesOf(root);
    if (shortNames) document.shortNames = shortNames;
    return document;
  }
};
function readRegistryTable2(table, document) {
  if (table.kind !== "map") return;
  const location = table.get("location")?.text || void 0;
  const prefix = table.get("prefix")?.text || void 0;
  const namespace = prefix ?? location;
  const insecure = table.get("insecure");
  const registry = location ?? prefix;
  if (insecure?.isTrue && registry) {
    document.insecureEndpoints.push({
      setting: "insecure-registry",
      registry,
      ...namespace && namespace !== registry ? { mirrorOf: namespace } : {},
      key: "insecure",
      region: insecure.reportRegion,
      lowRisk: isLoopbackHost(registry),
      // `*.example.com` is a host wildcard, not a path prefix.
      prefix: !registry.startsWith("*.")
    });
  }
  const digestOnly = table.get("mirror-by-digest-only")?.isTrue === true;
  for (const mirror of table.get("mirror")?.items() ?? []) {
    const mirrorInsecure = mirror.get("insecure");
    const mirrorLocation = mirror.get("location")?.text;
    if (!mirrorInsecure?.isTrue || !mirrorLocation) continue;
    const byDigestOnly = digestOnly || mirror.get("pull-from-mirror")?.text === "digest-only";
    document.insecureEndpoints.push({
      setting: "insecure-registry",
      registry: mirrorLocation,
      ...namespace && namespace !== mirrorLocation && !byDigestOnly ? { mirrorOf: namespace } : {},
      key: "insecure",
      region: mirrorInsecure.reportRegion,
      lowRisk: isLoopbackHost(mirrorLocation) || byDigestOnly,
      prefix: true
    });
  }
}
function shortNamesOf(root) {
  const list = root.get("unqualified-search-registries") ?? root.at("registries", "search", "registries");
  if (!list) return void 0;
  const mode = root.get("short-name-mode")?.text;
  return {
    searchRegistries: list.strings().map((entry) => entry.text ?? ""),
    ...mode ? { mode } : {},
    region: list.reportRegion
  };
}

// src/targets/registry-config/json-config.ts
function probeJson(text) {
  if (lastProbe?.text !== text) lastProbe = { text, probe: probeJsonText(text) };
  return lastProbe.probe;
}
var lastProbe;
function probeJsonText(text) {
  const body = withoutBom(text);
  if (body.trim() === "") return { kind: "empty" };
  try {
    const value = JSON.parse(body);
    return value !== null && typeof value === "object" && !Array.isArray(value) ? { kind: "object", value } : { kind: "other" };
  } catch {
    return { kind: "invalid" };
  }
}
function parseJsonConfig(text, what) {
  const body = withoutBom(text);
  if (body.trim() === "") return void 0;
  const syntax = jsonSyntaxError(body);
  if (syntax) {
    const { line, column } = positionAt(body, syntax.offset);
    throw new InputParseError(`Invalid JSON in ${what}: ${syntax.message}`, line, column);
  }
  const tooDeep = offsetPastDepth(body, MAX_JSON_DEPTH);
  if (tooDeep >= 0) {
    const { line, column } = positionAt(body, tooDeep);
    throw new InputParseError(
      `${what} is nested deeper than ${MAX_JSON_DEPTH} levels; it was not read.`,
      line,
      column
    );
  }
  const parsed = parseYamlDocuments(body);
  const root = parsed.documents[0]?.root;
  const first = parsed.errors[0];
  if (first) {
    throw new InputParseError(
      `Invalid JSON in ${what}: ${first.message}`,
      first.region.startLine,
      first.region.startColumn
    );
  }
  if (!root || root.kind !== "map") {
    const { line, column } = positionAt(body, body.search(/\S/));
    throw new InputParseError(`Invalid ${what}: the top level must be a JSON object.`, line, column);
  }
  return root;
}
function jsonStringItems(node) {
  return node?.kind === "seq" ? node.items().filter((item) => typeof item.scalar === "string") : [];
}
var MAX_JSON_DEPTH = 256;
function offsetPastDepth(text, limit) {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 92)
        i++;
      else if (code === 34) inString = false;
    } else if (code === 34) inString = true;
    else if (code === 91 || code === 123) {
      if (++depth > limit) return i;
    } else if (code === 93 || code === 125) depth--;
  }
  return -1;
}
function withoutBom(text) {
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}
function jsonSyntaxError(text) {
  const error = jsonError(text);
  if (error === void 0) return void 0;
  const message = jsonSyntaxMessage(new Error(error)).replace(/ in JSON at position \d+.*$/s, "");
  const end = text.trimEnd().length;
  const stated = statedOffset(error);
  if (stated >= 0) return { message, offset: Math.min(stated, end) };
  if (INCOMPLETE.test(error)) return { message, offset: end };
  let low = 0;
  let high = text.length;
  while (high - low > 1) {
    const middle = low + high >> 1;
    const prefixError = jsonError(text.slice(0, middle));
    if (prefixError === void 0 || INCOMPLETE.test(prefixError) || statedOffset(prefixError) >= middle)
      low = middle;
    else high = middle;
  }
  return { message, offset: low };
}
function statedOffset(message) {
  const stated = /at position (\d+)/.exec(message);
  return stated ? Number(stated[1]) : -1;
}
var INCOMPLETE = /end of (JSON )?input|Unterminated|No number after|is missing a number|Bad Unicode escape/i;
function jsonError(text) {
  try {
    JSON.parse(text);
    return void 0;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
function positionAt(text, offset) {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const breaks = before.match(/\r\n|\r|\n/g) ?? [];
  const lastBreak = Math.max(before.lastIndexOf("\n"), before.lastIndexOf("\r"));
  return { line: breaks.length + 1, column: before.length - lastBreak };
}

// src/secrets/entropy.ts
function shannonEntropy(value) {
  const chars = Array.from(value);
  if (chars.length === 0) return 0;
  const counts = /* @__PURE__ */ new Map();
  for (const char of chars) counts.set(char, (counts.get(char) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / chars.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}
var MIN_RANDOM_LENGTH = 16;
function randomEntropyThreshold(length) {
  return Math.min(4.5, 0.8 * Math.log2(Math.max(length, 2)));
}
var UUID = /^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i;
function isUuid(text) {
  return UUID.test(text);
}
var VERSION = /^v?\d+(\.\d+){1,3}([-+~][0-9A-Za-z.+~-]*)?$/;
var DIGEST_PREFIX = /^(sha(1|224|256|384|512)|md5)[:-]/i;
function looksRandom(value) {
  const text = value.trim();
  if (text.length < MIN_RANDOM_LENGTH || /\s/.test(text)) return false;
  if (!/[A-Za-z]/.test(text) || !/\d/.test(text)) return false;
  if (/^(0x)?[0-9a-f]+$/i.test(text)) return false;
  if (UUID.test(text) || VERSION.test(text) || DIGEST_PREFIX.test(text)) return false;
  if (isPathOrUrl(text) || isSequential(text) || isWordLike(text) || isStructured(text)) return false;
  if (isWordsAroundServiceName(text)) return false;
  return shannonEntropy(text) > randomEntropyThreshold(Array.from(text).length);
}
function isPathOrUrl(text) {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text) || /^(~|\.{1,2})?\//.test(text) || /^[A-Za-z]:[\\/]/.test(text);
}
function isSequential(text) {
  let steps = 0;
  for (let i = 1; i < text.length; i++) {
    if (Math.abs(text.charCodeAt(i) - text.charCodeAt(i - 1)) === 1) steps++;
  }
  return steps / (text.length - 1) > 0.5;
}
function isWordLike(text) {
  const pieces = text.split(/[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])/).filter((piece) => piece.length > 0);
  const letters = pieces.reduce((sum, piece) => sum + piece.length, 0);
  return pieces.length > 0 && letters / pieces.length >= 4;
}
function isWordsAroundServiceName(text) {
  const pieces = text.split(/(?<=[a-z0-9])(?=[A-Z])/);
  const words = pieces.filter((piece) => /^[A-Za-z][a-z]{2,}$/.test(piece)).length;
  const services = pieces.filter((piece) => /^[A-Za-z]{1,2}\d[a-z]?$/.test(piece)).length;
  return services === 1 && words >= 2 && words + services === pieces.length;
}
function isStructured(text) {
  const pieces = text.split(/[-._/:+@]+/).filter((piece) => piece.length > 0);
  if (pieces.length < 2) return false;
  return pieces.every((piece) => piece.length <= 3 || /^(\d+|[a-z]+\d*|[A-Z]+|[A-Z][a-z]+)$/.test(piece));
}

// src/secrets/url-parts.ts
var USERINFO2 = /(?<![A-Za-z0-9+.-])((?:jdbc:)?[A-Za-z][A-Za-z0-9+.-]*):\/\/([^\s:@/?#'"`<>]*):([^\s@/'"`<>]+)@([^\s/?#'"`<>]+)/g;
function findUrlUserinfo(text) {
  if (!text.includes("://") || !text.includes("@")) return [];
  const found = [];
  for (const match of text.matchAll(USERINFO2)) {
    const [whole, , user = "", password = "", host = ""] = match;
    const passwordStart = (match.index ?? 0) + whole.indexOf("://") + 3 + user.length + 1;
    found.push({ user, password, host, passwordStart, passwordEnd: passwordStart + password.length });
  }
  return found;
}
function isTemplatedHost(host) {
  return /[{}$<>%]/.test(host);
}
var QUERY_PARAM = /[?&;]([A-Za-z][A-Za-z0-9_.-]*)=([^&#;\s'"`<>]*)/g;
function findQueryParams(text) {
  const found = [];
  for (const match of text.matchAll(QUERY_PARAM)) {
    const [whole, name = "", value = ""] = match;
    const valueStart = (match.index ?? 0) + whole.length - value.length;
    found.push({ name, value, valueStart, valueEnd: valueStart + value.length });
  }
  return found;
}
var SECRET_PARAMS = new Set(
  "sig sas password passwd pwd secret clientsecret token accesstoken authtoken apitoken privatetoken refreshtoken idtoken apikey accesskey secretkey accountkey sharedaccesskey sharedaccesssignature credential credentials userpassword".split(" ")
);
function isSecretParamName(name) {
  return SECRET_PARAMS.has(name.toLowerCase().replace(/[-_.\s]/g, ""));
}
function percentDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

// src/secrets/vendor-examples.ts
var EXAMPLES = [
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html and the AWS CLI guide.
  { value: "AKIAIOSFODNN7EXAMPLE", source: "AWS documentation example access key ID" },
  { value: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", source: "AWS documentation example secret key" },
  { value: "AKIAI44QH8DHBEXAMPLE", source: "AWS documentation example access key ID" },
  { value: "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY", source: "AWS documentation example secret key" },
  // Azurite / Azure Storage Emulator well-known development account key (devstoreaccount1):
  // https://learn.microsoft.com/azure/storage/common/storage-use-azurite#http-connection-strings
  {
    value: "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
    source: "Azurite development storage account key"
  },
  // The token shown on https://jwt.io (payload: sub 1234567890, name John Doe).
  {
    value: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
    source: "jwt.io example token"
  },
  // Docker Official Images READMEs: postgres, mysql/mariadb; SQL Server on Linux docs.
  { value: "mysecretpassword", source: "postgres image documentation example password" },
  { value: "my-secret-pw", source: "mysql/mariadb image documentation example password" },
  { value: "yourStrong(!)Password", source: "SQL Server container documentation example password" },
  { value: "<YourStrong@Passw0rd>", source: "SQL Server container documentation example password" },
  // CAPTCHA services' test keys, published for automated tests and development: verification with
  // them always gives the same answer, so they unlock nothing. reCAPTCHA v2:
  // https://developers.google.com/recaptcha/docs/faq (automated tests); Cloudflare Turnstile:
  // https://developers.cloudflare.com/turnstile/troubleshooting/testing/.
  { value: "6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe", source: "reCAPTCHA test secret key" },
  { value: "6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI", source: "reCAPTCHA test site key" },
  { value: "1x0000000000000000000000000000000AA", source: "Turnstile test secret key (always passes)" },
  { value: "2x0000000000000000000000000000000AA", source: "Turnstile test secret key (always fails)" },
  { value: "3x0000000000000000000000000000000AA", source: "Turnstile test secret key (token already spent)" }
];
var BY_VALUE = new Map(EXAMPLES.map((example) => [example.value, example.source]));
function vendorExampleSource(value) {
  return BY_VALUE.get(value.trim());
}
function isVendorExample(value) {
  const text = value.trim();
  if (BY_VALUE.has(text)) return true;
  return /^A[KS]IA[A-Z0-9]{9}EXAMPLE$/.test(text) || /^[A-Za-z0-9/+]{30}EXAMPLEKEY$/.test(text);
}

// src/secrets/cloud-credentials.ts
var AWS_PAIR_DISTANCE = 200;
var AWS_KEY_ID = /(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Za-z0-9])/g;
var AWS_SECRET = /(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g;
var AWS_SECRET_NAME = /aws_?secret(?:_?access)?_?key["']?\s*(?:[:=]|\s)\s*["']?$/i;
var AWS_CONTEXT = /AKIA|ASIA|ABIA|ACCA|aws_?secret/i;
function isAwsSecretShaped(value) {
  return /[a-z]/.test(value) && /[A-Z]/.test(value) && /[\d/+]/.test(value) && !/^[0-9a-f]+$/i.test(value) && shannonEntropy(value) > 4;
}
function findAwsSecretKeys(text) {
  if (!AWS_CONTEXT.test(text)) return [];
  const ids = [...text.matchAll(AWS_KEY_ID)].filter((id) => !isVendorExample(id[0]));
  const found = [];
  for (const match of text.matchAll(AWS_SECRET)) {
    const value = match[0];
    const start = match.index ?? 0;
    const end = start + value.length;
    if (!isAwsSecretShaped(value) || isVendorExample(value)) continue;
    const paired = ids.some((id) => {
      const idStart = id.index ?? 0;
      return idStart - end <= AWS_PAIR_DISTANCE && start - (idStart + id[0].length) <= AWS_PAIR_DISTANCE;
    });
    const lineStart = text.lastIndexOf("\n", start - 1) + 1;
    if (paired || AWS_SECRET_NAME.test(text.slice(lineStart, start))) {
      found.push({ id: "aws-access-key", type: "AWS secret access key", value, start, end });
    }
  }
  return found;
}
function findAzureStorageKeys(text) {
  if (!/accountkey/i.test(text)) return [];
  const found = [];
  for (const match of text.matchAll(/(?<![A-Za-z])AccountKey\s*=\s*([A-Za-z0-9+/]{86}==)/gi)) {
    const value = match[1] ?? "";
    const start = (match.index ?? 0) + match[0].length - value.length;
    if (isVendorExample(value) || shannonEntropy(value) <= 4.5) continue;
    found.push({
      id: "azure-storage-key",
      type: "Azure storage account key",
      value,
      start,
      end: start + value.length
    });
  }
  return found;
}
function findAzureSas(text) {
  if (!/sig/i.test(text)) return [];
  const found = [];
  for (const param of findQueryParams(text)) {
    if (param.name.toLowerCase() !== "sig") continue;
    const signature = percentDecode(param.value);
    if (!/^[A-Za-z0-9+/]{40,}={0,2}$/.test(signature) || shannonEntropy(signature) <= 4) continue;
    const query = enclosingToken(text, param.valueStart);
    if (!/(^|[?&;\s])s[ve]=/i.test(query)) continue;
    found.push({
      id: "azure-sas",
      type: "Azure shared access signature",
      value: param.value,
      start: param.valueStart,
      end: param.valueEnd
    });
  }
  return found;
}
function enclosingToken(text, offset) {
  const before = text.slice(0, offset).search(/[^\s'"`]*$/);
  const after = text.slice(offset).search(/[\s'"`]|$/);
  return text.slice(before, offset + after);
}
function findCloudCredentials(text) {
  return [...findAwsSecretKeys(text), ...findAzureStorageKeys(text), ...findAzureSas(text)];
}

// src/secrets/placeholder-words.ts
var PLACEHOLDER_WORDS = new Set(
  "changeme changeit change placeholder placeholders dummy dummies example examples sample samples todo tbd fixme redacted replaceme fake mock test testing foo bar baz qux null nil none undefined empty unset notset unknown missing required hidden masked omitted removed elided censored obfuscated scrubbed sanitized invalid bogus insert fill enter provide update".split(" ")
);
var FILLER_WORDS = new Set(
  "your yours my our the an to of for in with here there goes go me please this that it value values real actual own new some any secret secrets password passwords passwd pwd pass pw passphrase passcode token tokens key keys api apikey access auth client user username login credential credentials cred creds build time buildtime runtime default string text strong super very long private app service account db database bearer basic sas connection conn at only not use used will be is by env environment var variable generated random dev local url uri host webhook id name email set put insecure unsafe minimum length precompile assets asset a secure least jwt applied configured provided and or alphanumeric alpha numeric ghp gho ghu ghs ghr github pat glpat npm xoxb xoxp xoxa xoxe xoxr xoxs xoxo akia asia sk".split(" ")
);
var SHORT_PIECES = /* @__PURE__ */ new Set(["my", "me", "pw", "db"]);
function isWord(word) {
  return PLACEHOLDER_WORDS.has(word) || FILLER_WORDS.has(word) || word.startsWith("replace");
}
var INSTRUCTION_FIRST_WORDS = /* @__PURE__ */ new Set(["your", "insert", "enter", "paste", "provide", "fill", "update"]);
function isInstructionPlaceholder(text) {
  if (text.split(/[^A-Za-z0-9]+/).some(isNumberToken)) return false;
  return wordReadings(text).some(isInstruction);
}
function isInstruction(words) {
  if (words.length < 2) return false;
  const first = words[0] ?? "";
  const changeMe = first === "changeme" || first === "change" && ["me", "this"].includes(words[1] ?? "");
  return INSTRUCTION_FIRST_WORDS.has(first) || first.startsWith("replace") || changeMe || words.at(-1) === "here";
}
function isNumberToken(token) {
  return /\d/.test(token) && !/^[A-Za-z]{1,2}\d[A-Za-z]?$/.test(token);
}
var WORDS_CAMEL = /[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])/;
var WORDS_CAPITALS_RUN = /[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])|(?<=[A-Z]{2})(?=[a-z])|(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])/;
function splitWords(text, boundaries) {
  return text.split(boundaries).filter((word) => word.length > 0).map((word) => word.toLowerCase());
}
function valueWords(text) {
  return splitWords(text, WORDS_CAMEL);
}
function wordReadings(text) {
  const camel = valueWords(text);
  if (!/[A-Z]{2}[a-z]/.test(text)) return [camel];
  const capitalsRun = splitWords(text, WORDS_CAPITALS_RUN);
  return capitalsRun.join(" ") === camel.join(" ") ? [camel] : [camel, capitalsRun];
}
function placeholderWords(text) {
  for (const words of wordReadings(text)) {
    const parts = placeholderParts(words);
    if (parts) return parts;
  }
  return void 0;
}
function placeholderParts(words) {
  if (words.length === 0) return void 0;
  const parts = [];
  for (const [index, word] of words.entries()) {
    if (/^x{3,}$/.test(word) || isWord(word) || isLengthPhrase(word, words[index + 1])) {
      parts.push(word);
      continue;
    }
    const pieces = splitGluedWords(word);
    if (!pieces) return void 0;
    append(parts, pieces);
  }
  return parts;
}
var LENGTH_UNITS = /* @__PURE__ */ new Set(["characters", "character", "chars", "char", "bytes", "digits", "letters"]);
function isLengthPhrase(word, next) {
  return LENGTH_UNITS.has(word) || /^\d{1,3}$/.test(word) && next !== void 0 && LENGTH_UNITS.has(next);
}
function isFillerOnly(text) {
  if (!/^[A-Za-z0-9]+(?:[-.][A-Za-z0-9]+|_[A-Za-z0-9]+)*$/.test(text)) return false;
  const words = placeholderWords(text);
  return words !== void 0 && !isInstructionPlaceholder(text) && !words.some((word) => PLACEHOLDER_WORDS.has(word) || word.startsWith("replace") || word === "your");
}
var MAX_GLUED_LENGTH = 40;
function splitGluedWords(word) {
  if (word.length > MAX_GLUED_LENGTH) return void 0;
  const best = [[]];
  for (let end = 1; end <= word.length; end++) {
    for (let start = end - 2; start >= 0; start--) {
      const head = best[start];
      const piece = word.slice(start, end);
      const known = isWord(piece) && (piece.length >= 3 || SHORT_PIECES.has(piece));
      if (head && known) {
        best[end] = [...head, piece];
        break;
      }
    }
  }
  const pieces = best[word.length];
  return pieces && pieces.length > 0 ? pieces : void 0;
}

// src/secrets/shell-expressions.ts
var TYPE_EXPRESSION = /^\[[A-Za-z_][\w.`+]*(?:\[[^\]]*\])?\]\s*(?:::\s*[A-Za-z_]|\$|\()/;
var CMDLET = /^(?:Get|Set|New|Read|Invoke|Import|Export|ConvertTo|ConvertFrom|Select|Join|Split|Resolve|Test|Out|Format|Add|Remove|Start|Receive|Unprotect|Protect)-[A-Za-z]+(?:\s|$)/i;
function describeShellExpression(text) {
  const value = text.trim();
  if (TYPE_EXPRESSION.test(value)) return "a PowerShell type or method expression";
  if (/^\(.*\)$/s.test(value) && isExpressionStart(value.slice(1).trimStart()))
    return "a parenthesised PowerShell expression";
  if (CMDLET.test(value)) return "a PowerShell cmdlet call";
  return void 0;
}
function isExpressionStart(inner) {
  return CMDLET.test(inner) || TYPE_EXPRESSION.test(inner) || inner.startsWith("$");
}

// src/secrets/structured-value.ts
var WHOLE_URL = /^(?:jdbc:)?[A-Za-z][A-Za-z0-9+.-]*:\/\/\S+$/;
var PAIR = /^\s*([A-Za-z][A-Za-z0-9 _.-]*?)\s*=([\s\S]*)$/;
function classifyStructuredValue(text, classify) {
  const compact = text.replace(/\{\{[\s\S]*?\}\}/g, "{{template}}");
  if (WHOLE_URL.test(compact)) return classifyUrl(compact, classify);
  const address = describeAddress(text);
  if (address) return notLiteral("config-value", address);
  const pairs = connectionStringPairs(text) ?? redisConfigurationPairs(text);
  return pairs ? classifyConnectionString(pairs, classify) : void 0;
}
var TOP_LEVEL_DOMAINS = new Set(
  "com net org edu gov mil info biz io ai app dev cloud tech online site xyz local lan internal intranet corp home arpa svc cluster test example invalid localhost".split(" ")
);
var DNS_LABELS = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+([a-z]{2,63})$/;
var EMAIL_LOCAL_PART = /^[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,62}[A-Za-z0-9])?$/;
function describeAddress(text) {
  if (isHostName(text)) return "a host name";
  const at = text.lastIndexOf("@");
  if (at > 0 && EMAIL_LOCAL_PART.test(text.slice(0, at)) && isHostName(text.slice(at + 1).toLowerCase()))
    return "an e-mail address";
  return void 0;
}
function isHostName(text) {
  const tld = DNS_LABELS.exec(text)?.[1];
  return tld !== void 0 && (tld.length === 2 || TOP_LEVEL_DOMAINS.has(tld));
}
var REDIS_ENDPOINT = /^(?:[A-Za-z0-9_.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;
function redisConfigurationPairs(text) {
  if (!text.includes(",") || /\s/.test(text.trim())) return void 0;
  const segments = text.split(",").filter((segment) => segment.length > 0);
  const endpoints = segments.filter((segment) => !segment.includes("="));
  if (endpoints.length === 0 || !endpoints.every((e) => REDIS_ENDPOINT.test(e))) return void 0;
  const pairs = [];
  for (const segment of segments.slice(endpoints.length)) {
    const pair = PAIR.exec(segment);
    if (!pair || !segment.includes("=")) return void 0;
    pairs.push([pair[1] ?? "", (pair[2] ?? "").trim()]);
  }
  return pairs.length > 0 && segments.slice(0, endpoints.length).every((e) => !e.includes("=")) ? pairs : void 0;
}
function classifyUrl(url, classify) {
  for (const { user, password, host } of findUrlUserinfo(url)) {
    if (isTemplatedHost(host)) return notLiteral("reference", "a URL whose host is a template or variable");
    const decoded = percentDecode(password);
    if (decoded === percentDecode(user)) {
      return notLiteral("placeholder", "a URL whose password is its user name (a default account)");
    }
    const verdict = classify(decoded);
    return verdict.literal ? verdict : notLiteral(verdict.reason, `URL password: ${verdict.detail}`);
  }
  const secretParams = findQueryParams(url).filter((param) => isSecretParamName(param.name));
  for (const param of secretParams) {
    if (classify(percentDecode(param.value)).literal) return { literal: true };
  }
  if (secretParams.length > 0) {
    return notLiteral(
      "reference",
      `a URL whose credential parameters hold no literal ('${secretParams[0]?.name}')`
    );
  }
  return notLiteral("config-value", "a URL without embedded credentials");
}
function connectionStringPairs(text) {
  if (!text.includes(";") || !text.includes("=")) return void 0;
  const segments = text.split(";").filter((segment) => segment.trim().length > 0);
  const pairs = [];
  for (const segment of segments) {
    const pair = PAIR.exec(segment);
    if (!pair) return void 0;
    pairs.push([pair[1] ?? "", (pair[2] ?? "").trim()]);
  }
  return pairs.length >= 2 ? pairs : void 0;
}
function classifyConnectionString(pairs, classify) {
  const secrets = pairs.filter(([key]) => isSecretParamName(key));
  if (secrets.length === 0)
    return notLiteral("config-value", "a connection string without a password or key");
  const user = connectionStringUser(pairs);
  let first;
  for (const [key, value] of secrets) {
    if (user !== void 0 && unquote(value) === user) {
      first ??= notLiteral("placeholder", `connection string ${key}: the user name (a default account)`);
      continue;
    }
    const verdict = classify(unquote(value));
    if (verdict.literal) return verdict;
    first ??= notLiteral(verdict.reason, `connection string ${key}: ${verdict.detail}`);
  }
  return first ?? notLiteral("config-value", "a connection string without a password or key");
}
var USER_KEYS = /* @__PURE__ */ new Set(["userid", "uid", "user", "username"]);
function connectionStringUser(pairs) {
  const pair = pairs.find(([key]) => USER_KEYS.has(key.toLowerCase().replace(/[\s_]/g, "")));
  const user = pair ? unquote(pair[1]) : "";
  return user.length > 0 ? user : void 0;
}
function unquote(value) {
  return /^(["']).*\1$/.test(value) ? value.slice(1, -1) : value;
}
function notLiteral(reason, detail) {
  return { literal: false, reason, detail };
}

// src/secrets/base62-checksum.ts
var BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
var CHECKSUM_LENGTH = 6;
var crcTable;
function crcTableOnce() {
  if (crcTable) return crcTable;
  crcTable = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
    crcTable[n] = c >>> 0;
  }
  return crcTable;
}
function crc32(text) {
  const table = crcTableOnce();
  let crc = 4294967295;
  for (const byte of new TextEncoder().encode(text)) {
    crc = (table[(crc ^ byte) & 255] ?? 0) ^ crc >>> 8;
  }
  return (crc ^ 4294967295) >>> 0;
}
function toBase62(value, width = CHECKSUM_LENGTH) {
  let digits = "";
  let rest = value;
  do {
    digits = BASE62.charAt(rest % 62) + digits;
    rest = Math.floor(rest / 62);
  } while (rest > 0);
  return digits.padStart(width, "0");
}
function base62Checksum(randomPart) {
  return toBase62(crc32(randomPart));
}
function hasValidBase62Checksum(token, prefixLength) {
  if (token.length <= prefixLength + CHECKSUM_LENGTH) return false;
  const randomPart = token.slice(prefixLength, -CHECKSUM_LENGTH);
  return base62Checksum(randomPart) === token.slice(-CHECKSUM_LENGTH);
}

// src/secrets/jwt.ts
var JWT_PATTERN = /(?<![A-Za-z0-9_-])e[wy][A-Za-z0-9_-]{10,}={0,2}\.e[wy][A-Za-z0-9_-]{10,}={0,2}\.[A-Za-z0-9_-]{16,}={0,2}(?![A-Za-z0-9_-])/g;
function isJwt(token) {
  const parts = token.split(".");
  const [headerPart = "", payloadPart = "", signature = ""] = parts;
  if (parts.length !== 3 || signature.length === 0) return false;
  const header = decodeJsonObject(headerPart);
  return header !== void 0 && typeof header["alg"] === "string" && decodeJsonObject(payloadPart) !== void 0;
}
function decodeJsonObject(part) {
  try {
    const parsed = JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
    return parsed !== null && typeof parsed === "object" && !Array.isArray(parsed) ? parsed : void 0;
  } catch {
    return void 0;
  }
}

// src/secrets/token-formats.ts
var GITHUB_TYPES = {
  ghp: "GitHub personal access token",
  gho: "GitHub OAuth access token",
  ghu: "GitHub user-to-server token",
  ghs: "GitHub server-to-server token",
  ghr: "GitHub refresh token"
};
function isRandomBody(body, minBits) {
  const classes = [/[a-z]/, /[A-Z]/, /\d/].filter((cls) => cls.test(body)).length;
  return classes >= 2 && shannonEntropy(body) > minBits;
}
function matchesOf(text, pattern, id, type) {
  const found = [];
  for (const match of text.matchAll(pattern)) {
    const start = match.index ?? 0;
    found.push({ id, type: type(match[0]), value: match[0], start, end: start + match[0].length });
  }
  return found;
}
function findGithubTokens(text) {
  const classic = matchesOf(
    text,
    /(?<![A-Za-z0-9_])gh[pousr]_[A-Za-z0-9]{36}(?![A-Za-z0-9_])/g,
    "github-token",
    (token) => GITHUB_TYPES[token.slice(0, 3)] ?? "GitHub token"
  ).filter((match) => hasValidBase62Checksum(match.value, 4));
  const fineGrained = matchesOf(
    text,
    /(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}(?![A-Za-z0-9_])/g,
    "github-token",
    () => "GitHub fine-grained personal access token"
  ).filter((match) => isRandomBody(match.value.slice(-59), 4));
  return [...classic, ...fineGrained];
}
function findNpmTokens(text) {
  return matchesOf(
    text,
    /(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9_])/g,
    "npm-token",
    () => "npm access token"
  ).filter((match) => hasValidBase62Checksum(match.value, 4));
}
function findGitlabTokens(text) {
  const type = () => "GitLab personal access token";
  const legacy = matchesOf(
    text,
    /(?<![A-Za-z0-9_-])glpat-[A-Za-z0-9_-]{20}(?![A-Za-z0-9_.-])/g,
    "gitlab-token",
    type
  );
  const routable = matchesOf(
    text,
    /(?<![A-Za-z0-9_-])glpat-[A-Za-z0-9_-]{27,300}\.[0-9a-z]{9}(?![A-Za-z0-9_-])/g,
    "gitlab-token",
    type
  );
  return [
    ...legacy.filter((match) => isRandomBody(match.value.slice(6), 3)),
    ...routable.filter((match) => isRandomBody(match.value.slice(6), 4))
  ];
}
var SLACK_TYPES = {
  b: "Slack bot token",
  p: "Slack user token",
  a: "Slack app token",
  e: "Slack refresh token"
};
function findSlackTokens(text) {
  return matchesOf(
    text,
    /(?<![A-Za-z0-9_.-])(?:xoxe\.)?xox[bpaorse]-[A-Za-z0-9-]{10,250}(?![A-Za-z0-9_-])/g,
    "slack-token",
    (token) => SLACK_TYPES[token.replace(/^xoxe\./, "").charAt(3)] ?? "Slack legacy token"
  ).filter((match) => {
    const parts = match.value.replace(/^(xoxe\.)?xox.-/, "").split("-");
    const last = parts.at(-1) ?? "";
    return parts.length >= 2 && /^\d+$/.test(parts[0] ?? "") && last.length >= 8 && isRandomBody(last, 3);
  });
}
function findSlackWebhooks(text) {
  return matchesOf(
    text,
    /https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9_/+-]{20,150}/g,
    "slack-webhook",
    () => "Slack incoming webhook URL"
  ).filter((match) => isRandomBody(match.value.split("/").at(-1) ?? "", 3));
}
function findJwts(text) {
  return matchesOf(text, JWT_PATTERN, "jwt", () => "JSON Web Token").filter((match) => isJwt(match.value));
}
var TOKEN_MARKERS = /gh[pousr]_|github_pat_|npm_|glpat-|xox[bpaorse]-|hooks\.slack\.com\/|e[wy][A-Za-z0-9_-]{10,}={0,2}\./;
function findTokenFormats(text) {
  if (!TOKEN_MARKERS.test(text)) return [];
  return [
    ...findGithubTokens(text),
    ...findNpmTokens(text),
    ...findGitlabTokens(text),
    ...findSlackTokens(text),
    ...findSlackWebhooks(text),
    ...findJwts(text)
  ].filter((match) => !isVendorExample(match.value));
}

// src/secrets/value-references.ts
var MAX_REFERENCE_LENGTH = 1024;
var PARAMETER_OPERATOR = /^([A-Za-z_][A-Za-z0-9_]*|\d+)(:?[-=+])([\s\S]*)$/;
var DASHED_NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/;
function scanReferences(text) {
  const scan = { references: [], defaults: [], remainder: "" };
  let i = 0;
  while (i < text.length) {
    if (text.startsWith("$${", i)) {
      scan.remainder += "$";
      i += 1;
      continue;
    }
    if (text.startsWith("$$", i)) {
      scan.remainder += "$$";
      i += 2;
      continue;
    }
    const end = referenceEnd(text, i);
    if (end === void 0) {
      scan.remainder += text.charAt(i);
      i++;
      continue;
    }
    const reference = text.slice(i, end);
    scan.references.push(reference);
    const fallback = reference.startsWith("${") && !reference.startsWith("${{") ? defaultOf(reference) : void 0;
    if (fallback) scan.defaults.push(fallback);
    scan.remainder += " ";
    i = end;
  }
  return scan;
}
function defaultOf(reference) {
  const inner = reference.slice(2, -1);
  return DASHED_NAME.test(inner) ? void 0 : PARAMETER_OPERATOR.exec(inner)?.[3];
}
var MAX_DEFAULT_DEPTH = 8;
function expandDefaults(text, depth = 0) {
  if (!text.includes("${")) return text;
  let expanded = "";
  let i = 0;
  while (i < text.length) {
    if (text.startsWith("$$", i) && !text.startsWith("$${", i)) {
      expanded += "$$";
      i += 2;
      continue;
    }
    const end = text.startsWith("${", i) && !text.startsWith("${{", i) ? referenceEnd(text, i) : void 0;
    if (end === void 0) {
      expanded += text.charAt(i);
      i++;
      continue;
    }
    const reference = text.slice(i, end);
    const fallback = defaultOf(reference);
    expanded += fallback !== void 0 && depth < MAX_DEFAULT_DEPTH ? expandDefaults(fallback, depth + 1) : reference;
    i = end;
  }
  return expanded;
}
function opensCommandSubstitution(text) {
  const start = /^["']/.test(text) ? 1 : 0;
  const opens = text.startsWith("$(", start) || text.startsWith("`", start);
  return opens && referenceEnd(text, start) === void 0;
}
function referenceEnd(text, start) {
  const at = (prefix) => text.startsWith(prefix, start);
  if (at("${{")) return closing(text, start, "}}");
  if (at("${")) return balanced(text, start + 1, "{", "}");
  if (at("$(")) return balanced(text, start + 1, "(", ")");
  if (at("{{")) return closing(text, start, "}}");
  if (at("#{")) return closing(text, start, "}");
  if (at("`")) return closing(text, start, "`");
  if (at("$")) return matchEnd(POWERSHELL_ENV, text, start) ?? matchEnd(SHELL_VARIABLE, text, start);
  if (at("%")) return matchEnd(CMD_VARIABLE, text, start) ?? matchEnd(SYMFONY_PARAMETER, text, start);
  return void 0;
}
var POWERSHELL_ENV = /\$env:[A-Za-z_][A-Za-z0-9_]*/iy;
var SHELL_VARIABLE = /\$(?:[A-Za-z_][A-Za-z0-9_]*|[0-9@*#?!])/y;
var CMD_VARIABLE = /%[A-Za-z_][A-Za-z0-9_()]*%/y;
var SYMFONY_PARAMETER = /%(?:[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)+|env\((?:[A-Za-z0-9_.-]*:)+[A-Za-z_][A-Za-z0-9_]*\))%/y;
function matchEnd(pattern, text, start) {
  pattern.lastIndex = start;
  return pattern.test(text) ? pattern.lastIndex : void 0;
}
function closing(text, from, terminator) {
  const at = text.slice(from + 1, from + MAX_REFERENCE_LENGTH).indexOf(terminator);
  return at < 0 ? void 0 : from + 1 + at + terminator.length;
}
function balanced(text, open, opener, closer) {
  let depth = 0;
  for (let i = open; i < Math.min(text.length, open + MAX_REFERENCE_LENGTH); i++) {
    if (text[i] === opener) depth++;
    else if (text[i] === closer && --depth === 0) return i + 1;
  }
  return void 0;
}

// src/secrets/literal-value.ts
var LITERAL = { literal: true };
function notLiteral2(reason, detail) {
  return { literal: false, reason, detail };
}
var CONFIG_VALUES = [
  [/^(true|false|yes|no|on|off|y|n|enabled?|disabled?)$/i, "a boolean setting"],
  [/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$|^0x[0-9a-f]+$/i, "a number"],
  [/^(\d+(\.\d+)?(ns|us|\u00b5s|ms|s|m|h|d|w))+$/i, "a number with a unit (duration)"],
  [/^\d+(\.\d+)?\s?([kmgtpe]i?b?|b)$/i, "a number with a unit (size)"]
];
var WRAPPED_PLACEHOLDER = /^(<<[\w\s.-]+>>|<[^<>]+>|\[[\w\s.-]+\]|\{[\w\s.-]+\}|__[A-Za-z0-9_]+__)[.,;!?]?$/;
var UNDERSCORE_MARKER = /^_(?:[a-z]+_)*(?:password|passwd|pass|pwd|secret|token|key)_$|^_(?:[A-Z]+_)*(?:PASSWORD|PASSWD|PASS|PWD|SECRET|TOKEN|KEY)_$/;
var FORMAT_PLACEHOLDER = /^(?:%(?:\([A-Za-z_]\w*\))?[-+ #0]*\d*(?:\.\d+)?[sdvqx]|\{\d*\})(?:\\{1,2}[nrt])*$/;
var PEM_ARMOR = /^-----BEGIN ([A-Z0-9 ]{1,64})-----((?:(?!-----)[\s\S])*)-----END \1-----$/;
var BRACE_REFERENCE = /\{[A-Za-z_][\w.-]*\}/g;
function isReferenceTemplate(text) {
  if (!text.includes("{")) return false;
  const rest = text.replace(BRACE_REFERENCE, " ");
  if (rest === text) return false;
  return /^[\s._:/@-]*$/.test(rest) || placeholderWords(rest) !== void 0;
}
function classifyValue(value) {
  const text = unquote2(value.trim()).trim();
  if (text === "") return notLiteral2("empty", "the value is empty");
  if (isVendorExample(text)) {
    return notLiteral2(
      "vendor-example",
      `a documented example credential (${vendorExampleSource(text) ?? "AWS style"})`
    );
  }
  if (findTokenFormats(text).length > 0 || findCloudCredentials(text).length > 0) return LITERAL;
  const armored = PEM_ARMOR.exec(text);
  if (armored) {
    const body = armored[2].replace(/\\n|\s+/g, "");
    const verdict = classifyValue(body);
    return verdict.literal ? LITERAL : notLiteral2("placeholder", `a PEM block around ${verdict.detail}`);
  }
  if (SECRET_MOUNT_PATH.test(text))
    return notLiteral2("reference", `a path where the secret is mounted: '${text}'`);
  if (opensCommandSubstitution(text))
    return notLiteral2("reference", "the start of a command substitution, cut short");
  const expression = describeShellExpression(text);
  if (expression) return notLiteral2("expression", expression);
  const structured = classifyStructuredValue(text, classifyValue);
  if (structured) return structured;
  const scan = scanReferences(text);
  if (scan.references.length > 0) return classifyWithReferences(scan);
  if (looksRandom(text)) return LITERAL;
  if (isFilePath(text) || isKeyFileName(text)) return notLiteral2("reference", `a file path: '${text}'`);
  return classifyPlainText(text);
}
var PATH_SEGMENTS = /^(?:[A-Za-z]:)?(?:[\\/][\w.-]{1,128}){2,32}$/;
var ROOT_DIRECTORIES = new Set(
  "etc var run opt usr home srv data app config certs secrets keys mnt tmp root vault".split(" ")
);
function isFilePath(text) {
  if (!PATH_SEGMENTS.test(text)) return false;
  const segments = text.replace(/^[A-Za-z]:/, "").split(/[\\/]/).filter(Boolean);
  const drive = /^[A-Za-z]:/.test(text);
  return drive || ROOT_DIRECTORIES.has(segments[0].toLowerCase()) || /\.[A-Za-z][A-Za-z0-9]{0,9}$/.test(segments.at(-1)) || /[-_]/.test(text);
}
var KEY_FILE_NAME = /^(?:\.{1,2}[\\/])?(?:[\w.-]+[\\/])*[A-Za-z0-9_-][\w.-]*\.(?:key|pem|crt|cer|der|p12|pfx|jks|keystore|json|pub|asc|gpg|ppk|kdbx)$/i;
function isKeyFileName(text) {
  return text.length <= 256 && KEY_FILE_NAME.test(text);
}
function classifyAppliedPassword(value) {
  const verdict = classifyValue(value);
  if (verdict.literal || verdict.reason !== "placeholder") return verdict;
  const text = unquote2(value.trim()).trim();
  return isFillerOnly(text) ? LITERAL : verdict;
}
var SECRET_MOUNT_PATH = /^(\/run\/secrets|\/var\/run\/secrets|C:\\ProgramData\\Docker\\secrets)[\\/][^\s]*$/i;
var USER_BEFORE_REFERENCE = /^[A-Za-z_][\w.@-]{0,63}[:/] $/;
function classifyWithReferences(scan) {
  if (scan.defaults.some((fallback) => classifyValue(fallback).literal)) return LITERAL;
  const quoted2 = scan.references.map((reference) => `'${reference}'`).join(", ");
  if (scan.references.length === 1 && USER_BEFORE_REFERENCE.test(scan.remainder))
    return notLiteral2("reference", `a user name, then the password as a variable reference: ${quoted2}`);
  const rest = scan.remainder.trim();
  if (!/[A-Za-z0-9]/.test(rest.replace(OPTION, ""))) {
    return notLiteral2("reference", `only a variable reference: ${quoted2}`);
  }
  if (classifyValue(rest).literal) return LITERAL;
  return notLiteral2("reference", `a variable reference (${quoted2}) with non-secret text around it`);
}
var OPTION = /(^|\s)--?[A-Za-z][A-Za-z0-9-]*=?/g;
function classifyPlainText(value) {
  const text = /\s/.test(value) ? value.replace(OPTION, "$1").trim() : value;
  if (text === "") return notLiteral2("placeholder", "only command-line options");
  if (WRAPPED_PLACEHOLDER.test(text) || UNDERSCORE_MARKER.test(text))
    return notLiteral2("placeholder", `a template placeholder ('${text}')`);
  if (FORMAT_PLACEHOLDER.test(text)) return notLiteral2("placeholder", `a format placeholder ('${text}')`);
  if (isReferenceTemplate(text)) return notLiteral2("placeholder", "a pattern of `{\u2026}` references");
  const length = Array.from(text).length;
  if (!/[\p{L}\p{N}]/u.test(text)) {
    return length >= 3 || text.includes("\u2026") ? notLiteral2("placeholder", "only mask characters") : tooShort(length);
  }
  const compact = text.replace(/[\s._:/-]/g, "");
  if (/^x{3,}$/i.test(compact) || /^(.)\1{2,}$/u.test(compact) || /[*\u2022\u25cf]{3}/.test(text)) {
    return notLiteral2("placeholder", "masked or repeated characters");
  }
  for (const [pattern, what] of CONFIG_VALUES) {
    if (pattern.test(text)) return notLiteral2("config-value", what);
  }
  const words = placeholderWords(text);
  if (words) {
    return notLiteral2(
      "placeholder",
      `all words are placeholders: ${words.map((word) => `'${word}'`).join(", ")}`
    );
  }
  if (isInstructionPlaceholder(text)) return notLiteral2("placeholder", "an instruction to fill in a value");
  if (length <= 3) return tooShort(length);
  return LITERAL;
}
function tooShort(length) {
  return notLiteral2("too-short", `only ${length} character${length === 1 ? "" : "s"}`);
}
function unquote2(text) {
  return /^(["']).*\1$/s.test(text) ? text.slice(1, -1) : text;
}

// src/targets/registry-config/docker-daemon-settings.ts
function dockerInsecureRegistry(value, key, region) {
  const registry = value.trim().replace(/^https?:\/\//i, "").replace(/\/+$/, "");
  if (!registry) return void 0;
  return { setting: "insecure-registry", registry, key, region, lowRisk: isLoopbackHost(registry) };
}
function dockerRegistryMirror(value, key, region) {
  const match = /^([a-z][a-z0-9+.-]*):\/\/([^/?#\s]*)/i.exec(value.trim());
  if (!match) return {};
  const authority = match[2];
  const at = authority.lastIndexOf("@");
  const host = authority.slice(at + 1);
  if (!host) return {};
  const result = {};
  const userinfo = at >= 0 ? authority.slice(0, at) : "";
  const colon = userinfo.indexOf(":");
  const password = colon >= 0 ? userinfo.slice(colon + 1) : "";
  if (password && classifyValue(password).literal)
    result.credential = { registry: host, key, value: password, region };
  if (match[1].toLowerCase() === "http")
    result.endpoint = {
      setting: "plain-http",
      registry: host,
      mirrorOf: "docker.io",
      key,
      region,
      lowRisk: isLoopbackHost(host)
    };
  return result;
}
function isTcpAddress(address) {
  const trimmed = address.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(trimmed)?.[1];
  return scheme === void 0 ? trimmed !== "" : scheme.toLowerCase() === "tcp";
}

// src/targets/registry-config/docker-daemon-config.ts
var TRANSPORT_KEYS = ["insecure-registries", "registry-mirrors", "hosts", "tls", "tlsverify"];
var OWN_TRANSPORT_KEYS = ["insecure-registries", "registry-mirrors"];
var DAEMON_KEYS = /* @__PURE__ */ new Set([
  ...TRANSPORT_KEYS,
  ..."allow-direct-routing allow-nondistributable-artifacts api-cors-header authorization-plugins bip bip6 bridge builder cdi-spec-dirs cgroup-parent cluster-advertise cluster-store cluster-store-opts containerd containerd-namespace containerd-plugins-namespace cpu-rt-period cpu-rt-runtime cri-containerd data-root debug default-address-pools default-cgroupns-mode default-gateway default-gateway-v6 default-ipc-mode default-network-opts default-runtime default-shm-size default-ulimits disable-legacy-registry dns dns-opts dns-search exec-opts exec-root experimental features firewall-backend fixed-cidr fixed-cidr-v6 graph group host-gateway-ip host-gateway-ips hosts icc init init-path ip ip-forward ip-forward-no-drop ip-masq ip6tables iptables ipv6 isolation labels live-restore log-driver log-format log-level log-opts max-concurrent-downloads max-concurrent-uploads max-download-attempts metrics-addr min-api-version mtu network-control-plane-mtu no-new-privileges node-generic-resources oom-score-adjust pidfile proxies raw-logs runtimes seccomp-profile selinux-enabled shutdown-timeout storage-driver storage-opts swarm-default-advertise-addr tlscacert tlscert tlskey userland-proxy userland-proxy-path userns-remap".split(
    " "
  )
]);
var dockerDaemonFormat = {
  format: "docker-daemon",
  matches(path, text) {
    const name = baseName(path);
    if (name !== "daemon.json") return isRenamedDaemonConfig(name, text);
    const probe2 = probeJson(text);
    switch (probe2.kind) {
      case "empty":
        return true;
      case "object": {
        const keys = Object.keys(probe2.value);
        return keys.every((key) => DAEMON_KEYS.has(key)) || keys.some((key) => TRANSPORT_KEYS.includes(key));
      }
      case "invalid":
        return /^\s*\{/.test(text.replace(/^\uFEFF/, "")) && TRANSPORT_KEYS.some((key) => text.includes(`"${key}"`));
      default:
        return false;
    }
  },
  parse(text) {
    const document = {
      format: "docker-daemon",
      text,
      insecureEndpoints: [],
      listeners: [],
      credentials: [],
      trustWeaknesses: []
    };
    const root = parseJsonConfig(text, "daemon.json");
    if (!root) return document;
    for (const item of jsonStringItems(root.get("insecure-registries"))) {
      const endpoint = dockerInsecureRegistry(item.text, "insecure-registries", item.region);
      if (endpoint) document.insecureEndpoints.push(endpoint);
    }
    for (const item of jsonStringItems(root.get("registry-mirrors"))) {
      const { endpoint, credential } = dockerRegistryMirror(
        item.text,
        "registry-mirrors",
        item.region
      );
      if (endpoint) document.insecureEndpoints.push(endpoint);
      if (credential) document.credentials.push(credential);
    }
    const tlsVerify = effectiveTlsVerify(root.get("tlsverify"), root.get("tls"));
    for (const item of jsonStringItems(root.get("hosts"))) {
      const address = item.text.trim();
      if (!isTcpAddress(address)) continue;
      document.listeners.push({ address, tlsVerify, key: "hosts", region: item.region });
    }
    return document;
  }
};
function isRenamedDaemonConfig(name, text) {
  const lower = name.toLowerCase();
  if (!lower.endsWith(".json") || !/docker|daemon/.test(lower) || lower === "dockerconfig.json") return false;
  const probe2 = probeJson(text);
  if (probe2.kind !== "object") return false;
  const keys = Object.keys(probe2.value);
  return keys.some((key) => OWN_TRANSPORT_KEYS.includes(key)) || keys.some((key) => TRANSPORT_KEYS.includes(key)) && keys.every((key) => DAEMON_KEYS.has(key));
}
function effectiveTlsVerify(tlsverify, tls) {
  if (typeof tlsverify?.scalar === "boolean") return tlsverify.scalar;
  return tls?.scalar === true;
}

// src/targets/registry-config/docker-client-config.ts
import { Buffer as Buffer2 } from "node:buffer";
var CLIENT_KEYS = ["auths", "credsStore", "credHelpers"];
var CONFIG_NAMES = /* @__PURE__ */ new Set(["config.json", "auth.json", ".dockerconfigjson", "dockerconfig.json"]);
var TOKEN_KEYS = ["identitytoken", "registrytoken", "password"];
var dockerClientConfigFormat = {
  format: "docker-client-config",
  matches(path, text) {
    if (!CONFIG_NAMES.has(baseName(path).toLowerCase())) return false;
    const probe2 = probeJson(text);
    if (probe2.kind === "object") return CLIENT_KEYS.some((key) => Object.hasOwn(probe2.value, key));
    return probe2.kind === "invalid" && /^\s*\{/.test(text.replace(/^\uFEFF/, "")) && CLIENT_KEYS.some((key) => text.includes(`"${key}"`));
  },
  parse(text) {
    const document = {
      format: "docker-client-config",
      text,
      insecureEndpoints: [],
      listeners: [],
      credentials: [],
      trustWeaknesses: []
    };
    const root = parseJsonConfig(text, "Docker config.json");
    for (const [registry, entry] of root?.get("auths")?.entries() ?? []) {
      append(document.credentials, entryCredentials(registry, entry));
    }
    return document;
  }
};
function entryCredentials(registry, entry) {
  const found = [];
  const auth = entry.get("auth");
  const encoded2 = typeof auth?.scalar === "string" ? auth.scalar.trim() : "";
  if (auth && encoded2 && hasLiteralPassword(encoded2)) {
    found.push({ registry, key: "auth", value: encoded2, region: auth.reportRegion });
  }
  for (const key of TOKEN_KEYS) {
    const node = entry.get(key);
    if (typeof node?.scalar === "string" && classifyValue(node.scalar).literal)
      found.push({ registry, key, value: node.scalar, region: node.reportRegion });
  }
  return found;
}
function hasLiteralPassword(encoded2) {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded2) || encoded2.replace(/=+$/, "").length % 4 === 1) return false;
  const decoded = Buffer2.from(encoded2, "base64").toString("utf8");
  if (decoded.includes("\uFFFD") || hasControlCharacters(decoded)) return false;
  const colon = decoded.indexOf(":");
  if (colon <= 0) return false;
  return classifyValue(decoded.slice(colon + 1)).literal;
}
function hasControlCharacters(text) {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 32 && code !== 9 && code !== 10 && code !== 13 || code === 127) return true;
  }
  return false;
}

// src/targets/registry-config/containers-policy.ts
var REQUIREMENT_TYPES = /* @__PURE__ */ new Set(["insecureAcceptAnything", "reject", "signedBy", "sigstoreSigned"]);
var ACCEPT_ANYTHING = "insecureAcceptAnything";
var REGISTRY_TRANSPORTS = /* @__PURE__ */ new Set(["docker", "atomic"]);
var containersPolicyFormat = {
  format: "containers-policy",
  matches(path, text) {
    const name = baseName(path);
    if (!name.toLowerCase().endsWith(".json")) return false;
    const probe2 = probeJson(text);
    if (probe2.kind === "object") {
      const { value } = probe2;
      if (isRequirementList(value.default)) return true;
      return name === "policy.json" && Array.isArray(value.default) && Object.keys(value).every((key) => key === "default" || key === "transports");
    }
    return probe2.kind === "invalid" && name === "policy.json" && text.includes('"default"') && [...REQUIREMENT_TYPES].some((type) => text.includes(`"${type}"`));
  },
  parse(text) {
    const document = {
      format: "containers-policy",
      text,
      insecureEndpoints: [],
      listeners: [],
      credentials: [],
      trustWeaknesses: []
    };
    const root = parseJsonConfig(text, "policy.json");
    if (!root) return document;
    const fallback = acceptsAnything(root.get("default"), `default policy '${ACCEPT_ANYTHING}'`);
    if (fallback) document.trustWeaknesses.push(fallback);
    for (const [transport, scopes] of root.get("transports")?.entries() ?? []) {
      if (!REGISTRY_TRANSPORTS.has(transport)) continue;
      for (const [scope, requirements] of scopes.entries()) {
        const where = scope === "" ? `every '${transport}' image` : `'${transport}' scope '${scope}'`;
        const weakness = acceptsAnything(requirements, `policy '${ACCEPT_ANYTHING}' for ${where}`);
        if (weakness) document.trustWeaknesses.push(weakness);
      }
    }
    return document;
  }
};
function isRequirementList(value) {
  return Array.isArray(value) && value.length > 0 && value.every(
    (item) => item !== null && typeof item === "object" && REQUIREMENT_TYPES.has(String(item.type))
  );
}
function acceptsAnything(requirements, detail) {
  const items = requirements?.kind === "seq" ? requirements.items() : [];
  if (items.length === 0 || !items.every((item) => item.get("type")?.scalar === ACCEPT_ANYTHING))
    return void 0;
  const type = items[0]?.get("type");
  return type ? { detail, region: type.reportRegion } : void 0;
}

// src/targets/registry-config/notation-trust-policy.ts
var WEAK_LEVELS = /* @__PURE__ */ new Set(["skip", "audit"]);
var ENFORCING_LEVELS = /* @__PURE__ */ new Set(["strict", "permissive"]);
var notationTrustPolicyFormat = {
  format: "notation-trust-policy",
  matches(path, text) {
    const name = baseName(path).toLowerCase();
    if (!name.endsWith(".json")) return false;
    const probe2 = probeJson(text);
    if (probe2.kind === "object")
      return Array.isArray(probe2.value.trustPolicies) && Object.hasOwn(probe2.value, "version");
    return probe2.kind === "invalid" && name.startsWith("trustpolicy") && text.includes('"trustPolicies"');
  },
  parse(text) {
    const document = {
      format: "notation-trust-policy",
      text,
      insecureEndpoints: [],
      listeners: [],
      credentials: [],
      trustWeaknesses: []
    };
    const root = parseJsonConfig(text, "Notation trust policy");
    for (const policy of root?.get("trustPolicies")?.items() ?? []) {
      append(document.trustWeaknesses, policyWeaknesses(policy));
    }
    return document;
  }
};
function policyWeaknesses(policy) {
  const found = [];
  const name = policy.get("name")?.text;
  const label = name === void 0 ? "trust policy" : `trust policy '${name}'`;
  const verification = policy.get("signatureVerification");
  const level = verification?.get("level");
  const levelName = typeof level?.scalar === "string" ? level.scalar : void 0;
  if (level && levelName && WEAK_LEVELS.has(levelName)) {
    found.push({ detail: `${label} verification level '${levelName}'`, region: level.reportRegion });
  }
  const authenticity = verification?.at("override", "authenticity");
  if (levelName && ENFORCING_LEVELS.has(levelName) && authenticity?.scalar === "log") {
    found.push({
      detail: `${label} only logs authenticity failures (override 'authenticity: log')`,
      region: authenticity.reportRegion
    });
  }
  for (const identity of policy.get("trustedIdentities")?.items() ?? []) {
    if (identity.scalar === "*")
      found.push({ detail: `${label} trusts any identity ('*')`, region: identity.region });
  }
  return found;
}

// src/targets/shell/nested-shells.ts
import { Buffer as Buffer3 } from "node:buffer";

// src/targets/shell/shell-words.ts
var MAX_NESTING = 64;
function programName(value) {
  const base = value.split(/[\\/]/).pop() ?? value;
  return base.toLowerCase().replace(/\.exe$/, "");
}
function makeWord(script, start, end, value, dynamic) {
  return { value, raw: script.slice(start, end), start, end, dynamic };
}
function isOneOf(chars, c) {
  return !!c && chars.includes(c);
}
function emptyParse() {
  return { commands: [], assignments: [] };
}
var StatementBuilder = class {
  constructor(out, dialect) {
    this.out = out;
    this.dialect = dialect;
  }
  out;
  dialect;
  words = [];
  env = [];
  redirects = [];
  /** True until the statement has a command word (env prefixes and redirects don't count). */
  get atStart() {
    return this.words.length === 0;
  }
  /** Ends the statement: a command when it has words, otherwise its prefixes are plain assignments. */
  flush() {
    const [name, ...args] = this.words;
    if (name) {
      this.out.commands.push(makeCommand(this.dialect, name, args, this.env, this.redirects));
    } else {
      append(this.out.assignments, this.env);
    }
    this.words = [];
    this.env = [];
    this.redirects = [];
  }
};
function makeCommand(dialect, name, args, env = [], redirects = []) {
  return { name, program: programName(name.value), args, env, redirects, dialect };
}
function matchingClose(script, open, quotes) {
  const opener = script[open];
  const closer = opener === "(" ? ")" : opener === "{" ? "}" : "]";
  let depth = 0;
  for (let i = open; i < script.length; i++) {
    const c = script[i];
    if (quotes.includes(c)) {
      const end = script.indexOf(c, i + 1);
      if (end < 0) return -1;
      i = end;
    } else if (c === opener) depth++;
    else if (c === closer && --depth === 0) return i;
  }
  return -1;
}

// src/targets/shell/nested-shells.ts
var POSIX_SHELLS = /* @__PURE__ */ new Set(["sh", "bash", "dash", "ash", "zsh", "ksh", "mksh", "yash", "busybox-sh"]);
var WRAPPERS = new Set(
  "sudo doas env nice nohup exec timeout chroot gosu su-exec runuser setsid stdbuf ionice time busybox xargs find start call".split(
    " "
  )
);
var POWERSHELL_VALUE_OPTIONS = [
  ["executionpolicy", 2],
  ["ep", 2],
  ["windowstyle", 1],
  ["outputformat", 1],
  ["of", 2],
  ["inputformat", 1],
  ["if", 2],
  ["version", 1],
  ["configurationname", 4],
  ["psconsolefile", 2],
  ["workingdirectory", 2],
  ["wd", 2],
  ["settingsfile", 2],
  ["custompipename", 2]
];
function nestedScript(cmd, outer, outerDialect = "posix") {
  const words = [cmd.name, ...cmd.args];
  const first = WRAPPERS.has(cmd.program) ? words.findIndex((w, k) => k > 0 && isShell(programName(w.value))) : 0;
  const shell = words[first];
  if (!shell) return void 0;
  const program = programName(shell.value);
  const rest = words.slice(first + 1);
  if (POSIX_SHELLS.has(program) || program === "sh.exe" || program === "bash.exe") {
    return posixShell(rest) ?? heredocShell(cmd, rest, outer);
  }
  if (program === "su" || program === "runuser") return su(rest);
  if (program === "powershell" || program === "pwsh")
    return powerShell(
      outerDialect === "cmd" ? rest.map(asCommandLineArgument) : rest,
      program === "powershell"
    );
  if (program === "cmd") return cmdShell(rest);
  return void 0;
}
function isShell(program) {
  return POSIX_SHELLS.has(program) || ["su", "powershell", "pwsh", "cmd"].includes(program);
}
function posixShell(args) {
  let command = false;
  for (let k = 0; k < args.length; k++) {
    const value = args[k].value;
    if (/^[-+][A-Za-z]+$/.test(value)) {
      command ||= value.startsWith("-") && value.includes("c");
      if (value.slice(1).includes("o")) k++;
    } else if (value.startsWith("--")) {
      if (value === "--rcfile" || value === "--init-file") k++;
    } else return command ? fromWords([args[k]], "posix") : void 0;
  }
  return void 0;
}
function heredocShell(cmd, args, outer) {
  if (args.some((a) => !a.value.startsWith("-"))) return void 0;
  const redirect = cmd.redirects.find((r) => r.heredoc !== void 0 && r.op.startsWith("<<"));
  if (!redirect?.heredoc || !redirect.target) return void 0;
  const from = redirect.target.end;
  const found = outer.indexOf(redirect.heredoc, from);
  const base = found < 0 ? from : found;
  return { dialect: "posix", script: redirect.heredoc, map: (o) => Math.min(base + o, outer.length) };
}
function su(args) {
  for (let k = 0; k < args.length; k++) {
    const word = args[k];
    if (/^-[A-Za-z]*c$/.test(word.value) || word.value === "--command")
      return args[k + 1] && fromWords([args[k + 1]], "posix");
    if (word.value.startsWith("--command=")) return fromWords([word], "posix", "--command=".length);
  }
  return void 0;
}
function powerShell(args, bareIsCommand) {
  for (let k = 0; k < args.length; k++) {
    const word = args[k];
    const option = /^[-/]([A-Za-z]+)$/.exec(word.value)?.[1]?.toLowerCase();
    if (option === void 0) return bareIsCommand ? fromWords(args.slice(k), "powershell") : void 0;
    if ("command".startsWith(option))
      return args[k + 1] ? fromWords(args.slice(k + 1), "powershell") : void 0;
    if ("encodedcommand".startsWith(option) || option === "ec") return encoded(args[k + 1]);
    if ("file".startsWith(option)) return void 0;
    if (POWERSHELL_VALUE_OPTIONS.some(([name, min]) => option.length >= min && name.startsWith(option))) k++;
  }
  return void 0;
}
function asCommandLineArgument(word) {
  if (!word.raw.includes('"')) return word;
  let value = "";
  for (let i = 0; i < word.raw.length; i++) {
    let slashes = 0;
    while (word.raw[i] === "\\") {
      slashes++;
      i++;
    }
    if (word.raw[i] === '"') {
      value += "\\".repeat(Math.floor(slashes / 2));
      if (slashes % 2 === 1) value += '"';
    } else value += "\\".repeat(slashes) + (word.raw[i] ?? "");
  }
  return { ...word, value };
}
function encoded(word) {
  if (!word || !/^[A-Za-z0-9+/]+={0,2}$/.test(word.value)) return void 0;
  const script = Buffer3.from(word.value, "base64").toString("utf16le");
  return { dialect: "powershell", script, map: (o) => Math.min(word.start + o, word.end) };
}
function cmdShell(args) {
  for (let k = 0; k < args.length; k++) {
    const value = args[k].value;
    if (/^(?:\/[A-Za-z](?::\w+)?)*\/[ckCK]$/.test(value))
      return args[k + 1] ? fromWords(args.slice(k + 1), "cmd") : void 0;
    if (!value.startsWith("/")) return void 0;
  }
  return void 0;
}
function fromWords(words, dialect, skip = 0) {
  const pieces = [];
  let script = "";
  for (const word of words) {
    if (script) script += " ";
    const value = word.value.slice(skip);
    const found = value ? word.raw.indexOf(value) : -1;
    pieces.push({
      inner: script.length,
      word,
      offset: found >= 0 ? found : skip + (/^['"]/.test(word.raw) ? 1 : 0)
    });
    script += value;
  }
  return {
    dialect,
    script,
    map(offset) {
      let piece = pieces[0];
      for (const p of pieces) if (p.inner <= offset) piece = p;
      if (!piece) return 0;
      const { word } = piece;
      return Math.max(word.start, Math.min(word.start + piece.offset + offset - piece.inner, word.end));
    }
  };
}

// src/targets/shell/bash-tree.ts
var BashTree = class {
  kind = [];
  start = [];
  end = [];
  firstChild = [];
  nextSibling = [];
  parent = [];
  constructor(tree, kinds) {
    const cursor = tree.walk();
    const lastChild = [];
    const ancestors = [];
    try {
      for (; ; ) {
        const node = this.kind.length;
        this.kind.push(kinds.of(cursor.nodeTypeId));
        this.start.push(cursor.startIndex);
        this.end.push(cursor.endIndex);
        this.firstChild.push(-1);
        this.nextSibling.push(-1);
        lastChild.push(-1);
        const parent = ancestors.length > 0 ? ancestors[ancestors.length - 1] : -1;
        this.parent.push(parent);
        if (parent >= 0) {
          const previous = lastChild[parent];
          if (previous >= 0) this.nextSibling[previous] = node;
          else this.firstChild[parent] = node;
          lastChild[parent] = node;
        }
        if (cursor.gotoFirstChild()) {
          ancestors.push(node);
          continue;
        }
        while (!cursor.gotoNextSibling()) {
          if (!cursor.gotoParent()) return;
          ancestors.pop();
        }
      }
    } finally {
      cursor.delete();
    }
  }
  /** The direct children of `node`, in source order. */
  children(node) {
    const out = [];
    for (let c = this.firstChild[node]; c >= 0; c = this.nextSibling[c]) out.push(c);
    return out;
  }
  /** Whether the node is a named one (not an operator, keyword or quote). */
  named(node) {
    return !this.kind[node].startsWith(" ");
  }
};
var KindTable = class {
  constructor(language) {
    this.language = language;
  }
  language;
  names = [];
  of(id) {
    let name = this.names[id];
    if (name === void 0) {
      const type = this.language.nodeTypeForId(id) ?? "ERROR";
      name = this.language.nodeTypeIsNamed(id) ? type : ` ${type}`;
      this.names[id] = name;
    }
    return name;
  }
};

// src/targets/shell/load-bash-parser.ts
var loaded;
var loading4;
var failure;
function loadBashParser(readAssets) {
  loading4 ??= readAssets().then(instantiate).then(
    (parser) => {
      loaded = parser;
    },
    (error) => {
      failure = `the shell parser could not be loaded: ${String(error)}`;
    }
  );
  return loading4;
}
function bashParser() {
  return loaded;
}
function bashParserFailure() {
  return failure;
}
var NO_FUNCTION_INDEX = 2 ** 31 - 1;
async function instantiate({ runtime, grammar }) {
  const { Parser: Parser2, Language } = await import("./chunk-JALDDCKI.js");
  const v8 = process.getBuiltinModule("node:v8");
  v8.setFlagsFromString("--liftoff-only");
  v8.setFlagsFromString(`--wasm-tier-up-filter=${NO_FUNCTION_INDEX}`);
  await Parser2.init({ wasmBinary: runtime });
  const parser = new Parser2();
  parser.setLanguage(await Language.load(grammar));
  return { parser, kinds: new KindTable(parser.language) };
}

// src/targets/shell/tokenize-posix.ts
var KEYWORDS = new Set("if then else elif fi do done while until ! { } time esac".split(" "));
var HEADERS = /* @__PURE__ */ new Set(["for", "select", "case", "function"]);
var REDIRECT = /^(?:&>>|&>|>>|>&|>\||<<<|<<-|<<|<&|<>|>|<)/;
var ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)\+?=/;
function tokenizePosix(script) {
  const out = emptyParse();
  new PosixScanner(script, out).statements(void 0, 0);
  return out;
}
var PipelineTracker = class {
  constructor(out, nextId) {
    this.out = out;
    this.nextId = nextId;
  }
  out;
  nextId;
  current;
  /**
   * Flushes the statement; `piped` when the separator ending it is a `|`. A PowerShell tokenizer
   * says whether the statement was `empty` (it keeps expressions out of the builder) and gives the
   * `input`: a single-token expression whose value flows into the next element.
   */
  end(st, piped, element = {}) {
    const { input } = element;
    const empty = element.empty ?? (st.atStart && st.env.length === 0 && st.redirects.length === 0);
    const before = this.out.commands.length;
    st.flush();
    if (empty && this.current && !piped) return;
    const command = this.out.commands.length > before ? this.out.commands.at(-1) : void 0;
    if (piped || this.current) {
      this.current ??= { id: this.nextId(), index: 0 };
      const { id, index, input: received } = this.current;
      if (command) command.pipeline = received ? { id, index, input: received } : { id, index };
      this.current = { id, index: index + 1 };
      if (input) this.current.input = input;
    }
    if (!piped) this.current = void 0;
  }
  /** Ends the pipeline without another element (a subshell or block boundary). */
  close() {
    this.current = void 0;
  }
};
var PosixScanner = class {
  constructor(s, out) {
    this.s = s;
    this.out = out;
  }
  s;
  out;
  i = 0;
  heredocs = [];
  casePattern = false;
  pipelineIds = 0;
  /** Scans statements until `close` (`)` or a backtick) or the end of the script. */
  statements(close, depth) {
    const s = this.s;
    const st = new StatementBuilder(this.out, "posix");
    let header;
    const pipe = new PipelineTracker(this.out, () => this.pipelineIds++);
    while (this.i < s.length) {
      const c = s[this.i];
      const two = s.slice(this.i, this.i + 2);
      if (c === " " || c === "	" || c === "\r" || two === "\\\n") this.i += c === "\\" ? 2 : 1;
      else if (c === close) {
        this.i++;
        break;
      } else if (c === "#") this.skipTo("\n");
      else if (c === "\n") {
        pipe.end(st, false);
        header = void 0;
        this.i++;
        this.readHeredocs();
      } else if (REDIRECT.test(s.slice(this.i, this.i + 3)) && !s.startsWith("<(", this.i) && !s.startsWith(">(", this.i)) {
        this.redirect(st, depth, close);
      } else if (";&|".includes(c)) {
        pipe.end(st, c === "|" && s[this.i + 1] !== "|");
        header = void 0;
        this.casePattern ||= two === ";;" || two === ";&";
        this.i += two === c + c || two === "|&" || two === ";&" ? 2 : 1;
      } else if (c === "(" || c === ")") {
        if (c === "(" && /\(\s*\)/y.test(s.slice(this.i, this.i + 64))) st.words = [];
        pipe.end(st, false);
        pipe.close();
        this.i++;
        if (c === "(" && depth < MAX_NESTING) this.statements(")", depth + 1);
      } else if (st.atStart && this.casePattern) {
        this.casePattern = false;
        header = void 0;
        if (s.startsWith("esac", this.i)) this.i += 4;
        else this.skipTo(")", 1);
      } else {
        const word = this.word(depth, close);
        if (!st.atStart) st.words.push(word);
        else if (header) {
          if (header === "case" && word.value === "in") this.casePattern = true;
        } else if (KEYWORDS.has(word.raw)) continue;
        else if (HEADERS.has(word.raw)) header = word.raw;
        else {
          const assignment = ASSIGNMENT.exec(word.raw);
          if (assignment) {
            const eq = word.raw.indexOf("=") + 1;
            const value = makeWord(
              s,
              word.start + eq,
              word.end,
              word.value.slice(word.value.indexOf("=") + 1),
              word.dynamic
            );
            st.env.push({ name: assignment[1], value });
          } else st.words.push(word);
        }
      }
    }
    pipe.end(st, false);
  }
  skipTo(char, past = 0) {
    const end = this.s.indexOf(char, this.i);
    this.i = end < 0 ? this.s.length : end + past;
  }
  redirect(st, depth, close) {
    const fd = /^\d+$/.test(st.words.at(-1)?.raw ?? "") && st.words.at(-1)?.end === this.i ? st.words.pop() : void 0;
    const op = REDIRECT.exec(this.s.slice(this.i, this.i + 3))[0];
    this.i += op.length;
    const redirect = { op };
    if (fd) redirect.fd = fd.raw;
    while (this.s[this.i] === " " || this.s[this.i] === "	") this.i++;
    if (this.i < this.s.length && !";&|()\n".includes(this.s[this.i]))
      redirect.target = this.word(depth, close);
    if (op === "<<" || op === "<<-") this.heredocs.push({ redirect, stripTabs: op === "<<-" });
    st.redirects.push(redirect);
  }
  /** Consumes the bodies of the here-documents started on the line that just ended. */
  readHeredocs() {
    for (const { redirect, stripTabs } of this.heredocs.splice(0)) {
      const delimiter = redirect.target?.value ?? "";
      const lines = [];
      while (this.i < this.s.length) {
        const end = this.s.indexOf("\n", this.i) < 0 ? this.s.length : this.s.indexOf("\n", this.i);
        const line = this.s.slice(this.i, end);
        this.i = end + 1;
        if ((stripTabs ? line.replace(/^\t+/, "") : line) === delimiter) break;
        lines.push(stripTabs ? line.replace(/^\t+/, "") : line);
      }
      this.i = Math.min(this.i, this.s.length);
      redirect.heredoc = lines.length ? lines.join("\n") + "\n" : "";
    }
  }
  /** One word, with quotes removed and substitutions kept as written (their commands are reported too). */
  word(depth, close) {
    const s = this.s;
    const start = this.i;
    let value = "";
    let dynamic = false;
    while (this.i < s.length) {
      const c = s[this.i];
      if (c === close || " 	\r\n;&|()<>".includes(c)) {
        if (!((c === "<" || c === ">") && s[this.i + 1] === "(" && this.i === start)) break;
        value += this.substitution(depth, 1);
        dynamic = true;
      } else if (c === "\\") {
        value += s[this.i + 1] === "\n" ? "" : s[this.i + 1] ?? "";
        this.i += 2;
      } else if ((c === "'" || c === '"') && !this.closes(c)) {
        value += c;
        this.i++;
      } else if (c === "'") {
        const end = s.indexOf("'", this.i + 1);
        value += s.slice(this.i + 1, end);
        this.i = end + 1;
      } else if (c === '"') {
        this.i++;
        while (this.i < s.length && s[this.i] !== '"') {
          const d = s[this.i];
          if (d === "\\" && isOneOf('$`"\\\n', s[this.i + 1])) {
            value += s[this.i + 1] === "\n" ? "" : s[this.i + 1];
            this.i += 2;
          } else if (d === "$" || d === "`") {
            const expansion = this.expansion(depth);
            dynamic ||= expansion.dynamic;
            value += expansion.text;
          } else {
            value += d;
            this.i++;
          }
        }
        this.i++;
      } else if (c === "$" || c === "`") {
        const expansion = this.expansion(depth);
        dynamic ||= expansion.dynamic;
        value += expansion.text;
      } else {
        value += c;
        this.i++;
      }
    }
    this.i = this.i === start ? start + 1 : Math.min(this.i, s.length);
    return makeWord(s, start, this.i, value, dynamic);
  }
  /** Whether the quote at the cursor is closed later in the script. */
  closes(quote) {
    if (quote === "'") return this.s.indexOf("'", this.i + 1) >= 0;
    return /^"(?:[^"\\]|\\[\s\S])*"/.test(this.s.slice(this.i, this.i + 65536));
  }
  /** `$name`, `${...}`, `$((...))`, `$(...)` or a backtick substitution starting at the cursor. */
  expansion(depth) {
    const s = this.s;
    const start = this.i;
    if (s[this.i] === "`") return { text: this.substitution(depth, 0), dynamic: true };
    const next = s[this.i + 1];
    if (next === "(" && s[this.i + 2] !== "(") return { text: this.substitution(depth, 1), dynamic: true };
    if (next === "(" || next === "{") {
      const end = matchingClose(s, this.i + 1, `'"`);
      this.i = end < 0 ? s.length : end + 1;
    } else {
      const name = /^(?:[A-Za-z_][A-Za-z0-9_]*|[0-9@*#?$!-])/.exec(s.slice(this.i + 1, this.i + 256));
      this.i += 1 + (name?.[0].length ?? 0);
      if (!name) return { text: "$", dynamic: false };
    }
    return { text: s.slice(start, this.i), dynamic: true };
  }
  /** A `$(...)`, `<(...)` or backtick substitution: its commands are scanned, its text kept raw. */
  substitution(depth, prefix) {
    const start = this.i;
    const closer = this.s[this.i] === "`" ? "`" : ")";
    this.i += prefix + 1;
    if (depth < MAX_NESTING) this.statements(closer, depth + 1);
    else this.skipTo(closer, 1);
    return this.s.slice(start, this.i);
  }
};

// src/targets/shell/parse-bash.ts
var REDIRECTS = /* @__PURE__ */ new Set(["file_redirect", "herestring_redirect", "heredoc_redirect"]);
var DYNAMIC = /* @__PURE__ */ new Set([
  "simple_expansion",
  "expansion",
  "command_substitution",
  "arithmetic_expansion",
  "process_substitution"
]);
var RESERVED = /* @__PURE__ */ new Set(["then", "else", "elif", "fi", "do", "done", "esac", "}"]);
var COMMANDS = /* @__PURE__ */ new Set(["command", "declaration_command", "unset_command", "test_command"]);
function parseBash({ parser, kinds }, script) {
  const tree = parser.parse(script);
  if (!tree) return { error: { message: "the shell parser returned no tree", offset: 0 } };
  try {
    if (tree.rootNode.hasError) return { error: describeError(tree.rootNode, script) };
    return new TreeReader(script, new BashTree(tree, kinds)).read();
  } finally {
    tree.delete();
  }
}
function describeError(root, script) {
  let node = root;
  for (let depth = 0; depth < 1e4; depth++) {
    if (node.type === "ERROR" || node.isMissing) break;
    const next = node.children.find((c) => c.hasError || c.isMissing || c.type === "ERROR");
    if (!next) break;
    node = next;
  }
  let offset = node.startIndex;
  while (offset < script.length && /\s/.test(script[offset])) offset++;
  if (node.isMissing) return { message: `missing ${node.type}`, offset };
  const quote = script[offset];
  if (quote === "'" || quote === '"' || quote === "`")
    return { message: `reached the end of the script without a closing quote ${quote}`, offset };
  const token = /^\S{1,20}/.exec(script.slice(offset, offset + 20))?.[0] ?? "";
  return { message: token ? `syntax error near "${token}"` : "syntax error", offset };
}
var TreeReader = class {
  constructor(script, tree) {
    this.script = script;
    this.tree = tree;
  }
  script;
  tree;
  out = emptyParse();
  /** Command nodes that are pipeline elements. */
  pipelines = /* @__PURE__ */ new Map();
  pipelineIds = 0;
  /** Pipelines read as the continuation of the pipeline before them (see `pipeline`). */
  mergedPipelines = /* @__PURE__ */ new Set();
  /** A reserved word where a command name should be, which tree-sitter accepts as a command. */
  syntaxError;
  read() {
    const { kind } = this.tree;
    for (let node = 0; node < kind.length; node++) if (kind[node] === "pipeline") this.pipeline(node);
    for (let node = 0; node < kind.length; node++) {
      switch (kind[node]) {
        case "command":
          this.command(node);
          break;
        case "declaration_command":
        case "unset_command":
          this.declaration(node);
          break;
        case "test_command":
          this.bracketTest(node);
          break;
        case "variable_assignment":
          if (!this.inCommand(node)) this.out.assignments.push(this.assign(node));
          break;
      }
    }
    return this.syntaxError ? { error: this.syntaxError } : this.out;
  }
  inCommand(node) {
    const parent = this.tree.kind[this.tree.parent[node]];
    return parent === "command" || parent === "declaration_command";
  }
  /**
   * Numbers the elements of a pipeline. tree-sitter-bash reads `a | b | c && d` as
   * `a | (b | c && d)`: a `list` element continues the pipeline with its first pipeline or command,
   * which is then not numbered again.
   */
  pipeline(node) {
    if (this.mergedPipelines.has(node)) return;
    const id = this.pipelineIds++;
    let index = 0;
    const first = this.tree.firstChild[node];
    const owner = this.tree.parent[node];
    if (first >= 0 && !this.tree.named(first) && this.tree.kind[owner] === "heredoc_redirect") {
      const holder = this.tree.parent[owner];
      const command = this.tree.kind[holder] === "command" ? holder : this.statementCommand(holder);
      if (command >= 0) this.pipelines.set(command, { id, index });
      index++;
    }
    const pending = this.tree.children(node).reverse();
    for (let element = pending.pop(); element !== void 0; element = pending.pop()) {
      if (!this.tree.named(element) || this.tree.kind[element] === "comment") continue;
      if (this.tree.kind[element] === "list" || this.tree.kind[element] === "pipeline") {
        let head = element;
        while (this.tree.kind[head] === "list")
          head = this.tree.children(head).find((c) => this.tree.named(c)) ?? -1;
        if (head < 0) continue;
        if (this.tree.kind[head] === "pipeline") {
          this.mergedPipelines.add(head);
          for (const c of this.tree.children(head).reverse()) pending.push(c);
          continue;
        }
        element = head;
      }
      const command = this.statementCommand(element);
      if (command >= 0) this.pipelines.set(command, { id, index });
      index++;
    }
  }
  /** The command node of a statement (`cmd`, `cmd > f`, `! cmd`), or -1 for a compound one. */
  statementCommand(node) {
    const { kind } = this.tree;
    let at = node;
    if (kind[at] === "negated_command" || kind[at] === "redirected_statement")
      at = this.tree.children(at).find((c) => this.tree.named(c)) ?? -1;
    return at >= 0 && COMMANDS.has(kind[at]) ? at : -1;
  }
  command(node) {
    const { kind } = this.tree;
    const env = [];
    const redirects = [];
    const argNodes = [];
    let name;
    for (const c of this.tree.children(node)) {
      const k = kind[c];
      if (k === "variable_assignment" && !name) env.push(this.assign(c));
      else if (k === "command_name") name = this.word([c]);
      else if (REDIRECTS.has(k)) this.redirect(c, redirects);
      else if (k === "subshell")
        this.syntaxError ??= { message: 'syntax error near "("', offset: this.tree.start[c] };
      else if (k !== "comment") argNodes.push(c);
    }
    if (!name) {
      append(this.out.assignments, env);
      return;
    }
    if (RESERVED.has(name.raw))
      this.syntaxError ??= {
        message: `"${name.raw}" can only be used inside a compound command`,
        offset: name.start
      };
    this.push(
      node,
      makeCommand("posix", name, this.words(argNodes), env, this.statementRedirects(node, redirects))
    );
  }
  /** `export`/`local`/`declare`/`readonly`/`typeset`/`unset`: commands whose arguments may be assignments. */
  declaration(node) {
    const { kind } = this.tree;
    const [keyword, ...rest] = this.tree.children(node);
    if (keyword === void 0) return;
    const redirects = [];
    const args = [];
    const plain = [];
    const flush = () => {
      append(args, this.words(plain));
      plain.length = 0;
    };
    for (const c of rest) {
      const k = kind[c];
      if (REDIRECTS.has(k)) this.redirect(c, redirects);
      else if (k === "variable_assignment") {
        flush();
        args.push(this.declArg(c));
      } else if (k !== "comment") plain.push(c);
    }
    flush();
    const name = this.word([keyword]);
    this.push(node, makeCommand("posix", name, args, [], this.statementRedirects(node, redirects)));
  }
  /**
   * `[ -f x ]` is the command `[` (its last argument `]`), but tree-sitter reads it as a test
   * expression; its words come from the tokenizer. `[[ \u2026 ]]` is a keyword, not a command.
   */
  bracketTest(node) {
    const start = this.tree.start[node];
    const end = this.tree.end[node];
    if (this.script.startsWith("[[", start)) return;
    const inner = tokenizePosix(this.script.slice(start, end)).commands.find((c) => c.name.start === 0);
    if (!inner) return;
    const shift = (w) => makeWord(this.script, w.start + start, w.end + start, w.value, w.dynamic);
    const command = makeCommand("posix", shift(inner.name), inner.args.map(shift));
    this.push(node, { ...command, redirects: this.statementRedirects(node, []) });
  }
  push(node, command) {
    const pipeline = this.pipelines.get(node);
    if (pipeline) command.pipeline = pipeline;
    this.out.commands.push(command);
  }
  /**
   * The command's own redirects plus those of the statement around it, in source order.
   * tree-sitter-bash hangs a redirect after `a | b` or `a || b` on the whole pipeline or list, where
   * the shell applies it to the last command, so the walk goes up through last elements.
   */
  statementRedirects(node, own) {
    const { kind, parent } = this.tree;
    for (let at = node, up = parent[node]; up >= 0; at = up, up = parent[up]) {
      const k = kind[up];
      if (k === "redirected_statement") {
        if (this.tree.children(up).find((c) => this.tree.named(c)) !== at) break;
        for (const c of this.tree.children(up))
          if (c !== at && REDIRECTS.has(kind[c])) this.redirect(c, own);
      } else if (k !== "pipeline" && k !== "list") break;
      if (!this.isLastElement(at)) break;
    }
    return own.sort((a, b) => (a.target?.start ?? 0) - (b.target?.start ?? 0));
  }
  /** Whether no statement follows `node` among its siblings (looked up forward: a pipeline may have 100,000s). */
  isLastElement(node) {
    const { kind, nextSibling } = this.tree;
    for (let next = nextSibling[node]; next >= 0; next = nextSibling[next])
      if (this.tree.named(next) && !REDIRECTS.has(kind[next]) && kind[next] !== "comment")
        return false;
    return true;
  }
  /** Adds a redirect, and the redirects tree-sitter nests in a here-document's (`cat <<EOF > file`). */
  redirect(node, out) {
    const { kind } = this.tree;
    let op = "";
    let fd;
    const targetNodes = [];
    let heredocStart = -1;
    let bodyStart = -1;
    let bodyEnd = -1;
    const nested = [];
    for (const c of this.tree.children(node)) {
      const k = kind[c];
      if (k === "file_descriptor") fd = this.raw(c);
      else if (!this.tree.named(c)) {
        if (!op && targetNodes.length === 0 && heredocStart < 0) op = this.raw(c);
      } else if (k === "heredoc_start") heredocStart = c;
      else if (k === "heredoc_body") bodyStart = this.tree.start[c];
      else if (k === "heredoc_end") bodyEnd = this.tree.start[c];
      else if (REDIRECTS.has(k)) nested.push(c);
      else if (kind[node] !== "heredoc_redirect") targetNodes.push(c);
    }
    const redirect = { op };
    if (fd !== void 0) redirect.fd = fd;
    if (heredocStart >= 0) {
      const raw = this.raw(heredocStart);
      const start = this.tree.start[heredocStart];
      redirect.target = makeWord(this.script, start, start + raw.length, raw.replace(/['"\\]/g, ""), false);
      redirect.heredoc = this.heredocBody(bodyStart, bodyEnd, op === "<<-");
    } else if (targetNodes.length > 0) redirect.target = this.word(targetNodes);
    out.push(redirect);
    for (const c of nested) this.redirect(c, out);
  }
  /** The body as written: from the line after the operator up to the closing delimiter's line. */
  heredocBody(bodyStart, bodyEnd, stripTabs) {
    if (bodyEnd < 0) return "";
    const from = bodyStart >= 0 ? this.script.lastIndexOf("\n", bodyStart - 1) + 1 : bodyEnd;
    const body = this.script.slice(from, bodyEnd).replace(/\t*$/, "");
    return stripTabs ? body.replace(/^\t+/gm, "") : body;
  }
  raw(node) {
    return this.script.slice(this.tree.start[node], this.tree.end[node]);
  }
  /** Arguments: nodes that touch (`$"\u2026"` is two nodes) make one word. */
  words(nodes) {
    const out = [];
    let group = [];
    for (const node of nodes) {
      const last = group[group.length - 1];
      if (last !== void 0 && this.tree.end[last] !== this.tree.start[node]) {
        out.push(this.word(group));
        group = [];
      }
      group.push(node);
    }
    if (group.length > 0) out.push(this.word(group));
    return out;
  }
  /** One word made of adjacent nodes, with quotes removed and expansions kept as written. */
  word(nodes) {
    const start = this.tree.start[nodes[0]];
    const end = this.tree.end[nodes[nodes.length - 1]];
    const state = { dynamic: false };
    const value = this.joinParts(nodes, start, end, state);
    return makeWord(this.script, start, end, value, state.dynamic);
  }
  /** The parts of a `command_name` or `concatenation` (one holds the other at most: no deep recursion). */
  partsValue(node, state) {
    return this.joinParts(
      this.tree.children(node),
      this.tree.start[node],
      this.tree.end[node],
      state
    );
  }
  /** The value of the text from `start` to `end`: each part's value, and the bare text around them unquoted. */
  joinParts(parts, start, end, state) {
    let value = "";
    let at = start;
    for (const part of parts) {
      value += unescapeBare(this.script.slice(at, this.tree.start[part]));
      value += this.partValue(part, state);
      at = this.tree.end[part];
    }
    return value + unescapeBare(this.script.slice(at, end));
  }
  partValue(part, state) {
    const kind = this.tree.kind[part];
    const raw = this.raw(part);
    if (DYNAMIC.has(kind)) {
      state.dynamic = true;
      return raw;
    }
    switch (kind) {
      case "raw_string":
        return raw.slice(1, -1);
      case "ansi_c_string":
        return ansiC(raw.slice(2, -1));
      case "string":
      case "translated_string":
        return this.doubleQuoted(part, state);
      case " $": {
        const next = this.tree.nextSibling[part];
        return next >= 0 && this.tree.kind[next] === "string" && this.tree.start[next] === this.tree.end[part] ? "" : raw;
      }
      case "concatenation":
      case "command_name":
        return this.partsValue(part, state);
      default:
        return unescapeBare(raw);
    }
  }
  doubleQuoted(node, state) {
    const open = this.script.indexOf('"', this.tree.start[node]) + 1;
    const close = this.tree.end[node] - 1;
    let value = "";
    let at = open;
    for (const c of this.tree.children(node)) {
      if (!DYNAMIC.has(this.tree.kind[c])) continue;
      value += unescapeDouble(this.script.slice(at, this.tree.start[c]));
      value += this.partValue(c, state);
      at = this.tree.end[c];
    }
    return value + unescapeDouble(this.script.slice(at, Math.max(at, close)));
  }
  /** `NAME=value`, `NAME+=value`, `NAME=(a b)`; tree-sitter may split the value into touching nodes. */
  assign(node) {
    const { kind } = this.tree;
    const children = this.tree.children(node);
    const nameNode = children[0];
    const operator = children.findIndex((c) => !this.tree.named(c) && /^\+?=$/.test(this.raw(c)));
    const valueNodes = operator >= 0 ? children.slice(operator + 1) : [];
    const name = nameNode === void 0 ? "" : this.raw(nameNode).replace(/\[[\s\S]*$/, "");
    const first = valueNodes[0];
    if (first === void 0) return { name, value: void 0 };
    if (kind[first] === "array") {
      const raw = this.raw(first);
      return {
        name,
        value: makeWord(
          this.script,
          this.tree.start[first],
          this.tree.end[first],
          raw,
          /[$`]/.test(raw)
        )
      };
    }
    return { name, value: this.word(valueNodes) };
  }
  /** An argument of `export`/`declare`: `A=b` becomes one word valued `A=b`, like a plain argument. */
  declArg(node) {
    const start = this.tree.start[node];
    const end = this.tree.end[node];
    const { value } = this.assign(node);
    const array = value && this.tree.kind[this.tree.children(node).at(-1)] === "array";
    const valueWord = array ? void 0 : value;
    const head = this.script.slice(start, valueWord ? valueWord.start : end);
    return makeWord(this.script, start, end, head + (valueWord?.value ?? ""), valueWord?.dynamic ?? false);
  }
};
function unescapeBare(raw) {
  return raw.includes("\\") ? raw.replace(/\\([\s\S])/g, (_, c) => c === "\n" ? "" : c) : raw;
}
function unescapeDouble(raw) {
  return raw.includes("\\") ? raw.replace(/\\([$`"\\\n])/g, (_, c) => c === "\n" ? "" : c) : raw;
}
var ANSI_C = {
  n: "\n",
  t: "	",
  r: "\r",
  a: "\x07",
  b: "\b",
  e: "\x1B",
  f: "\f",
  v: "\v"
};
function ansiC(body) {
  return body.replace(/\\(x[0-9a-fA-F]{1,2}|[0-7]{1,3}|.)/gs, (whole, esc) => {
    if (esc[0] === "x") return String.fromCharCode(parseInt(esc.slice(1), 16));
    if (/^[0-7]+$/.test(esc)) return String.fromCharCode(parseInt(esc, 8));
    return ANSI_C[esc] ?? (`\\'"?`.includes(esc) ? esc : whole);
  });
}
function wellFormed(script) {
  return script.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\uFFFD");
}

// src/targets/shell/parse-simple-posix.ts
var PART = /[A-Za-z0-9_./:,+@%=*?-]+|\$[A-Za-z_]\w*|\$\{[A-Za-z_]\w*\}|'[^'\n]*'|"(?:[^"$`\\\n]|\$[A-Za-z_]\w*|\$\{[A-Za-z_]\w*\})*"/y;
var COMMAND_NAME = /^[A-Za-z0-9_./:,+][A-Za-z0-9_./:,+-]*$/;
var NAME_AFTER_ASSIGNMENT = /^[A-Za-z0-9_./][A-Za-z0-9_./-]*$/;
var SPECIAL_NAMES = /* @__PURE__ */ new Set([
  "if",
  "then",
  "else",
  "elif",
  "fi",
  "do",
  "done",
  "case",
  "esac",
  "while",
  "until",
  "for",
  "in",
  "select",
  "function",
  "time",
  "coproc",
  "export",
  "declare",
  "local",
  "readonly",
  "typeset",
  "unset"
]);
var GAP = /(?:[ \t]|\\\r?\n)+/y;
var WORD_END = /[ \t\r\n;&|]|$/y;
var ASSIGNMENT2 = /[A-Za-z_][A-Za-z0-9_]*=/y;
var REDIRECT2 = /([0-9]*)(>>|>&|>\||>|<&|<)|(&>>|&>)/y;
var OPERATOR = /&&|\|\||;|\||\r?\n/y;
function parseSimplePosix(script) {
  const out = emptyParse();
  let words = [];
  let env = [];
  let redirects = [];
  let pipeline = [];
  let pipelines = 0;
  let last = ";";
  let inList = false;
  const empty = () => words.length === 0 && env.length === 0 && pipeline.length === 0;
  const endCommand = (operator) => {
    const [name, ...args] = words;
    if (!name) {
      if (env.length !== 1 || pipeline.length > 0 || operator === "|") return false;
      append(out.assignments, env);
      env = [];
      return true;
    }
    if (SPECIAL_NAMES.has(name.raw) || !(env.length > 0 ? NAME_AFTER_ASSIGNMENT : COMMAND_NAME).test(name.raw))
      return false;
    pipeline.push(makeCommand("posix", name, args, env, redirects));
    words = [];
    env = [];
    redirects = [];
    return true;
  };
  const endPipeline = () => {
    if (pipeline.length > 1) {
      const id = pipelines++;
      pipeline.forEach((command, index) => command.pipeline = { id, index });
    }
    for (const command of pipeline) out.commands.push(command);
    pipeline = [];
  };
  let at = skipGap(script, 0);
  let wordEnd = -1;
  while (at < script.length) {
    if (words.length === 0) {
      const assignment = readAssignment(script, at);
      if (assignment === null) return void 0;
      if (assignment) {
        env.push(assignment.assignment);
        at = skipGap(script, assignment.end);
        continue;
      }
    }
    const redirect = readRedirect(script, at);
    if (redirect === null || redirect && (words.length === 0 || at === wordEnd || words.at(-1)?.raw === "-"))
      return void 0;
    if (redirect) {
      redirects.push(redirect.redirect);
      wordEnd = redirect.end;
      at = skipGap(script, wordEnd);
      continue;
    }
    const word = readWord(script, at);
    if (word === null) return void 0;
    if (word) {
      if (redirects.length > 0) return void 0;
      words.push(word);
      wordEnd = word.end;
      at = skipGap(script, wordEnd);
      continue;
    }
    OPERATOR.lastIndex = at;
    const operator = OPERATOR.exec(script)?.[0];
    if (!operator) return void 0;
    const newline = operator.endsWith("\n");
    if (newline && empty() && last === ";") {
      at = skipGap(script, at + operator.length);
      continue;
    }
    if (operator === "|" && redirects.length > 0 && (inList || pipeline.length > 0)) return void 0;
    if (!endCommand(operator)) return void 0;
    if (operator !== "|") endPipeline();
    last = newline ? ";" : operator;
    if (last === "&&" || last === "||") inList = true;
    else if (last === ";") inList = false;
    at = skipGap(script, at + operator.length);
  }
  if (empty() && last === ";") return out;
  if (!endCommand("")) return void 0;
  endPipeline();
  return out;
}
function readAssignment(script, at) {
  ASSIGNMENT2.lastIndex = at;
  const head = ASSIGNMENT2.exec(script)?.[0];
  if (!head) return void 0;
  const name = head.slice(0, -1);
  const valueAt = at + head.length;
  const value = readWord(script, valueAt);
  if (value === null || value && value.raw.indexOf("$") !== value.raw.lastIndexOf("$")) return null;
  if (value) return { assignment: { name, value }, end: value.end };
  WORD_END.lastIndex = valueAt;
  return WORD_END.test(script) ? { assignment: { name, value: void 0 }, end: valueAt } : null;
}
function readRedirect(script, at) {
  REDIRECT2.lastIndex = at;
  const match = REDIRECT2.exec(script);
  if (!match) return void 0;
  const [text, fd, fileOp, bothOp] = match;
  const op = fileOp ?? bothOp;
  const next = script[at + text.length];
  if (next === "<" || next === ">" || next === "(") return null;
  const target = readWord(script, skipGap(script, at + text.length));
  if (!target || op.endsWith("&") && !/^[0-9]+$/.test(target.raw)) return null;
  const redirect = fd ? { op, fd, target } : { op, target };
  return { redirect, end: target.end };
}
function readWord(script, at) {
  let end = at;
  let value = "";
  let dynamic = false;
  let quoted2 = false;
  for (; ; ) {
    PART.lastIndex = end;
    const part = PART.exec(script)?.[0];
    if (!part) break;
    end += part.length;
    const quote = part[0] === "'" || part[0] === '"';
    if (quoted2 && part[0] === "$") return null;
    quoted2 ||= quote;
    value += quote ? part.slice(1, -1) : part;
    dynamic ||= part[0] !== "'" && part.includes("$");
  }
  if (end === at) return void 0;
  if (script[at] === "=") return null;
  WORD_END.lastIndex = end;
  return WORD_END.test(script) ? makeWord(script, at, end, value, dynamic) : null;
}
function skipGap(script, at) {
  GAP.lastIndex = at;
  return GAP.exec(script) ? GAP.lastIndex : at;
}

// src/targets/shell/parse-posix.ts
var MAX_PARSER_INPUT = 128 * 1024;
var NOT_LOADED = "the shell parser was not loaded (loadShellParser() was not awaited)";
var warned = false;
var probe;
function needsBashParser(parse2) {
  probe = { needed: false };
  try {
    parse2();
    return probe.needed;
  } finally {
    probe = void 0;
  }
}
function parsePosix(script) {
  const source = wellFormed(script);
  if (source.length > MAX_PARSER_INPUT) return tokenizePosix(source);
  const text = withoutFinalContinuation(source);
  const simple = parseSimplePosix(text);
  if (simple) return simple;
  if (probe) {
    probe.needed = true;
    return tokenizePosix(source);
  }
  const parser = bashParser();
  const parsed = parser ? parseBash(parser, text) : { error: { message: bashParserFailure() ?? NOT_LOADED, offset: 0 } };
  if ("commands" in parsed) return parsed;
  if (!parser && !warned) {
    warned = true;
    process.emitWarning(`Bulkhead: ${parsed.error.message}; shell scripts are tokenized instead.`);
  }
  const fallback = tokenizePosix(source);
  fallback.error = parsed.error;
  return fallback;
}
function withoutFinalContinuation(script) {
  const match = /\\(?:\r?\n[ \t]*)+$/.exec(script);
  if (!match) return script;
  let backslashes = 1;
  while (script[match.index - backslashes] === "\\") backslashes++;
  return backslashes % 2 === 1 ? `${script.slice(0, match.index)} ${script.slice(match.index + 1)}` : script;
}

// src/targets/shell/tokenize-cmd.ts
var REDIRECT3 = /^(\d?)(>>|>|<)(?:&(\d))?/;
var VARIABLE = /^(?:%%~?[A-Za-z]|%~?[A-Za-z]*\d|%[^%\r\n]+%|![^!\r\n]+!)/;
var IF_UNARY = /^(?:exist|defined|errorlevel|cmdextversion)$/i;
var IF_OPERATOR = /^(?:==|equ|neq|lss|leq|gtr|geq)$/i;
function tokenizeCmd(script) {
  const out = emptyParse();
  new CmdScanner(script, out).statements(false, 0);
  return out;
}
var CmdScanner = class {
  constructor(s, out) {
    this.s = s;
    this.out = out;
  }
  s;
  out;
  i = 0;
  pipelineIds = 0;
  /** Scans commands until the `)` closing a block (when `inGroup`) or the end of the script. */
  statements(inGroup, depth) {
    const s = this.s;
    const st = new StatementBuilder(this.out, "cmd");
    const pipe = new PipelineTracker(this.out, () => this.pipelineIds++);
    while (this.i < s.length) {
      const c = s[this.i];
      if (" 	\r\f\v".includes(c) || c === "@" && st.atStart || /^\^\r?\n/.test(s.slice(this.i, this.i + 3)))
        this.i++;
      else if (c === "\n" || c === "&" || c === "|") {
        pipe.end(st, c === "|" && s[this.i + 1] !== "|");
        this.i += s[this.i + 1] === c ? 2 : 1;
      } else if (c === ")" && inGroup) {
        this.i++;
        break;
      } else if (c === "(" && st.atStart) {
        this.i++;
        if (depth < MAX_NESTING) this.statements(true, depth + 1);
        else {
          const close = matchingClose(s, this.i - 1, '"');
          this.i = close < 0 ? s.length : close + 1;
        }
      } else if (REDIRECT3.test(s.slice(this.i, this.i + 4))) {
        st.redirects.push(this.redirect(inGroup));
      } else if (st.atStart && /^(?:rem(?=[\s(]|$)|::|:[^\s:])/i.test(s.slice(this.i, this.i + 4))) {
        const end = s.indexOf("\n", this.i);
        this.i = end < 0 ? s.length : end;
      } else {
        const word = this.word(inGroup);
        const keyword = st.atStart ? word.value.toLowerCase() : "";
        if (keyword === "if") this.skipIfCondition(inGroup);
        else if (keyword === "for") this.skipForHeader(inGroup);
        else if (keyword !== "else") st.words.push(word);
      }
    }
    pipe.end(st, false);
  }
  redirect(inGroup) {
    const [whole, fd, op, toHandle] = REDIRECT3.exec(this.s.slice(this.i, this.i + 4));
    const redirect = { op: toHandle ? `${op}&` : op };
    if (fd) redirect.fd = fd;
    this.i += whole.length;
    if (toHandle) redirect.target = makeWord(this.s, this.i - 1, this.i, toHandle, false);
    else {
      const target = this.nextWord(inGroup);
      if (target) redirect.target = target;
    }
    return redirect;
  }
  /** The next word on this line, or undefined at a separator. */
  nextWord(inGroup) {
    while (this.s[this.i] === " " || this.s[this.i] === "	") this.i++;
    const c = this.s[this.i];
    if (c === void 0 || "\r\n&|<>".includes(c) || c === "(" && !inGroup || c === ")" && inGroup)
      return void 0;
    return this.word(inGroup);
  }
  /** `if [/i] [not] exist X | defined X | errorlevel N | A==B | A op B`: what follows is the command. */
  skipIfCondition(inGroup) {
    let word = this.nextWord(inGroup);
    if (word?.value.toLowerCase() === "/i") word = this.nextWord(inGroup);
    if (word?.value.toLowerCase() === "not") word = this.nextWord(inGroup);
    if (!word) return;
    if (IF_UNARY.test(word.value) || word.value.endsWith("==")) this.nextWord(inGroup);
    else if (!word.value.includes("==")) {
      const op = this.nextWord(inGroup);
      if (op && IF_OPERATOR.test(op.value)) this.nextWord(inGroup);
    }
  }
  /** `for [/f "opts"] %%i in (set) do`: the set is data, the command follows `do`. */
  skipForHeader(inGroup) {
    while (this.i < this.s.length) {
      while (this.s[this.i] === " " || this.s[this.i] === "	") this.i++;
      if (this.s[this.i] === "(") {
        const close = matchingClose(this.s, this.i, '"');
        this.i = close < 0 ? this.s.length : close + 1;
        continue;
      }
      const word = this.nextWord(inGroup);
      if (!word || word.value.toLowerCase() === "do") return;
    }
  }
  /** One word: quotes and `^` escapes removed, variables kept as written. */
  word(inGroup) {
    const s = this.s;
    const start = this.i;
    let value = "";
    let dynamic = false;
    let quoted2 = false;
    while (this.i < s.length) {
      const c = s[this.i];
      if (c === "\n" || !quoted2 && (" 	\r&|<>".includes(c) || c === ")" && inGroup)) break;
      const variable = c === "%" || c === "!" ? VARIABLE.exec(s.slice(this.i, this.i + 256)) : null;
      if (c === '"') {
        quoted2 = !quoted2;
        this.i++;
      } else if (c === "^" && !quoted2) {
        const next = s.startsWith("\r\n", this.i + 1) ? 2 : 1;
        value += s[this.i + 1] === "\n" || next === 2 ? "" : s[this.i + 1] ?? "";
        this.i += 1 + next;
      } else if (variable) {
        value += variable[0];
        dynamic = true;
        this.i += variable[0].length;
      } else {
        value += c;
        this.i++;
      }
    }
    this.i = this.i === start ? start + 1 : Math.min(this.i, s.length);
    return makeWord(s, start, this.i, value, dynamic);
  }
};

// src/targets/shell/powershell-syntax.ts
var KEYWORDS2 = new Set(
  "if elseif else switch default foreach for while do until try catch finally trap return throw exit break continue param begin process end clean dynamicparam data".split(
    " "
  )
);
var NAMED = /* @__PURE__ */ new Set(["function", "filter", "workflow", "configuration", "class", "enum"]);
var SINGLE_QUOTES = "'\u2018\u2019\u201A\u201B";
var DOUBLE_QUOTES = '"\u201C\u201D\u201E';
var QUOTES = SINGLE_QUOTES + DOUBLE_QUOTES;
var ESCAPES2 = {
  n: "\n",
  t: "	",
  r: "\r",
  "0": "\0",
  a: "\x07",
  b: "\b",
  f: "\f",
  v: "\v",
  e: "\x1B"
};
var ASSIGN_OP = /^[ \t]*(?:[+\-*/%]|\?\?)?=(?!=)[ \t]*/;
var REDIRECT4 = /^([*\d]?)(>>|>|<)(?:&(\d))?/;
var VARIABLE2 = /^\$(?:\{[^}]*\}|[\w?^$]+(?::\w+)?)/;
function isKeyword(word) {
  return KEYWORDS2.has(word.toLowerCase()) || NAMED.has(word.toLowerCase());
}
function kindOf(raw) {
  const [first = "", second = ""] = raw;
  if (first === "$" || first === "@")
    return second === "(" ? "group" : second === "{" ? "block" : first === "$" ? "variable" : "string";
  if (first === "(") return "group";
  if (first === "{") return "block";
  if (first === "[") return "type";
  if (isOneOf(QUOTES, first)) return "string";
  if (first === "-" || /^(?:\d[\d.]*(?:e[+-]?\d+)?(?:[kmgtp]b)?|0x[\da-f]+)$/i.test(raw)) return "other";
  return "bare";
}
function assignmentName(raw, kind) {
  const variable = /^(?:\[[^\]]*\])*\$\{?([^}]*?)\}?$/.exec(raw);
  if (variable && (kind === "variable" || kind === "type")) return variable[1];
  return kind === "type" && raw.includes("]::") ? raw : void 0;
}
function rhsWord(script, rhs) {
  const [first] = rhs;
  const last = rhs.at(-1);
  if (!first || !last || rhs.length === 1) return first;
  return makeWord(script, first.start, last.end, script.slice(first.start, last.end), true);
}

// src/targets/shell/tokenize-powershell.ts
function tokenizePowerShell(script) {
  const out = emptyParse();
  new PowerShellScanner(script, out).statements(void 0, 0);
  return out;
}
var PowerShellScanner = class {
  constructor(s, out) {
    this.s = s;
    this.out = out;
  }
  s;
  out;
  i = 0;
  pipelineIds = 0;
  /** Scans statements until `close` (`)` or `}`) or the end of the script. */
  statements(close, depth) {
    const s = this.s;
    const st = new StatementBuilder(this.out, "powershell");
    let mode = "start";
    let callOperator = false;
    let skipName = false;
    let assignment;
    let expression = [];
    let tokens = 0;
    const pipe = new PipelineTracker(this.out, () => this.pipelineIds++);
    const end = (piped = false) => {
      const [input] = mode === "expression" && expression.length === 1 ? expression : [];
      pipe.end(st, piped, { empty: tokens === 0, input });
      st.words = [];
      st.redirects = [];
      if (assignment?.name !== void 0) {
        const computed = piped || assignment.kinds.length !== 1 || assignment.kinds[0] !== "string";
        this.out.assignments.push({ name: assignment.name, value: rhsWord(s, assignment.rhs), computed });
      }
      [mode, callOperator, skipName, assignment, expression, tokens] = [
        "start",
        false,
        false,
        void 0,
        [],
        0
      ];
    };
    while (this.i < s.length) {
      const c = s[this.i];
      const rest = s.slice(this.i, this.i + 4);
      if (" 	\r\f\v\xA0".includes(c) || /^`\r?\n/.test(rest))
        this.i += c === "`" ? rest.indexOf("\n") + 1 : 1;
      else if (c === close) {
        this.i++;
        break;
      } else if (rest.startsWith("<#")) this.skipPast("#>");
      else if (c === "#") this.skipPast("\n", 0);
      else if (/^(?:&&|\|\||[\n;)}|])/.test(rest)) {
        end(c === "|" && rest[1] !== "|");
        this.i += /^(?:&&|\|\|)/.test(rest) ? 2 : 1;
      } else if ((c === "&" || c === "." && /^\.\s/.test(rest)) && mode === "start" && !callOperator) {
        callOperator = true;
        this.i++;
      } else if (c === "&") {
        end();
        this.i++;
      } else if (REDIRECT4.test(rest)) {
        const redirect = this.redirect(depth);
        if (mode === "command") st.redirects.push(redirect);
      } else {
        const { word, kind } = this.word(depth, mode === "start");
        assignment?.rhs.push(word);
        assignment?.kinds.push(kind);
        tokens++;
        if (mode === "command") st.words.push(word);
        else if (mode === "expression") {
          expression.push(word);
          mode = kind === "bare" && /^in$/i.test(word.value) ? "start" : mode;
        } else if (skipName) [skipName, mode] = [false, "expression"];
        else if (callOperator) {
          mode = kind === "block" ? "expression" : "command";
          if (mode === "command") st.words.push(word);
        } else if (kind === "group" || kind === "block") continue;
        else if (kind === "bare" && KEYWORDS2.has(word.value.toLowerCase())) continue;
        else if (kind === "bare" && NAMED.has(word.value.toLowerCase())) skipName = true;
        else {
          const op = ASSIGN_OP.exec(s.slice(this.i, this.i + 16));
          if (op && !assignment) {
            assignment = { name: assignmentName(word.raw, kind), rhs: [], kinds: [] };
            this.i += op[0].length;
          } else if (kind === "bare") {
            mode = "command";
            st.words.push(word);
          } else [mode, expression] = ["expression", [word]];
        }
      }
    }
    end();
  }
  skipPast(marker, past = marker.length) {
    const end = this.s.indexOf(marker, this.i);
    this.i = end < 0 ? this.s.length : end + past;
  }
  redirect(depth) {
    const [whole, fd, op, toStream] = REDIRECT4.exec(this.s.slice(this.i, this.i + 4));
    const redirect = { op: toStream ? `${op}&` : op };
    if (fd) redirect.fd = fd;
    this.i += whole.length;
    if (toStream) redirect.target = makeWord(this.s, this.i - 1, this.i, toStream, false);
    else {
      while (this.s[this.i] === " " || this.s[this.i] === "	") this.i++;
      if (this.i < this.s.length && !"\r\n;|&)}".includes(this.s[this.i]))
        redirect.target = this.word(depth, false).word;
    }
    return redirect;
  }
  /** One argument or expression token; nested groups and blocks are scanned for commands. */
  word(depth, atStart) {
    const s = this.s;
    const start = this.i;
    let value = "";
    let dynamic = false;
    while (this.i < s.length) {
      const c = s[this.i];
      const next = s[this.i + 1] ?? "";
      if (" 	\r\n\f\v\xA0;|&)}<>".includes(c)) break;
      if (atStart && this.i > start && (/^[+\-*/%]?=/.test(c + next) || (c === "(" || c === "{") && isKeyword(value)))
        break;
      if (c === "`") {
        if (next === "\n" || next === "\r") break;
        value += next;
        this.i += 2;
      } else if (SINGLE_QUOTES.includes(c)) value += this.singleQuoted();
      else if (DOUBLE_QUOTES.includes(c)) {
        const text = this.doubleQuoted(depth);
        value += text.value;
        dynamic ||= text.dynamic;
      } else if (c === "@" && isOneOf(QUOTES, next) && /^@.[ \t]*\r?\n/.test(s.slice(this.i, this.i + 64))) {
        const endMarker = s.indexOf("\n" + next + "@", this.i);
        const bodyStart = s.indexOf("\n", this.i) + 1;
        const body = s.slice(bodyStart, endMarker < 0 ? s.length : endMarker).replace(/\r$/, "");
        this.i = endMarker < 0 ? s.length : endMarker + 3;
        value += body;
        dynamic ||= DOUBLE_QUOTES.includes(next) && body.includes("$");
      } else if ((c === "$" || c === "@") && (next === "(" || next === "{")) {
        this.i++;
        value += c + this.nested(depth);
        dynamic = true;
      } else if (c === "(" || c === "{") {
        value += this.nested(depth);
        dynamic = true;
      } else if (c === "$" && VARIABLE2.test(s.slice(this.i, this.i + 256))) {
        const variable = VARIABLE2.exec(s.slice(this.i, this.i + 256))[0];
        this.i += variable.length;
        value += variable;
        dynamic ||= !/^\$(?:true|false|null)$/i.test(variable);
      } else if (c === "[") {
        const close = matchingClose(s, this.i, QUOTES);
        const end = close < 0 ? s.length : close + 1;
        value += s.slice(this.i, end);
        this.i = end;
      } else {
        value += c;
        this.i++;
      }
    }
    this.i = this.i === start ? start + 1 : Math.min(this.i, s.length);
    const word = makeWord(s, start, this.i, value, dynamic);
    return { word, kind: kindOf(word.raw) };
  }
  /** `(...)` or `{...}` at the cursor: its statements are scanned, its text returned as written. */
  nested(depth) {
    const start = this.i;
    const close = this.s[this.i] === "(" ? ")" : "}";
    if (depth >= MAX_NESTING) {
      const end = matchingClose(this.s, this.i, QUOTES);
      this.i = end < 0 ? this.s.length : end + 1;
    } else {
      this.i++;
      this.statements(close, depth + 1);
    }
    return this.s.slice(start, this.i);
  }
  singleQuoted() {
    let value = "";
    for (this.i++; this.i < this.s.length; this.i++) {
      const c = this.s[this.i];
      if (!SINGLE_QUOTES.includes(c)) value += c;
      else if (isOneOf(SINGLE_QUOTES, this.s[this.i + 1])) value += this.s[++this.i];
      else break;
    }
    this.i++;
    return value;
  }
  doubleQuoted(depth) {
    let value = "";
    let dynamic = false;
    for (this.i++; this.i < this.s.length; ) {
      const c = this.s[this.i];
      const next = this.s[this.i + 1] ?? "";
      if (c === "`") {
        value += ESCAPES2[next] ?? next;
        this.i += 2;
      } else if (DOUBLE_QUOTES.includes(c) && isOneOf(DOUBLE_QUOTES, next)) {
        value += next;
        this.i += 2;
      } else if (DOUBLE_QUOTES.includes(c)) break;
      else if (c === "$" && next === "(") {
        this.i++;
        value += "$" + this.nested(depth);
        dynamic = true;
      } else if (c === "$" && VARIABLE2.test(this.s.slice(this.i, this.i + 256))) {
        const variable = VARIABLE2.exec(this.s.slice(this.i, this.i + 256))[0];
        value += variable;
        this.i += variable.length;
        dynamic = true;
      } else {
        value += c;
        this.i++;
      }
    }
    this.i++;
    return { value, dynamic };
  }
};

// src/targets/shell/unwrap-command.ts
var WRAPPERS2 = {
  sudo: {
    valued: [
      ..."-u -g -h -p -C -D -r -t -U -T -R".split(" "),
      ..."--user --group --host --prompt --close-from --chdir --role --type --other-user --command-timeout --chroot".split(
        " "
      )
    ],
    inert: ["-l", "--list", "-v", "--validate", "-K", "--remove-timestamp", "-e", "--edit", "-V", "--version"]
  },
  doas: { valued: ["-u"], inert: ["-C"] },
  env: {
    valued: ["-u", "-C", "--unset", "--chdir"],
    commandLine: ["-S", "--split-string"]
  },
  nohup: { valued: [] },
  exec: { valued: ["-a"] },
  time: { valued: ["-f", "-o", "--format", "--output"] },
  nice: { valued: ["-n", "--adjustment"] },
  ionice: {
    valued: ["-c", "-n", "--class", "--classdata"],
    inert: ["-p", "-P", "-u", "--pid", "--pgid", "--uid"]
  },
  stdbuf: { valued: ["-i", "-o", "-e", "--input", "--output", "--error"] },
  timeout: { valued: ["-s", "-k", "--signal", "--kill-after"], skip: 1 },
  xargs: {
    valued: [
      ..."-a -d -E -I -L -n -P -s".split(" "),
      ..."--arg-file --delimiter --max-args --max-procs --max-chars --process-slot-var".split(" ")
    ],
    inert: ["--show-limits"]
  },
  command: { valued: [], inert: ["-v", "-V"] },
  setsid: { valued: [] },
  eatmydata: { valued: [] },
  chroot: { valued: [], skip: 1 },
  gosu: { valued: [], skip: 1 },
  "su-exec": { valued: [], skip: 1 }
};
var MAX_WRAPPERS = 4;
function unwrapCommand(command) {
  let current = command;
  const wrappers = [...command.wrappers ?? []];
  for (let depth = 0; depth < MAX_WRAPPERS; depth++) {
    const wrapper = Object.hasOwn(WRAPPERS2, current.program) ? WRAPPERS2[current.program] : void 0;
    if (!wrapper || current.dialect !== "posix") break;
    const wrapped = wrappedCommand(current, wrapper);
    if (!wrapped) break;
    const { wrappers: _own, ...outer } = current;
    wrappers.push(outer);
    current = wrapped;
  }
  return current === command ? command : { ...current, wrappers };
}
function wrappedCommand(command, wrapper) {
  const env = [...command.env];
  const { args } = command;
  let i = 0;
  for (; i < args.length; i++) {
    const word = args[i].value;
    if (word === "--") {
      i++;
      break;
    }
    const assignment = command.program === "env" ? /^([A-Za-z_]\w*)=(.*)$/s.exec(word) : null;
    if (assignment) {
      env.push({
        name: assignment[1],
        value: { ...args[i], value: assignment[2] ?? "" }
      });
      continue;
    }
    if (!word.startsWith("-") || word === "-" && command.program !== "env") break;
    if (hasOption(word, wrapper.inert, wrapper.valued) || hasOption(word, wrapper.commandLine, wrapper.valued))
      return void 0;
    if (takesValue(word, wrapper.valued)) i++;
  }
  i += wrapper.skip ?? 0;
  const name = args[i];
  if (!name) return void 0;
  return { ...command, name, program: programName(name.value), args: args.slice(i + 1), env };
}
function hasOption(word, options2, valued) {
  if (!options2) return false;
  if (word.startsWith("--")) return options2.includes(word.split("=")[0]);
  return optionLetters(word, valued).some((letter) => options2.includes(`-${letter}`));
}
function takesValue(word, valued) {
  if (valued.includes(word)) return true;
  const letters = optionLetters(word, valued);
  return letters.length === word.length - 1 && valued.includes(`-${letters.at(-1) ?? ""}`);
}
function optionLetters(word, valued) {
  if (word.startsWith("--") || !/^-[A-Za-z]/.test(word)) return [];
  const letters = [];
  for (const letter of word.slice(1)) {
    if (!/[A-Za-z]/.test(letter)) break;
    letters.push(letter);
    if (valued.includes(`-${letter}`)) break;
  }
  return letters;
}

// src/targets/shell/shell-commands.ts
var MAX_SHELL_DEPTH = 4;
function parseShell(script, dialect) {
  const text = typeof script === "string" ? script : String(script ?? "");
  try {
    const parse2 = parseDialect(text, dialect, 0);
    parse2.commands = parse2.commands.map(unwrapCommand);
    return parse2;
  } catch (error) {
    return {
      commands: [],
      assignments: [],
      error: { message: `shell parser failure: ${String(error)}`, offset: 0 }
    };
  }
}
function parseDialect(script, dialect, depth) {
  const result = dialect === "powershell" ? tokenizePowerShell(script) : dialect === "cmd" ? tokenizeCmd(script) : parsePosix(script);
  const commands = [];
  let pipelines = pipelineCount(result.commands);
  for (const command of result.commands.sort((a, b) => a.name.start - b.name.start)) {
    commands.push(command);
    const nested = depth < MAX_SHELL_DEPTH ? nestedScript(command, script, dialect) : void 0;
    if (!nested?.script.trim()) continue;
    const inner = parseDialect(nested.script, nested.dialect, depth + 1);
    append(
      commands,
      inner.commands.map((c) => mapCommand(c, nested, pipelines))
    );
    pipelines += pipelineCount(inner.commands);
    append(
      result.assignments,
      inner.assignments.map((a) => ({ ...a, value: a.value && mapWord(a.value, nested) }))
    );
    if (inner.error && !result.error)
      result.error = { message: inner.error.message, offset: nested.map(inner.error.offset) };
  }
  result.commands = commands;
  return result;
}
function mapWord(word, nested) {
  const start = nested.map(word.start);
  return { ...word, start, end: Math.max(start, nested.map(word.end)) };
}
function mapCommand(command, nested, pipelineBase) {
  const map = (w) => mapWord(w, nested);
  const mapped = {
    ...command,
    name: map(command.name),
    args: command.args.map(map),
    env: command.env.map((e) => ({ name: e.name, value: e.value && map(e.value) })),
    redirects: command.redirects.map((r) => r.target ? { ...r, target: map(r.target) } : r)
  };
  const { pipeline } = command;
  if (pipeline) {
    mapped.pipeline = { id: pipeline.id + pipelineBase, index: pipeline.index };
    if (pipeline.input) mapped.pipeline.input = map(pipeline.input);
  }
  return mapped;
}
function pipelineCount(commands) {
  let count = 0;
  for (const { pipeline } of commands) if (pipeline) count = Math.max(count, pipeline.id + 1);
  return count;
}
function hasFlag(cmd, short, long) {
  const s = short?.replace(/^[-/]+/, "");
  const l = long?.replace(/^[-/]+/, "");
  for (const { value } of cmd.args) {
    if (l && (value === `--${l}` || value.startsWith(`--${l}=`))) return true;
    if (s && value === `-${s}`) return true;
    if (cmd.dialect !== "posix") {
      if (windowsFlag(cmd.dialect, value, s, l)) return true;
    } else if (value === "--") return false;
    else if (s?.length === 1 && /^-[A-Za-z]+$/.test(value) && value.includes(s)) return true;
  }
  return false;
}
function windowsFlag(dialect, value, short, long) {
  const match = (dialect === "cmd" ? /^[-/]([^:=]+)(?:[:=](.*))?$/s : /^-([^:]+)(?::(.*))?$/s).exec(value);
  const name = match?.[1]?.toLowerCase();
  if (!name || dialect === "powershell" && /^\$false$/i.test(match?.[2] ?? "")) return false;
  if (name === short?.toLowerCase() || name === long?.toLowerCase()) return true;
  return dialect === "powershell" && !!long && name.length >= 3 && long.toLowerCase().startsWith(name);
}

// src/targets/registry-config/dockerd-command-lines.ts
function commandFileKind(path, text) {
  const normal = path.replace(/\\/g, "/");
  const name = (normal.split("/").pop() ?? normal).toLowerCase();
  if (/(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i.test(normal)) return "workflow";
  if (/(^|\.)gitlab-ci\.ya?ml$/.test(name) || /(^|\/)\.gitlab\/ci\/.+\.ya?ml$/i.test(normal))
    return "gitlab-ci";
  if (name.endsWith(".service") || /\.service\.d\/[^/]+\.conf$/i.test(normal) || name === "override.conf")
    return "systemd-unit";
  if (name.endsWith(".sh") || name.endsWith(".bash")) return "posix-script";
  if (name.endsWith(".ps1")) return "powershell-script";
  if (text !== void 0 && isShellScriptWithoutExtension(path, text)) return "posix-script";
  return void 0;
}
var SHELL_SHEBANG = /^#![ \t]*\/(?:usr\/(?:local\/)?)?bin\/(?:env[ \t]+)?(?:ba|da|a|k|z)?sh(?![\w.-])/;
function isShellScriptWithoutExtension(path, text) {
  const normal = path.replace(/\\/g, "/");
  const base = normal.slice(normal.lastIndexOf("/") + 1);
  return !base.includes(".") && SHELL_SHEBANG.test(text);
}
function commandScripts(text, kind) {
  switch (kind) {
    case "posix-script":
    case "powershell-script": {
      const whole = wholeText(text, kind === "posix-script" ? "posix" : "powershell");
      return kind === "posix-script" ? [whole, ...execStartScripts(whole)] : [whole];
    }
    case "systemd-unit":
      return execStartScripts(wholeText(text, "posix"));
    case "workflow":
      return workflowScripts(text).flatMap(
        (run) => run.dialect === "posix" ? [run, ...execStartScripts(run)] : [run]
      );
    case "gitlab-ci":
      return gitlabScripts(text).flatMap((run) => [run, ...execStartScripts(run)]);
  }
}
function mapper(segments) {
  return (offset) => {
    const last = partitionPoint(segments.length, (i) => segments[i].offset <= offset) - 1;
    const segment = segments[Math.max(0, last)] ?? { offset: 0, line: 1, column: 1 };
    return { line: segment.line, column: segment.column + Math.max(0, offset - segment.offset) };
  };
}
function wholeText(text, dialect) {
  const script = text.replace(/\r\n?/g, "\n");
  const segments = [{ offset: 0, line: 1, column: 1 }];
  for (const match of script.matchAll(/\n/g)) {
    segments.push({ offset: (match.index ?? 0) + 1, line: segments.length + 1, column: 1 });
  }
  return { script, dialect, position: mapper(segments) };
}
function execStartScripts(outer) {
  const found = [];
  const { script } = outer;
  let consumed = 0;
  for (const match of script.matchAll(/^[ \t]*ExecStart[ \t]*=[ \t]*[-@:+!]*/gm)) {
    if ((match.index ?? 0) < consumed) continue;
    const start = (match.index ?? 0) + match[0].length;
    let end = start;
    for (; ; ) {
      const lineEnd2 = script.indexOf("\n", end);
      end = lineEnd2 < 0 ? script.length : lineEnd2;
      if (script[end - 1] !== "\\" || end <= start || end >= script.length) break;
      end += 1;
    }
    consumed = end;
    const value = script.slice(start, end).replace(/\\\n/g, "  ");
    if (value.trim() === "") continue;
    found.push({ script: value, dialect: "posix", position: (offset) => outer.position(start + offset) });
  }
  return found;
}
var POSIX_SHELLS2 = /* @__PURE__ */ new Set(["bash", "sh", "dash", "zsh", "ksh", "ash"]);
function workflowScripts(text) {
  const documents = parseValidYaml(text);
  const lines = text.split(/\r\n|\r|\n/);
  const scripts = [];
  for (const { root } of documents) {
    for (const [, job] of root.get("jobs")?.entries() ?? []) {
      for (const step of job.get("steps")?.items() ?? []) {
        const run = step.get("run");
        if (typeof run?.scalar !== "string") continue;
        const dialect = stepDialect(step, job, root);
        if (dialect) scripts.push(runScript(run, dialect, lines));
      }
    }
  }
  return scripts;
}
var GITLAB_SCRIPT_KEYS = ["before_script", "script", "after_script"];
var GITLAB_NESTING = 10;
function gitlabScripts(text) {
  const lines = text.split(/\r\n|\r|\n/);
  const scripts = [];
  const scriptLines = (node, depth) => {
    if (!node || depth > GITLAB_NESTING) return;
    if (typeof node.scalar === "string") scripts.push(runScript(node, "posix", lines));
    for (const item of node.items()) scriptLines(item, depth + 1);
  };
  const services = (owner) => {
    for (const service of owner.get("services")?.items() ?? []) {
      const command = dindServiceCommand(service);
      if (command) scripts.push(command);
    }
  };
  for (const { root } of parseValidYaml(text)) {
    services(root);
    for (const [, job] of root.entries()) {
      if (job.kind !== "map") continue;
      for (const key of GITLAB_SCRIPT_KEYS) scriptLines(job.get(key), 0);
      services(job);
    }
  }
  return scripts;
}
function dindServiceCommand(service) {
  const image = service.get("name")?.text ?? "";
  const words = service.get("command")?.items() ?? [];
  if (!/(^|\/)docker:[^/]*dind/i.test(image) || words.length === 0) return void 0;
  const first = words[0]?.text ?? "";
  const segments = [];
  let script = "";
  if (first.startsWith("-")) {
    const { startLine, startColumn } = service.get("command").reportRegion;
    segments.push({ offset: 0, line: startLine, column: startColumn });
    script = "dockerd";
  }
  for (const word of words) {
    if (word.text === void 0) continue;
    if (script !== "") script += " ";
    segments.push({ offset: script.length, line: word.region.startLine, column: word.region.startColumn });
    script += `'${word.text.replace(/'/g, `'\\''`)}'`;
  }
  return { script, dialect: "posix", position: mapper(segments) };
}
function stepDialect(step, job, root) {
  const shell = step.get("shell")?.text ?? job.at("defaults", "run", "shell")?.text ?? root.at("defaults", "run", "shell")?.text;
  if (shell !== void 0) {
    const program = programName(shell.trim().split(/\s+/)[0] ?? "");
    if (POSIX_SHELLS2.has(program)) return "posix";
    if (program === "pwsh" || program === "powershell") return "powershell";
    if (program === "cmd") return "cmd";
    return void 0;
  }
  const runsOn = job.get("runs-on");
  const labels = [runsOn?.text, ...runsOn?.items().map((item) => item.text) ?? []];
  return labels.some((label) => label !== void 0 && /windows/i.test(label)) ? "powershell" : "posix";
}
function runScript(run, dialect, lines) {
  const { region } = run;
  const raw = run.raw ?? run.text ?? "";
  const segments = [];
  let script = "";
  if (run.style === "block") {
    const header = lines[region.startLine - 1]?.slice(region.startColumn - 1) ?? "";
    const folded = header.startsWith(">");
    const body = raw.replace(/\r/g, "").split("\n");
    if (body.at(-1) === "") body.pop();
    const indent = body.reduce(
      (least, line) => line.trim() === "" ? least : Math.min(least, line.length - line.trimStart().length),
      Number.POSITIVE_INFINITY
    );
    body.forEach((line, index) => {
      const content = line.slice(Number.isFinite(indent) ? indent : 0);
      if (index > 0) {
        const previous = body[index - 1];
        const join = folded && previous.trim() !== "" && line.trim() !== "" && !/^\s/.test(content) ? " " : "\n";
        script += join;
      }
      segments.push({
        offset: script.length,
        line: region.startLine + 1 + index,
        column: (Number.isFinite(indent) ? indent : 0) + 1
      });
      script += content;
    });
  } else {
    const quoted2 = run.style === "single" || run.style === "double";
    script = raw.replace(/\r?\n|\r/g, (match) => " ".repeat(match.length));
    if (quoted2) script = ` ${script.slice(1, -1)} `;
    segments.push({ offset: 0, line: region.startLine, column: region.startColumn });
    for (const match of raw.matchAll(/\r\n|\r|\n/g)) {
      const offset = (match.index ?? 0) + match[0].length;
      segments.push({ offset, line: region.startLine + segments.length, column: 1 });
    }
  }
  return { script, dialect, position: mapper(segments) };
}

// src/targets/registry-config/workflow-inline-configs.ts
var INLINE_CONFIGS = [
  // buildkitd.toml (`config-inline` is setup-buildx-action v2's name).
  {
    action: "docker/setup-buildx-action",
    inputs: ["buildkitd-config-inline", "config-inline"],
    format: buildkitdFormat,
    label: "Inline buildkitd config",
    blockOnly: true
  },
  // daemon.json of the Docker Engine the step installs
  // (https://github.com/docker/setup-docker-action, crazy-max/ghaction-setup-docker: `daemon-config`).
  ...["docker/setup-docker-action", "crazy-max/ghaction-setup-docker"].map((action) => ({
    action,
    inputs: ["daemon-config"],
    format: dockerDaemonFormat,
    label: "Inline daemon.json",
    blockOnly: false
  }))
];
function mayHaveInlineRegistryConfig(text) {
  return /(?:buildkitd-)?config-inline[ \t]*:/.test(text) && /\[[ \t]*registry[ \t]*\./.test(text) || /daemon-config[ \t]*:/.test(text) && /insecure-registries|registry-mirrors|hosts/.test(text);
}
function inlineRegistryConfigs(text, path) {
  const documents = [];
  for (const { root } of parseValidYaml(text)) {
    for (const [, job] of root.get("jobs")?.entries() ?? []) {
      for (const step of job.get("steps")?.items() ?? []) {
        const uses = step.get("uses")?.text ?? "";
        for (const inline of INLINE_CONFIGS) {
          if (uses !== inline.action && !uses.startsWith(`${inline.action}@`)) continue;
          for (const input of inline.inputs) {
            const config = step.get("with")?.get(input);
            if (typeof config?.scalar !== "string" || inline.blockOnly && config.style !== "block")
              continue;
            documents.push(readEmbeddedConfig(config, path, inline.format, inline.label));
          }
        }
      }
    }
  }
  return documents;
}

// src/targets/registry-config/dockerd-flags.ts
var DOCKERD_PROGRAMS = /* @__PURE__ */ new Set(["dockerd", "dockerd-rootless.sh", "dockerd-entrypoint.sh"]);
var SHORT_VALUED = /* @__PURE__ */ new Set(["G", "l", "p", "b", "s", "g"]);
var SHORT_SWITCHES = /* @__PURE__ */ new Set(["D", "v", "h"]);
var FLAG_TEXT = /--insecure-registry|--registry-mirror|--host\b|(?:^|[\s"'=])-[DGlpbsgvh]*H/m;
var dockerdFlagsFormat = {
  format: "dockerd-flags",
  matches(path, text) {
    const kind = commandFileKind(path, text);
    if (kind === void 0) return false;
    return (/dockerd/.test(text) || kind === "gitlab-ci" && /dind/i.test(text)) && FLAG_TEXT.test(text) || kind === "workflow" && mayHaveInlineRegistryConfig(text);
  },
  parse(text, path) {
    const document = {
      format: "dockerd-flags",
      text,
      insecureEndpoints: [],
      listeners: [],
      credentials: [],
      trustWeaknesses: []
    };
    const kind = commandFileKind(path, text) ?? "posix-script";
    for (const script of commandScripts(text, kind)) {
      for (const command of parseShell(script.script, script.dialect).commands) {
        const dockerd = dockerdCommand(command);
        if (dockerd) readOptions(dockerd, script, document);
      }
    }
    if (kind === "workflow" && mayHaveInlineRegistryConfig(text))
      for (const inline of inlineRegistryConfigs(text, path)) {
        for (const endpoint of inline.insecureEndpoints) document.insecureEndpoints.push(endpoint);
        for (const listener of inline.listeners) document.listeners.push(listener);
        for (const credential of inline.credentials) document.credentials.push(credential);
      }
    return document;
  }
};
function dockerdCommand(command) {
  let current = unwrapCommand(command);
  if (current.program === "set" && current.args[0]?.value === "--" && current.args[1])
    current = withProgram(current, current.args.slice(1));
  if (current.program === "dind" && current.args[0]) current = withProgram(current, current.args);
  return DOCKERD_PROGRAMS.has(current.program) ? current : void 0;
}
function withProgram(command, words) {
  const [name, ...args] = words;
  return { ...command, name, program: programName(name.value), args };
}
function readOptions(command, script, document) {
  const { insecure, mirrors, hosts, switches } = scanOptions(command);
  const region = (option) => optionRegion(option, script);
  for (const option of insecure) {
    const endpoint = dockerInsecureRegistry(option.value, option.key, region(option));
    if (endpoint) document.insecureEndpoints.push(endpoint);
  }
  for (const option of mirrors) {
    const { endpoint, credential } = dockerRegistryMirror(option.value, option.key, region(option));
    if (endpoint) document.insecureEndpoints.push(endpoint);
    if (credential) document.credentials.push(credential);
  }
  const tlsVerify = switches.tlsverify ?? (tlsVerifyFromEnvironment(command) || (switches.tls ?? false));
  for (const option of hosts) {
    const address = option.value.trim();
    if (option.dynamic ? !isDynamicTcpAddress(address) : !isTcpAddress(address)) continue;
    document.listeners.push({ address, tlsVerify, key: option.key, region: region(option) });
  }
}
function isDynamicTcpAddress(address) {
  if (/^tcp:\/\//i.test(address)) return true;
  return /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\]):(?!\/\/)/.test(address);
}
function scanOptions(command) {
  const insecure = [];
  const mirrors = [];
  const hosts = [];
  const switches = {};
  const lists = {
    "insecure-registry": insecure,
    "registry-mirror": mirrors,
    host: hosts
  };
  const { args } = command;
  for (let i = 0; i < args.length; i++) {
    const word = args[i];
    const text = word.value;
    if (text === "--" && command.dialect === "posix") break;
    const long = /^--([A-Za-z0-9-]+)(?:=(.*))?$/s.exec(text);
    if (long) {
      const name = long[1];
      const inline = long[2];
      const list = Object.hasOwn(lists, name) ? lists[name] : void 0;
      if (list) {
        const next = inline === void 0 ? args[++i] : void 0;
        const option = optionValue(`--${name}`, word, inline, next);
        if (option) list.push(option);
      } else if (name === "tls" || name === "tlsverify") {
        const value = inline === void 0 ? true : parseGoBool(inline);
        if (value !== void 0) switches[name] = value;
      }
      continue;
    }
    if (!/^-[A-Za-z]/.test(text)) continue;
    for (let j = 1; j < text.length; j++) {
      const letter = text[j];
      if (letter === "H") {
        const rest = text.slice(j + 1).replace(/^=/, "");
        const next = rest === "" ? args[++i] : void 0;
        const option = optionValue("-H", word, rest === "" ? void 0 : rest, next);
        if (option) hosts.push(option);
        break;
      }
      if (SHORT_VALUED.has(letter)) {
        if (j === text.length - 1) i++;
        break;
      }
      if (!SHORT_SWITCHES.has(letter)) break;
    }
  }
  return { insecure, mirrors, hosts, switches };
}
function optionValue(key, flag, inline, next) {
  if (inline !== void 0) return { key, value: inline, dynamic: flag.dynamic, from: flag, to: flag };
  if (!next) return void 0;
  return { key, value: next.value, dynamic: next.dynamic, from: flag, to: next };
}
function parseGoBool(value) {
  if (["1", "t", "T", "TRUE", "true", "True"].includes(value)) return true;
  if (["0", "f", "F", "FALSE", "false", "False"].includes(value)) return false;
  return void 0;
}
function tlsVerifyFromEnvironment(command) {
  return command.env.some(({ name, value }) => name === "DOCKER_TLS_VERIFY" && !!value?.value);
}
function optionRegion(option, script) {
  const start = script.position(option.from.start);
  const flagEnd = script.position(option.from.end);
  const valueEnd = script.position(option.to.end);
  const end = valueEnd.line === start.line ? valueEnd : flagEnd;
  return { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column };
}

// src/targets/registry-config/parse-registry-config.ts
var REGISTRY_FORMATS = [
  containerdHostsFormat,
  containerdFormat,
  k3sRegistriesFormat,
  kindClusterFormat,
  buildkitdFormat,
  registriesConfFormat,
  dockerDaemonFormat,
  dockerClientConfigFormat,
  containersPolicyFormat,
  notationTrustPolicyFormat,
  dockerdFlagsFormat
];
function registryFormatOf(path, text) {
  return REGISTRY_FORMATS.find((format) => format.matches(path, text));
}
function parseRegistryConfig(text, path) {
  const format = registryFormatOf(path, text);
  if (!format) throw new Error(`'${path}' is not a registry configuration file.`);
  return format.parse(text, path);
}

// src/targets/compose/looks-like-compose.ts
var TOP_LEVEL_KEYS = /* @__PURE__ */ new Set([
  "version",
  "name",
  "include",
  "services",
  "networks",
  "volumes",
  "configs",
  "secrets",
  "models"
]);
var SERVICE_KEYS = new Set(
  [
    "annotations attach blkio_config build cap_add cap_drop cgroup cgroup_parent command configs",
    "container_name cpu_count cpu_percent cpu_period cpu_quota cpu_rt_period cpu_rt_runtime cpu_shares",
    "cpus cpuset credential_spec depends_on deploy develop device_cgroup_rules devices dns dns_opt",
    "dns_search domainname entrypoint env_file environment expose extends external_links extra_hosts",
    "gpus group_add healthcheck hostname image init ipc isolation label_file labels links logging",
    "mac_address mem_limit mem_reservation mem_swappiness memswap_limit models network_mode networks",
    "oom_kill_disable oom_score_adj pid pids_limit platform ports post_start pre_stop privileged",
    "profiles provider pull_policy pull_refresh_after read_only restart runtime scale secrets",
    "security_opt shm_size stdin_open stop_grace_period stop_signal storage_opt sysctls tmpfs tty",
    "ulimits use_api_socket user userns_mode uts volume_driver volumes volumes_from working_dir"
  ].join(" ").split(" ")
);
var SERVICES_BLOCK = /^services:[ \t]*(?:#.*)?\r?$/m;
function looksLikeCompose(text) {
  if (!SERVICES_BLOCK.test(text)) return false;
  const parsed = parseYamlDocuments(text);
  const root = parsed.documents[0]?.root;
  if (!isValidParse(parsed) || root?.kind !== "map") return false;
  const entries = root.entries();
  if (!entries.every(([key]) => TOP_LEVEL_KEYS.has(key) || isExtension(key))) return false;
  const services = root.get("services")?.entries() ?? [];
  return services.length > 0 && services.every(([, service]) => isServiceDefinition(service)) && services.some(([, service]) => service.entries().length > 0);
}
function isServiceDefinition(service) {
  const image = service.get("image");
  return service.kind === "map" && (image === void 0 || image.kind === "scalar") && service.entries().every(([key]) => SERVICE_KEYS.has(key) || isExtension(key));
}
function isExtension(key) {
  return key.startsWith("x-");
}

// src/engine/classify-file.ts
var LANGUAGE_EXTENSIONS = "sh|ps1|psm1|bat|cmd|go|py|rs|[cm]?[jt]sx?|java|kt|kts|groovy|scala|rb|php|swift|cs|fs|vb|c|cc|cpp|cxx|h|hpp|m|pl|lua|dart|ex|exs|erl|clj|sql|toml|xml|ncl|jsonnet|libsonnet|cue|dhall|nix";
var NOT_DOCKERFILE_SUFFIX = new RegExp(
  `\\.(dockerignore|md|markdown|rst|txt|json|ya?ml|bak|orig|rej|swp|patch|diff|lock|html|golden|snap|snapshot|expected|actual|out|log|in|m4|csv|tsv|${LANGUAGE_EXTENSIONS})$`,
  "i"
);
var LANGUAGE_NAMED_DOCKERFILE = new RegExp(`^(dockerfile|containerfile)\\.(${LANGUAGE_EXTENSIONS})$`, "i");
function isVariantDockerfileName(base) {
  return LANGUAGE_NAMED_DOCKERFILE.test(base) || /^(dockerfile|containerfile)[-_][^.]*(\.\d[^.]*)*$/i.test(base) || /^(dockerfile|containerfile)\d+(\.[^.]+)?$/i.test(base) && !NOT_DOCKERFILE_SUFFIX.test(base);
}
function isDockerfileName(path) {
  const base = path.slice(path.lastIndexOf("/") + 1).toLowerCase();
  if (base === "dockerfile" || base === "containerfile") return true;
  if (NOT_DOCKERFILE_SUFFIX.test(base)) return false;
  return /^(dockerfile|containerfile)\.[^/]+$/.test(base) || /\.(dockerfile|containerfile)$/.test(base);
}
var FROM_LINE = /^\s*FROM\s+(?:--\S+\s+)*[^\s-]\S*(?:\s+AS\s+\S+)?\s*$/i;
function looksLikeDockerfile(text) {
  const lines = text.slice(0, 4096).split(/\r?\n/);
  const first = lines.find((line) => line.trim() !== "" && !line.trimStart().startsWith("#"));
  return first !== void 0 && (/^\s*ARG\s+\S/i.test(first) || FROM_LINE.test(first)) && lines.some((l) => FROM_LINE.test(l));
}
function isComposeName(path) {
  const base = path.slice(path.lastIndexOf("/") + 1).toLowerCase();
  return /^(docker-)?compose([.-][^/]*)?\.ya?ml$/.test(base);
}
var YAML_OR_JSON = /\.(ya?ml|json)$/i;
var YAML = /\.ya?ml$/i;
var HELM_VALUES = /(^|\/)([^/]*[-_.])?values([-_.][^/]*)?\.ya?ml$/i;
var REGISTRY_EXTENSION = /\.(toml|json|conf|sh|service|ya?ml)$/i;
function isRegistryCandidateName(path) {
  return REGISTRY_EXTENSION.test(path) || isRegistriesConfVariantName(path);
}
function isRegistryCandidate(path, text) {
  return isRegistryCandidateName(path) || isShellScriptWithoutExtension(path, text);
}
function looksLikeManifest(text) {
  const key = (name) => new RegExp(`(^|[{,]\\s*)["']?${name}["']?\\s*:`, "m");
  return key("apiVersion").test(text) && key("kind").test(text);
}
function classifyFile(path, text) {
  if (isDockerfileName(path)) return "dockerfile";
  if (isComposeName(path)) return "compose";
  if (isRegistryCandidate(path, text) && registryFormatOf(path, text)) return "registry-config";
  if (YAML_OR_JSON.test(path)) {
    if (looksLikeManifest(text)) return "kubernetes";
    return isComposeByContent(path, text) ? "compose" : void 0;
  }
  return isDockerfileByContent(path, text) ? "dockerfile" : void 0;
}
function isDockerfile(path, text) {
  return isDockerfileName(path) || isDockerfileByContent(path, text);
}
function isDockerfileByContent(path, text) {
  const base = path.slice(path.lastIndexOf("/") + 1);
  return (!base.includes(".") || isVariantDockerfileName(base)) && looksLikeDockerfile(text);
}
function isComposeByContent(path, text) {
  return YAML.test(path) && !HELM_VALUES.test(path) && looksLikeCompose(text) && !looksLikeManifest(text) && !(text.includes("{{") && (/(^|\/)templates\//.test(path) || isTemplate(text, true)));
}
function isTemplate(text, structured = false, toml = false) {
  if (hasOneLineTag(text, JINJA) || hasOneLineTag(text, ERB)) return true;
  if (!text.includes("{{")) return false;
  if (toml) return TOML_TEMPLATE_VALUE.test(text);
  return structured ? hasStructuralBraces(text) : hasActionOnOneLine(text);
}
var TOML_TEMPLATE_VALUE = /^[ \t]*(?:\{\{|[^#"'=\n]*=[ \t]*\{\{)/m;
var JINJA = { open: "{%", close: "%}", flags: "-" };
var ERB = { open: "<%", close: "%>", flags: "=-#" };
function hasOneLineTag(text, { open, close, flags }) {
  for (let at = text.indexOf(open); at >= 0; at = text.indexOf(open, at + 2)) {
    const after = flags.includes(text[at + 2] ?? "\n") ? at + 3 : at + 2;
    if (!/\s/.test(text[after] ?? "")) continue;
    const lineEnd2 = text.indexOf("\n", after);
    const closeAt = text.indexOf(close, after);
    if (closeAt >= 0 && (lineEnd2 < 0 || closeAt < lineEnd2)) return true;
    if (lineEnd2 < 0) return false;
    at = lineEnd2 - 2;
  }
  return false;
}
function hasActionOnOneLine(text) {
  let close = -2;
  const closeFrom = (from) => {
    if (close !== -1 && close < from) close = text.indexOf("}}", from);
    return close;
  };
  for (let at = text.indexOf("{{"); at >= 0; ) {
    const lineStart = text.lastIndexOf("\n", at) + 1;
    const lineEnd2 = text.indexOf("\n", at);
    const end = lineEnd2 < 0 ? text.length : lineEnd2;
    const open = unquotedActionStart(text, lineStart, end);
    if (open >= 0) {
      const found = closeFrom(open + 2);
      if (found >= 0 && (found < end || text.slice(lineStart, open).trim() === "")) return true;
    }
    if (lineEnd2 < 0) return false;
    at = text.indexOf("{{", lineEnd2);
  }
  return false;
}
function unquotedActionStart(text, start, end) {
  let quote = "";
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (quote !== "") {
      if (c === quote && text[i - 1] !== "\\") quote = "";
    } else if (c === "'" || c === '"') quote = c;
    else if (c === "{" && text[i + 1] === "{") return i;
  }
  return -1;
}
function hasStructuralBraces(text) {
  let previous = "";
  for (const token of new Lexer().lex(text)) {
    if (token === "{" && previous === "{") return true;
    previous = token;
  }
  return false;
}
function mightBeTarget(path) {
  const base = path.slice(path.lastIndexOf("/") + 1);
  return mightBeDockerfile(path) || YAML_OR_JSON.test(base) || isRegistryCandidateName(base);
}
function mightBeDockerfile(path) {
  const base = path.slice(path.lastIndexOf("/") + 1);
  return isDockerfileName(path) || !base.includes(".") || isVariantDockerfileName(base);
}

// src/engine/work-budget.ts
var DEFAULT_WORK_BUDGET = { maxNesting: 256, maxDocuments: 2e4, maxRuleMs: 2e4 };
function exceedsWorkBudget(kind, path, text, budget = DEFAULT_WORK_BUDGET) {
  if (kind === "dockerfile" || kind === "image") return void 0;
  const toml = isTomlPath(path);
  if (!toml && countDocumentStarts(text) > budget.maxDocuments)
    return `it holds more than ${budget.maxDocuments} YAML documents (work budget); skipped`;
  if (roughNesting(text) <= budget.maxNesting) return void 0;
  const depth = toml ? tomlNesting(text) : yamlNesting(text);
  return depth > budget.maxNesting ? `it nests more than ${budget.maxNesting} levels deep (work budget); skipped` : void 0;
}
function measuresWithYamlLexer(path, text, budget = DEFAULT_WORK_BUDGET) {
  return !isTomlPath(path) && roughNesting(text) > budget.maxNesting;
}
function roughNesting(text) {
  let flow = 0;
  let deepest = 0;
  let lineDepth = 0;
  let atIndent = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lineDepth = 0;
      atIndent = true;
      continue;
    }
    if (c === 91 || c === 123) flow++;
    else if ((c === 93 || c === 125) && flow > 0) flow--;
    else if (c === 32 || c === 9) {
      if (atIndent) lineDepth++;
      continue;
    } else if ((c === 45 || c === 58 || c === 63) && isBlank(text.charCodeAt(i + 1))) lineDepth++;
    atIndent = false;
    if (flow + lineDepth > deepest) deepest = flow + lineDepth;
  }
  return deepest;
}
function isBlank(c) {
  return c === 32 || c === 9 || c === 10 || c === 13 || Number.isNaN(c);
}
function isTomlPath(path) {
  return /\.(toml|conf)$/i.test(path);
}
function countDocumentStarts(text) {
  let count = text.startsWith("---") ? 1 : 0;
  for (let i = text.indexOf("\n---"); i >= 0; i = text.indexOf("\n---", i + 4)) count++;
  return count;
}
function yamlNesting(text) {
  let flow = 0;
  let indicators = 0;
  let indent = 0;
  let lineStart = true;
  let depth = 0;
  for (const token of new Lexer().lex(text)) {
    const type = CST.tokenType(token);
    if (type === "newline") {
      indicators = 0;
      indent = 0;
      lineStart = true;
      continue;
    }
    if (type === "space" && lineStart) indent = token.length;
    else if (type === "flow-seq-start" || type === "flow-map-start") flow++;
    else if ((type === "flow-seq-end" || type === "flow-map-end") && flow > 0) flow--;
    else if (flow === 0 && (type === "seq-item-ind" || type === "explicit-key-ind" || type === "map-value-ind"))
      indicators++;
    if (type !== "space") lineStart = false;
    depth = Math.max(depth, flow + indent + indicators);
  }
  return depth;
}
function tomlNesting(text) {
  let depth = 0;
  let deepest = 0;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === "#") i = lineEnd(text, i);
    else if (c === '"' || c === "'") i = stringEnd(text, i);
    else {
      if (c === "[" || c === "{") deepest = Math.max(deepest, ++depth);
      else if ((c === "]" || c === "}") && depth > 0) depth--;
      i++;
    }
  }
  return deepest;
}
function lineEnd(text, from) {
  const end = text.indexOf("\n", from);
  return end < 0 ? text.length : end;
}
function stringEnd(text, from) {
  const quote = text[from];
  const triple = text.startsWith(quote.repeat(3), from);
  const close = triple ? quote.repeat(3) : quote;
  let i = from + close.length;
  while (i < text.length) {
    if (quote === '"' && text[i] === "\\") i += 2;
    else if (text.startsWith(close, i)) return i + close.length;
    else if (!triple && text[i] === "\n") return i;
    else i++;
  }
  return text.length;
}

// src/engine/load-document-parsers.ts
async function loadDocumentParsers() {
  await Promise.all([loadYamlLibrary(), loadTomlLibrary()]);
}
function mayParseDocuments(files) {
  for (const { path, text } of files) {
    const base = path.slice(path.lastIndexOf("/") + 1);
    if (DOCUMENT_FILE.test(base) || isComposeName(path) || KUSTOMIZATION_NAMES.includes(base)) return true;
    const kind = classifyFile(path, text);
    if (kind !== void 0 && kind !== "dockerfile") return true;
    if (!isDockerfileName(path) && measuresWithYamlLexer(path, text)) return true;
  }
  return false;
}
var DOCUMENT_FILE = /\.(ya?ml|json|toml|conf)$/i;

// src/targets/dockerfile/run-commands.ts
var cache = /* @__PURE__ */ new WeakMap();
function runScripts(document) {
  let scripts = cache.get(document);
  if (!scripts) {
    const parses = /* @__PURE__ */ new Map();
    scripts = document.stages.flatMap(
      (stage) => stage.instructions.filter((i) => i.keyword === "RUN").map((instruction) => parseRun(instruction, stage, parses))
    );
    cache.set(document, scripts);
  }
  return scripts;
}
function parseRun(instruction, stage, parses) {
  const { text, dialect } = runScriptSource(instruction, stage);
  const key = `${dialect}
${text}`;
  let parsed = parses.get(key);
  if (!parsed) {
    parsed = parseShell(text, dialect);
    parses.set(key, parsed);
  }
  return {
    instruction,
    stage,
    commands: parsed.commands,
    assignments: parsed.assignments,
    error: parsed.error
  };
}
function runScriptSources(document) {
  return document.stages.flatMap(
    (stage) => stage.instructions.filter((i) => i.keyword === "RUN").map((instruction) => runScriptSource(instruction, stage))
  );
}
function runScriptSource(instruction, stage) {
  if (instruction.execForm)
    return { text: instruction.execForm.map(quoteArgument).join(" "), dialect: "posix" };
  const dialect = (instruction.shell ?? stage.shell).dialect;
  const first = instruction.heredocs[0];
  const text = instruction.argsText;
  if (first && /^<<-?["']?\w+["']?\s*$/.test(text.split("\n")[0]?.trim() ?? ""))
    return { text: first.body, dialect };
  return { text: dialect === "powershell" ? unescapeCommandLineQuotes(text) : text, dialect };
}
function unescapeCommandLineQuotes(text) {
  if (!text.includes('\\"')) return text;
  let opening = true;
  return text.replace(/(?<!\\)\\"/g, () => {
    const quote = opening ? ' "' : '" ';
    opening = !opening;
    return quote;
  });
}
function quoteArgument(argument) {
  return /^[\w@%+=:,./-]+$/.test(argument) ? argument : `'${argument.replaceAll("'", `'\\''`)}'`;
}

// src/core/location.ts
function lineRegion(line, text) {
  return { startLine: line, startColumn: 1, endLine: line, endColumn: (text?.length ?? 0) + 1 };
}

// src/core/rule.ts
function defineRule(rule3) {
  return rule3;
}
function formatMessage(template, data = {}) {
  return template.replace(/\{(\w+)\}/g, (whole, key) => key in data ? String(data[key]) : whole);
}

// src/rules/scanner/parse-error.ts
var parse_error_default = defineRule({
  meta: {
    id: "BH000",
    slug: "parse-error",
    title: "File could not be parsed",
    description: "A file that Bulkhead recognises (a Dockerfile, manifest, Compose file or registry config) could not be parsed, so none of its other rules could judge it. Docker, Kubernetes or the runtime would most likely reject the file as well.",
    severity: "medium",
    remediation: "Fix the syntax error at the reported position, or exclude the file if it is not meant to be used as is.",
    references: ["https://docs.docker.com/reference/dockerfile/"],
    tags: ["correctness"],
    messages: { problem: "{problem}" },
    whenToIgnore: "Templates (`{{ \u2026 }}`) are skipped with a note, not reported. Exclude generated or intentionally broken test fixtures with `--exclude`."
  },
  checks: {
    dockerfile({ document, report }) {
      for (const problem of document.problems)
        report({ messageId: "problem", data: { problem: problem.message }, region: problem.region });
    },
    kubernetes({ document, report }) {
      for (const problem of document.problems)
        report({ messageId: "problem", data: { problem: problem.message }, region: problem.region });
    }
  }
});

// src/targets/dockerfile/user-fixes.ts
var APP_UID = "10001";
var DISTROLESS_NONROOT_UID = "65532";
var USERADD_REPOSITORIES = /* @__PURE__ */ new Set([
  "debian",
  "ubuntu",
  "node",
  "python",
  "ruby",
  "golang",
  "openjdk",
  "eclipse-temurin",
  "amazoncorretto",
  "php",
  "perl",
  "rust",
  "maven",
  "gradle",
  "buildpack-deps",
  "fedora",
  "centos",
  "rockylinux",
  "almalinux",
  "oraclelinux",
  "amazonlinux",
  "ubi8",
  "ubi9",
  "ubi8-minimal",
  "ubi9-minimal"
]);
function eolOf(document) {
  return document.text.includes("\r\n") ? "\r\n" : "\n";
}
function rootImage(stage) {
  let current = stage;
  for (let hops = 0; hops < 64 && current.base.kind === "stage"; hops++) current = current.base.stage;
  return current.base.kind === "image" ? current.base.reference : void 0;
}
function linuxFamily(stage) {
  const ref = rootImage(stage);
  if (!ref) return void 0;
  const segments = ref.repository.toLowerCase().split("/");
  const last = segments[segments.length - 1] ?? "";
  const tag = (ref.tag ?? "").toLowerCase();
  if (segments[0] === "distroless" && ref.registry !== "docker.io") return "distroless";
  if (last === "alpine" || tag.includes("alpine")) return "alpine";
  if (USERADD_REPOSITORIES.has(last)) return "useradd";
  return /(?:^|-)(?:bookworm|bullseye|buster|trixie|slim|jammy|noble|focal)(?:-|$)/.test(tag) ? "useradd" : void 0;
}
function stageEnd(stage) {
  const last = stage.instructions[stage.instructions.length - 1] ?? stage.from;
  return { ...last.region, startLine: last.region.endLine, startColumn: last.region.endColumn };
}
function switchUser(document, final, lines) {
  const { stage } = final;
  const last = stage.instructions[stage.instructions.length - 1];
  const eol = eolOf(document);
  if (final.how === "explicit" && last?.keyword === "USER" && last.region.startLine === final.region.startLine)
    return [{ region: last.region, replacement: lines.join(eol) }];
  const end = stageEnd(stage);
  return [
    {
      region: { ...end, endLine: end.startLine, endColumn: end.startColumn },
      replacement: eol + lines.join(eol)
    }
  ];
}
function windowsUserFix(document, final) {
  return {
    description: "Run the final stage as 'ContainerUser'; steps that need administrator rights must come before it.",
    safety: "review",
    edits: switchUser(document, final, ["USER ContainerUser"])
  };
}
function linuxUserFix(document, final) {
  const family = linuxFamily(final.stage);
  if (!family) return void 0;
  if (family === "distroless")
    return {
      description: `Run as distroless' 'nonroot' user (uid ${DISTROLESS_NONROOT_UID}); files the process writes must be writable by it.`,
      safety: "review",
      edits: switchUser(document, final, [`USER ${DISTROLESS_NONROOT_UID}`])
    };
  const create = family === "alpine" ? `RUN adduser -D -H -u ${APP_UID} app` : `RUN useradd --uid ${APP_UID} --no-create-home --shell /usr/sbin/nologin app`;
  return {
    description: `Create the unprivileged user 'app' (uid ${APP_UID}) and run as it; files the process writes must be writable by it.`,
    safety: "review",
    edits: switchUser(document, final, [create, `USER ${APP_UID}`])
  };
}

// src/targets/dockerfile/expand-variables.ts
var NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
function expandVariables(text, scope, escapeChar = "\\", options2 = {}) {
  const depth = options2.depth ?? 0;
  if (depth > MAX_NESTING2) return { value: options2.unknown ?? "", resolved: false };
  const closing2 = matchingBraces(text);
  let resolved = true;
  let value = "";
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === escapeChar && text[i + 1] === "$") {
      value += "$";
      i += 2;
      continue;
    }
    if (c !== "$") {
      value += c;
      i++;
      continue;
    }
    if (text[i + 1] === "{") {
      const close = closing2.get(i + 1) ?? -1;
      const inner = close < 0 ? void 0 : text.slice(i + 2, close);
      const name2 = inner !== void 0 ? NAME.exec(inner)?.[0] : void 0;
      if (inner === void 0 || name2 === void 0) {
        value += c;
        i++;
        continue;
      }
      const operator = /^:?[-+]/.exec(inner.slice(name2.length))?.[0];
      const word = operator ? inner.slice(name2.length + operator.length) : void 0;
      value += substitute(name2, operator, word);
      i = close + 1;
      continue;
    }
    const name = NAME.exec(text.slice(i + 1))?.[0];
    if (!name) {
      value += c;
      i++;
      continue;
    }
    value += substitute(name, void 0, void 0);
    i += 1 + name.length;
  }
  return { value, resolved };
  function substitute(name, operator, word) {
    const current = scope.get(name);
    const expandWord = () => {
      const inner = expandVariables(word ?? "", scope, escapeChar, { ...options2, depth: depth + 1 });
      if (!inner.resolved) resolved = false;
      return inner.value;
    };
    switch (operator) {
      case ":-":
        return current ? current : expandWord();
      case "-":
        return current ?? expandWord();
      case ":+":
        return current ? expandWord() : "";
      case "+":
        return current !== void 0 ? expandWord() : "";
      default:
        if (current === void 0) resolved = false;
        return current ?? options2.unknown ?? "";
    }
  }
}
var MAX_NESTING2 = 32;
function removeWordQuotes(text, escapeChar = "\\") {
  if (!text.includes('"') && !text.includes("'")) return text;
  let out = "";
  let quote;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === escapeChar && quote !== "'" && (text[i + 1] === '"' || text[i + 1] === "'")) {
      out += text[++i];
      continue;
    }
    if (quote === void 0 && (c === '"' || c === "'")) quote = c;
    else if (c === quote) quote = void 0;
    else out += quote === "'" && c === "$" ? `${escapeChar}$` : c;
  }
  return out;
}
function matchingBraces(text) {
  const closing2 = /* @__PURE__ */ new Map();
  const open = [];
  for (let i = text.indexOf("{"); i >= 0 && i < text.length; i++) {
    if (text[i] === "{") open.push(i);
    else if (text[i] === "}" && open.length > 0) closing2.set(open.pop(), i);
  }
  return closing2;
}

// src/targets/dockerfile/base-images.ts
var windows = (user, reason) => ({ os: "windows", user, reason });
var linux = (user, reason) => ({ os: "linux", user, reason });
var NANO_SERVER = windows("ContainerUser", "Nano Server images run as ContainerUser");
var NANO_SERVER_2016 = windows(
  "ContainerAdministrator",
  "the 2016-era Nano Server (microsoft/nanoserver, 10.0.14393) runs as ContainerAdministrator"
);
var SERVER_CORE = windows("ContainerAdministrator", "Server Core images run as ContainerAdministrator");
var WINDOWS_SERVER = windows(
  "ContainerAdministrator",
  "Windows Server images run as ContainerAdministrator"
);
var WINDOWS = windows("ContainerAdministrator", "Windows images run as ContainerAdministrator");
var IIS = windows("ContainerAdministrator", "IIS images are Server Core and run as ContainerAdministrator");
var DOTNET_FRAMEWORK = windows(
  "ContainerAdministrator",
  ".NET Framework images are Server Core and run as ContainerAdministrator"
);
var DISTROLESS_NONROOT = linux("65532", "distroless ':nonroot' images run as uid 65532 (nonroot)");
var DISTROLESS_ROOT = linux("root", "distroless images without a 'nonroot' tag run as root");
var NGINX_UNPRIVILEGED = linux("101", "nginx-unprivileged images run as uid 101 (nginx)");
var BITNAMI = linux("1001", "Bitnami images run as uid 1001");
var MINIDEB = linux("root", "bitnami/minideb is a plain Debian base and runs as root");
var MSSQL_NONROOT = linux("mssql", "SQL Server 2019 and later images run as mssql (uid 10001)");
var SCRATCH = linux("root", "'scratch' has no user database; processes run as root");
var DOCKUR_WINDOWS = linux("root", "dockur/windows is a Linux (QEMU) image and runs as root");
var DOCKCROSS = linux("root", "dockcross images are Debian cross-compilers and run as root");
var DOTNET_APP = linux("1654", ".NET chiseled and distroless images run as uid 1654 (app)");
var AZURE_LINUX_NONROOT = linux(
  "65532",
  "Azure Linux distroless '-nonroot' images run as uid 65532 (nonroot)"
);
function nameOf(ref) {
  const repository = ref.repository.toLowerCase();
  const tag = (ref.tag ?? "").toLowerCase();
  return {
    registry: ref.registry.toLowerCase(),
    repository,
    segments: repository.split("/"),
    tag,
    tagTokens: tag.split(/[-_]/).filter((token) => token !== ""),
    digestOnly: ref.tag === void 0 && ref.digest !== void 0,
    registryUnknown: ref.unresolved?.registry === true,
    tagUnknown: ref.unresolved?.tag === true
  };
}
function hasTagWord(name, word) {
  return name.tagTokens.some((token) => token === word || token.split(".").includes(word));
}
function hasPath(name, path) {
  return `/${name.repository}/`.includes(`/${path}/`);
}
var POST_2016_RELEASE = /(?:^|[^0-9a-z])(?:1709|1803|1809|1903|1909|2004|20h2|ltsc2019|ltsc2022|ltsc2025)(?:$|[^0-9a-z])|10\.0\.(?:1[6-9]|2\d)\d{3}/;
function isNanoServer2016(name) {
  if (/(?:^|[-_])(?:sac2016|ltsc2016)(?:$|[-_])/.test(name.tag) || name.tag.includes("10.0.14393"))
    return true;
  return isHubMicrosoftName(name) && !name.registryUnknown && !name.tagUnknown;
}
function isHubMicrosoftName(name) {
  return name.registry === "docker.io" && name.segments[0] === "microsoft" && !POST_2016_RELEASE.test(`${name.repository}:${name.tag}`);
}
function isNanoServerOfUnknownEra(name) {
  return isHubMicrosoftName(name) && (name.registryUnknown || name.tagUnknown) && !isNanoServer2016(name);
}
function namesNanoServer(name) {
  return name.repository.includes("nanoserver") || name.tag.includes("nanoserver");
}
function windowsAdminDefault(name) {
  const segments = name.segments.map((segment) => segment.replace(/-insider$/, ""));
  if (segments.includes("servercore") || segments.includes("windowsservercore")) return SERVER_CORE;
  if (name.tag.includes("servercore")) return SERVER_CORE;
  if (hasPath(name, "windows/server")) return WINDOWS_SERVER;
  if (name.registry === "mcr.microsoft.com" && /^windows(?:\/insider|-insider)?$/.test(name.repository))
    return WINDOWS;
  if (hasPath(name, "microsoft/iis")) return IIS;
  if (hasPath(name, "dotnet/framework") || hasPath(name, "microsoft/dotnet-framework"))
    return DOTNET_FRAMEWORK;
  if (hasPath(name, "microsoft/aspnet") || name.repository.startsWith("microsoft/mssql-server-windows")) {
    return SERVER_CORE;
  }
  return void 0;
}
function linuxDefault(name) {
  const [owner] = name.segments;
  if (name.registry === "docker.io" && name.repository === "library/scratch") return SCRATCH;
  if (owner === "distroless" && name.registry !== "docker.io") {
    if (hasTagWord(name, "nonroot")) return DISTROLESS_NONROOT;
    return name.digestOnly ? void 0 : DISTROLESS_ROOT;
  }
  if (hasPath(name, "nginxinc/nginx-unprivileged")) return NGINX_UNPRIVILEGED;
  if (/(?:^|\/)dockurr?\/windows(?:-[a-z0-9]+)?$/.test(name.repository)) return DOCKUR_WINDOWS;
  if (/(?:^|\/)dockcross\/[^/]+$/.test(name.repository)) return DOCKCROSS;
  if (isDotnetLinux(name) && name.tagTokens.some((token) => token === "chiseled" || token === "distroless"))
    return DOTNET_APP;
  if (isAzureLinuxDistroless(name) && hasTagWord(name, "nonroot")) return AZURE_LINUX_NONROOT;
  if (name.repository === "mssql/server" && /^20(19|2\d)-/.test(name.tag)) return MSSQL_NONROOT;
  if (owner === "bitnami" || owner === "bitnamilegacy" || owner === "bitnamisecure") {
    return name.segments[1] === "minideb" ? MINIDEB : BITNAMI;
  }
  return void 0;
}
function isDotnetLinux(name) {
  return name.registry === "mcr.microsoft.com" && name.segments[0] === "dotnet" && name.segments[1] !== "framework";
}
function isAzureLinuxDistroless(name) {
  return name.registry === "mcr.microsoft.com" && (hasPath(name, "azurelinux/distroless") || hasPath(name, "cbl-mariner/distroless"));
}
function defaultUserDependsOnTag(ref) {
  const name = nameOf(ref);
  return name.segments[0] === "distroless" && name.registry !== "docker.io" || name.repository === "mssql/server" || isDotnetLinux(name) || isAzureLinuxDistroless(name);
}
function isNanoServer2016Reference(ref) {
  const name = nameOf(ref);
  return namesNanoServer(name) && isNanoServer2016(name);
}
function lookupBaseImageDefault(ref) {
  const name = nameOf(ref);
  if (namesNanoServer(name)) {
    if (isNanoServerOfUnknownEra(name)) return void 0;
    return isNanoServer2016(name) ? NANO_SERVER_2016 : NANO_SERVER;
  }
  if (name.tagUnknown && ref.tag === void 0 && defaultUserDependsOnTag(ref)) return void 0;
  return windowsAdminDefault(name) ?? linuxDefault(name);
}
var WINDOWS_TAG_TOKEN = /^(?:windows|ltsc20(?:16|19|22|25)|sac2016)$/;
var WINDOWS_RELEASE_TOKEN = /^(?:1709|1803|1809|1903|1909|2004|20h2)$/;
function isWindowsImageName(ref) {
  const known = lookupBaseImageDefault(ref);
  if (known) return known.os === "windows";
  const name = nameOf(ref);
  if (namesNanoServer(name)) return true;
  const { tagTokens, segments } = name;
  const repositoryTokens = segments.flatMap((segment) => segment.split(/[-_.]/));
  return repositoryTokens.includes("windows") || tagTokens.some((token) => WINDOWS_TAG_TOKEN.test(token)) || tagTokens.length > 1 && tagTokens.some((token) => WINDOWS_RELEASE_TOKEN.test(token));
}

// src/targets/dockerfile/effective-user.ts
function effectiveUser(stage, escapeChar) {
  const user = [...stage.instructions].reverse().find((i) => i.keyword === "USER");
  if (user) {
    const expanded = expandVariables(user.argsText.trim(), user.scope, escapeChar);
    return expanded.resolved && expanded.value !== "" ? {
      user: unquote3(expanded.value, escapeChar),
      source: "instruction",
      instruction: user,
      from: stage.from,
      reason: "USER"
    } : {
      source: "unknown",
      instruction: user,
      from: stage.from,
      reason: `USER '${user.argsText}' is not resolvable`
    };
  }
  const base = stage.base;
  switch (base.kind) {
    case "stage":
      return effectiveUser(base.stage, escapeChar);
    case "scratch":
      return { user: "root", source: "base-default", from: stage.from, reason: "'scratch' has no users" };
    case "unresolved": {
      const repository = base.repository && (base.repository.tag !== void 0 || !defaultUserDependsOnTag(base.repository)) ? base.repository : void 0;
      const known = repository && lookupBaseImageDefault(repository);
      if (known) return { user: known.user, source: "base-default", from: stage.from, reason: known.reason };
      if (repository && stage.os === "linux")
        return {
          user: "root",
          source: "docker-default",
          from: stage.from,
          reason: `Docker runs '${repository.raw}' as root unless the image sets a user`
        };
      return { source: "unknown", from: stage.from, reason: `base '${base.text}' is not resolvable` };
    }
    case "image": {
      const known = lookupBaseImageDefault(base.reference);
      if (known) return { user: known.user, source: "base-default", from: stage.from, reason: known.reason };
      if (stage.os === "linux") {
        return {
          user: "root",
          source: "docker-default",
          from: stage.from,
          reason: `Docker runs '${base.reference.raw}' as root unless the image sets a user`
        };
      }
      return {
        source: "unknown",
        from: stage.from,
        reason: `the default user of '${base.reference.raw}' is not known`
      };
    }
  }
}
function unquote3(value, escapeChar) {
  const match = /^(["'])(.*)\1$/.exec(value);
  if (!match) return value;
  const inner = match[2];
  if (match[1] === "'") return inner;
  let unescaped = "";
  for (let i = 0; i < inner.length; i++) {
    const next = inner[i + 1];
    if (inner[i] === escapeChar && (next === '"' || next === escapeChar)) i++;
    unescaped += inner[i];
  }
  return unescaped;
}

// src/targets/dockerfile/final-image-user.ts
function finalImageUser(document, os) {
  const stage = document.finalStage;
  if (!stage || stage.os !== os) return void 0;
  const effective = effectiveUser(stage, document.escapeChar);
  if (effective.user === void 0) return void 0;
  const user = effective.instruction;
  if (user) {
    return {
      stage,
      user: effective.user,
      how: user.stageIndex === stage.index ? "explicit" : "inherited",
      region: user.region,
      data: { user: effective.user, line: user.region.startLine }
    };
  }
  return {
    stage,
    user: effective.user,
    how: "byDefault",
    region: stage.baseRegion,
    data: { user: effective.user, reason: effective.reason }
  };
}

// src/targets/dockerfile/user-names.ts
function unquote4(user) {
  const trimmed = user.trim();
  const quoted2 = /^(["'])(.*)\1$/s.exec(trimmed);
  return (quoted2?.[2] ?? trimmed).trim();
}
function isLinuxRoot(user) {
  const [name = ""] = unquote4(user).split(":");
  return name === "root" || /^[+-]?0+$/.test(name);
}
var WINDOWS_ADMIN_NAMES = /* @__PURE__ */ new Set(["containeradministrator", "administrator", "system", "localsystem"]);
function isWindowsAdmin(user) {
  const name = unquote4(user);
  const account = name.slice(name.lastIndexOf("\\") + 1).trim();
  return WINDOWS_ADMIN_NAMES.has(account.toLowerCase());
}

// src/targets/image/built-from-dockerfile.ts
function builtImageOf(document, repository) {
  for (const name of document.names) {
    const reference = parseImageReference(name.trim());
    const built = reference && repository.builtImages.get(reference.name.toLowerCase());
    if (built) return built;
  }
  return void 0;
}
function builtFromRelated(document, repository) {
  const built = builtImageOf(document, repository);
  if (!built) return [];
  return [{ ...built.location, message: `Built from this Dockerfile: ${built.location.message}.` }];
}

// src/targets/image/image-locations.ts
var USER_LOCATION = "config.User";
function envLocation(index) {
  return `config.Env[${index}]`;
}
function historyLocation(index) {
  return `history[${index}].created_by`;
}
function fileLocation(file) {
  return `${file.layerDigest}:${file.path}`;
}
function shortDigest(digest) {
  const colon = digest.indexOf(":");
  return colon < 0 ? digest.slice(0, 12) : digest.slice(0, colon + 13);
}
function describeLayer(index, digest) {
  return digest ? `layer ${index} (${shortDigest(digest)})` : `layer ${index}`;
}

// src/targets/image/target.ts
var IMAGE_REGION = { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };

// src/rules/image-user/image-runs-as-root.ts
var image_runs_as_root_default = defineRule({
  meta: {
    id: "BH101",
    slug: "image-runs-as-root",
    title: "Linux image runs as root",
    description: "The final image runs its process as root, explicitly or because no USER is set and Docker defaults to root. A process that is root inside the container is root on the host after any container escape, and can modify everything in the image at run time. Only the final stage and the stages it is built FROM count; builder stages never ship. In a built image, the config `User` decides: empty or absent means root.",
    severity: "high",
    remediation: "Create an unprivileged user and switch to it at the end of the final stage (`RUN useradd --uid 10001 app` then `USER 10001`), or build FROM an image that already runs as non-root (e.g. distroless `:nonroot`).",
    references: [
      "https://docs.docker.com/reference/dockerfile/#user",
      "https://docs.docker.com/build/building/best-practices/#user"
    ],
    tags: ["CWE-250", "cis-docker-4.1"],
    messages: {
      explicit: "The final image runs as '{user}', set by USER on line {line}.",
      inherited: "The final image runs as '{user}': it is built on this stage, whose USER on line {line} it keeps.",
      byDefault: "The final image runs as '{user}' by default ({reason}); no USER is set.",
      imageUser: "The image runs as '{user}', set by its config User.",
      imageNoUser: "The image has no user set (runs as root by default)."
    },
    whenToIgnore: "An image that must start as root to drop privileges itself (for example an entrypoint that calls `gosu`/`su-exec`); suppress with a reason."
  },
  checks: {
    dockerfile({ document, report }) {
      const final = finalImageUser(document, "linux");
      if (!final || !isLinuxRoot(final.user)) return;
      const fix = linuxUserFix(document, final);
      report({
        messageId: final.how,
        data: final.data,
        region: final.region,
        ...fix ? { fixes: [fix] } : {}
      });
    },
    // A built image's config User is what Docker runs it as; empty or absent means root.
    image({ document, repository, report }) {
      if (document.platform.os.toLowerCase() === "windows") return;
      const user = document.config.user?.trim() ?? "";
      if (user !== "" && !isLinuxRoot(user)) return;
      report({
        messageId: user === "" ? "imageNoUser" : "imageUser",
        data: { user },
        region: IMAGE_REGION,
        logical: USER_LOCATION,
        relatedLocations: builtFromRelated(document, repository)
      });
    }
  }
});

// src/targets/image/windows-default-user.ts
var SERVER_2016 = /^10\.0\.14393(\.|$)/;
var NANO_SERVER2 = /nano-?server/i;
var SERVER_CORE2 = /server-?core/i;
function windowsDefaultUser(platform, history) {
  if (platform.osVersion && SERVER_2016.test(platform.osVersion)) {
    return {
      user: "ContainerAdministrator",
      reason: `Windows Server 2016 base images (os.version ${platform.osVersion}) run as ContainerAdministrator`
    };
  }
  if (history.some((entry) => NANO_SERVER2.test(entry.createdBy)))
    return {
      user: "ContainerUser",
      reason: "its history shows a Nano Server base, which runs as ContainerUser"
    };
  if (history.some((entry) => SERVER_CORE2.test(entry.createdBy)))
    return {
      user: "ContainerAdministrator",
      reason: "its history shows a Server Core base, which runs as ContainerAdministrator"
    };
  return {
    user: "ContainerAdministrator",
    reason: "an empty User means ContainerAdministrator outside the Nano Server lineage"
  };
}

// src/rules/image-user/windows-image-runs-as-admin.ts
var windows_image_runs_as_admin_default = defineRule({
  meta: {
    id: "BH102",
    slug: "windows-image-runs-as-admin",
    title: "Windows image runs as an administrator",
    description: "The final Windows image runs as ContainerAdministrator (or another admin-equivalent account such as SYSTEM), explicitly or because its base image defaults to it: Server Core, Windows Server and .NET Framework images do, Nano Server images run as ContainerUser. An administrator in a process-isolated container shares the host kernel and can change the container's whole file system and registry. In a built image, an empty config `User` means the base's default, which is ContainerAdministrator unless the image is of the Nano Server lineage (since 1709).",
    severity: "high",
    remediation: "End the final stage with `USER ContainerUser` (grant it the folders it writes with `icacls` first), or build on a Nano Server image, which runs as ContainerUser by default.",
    references: [
      "https://learn.microsoft.com/en-us/virtualization/windowscontainers/manage-containers/container-security",
      "https://learn.microsoft.com/en-us/virtualization/windowscontainers/manage-containers/hyperv-container",
      "https://docs.docker.com/reference/dockerfile/#user"
    ],
    tags: ["CWE-250", "windows"],
    messages: {
      explicit: "The final Windows image runs as '{user}', an administrator account, set by USER on line {line}.",
      inherited: "The final Windows image runs as '{user}', an administrator account: it is built on this stage, whose USER on line {line} it keeps.",
      byDefault: "The final Windows image runs as '{user}' by default ({reason}); no USER is set.",
      imageUser: "The Windows image runs as '{user}', an administrator account, set by its config User.",
      imageDefault: "The Windows image has no user set, so it runs as '{user}' ({reason})."
    },
    whenToIgnore: "Some Windows software only installs or runs as an administrator (for example services that need to register themselves); prefer Hyper-V isolation for such images and suppress with a reason."
  },
  checks: {
    dockerfile({ document, report }) {
      const final = finalImageUser(document, "windows");
      if (final && isWindowsAdmin(final.user))
        report({
          messageId: final.how,
          data: final.data,
          region: final.region,
          fixes: [windowsUserFix(document, final)]
        });
    },
    image({ document, repository, report }) {
      if (document.platform.os.toLowerCase() !== "windows") return;
      const user = document.config.user?.trim() ?? "";
      const fallback = user === "" ? windowsDefaultUser(document.platform, document.history) : void 0;
      if (fallback ? fallback.user !== "ContainerAdministrator" : !isWindowsAdmin(user)) return;
      report({
        messageId: fallback ? "imageDefault" : "imageUser",
        data: fallback ? { user: fallback.user, reason: fallback.reason } : { user },
        region: IMAGE_REGION,
        logical: USER_LOCATION,
        relatedLocations: builtFromRelated(document, repository)
      });
    }
  }
});

// src/rules/image-user/sudo-in-build.ts
var sudo_in_build_default = defineRule({
  meta: {
    id: "BH103",
    slug: "sudo-in-build",
    title: "sudo used in a build command",
    description: "`sudo` in a RUN step means the image has sudo installed and configured for the build user, which usually stays in the final image as an easy path from the application user to root. It also behaves unpredictably in builds (TTY requirements, environment resets). Installing the `sudo` package or editing `/etc/sudoers` is not this rule's concern (see BH104).",
    severity: "medium",
    remediation: "Run privileged build steps before switching users (`USER root` \u2026 `USER app`), or use `gosu`/`su-exec` in an entrypoint that drops privileges; do not ship sudo.",
    references: [
      "https://docs.docker.com/build/building/best-practices/#user",
      "https://github.com/hadolint/hadolint/wiki/DL3004"
    ],
    tags: ["CWE-250"],
    messages: { sudo: "RUN invokes '{command}'." }
  },
  checks: {
    dockerfile({ document, report }) {
      for (const run of runScripts(document)) {
        const sudo = run.commands.flatMap((c) => [...c.wrappers ?? [], c]).find((c) => c.program === "sudo");
        if (!sudo) continue;
        const command = [sudo.name, ...sudo.args.slice(0, 3)].map((w) => w.value).join(" ");
        report({ messageId: "sudo", data: { command }, region: run.instruction.region });
      }
    }
  }
});

// src/targets/shell/admin-grants.ts
var ADMIN_GROUPS = /* @__PURE__ */ new Set(["sudo", "wheel", "root", "admin"]);
var WINDOWS_ADMINISTRATORS = /^(builtin\\)?administrators$/i;
var ADMINISTRATORS_SID = "S-1-5-32-544";
function findAdminGrant(command) {
  const description = describeGrant(command);
  return description ? { command, description } : void 0;
}
function describeGrant(command) {
  const args = command.args.map((a) => a.value);
  switch (command.program) {
    case "usermod":
    case "useradd": {
      const groups = optionValue2(args, "G", "--groups");
      const admin = groups?.split(",").find((g) => ADMIN_GROUPS.has(g));
      return admin ? `${command.program} puts '${accountOf(command.program, args) ?? ""}' in group '${admin}'` : void 0;
    }
    case "adduser":
    case "addgroup": {
      const positional = args.filter((a) => !a.startsWith("-"));
      const group = optionValue2(args, "G", "--ingroup") ?? (positional.length === 2 ? positional[1] : void 0);
      return group && ADMIN_GROUPS.has(group) ? `${command.program} puts '${positional[0] ?? ""}' in group '${group}'` : void 0;
    }
    case "gpasswd": {
      const index = args.findIndex((a) => a === "-a" || a === "--add");
      const group = index >= 0 ? args.filter((_a, i) => i !== index && i !== index + 1).find((a) => !a.startsWith("-")) : void 0;
      return group && ADMIN_GROUPS.has(group) ? `gpasswd adds '${args[index + 1] ?? ""}' to group '${group}'` : void 0;
    }
    case "net": {
      const lower = args.map((a) => a.toLowerCase());
      if (lower[0] !== "localgroup" || !lower.includes("/add") || !WINDOWS_ADMINISTRATORS.test(args[1] ?? ""))
        return void 0;
      return `net localgroup adds '${args[2] === "/add" ? args[3] ?? "" : args[2] ?? ""}' to Administrators`;
    }
    case "add-localgroupmember": {
      const group = powershellParameter(args, ["-group", "-name", "-sid"]) ?? args.find((a) => !a.startsWith("-"));
      if (!group || !(WINDOWS_ADMINISTRATORS.test(group) || group.toUpperCase() === ADMINISTRATORS_SID))
        return void 0;
      return `Add-LocalGroupMember adds '${powershellParameter(args, ["-member"]) ?? ""}' to Administrators`;
    }
  }
  const written = command.wrappers?.[0] ?? command;
  return grantsNopasswd(command) ? `'${written.name.value}' writes a NOPASSWD sudoers rule` : void 0;
}
var USERADD_SHORT_WITH_VALUE = "bcdefgGkKpPRsuZ";
var USERMOD_SHORT_WITH_VALUE = "cdefgGlpPRsuvVwWZ";
var ACCOUNT_LONG_WITH_VALUE = new Set(
  "--base-dir --comment --home-dir --home --expiredate --inactive --gid --groups --skel --key --password --root --prefix --shell --uid --selinux-user --login --add-subuids --del-subuids --add-subgids --del-subgids --selinux-range".split(" ")
);
function accountOf(program, args) {
  const withValue = program === "usermod" ? USERMOD_SHORT_WITH_VALUE : USERADD_SHORT_WITH_VALUE;
  let account;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--") return args[i + 1] ?? account;
    if (arg.startsWith("--")) {
      if (!arg.includes("=") && ACCOUNT_LONG_WITH_VALUE.has(arg)) i++;
    } else if (arg.startsWith("-") && arg.length > 1) {
      const at = [...arg.slice(1)].findIndex((letter) => withValue.includes(letter));
      if (at >= 0 && at === arg.length - 2) i++;
    } else account = arg;
  }
  return account;
}
function optionValue2(args, short, long) {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === long) return args[i + 1];
    if (arg.startsWith(`${long}=`)) return arg.slice(long.length + 1);
    if (/^-[A-Za-z]+/.test(arg) && !arg.startsWith("--")) {
      const at = arg.indexOf(short);
      if (at > 0) return at === arg.length - 1 ? args[i + 1] : arg.slice(at + 1);
    }
  }
  return void 0;
}
function powershellParameter(args, names) {
  for (let i = 0; i < args.length; i++) {
    const [name, inline] = args[i].toLowerCase().split(/:(.*)/s);
    if (names.includes(name))
      return inline !== void 0 ? args[i].slice(name.length + 1) : args[i + 1];
  }
  return void 0;
}
function grantsNopasswd(command) {
  const texts = [...command.args.map((a) => a.value), ...command.redirects.map((r) => r.heredoc ?? "")];
  return texts.some((text) => /\bNOPASSWD\s*:/.test(text));
}

// src/rules/image-user/grants-admin-rights.ts
var grants_admin_rights_default = defineRule({
  meta: {
    id: "BH104",
    slug: "grants-admin-rights",
    title: "Build grants administrator rights to an account",
    description: "A RUN step adds an account to an administrators group (sudo, wheel, root, admin; Windows Administrators) or writes a passwordless sudo rule. Whatever user the image later runs as, that account can become root or administrator without a password, which undoes the point of a non-root USER.",
    severity: "medium",
    remediation: "Do not add image accounts to admin groups or NOPASSWD sudoers rules; do the privileged work at build time as root (or ContainerAdministrator) and run as an ordinary account.",
    references: [
      "https://docs.docker.com/build/building/best-practices/#user",
      "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.localaccounts/add-localgroupmember"
    ],
    tags: ["CWE-269", "CWE-250"],
    messages: { grant: "RUN grants administrator rights: {grant}." }
  },
  checks: {
    dockerfile({ document, report }) {
      for (const run of runScripts(document)) {
        for (const command of run.commands) {
          const grant = findAdminGrant(command);
          if (grant)
            report({
              messageId: "grant",
              data: { grant: grant.description },
              region: run.instruction.region
            });
        }
      }
    }
  }
});

// src/targets/dockerfile/env-and-arg-values.ts
function envAndArgValues(document) {
  const values = [];
  for (const instruction of document.instructions) {
    if (instruction.keyword !== "ENV" && instruction.keyword !== "ARG") continue;
    const stage = document.stages[instruction.stageIndex];
    for (const property2 of instruction.properties) {
      if (property2.value === void 0) continue;
      const expanded = expandVariables(property2.value, instruction.scope, document.escapeChar);
      values.push({
        instruction,
        stage,
        name: property2.name,
        value: expanded.resolved ? expanded.value : property2.value
      });
    }
  }
  return values;
}

// src/secrets/known-credentials.ts
var SPECIFICITY = {
  "github-token": 0,
  "npm-token": 0,
  "gitlab-token": 1,
  "slack-token": 1,
  "slack-webhook": 1,
  "aws-access-key": 1,
  "azure-storage-key": 1,
  jwt: 2,
  "azure-sas": 2,
  "npm-auth-token": 3,
  "url-password": 4
};
function findUrlPasswords(text) {
  return findUrlUserinfo(text).filter(({ user, password, host }) => {
    const decoded = percentDecode(password);
    return !isTemplatedHost(host) && decoded !== percentDecode(user) && classifyValue(decoded).literal;
  }).map(({ password, passwordStart, passwordEnd }) => ({
    id: "url-password",
    type: "password in URL",
    value: password,
    start: passwordStart,
    end: passwordEnd
  }));
}
var NPM_AUTH = /(?:(?<!\w)|(?<=npm_config_))(_authToken|_auth|_password|npmAuthToken)["']?\s*[=:]\s*(["']?)([^\s"'`#;]+)\2/g;
var NPM_AUTH_TYPES = {
  _authToken: "npm registry auth token",
  _auth: "npm registry basic-auth credential",
  _password: "npm registry password",
  npmAuthToken: "Yarn registry auth token"
};
var VALUE_REST = /[^\s"'`#;]*/y;
function npmValueAt(text, start, matched) {
  const substitution = matched.startsWith("$(") ? referenceEnd(text, start) : void 0;
  if (substitution === void 0) return matched;
  VALUE_REST.lastIndex = substitution;
  VALUE_REST.test(text);
  return text.slice(start, VALUE_REST.lastIndex);
}
function findNpmAuthTokens(text) {
  const found = [];
  for (const match of text.matchAll(NPM_AUTH)) {
    const [whole, key = "", , matched = ""] = match;
    const start = (match.index ?? 0) + whole.lastIndexOf(matched);
    const value = npmValueAt(text, start, matched);
    if (!classifyValue(value).literal) continue;
    found.push({
      id: "npm-auth-token",
      type: NPM_AUTH_TYPES[key] ?? "npm credential",
      value,
      start,
      end: start + value.length
    });
  }
  return found;
}
function findKnownCredentials(text) {
  const candidates = [
    ...findTokenFormats(text),
    ...findCloudCredentials(text),
    ...findNpmAuthTokens(text),
    ...findUrlPasswords(text)
  ].sort(
    (a, b) => (SPECIFICITY[a.id] ?? 9) - (SPECIFICITY[b.id] ?? 9) || b.end - b.start - (a.end - a.start) || a.start - b.start
  );
  const kept = [];
  for (const candidate of candidates) {
    if (!kept.some((other) => candidate.start < other.end && other.start < candidate.end)) kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}

// src/secrets/private-keys.ts
var MIN_KEY_BODY = 64;
var BEGIN = /-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY( BLOCK)?-----/g;
var TYPES = {
  RSA: "RSA private key",
  OPENSSH: "OpenSSH private key",
  EC: "EC private key",
  DSA: "DSA private key",
  "": "PKCS#8 private key",
  ENCRYPTED: "encrypted PKCS#8 private key",
  PGP: "PGP private key block"
};
var OPENSSH_MAGIC = "b3BlbnNzaC1rZXktdjE";
var SEPARATORS = /\\[nrt]|[\s\\"'`;&|<>(),]+/;
function findPrivateKeys(text) {
  const found = [];
  const begins = [...text.matchAll(BEGIN)];
  const nextEnd = /* @__PURE__ */ new Map();
  begins.forEach((begin, i) => {
    const label = (begin[1] ?? "").trim();
    const start = begin.index ?? 0;
    const bodyStart = start + begin[0].length;
    const endMarker = `-----END ${begin[1] ?? ""}PRIVATE KEY${begin[2] ?? ""}-----`;
    let endAt = nextEnd.get(endMarker) ?? bodyStart;
    if (endAt >= 0 && endAt < bodyStart) endAt = bodyStart;
    if (endAt >= 0 && !text.startsWith(endMarker, endAt)) endAt = text.indexOf(endMarker, endAt);
    nextEnd.set(endMarker, endAt);
    const nextBegin = begins[i + 1]?.index ?? text.length;
    if (endAt < 0 || endAt > nextBegin || found.some((match) => start < match.end)) return;
    const body = text.slice(bodyStart, endAt);
    if (!isKeyBody(label, body)) return;
    found.push({ type: TYPES[label] ?? `${label} private key`, start, end: endAt + endMarker.length });
  });
  return [...found, ...findPuttyKeys(text)].sort((a, b) => a.start - b.start);
}
function base64Runs(body) {
  return body.split(/\\r\\n|\\n|\r?\n/).filter((line) => !/^\W*[A-Za-z-]+: /.test(line)).flatMap((line) => line.split(SEPARATORS)).filter((run) => /^[A-Za-z0-9+/]+={0,2}$/.test(run) && !/^=[A-Za-z0-9+/]{4}$/.test(run));
}
function isKeyBody(label, body) {
  const runs = base64Runs(body).filter((run) => run.length >= 16);
  const encrypted = label !== "OPENSSH" && label !== "PGP" && /Proc-Type:\s*4,ENCRYPTED/.test(body);
  const firstLine = runs.findIndex((run) => run.length >= FULL_LINE);
  const candidates = firstLine < 0 ? runs : runs.slice(0, firstLine + 1);
  const first = encrypted ? 0 : candidates.findIndex((run) => startsLikeKey(label, run));
  if (first < 0) return false;
  const material = runs.slice(first).join("");
  return material.length >= MIN_KEY_BODY && shannonEntropy(material) > 4.5;
}
var FULL_LINE = 40;
function startsLikeKey(label, run) {
  if (label === "OPENSSH") return run.startsWith(OPENSSH_MAGIC);
  const bytes = Buffer.from(run.slice(0, 8), "base64");
  if (label === "PGP") return isPgpSecretKeyPacket(bytes[0]);
  return bytes[0] === 48 && (bytes[1] ?? 0) >= 32;
}
function isPgpSecretKeyPacket(first) {
  if (first === void 0 || (first & 128) === 0) return false;
  const tag = first & 64 ? first & 63 : first >> 2 & 15;
  return tag === 5 || tag === 7;
}
function findPuttyKeys(text) {
  const found = [];
  const header = /PuTTY-User-Key-File-\d+: \S+/g;
  for (const match of text.matchAll(header)) {
    const start = match.index ?? 0;
    const rest = text.slice(start, start + 2e4);
    const lines = /Private-Lines: (\d+)\r?\n/.exec(rest);
    if (!lines) continue;
    const bodyStart = lines.index + lines[0].length;
    const body = rest.slice(bodyStart).split(/\r?\n/).slice(0, Number(lines[1]));
    const material = body.map((line) => line.trim()).join("");
    if (!/^[A-Za-z0-9+/]{40,}={0,2}$/.test(material) || shannonEntropy(material) <= 4) continue;
    const bodyEnd = bodyStart + body.join("\n").length;
    const mac = /^\r?\nPrivate-MAC: \S+/.exec(rest.slice(bodyEnd));
    found.push({ type: "PuTTY private key", start, end: start + bodyEnd + (mac?.[0].length ?? 0) });
  }
  return found;
}

// src/secrets/secret-ids.ts
var AWS_ACCESS_KEY_ID = /^(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}$/;
function knownSecretIdType(value) {
  const trimmed = value.trim();
  return AWS_ACCESS_KEY_ID.test(trimmed) && !isVendorExample(trimmed) ? "AWS access key ID" : void 0;
}

// src/secrets/secret-names.ts
var SECRET_WORDS = /* @__PURE__ */ new Set([
  "password",
  "passwords",
  "passwd",
  "pwd",
  "secret",
  "secrets",
  "token",
  "tokens",
  "apikey",
  "apikeys",
  "credential",
  "credentials",
  "auth",
  "sas",
  "connectionstring",
  "connectionstrings"
]);
var SECRET_COMPOUNDS = [
  ["api", "key"],
  ["api", "keys"],
  ["access", "key"],
  ["access", "keys"],
  ["private", "key"],
  ["private", "keys"],
  ["connection", "string"],
  ["connection", "strings"]
];
var NON_SECRET_SUFFIXES = new Set(
  "file path dir url uri endpoint name id header length min max enabled type policy region version".split(" ")
);
var EXTRA_NON_SECRET_SUFFIXES = new Set(
  "arn method mode scheme provider strategy prefix format files paths dirs urls uris endpoints names ids headers types policies regions versions realm realms service services issuer issuers audience audiences namespace namespaces image images annotation annotations env complexity limit limits algorithm algorithms alg encryption hashing hasher backend backends engine engines store stores".split(" ")
);
var NON_SECRET_TOKEN_NAME = "initial_cluster_token";
var WELL_KNOWN_SECRET_NAMES = /* @__PURE__ */ new Set([
  "pgpassword",
  "rabbitmq_default_pass",
  "rails_master_key",
  "app_key"
]);
var WELL_KNOWN_NON_SECRET_NAMES = /* @__PURE__ */ new Set([
  "pwd",
  "ssh_auth_sock",
  "google_application_credentials",
  "credentials_directory"
]);
function nameWords(name) {
  return name.split(
    /[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])/
  ).filter((word) => word.length > 0).map((word) => word.toLowerCase());
}
function hasSecretWord(words) {
  if (words.some((word) => SECRET_WORDS.has(word))) return true;
  return words.some((word, i) => SECRET_COMPOUNDS.some(([a, b]) => word === a && words[i + 1] === b));
}
function isSecretLikeName(name) {
  const normalized = name.trim().toLowerCase();
  if (WELL_KNOWN_NON_SECRET_NAMES.has(normalized)) return false;
  if (WELL_KNOWN_SECRET_NAMES.has(normalized)) return true;
  const words = nameWords(name);
  const last = words.at(-1) ?? "";
  if (NON_SECRET_SUFFIXES.has(last) || EXTRA_NON_SECRET_SUFFIXES.has(last)) return false;
  if (words.join("_").endsWith(NON_SECRET_TOKEN_NAME)) return false;
  if (last === "publickey" || last === "pubkey") return false;
  if (last === "key" && ["public", "pub"].includes(words.at(-2) ?? "")) return false;
  return hasSecretWord(words);
}
var WEAK_SECRET_WORDS = /* @__PURE__ */ new Set(["auth", "credential", "credentials"]);
var CONNECTION_WORDS = /* @__PURE__ */ new Set(["connectionstring", "connectionstrings"]);
function secretNameKind(name) {
  const normalized = name.trim().toLowerCase();
  if (WELL_KNOWN_SECRET_NAMES.has(normalized)) return "secret";
  const words = nameWords(name);
  const joined = words.map((word, i) => word + (words[i + 1] ?? ""));
  const connection = joined.some((pair) => CONNECTION_WORDS.has(pair)) || words.some((w) => CONNECTION_WORDS.has(w));
  const rest = words.filter(
    (word, i) => !CONNECTION_WORDS.has(word) && !(word === "connection" && ["string", "strings"].includes(words[i + 1] ?? "")) && !(["string", "strings"].includes(word) && words[i - 1] === "connection")
  );
  const strong = rest.some((word) => SECRET_WORDS.has(word) && !WEAK_SECRET_WORDS.has(word)) || rest.some((word, i) => SECRET_COMPOUNDS.some(([a, b]) => word === a && rest[i + 1] === b));
  if (strong) return "secret";
  return connection ? "connection" : "auth";
}
function isNamedSecret(name, value) {
  if (!isSecretLikeName(name) || !classifyValue(value).literal) return false;
  switch (secretNameKind(name)) {
    case "secret":
      return true;
    case "connection":
      return hasSecretComponent(value);
    case "auth":
      return isCredentialShaped(value);
  }
}
function isSecretSetting(setting) {
  return isNamedSecret(setting.password ? "password" : setting.name, setting.value);
}
function hasSecretComponent(value) {
  const text = expandDefaults(value.trim());
  return classifyStructuredValue(text, classifyValue)?.literal === true || findKnownCredentials(text).length > 0;
}
var DNS_NAME = /^(?:[A-Za-z0-9-]{1,63}\.)+[A-Za-z]{2,63}$/;
var BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
function isEncodedUuid(part) {
  if (part.length < 48 || part.length > 52 || part.length % 4 !== 0 || !BASE64.test(part)) return false;
  return isUuid(Buffer.from(part, "base64").toString("latin1"));
}
function isCredentialShaped(value) {
  const text = value.trim().replace(/^(["'])(.*)\1$/s, "$2");
  if (hasSecretComponent(text)) return true;
  const parts = text.split(/\s+/).filter((part) => !DNS_NAME.test(part) && !isEncodedUuid(part));
  if (parts.some((part) => looksRandom(part) || /^[0-9a-f]{32,}$/i.test(part))) return true;
  const pair = /^([^\s:@/]+):([^\s:@/]+)$/.exec(text);
  return pair !== null && classifyValue(pair[2] ?? "").literal;
}
function isSecretLikeUrlName(name) {
  const words = nameWords(name);
  return ["url", "uri", "endpoint"].includes(words.at(-1) ?? "") && hasSecretWord(words.slice(0, -1));
}
function valueEmbedsCredentials(value) {
  if (findKnownCredentials(value).length > 0) return true;
  return findQueryParams(value).some(
    (param) => isSecretParamName(param.name) && classifyValue(percentDecode(param.value)).literal
  );
}

// src/secrets/secret-values.ts
function secretValues(values) {
  const matches3 = credentialsOfValues(values);
  const found = [];
  values.forEach((named, index) => {
    const { name, value } = named;
    if (findPrivateKeys(value).length) return;
    const known = matches3[index];
    for (const match of known)
      found.push({
        index,
        messageId: "knownFormat",
        data: { name, type: match.type, value: redactSecret(match.value) }
      });
    if (known.length) return;
    const idType = knownSecretIdType(value);
    if (idType)
      found.push({
        index,
        messageId: "knownFormat",
        data: { name, type: idType, value: redactSecret(value) }
      });
    else if (isSecretSetting(named))
      found.push({ index, messageId: "namedSecret", data: { name, value: redactSecret(value) } });
  });
  return found;
}
function credentialsOfValues(values) {
  const byIndex = values.map(() => []);
  let text = "";
  const spans = values.map((v) => {
    const start = text.length + v.name.length + 1;
    text += `${v.name}=${v.value}
`;
    return { start, end: start + v.value.length };
  });
  for (const match of findKnownCredentials(text)) {
    const owner = partitionPoint(spans.length, (i) => spans[i].start <= match.start) - 1;
    if (owner >= 0 && match.end <= spans[owner].end) byIndex[owner]?.push(match);
  }
  return byIndex;
}

// src/rules/secrets/secret-in-env-or-arg.ts
var secret_in_env_or_arg_default = defineRule({
  meta: {
    id: "BH201",
    slug: "secret-in-env-or-arg",
    title: "Secret in ENV or ARG default",
    description: "An ENV value or ARG default holds a credential: a secret-like name (password, token, API key, connection string\u2026) with a literal value, or a known credential format (GitHub, GitLab, Slack, npm, AWS, Azure, JWT, a password in a URL) under any name. ENV is stored in the image config and ARG defaults in its history, so anyone who can pull the image can read them, and the value is in the repository for good. In a built image, every `config.Env` entry is checked, including those its base images set.",
    severity: "high",
    remediation: "Remove the value and rotate the credential. Pass secrets at build time with `RUN --mount=type=secret` and at run time through the orchestrator (Kubernetes Secrets, Compose secrets, environment injected by the platform).",
    references: [
      "https://docs.docker.com/build/building/secrets/",
      "https://docs.docker.com/reference/build-checks/secrets-used-in-arg-or-env/"
    ],
    tags: ["CWE-798", "CWE-522"],
    messages: {
      namedSecret: "{keyword} '{name}' holds a literal secret ('{value}').",
      knownFormat: "{keyword} '{name}' holds a credential ({type}: '{value}')."
    }
  },
  checks: {
    dockerfile({ document, report }) {
      const byInstruction = /* @__PURE__ */ new Map();
      for (const value of envAndArgValues(document)) {
        const group = byInstruction.get(value.instruction);
        if (group) group.push(value);
        else byInstruction.set(value.instruction, [value]);
      }
      for (const [instruction, values] of byInstruction) {
        for (const { messageId, data } of secretValues(values))
          report({ messageId, data: { keyword: instruction.keyword, ...data }, region: instruction.region });
      }
    },
    // config.Env is every ENV of the image and its bases, values substituted; searched as one.
    image({ document, report }) {
      const values = document.config.env.map((entry) => {
        const equals = entry.indexOf("=");
        return equals < 0 ? { name: entry, value: "" } : { name: entry.slice(0, equals), value: entry.slice(equals + 1) };
      });
      for (const { index, messageId, data } of secretValues(values)) {
        const logical = envLocation(index);
        report({ messageId, data: { keyword: "Image ENV", ...data }, region: IMAGE_REGION, logical });
      }
    }
  }
});

// src/targets/shell/credential-headers.ts
var CREDENTIAL_HEADERS = "authorization|proxy-authorization|x-api-key|api-key|apikey|x-auth-token|x-access-token|private-token|deploy-token|x-vault-token|x-jfrog-art-api";
var HEADER_ARGUMENT = new RegExp(
  `^(?:[\\w.-]*extraheader=)?\\s*(${CREDENTIAL_HEADERS})\\s*:\\s*(.*)$`,
  "is"
);
var HEADER_TABLE_ENTRY = new RegExp(`(['"]?)(${CREDENTIAL_HEADERS})\\1\\s*=\\s*(['"])(.*?)\\3`, "gis");
var SCHEMES = /^(?:basic|bearer|token|bot|digest|apikey|sso-key|key|negotiate|ntlm)(?:\s+|$)/i;
function credentialHeaders(command, program) {
  const found = [];
  for (const { value } of command.args) {
    const header = HEADER_ARGUMENT.exec(value);
    if (header)
      found.push({ kind: "header", program, name: header[1] ?? "", value: credentialPart(header[2] ?? "") });
    if (command.dialect === "powershell" && value.startsWith("@{"))
      for (const entry of value.matchAll(HEADER_TABLE_ENTRY))
        found.push({ kind: "header", program, name: entry[2] ?? "", value: credentialPart(entry[4] ?? "") });
  }
  return found;
}
function credentialPart(value) {
  return value.trim().replace(SCHEMES, "");
}

// src/targets/shell/credential-form.ts
function formsByProgram(entries) {
  return new Map(
    entries.flatMap(([programs, form]) => programs.split(" ").map((name) => [name, form]))
  );
}

// src/targets/shell/user-passwords.ts
function passwordOf(pair) {
  const colon = pair.indexOf(":");
  if (colon < 0) return void 0;
  const password = pair.slice(colon + 1);
  return password === pair.slice(0, colon) ? void 0 : password;
}
function htpasswd({ words, password }) {
  const flags = words.filter((w) => /^-[a-zA-Z]+$/.test(w)).join("");
  const [user, secret] = words.filter((w) => !w.startsWith("-")).slice(flags.includes("n") ? 0 : 1);
  return flags.includes("b") ? password([user === void 0 ? void 0 : passwordOf(`${user}:${secret ?? ""}`)]) : [];
}
function chpasswd({ command, feed, password }) {
  if (hasFlag(command, "e", "encrypted")) return [];
  return password(
    (feed() ?? "").split("\n").map((line) => line.trim() === "root:Docker!" ? void 0 : passwordOf(line.trim()))
  );
}
function debconfSetSelections({ feed, password }) {
  return password(
    (feed() ?? "").split("\n").map((line) => /^\S+\s+\S+\s+password\s+(.+)$/.exec(line.trim())?.[1])
  );
}
function passwd({ command, feed, password }) {
  return hasFlag(command, void 0, "stdin") ? password([feed()?.trim()]) : [];
}
function rabbitmqctl({ words, password }) {
  return ["add_user", "change_password"].includes(words[0] ?? "") ? password([passwordOf(`${words[1] ?? ""}:${words[2] ?? ""}`)]) : [];
}
function applied(form) {
  return (input) => form(input).map((c) => c.kind === "password" ? { ...c, applied: true } : c);
}
var USER_PASSWORDS = formsByProgram([
  ["htpasswd", applied(htpasswd)],
  ["chpasswd", applied(chpasswd)],
  ["debconf-set-selections", applied(debconfSetSelections)],
  ["passwd", applied(passwd)],
  ["rabbitmqctl", applied(rabbitmqctl)]
]);

// src/targets/shell/password-options.ts
function options(args, spec) {
  const values = [];
  for (let i = 0; i < args.length; i++) {
    const word = args[i].value;
    if (word === "--") break;
    const next = args[i + 1]?.value;
    const long = spec.long?.find((name) => word === name || word.startsWith(`${name}=`));
    const short = spec.short?.find((name) => word === name || spec.glued && word.startsWith(name));
    const flag = long ?? short;
    if (!flag) continue;
    if (word.length > flag.length) values.push(word.slice(flag.length + (long ? 1 : 0)));
    else if (spec.separate !== false && next !== void 0 && !next.startsWith("-")) values.push(next);
  }
  return values;
}
function loginAt(words, parents) {
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (word === "login") return i;
    const optionValue3 = /^-[^=]*$/.test(words[i - 1] ?? "");
    if (!word.startsWith("-") && !optionValue3 && !parents.includes(word)) return -1;
  }
  return -1;
}
function curl({ args, password }) {
  return password([
    ...options(args, { short: ["-u", "-U"], long: ["--user", "--proxy-user"], glued: true }).map(passwordOf),
    ...options(args, { long: ["--oauth2-bearer", "--pass"] })
  ]);
}
function wget({ args, password }) {
  return password(
    options(args, { long: ["--password", "--http-password", "--ftp-password", "--proxy-password"] })
  );
}
function sshpass({ args, password }) {
  return password(options(args, { short: ["-p"], glued: true }));
}
function openssl({ args, words, password }) {
  return password(opensslPasswords(args), words[0] === "passwd" ? "openssl passwd" : "openssl");
}
function opensslPasswords(args) {
  const words = args.map((a) => a.value);
  if (words[0] === "passwd") {
    const valued = /* @__PURE__ */ new Set(["-salt", "-in"]);
    return words.slice(1).filter((w, i) => !w.startsWith("-") && !valued.has(words[i] ?? ""));
  }
  return words.filter((_w, i) => /^-pass(?:in|out|word)?$/.test(words[i - 1] ?? "") && words[i]?.startsWith("pass:")).map((w) => w.slice("pass:".length));
}
function az({ args, words, password }) {
  const login = loginAt(words, ["acr"]);
  const values = options(args.slice(login + 1), { short: ["-p"], long: ["--password"] });
  const secrets = values.filter((v) => !/^[~./\\]|^\w:\\|\.(?:pem|crt|cer|pfx|p12)$/i.test(v));
  return login < 0 ? [] : password(secrets, login > 0 && words[login - 1] === "acr" ? "az acr login" : "az login");
}
function mysql({ args, words, password }) {
  const glued = words.filter((w) => /^-p./.test(w)).map((w) => w.slice(2));
  return password([...glued, ...options(args, { long: ["--password"], separate: false })]);
}
function sqlServer({ args, password }) {
  return password(options(args, { short: ["-P"], glued: true }));
}
function registryLogin({ command, program, args, words, feed, password }) {
  const login = loginAt(words, ["registry", "auth"]);
  if (login < 0) return [];
  const who = [program, ...words.slice(0, login).filter((w) => w === "registry" || w === "auth"), "login"].join(
    " "
  );
  const stdin = hasFlag(command, void 0, "password-stdin") ? [feed()?.trim()] : [];
  return password(
    [...options(args.slice(login + 1), { short: ["-p"], long: ["--password"], glued: true }), ...stdin],
    who
  );
}
var PASSWORD_OPTIONS = formsByProgram([
  ["curl", curl],
  ["wget", wget],
  ["sshpass", sshpass],
  ["openssl", openssl],
  ["az", az],
  [
    "mysql mariadb mysqladmin mysqldump mysqlimport mysqlshow mysqlcheck mysqlpump mysqlslap mariadb-dump mariadb-admin mariadb-import mariadb-check mariadb-show",
    mysql
  ],
  ["sqlcmd bcp osql", sqlServer],
  ["docker podman buildah skopeo nerdctl oras helm crane", registryLogin]
]);

// src/targets/shell/setting-credentials.ts
function settingCredentials(name, value) {
  return value !== void 0 && name && isSecretSetting2(name, value) ? [{ kind: "setting", name, value }] : [];
}
var PASSWORD_VARIABLES = /* @__PURE__ */ new Set(["SSHPASS", "SQLCMDPASSWORD"]);
function isSecretSetting2(name, value) {
  return PASSWORD_VARIABLES.has(name.toUpperCase()) || isNamedSecret(name, value);
}
function declared({ words }) {
  return words.flatMap((word) => {
    const assignment = /^([A-Za-z_]\w*)=(.*)$/s.exec(word);
    return assignment ? settingCredentials(assignment[1], assignment[2]) : [];
  });
}
function configSet({ words, lower }) {
  const at = lower[0] === "set" ? 1 : lower[0] === "config" && lower[1] === "set" ? 2 : -1;
  const positional = at < 0 ? [] : words.slice(at).filter((w) => !w.startsWith("-"));
  const [first = "", second] = positional;
  const [key, value] = second === void 0 && first.includes("=") ? first.split(/=(.*)/s) : [first, second];
  const name = (key ?? "").split(":").pop() ?? "";
  return settingCredentials(name, value);
}
function awsConfigureSet({ words, lower }) {
  const [key = "", value] = words.slice(2).filter((w, i, rest) => !w.startsWith("-") && !rest[i - 1]?.startsWith("-"));
  return lower[0] === "configure" && lower[1] === "set" ? settingCredentials(key, value) : [];
}
var SETTING_COMMANDS = formsByProgram([
  ["export declare typeset readonly local", declared],
  ["npm yarn pnpm", configSet],
  ["aws", awsConfigureSet]
]);

// src/targets/shell/stdin-text.ts
function stdinText(command, pipelines) {
  const own = redirectedText(command);
  if (own !== void 0) return own;
  const { pipeline } = command;
  if (!pipeline || pipeline.index === 0) return void 0;
  if (pipeline.input) return pipeline.input.value;
  const previous = pipelines.get(`${pipeline.id}:${pipeline.index - 1}`);
  return previous && emittedText(unwrapCommand(previous));
}
function redirectedText(command) {
  for (const redirect of command.redirects) {
    if (redirect.op === "<<<") return redirect.target?.value;
    if (redirect.heredoc !== void 0 && redirect.op.startsWith("<<")) return redirect.heredoc;
  }
  return void 0;
}
function emittedText(command) {
  const words = command.args.map((a) => a.value);
  switch (command.program) {
    case "echo":
    case "write-output":
    case "write": {
      const start = command.dialect === "posix" ? words.findIndex((w) => !/^-[neE]+$/.test(w)) : 0;
      return start < 0 ? void 0 : words.slice(start).join(" ");
    }
    case "printf": {
      const [format = "", ...rest] = words[0] === "--" ? words.slice(1) : words;
      return rest.length > 0 && format.includes("%") ? rest.join("\n") : format.replace(/\\n/g, "\n");
    }
    case "cat":
      return command.args.length === 0 ? redirectedText(command) : void 0;
  }
  return void 0;
}

// src/targets/shell/windows-credentials.ts
function net({ command, lower }) {
  const positional = command.args.map((a) => a.value).filter((w) => !w.startsWith("/"));
  let value;
  if (lower[0] === "user") value = positional[2] === positional[1] ? void 0 : positional[2];
  else if (lower[0] === "use") {
    const share = positional.findIndex((w) => w.startsWith("\\\\"));
    value = share > 0 ? positional[share + 1] : void 0;
  }
  return value === void 0 || value === "*" ? [] : [{ kind: "password", program: `net ${lower[0]}`, value }];
}
function cmdkey({ words, password }) {
  return password(words.filter((w) => /^\/pass:./i.test(w)).map((w) => w.slice("/pass:".length)));
}
function setx({ words, password }) {
  const positional = windowsPositionals(words, ["/s", "/u", "/p", "/k", "/r", "/f", "/d", "/a"]);
  return [...settingCredentials(positional[0] ?? "", positional[1]), ...password(windowsOption(words, "/p"))];
}
function cmdSet({ command, words }) {
  if (command.dialect !== "cmd" || /^\/[ap]$/i.test(words[0] ?? "")) return [];
  const assignment = /^([^=\s]+)=(.*)$/s.exec(words.join(" "));
  return assignment ? settingCredentials(assignment[1], assignment[2]) : [];
}
function windowsPositionals(words, valued) {
  return words.filter((w, i) => !w.startsWith("/") && !valued.includes((words[i - 1] ?? "").toLowerCase()));
}
function windowsOption(words, name) {
  const at = words.findIndex((w) => w.toLowerCase() === name);
  return at >= 0 && words[at + 1] !== void 0 ? [words[at + 1]] : [];
}
function convertToSecureString({ command, program }) {
  if (!hasFlag(command, void 0, "AsPlainText")) return [];
  let value;
  const positional = [];
  for (let i = 0; i < command.args.length; i++) {
    const word = command.args[i].value;
    const parameter = /^-([A-Za-z]+)(?::(.*))?$/s.exec(word);
    const name = parameter?.[1]?.toLowerCase() ?? "";
    if (!parameter) positional.push(word);
    else if (name.length >= 2 && "string".startsWith(name)) value = parameter[2] ?? command.args[++i]?.value;
    else if (["key", "securekey"].some((p) => name.length >= 2 && p.startsWith(name)) && parameter[2] === void 0)
      i++;
  }
  value ??= positional[0] ?? command.pipeline?.input?.value;
  return value === void 0 ? [] : [{ kind: "password", program, value }];
}
var WINDOWS_CREDENTIALS = formsByProgram([
  ["net", net],
  ["cmdkey", cmdkey],
  ["setx", setx],
  ["set", cmdSet],
  ["convertto-securestring", convertToSecureString]
]);

// src/targets/shell/inline-credentials.ts
function findCommandCredentials(text, commands, assignments = []) {
  const keys = findPrivateKeys(text);
  const inKey = (start, end) => keys.some((k) => start < k.end && k.start < end);
  const keyTexts = keys.map((k) => text.slice(k.start, k.end));
  const candidates = [];
  for (const match of findKnownCredentials(text)) {
    if (inKey(match.start, match.end) || isNotLiteral(match.value)) continue;
    candidates.push({ kind: "known", type: match.type, value: match.value });
  }
  for (const credential of findInlineCredentials(commands, assignments)) {
    if (!keyTexts.some((key) => key.includes(credential.value))) candidates.push(credential);
  }
  const found = [];
  const seen = /* @__PURE__ */ new Set();
  for (const candidate of candidates) {
    if (found.length === MAX_CREDENTIALS) break;
    if (seen.has(candidate.value) || found.some((earlier) => sameSecret(earlier, candidate))) continue;
    seen.add(candidate.value);
    found.push(candidate);
  }
  return found;
}
var MAX_CREDENTIALS = 100;
function sameSecret(earlier, later) {
  const [a, b] = [earlier.value, later.value];
  return a === b || Math.min(a.length, b.length) >= 8 && (a.includes(b) || b.includes(a));
}
function isSingleWord(raw) {
  return /^(["']).*\1$/s.test(raw.trim()) || !/\s/.test(raw.trim());
}
function findInlineCredentials(commands, assignments = []) {
  const pipelines = /* @__PURE__ */ new Map();
  for (const command of commands)
    if (command.pipeline) pipelines.set(`${command.pipeline.id}:${command.pipeline.index}`, command);
  const found = [];
  for (const { name, value, computed } of assignments)
    if (value && !computed && isSingleWord(value.raw))
      append(found, settingCredentials(name.replace(/^env:/i, ""), value.value));
  for (const written of commands) {
    const command = unwrapCommand(written);
    for (const { name, value } of command.env) append(found, settingCredentials(name, value?.value));
    const feed = () => stdinText(command, pipelines);
    const program = displayName(command);
    append(append(found, commandCredentials(command, program, feed)), credentialHeaders(command, program));
  }
  return found.filter(
    (c) => c.kind === "password" && c.applied ? !isNotLiteral(c.value, classifyAppliedPassword) : !isNotLiteral(c.value)
  );
}
function isNotLiteral(value, classify = classifyValue) {
  const v = value.trim();
  return !classify(v).literal || /^(?:\$(?:env:)?[\w:]+|\$\{[^}]*\}|\$\(.*\)|\(.*\)|%\w+%|![\w]+!)$/is.test(v) || /^(?:file|env|fd):|\/run\/secrets\//.test(v);
}
var CREDENTIAL_FORMS = new Map([
  ...SETTING_COMMANDS,
  ...PASSWORD_OPTIONS,
  ...USER_PASSWORDS,
  ...WINDOWS_CREDENTIALS
]);
function commandCredentials(command, program, feed) {
  const form = CREDENTIAL_FORMS.get(command.program);
  if (!form) return [];
  const password = (values, who = program) => values.filter((v) => v !== void 0).map((value) => ({ kind: "password", program: who, value }));
  const words = command.args.map((a) => a.value);
  const lower = words.map((w) => w.toLowerCase());
  return form({ command, program, args: command.args, words, lower, feed, password });
}
function displayName(command) {
  return (command.name.value.split(/[\\/]/).pop() ?? command.program).replace(/\.exe$/i, "");
}

// src/targets/image/history-commands.ts
var ARG = /^[A-Za-z_][A-Za-z0-9_]*=/;
var POSIX_SHELL = /^(?:.*\/)?(?:ba|da|a|z|k)?sh$/;
var CMD = /^(?:.*\\)?cmd(?:\.exe)?$/i;
var POWERSHELL = /^(?:.*\\)?(?:powershell|pwsh)(?:\.exe)?$/i;
var POWERSHELL_VALUE_OPTION = /^-(?:executionpolicy|ep|windowstyle|inputformat|outputformat|version|configurationname|workingdirectory|wd|settingsfile)$/i;
function parseCreatedBy(createdBy) {
  const words = [...createdBy.matchAll(/\S+/g)].map((m) => ({
    value: m[0],
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length
  }));
  if (words.at(-2)?.value === "#" && words.at(-1)?.value === "buildkit") words.splice(-2);
  const end = words.at(-1)?.end ?? 0;
  let next = words[0]?.value === "RUN" ? 1 : 0;
  const run = next === 1;
  const recorded = /^\|(\d+)$/.exec(words[next]?.value ?? "");
  const buildArgs = [];
  if (recorded) next = readBuildArgs(createdBy, words, next + 1, Number(recorded[1]), buildArgs);
  const shell = shellAt(words, next);
  const scriptStart = words[shell?.script ?? next]?.start ?? end;
  const script = createdBy.slice(scriptStart, Math.max(scriptStart, end));
  if (shell) return /^#\s*\(nop\)/.test(script) ? void 0 : { script, dialect: shell.dialect, buildArgs };
  return run || recorded ? { script, dialect: "posix", buildArgs } : void 0;
}
function shellAt(words, index) {
  const name = words[index]?.value ?? "";
  const dialect = POSIX_SHELL.test(name) ? "posix" : CMD.test(name) ? "cmd" : POWERSHELL.test(name) ? "powershell" : void 0;
  for (let i = index + 1; dialect && i < words.length; i++) {
    const word = words[i].value;
    if (dialect === "posix" && word === "-o") i++;
    else if (dialect === "posix" && /^[-+][A-Za-z]+$/.test(word)) {
      if (word.startsWith("-") && word.includes("c")) return { dialect, script: i + 1 };
    } else if (dialect === "cmd" && /^\/[A-Za-z](?::\S*)?$/.test(word)) {
      if (/^\/c$/i.test(word)) return { dialect, script: i + 1 };
    } else if (dialect === "powershell" && /^-\w+$/.test(word)) {
      if (/^-(?:c|command)$/i.test(word)) return { dialect, script: i + 1 };
      if (POWERSHELL_VALUE_OPTION.test(word)) i++;
    } else return void 0;
  }
  return void 0;
}
function readBuildArgs(text, words, from, count, into) {
  let simple = from;
  while (simple - from < count && ARG.test(words[simple]?.value ?? "")) simple++;
  let shell = simple;
  while (shell < words.length && !shellAt(words, shell)) shell++;
  const until = shellAt(words, simple) || shell === words.length ? simple : shell;
  for (let i = from; i < until && into.length < count; i++) {
    const word = words[i];
    if (!ARG.test(word.value)) continue;
    let last = i;
    while (until > simple && last + 1 < until && !ARG.test(words[last + 1].value)) last++;
    const equals = word.value.indexOf("=");
    into.push({
      name: word.value.slice(0, equals),
      value: text.slice(word.start + equals + 1, words[last].end)
    });
    i = last;
  }
  return until;
}
var cache2 = /* @__PURE__ */ new WeakMap();
function historyCommands(document) {
  let commands = cache2.get(document);
  if (!commands) {
    commands = [];
    for (const entry of document.history) {
      const parsed = parseCreatedBy(entry.createdBy);
      if (!parsed) continue;
      const shell = parseShell(parsed.script, parsed.dialect);
      commands.push({ entry, ...parsed, commands: shell.commands, assignments: shell.assignments });
    }
    cache2.set(document, commands);
  }
  return commands;
}

// src/rules/secrets/secret-in-build-command.ts
var secret_in_build_command_default = defineRule({
  meta: {
    id: "BH202",
    slug: "secret-in-build-command",
    title: "Credential in a RUN command",
    description: 'A RUN step passes a credential on its command line: a token of a known format, a password option (`mysql -p\u2026`, `docker login -p`, `curl -u user:pass`, `net user NAME PASSWORD`, `ConvertTo-SecureString "\u2026" -AsPlainText`), an `Authorization` header, a literal piped into `--password-stdin`, or a secret-named variable set to a literal. The full command line of every RUN, builder stages included, is kept in the image history and in build logs and caches, so the credential outlives the build. In a built image, each history `created_by` is parsed as the command it ran.',
    severity: "high",
    remediation: "Remove the credential from the command and rotate it. Provide it at build time with `RUN --mount=type=secret,id=\u2026` and read it from the secret file or `env=` variable, or log in outside the build.",
    references: [
      "https://docs.docker.com/build/building/secrets/",
      "https://docs.docker.com/reference/dockerfile/#run---mounttypesecret",
      "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring"
    ],
    tags: ["CWE-798", "CWE-532"],
    messages: {
      knownFormat: "{step} contains a credential ({type}: '{value}').",
      password: "{step} passes a literal password to '{program}' ('{value}').",
      header: "{step} passes a literal '{name}' header to '{program}' ('{value}').",
      setting: "{step} sets '{name}' to a literal ('{value}')."
    },
    whenToIgnore: "A throw-away credential that only works inside the build (a password for a database started and discarded in the same RUN) is still readable in the image history; suppress with a reason only if that is acceptable."
  },
  checks: {
    dockerfile({ document, report }) {
      for (const run of runScripts(document)) {
        const { argsText, heredocs } = run.instruction;
        const text = [argsText, ...heredocs.map((h) => h.body).filter((body) => !argsText.includes(body))].join(
          "\n"
        );
        for (const credential of findCommandCredentials(text, run.commands, run.assignments))
          report({ ...describe(credential, "RUN"), region: run.instruction.region });
      }
    },
    // `created_by` is the step's command line as the builder recorded it, after the build arguments
    // it ran with (`RUN |1 NPM_TOKEN=\u2026 /bin/sh -c \u2026`): secret-named ones are BH204's, and a known
    // credential in another is reported once, at the first step that records it.
    image({ document, report }) {
      const seenArgs = /* @__PURE__ */ new Set();
      for (const { entry, script, commands, assignments, buildArgs } of historyCommands(document)) {
        const named = buildArgs.filter((arg) => isSecretLikeName(arg.name)).map((arg) => arg.value);
        const others = buildArgs.filter((arg) => !isSecretLikeName(arg.name) && !seenArgs.has(arg.value));
        others.forEach((arg) => seenArgs.add(arg.value));
        const argsText = others.map((arg) => `${arg.name}=${arg.value}`).join("\n");
        const found = [
          ...findCommandCredentials(argsText, []),
          ...findCommandCredentials(script, commands, assignments)
        ];
        const reported = new Set(named);
        for (const credential of found) {
          if (reported.has(credential.value)) continue;
          reported.add(credential.value);
          const message = describe(credential, `Image history entry ${entry.index}`);
          report({ ...message, region: IMAGE_REGION, logical: historyLocation(entry.index) });
        }
      }
    }
  }
});
function describe(credential, step) {
  const value = redactSecret(credential.value);
  switch (credential.kind) {
    case "known":
      return { messageId: "knownFormat", data: { step, type: credential.type, value } };
    case "password":
      return { messageId: "password", data: { step, program: credential.program, value } };
    case "header":
      return {
        messageId: "header",
        data: { step, name: credential.name, program: credential.program, value }
      };
    case "setting":
      return { messageId: "setting", data: { step, name: credential.name, value } };
  }
}

// src/targets/dockerfile/build-context.ts
var import_dockerignore = __toESM(require_ignore(), 1);
import { posix as posix2 } from "node:path";
var ignore = import_dockerignore.default.default;
function dirOf(path) {
  const at = path.lastIndexOf("/");
  return at < 0 ? "" : path.slice(0, at);
}
var directoryIndexes = /* @__PURE__ */ new WeakMap();
function filesUnder(files, dir) {
  if (dir === "") return files;
  let index = directoryIndexes.get(files);
  if (!index) {
    index = /* @__PURE__ */ new Map();
    for (const path of files) {
      for (let end = path.lastIndexOf("/"); end > 0; end = path.lastIndexOf("/", end - 1)) {
        const parent = path.slice(0, end);
        const under = index.get(parent);
        if (under) under.push(path);
        else index.set(parent, [path]);
      }
    }
    directoryIndexes.set(files, index);
  }
  return index.get(dir) ?? [];
}
function holdsOnlyPublicKey(context, repository, source, assumed) {
  const publicKeys = repository.publicKeyFiles;
  if (!publicKeys) return false;
  const relative = source.replace(/^\.?\/+/, "");
  const inContext = context.dir ? `${context.dir}/${relative}` : relative;
  if (publicKeys.has(inContext)) return true;
  if (!assumed || hasFile(repository.files, inContext)) return false;
  const above = nearestFileAbove(repository.files, context.dir, relative);
  return above !== void 0 && publicKeys.has(above);
}
function nearestFileAbove(files, dir, relative) {
  for (let at = dir; at !== ""; ) {
    at = dirOf(at);
    const candidate = at ? `${at}/${relative}` : relative;
    if (hasFile(files, candidate)) return candidate;
  }
  return void 0;
}
function hasFile(files, path) {
  return filesUnder(files, dirOf(path)).includes(path);
}
function contextDirOf(context) {
  const dir = posix2.normalize(context).replace(/(.)\/+$/, "$1");
  return dir === "." ? "" : dir;
}
var contextCaches = /* @__PURE__ */ new WeakMap();
function buildContextOf(dockerfile, repository, context) {
  const contextDir = context === void 0 ? dirOf(dockerfile) : contextDirOf(context);
  const prefix = contextDir ? `${contextDir}/` : "";
  const specific = `${dockerfile}.dockerignore`;
  const general = `${prefix}.dockerignore`;
  const ignoreFile = repository.ignoreFiles.has(specific) ? specific : repository.ignoreFiles.has(general) ? general : void 0;
  let cache4 = contextCaches.get(repository);
  if (!cache4) contextCaches.set(repository, cache4 = /* @__PURE__ */ new Map());
  const key = `${contextDir}\0${ignoreFile ?? ""}`;
  const cached = cache4.get(key);
  if (cached) return cached;
  const matcher = ignoreMatcher(ignoreFile ? repository.ignoreFiles.get(ignoreFile) : "");
  const inContext = filesUnder(repository.files, contextDir);
  const relative = inContext.map((path) => path.slice(prefix.length));
  let files;
  const built = {
    dir: contextDir,
    // Matching every file against the ignore file is the costly part; BH203 reads only `sensitiveFiles`.
    get files() {
      return files ??= relative.filter((path) => !matcher.ignores(path));
    },
    sensitiveFiles: relative.filter((path) => sensitiveFileKind(path) && !matcher.ignores(path)),
    ignoreFile
  };
  cache4.set(key, built);
  return built;
}
function ignoreMatcher(text) {
  const whole = ignore().add(text);
  if (compiles(whole)) return whole;
  const usable = ignore();
  for (const line of text.split(/\r?\n/)) if (compiles(ignore().add(line))) usable.add(line);
  return usable;
}
function compiles(matcher) {
  try {
    matcher.ignores("a");
    return true;
  } catch {
    return false;
  }
}
function sensitiveFilesUnderSource(context, source) {
  return selectUnderSource(context.sensitiveFiles, source);
}
function selectUnderSource(files, source) {
  const normalised = source.replace(/^\.?\/+/, "").replace(/\/+$/, "");
  if (normalised === "" || normalised === ".") return files;
  if (/[*?[]/.test(normalised)) {
    const pattern = ignore().add([/^[!#]/.test(normalised) ? `\\${normalised}` : normalised]);
    return files.filter((path) => pattern.ignores(path));
  }
  return files.filter((path) => path === normalised || path.startsWith(`${normalised}/`));
}

// src/targets/dockerfile/copy-sources.ts
function copySources(document) {
  const sources = [];
  for (const stage of document.stages) {
    for (const instruction of stage.instructions) {
      if (instruction.keyword !== "COPY" && instruction.keyword !== "ADD") continue;
      if (instruction.flags.some((f) => f.name === "from") || instruction.heredocs.length) continue;
      const words = instruction.execForm ?? instruction.args.map((a) => a.value);
      for (const written of words.slice(0, -1)) {
        const expanded = expandVariables(written, instruction.scope, document.escapeChar);
        if (!expanded.resolved || /^[a-z][a-z0-9+.-]*:\/\//i.test(expanded.value) || expanded.value.startsWith("git@"))
          continue;
        sources.push({ instruction, source: expanded.value });
      }
    }
  }
  return sources;
}

// src/rules/secrets/secret-file-in-image.ts
var secret_file_in_image_default = defineRule({
  meta: {
    id: "BH203",
    slug: "secret-file-in-image",
    title: "Credentials or private keys copied into the image",
    description: "A COPY or ADD puts a file that holds credentials or private key material into an image layer (an SSH key, `.env`, `.npmrc`, `.pypirc`, `.netrc`, `.git-credentials`, `.aws/credentials`, `.docker/config.json`, a kubeconfig, `*.key`/`*.pfx`/`*.p12`/private `*.pem`, KeePass databases). Layers are permanent: deleting the file in a later step does not remove it, and anyone who can pull the image can read it. A directory copy (`COPY . /app`) does the same for every such file in the build context that `.dockerignore` does not exclude. In a built image, every layer is searched, including files a later layer deletes.",
    severity: "high",
    remediation: "Use a BuildKit secret (`RUN --mount=type=secret,id=npmrc,target=/root/.npmrc \u2026`) or an SSH mount (`--mount=type=ssh`) at build time, and exclude credential files in `.dockerignore`.",
    references: [
      "https://docs.docker.com/build/building/secrets/",
      "https://docs.docker.com/build/concepts/context/#dockerignore-files"
    ],
    tags: ["CWE-538", "CWE-522"],
    messages: {
      named: "{keyword} copies '{source}' ({kind}) into the image.",
      fromContext: "{keyword} '{source}' copies '{file}' ({kind}) from the build context into the image{more}: {why}.",
      layerFile: "'{path}' ({kind}) is in image {layer}.",
      deletedFile: "'{path}' ({kind}) was deleted in layer {deleted} but is still in image {layer}."
    }
  },
  checks: {
    dockerfile({ document, file, repository, report }) {
      const namedContext = repository.buildContexts.get(file);
      const context = buildContextOf(file, repository, namedContext);
      const holdsOnlyPublicMaterial2 = (path) => holdsOnlyPublicKey(context, repository, path, namedContext === void 0);
      for (const { instruction, source } of copySources(document)) {
        const kind = sensitiveFileKind(source);
        if (kind && !holdsOnlyPublicMaterial2(source)) {
          report({
            messageId: "named",
            data: { keyword: instruction.keyword, source, kind },
            region: instruction.region
          });
          continue;
        }
        const leaked = sensitiveFilesUnderSource(context, source).filter(
          (path) => !holdsOnlyPublicMaterial2(path)
        );
        const first = leaked[0];
        if (!first) continue;
        report({
          messageId: "fromContext",
          data: {
            keyword: instruction.keyword,
            source,
            file: first,
            kind: sensitiveFileKind(first),
            more: leaked.length > 1 ? ` (and ${leaked.length - 1} more)` : "",
            why: context.ignoreFile ? `'${context.ignoreFile}' does not exclude it` : "there is no .dockerignore"
          },
          region: instruction.region
        });
      }
    },
    // Layers are permanent: a file deleted by a later layer (a whiteout) is still in the one that added it.
    image({ document, report }) {
      for (const file of document.files) {
        if (!file.sensitiveKind) continue;
        const data = {
          path: file.path,
          kind: file.sensitiveKind,
          layer: describeLayer(file.layerIndex, file.layerDigest)
        };
        const logical = fileLocation(file);
        if (file.deletedInLayer === void 0)
          report({ messageId: "layerFile", data, region: IMAGE_REGION, logical });
        else
          report({
            messageId: "deletedFile",
            data: { ...data, deleted: file.deletedInLayer },
            region: IMAGE_REGION,
            logical
          });
      }
    }
  }
});

// src/targets/dockerfile/final-image-stages.ts
function finalImageStages(document, last = document.finalStage) {
  const stages = [];
  for (let stage = last; stage; stage = stage.base.kind === "stage" ? stage.base.stage : void 0) {
    stages.push(stage);
  }
  return stages;
}
function baseImageOf(stage) {
  const { base } = stage;
  if (base.kind === "image") return { reference: base.reference, written: base.reference.raw };
  if (base.kind === "unresolved" && base.repository)
    return { reference: base.repository, written: base.text };
  return void 0;
}

// src/rules/secrets/secret-build-arg.ts
var secret_build_arg_default = defineRule({
  meta: {
    id: "BH204",
    slug: "secret-build-arg",
    title: "Secret passed as a build argument",
    description: "An ARG with a secret-like name is meant to receive a credential through `--build-arg`. Build arguments are recorded in the image history of every RUN that follows them, so the value ships with the image for anyone who runs `docker history`. Only the final stage and the stages it is built FROM count; an ARG in a builder stage whose layers are discarded does not leak this way. In a built image, the values Docker recorded in front of each RUN (`RUN |1 NPM_TOKEN=\u2026`) are the leak itself.",
    severity: "medium",
    remediation: "Replace the ARG with a build secret: `RUN --mount=type=secret,id=token,env=TOKEN \u2026` and `docker build --secret id=token,env=TOKEN`.",
    references: [
      "https://docs.docker.com/build/building/secrets/",
      "https://docs.docker.com/reference/build-checks/secrets-used-in-arg-or-env/"
    ],
    tags: ["CWE-214", "CWE-522"],
    messages: {
      buildArg: "ARG '{name}' takes a secret through --build-arg; its value is kept in the image history.",
      recordedArg: "The image history records build argument '{name}' with its value ('{value}'): anyone who can pull the image can read it."
    }
  },
  checks: {
    dockerfile({ document, report }) {
      for (const stage of finalImageStages(document)) {
        for (const instruction of stage.instructions) {
          if (instruction.keyword !== "ARG") continue;
          for (const { name, value } of instruction.properties) {
            if (!isSecretLikeName(name)) continue;
            if (value !== void 0 && classifyValue(value).literal) continue;
            report({ messageId: "buildArg", data: { name }, region: instruction.region });
          }
        }
      }
    },
    // Docker writes the build arguments a RUN saw in front of its history entry (`RUN |1 NPM_TOKEN=\u2026`),
    // and again for every later RUN: reported once, at the first entry.
    image({ document, report }) {
      const seen = /* @__PURE__ */ new Set();
      for (const { entry, buildArgs } of historyCommands(document)) {
        for (const { name, value } of buildArgs) {
          if (seen.has(`${name}=${value}`) || !isSecretLikeName(name) || !classifyValue(value).literal)
            continue;
          seen.add(`${name}=${value}`);
          report({
            messageId: "recordedArg",
            data: { name, value: redactSecret(value) },
            region: IMAGE_REGION,
            logical: historyLocation(entry.index)
          });
        }
      }
    }
  }
});

// src/targets/compose/interpolate-defaults.ts
var MAX_DEPTH = 8;
var NAME2 = /^[_a-zA-Z][_a-zA-Z0-9]*/;
var BRACED = /^([_a-zA-Z][_a-zA-Z0-9]*)(?:(:?[-?+])([\s\S]*))?$/;
function interpolateDefaults(text, depth = 0) {
  if (!text.includes("$")) return { value: text, unknown: false };
  const parts = [];
  let unknown = false;
  let copied = 0;
  for (let i = text.indexOf("$"); i >= 0 && i < text.length; i = text.indexOf("$", i)) {
    parts.push(text.slice(copied, i));
    const next = text[i + 1];
    let end;
    if (next === "$") {
      parts.push("$");
      end = i + 2;
    } else if (next === "{") {
      const close = closingBrace(text, i + 1);
      if (close < 0) {
        parts.push(text.slice(i));
        copied = text.length;
        break;
      }
      const braced = BRACED.exec(text.slice(i + 2, close));
      const [, name, operator, argument] = braced ?? [];
      if ((operator === ":-" || operator === "-") && depth < MAX_DEPTH) {
        const inner = interpolateDefaults(argument ?? "", depth + 1);
        parts.push(inner.value);
        unknown ||= inner.unknown;
      } else {
        parts.push(name ? `\${${name}}` : text.slice(i, close + 1));
        unknown = true;
      }
      end = close + 1;
    } else {
      const name = NAME2.exec(text.slice(i + 1, i + 257))?.[0];
      parts.push(text.slice(i, i + 1 + (name?.length ?? 0)));
      unknown ||= name !== void 0;
      end = i + 1 + (name?.length ?? 0);
    }
    copied = end;
    i = end;
  }
  parts.push(text.slice(copied));
  return { value: parts.join(""), unknown };
}
function isUnknownVariable(value) {
  return /^\$(\{[_a-zA-Z][_a-zA-Z0-9]*\}|[_a-zA-Z][_a-zA-Z0-9]*)$/.test(value);
}
function closingBrace(text, open) {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i;
  }
  return -1;
}

// src/targets/compose/compose-boolean.ts
function isComposeTrue(node) {
  if (!node) return false;
  if (node.isTrue) return true;
  const text = node.kind === "scalar" ? node.text : void 0;
  return text !== void 0 && TRUE_WORDS.has(interpolateDefaults(text).value.trim().toLowerCase());
}
var TRUE_WORDS = /* @__PURE__ */ new Set(["true", "yes", "y", "on"]);

// src/targets/compose/service-fields.ts
function hostMounts(service) {
  return (service.node.get("volumes")?.items() ?? []).flatMap((item) => {
    if (item.kind === "map") {
      const type = item.get("type")?.text;
      const written = item.get("source")?.text;
      const source2 = written === void 0 ? void 0 : interpolateDefaults(written).value;
      const volume2 = type === "volume" && source2 ? service.hostVolumes?.get(source2) : void 0;
      if (volume2)
        return boundVolume(
          volume2,
          item.get("target")?.text,
          isComposeTrue(item.get("read_only")),
          item.region
        );
      if (type !== "bind" && type !== "npipe" || !source2 || isUnknownVariable(source2)) return [];
      return [
        {
          source: source2,
          target: item.get("target")?.text,
          readOnly: isComposeTrue(item.get("read_only")),
          region: item.region
        }
      ];
    }
    const short = item.text;
    if (!short) return [];
    const { source, target, mode } = splitShortVolume(interpolateDefaults(short).value);
    const readOnly = /(^|,)ro(,|$)/.test(mode ?? "");
    const volume = target === void 0 ? void 0 : service.hostVolumes?.get(source);
    if (volume) return boundVolume(volume, target, readOnly, item.region);
    if (target === void 0 || !isHostPath(source) || isUnknownVariable(source)) return [];
    return [{ source, target, readOnly, region: item.region }];
  });
}
function boundVolume(volume, target, readOnly, region) {
  const source = interpolateDefaults(volume.device).value;
  if (isUnknownVariable(source)) return [];
  return [{ source, target, readOnly: readOnly || volume.readOnly, region }];
}
function splitShortVolume(spec) {
  const parts = [];
  let rest = spec;
  while (rest.length) {
    const drive = /^[A-Za-z]:[\\/]/.test(rest) ? 2 : 0;
    const colon = rest.indexOf(":", drive);
    if (colon < 0) {
      parts.push(rest);
      break;
    }
    parts.push(rest.slice(0, colon));
    rest = rest.slice(colon + 1);
  }
  return { source: parts[0] ?? "", target: parts[1], mode: parts[2] };
}
function isHostPath(source) {
  return /^([./~]|[A-Za-z]:[\\/]|\\\\)/.test(source) || source.startsWith("$");
}
function environmentOf(service) {
  const environment = service.node.get("environment");
  if (!environment) return [];
  if (environment.kind === "map") {
    return environment.entries().map(([name, node]) => ({ name, value: node.text, region: node.reportRegion, node }));
  }
  return environment.items().flatMap((item) => {
    const text = item.text;
    if (!text) return [];
    const at = text.indexOf("=");
    return [
      {
        name: at < 0 ? text : text.slice(0, at),
        value: at < 0 ? void 0 : text.slice(at + 1),
        region: item.region,
        node: item
      }
    ];
  });
}
function serviceText(service, field) {
  const node = service.node.get(field);
  const value = node?.text;
  return node && value !== void 0 ? { value: interpolateDefaults(value).value, node } : void 0;
}
function serviceList(service, field) {
  return (service.node.get(field)?.items() ?? []).flatMap(
    (node) => node.text !== void 0 ? [{ value: interpolateDefaults(node.text).value, node }] : []
  );
}

// src/targets/kubernetes/env-vars.ts
function containerEnv(container) {
  return (container.node.get("env")?.items() ?? []).flatMap((item) => {
    const name = item.get("name");
    if (item.kind !== "map" || name?.text === void 0) return [];
    const value = item.get("value");
    const region = name.reportRegion;
    return [
      {
        name: name.text,
        value: value?.kind === "scalar" ? value.text : void 0,
        region,
        ...value ? { valueRegion: value.reportRegion } : {},
        node: item
      }
    ];
  });
}
function findEnvSecrets(variables2) {
  let text = "";
  const spans = variables2.map((variable) => {
    const value = variable.value ?? "";
    const expanded = expandDefaults(value);
    const start = text.length + variable.name.length + 1;
    text += `${variable.name}=${expanded}
`;
    return { variable, value, expanded, start, end: start + expanded.length };
  });
  const matches3 = findKnownCredentials(text);
  return spans.flatMap(({ variable, value, expanded, start, end }) => {
    if (variable.value === void 0 || findPrivateKeys(expanded).length > 0) return [];
    const own = matches3.filter((match) => match.start >= start && match.end <= end);
    if (own.length > 0) {
      return own.map((match) => ({
        variable,
        kind: "knownFormat",
        type: match.type,
        shown: redactSecret(match.value)
      }));
    }
    const idType = knownSecretIdType(expanded);
    if (idType) return [{ variable, kind: "knownFormat", type: idType, shown: redactSecret(expanded) }];
    const named = isNamedSecret(variable.name, value) && !echoesName(variable.name, value) || isSecretLikeUrlName(variable.name) && valueEmbedsCredentials(value);
    return named ? [{ variable, kind: "namedSecret", shown: redactSecret(expanded) }] : [];
  });
}
function echoesName(name, value) {
  const text = value.trim();
  return /^[A-Z][A-Z0-9_]*$/.test(text) && text.includes(name.toUpperCase());
}

// src/targets/yaml/yaml-edits.ts
var memo;
function linesOf(text) {
  if (memo?.text !== text) memo = { text, lines: text.split(/\r\n|\r|\n/) };
  return memo.lines;
}
function eolOf2(text) {
  return text.includes("\r\n") ? "\r\n" : "\n";
}
function point(line, column) {
  return { startLine: line, startColumn: column, endLine: line, endColumn: column };
}
function block(lines, indent, eol) {
  return lines.map((line) => eol + " ".repeat(indent) + line).join("");
}
function lastContentLine(node, lines) {
  const { endLine, endColumn, startLine } = node.region;
  const before = (lines[endLine - 1] ?? "").slice(0, endColumn - 1);
  return before.trim() === "" && endLine > startLine ? endLine - 1 : endLine;
}
function replaceScalar(node, text) {
  if (!node.editable || node.kind !== "scalar") return void 0;
  return { region: node.region, replacement: text };
}
function insertEntries(map, lines) {
  if (!map.editable) return void 0;
  const text = map.sourceText;
  const source = linesOf(text);
  const eol = eolOf2(text);
  const entries = map.entries();
  const last = entries[entries.length - 1];
  if (map.kind === "map" && !map.isFlow && last) {
    const first = entries[0]?.[1].keyRegion;
    if (!first || !last[1].keyRegion) return void 0;
    const line = lastContentLine(last[1], source);
    const end = (source[line - 1] ?? "").length + 1;
    return { region: point(line, end), replacement: block(lines, first.startColumn - 1, eol) };
  }
  const key = map.keyRegion;
  if (!key) return void 0;
  const indent = firstNonSpace(source[key.startLine - 1] ?? "") + 2;
  if (map.kind === "map" && map.isFlow && entries.length === 0)
    return { region: map.region, replacement: block(lines, indent, eol).trimEnd() };
  if (map.kind !== "null" || map.region.startLine !== key.startLine) return void 0;
  const keyLine = source[key.startLine - 1] ?? "";
  const rest = keyLine.slice(key.endColumn - 1).replace(/^\s*:/, "");
  if (rest.trim() !== "" && !rest.trim().startsWith("#")) return void 0;
  return { region: point(key.startLine, keyLine.length + 1), replacement: block(lines, indent, eol) };
}
function firstNonSpace(line) {
  const match = /^[ -]*/.exec(line);
  return match ? match[0].length : 0;
}
function setEntry(map, path, value) {
  const edits = setEntries(map, path.slice(0, -1), [[path[path.length - 1] ?? "", value]]);
  return edits?.[0];
}
function setEntries(map, path, entries) {
  let current = map;
  for (const [index, key] of path.entries()) {
    const next = current.get(key);
    if (!next) return one(insertEntries(current, nestedLines(path.slice(index), entries)));
    if (next.kind === "scalar") return void 0;
    current = next;
  }
  const edits = [];
  const missing = [];
  for (const entry of entries) {
    const node = current.kind === "map" ? current.get(entry[0]) : void 0;
    if (!node) missing.push(entry);
    else if (node.kind === "scalar") edits.push(...one(replaceScalar(node, entry[1])));
    else return void 0;
  }
  if (missing.length) edits.push(...one(insertEntries(current, nestedLines([], missing))));
  return edits.length === entries.length - missing.length + (missing.length ? 1 : 0) ? edits : void 0;
}
function one(edit) {
  return edit ? [edit] : [];
}
function nestedLines(path, entries) {
  const indent = "  ".repeat(path.length);
  return [
    ...path.map((key, i) => `${"  ".repeat(i)}${key}:`),
    ...entries.map(([k, v]) => `${indent}${k}: ${v}`)
  ];
}
function removeEntry(map, key) {
  const value = map.get(key);
  const keyRegion = value?.keyRegion;
  if (!value || !keyRegion || !map.editable || map.isFlow) return void 0;
  const source = linesOf(map.sourceText);
  const keyLine = source[keyRegion.startLine - 1] ?? "";
  if (keyLine.slice(0, keyRegion.startColumn - 1).trim() !== "") return void 0;
  const last = value.kind === "null" ? keyRegion.startLine : lastContentLine(value, source);
  return {
    region: { startLine: keyRegion.startLine, startColumn: 1, endLine: last + 1, endColumn: 1 },
    replacement: ""
  };
}

// src/targets/kubernetes/env-secret-fixes.ts
var PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
function composeSecretFix(variable) {
  const { node, name } = variable;
  if (!node || !PLAIN_NAME.test(name)) return void 0;
  const list = node.text?.startsWith(`${name}=`) === true;
  const edit = replaceScalar(node, list ? `${name}=\${${name}}` : `\${${name}}`);
  return edit ? {
    description: `Read '${name}' from the environment ('\${${name}}'); put its value in an untracked .env file beside the compose file.`,
    safety: "review",
    edits: [edit]
  } : void 0;
}
function kubernetesSecretFix(variable, container) {
  const { node, name } = variable;
  const value = node?.get("value");
  const key = value?.keyRegion;
  if (!node || !value || !key || !node.editable || value.kind !== "scalar") return void 0;
  if (value.region.endLine !== key.startLine || !PLAIN_NAME.test(name.replace(/[.-]/g, "_")))
    return void 0;
  const secret = `${container}-secrets`.toLowerCase().replace(/[^a-z0-9.-]/g, "-");
  const eol = node.sourceText.includes("\r\n") ? "\r\n" : "\n";
  const pad = " ".repeat(key.startColumn - 1);
  const lines = ["valueFrom:", "  secretKeyRef:", `    name: ${secret}`, `    key: ${name}`];
  return {
    description: `Read '${name}' from the Secret '${secret}' (create it outside the repository, e.g. kubectl create secret generic ${secret} --from-literal=${name}=\u2026).`,
    safety: "review",
    edits: [
      {
        region: { ...key, endLine: value.region.endLine, endColumn: value.region.endColumn },
        replacement: lines.join(eol + pad)
      }
    ]
  };
}

// src/targets/kubernetes/security-context-fixes.ts
function fixOf(description, safety, edits) {
  const built = edits.filter((e) => e !== void 0);
  return built.length === edits.length && built.length > 0 ? { description, safety, edits: built } : void 0;
}
function fixes(fix) {
  return fix ? { fixes: [fix] } : {};
}
function containerSettingFix(container, path, value, safety) {
  const description = `Set 'securityContext.${path.join(".")}: ${value}' on container '${container.name}'.`;
  return fixOf(description, safety, [setEntry(container.node, ["securityContext", ...path], value)]);
}
function podSettingFix(workload, path, value, safety) {
  const description = `Set the pod's 'securityContext.${path.join(".")}: ${value}'.`;
  return fixOf(description, safety, [setEntry(workload.spec, ["securityContext", ...path], value)]);
}
function replaceSettingFix(node, value, safety, what) {
  return fixOf(`Set ${what} to '${value}'.`, safety, [replaceScalar(node, value)]);
}
function removeFieldFix(map, field, why) {
  return map ? fixOf(`Remove '${field}': ${why}`, "safe", [removeEntry(map, field)]) : void 0;
}
function windowsUserFix2(workload, override) {
  const edits = [
    setEntry(workload.spec, ["securityContext", "windowsOptions", "runAsUserName"], "ContainerUser")
  ];
  if (override) edits.push(removeOverride(override));
  const dropped = override ? ` and drop container '${override.name}''s own admin user` : "";
  return fixOf(`Run the pod as 'ContainerUser'${dropped}.`, "review", edits);
}
function holderOf(node, field, candidates) {
  const at = node.reportRegion;
  return candidates.find((map) => {
    const own = map?.get(field)?.reportRegion;
    return own?.startLine === at.startLine && own.startColumn === at.startColumn;
  });
}
var APP_UID2 = "10001";
function nonRootFix(container, imageRunsAsRoot) {
  const entries = [["runAsNonRoot", "true"]];
  if (imageRunsAsRoot) entries.push(["runAsUser", APP_UID2]);
  const what = imageRunsAsRoot ? `'runAsNonRoot: true' and 'runAsUser: ${APP_UID2}'` : "'runAsNonRoot: true'";
  const edits = setEntries(container.node, ["securityContext"], entries);
  return fixOf(
    `Set ${what} on container '${container.name}'.`,
    "review",
    edits?.length ? edits : [void 0]
  );
}
function unprivilegedUidFix(node) {
  return replaceSettingFix(node, APP_UID2, "review", "'runAsUser'");
}
function singleQuotedFix(node, intended) {
  if (/[\r\n]/.test(intended)) return void 0;
  const quoted2 = `'${intended.replace(/'/g, "''")}'`;
  return fixOf(`Write the user name single-quoted: ${quoted2}.`, "safe", [replaceScalar(node, quoted2)]);
}
function removeOverride(container) {
  const context = container.securityContext;
  const options2 = context?.get("windowsOptions");
  if (!context || !options2) return void 0;
  if (options2.entries().length > 1) return removeEntry(options2, "runAsUserName");
  if (context.entries().length > 1) return removeEntry(context, "windowsOptions");
  return removeEntry(container.node, "securityContext");
}

// src/rules/workload/secret-in-workload-env.ts
var secret_in_workload_env_default = defineRule({
  meta: {
    id: "BH205",
    slug: "secret-in-workload-env",
    title: "Secret in workload environment",
    description: "A Kubernetes container `env` entry or a Compose `environment` variable holds a credential: a secret-like name (password, token, API key, connection string\u2026) with a literal value, or a known credential format (GitHub, GitLab, Slack, npm, AWS, Azure, JWT, a password in a URL) under any name. A name that only says `auth` or `credentials` needs a credential-shaped value (`REGISTRY_AUTH=htpasswd` is a setting), and a connection string counts only with a password or key in it (`redis:6379,ssl=False` holds none). The value is in the repository for good, and anyone who can read the workload object (`kubectl get -o yaml`, `docker inspect`) can read it too.",
    severity: "high",
    remediation: "Remove the value and rotate the credential. In Kubernetes, read it from a Secret with `valueFrom.secretKeyRef` (or `envFrom.secretRef`, or a mounted Secret volume) managed outside the repository (Sealed Secrets, External Secrets, a CSI secret store); in Compose, use `secrets:` or interpolate `${VAR}` from an untracked `.env` file.",
    references: [
      "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables",
      "https://kubernetes.io/docs/concepts/security/secrets-good-practices/",
      "https://docs.docker.com/compose/how-tos/use-secrets/"
    ],
    tags: ["CWE-798", "CWE-522"],
    messages: {
      namedSecret: "{owner} '{name}' sets '{variable}' to a literal secret ('{value}').",
      knownFormat: "{owner} '{name}' sets '{variable}' to a credential ({type}: '{value}')."
    },
    whenToIgnore: "Throw-away credentials of a local development stack that never leave the machine (a database that only listens on localhost); prefer an untracked `.env` file even then."
  },
  checks: {
    kubernetes({ document, report }) {
      for (const workload of document.workloads) {
        for (const container of workload.containers) {
          reportSecrets(
            containerEnv(container),
            "Container",
            container.name,
            report,
            (v) => kubernetesSecretFix(v, container.name)
          );
        }
      }
    },
    compose({ document, report }) {
      for (const service of document.services) {
        reportSecrets(environmentOf(service), "Service", service.name, report, composeSecretFix);
      }
    }
  }
});
function reportSecrets(variables2, owner, name, report, fixFor) {
  for (const secret of findEnvSecrets(variables2)) {
    report({
      messageId: secret.kind,
      data: { owner, name, variable: secret.variable.name, value: secret.shown, type: secret.type ?? "" },
      region: secret.variable.region,
      ...secret.variable.valueRegion ? { valueRegion: secret.variable.valueRegion } : {},
      ...fixes(fixFor(secret.variable))
    });
  }
}

// src/secrets/jaas-options.ts
var MODULE = /(?<![\w$.])((?:[A-Za-z_$][\w$]*\.)*[A-Za-z_$][\w$]*LoginModule)\s+(?:required|requisite|sufficient|optional)(?=[\s;\\"']|$)/;
var OPTION_NAME = /^[A-Za-z_$][\w$.-]*/;
var USER_LIST_MODULE = /(?:^|\.)(?:PlainLoginModule|DigestLoginModule)$/;
function hasJaasEntry(text) {
  return MODULE.test(text);
}
function readJaasLine(text, open) {
  const options2 = [];
  const continued = open !== void 0;
  let module = open;
  let at = 0;
  for (; ; ) {
    if (module === void 0) {
      const header = MODULE.exec(text.slice(at));
      if (!header) return { options: options2, continued, open: void 0 };
      module = header[1];
      at += header.index + header[0].length;
    }
    const read = readOptions2(text, at, module, options2);
    if (read === void 0) return { options: options2, continued, open: module };
    module = void 0;
    at = read;
  }
}
function readOptions2(text, at, module, options2) {
  let i = at;
  for (; ; ) {
    while (i < text.length && /[\s\\]/.test(text[i])) i++;
    if (i >= text.length) return void 0;
    if (text[i] === ";") return i + 1;
    const name = OPTION_NAME.exec(text.slice(i))?.[0];
    if (name === void 0) return text.length;
    i += name.length;
    while (text[i] === " " || text[i] === "	") i++;
    if (text[i] !== "=") return text.length;
    i++;
    while (text[i] === " " || text[i] === "	") i++;
    const value = readValue(text, i);
    i = value.end;
    if (/["'`]/.test(value.text)) continue;
    const password = /^user_./.test(name) && USER_LIST_MODULE.test(module);
    options2.push({ name, value: value.text, quoted: value.quoted, module, password });
  }
}
function readValue(text, at) {
  const escaped = text[at] === "\\" && (text[at + 1] === '"' || text[at + 1] === "'");
  const quote = escaped ? text.slice(at, at + 2) : text[at];
  if (quote === '"' || quote === "'" || escaped) {
    const start = at + quote.length;
    const close = text.indexOf(quote, start);
    const end2 = close < 0 ? text.length : close;
    return {
      text: text.slice(start, end2),
      quoted: true,
      end: close < 0 ? end2 : end2 + quote.length
    };
  }
  let end = at;
  while (end < text.length && !/[\s;"'\\]/.test(text[end])) end++;
  return { text: text.slice(at, end), quoted: false, end };
}

// src/secrets/sops-document.ts
var CIPHERTEXT = /^\s*(?:ENC\[[A-Z0-9_]+,data:|\$ANSIBLE_VAULT;)/;
var SOPS_VALUES = /ENC\[[A-Z0-9_]+,data:[^\]\s]*\]/g;
function isCiphertext(value) {
  return CIPHERTEXT.test(value);
}
function withoutSopsValues(text) {
  return text.replace(SOPS_VALUES, "");
}
function sopsContent(text) {
  if (text.trimStart().startsWith("{")) return jsonContent(text);
  const lines = text.split("\n");
  const metadata = [yamlMetadata, iniMetadata, dotenvMetadata].map((find) => find(lines)).find((found) => found.length > 0);
  if (!metadata) return void 0;
  const blanked = new Set(metadata);
  return lines.map((line, index) => blanked.has(index) ? "" : line).join("\n");
}
function isSopsDotenv(keys) {
  return keys.includes("sops_mac") && keys.includes("sops_version");
}
function isSopsDotenvMetadata(key) {
  return key.startsWith("sops_");
}
function jsonContent(text) {
  let document;
  try {
    document = JSON.parse(text);
  } catch {
    return void 0;
  }
  if (!isRecord(document) || !isMetadata(document["sops"])) return void 0;
  const content = { ...document };
  delete content["sops"];
  return JSON.stringify(content, null, 2);
}
function isMetadata(value) {
  return isRecord(value) && "mac" in value && "version" in value;
}
function yamlMetadata(lines) {
  const found = [];
  lines.forEach((line, start) => {
    if (!/^sops:\s*(?:#.*)?$/.test(line)) return;
    let end = start + 1;
    while (end < lines.length && isInsideBlock(lines[end])) end++;
    const body = lines.slice(start + 1, end);
    const first = body.find((text) => text.trim() !== "" && !text.trimStart().startsWith("#")) ?? "";
    const indent = first.length - first.trimStart().length;
    const entries = new Set(
      body.flatMap((text) => {
        const entry = /^(\s*)([\w-]+):/.exec(text);
        return entry && entry[1].length === indent ? [entry[2]] : [];
      })
    );
    if (indent > 0 && entries.has("mac") && entries.has("version"))
      for (let index = start; index < end; index++) found.push(index);
  });
  return found;
}
function isInsideBlock(line) {
  if (line.startsWith("---") || line.startsWith("...")) return false;
  return line.trim() === "" || /^[\s#-]/.test(line);
}
function iniMetadata(lines) {
  const start = lines.findIndex((line) => line.trim() === "[sops]");
  if (start < 0) return [];
  let end = start + 1;
  while (end < lines.length && !/^\s*\[/.test(lines[end])) end++;
  const body = lines.slice(start + 1, end);
  const sets = (name) => body.some((line) => new RegExp(`^\\s*${name}\\s*=`).test(line));
  if (!sets("mac") || !sets("version")) return [];
  return Array.from({ length: end - start }, (_, offset) => start + offset);
}
function dotenvMetadata(lines) {
  const keys = lines.map((line) => /^([A-Za-z_]\w*)=/.exec(line)?.[1] ?? "");
  if (!isSopsDotenv(keys)) return [];
  return keys.flatMap((key, index) => isSopsDotenvMetadata(key) ? [index] : []);
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/secrets/config-text-settings.ts
var SETTING = /^(\s*)(?:-\s+)?(?:export\s+)?(["']?)([A-Za-z_][\w.[\]-]*)\2\s*(?::(?=\s|$|["'])|=)(.*)$/;
var COMMENT = /^\s*(?:#|;|\/\/|!)/;
var CONNECTION_STRINGS = /^connectionstrings$/i;
var MAX_LINE_LENGTH = 4096;
var MAX_JSON_DEPTH2 = 32;
function configTextSettings(lines) {
  return jsonSettings(lines) ?? lineSettings(lines);
}
function jaasSettings(lines) {
  return configTextSettings(lines).filter((setting) => setting.module !== void 0);
}
function lineSettings(lines) {
  const settings = [];
  const sections = [];
  const inComment = blockCommentLines(lines);
  let jaasModule;
  lines.forEach((text, line) => {
    if (inComment[line] || text.length > MAX_LINE_LENGTH || COMMENT.test(text)) return;
    const jaas = readJaasLine(text, jaasModule);
    jaasModule = jaas.open;
    const options2 = jaas.options.map((option) => jaasSetting(option, line));
    if (jaas.continued) {
      settings.push(...options2);
      return;
    }
    pushLineSetting(text, line, settings, sections);
    settings.push(...options2);
  });
  return settings;
}
function jaasSetting(option, line) {
  const { name, value, quoted: quoted2, module, password } = option;
  const setting = { name, value, quoted: quoted2, line, module };
  return password ? { ...setting, password } : setting;
}
function pushLineSetting(text, line, settings, sections) {
  const match = SETTING.exec(text);
  if (!match) return;
  const indent = (match[1] ?? "").length;
  while ((sections.at(-1)?.indent ?? -1) >= indent) sections.pop();
  const key = match[3] ?? "";
  let raw = (match[4] ?? "").trim().replace(/,$/, "").trimEnd();
  if (raw === "") {
    sections.push({ indent, name: key });
    return;
  }
  const tagged = referenceTag(raw);
  if (tagged) {
    if (tagged.fallback === void 0) return;
    raw = tagged.fallback;
  }
  const value = unquote5(raw);
  if (value === void 0) return;
  const inConnectionStrings = sections.some((section) => CONNECTION_STRINGS.test(section.name));
  const quoted2 = raw[0] === '"' || raw[0] === "'";
  settings.push({ name: inConnectionStrings ? `ConnectionStrings.${key}` : key, value, quoted: quoted2, line });
}
function blockCommentLines(lines) {
  const covered = [];
  let open = false;
  lines.forEach((text, line) => {
    let from = 0;
    if (!open && /^\s*\/\*/.test(text)) {
      open = true;
      from = text.indexOf("/*") + 2;
    }
    covered[line] = open;
    if (open && text.includes("*/", from)) open = false;
  });
  return covered;
}
var REFERENCE_TAG = /^!([A-Za-z][\w.]*)(?:\?|\/[\w/]*)?\s+(\S.*)$/;
var REFERENCE_TAG_NAMES = new Set(
  "env env_var environment_variable secret include input file ref getatt importvalue vault".split(" ")
);
var ENVIRONMENT_TAG_NAMES = /* @__PURE__ */ new Set(["env", "env_var", "environment_variable"]);
function referenceTag(raw) {
  const match = REFERENCE_TAG.exec(raw);
  const name = (match?.[1] ?? "").toLowerCase();
  if (!match || !(REFERENCE_TAG_NAMES.has(name) || name.startsWith("include_dir_"))) return void 0;
  const argument = match[2].replace(/\s+#.*$/, "");
  if (!ENVIRONMENT_TAG_NAMES.has(name)) return {};
  if (argument.startsWith("[")) {
    const items = argument.replace(/^\[|\]$/g, "").split(",");
    return items.length > 1 ? { fallback: items.at(-1).trim() } : {};
  }
  if (argument.includes("${")) return { fallback: argument };
  const fallback = /^\S+\s+(\S.*)$/.exec(argument)?.[1];
  return fallback === void 0 ? {} : { fallback };
}
function unquote5(raw) {
  const quote = raw[0];
  if (quote === '"' || quote === "'") {
    const end = quote === '"' ? closingDoubleQuote(raw) : raw.indexOf(quote, 1);
    return end < 0 ? raw.slice(1) : raw.slice(1, end);
  }
  if (/^[{[|>]/.test(raw)) return void 0;
  return raw.replace(/\s+#.*$/, "").replace(/;$/, "");
}
function closingDoubleQuote(raw) {
  let depth = 0;
  for (let i = 1; i < raw.length; i++) {
    const c = raw[i];
    if (c === "\\") i++;
    else if (c === "$" && raw[i + 1] === "(") {
      depth++;
      i++;
    } else if (c === ")" && depth > 0) depth--;
    else if (c === '"' && depth === 0) return i;
  }
  return -1;
}
function jsonSettings(lines) {
  const text = lines.join("\n");
  if (!text.trimStart().startsWith("{")) return void 0;
  let document;
  try {
    document = JSON.parse(text);
  } catch {
    return void 0;
  }
  const settings = [];
  let cursor = 0;
  const visit2 = (value, key, section, depth) => {
    if (depth > MAX_JSON_DEPTH2) return;
    if (key !== "") cursor = findKeyLine(lines, JSON.stringify(key), cursor);
    if (typeof value === "string" && key !== "") {
      const inConnectionStrings = section !== void 0 && CONNECTION_STRINGS.test(section);
      const name = inConnectionStrings ? `ConnectionStrings.${key}` : key;
      settings.push({ name, value, quoted: true, line: cursor });
      settings.push(...jaasSettingsOf(value, cursor));
    } else if (Array.isArray(value)) {
      for (const item of value) visit2(item, "", section, depth + 1);
    } else if (typeof value === "object" && value !== null) {
      for (const [inner, item] of Object.entries(value)) visit2(item, inner, key || section, depth + 1);
    }
  };
  visit2(document, "", void 0, 0);
  return settings;
}
function jaasSettingsOf(value, line) {
  let open;
  return value.split(/\r?\n/).flatMap((text) => {
    const jaas = readJaasLine(text, open);
    open = jaas.open;
    return jaas.options.map((option) => jaasSetting(option, line));
  });
}
var KEY_SEARCH_WINDOW = 256;
function findKeyLine(lines, quoted2, from) {
  const end = Math.min(lines.length, from + KEY_SEARCH_WINDOW);
  for (let index = from; index < end; index++) {
    const line = lines[index];
    if (line.length <= MAX_LINE_LENGTH && line.includes(quoted2)) return index;
  }
  return from;
}
var SECRET_REFERENCE = new RegExp(
  [
    String.raw`^\$__(?:env|file|vault)\{[^}]*\}$`,
    String.raw`^%\([A-Za-z_]\w*\)s$`,
    String.raw`^ENC\(.+\)$`,
    String.raw`^vault:[\w./-]+#[\w.-]+$`,
    String.raw`^ref\+[a-z0-9]+://`,
    String.raw`^secretref:`,
    String.raw`^@Microsoft\.KeyVault\(`,
    String.raw`^os\.environ/[A-Za-z_]\w*$`,
    String.raw`^\{(?:env|file):[^{}\s]+\}$`,
    String.raw`^arn:aws[\w-]*:secretsmanager:`
  ].join("|")
);
function isSecretReference(value) {
  return isCiphertext(value) || SECRET_REFERENCE.test(value.trim());
}

// src/targets/kubernetes/embedded-text.ts
function writtenText(node, value) {
  const raw = node.style === "block" ? node.raw : void 0;
  if (raw === void 0) return decodedText(value, node.reportRegion);
  const first = node.region.startLine + 1;
  const lines = raw.split(/\r?\n/);
  return { lines, regionOf: (index) => lineRegion(first + index, lines[index]) };
}
function decodedText(value, keyRegion) {
  return { lines: value.split(/\r?\n/), regionOf: () => keyRegion };
}
var CONFIG_FILE_KEY = /\.(properties|env|ini|conf|cfg|ya?ml|json|toml)$|^\.env/i;
var SOURCE_CODE_KEY = /\.(py|js|mjs|cjs|ts|rb|go|java|kts?|cs|php|pl|lua|groovy|scala|rs|swift|alloy|river|hcl|tf|tfvars|nomad)$/i;
function isConfigFileKey(key) {
  return CONFIG_FILE_KEY.test(key);
}
function isSourceCodeKey(key) {
  return SOURCE_CODE_KEY.test(key);
}
function isExampleKey(key) {
  return key === "_example";
}

// src/targets/kubernetes/secret-objects.ts
function secretObjects(document) {
  return document.objects.filter(
    (object) => object.kind === "Secret" && object.apiVersion === "v1" && !object.root.get("sops")
  );
}
function secretEntries(secret) {
  const entries = ["data", "stringData"].flatMap(
    (field) => (secret.root.get(field)?.entries() ?? []).flatMap(([key, node]) => {
      const text = node.kind === "scalar" && typeof node.scalar === "string" ? node.text : void 0;
      if (text === void 0) return [];
      const region = node.reportRegion;
      if (field === "stringData")
        return [{ key, field, value: text, binary: false, region, ...writtenText(node, text) }];
      const decoded = decodeBase64(text);
      if (decoded === void 0) return [];
      return [{ key, field, ...decoded, region, ...decodedText(decoded.value, region) }];
    })
  );
  return isSopsDotenv(entries.map((entry) => entry.key)) ? entries.filter((entry) => !isSopsDotenvMetadata(entry.key)) : entries;
}
var NON_SECRET_KEY_WORDS = new Set(
  "user username login host hostname server port database db dbname namespace email description expiration groups crt cert certificate ca pub file path dir url uri endpoint name id header length min max enabled type policy region version".split(" ")
);
function judgeSecretEntry(entry) {
  const { key } = entry;
  if (isCiphertext(entry.value)) return void 0;
  const sops = entry.binary ? void 0 : sopsContent(entry.value);
  const value = sops ?? entry.value;
  if (key === ".dockerconfigjson" || key === ".dockercfg") {
    const credentials = dockerConfigCredentials(key, value);
    if (credentials) {
      const first = credentials[0];
      return first ? {
        kind: "registry",
        registries: credentials.map((c) => c.registry),
        shown: redactSecret(first.secret)
      } : void 0;
    }
  }
  const privateKey = entry.binary ? void 0 : findPrivateKeys(value)[0];
  if (privateKey) {
    return entry.field === "data" ? { kind: "knownFormat", type: privateKey.type, shown: redactSecret(value) } : void 0;
  }
  const known = entry.binary ? void 0 : findKnownCredentials(value)[0];
  if (known) {
    const verdict = { kind: "knownFormat", type: known.type, shown: redactSecret(known.value) };
    const line = isConfigFile(value) ? entry.lines.findIndex((text) => text.includes(known.value)) : -1;
    return line < 0 ? verdict : { ...verdict, line };
  }
  const idType = knownSecretIdType(value);
  if (idType) return { kind: "knownFormat", type: idType, shown: redactSecret(value) };
  if (isNonSecretKey(key)) {
    return !entry.binary && valueEmbedsCredentials(value) ? literal(value) : void 0;
  }
  if (entry.binary) return literal(value);
  if (isPublicMaterial(value)) return void 0;
  if (isConfigFile(entry.value))
    return embeddedSecret(value, entry.lines) ?? (sops === void 0 && looksRandom(withoutSopsValues(value).replace(/\s+/g, "")) ? literal(value) : void 0);
  if (hasJaasEntry(value)) return embeddedSecret(value, entry.lines);
  if (!classifyValue(value).literal) return void 0;
  return isSecretKey(key) || looksRandom(value) ? literal(value) : void 0;
}
function isNonSecretKey(key) {
  const words = nameWords(key);
  if (["in", "out"].includes(words.at(-1) ?? "") && words.length > 1) words.pop();
  const last = words.at(-1) ?? "";
  return NON_SECRET_KEY_WORDS.has(last) || words.length === 1 && COMPOUND_ENDING.test(last);
}
function isSecretKey(key) {
  const words = nameWords(key);
  const last = words.at(-1) ?? "";
  return isSecretLikeName(key) || SECRET_KEY_WORDS.has(last) || words.length === 1 && /.(key|pass|password|passwd|secret|token)$/.test(last);
}
var SECRET_KEY_WORDS = /* @__PURE__ */ new Set(["key", "keys", "pass", "pw", "passphrase", "pin", "cookie", "keytab"]);
var COMPOUND_ENDING = /.(name|user|username|host|hostname|url|uri|endpoint|email|namespace|region)$/;
function literal(value) {
  return { kind: "literal", shown: redactSecret(value) };
}
var SETTING2 = /^\s*(?:export\s+)?["']?([A-Za-z_][\w.-]*)["']?\s*[:=]\s*["']?([^"'\s#]+)["']?\s*(?:,\s*)?$/;
function isConfigFile(value) {
  return value.trim().includes("\n");
}
function embeddedSecret(text, lines) {
  const settings = jsonSettings2(parseJson(text)) ?? text.split(/\r?\n/).map((line2) => SETTING2.exec(line2)?.slice(1) ?? []);
  for (const [name = "", value = ""] of settings) {
    if (name && !isSecretReference(value) && isNamedSecret(name, value)) {
      const verdict2 = { kind: "embedded", variable: name, shown: redactSecret(value) };
      const line2 = settingLine(lines, name, value);
      return line2 === void 0 ? verdict2 : { ...verdict2, line: line2 };
    }
  }
  const jaas = jaasSettings(text.split(/\r?\n/)).find(
    (setting) => !isSecretReference(setting.value) && isSecretSetting(setting)
  );
  if (!jaas) return void 0;
  const verdict = { kind: "embedded", variable: jaas.name, shown: redactSecret(jaas.value) };
  const line = settingLine(lines, jaas.name, jaas.value);
  return line === void 0 ? verdict : { ...verdict, line };
}
function settingLine(lines, name, value) {
  return configTextSettings(lines).find((setting) => setting.name === name && setting.value === value)?.line;
}
function jsonSettings2(value) {
  if (!isRecord2(value)) return void 0;
  return Object.entries(value).flatMap(
    ([name, inner]) => typeof inner === "string" ? [[name, inner]] : jsonSettings2(inner) ?? []
  );
}
function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}
var PUBLIC_PEM = /-----BEGIN (?:CERTIFICATE|TRUSTED CERTIFICATE|X509 CRL|PUBLIC KEY|RSA PUBLIC KEY|PGP PUBLIC KEY BLOCK)-----[\s\S]*?-----END [A-Z0-9 ]+-----/g;
var SSH_PUBLIC_KEY = /(^|\s)(ssh-(rsa|dss|ed25519)|ecdsa-sha2-\S+|sk-\S+@openssh\.com)\s+AAAA[A-Za-z0-9+/=]+/;
function isPublicMaterial(value) {
  const withoutPem = value.replace(PUBLIC_PEM, "");
  if (withoutPem !== value && withoutPem.trim() === "") return true;
  const lines = value.split(/\r?\n/).filter((line) => line.trim() !== "" && !line.trim().startsWith("#"));
  return lines.length > 0 && lines.every((line) => SSH_PUBLIC_KEY.test(line));
}
function decodeBase64(text) {
  const compact = text.replace(/[\r\n]/g, "");
  if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) return void 0;
  const bytes = Buffer.from(compact, "base64");
  try {
    const value = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    if (!/[\u0000-\u0008\u000e-\u001f]/.test(value)) return { value, binary: false };
  } catch {
  }
  return { value: compact, binary: true };
}
function dockerConfigCredentials(key, value) {
  const parsed = parseJson(value);
  const auths = key === ".dockerconfigjson" ? property(parsed, "auths") : parsed;
  if (!isRecord2(auths)) return isRecord2(parsed) ? [] : void 0;
  return Object.entries(auths).flatMap(([registry, entry]) => {
    const secret = registrySecret(entry);
    return secret === void 0 ? [] : [{ registry, secret }];
  });
}
function registrySecret(entry) {
  for (const field of ["auth", "password", "identitytoken", "registrytoken"]) {
    const raw = property(entry, field);
    if (typeof raw !== "string") continue;
    const secret = field === "auth" ? authPassword(raw) : raw;
    if (classifyValue(secret).literal) return raw;
  }
  return void 0;
}
function authPassword(auth) {
  const decoded = decodeBase64(auth);
  if (!decoded || decoded.binary) return auth;
  const colon = decoded.value.indexOf(":");
  return colon < 0 ? decoded.value : decoded.value.slice(colon + 1);
}
function isRecord2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function property(value, name) {
  return isRecord2(value) ? value[name] : void 0;
}

// src/rules/workload/secret-object-committed.ts
var secret_object_committed_default = defineRule({
  meta: {
    id: "BH206",
    slug: "secret-object-committed",
    title: "Kubernetes Secret committed with values",
    description: "A `Secret` manifest in the repository holds real values in `data` or `stringData`. Base64 in `data` is an encoding, not encryption: anyone who can read the repository (and its history, forever) can read the secret. Registry credentials in a `kubernetes.io/dockerconfigjson` Secret are reported here.",
    severity: "high",
    remediation: "Remove the values from the repository and rotate them. Commit an encrypted form instead (Sealed Secrets, SOPS) or a reference that is resolved in the cluster (External Secrets Operator, the Secrets Store CSI driver), or create the Secret at deploy time from your CI secret store (`kubectl create secret \u2026 --from-literal`).",
    references: [
      "https://kubernetes.io/docs/concepts/configuration/secret/",
      "https://kubernetes.io/docs/concepts/security/secrets-good-practices/",
      "https://github.com/bitnami-labs/sealed-secrets",
      "https://external-secrets.io/"
    ],
    tags: ["CWE-798", "CWE-312"],
    messages: {
      literal: "Secret '{secret}' key '{key}' holds a literal value ('{value}').",
      knownFormat: "Secret '{secret}' key '{key}' holds a credential ({type}: '{value}').",
      embedded: "Secret '{secret}' key '{key}' sets '{variable}' to a literal secret ('{value}').",
      registry: "Secret '{secret}' key '{key}' holds registry credentials for {registries} ('{value}')."
    },
    whenToIgnore: "Secrets of a throw-away local or CI test cluster whose values protect nothing (say so in `bulkhead.io/ignore-reason`)."
  },
  checks: {
    kubernetes({ document, report }) {
      for (const secret of secretObjects(document)) {
        for (const entry of secretEntries(secret)) {
          const verdict = judgeSecretEntry(entry);
          if (!verdict) continue;
          const data = { secret: secret.name ?? "", key: entry.key, value: verdict.shown };
          const line = "line" in verdict ? verdict.line : void 0;
          const at = line === void 0 ? { region: entry.region } : { region: entry.regionOf(line), valuePart: entry.lines[line] };
          if (verdict.kind === "literal") report({ messageId: "literal", data, ...at });
          else if (verdict.kind === "knownFormat")
            report({ messageId: "knownFormat", data: { ...data, type: verdict.type }, ...at });
          else if (verdict.kind === "embedded")
            report({ messageId: "embedded", data: { ...data, variable: verdict.variable }, ...at });
          else {
            const registries = verdict.registries.map((registry) => `'${registry}'`).join(", ");
            report({ messageId: "registry", data: { ...data, registries }, ...at });
          }
        }
      }
    }
  }
});

// src/targets/dockerfile/instruction-at.ts
function lineOfOffset(text, offset) {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 && text.charCodeAt(i + 1) !== 10) line++;
  }
  return line;
}
function instructionAtLine(document, line) {
  return document.instructions.find((i) => i.region.startLine <= line && line <= i.region.endLine);
}

// src/rules/secrets/private-key-material.ts
var private_key_material_default = defineRule({
  meta: {
    id: "BH207",
    slug: "private-key-material",
    title: "Private key in the file",
    description: "The file contains a PEM or OpenSSH private key block (BEGIN/END markers with a key body). Whether it is written into the image by a RUN or heredoc, set in ENV, or only sits in a comment, the key is now in the repository history and, usually, in an image layer. Treat it as compromised. In a built image, the files of every layer, the config `Env` and the history commands are searched.",
    severity: "high",
    remediation: "Remove the key, rotate it (issue a new key pair and revoke the old one), and provide keys at build time with `RUN --mount=type=ssh` or `--mount=type=secret`.",
    references: [
      "https://docs.docker.com/build/building/secrets/",
      "https://cwe.mitre.org/data/definitions/321.html"
    ],
    tags: ["CWE-321", "CWE-798"],
    messages: {
      privateKey: "The file contains private key material ({type}, line {line}).",
      layerFile: "'{path}' in image {layer} contains private key material ({type}, line {line}).",
      imageConfig: "{where} contains private key material ({type})."
    }
  },
  checks: {
    dockerfile({ document, report }) {
      for (const { type, line } of privateKeyLines(document.text)) {
        const region = instructionAtLine(document, line)?.region ?? lineRegion(line);
        report({ messageId: "privateKey", data: { type, line }, region });
      }
    },
    // In manifests and Compose files a key sits in a value (a ConfigMap, `stringData`, an env value).
    kubernetes({ document, report }) {
      for (const { type, line } of privateKeyLines(document.text))
        report({ messageId: "privateKey", data: { type, line }, region: lineRegion(line) });
    },
    compose({ document, report }) {
      for (const { type, line } of privateKeyLines(document.text))
        report({ messageId: "privateKey", data: { type, line }, region: lineRegion(line) });
    },
    // Key files in the layers (the loader keeps the text of small files), and keys in the config's
    // Env or a history command, which BH201/BH202 leave to this rule.
    image({ document, report }) {
      for (const file of document.files) {
        const layer = describeLayer(file.layerIndex, file.layerDigest);
        for (const { type, line } of privateKeyLines(file.text ?? "")) {
          const data = { path: file.path, layer, type, line };
          report({ messageId: "layerFile", data, region: IMAGE_REGION, logical: fileLocation(file) });
        }
      }
      const envKeys = [];
      document.config.env.forEach((entry, i) => {
        const where = `Image ENV '${entry.split("=")[0]}'`;
        for (const { type, start, end } of findPrivateKeys(entry)) {
          envKeys.push(entry.slice(start, end));
          report({
            messageId: "imageConfig",
            data: { where, type },
            region: IMAGE_REGION,
            logical: envLocation(i)
          });
        }
      });
      for (const { index, createdBy } of document.history) {
        for (const { type, start, end } of findPrivateKeys(createdBy)) {
          if (envKeys.includes(createdBy.slice(start, end))) continue;
          const data = { where: `Image history entry ${index}`, type };
          report({ messageId: "imageConfig", data, region: IMAGE_REGION, logical: historyLocation(index) });
        }
      }
    }
  }
});
function privateKeyLines(text) {
  return findPrivateKeys(text).map((key) => ({ type: key.type, line: lineOfOffset(text, key.start) }));
}

// src/rules/registry/registry-credentials-in-config.ts
var registry_credentials_in_config_default = defineRule({
  meta: {
    id: "BH208",
    slug: "registry-credentials-in-config",
    title: "Registry credentials inline in config",
    description: 'A registry login is stored in the configuration file itself: Docker `config.json` (and the same format in Podman/Skopeo `auth.json` or a `.dockerconfigjson` file) `auths.<registry>.auth` (base64 of `user:password`, an encoding, not encryption) or `identitytoken`, containerd `registry.configs."<host>".auth` `password`/`auth`/`identitytoken`, containerd hosts.toml `[header]` / `[host."<url>".header]` `Authorization = "Basic \u2026"` or `"Bearer \u2026"`, k3s/RKE2 `registries.yaml` `configs.<host>.auth` `password`/`auth`/`identity_token`. Anyone who can read the repository can pull from (and often push to) the registry, and the credential stays in the history for good.',
    severity: "high",
    remediation: 'Remove the credential from the file and rotate it. Docker: run `docker login` with a credential store (`"credsStore": "desktop"`, `pass`, `secretservice`, `wincred`, `osxkeychain`) or per-registry `credHelpers` (`ecr-login`, `gcloud`, `acr-env`), so `config.json` only names the helper. containerd and Kubernetes nodes: use `imagePullSecrets` created at deploy time or a kubelet credential provider. CI: log in at run time from the CI secret store (`docker/login-action`, `docker login --password-stdin`).',
    references: [
      "https://docs.docker.com/reference/cli/docker/login/#credential-stores",
      "https://github.com/containerd/containerd/blob/main/docs/cri/registry.md",
      "https://kubernetes.io/docs/tasks/administer-cluster/kubelet-credential-provider/"
    ],
    tags: ["CWE-522", "CWE-798", "registry"],
    messages: {
      inline: "Key '{key}' holds inline credentials for registry '{registry}' ('{value}')."
    },
    whenToIgnore: "A throw-away registry of a local test setup whose credentials protect nothing (suppress with a reason)."
  },
  checks: {
    "registry-config"({ document, report }) {
      for (const credential of document.credentials) {
        if (!isLiteralCredential(credential)) continue;
        const { key, registry, region } = credential;
        report({
          messageId: "inline",
          data: { key, registry, value: redactSecret(credential.value) },
          region
        });
      }
    }
  }
});
function isLiteralCredential({ key, value }) {
  const name = key.toLowerCase();
  if (name === "auth") return isLiteralAuth(value);
  const header = name === "authorization" ? /^\s*(Basic|Bearer)\s+(.+?)\s*$/i.exec(value) : null;
  if (!header) return classifyValue(value).literal;
  const credential = header[2] ?? "";
  return header[1]?.toLowerCase() === "basic" ? isLiteralAuth(credential) : classifyValue(credential).literal;
}
function isLiteralAuth(value) {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return classifyValue(value).literal;
  const decoded = Buffer.from(value, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  return colon < 0 ? classifyValue(value).literal : classifyValue(decoded.slice(colon + 1)).literal;
}

// src/targets/kubernetes/config-map-entries.ts
function configMapObjects(document) {
  return document.objects.filter((object) => object.kind === "ConfigMap" && object.apiVersion === "v1");
}
function configMapEntries(configMap) {
  const name = configMap.name ?? "";
  return ["data", "binaryData"].flatMap(
    (field) => (configMap.root.get(field)?.entries() ?? []).flatMap(([key, node]) => {
      const text = node.kind === "scalar" ? node.text : void 0;
      if (text === void 0) return [];
      const region = node.reportRegion;
      if (field === "data")
        return [{ configMap: name, key, value: text, region, ...writtenText(node, text) }];
      const decoded = decodeBase64(text);
      if (!decoded || decoded.binary) return [];
      return [{ configMap: name, key, value: decoded.value, region, ...decodedText(decoded.value, region) }];
    })
  );
}

// src/rules/secrets/secret-in-configmap.ts
var secret_in_configmap_default = defineRule({
  meta: {
    id: "BH209",
    slug: "secret-in-configmap",
    title: "Secret stored in a ConfigMap",
    description: 'A Kubernetes `ConfigMap` holds a secret: a key with a secret-like name and a literal value, a known credential format (a GitHub token, an AWS key, a JWT, a URL with a password) anywhere in a value, or a secret-like setting inside an embedded config file (`application.properties`, `.env`, YAML, JSON or INI text such as `spring.datasource.password=\u2026` or `"password": "\u2026"`). ConfigMaps are not meant for confidential data: they are readable by anyone with `get configmaps` in the namespace, shown by `kubectl describe`, never encrypted at rest, and committed here in clear text. References (`${DB_PASSWORD}`), placeholders and empty values are not secrets.',
    severity: "high",
    remediation: "Move the value into a Secret (created at deploy time, or from an external secret store) and reference it with `secretKeyRef`, an environment variable, or a mounted file the application reads; keep only references such as `${DB_PASSWORD}` in the ConfigMap. Rotate the exposed value.",
    references: [
      "https://kubernetes.io/docs/concepts/configuration/configmap/",
      "https://kubernetes.io/docs/concepts/security/secrets-good-practices/",
      "https://docs.spring.io/spring-boot/reference/features/external-config.html"
    ],
    tags: ["CWE-312", "CWE-798"],
    messages: {
      literal: "ConfigMap '{configMap}' key '{key}' holds a literal secret ('{value}').",
      knownFormat: "ConfigMap '{configMap}' key '{key}' holds a credential ({type}: '{value}').",
      embedded: "ConfigMap '{configMap}' key '{key}' sets '{name}' to a literal secret ('{value}').",
      embeddedKnownFormat: "ConfigMap '{configMap}' key '{key}' holds a credential ({type}: '{value}') in its embedded config."
    },
    whenToIgnore: "Credentials of a throw-away local test cluster that protect nothing (say so in the reason)."
  },
  checks: {
    kubernetes({ document, report }) {
      for (const configMap of configMapObjects(document))
        for (const entry of configMapEntries(configMap)) reportEntry(entry, report);
    }
  }
});
function reportEntry(entry, report) {
  const { configMap, key, value, region } = entry;
  const single = !value.trim().includes("\n") && !isConfigFileKey(key) && !hasJaasEntry(value);
  if (single) {
    if (isSecretReference(value)) return;
    const [found] = secretValues([{ name: key, value: value.trim() }]);
    if (found) {
      const messageId = found.messageId === "namedSecret" ? "literal" : "knownFormat";
      return report({ messageId, data: { ...found.data, configMap, key }, region });
    }
    if (isSecretLikeUrlName(key) && valueEmbedsCredentials(value))
      return report({ messageId: "literal", data: { configMap, key, value: redactSecret(value) }, region });
    return;
  }
  const code = isSourceCodeKey(key);
  const settings = configTextSettings(entry.lines).filter(
    (setting) => !isSecretReference(setting.value) && (setting.quoted || !code)
  );
  const example = isExampleKey(key);
  const reported = /* @__PURE__ */ new Set();
  for (const found of secretValues(settings)) {
    const setting = settings[found.index];
    const { line: line2 } = setting;
    if (example && found.messageId === "namedSecret" && !looksRandom(setting.value)) continue;
    if (reported.has(line2)) continue;
    reported.add(line2);
    const messageId = found.messageId === "namedSecret" ? "embedded" : "embeddedKnownFormat";
    report({ messageId, data: { ...found.data, configMap, key }, region: entry.regionOf(line2) });
  }
  const text = entry.lines.join("\n");
  let line = 0;
  let counted = 0;
  for (const match of findKnownCredentials(text)) {
    for (let i = text.indexOf("\n", counted); i !== -1 && i < match.start; i = text.indexOf("\n", i + 1)) {
      line++;
      counted = i + 1;
    }
    if (reported.has(line)) continue;
    reported.add(line);
    const data = { configMap, key, type: match.type, value: redactSecret(match.value) };
    report({ messageId: "embeddedKnownFormat", data, region: entry.regionOf(line) });
  }
}

// src/targets/dockerfile/heredoc-files.ts
var cache3 = /* @__PURE__ */ new WeakMap();
function heredocFiles(document) {
  let files = cache3.get(document);
  if (!files) {
    files = document.instructions.filter((i) => (i.keyword === "COPY" || i.keyword === "ADD") && i.heredocs.length > 0).flatMap((instruction) => {
      const bodyStart = Math.min(...instruction.heredocs.map((heredoc) => heredoc.region.startLine));
      const header = instruction.args.filter((arg) => arg.region.startLine < bodyStart);
      const destination = header.at(-1)?.value ?? "";
      if (destination.startsWith("<<")) return [];
      return instruction.heredocs.map((heredoc) => ({
        instruction,
        destination,
        body: heredoc.body,
        script: writeScript(heredoc.name, heredoc.body, destination, instruction)
      }));
    });
    cache3.set(document, files);
  }
  return files;
}
function writeScript(name, body, destination, instruction) {
  const word = (value) => ({ value, raw: value, start: 0, end: 0, dynamic: false });
  const command = {
    name: word("cat"),
    program: "cat",
    args: [],
    env: [],
    redirects: [
      { op: "<<", target: word(name), heredoc: body },
      // A directory destination gets a file named after the heredoc (`COPY <<curlrc /root/`).
      { op: ">", target: word(destination.endsWith("/") ? `${destination}${name}` : destination) }
    ],
    dialect: "posix"
  };
  return {
    text: "",
    dialect: "posix",
    commands: [command],
    assignments: [],
    outer: (n) => instruction.scope.get(n)
  };
}

// src/targets/dockerfile/script-of-run.ts
var fromRuns = /* @__PURE__ */ new WeakMap();
function scriptOfRun(run) {
  let script = fromRuns.get(run);
  if (!script) {
    const { instruction, stage } = run;
    const { text, dialect } = runScriptSource(instruction, stage);
    const { commands, assignments } = run;
    script = { text, dialect, commands, assignments, outer: (name) => instruction.scope.get(name) };
    fromRuns.set(run, script);
  }
  return script;
}

// src/targets/shell/transport-words.ts
function isOff(value) {
  return value !== void 0 && /^(["']?)(?:false|no|off|0|disable|without)\1;?$/i.test(value.trim());
}
function isOn(value) {
  return value !== void 0 && /^(["']?)(?:true|yes|on|1)\1;?$/i.test(value.trim());
}
function flagWord(cmd, short, long) {
  const end = cmd.dialect === "posix" ? cmd.args.findIndex((a) => a.value === "--") : -1;
  const args = end < 0 ? cmd.args : cmd.args.slice(0, end);
  const found = args.find((arg) => hasFlag({ ...cmd, args: [arg] }, short, long));
  if (found || cmd.dialect === "posix" || short?.length !== 1) return found;
  return args.find((arg) => /^-[A-Za-z0-9]{2,8}$/.test(arg.value) && arg.value.includes(short));
}
function optionValues(args, short, long) {
  const values = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const next = args[i + 1];
    if ((arg === short || arg === long) && next !== void 0) {
      values.push(next);
      i++;
    } else if (long && arg.startsWith(`${long}=`)) values.push(arg.slice(long.length + 1));
    else if (short && arg.length > short.length && arg.startsWith(short) && !arg.startsWith("--"))
      values.push(arg.slice(short.length));
  }
  return values;
}
function commandSettings(args, key) {
  const settings = [];
  const configuring = args.some((a) => a === "set" || a === "config");
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [name = "", value] = arg.replace(/^--/, "").split(/=(.*)/s);
    const next = args[i + 1];
    if (arg.startsWith("--no-") && key.test(arg.slice(5))) {
      settings.push({ key: arg.slice(5), value: "false", text: arg, index: i });
    } else if (!key.test(name) || /^-[^-]/.test(arg)) {
      continue;
    } else if (value !== void 0) {
      settings.push({ key: name, value, text: arg, index: i });
    } else if (next !== void 0 && (arg.startsWith("--") || configuring) && !next.startsWith("-")) {
      settings.push({ key: name, value: next, text: `${arg} ${next}`, index: i });
      i++;
    }
  }
  return settings;
}
function settingText(args, setting) {
  if (setting.text.startsWith("-")) return setting.text;
  if (args[setting.index - 1] === "-c") return `-c ${setting.text}`;
  const words = args.slice(0, setting.index).filter((a) => !a.startsWith("-") && /^[a-z][\w-]*$/.test(a));
  return [...words, setting.text].join(" ");
}
function commandText(cmd, words) {
  return [cmd.name.value, ...words.filter((w) => w !== void 0 && w !== "")].join(" ");
}
function pipArguments(cmd) {
  const args = cmd.args.map((a) => a.value);
  if (/^pip[\d.]*$/.test(cmd.program)) return args;
  const m = /^(?:python[\d.]*|py)$/.test(cmd.program) ? args.indexOf("-m") : -1;
  return m >= 0 && /^pip[\d.]*$/.test(args[m + 1] ?? "") ? args.slice(m + 2) : void 0;
}
var WRITERS = /* @__PURE__ */ new Set([
  "echo",
  "printf",
  "write-output",
  "set-content",
  "add-content",
  "out-file",
  "add-apt-repository"
]);
var LINE_START = String.raw`(?<=^|\s|\\[nt])`;
function writtenTexts(cmd) {
  const texts = cmd.redirects.flatMap((r) => r.heredoc !== void 0 ? [r.heredoc] : []);
  if (WRITERS.has(cmd.program)) texts.push(cmd.args.map((a) => a.value).join(" "));
  if (cmd.program === "sed") for (const arg of cmd.args) texts.push(sedInsertedText(arg.value));
  return texts;
}
function sedInsertedText(script) {
  return script.replace(/(^|[^\w])s([^\w\s\\])((?:\\.|(?!\2)[^\\])*)\2((?:\\.|(?!\2)[^\\])*)\2/g, "$1$4").replace(/(^|[;{},!\s])\/(?:\\.|[^/\\\n])*\//g, "$1");
}

// src/targets/shell/curlrc.ts
var CURLRC = /(?:^|[/\\])[._]curlrc$|(?:[/\\]\.config|XDG_CONFIG_HOME\}?)[/\\]curlrc$/i;
var INSECURE_LINE = /^(?:-k|(?:--)?(?:proxy-)?insecure)$/;
var WRITE_OPERATORS = /* @__PURE__ */ new Set([">", ">>", ">|", "&>", "&>>"]);
var POWERSHELL_WRITERS = /* @__PURE__ */ new Set(["set-content", "add-content", "out-file"]);
function curlrcInsecureLines(cmd, previous) {
  const file = curlrcWrittenBy(cmd);
  if (!file) return [];
  const texts = cmd.program === "tee" && previous ? textsOf(previous) : textsOf(cmd);
  const lines = texts.flatMap((text) => text.split(/\r?\n|\\n/)).map((line) => line.trim());
  return [...new Set(lines.filter((line) => INSECURE_LINE.test(line)))].map((line) => `${line} in ${file}`);
}
function curlrcWrittenBy(cmd) {
  for (const redirect of cmd.redirects) {
    const target = redirect.target?.value ?? "";
    if (WRITE_OPERATORS.has(redirect.op) && (redirect.fd ?? "1") === "1" && CURLRC.test(target))
      return target;
  }
  if (cmd.program === "tee" || POWERSHELL_WRITERS.has(cmd.program))
    return cmd.args.map((arg) => arg.value).find((value) => CURLRC.test(value));
  return void 0;
}
function textsOf(cmd) {
  if (POWERSHELL_WRITERS.has(cmd.program))
    return cmd.args.map((arg) => arg.value).filter((value) => !value.startsWith("-") && !CURLRC.test(value));
  const texts = writtenTexts(cmd);
  if (cmd.program === "echo") return texts.map((text) => text.replace(/^(?:-[neE]+\s+)+/, ""));
  if (cmd.program === "printf") return texts.map((text) => text.replace(/^--\s+/, ""));
  return texts;
}

// src/targets/shell/known-variables.ts
var EXPANSION = /^(")?\$(?:([A-Za-z_]\w*)|\{([A-Za-z_]\w*)\})\1$/;
var SETS_ANYTHING = /* @__PURE__ */ new Set([".", "source", "eval"]);
function expandKnownVariables(script, cmd) {
  if (script.dialect !== "posix" || cmd.dialect !== "posix") return void 0;
  const variables2 = [];
  const values = /* @__PURE__ */ new Map();
  const valueOf2 = (name) => {
    if (!values.has(name)) values.set(name, knownValue(script, name, cmd.name.start));
    return values.get(name);
  };
  const args = cmd.args.flatMap((word) => {
    const match = word.dynamic ? EXPANSION.exec(word.raw) : null;
    const name = match?.[2] ?? match?.[3];
    const value = name === void 0 ? void 0 : valueOf2(name);
    if (name === void 0 || value === void 0) return [word];
    variables2.push({ name, value });
    const words = match?.[1] ? [value] : value.split(/[ \t\n]+/).filter((part) => part !== "");
    return words.map((part) => ({ ...word, value: part, dynamic: false }));
  });
  return variables2.length > 0 ? { command: { ...cmd, args }, variables: variables2 } : void 0;
}
function knownValue(script, name, offset) {
  const names = namesOf(script);
  if (names.setsAnything) return void 0;
  const mentions = names.mentions.get(name) ?? [];
  if (mentions.length === 0) return script.outer(name);
  const [mention] = mentions;
  if (mentions.length > 1 || mention === void 0 || mention > offset) return void 0;
  const parsed = simpleParse(script);
  const assignments = parsed?.assignments.filter((a) => a.name === name) ?? [];
  const [assignment] = assignments;
  if (assignments.length !== 1 || assignment === void 0 || assignment.value?.dynamic) return void 0;
  if (afterOr(script.text, mention)) return void 0;
  return assignment.value?.value ?? "";
}
var simpleParses = /* @__PURE__ */ new WeakMap();
function simpleParse(script) {
  if (!simpleParses.has(script))
    simpleParses.set(script, parseSimplePosix(withoutFinalContinuation(wellFormed(script.text))));
  return simpleParses.get(script);
}
var scriptNames = /* @__PURE__ */ new WeakMap();
function namesOf(script) {
  let names = scriptNames.get(script);
  if (!names) {
    const { text } = script;
    const mentions = /* @__PURE__ */ new Map();
    for (const match of text.matchAll(/[A-Za-z_]\w*/g)) {
      const at = match.index;
      const before = text[at - 1] ?? "";
      if (/[\w$]/.test(before) || before === "{" && text[at - 2] === "$") continue;
      const found = mentions.get(match[0]);
      if (found) found.push(at);
      else mentions.set(match[0], [at]);
    }
    names = { setsAnything: script.commands.some((c) => SETS_ANYTHING.has(c.program)), mentions };
    scriptNames.set(script, names);
  }
  return names;
}
function afterOr(text, at) {
  let i = at - 1;
  while (i >= 0 && /[ \t\r\n\\]/.test(text[i])) i--;
  return text[i] === "|" && text[i - 1] === "|";
}

// src/targets/shell/transport-script.ts
var variables = /* @__PURE__ */ new WeakMap();
function scriptVariables(script) {
  let found = variables.get(script);
  if (found) return found;
  const parsed = script.assignments ? { commands: script.commands, assignments: script.assignments } : parseShell(script.text, script.dialect);
  found = parsed.assignments.map((a) => ({
    name: a.name.replace(/^env:/i, ""),
    value: a.value?.value,
    // A plain `X=1` changes the environment only when X is already exported (e.g. by ENV).
    exported: /^env:/i.test(a.name) || script.dialect === "posix" && script.outer(a.name) !== void 0
  }));
  for (const command of parsed.commands) {
    for (const e of command.env) found.push({ name: e.name, value: e.value?.value ?? "", exported: true });
    const args = command.args.map((a) => a.value);
    if (["export", "declare", "typeset", "env"].includes(command.program) || isCmdSet(command))
      for (const arg of args) {
        const [, name, value] = /^([A-Za-z_]\w*)=(.*)$/s.exec(arg) ?? [];
        if (name)
          found.push({
            name,
            value,
            exported: !/^(declare|typeset)$/.test(command.program) || args.includes("-x")
          });
      }
    if (command.program === "setx" && args[0] && !args[0].startsWith("/"))
      found.push({ name: args[0], value: args[1] ?? "", exported: true });
  }
  for (const m of script.text.matchAll(
    /\bEnvironment\]::SetEnvironmentVariable\(\s*(['"])([\w.]+)\1\s*,\s*(['"])(.*?)\3/gi
  ))
    found.push({ name: m[2], value: m[4], exported: true });
  variables.set(script, found);
  return found;
}
function variableValue(script, reference) {
  const match = /^\$\{?(env:)?(\w+)\}?$|^%(\w+)%$/i.exec(reference);
  if (!match) return void 0;
  const name = match[2] ?? match[3];
  const env = script.dialect !== "powershell" || !!match[1];
  const insensitive = script.dialect !== "posix";
  const same = (a) => insensitive ? a.toLowerCase() === name.toLowerCase() : a === name;
  const set = scriptVariables(script).filter(
    (v) => same(v.name) && (script.dialect !== "powershell" || v.exported === env)
  );
  return set.length > 0 ? set.at(-1)?.value : env ? script.outer(name) : void 0;
}
function isCmdSet(command) {
  return command.program === "set" && command.dialect === "cmd";
}

// src/targets/shell/transport-tls.ts
var WGET_CHECK_OFF = /^check[_-]certificate\s*=\s*(?:off|no|0)$/i;
var VARIABLE_NAMES = /GIT_SSL_NO_VERIFY|NODE_TLS_REJECT_UNAUTHORIZED|PYTHONHTTPSVERIFY|STRICT_SSL|PIP_TRUSTED_HOST/i;
var SSLVERIFY_OFF = /(?:^|[.=])sslverify=(?:0|false|no|off)$/i;
var APT_VERIFY = /^Acquire::https::(?:[^:\s]+::)?Verify-(?:Peer|Host)$/i;
var WRITTEN_SETTINGS = [
  String.raw`Acquire::https::(?:[^:\s"';]+::)?Verify-(?:Peer|Host)\s*(?:=\s*|\s+)["']?(?:false|no|off|0|disable|without)\b["']?`,
  String.raw`check[_-]certificate\s*=\s*(?:off|no|0|false)\b`,
  String.raw`strict-ssl["']?\s*(?:=\s*|\s+)["']?false\b`,
  String.raw`enableStrictSsl\s*:\s*["']?false\b`,
  String.raw`(?:trusted-host\s*=|--trusted-host(?:\s+|=))\s*[^\s"'=]+`,
  String.raw`sslVerify\s*=\s*(?:false|no|off|0)\b`
].map((pattern) => new RegExp(LINE_START + pattern, "i"));
var DOTNET_HOOK = /ServicePointManager(?:\]::|\.)(ServerCertificateValidationCallback|CertificatePolicy)\s*\+?=\s*((?:\[[^\]]*\]\s*)?\{[^}]*\}|[^;\n]{1,80})/gi;
function isTlsBypassVariable(name, value) {
  if (value === void 0) return false;
  switch (name.toUpperCase()) {
    case "GIT_SSL_NO_VERIFY":
      return true;
    case "NODE_TLS_REJECT_UNAUTHORIZED":
    case "PYTHONHTTPSVERIFY":
      return value.trim() === "0";
    case "NPM_CONFIG_STRICT_SSL":
    case "YARN_STRICT_SSL":
    case "YARN_ENABLE_STRICT_SSL":
      return isOff(value);
    case "PIP_TRUSTED_HOST":
      return value.trim() !== "";
  }
  return false;
}
function findTlsBypasses(script) {
  const found = /* @__PURE__ */ new Map();
  const add = (kind, text) => void found.set(`${kind} ${text}`, { kind, text });
  const elements = /* @__PURE__ */ new Map();
  for (const cmd of script.commands) {
    const command = tlsBypassCommand(cmd);
    if (command) add("command", command);
    else {
      const variable = variableBypass(script, cmd);
      if (variable) found.set(`variable ${variable.text}`, variable);
    }
    const { pipeline } = cmd;
    const previous = pipeline && elements.get(`${pipeline.id}:${pipeline.index - 1}`);
    if (pipeline) elements.set(`${pipeline.id}:${pipeline.index}`, cmd);
    for (const line of curlrcInsecureLines(cmd, previous)) add("setting", line);
    for (const text of writtenTexts(cmd))
      for (const pattern of WRITTEN_SETTINGS) {
        const match = pattern.exec(text)?.[0];
        if (match) add("setting", match.trim());
      }
  }
  if (VARIABLE_NAMES.test(script.text)) {
    for (const v of scriptVariables(script))
      if (v.exported && isTlsBypassVariable(v.name, v.value)) add("setting", `${v.name}=${v.value ?? ""}`);
  }
  for (const [, property2 = "", value = ""] of script.text.matchAll(DOTNET_HOOK))
    if (trustsAll(property2, value)) add("setting", `${property2} = ${value.trim()}`);
  return [...found.values()];
}
function variableBypass(script, cmd) {
  const expanded = expandKnownVariables(script, cmd);
  const option = expanded && offendingWords(expanded.command);
  if (!expanded || !option) return void 0;
  const source = expanded.variables.find((v) => v.value.split(/[ \t\n]+/).includes(option)) ?? expanded.variables[0];
  const text = commandText(cmd, [`$${source.name}`]);
  return { kind: "variable", text, variable: source.name, option };
}
function trustsAll(property2, value) {
  if (/^\$?null\b/i.test(value.trim())) return false;
  return !/^ServerCertificateValidationCallback$/i.test(property2) || /\btrue\b/i.test(value);
}
function tlsBypassCommand(cmd) {
  const offending = offendingWords(cmd);
  return offending && commandText(cmd, [offending]);
}
function offendingWords(cmd) {
  const args = cmd.args.map((a) => a.value);
  const flag = (short, long) => flagWord(cmd, short, long)?.value;
  const setting = (key, off) => {
    const found = commandSettings(args, key).find((s) => off(s.value ?? ""));
    return found && settingText(args, found);
  };
  const skipCheck = () => cmd.dialect === "powershell" ? flag(void 0, "SkipCertificateCheck") : void 0;
  switch (cmd.program) {
    case "curl":
      return flag("k", "insecure") ?? flag(void 0, "proxy-insecure") ?? skipCheck();
    case "wget":
      return flag(void 0, "no-check-certificate") ?? optionValues(args, "-e", "--execute").find((v) => WGET_CHECK_OFF.test(v)) ?? skipCheck();
    case "invoke-webrequest":
    case "iwr":
    case "invoke-restmethod":
    case "irm":
      return skipCheck();
    case "git":
      return setting(/^http\.(?:.+\.)?sslverify$/i, (v) => isOff(v) || v === "");
    case "npm":
    case "pnpm":
    case "yarn":
      return setting(/^(?:strict-ssl|enableStrictSsl)$/i, isOff);
    case "dnf":
    case "yum":
    case "microdnf":
    case "tdnf":
    case "yum-config-manager":
    case "dnf-config-manager":
    case "zypper":
      return args.find((a) => SSLVERIFY_OFF.test(a));
    case "apt-get":
    case "apt":
    case "aptitude": {
      const option = optionValues(args, "-o", "--option").find((v) => {
        const [key = "", value] = v.split(/=(.*)/s);
        return APT_VERIFY.test(key.trim()) && isOff(value);
      });
      return option && `-o ${option}`;
    }
  }
  const pip = pipArguments(cmd) ?? [];
  const trusted = commandSettings(pip, /^(?:[\w:]+\.)?trusted-host$/i).find((s) => s.value);
  if (!trusted) return void 0;
  return /^pip/.test(cmd.program) ? settingText(pip, trusted) : `-m pip ${settingText(pip, trusted)}`;
}

// src/targets/dockerfile/tls-flag-fixes.ts
var CURL_NO_VALUE = /^-[fsSLkvilIgGjJnNOqR#]+$/;
var POWERSHELL_WEB = /* @__PURE__ */ new Set(["invoke-webrequest", "iwr", "invoke-restmethod", "irm", "curl", "wget"]);
function flagEdits(cmd) {
  const words = cmd.args.map((a) => a.value);
  const edits = [];
  words.forEach((word, i) => {
    if (cmd.dialect === "powershell") {
      if (POWERSHELL_WEB.has(cmd.program) && /^-SkipCertificateCheck$/i.test(word))
        edits.push({ word, replacement: "" });
    } else if (cmd.program === "curl") {
      if (word === "--insecure" || word === "-k") edits.push({ word, replacement: "" });
      else if (CURL_NO_VALUE.test(word) && word.includes("k"))
        edits.push({ word, replacement: word.replace("k", "") });
    } else if (cmd.program === "wget") {
      if (word === "--no-check-certificate") edits.push({ word, replacement: "" });
    } else if (/^pip/.test(cmd.program) || /^python/.test(cmd.program) && words.includes("pip")) {
      if (word.startsWith("--trusted-host=")) edits.push({ word, replacement: "" });
      else if (word === "--trusted-host" && words[i + 1])
        edits.push({ word, replacement: "", withNext: words[i + 1] });
    }
  });
  return edits;
}
function wordsOf(text) {
  return [...text.matchAll(/[^\s\\]+(?:\\.[^\s\\]*)*/g)].map((m) => ({ word: m[0], start: m.index }));
}
function tlsFlagFix(document, instruction, commands) {
  const wanted = commands.flatMap(flagEdits);
  if (wanted.length === 0) return void 0;
  const { startLine, endLine } = instruction.region;
  const lines = document.lines.slice(startLine - 1, endLine);
  const text = lines.join("\n");
  const words = wordsOf(text);
  const edits = [];
  for (const flag of new Map(wanted.map((w) => [w.word + (w.withNext ?? ""), w])).values()) {
    const uses = wanted.filter((w) => w.word === flag.word && w.withNext === flag.withNext).length;
    const found = words.flatMap(
      (w, i) => w.word === flag.word && (!flag.withNext || words[i + 1]?.word === flag.withNext) ? [i] : []
    );
    if (found.length !== uses) return void 0;
    for (const index of found) {
      const first = words[index];
      const last = flag.withNext ? words[index + 1] : first;
      let start = first.start;
      if (!flag.replacement) while (start > 0 && text[start - 1] === " ") start--;
      edits.push({
        region: regionOf2(lines, startLine, start, last.start + last.word.length),
        replacement: flag.replacement
      });
    }
  }
  return { description: "Remove the options that turn certificate checks off.", safety: "safe", edits };
}
function regionOf2(lines, firstLine, start, end) {
  const at = (offset) => {
    let line = 0;
    let rest = offset;
    while (line < lines.length - 1 && rest > lines[line].length) {
      rest -= lines[line].length + 1;
      line++;
    }
    return { line: firstLine + line, column: rest + 1 };
  };
  const from = at(start);
  const to = at(end);
  return { startLine: from.line, startColumn: from.column, endLine: to.line, endColumn: to.column };
}

// src/rules/transport/tls-verification-disabled.ts
var tls_verification_disabled_default = defineRule({
  meta: {
    id: "BH301",
    slug: "tls-verification-disabled",
    title: "Build turns off TLS certificate verification",
    description: "A build step downloads with certificate checks turned off (`curl -k` or `insecure` in a `.curlrc`, `wget --no-check-certificate`, `pip --trusted-host`, npm/yarn `strict-ssl false`, `git http.sslVerify false`, `GIT_SSL_NO_VERIFY`, `NODE_TLS_REJECT_UNAUTHORIZED=0`, `PYTHONHTTPSVERIFY=0`, PowerShell `-SkipCertificateCheck` or a `ServerCertificateValidationCallback`, apt `Verify-Peer false`). Anyone on the network path of the build can then serve their own code or packages, and a setting made with ENV stays in the image for every later download.",
    severity: "high",
    remediation: "Keep certificate verification on; if a proxy or private server uses its own CA, add that CA to the trust store (`COPY ca.crt /usr/local/share/ca-certificates/` then `update-ca-certificates`, or `Import-Certificate` on Windows) or point the tool at it (`--cacert`, `PIP_CERT`, `NODE_EXTRA_CA_CERTS`, `http.sslCAInfo`).",
    references: [
      "https://curl.se/docs/sslcerts.html",
      "https://git-scm.com/docs/git-config#Documentation/git-config.txt-httpsslVerify",
      "https://nodejs.org/api/cli.html#node_tls_reject_unauthorizedvalue",
      "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/invoke-webrequest#-skipcertificatecheck",
      "https://cwe.mitre.org/data/definitions/295.html"
    ],
    tags: ["CWE-295"],
    messages: {
      command: "{instruction} runs '{command}', which skips certificate verification.",
      setting: "{instruction} sets '{setting}', which turns off certificate verification.",
      variable: "{instruction} runs '{command}', and {variable} passes it '{option}', which skips certificate verification."
    },
    whenToIgnore: "Only for a step that never leaves a closed network and cannot trust a CA (for example a test fixture talking to a throwaway server); prefer trusting the CA."
  },
  checks: {
    dockerfile({ document, report }) {
      for (const instruction of document.instructions) {
        if (instruction.keyword !== "ENV" && instruction.keyword !== "ARG") continue;
        for (const { name, value } of instruction.properties) {
          const expanded = value && expandVariables(value, instruction.scope, document.escapeChar).value;
          if (isTlsBypassVariable(name, expanded))
            report({
              messageId: "setting",
              data: { instruction: instruction.keyword, setting: `${name}=${value ?? ""}` },
              region: instruction.region
            });
        }
      }
      for (const run of runScripts(document)) {
        const fix = tlsFlagFix(document, run.instruction, run.commands);
        for (const bypass of findTlsBypasses(scriptOfRun(run))) {
          if (bypass.kind === "variable") {
            const { text: command, variable, option } = bypass;
            const data2 = { instruction: "RUN", command, variable: `$${variable}`, option };
            report({ messageId: "variable", data: data2, region: run.instruction.region });
            continue;
          }
          const data = { instruction: "RUN", [bypass.kind]: bypass.text };
          const fixes2 = fix && bypass.kind === "command" ? [fix] : void 0;
          report({
            messageId: bypass.kind,
            data,
            region: run.instruction.region,
            ...fixes2 ? { fixes: fixes2 } : {}
          });
        }
      }
      for (const { instruction, script } of heredocFiles(document))
        for (const bypass of findTlsBypasses(script))
          if (bypass.kind !== "variable")
            report({
              messageId: bypass.kind,
              data: { instruction: instruction.keyword, [bypass.kind]: bypass.text },
              region: instruction.region
            });
    }
  }
});

// src/targets/shell/transport-urls.ts
var PLAIN_SCHEMES = /^(?:http|ftp):\/\//i;
var PLAIN_GIT_SCHEMES = /^(?:http|ftp|git):\/\//i;
var URL_PREFIX = /^(?:\s|[$@]?\(|["'\u2018\u2019\u201c\u201d])*/;
function plainUrl(text, schemes = PLAIN_SCHEMES) {
  const rest = text.replace(URL_PREFIX, "");
  if (!schemes.test(rest)) return void 0;
  const url = urlWord(rest);
  const authority = url.replace(/^\w+:\/\//, "").split(/[/?#]/)[0] ?? "";
  const host = authority.replace(/^.*@/, "").replace(/:(?:\d*|\$\{\w+\}|\$(?:env:)?\w+|%\w+%)$/i, "").toLowerCase();
  if (!host || isLoopback(host)) return void 0;
  return redactUserinfo2(url);
}
var URL_RUN = /^[^\s'"()<>\u2018\u2019\u201c\u201d]+/;
function urlWord(text) {
  let url = URL_RUN.exec(text)?.[0] ?? "";
  while (url.endsWith("$") && text[url.length] === "(") {
    let depth = 0;
    let end = url.length;
    for (; end < text.length; end++) {
      if (text[end] === "(") depth++;
      else if (text[end] === ")" && --depth === 0) break;
    }
    if (depth !== 0) break;
    url = text.slice(0, end + 1) + (URL_RUN.exec(text.slice(end + 1))?.[0] ?? "");
  }
  return url;
}
function leadingVariable(text) {
  const match = /^(\$\{(?:env:)?\w+\}|\$(?:env:)?\w+|%\w+%)(.*)$/is.exec(text.replace(URL_PREFIX, ""));
  return match ? { reference: match[1], rest: match[2] } : void 0;
}
function isLoopback(host) {
  return host === "localhost" || host.endsWith(".localhost") || /^127\.\d+\.\d+\.\d+$/.test(host) || host === "[::1]" || host === "0.0.0.0";
}
function redactUserinfo2(url) {
  return url.replace(
    /^(\w+:\/\/[^/@:]*:)([^/@]+)@/,
    (_all, head, secret) => `${head}${redactSecret(secret)}@`
  );
}

// src/targets/shell/transport-downloads.ts
var NOT_FETCHED = {
  curl: "-x --proxy --preproxy -e --referer -H --header --proxy-header -d --data --data-raw --data-binary --data-urlencode --data-ascii -F --form --form-string -A --user-agent --noproxy -w --write-out --json".split(
    " "
  ),
  wget: "-e --execute --header --referer -U --user-agent --post-data --body-data".split(" "),
  cmdlet: "-proxy -headers -body -useragent -destination -proxylist".split(" "),
  pip: "-i --index-url --extra-index-url -f --find-links --proxy --cert --client-cert --trusted-host".split(
    " "
  ),
  npm: "--registry --proxy --https-proxy".split(" ")
};
var CURL_VALUE_LETTERS = "xeHdFAw";
var WEB_CMDLETS = /* @__PURE__ */ new Set(["invoke-webrequest", "iwr", "invoke-restmethod", "irm", "start-bitstransfer"]);
var SYSTEM_PACKAGERS = /* @__PURE__ */ new Set(["dnf", "yum", "microdnf", "tdnf", "zypper"]);
var INSTALLS = /* @__PURE__ */ new Set([
  "install",
  "i",
  "in",
  "add",
  "localinstall",
  "reinstall",
  "upgrade",
  "update",
  "downgrade"
]);
var INDEX_OPTIONS = new Map(
  Object.entries({
    pip: ["-i", "--index-url", "--extra-index-url", "-f", "--find-links"],
    npm: ["--registry"],
    pnpm: ["--registry"],
    yarn: ["--registry"],
    choco: ["-s", "--source"],
    cinst: ["-s", "--source"]
  })
);
var GIT_FETCHES = /* @__PURE__ */ new Set(["clone", "fetch", "pull", "submodule", "archive"]);
var INDEX_VARIABLES = /^(?:PIP_INDEX_URL|PIP_EXTRA_INDEX_URL|PIP_FIND_LINKS|UV_INDEX_URL|UV_EXTRA_INDEX_URL|UV_DEFAULT_INDEX|NPM_CONFIG_REGISTRY|YARN_REGISTRY|YARN_NPM_REGISTRY_SERVER)$/i;
var DOTNET_DOWNLOAD = /(?:\.(?:Download(?:File|String|Data)(?:Async|TaskAsync)?|OpenRead)|WebRequest\]::Create)\(\s*\(?\s*([^,)\s]+)/gi;
function plainIndexVariable(name, value) {
  if (!INDEX_VARIABLES.test(name) || !value) return void 0;
  return value.split(/\s+/).map((v) => plainUrl(v)).find((url) => url !== void 0);
}
function findPlainDownloads(script) {
  const found = /* @__PURE__ */ new Map();
  const add = (kind, url, tool) => {
    if (url && !found.has(url)) found.set(url, { kind, url, tool });
  };
  for (const cmd of script.commands) {
    const pip = pipArguments(cmd);
    const options2 = INDEX_OPTIONS.get(pip ? "pip" : cmd.program) ?? [];
    const tool = pip && !cmd.program.startsWith("pip") ? "pip" : cmd.name.value;
    for (const url of indexUrls(pip ?? cmd.args.map((a) => a.value), options2, script)) add("index", url, tool);
    for (const url of fetchedUrls(cmd, script)) add("download", url, cmd.name.value);
  }
  if (/INDEX_URL|FIND_LINKS|DEFAULT_INDEX|REGISTRY/i.test(script.text)) {
    for (const v of scriptVariables(script))
      if (v.exported) add("index", plainIndexVariable(v.name, v.value), v.name);
  }
  for (const m of script.text.matchAll(DOTNET_DOWNLOAD))
    add("download", resolveUrl(script, m[1]), "WebClient");
  return [...found.values()];
}
function indexUrls(args, options2, script) {
  if (options2.length === 0) return [];
  const long = options2.filter((o) => o.startsWith("--"));
  const values = options2.flatMap(
    (o) => optionValues(args, o.startsWith("--") ? void 0 : o, o.startsWith("--") ? o : void 0)
  );
  const keys = new RegExp(
    `^(?:[\\w:@/.-]+[.:])?(?:${long.map((o) => o.slice(2)).join("|")}|index-url|registry|npmRegistryServer)$`,
    "i"
  );
  for (const setting of commandSettings(args, keys)) if (setting.value) values.push(setting.value);
  return values.map((v) => resolveUrl(script, v));
}
function fetchedUrls(cmd, script) {
  const args = cmd.args.map((a) => a.value);
  const lower = args.map((a) => a.toLowerCase());
  const urls = (list, skip = [], from = 0, schemes = PLAIN_SCHEMES) => list.filter((_arg, i) => i >= from && !takesValue2(list[i - 1], skip, cmd.program === "curl")).map((arg) => resolveUrl(script, arg, schemes));
  const cmdlet = WEB_CMDLETS.has(cmd.program) || cmd.dialect === "powershell" && !/\.exe$/i.test(cmd.name.value);
  switch (cmd.program) {
    case "curl":
    case "wget":
      return urls(args, [...NOT_FETCHED[cmd.program], ...cmdlet ? NOT_FETCHED.cmdlet : []]);
    case "msiexec":
      return urls(args);
    case "certutil":
      return lower.some((a) => /^[-/]urlcache$/.test(a)) ? urls(args) : [];
    case "bitsadmin":
      return lower.some((a) => /^\/(?:transfer|addfile)$/.test(a)) ? urls(args) : [];
    case "rpm":
      return args.some((a) => /^-[iUF]|^--(?:install|upgrade|freshen|reinstall)$/.test(a)) ? urls(args) : [];
    case "git": {
      const sub2 = args.findIndex((a, i) => !a.startsWith("-") && !/^-[cC]$/.test(args[i - 1] ?? ""));
      return GIT_FETCHES.has(args[sub2] ?? "") ? urls(args, [], sub2 + 1, PLAIN_GIT_SCHEMES) : [];
    }
  }
  if (cmdlet && WEB_CMDLETS.has(cmd.program)) return urls(args, NOT_FETCHED.cmdlet);
  const pip = pipArguments(cmd);
  if (pip)
    return ["install", "download", "wheel"].includes(pip.find((a) => !a.startsWith("-")) ?? "") ? urls(pip, NOT_FETCHED.pip) : [];
  const sub = args.findIndex((a) => !a.startsWith("-"));
  if (!INSTALLS.has(args[sub] ?? "")) return [];
  if (SYSTEM_PACKAGERS.has(cmd.program)) return urls(args, [], sub + 1);
  return ["npm", "pnpm", "yarn"].includes(cmd.program) ? urls(args, NOT_FETCHED.npm, sub + 1) : [];
}
function takesValue2(previous, skip, curl2) {
  if (!previous?.startsWith("-")) return false;
  if (skip.includes(previous) || skip.includes(previous.toLowerCase())) return true;
  return curl2 && /^-[A-Za-z]{2,}$/.test(previous) && CURL_VALUE_LETTERS.includes(previous.at(-1));
}
function resolveUrl(script, text, schemes = PLAIN_SCHEMES, depth = 0) {
  const direct = plainUrl(text, schemes);
  if (direct || depth > 2) return direct;
  const variable = leadingVariable(text);
  const value = variable && variableValue(script, variable.reference);
  return value ? resolveUrl(script, value + variable.rest, schemes, depth + 1) : void 0;
}

// src/rules/transport/plaintext-download.ts
var plaintext_download_default = defineRule({
  meta: {
    id: "BH302",
    slug: "plaintext-download",
    title: "Build downloads code or artifacts without TLS",
    description: "`ADD http://\u2026`, or a RUN that fetches an `http://` (or `ftp://`, `git://`) URL with curl, wget, Invoke-WebRequest, Start-BitsTransfer, certutil, WebClient, git, pip, npm or a package manager, or points pip/npm at a plain-HTTP index. Anyone on the network path can replace what is downloaded, and it runs in the build or ships in the image. apt/yum/apk repository lines are not reported: their metadata is signed. Loopback URLs are not reported.",
    severity: "medium",
    remediation: "Use https:// URLs (and https package indexes); where only HTTP is offered, pin the content: `ADD --checksum=sha256:\u2026`, or check a published SHA-256 or signature right after the download.",
    references: [
      "https://docs.docker.com/reference/dockerfile/#add",
      "https://docs.docker.com/reference/dockerfile/#verifying-a-remote-file-checksum-add---checksumchecksum-http-src-dest",
      "https://cwe.mitre.org/data/definitions/494.html",
      "https://cwe.mitre.org/data/definitions/319.html"
    ],
    tags: ["CWE-319", "CWE-494"],
    messages: {
      add: "ADD downloads '{url}' without TLS.",
      download: "{instruction} downloads '{url}' with {tool} without TLS.",
      index: "{instruction} points {tool} at the package index '{url}' without TLS."
    },
    whenToIgnore: "When the download is checked against a pinned SHA-256 or signature right after it (BuildKit already does that for `ADD --checksum`, which is never reported)."
  },
  checks: {
    dockerfile({ document, report }) {
      const expand = (text, scope) => expandVariables(text, scope, document.escapeChar).value;
      for (const instruction of document.instructions) {
        if (instruction.keyword === "ADD" && !instruction.flags.some((f) => f.name === "checksum")) {
          for (const source of instruction.args.slice(0, -1)) {
            const url = plainUrl(expand(source.value, instruction.scope), PLAIN_GIT_SCHEMES);
            if (url) report({ messageId: "add", data: { url }, region: instruction.region });
          }
        } else if (instruction.keyword === "ENV" || instruction.keyword === "ARG") {
          for (const { name, value } of instruction.properties) {
            const url = plainIndexVariable(name, value && expand(value, instruction.scope));
            if (url)
              report({
                messageId: "index",
                data: { instruction: instruction.keyword, tool: name, url },
                region: instruction.region
              });
          }
        }
      }
      for (const run of runScripts(document))
        for (const { kind, url, tool } of findPlainDownloads(scriptOfRun(run)))
          report({
            messageId: kind,
            data: { instruction: "RUN", tool, url },
            region: run.instruction.region
          });
    }
  }
});

// src/targets/shell/transport-signatures.ts
var APT_OPTIONS = /^(?:APT::Get::AllowUnauthenticated|Acquire::AllowInsecureRepositories|Acquire::AllowDowngradeToInsecureRepositories)$/i;
var GPGCHECK_OFF = /(?:^|[.=])gpgcheck=(?:0|false|no)$/i;
var FLAGS = new Map(
  Object.entries({
    "apt-get": [
      [void 0, "allow-unauthenticated", "signature"],
      [void 0, "allow-insecure-repositories", "signature"],
      [void 0, "allow-downgrade-to-insecure-repositories", "signature"],
      [void 0, "force-yes", "signature"]
    ],
    aptitude: [[void 0, "allow-untrusted", "signature"]],
    apk: [[void 0, "allow-untrusted", "signature"]],
    dnf: [[void 0, "nogpgcheck", "signature"]],
    zypper: [
      [void 0, "no-gpg-checks", "signature"],
      [void 0, "no-gpgcheck", "signature"]
    ],
    rpm: [
      [void 0, "nosignature", "signature"],
      // rpm's install table: "short hand for --ignorepayload --ignoresignature".
      [void 0, "noverify", "signature"],
      [void 0, "nodigest", "checksum"],
      [void 0, "nofiledigest", "checksum"]
    ],
    // Chocolatey accepts both spellings of its long options.
    choco: [
      "ignore-checksums",
      "ignorechecksums",
      "allow-empty-checksums",
      "allowemptychecksums",
      "allow-empty-checksums-secure",
      "allowemptychecksumssecure"
    ].map((flag) => [void 0, flag, "checksum"]),
    "install-module": [[void 0, "SkipPublisherCheck", "publisher"]],
    snap: [[void 0, "dangerous", "signature"]]
  })
);
var ALIASES = new Map(
  Object.entries({
    apt: "apt-get",
    yum: "dnf",
    microdnf: "dnf",
    tdnf: "dnf",
    cinst: "choco",
    "update-module": "install-module",
    "install-package": "install-module"
  })
);
var SUBCOMMANDS = /* @__PURE__ */ new Set(["add", "install", "in", "localinstall", "reinstall", "upgrade", "update"]);
var REPOSITORY_URI = /(?:\bdeb(?:-src)?\s+(?:\[[^\]\n]*\]\s*)?|\bURIs:[ \t]*|\b(?:baseurl|mirrorlist|metalink)\s*=\s*)(\S+)/gi;
var WRITTEN_SETTINGS2 = [
  String.raw`deb(?:-src)?\s+(\[[^\]\n]*\b(?:trusted|allow-insecure|allow-weak)=yes\b[^\]\n]*\])`,
  String.raw`((?:Trusted|Allow-Insecure|Allow-Weak):[ \t]*yes)\b`,
  String.raw`((?:APT::Get::AllowUnauthenticated|Acquire::AllowInsecureRepositories|Acquire::AllowDowngradeToInsecureRepositories)\s*(?:=\s*|\s+)["']?(?:true|yes|1)\b["']?)`,
  String.raw`(gpgcheck\s*=\s*(?:0|false|no)\b)`
].map((pattern) => new RegExp(LINE_START + pattern, "i"));
function findUnverifiedInstalls(script, verified = /* @__PURE__ */ new Set()) {
  const found = /* @__PURE__ */ new Map();
  const add = (issue) => void found.set(`${issue.kind} ${issue.text}`, issue);
  for (const cmd of script.commands) {
    const command = unverifiedCommand(cmd);
    if (command && !onlyVerifiedFiles(cmd, verified)) add({ kind: "command", ...command });
    for (const text of writtenTexts(cmd)) {
      if (onlyLocalRepositories(text)) continue;
      for (const pattern of WRITTEN_SETTINGS2) {
        const setting = pattern.exec(text)?.[1];
        if (setting) add({ kind: "setting", text: setting.trim(), check: "signature" });
      }
    }
  }
  return [...found.values()];
}
function gpgVerifiedFiles(commands) {
  const files = /* @__PURE__ */ new Set();
  for (const cmd of commands) {
    const args = cmd.args.map((a) => a.value);
    if (!/^gpgv?2?$/.test(cmd.program) || !cmd.program.startsWith("gpgv") && !args.includes("--verify"))
      continue;
    const last = args.filter((a) => !a.startsWith("-")).at(-1);
    if (!last) continue;
    files.add(baseName2(last));
    files.add(baseName2(last).replace(/\.(?:sig|asc|gpg)$/, ""));
  }
  return files;
}
function onlyVerifiedFiles(cmd, verified) {
  const packages = cmd.args.map((a) => a.value).filter((a) => !a.startsWith("-") && !SUBCOMMANDS.has(a));
  return packages.length > 0 && packages.every((p) => verified.has(baseName2(p)));
}
function onlyLocalRepositories(text) {
  const uris = [...text.matchAll(REPOSITORY_URI)].map((m) => m[1]);
  return uris.length > 0 && uris.every((uri) => /^["']?(?:file|copy|cdrom):/i.test(uri));
}
function baseName2(path) {
  return path.split(/[\\/]/).pop() ?? path;
}
function unverifiedCommand(cmd) {
  const program = ALIASES.get(cmd.program) ?? cmd.program;
  const args = cmd.args.map((a) => a.value);
  const show = (word, check) => ({
    text: commandText(cmd, [word]),
    check
  });
  if (program === "rpm" && !args.some((a) => /^-[iUF]|^--(?:install|upgrade|freshen|reinstall)$/.test(a)))
    return void 0;
  if (program === "apk" && args.find((a) => !a.startsWith("-")) === "index") return void 0;
  for (const [short, long, check] of FLAGS.get(program) ?? []) {
    const word = flagWord(cmd, short, long);
    if (word) return show(word.value, check);
  }
  if (program === "apt-get" || program === "aptitude") {
    const option = optionValues(args, "-o", "--option").find((v) => {
      const [key = "", value] = v.split(/=(.*)/s);
      return APT_OPTIONS.test(key.trim()) && isOn(value);
    });
    return option ? show(`-o ${option}`, "signature") : void 0;
  }
  if (program === "dnf" || program === "zypper" || /-config-manager$/.test(program)) {
    const off = args.find((a) => GPGCHECK_OFF.test(a));
    if (off) return show(off, "signature");
    const sub = args.find((a) => !a.startsWith("-")) ?? "";
    if (program === "zypper" && ["ar", "addrepo"].includes(sub) && flagWord(cmd, "G", void 0))
      return show(`${sub} -G`, "signature");
  }
  if (program === "choco") return chocoFeature(cmd, args);
  return void 0;
}
function chocoFeature(cmd, args) {
  const [feature, action = ""] = args.map((a) => a.toLowerCase());
  if (feature !== "feature") return void 0;
  const names = [
    ...optionValues(args, "-n", "--name"),
    ...optionValues(args, void 0, "-name"),
    ...args.slice(2)
  ];
  const bad = names.map((n) => n.replace(/^[=:]/, "")).find(
    (n) => action === "enable" ? /^allowEmptyChecksums/i.test(n) : action === "disable" && /^checksumFiles$/i.test(n)
  );
  return bad ? { text: commandText(cmd, [args[0], args[1], "-n", bad]), check: "checksum" } : void 0;
}

// src/rules/transport/unverified-packages.ts
var unverified_packages_default = defineRule({
  meta: {
    id: "BH303",
    slug: "unverified-packages",
    title: "Build installs packages without verifying signatures",
    description: "A RUN turns off the package manager's signature or checksum checks: `apt-get --allow-unauthenticated`/`--allow-insecure-repositories`, `[trusted=yes]` sources, `apk --allow-untrusted`, `yum/dnf --nogpgcheck`, `gpgcheck=0`, `rpm --nosignature/--nodigest`, `zypper --no-gpg-checks`, `choco --ignore-checksums`, `Install-Module -SkipPublisherCheck`. Signatures are what makes a package from a mirror, a proxy or a plain-HTTP repository trustworthy; without them whoever controls the network path or the repository controls the image.",
    severity: "medium",
    remediation: "Keep verification on: import the repository's signing key (`signed-by=` keyring for apt, `gpgkey=` for yum/dnf, `/etc/apk/keys` for apk) and install signed packages; for Chocolatey, use packages with checksums.",
    references: [
      "https://wiki.debian.org/SecureApt",
      "https://manpages.debian.org/stable/apt/sources.list.5.en.html",
      "https://dnf.readthedocs.io/en/latest/conf_ref.html",
      "https://docs.chocolatey.org/en-us/choco/commands/install/",
      "https://cwe.mitre.org/data/definitions/494.html"
    ],
    tags: ["CWE-494", "CWE-347"],
    messages: {
      command: "{instruction} runs '{command}', which skips package {check} checks.",
      setting: "{instruction} writes '{setting}', which turns off package signature checks."
    },
    whenToIgnore: "For a package built in an earlier stage of the same build and installed from a local file, where there is no signature to check; prefer signing it."
  },
  checks: {
    dockerfile({ document, report }) {
      const verified = gpgVerifiedFiles(runScripts(document).flatMap((run) => run.commands));
      for (const run of runScripts(document)) {
        for (const { kind, text, check } of findUnverifiedInstalls(scriptOfRun(run), verified)) {
          const data = { instruction: "RUN", [kind]: text, check };
          report({ messageId: kind, data, region: run.instruction.region });
        }
      }
      for (const { instruction, script } of heredocFiles(document))
        for (const { kind, text, check } of findUnverifiedInstalls(script, verified))
          report({
            messageId: kind,
            data: { instruction: instruction.keyword, [kind]: text, check },
            region: instruction.region
          });
    }
  }
});

// src/targets/dockerfile/image-uses.ts
function imageUses(document, namedContexts) {
  const uses = [];
  const isNamedContext = (value) => namedContexts?.has(value.toLowerCase()) === true;
  for (const stage of document.stages) {
    if (stage.base.kind === "image" && !isNamedContext(stage.base.reference.raw)) {
      uses.push({
        reference: stage.base.reference,
        written: stage.baseText,
        region: stage.baseRegion,
        via: "FROM"
      });
    }
    for (const instruction of stage.instructions) {
      const from = instruction.keyword === "COPY" ? instruction.flags.find((f) => f.name === "from") : void 0;
      if (!from?.value) continue;
      const expanded = expandVariables(from.value, instruction.scope, document.escapeChar);
      if (!expanded.resolved || isStageReference(expanded.value, document, stage.index)) continue;
      if (isNamedContext(expanded.value)) continue;
      const reference = parseImageReference(expanded.value);
      if (reference) uses.push({ reference, written: from.value, region: from.region, via: "COPY --from" });
    }
  }
  return uses;
}
function isStageReference(value, document, before) {
  if (/^\d+$/.test(value)) return true;
  const lower = value.toLowerCase();
  return lower === "scratch" || document.stages.some((s) => s.index < before && s.name === lower);
}
function partlyResolvedBases(document) {
  const uses = [];
  for (const stage of document.stages) {
    const { base } = stage;
    if (base.kind !== "unresolved" || !base.repository || base.repository.unresolved?.registry) continue;
    const slash = base.text.indexOf("/");
    if (slash !== -1 && base.text.slice(0, slash).includes("$")) continue;
    uses.push({ reference: base.repository, written: base.text, region: stage.baseRegion });
  }
  return uses;
}

// src/targets/registry-config/insecure-registries.ts
var INSECURE_SETTING_DESCRIPTION = {
  "plain-http": "configured for plain HTTP",
  "skip-verify": "configured to skip TLS verification",
  "insecure-registry": "configured as an insecure registry"
};
function mirroredRegistryOf(endpoint) {
  const { mirrorOf, registry } = endpoint;
  return mirrorOf !== void 0 && mirrorOf !== registry && !endpoint.upstream ? mirrorOf : void 0;
}
function insecureRegistriesOf(path, document, files = []) {
  let defaultsSkip;
  const ownConfigured = () => defaultsSkip ??= document.format === "containerd-hosts" ? registriesWithOwnHostsDirectory(path, files) : new Set((document.configuredRegistries ?? []).map(normaliseRegistryPattern));
  return document.insecureEndpoints.flatMap((endpoint) => {
    const countsFor = endpoint.resolvesTags !== false ? endpoint.mirrorOf : void 0;
    const targets = [
      [endpoint.registry, endpoint.fallback === "endpoint"],
      ...countsFor ? [[countsFor, endpoint.fallback !== void 0]] : []
    ];
    return targets.map(([target, isDefault]) => ({
      pattern: normaliseRegistryPattern(target),
      prefix: endpoint.prefix === true,
      setting: endpoint.setting,
      key: endpoint.key,
      location: {
        file: path,
        region: endpoint.region,
        message: `'${endpoint.key}' in ${path}: ${INSECURE_SETTING_DESCRIPTION[endpoint.setting]}.`
      },
      ...isDefault ? { except: ownConfigured() } : {}
    }));
  });
}
function matchInsecureRegistries(reference, registries) {
  if (registries.length === 0) return [];
  let index = INDEXES.get(registries);
  if (!index) {
    index = indexRegistries(registries);
    INDEXES.set(registries, index);
  }
  const registry = reference.registry.toLowerCase();
  const name = `${registry}/${reference.repository.toLowerCase()}`;
  const key = `${registry}
${name}`;
  let matches3 = index.answers.get(key);
  if (!matches3) {
    matches3 = firstConfigLines(
      lookUp(index, registries, reference, registry, name).map(
        (position) => registries[position]
      )
    );
    index.answers.set(key, matches3);
  }
  return matches3;
}
var INDEXES = /* @__PURE__ */ new WeakMap();
var CIDR = /^(\d+)\.(\d+)\.(\d+)\.(\d+)\/(\d+)$/;
var IP_REGISTRY = /^(\d+)\.(\d+)\.(\d+)\.(\d+)(:\d+)?$/;
function indexRegistries(registries) {
  const index = {
    everywhere: [],
    exact: /* @__PURE__ */ new Map(),
    prefixes: /* @__PURE__ */ new Map(),
    wildcardPrefixes: [],
    suffixes: /* @__PURE__ */ new Map(),
    networks: /* @__PURE__ */ new Map(),
    defaults: /* @__PURE__ */ new Map(),
    answers: /* @__PURE__ */ new Map()
  };
  const lines = /* @__PURE__ */ new Map();
  const addTo = (map, key, position) => {
    const bucket = map.get(key) ?? [];
    if (bucket.length === 0) map.set(key, bucket);
    let seen = lines.get(bucket);
    if (!seen) lines.set(bucket, seen = /* @__PURE__ */ new Set());
    const line = lineKey(registries[position]);
    if (seen.size === MAX_RELATED_LINES && !seen.has(line)) return;
    seen.add(line);
    bucket.push(position);
  };
  const everywhere = /* @__PURE__ */ new Map([["*", index.everywhere]]);
  registries.forEach(({ pattern, prefix, except }, position) => {
    if (except) {
      let group = index.defaults.get(except);
      if (!group) index.defaults.set(except, group = { everywhere: /* @__PURE__ */ new Map(), exact: /* @__PURE__ */ new Map() });
      addTo(pattern === "*" ? group.everywhere : group.exact, pattern, position);
    } else if (pattern === "*") addTo(everywhere, "*", position);
    else if (prefix && pattern.startsWith("*.")) index.wildcardPrefixes.push(position);
    else if (prefix) addTo(index.prefixes, pattern, position);
    else if (pattern.startsWith("*.")) addTo(index.suffixes, pattern.slice(1), position);
    else if (pattern.includes("/")) {
      const cidr = CIDR.exec(pattern);
      if (!cidr) return addTo(index.exact, pattern, position);
      const mask = maskOf(Number(cidr[5]));
      let networks = index.networks.get(mask);
      if (!networks) index.networks.set(mask, networks = /* @__PURE__ */ new Map());
      addTo(networks, (addressOf(cidr) & mask) >>> 0, position);
    } else addTo(index.exact, pattern, position);
  });
  return index;
}
function lookUp(index, registries, reference, registry, name) {
  const found = [...index.everywhere];
  for (const position of index.wildcardPrefixes)
    if (isUnderRegistryPrefix(reference, registries[position].pattern))
      found.push(position);
  const take = (positions) => {
    if (positions) for (const position of positions) found.push(position);
  };
  take(index.exact.get(registry));
  const prefixes = /* @__PURE__ */ new Set([registry, name]);
  for (let at = name.indexOf("/"); at > 0; at = name.indexOf("/", at + 1)) prefixes.add(name.slice(0, at));
  for (const prefix of prefixes) take(index.prefixes.get(prefix));
  for (let at = registry.indexOf("."); at >= 0; at = registry.indexOf(".", at + 1))
    take(index.suffixes.get(registry.slice(at)));
  const ip = IP_REGISTRY.exec(registry);
  if (ip) {
    const address = addressOf(ip);
    for (const [mask, networks] of index.networks) take(networks.get((address & mask) >>> 0));
  }
  for (const [except, group] of index.defaults) {
    if (except.has(registry)) continue;
    take(group.everywhere.get("*"));
    take(group.exact.get(registry));
  }
  return found.sort((a, b) => a - b);
}
function firstConfigLines(matches3) {
  const seen = /* @__PURE__ */ new Set();
  return matches3.filter((match) => {
    const line = lineKey(match);
    if (seen.size === MAX_RELATED_LINES && !seen.has(line)) return false;
    seen.add(line);
    return true;
  });
}
function lineKey({ location }) {
  return `${location.file}:${location.region.startLine}:${location.region.startColumn}`;
}
function addressOf(match) {
  return (Number(match[1]) << 24 | Number(match[2]) << 16 | Number(match[3]) << 8 | Number(match[4])) >>> 0;
}
function maskOf(size) {
  return size === 0 ? 0 : ~0 << 32 - size >>> 0;
}
function distinctConfigLines(matches3) {
  const seen = /* @__PURE__ */ new Set();
  const kept = [];
  for (const match of matches3) {
    const { location } = match;
    const key = lineKey(match);
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(location);
    if (kept.length === MAX_RELATED_LINES) break;
  }
  return kept;
}
var MAX_RELATED_LINES = 10;

// src/targets/dockerfile/literal-image-reference.ts
var UNKNOWN_PART = "\0";
function literalImageReference(marked) {
  const at = marked.indexOf("@");
  const name = at < 0 ? marked : marked.slice(0, at);
  const digestUnknown = at >= 0 && marked.slice(at).includes(UNKNOWN_PART);
  const tagAt = name.indexOf(":", name.lastIndexOf("/") + 1);
  let repository = tagAt < 0 ? name : name.slice(0, tagAt);
  const firstSlash = repository.indexOf("/");
  let registryUnknown = false;
  let glued = false;
  if (firstSlash > 0 && repository.slice(0, firstSlash).includes(UNKNOWN_PART)) {
    repository = repository.slice(firstSlash + 1);
    registryUnknown = true;
  } else if (firstSlash < 0 && repository.startsWith(UNKNOWN_PART)) {
    while (repository.startsWith(UNKNOWN_PART)) repository = repository.slice(UNKNOWN_PART.length);
    registryUnknown = glued = true;
  }
  if (repository === "" || repository.includes(UNKNOWN_PART)) return void 0;
  const tag = tagAt < 0 ? void 0 : name.slice(tagAt + 1);
  const tagUnknown = digestUnknown || tag !== void 0 && (tag === "" || tag.includes(UNKNOWN_PART));
  const knownTag = tag === void 0 ? "" : literalTagWords(tag);
  const parsed = (knownTag ? parseImageReference(`${repository}:${knownTag}`) : void 0) ?? parseImageReference(repository);
  if (!parsed) return void 0;
  const reference = registryUnknown || tagUnknown ? { ...parsed, unresolved: { registry: registryUnknown, tag: tagUnknown } } : parsed;
  if (glued && !lookupBaseImageDefault(reference) && !isWindowsImageName(reference)) return void 0;
  return reference;
}
function literalTagWords(tag) {
  const parts = tag.split(UNKNOWN_PART);
  return parts.map((part, i) => {
    let words = part;
    if (i > 0 && !/^[-_.]/.test(words)) words = words.replace(/^[^-_.]*/, "");
    if (i < parts.length - 1 && !/[-_.]$/.test(words)) words = words.replace(/[^-_.]*$/, "");
    return words.replace(/^[-_.]+|[-_.]+$/g, "");
  }).filter(Boolean).join("-");
}
function workloadImageReference(text) {
  if (!text.includes("$")) return parseImageReference(text);
  const marked = text.replace(/\$\{[^{}]*\}|\$[A-Za-z_][A-Za-z0-9_]*/g, UNKNOWN_PART);
  if (marked.includes("$") || /\s/.test(marked)) return void 0;
  const reference = literalImageReference(marked);
  return reference && { ...reference, raw: text };
}

// src/targets/workload-images.ts
var INJECTED = "auto";
function workloadImages(document, options2 = {}) {
  const images = [];
  const add = (image, region, owner, name, built) => {
    const text = image?.trim();
    const reference = !text ? void 0 : options2.literalParts ? workloadImageReference(text) : text.includes("$") ? void 0 : parseImageReference(text);
    if (reference) images.push({ reference, owner, name, region, built });
  };
  if ("workloads" in document) {
    for (const { image, name } of document.workloads.flatMap((w) => w.containers))
      if (image && image.text?.trim() !== INJECTED)
        add(image.text, image.reportRegion, "Container", name, false);
  } else {
    for (const { image, name, node } of document.services)
      if (image?.text !== void 0)
        add(
          options2.literalParts ? interpolateDefaults(image.text).value : composeImage(image.text),
          image.reportRegion,
          "Service",
          name,
          node.get("build") !== void 0
        );
  }
  return images;
}
function composeImage(text) {
  const { value, unknown } = interpolateDefaults(text);
  return unknown ? void 0 : value;
}

// src/rules/image-reference/image-from-insecure-registry.ts
var rule = defineRule({
  meta: {
    id: "BH401",
    slug: "image-from-insecure-registry",
    title: "Image pulled from a registry configured as insecure",
    description: 'The image comes from a registry that a registry configuration in this repository (Docker daemon.json, containerd config (also the `containerdConfigPatches` of a kind cluster) or hosts.toml, k3s/RKE2 registries.yaml, registries.conf, buildkitd.toml, dockerd flags) reaches over plain HTTP or without verifying its TLS certificate. A default (containerd `certs.d/_default`, a `"*"` mirror or config) counts only for registries without configuration of their own, as the runtimes read it. Whoever sits on the network path can serve a different image under the same name, and whichever runtime reads that config will run it.',
    severity: "high",
    remediation: "Serve the registry over HTTPS with a certificate the runtimes trust (a private CA in `certs.d/<host>/ca.crt` is enough), remove it from the insecure settings, and pin images by digest.",
    references: [
      "https://docs.docker.com/engine/security/certificates/",
      "https://github.com/containerd/containerd/blob/main/docs/hosts.md",
      "https://distribution.github.io/distribution/about/insecure/"
    ],
    tags: ["CWE-295", "CWE-494", "supply-chain"],
    messages: {
      dockerfile: "{via} pulls '{image}' from registry '{registry}', {setting} in '{file}' ('{key}').",
      workload: "{owner} '{name}' pulls '{image}' from registry '{registry}', {setting} in '{file}' ('{key}')."
    }
  },
  checks: {
    dockerfile({ document, file, repository, report }) {
      for (const use of imageUses(document, repository.namedContexts?.get(file)))
        reportInsecure(use.reference, use.region, { via: use.via }, "dockerfile", repository, report);
    },
    kubernetes: ({ document, repository, report }) => reportWorkloads(workloadImages(document), repository, report),
    compose: ({ document, repository, report }) => reportWorkloads(workloadImages(document), repository, report)
  }
});
var image_from_insecure_registry_default = rule;
function reportWorkloads(uses, repository, report) {
  for (const use of uses)
    reportInsecure(
      use.reference,
      use.region,
      { owner: use.owner, name: use.name },
      "workload",
      repository,
      report
    );
}
function reportInsecure(reference, region, data, messageId, repository, report) {
  const matches3 = matchInsecureRegistries(reference, repository.insecureRegistries);
  const match = matches3[0];
  if (!match) return;
  const setting = INSECURE_SETTING_DESCRIPTION[match.setting];
  report({
    messageId,
    data: {
      ...data,
      image: reference.raw,
      registry: reference.registry,
      setting,
      file: match.location.file,
      key: match.key
    },
    region,
    relatedLocations: distinctConfigLines(matches3)
  });
}

// src/targets/trusted-registries.ts
function isTrustedReference(reference, entries) {
  return entries.some((entry) => {
    const prefix = normaliseRegistryPattern(entry).replace(/\/\*+$/, "");
    return prefix === "*" || isUnderRegistryPrefix(reference, prefix);
  });
}
function dockerfileReferenceUses(document, namedContexts) {
  return [
    ...imageUses(document, namedContexts),
    ...partlyResolvedBases(document).map((use) => ({ ...use, via: "FROM" }))
  ].map((use) => ({
    reference: use.reference,
    region: use.region,
    messageId: "dockerfile",
    data: { via: use.via }
  }));
}
function workloadReferenceUses(document) {
  return workloadImages(document).filter((use) => !use.built).map((use) => ({ ...use, messageId: "workload", data: { owner: use.owner, name: use.name } }));
}
var BASE_NAME_LABEL = "org.opencontainers.image.base.name";
function imageBaseUses(document) {
  const reference = parseImageReference(document.config.labels[BASE_NAME_LABEL]?.trim() ?? "");
  const logical = `config.Labels["${BASE_NAME_LABEL}"]`;
  return reference ? [{ reference, region: IMAGE_REGION, messageId: "image", data: {}, logical }] : [];
}

// src/rules/image-reference/image-from-untrusted-registry.ts
var rule2 = defineRule({
  meta: {
    id: "BH402",
    slug: "image-from-untrusted-registry",
    title: "Image pulled from a registry outside trusted-registries",
    description: "Only when `trusted-registries` is configured (`.bulkhead.yml`, `--trusted-registries`, or the Action input `trusted-registries`): a Dockerfile `FROM` or `COPY --from` image, a Kubernetes container, init container or ephemeral container image, a Compose `image:`, or the base of a built image (when its `org.opencontainers.image.base.name` label names it) comes from a registry or repository that is not on the list. Entries are `host[:port]` or `host[:port]/path/*` prefixes at path boundaries, with `*.domain` wildcards; `alpine` is `docker.io/library/alpine`, and `index.docker.io` is `docker.io`. Build stages, `scratch` and references that are only a variable are exempt. An image from an unvetted registry runs whatever its publisher pushes under that name.",
    severity: "medium",
    remediation: "Pull the image through a registry on the list (mirror or re-publish it after review), or add its registry or repository prefix to `trusted-registries` if it is vetted.",
    references: [
      "https://cheatsheetseries.owasp.org/cheatsheets/Docker_Security_Cheat_Sheet.html",
      "https://kubernetes.io/docs/concepts/containers/images/#image-names",
      "https://docs.docker.com/docker-hub/image-library/mirror/"
    ],
    tags: ["CWE-494", "CWE-829", "supply-chain"],
    messages: {
      dockerfile: "{via} pulls '{image}' from registry '{registry}' ('{canonical}'), which is not on the trusted-registries list {source}.",
      workload: "{owner} '{name}' pulls '{image}' from registry '{registry}' ('{canonical}'), which is not on the trusted-registries list {source}.",
      image: "The image is built on '{image}' (its base-name label) from registry '{registry}' ('{canonical}'), which is not on the trusted-registries list {source}."
    },
    whenToIgnore: "An image that is vetted but pulled under another name on purpose, e.g. through a pull-through cache the list does not name yet."
  },
  checks: {
    dockerfile: ({ document, file, repository, settings, report }) => reportUntrusted(
      dockerfileReferenceUses(document, repository.namedContexts?.get(file)),
      settings,
      report
    ),
    kubernetes: ({ document, settings, report }) => reportUntrusted(workloadReferenceUses(document), settings, report),
    compose: ({ document, settings, report }) => reportUntrusted(workloadReferenceUses(document), settings, report),
    image: ({ document, settings, report }) => reportUntrusted(imageBaseUses(document), settings, report)
  }
});
var image_from_untrusted_registry_default = rule2;
function reportUntrusted(uses, settings, report) {
  if (settings.trustedRegistries.length === 0) return;
  for (const { reference, region, messageId, data, logical } of uses) {
    if (isTrustedReference(reference, settings.trustedRegistries)) continue;
    const source = settings.trustedRegistriesSource ?? "configured for this scan";
    report({
      messageId,
      data: {
        ...data,
        image: reference.raw,
        registry: reference.registry,
        canonical: reference.name,
        source
      },
      region,
      ...logical ? { logical } : {}
    });
  }
}

// src/rules/image-reference/image-tag-mutable.ts
var image_tag_mutable_default = defineRule({
  meta: {
    id: "BH403",
    slug: "image-tag-mutable",
    title: "Image referenced by a mutable tag",
    description: "An image referenced as `:latest` or without a tag can change under the same name at any time, so two builds of the same commit can ship different software, and a compromised or rebuilt upstream image is picked up silently. With `require-digest: true`, every reference must be pinned by `@sha256:` digest. Earlier build stages, `scratch` and the named build contexts a Compose `additional_contexts`, a workflow `build-contexts` or a bake file gives the Dockerfile are no images.",
    severity: "low",
    remediation: "Reference a specific version tag, and for reproducible builds pin the digest too (`image:1.2.3@sha256:\u2026`); let a bot such as Dependabot or Renovate bump it.",
    references: [
      "https://docs.docker.com/build/building/best-practices/#pin-base-image-versions",
      "https://docs.docker.com/reference/cli/docker/image/pull/#pull-an-image-by-digest-immutable-identifier"
    ],
    tags: ["CWE-494", "supply-chain"],
    messages: {
      latest: "Image '{image}' uses the mutable tag 'latest'.",
      untagged: "Image '{image}' has no tag, so it means '{image}:latest'.",
      notPinned: "Image '{image}' is not pinned by digest (require-digest is on).",
      usesLatest: "{owner} '{name}' uses image '{image}' with the mutable tag 'latest'.",
      usesUntagged: "{owner} '{name}' uses image '{image}' without a tag, so it means '{image}:latest'.",
      usesNotPinned: "{owner} '{name}' uses image '{image}', not pinned by digest (require-digest is on)."
    },
    whenToIgnore: "Internal images whose `latest` tag is promoted deliberately by your own pipeline."
  },
  checks: {
    dockerfile({ document, file, repository, settings, report }) {
      for (const use of imageUses(document, repository.namedContexts?.get(file))) {
        const { reference } = use;
        if (reference.digest) continue;
        const image = reference.raw;
        if (reference.tag === void 0)
          report({ messageId: "untagged", data: { image }, region: use.region });
        else if (reference.tag.toLowerCase() === "latest")
          report({ messageId: "latest", data: { image }, region: use.region });
        else if (settings.requireDigest)
          report({ messageId: "notPinned", data: { image }, region: use.region });
      }
    },
    kubernetes({ document, settings, report }) {
      reportWorkloadImages(workloadImages(document), settings.requireDigest, report);
    },
    compose({ document, settings, report }) {
      reportWorkloadImages(
        workloadImages(document).filter((use) => !use.built),
        settings.requireDigest,
        report
      );
    }
  }
});
function reportWorkloadImages(uses, requireDigest, report) {
  for (const use of uses) {
    const messageId = mutability(use.reference, requireDigest);
    if (messageId)
      report({
        messageId,
        data: { owner: use.owner, name: use.name, image: use.reference.raw },
        region: use.region,
        // A chart's `appVersion` may give the tag alone (`repo:{{ .Values.image.tag | default .Chart.AppVersion }}`).
        ...messageId === "usesLatest" && use.reference.tag !== void 0 ? { valuePart: use.reference.tag } : {}
      });
  }
}
function mutability(reference, requireDigest) {
  if (reference.digest) return void 0;
  if (reference.tag === void 0) return "usesUntagged";
  if (reference.tag.toLowerCase() === "latest") return "usesLatest";
  return requireDigest ? "usesNotPinned" : void 0;
}

// src/rules/workload/privileged-container.ts
var privileged_container_default = defineRule({
  meta: {
    id: "BH501",
    slug: "privileged-container",
    title: "Privileged container",
    description: "A privileged container gets every Linux capability, all host devices and no seccomp, AppArmor or SELinux confinement: root in it is root on the node, and escaping takes one mount. The Pod Security Standards forbid it at the baseline level. Windows pods do not support `privileged` (BH603).",
    severity: "high",
    remediation: "Remove `privileged: true` (or set it to `false`) and add only the specific capabilities the process needs under `securityContext.capabilities.add`; for device access use a device plugin.",
    references: [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
      "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/",
      "https://docs.docker.com/reference/compose-file/services/#privileged"
    ],
    tags: ["CWE-250", "CWE-269", "pss-baseline"],
    messages: {
      container: "Container '{container}' runs privileged ('privileged: true').",
      service: "Service '{service}' runs privileged ('privileged: true')."
    },
    whenToIgnore: "Node agents that must manage the host (CNI plugins, storage drivers, some monitoring agents) in a namespace set to the privileged Pod Security level; suppress with a reason."
  },
  checks: {
    kubernetes({ model, report }) {
      for (const pod of model.pods) {
        if (pod.os.os === "windows") continue;
        for (const container of pod.containers) {
          const privileged = container.security.privileged;
          if (privileged?.isTrue)
            report({
              messageId: "container",
              data: { container: container.name },
              region: privileged.reportRegion,
              properties: pod.properties
            });
        }
      }
    },
    compose({ model, report }) {
      for (const service of model.services) {
        const privileged = service.node.get("privileged");
        if (privileged && isComposeTrue(privileged))
          report({
            messageId: "service",
            data: { service: service.name },
            region: privileged.reportRegion,
            properties: service.properties
          });
      }
    }
  }
});

// src/model/compose-admin-report.ts
function composeAdminReport(service, messages) {
  const { user, admin, properties } = service;
  if (!admin) return void 0;
  if (user)
    return {
      messageId: messages.user,
      data: { service: service.name, user: user.value },
      region: user.node.reportRegion,
      properties
    };
  return {
    messageId: messages.image,
    data: { service: service.name, user: admin.user, reason: admin.reason },
    region: service.region,
    ...messages.imageSeverity ? { severity: messages.imageSeverity } : {},
    properties,
    ...admin.related ? { relatedLocations: [admin.related] } : {}
  };
}

// src/targets/kubernetes/group-by-setting.ts
function groupBySetting(containers, pick) {
  const groups = /* @__PURE__ */ new Map();
  for (const container of containers) {
    const setting = pick(container);
    if (!setting) continue;
    const { startLine, startColumn } = setting.node.reportRegion;
    const key = `${startLine}:${startColumn}`;
    const group = groups.get(key);
    if (group) group.containers.push(container);
    else groups.set(key, { setting, containers: [container] });
  }
  return [...groups.values()];
}
function describeContainers(containers) {
  const names = quotedList(containers);
  if (names.length <= 1) return `container ${names[0] ?? "''"}`;
  return `containers ${names.slice(0, -1).join(", ")} and ${names[names.length - 1] ?? ""}`;
}
function quotedNames(containers) {
  return quotedList(containers).join(", ");
}
var quotedList = (containers) => containers.map((c) => `'${c.name}'`);

// src/rules/workload/workload-runs-as-root.ts
var workload_runs_as_root_default = defineRule({
  meta: {
    id: "BH502",
    slug: "workload-runs-as-root",
    title: "Workload runs as root",
    description: "A Linux container runs as uid 0: `runAsUser: 0`, a Compose `user: root`, or nothing in the workload (no `runAsNonRoot`/`runAsUser`, no Compose `user:`) while its image runs as root (known from the repository's Dockerfile, for Compose the one its `build` names, or a well-known base image). Root in a container can change its whole file system and is root on the node after any escape. At the `restricted` level a container whose image user is unknown is reported too: only `runAsNonRoot: true` makes the kubelet check. Windows pods are BH601's concern.",
    severity: "high",
    remediation: 'Set `securityContext.runAsNonRoot: true` and a non-zero `runAsUser` (e.g. 10001) on the pod, or build the image with a non-root `USER`; in Compose set `user: "10001:10001"`.',
    references: [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted",
      "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/",
      "https://docs.docker.com/reference/compose-file/services/#user"
    ],
    tags: ["CWE-250", "pss-restricted"],
    messages: {
      runAsUser: "Container '{container}' runs as root ('runAsUser: 0').",
      podRunAsUser: "The pod's 'runAsUser: 0' runs containers {containers} as root.",
      imageRoot: "Container '{container}' runs as '{user}' because image '{image}' does ({reason}) and neither 'runAsNonRoot: true' nor a non-zero 'runAsUser' is set.",
      unknownImage: "Container '{container}' may run as root: the default user of image '{image}' is unknown and neither 'runAsNonRoot: true' nor a non-zero 'runAsUser' is set.",
      service: "Service '{service}' runs as root ('user: {user}').",
      serviceImageRoot: "Service '{service}' runs as '{user}' because its image does ({reason}) and no 'user' is set."
    },
    whenToIgnore: "An entrypoint that starts as root only to drop privileges itself (`gosu`, `su-exec`) before running the workload; suppress with a reason."
  },
  checks: {
    kubernetes({ model, settings, report }) {
      for (const pod of model.pods) {
        if (pod.os.os === "windows") continue;
        const { properties } = pod;
        for (const container of pod.containers) {
          const { runAs, name, region, imageFacts: imageFacts2 } = container;
          const fix = (imageRoot) => fixes(nonRootFix(container, imageRoot));
          const data = { container: name, image: imageFacts2?.text ?? "" };
          const found = { data, region, severity: "medium", properties };
          if (runAs.how === "image" && runAs.root) {
            const { user, reason, related } = runAs.image;
            const relatedLocations = related ? [related] : void 0;
            const reported = { ...found, data: { ...data, user, reason }, relatedLocations };
            report({ messageId: "imageRoot", ...reported, ...fix(true) });
          } else if (runAs.how === "unknown" && settings.podSecurityLevel === "restricted" && data.image)
            report({ messageId: "unknownImage", ...found, ...fix(false) });
        }
        const explicitRoot = (c) => c.runAs.how === "runAsUser" && c.runAs.uid === 0 ? c.runAs.setting : void 0;
        for (const { setting, containers } of groupBySetting(pod.containers, explicitRoot)) {
          report({
            messageId: setting.level === "pod" ? "podRunAsUser" : "runAsUser",
            data: { container: containers[0]?.name ?? "", containers: quotedNames(containers) },
            region: setting.node.reportRegion,
            properties,
            ...fixes(unprivilegedUidFix(setting.node))
          });
        }
      }
    },
    compose({ model, report }) {
      for (const service of model.services) {
        if (service.os.os === "windows") continue;
        const found = composeAdminReport(service, {
          user: "service",
          image: "serviceImageRoot",
          imageSeverity: "medium"
        });
        if (found) report(found);
      }
    }
  }
});

// src/rules/workload/privilege-escalation-allowed.ts
var privilege_escalation_allowed_default = defineRule({
  meta: {
    id: "BH503",
    slug: "privilege-escalation-allowed",
    title: "Privilege escalation allowed",
    description: "`allowPrivilegeEscalation` controls the kernel's `no_new_privs` flag: unless it is `false`, a process can gain privileges through setuid binaries or file capabilities, so a non-root user can become root inside the container. `true` is reported at every level; an unset value (which means allowed) only at the `restricted` level, which requires `false`. Linux only: Windows has no such flag.",
    severity: "medium",
    remediation: "Set `securityContext.allowPrivilegeEscalation: false` on every container.",
    references: [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted",
      "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/",
      "https://docs.kernel.org/userspace-api/no_new_privs.html"
    ],
    tags: ["CWE-269", "pss-restricted"],
    messages: {
      allowed: "Container '{container}' allows privilege escalation ('allowPrivilegeEscalation: true').",
      unset: "Container '{container}' does not set 'allowPrivilegeEscalation: false', so escalation is allowed."
    },
    whenToIgnore: "A container that must run setuid programs (for example `sudo` or `ping` without file capabilities) by design; suppress with a reason."
  },
  checks: {
    kubernetes({ model, settings, report }) {
      for (const pod of model.pods) {
        if (pod.os.os === "windows") continue;
        const { properties } = pod;
        for (const container of pod.containers) {
          const data = { container: container.name };
          const setting = container.security.allowPrivilegeEscalation;
          if (setting?.isTrue)
            report({
              messageId: "allowed",
              data,
              region: setting.reportRegion,
              properties,
              ...fixes(replaceSettingFix(setting, "false", "safe", "'allowPrivilegeEscalation'"))
            });
          else if (!setting && settings.podSecurityLevel === "restricted")
            report({
              messageId: "unset",
              data,
              region: container.region,
              severity: "low",
              properties,
              ...fixes(containerSettingFix(container, ["allowPrivilegeEscalation"], "false", "safe"))
            });
        }
      }
    }
  }
});

// src/rules/workload/host-namespaces.ts
var POD_FIELDS = { hostNetwork: "network", hostPID: "process (PID)", hostIPC: "IPC" };
var COMPOSE_FIELDS = { network_mode: "network", pid: "process (PID)", ipc: "IPC" };
var host_namespaces_default = defineRule({
  meta: {
    id: "BH504",
    slug: "host-namespaces",
    title: "Workload shares host namespaces",
    description: "A pod with `hostNetwork`, `hostPID` or `hostIPC` (a Compose service with `network_mode`, `pid` or `ipc` set to `host`) shares that namespace with the node: it can bind the node's ports and reach services listening on localhost, see and signal every host process and read their environments, or attach to the host's shared memory. The Pod Security Standards forbid all three at the baseline level. HostProcess pods need `hostNetwork` and are reported by BH604 instead.",
    severity: "high",
    remediation: "Remove `hostNetwork`, `hostPID` and `hostIPC` (or set them to `false`); expose ports with a Service or `hostPort` only where needed. In Compose remove `network_mode: host`, `pid: host` and `ipc: host`.",
    references: [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
      "https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#hostname-and-name-resolution",
      "https://docs.docker.com/reference/compose-file/services/#network_mode"
    ],
    tags: ["CWE-653", "pss-baseline"],
    messages: {
      pod: "{kind} '{name}' shares the host's {namespace} namespace ('{field}: true').",
      service: "Service '{service}' shares the host's {namespace} namespace ('{field}: host')."
    },
    whenToIgnore: "Node-level agents (CNI plugins, node exporters, log collectors) deployed to a namespace at the privileged Pod Security level; suppress with a reason."
  },
  checks: {
    kubernetes({ model, report }) {
      for (const pod of model.pods) {
        if (pod.hostProcess) continue;
        const windows2 = pod.os.os === "windows";
        for (const [field, namespace] of Object.entries(POD_FIELDS)) {
          const node = pod.spec.get(field);
          if (!node?.isTrue || windows2 && field !== "hostNetwork") continue;
          const { kind = "Pod", name = "" } = pod.object;
          const data = { kind, name, namespace, field };
          report({ messageId: "pod", data, region: node.reportRegion, properties: pod.properties });
        }
      }
    },
    compose({ model, report }) {
      for (const service of model.services) {
        for (const [field, namespace] of Object.entries(COMPOSE_FIELDS)) {
          const setting = serviceText(service, field);
          if (setting?.value !== "host") continue;
          report({
            messageId: "service",
            data: { service: service.name, namespace, field },
            region: setting.node.reportRegion,
            properties: service.properties
          });
        }
      }
    }
  }
});

// src/targets/host-paths.ts
var LINUX = [
  { path: "/", exact: true, exposes: "the host's whole file system" },
  { path: "/var/run/docker.sock", exposes: "the Docker daemon's API, and with it the host" },
  { path: "/var/run", exposes: "the sockets of host daemons such as the container runtime" },
  // `/var/run` is a symlink to `/run` on every current distribution: the same directory.
  { path: "/run", exposes: "the sockets of host daemons such as the container runtime" },
  { path: "/etc", exposes: "the host's configuration and credentials" },
  { path: "/proc", exposes: "the host's processes and kernel settings" },
  { path: "/root", exposes: "root's home directory" },
  { path: "/home", exposes: "the users' home directories" }
];
var WINDOWS2 = [
  { path: "/", shown: "C:\\", exact: true, exposes: "the host's whole system drive" },
  { path: "/windows", shown: "C:\\Windows", exposes: "the Windows system directory" },
  {
    path: "/programdata/docker",
    shown: "C:\\ProgramData\\docker",
    exposes: "Docker's data and configuration"
  },
  {
    path: "/var/lib/kubelet",
    shown: "C:\\var\\lib\\kubelet",
    exposes: "the kubelet's data, including the pods' secrets"
  },
  { path: "/k", shown: "C:\\k", exposes: "the node's Kubernetes configuration and credentials" }
];
var PIPES = [
  {
    path: "docker_engine",
    shown: "\\\\.\\pipe\\docker_engine",
    exposes: "the Docker engine's API, and with it the host"
  },
  {
    path: "containerd-containerd",
    shown: "\\\\.\\pipe\\containerd-containerd",
    exposes: "containerd's API, and with it the host"
  }
];
var WINDOWS_PIPE = /^\/\/\.\/pipe\/(.+)$/i;
var SYSTEM_DRIVE = /^c:(?:\/|$)/i;
function normaliseAbsolute(path) {
  const segments = [];
  for (const segment of path.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(segment);
  }
  return `/${segments.join("/")}`;
}
function matches2(path, list) {
  const hit = list.find((s) => path === s.path || !s.exact && path.startsWith(`${s.path}/`));
  if (!hit) return void 0;
  return path === hit.path ? hit.exposes : `inside '${hit.shown ?? hit.path}': ${hit.exposes}`;
}
function sensitiveHostPath(path, os) {
  const slashed = path.trim().replace(/\\/g, "/");
  const pipe = WINDOWS_PIPE.exec(slashed);
  if (pipe)
    return matches2(
      normaliseAbsolute(pipe[1] ?? "").slice(1).toLowerCase(),
      PIPES
    );
  if (SYSTEM_DRIVE.test(slashed)) return matches2(normaliseAbsolute(slashed.slice(2).toLowerCase()), WINDOWS2);
  if (os === "windows" && slashed.startsWith("/"))
    return matches2(normaliseAbsolute(slashed.toLowerCase()), WINDOWS2);
  if (slashed === "~") return "a user's home directory";
  if (slashed.startsWith("~/")) return "inside '~': a user's home directory";
  return slashed.startsWith("/") ? matches2(normaliseAbsolute(slashed), LINUX) : void 0;
}
function isSocketPath(path) {
  const slashed = path.trim().replace(/\\/g, "/");
  return WINDOWS_PIPE.test(slashed) || /\.sock$/i.test(slashed);
}

// src/targets/kubernetes/host-path-volumes.ts
function hostPathVolumes(workload) {
  return (workload.spec.get("volumes")?.items() ?? []).flatMap((volume) => {
    const name = volume.get("name")?.text;
    const node = volume.get("hostPath");
    const path = node?.get("path")?.text;
    return name !== void 0 && node && path ? [{ name, path, node }] : [];
  });
}
function hostPathMounts(workload, container) {
  const volumes = hostPathVolumes(workload);
  return (container.node.get("volumeMounts")?.items() ?? []).flatMap((mount) => {
    const volume = volumes.find((v) => v.name === mount.get("name")?.text);
    return volume ? [{ volume, mount, readOnly: mount.get("readOnly")?.isTrue === true }] : [];
  });
}

// src/rules/workload/host-path-mount.ts
var host_path_mount_default = defineRule({
  meta: {
    id: "BH505",
    slug: "host-path-mount",
    title: "Host path mounted into a workload",
    description: "A `hostPath` volume (a Compose bind mount) gives the container the node's own files, outside any quota or isolation, and the Pod Security Standards forbid it at the baseline level. Sensitive paths are high: the root file system, `/etc`, `/proc`, home directories, `/var/run` with the Docker socket, and on Windows `C:\\`, `C:\\Windows`, Docker's and the kubelet's data, `C:\\k` (a Windows pod's `/k` is `C:\\k`), and the `docker_engine` and containerd named pipes, each of which hands the container the node.",
    severity: "medium",
    remediation: "Use a PersistentVolumeClaim, `emptyDir`, a ConfigMap or a Secret instead; if the host path is truly needed, mount the narrowest path with `readOnly: true`, never the container runtime socket or pipe. In Compose, prefer named volumes to bind mounts.",
    references: [
      "https://kubernetes.io/docs/concepts/storage/volumes/#hostpath",
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
      "https://learn.microsoft.com/en-us/virtualization/windowscontainers/manage-containers/container-storage",
      "https://docs.docker.com/engine/storage/bind-mounts/"
    ],
    tags: ["CWE-668", "pss-baseline", "windows"],
    messages: {
      volume: "Volume '{volume}' mounts host path '{path}', used by {containers}.",
      sensitiveVolume: "Volume '{volume}' mounts sensitive host path '{path}' ({exposes}), used by {containers}.",
      bind: "Service '{service}' bind-mounts host path '{path}'.",
      sensitiveBind: "Service '{service}' bind-mounts sensitive host path '{path}' ({exposes})."
    },
    whenToIgnore: "Node agents that must read host state (log shippers reading `/var/log`, CSI node plugins, HostProcess-based node setup); suppress with a reason and mount read-only."
  },
  checks: {
    kubernetes({ model, report }) {
      for (const pod of model.pods) {
        for (const volume of hostPathVolumes(pod)) {
          const users = pod.containers.filter((c) => hostPathMounts(pod, c).some((m) => m.volume.name === volume.name)).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
          const exposes = sensitiveHostPath(volume.path, pod.os.os === "windows" ? "windows" : void 0);
          report({
            messageId: exposes ? "sensitiveVolume" : "volume",
            data: {
              volume: volume.name,
              path: volume.path,
              exposes: exposes ?? "",
              containers: users.length ? quotedNames(users) : "no container"
            },
            region: volume.node.reportRegion,
            severity: exposes ? "high" : "medium",
            properties: pod.properties
          });
        }
      }
    },
    compose({ model, report }) {
      for (const service of model.services) {
        for (const mount of hostMounts(service)) {
          const exposes = sensitiveHostPath(mount.source);
          report({
            messageId: exposes ? "sensitiveBind" : "bind",
            data: { service: service.name, path: mount.source, exposes: exposes ?? "" },
            region: mount.region,
            severity: exposes ? "high" : "medium",
            properties: service.properties
          });
        }
      }
    }
  }
});

// src/rules/workload/admin-with-host-access.ts
var writable = (path, readOnly) => !readOnly || isSocketPath(path);
var quoted = (paths) => [...new Set(paths)].map((p) => `'${p}'`).join(", ");
var admin_with_host_access_default = defineRule({
  meta: {
    id: "BH506",
    slug: "admin-with-host-access",
    title: "Root or administrator with writable host access",
    description: "A container that runs as root (Linux) or as an admin-equivalent account such as ContainerAdministrator (Windows), explicitly or by its image's known default, and mounts a host path it can write to. Together they hand the node to whoever controls the container: root can plant files in host directories, rewrite host configuration or drive the container runtime through its socket or named pipe (which a read-only mount does not protect). HostProcess pods, which are the host, are BH604's concern.",
    severity: "critical",
    remediation: "Run the container as an unprivileged user (`runAsNonRoot: true` with a non-zero `runAsUser`; on Windows `runAsUserName: ContainerUser`) and mount host paths with `readOnly: true` (Compose: `:ro`), or replace the host path with a volume.",
    references: [
      "https://kubernetes.io/docs/concepts/storage/volumes/#hostpath",
      "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/",
      "https://kubernetes.io/docs/tasks/configure-pod-container/configure-runasusername/",
      "https://docs.docker.com/engine/storage/bind-mounts/"
    ],
    tags: ["CWE-250", "CWE-668", "windows"],
    messages: {
      container: "Container '{container}' runs as '{user}' ({reason}) and can write to host path {paths}.",
      service: "Service '{service}' runs as '{user}' ({reason}) and can write to host path {paths}."
    },
    whenToIgnore: "Node agents that must change host state by design (CSI node plugins, device plugins) in a namespace at the privileged Pod Security level; suppress with a reason."
  },
  checks: {
    kubernetes({ model, report }) {
      for (const pod of model.pods) {
        if (pod.hostProcess) continue;
        for (const container of pod.containers) {
          const { admin } = container;
          if (!admin) continue;
          const paths = hostPathMounts(pod, container).filter((m) => writable(m.volume.path, m.readOnly)).map((m) => m.volume.path);
          if (!paths.length) continue;
          report({
            messageId: "container",
            data: { container: container.name, user: admin.user, reason: admin.reason, paths: quoted(paths) },
            region: container.region,
            properties: pod.properties,
            ...admin.related ? { relatedLocations: [admin.related] } : {}
          });
        }
      }
    },
    compose({ model, report }) {
      for (const service of model.services) {
        const { admin } = service;
        if (!admin) continue;
        const paths = hostMounts(service).filter((m) => writable(m.source, m.readOnly)).map((m) => m.source);
        if (!paths.length) continue;
        report({
          messageId: "service",
          data: { service: service.name, user: admin.user, reason: admin.reason, paths: quoted(paths) },
          region: service.region,
          properties: service.properties,
          ...admin.related ? { relatedLocations: [admin.related] } : {}
        });
      }
    }
  }
});

// src/targets/kubernetes/baseline-capabilities.ts
var BASELINE = new Set(
  "AUDIT_WRITE CHOWN DAC_OVERRIDE FOWNER FSETID KILL MKNOD NET_BIND_SERVICE SETFCAP SETGID SETPCAP SETUID SYS_CHROOT".split(
    " "
  )
);
function baselineCapability(capability) {
  const name = capability.trim().toUpperCase().replace(/^CAP_/, "");
  return BASELINE.has(name) ? name : void 0;
}
function isExactBaselineCapability(capability) {
  return BASELINE.has(capability);
}
function isBaselineCapability(capability) {
  return baselineCapability(capability) !== void 0;
}

// src/rules/workload/added-capabilities.ts
function beyondBaseline(capability) {
  return !isBaselineCapability(capability);
}
var added_capabilities_default = defineRule({
  meta: {
    id: "BH507",
    slug: "added-capabilities",
    title: "Capabilities added beyond the baseline",
    description: "Capabilities outside the Pod Security baseline set (Docker's defaults) break container isolation: `SYS_ADMIN` is nearly root on the host, `NET_ADMIN` and `NET_RAW` reconfigure and sniff the network, `SYS_PTRACE` reads other processes, `SYS_MODULE` loads kernel modules, and `ALL` grants every one. Each offending entry is reported. In a manifest, a baseline capability spelled otherwise than the standard lists it (`chown`, `CAP_CHOWN`) is reported at low severity: it grants nothing more, but Pod Security admission compares names exactly and rejects the pod in a namespace that enforces baseline (`policy/check_capabilities_baseline.go`), and containerd prefixes `CAP_` itself, so `CAP_CHOWN` does not start. Linux only.",
    severity: "high",
    remediation: 'Remove the capability from `securityContext.capabilities.add` (Compose: `cap_add`); start from `drop: ["ALL"]` and add back only what the process needs, such as `NET_BIND_SERVICE`.',
    references: [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
      "https://github.com/kubernetes/pod-security-admission/blob/master/policy/check_capabilities_baseline.go",
      "https://man7.org/linux/man-pages/man7/capabilities.7.html",
      "https://docs.docker.com/reference/compose-file/services/#cap_add"
    ],
    tags: ["CWE-250", "CWE-269", "pss-baseline"],
    messages: {
      container: "Container '{container}' adds capability '{capability}', beyond the Pod Security baseline set.",
      spelling: "Container '{container}' adds capability '{capability}', which Pod Security admission does not accept as the baseline capability '{canonical}'.",
      service: "Service '{service}' adds capability '{capability}', beyond the Pod Security baseline set."
    },
    whenToIgnore: "Network or storage node agents that need a specific capability (for example `NET_ADMIN` for a CNI plugin) in a namespace at the privileged Pod Security level; suppress with a reason."
  },
  checks: {
    kubernetes({ model, report }) {
      for (const pod of model.pods) {
        if (pod.os.os === "windows") continue;
        for (const container of pod.containers) {
          for (const item of container.security.capabilities?.get("add")?.items() ?? []) {
            const capability = item.text;
            if (capability === void 0 || isExactBaselineCapability(capability)) continue;
            const canonical = baselineCapability(capability);
            if (canonical) {
              report({
                messageId: "spelling",
                data: { container: container.name, capability, canonical },
                region: item.region,
                severity: "low",
                properties: pod.properties
              });
              continue;
            }
            report({
              messageId: "container",
              data: { container: container.name, capability },
              region: item.region,
              properties: pod.properties
            });
          }
        }
      }
    },
    compose({ model, report }) {
      for (const service of model.services) {
        if (service.os.os === "windows") continue;
        for (const { value, node } of serviceList(service, "cap_add")) {
          if (beyondBaseline(value))
            report({
              messageId: "service",
              data: { service: service.name, capability: value },
              region: node.region,
              properties: service.properties
            });
        }
      }
    }
  }
});

// src/rules/workload/missing-resource-limits.ts
var RESOURCES = ["cpu", "memory"];
var missing_resource_limits_default = defineRule({
  meta: {
    id: "BH508",
    slug: "missing-resource-limits",
    title: "Container without resource limits",
    description: "A container without `resources.limits.memory` can use all of its node's memory, and one without `resources.limits.cpu` all of its CPU: a bug, a leak or an attacker in one pod starves every other workload on the node (a denial of service). Init containers count; ephemeral containers cannot set resources. Pod-level limits (`spec.resources.limits`) cover the containers too.",
    severity: "low",
    remediation: "Set `resources.limits.memory` and `resources.limits.cpu` (with matching `requests`) on every container, or a namespace LimitRange with default limits.",
    references: [
      "https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/",
      "https://kubernetes.io/docs/concepts/policy/limit-range/",
      "https://kubernetes.io/docs/tasks/configure-pod-container/assign-pod-level-resources/"
    ],
    tags: ["CWE-770"],
    messages: {
      missing: "Container '{container}' sets no {missing} limit."
    },
    whenToIgnore: "Namespaces whose LimitRange sets default limits, or best-effort batch workloads deliberately left unbounded; suppress with a reason."
  },
  checks: {
    kubernetes({ model, report }) {
      for (const pod of model.pods) {
        const podLimits = pod.spec.at("resources", "limits");
        for (const container of pod.containers) {
          if (container.list === "ephemeralContainers") continue;
          const limits = container.node.at("resources", "limits");
          const missing = RESOURCES.filter((r) => !hasValue(limits?.get(r)) && !hasValue(podLimits?.get(r)));
          if (missing.length === 0) continue;
          report({
            messageId: "missing",
            data: { container: container.name, missing: missing.map((r) => `'${r}'`).join(" or ") },
            region: container.region,
            properties: pod.properties
          });
        }
      }
    }
  }
});
function hasValue(node) {
  return node !== void 0 && node.kind !== "null";
}

// src/rules/workload/seccomp-unconfined.ts
var seccomp_unconfined_default = defineRule({
  meta: {
    id: "BH509",
    slug: "seccomp-unconfined",
    title: "Seccomp disabled",
    description: "Seccomp filters the system calls a container may make; `Unconfined` turns the filter off and exposes the whole kernel interface, which most container escapes go through. `seccompProfile.type: Unconfined` (container over pod) and Compose `security_opt: seccomp=unconfined` are reported at every level; a container with no profile at all (which the kubelet runs unconfined unless it defaults to RuntimeDefault) only at the `restricted` level. Linux only.",
    severity: "medium",
    remediation: "Set `securityContext.seccompProfile.type: RuntimeDefault` on the pod (or `Localhost` with a tailored profile); in Compose remove `seccomp=unconfined` or point it at a profile file.",
    references: [
      "https://kubernetes.io/docs/tutorials/security/seccomp/",
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted",
      "https://docs.docker.com/engine/security/seccomp/"
    ],
    tags: ["CWE-693", "pss-baseline", "pss-restricted"],
    messages: {
      container: "Container '{container}' runs without seccomp ('seccompProfile.type: Unconfined').",
      pod: "The pod's 'seccompProfile.type: Unconfined' runs containers {containers} without seccomp.",
      unset: "Container '{container}' sets no seccomp profile, at the pod or the container.",
      service: "Service '{service}' runs without seccomp ('{option}')."
    },
    whenToIgnore: "Debugging or profiling tools that need system calls the default profile blocks; prefer a `Localhost` profile that allows just those, or suppress with a reason."
  },
  checks: {
    kubernetes({ model, settings, report }) {
      for (const pod of model.pods) {
        if (pod.os.os === "windows") continue;
        const { properties } = pod;
        for (const container of pod.containers) {
          if (!container.security.seccompProfile && settings.podSecurityLevel === "restricted")
            report({
              messageId: "unset",
              data: { container: container.name },
              region: container.region,
              severity: "low",
              properties,
              ...fixes(podSettingFix(pod, ["seccompProfile", "type"], "RuntimeDefault", "safe"))
            });
        }
        const unconfined = groupBySetting(pod.containers, (c) => {
          const setting = c.security.seccompProfile;
          return setting?.node.get("type")?.text === "Unconfined" ? setting : void 0;
        });
        for (const { setting, containers } of unconfined) {
          const type = setting.node.get("type");
          report({
            messageId: setting.level === "pod" ? "pod" : "container",
            data: { container: containers[0]?.name ?? "", containers: quotedNames(containers) },
            region: setting.node.reportRegion,
            properties,
            ...fixes(type && replaceSettingFix(type, "RuntimeDefault", "safe", "'seccompProfile.type'"))
          });
        }
      }
    },
    compose({ model, report }) {
      for (const service of model.services) {
        if (service.os.os === "windows") continue;
        for (const { value, node } of serviceList(service, "security_opt")) {
          if (/^seccomp[=:]\s*unconfined$/i.test(value.trim()))
            report({
              messageId: "service",
              data: { service: service.name, option: value },
              region: node.region,
              properties: service.properties
            });
        }
      }
    }
  }
});

// src/rules/workload/host-port.ts
var host_port_default = defineRule({
  meta: {
    id: "BH510",
    slug: "host-port",
    title: "Container binds a host port",
    description: "A container port with a non-zero `hostPort` is bound on the node's own network interfaces: the pod becomes reachable around Services and NetworkPolicies, it can take a port a node service needs, and two replicas cannot share a node. The Pod Security Standards forbid host ports at the baseline level; this rule mirrors pod-security-admission's `hostPorts` check (`policy/check_hostPorts.go`: any `hostPort` other than 0, in containers, init containers and ephemeral containers). HostProcess pods share the host network by design and are reported by BH604 instead. Compose `ports` are Docker's port publishing, not host ports in the Pod Security sense, and are not reported.",
    severity: "medium",
    remediation: "Remove `hostPort` and expose the port through a Service (ClusterIP, NodePort or LoadBalancer) or an Ingress; keep `containerPort` for documentation.",
    references: [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
      "https://github.com/kubernetes/pod-security-admission/blob/master/policy/check_hostPorts.go",
      "https://kubernetes.io/docs/concepts/configuration/overview/#services"
    ],
    tags: ["CWE-668", "pss-baseline"],
    messages: {
      container: "Container '{container}' binds port {port} on the node ('hostPort: {port}')."
    },
    whenToIgnore: "Node agents that must answer on a node port (an ingress controller DaemonSet, a node-local DNS cache) in a namespace at the privileged Pod Security level; suppress with a reason."
  },
  checks: {
    kubernetes({ model, report }) {
      for (const pod of model.pods) {
        if (pod.hostProcess) continue;
        for (const container of pod.containers) {
          for (const port of container.node.get("ports")?.items() ?? []) {
            const hostPort = port.get("hostPort");
            const value = hostPort?.scalar;
            if (!hostPort || typeof value !== "number" || value === 0) continue;
            report({
              messageId: "container",
              data: { container: container.name, port: value },
              region: hostPort.reportRegion,
              properties: pod.properties
            });
          }
        }
      }
    }
  }
});

// src/rules/workload/capabilities-not-dropped.ts
var capabilities_not_dropped_default = defineRule({
  meta: {
    id: "BH511",
    slug: "capabilities-not-dropped",
    title: "Capabilities not dropped",
    description: "Container runtimes start every process with a default capability set (`CHOWN`, `DAC_OVERRIDE`, `FOWNER`, `SETUID`, `NET_RAW` on some runtimes, \u2026) that an attacker inside the container can use. The restricted Pod Security Standard requires each container to drop `ALL` and to add back nothing but `NET_BIND_SERVICE`; this rule mirrors pod-security-admission's `capabilities_restricted` check (`policy/check_capabilities_restricted.go`), which compares names exactly, so a `drop` of `all` does not satisfy it. Adding a capability beyond the baseline set (`SYS_ADMIN`, \u2026) or spelled otherwise than the standard lists it (`chown`) is BH507's finding; this rule reports only the missing drop and the baseline capabilities added back. Restricted level only. Linux only: since policy v1.25 Pod Security Admission exempts Windows pods, whose API rejects `capabilities`.",
    severity: "low",
    remediation: 'Set `securityContext.capabilities.drop: ["ALL"]` on every container (init containers too) and add back only `NET_BIND_SERVICE` when the process binds a port below 1024.',
    references: [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted",
      "https://github.com/kubernetes/pod-security-admission/blob/master/policy/check_capabilities_restricted.go",
      "https://man7.org/linux/man-pages/man7/capabilities.7.html"
    ],
    tags: ["CWE-250", "pss-restricted"],
    messages: {
      notDropped: "Container '{container}' does not drop all capabilities (no 'ALL' in 'capabilities.drop').",
      added: "Container '{container}' adds capability '{capability}'; the restricted level allows only 'NET_BIND_SERVICE'."
    },
    whenToIgnore: "A container that needs one baseline capability back (for example `CHOWN` in an init container that fixes volume ownership) in a namespace at the baseline Pod Security level; suppress with a reason."
  },
  checks: {
    kubernetes({ model, settings, report }) {
      if (settings.podSecurityLevel !== "restricted") return;
      for (const pod of model.pods) {
        if (pod.os.os === "windows") continue;
        const { properties } = pod;
        for (const container of pod.containers) {
          const data = { container: container.name };
          const capabilities = container.security.capabilities;
          const drop = capabilities?.get("drop");
          const listed = drop && drop.kind !== "null";
          if (!drop?.items().some((item) => item.text === "ALL"))
            report({
              messageId: "notDropped",
              data,
              // A `drop` list without ALL is the offending field; no list at all is a missing setting.
              region: listed ? drop.reportRegion : container.region,
              properties,
              // Review: a process that needs a default capability (CHOWN, SETUID) stops working.
              ...fixes(
                listed ? void 0 : containerSettingFix(container, ["capabilities", "drop"], "[ALL]", "review")
              )
            });
          for (const item of capabilities?.get("add")?.items() ?? []) {
            const capability = item.text;
            if (capability === void 0 || capability === "NET_BIND_SERVICE") continue;
            if (isExactBaselineCapability(capability))
              report({ messageId: "added", data: { ...data, capability }, region: item.region, properties });
          }
        }
      }
    }
  }
});

// src/rules/workload/unmasked-proc-mount.ts
var unmasked_proc_mount_default = defineRule({
  meta: {
    id: "BH512",
    slug: "unmasked-proc-mount",
    title: "Unmasked /proc mount",
    description: "Container runtimes mask and mount read-only the parts of `/proc` that expose the host kernel (`/proc/kcore`, `/proc/sys`, `/proc/sysrq-trigger`, \u2026). `procMount: Unmasked` (anything other than `Default`) turns that off, so the container can read kernel memory and change kernel settings. The Pod Security Standards require `Default`; this rule mirrors pod-security-admission's `procMount` check (`policy/check_procMount_baseline.go`). Since policy v1.35 the baseline level allows another value in a pod that runs in a user namespace (`hostUsers: false`), where the unmasked `/proc` belongs to the pod's own user namespace; the restricted level (`check_procMount_restricted.go`) still forbids it. Linux only (on a Windows pod the field is BH606's).",
    severity: "medium",
    remediation: "Remove `securityContext.procMount` or set it to `Default`; a nested container runtime that needs an unmasked `/proc` should run with `hostUsers: false`.",
    references: [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
      "https://github.com/kubernetes/pod-security-admission/blob/master/policy/check_procMount_baseline.go",
      "https://github.com/kubernetes/pod-security-admission/blob/master/policy/check_procMount_restricted.go",
      "https://kubernetes.io/docs/concepts/workloads/pods/user-namespaces/"
    ],
    tags: ["CWE-668", "pss-baseline", "pss-restricted"],
    messages: {
      container: "Container '{container}' unmasks /proc ('procMount: {value}')."
    },
    whenToIgnore: "Nested container builds (BuildKit, Podman in a pod) in a namespace at the privileged Pod Security level, where `hostUsers: false` is not available; suppress with a reason."
  },
  checks: {
    kubernetes({ model, settings, report }) {
      for (const pod of model.pods) {
        if (pod.os.os === "windows") continue;
        const userNamespace = pod.spec.get("hostUsers")?.scalar === false;
        if (userNamespace && settings.podSecurityLevel === "baseline") continue;
        for (const container of pod.containers) {
          const procMount = container.security.procMount;
          const value = procMount?.text;
          if (!procMount || value === void 0 || value === "Default") continue;
          report({
            messageId: "container",
            data: { container: container.name, value },
            region: procMount.reportRegion,
            properties: pod.properties
          });
        }
      }
    }
  }
});

// src/targets/kubernetes/safe-sysctls.ts
var SAFE_SYSCTLS = /* @__PURE__ */ new Set([
  "kernel.shm_rmid_forced",
  "net.ipv4.ip_local_port_range",
  "net.ipv4.ip_unprivileged_port_start",
  "net.ipv4.tcp_syncookies",
  "net.ipv4.ping_group_range",
  // v1.27
  "net.ipv4.ip_local_reserved_ports",
  // v1.29
  "net.ipv4.tcp_keepalive_time",
  "net.ipv4.tcp_fin_timeout",
  "net.ipv4.tcp_keepalive_intvl",
  "net.ipv4.tcp_keepalive_probes",
  // v1.32
  "net.ipv4.tcp_rmem",
  "net.ipv4.tcp_wmem",
  // v1.37
  "net.ipv4.tcp_slow_start_after_idle",
  "net.ipv4.tcp_notsent_lowat"
]);
function isSafeSysctl(name) {
  return SAFE_SYSCTLS.has(name);
}

// src/rules/workload/unsafe-sysctls.ts
var unsafe_sysctls_default = defineRule({
  meta: {
    id: "BH513",
    slug: "unsafe-sysctls",
    title: "Unsafe sysctl",
    description: "Pod `sysctls` change kernel parameters. Only a small set is namespaced and isolated from other pods on the node; the others either change the whole node (`kernel.*`, `vm.*`) or weaken its defences (`net.ipv4.conf.all.*`, `kernel.core_pattern`), and the kubelet refuses most of them unless an operator allows them. The Pod Security Standards allow only the safe set at the baseline level; this rule mirrors pod-security-admission's `sysctls` check and uses its newest safe set (`policy/check_sysctls.go`, v1.37: `kernel.shm_rmid_forced`, `net.ipv4.ip_local_port_range`, `net.ipv4.ip_unprivileged_port_start`, `net.ipv4.tcp_syncookies`, `net.ipv4.ping_group_range`, `net.ipv4.ip_local_reserved_ports`, `net.ipv4.tcp_keepalive_time`, `net.ipv4.tcp_fin_timeout`, `net.ipv4.tcp_keepalive_intvl`, `net.ipv4.tcp_keepalive_probes`, `net.ipv4.tcp_rmem`, `net.ipv4.tcp_wmem`, `net.ipv4.tcp_slow_start_after_idle`, `net.ipv4.tcp_notsent_lowat`). Names compare exactly, as in admission. Linux only (on a Windows pod `sysctls` is BH606's).",
    severity: "medium",
    remediation: "Remove the sysctl from `spec.securityContext.sysctls`; set node-wide kernel parameters on the nodes (a tuned node pool, a privileged node-setup DaemonSet in its own namespace) instead of from an application pod.",
    references: [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
      "https://github.com/kubernetes/pod-security-admission/blob/master/policy/check_sysctls.go",
      "https://kubernetes.io/docs/tasks/administer-cluster/sysctl-cluster/"
    ],
    tags: ["CWE-668", "pss-baseline"],
    messages: {
      pod: "The pod sets sysctl '{sysctl}', outside the Pod Security baseline safe set."
    },
    whenToIgnore: "A tuning DaemonSet or a database whose operator allows the sysctl on dedicated nodes (`--allowed-unsafe-sysctls`), in a namespace at the privileged Pod Security level; suppress with a reason."
  },
  checks: {
    kubernetes({ model, report }) {
      for (const pod of model.pods) {
        if (pod.os.os === "windows") continue;
        for (const item of pod.spec.at("securityContext", "sysctls")?.items() ?? []) {
          const name = item.get("name");
          const sysctl = name?.text;
          if (!name || sysctl === void 0 || isSafeSysctl(sysctl)) continue;
          report({
            messageId: "pod",
            data: { sysctl },
            region: name.reportRegion,
            properties: pod.properties
          });
        }
      }
    }
  }
});

// src/targets/kubernetes/mac-policy-settings.ts
var SELINUX_TYPES = /* @__PURE__ */ new Set([
  "",
  "container_t",
  "container_init_t",
  "container_kvm_t",
  "container_engine_t"
]);
function isContainerSelinuxType(type) {
  return SELINUX_TYPES.has(type);
}
var APPARMOR_TYPES = /* @__PURE__ */ new Set(["RuntimeDefault", "Localhost"]);
var APPARMOR_ANNOTATION = "container.apparmor.security.beta.kubernetes.io/";
function macPolicyOverrides(workload) {
  const contexts = [
    ["The pod", workload.spec.get("securityContext")],
    ...workload.containers.map((c) => [
      `Container '${c.name}'`,
      c.securityContext
    ])
  ];
  const found = contexts.flatMap(([owner, context]) => contextOverrides(owner, context));
  for (const [key, node] of workload.templateMetadata?.get("annotations")?.entries() ?? []) {
    const value = node.text ?? "";
    if (!key.startsWith(APPARMOR_ANNOTATION) || value === "" || value === "runtime/default") continue;
    if (value.startsWith("localhost/")) continue;
    const container = key.slice(APPARMOR_ANNOTATION.length);
    found.push({ kind: "annotation", owner: `Container '${container}'`, field: key, value, node });
  }
  return found;
}
function contextOverrides(owner, context) {
  const found = [];
  const selinux = context?.get("seLinuxOptions");
  const type = selinux?.get("type");
  if (type && !isContainerSelinuxType(type.text ?? ""))
    found.push({ kind: "selinuxType", owner, field: "type", value: type.text ?? "", node: type });
  for (const field of ["user", "role"]) {
    const node = selinux?.get(field);
    if (node?.text) found.push({ kind: "selinuxUserRole", owner, field, value: node.text, node });
  }
  const apparmor = context?.get("appArmorProfile");
  const profile = apparmor?.get("type");
  if (apparmor && apparmor.kind !== "null" && !APPARMOR_TYPES.has(profile?.text ?? ""))
    found.push({
      kind: "apparmor",
      owner,
      field: "type",
      value: profile?.text ?? "",
      node: profile ?? apparmor
    });
  return found;
}

// src/targets/compose/mac-security-opts.ts
function composeMacOverrides(service) {
  const found = [];
  for (const { value, node } of serviceList(service, "security_opt")) {
    const option = value.trim();
    if (option === "disable") {
      found.push({ kind: "labelDisable", option, node });
      continue;
    }
    const separator = option.includes("=") ? "=" : ":";
    const at = option.indexOf(separator);
    if (at < 0) continue;
    const key = option.slice(0, at);
    const setting = option.slice(at + 1);
    if (key === "apparmor" && setting === "unconfined")
      found.push({ kind: "apparmorUnconfined", option, node });
    else if (key === "label") {
      const label = labelOverride(setting);
      if (label) found.push({ ...label, option, node });
    }
  }
  return found;
}
function labelOverride(setting) {
  if (setting === "disable") return { kind: "labelDisable" };
  const at = setting.indexOf(":");
  if (at < 0) return void 0;
  const field = setting.slice(0, at);
  const value = setting.slice(at + 1);
  if (field === "type" && !isContainerSelinuxType(value)) return { kind: "labelType", field, value };
  if ((field === "user" || field === "role") && value !== "") return { kind: "labelUserRole", field, value };
  return void 0;
}

// src/rules/workload/mac-policy-override.ts
var mac_policy_override_default = defineRule({
  meta: {
    id: "BH514",
    slug: "mac-policy-override",
    title: "SELinux or AppArmor weakened",
    description: "SELinux and AppArmor confine what a container process can touch even when it escapes its namespaces. A custom SELinux type (`spc_t`, `unconfined_t`) or a custom SELinux `user` or `role` can lift that confinement, and an AppArmor profile of type `Unconfined` (or the annotation `container.apparmor.security.beta.kubernetes.io/<container>: unconfined`) removes it. The Pod Security Standards' baseline level allows only the container SELinux types (`container_t`, `container_init_t`, `container_kvm_t`, `container_engine_t`) and the `RuntimeDefault` and `Localhost` AppArmor profiles; this rule mirrors pod-security-admission's `seLinuxOptions` and `appArmorProfile` checks (`policy/check_seLinuxOptions.go`, `policy/check_appArmorProfile.go`), judging the pod's and each container's security context where it is written. In Compose, the `security_opt` entries that do the same are reported: `apparmor=unconfined`, `label=disable`, `label=type:` with a type outside those container types, and `label=user:` or `label=role:`. Linux only (on a Windows pod the fields are BH606's).",
    severity: "medium",
    remediation: "Remove `seLinuxOptions.user`, `.role` and any `type` other than a `container_*` type; set `appArmorProfile.type: RuntimeDefault` (or `Localhost` with a tailored profile) and remove `unconfined` AppArmor annotations. In Compose remove those `security_opt` entries (or name an AppArmor profile).",
    references: [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
      "https://github.com/kubernetes/pod-security-admission/blob/master/policy/check_seLinuxOptions.go",
      "https://github.com/kubernetes/pod-security-admission/blob/master/policy/check_appArmorProfile.go",
      "https://kubernetes.io/docs/tutorials/security/apparmor/",
      "https://docs.docker.com/reference/cli/docker/container/run/#security-opt"
    ],
    tags: ["CWE-693", "pss-baseline"],
    messages: {
      selinuxType: "{owner} sets SELinux type '{value}', outside the container types Pod Security allows.",
      selinuxUserRole: "{owner} sets a custom SELinux {field} ('{field}: {value}').",
      apparmor: "{owner} sets AppArmor profile type '{value}' instead of RuntimeDefault or Localhost.",
      annotation: "{owner} runs with AppArmor profile '{value}' (annotation '{field}').",
      apparmorUnconfined: "Service '{service}' runs without AppArmor confinement ('{option}').",
      labelDisable: "Service '{service}' runs without SELinux separation ('{option}').",
      labelType: "Service '{service}' sets SELinux type '{value}' ('{option}'), outside the container types Pod Security allows.",
      labelUserRole: "Service '{service}' sets a custom SELinux {field} ('{option}')."
    },
    whenToIgnore: "Node agents that need host-level access by design (some CSI or CNI node plugins use `spc_t`) in a namespace at the privileged Pod Security level; suppress with a reason."
  },
  checks: {
    kubernetes({ model, report }) {
      for (const pod of model.pods) {
        if (pod.os.os === "windows") continue;
        for (const { kind, owner, field, value, node } of macPolicyOverrides(pod)) {
          report({
            messageId: kind,
            data: { owner, field, value },
            region: node.reportRegion,
            properties: pod.properties
          });
        }
      }
    },
    compose({ model, report }) {
      for (const service of model.services) {
        if (service.os.os === "windows") continue;
        for (const { kind, option, field, value, node } of composeMacOverrides(service)) {
          report({
            messageId: kind,
            data: { service: service.name, option, field: field ?? "", value: value ?? "" },
            region: node.region,
            properties: service.properties
          });
        }
      }
    }
  }
});

// src/rules/workload/restricted-volume-type.ts
var ALLOWED = /* @__PURE__ */ new Set([
  "configMap",
  "csi",
  "downwardAPI",
  "emptyDir",
  "ephemeral",
  "image",
  "persistentVolumeClaim",
  "projected",
  "secret"
]);
var restricted_volume_type_default = defineRule({
  meta: {
    id: "BH515",
    slug: "restricted-volume-type",
    title: "Volume type outside the restricted list",
    description: "The restricted Pod Security Standard allows only volume types that do not reach the node or infrastructure directly: `configMap`, `csi`, `downwardAPI`, `emptyDir`, `ephemeral`, `image`, `persistentVolumeClaim`, `projected` and `secret`. Inline sources such as `nfs`, `iscsi`, `rbd`, `cephfs`, `gitRepo` (which runs `git` on the node), `flexVolume` (a node binary) or cloud disks bypass the PersistentVolume layer where an administrator controls storage, and credentials for them often live in the pod spec. This rule mirrors pod-security-admission's `restrictedVolumes` check (`policy/check_restrictedVolumes.go`). `hostPath` is BH505's finding and is not reported twice. Restricted level only; it applies to Windows pods too.",
    severity: "low",
    remediation: "Move the storage behind a PersistentVolume and a `persistentVolumeClaim` (or a CSI driver); use `emptyDir`, `configMap`, `secret` or `projected` volumes for data the pod carries itself.",
    references: [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted",
      "https://github.com/kubernetes/pod-security-admission/blob/master/policy/check_restrictedVolumes.go",
      "https://kubernetes.io/docs/concepts/storage/volumes/"
    ],
    tags: ["CWE-668", "pss-restricted"],
    messages: {
      volume: "Volume '{volume}' is of type '{type}', outside the Pod Security restricted volume types."
    },
    whenToIgnore: "Legacy workloads that mount an NFS or cloud disk inline in a namespace at the baseline Pod Security level; prefer a PersistentVolume, or suppress with a reason."
  },
  checks: {
    kubernetes({ model, settings, report }) {
      if (settings.podSecurityLevel !== "restricted") return;
      for (const pod of model.pods) {
        for (const volume of pod.spec.get("volumes")?.items() ?? []) {
          const name = volume.get("name")?.text ?? "";
          for (const [type, node] of volume.entries()) {
            if (type === "name" || ALLOWED.has(type) || type === "hostPath" || node.kind === "null") continue;
            report({
              messageId: "volume",
              data: { volume: name, type },
              region: node.reportRegion,
              properties: pod.properties
            });
          }
        }
      }
    }
  }
});

// src/rules/workload/host-probe.ts
var PROBES = ["livenessProbe", "readinessProbe", "startupProbe"];
var HOOKS = ["postStart", "preStop"];
var HANDLERS = ["httpGet", "tcpSocket"];
var host_probe_default = defineRule({
  meta: {
    id: "BH516",
    slug: "host-probe",
    title: "Probe or lifecycle hook with a host",
    description: "`httpGet` and `tcpSocket` probes and lifecycle hooks are run by the kubelet, from the node, against the pod's IP unless `host` says otherwise. A `host` makes the kubelet connect wherever it points: node-local services, the cloud metadata endpoint, other tenants' pods. Because the kubelet makes the request, a pod author can use it to reach what the pod itself cannot (a server-side request forgery through the kubelet). The Pod Security Standards forbid a non-empty `host` at the baseline level (since policy v1.34); this rule mirrors pod-security-admission's `hostProbesAndHostLifecycle` check (`policy/check_hostProbesAndhostLifecycle.go`).",
    severity: "low",
    remediation: "Remove `host` from the probe or hook so the kubelet connects to the pod IP; to check a dependency, probe an endpoint of the pod that checks it, or use an `exec` probe.",
    references: [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
      "https://github.com/kubernetes/pod-security-admission/blob/master/policy/check_hostProbesAndhostLifecycle.go",
      "https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/"
    ],
    tags: ["CWE-918", "pss-baseline"],
    messages: {
      container: "The {handler} of container '{container}' connects to host '{host}' ('{field}')."
    },
    whenToIgnore: "A probe that must go through a node-local proxy in a namespace at the privileged Pod Security level; suppress with a reason."
  },
  checks: {
    kubernetes({ model, report }) {
      for (const pod of model.pods) {
        for (const container of pod.containers) {
          const handlers = [
            ...PROBES.map((probe2) => [probe2, container.node.get(probe2)]),
            ...HOOKS.map((hook) => [`lifecycle.${hook}`, container.node.at("lifecycle", hook)])
          ];
          for (const [handler, node] of handlers) {
            for (const kind of HANDLERS) {
              const host = node?.at(kind, "host");
              const value = host?.text;
              if (!host || !value) continue;
              report({
                messageId: "container",
                data: { container: container.name, handler, host: value, field: `${handler}.${kind}.host` },
                region: host.reportRegion,
                properties: pod.properties
              });
            }
          }
        }
      }
    }
  }
});

// src/targets/kubernetes/service-account-token.ts
function tokenAutomount(workload, repository, file) {
  const { spec } = workload;
  const account = spec.get("serviceAccountName")?.text || spec.get("serviceAccount")?.text || "default";
  const podField = spec.get("automountServiceAccountToken");
  if (podField && typeof podField.scalar === "boolean")
    return { mounted: podField.scalar, account, podField };
  const namespace = workload.object.root.at("metadata", "namespace")?.text;
  const candidates = repository.serviceAccounts.get(account) ?? [];
  const inNamespace = (list) => list.find((c) => c.namespace !== void 0 && c.namespace === namespace) ?? list.find((c) => c.namespace === void 0 || namespace === void 0);
  const accountObject = inNamespace(candidates.filter((c) => c.source === file)) ?? inNamespace(candidates);
  return { mounted: accountObject?.automount !== false, account, accountObject };
}

// src/rules/workload/service-account-token-automount.ts
var service_account_token_automount_default = defineRule({
  meta: {
    id: "BH517",
    slug: "service-account-token-automount",
    title: "Service-account token mounted",
    description: "Unless `automountServiceAccountToken` is `false`, Kubernetes mounts a token of the pod's ServiceAccount into every container, and anyone who gets code execution in any of them can call the API server with that identity. Most application pods never call the API. The pod's own field wins; when it is unset the ServiceAccount's field applies (read from a ServiceAccount object in the scanned files, matched by name and namespace, the one in the pod's own file or render first); unset everywhere means mounted. This is not a Pod Security Admission check: it is the CIS Kubernetes Benchmark's control 5.1.6 and Kubernetes' own hardening advice, reported at the `restricted` level only. It applies to Windows pods too.",
    severity: "low",
    remediation: "Set `automountServiceAccountToken: false` in the pod spec (or on its ServiceAccount); a pod that calls the API should mount a short-lived token with a `projected` `serviceAccountToken` volume in the container that needs it.",
    references: [
      "https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting",
      "https://kubernetes.io/docs/concepts/security/service-accounts/",
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/"
    ],
    tags: ["CWE-250", "pss-restricted"],
    messages: {
      pod: "The pod sets 'automountServiceAccountToken: true', so every container gets the API token of ServiceAccount '{account}'.",
      unset: "The pod does not set 'automountServiceAccountToken: false', so every container gets the API token of ServiceAccount '{account}'."
    },
    whenToIgnore: "Operators, controllers and other pods that call the Kubernetes API with their ServiceAccount; suppress with a reason, or mount a projected token only where it is needed."
  },
  checks: {
    kubernetes({ model, file, settings, repository, report }) {
      if (settings.podSecurityLevel !== "restricted") return;
      for (const pod of model.pods) {
        const { mounted, account, podField, accountObject } = tokenAutomount(pod, repository, file);
        if (!mounted) continue;
        report({
          messageId: podField ? "pod" : "unset",
          data: { account },
          region: podField ? podField.reportRegion : pod.specRegion,
          relatedLocations: accountObject ? [accountObject.location] : void 0,
          properties: pod.properties
        });
      }
    }
  }
});

// src/rules/windows-workload/windows-workload-runs-as-admin.ts
var windows_workload_runs_as_admin_default = defineRule({
  meta: {
    id: "BH601",
    slug: "windows-workload-runs-as-admin",
    title: "Windows workload runs as an administrator",
    description: "A Windows container runs as ContainerAdministrator (or SYSTEM, Administrator): its effective `runAsUserName` says so, or it sets none and its image defaults to an administrator (Server Core, Windows Server and .NET Framework images, or a Dockerfile in the repository). A pod that sets `windowsOptions` (a kustomize patch, a partial manifest) is a Windows workload unless `os.name: linux` says otherwise (then BH607). In a process-isolated container an administrator shares the node's kernel and can change the container's whole file system and registry; a kernel or runtime escape starts with full rights.",
    severity: "high",
    remediation: "Set `securityContext.windowsOptions.runAsUserName: ContainerUser` on the pod (remove administrator accounts from containers), add `runAsNonRoot: true` so the kubelet refuses ContainerAdministrator, and declare `os.name: windows`; in Compose, set `user: ContainerUser`. Grant ContainerUser the folders it writes in the Dockerfile (`icacls`) instead of running as an administrator.",
    references: [
      "https://kubernetes.io/docs/tasks/configure-pod-container/configure-runasusername/",
      "https://kubernetes.io/docs/concepts/security/windows-security/",
      "https://learn.microsoft.com/en-us/virtualization/windowscontainers/manage-containers/container-security"
    ],
    tags: ["CWE-250", "windows"],
    messages: {
      container: "Container '{container}' runs as '{user}', an administrator account.",
      pod: "The pod runs {containers} as '{user}', an administrator account.",
      image: "Container '{container}' sets no runAsUserName, so image '{image}' runs it as '{user}', an administrator account ({reason}).",
      compose: "Service '{service}' runs its Windows container as '{user}', an administrator account.",
      composeImage: "Service '{service}' sets no user, so its image runs its Windows container as '{user}', an administrator account ({reason})."
    },
    whenToIgnore: "Software that only installs or runs as an administrator, isolated with Hyper-V (a RuntimeClass with the `runhcs-wcow-hypervisor` handler); suppress with the reason."
  },
  checks: {
    kubernetes({ model, report }) {
      for (const pod of model.pods) {
        if (pod.os.os !== "windows" || pod.hostProcess) continue;
        const { properties } = pod;
        for (const { setting, containers } of groupBySetting(pod.containers, (c) => c.security.runAsUserName)) {
          const user = setting.node.text;
          if (user === void 0 || !isWindowsAdmin(user)) continue;
          const region = setting.node.reportRegion;
          if (setting.level === "pod")
            report({
              messageId: "pod",
              data: { containers: describeContainers(containers), user },
              region,
              properties,
              ...fixes(
                replaceSettingFix(setting.node, "ContainerUser", "review", "the pod's 'runAsUserName'")
              )
            });
          else
            report({
              messageId: "container",
              data: { container: containers[0]?.name ?? "", user },
              region,
              properties,
              ...fixes(containers.length === 1 ? windowsUserFix2(pod, containers[0]) : void 0)
            });
        }
        for (const container of pod.containers) {
          const user = container.imageFacts?.user;
          if (container.security.runAsUserName || user?.os !== "windows" || !isWindowsAdmin(user.user))
            continue;
          report({
            messageId: "image",
            data: {
              container: container.name,
              image: container.imageFacts?.text ?? "",
              user: user.user,
              reason: user.reason
            },
            region: container.region,
            properties,
            ...fixes(windowsUserFix2(pod)),
            ...user.related ? { relatedLocations: [user.related] } : {}
          });
        }
      }
    },
    compose({ model, report }) {
      for (const service of model.services) {
        if (service.os.os !== "windows") continue;
        const found = composeAdminReport(service, { user: "compose", image: "composeImage" });
        if (found) report(found);
      }
    }
  }
});

// src/targets/kubernetes/run-as-user-name.ts
var NETBIOS = /^[^\\/:*?"<>|.][^\\/:*?"<>|]{0,14}$/u;
var DNS_LABEL = "[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?";
var DNS_SUBDOMAIN = new RegExp(`^${DNS_LABEL}(?:\\.${DNS_LABEL})*$`);
var INVALID_USER_CHARS = /["/\\:;|=,+*?<>@[\]]/;
var ONLY_DOTS_OR_SPACES = /^[. ]+$/;
var MAX_DOMAIN_BYTES = 256;
var MAX_USER_BYTES = 104;
var byteLength = (text) => Buffer.byteLength(text, "utf8");
var isAsciiControl = (code) => code <= 31 || code === 127;
function runAsUserNameProblems(value) {
  if (value.length === 0) return ["it is empty"];
  if ([...value].some((char) => isAsciiControl(char.charCodeAt(0)))) return ["it contains a control character"];
  const parts = value.split("\\");
  if (parts.length > 2) return ["it contains more than one backslash"];
  const [domain, user] = parts.length === 2 ? [parts[0] ?? "", parts[1] ?? ""] : ["", parts[0] ?? ""];
  const problems = [];
  if (byteLength(domain) >= MAX_DOMAIN_BYTES)
    problems.push(`its domain is ${MAX_DOMAIN_BYTES} bytes or longer`);
  if (parts.length === 2 && !NETBIOS.test(domain) && !DNS_SUBDOMAIN.test(domain))
    problems.push(`its domain '${domain}' is neither a NetBIOS name (1-15 characters) nor a DNS name`);
  if (user.length === 0) problems.push("its user name is empty");
  else if (byteLength(user) > MAX_USER_BYTES)
    problems.push(`its user name is longer than ${MAX_USER_BYTES} bytes`);
  if (ONLY_DOTS_OR_SPACES.test(user)) problems.push("its user name is only dots or spaces");
  const bad = INVALID_USER_CHARS.exec(user);
  if (bad) problems.push(`its user name contains '${bad[0]}'`);
  return problems;
}
var BACKSLASH_ESCAPE = /^(?:\\|x5[cC]|u005[cC]|U0000005[cC])/;
function misreadEscape(node) {
  const raw = node.raw;
  if (node.style !== "double" || raw === void 0) return void 0;
  const inner = raw.slice(1, raw.endsWith('"') && raw.length > 1 ? -1 : void 0);
  let escape;
  let intended = "";
  for (let i = 0; i < inner.length; i++) {
    const char = inner[i] ?? "";
    if (char !== "\\") {
      intended += char;
      continue;
    }
    const rest = inner.slice(i + 1);
    const literal2 = BACKSLASH_ESCAPE.exec(rest);
    if (literal2) {
      intended += "\\";
      i += literal2[0].length;
    } else if (/^\r?\n/.test(rest)) {
      i += rest.startsWith("\r") ? 2 : 1;
    } else {
      escape ??= `\\${rest.slice(0, 1)}`;
      intended += "\\";
    }
  }
  return escape ? { escape, intended } : void 0;
}
function runAsUserNameFields(workload) {
  const fields = [];
  const pod = workload.spec.at("securityContext", "windowsOptions", "runAsUserName");
  if (pod && pod.kind !== "null") fields.push({ node: pod });
  for (const container of workload.containers) {
    const node = container.securityContext?.at("windowsOptions", "runAsUserName");
    if (node && node.kind !== "null") fields.push({ node, container });
  }
  return fields;
}
function printableUserName(value) {
  return [...value].map((char) => {
    const code = char.charCodeAt(0);
    const invisible = isAsciiControl(code) || code >= 128 && code <= 159 || code === 8232 || code === 8233;
    return invisible ? `\\u${code.toString(16).padStart(4, "0")}` : char;
  }).join("");
}

// src/rules/windows-workload/windows-user-unset.ts
var windows_user_unset_default = defineRule({
  meta: {
    id: "BH602",
    slug: "windows-user-unset",
    title: "Windows pod does not set its account",
    description: "A Windows pod sets no `runAsUserName` at all, so each container runs as its image's default user, and for this image that default is unknown (not built by a Dockerfile in the repository, not a well-known base image). Many Windows images (Server Core and everything built on it) default to ContainerAdministrator; `runAsNonRoot: true` catches only an image whose configured user is literally ContainerAdministrator, not one that leaves it empty.",
    severity: "low",
    remediation: "Set `securityContext.windowsOptions.runAsUserName: ContainerUser` on the pod, with `runAsNonRoot: true` and `os.name: windows`, so the account no longer depends on how the image was built.",
    references: [
      "https://kubernetes.io/docs/tasks/configure-pod-container/configure-runasusername/",
      "https://learn.microsoft.com/en-us/virtualization/windowscontainers/manage-containers/container-security"
    ],
    tags: ["CWE-250", "windows"],
    messages: {
      unset: "Container '{container}' runs as the default user of image '{image}', which is unknown: no runAsUserName is set in the pod."
    },
    whenToIgnore: "You know the image's default user is not an administrator (for example a Nano Server-based image published by your team); better, say so with `runAsUserName: ContainerUser`."
  },
  checks: {
    kubernetes({ model, report }) {
      for (const pod of model.pods) {
        if (pod.os.os !== "windows") continue;
        if (pod.hostProcess || runAsUserNameFields(pod).length > 0) continue;
        for (const container of pod.containers) {
          const image = container.imageFacts;
          if (!image || image.user) continue;
          report({
            messageId: "unset",
            data: { container: container.name, image: image.text },
            region: container.region,
            properties: pod.properties,
            ...fixes(windowsUserFix2(pod))
          });
        }
      }
    }
  }
});

// src/rules/windows-workload/windows-privileged-unsupported.ts
var windows_privileged_unsupported_default = defineRule({
  meta: {
    id: "BH603",
    slug: "windows-privileged-unsupported",
    title: "Privileged container on a Windows pod",
    description: "Windows containers cannot be privileged. With `os.name: windows` the API server rejects the pod; without it the kubelet silently drops the setting (the Windows runtime only receives the account, gMSA and HostProcess settings), so whatever needed host access will fail in ways that are hard to trace, and a later move to HostProcess may be made without review.",
    severity: "medium",
    remediation: "Remove `privileged`. If the container really needs the node (a node agent, a CNI or CSI plugin), make it a HostProcess container (`windowsOptions.hostProcess: true`, `hostNetwork: true`, a least-privileged `runAsUserName` such as `NT AUTHORITY\\LOCAL SERVICE`) and review it as host software; otherwise run it as `ContainerUser` with `runAsNonRoot: true`.",
    references: [
      "https://kubernetes.io/docs/concepts/windows/intro/#compatibility-v1-pod-spec-containers-securitycontext",
      "https://kubernetes.io/docs/concepts/security/windows-security/",
      "https://kubernetes.io/docs/tasks/configure-pod-container/create-hostprocess-pod/"
    ],
    tags: ["CWE-250", "windows"],
    messages: {
      rejected: "Container '{container}' sets 'privileged: true' on a pod with os.name 'windows': the API server rejects it.",
      ignored: "Container '{container}' sets 'privileged: true' on a Windows pod ({evidence}): Windows ignores it."
    }
  },
  checks: {
    kubernetes({ model, report }) {
      for (const pod of model.pods) {
        const { os } = pod;
        if (os.os !== "windows") continue;
        for (const container of pod.containers) {
          const privileged = container.security.privileged;
          if (!privileged?.isTrue) continue;
          report({
            messageId: os.declared ? "rejected" : "ignored",
            data: { container: container.name, evidence: os.evidence },
            region: privileged.reportRegion,
            properties: pod.properties
          });
        }
      }
    }
  }
});

// src/rules/windows-workload/windows-hostprocess.ts
var windows_hostprocess_default = defineRule({
  meta: {
    id: "BH604",
    slug: "windows-hostprocess",
    title: "Windows HostProcess container",
    description: "A HostProcess container is a process on the Windows node, not a container: no file system, process or network isolation, access to the node's storage, devices, services and event logs as far as its account allows. As `NT AUTHORITY\\SYSTEM` (or with no account set) that is full control of the node and of every pod on it (critical); as `LOCAL SERVICE`, `NETWORK SERVICE` or a local group it is still unisolated host software (high). Pod Security Admission allows it only at the privileged level.",
    severity: "critical",
    remediation: "Use HostProcess only for node agents (CNI, CSI, kube-proxy, log and metric collectors), in a namespace at the privileged Pod Security level that few people can write to. Run them as `NT AUTHORITY\\LOCAL SERVICE` (or `NETWORK SERVICE`, or a dedicated local group), never SYSTEM unless the agent truly needs it, and set `os.name: windows`. Ordinary workloads should be regular Windows containers as `ContainerUser` with `runAsNonRoot: true`.",
    references: [
      "https://kubernetes.io/docs/tasks/configure-pod-container/create-hostprocess-pod/",
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/",
      "https://learn.microsoft.com/en-us/windows/win32/services/localsystem-account"
    ],
    tags: ["CWE-250", "windows"],
    messages: {
      container: "Container '{container}' is a HostProcess container: it runs on the node, without isolation, as '{account}'.",
      pod: "The pod's 'hostProcess: true' makes {containers} run on the node, without isolation, as '{account}'.",
      containerNoAccount: "Container '{container}' is a HostProcess container with no runAsUserName: it runs on the node, without isolation, as the image's user or else the runtime's own account, 'NT AUTHORITY\\SYSTEM'.",
      podNoAccount: "The pod's 'hostProcess: true' with no runAsUserName makes {containers} run on the node, without isolation, as the image's user or else the runtime's own account, 'NT AUTHORITY\\SYSTEM'."
    },
    whenToIgnore: "A reviewed node agent that needs SYSTEM (for example one that manages services or the host network stack), deployed by cluster administrators into a locked-down namespace; record the reason in the suppression."
  },
  checks: {
    kubernetes({ model, report }) {
      for (const pod of model.pods) {
        const hostProcess = pod.containers.filter((c) => c.security.hostProcess?.node.isTrue === true);
        const reportAccount = (at, containers, atPod) => {
          const accounts = containers.map((c) => c.security.runAsUserName?.node.text);
          const named = accounts.filter((a) => a !== void 0);
          const account = named.length < accounts.length ? void 0 : named.find((a) => isWindowsAdmin(a)) ?? named[0];
          const severity = account === void 0 || isWindowsAdmin(account) ? "critical" : "high";
          const messageId = account === void 0 ? atPod ? "podNoAccount" : "containerNoAccount" : atPod ? "pod" : "container";
          report({
            messageId,
            data: {
              container: containers[0]?.name ?? "",
              containers: describeContainers(containers),
              account: printableUserName(account ?? "")
            },
            region: at.node.reportRegion,
            severity,
            properties: pod.properties
          });
        };
        for (const { setting, containers } of groupBySetting(hostProcess, (c) => c.security.hostProcess)) {
          const own = setting.level === "pod" ? containers.filter((c) => c.security.runAsUserName?.level === "container") : [];
          const rest = containers.filter((c) => !own.includes(c));
          if (rest.length) reportAccount(setting, rest, setting.level === "pod");
          for (const container of own)
            reportAccount(container.security.runAsUserName, [container], false);
        }
      }
    }
  }
});

// src/targets/kubernetes/hostprocess-defects.ts
function booleanAt(node) {
  return node && typeof node.scalar === "boolean" ? { value: node.scalar, node } : void 0;
}
function hostProcessDefects(workload) {
  const pod = booleanAt(workload.spec.at("securityContext", "windowsOptions", "hostProcess"));
  const states = workload.containers.map((container) => {
    const own = booleanAt(container.securityContext?.at("windowsOptions", "hostProcess"));
    return { container, own, effective: own ? own.value : pod?.value === true };
  });
  const hostProcess = states.filter((s) => s.effective).map((s) => s.container);
  if (!pod && hostProcess.length === 0) return [];
  const defects = [];
  for (const { container, own, effective } of states) {
    if (pod && own && own.value !== pod.value) {
      defects.push({
        kind: "mismatch",
        container,
        value: own.value,
        podValue: pod.value,
        region: own.node.reportRegion
      });
    } else if (!effective && hostProcess.length > 0) {
      defects.push({
        kind: "mixed",
        container,
        hostProcess,
        region: own?.node.reportRegion ?? container.region
      });
    }
  }
  const hostNetwork = workload.spec.get("hostNetwork");
  if (hostProcess.length > 0 && hostNetwork?.isTrue !== true)
    defects.push({ kind: "hostNetwork", region: hostNetwork?.reportRegion ?? workload.specRegion });
  return defects;
}

// src/rules/windows-workload/windows-hostprocess-invalid.ts
var windows_hostprocess_invalid_default = defineRule({
  meta: {
    id: "BH605",
    slug: "windows-hostprocess-invalid",
    title: "HostProcess settings the API server rejects",
    description: "Kubernetes validates HostProcess pods whatever their OS: when both the pod and a container set `hostProcess` the values must be identical; if any container (init and ephemeral included) is a HostProcess container, all must be; and the pod must set `hostNetwork: true`. A manifest that breaks one of these never starts, and the usual quick fix (adding `hostProcess: true` everywhere) turns every container into unisolated host software.",
    severity: "medium",
    remediation: "Decide whether the pod is a node agent. If it is, set `hostProcess: true` once at the pod level (`securityContext.windowsOptions`), remove contradicting container values, set `hostNetwork: true` and a least-privileged `runAsUserName`; if it is not, remove `hostProcess` everywhere and run as `ContainerUser` with `runAsNonRoot: true`.",
    references: [
      "https://kubernetes.io/docs/tasks/configure-pod-container/create-hostprocess-pod/",
      "https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#security-context"
    ],
    tags: ["CWE-1284", "windows"],
    messages: {
      mismatch: "Container '{container}' sets 'hostProcess: {value}' but the pod sets 'hostProcess: {podValue}': the API server requires them to be identical.",
      mixed: "Container '{container}' is not a HostProcess container, unlike {hostProcess}: the API server requires all containers of the pod to be HostProcess containers, or none.",
      hostNetwork: "The pod runs HostProcess containers without 'hostNetwork: true': the API server rejects it."
    }
  },
  checks: {
    kubernetes({ model, report }) {
      for (const pod of model.pods) {
        const { properties } = pod;
        for (const defect of hostProcessDefects(pod)) {
          if (defect.kind === "hostNetwork")
            report({ messageId: "hostNetwork", region: defect.region, properties });
          else if (defect.kind === "mismatch")
            report({
              messageId: "mismatch",
              data: {
                container: defect.container.name,
                value: `${defect.value}`,
                podValue: `${defect.podValue}`
              },
              region: defect.region,
              properties
            });
          else
            report({
              messageId: "mixed",
              data: { container: defect.container.name, hostProcess: describeContainers(defect.hostProcess) },
              region: defect.region,
              properties
            });
        }
      }
    }
  }
});

// src/targets/kubernetes/linux-only-fields.ts
var POD_SECURITY_CONTEXT = [
  "seLinuxOptions",
  "seccompProfile",
  "appArmorProfile",
  "fsGroup",
  "fsGroupChangePolicy",
  "sysctls",
  "runAsUser",
  "runAsGroup",
  "supplementalGroups",
  "supplementalGroupsPolicy",
  "seLinuxChangePolicy"
];
var POD_SPEC = ["hostPID", "hostIPC", "hostUsers", "shareProcessNamespace"];
var CONTAINER_SECURITY_CONTEXT = [
  "seLinuxOptions",
  "seccompProfile",
  "appArmorProfile",
  "capabilities",
  "readOnlyRootFilesystem",
  "privileged",
  "allowPrivilegeEscalation",
  "procMount",
  "runAsUser",
  "runAsGroup"
];
function isSet(field, node) {
  if (!node || node.kind === "null") return false;
  if (field === "hostPID" || field === "hostIPC") return node.isTrue;
  if (field === "sysctls") return node.kind !== "seq" || node.items().length > 0;
  return true;
}
function linuxOnlyFields(workload) {
  const found = [];
  const podContext = workload.spec.get("securityContext");
  for (const field of POD_SECURITY_CONTEXT) {
    const node = podContext?.get(field);
    if (isSet(field, node)) found.push({ field, node });
  }
  for (const field of POD_SPEC) {
    const node = workload.spec.get(field);
    if (isSet(field, node)) found.push({ field, node });
  }
  for (const container of workload.containers) {
    for (const field of CONTAINER_SECURITY_CONTEXT) {
      const node = container.securityContext?.get(field);
      if (isSet(field, node)) found.push({ field, node, container });
    }
  }
  return found;
}

// src/rules/windows-workload/linux-field-on-windows-pod.ts
var linux_field_on_windows_pod_default = defineRule({
  meta: {
    id: "BH606",
    slug: "linux-field-on-windows-pod",
    title: "Linux-only field on a Windows pod",
    description: "Windows has no UIDs, GIDs, capabilities, seccomp, SELinux, AppArmor, sysctls, read-only root file systems or host PID/IPC namespaces. With `os.name: windows` the API server rejects a pod that sets any of these fields; without it the kubelet drops them, so the pod looks hardened but is not, and `runAsUser`/`runAsGroup` have broken start-up on Windows nodes (projected service-account tokens could not be chowned) on kubelets before the 2024-25 fixes. Linux hardening advice from other scanners does not apply here.",
    severity: "medium",
    remediation: "Remove the field from the Windows pod (keep it in the Linux variant of a shared chart). Harden Windows pods with `os.name: windows`, `runAsNonRoot: true` and `windowsOptions.runAsUserName: ContainerUser` instead: the Linux hardening fields have no Windows meaning.",
    references: [
      "https://kubernetes.io/docs/concepts/windows/intro/#compatibility-v1-pod-spec-containers-securitycontext",
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/",
      "https://github.com/kubernetes/kubernetes/issues/102849"
    ],
    tags: ["CWE-1284", "windows"],
    messages: {
      podRejected: "The pod sets '{field}', a Linux-only field, with os.name 'windows': the API server rejects it.",
      containerRejected: "Container '{container}' sets '{field}', a Linux-only field, on a pod with os.name 'windows': the API server rejects it.",
      podIgnored: "The pod sets '{field}', a Linux-only field, on a Windows pod ({evidence}): Windows ignores it.",
      containerIgnored: "Container '{container}' sets '{field}', a Linux-only field, on a Windows pod ({evidence}): Windows ignores it."
    },
    whenToIgnore: "A chart that renders one pod template for both OSes and relies on the kubelet dropping the fields; prefer per-OS values, since `os.name: windows` then turns this into a rejection."
  },
  checks: {
    kubernetes({ model, report }) {
      for (const pod of model.pods) {
        const { os } = pod;
        if (os.os !== "windows") continue;
        for (const { field, node, container } of linuxOnlyFields(pod)) {
          if (field === "privileged" && node.isTrue) continue;
          const level = container ? "container" : "pod";
          const holder = container ? container.securityContext : holderOf(node, field, [pod.spec.get("securityContext"), pod.spec]);
          report({
            messageId: os.declared ? `${level}Rejected` : `${level}Ignored`,
            data: { field, container: container?.name ?? "", evidence: os.evidence },
            region: node.reportRegion,
            severity: os.declared ? "medium" : "low",
            properties: pod.properties,
            ...fixes(removeFieldFix(holder, field, "Windows has no such setting."))
          });
        }
      }
    }
  }
});

// src/rules/windows-workload/windows-options-on-linux-pod.ts
var WHY = "a Linux pod cannot have Windows options.";
var windows_options_on_linux_pod_default = defineRule({
  meta: {
    id: "BH607",
    slug: "windows-options-on-linux-pod",
    title: "windowsOptions on a Linux pod",
    description: "A pod that declares `os.name: linux` may not set `windowsOptions`, at the pod level or in any container, not even `{}`: the API server rejects it. It usually means a Windows template was copied or a chart's values were mixed up, so the pod's intended account or HostProcess settings are not what will run.",
    severity: "medium",
    remediation: "Remove `windowsOptions` from the Linux pod (a Linux account is set with the Linux fields of the security context), or, if the workload is really a Windows one, set `os.name: windows` and target Windows nodes.",
    references: [
      "https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#scheduling",
      "https://kubernetes.io/docs/concepts/windows/user-guide/"
    ],
    tags: ["CWE-1284", "windows"],
    messages: {
      pod: "The pod sets 'windowsOptions' with os.name 'linux': the API server rejects it.",
      container: "Container '{container}' sets 'windowsOptions' on a pod with os.name 'linux': the API server rejects it."
    }
  },
  checks: {
    kubernetes({ model, report }) {
      for (const pod of model.pods) {
        const { os, properties } = pod;
        if (!os.declared || os.os !== "linux") continue;
        const options2 = pod.spec.at("securityContext", "windowsOptions");
        if (options2 && options2.kind !== "null")
          report({
            messageId: "pod",
            region: options2.reportRegion,
            properties,
            ...fixes(removeFieldFix(pod.spec.get("securityContext"), "windowsOptions", WHY))
          });
        for (const container of pod.containers) {
          const own = container.securityContext?.get("windowsOptions");
          if (own && own.kind !== "null")
            report({
              messageId: "container",
              data: { container: container.name },
              region: own.reportRegion,
              properties,
              ...fixes(removeFieldFix(container.securityContext, "windowsOptions", WHY))
            });
        }
      }
    }
  }
});

// src/rules/windows-workload/invalid-run-as-user-name.ts
var invalid_run_as_user_name_default = defineRule({
  meta: {
    id: "BH608",
    slug: "invalid-run-as-user-name",
    title: "Invalid Windows runAsUserName",
    description: 'Kubernetes rejects a `windowsOptions.runAsUserName` that is empty, contains control characters or more than one backslash, has a domain that is neither a NetBIOS name (up to 15 characters) nor a DNS name, or a user part that is empty, longer than 104 bytes, only dots or spaces, or contains any of `"/\\[]:;|=,+*?<>@`. Worse, in a double-quoted YAML string a single backslash starts an escape: `"NT AUTHORITY\\Local service"` silently becomes `NT AUTHORITY` + U+2028 + `ocal service`, which passes validation and fails only when the container starts, or runs as an account nobody intended.',
    severity: "medium",
    remediation: "Write account names in single quotes (`'NT AUTHORITY\\LOCAL SERVICE'`), unquoted, or with a doubled backslash inside double quotes (`\"NT AUTHORITY\\\\LOCAL SERVICE\"`). Use `DOMAIN\\user` with one backslash, a NetBIOS or DNS domain and a valid user part; for ordinary containers use `ContainerUser`.",
    references: [
      "https://kubernetes.io/docs/tasks/configure-pod-container/configure-runasusername/",
      "https://yaml.org/spec/1.2.2/#57-escaped-characters",
      "https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/core/validation/validation.go"
    ],
    tags: ["CWE-1284", "windows"],
    messages: {
      invalid: "The runAsUserName '{value}' of {owner} is rejected by Kubernetes: {problems}.",
      escape: "The runAsUserName '{written}' of {owner} is double-quoted, so YAML reads '{escape}' as an escape sequence and Kubernetes receives '{value}'."
    }
  },
  checks: {
    kubernetes({ model, report }) {
      for (const pod of model.pods) {
        const { properties } = pod;
        for (const { node, container } of runAsUserNameFields(pod)) {
          const value = node.text;
          if (value === void 0) continue;
          const owner = container ? `container '${container.name}'` : "the pod";
          const region = node.reportRegion;
          const escape = misreadEscape(node);
          if (escape) {
            const data = {
              written: escape.intended,
              owner,
              escape: escape.escape,
              value: printableUserName(value)
            };
            report({
              messageId: "escape",
              data,
              region,
              properties,
              ...fixes(singleQuotedFix(node, escape.intended))
            });
            continue;
          }
          const problems = runAsUserNameProblems(value);
          if (problems.length)
            report({
              messageId: "invalid",
              data: { value: printableUserName(value), owner, problems: problems.join("; ") },
              region,
              properties
            });
        }
      }
    }
  }
});

// src/targets/kubernetes/secret-volumes.ts
function secretVolumes(workload) {
  const found = [];
  for (const volume of workload.spec.get("volumes")?.items() ?? []) {
    const name = volume.get("name")?.text;
    if (name === void 0) continue;
    const mountedBy = workload.containers.filter(
      (container) => (container.node.get("volumeMounts")?.items() ?? []).some((mount) => mount.get("name")?.text === name)
    );
    if (mountedBy.length === 0) continue;
    const secret = volume.get("secret");
    if (secret && secret.kind !== "null")
      found.push({ volume: name, secret: secret.get("secretName")?.text, node: secret, mountedBy });
    for (const source of volume.at("projected", "sources")?.items() ?? []) {
      const projected = source.get("secret");
      if (projected && projected.kind !== "null")
        found.push({ volume: name, secret: projected.get("name")?.text, node: projected, mountedBy });
    }
  }
  return found;
}

// src/rules/windows-workload/windows-secret-on-node-disk.ts
var windows_secret_on_node_disk_default = defineRule({
  meta: {
    id: "BH609",
    slug: "windows-secret-on-node-disk",
    title: "Secret volume on a Windows node is stored on disk",
    description: "Linux nodes keep Secret volumes in memory (tmpfs). Windows nodes have no tmpfs and write the Secret's data in clear text to the node's local disk, where it survives in backups, snapshots and disk images and is readable by anyone with administrator access to the node; `emptyDir.medium: Memory` is not available on Windows either.",
    severity: "info",
    remediation: "Protect the kubelet's pod directory on Windows nodes with file ACLs and encrypt the volume with BitLocker; mount only the keys the container needs (`items`), prefer short-lived credentials (projected service-account tokens, workload identity, gMSA) over long-lived Secrets.",
    references: [
      "https://kubernetes.io/docs/concepts/security/windows-security/",
      "https://kubernetes.io/docs/concepts/configuration/secret/"
    ],
    tags: ["CWE-312", "windows"],
    messages: {
      mounted: "Volume '{volume}' puts Secret '{secret}' into {containers} of a Windows pod: Windows nodes store it in clear text on the node's disk."
    },
    whenToIgnore: "Your Windows nodes encrypt their disks (BitLocker) and restrict access to the kubelet directory; suppress for the namespace or file with that reason."
  },
  checks: {
    kubernetes({ model, report }) {
      for (const pod of model.pods) {
        if (pod.os.os !== "windows") continue;
        for (const { volume, secret, node, mountedBy } of secretVolumes(pod)) {
          report({
            messageId: "mounted",
            data: { volume, secret: secret ?? "", containers: describeContainers(mountedBy) },
            region: node.reportRegion,
            properties: pod.properties
          });
        }
      }
    }
  }
});

// src/rules/windows-workload/windows-scheduling-unpinned.ts
var windows_scheduling_unpinned_default = defineRule({
  meta: {
    id: "BH610",
    slug: "windows-scheduling-unpinned",
    title: "Windows image without Windows node targeting",
    description: "The scheduler does not look at images: a pod with a Windows image and no node selection for Windows (`nodeSelector`/required node affinity on `kubernetes.io/os: windows` or `node.kubernetes.io/windows-build`, a Windows RuntimeClass) can land on a Linux node and fail there, and without `os.name: windows` the API server applies neither Windows validation nor the Pod Security exemptions for Windows.",
    severity: "low",
    remediation: "Set `os.name: windows` and `nodeSelector: {kubernetes.io/os: windows}` (add `node.kubernetes.io/windows-build` to match the image's Windows Server version), or use a RuntimeClass whose scheduling selects Windows nodes.",
    references: [
      "https://kubernetes.io/docs/concepts/windows/user-guide/#ensuring-os-specific-workloads-land-on-the-appropriate-container-host",
      "https://kubernetes.io/docs/concepts/containers/runtime-class/#scheduling"
    ],
    tags: ["windows"],
    messages: {
      unpinned: "Container '{container}' runs Windows image '{image}', but the pod does not target Windows nodes: it can be scheduled onto a Linux node."
    },
    whenToIgnore: "Your cluster has only Windows nodes, or an admission webhook adds the node selection; suppress with that reason."
  },
  checks: {
    kubernetes({ model, repository, report }) {
      for (const pod of model.pods) {
        if (pod.os.pinned) continue;
        const runtimeClass = pod.spec.get("runtimeClassName")?.text;
        if (runtimeClass && repository.runtimeClasses.get(runtimeClass) !== "linux") continue;
        const container = pod.containers.find((c) => c.imageFacts?.windowsByName);
        if (!container) continue;
        report({
          messageId: "unpinned",
          data: { container: container.name, image: container.imageFacts?.text ?? "" },
          region: pod.specRegion,
          properties: pod.properties
        });
      }
    }
  }
});

// src/rules/windows-workload/windows-runasnonroot-contradiction.ts
var isContainerAdministrator = (user) => user?.toLowerCase() === "containeradministrator";
var windows_runasnonroot_contradiction_default = defineRule({
  meta: {
    id: "BH611",
    slug: "windows-runasnonroot-contradiction",
    title: "runAsNonRoot contradicts ContainerAdministrator",
    description: "On Windows the kubelet enforces `runAsNonRoot: true` by name: a container whose effective `runAsUserName`, or, when none is set, whose image's configured user is `ContainerAdministrator` never starts (CreateContainerConfigError). The manifest asks for two contradicting things; the usual \"fix\" of dropping `runAsNonRoot` leaves the container running as an administrator. Server Core's empty default user passes this check and is reported by BH601 instead.",
    severity: "medium",
    remediation: "Keep `runAsNonRoot: true` and run the container as `ContainerUser` (`windowsOptions.runAsUserName: ContainerUser`, or `USER ContainerUser` at the end of its Dockerfile), granting it the folders it writes with `icacls`.",
    references: [
      "https://kubernetes.io/docs/tasks/configure-pod-container/configure-runasusername/",
      "https://kubernetes.io/docs/concepts/windows/intro/#compatibility-v1-pod-spec-containers-securitycontext"
    ],
    tags: ["CWE-1284", "windows"],
    messages: {
      container: "Container '{container}' runs as '{user}' with runAsNonRoot true: the kubelet refuses to start it.",
      pod: "The pod's runAsUserName '{user}' contradicts runAsNonRoot true: the kubelet refuses to start {containers}.",
      image: "Container '{container}' sets runAsNonRoot true and no runAsUserName, but image '{image}' is configured to run as '{user}' ({reason}): the kubelet refuses to start it."
    }
  },
  checks: {
    kubernetes({ model, report }) {
      for (const pod of model.pods) {
        if (pod.os.os !== "windows") continue;
        const { properties } = pod;
        const nonRoot = pod.containers.filter((c) => c.security.runAsNonRoot?.node.isTrue === true);
        const byUser = groupBySetting(nonRoot, (c) => c.security.runAsUserName);
        for (const { setting, containers } of byUser) {
          const user = setting.node.text;
          if (!isContainerAdministrator(user)) continue;
          const data = {
            user: user ?? "",
            container: containers[0]?.name ?? "",
            containers: describeContainers(containers)
          };
          report({ messageId: setting.level, data, region: setting.node.reportRegion, properties });
        }
        for (const container of nonRoot) {
          if (container.security.runAsUserName) continue;
          const image = container.imageFacts;
          const user = image?.user;
          if (!user?.explicit || user.os === "linux" || !isContainerAdministrator(user.user)) continue;
          report({
            messageId: "image",
            data: {
              container: container.name,
              image: image?.text ?? "",
              user: user.user,
              reason: user.reason
            },
            region: container.region,
            properties,
            ...user.related ? { relatedLocations: [user.related] } : {}
          });
        }
      }
    }
  }
});

// src/targets/windows-builds.ts
var release = (key, name, build) => ({ key, name, build });
var WINDOWS_RELEASES = [
  release("ltsc2016", "Windows Server 2016", 14393),
  // The 2016-era Nano Server was a Semi-Annual Channel image on the 14393 build, serviced apart from Server Core 2016.
  release("sac2016", "Nano Server 2016 (sac2016)", 14393),
  release("1709", "Windows Server, version 1709", 16299),
  release("1803", "Windows Server, version 1803", 17134),
  // 1809 and ltsc2019 tags are the same build (10.0.17763): the Windows Server 2019 images.
  release("ltsc2019", "Windows Server 2019", 17763),
  release("1903", "Windows Server, version 1903", 18362),
  release("1909", "Windows Server, version 1909", 18363),
  release("2004", "Windows Server, version 2004", 19041),
  release("20h2", "Windows Server, version 20H2", 19042),
  release("ltsc2022", "Windows Server 2022", 20348),
  // Annual Channel: Windows nodes only (AKS, Azure Stack HCI); no base images were published for it.
  release("23h2", "Windows Server, version 23H2", 25398),
  release("ltsc2025", "Windows Server 2025", 26100)
];
var BY_TAG_TOKEN = /* @__PURE__ */ new Map([
  ["ltsc2016", "ltsc2016"],
  ["sac2016", "sac2016"],
  ["1709", "1709"],
  ["1803", "1803"],
  ["1809", "ltsc2019"],
  ["ltsc2019", "ltsc2019"],
  ["1903", "1903"],
  ["1909", "1909"],
  ["2004", "2004"],
  ["20h2", "20h2"],
  // Microsoft's first tag for 20H2 (dotnet-framework-docker and iis-docker still have `\u2026-2009`).
  ["2009", "20h2"],
  ["ltsc2022", "ltsc2022"],
  ["ltsc2025", "ltsc2025"]
]);
var BUILD_VERSION = /^10\.0\.(\d{5})(?:\.\d+)?$/;
function releaseByKey(key) {
  return WINDOWS_RELEASES.find((r) => r.key === key);
}
function windowsReleaseOfBuild(build) {
  return WINDOWS_RELEASES.find((r) => r.build === build);
}
function unlistedBuild(build) {
  return { key: `10.0.${build}`, name: `Windows build 10.0.${build}`, build };
}
function windowsReleaseOfVersion(version) {
  const match = BUILD_VERSION.exec(version.trim());
  if (!match) return void 0;
  const build = Number(match[1]);
  return windowsReleaseOfBuild(build) ?? unlistedBuild(build);
}
function windowsReleaseOfImage(reference) {
  if (!isWindowsImageName(reference)) return void 0;
  const tag = (reference.tag ?? "").toLowerCase();
  if (isNanoServer2016Reference(reference)) {
    const nano2016 = releaseByKey("sac2016");
    const token = tag.split(/[-_]/).find((part) => part === "sac2016" || part.startsWith("10.0.14393")) ?? tag;
    if (nano2016) return { release: nano2016, token };
  }
  for (const token of tag.split(/[-_]/)) {
    const key = BY_TAG_TOKEN.get(token);
    const known = key ? releaseByKey(key) : void 0;
    if (known) return { release: known, token };
    const version = windowsReleaseOfVersion(token);
    if (version) return { release: version, token };
  }
  if (reference.unresolved === void 0 && reference.registry === "docker.io" && HUB_2016_LATEST.has(reference.repository.toLowerCase()) && (tag === "" || tag === "latest")) {
    const server2016 = releaseByKey("ltsc2016");
    if (server2016) return { release: server2016, token: tag };
  }
  return void 0;
}
var HUB_2016_LATEST = /* @__PURE__ */ new Set(["microsoft/windowsservercore", "microsoft/iis"]);
var AKS_OS_SKUS = /* @__PURE__ */ new Map([
  ["windows2019", "ltsc2019"],
  ["windows2022", "ltsc2022"],
  ["windows2025", "ltsc2025"]
]);
var WINDOWS_BUILD_LABEL = "node.kubernetes.io/windows-build";
var AKS_OS_SKU_LABEL = "kubernetes.azure.com/os-sku";
function windowsReleaseOfNodeLabel(key, value) {
  if (key === WINDOWS_BUILD_LABEL) return windowsReleaseOfVersion(value);
  if (key !== AKS_OS_SKU_LABEL) return void 0;
  const sku = AKS_OS_SKUS.get(value.trim().toLowerCase());
  return sku ? releaseByKey(sku) : void 0;
}
var WS2022_BUILD = 20348;
var ANNUAL_CHANNEL_23H2_BUILD = 25398;
function runsWithProcessIsolation(imageBuild, nodeBuild) {
  return imageBuild === nodeBuild || imageBuild === WS2022_BUILD && nodeBuild === ANNUAL_CHANNEL_23H2_BUILD;
}

// src/targets/kubernetes/pinned-windows-build.ts
var BUILD_KEYS = [WINDOWS_BUILD_LABEL, AKS_OS_SKU_LABEL];
function pinnedWindowsBuild(spec, runtimeClasses) {
  for (const key of BUILD_KEYS) {
    const node = spec.get("nodeSelector")?.get(key);
    const release3 = node?.text ? windowsReleaseOfNodeLabel(key, node.text) : void 0;
    if (node && release3)
      return {
        releases: [release3],
        evidence: `nodeSelector ${key}=${node.text ?? ""}`,
        region: node.reportRegion
      };
  }
  const affinity = requiredAffinityBuild(spec);
  if (affinity) return affinity;
  const name = spec.get("runtimeClassName")?.text;
  const details = name ? runtimeClasses?.get(name) : void 0;
  const release2 = details?.windowsBuild ? windowsReleaseOfVersion(details.windowsBuild) : void 0;
  if (!name || !release2) return void 0;
  return {
    releases: [release2],
    evidence: `RuntimeClass '${name}' (${WINDOWS_BUILD_LABEL}=${details?.windowsBuild ?? ""})`,
    ...details?.location ? { related: details.location } : {}
  };
}
function requiredAffinityBuild(spec) {
  const terms = spec.at("affinity", "nodeAffinity", "requiredDuringSchedulingIgnoredDuringExecution", "nodeSelectorTerms")?.items() ?? [];
  const pinned = terms.map(termBuild);
  if (pinned.length === 0 || pinned.some((p) => p === void 0)) return void 0;
  const releases = /* @__PURE__ */ new Map();
  for (const term of pinned) for (const release2 of term?.releases ?? []) releases.set(release2.build, release2);
  const [first] = pinned;
  return first ? { ...first, releases: [...releases.values()] } : void 0;
}
function termBuild(term) {
  for (const expression of term.get("matchExpressions")?.items() ?? []) {
    const key = expression.get("key")?.text ?? "";
    if (!BUILD_KEYS.includes(key) || expression.get("operator")?.text !== "In") continue;
    const values = (expression.get("values")?.items() ?? []).map((v) => v.text ?? "");
    const releases = values.map((v) => windowsReleaseOfNodeLabel(key, v));
    if (values.length === 0 || releases.some((r) => r === void 0)) continue;
    return {
      releases: releases.filter((r) => r !== void 0),
      evidence: `required node affinity ${key} In [${values.join(", ")}]`,
      region: expression.reportRegion
    };
  }
  return void 0;
}
var HYPERV_HANDLER = "runhcs-wcow-hypervisor";
var HYPERV_NAME = /hyper-?v|hypervisor/i;
function usesHyperVIsolation(spec, runtimeClasses) {
  const name = spec.get("runtimeClassName")?.text;
  if (!name) return false;
  const details = runtimeClasses?.get(name);
  return details ? details.handler === HYPERV_HANDLER : HYPERV_NAME.test(name);
}

// src/rules/windows-workload/windows-build-mismatch.ts
var windows_build_mismatch_default = defineRule({
  meta: {
    id: "BH612",
    slug: "windows-build-mismatch",
    title: "Windows image build differs from the pinned node build",
    description: "With process isolation, a Windows container shares the host's kernel, so the image's OS build must equal the node's: a Windows Server 2019 (10.0.17763) image does not start on a Windows Server 2022 (10.0.20348) node, and the pod is stuck in `CreateContainerError`. AKS and most Kubernetes distributions offer process isolation only; Hyper-V isolation (RuntimeClass handler `runhcs-wcow-hypervisor`) runs older images on newer hosts. The image build is read from its tag (`ltsc2019`, `1809`, `ltsc2022`, `10.0.20348.x`, SAC tags); multi-platform tags resolve per node and are not checked.",
    severity: "medium",
    remediation: "Use the image tag for the nodes' build (`ltsc2022` for `10.0.20348` / `Windows2022` nodes), or a multi-platform tag that includes it; or pin the pod to nodes of the image's build, or run it with a Hyper-V RuntimeClass (handler `runhcs-wcow-hypervisor`) where the cluster supports it.",
    references: [
      "https://learn.microsoft.com/virtualization/windowscontainers/deploy-containers/version-compatibility",
      "https://kubernetes.io/docs/concepts/windows/user-guide/#ensuring-os-specific-workloads-land-on-the-appropriate-container-host",
      "https://learn.microsoft.com/azure/aks/upgrade-windows-os",
      "https://learn.microsoft.com/virtualization/windowscontainers/deploy-containers/portability"
    ],
    tags: ["windows", "availability"],
    messages: {
      mismatch: "Container '{container}' runs '{image}', a {imageRelease} image (build {imageBuild}), but the pod is pinned to {nodeRelease} nodes (build {nodeBuild}) by {evidence}: with process isolation the container will not start."
    },
    whenToIgnore: "Your Windows nodes run Hyper-V isolated containers by default (a containerd default runtime of `runhcs-wcow-hypervisor`), or a mutating webhook adds a Hyper-V RuntimeClass; suppress with that reason."
  },
  checks: {
    kubernetes({ model, repository, file, report }) {
      for (const pod of model.pods) {
        if (pod.hostProcess || pod.os.os === "linux") continue;
        if (usesHyperVIsolation(pod.spec, repository.runtimeClassDetails)) continue;
        const pin = pinnedWindowsBuild(pod.spec, repository.runtimeClassDetails);
        if (!pin) continue;
        for (const container of pod.containers) {
          const reference = container.imageFacts?.reference;
          const tagged = reference ? imageRelease(reference, repository) : void 0;
          if (!tagged || !container.image || pin.releases.some((r) => runsWithProcessIsolation(tagged.release.build, r.build)))
            continue;
          const related = pin.related ? [pin.related] : pin.region ? [{ file, region: pin.region, message: `The pod's node selection: ${pin.evidence}` }] : [];
          if (tagged.built) related.push(tagged.built);
          report({
            messageId: "mismatch",
            data: {
              container: container.name,
              image: container.imageFacts?.text ?? "",
              imageRelease: tagged.release.name,
              imageBuild: `10.0.${tagged.release.build}`,
              nodeRelease: pin.releases.map((r) => r.name).join(" or "),
              nodeBuild: pin.releases.map((r) => `10.0.${r.build}`).join(" or "),
              evidence: pin.evidence
            },
            region: container.image.reportRegion,
            ...related.length ? { relatedLocations: related } : {},
            properties: pod.properties
          });
        }
      }
    }
  }
});
function imageRelease(reference, repository) {
  const tagged = windowsReleaseOfImage(reference);
  if (tagged) return tagged;
  const base = reference.unresolved?.registry ? void 0 : repository.builtImages.get(reference.name.toLowerCase())?.windowsBase;
  const release2 = base ? windowsReleaseOfBuild(base.build) : void 0;
  return base && release2 ? { release: release2, built: base.location } : void 0;
}

// src/targets/image/windows-image-release.ts
var NANO_SERVER3 = /nano-?server/i;
function windowsImageRelease(platform, history) {
  if (platform.os.toLowerCase() !== "windows" || !platform.osVersion) return void 0;
  const release2 = windowsReleaseOfVersion(platform.osVersion);
  if (release2?.key === "ltsc2016" && history.some((entry) => NANO_SERVER3.test(entry.createdBy)))
    return { ...release2, key: "sac2016", name: "Nano Server 2016 (sac2016)" };
  return release2;
}

// src/targets/windows-support-dates.ts
var CORE_NANO = ["servercore", "nanoserver"];
var ALL_IMAGES = ["servercore", "nanoserver", "server", "windows"];
var WINDOWS_SUPPORT_DATES = /* @__PURE__ */ new Map([
  ["sac2016", { channel: "SAC", supportEnd: "2018-10-09", images: ["nanoserver"] }],
  [
    "ltsc2016",
    { channel: "LTSC", mainstreamEnd: "2022-01-11", supportEnd: "2027-01-12", images: ["servercore"] }
  ],
  ["1709", { channel: "SAC", supportEnd: "2019-04-09", images: CORE_NANO }],
  ["1803", { channel: "SAC", supportEnd: "2019-11-12", images: CORE_NANO }],
  [
    "ltsc2019",
    { channel: "LTSC", mainstreamEnd: "2024-01-09", supportEnd: "2029-01-09", images: ALL_IMAGES }
  ],
  ["1903", { channel: "SAC", supportEnd: "2020-12-08", images: CORE_NANO }],
  ["1909", { channel: "SAC", supportEnd: "2021-05-11", images: CORE_NANO }],
  ["2004", { channel: "SAC", supportEnd: "2021-12-14", images: CORE_NANO }],
  ["20h2", { channel: "SAC", supportEnd: "2022-08-09", images: CORE_NANO }],
  [
    "ltsc2022",
    { channel: "LTSC", mainstreamEnd: "2026-10-13", supportEnd: "2031-10-14", images: ALL_IMAGES }
  ],
  ["ltsc2025", { channel: "LTSC", mainstreamEnd: "2029-10-09", supportEnd: "2034-10-10", images: ALL_IMAGES }]
]);
var SUPPORT_DATES_CHECKED = "2026-12-05";
var SUPPORT_ENDING_DAYS = 180;
var DAY_MS = 24 * 60 * 60 * 1e3;
function supportStatus(release2, today) {
  const dates = WINDOWS_SUPPORT_DATES.get(release2.key);
  if (!dates) return { state: "unknown" };
  if (dates.supportEnd < today) return { state: "ended", supportEnd: dates.supportEnd };
  const daysLeft = Math.round((Date.parse(dates.supportEnd) - Date.parse(today)) / DAY_MS);
  return daysLeft <= SUPPORT_ENDING_DAYS ? { state: "ending", supportEnd: dates.supportEnd, daysLeft } : { state: "supported" };
}
function endOfSupport(release2, today) {
  const status = supportStatus(release2, today ?? SUPPORT_DATES_CHECKED);
  if (status.state !== "ended" && status.state !== "ending") return void 0;
  const data = { release: release2.name, build: `10.0.${release2.build}`, date: status.supportEnd };
  return status.state === "ended" ? { state: "ended", data } : { state: "ending", data: { ...data, days: status.daysLeft }, severity: "low" };
}

// src/rules/windows-workload/windows-base-eol.ts
var windows_base_eol_default = defineRule({
  meta: {
    id: "BH613",
    slug: "windows-base-eol",
    title: "Windows image out of support",
    description: "The image's Windows release is past its end of support, so Microsoft publishes no more security updates for it: every Windows vulnerability fixed since stays open in the container. Semi-Annual Channel images (`1709`, `1803`, `1903`, `1909`, `2004`, `20H2`, first tagged `2009`) had 18 months, the 2016-era Nano Server (`sac2016`, `10.0.14393.*`) ended in 2018, and Windows Server 2016 (`ltsc2016`, `10.0.14393`) ends on 2027-01-12; `1809` is the Windows Server 2019 build, supported until 2029-01-09. Checked for a Dockerfile's final image, workload images (Kubernetes, Compose) and built images (their config `os.version`). Low when support ends within 180 days of the scan.",
    severity: "medium",
    remediation: "Rebuild on a supported release (`ltsc2022` or `ltsc2025`) and move the Windows nodes with it: with process isolation the image and node builds must match.",
    references: [
      "https://learn.microsoft.com/virtualization/windowscontainers/deploy-containers/base-image-lifecycle",
      "https://learn.microsoft.com/windows/release-health/windows-server-release-info",
      "https://learn.microsoft.com/lifecycle/products/windows-server-2016"
    ],
    tags: ["CWE-1104", "windows"],
    messages: {
      ended: "Image '{image}' is {release} (build {build}), whose support ended on {date}: it gets no security updates.",
      ending: "Image '{image}' is {release} (build {build}), whose support ends on {date}, in {days} days: it then gets no security updates.",
      imageEnded: "The image's OS version '{version}' is {release}, whose support ended on {date}: it gets no security updates.",
      imageEnding: "The image's OS version '{version}' is {release}, whose support ends on {date}, in {days} days: it then gets no security updates."
    },
    whenToIgnore: "You pay for Extended Security Updates for the release and the image is rebuilt with them; suppress with an `expires` date at the end of that contract."
  },
  checks: {
    dockerfile({ document, settings, report }) {
      const root = finalImageStages(document).at(-1);
      const base = root && baseImageOf(root);
      const tagged = base && windowsReleaseOfImage(base.reference);
      if (root && base && tagged)
        reportRelease(tagged.release, base.written, root.baseRegion, settings.today, report);
    },
    kubernetes({ document, settings, report }) {
      for (const use of workloadImages(document, { literalParts: true }))
        reportUse(use, settings.today, report);
    },
    compose({ document, settings, report }) {
      for (const use of workloadImages(document, { literalParts: true }))
        if (!use.built) reportUse(use, settings.today, report);
    },
    image({ document, settings, report }) {
      const release2 = windowsImageRelease(document.platform, document.history);
      const end = release2 ? endOfSupport(release2, settings.today) : void 0;
      if (!end) return;
      report({
        messageId: end.state === "ended" ? "imageEnded" : "imageEnding",
        data: { ...end.data, version: document.platform.osVersion ?? "" },
        ...end.severity ? { severity: end.severity } : {},
        region: IMAGE_REGION,
        logical: "os.version"
      });
    }
  }
});
function reportUse(use, today, report) {
  const tagged = windowsReleaseOfImage(use.reference);
  if (tagged) reportRelease(tagged.release, use.reference.raw, use.region, today, report);
}
function reportRelease(release2, image, region, today, report) {
  const end = endOfSupport(release2, today);
  if (end)
    report({
      messageId: end.state,
      data: { ...end.data, image },
      ...end.severity ? { severity: end.severity } : {},
      region
    });
}

// src/rules/registry/registry-plain-http.ts
var registry_plain_http_default = defineRule({
  meta: {
    id: "BH801",
    slug: "registry-plain-http",
    title: "Registry reached over plain HTTP",
    description: 'A runtime is told to talk to a registry or mirror over `http://`: Docker `registry-mirrors`, containerd `endpoint`/`server`/`[host."http://\u2026"]`/`plain-http`, k3s/RKE2 `registries.yaml` `mirrors.<registry>.endpoint`, BuildKit `http = true`. Whoever is on the network path can read the credentials sent to it and answer tag lookups with an image of their choice. Loopback registries, and hosts.toml mirrors trusted only to `pull` (blobs are checked against their digest), are reported as low.',
    severity: "high",
    remediation: 'Serve the registry over HTTPS with a certificate the runtime trusts, then switch the endpoint to `https://` and remove `http = true` / `plain-http`. For a private CA: Docker `/etc/docker/certs.d/<host:port>/ca.crt`; containerd `ca = "\u2026"` in `/etc/containerd/certs.d/<host>/hosts.toml`; Podman/CRI-O `/etc/containers/certs.d/<host:port>/ca.crt`; BuildKit `ca = ["\u2026"]` under `[registry."<host>"]`. A mirror that must stay on HTTP should only get `capabilities = ["pull"]`, so tags are still resolved over TLS.',
    references: [
      "https://github.com/containerd/containerd/blob/main/docs/hosts.md",
      "https://docs.docker.com/reference/cli/dockerd/#insecure-registries",
      "https://docs.docker.com/build/buildkit/toml-configuration/",
      "https://github.com/containers/image/blob/main/docs/containers-registries.conf.5.md"
    ],
    tags: ["CWE-319", "registry"],
    messages: {
      registry: "Registry '{registry}' is reached over plain HTTP ('{key}').",
      mirror: "Mirror '{registry}' of registry '{mirrorOf}' is reached over plain HTTP ('{key}')."
    },
    whenToIgnore: "A registry on a loopback address or an isolated lab network that only serves digest-pinned images."
  },
  checks: {
    "registry-config"({ document, report }) {
      for (const endpoint of document.insecureEndpoints) {
        if (endpoint.setting !== "plain-http") continue;
        const { registry, key, region } = endpoint;
        const mirrorOf = mirroredRegistryOf(endpoint);
        const isMirror = mirrorOf !== void 0;
        report({
          messageId: isMirror ? "mirror" : "registry",
          // A URL or location may carry `user:password@`: messages never quote the password.
          data: {
            registry: redactUserinfo(registry),
            key: redactUserinfo(key),
            mirrorOf: redactUserinfo(mirrorOf ?? "")
          },
          region,
          ...endpoint.lowRisk ? { severity: "low" } : {}
        });
      }
    }
  }
});

// src/rules/registry/registry-tls-unverified.ts
var registry_tls_unverified_default = defineRule({
  meta: {
    id: "BH802",
    slug: "registry-tls-unverified",
    title: "Registry TLS verification disabled",
    description: 'The registry\'s certificate is not checked: containerd `insecure_skip_verify = true` (k3s/RKE2 `registries.yaml`: `configs.<host>.tls.insecure_skip_verify: true`), hosts.toml `skip_verify = true`, BuildKit `insecure = true`, or an "insecure registry" switch (Docker `insecure-registries` / `--insecure-registry`, registries.conf `insecure = true` / `[registries.insecure]`) that also falls back to plain HTTP. Anyone on the network path can impersonate the registry, collect the credentials sent to it and serve any image for a tag. Loopback entries (`localhost`, `127.0.0.0/8` and addresses or CIDRs in it, `::1`) are reported as low: only the machine itself reaches them, and Docker already treats `127.0.0.0/8` as insecure.',
    severity: "high",
    remediation: 'Trust the registry\'s CA instead of switching verification off. Docker: put the CA in `/etc/docker/certs.d/<host:port>/ca.crt` (Windows: `%ProgramData%\\docker\\certs.d`) and remove the entry from `insecure-registries` / `--insecure-registry`. containerd: `ca = "ca.crt"` in `certs.d/<host>/hosts.toml` and remove `skip_verify` / `insecure_skip_verify`. Podman/CRI-O: `/etc/containers/certs.d/<host:port>/ca.crt` and `insecure = false`. BuildKit: `ca = ["\u2026"]` and remove `insecure = true`.',
    references: [
      "https://docs.docker.com/engine/security/certificates/",
      "https://docs.docker.com/reference/cli/dockerd/#insecure-registries",
      "https://github.com/containerd/containerd/blob/main/docs/hosts.md",
      "https://github.com/containers/image/blob/main/docs/containers-registries.conf.5.md"
    ],
    tags: ["CWE-295", "registry"],
    messages: {
      skipVerify: "TLS certificate verification is off for registry '{registry}' ('{key}').",
      mirrorSkipVerify: "TLS certificate verification is off for mirror '{registry}' of registry '{mirrorOf}' ('{key}').",
      insecure: "Registry '{registry}' is marked insecure ('{key}'): unverified TLS and plain HTTP are accepted.",
      mirrorInsecure: "Mirror '{registry}' of registry '{mirrorOf}' is marked insecure ('{key}'): unverified TLS and plain HTTP are accepted."
    },
    whenToIgnore: "A registry on a loopback address or an isolated lab network with no credentials and no production images."
  },
  checks: {
    "registry-config"({ document, report }) {
      for (const endpoint of document.insecureEndpoints) {
        if (endpoint.setting === "plain-http") continue;
        const { registry, key, region } = endpoint;
        const mirrorOf = mirroredRegistryOf(endpoint);
        const isMirror = mirrorOf !== void 0;
        const kind = endpoint.setting === "skip-verify" ? "skipVerify" : "insecure";
        report({
          messageId: isMirror ? kind === "skipVerify" ? "mirrorSkipVerify" : "mirrorInsecure" : kind,
          // A URL or location may carry `user:password@`: messages never quote the password.
          data: {
            registry: redactUserinfo(registry),
            key: redactUserinfo(key),
            mirrorOf: redactUserinfo(mirrorOf ?? "")
          },
          region,
          // RULES.md: loopback entries (`localhost`, `127.0.0.0/8` and addresses/CIDRs in it,
          // `::1`) are low; Docker itself treats 127.0.0.0/8 as insecure by default
          // (https://docs.docker.com/reference/cli/dockerd/#insecure-registries).
          ...isLoopbackHost(registry) ? { severity: "low" } : {}
        });
      }
    }
  }
});

// src/rules/registry/docker-daemon-exposed.ts
var docker_daemon_exposed_default = defineRule({
  meta: {
    id: "BH803",
    slug: "docker-daemon-exposed",
    title: "Docker daemon exposed on TCP without TLS client verification",
    description: "dockerd listens on a `tcp://` socket (`hosts` in `daemon.json`, `-H`/`--host` on its command line) without `tlsverify`. Whoever reaches the port can start a privileged container that mounts the host: root on the machine, with no password. On `0.0.0.0` (all interfaces) that is anyone on the network; on loopback still any local process or a browser-driven request.",
    severity: "critical",
    remediation: 'Do not publish the Docker API over plain TCP. Keep the default local socket (`unix:///var/run/docker.sock`, Windows `npipe:////./pipe/docker_engine`) and reach remote engines over SSH (`DOCKER_HOST=ssh://user@host`, `docker context create --docker host=ssh://\u2026`). If TCP is required, set `"tlsverify": true` with `tlscacert`, `tlscert` and `tlskey` from a private CA dedicated to Docker clients, and listen on port 2376.',
    references: [
      "https://docs.docker.com/engine/security/protect-access/",
      "https://docs.docker.com/reference/cli/dockerd/#daemon-socket-option",
      "https://docs.docker.com/engine/daemon/remote-access/"
    ],
    tags: ["CWE-306", "CWE-319", "registry"],
    messages: {
      exposed: "Docker daemon listens on '{address}' without TLS client verification ('{key}').",
      allInterfaces: "Docker daemon listens on all interfaces at '{address}' without TLS client verification ('{key}'): anyone who reaches the port controls the host."
    }
  },
  checks: {
    "registry-config"({ document, report }) {
      for (const { address, tlsVerify, key, region } of document.listeners) {
        const host = tcpHost(address);
        if (host === void 0 || tlsVerify) continue;
        const everywhere = ["0.0.0.0", "::", "[::]"].includes(host);
        report({ messageId: everywhere ? "allInterfaces" : "exposed", data: { address, key }, region });
      }
    }
  }
});
function tcpHost(address) {
  const match = /^(?:([a-z]+):\/\/)?(.*)$/i.exec(address.trim());
  if (!match || match[1] !== void 0 && match[1].toLowerCase() !== "tcp") return void 0;
  const rest = (match[2] ?? "").split("/")[0] ?? "";
  const bracketed = /^(\[[^\]]*\])/.exec(rest);
  if (bracketed) return bracketed[1];
  const colon = rest.lastIndexOf(":");
  return colon < 0 ? rest : rest.slice(0, colon);
}

// src/rules/registry/weak-image-trust-policy.ts
var weak_image_trust_policy_default = defineRule({
  meta: {
    id: "BH804",
    slug: "weak-image-trust-policy",
    title: "Image trust policy does not enforce signatures",
    description: 'A signature policy is committed but lets unsigned images through: containers `policy.json` with an `insecureAcceptAnything` default, Notation `signatureVerification.level` `skip`/`audit` or `trustedIdentities: ["*"]`, Kyverno `verifyImages` with `required: false` or only auditing (`Audit` is also the default when no failure action is set), sigstore policy-controller `mode: warn`. The policy looks like protection in review while any image, signed or not, still runs.',
    severity: "medium",
    remediation: 'Enforce signatures: in `policy.json` make `default` `[{"type": "reject"}]` and allow registries with `signedBy` or `sigstoreSigned` requirements; in Notation use `signatureVerification.level: strict` with named `trustedIdentities` (`x509.subject: \u2026`); in Kyverno set `failureAction: Enforce` on each `verifyImages` entry (or `validationFailureAction: Enforce`) and keep `required: true`; in policy-controller set `mode: enforce`. Roll out in audit mode only on a branch or a test cluster.',
    references: [
      "https://github.com/containers/image/blob/main/docs/containers-policy.json.5.md",
      "https://github.com/notaryproject/specifications/blob/main/specs/trust-store-trust-policy.md",
      "https://kyverno.io/docs/policy-types/cluster-policy/verify-images/",
      "https://docs.sigstore.dev/policy-controller/overview/"
    ],
    tags: ["CWE-347", "registry"],
    messages: {
      trustPolicy: "Image signatures are not enforced ({policy}): {detail}.",
      kyvernoOptional: "Kyverno {kind} '{name}' admits images without a verified signature ('required: false').",
      kyvernoAudit: "Kyverno {kind} '{name}' only audits image signatures ('{key}: {value}').",
      kyvernoDefault: "Kyverno {kind} '{name}' only audits image signatures: no failure action is set and 'validationFailureAction' defaults to 'Audit'.",
      sigstoreWarn: "ClusterImagePolicy '{name}' only warns about unverified images ('mode: warn')."
    },
    whenToIgnore: "A policy deliberately rolled out in audit mode first, with a date to switch it to enforce."
  },
  checks: {
    "registry-config"({ document, report }) {
      const policy = document.format === "notation-trust-policy" ? "Notation" : "policy.json";
      for (const { detail, region } of document.trustWeaknesses)
        report({ messageId: "trustPolicy", data: { policy, detail }, region });
    },
    kubernetes({ document, report }) {
      for (const object of document.objects) {
        const spec = object.root.get("spec");
        const data = { kind: object.kind ?? "", name: object.name ?? "" };
        const group = object.apiVersion?.split("/")[0];
        if (spec && group === "kyverno.io" && /^(Cluster)?Policy$/.test(data.kind))
          checkKyverno(spec, data, report);
        const sigstore = group === "policy.sigstore.dev" && data.kind === "ClusterImagePolicy";
        const mode = sigstore ? spec?.get("mode") : void 0;
        if (mode && isValue(mode, "warn"))
          report({ messageId: "sigstoreWarn", data, region: mode.reportRegion });
      }
    }
  }
});
function checkKyverno(spec, data, report) {
  const audit = (key, node) => report({
    messageId: "kyvernoAudit",
    data: { ...data, key, value: node.text ?? "" },
    region: node.reportRegion
  });
  const entries = (spec.get("rules")?.items() ?? []).flatMap((rule3) => rule3.get("verifyImages")?.items() ?? []);
  let inherits = false;
  for (const verify of entries) {
    const required = verify.get("required");
    if (required?.scalar === false)
      report({ messageId: "kyvernoOptional", data, region: required.reportRegion });
    const action = verify.get("failureAction");
    if (!action) inherits = true;
    else if (isValue(action, "audit")) audit("failureAction", action);
  }
  const policyAction = spec.get("validationFailureAction");
  if (inherits && !policyAction) report({ messageId: "kyvernoDefault", data, region: spec.reportRegion });
  else if (inherits && policyAction && isValue(policyAction, "audit"))
    audit("validationFailureAction", policyAction);
}
function isValue(node, value) {
  return node?.text?.toLowerCase() === value;
}

// src/rules/registry/short-name-ambiguity.ts
var short_name_ambiguity_default = defineRule({
  meta: {
    id: "BH805",
    slug: "short-name-ambiguity",
    title: "Short image names resolve through several registries",
    description: "`registries.conf` lists more than one `unqualified-search-registries` entry and `short-name-mode` is not `enforcing`. A short name such as `app:1.0` is then tried against every search registry in order (`permissive` does so whenever there is no terminal, as in CI and on nodes; `disabled` always), so whoever registers that name first on an earlier registry decides what runs. `short-name-mode` defaults to `permissive` when unset.",
    severity: "low",
    remediation: 'Use fully-qualified references (`registry.example.com/team/app:1.0`). Set `short-name-mode = "enforcing"`, keep one trusted registry in `unqualified-search-registries` (or none), and map the short names you rely on in an `[aliases]` table.',
    references: [
      "https://github.com/containers/image/blob/main/docs/containers-registries.conf.5.md",
      "https://www.redhat.com/en/blog/container-image-short-names"
    ],
    tags: ["CWE-427", "registry"],
    messages: {
      ambiguous: "Short names resolve through {count} search registries ({registries}) with 'short-name-mode' '{mode}'.",
      defaultMode: "Short names resolve through {count} search registries ({registries}) and 'short-name-mode' is unset (defaults to 'permissive')."
    }
  },
  checks: {
    "registry-config"({ document, report }) {
      const shortNames = document.shortNames;
      if (!shortNames) return;
      const searched = [...new Set(shortNames.searchRegistries)];
      const mode = shortNames.mode?.trim() ?? "";
      if (searched.length < 2 || mode.toLowerCase() === "enforcing") return;
      const data = { count: searched.length, registries: searched.map((r) => `'${r}'`).join(", "), mode };
      report({ messageId: mode ? "ambiguous" : "defaultMode", data, region: shortNames.region });
    }
  }
});

// src/rules/index.ts
var ALL_RULES = [
  parse_error_default,
  image_runs_as_root_default,
  windows_image_runs_as_admin_default,
  sudo_in_build_default,
  grants_admin_rights_default,
  secret_in_env_or_arg_default,
  secret_in_build_command_default,
  secret_file_in_image_default,
  secret_build_arg_default,
  secret_in_workload_env_default,
  secret_object_committed_default,
  private_key_material_default,
  registry_credentials_in_config_default,
  secret_in_configmap_default,
  tls_verification_disabled_default,
  plaintext_download_default,
  unverified_packages_default,
  image_from_insecure_registry_default,
  image_from_untrusted_registry_default,
  image_tag_mutable_default,
  privileged_container_default,
  workload_runs_as_root_default,
  privilege_escalation_allowed_default,
  host_namespaces_default,
  host_path_mount_default,
  admin_with_host_access_default,
  added_capabilities_default,
  missing_resource_limits_default,
  seccomp_unconfined_default,
  host_port_default,
  capabilities_not_dropped_default,
  unmasked_proc_mount_default,
  unsafe_sysctls_default,
  mac_policy_override_default,
  restricted_volume_type_default,
  host_probe_default,
  service_account_token_automount_default,
  windows_workload_runs_as_admin_default,
  windows_user_unset_default,
  windows_privileged_unsupported_default,
  windows_hostprocess_default,
  windows_hostprocess_invalid_default,
  linux_field_on_windows_pod_default,
  windows_options_on_linux_pod_default,
  invalid_run_as_user_name_default,
  windows_secret_on_node_disk_default,
  windows_scheduling_unpinned_default,
  windows_runasnonroot_contradiction_default,
  windows_build_mismatch_default,
  windows_base_eol_default,
  registry_plain_http_default,
  registry_tls_unverified_default,
  docker_daemon_exposed_default,
  weak_image_trust_policy_default,
  short_name_ambiguity_default
];
function findRule(idOrSlug) {
  const key = idOrSlug.toLowerCase();
  return ALL_RULES.find((r) => r.meta.id.toLowerCase() === key || r.meta.slug === key);
}

// src/targets/dockerfile/parse-dockerfile.ts
var import_dockerfile_ast2 = __toESM(require_main(), 1);

// src/targets/dockerfile/platform-stage-base.ts
var PLATFORM_ARGS = /* @__PURE__ */ new Set([
  "TARGETPLATFORM",
  "TARGETOS",
  "TARGETARCH",
  "TARGETVARIANT",
  "BUILDPLATFORM",
  "BUILDOS",
  "BUILDARCH",
  "BUILDVARIANT"
]);
var PLATFORM_PART = "";
var STAGE_NAME_TEXT = /^[a-z0-9_.-]+$/;
function platformVariantStage(written, earlier, globals, escapeChar) {
  const scope = {
    get: (name2) => globals.get(name2) ?? (PLATFORM_ARGS.has(name2) ? PLATFORM_PART : void 0)
  };
  const expanded = expandVariables(written, scope, escapeChar);
  const name = expanded.value.toLowerCase();
  const parts = name.split(PLATFORM_PART);
  const literal2 = parts.join("");
  if (!expanded.resolved || parts.length < 2 || literal2 === "" || !STAGE_NAME_TEXT.test(literal2))
    return void 0;
  const candidates = earlier.filter((stage) => stage.name !== void 0 && fitsParts(stage.name, parts));
  const first = candidates[0];
  if (!first) return void 0;
  const user = effectiveUser(first, escapeChar).user;
  const agree = candidates.every(
    (stage) => stage.os === first.os && effectiveUser(stage, escapeChar).user === user
  );
  return agree && user !== void 0 ? { kind: "stage", stage: first } : void 0;
}
function fitsParts(name, parts) {
  let starts = /* @__PURE__ */ new Set([0]);
  for (const [index, part] of parts.entries()) {
    const next = /* @__PURE__ */ new Set();
    for (const at of starts) {
      if (!name.startsWith(part, at)) continue;
      let end = at + part.length;
      if (index === parts.length - 1) {
        if (end === name.length) return true;
        continue;
      }
      next.add(end);
      while (end < name.length && PLATFORM_CHAR.test(name.charAt(end))) next.add(++end);
    }
    if (next.size === 0) return false;
    starts = next;
  }
  return false;
}
var PLATFORM_CHAR = /[a-z0-9]/;

// src/targets/dockerfile/build-stage.ts
var POSIX_SHELL2 = { dialect: "posix", argv: ["/bin/sh", "-c"] };
var WINDOWS_SHELL = { dialect: "cmd", argv: ["cmd", "/S", "/C"] };
function buildStage(from, earlier, globals, escapeChar) {
  const [image, as, name] = from.args;
  const baseText = image?.value ?? "";
  const unquoted = removeWordQuotes(baseText, escapeChar);
  const expanded = expandVariables(unquoted, globals, escapeChar);
  const resolvedBase = expanded.resolved ? resolveBase(expanded.value, unquoted, earlier) : void 0;
  const base = resolvedBase && resolvedBase.kind !== "unresolved" ? resolvedBase : platformVariantStage(unquoted, earlier, globals, escapeChar) ?? withKnownRepository(unquoted, globals, escapeChar);
  const platformFlag = from.flags.find((f) => f.name === "platform")?.value;
  const platform = platformFlag === void 0 ? void 0 : expandVariables(platformFlag, globals, escapeChar);
  const { os, evidence, assumed } = detectOs(base, platform?.resolved ? platform.value : void 0);
  const parentShell = base.kind === "stage" ? base.stage.shellAtEnd : void 0;
  return {
    index: earlier.length,
    name: as?.value.toLowerCase() === "as" && name ? name.value.toLowerCase() : void 0,
    from,
    baseText,
    base,
    baseRegion: image?.region ?? from.region,
    platform: platform?.resolved ? platform.value : void 0,
    os,
    osEvidence: evidence,
    osAssumed: assumed === true,
    shell: parentShell ?? defaultShell(os),
    shellAtEnd: parentShell ?? defaultShell(os),
    env: base.kind === "stage" ? base.stage.env : /* @__PURE__ */ new Map(),
    instructions: []
  };
}
function resolveBase(resolved, written, earlier) {
  if (resolved === "") return { kind: "unresolved", text: written };
  const stage = earlier.find((s) => s.name === resolved.toLowerCase());
  if (stage) return { kind: "stage", stage };
  if (resolved.toLowerCase() === "scratch") return { kind: "scratch" };
  const reference = parseImageReference(resolved);
  return reference ? { kind: "image", reference } : { kind: "unresolved", text: written };
}
function withKnownRepository(written, globals, escapeChar) {
  const marked = expandVariables(written, globals, escapeChar, { unknown: UNKNOWN_PART }).value;
  const reference = literalImageReference(marked);
  return {
    kind: "unresolved",
    text: written,
    ...reference ? { repository: { ...reference, raw: written } } : {}
  };
}
function detectOs(base, platform) {
  if (platform?.toLowerCase().startsWith("windows/"))
    return { os: "windows", evidence: `--platform=${platform}` };
  if (platform?.toLowerCase().startsWith("linux/"))
    return { os: "linux", evidence: `--platform=${platform}` };
  switch (base.kind) {
    case "stage":
      return { os: base.stage.os, evidence: base.stage.osEvidence, assumed: base.stage.osAssumed };
    case "scratch":
      return { os: "linux", evidence: "base 'scratch'" };
    case "unresolved": {
      const known = base.repository && lookupBaseImageDefault(base.repository);
      if (known) return { os: known.os, evidence: known.reason };
      if (base.repository && isWindowsImageName(base.repository))
        return { os: "windows", evidence: `'${base.repository.raw}' is a Windows image` };
      if (base.repository)
        return {
          os: "linux",
          evidence: `'${base.repository.raw}' is assumed to be a Linux image`,
          assumed: true
        };
      return { os: "unknown", evidence: `unresolved base '${base.text}'` };
    }
    case "image": {
      const known = lookupBaseImageDefault(base.reference);
      if (known) return { os: known.os, evidence: known.reason };
      if (isWindowsImageName(base.reference))
        return { os: "windows", evidence: `'${base.reference.raw}' is a Windows image` };
      return {
        os: "linux",
        evidence: `'${base.reference.raw}' is assumed to be a Linux image`,
        assumed: true
      };
    }
  }
}
function defaultShell(os) {
  const shell = os === "windows" ? WINDOWS_SHELL : POSIX_SHELL2;
  return { dialect: shell.dialect, argv: [...shell.argv] };
}
var DRIVE_PATH = /^["']?[A-Za-z]:[\\/]/;
var LINUX_ONLY_USER = /^["']?(root|\d+)(:[\w.-]+)?["']?$/;
function finishStage(stage, escapeChar) {
  const open = stage.osAssumed || stage.os === "unknown";
  const evidence = open ? windowsEvidence(stage, escapeChar) : void 0;
  if (evidence) {
    stage.os = "windows";
    stage.osEvidence = evidence;
    stage.osAssumed = false;
    if (stage.base.kind !== "stage") stage.shell = defaultShell("windows");
  } else if (stage.os === "unknown") {
    const user = [...stage.instructions].reverse().find((i) => i.keyword === "USER");
    if (user && LINUX_ONLY_USER.test(user.argsText.trim())) {
      stage.os = "linux";
      stage.osEvidence = `USER '${user.argsText.trim()}' is a Linux account`;
    }
  }
  assignShells(stage);
}
function assignShells(stage) {
  let shell = stage.shell;
  for (const instruction of stage.instructions) {
    if (instruction.keyword === "SHELL" && instruction.execForm?.length)
      shell = shellFrom(instruction.execForm);
    if (instruction.keyword === "RUN") instruction.shell = shell;
  }
  stage.shellAtEnd = shell;
}
function shellFrom(argv) {
  const program = (argv[0] ?? "").toLowerCase().replace(/^.*[\\/]/, "").replace(/\.exe$/, "");
  const dialect = program === "powershell" || program === "pwsh" ? "powershell" : program === "cmd" ? "cmd" : "posix";
  return { dialect, argv };
}
function windowsEvidence(stage, escapeChar) {
  for (const i of stage.instructions) {
    const program = i.execForm?.[0]?.toLowerCase().replace(/^.*[\\/]/, "");
    if (i.keyword === "SHELL" && program && /^(powershell|cmd)(\.exe)?$/.test(program))
      return `SHELL uses ${program}`;
    if (i.keyword === "WORKDIR" && DRIVE_PATH.test(i.argsText))
      return `WORKDIR '${i.argsText}' is a Windows path`;
    if (i.keyword === "ENV" && i.properties.some((p) => /(^|;)[A-Za-z]:[\\/]/.test(p.value ?? "")))
      return "ENV holds Windows paths";
    const runs = i.keyword === "RUN" ? windowsProgram(i) : void 0;
    if (runs) return `RUN starts '${runs}'`;
    const path = i.keyword === "RUN" ? windowsPathWord(i.argsText) : void 0;
    if (path) return `RUN uses the Windows path '${path}'`;
    const destination = i.keyword === "COPY" || i.keyword === "ADD" ? i.args.at(-1)?.value : void 0;
    if (destination && windowsPathWord(destination))
      return `${i.keyword} writes to the Windows path '${destination}'`;
    const entry = i.keyword === "ENTRYPOINT" || i.keyword === "CMD" ? windowsProgram(i) : void 0;
    if (entry) return `${i.keyword} runs '${entry}'`;
    if (i.keyword === "USER" && /^["']?([^"'\\]+\\)?(containeruser|containeradministrator)["']?$/i.test(i.argsText.trim())) {
      return `USER '${i.argsText.trim()}' is a Windows account`;
    }
  }
  return escapeChar === "`" ? "the escape directive is a backtick" : void 0;
}
function windowsPathWord(text) {
  return text.split(/\s+/).map((word) => word.replace(/^["']|["';]$/g, "")).find((word) => /^[A-Za-z]:[\\/][^:]*$/.test(word));
}
function windowsProgram(instruction) {
  const first = /^\s*(\S+)/.exec(instruction.execForm?.[0] ?? instruction.argsText)?.[1];
  if (!first) return void 0;
  const program = first.replace(/^.*[\\/]/, "").toLowerCase();
  if (/^(powershell|cmd)(\.exe)?$/.test(program) || DRIVE_PATH.test(first)) return first;
  if (instruction.keyword !== "RUN" && instruction.execForm && /\.exe$/i.test(first)) return first;
  return void 0;
}

// src/targets/source-text.ts
var SourceText = class {
  constructor(text) {
    this.text = text;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13 && text.charCodeAt(i + 1) !== 10) this.lineStarts.push(i + 1);
    }
  }
  text;
  lineStarts = [0];
  offsetAt(line, character) {
    return Math.min((this.lineStarts[line] ?? this.text.length) + character, this.text.length);
  }
  slice(range) {
    return this.text.slice(
      this.offsetAt(range.start.line, range.start.character),
      this.offsetAt(range.end.line, range.end.character)
    );
  }
  /** Whether `search` occurs within `range` (without copying the range out). */
  includes(search, range) {
    const at = this.text.indexOf(search, this.offsetAt(range.start.line, range.start.character));
    return at !== -1 && at + search.length <= this.offsetAt(range.end.line, range.end.character);
  }
};

// src/targets/dockerfile/scope-history.ts
var ScopeHistory = class {
  /** `inherited` answers for names this history never set (the base stage's ENV). */
  constructor(inherited) {
    this.inherited = inherited;
  }
  inherited;
  values = /* @__PURE__ */ new Map();
  step = 0;
  set(name, value) {
    this.step++;
    const versions = this.values.get(name);
    if (versions) versions.push({ at: this.step, value });
    else this.values.set(name, [{ at: this.step, value }]);
  }
  /** The values as they are now; later `set`s do not change what the snapshot answers. */
  snapshot() {
    const at = this.step;
    return { get: (name) => this.valueAt(name, at) };
  }
  valueAt(name, at) {
    const versions = this.values.get(name);
    const found = versions && versions[partitionPoint(versions.length, (i) => versions[i].at <= at) - 1];
    return found ? found.value : this.inherited?.get(name);
  }
};

// src/targets/dockerfile/cache-argument-reads.ts
var import_dockerfile_ast = __toESM(require_main(), 1);
var READ = /* @__PURE__ */ Symbol("bulkhead.rawArguments");
var installed = false;
function cacheArgumentReads() {
  if (installed) return;
  installed = true;
  const prototype = import_dockerfile_ast.Instruction.prototype;
  const scan = prototype.getRawArguments;
  if (typeof scan !== "function") return;
  prototype.getRawArguments = function() {
    const args = this[READ] ??= scan.call(this);
    return args.slice();
  };
}

// src/targets/dockerfile/parse-dockerfile.ts
var KNOWN_KEYWORDS = /* @__PURE__ */ new Set([
  "ADD",
  "ARG",
  "CMD",
  "COPY",
  "ENTRYPOINT",
  "ENV",
  "EXPOSE",
  "FROM",
  "HEALTHCHECK",
  "LABEL",
  "MAINTAINER",
  "ONBUILD",
  "RUN",
  "SHELL",
  "STOPSIGNAL",
  "USER",
  "VOLUME",
  "WORKDIR"
]);
var WORD_KEYWORDS = /* @__PURE__ */ new Set(["FROM", "COPY", "ADD"]);
function toRegion(range) {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1
  };
}
var lastParse;
function parseDockerfile(text) {
  if (lastParse?.text === text) return lastParse.document;
  const document = parseNewDockerfile(text);
  lastParse = { text, document };
  return document;
}
function withoutHeredocDescriptors(text) {
  if (!HEREDOC_DESCRIPTOR.test(text)) return text;
  return text.replace(HEREDOC_DESCRIPTORS, (_match, before, digits, heredoc) => {
    return before + " ".repeat(digits.length) + heredoc;
  });
}
var HEREDOC_DESCRIPTOR = /(^|[ \t])(\d+)(<<-?["']?[A-Za-z_])/m;
var HEREDOC_DESCRIPTORS = new RegExp(HEREDOC_DESCRIPTOR.source, "gm");
function parseNewDockerfile(text) {
  cacheArgumentReads();
  const ast = import_dockerfile_ast2.DockerfileParser.parse(withoutHeredocDescriptors(text));
  const source = new SourceText(text);
  const lines = text.split(/\r\n|\r|\n/);
  const escapeChar = ast.getEscapeCharacter();
  const problems = [];
  const instructions = [];
  const stages = [];
  const globals = new ScopeHistory();
  let stageVariables = new ScopeHistory();
  let stageEnv = new ScopeHistory();
  let current;
  for (const node of ast.getInstructions()) {
    const keyword = node.getKeyword();
    const scope = current ? stageVariables.snapshot() : globals.snapshot();
    const instruction = toInstruction(node, source, current?.index ?? -1, scope);
    instructions.push(instruction);
    if (!KNOWN_KEYWORDS.has(keyword)) {
      problems.push({
        message: unknownInstructionMessage(node.getInstruction()),
        region: instruction.region
      });
      continue;
    }
    if (keyword === "FROM") {
      if (instruction.args.length === 0) {
        problems.push({ message: "FROM has no image.", region: instruction.region });
        continue;
      }
      if (current) finishStage(current, escapeChar);
      current = buildStage(instruction, stages, globals.snapshot(), escapeChar);
      stages.push(current);
      stageVariables = new ScopeHistory(current.env);
      stageEnv = new ScopeHistory(current.env);
      continue;
    }
    if (!current) {
      if (keyword === "ARG") declare(globals, instruction.properties, void 0, escapeChar);
      else
        problems.push({ message: `'${keyword}' appears before the first FROM.`, region: instruction.region });
      continue;
    }
    current.instructions.push(instruction);
    if (keyword === "ARG") declare(stageVariables, instruction.properties, globals.snapshot(), escapeChar);
    if (keyword === "ENV") {
      declare(stageVariables, instruction.properties, void 0, escapeChar);
      const now = stageVariables.snapshot();
      for (const p of instruction.properties) stageEnv.set(p.name, now.get(p.name));
      current.env = stageEnv.snapshot();
    }
  }
  if (current) finishStage(current, escapeChar);
  if (instructions.length === 0) {
    problems.push({ message: "The Dockerfile has no instructions.", region: firstLineRegion(lines) });
  } else if (stages.length === 0 && problems.length === 0) {
    problems.push({ message: "The Dockerfile has no FROM instruction.", region: instructions[0].region });
  }
  return { text, lines, escapeChar, instructions, stages, finalStage: stages.at(-1), problems };
}
function declare(history, properties, globals, escapeChar) {
  for (const p of properties) {
    const now = history.snapshot();
    if (p.value === void 0) history.set(p.name, globals?.get(p.name) ?? now.get(p.name));
    else {
      const expanded = expandVariables(p.value, now, escapeChar);
      history.set(p.name, expanded.resolved ? expanded.value : void 0);
    }
  }
}
function firstLineRegion(lines) {
  return { startLine: 1, startColumn: 1, endLine: 1, endColumn: (lines[0]?.length ?? 0) + 1 };
}
function toInstruction(node, source, stageIndex, scope) {
  const withExtras = node;
  const range = node.getRange();
  const heredocs = (source.includes("<", range) ? heredocsOf(withExtras) : []).map((h) => {
    const content = h.getContentRange();
    return {
      name: h.getName() ?? "",
      body: content ? source.slice(content) : "",
      region: toRegion(content ?? h.getNameRange())
    };
  });
  const args = WORD_KEYWORDS.has(node.getKeyword()) ? node.getArguments().map((a) => ({ value: a.getValue(), region: toRegion(a.getRange()) })) : [];
  return {
    keyword: node.getKeyword(),
    region: toRegion(range),
    argsText: node.getArgumentsContent() ?? "",
    args,
    flags: (withExtras.getFlags?.() ?? []).map((f) => ({
      name: f.getName().toLowerCase(),
      value: f.getValue() ?? void 0,
      region: toRegion(f.getRange())
    })),
    properties: (withExtras.getProperties?.() ?? []).map((p) => ({
      name: p.getName(),
      value: p.getValue() ?? void 0,
      region: toRegion(p.getRange())
    })),
    execForm: readExecForm(node, source),
    heredocs,
    stageIndex,
    scope
  };
}
function heredocsOf(node) {
  try {
    return node.getHeredocs?.() ?? [];
  } catch {
    return [];
  }
}
function readExecForm(node, source) {
  const range = node.getArgumentsRange();
  if (!range) return void 0;
  const raw = source.slice(range).trim();
  if (!raw.startsWith("[")) return void 0;
  try {
    const parsed = JSON.parse(raw.replace(/\\\r?\n/g, ""));
    return Array.isArray(parsed) && parsed.every((v) => typeof v === "string") ? parsed : void 0;
  } catch {
    return void 0;
  }
}
function unknownInstructionMessage(word) {
  if (/^[A-Za-z]{1,20}$/.test(word)) return `Unknown instruction '${word}'.`;
  return "Unknown instruction: the line does not start with a Dockerfile keyword.";
}

// src/engine/repository-facts.ts
import { posix as posix6 } from "node:path";

// src/targets/compose/parse-compose.ts
function parseCompose(text) {
  return composeDocumentOf(text, parseValidYaml(text));
}
function composeDocumentOf(text, documents) {
  const root = documents[0]?.root;
  const legacyFormat = isLegacyFormat(root);
  const hostVolumes = legacyFormat ? void 0 : hostVolumesOf(root?.get("volumes"));
  const services = ((legacyFormat ? root : root?.get("services"))?.entries() ?? []).filter(([, node]) => node.kind === "map").map(([name, node]) => ({
    name,
    region: node.reportRegion,
    node,
    image: node.get("image"),
    ...hostVolumes?.size ? { hostVolumes } : {}
  }));
  return legacyFormat ? { text, services, legacyFormat } : { text, services };
}
function hostVolumesOf(volumes) {
  const found = /* @__PURE__ */ new Map();
  for (const [name, node] of volumes?.kind === "map" ? volumes.entries() : []) {
    if (node.kind !== "map" || (node.get("driver")?.text ?? "local") !== "local") continue;
    const options2 = node.get("driver_opts");
    const mountOptions = (options2?.get("o")?.text ?? "").split(",").map((option) => option.trim());
    const device = options2?.get("device")?.text;
    if (!device || !mountOptions.some((option) => option === "bind" || option === "rbind")) continue;
    found.set(name, { device, readOnly: mountOptions.includes("ro") });
  }
  return found;
}
function isLegacyFormat(root) {
  if (root?.kind !== "map" || root.get("services")) return false;
  return root.entries().some(([, node]) => node.kind === "map" && (node.get("image") || node.get("build")));
}
function legacyComposeNote(document, file) {
  if (!document.legacyFormat) return void 0;
  return {
    kind: "info",
    file,
    message: "Compose file format 1 (services at the top level, no `services:` key): read as docker-compose 1.x read it. Docker Compose v2 does not read this file; put the services under `services:`."
  };
}

// src/targets/compose/inline-dockerfile.ts
var INLINE_MARK = "#services.";
function inlineDockerfilePath(file, service) {
  return `${file}${INLINE_MARK}${encodeURIComponent(service)}.build.dockerfile_inline`;
}
function inlineDockerfileOf(file, service, build) {
  const node = build?.kind === "map" ? build.get("dockerfile_inline") : void 0;
  if (!node || typeof node.scalar !== "string") return void 0;
  const { text, valueIndex } = interpolateDollars(node.scalar);
  const keyRegion = node.reportRegion;
  let position = null;
  const lineStarts = lineStartsOf(text);
  const offsetOf = (line, column) => {
    const start = lineStarts[Math.min(Math.max(line, 1), lineStarts.length) - 1];
    return Math.min(Math.max(start + column - 1, 0), text.length);
  };
  const at = (offset) => {
    if (position === null) position = node.valuePositions();
    return position?.(valueIndex[offset] ?? node.scalar.length);
  };
  return {
    path: inlineDockerfilePath(file, service),
    file,
    service,
    text,
    keyRegion,
    regionOf(region) {
      const startOffset = offsetOf(region.startLine, region.startColumn);
      const endOffset = offsetOf(region.endLine, region.endColumn);
      const start = at(startOffset);
      if (!start) return keyRegion;
      const last = endOffset > startOffset ? at(endOffset - 1) : void 0;
      const end = last ? { line: last.line, col: last.col + 1 } : start;
      const ordered = end.line > start.line || end.line === start.line && end.col >= start.col;
      return {
        startLine: start.line,
        startColumn: start.col,
        endLine: ordered ? end.line : start.line,
        endColumn: ordered ? end.col : start.col
      };
    }
  };
}
function interpolateDollars(value) {
  if (!value.includes("$$")) return { text: value, valueIndex: value.split("").map((_, i) => i) };
  const parts = [];
  const valueIndex = [];
  for (let i = 0; i < value.length; i++) {
    parts.push(value[i]);
    valueIndex.push(i);
    if (value[i] === "$" && value[i + 1] === "$") i++;
  }
  return { text: parts.join(""), valueIndex };
}
function lineStartsOf(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "\r" && text[i + 1] === "\n") i++;
    if (text[i] === "\n" || text[i] === "\r") starts.push(i + 1);
  }
  return starts;
}
function inlineDockerfilesOf(file, services, once = true) {
  const found = [];
  const seen = /* @__PURE__ */ new Set();
  for (const [name, service] of services) {
    const inline = inlineDockerfileOf(file, name, service.get("build"));
    if (!inline) continue;
    const { startLine, startColumn } = inline.keyRegion;
    const at = `${startLine}:${startColumn}`;
    if (once && seen.has(at)) continue;
    seen.add(at);
    found.push(inline);
  }
  return found;
}

// src/targets/yaml/plain-block-document.ts
var BAD_CHARACTER = /[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/;
var KEY = /^[A-Za-z0-9_$][A-Za-z0-9_./$-]{0,199}:(?: +|$)/;
var NOT_PLAIN_START = /^(?:[?:,[\]{}#&*!|>'"%@`]|-(?: |$))/;
var BLOCK_HEADER = /^[|>][-+]?(?: +#.*)?$/;
var FLOW_VALUE = /^(?:\[\]|\{\}|\[[A-Za-z0-9_][A-Za-z0-9_./-]*(?:, [A-Za-z0-9_][A-Za-z0-9_./-]*)*\])(?: +#.*)?$/;
var AFTER_QUOTE = /^(?: *| +#.*)$/;
var KNOWN_ESCAPES = '\\"/nt';
function isPlainBlockDocument(lines, start, end) {
  const stack = [];
  let open = { kind: "none" };
  for (let i = start; i < end; i++) {
    const raw = lines[i];
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (BAD_CHARACTER.test(line)) return false;
    const body = line.trimStart();
    const indent = line.length - body.length;
    if (open.kind === "block") {
      if (body === "") {
        if (open.contentIndent === void 0) return false;
        continue;
      }
      if (indent > open.indent) {
        open.contentIndent ??= indent;
        if (indent < open.contentIndent) return false;
        continue;
      }
      open = { kind: "none" };
    }
    if (open.kind === "quoted") {
      if (body === "") continue;
      if (indent <= open.indent) return false;
      const after = closeQuoted(body, open.quote, open.indent);
      if (!after) return false;
      open = after;
      continue;
    }
    if (body === "") continue;
    if (body.startsWith("#")) {
      if (open.kind === "inline") open.plain = false;
      continue;
    }
    if (open.kind === "inline" && indent > open.indent) {
      const more = open.plain ? plainLine(body, true) : void 0;
      if (!more) return false;
      open.plain = more === "open";
      continue;
    }
    const item = body.startsWith("-");
    if (open.kind === "children" && (indent > open.mapIndent || indent === open.mapIndent && item))
      stack.push({ indent, seq: item });
    else {
      if (!stack.length) {
        if (indent !== 0 || item) return false;
        stack.push({ indent: 0, seq: false });
      }
      while (stack.length && stack[stack.length - 1].indent > indent) stack.pop();
      let top = stack[stack.length - 1];
      if (top && top.seq && !item && top.indent === indent) {
        stack.pop();
        top = stack[stack.length - 1];
      }
      if (!top || top.indent !== indent || top.seq !== item) return false;
    }
    const next = readEntry(body, indent, stack);
    if (!next) return false;
    open = next;
  }
  return open.kind !== "quoted";
}
function readEntry(body, indent, stack) {
  let rest = body;
  let column = indent;
  let frame = stack[stack.length - 1];
  const mapLine = !rest.startsWith("-");
  while (rest.startsWith("-")) {
    const content = rest.slice(1).trimStart();
    if (content.length === rest.length - 1 || content === "") return void 0;
    column += rest.length - content.length;
    rest = content;
    if (rest.startsWith("-") || KEY.test(rest)) {
      frame = { indent: column, seq: rest.startsWith("-") };
      stack.push(frame);
    }
  }
  const key = KEY.exec(rest);
  if (!key) return mapLine ? void 0 : readValue2(rest, frame.indent);
  const value = rest.slice(key[0].length);
  if (value === "" || value.startsWith("#")) return { kind: "children", mapIndent: frame.indent };
  return readValue2(value, frame.indent);
}
function readValue2(value, indent) {
  if (BLOCK_HEADER.test(value)) return { kind: "block", indent };
  if (FLOW_VALUE.test(value)) return { kind: "inline", indent, plain: false };
  if (value.startsWith("'") || value.startsWith('"'))
    return closeQuoted(value.slice(1), value.charAt(0), indent);
  const plain = plainLine(value, false);
  return plain && { kind: "inline", indent, plain: plain === "open" };
}
function closeQuoted(text, quote, indent) {
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (quote === '"' && c === "\\") {
      if (!KNOWN_ESCAPES.includes(text.charAt(i + 1)) || i + 1 >= text.length) return void 0;
      i++;
    } else if (c === quote) {
      if (quote === "'" && text.charAt(i + 1) === "'") i++;
      else return AFTER_QUOTE.test(text.slice(i + 1)) ? { kind: "inline", indent, plain: false } : void 0;
    }
  }
  return { kind: "quoted", indent, quote };
}
function plainLine(text, continuation) {
  if (NOT_PLAIN_START.test(text) || continuation && text.startsWith("-")) return void 0;
  const comment = text.indexOf(" #");
  const scalar = (comment < 0 ? text : text.slice(0, comment)).trimEnd();
  if (scalar.includes(": ") || scalar.endsWith(":")) return void 0;
  return comment < 0 ? "open" : "closed";
}

// src/targets/yaml/mask-unread-documents.ts
var MARKER = /^(---|\.\.\.)[ \t]*\r?$/;
var UNFOLLOWED_LINE = /^(?:(---|\.\.\.)[ \t]\S|[%{[&!*?])/;
var KIND_LINE = /^kind:[ \t]+([A-Za-z][A-Za-z0-9]*)[ \t]*(#.*)?\r?$/;
var ANY_KIND_KEY = /^(?:kind|"kind"|'kind')/;
function maskUnreadDocuments(text, isRead, options2 = {}) {
  const lines = text.split("\n");
  let masked = false;
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    const line = i < lines.length ? lines[i] : void 0;
    if (line !== void 0 && !MARKER.test(line)) continue;
    if (dropsDocument(lines, start, i, isRead, options2.onlyProvenValid === true)) {
      for (let j = start; j < i; j++) lines[j] = blank(lines[j], options2.onlyProvenValid === true);
      masked = true;
    }
    start = i + 1;
  }
  return masked ? lines.join("\n") : text;
}
function blank(line, keepLength) {
  const cr = line.endsWith("\r") ? "\r" : "";
  return keepLength ? " ".repeat(line.length - cr.length) + cr : cr;
}
function dropsDocument(lines, start, end, isRead, provenValid) {
  let kind;
  let kindKeys = 0;
  for (let i = start; i < end; i++) {
    const line = lines[i];
    if (UNFOLLOWED_LINE.test(line)) return false;
    if (!ANY_KIND_KEY.test(line)) continue;
    kindKeys++;
    kind = KIND_LINE.exec(line)?.[1];
  }
  if (kindKeys !== 1 || kind === void 0 || isRead(kind)) return false;
  if (isPlainBlockDocument(lines, start, end)) return true;
  return !provenValid && endsAtItsText(lines, start, end);
}
function endsAtItsText(lines, start, end) {
  let last;
  let beforeLast;
  for (const token of new Lexer().lex(`${lines.slice(start, end).join("\n")}
---
`)) {
    beforeLast = last;
    last = token;
  }
  return beforeLast === "---";
}

// src/engine/build-links.ts
import { posix as posix5 } from "node:path";

// src/targets/compose/build-paths.ts
import { posix as posix3 } from "node:path";
function composeBuildPaths(file, build, service) {
  if (!build || build.kind === "null") return void 0;
  const context = build.text ?? build.get("context")?.text ?? ".";
  if (/^[a-z][a-z0-9+.-]*:\/\/|^git@/i.test(context)) return void 0;
  const directory = posix3.join(posix3.dirname(file), withSlashes(context));
  const inline = build.get("dockerfile_inline");
  if (inline)
    return typeof inline.scalar === "string" ? { context: directory, dockerfile: inlineDockerfilePath(file, service), inline: true } : void 0;
  const dockerfile = build.get("dockerfile")?.text ?? "Dockerfile";
  return { context: directory, dockerfile: posix3.join(directory, withSlashes(dockerfile)) };
}
function withSlashes(path) {
  return path.split("\\").join("/");
}

// src/engine/bake-file.ts
import { posix as posix4 } from "node:path";
function hasBakeName(path) {
  return /(^|\/)docker-bake(\.override)?\.(hcl|json)$/i.test(path);
}
function mayBeBakeFile(path) {
  return /\.(hcl|json)$/i.test(path);
}
function isBakeFile(path, text) {
  if (hasBakeName(path)) return true;
  if (text === void 0 || !mayBeBakeFile(path)) return false;
  return path.toLowerCase().endsWith(".json") ? isBakeJson(text) : isBakeHcl(text);
}
var TARGET_ATTRIBUTES = /* @__PURE__ */ new Set([
  "context",
  "contexts",
  "dockerfile",
  "dockerfile-inline",
  "tags",
  "platforms",
  "inherits",
  "args",
  "target",
  "output",
  "cache-from",
  "cache-to",
  "secret",
  "ssh",
  "labels",
  "no-cache",
  "pull"
]);
function isBakeHcl(text) {
  if (!/^\s*(target|group)\s+"/m.test(text)) return false;
  return hclBlocks(text).some(
    (block2) => block2.type === "target" && block2.attributes.some(([key]) => TARGET_ATTRIBUTES.has(key)) || block2.type === "group" && block2.attributes.some(([key]) => key === "targets")
  );
}
function isBakeJson(text) {
  if (!/"(target|group)"\s*:\s*\{/.test(text)) return false;
  const bake = parseJson2(text);
  const targets = Object.values(objectOf(bake?.target) ?? {});
  const groups = Object.values(objectOf(bake?.group) ?? {});
  return targets.some((target) => Object.keys(objectOf(target) ?? {}).some((key) => TARGET_ATTRIBUTES.has(key))) || groups.some((group) => Array.isArray(objectOf(group)?.targets));
}
function bakeTargets(path, text) {
  const own = path.toLowerCase().endsWith(".json") ? jsonTargets(text) : hclTargets(text);
  const byName = new Map(own.map((target) => [target.name, target]));
  const resolve = (target, seen) => {
    let resolved = { name: target.name, context: void 0, dockerfile: void 0, contexts: [] };
    for (const parentName of target.inherits) {
      const parent = byName.get(parentName);
      if (!parent || seen.has(parentName)) continue;
      const inherited = resolve(parent, /* @__PURE__ */ new Set([...seen, parentName]));
      resolved = {
        name: target.name,
        context: inherited.context !== void 0 ? inherited.context : resolved.context,
        dockerfile: inherited.dockerfile !== void 0 ? inherited.dockerfile : resolved.dockerfile,
        contexts: [...resolved.contexts, ...inherited.contexts]
      };
    }
    return {
      name: target.name,
      context: target.context !== void 0 ? target.context : resolved.context,
      dockerfile: target.dockerfile !== void 0 ? target.dockerfile : resolved.dockerfile,
      contexts: [...resolved.contexts, ...target.contexts]
    };
  };
  return own.map((target) => resolve(target, /* @__PURE__ */ new Set([target.name])));
}
function hclTargets(text) {
  return hclBlocks(text).filter((block2) => block2.type === "target" && block2.label !== void 0).map((block2) => {
    const value = (key) => block2.attributes.find(([name]) => name === key)?.[1];
    const contexts = value("contexts");
    return {
      name: block2.label,
      context: hclPath(value("context")),
      dockerfile: hclPath(value("dockerfile")),
      contexts: contexts?.startsWith("{") ? hclItems(contexts.slice(1, -1)).map(objectKey) : [],
      inherits: hclStrings(value("inherits"))
    };
  });
}
function jsonTargets(text) {
  const targets = objectOf(parseJson2(text)?.target) ?? {};
  return Object.entries(targets).map(([name, value]) => {
    const target = objectOf(value) ?? {};
    const path = (field) => field === void 0 ? void 0 : typeof field === "string" && !field.includes("${") ? field : null;
    const inherits = target.inherits;
    return {
      name,
      context: path(target.context),
      dockerfile: path(target.dockerfile),
      contexts: Object.keys(objectOf(target.contexts) ?? {}),
      inherits: Array.isArray(inherits) ? inherits.filter((item) => typeof item === "string") : []
    };
  });
}
function hclPath(value) {
  if (value === void 0) return void 0;
  return /^"([^"\\$]*)"$/.exec(value)?.[1] ?? null;
}
function hclStrings(value) {
  if (!value?.startsWith("[")) return [];
  return [...value.matchAll(/"([^"\\$]*)"/g)].map((match) => match[1] ?? "");
}
function objectKey(item) {
  return /^(?:"([^"\n]+)"|([A-Za-z0-9_][\w.:/-]*?))\s*[=:]/.exec(item)?.slice(1).find(Boolean) ?? "";
}
function hclBlocks(text) {
  const blocks = [];
  for (const item of hclItems(text)) {
    const block2 = /^([A-Za-z_][\w-]*)((?:\s+"[^"]*")*)\s*\{([\s\S]*)\}$/.exec(item);
    if (!block2) continue;
    const labels = [...(block2[2] ?? "").matchAll(/"([^"]*)"/g)].map((match) => match[1] ?? "");
    const attributes = [];
    for (const attribute of hclItems(block2[3] ?? "")) {
      const match = /^([A-Za-z_][\w-]*)\s*=\s*([\s\S]*)$/.exec(attribute);
      if (match) attributes.push([match[1] ?? "", (match[2] ?? "").trim()]);
    }
    blocks.push({ type: block2[1] ?? "", label: labels.length === 1 ? labels[0] : void 0, attributes });
  }
  return blocks;
}
function hclItems(text) {
  const items = [];
  let current = "";
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    const next = text[i + 1];
    if (char === "#" || char === "/" && next === "/") {
      while (i + 1 < text.length && text[i + 1] !== "\n") i++;
    } else if (char === "/" && next === "*") {
      const end = text.indexOf("*/", i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (char === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"' && text[end] !== "\n") end += text[end] === "\\" ? 2 : 1;
      current += text.slice(i, end + 1);
      i = end;
    } else if (depth === 0 && (char === "\n" || char === ",")) {
      if (current.trim()) items.push(current.trim());
      current = "";
    } else {
      if ("{[(".includes(char)) depth++;
      else if ("}])".includes(char)) depth = Math.max(0, depth - 1);
      current += char;
    }
  }
  if (current.trim()) items.push(current.trim());
  return items;
}
function parseJson2(text) {
  try {
    return objectOf(JSON.parse(text));
  } catch {
    return void 0;
  }
}
function objectOf(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : void 0;
}
function bakeFileReferences(text) {
  const references = [];
  for (const line of text.split("\n")) {
    if (!/\bbake\b/.test(line)) continue;
    for (const match of line.matchAll(/(?:^|\s)(?:-f|--file)(?:=|\s+)(["']?)([^\s"'$`;|&]+)\1(?=\s|$|;)/g))
      if (match[2] && /\.(hcl|json)$/i.test(match[2])) references.push(match[2]);
  }
  return references;
}
function bakeWorkingDirectory(path, reference) {
  const named = posix4.normalize(reference);
  if (named.startsWith("../") || named.startsWith("/")) return void 0;
  if (named === path) return ".";
  return path.endsWith(`/${named}`) ? path.slice(0, -named.length - 1) : void 0;
}

// src/engine/build-links.ts
function emptyBuildLinks() {
  return { builtBy: /* @__PURE__ */ new Map(), contexts: /* @__PURE__ */ new Map(), targets: /* @__PURE__ */ new Set(), namedContexts: /* @__PURE__ */ new Map() };
}
function isWorkflowFile(path) {
  return /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(path);
}
function addImage(builtBy, image, dockerfile, replace = false) {
  const reference = image ? parseImageReference(image.trim()) : void 0;
  if (!reference) return;
  const name = reference.name.toLowerCase();
  const path = posix5.normalize(dockerfile);
  const paths = replace ? [] : builtBy.get(name) ?? [];
  if (!paths.includes(path)) paths.push(path);
  builtBy.set(name, paths);
}
function addNamedContexts(links, dockerfile, names) {
  const known = links.namedContexts.get(dockerfile) ?? /* @__PURE__ */ new Set();
  for (const name of names) if (name) known.add(name.toLowerCase());
  if (known.size) links.namedContexts.set(dockerfile, known);
}
function composeBuilds(path, root, links) {
  for (const [name, service] of root.get("services")?.entries() ?? []) {
    const build = service.get("build");
    const paths = composeBuildPaths(path, build, name);
    if (!build || !paths) continue;
    const file = paths.dockerfile;
    links.contexts.set(file, paths.context);
    const key = buildTargetKey(file, build.get("target")?.text);
    if (key !== file) links.targets.add(key);
    addImage(links.builtBy, service.get("image")?.text, key);
    const additional = build.get("additional_contexts");
    const names = additional?.kind === "map" ? additional.entries().map(([name2]) => name2) : (additional?.items() ?? []).map((item) => (item.text ?? "").split("=")[0] ?? "");
    addNamedContexts(links, file, names);
  }
}
function mayUseBuildPushAction(text) {
  return text.includes("docker/build-push-action") || text.includes("\\");
}
function workflowBuilds(root, links) {
  for (const [, job] of root.get("jobs")?.entries() ?? []) {
    const metadata = /* @__PURE__ */ new Map();
    for (const step of job.get("steps")?.items() ?? []) {
      const uses = step.get("uses")?.text ?? "";
      const id = step.get("id")?.text;
      if (id && METADATA_ACTIONS.some((action) => uses.startsWith(action)))
        metadata.set(id, metadataImages(step.at("with", "images")?.text ?? ""));
      if (!uses.startsWith("docker/build-push-action")) continue;
      const inputs = step.get("with");
      const context = inputs?.get("context")?.text ?? ".";
      const file = posix5.normalize(inputs?.get("file")?.text ?? posix5.join(context, "Dockerfile"));
      links.contexts.set(file, posix5.normalize(context));
      const key = buildTargetKey(file, inputs?.get("target")?.text);
      if (key !== file) links.targets.add(key);
      const tags = inputs?.get("tags")?.text ?? "";
      for (const tag of tags.split(/[,\n]/)) addImage(links.builtBy, tag, key);
      for (const [, stepId] of tags.matchAll(METADATA_TAGS))
        for (const image of metadata.get(stepId ?? "") ?? []) addImage(links.builtBy, image, key);
      const contexts = (inputs?.get("build-contexts")?.text ?? "").split(/[,\n]/);
      addNamedContexts(
        links,
        file,
        contexts.map((entry) => (entry.split("=")[0] ?? "").trim())
      );
    }
  }
}
var METADATA_ACTIONS = ["docker/metadata-action", "crazy-max/ghaction-docker-meta"];
var METADATA_TAGS = /\bsteps\.([\w-]+)\.outputs\.(?:tags|json\s*\)\s*\.\s*tags)\b/g;
function metadataImages(input) {
  const lines = input.split("\n").map((line) => line.trim()).filter((line) => line && !line.startsWith("#"));
  const fields = (line) => line.split(",").map((field) => field.trim().replace(/^"(.*)"$/, "$1")).filter(Boolean);
  const only = lines.length === 1 ? fields(lines[0]) : [];
  const names = only.length && only.every((field) => !field.includes("=")) ? only : lines.flatMap((line) => {
    let name = "";
    let enabled = true;
    for (const field of fields(line)) {
      const [key = "", ...rest] = field.split("=");
      const value = rest.join("=").trim();
      if (!rest.length) name = key;
      else if (key.trim().toLowerCase() === "name") name = value;
      else if (key.trim().toLowerCase() === "enable") enabled = value.toLowerCase() !== "false";
    }
    return enabled && name ? [name] : [];
  });
  return names.filter((name) => !name.includes("${{"));
}
var HCL_CONTEXTS = /\bcontexts\s*=\s*\{([^}]*)\}/g;
var HCL_KEY = /^\s*(?:"([^"\n]+)"|([A-Za-z0-9_][\w.:/-]*))\s*=/gm;
function bakeContextNames(path, text) {
  const names = [];
  if (path.toLowerCase().endsWith(".json")) {
    let bake;
    try {
      bake = JSON.parse(text);
    } catch {
      return names;
    }
    const targets = bake?.target;
    if (targets === null || typeof targets !== "object") return names;
    for (const target of Object.values(targets)) {
      const contexts = target?.contexts;
      if (contexts !== null && typeof contexts === "object") names.push(...Object.keys(contexts));
    }
    return names;
  }
  for (const block2 of text.matchAll(HCL_CONTEXTS))
    for (const key of (block2[1] ?? "").matchAll(HCL_KEY)) names.push(key[1] ?? key[2] ?? "");
  return names.filter((name) => name !== "");
}
function addBakeContexts(links, bakes, dockerfiles, bakeReferences = []) {
  if (!bakes.length) return;
  const known = new Set(dockerfiles);
  for (const dockerfile of known)
    for (const { path, names } of bakes) {
      const dir = posix5.dirname(path);
      if (dir === "." || dockerfile.startsWith(`${dir}/`)) addNamedContexts(links, dockerfile, names);
    }
  for (const { path, targets } of bakes) {
    const callers = bakeReferences.map((reference) => bakeWorkingDirectory(path, reference));
    const bases = [
      .../* @__PURE__ */ new Set([posix5.dirname(path), ...callers.filter((dir) => dir !== void 0), "."])
    ];
    for (const target of targets) {
      if (!target.contexts.length) continue;
      const dockerfile = bakeTargetDockerfile(target, bases, known);
      if (dockerfile) addNamedContexts(links, dockerfile, target.contexts);
    }
  }
}
function bakeTargetDockerfile(target, bases, dockerfiles) {
  if (target.context === null || target.dockerfile === null) return void 0;
  const context = target.context ?? ".";
  const dockerfile = target.dockerfile ?? "Dockerfile";
  if ([context, dockerfile].some((path) => path.includes(":") || posix5.isAbsolute(path))) return void 0;
  for (const base of bases) {
    const file = posix5.normalize(posix5.join(base, context, dockerfile));
    if (dockerfiles.has(file)) return file;
  }
  return void 0;
}

// src/engine/repository-facts.ts
function isFactSource(path) {
  return mightBeDockerfile(path) || hasFactName(path);
}
function hasFactName(path) {
  return isComposeName(path) || isDockerIgnoreFile(path) || isWorkflowFile(path) || mayBeBakeFile(path) || isRegistryCandidateName(path) || KEY_FILE.test(path);
}
function buildRepositoryFacts(allFiles, sources, config = { images: {} }) {
  const dockerfiles = /* @__PURE__ */ new Map();
  const dockerfileTexts = /* @__PURE__ */ new Map();
  const inlineDockerfiles = /* @__PURE__ */ new Map();
  const parsed = /* @__PURE__ */ new Map();
  const links = emptyBuildLinks();
  const { builtBy, contexts: buildContexts, targets: buildTargets } = links;
  const bakes = [];
  const bakeReferences = [];
  const ignoreFiles = /* @__PURE__ */ new Map();
  const runtimeClasses = /* @__PURE__ */ new Map();
  const runtimeClassDetails = /* @__PURE__ */ new Map();
  const serviceAccounts = /* @__PURE__ */ new Map();
  const insecureRegistries = [];
  const publicKeyFiles = /* @__PURE__ */ new Set();
  for (const source of sources) {
    const { path, text } = source;
    const dockerfile = isDockerfile(path, text);
    const scriptOnly = !dockerfile && !hasFactName(path) && isShellScriptWithoutExtension(path, text);
    if (!dockerfile && !hasFactName(path) && !scriptOnly) continue;
    if (exceedsWorkBudget(dockerfile ? "dockerfile" : "kubernetes", path, text)) continue;
    parseQuietly(() => {
      const registryFormat = registryFormatOf(path, text);
      const registryConfig = registryFormat ? parseQuietly(() => registryFormat.parse(text, path)) : void 0;
      if (registryConfig) {
        parsed.set(path, registryConfig);
        for (const entry of insecureRegistriesOf(path, registryConfig, allFiles))
          insecureRegistries.push(entry);
      }
      if (scriptOnly) return;
      if (KEY_FILE.test(path) && holdsOnlyPublicMaterial(text)) publicKeyFiles.add(path);
      if ((isWorkflowFile(path) || /\.sh$/i.test(path)) && text.includes("bake"))
        bakeReferences.push(...bakeFileReferences(text));
      if (isDockerIgnoreFile(path)) ignoreFiles.set(path, text);
      else if (dockerfile) dockerfileTexts.set(path, text);
      else if (isComposeName(path) || !registryFormat && isComposeByContent(path, text)) {
        const yaml = parseYamlDocuments(text);
        for (const document of yaml.documents) {
          composeBuilds(path, document.root, links);
          const services = document.root.get("services")?.entries() ?? [];
          for (const inline of inlineDockerfilesOf(path, services, false))
            inlineDockerfiles.set(inline.path, inline);
        }
        if (isValidParse(yaml)) parsed.set(path, composeDocumentOf(text, yaml.documents));
      } else if (isWorkflowFile(path)) {
        if (mayUseBuildPushAction(text)) readYaml(text, (root) => workflowBuilds(root, links));
      } else if (isBakeFile(path, text))
        bakes.push({ path, names: bakeContextNames(path, text), targets: bakeTargets(path, text) });
      else if (/kind["']?\s*:\s*["']?(RuntimeClass|ServiceAccount)\b/.test(text))
        readYaml(unreadDocumentsSkipped.on ? maskUnreadDocuments(text, isFactKind) : text, (root) => {
          runtimeClassOs(root, runtimeClasses);
          runtimeClassDetail(path, root, runtimeClassDetails);
          serviceAccountOf(path, root, serviceAccounts);
        });
    });
  }
  addBakeContexts(links, bakes, dockerfileTexts.keys(), bakeReferences);
  for (const [image, path] of Object.entries(config.images)) addImage(builtBy, image, path, true);
  const builds = new Set(buildTargets);
  for (const keys of builtBy.values()) for (const key of keys) builds.add(key);
  const referenced = /* @__PURE__ */ new Set([
    ...buildContexts.keys(),
    ...[...builds].map((key) => splitBuildTargetKey(key).path)
  ]);
  for (const [path, text] of dockerfileTexts) {
    const document = referenced.has(path) ? parseQuietly(() => parseDockerfile(text)) : void 0;
    if (document) dockerfiles.set(path, document);
  }
  for (const [path, inline] of inlineDockerfiles) {
    const document = parseQuietly(() => parseDockerfile(inline.text));
    if (document) dockerfiles.set(path, document);
  }
  const dockerfileImages = /* @__PURE__ */ new Map();
  for (const key of /* @__PURE__ */ new Set([...dockerfiles.keys(), ...builds])) {
    const { path, target } = splitBuildTargetKey(key);
    const document = dockerfiles.get(path);
    const built = document && parseQuietly(() => builtImage(path, document, target, inlineDockerfiles.get(path)));
    if (built) dockerfileImages.set(key, built);
  }
  const builtImages = /* @__PURE__ */ new Map();
  const imageDockerfiles = /* @__PURE__ */ new Map();
  for (const [image, keys] of builtBy) {
    const resolved = keys.filter((key2) => dockerfileImages.has(key2));
    const key = resolved.at(-1) ?? keys.at(-1);
    const built = dockerfileImages.get(key);
    if (built) builtImages.set(image, built);
    const { path } = splitBuildTargetKey(key);
    const document = dockerfiles.get(path);
    if (document && resolved.length === 1 && !inlineDockerfiles.has(path))
      imageDockerfiles.set(image, { path, document });
  }
  return {
    facts: {
      publicKeyFiles,
      files: allFiles,
      ignoreFiles,
      builtImages,
      dockerfileImages,
      buildContexts,
      namedContexts: links.namedContexts,
      insecureRegistries,
      runtimeClasses,
      runtimeClassDetails,
      serviceAccounts
    },
    parsed: new Map([...parsed, ...[...dockerfiles].filter(([path]) => !inlineDockerfiles.has(path))]),
    notes: unlinkedImageNotes(config, allFiles, dockerfileTexts),
    imageDockerfiles
  };
}
function unlinkedImageNotes(config, allFiles, dockerfileTexts) {
  const unlinked = Object.entries(config.images).filter(
    ([, path]) => !dockerfileTexts.has(posix6.normalize(path))
  );
  if (!unlinked.length) return [];
  const files = new Set(allFiles);
  return unlinked.map(([image, path]) => ({
    kind: "info",
    ...config.file ? { file: config.file } : {},
    message: `images maps '${image}' to '${path}', which ${files.has(posix6.normalize(path)) ? "the scan does not take for a Dockerfile (by its name or content)" : "is not among the scanned files"}; it links no Dockerfile to that image.`
  }));
}
var KEY_FILE = /\.(key|pem)$/i;
var PUBLIC_BLOCKS = [
  "PGP PUBLIC KEY BLOCK",
  "PUBLIC KEY",
  "RSA PUBLIC KEY",
  "CERTIFICATE",
  "TRUSTED CERTIFICATE",
  "CERTIFICATE REQUEST",
  "NEW CERTIFICATE REQUEST",
  "X509 CRL",
  "DH PARAMETERS",
  "X9.42 DH PARAMETERS",
  "EC PARAMETERS"
];
function holdsOnlyPublicMaterial(text) {
  return !text.includes("PRIVATE KEY") && PUBLIC_BLOCKS.some((block2) => text.includes(`-----BEGIN ${block2}-----`));
}
function parseQuietly(parse2) {
  try {
    return parse2();
  } catch {
    return void 0;
  }
}
var FACT_KINDS = /* @__PURE__ */ new Set(["RuntimeClass", "ServiceAccount", "List"]);
function isFactKind(kind) {
  return FACT_KINDS.has(kind);
}
var unreadDocumentsSkipped = { on: true };
function readYaml(text, visit2) {
  for (const document of parseYamlDocuments(text).documents) visit2(document.root);
}
function runtimeClassOs(root, classes) {
  if (root.get("kind")?.text !== "RuntimeClass") return;
  const name = root.at("metadata", "name")?.text;
  const os = root.at("scheduling", "nodeSelector", "kubernetes.io/os")?.text?.toLowerCase();
  const handler = root.get("handler")?.text ?? "";
  if (name && (os === "windows" || /^runhcs-wcow/.test(handler))) classes.set(name, "windows");
  else if (name && os === "linux") classes.set(name, "linux");
}
function runtimeClassDetail(path, root, details) {
  if (root.get("kind")?.text !== "RuntimeClass") return;
  const name = root.at("metadata", "name")?.text;
  if (!name) return;
  const build = root.at("scheduling", "nodeSelector", "node.kubernetes.io/windows-build");
  details.set(name, {
    handler: root.get("handler")?.text ?? "",
    ...build?.text ? {
      windowsBuild: build.text,
      location: {
        file: path,
        region: build.reportRegion,
        message: `RuntimeClass '${name}' schedules to nodes of build ${build.text}`
      }
    } : {}
  });
}
function serviceAccountOf(path, root, accounts) {
  const objects = root.get("kind")?.text === "List" ? root.get("items")?.items() ?? [] : [root];
  for (const object of objects) {
    const kind = object.get("kind");
    const name = object.at("metadata", "name")?.text;
    if (kind?.text !== "ServiceAccount" || !name) continue;
    const field = object.get("automountServiceAccountToken");
    const automount = typeof field?.scalar === "boolean" ? field.scalar : void 0;
    const namespace = object.at("metadata", "namespace")?.text;
    const message = `ServiceAccount '${name}'${automount === void 0 ? " leaves automountServiceAccountToken unset" : ` sets automountServiceAccountToken: ${String(automount)}`}`;
    const region = (automount === void 0 ? kind : field ?? kind).reportRegion;
    const list = accounts.get(name) ?? [];
    list.push({ source: path, namespace, automount, location: { file: path, region, message } });
    accounts.set(name, list);
  }
}
function builtImage(path, document, target, inline) {
  const at = (region, message) => inline ? { file: inline.file, region: inline.regionOf(region), message } : { file: path, region, message };
  const stage = target ? document.stages.find((s) => s.name?.toLowerCase() === target) : document.finalStage;
  if (!stage) return void 0;
  const effective = effectiveUser(stage, document.escapeChar);
  const instruction = effective.instruction ?? effective.from;
  const root = finalImageStages(document, stage).at(-1);
  const baseImage = root && baseImageOf(root);
  const base = baseImage && windowsReleaseOfImage(baseImage.reference);
  return {
    ...root && base ? {
      windowsBase: {
        build: base.release.build,
        location: at(
          root.baseRegion,
          `The final base image of the Dockerfile that builds the image (${base.release.name})`
        )
      }
    } : {},
    user: effective.user,
    os: stage.os,
    explicit: effective.source === "instruction",
    location: at(
      instruction.region,
      effective.source === "instruction" ? `USER ${effective.user ?? ""} in the Dockerfile that builds the image` : `The final FROM of the Dockerfile that builds the image (${effective.reason})`
    )
  };
}

// src/secrets/redact-text.ts
var ELLIPSIS2 = "\u2026";
var CACHE = /* @__PURE__ */ new Map();
var CACHE_LIMIT = 1e4;
var CACHED_LENGTH = 2e3;
function redactText(text) {
  const cached = CACHE.get(text);
  if (cached !== void 0) return cached;
  const redacted = redactWithDepth(text, 0);
  if (text.length > CACHED_LENGTH) return redacted;
  if (CACHE.size >= CACHE_LIMIT) CACHE.clear();
  CACHE.set(text, redacted);
  CACHE.set(redacted, redacted);
  return redacted;
}
function redactWithDepth(text, depth) {
  if (text.length === 0) return text;
  const spans = mergeSpans([
    ...findKnownCredentials(text),
    ...privateKeyBodies(text),
    ...urlPasswords(text),
    ...bareUserinfoPasswords(text),
    ...namedValues(text),
    ...nameValuePairs(text),
    ...authorizationValues(text),
    ...flagValues(text),
    ...randomTokens(text, depth)
  ]).filter((span) => !text.slice(span.start, span.end).includes(ELLIPSIS2));
  if (spans.length === 0) return text;
  let out = "";
  let at = 0;
  for (const span of spans) {
    out += text.slice(at, span.start) + redactSecret(text.slice(span.start, span.end));
    at = span.end;
  }
  return out + text.slice(at);
}
function mergeSpans(spans) {
  const sorted = spans.filter((span) => span.end > span.start).map(({ start, end }) => ({ start, end })).sort((a, b) => a.start - b.start || b.end - a.end);
  const merged = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push(span);
  }
  return merged;
}
function isHideable(value) {
  if (value.includes(ELLIPSIS2)) return false;
  const verdict = classifyValue(percentDecode(value));
  return verdict.literal || verdict.reason === "too-short" || verdict.reason === "config-value";
}
function privateKeyBodies(text) {
  return findPrivateKeys(text).map(({ start, end }) => {
    const block2 = text.slice(start, end);
    const bodyStart = start + block2.indexOf("-----", 5) + 5;
    const endMarker = block2.lastIndexOf("-----END");
    return { start: bodyStart, end: endMarker > 0 ? start + endMarker : end };
  });
}
function urlPasswords(text) {
  return findUrlUserinfo(text).filter(({ password }) => isHideable(password)).map(({ passwordStart, passwordEnd }) => ({ start: passwordStart, end: passwordEnd }));
}
var BARE_USERINFO = /(?<![A-Za-z0-9._%+~/:@-])([A-Za-z0-9._%+~-]+):([^\s:@/'"`<>]+)@(?!(?:sha|md)\d+:)(?=(?:[A-Za-z0-9-]+\.)+[A-Za-z0-9-]+|localhost\b|\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9-]+:\d{1,5}\b)/g;
function bareUserinfoPasswords(text) {
  const found = [];
  for (const match of text.matchAll(BARE_USERINFO)) {
    const [whole, user = "", password = ""] = match;
    if (!isHideable(password)) continue;
    const start = (match.index ?? 0) + user.length + 1;
    if (whole.length > 0) found.push({ start, end: start + password.length });
  }
  return found;
}
var NAMED_VALUE = /(?<![A-Za-z0-9_.$])(?<![A-Za-z0-9_.]-)(["']?)([A-Za-z_][A-Za-z0-9_.-]*)\1[ \t]*(=|:(?![:/]))[ \t]*(?:"([^"\n]*)"|'([^'\n]*)'|([^\s'"`;&,<>]+))/g;
function namedValues(text) {
  const found = [];
  for (const match of text.matchAll(NAMED_VALUE)) {
    const [whole, , name = "", , doubleQuoted, singleQuoted, bare] = match;
    let value = doubleQuoted ?? singleQuoted ?? bare ?? "";
    if (bare !== void 0) value = value.replace(/[.)\]}]+$/, "");
    if (!isNamedSecretValue(name, value)) continue;
    const valueAt = bare !== void 0 ? whole.length - bare.length : whole.length - value.length - 1;
    const start = (match.index ?? 0) + valueAt;
    found.push({ start, end: start + value.length });
  }
  return found;
}
function isNamedSecretValue(name, value) {
  if (!value || !(isSecretLikeName(name) || isSecretParamName(name))) return false;
  if (!classifyValue(value).literal || value.includes(ELLIPSIS2)) return false;
  return !isAuthOnlyName(name) || isCredentialShaped2(value);
}
var NAME_VALUE_PAIR = /(?<![A-Za-z0-9_])(\\?["']?)name\1[ \t]*[:=][ \t]*(\\?["']?)([A-Za-z_][A-Za-z0-9_.-]*)\2[ \t]*,?(?:[ \t]|\\[nrt]|\r?\n)*(\\?["']?)value\4[ \t]*[:=][ \t]*(?:\\?"((?:[^"\n\\]|\\(?!"))*)\\?"|'([^'\n]*)'|([^\s'"`;&,<>\\]+))/dg;
function nameValuePairs(text) {
  const found = [];
  for (const match of text.matchAll(NAME_VALUE_PAIR)) {
    const name = match[3] ?? "";
    const group = [5, 6, 7].find((index) => match[index] !== void 0) ?? 7;
    const at = match.indices?.[group];
    if (!at || !isNamedSecretValue(name, match[group] ?? "")) continue;
    found.push({ start: at[0], end: at[1] });
  }
  return found;
}
function isAuthOnlyName(name) {
  const words = nameWords(name);
  const rest = words.filter((word) => !AUTH_WORDS.has(word));
  return rest.length < words.length && !isSecretLikeName(rest.join("_"));
}
var AUTH_WORDS = /* @__PURE__ */ new Set(["auth", "credential", "credentials"]);
function isCredentialShaped2(value) {
  return looksRandom(value) || findKnownCredentials(value).length > 0 || isBase64Secret(value);
}
var AUTHORIZATION = /(?:(?:Proxy-)?Authorization["']?\s*[:=]\s*["']?(?:(?:Bearer|Basic|Token|Digest|Negotiate|NTLM|Bot)\s+)?|(?<![A-Za-z])Bearer\s+)([^\s'"`,;<>]+)/gi;
function authorizationValues(text) {
  const found = [];
  for (const match of text.matchAll(AUTHORIZATION)) {
    const [whole, value = ""] = match;
    if (!isHideable(value)) continue;
    const start = (match.index ?? 0) + whole.length - value.length;
    found.push({ start, end: start + value.length });
  }
  return found;
}
var FLAG_VALUE = /(?<![A-Za-z0-9_-])(--?[A-Za-z][A-Za-z0-9-]*)[ \t]+(["']?)([^\s'"`;&|<>]+)\2/g;
function flagValues(text) {
  const found = [];
  for (const match of text.matchAll(FLAG_VALUE)) {
    const [whole, flag = "", quote = "", value = ""] = match;
    const valueStart = (match.index ?? 0) + whole.length - value.length - quote.length;
    if (flag === "-u" || flag === "--user") {
      const colon = value.indexOf(":");
      const password = colon > 0 ? value.slice(colon + 1) : "";
      if (password && isHideable(password))
        found.push({ start: valueStart + colon + 1, end: valueStart + value.length });
    } else if (flag.startsWith("--") && isSecretLikeName(flag.slice(2)) && classifyValue(value).literal) {
      found.push({ start: valueStart, end: valueStart + value.length });
    }
  }
  return found;
}
var BASE64_RUN = /(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/]{12,}={0,2}(?![A-Za-z0-9+/=_-])/g;
var HEX_ID_SEGMENT = /(?<=^|\/)(?:[0-9a-f]{40}|[0-9a-f]{64})(?=\/|$)/g;
var MIN_RANDOM_BASE64 = 32;
var RANDOM_RUN = /(?<![A-Za-z0-9])[A-Za-z0-9]{20,}(?![A-Za-z0-9])/g;
function randomTokens(text, depth) {
  const found = [];
  for (const match of text.matchAll(RANDOM_RUN)) {
    const start = match.index ?? 0;
    if (looksRandom(match[0])) found.push({ start, end: start + match[0].length });
  }
  if (depth > 0) return found;
  for (const match of text.matchAll(BASE64_RUN)) {
    const start = match.index ?? 0;
    const unidentified = match[0].replace(/^\/+/, "").replace(HEX_ID_SEGMENT, "/");
    const random = unidentified.length >= MIN_RANDOM_BASE64 && looksRandom(unidentified);
    if (random || isBase64Secret(match[0])) found.push({ start, end: start + match[0].length });
  }
  return found;
}
function isBase64Secret(token) {
  if (token.length % 4 !== 0) return false;
  const decoded = Buffer.from(token, "base64").toString("utf8");
  if (decoded.includes("\uFFFD") || /[\p{Cc}]/u.test(decoded.replace(/[\r\n\t]/g, ""))) return false;
  if (/^[^\s:]+:\S+$/.test(decoded) && isHideable(decoded.slice(decoded.indexOf(":") + 1))) return true;
  return looksRandom(decoded) || redactWithDepth(decoded, 1) !== decoded;
}

// src/secrets/redact-findings.ts
function redactFindings(findings, notes, renders = []) {
  for (const finding of findings) {
    finding.message = redactText(finding.message);
    for (const related of finding.relatedLocations ?? []) {
      related.message = redactText(related.message);
    }
    if (finding.suppression?.justification)
      finding.suppression.justification = redactText(finding.suppression.justification);
  }
  for (const note of notes) note.message = redactText(note.message);
  for (const render of renders) if (render.reason) render.reason = redactText(render.reason);
}

// src/engine/line-fingerprints.ts
var BLOCK = 100;
var TAB = 9;
var LF = 10;
var CR = 13;
var SPACE = 32;
var EOF = 65535;
var POW = 37n ** 100n & 0xffffffffffffffffn;
var POW_HI = Number(POW >> 32n) | 0;
var POW_LO0 = Number(POW & 0xffffn);
var POW_LO1 = Number(POW >> 16n & 0xffffn);
function computeLineFingerprints(text, only) {
  const result = /* @__PURE__ */ new Map();
  if (only === void 0) {
    const seen2 = /* @__PURE__ */ new Map();
    walkLineHashes(text, (line, hi, lo) => emit2(result, seen2, line, hashHex(hi, lo)));
    return result;
  }
  const wanted = new Set(only);
  if (wanted.size === 0) return result;
  const hashes = new LineHashes(text.length);
  walkLineHashes(text, (_line, hi, lo) => hashes.push(hi, lo));
  const targets = /* @__PURE__ */ new Map();
  for (const line of wanted) {
    if (line < 1 || line > hashes.count) continue;
    const hi = hashes.hi(line - 1);
    const lows = targets.get(hi) ?? /* @__PURE__ */ new Set();
    targets.set(hi, lows.add(hashes.lo(line - 1)));
  }
  const seen = /* @__PURE__ */ new Map();
  for (let index = 0; index < hashes.count; index++) {
    const hi = hashes.hi(index);
    const lo = hashes.lo(index);
    if (!targets.get(hi)?.has(lo)) continue;
    const hex = hashHex(hi, lo);
    const count = (seen.get(hex) ?? 0) + 1;
    seen.set(hex, count);
    if (wanted.has(index + 1)) result.set(index + 1, `${hex}:${count}`);
  }
  return result;
}
var LineHashes = class {
  words;
  count = 0;
  constructor(textLength) {
    this.words = new Int32Array(2 * (Math.ceil(textLength / 32) + 16));
  }
  push(hi, lo) {
    if (2 * this.count + 2 > this.words.length) {
      const grown = new Int32Array(this.words.length * 2);
      grown.set(this.words);
      this.words = grown;
    }
    this.words[2 * this.count] = hi;
    this.words[2 * this.count + 1] = lo;
    this.count++;
  }
  hi(index) {
    return this.words[2 * index] ?? 0;
  }
  lo(index) {
    return this.words[2 * index + 1] ?? 0;
  }
};
function walkLineHashes(text, onLine) {
  const window = new Uint16Array(BLOCK);
  const lineAt2 = new Uint32Array(BLOCK);
  let hi = 0;
  let lo = 0;
  let index = 0;
  let line = 0;
  let atLineStart = true;
  let prevCR = false;
  const length = text.length;
  for (let i = 0, end = length + 1 + BLOCK; i < end; i++) {
    let c = 0;
    if (i < length) {
      c = text.charCodeAt(i);
      if (c === SPACE || c === TAB || prevCR && c === LF) {
        prevCR = false;
        continue;
      }
      prevCR = c === CR;
      if (prevCR) c = LF;
    } else if (i === length) {
      c = EOF;
    }
    const owner = lineAt2[index] ?? 0;
    if (owner !== 0) {
      onLine(owner, hi, lo);
      lineAt2[index] = 0;
    }
    if (atLineStart) {
      atLineStart = false;
      lineAt2[index] = ++line;
    }
    if (c === LF) atLineStart = true;
    const leaving = window[index] ?? 0;
    window[index] = c;
    const p0 = Math.imul(POW_LO0, leaving);
    const p1 = Math.imul(POW_LO1, leaving);
    const col0 = 37 * (lo & 65535) + c - (p0 & 65535);
    const col1 = 37 * (lo >>> 16) + (col0 >> 16) - (p0 >>> 16) - (p1 & 65535);
    hi = Math.imul(37, hi) - Math.imul(POW_HI, leaving) + (col1 >> 16) - (p1 >>> 16) | 0;
    lo = col1 << 16 | col0 & 65535;
    index = index === BLOCK - 1 ? 0 : index + 1;
  }
}
var BYTE_HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, "0"));
var hex8 = (x) => `${BYTE_HEX[x >>> 24]}${BYTE_HEX[x >>> 16 & 255]}${BYTE_HEX[x >>> 8 & 255]}${BYTE_HEX[x & 255]}`;
function hashHex(hi, lo) {
  const padded = hex8(hi) + hex8(lo);
  let skip = 0;
  while (skip < 15 && padded.charCodeAt(skip) === 48) skip++;
  return padded.slice(skip);
}
function emit2(result, seen, line, hex) {
  const count = (seen.get(hex) ?? 0) + 1;
  seen.set(hex, count);
  result.set(line, `${hex}:${count}`);
}

// src/engine/suppressions.ts
var COMMENT2 = /#\s*bulkhead-ignore(-file)?\s+(BH\d{3}(?:\s*,\s*BH\d{3})*)(?:\s+--\s*(.*?))?\s*$/;
function parseInlineSuppressions(lines) {
  const byLine = /* @__PURE__ */ new Map();
  const file = /* @__PURE__ */ new Map();
  let pending = [];
  lines.forEach((line, index) => {
    const match = COMMENT2.exec(line);
    const ownLine = /^\s*#/.test(line);
    const ids = match ? match[2].split(",").map((id) => id.trim()) : [];
    const entries = ids.map((id) => [id, match?.[3] || void 0]);
    if (match?.[1]) {
      for (const [id, reason] of entries) file.set(id, reason);
      return;
    }
    if (ownLine) {
      append(pending, entries);
      return;
    }
    const applied2 = [...pending, ...entries];
    if (line.trim() === "") return;
    if (applied2.length) byLine.set(index + 1, new Map(applied2));
    pending = [];
  });
  return { byLine, file };
}
function unknownIgnoredRuleNotes(text, file, known) {
  const notes = [];
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    const match = line.includes("bulkhead-ignore") ? COMMENT2.exec(line) : null;
    for (const id of match ? match[2].split(",").map((id2) => id2.trim()) : []) {
      if (known.has(id)) continue;
      notes.push({
        kind: "info",
        file,
        message: `Line ${index + 1}: bulkhead-ignore names '${id}', which is not a rule; the comment suppresses nothing (run 'bulkhead rules' for the ids).`
      });
    }
  });
  return notes;
}
function unknownConfigRuleNotes(config, file, known) {
  const named = [
    ...Object.keys(config.rules).map((id) => [id, "rules"]),
    ...config.ignore.flatMap((entry, index) => entry.rules.map((id) => [id, `ignore.${index}.rules`]))
  ];
  return named.filter(([id]) => !known.has(id)).map(([id, key]) => ({
    kind: "info",
    file,
    message: `${key} names '${id}', which is not a rule; it has no effect (run 'bulkhead rules' for the ids).`
  }));
}
function inlineSuppression(finding, inline) {
  const line = inline.byLine.get(finding.location.region.startLine);
  for (const source of [line, inline.file]) {
    if (source?.has(finding.ruleId)) return { kind: "inSource", justification: source.get(finding.ruleId) };
  }
  return void 0;
}
var ConfigIgnores = class {
  /** `relativize` maps a finding's path to one relative to the config file's directory. */
  constructor(ignores, today, relativize) {
    this.relativize = relativize;
    this.entries = ignores.map((ignore2) => ({
      ignore: ignore2,
      matches: ignore2.paths.length ? picomatch(ignore2.paths, { dot: true }) : () => true,
      expired: ignore2.expires !== void 0 && ignore2.expires <= today
    }));
  }
  relativize;
  entries;
  expiredUsed = /* @__PURE__ */ new Set();
  /** The last file relativized: findings come file by file, and most name no ignored rule at all. */
  last;
  suppression(finding) {
    let path;
    for (const entry of this.entries) {
      if (!entry.ignore.rules.includes(finding.ruleId)) continue;
      path ??= this.relativePath(finding.location.file);
      if (!entry.matches(path)) continue;
      if (entry.expired) {
        this.expiredUsed.add(entry.ignore);
        continue;
      }
      return { kind: "external", justification: entry.ignore.reason };
    }
    return void 0;
  }
  relativePath(file) {
    if (this.last?.file !== file) this.last = { file, path: this.relativize(file) };
    return this.last.path;
  }
  /**
   * Indexes (in the constructor's list) of the expired ignores used so far, in order of first use: a
   * worker scans its chunk with its own copy, and the scan replays them here in chunk order, so the
   * expired-ignore notes come out in the order a single-threaded scan gives them.
   */
  expiredUsedIndexes() {
    const indexes = [];
    for (const ignore2 of this.expiredUsed) indexes.push(this.entries.findIndex((e) => e.ignore === ignore2));
    return indexes;
  }
  /** Records expired ignores that a copy of this list used (`expiredUsedIndexes` of the copy). */
  markExpiredUsed(indexes) {
    for (const index of indexes) {
      const entry = this.entries[index];
      if (entry) this.expiredUsed.add(entry.ignore);
    }
  }
  /** Notes for expired ignores that would otherwise have suppressed something. */
  expiredNotes() {
    return [...this.expiredUsed].map((ignore2) => ({
      kind: "expired-ignore",
      message: `The config ignore of ${ignore2.rules.join(", ")}${ignore2.paths.length ? ` for ${ignore2.paths.join(", ")}` : ""} expired on ${ignore2.expires}; its findings count again.`
    }));
  }
};

// src/core/sort-findings.ts
function compareFindings(a, b) {
  const ra = a.location.region;
  const rb = b.location.region;
  return compareText(a.location.file, b.location.file) || ra.startLine - rb.startLine || ra.startColumn - rb.startColumn || compareText(a.ruleId, b.ruleId) || compareText(a.message, b.message);
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/targets/kubernetes/annotation-ignores.ts
var IGNORE_ANNOTATION = "bulkhead.io/ignore";
var IGNORE_REASON_ANNOTATION = "bulkhead.io/ignore-reason";
function annotationIgnores(document) {
  const ignores = [];
  const templates = new Map(document.workloads.map((w) => [w.object, w.templateMetadata]));
  for (const object of document.objects) {
    const template = templates.get(object);
    for (const metadata of [object.root.get("metadata"), template]) {
      const ignore2 = fromMetadata(metadata, object.root.region);
      if (ignore2) ignores.push(ignore2);
    }
  }
  return ignores;
}
function fromMetadata(metadata, region) {
  const annotations = metadata?.get("annotations");
  const list = annotations?.get(IGNORE_ANNOTATION)?.text;
  if (!list) return void 0;
  const rules = new Set(
    list.split(",").map((id) => id.trim().toUpperCase()).filter((id) => /^BH\d{3}$/.test(id))
  );
  return rules.size ? { region, rules, reason: annotations?.get(IGNORE_REASON_ANNOTATION)?.text } : void 0;
}

// src/targets/kubernetes/parse-manifests.ts
var POD_TEMPLATE_PATHS = {
  Pod: [],
  PodTemplate: ["template"],
  ReplicationController: ["spec", "template"],
  ReplicaSet: ["spec", "template"],
  Deployment: ["spec", "template"],
  StatefulSet: ["spec", "template"],
  DaemonSet: ["spec", "template"],
  Job: ["spec", "template"],
  CronJob: ["spec", "jobTemplate", "spec", "template"],
  // OpenShift (apps.openshift.io/v1) and Argo Rollouts (argoproj.io/v1alpha1) embed a Deployment's pod template.
  DeploymentConfig: ["spec", "template"],
  Rollout: ["spec", "template"]
};
var WORKLOAD_KINDS = Object.keys(POD_TEMPLATE_PATHS);
var UNREAD_ENTRIES = { CustomResourceDefinition: ["spec"] };
var CONTAINER_LISTS = ["initContainers", "containers", "ephemeralContainers"];
var UNREAD_KINDS = /* @__PURE__ */ new Set(["CustomResourceDefinition"]);
var unreadKindsLeftUnparsed = { on: true };
function parseManifests(text) {
  const parsed = parseYamlDocuments(readDocumentsOf(text), {
    onDocument: ({ root }) => {
      const kind = root.get("kind")?.text ?? "";
      const unread = Object.hasOwn(UNREAD_ENTRIES, kind) ? UNREAD_ENTRIES[kind] : void 0;
      if (unread) root.dropEntries(unread);
    }
  });
  if (parsed.tooLarge) throw new InputTooLargeError(parsed.tooLarge);
  const documents = parsed.documents.filter((d) => !d.invalid);
  if (parsed.errors.length && documents.every((d) => d.root.kind === "null"))
    throw yamlParseError(parsed.errors);
  const objects = documents.flatMap((d) => objectsOf(d.root));
  const problems = invalidDocumentProblems(parsed).map((p) => ({ ...p, syntax: true }));
  const workloads = objects.flatMap((o) => {
    const workload = workloadOf(o, problems);
    return workload ? [workload] : [];
  });
  problems.sort((a, b) => a.region.startLine - b.region.startLine);
  return { text, objects, workloads, problems };
}
function readDocumentsOf(text) {
  if (!unreadKindsLeftUnparsed.on || !text.includes("CustomResourceDefinition")) return text;
  if (text.includes(IGNORE_ANNOTATION)) return text;
  return maskUnreadDocuments(text, (kind) => !UNREAD_KINDS.has(kind), { onlyProvenValid: true });
}
function objectsOf(root) {
  if (root.kind !== "map") return [];
  const kind = root.get("kind");
  const object = {
    apiVersion: root.get("apiVersion")?.text,
    kind: kind?.text,
    name: root.at("metadata", "name")?.text,
    root,
    region: kind?.reportRegion ?? root.region
  };
  if (object.kind?.endsWith("List")) return (root.get("items")?.items() ?? []).flatMap(objectsOf);
  return [object];
}
function workloadOf(object, problems) {
  const path = object.kind && Object.hasOwn(POD_TEMPLATE_PATHS, object.kind) ? POD_TEMPLATE_PATHS[object.kind] : void 0;
  if (!path) return void 0;
  let template = object.root;
  for (let index = 0; index < path.length; index++) {
    const next = readableMap(object, template, path.slice(0, index + 1), problems);
    if (!next) return void 0;
    template = next;
  }
  const spec = readableMap(object, template, [...path, "spec"], problems);
  if (!spec) return void 0;
  const containers = CONTAINER_LISTS.flatMap((list) => containersOf(object, spec, list, problems));
  if (isExpectedState(object, containers)) return void 0;
  return {
    object,
    spec,
    specRegion: spec.reportRegion,
    templateMetadata: template.get("metadata"),
    containers
  };
}
function isExpectedState(object, containers) {
  if (containers.length === 0 || containers.some(isCompleteContainer)) return false;
  const metadata = object.root.get("metadata");
  const named = metadata?.get("name") !== void 0 || metadata?.get("generateName") !== void 0;
  return object.root.get("status") !== void 0 || !named;
}
function isCompleteContainer(container) {
  return container.image !== void 0 && container.node.get("name") !== void 0;
}
function readableMap(object, parent, path, problems) {
  const node = parent.get(path[path.length - 1] ?? "");
  if (!node || node.kind === "map" || node.kind === "null") return node?.kind === "map" ? node : void 0;
  const shape = node.kind === "seq" ? "a list" : "a scalar";
  problems.push({
    // Kind and keys only: a value may hold a secret (RULES.md BH000).
    message: `The ${object.kind ?? "object"}'s '${path.join(".")}' is ${shape}, not a mapping, so its pod cannot be checked.`,
    region: node.reportRegion
  });
  return void 0;
}
function containersOf(object, spec, list, problems) {
  const node = spec.get(list);
  if (node && node.kind !== "seq" && node.kind !== "null") {
    problems.push({
      message: `The ${object.kind ?? "object"}'s '${list}' is not a list, so its containers cannot be checked.`,
      region: node.reportRegion
    });
    return [];
  }
  return (node?.items() ?? []).filter((item) => item.kind === "map").map((item) => {
    const name = item.get("name");
    const region = name?.reportRegion ?? item.region;
    return {
      name: name?.text ?? "",
      list,
      node: item,
      region,
      image: item.get("image"),
      securityContext: item.get("securityContext")
    };
  });
}

// src/engine/parse-target.ts
var PARSERS = {
  dockerfile: parseDockerfile,
  kubernetes: parseManifests,
  compose: parseCompose,
  "registry-config": parseRegistryConfig
};
function parseTarget(kind, text, path, parsed, files = []) {
  const parse2 = PARSERS[kind];
  if (!parse2)
    return { kind: "skip", note: { kind: "skipped", file: path, message: `No parser for ${kind} yet.` } };
  if (isTemplate(text, kind !== "dockerfile", /\.(toml|conf)$/i.test(path)) || isChartTemplate(path, text, files))
    return TEMPLATE_SKIP(path);
  try {
    const document = parsed ?? parse2(text, path);
    if (kind === "kubernetes" && hasBrokenAction(document, text))
      return TEMPLATE_SKIP(path);
    const note = kind === "compose" ? legacyComposeNote(document, path) : void 0;
    return note ? { kind: "document", document, note } : { kind: "document", document };
  } catch (error) {
    if (error instanceof InputTooLargeError)
      return { kind: "skip", note: { kind: "too-large", file: path, message: error.message } };
    const at = error instanceof InputParseError ? error : void 0;
    const line = at?.line ?? 1;
    const column = at?.column ?? 1;
    if (at && kind !== "dockerfile" && hasActionOnLine(text, line)) return TEMPLATE_SKIP(path);
    return {
      kind: "error",
      message: at ? at.message : error instanceof RangeError ? "Could not parse the file: its structure is too deep for the parser (it ran out of stack)." : `Could not parse the file: ${errorMessage(error)}`,
      region: { startLine: line, startColumn: column, endLine: line, endColumn: column + 1 }
    };
  }
}
var TEMPLATE_SKIP = (file) => ({
  kind: "skip",
  note: {
    kind: "template",
    file,
    message: "Template file (`{{ \u2026 }}`, `{% \u2026 %}` or `<% \u2026 %>`): skipped; scan the rendered output instead."
  }
});
function hasBrokenAction(document, text) {
  return document.problems.some((problem) => problem.syntax && hasActionOnLine(text, problem.region.startLine));
}
function hasActionOnLine(text, line) {
  let start = 0;
  for (let n = 1; n < line; n++) {
    const next = text.indexOf("\n", start);
    if (next < 0) return false;
    start = next + 1;
  }
  const end = text.indexOf("\n", start);
  const content = text.slice(start, end < 0 ? void 0 : end);
  const open = content.indexOf("{{");
  return open >= 0 && content.indexOf("}}", open + 2) > 0;
}
function isChartTemplate(path, text, files) {
  if (!text.includes("{{")) return false;
  for (const at of path.matchAll(/(^|\/)templates\//g)) {
    if (files.length === 0) return true;
    const chartDir = path.slice(0, at.index);
    if (chartFiles(files).has(chartDir ? `${chartDir}/Chart.yaml` : "Chart.yaml")) return true;
  }
  return false;
}
var CHART_FILES = /* @__PURE__ */ new WeakMap();
function chartFiles(files) {
  let charts = CHART_FILES.get(files);
  if (!charts) {
    charts = new Set(files.filter((file) => file === "Chart.yaml" || file.endsWith("/Chart.yaml")));
    CHART_FILES.set(files, charts);
  }
  return charts;
}

// src/engine/document-suppression.ts
function documentSuppression(target, document) {
  if (target !== "kubernetes") return void 0;
  const ignores = annotationIgnores(document);
  if (ignores.length === 0) return void 0;
  const byRule = /* @__PURE__ */ new Map();
  for (const ignore2 of ignores)
    for (const rule3 of ignore2.rules) {
      const list = byRule.get(rule3);
      if (list) list.push(ignore2);
      else byRule.set(rule3, [ignore2]);
    }
  const ordered = new Set([...byRule.values()].filter(isOrdered));
  return (finding) => {
    const list = byRule.get(finding.ruleId);
    const ignore2 = list && firstCovering(list, ordered.has(list), finding.location.region.startLine);
    return ignore2 ? { kind: "inSource", justification: ignore2.reason } : void 0;
  };
}
function firstCovering(list, inOrder, line) {
  if (!inOrder) return list.find((i) => i.region.startLine <= line && line <= i.region.endLine);
  const candidate = list[partitionPoint(list.length, (i) => list[i].region.endLine < line)];
  return candidate && candidate.region.startLine <= line ? candidate : void 0;
}
function isOrdered(list) {
  for (let i = 1; i < list.length; i++) {
    const [before, after] = [list[i - 1].region, list[i].region];
    if (after.startLine < before.startLine || after.endLine < before.endLine) return false;
  }
  return true;
}

// src/engine/run-checks.ts
var PARSE_ERROR_RULE_ID = "BH000";
function buildFinding(rule3, target, location, message, ruleConfig, reported) {
  const configured = ruleConfig?.[rule3.meta.id];
  return {
    ruleId: rule3.meta.id,
    slug: rule3.meta.slug,
    severity: configured && configured !== "off" ? configured : reported ?? rule3.meta.severity,
    message,
    target,
    location
  };
}
function runChecks(run, rules, options2, notes, budgetMs = DEFAULT_WORK_BUDGET.maxRuleMs) {
  const findings = [];
  const started = Date.now();
  for (const [index, rule3] of rules.entries()) {
    const check = rule3.checks[run.target];
    if (!check) continue;
    if (Date.now() - started > budgetMs) {
      let skipped = 0;
      for (let i = index; i < rules.length; i++) if (rules[i]?.checks[run.target]) skipped++;
      notes.push({
        kind: "budget",
        file: run.file,
        message: `Scanning took longer than ${budgetMs / 1e3} s (work budget): ${skipped} rules were skipped for this file.`
      });
      break;
    }
    try {
      check({
        document: run.document,
        file: run.file,
        settings: options2.settings,
        repository: run.repository,
        model: run.model,
        report: (report) => {
          const message = formatMessage(
            rule3.meta.messages[report.messageId] ?? report.messageId,
            report.data
          );
          const finding = buildFinding(
            rule3,
            run.target,
            run.locate(report),
            message,
            options2.ruleConfig,
            report.severity
          );
          if (report.valueRegion) finding.valueRegion = report.valueRegion;
          if (report.valuePart !== void 0) finding.valuePart = report.valuePart;
          if (report.relatedLocations?.length) finding.relatedLocations = report.relatedLocations;
          if (report.properties) finding.properties = report.properties;
          if (report.fixes?.length) finding.fixes = report.fixes;
          findings.push(finding);
        }
      });
    } catch (error) {
      notes.push(
        internalErrorNote(run.file, error, rule3.meta.id, `rule ${rule3.meta.id} (${rule3.meta.slug})`)
      );
    }
  }
  return { findings };
}
function internalErrorNote(file, error, rule3, step) {
  const reason = error instanceof RangeError ? "it ran out of stack or memory" : errorMessage(error);
  return {
    kind: "internal-error",
    file,
    ...rule3 ? { rule: rule3 } : {},
    message: `Internal error in ${step}; the rest of the scan went on: ${reason.replace(/\.?$/, ".")}`
  };
}

// src/targets/image-user.ts
function imageUser(image, repository) {
  const reference = image ? workloadImageReference(image) : void 0;
  if (!reference) return void 0;
  const built = reference.unresolved?.registry ? void 0 : repository.builtImages.get(reference.name.toLowerCase());
  if (built) return builtImageUser(built);
  const known = lookupBaseImageDefault(reference);
  return known ? { user: known.user, os: known.os, source: "base-table", explicit: false, reason: known.reason } : void 0;
}
function builtImageUser(built) {
  if (built.user === void 0) return void 0;
  return {
    user: built.user,
    os: built.os,
    source: "dockerfile",
    explicit: built.explicit,
    reason: `its Dockerfile ${built.explicit ? `ends in USER ${built.user}` : `runs it as '${built.user}' by default`}`,
    related: built.location
  };
}

// src/model/image-facts.ts
function imageFacts(image, repository) {
  const text = image?.trim();
  if (!text) return void 0;
  const reference = workloadImageReference(text);
  const windowsByName = reference !== void 0 && isWindowsImageName(reference);
  const user = imageUser(text, repository);
  return {
    text,
    ...reference ? { reference } : {},
    windowsByName,
    ...user ? { user } : {},
    os: windowsByName ? "windows" : user?.os ?? "unknown"
  };
}

// src/model/compose-model.ts
function composeModel(document, file, repository) {
  let services;
  return {
    get services() {
      services ??= document.services.map((service) => serviceModel(service, file, repository));
      return services;
    }
  };
}
function serviceModel(service, file, repository) {
  const image = imageFacts(serviceText(service, "image")?.value, repository);
  const dockerfile = composeBuildPaths(file, service.node.get("build"), service.name)?.dockerfile;
  const target = service.node.get("build")?.get("target")?.text;
  const built = dockerfile ? repository.dockerfileImages.get(buildTargetKey(dockerfile, target)) : void 0;
  const imageUser2 = dockerfile ? built ? builtImageUser(built) : image?.user : image?.user;
  const os = serviceOs(service, image, imageUser2);
  const user = serviceText(service, "user");
  return {
    ...service,
    os,
    imageFacts: image,
    imageUser: imageUser2,
    user,
    admin: serviceAdmin(os.os, user?.value, imageUser2),
    properties: { serviceOs: os.os, serviceOsEvidence: os.evidence }
  };
}
function serviceOs(service, image, user) {
  const platform = serviceText(service, "platform")?.value.toLowerCase();
  if (platform?.startsWith("windows")) return { os: "windows", evidence: `platform: ${platform}` };
  if (platform?.startsWith("linux")) return { os: "linux", evidence: `platform: ${platform}` };
  const isolation = serviceText(service, "isolation")?.value.toLowerCase();
  if (isolation === "process" || isolation === "hyperv")
    return { os: "windows", evidence: `isolation: ${isolation}` };
  if (image?.windowsByName) return { os: "windows", evidence: `image '${image.text}' is a Windows image` };
  if (user?.os === "windows" || user?.os === "linux")
    return {
      os: user.os,
      evidence: user.source === "dockerfile" ? `the repository Dockerfile that builds it makes a ${user.os} image` : `its image is a known ${user.os} image`
    };
  return { os: "unknown", evidence: "nothing tells its OS" };
}
function serviceAdmin(os, user, image) {
  if (user !== void 0) {
    const admin2 = os === "windows" ? isWindowsAdmin(user) : isLinuxRoot(user);
    return admin2 ? { user, reason: "set by 'user'" } : void 0;
  }
  if (!image) return void 0;
  const admin = image.os === "windows" ? isWindowsAdmin(image.user) : isLinuxRoot(image.user);
  return admin ? { user: image.user, reason: image.reason, related: image.related } : void 0;
}

// src/targets/kubernetes/security-context.ts
function podSecurityContext(workload) {
  return workload.spec.get("securityContext");
}
function effectiveSetting(workload, container, field) {
  const own = container.securityContext?.get(field);
  if (own && own.kind !== "null") return { node: own, level: "container" };
  const pod = podSecurityContext(workload)?.get(field);
  return pod && pod.kind !== "null" ? { node: pod, level: "pod" } : void 0;
}
function effectiveWindowsOption(workload, container, field) {
  const own = container.securityContext?.get("windowsOptions");
  const pod = podSecurityContext(workload)?.get("windowsOptions");
  const isGmsa = field === "gmsaCredentialSpecName" || field === "gmsaCredentialSpec";
  const containerSetsGmsa = isGmsa && (own?.get("gmsaCredentialSpecName") !== void 0 || own?.get("gmsaCredentialSpec") !== void 0);
  const ownValue = own?.get(field);
  if (ownValue && ownValue.kind !== "null" || containerSetsGmsa)
    return ownValue ? { node: ownValue, level: "container" } : void 0;
  const podValue = pod?.get(field);
  return podValue && podValue.kind !== "null" ? { node: podValue, level: "pod" } : void 0;
}
function containerSetting(container, field) {
  const node = container.securityContext?.get(field);
  return node && node.kind !== "null" ? node : void 0;
}

// src/model/container-user.ts
function linuxRunAs(security, image) {
  const runAsUser = security.runAsUser;
  if (runAsUser) {
    const uid = runAsUser.node.scalar;
    return typeof uid === "number" && Number.isInteger(uid) ? { how: "runAsUser", uid, setting: runAsUser } : { how: "indeterminate" };
  }
  const nonRoot = security.runAsNonRoot;
  if (nonRoot?.node.isTrue) return { how: "runAsNonRoot", setting: nonRoot };
  const user = image?.user;
  if (!user) return { how: "unknown" };
  return user.os === "windows" ? { how: "indeterminate" } : { how: "image", image: user, root: isLinuxRoot(user.user) };
}
function adminUser(os, security, image, runAs) {
  if (os === "windows") return windowsAdmin(security, image);
  if (runAs.how === "runAsUser" && runAs.uid === 0) return { user: "root", reason: "set by 'runAsUser: 0'" };
  if (runAs.how === "image" && runAs.root)
    return { user: runAs.image.user, reason: runAs.image.reason, related: runAs.image.related };
  return void 0;
}
function windowsAdmin(security, image) {
  const name = security.runAsUserName;
  if (name) {
    const user2 = name.node.text;
    return user2 !== void 0 && isWindowsAdmin(user2) ? { user: user2, reason: "set by 'runAsUserName'" } : void 0;
  }
  const user = image?.user;
  if (!user || !isWindowsAdmin(user.user)) return void 0;
  const nonRoot = security.runAsNonRoot?.node.isTrue === true;
  if (nonRoot && user.explicit && user.user.toLowerCase() === "containeradministrator") return void 0;
  return { user: user.user, reason: user.reason, related: user.related };
}

// src/targets/kubernetes/node-selection.ts
var OS_LABELS = ["kubernetes.io/os", "beta.kubernetes.io/os"];
var WINDOWS_BUILD_LABEL2 = "node.kubernetes.io/windows-build";
var AKS_OS_SKU_LABEL2 = "kubernetes.azure.com/os-sku";
var AKS_LINUX_SKU = /^(?:ubuntu|azurelinux|cblmariner|mariner)/;
function labelOs(key, value) {
  const lower = value?.toLowerCase() ?? "";
  if (OS_LABELS.includes(key)) return lower === "windows" || lower === "linux" ? lower : void 0;
  if (key === WINDOWS_BUILD_LABEL2) return "windows";
  if (key === AKS_OS_SKU_LABEL2) {
    if (lower.startsWith("windows")) return "windows";
    return AKS_LINUX_SKU.test(lower) ? "linux" : void 0;
  }
  return void 0;
}
function nodeSelectionOs(spec, runtimeClassOs2) {
  for (const [key, node] of spec.get("nodeSelector")?.entries() ?? []) {
    const os2 = labelOs(key, node.text);
    if (os2) return { os: os2, evidence: `nodeSelector ${key}=${node.text ?? ""}` };
  }
  const affinity = requiredAffinityOs(spec);
  if (affinity) return affinity;
  const runtimeClass = spec.get("runtimeClassName")?.text;
  const os = runtimeClass ? runtimeClassOs2.get(runtimeClass) : void 0;
  return runtimeClass && os ? { os, evidence: `RuntimeClass '${runtimeClass}' schedules to ${os} nodes` } : void 0;
}
function requiredAffinityOs(spec) {
  const terms = spec.at("affinity", "nodeAffinity", "requiredDuringSchedulingIgnoredDuringExecution", "nodeSelectorTerms")?.items() ?? [];
  const pinned = terms.map(termOs);
  const [first] = pinned;
  return first && pinned.every((p) => p?.os === first.os) ? first : void 0;
}
function termOs(term) {
  for (const expression of term.get("matchExpressions")?.items() ?? []) {
    const key = expression.get("key")?.text ?? "";
    const operator = expression.get("operator")?.text;
    const values = (expression.get("values")?.items() ?? []).map((v) => v.text ?? "");
    const evidence = `required node affinity ${key} ${operator ?? ""} [${values.join(", ")}]`.replace(
      "  ",
      " "
    );
    if (key === WINDOWS_BUILD_LABEL2 && (operator === "In" || operator === "Exists"))
      return { os: "windows", evidence };
    if (operator === "In" && values.length) {
      const oses = new Set(values.map((v) => labelOs(key, v)));
      const [os] = [...oses];
      if (oses.size === 1 && os) return { os, evidence };
    }
    if (operator === "NotIn" && OS_LABELS.includes(key)) {
      const lower = values.map((v) => v.toLowerCase());
      if (lower.includes("linux") && !lower.includes("windows")) return { os: "windows", evidence };
      if (lower.includes("windows") && !lower.includes("linux")) return { os: "linux", evidence };
    }
  }
  return void 0;
}

// src/model/pod-os.ts
var WINDOWS_ONLY_OPTIONS = ["runAsUserName", "gmsaCredentialSpecName", "gmsaCredentialSpec"];
function decidePodOs(workload, containers, runtimeClassOs2) {
  const osName = workload.spec.at("os", "name");
  const declared2 = osName?.text?.toLowerCase();
  if (declared2 === "windows" || declared2 === "linux")
    return { os: declared2, declared: true, osName, pinned: true, evidence: `spec.os.name: ${declared2}` };
  const selected = nodeSelectionOs(workload.spec, runtimeClassOs2);
  const unpinned = { declared: false, pinned: false };
  if (containers.some((c) => c.security.hostProcess?.node.isTrue))
    return {
      os: "windows",
      declared: false,
      pinned: selected?.os === "windows",
      evidence: "windowsOptions.hostProcess: true"
    };
  if (selected) return { os: selected.os, declared: false, pinned: true, evidence: selected.evidence };
  for (const option of WINDOWS_ONLY_OPTIONS) {
    const set = containers.find((c) => c.security[option]);
    if (set) return { os: "windows", ...unpinned, evidence: `windowsOptions.${option} is set` };
  }
  const images = containers.flatMap((c) => c.imageFacts ? [c.imageFacts] : []);
  const windows2 = images.find((i) => i.os === "windows");
  if (windows2 && !images.some((i) => i.os === "linux"))
    return { os: "windows", ...unpinned, evidence: `image '${windows2.text}' is a Windows image` };
  return { os: "unknown", ...unpinned, evidence: "nothing pins it to an OS" };
}

// src/model/kubernetes-model.ts
function kubernetesModel(document, repository) {
  let pods;
  return {
    // Built on first read, so a file no workload rule looks at costs nothing, and a failure is the
    // reading rule's (contained) failure rather than the scan's.
    get pods() {
      pods ??= document.workloads.map((workload) => podModel(workload, repository));
      return pods;
    }
  };
}
function podModel(workload, repository) {
  const signals = workload.containers.map((container) => ({
    container,
    security: effectiveSecurityContext(workload, container),
    imageFacts: imageFacts(container.image?.text, repository)
  }));
  const os = decidePodOs(workload, signals, repository.runtimeClasses);
  const containers = signals.map(({ container, security, imageFacts: image }) => {
    const runAs = linuxRunAs(security, image);
    return {
      ...container,
      security,
      imageFacts: image,
      runAs,
      admin: adminUser(os.os, security, image, runAs)
    };
  });
  return {
    ...workload,
    os,
    hostProcess: containers.some((c) => c.security.hostProcess?.node.isTrue === true),
    containers,
    properties: { podOs: os.os, podOsEvidence: os.evidence }
  };
}
function effectiveSecurityContext(workload, container) {
  const inherited = (field) => effectiveSetting(workload, container, field);
  const windows2 = (field) => effectiveWindowsOption(workload, container, field);
  return {
    runAsUser: inherited("runAsUser"),
    runAsGroup: inherited("runAsGroup"),
    runAsNonRoot: inherited("runAsNonRoot"),
    seLinuxOptions: inherited("seLinuxOptions"),
    seccompProfile: inherited("seccompProfile"),
    appArmorProfile: inherited("appArmorProfile"),
    runAsUserName: windows2("runAsUserName"),
    hostProcess: windows2("hostProcess"),
    gmsaCredentialSpecName: windows2("gmsaCredentialSpecName"),
    gmsaCredentialSpec: windows2("gmsaCredentialSpec"),
    privileged: containerSetting(container, "privileged"),
    allowPrivilegeEscalation: containerSetting(container, "allowPrivilegeEscalation"),
    capabilities: containerSetting(container, "capabilities"),
    procMount: containerSetting(container, "procMount"),
    readOnlyRootFilesystem: containerSetting(container, "readOnlyRootFilesystem")
  };
}

// src/model/build-model.ts
function buildModel(target, document, file, repository) {
  if (target === "kubernetes") return kubernetesModel(document, repository);
  if (target === "compose") return composeModel(document, file, repository);
  return void 0;
}

// src/engine/scan-inline-dockerfiles.ts
function scanInlineDockerfiles(document, file, rules, options2, notes) {
  const findings = [];
  const inlines = inlineDockerfilesOf(
    file,
    document.services.map((service) => [service.name, service.node])
  );
  for (const inline of inlines) {
    const own = [];
    try {
      for (const finding of scanInline(inline, rules, options2, own)) findings.push(finding);
    } catch (error) {
      own.push(internalErrorNote(inline.path, error, void 0, "its scan"));
    }
    for (const note of own) notes.push({ ...note, file, message: `${describe2(inline)}: ${note.message}` });
  }
  return findings;
}
function describe2(inline) {
  return `The dockerfile_inline of service '${inline.service}'`;
}
function scanInline(inline, rules, options2, notes) {
  const outcome = parseTarget("dockerfile", inline.text, inline.path);
  if (outcome.kind === "skip") {
    notes.push(outcome.note);
    return [];
  }
  if (outcome.kind === "error") {
    const rule3 = rules.find((r) => r.meta.id === PARSE_ERROR_RULE_ID);
    if (!rule3) return [];
    const location = { file: inline.file, region: inline.regionOf(outcome.region) };
    return [
      relocated(buildFinding(rule3, "dockerfile", location, outcome.message, options2.ruleConfig), inline)
    ];
  }
  const run = runChecks(
    {
      target: "dockerfile",
      document: outcome.document,
      file: inline.path,
      repository: options2.repository.facts,
      locate: (report) => ({ file: inline.file, region: inline.regionOf(report.region) })
    },
    rules,
    options2,
    notes
  );
  return run.findings.map((finding) => relocated(finding, inline));
}
function relocated(finding, inline) {
  finding.target = "compose";
  if (finding.ruleId === PARSE_ERROR_RULE_ID) finding.message = `${describe2(inline)}: ${finding.message}`;
  if (finding.valueRegion) finding.valueRegion = inline.regionOf(finding.valueRegion);
  if (finding.relatedLocations)
    finding.relatedLocations = finding.relatedLocations.map(
      (related) => related.file === inline.path ? { ...related, file: inline.file, region: inline.regionOf(related.region) } : related
    );
  delete finding.fixes;
  return finding;
}

// src/engine/scan-documents.ts
function scanDocuments(sources, options2) {
  const rules = options2.rules.filter((r) => options2.ruleConfig?.[r.meta.id] !== "off");
  const result = { findings: [], notes: [], files: [], complete: true };
  const repository = options2.repository ?? buildRepositoryFacts(
    sources.map((s) => s.path),
    sources
  );
  for (const source of sources) {
    const target = classifyContained(source, result.notes);
    if (!target) continue;
    result.files.push({ path: source.path, target });
    const findings = scanFile(source, target, rules, { ...options2, repository }, result.notes);
    for (const finding of findings) result.findings.push(finding);
  }
  result.findings.sort(compareFindings);
  redactFindings(result.findings, result.notes);
  return result;
}
function classifyContained(source, notes) {
  try {
    return source.target ?? classifyFile(source.path, source.text);
  } catch (error) {
    notes.push(internalErrorNote(source.path, error, void 0, "file classification"));
    return void 0;
  }
}
var KNOWN_RULE_IDS = new Set(ALL_RULES.map((rule3) => rule3.meta.id));
function scanFile(source, target, rules, options2, notes) {
  const findings = [];
  let document;
  try {
    const overBudget = exceedsWorkBudget(target, source.path, source.text);
    if (overBudget) {
      notes.push({ kind: "budget", file: source.path, message: `Not scanned: ${overBudget}.` });
      return findings;
    }
    const parsed = options2.repository.parsed.get(source.path);
    options2.repository.parsed.delete(source.path);
    const outcome = parseTarget(target, source.text, source.path, parsed, options2.repository.facts.files);
    if (outcome.kind === "skip") {
      notes.push(outcome.note);
      return findings;
    }
    if (outcome.kind === "error") {
      const parseErrorRule = rules.find((r) => r.meta.id === PARSE_ERROR_RULE_ID);
      const location = { file: source.path, region: outcome.region };
      if (parseErrorRule)
        findings.push(buildFinding(parseErrorRule, target, location, outcome.message, options2.ruleConfig));
    } else {
      document = outcome.document;
      if (outcome.note) notes.push(outcome.note);
      const run = runChecks(
        {
          target,
          document,
          file: source.path,
          repository: options2.repository.facts,
          model: buildModel(target, document, source.path, options2.repository.facts),
          locate: (report) => ({
            file: source.path,
            region: report.region,
            ...report.logical ? { logical: report.logical } : {}
          })
        },
        rules,
        options2,
        notes
      );
      for (const finding of run.findings) findings.push(finding);
      if (target === "compose")
        for (const finding of scanInlineDockerfiles(
          document,
          source.path,
          rules,
          options2,
          notes
        ))
          findings.push(finding);
    }
  } catch (error) {
    notes.push(internalErrorNote(source.path, error, void 0, "the scan of this file"));
  }
  if (source.text.includes("bulkhead-ignore"))
    for (const note of unknownIgnoredRuleNotes(source.text, source.path, KNOWN_RULE_IDS)) notes.push(note);
  const kept = keepOneParseError(findings);
  try {
    finishFindings(kept, source, options2, document ? documentSuppression(target, document) : void 0);
  } catch (error) {
    notes.push(internalErrorNote(source.path, error, void 0, "suppression and fingerprints"));
  }
  return kept;
}
function keepOneParseError(findings) {
  const parseErrors = findings.filter((f) => f.ruleId === PARSE_ERROR_RULE_ID);
  if (parseErrors.length <= 1) return findings;
  parseErrors.sort(compareFindings);
  const first = parseErrors[0];
  const more = parseErrors.length - 1;
  first.message = `${first.message} ${more} more ${more === 1 ? "problem" : "problems"} in this file.`;
  return findings.filter((f) => f.ruleId !== PARSE_ERROR_RULE_ID || f === first);
}
function finishFindings(findings, source, options2, inDocument) {
  if (findings.length === 0) return;
  const lines = source.text.split(/\r\n|\r|\n/);
  const inline = parseInlineSuppressions(lines);
  const fingerprints = computeLineFingerprints(
    source.text,
    findings.map((f) => f.location.region.startLine)
  );
  for (const finding of findings) {
    const suppression = inlineSuppression(finding, inline) ?? inDocument?.(finding) ?? options2.ignores?.suppression(finding);
    if (suppression) finding.suppression = suppression;
    const fingerprint = fingerprints.get(finding.location.region.startLine);
    if (fingerprint) finding.fingerprint = fingerprint;
  }
}

export {
  USER_LOCATION,
  fileLocation,
  IMAGE_REGION,
  loadBashParser,
  needsBashParser,
  parseShell,
  runScriptSources,
  redactSecret,
  parseCreatedBy,
  finalImageStages,
  lineRegion,
  ALL_RULES,
  findRule,
  isAlias,
  isMap,
  isNode,
  isScalar,
  isSeq,
  LineCounter,
  parse,
  parseAllDocuments,
  parseDocument,
  loadYamlLibrary,
  reindentedYaml,
  dockerdFlagsFormat,
  isDockerfileName,
  isDockerfile,
  mightBeTarget,
  EMPTY_REPOSITORY,
  parseDockerfile,
  maskUnreadDocuments,
  isFactSource,
  buildRepositoryFacts,
  picomatch,
  loadGlobsFor,
  buildFinding,
  runChecks,
  redactText,
  redactFindings,
  computeLineFingerprints,
  parseInlineSuppressions,
  unknownConfigRuleNotes,
  inlineSuppression,
  ConfigIgnores,
  compareFindings,
  scanDocuments,
  KUSTOMIZATION_NAMES,
  isRenderRootFile,
  discoverRenderRoots,
  compareRoots,
  libraryChartDirs,
  referencedPath,
  readKustomization,
  loadDocumentParsers,
  mayParseDocuments
};
