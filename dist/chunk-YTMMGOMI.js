#!/usr/bin/env node
import { createRequire as __bulkheadRequire } from 'node:module';
const require = __bulkheadRequire(import.meta.url);
import {
  append
} from "./chunk-X7A65PCW.js";
import {
  __commonJS
} from "./chunk-QLIY3PYG.js";

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append2 = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append2}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows: windows2 } = {}) => {
      const segs = path.split(windows2 ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append2 = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append2(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append2({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append2({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append2({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch.compileRe(glob, options) : picomatch.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);
    picomatch.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch.scan = (input, options) => scan(input, options);
    picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append2 = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append2}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch.constants = constants;
    module.exports = picomatch;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch, pico);
    module.exports = picomatch;
  }
});

// src/secrets/redact.ts
var ELLIPSIS = "\u2026";
function redactSecret(value) {
  const chars = Array.from(value);
  const shown = Math.min(4, Math.floor(chars.length / 4));
  return chars.slice(0, shown).join("") + ELLIPSIS;
}

// src/core/rule.ts
function defineRule(rule) {
  return rule;
}
function formatMessage(template, data = {}) {
  return template.replace(/\{(\w+)\}/g, (whole, key) => key in data ? String(data[key]) : whole);
}

// src/targets/dockerfile/expand-variables.ts
var NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
function expandVariables(text, scope, escapeChar = "\\", options = {}) {
  const depth = options.depth ?? 0;
  if (depth > MAX_NESTING) return { value: options.unknown ?? "", resolved: false };
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
      const inner = expandVariables(word ?? "", scope, escapeChar, { ...options, depth: depth + 1 });
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
        return current ?? options.unknown ?? "";
    }
  }
}
var MAX_NESTING = 32;
function matchingBraces(text) {
  const closing2 = /* @__PURE__ */ new Map();
  const open = [];
  for (let i = text.indexOf("{"); i >= 0 && i < text.length; i++) {
    if (text[i] === "{") open.push(i);
    else if (text[i] === "}" && open.length > 0) closing2.set(open.pop(), i);
  }
  return closing2;
}

// src/targets/dockerfile/user-names.ts
function unquote(user) {
  const trimmed = user.trim();
  const quoted = /^(["'])(.*)\1$/s.exec(trimmed);
  return (quoted?.[2] ?? trimmed).trim();
}
function isLinuxRoot(user) {
  const [name = ""] = unquote(user).split(":");
  return name === "root" || /^[+-]?0+$/.test(name);
}
var WINDOWS_ADMIN_NAMES = /* @__PURE__ */ new Set(["containeradministrator", "administrator", "system", "localsystem"]);
function isWindowsAdmin(user) {
  const name = unquote(user);
  const account = name.slice(name.lastIndexOf("\\") + 1).trim();
  return WINDOWS_ADMIN_NAMES.has(account.toLowerCase());
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
var loading;
var failure;
function loadBashParser(readAssets) {
  loading ??= readAssets().then(instantiate).then(
    (parser) => {
      loaded = parser;
    },
    (error) => {
      failure = `the shell parser could not be loaded: ${String(error)}`;
    }
  );
  return loading;
}
function bashParser() {
  return loaded;
}
function bashParserFailure() {
  return failure;
}
async function instantiate({ runtime, grammar }) {
  const { Parser, Language } = await import("./chunk-JALDDCKI.js");
  process.getBuiltinModule("node:v8").setFlagsFromString("--liftoff-only");
  await Parser.init({ wasmBinary: runtime });
  const parser = new Parser();
  parser.setLanguage(await Language.load(grammar));
  return { parser, kinds: new KindTable(parser.language) };
}

// src/targets/shell/shell-words.ts
var MAX_NESTING2 = 64;
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
        if (c === "(" && depth < MAX_NESTING2) this.statements(")", depth + 1);
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
    if (depth < MAX_NESTING2) this.statements(closer, depth + 1);
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
var OPERATOR = /&&|\|\||;|\||\r?\n/y;
function parseSimplePosix(script) {
  const out = emptyParse();
  let words = [];
  let pipeline = [];
  let pipelines = 0;
  let last = ";";
  const endCommand = () => {
    const [name, ...args] = words;
    if (!name || SPECIAL_NAMES.has(name.raw) || !COMMAND_NAME.test(name.raw)) return false;
    pipeline.push(makeCommand("posix", name, args));
    words = [];
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
  while (at < script.length) {
    const word = readWord(script, at);
    if (word === null) return void 0;
    if (word) {
      words.push(word);
      at = skipGap(script, word.end);
      continue;
    }
    OPERATOR.lastIndex = at;
    const operator = OPERATOR.exec(script)?.[0];
    if (!operator) return void 0;
    const newline = operator.endsWith("\n");
    if (newline && words.length === 0 && pipeline.length === 0 && last === ";") {
      at = skipGap(script, at + operator.length);
      continue;
    }
    if (!endCommand()) return void 0;
    if (operator !== "|") endPipeline();
    last = newline ? ";" : operator;
    at = skipGap(script, at + operator.length);
  }
  if (words.length === 0 && pipeline.length === 0 && last === ";") return out;
  if (!endCommand()) return void 0;
  endPipeline();
  return out;
}
function readWord(script, at) {
  let end = at;
  let value = "";
  let dynamic = false;
  let quoted = false;
  for (; ; ) {
    PART.lastIndex = end;
    const part = PART.exec(script)?.[0];
    if (!part) break;
    end += part.length;
    const quote = part[0] === "'" || part[0] === '"';
    if (quoted && part[0] === "$") return null;
    quoted ||= quote;
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
function needsBashParser(parse) {
  probe = { needed: false };
  try {
    parse();
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

// src/targets/shell/nested-shells.ts
import { Buffer as Buffer2 } from "node:buffer";
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
function nestedScript(cmd, outer) {
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
  if (program === "powershell" || program === "pwsh") return powerShell(rest, program === "powershell");
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
function encoded(word) {
  if (!word || !/^[A-Za-z0-9+/]+={0,2}$/.test(word.value)) return void 0;
  const script = Buffer2.from(word.value, "base64").toString("utf16le");
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

// src/targets/shell/tokenize-cmd.ts
var REDIRECT2 = /^(\d?)(>>|>|<)(?:&(\d))?/;
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
        if (depth < MAX_NESTING2) this.statements(true, depth + 1);
        else {
          const close = matchingClose(s, this.i - 1, '"');
          this.i = close < 0 ? s.length : close + 1;
        }
      } else if (REDIRECT2.test(s.slice(this.i, this.i + 4))) {
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
    const [whole, fd, op, toHandle] = REDIRECT2.exec(this.s.slice(this.i, this.i + 4));
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
    let quoted = false;
    while (this.i < s.length) {
      const c = s[this.i];
      if (c === "\n" || !quoted && (" 	\r&|<>".includes(c) || c === ")" && inGroup)) break;
      const variable = c === "%" || c === "!" ? VARIABLE.exec(s.slice(this.i, this.i + 256)) : null;
      if (c === '"') {
        quoted = !quoted;
        this.i++;
      } else if (c === "^" && !quoted) {
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
var ESCAPES = {
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
var REDIRECT3 = /^([*\d]?)(>>|>|<)(?:&(\d))?/;
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
      } else if (REDIRECT3.test(rest)) {
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
    const [whole, fd, op, toStream] = REDIRECT3.exec(this.s.slice(this.i, this.i + 4));
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
    if (depth >= MAX_NESTING2) {
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
        value += ESCAPES[next] ?? next;
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

// src/targets/shell/shell-commands.ts
var MAX_SHELL_DEPTH = 4;
function parseShell(script, dialect) {
  const text = typeof script === "string" ? script : String(script ?? "");
  try {
    return parseDialect(text, dialect, 0);
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
    const nested = depth < MAX_SHELL_DEPTH ? nestedScript(command, script) : void 0;
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
  return { text, dialect };
}
function quoteArgument(argument) {
  return /^[\w@%+=:,./-]+$/.test(argument) ? argument : `'${argument.replaceAll("'", `'\\''`)}'`;
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
var VERSION = /^v?\d+(\.\d+){1,3}([-+~][0-9A-Za-z.+~-]*)?$/;
var DIGEST_PREFIX = /^(sha(1|224|256|384|512)|md5)[:-]/i;
function looksRandom(value) {
  const text = value.trim();
  if (text.length < MIN_RANDOM_LENGTH || /\s/.test(text)) return false;
  if (!/[A-Za-z]/.test(text) || !/\d/.test(text)) return false;
  if (/^(0x)?[0-9a-f]+$/i.test(text)) return false;
  if (UUID.test(text) || VERSION.test(text) || DIGEST_PREFIX.test(text)) return false;
  if (isPathOrUrl(text) || isSequential(text) || isWordLike(text) || isStructured(text)) return false;
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
function isStructured(text) {
  const pieces = text.split(/[-._/:+@]+/).filter((piece) => piece.length > 0);
  if (pieces.length < 2) return false;
  return pieces.every((piece) => piece.length <= 3 || /^(\d+|[a-z]+|[A-Z]+|[A-Z][a-z]+)$/.test(piece));
}

// src/secrets/url-parts.ts
var USERINFO = /(?<![A-Za-z0-9+.-])((?:jdbc:)?[A-Za-z][A-Za-z0-9+.-]*):\/\/([^\s:@/?#'"`<>]*):([^\s@/'"`<>]+)@([^\s/?#'"`<>]+)/g;
function findUrlUserinfo(text) {
  const found = [];
  for (const match of text.matchAll(USERINFO)) {
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
  { value: "<YourStrong@Passw0rd>", source: "SQL Server container documentation example password" }
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
function isAwsSecretShaped(value) {
  return /[a-z]/.test(value) && /[A-Z]/.test(value) && /[\d/+]/.test(value) && !/^[0-9a-f]+$/i.test(value) && shannonEntropy(value) > 4;
}
function findAwsSecretKeys(text) {
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
  "your yours my our the an to of for in with here there goes go me please this that it value values real actual own new some any secret secrets password passwords passwd pwd pass pw passphrase passcode token tokens key keys api apikey access auth client user username login credential credentials cred creds build time buildtime runtime default string text strong super very long private app service account db database bearer basic sas connection conn at only not use used will be is by env environment var variable generated random dev local url uri host webhook id name email set put ghp gho ghu ghs ghr github pat glpat npm xoxb xoxp xoxa xoxe xoxr xoxs xoxo akia asia sk".split(" ")
);
var SHORT_PIECES = /* @__PURE__ */ new Set(["my", "me", "pw", "db"]);
function isWord(word) {
  return PLACEHOLDER_WORDS.has(word) || FILLER_WORDS.has(word) || word.startsWith("replace");
}
var INSTRUCTION_FIRST_WORDS = /* @__PURE__ */ new Set(["your", "insert", "enter", "paste", "provide", "fill"]);
function isInstructionPlaceholder(text) {
  const words = valueWords(text);
  if (words.length < 2 || words.some((word) => /\d/.test(word))) return false;
  const first = words[0] ?? "";
  return INSTRUCTION_FIRST_WORDS.has(first) || first.startsWith("replace") || words.at(-1) === "here";
}
function valueWords(text) {
  return text.split(
    /[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])/
  ).filter((word) => word.length > 0).map((word) => word.toLowerCase());
}
function placeholderWords(text) {
  const words = valueWords(text);
  if (words.length === 0) return void 0;
  const parts = [];
  for (const word of words) {
    if (/^x{3,}$/.test(word) || isWord(word)) {
      parts.push(word);
      continue;
    }
    const pieces = splitGluedWords(word);
    if (!pieces) return void 0;
    append(parts, pieces);
  }
  return parts;
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
  const pairs = connectionStringPairs(text) ?? redisConfigurationPairs(text);
  return pairs ? classifyConnectionString(pairs, classify) : void 0;
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
  let first;
  for (const [key, value] of secrets) {
    const verdict = classify(unquote2(value));
    if (verdict.literal) return verdict;
    first ??= notLiteral(verdict.reason, `connection string ${key}: ${verdict.detail}`);
  }
  return first ?? notLiteral("config-value", "a connection string without a password or key");
}
function unquote2(value) {
  return /^(["']).*\1$/.test(value) ? value.slice(1, -1) : value;
}
function notLiteral(reason, detail) {
  return { literal: false, reason, detail };
}

// src/secrets/base62-checksum.ts
var BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
var CHECKSUM_LENGTH = 6;
var CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();
function crc32(text) {
  let crc = 4294967295;
  for (const byte of new TextEncoder().encode(text)) {
    crc = (CRC_TABLE[(crc ^ byte) & 255] ?? 0) ^ crc >>> 8;
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
function findTokenFormats(text) {
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
    const expansion = /^\$\{([\s\S]*)\}$/.exec(reference);
    const operator = expansion && !reference.startsWith("${{") ? PARAMETER_OPERATOR.exec(expansion[1] ?? "") : null;
    if (operator?.[3]) scan.defaults.push(operator[3]);
    scan.remainder += " ";
    i = end;
  }
  return scan;
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
  if (at("%")) return matchEnd(CMD_VARIABLE, text, start);
  return void 0;
}
var POWERSHELL_ENV = /\$env:[A-Za-z_][A-Za-z0-9_]*/iy;
var SHELL_VARIABLE = /\$(?:[A-Za-z_][A-Za-z0-9_]*|[0-9@*#?!])/y;
var CMD_VARIABLE = /%[A-Za-z_][A-Za-z0-9_()]*%/y;
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
var WRAPPED_PLACEHOLDER = /^(<[^<>]+>|\[[\w\s.-]+\]|\{[\w\s.-]+\}|__[A-Za-z0-9_]+__)$/;
function classifyValue(value) {
  const text = unquote3(value.trim()).trim();
  if (text === "") return notLiteral2("empty", "the value is empty");
  if (isVendorExample(text)) {
    return notLiteral2(
      "vendor-example",
      `a documented example credential (${vendorExampleSource(text) ?? "AWS style"})`
    );
  }
  if (findTokenFormats(text).length > 0 || findCloudCredentials(text).length > 0) return LITERAL;
  if (SECRET_MOUNT_PATH.test(text))
    return notLiteral2("reference", `a path where the secret is mounted: '${text}'`);
  const expression = describeShellExpression(text);
  if (expression) return notLiteral2("expression", expression);
  const structured = classifyStructuredValue(text, classifyValue);
  if (structured) return structured;
  const scan = scanReferences(text);
  if (scan.references.length > 0) return classifyWithReferences(scan);
  if (looksRandom(text)) return LITERAL;
  return classifyPlainText(text);
}
function classifyAppliedPassword(value) {
  const verdict = classifyValue(value);
  if (verdict.literal || verdict.reason !== "placeholder") return verdict;
  const text = unquote3(value.trim()).trim();
  return isFillerOnly(text) ? LITERAL : verdict;
}
var SECRET_MOUNT_PATH = /^(\/run\/secrets|\/var\/run\/secrets|C:\\ProgramData\\Docker\\secrets)[\\/][^\s]*$/i;
function classifyWithReferences(scan) {
  if (scan.defaults.some((fallback) => classifyValue(fallback).literal)) return LITERAL;
  const quoted = scan.references.map((reference) => `'${reference}'`).join(", ");
  const rest = scan.remainder.trim();
  if (!/[A-Za-z0-9]/.test(rest.replace(OPTION, ""))) {
    return notLiteral2("reference", `only a variable reference: ${quoted}`);
  }
  if (classifyValue(rest).literal) return LITERAL;
  return notLiteral2("reference", `a variable reference (${quoted}) with non-secret text around it`);
}
var OPTION = /(^|\s)--?[A-Za-z][A-Za-z0-9-]*=?/g;
function classifyPlainText(value) {
  const text = /\s/.test(value) ? value.replace(OPTION, "$1").trim() : value;
  if (text === "") return notLiteral2("placeholder", "only command-line options");
  if (WRAPPED_PLACEHOLDER.test(text)) return notLiteral2("placeholder", `a template placeholder ('${text}')`);
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
function unquote3(text) {
  return /^(["']).*\1$/s.test(text) ? text.slice(1, -1) : text;
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
var NPM_AUTH = /(?<![A-Za-z0-9])(_authToken|_auth|_password|npmAuthToken)["']?\s*[=:]\s*(["']?)([^\s"'`#;]+)\2/g;
var NPM_AUTH_TYPES = {
  _authToken: "npm registry auth token",
  _auth: "npm registry basic-auth credential",
  _password: "npm registry password",
  npmAuthToken: "Yarn registry auth token"
};
function findNpmAuthTokens(text) {
  const found = [];
  for (const match of text.matchAll(NPM_AUTH)) {
    const [whole, key = "", , value = ""] = match;
    if (!classifyValue(value).literal) continue;
    const start = (match.index ?? 0) + whole.lastIndexOf(value);
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
  "arn method mode scheme provider strategy prefix format files paths dirs urls uris endpoints names ids headers types policies regions versions realm realms service services issuer issuers audience audiences".split(" ")
);
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
function hasSecretComponent(value) {
  const text = value.trim();
  return classifyStructuredValue(text, classifyValue)?.literal === true || findKnownCredentials(text).length > 0;
}
var DNS_NAME = /^(?:[A-Za-z0-9-]{1,63}\.)+[A-Za-z]{2,63}$/;
function isCredentialShaped(value) {
  const text = value.trim().replace(/^(["'])(.*)\1$/s, "$2");
  if (hasSecretComponent(text)) return true;
  const parts = text.split(/\s+/).filter((part) => !DNS_NAME.test(part));
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

// src/targets/dockerfile/final-image-stages.ts
function finalImageStages(document) {
  const stages = [];
  for (let stage = document.finalStage; stage; stage = stage.base.kind === "stage" ? stage.base.stage : void 0) {
    stages.push(stage);
  }
  return stages;
}

// src/core/location.ts
function lineRegion(line, text) {
  return { startLine: line, startColumn: 1, endLine: line, endColumn: (text?.length ?? 0) + 1 };
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

// src/targets/registry-config/insecure-registries.ts
var INSECURE_SETTING_DESCRIPTION = {
  "plain-http": "configured for plain HTTP",
  "skip-verify": "configured to skip TLS verification",
  "insecure-registry": "configured as an insecure registry"
};
function insecureRegistriesOf(path, document) {
  return document.insecureEndpoints.flatMap((endpoint) => {
    const targets = [endpoint.registry, ...endpoint.mirrorOf ? [endpoint.mirrorOf] : []];
    return targets.map((target) => ({
      pattern: normaliseRegistryPattern(target),
      prefix: endpoint.prefix === true,
      setting: endpoint.setting,
      key: endpoint.key,
      location: {
        file: path,
        region: endpoint.region,
        message: `'${endpoint.key}' in ${path}: ${INSECURE_SETTING_DESCRIPTION[endpoint.setting]}.`
      }
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
  let matches = index.answers.get(key);
  if (!matches) {
    matches = firstConfigLines(
      lookUp(index, registries, reference, registry, name).map(
        (position) => registries[position]
      )
    );
    index.answers.set(key, matches);
  }
  return matches;
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
  registries.forEach(({ pattern, prefix }, position) => {
    if (pattern === "*") addTo(everywhere, "*", position);
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
  return found.sort((a, b) => a - b);
}
function firstConfigLines(matches) {
  const seen = /* @__PURE__ */ new Set();
  return matches.filter((match) => {
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
function distinctConfigLines(matches) {
  const seen = /* @__PURE__ */ new Set();
  const kept = [];
  for (const match of matches) {
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
function nameOf(ref) {
  const repository = ref.repository.toLowerCase();
  const tag = (ref.tag ?? "").toLowerCase();
  return {
    registry: ref.registry.toLowerCase(),
    repository,
    segments: repository.split("/"),
    tag,
    tagTokens: tag.split(/[-_]/).filter((token) => token !== ""),
    digestOnly: ref.tag === void 0 && ref.digest !== void 0
  };
}
function hasPath(name, path) {
  return `/${name.repository}/`.includes(`/${path}/`);
}
var POST_2016_RELEASE = /(?:^|[^0-9a-z])(?:1709|1803|1809|1903|1909|2004|20h2|ltsc2019|ltsc2022|ltsc2025)(?:$|[^0-9a-z])|10\.0\.(?:1[6-9]|2\d)\d{3}/;
function isNanoServer2016(name) {
  if (/(?:^|[-_])(?:sac2016|ltsc2016)(?:$|[-_])/.test(name.tag) || name.tag.includes("10.0.14393"))
    return true;
  return name.registry === "docker.io" && name.segments[0] === "microsoft" && !POST_2016_RELEASE.test(`${name.repository}:${name.tag}`);
}
function windowsAdminDefault(name) {
  const { segments } = name;
  if (segments.includes("servercore") || segments.includes("windowsservercore")) return SERVER_CORE;
  if (name.tag.includes("servercore")) return SERVER_CORE;
  if (hasPath(name, "windows/server")) return WINDOWS_SERVER;
  if (name.registry === "mcr.microsoft.com" && /^windows(?:\/insider)?$/.test(name.repository))
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
    if (name.tagTokens.includes("nonroot")) return DISTROLESS_NONROOT;
    return name.digestOnly ? void 0 : DISTROLESS_ROOT;
  }
  if (hasPath(name, "nginxinc/nginx-unprivileged")) return NGINX_UNPRIVILEGED;
  if (name.repository === "mssql/server" && /^20(19|2\d)-/.test(name.tag)) return MSSQL_NONROOT;
  if (owner === "bitnami" || owner === "bitnamilegacy" || owner === "bitnamisecure") {
    return name.segments[1] === "minideb" ? MINIDEB : BITNAMI;
  }
  return void 0;
}
function isNanoServer2016Reference(ref) {
  const name = nameOf(ref);
  return (name.repository.includes("nanoserver") || name.tag.includes("nanoserver")) && isNanoServer2016(name);
}
function lookupBaseImageDefault(ref) {
  const name = nameOf(ref);
  if (name.repository.includes("nanoserver") || name.tag.includes("nanoserver")) {
    return isNanoServer2016(name) ? NANO_SERVER_2016 : NANO_SERVER;
  }
  return windowsAdminDefault(name) ?? linuxDefault(name);
}
var WINDOWS_TAG_TOKEN = /^(?:windows|ltsc20(?:16|19|22|25)|sac2016)$/;
var WINDOWS_RELEASE_TOKEN = /^(?:1709|1803|1809|1903|1909|2004|20h2)$/;
function isWindowsImageName(ref) {
  const known = lookupBaseImageDefault(ref);
  if (known) return known.os === "windows";
  const { tagTokens, segments } = nameOf(ref);
  const repositoryTokens = segments.flatMap((segment) => segment.split(/[-_.]/));
  return repositoryTokens.includes("windows") || tagTokens.some((token) => WINDOWS_TAG_TOKEN.test(token)) || tagTokens.length > 1 && tagTokens.some((token) => WINDOWS_RELEASE_TOKEN.test(token));
}

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
  for (const token of tag.split(/[-_]/)) {
    const key = BY_TAG_TOKEN.get(token);
    const known = key ? releaseByKey(key) : void 0;
    if (known) return { release: known, token };
    const version = windowsReleaseOfVersion(token);
    if (version) return { release: version, token };
  }
  if (isNanoServer2016Reference(reference)) {
    const nano2016 = releaseByKey("sac2016");
    if (nano2016) return { release: nano2016, token: tag };
  }
  return void 0;
}
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

// src/targets/dockerfile/effective-user.ts
function effectiveUser(stage, escapeChar) {
  const user = [...stage.instructions].reverse().find((i) => i.keyword === "USER");
  if (user) {
    const expanded = expandVariables(user.argsText.trim(), user.scope, escapeChar);
    return expanded.resolved && expanded.value !== "" ? {
      user: unquote4(expanded.value),
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
      const known = base.repository && lookupBaseImageDefault(base.repository);
      if (known) return { user: known.user, source: "base-default", from: stage.from, reason: known.reason };
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
function unquote4(value) {
  const match = /^(["'])(.*)\1$/.exec(value);
  return match ? match[2] : value;
}

// src/targets/shell/unwrap-command.ts
var WRAPPERS2 = {
  sudo: { valued: ["-u", "-g", "-h", "-p", "-C", "-D", "-r", "-t", "-U", "-T"] },
  doas: { valued: ["-u", "-C"] },
  env: { valued: ["-u", "-C", "-S"] },
  nohup: { valued: [] },
  exec: { valued: ["-a"] },
  time: { valued: ["-f", "-o"] },
  nice: { valued: ["-n"] },
  stdbuf: { valued: ["-i", "-o", "-e"] },
  timeout: { valued: ["-s", "-k"], skip: 1 },
  gosu: { valued: [], skip: 1 },
  "su-exec": { valued: [], skip: 1 }
};
function unwrapCommand(command) {
  let current = command;
  for (let depth = 0; depth < 4; depth++) {
    const wrapper = Object.hasOwn(WRAPPERS2, current.program) ? WRAPPERS2[current.program] : void 0;
    if (!wrapper || current.dialect !== "posix") return current;
    const env = [...current.env];
    let i = 0;
    const { args } = current;
    while (i < args.length) {
      const word = args[i].value;
      const assignment = current.program === "env" ? /^([A-Za-z_]\w*)=(.*)$/s.exec(word) : null;
      if (assignment)
        env.push({
          name: assignment[1],
          value: { ...args[i], value: assignment[2] ?? "" }
        });
      else if (word.startsWith("-") && word !== "-") i += wrapper.valued.includes(word) ? 1 : 0;
      else break;
      i++;
    }
    i += wrapper.skip ?? 0;
    const name = args[i];
    if (!name) return current;
    current = {
      ...current,
      name,
      program: programName(name.value),
      args: args.slice(i + 1),
      env,
      redirects: current.redirects
    };
  }
  return current;
}

export {
  defineRule,
  formatMessage,
  expandVariables,
  lookupBaseImageDefault,
  isWindowsImageName,
  effectiveUser,
  isLinuxRoot,
  isWindowsAdmin,
  USER_LOCATION,
  envLocation,
  historyLocation,
  fileLocation,
  describeLayer,
  IMAGE_REGION,
  programName,
  loadBashParser,
  needsBashParser,
  parseShell,
  hasFlag,
  runScripts,
  runScriptSources,
  runScriptSource,
  looksRandom,
  findUrlUserinfo,
  isSecretParamName,
  percentDecode,
  isVendorExample,
  classifyValue,
  classifyAppliedPassword,
  findKnownCredentials,
  findPrivateKeys,
  redactSecret,
  nameWords,
  isSecretLikeName,
  isNamedSecret,
  isSecretLikeUrlName,
  valueEmbedsCredentials,
  unwrapCommand,
  parseCreatedBy,
  historyCommands,
  require_picomatch2 as require_picomatch,
  finalImageStages,
  lineRegion,
  normaliseRegistryPattern,
  isUnderRegistryPrefix,
  INSECURE_SETTING_DESCRIPTION,
  insecureRegistriesOf,
  matchInsecureRegistries,
  distinctConfigLines,
  windowsReleaseOfBuild,
  windowsReleaseOfVersion,
  windowsReleaseOfImage,
  WINDOWS_BUILD_LABEL,
  AKS_OS_SKU_LABEL,
  windowsReleaseOfNodeLabel,
  runsWithProcessIsolation
};
