#!/usr/bin/env node
import { createRequire as __bulkheadRequire } from 'node:module';
const require = __bulkheadRequire(import.meta.url);
import {
  jsonSyntaxMessage
} from "./chunk-AVGLCT7R.js";
import {
  InputParseError,
  InputTooLargeError,
  errorMessage
} from "./chunk-FYCLPXZE.js";
import {
  isLoopbackHost,
  isPlainHttpUrl,
  redactUserinfo,
  registryHostOf,
  serviceText
} from "./chunk-3V6Y6YS4.js";
import {
  classifyValue,
  effectiveUser,
  expandVariables,
  finalImageStages,
  findKnownCredentials,
  findPrivateKeys,
  findUrlUserinfo,
  formatMessage,
  insecureRegistriesOf,
  isLinuxRoot,
  isSecretLikeName,
  isSecretParamName,
  isWindowsAdmin,
  isWindowsImageName,
  loadBashParser,
  looksRandom,
  lookupBaseImageDefault,
  nameWords,
  needsBashParser,
  parseShell,
  percentDecode,
  programName,
  redactSecret,
  require_picomatch,
  runScriptSources,
  unwrapCommand,
  windowsReleaseOfImage
} from "./chunk-YTMMGOMI.js";
import {
  partitionPoint
} from "./chunk-MFQIY6JZ.js";
import {
  append,
  parseImageReference
} from "./chunk-X7A65PCW.js";
import {
  __commonJS,
  __esm,
  __export,
  __toCommonJS,
  __toESM
} from "./chunk-QLIY3PYG.js";

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
      create(one, two, three, four) {
        if (isUinteger(one) && isUinteger(two) && isUinteger(three) && isUinteger(four))
          return { start: Position.create(one, two), end: Position.create(three, four) };
        if (isPosition(one) && isPosition(two)) return { start: one, end: two };
        throw new Error(`Range#create called with invalid arguments[${one}, ${two}, ${three}, ${four}]`);
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
          const variables = this.parseVariables(offset, args[i].getValue());
          const swaps = [];
          let requiresExpansion = false;
          for (let variable of variables) {
            const value = this.dockerfile.resolveVariable(variable.getName(), variable.getNameRange().start.line);
            swaps.push(value);
            requiresExpansion = requiresExpansion || value !== void 0;
          }
          if (requiresExpansion) {
            let expanded = "";
            for (let j = 0; j < swaps.length; j++) {
              const variableRange = variables[j].getRange();
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
        const variables = [];
        const args = this.getRawArguments();
        for (const arg of args) {
          let range = arg.getRange();
          let rawValue = this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
          const parsedVariables = this.parseVariables(this.document.offsetAt(arg.getRange().start), rawValue);
          for (const parsedVariable of parsedVariables) {
            variables.push(parsedVariable);
          }
        }
        return variables;
      }
      parseVariables(offset, arg) {
        let variables = [];
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
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 2), this.document.positionAt(offset + nameEnd)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + j + 1)), modifier, modifierRange, substitutionParameter, substitutionRange, this.dockerfile.resolveVariable(escapedName, start.line) !== void 0, this.isBuildVariable(escapedName, start.line), escapedString));
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
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== void 0, this.isBuildVariable(escapedName, varStart.line), "$" + escapedName));
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
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(start2, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start2.line) !== void 0, this.isBuildVariable(escapedName, start2.line), "$" + escapedName));
                      break variableLoop;
                  }
                  if (char.match(/^[a-z0-9_]+$/i) === null) {
                    let varStart = this.document.positionAt(offset + i);
                    variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== void 0, this.isBuildVariable(escapedName, varStart.line), "$" + escapedName));
                    i = j - 1;
                    continue variableLoop;
                  }
                  escapedName += char;
                }
                let start = this.document.positionAt(offset + i);
                variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + arg.length)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + arg.length)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start.line) !== void 0, this.isBuildVariable(escapedName, start.line), "$" + escapedName));
              }
              break variableLoop;
          }
        }
        return variables;
      }
      isBuildVariable(variable, line) {
        if (this.getKeyword() === main_1.Keyword.FROM) {
          for (const initialArg of this.dockerfile.getInitialARGs()) {
            const arg = initialArg;
            const property = arg.getProperty();
            if (property && variable === property.getName()) {
              return true;
            }
          }
          return void 0;
        }
        let image = this.dockerfile.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        let envs = image.getENVs();
        for (let i = envs.length - 1; i >= 0; i--) {
          if (envs[i].isBefore(line)) {
            for (let property of envs[i].getProperties()) {
              if (property.getName() === variable) {
                return false;
              }
            }
          }
        }
        let args = image.getARGs();
        for (let i = args.length - 1; i >= 0; i--) {
          if (args[i].isBefore(line)) {
            let property = args[i].getProperty();
            if (property && property.getName() === variable) {
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
        let quoted = false;
        let escapedArg = "";
        argsCheck: for (let i = 0; i < argsContent.length; i++) {
          let char = argsContent.charAt(i);
          switch (char) {
            case "[":
              if (last === "") {
                this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + i), document.positionAt(argsOffset + i + 1)));
                last = "[";
              } else if (quoted) {
                escapedArg = escapedArg + char;
              } else {
                break argsCheck;
              }
              break;
            case '"':
              if (last === "[" || last === ",") {
                start = i;
                quoted = true;
                last = '"';
                escapedArg = escapedArg + char;
                continue;
              } else if (last === '"') {
                if (quoted) {
                  escapedArg = escapedArg + char;
                  quoted = false;
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
              if (quoted) {
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
              if (quoted) {
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
              if (quoted) {
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
              if (!quoted) {
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
        let literal = first === "'" || first === '"';
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
                      if (!inDouble && !inSingle && !literal) {
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
              } else if (inSingle || literal) {
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
        const variables = this.getVariables();
        for (let i = 0; i < variables.length; i++) {
          const position = documentOffset + index;
          const variableRange = variables[i].getRange();
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
        const variables = this.getVariables();
        for (let i = 0; i < variables.length; i++) {
          const position = documentOffset + index;
          const variableRange = variables[i].getRange();
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
        const variables = super.getVariables();
        const properties = this.getProperties();
        for (const property of properties) {
          const value = property.getUnescapedValue();
          if (value !== null && value.length > 2 && value.charAt(0) === "'" && value.charAt(value.length - 1) === "'") {
            const range = property.getValueRange();
            for (let i = 0; i < variables.length; i++) {
              if (util_1.Util.isInsideRange(variables[i].getRange().start, range)) {
                variables.splice(i, 1);
                i--;
              }
            }
          }
        }
        return variables;
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
        const variables = [];
        for (const arg of this.getARGs()) {
          if (arg.isBefore(currentLine)) {
            const property = arg.getProperty();
            if (property) {
              const variable = property.getName();
              if (variables.indexOf(variable) === -1) {
                variables.push(variable);
              }
            }
          }
        }
        for (const env of this.getENVs()) {
          if (env.isBefore(currentLine)) {
            for (const property of env.getProperties()) {
              const variable = property.getName();
              if (variables.indexOf(variable) === -1) {
                variables.push(variable);
              }
            }
          }
        }
        return variables;
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
            for (let property of envs[i].getProperties()) {
              if (property.getName() === variable) {
                return property.getValue();
              }
            }
          }
        }
        let args = this.getARGs();
        for (let i = args.length - 1; i >= 0; i--) {
          if (args[i].isBefore(line)) {
            let property = args[i].getProperty();
            if (property && property.getName() === variable) {
              return property.getValue();
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
          let variables = [];
          for (let arg of this.getInitialARGs()) {
            let property = arg.getProperty();
            if (property) {
              variables.push(property.getName());
            }
          }
          return variables;
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
function isDockerIgnoreFile(path) {
  return path.endsWith(".dockerignore");
}

// src/sources/read-shell-parser.ts
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
async function readShellParserAssets() {
  const [runtime, grammar] = await Promise.all([
    readAsset("web-tree-sitter.wasm", "web-tree-sitter/web-tree-sitter.wasm"),
    readAsset("tree-sitter-bash.wasm", "tree-sitter-bash/tree-sitter-bash.wasm")
  ]);
  return { runtime, grammar };
}
async function readAsset(file, specifier) {
  try {
    return await readFile(new URL(`./${file}`, import.meta.url));
  } catch {
    return readFile(createRequire(import.meta.url).resolve(specifier));
  }
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
var loading;
function loadYamlLibrary() {
  loading ??= import("./chunk-U2QISRIL.js").then((namespace) => {
    const yaml = namespace.default ?? namespace;
    ({ Composer, CST, isAlias, isMap, isNode, isPair, isScalar, isSeq, Lexer, LineCounter } = yaml);
    ({ parse, parseAllDocuments, parseDocument, Parser, visit } = yaml);
  });
  return loading;
}

// src/targets/yaml/repair-flow-indentation.ts
var MAX_VISITED_NODES = 2e5;
function repairFlowIndentation(text, documents, lineOf) {
  const edits = /* @__PURE__ */ new Map();
  for (const span of cutSpans(text, documents)) {
    const lineStart = text.lastIndexOf("\n", span.start - 1) + 1;
    const width = span.start - lineStart + 1;
    for (let nl = text.indexOf("\n", span.start); nl >= 0 && nl < span.end; nl = text.indexOf("\n", nl + 1)) {
      const start = nl + 1;
      if (/^(---|\.\.\.)([ \t\r\n]|$)/.test(text.slice(start, start + 4))) return void 0;
      edits.set(start, Math.max(edits.get(start) ?? 0, width));
    }
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
    const ch = text[i] ?? "";
    if (ch === "#" && /\s/.test(text[i - 1] ?? " ")) {
      const nl = text.indexOf("\n", i);
      if (nl < 0) return -1;
      i = nl;
      continue;
    }
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
var MAX_REPAIR_ROUNDS = 4;
function parseYamlDocuments(text, options = {}) {
  const { maxDocumentTokens } = options.limits ?? LIMITS;
  const largest = countDocumentTokens(text, maxDocumentTokens);
  if (largest > maxDocumentTokens)
    return tooLarge(
      `its largest YAML document is too dense (about ${millions(largest)} syntax tokens; at most ${millions(maxDocumentTokens)} per document)`
    );
  const first = parseOnce(text, text, /* @__PURE__ */ new Map(), options, true);
  if (first.tooLarge) return tooLarge(first.tooLarge);
  if (!first.errors.length) return first.parsed;
  let source = text;
  let shifts = /* @__PURE__ */ new Map();
  let { trees, lines } = first;
  for (let round = 0; round < MAX_REPAIR_ROUNDS; round++) {
    const repaired = repairFlowIndentation(source, trees, (offset) => lineAt(lines, source, offset));
    if (!repaired) break;
    source = repaired.text;
    shifts = addShifts(shifts, repaired.shifts);
    const next = parseOnce(source, text, shifts, options, round + 1 < MAX_REPAIR_ROUNDS);
    if (next.tooLarge) return tooLarge(next.tooLarge);
    if (!next.errors.length) return next.parsed;
    ({ trees, lines } = next);
  }
  return { documents: first.parsed.documents, errors: first.errors };
}
function isValidParse(parsed) {
  return !parsed.tooLarge && parsed.errors.length === 0;
}
function parseValidYaml(text, options = {}) {
  const parsed = parseYamlDocuments(text, options);
  if (parsed.tooLarge) throw new InputTooLargeError(parsed.tooLarge);
  const first = parsed.errors[0];
  if (first) {
    const more = parsed.errors.length - 1;
    const others = more ? ` (and ${more} more error${more === 1 ? "" : "s"})` : "";
    throw new InputParseError(
      `Invalid YAML: ${first.message}${others}`,
      first.region.startLine,
      first.region.startColumn
    );
  }
  return parsed.documents;
}
function parseOnce(source, original, shifts, options, keepTrees) {
  const lines = new LineCounter();
  const position = positionIn(lines, shifts);
  const errors = [];
  const documents = [];
  const trees = [];
  const composer = new Composer(OPTIONS);
  let index = 0;
  let kept = 0;
  const { maxKeptNodes } = options.limits ?? LIMITS;
  for (const document of composer.compose(new Parser(lines.addNewLine).parse(source))) {
    let failed = false;
    for (const error of document.errors) {
      if (isToleratedError(error.code, error.message)) continue;
      failed = true;
      const from = position(error.pos[0]);
      errors.push({
        message: error.message.split("\n")[0] ?? error.message,
        region: { startLine: from.line, startColumn: from.col, endLine: from.line, endColumn: from.col + 1 }
      });
    }
    if (failed && keepTrees) trees.push(document);
    const start = position(document.contents?.range?.[0] ?? document.range[0]);
    const yamlDocument = {
      index: index++,
      root: YamlNode.forDocument(document, { text: source, original, position }),
      region: { startLine: start.line, startColumn: 1, endLine: start.line, endColumn: 1 }
    };
    options.onDocument?.(yamlDocument);
    documents.push(yamlDocument);
    kept += countNodes(document, maxKeptNodes - kept + 1);
    if (kept > maxKeptNodes) {
      const tooLarge2 = `its YAML documents hold more than ${maxKeptNodes} values to analyse (at most that per file)`;
      return { parsed: { documents: [], errors: [] }, errors: [], trees: [], lines, tooLarge: tooLarge2 };
    }
  }
  return { parsed: { documents, errors }, errors, trees, lines };
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
function positionIn(lines, shifts) {
  return (offset) => {
    const at = lines.linePos(offset);
    const shift = shifts.get(at.line);
    return shift ? { line: at.line, col: Math.max(1, at.col - shift) } : at;
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

// src/targets/registry-config/dockerd-command-lines.ts
function commandFileKind(path) {
  const normal = path.replace(/\\/g, "/");
  const name = (normal.split("/").pop() ?? normal).toLowerCase();
  if (/(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i.test(normal)) return "workflow";
  if (name.endsWith(".service") || /\.service\.d\/[^/]+\.conf$/i.test(normal) || name === "override.conf")
    return "systemd-unit";
  if (name.endsWith(".sh") || name.endsWith(".bash")) return "posix-script";
  if (name.endsWith(".ps1")) return "powershell-script";
  return void 0;
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
var POSIX_SHELLS = /* @__PURE__ */ new Set(["bash", "sh", "dash", "zsh", "ksh", "ash"]);
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
function stepDialect(step, job, root) {
  const shell = step.get("shell")?.text ?? job.at("defaults", "run", "shell")?.text ?? root.at("defaults", "run", "shell")?.text;
  if (shell !== void 0) {
    const program = programName(shell.trim().split(/\s+/)[0] ?? "");
    if (POSIX_SHELLS.has(program)) return "posix";
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
    const quoted = run.style === "single" || run.style === "double";
    script = raw.replace(/\r?\n|\r/g, (match) => " ".repeat(match.length));
    if (quoted) script = ` ${script.slice(1, -1)} `;
    segments.push({ offset: 0, line: region.startLine, column: region.startColumn });
    for (const match of raw.matchAll(/\r\n|\r|\n/g)) {
      const offset = (match.index ?? 0) + match[0].length;
      segments.push({ offset, line: region.startLine + segments.length, column: 1 });
    }
  }
  return { script, dialect, position: mapper(segments) };
}

// src/targets/registry-config/dockerd-flags.ts
var DOCKERD_PROGRAMS = /* @__PURE__ */ new Set(["dockerd", "dockerd-rootless.sh", "dockerd-entrypoint.sh"]);
var SHORT_VALUED = /* @__PURE__ */ new Set(["G", "l", "p", "b", "s", "g"]);
var SHORT_SWITCHES = /* @__PURE__ */ new Set(["D", "v", "h"]);
var FLAG_TEXT = /--insecure-registry|--registry-mirror|--host\b|(?:^|[\s"'=])-[DGlpbsgvh]*H/m;
var dockerdFlagsFormat = {
  format: "dockerd-flags",
  matches(path, text) {
    return commandFileKind(path) !== void 0 && /dockerd/.test(text) && FLAG_TEXT.test(text);
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
    const kind = commandFileKind(path) ?? "posix-script";
    for (const script of commandScripts(text, kind)) {
      for (const command of parseShell(script.script, script.dialect).commands) {
        const dockerd = dockerdCommand(command);
        if (dockerd) readOptions(dockerd, script, document);
      }
    }
    return document;
  }
};
function dockerdCommand(command) {
  let current = unwrapCommand(command);
  const [first, ...rest] = current.args;
  if (current.program === "dind" && first)
    current = { ...current, name: first, program: programName(first.value), args: rest };
  return DOCKERD_PROGRAMS.has(current.program) ? current : void 0;
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
    if (option.dynamic ? !/^tcp:\/\//i.test(address) : !isTcpAddress(address)) continue;
    document.listeners.push({ address, tlsVerify, key: option.key, region: region(option) });
  }
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

// src/targets/dockerfile/parse-dockerfile.ts
var import_dockerfile_ast2 = __toESM(require_main(), 1);

// src/targets/dockerfile/build-stage.ts
var POSIX_SHELL = { dialect: "posix", argv: ["/bin/sh", "-c"] };
var WINDOWS_SHELL = { dialect: "cmd", argv: ["cmd", "/S", "/C"] };
function buildStage(from, earlier, globals, escapeChar) {
  const [image, as, name] = from.args;
  const baseText = image?.value ?? "";
  const expanded = expandVariables(baseText, globals, escapeChar);
  const base = expanded.resolved ? resolveBase(expanded.value, baseText, earlier) : withKnownRepository(baseText, globals, escapeChar);
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
var UNKNOWN = "\0";
function withKnownRepository(written, globals, escapeChar) {
  const marked = expandVariables(written, globals, escapeChar, { unknown: UNKNOWN }).value;
  const name = marked.split("@")[0];
  const tagAt = name.indexOf(":", name.lastIndexOf("/") + 1);
  let repository = tagAt < 0 ? name : name.slice(0, tagAt);
  const firstSlash = repository.indexOf("/");
  if (firstSlash > 0 && repository.slice(0, firstSlash).includes(UNKNOWN))
    repository = repository.slice(firstSlash + 1);
  const reference = repository.includes(UNKNOWN) || repository === "" ? void 0 : parseImageReference(repository);
  return { kind: "unresolved", text: written, ...reference ? { repository: reference } : {} };
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
  const shell = os === "windows" ? WINDOWS_SHELL : POSIX_SHELL;
  return { dialect: shell.dialect, argv: [...shell.argv] };
}
var DRIVE_PATH = /^["']?[A-Za-z]:[\\/]/;
function finishStage(stage, escapeChar) {
  const open = stage.osAssumed || stage.os === "unknown";
  const evidence = open ? windowsEvidence(stage, escapeChar) : void 0;
  if (evidence) {
    stage.os = "windows";
    stage.osEvidence = evidence;
    stage.osAssumed = false;
    if (stage.base.kind !== "stage") stage.shell = defaultShell("windows");
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
    if (i.keyword === "ENV" && i.properties.some((p) => /(^|;)[A-Za-z]:\\/.test(p.value ?? "")))
      return "ENV holds Windows paths";
    const runs = i.keyword === "RUN" ? windowsProgram(i) : void 0;
    if (runs) return `RUN starts '${runs}'`;
    const entry = i.execForm?.[0];
    if ((i.keyword === "ENTRYPOINT" || i.keyword === "CMD") && entry && /\.exe$/i.test(entry))
      return `${i.keyword} runs '${entry}'`;
    if (i.keyword === "USER" && /^["']?(containeruser|containeradministrator)["']?$/i.test(i.argsText.trim())) {
      return `USER '${i.argsText.trim()}' is a Windows account`;
    }
  }
  return escapeChar === "`" ? "the escape directive is a backtick" : void 0;
}
function windowsProgram(run) {
  const first = run.execForm?.[0] ?? /^\s*(\S+)/.exec(run.argsText)?.[1];
  if (!first) return void 0;
  const program = first.replace(/^.*[\\/]/, "").toLowerCase();
  if (/^(powershell|cmd)(\.exe)?$/.test(program) || DRIVE_PATH.test(first)) return first;
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
function parseDockerfile(text) {
  cacheArgumentReads();
  const ast = import_dockerfile_ast2.DockerfileParser.parse(text);
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

// src/targets/toml/toml-library.ts
var ParseError;
var parseTOML;
var loading2;
function loadTomlLibrary() {
  loading2 ??= import("./chunk-MWMOIT4Q.js").then((toml) => {
    ({ ParseError, parseTOML } = toml);
  });
  return loading2;
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

// src/targets/registry-config/path-segments.ts
function baseName(path) {
  return path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
}
function pathSegments(path) {
  return path.split(/[\\/]+/).filter((segment) => segment !== "" && segment !== ".");
}

// src/targets/registry-config/containerd-config.ts
var REGISTRY_TABLES = [
  ["plugins", "cri", "registry"],
  ["plugins", "io.containerd.grpc.v1.cri", "registry"],
  ["plugins", "io.containerd.cri.v1.images", "registry"]
];
var SECRET_AUTH_KEYS = ["password", "auth", "identitytoken"];
var PLUGIN_TABLE = /^[ \t]*\[?[ \t]*plugins[ \t]*\.[ \t]*(?:cri\b|["']io\.containerd\.)/m;
var PLUGINS_HEADER = /^[ \t]*\[[ \t]*plugins[ \t]*\][ \t]*(?:#.*)?$/m;
var PLUGIN_KEY = /^[ \t]*(?:cri|["']io\.containerd\.[^"'\n]*["'])[ \t]*[.=]/m;
var containerdFormat = {
  format: "containerd",
  matches(path, text) {
    const name = baseName(path).toLowerCase();
    const named = name === "config.toml" || name.endsWith(".toml") && pathSegments(path).some((segment) => /containerd/i.test(segment));
    return named && hasContainerdPlugins(text);
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
function readRegistryTable(registry, document) {
  const mirrors = registry.get("mirrors")?.entries() ?? [];
  for (const [namespace, mirror] of mirrors) {
    for (const endpoint of mirror.get("endpoint")?.strings() ?? []) {
      const url = endpoint.text ?? "";
      if (!isPlainHttpUrl(url)) continue;
      const host = registryHostOf(url);
      document.insecureEndpoints.push({
        setting: "plain-http",
        registry: host,
        ...namespace !== host ? { mirrorOf: namespace } : {},
        key: "endpoint",
        region: endpoint.region,
        lowRisk: isLoopbackHost(host)
      });
    }
  }
  const mirroredBy = (host) => mirrors.flatMap(
    ([namespace, mirror]) => namespace !== host && (mirror.get("endpoint")?.strings() ?? []).some((e) => registryHostOf(e.text ?? "") === host) ? [namespace] : []
  );
  for (const [host, config] of registry.get("configs")?.entries() ?? []) {
    const skip = config.at("tls", "insecure_skip_verify");
    if (skip?.isTrue) {
      const endpoint = {
        setting: "skip-verify",
        registry: host,
        key: "insecure_skip_verify",
        region: skip.reportRegion,
        lowRisk: isLoopbackHost(host)
      };
      const namespaces = mirroredBy(host);
      if (namespaces.length === 0) document.insecureEndpoints.push(endpoint);
      for (const namespace of namespaces)
        document.insecureEndpoints.push({ ...endpoint, mirrorOf: namespace });
    }
    readCredentials(host, config.get("auth"), document);
  }
  for (const [url, auth] of registry.get("auths")?.entries() ?? [])
    readCredentials(registryHostOf(url), auth, document);
}
function readCredentials(registry, auth, document) {
  for (const key of SECRET_AUTH_KEYS) {
    const field = auth?.get(key);
    const value = field?.scalar;
    if (field && typeof value === "string" && value.trim())
      document.credentials.push({ registry, key, value, region: field.reportRegion });
  }
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
      document.insecureEndpoints.push(endpointFor("plain-http", upstream, namespace, "server", server, root));
    const rootSkip = root.get("skip_verify");
    if (rootSkip?.isTrue)
      document.insecureEndpoints.push(
        endpointFor("skip-verify", upstream, namespace, "skip_verify", rootSkip, root)
      );
    for (const [url, host] of root.get("host")?.entries() ?? []) {
      if (host.kind !== "map") continue;
      const registry = registryHostOf(url);
      if (isPlainHttpUrl(url))
        document.insecureEndpoints.push(
          endpointFor("plain-http", registry, namespace, `host."${redactUserinfo(url)}"`, host, host)
        );
      const skip = host.get("skip_verify");
      if (skip?.isTrue)
        document.insecureEndpoints.push(
          endpointFor("skip-verify", registry, namespace, "skip_verify", skip, host)
        );
    }
    return document;
  }
};
function namespaceOf(path) {
  const segments = pathSegments(path);
  const directory = segments[segments.length - 2];
  if (!directory) return void 0;
  const underCertsDir = segments[segments.length - 3]?.toLowerCase() === "certs.d";
  if (directory === "_default") return "*";
  const port = /^(.+)_(\d+)_$/.exec(directory);
  if (port) return `${port[1]}:${port[2]}`;
  if (underCertsDir || /[.:]/.test(directory) || directory.toLowerCase() === "localhost") return directory;
  return void 0;
}
function endpointFor(setting, registry, namespace, key, at, hostTable) {
  const capabilities = hostTable.get("capabilities")?.strings().map((capability) => (capability.text ?? "").toLowerCase());
  const pullOnly = !!capabilities?.length && capabilities.every((capability) => capability === "pull");
  const resolves = !capabilities?.length || capabilities.includes("resolve");
  return {
    setting,
    registry,
    ...namespace && namespace !== registry && resolves ? { mirrorOf: namespace } : {},
    key,
    region: at.reportRegion,
    lowRisk: isLoopbackHost(registry) || pullOnly
  };
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
var registriesConfFormat = {
  format: "registries-conf",
  matches(path, text) {
    if (!baseName(path).toLowerCase().endsWith(".conf")) return false;
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

// src/targets/registry-config/docker-daemon-config.ts
var TRANSPORT_KEYS = ["insecure-registries", "registry-mirrors", "hosts", "tls", "tlsverify"];
var DAEMON_KEYS = /* @__PURE__ */ new Set([
  ...TRANSPORT_KEYS,
  ..."allow-direct-routing allow-nondistributable-artifacts api-cors-header authorization-plugins bip bip6 bridge builder cdi-spec-dirs cgroup-parent cluster-advertise cluster-store cluster-store-opts containerd containerd-namespace containerd-plugins-namespace cpu-rt-period cpu-rt-runtime cri-containerd data-root debug default-address-pools default-cgroupns-mode default-gateway default-gateway-v6 default-ipc-mode default-network-opts default-runtime default-shm-size default-ulimits disable-legacy-registry dns dns-opts dns-search exec-opts exec-root experimental features firewall-backend fixed-cidr fixed-cidr-v6 graph group host-gateway-ip host-gateway-ips hosts icc init init-path ip ip-forward ip-forward-no-drop ip-masq ip6tables iptables ipv6 isolation labels live-restore log-driver log-format log-level log-opts max-concurrent-downloads max-concurrent-uploads max-download-attempts metrics-addr min-api-version mtu network-control-plane-mtu no-new-privileges node-generic-resources oom-score-adjust pidfile proxies raw-logs runtimes seccomp-profile selinux-enabled shutdown-timeout storage-driver storage-opts swarm-default-advertise-addr tlscacert tlscert tlskey userland-proxy userland-proxy-path userns-remap".split(
    " "
  )
]);
var dockerDaemonFormat = {
  format: "docker-daemon",
  matches(path, text) {
    if (baseName(path) !== "daemon.json") return false;
    const probe = probeJson(text);
    switch (probe.kind) {
      case "empty":
        return true;
      case "object": {
        const keys = Object.keys(probe.value);
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
function effectiveTlsVerify(tlsverify, tls) {
  if (typeof tlsverify?.scalar === "boolean") return tlsverify.scalar;
  return tls?.scalar === true;
}

// src/targets/registry-config/docker-client-config.ts
import { Buffer as Buffer2 } from "node:buffer";
var CLIENT_KEYS = ["auths", "credsStore", "credHelpers"];
var TOKEN_KEYS = ["identitytoken", "registrytoken", "password"];
var dockerClientConfigFormat = {
  format: "docker-client-config",
  matches(path, text) {
    if (baseName(path) !== "config.json") return false;
    const probe = probeJson(text);
    if (probe.kind === "object") return CLIENT_KEYS.some((key) => Object.hasOwn(probe.value, key));
    return probe.kind === "invalid" && /^\s*\{/.test(text.replace(/^\uFEFF/, "")) && CLIENT_KEYS.some((key) => text.includes(`"${key}"`));
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
  const encoded = typeof auth?.scalar === "string" ? auth.scalar.trim() : "";
  if (auth && encoded && hasLiteralPassword(encoded)) {
    found.push({ registry, key: "auth", value: encoded, region: auth.reportRegion });
  }
  for (const key of TOKEN_KEYS) {
    const node = entry.get(key);
    if (typeof node?.scalar === "string" && classifyValue(node.scalar).literal)
      found.push({ registry, key, value: node.scalar, region: node.reportRegion });
  }
  return found;
}
function hasLiteralPassword(encoded) {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded) || encoded.replace(/=+$/, "").length % 4 === 1) return false;
  const decoded = Buffer2.from(encoded, "base64").toString("utf8");
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
    const probe = probeJson(text);
    if (probe.kind === "object") {
      const { value } = probe;
      if (isRequirementList(value.default)) return true;
      return name === "policy.json" && Array.isArray(value.default) && Object.keys(value).every((key) => key === "default" || key === "transports");
    }
    return probe.kind === "invalid" && name === "policy.json" && text.includes('"default"') && [...REQUIREMENT_TYPES].some((type) => text.includes(`"${type}"`));
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
    const probe = probeJson(text);
    if (probe.kind === "object")
      return Array.isArray(probe.value.trustPolicies) && Object.hasOwn(probe.value, "version");
    return probe.kind === "invalid" && name.startsWith("trustpolicy") && text.includes('"trustPolicies"');
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

// src/targets/registry-config/parse-registry-config.ts
var REGISTRY_FORMATS = [
  containerdHostsFormat,
  containerdFormat,
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

// src/engine/classify-file.ts
var NOT_DOCKERFILE_SUFFIX = /\.(dockerignore|md|markdown|rst|txt|json|ya?ml|sh|ps1|bat|cmd|bak|orig|rej|swp|patch|diff|lock|html)$/i;
function isDockerfileName(path) {
  const base = path.slice(path.lastIndexOf("/") + 1).toLowerCase();
  if (base === "dockerfile" || base === "containerfile") return true;
  if (NOT_DOCKERFILE_SUFFIX.test(base)) return false;
  return /^(dockerfile|containerfile)\.[^/]+$/.test(base) || /\.(dockerfile|containerfile)$/.test(base);
}
function looksLikeDockerfile(text) {
  const head = text.slice(0, 4096);
  const first = head.split(/\r?\n/).find((line) => line.trim() !== "" && !line.trimStart().startsWith("#"));
  return first !== void 0 && /^\s*(FROM|ARG)\s+\S/i.test(first) && /^\s*FROM\s+\S/im.test(head);
}
function isComposeName(path) {
  const base = path.slice(path.lastIndexOf("/") + 1).toLowerCase();
  return /^(docker-)?compose([.-][^/]*)?\.ya?ml$/.test(base);
}
var YAML_OR_JSON = /\.(ya?ml|json)$/i;
var REGISTRY_CANDIDATE = /\.(toml|json|conf|sh|service|ya?ml)$/i;
function looksLikeManifest(text) {
  const key = (name) => new RegExp(`(^|[{,]\\s*)["']?${name}["']?\\s*:`, "m");
  return key("apiVersion").test(text) && key("kind").test(text);
}
function classifyFile(path, text) {
  if (isDockerfileName(path)) return "dockerfile";
  if (isComposeName(path)) return "compose";
  if (REGISTRY_CANDIDATE.test(path) && registryFormatOf(path, text)) return "registry-config";
  if (YAML_OR_JSON.test(path)) return looksLikeManifest(text) ? "kubernetes" : void 0;
  const base = path.slice(path.lastIndexOf("/") + 1);
  if (!base.includes(".") && looksLikeDockerfile(text)) return "dockerfile";
  return void 0;
}
function isTemplate(text, structured = false) {
  if (hasJinjaTag(text)) return true;
  if (!text.includes("{{")) return false;
  return structured ? hasStructuralBraces(text) : hasActionOnOneLine(text);
}
function hasJinjaTag(text) {
  for (let at = text.indexOf("{%"); at >= 0; at = text.indexOf("{%", at + 2)) {
    const after = text[at + 2] === "-" ? at + 3 : at + 2;
    if (!/\s/.test(text[after] ?? "")) continue;
    const lineEnd2 = text.indexOf("\n", after);
    const close = text.indexOf("%}", after);
    if (close >= 0 && (lineEnd2 < 0 || close < lineEnd2)) return true;
    if (lineEnd2 < 0) return false;
    at = lineEnd2 - 2;
  }
  return false;
}
function hasActionOnOneLine(text) {
  for (let at = text.indexOf("{{"); at >= 0; at = text.indexOf("{{", at + 2)) {
    const lineEnd2 = text.indexOf("\n", at);
    const close = text.indexOf("}}", at + 2);
    if (close >= 0 && (lineEnd2 < 0 || close < lineEnd2)) return true;
    if (lineEnd2 < 0) return false;
    at = lineEnd2 - 2;
  }
  return false;
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
  return isDockerfileName(path) || YAML_OR_JSON.test(base) || REGISTRY_CANDIDATE.test(base) || !base.includes(".");
}

// src/engine/load-shell-parser.ts
function loadShellParser() {
  return loadBashParser(readShellParserAssets);
}
function mayParseShell(path, text) {
  if (dockerdFlagsFormat.matches(path, text)) return true;
  if (!RUN_WORD.test(text) || classifyFile(path, text) !== "dockerfile") return false;
  if (text.length > MAX_PROBED_DOCKERFILE) return true;
  try {
    return needsBashParser(() => {
      for (const script of runScriptSources(parseDockerfile(text))) parseShell(script.text, script.dialect);
    });
  } catch {
    return true;
  }
}
var RUN_WORD = /\brun\b/i;
var MAX_PROBED_DOCKERFILE = 64 * 1024;

// src/render/discover-render-roots.ts
import { posix } from "node:path";
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
  for (const dir of charts)
    if (!isSubchart(dir, charts)) roots.push({ kind: "helm", dir, file: posix.join(dir, "Chart.yaml") });
  const bases = /* @__PURE__ */ new Set();
  for (const [dir, file] of kustomizations)
    for (const reference of kustomizationReferences(readText(file)))
      bases.add(posix.normalize(posix.join(dir, reference)).replace(/\/$/, "") || ".");
  for (const [dir, file] of kustomizations) if (!bases.has(dir)) roots.push({ kind: "kustomize", dir, file });
  return roots.sort((a, b) => a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : a.kind < b.kind ? -1 : 1);
}
function isSubchart(dir, charts) {
  for (let at = dir.lastIndexOf("/charts/"); at >= 0; at = dir.lastIndexOf("/charts/", at - 1)) {
    if (charts.has(dir.slice(0, at))) return true;
    if (at === 0) break;
  }
  return dir.startsWith("charts/") && charts.has(".");
}
function kustomizationReferences(text) {
  if (text === void 0) return [];
  let data;
  try {
    data = parse(text, { maxAliasCount: 100 });
  } catch {
    return [];
  }
  if (!data || typeof data !== "object") return [];
  const references = [];
  for (const field of REFERENCE_FIELDS) {
    const entries = data[field];
    if (!Array.isArray(entries)) continue;
    for (const entry of entries)
      if (typeof entry === "string" && !/^[a-z][a-z0-9+.-]*:\/\/|^(github\.com|gitlab\.com|bitbucket\.org)\//i.test(entry))
        references.push(entry);
  }
  return references;
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

// src/engine/scan-chunk.ts
import { relative, resolve } from "node:path";

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
    walkLineHashes(text, (line, hi, lo) => emit(result, seen2, line, hashHex(hi, lo)));
    return result;
  }
  const wanted = new Set(only);
  if (wanted.size === 0) return result;
  const targets = /* @__PURE__ */ new Map();
  walkLineHashes(text, (line, hi, lo) => {
    if (!wanted.has(line)) return;
    const lows = targets.get(hi) ?? /* @__PURE__ */ new Set();
    targets.set(hi, lows.add(lo));
  });
  const seen = /* @__PURE__ */ new Map();
  walkLineHashes(text, (line, hi, lo) => {
    if (!targets.get(hi)?.has(lo)) return;
    const hex = hashHex(hi, lo);
    const count = (seen.get(hex) ?? 0) + 1;
    seen.set(hex, count);
    if (wanted.has(line)) result.set(line, `${hex}:${count}`);
  });
  return result;
}
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
function emit(result, seen, line, hex) {
  const count = (seen.get(hex) ?? 0) + 1;
  seen.set(hex, count);
  result.set(line, `${hex}:${count}`);
}

// src/engine/repository-facts.ts
import { posix as posix2 } from "node:path";

// src/targets/compose/parse-compose.ts
function parseCompose(text) {
  return composeDocumentOf(text, parseValidYaml(text));
}
function composeDocumentOf(text, documents) {
  const root = documents[0]?.root;
  const services = (root?.get("services")?.entries() ?? []).filter(([, node]) => node.kind === "map").map(([name, node]) => ({ name, region: node.reportRegion, node, image: node.get("image") }));
  return { text, services };
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
  if (!key) return mapLine ? void 0 : readValue(rest, frame.indent);
  const value = rest.slice(key[0].length);
  if (value === "" || value.startsWith("#")) return { kind: "children", mapIndent: frame.indent };
  return readValue(value, frame.indent);
}
function readValue(value, indent) {
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
function maskUnreadDocuments(text, isRead, options = {}) {
  const lines = text.split("\n");
  let masked = false;
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    const line = i < lines.length ? lines[i] : void 0;
    if (line !== void 0 && !MARKER.test(line)) continue;
    if (dropsDocument(lines, start, i, isRead, options.onlyProvenValid === true)) {
      for (let j = start; j < i; j++) lines[j] = blank(lines[j], options.onlyProvenValid === true);
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

// src/engine/repository-facts.ts
function isFactSource(path) {
  return isDockerfileName(path) || isComposeName(path) || isDockerIgnoreFile(path) || isWorkflowFile(path) || /\.(ya?ml|json|toml|conf|sh|service)$/i.test(path) || KEY_FILE.test(path);
}
function isWorkflowFile(path) {
  return /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(path);
}
function buildRepositoryFacts(allFiles, sources, configImages = {}) {
  const dockerfiles = /* @__PURE__ */ new Map();
  const dockerfileTexts = /* @__PURE__ */ new Map();
  const parsed = /* @__PURE__ */ new Map();
  const builtBy = /* @__PURE__ */ new Map();
  const buildContexts = /* @__PURE__ */ new Map();
  const ignoreFiles = /* @__PURE__ */ new Map();
  const runtimeClasses = /* @__PURE__ */ new Map();
  const runtimeClassDetails = /* @__PURE__ */ new Map();
  const serviceAccounts = /* @__PURE__ */ new Map();
  const insecureRegistries = [];
  const publicKeyFiles = /* @__PURE__ */ new Set();
  for (const source of sources) {
    if (exceedsWorkBudget(isDockerfileName(source.path) ? "dockerfile" : "kubernetes", source.path, source.text))
      continue;
    const { path, text } = source;
    parseQuietly(() => {
      const registryFormat = registryFormatOf(path, text);
      const registryConfig = registryFormat ? parseQuietly(() => registryFormat.parse(text, path)) : void 0;
      if (registryConfig) {
        parsed.set(path, registryConfig);
        for (const entry of insecureRegistriesOf(path, registryConfig)) insecureRegistries.push(entry);
      }
      if (KEY_FILE.test(path) && holdsOnlyPublicMaterial(text)) publicKeyFiles.add(path);
      if (isDockerIgnoreFile(path)) ignoreFiles.set(path, text);
      else if (isDockerfileName(path)) dockerfileTexts.set(path, text);
      else if (isComposeName(path)) {
        const yaml = parseYamlDocuments(text);
        for (const document of yaml.documents) composeBuilds(path, document.root, builtBy, buildContexts);
        if (isValidParse(yaml)) parsed.set(path, composeDocumentOf(text, yaml.documents));
      } else if (isWorkflowFile(path)) {
        if (mayUseBuildPushAction(text)) readYaml(text, (root) => workflowBuilds(root, builtBy, buildContexts));
      } else if (/kind["']?\s*:\s*["']?(RuntimeClass|ServiceAccount)\b/.test(text))
        readYaml(unreadDocumentsSkipped.on ? maskUnreadDocuments(text, isFactKind) : text, (root) => {
          runtimeClassOs(root, runtimeClasses);
          runtimeClassDetail(path, root, runtimeClassDetails);
          serviceAccountOf(path, root, serviceAccounts);
        });
    });
  }
  for (const [image, path] of Object.entries(configImages)) addImage(builtBy, image, path, true);
  const referenced = new Set(buildContexts.keys());
  for (const paths of builtBy.values()) for (const path of paths) referenced.add(path);
  for (const [path, text] of dockerfileTexts) {
    const document = referenced.has(path) ? parseQuietly(() => parseDockerfile(text)) : void 0;
    if (document) dockerfiles.set(path, document);
  }
  const dockerfileImages = /* @__PURE__ */ new Map();
  for (const [path, document] of dockerfiles) {
    const built = parseQuietly(() => builtImage(path, document));
    if (built) dockerfileImages.set(path, built);
  }
  const builtImages = /* @__PURE__ */ new Map();
  const imageDockerfiles = /* @__PURE__ */ new Map();
  for (const [image, paths] of builtBy) {
    const path = paths.at(-1);
    const built = dockerfileImages.get(path);
    if (built) builtImages.set(image, built);
    const document = dockerfiles.get(path);
    if (document && paths.length === 1) imageDockerfiles.set(image, { path, document });
  }
  return {
    facts: {
      publicKeyFiles,
      files: allFiles,
      ignoreFiles,
      builtImages,
      dockerfileImages,
      buildContexts,
      insecureRegistries,
      runtimeClasses,
      runtimeClassDetails,
      serviceAccounts
    },
    parsed: new Map([...parsed, ...dockerfiles]),
    imageDockerfiles
  };
}
var KEY_FILE = /\.(key|pem)$/i;
var PUBLIC_BLOCKS = ["PGP PUBLIC KEY BLOCK", "PUBLIC KEY", "RSA PUBLIC KEY", "CERTIFICATE"];
function holdsOnlyPublicMaterial(text) {
  return !text.includes("PRIVATE KEY") && PUBLIC_BLOCKS.some((block) => text.includes(`-----BEGIN ${block}-----`));
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
function addImage(builtBy, image, dockerfile, replace = false) {
  const reference = image ? parseImageReference(image.trim()) : void 0;
  if (!reference) return;
  const name = reference.name.toLowerCase();
  const path = posix2.normalize(dockerfile);
  const paths = replace ? [] : builtBy.get(name) ?? [];
  if (!paths.includes(path)) paths.push(path);
  builtBy.set(name, paths);
}
function composeBuilds(path, root, builtBy, contexts) {
  const base = posix2.dirname(path);
  for (const [, service] of root.get("services")?.entries() ?? []) {
    const build = service.get("build");
    if (!build) continue;
    const context = build.text ?? build.get("context")?.text ?? ".";
    const dockerfile = build.get("dockerfile")?.text ?? "Dockerfile";
    const file = posix2.join(base, context, dockerfile);
    contexts.set(file, posix2.join(base, context));
    addImage(builtBy, service.get("image")?.text, file);
  }
}
function mayUseBuildPushAction(text) {
  return text.includes("docker/build-push-action") || text.includes("\\");
}
function workflowBuilds(root, builtBy, contexts) {
  for (const [, job] of root.get("jobs")?.entries() ?? []) {
    for (const step of job.get("steps")?.items() ?? []) {
      if (!step.get("uses")?.text?.startsWith("docker/build-push-action")) continue;
      const inputs = step.get("with");
      const context = inputs?.get("context")?.text ?? ".";
      const file = posix2.normalize(inputs?.get("file")?.text ?? posix2.join(context, "Dockerfile"));
      contexts.set(file, posix2.normalize(context));
      for (const tag of (inputs?.get("tags")?.text ?? "").split(/[,\n]/)) addImage(builtBy, tag, file);
    }
  }
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
    list.push({ namespace, automount, location: { file: path, region, message } });
    accounts.set(name, list);
  }
}
function builtImage(path, document) {
  const stage = document.finalStage;
  if (!stage) return void 0;
  const effective = effectiveUser(stage, document.escapeChar);
  const instruction = effective.instruction ?? effective.from;
  const root = finalImageStages(document).at(-1);
  const base = root?.base.kind === "image" ? windowsReleaseOfImage(root.base.reference) : void 0;
  return {
    ...root && base ? {
      windowsBase: {
        build: base.release.build,
        location: {
          file: path,
          region: root.baseRegion,
          message: `The final base image of the Dockerfile that builds the image (${base.release.name})`
        }
      }
    } : {},
    user: effective.user,
    os: stage.os,
    explicit: effective.source === "instruction",
    location: {
      file: path,
      region: instruction.region,
      message: effective.source === "instruction" ? `USER ${effective.user ?? ""} in the Dockerfile that builds the image` : `The final FROM of the Dockerfile that builds the image (${effective.reason})`
    }
  };
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
      const ignore = fromMetadata(metadata, object.root.region);
      if (ignore) ignores.push(ignore);
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
  const documents = parseValidYaml(readDocumentsOf(text), {
    onDocument: ({ root }) => {
      const unread = UNREAD_ENTRIES[root.get("kind")?.text ?? ""];
      if (unread) root.dropEntries(unread);
    }
  });
  const objects = documents.flatMap((d) => objectsOf(d.root));
  const problems = [];
  const workloads = objects.flatMap((o) => {
    const workload = workloadOf(o, problems);
    return workload ? [workload] : [];
  });
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
  const path = object.kind ? POD_TEMPLATE_PATHS[object.kind] : void 0;
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
  return {
    object,
    spec,
    specRegion: spec.reportRegion,
    templateMetadata: template.get("metadata"),
    containers
  };
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
function parseTarget(kind, text, path, parsed) {
  const parse2 = PARSERS[kind];
  if (!parse2)
    return { kind: "skip", note: { kind: "skipped", file: path, message: `No parser for ${kind} yet.` } };
  if (isTemplate(text, kind !== "dockerfile") || isChartTemplate(path, text)) {
    return {
      kind: "skip",
      note: {
        kind: "template",
        file: path,
        message: "Template file (`{{ \u2026 }}`): skipped; scan the rendered output instead."
      }
    };
  }
  try {
    return { kind: "document", document: parsed ?? parse2(text, path) };
  } catch (error) {
    if (error instanceof InputTooLargeError)
      return { kind: "skip", note: { kind: "too-large", file: path, message: error.message } };
    const at = error instanceof InputParseError ? error : void 0;
    const line = at?.line ?? 1;
    const column = at?.column ?? 1;
    return {
      kind: "error",
      message: at ? at.message : error instanceof RangeError ? "Could not parse the file: its structure is too deep for the parser (it ran out of stack)." : `Could not parse the file: ${errorMessage(error)}`,
      region: { startLine: line, startColumn: column, endLine: line, endColumn: column + 1 }
    };
  }
}
function isChartTemplate(path, text) {
  return /(^|\/)templates\/[^/]+$/.test(path) && text.includes("{{");
}

// src/engine/document-suppression.ts
function documentSuppression(target, document) {
  if (target !== "kubernetes") return void 0;
  const ignores = annotationIgnores(document);
  if (ignores.length === 0) return void 0;
  const byRule = /* @__PURE__ */ new Map();
  for (const ignore of ignores)
    for (const rule of ignore.rules) {
      const list = byRule.get(rule);
      if (list) list.push(ignore);
      else byRule.set(rule, [ignore]);
    }
  const ordered = new Set([...byRule.values()].filter(isOrdered));
  return (finding) => {
    const list = byRule.get(finding.ruleId);
    const ignore = list && firstCovering(list, ordered.has(list), finding.location.region.startLine);
    return ignore ? { kind: "inSource", justification: ignore.reason } : void 0;
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

// src/engine/suppressions.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var COMMENT = /#\s*bulkhead-ignore(-file)?\s+(BH\d{3}(?:\s*,\s*BH\d{3})*)(?:\s+--\s*(.*?))?\s*$/;
function parseInlineSuppressions(lines) {
  const byLine = /* @__PURE__ */ new Map();
  const file = /* @__PURE__ */ new Map();
  let pending = [];
  lines.forEach((line, index) => {
    const match = COMMENT.exec(line);
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
    const applied = [...pending, ...entries];
    if (line.trim() === "") return;
    if (applied.length) byLine.set(index + 1, new Map(applied));
    pending = [];
  });
  return { byLine, file };
}
function unknownIgnoredRuleNotes(text, file, known) {
  const notes = [];
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    const match = line.includes("bulkhead-ignore") ? COMMENT.exec(line) : null;
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
    this.entries = ignores.map((ignore) => ({
      ignore,
      matches: ignore.paths.length ? (0, import_picomatch.default)(ignore.paths, { dot: true }) : () => true,
      expired: ignore.expires !== void 0 && ignore.expires <= today
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
    for (const ignore of this.expiredUsed) indexes.push(this.entries.findIndex((e) => e.ignore === ignore));
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
    return [...this.expiredUsed].map((ignore) => ({
      kind: "expired-ignore",
      message: `The config ignore of ${ignore.rules.join(", ")}${ignore.paths.length ? ` for ${ignore.paths.join(", ")}` : ""} expired on ${ignore.expires}; its findings count again.`
    }));
  }
};

// src/rules/rule-metas.ts
var RULE_METAS = JSON.parse('[{"id":"BH000","slug":"parse-error","title":"File could not be parsed","description":"A file that Bulkhead recognises (a Dockerfile, manifest, Compose file or registry config) could not be parsed, so none of its other rules could judge it. Docker, Kubernetes or the runtime would most likely reject the file as well.","severity":"medium","remediation":"Fix the syntax error at the reported position, or exclude the file if it is not meant to be used as is.","references":["https://docs.docker.com/reference/dockerfile/"],"tags":["correctness"],"messages":{"problem":"{problem}"},"whenToIgnore":"Templates (`{{ \u2026 }}`) are skipped with a note, not reported. Exclude generated or intentionally broken test fixtures with `--exclude`."},{"id":"BH101","slug":"image-runs-as-root","title":"Linux image runs as root","description":"The final image runs its process as root, explicitly or because no USER is set and Docker defaults to root. A process that is root inside the container is root on the host after any container escape, and can modify everything in the image at run time. Only the final stage and the stages it is built FROM count; builder stages never ship. In a built image, the config `User` decides: empty or absent means root.","severity":"high","remediation":"Create an unprivileged user and switch to it at the end of the final stage (`RUN useradd --uid 10001 app` then `USER 10001`), or build FROM an image that already runs as non-root (e.g. distroless `:nonroot`).","references":["https://docs.docker.com/reference/dockerfile/#user","https://docs.docker.com/build/building/best-practices/#user"],"tags":["CWE-250","cis-docker-4.1"],"messages":{"explicit":"The final image runs as \'{user}\', set by USER on line {line}.","inherited":"The final image runs as \'{user}\': it is built on this stage, whose USER on line {line} it keeps.","byDefault":"The final image runs as \'{user}\' by default ({reason}); no USER is set.","imageUser":"The image runs as \'{user}\', set by its config User.","imageNoUser":"The image has no user set (runs as root by default)."},"whenToIgnore":"An image that must start as root to drop privileges itself (for example an entrypoint that calls `gosu`/`su-exec`); suppress with a reason."},{"id":"BH102","slug":"windows-image-runs-as-admin","title":"Windows image runs as an administrator","description":"The final Windows image runs as ContainerAdministrator (or another admin-equivalent account such as SYSTEM), explicitly or because its base image defaults to it: Server Core, Windows Server and .NET Framework images do, Nano Server images run as ContainerUser. An administrator in a process-isolated container shares the host kernel and can change the container\'s whole file system and registry. In a built image, an empty config `User` means the base\'s default, which is ContainerAdministrator unless the image is of the Nano Server lineage (since 1709).","severity":"high","remediation":"End the final stage with `USER ContainerUser` (grant it the folders it writes with `icacls` first), or build on a Nano Server image, which runs as ContainerUser by default.","references":["https://learn.microsoft.com/en-us/virtualization/windowscontainers/manage-containers/container-security","https://learn.microsoft.com/en-us/virtualization/windowscontainers/manage-containers/hyperv-container","https://docs.docker.com/reference/dockerfile/#user"],"tags":["CWE-250","windows"],"messages":{"explicit":"The final Windows image runs as \'{user}\', an administrator account, set by USER on line {line}.","inherited":"The final Windows image runs as \'{user}\', an administrator account: it is built on this stage, whose USER on line {line} it keeps.","byDefault":"The final Windows image runs as \'{user}\' by default ({reason}); no USER is set.","imageUser":"The Windows image runs as \'{user}\', an administrator account, set by its config User.","imageDefault":"The Windows image has no user set, so it runs as \'{user}\' ({reason})."},"whenToIgnore":"Some Windows software only installs or runs as an administrator (for example services that need to register themselves); prefer Hyper-V isolation for such images and suppress with a reason."},{"id":"BH103","slug":"sudo-in-build","title":"sudo used in a build command","description":"`sudo` in a RUN step means the image has sudo installed and configured for the build user, which usually stays in the final image as an easy path from the application user to root. It also behaves unpredictably in builds (TTY requirements, environment resets). Installing the `sudo` package or editing `/etc/sudoers` is not this rule\'s concern (see BH104).","severity":"medium","remediation":"Run privileged build steps before switching users (`USER root` \u2026 `USER app`), or use `gosu`/`su-exec` in an entrypoint that drops privileges; do not ship sudo.","references":["https://docs.docker.com/build/building/best-practices/#user","https://github.com/hadolint/hadolint/wiki/DL3004"],"tags":["CWE-250"],"messages":{"sudo":"RUN invokes \'{command}\'."}},{"id":"BH104","slug":"grants-admin-rights","title":"Build grants administrator rights to an account","description":"A RUN step adds an account to an administrators group (sudo, wheel, root, admin; Windows Administrators) or writes a passwordless sudo rule. Whatever user the image later runs as, that account can become root or administrator without a password, which undoes the point of a non-root USER.","severity":"medium","remediation":"Do not add image accounts to admin groups or NOPASSWD sudoers rules; do the privileged work at build time as root (or ContainerAdministrator) and run as an ordinary account.","references":["https://docs.docker.com/build/building/best-practices/#user","https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.localaccounts/add-localgroupmember"],"tags":["CWE-269","CWE-250"],"messages":{"grant":"RUN grants administrator rights: {grant}."}},{"id":"BH201","slug":"secret-in-env-or-arg","title":"Secret in ENV or ARG default","description":"An ENV value or ARG default holds a credential: a secret-like name (password, token, API key, connection string\u2026) with a literal value, or a known credential format (GitHub, GitLab, Slack, npm, AWS, Azure, JWT, a password in a URL) under any name. ENV is stored in the image config and ARG defaults in its history, so anyone who can pull the image can read them, and the value is in the repository for good. In a built image, every `config.Env` entry is checked, including those its base images set.","severity":"high","remediation":"Remove the value and rotate the credential. Pass secrets at build time with `RUN --mount=type=secret` and at run time through the orchestrator (Kubernetes Secrets, Compose secrets, environment injected by the platform).","references":["https://docs.docker.com/build/building/secrets/","https://docs.docker.com/reference/build-checks/secrets-used-in-arg-or-env/"],"tags":["CWE-798","CWE-522"],"messages":{"namedSecret":"{keyword} \'{name}\' holds a literal secret (\'{value}\').","knownFormat":"{keyword} \'{name}\' holds a credential ({type}: \'{value}\')."}},{"id":"BH202","slug":"secret-in-build-command","title":"Credential in a RUN command","description":"A RUN step passes a credential on its command line: a token of a known format, a password option (`mysql -p\u2026`, `docker login -p`, `curl -u user:pass`, `net user NAME PASSWORD`, `ConvertTo-SecureString \\"\u2026\\" -AsPlainText`), an `Authorization` header, a literal piped into `--password-stdin`, or a secret-named variable set to a literal. The full command line of every RUN, builder stages included, is kept in the image history and in build logs and caches, so the credential outlives the build. In a built image, each history `created_by` is parsed as the command it ran.","severity":"high","remediation":"Remove the credential from the command and rotate it. Provide it at build time with `RUN --mount=type=secret,id=\u2026` and read it from the secret file or `env=` variable, or log in outside the build.","references":["https://docs.docker.com/build/building/secrets/","https://docs.docker.com/reference/dockerfile/#run---mounttypesecret","https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring"],"tags":["CWE-798","CWE-532"],"messages":{"knownFormat":"{step} contains a credential ({type}: \'{value}\').","password":"{step} passes a literal password to \'{program}\' (\'{value}\').","header":"{step} passes a literal \'{name}\' header to \'{program}\' (\'{value}\').","setting":"{step} sets \'{name}\' to a literal (\'{value}\')."},"whenToIgnore":"A throw-away credential that only works inside the build (a password for a database started and discarded in the same RUN) is still readable in the image history; suppress with a reason only if that is acceptable."},{"id":"BH203","slug":"secret-file-in-image","title":"Credentials or private keys copied into the image","description":"A COPY or ADD puts a file that holds credentials or private key material into an image layer (an SSH key, `.env`, `.npmrc`, `.pypirc`, `.netrc`, `.git-credentials`, `.aws/credentials`, `.docker/config.json`, a kubeconfig, `*.key`/`*.pfx`/`*.p12`/private `*.pem`, KeePass databases). Layers are permanent: deleting the file in a later step does not remove it, and anyone who can pull the image can read it. A directory copy (`COPY . /app`) does the same for every such file in the build context that `.dockerignore` does not exclude. In a built image, every layer is searched, including files a later layer deletes.","severity":"high","remediation":"Use a BuildKit secret (`RUN --mount=type=secret,id=npmrc,target=/root/.npmrc \u2026`) or an SSH mount (`--mount=type=ssh`) at build time, and exclude credential files in `.dockerignore`.","references":["https://docs.docker.com/build/building/secrets/","https://docs.docker.com/build/concepts/context/#dockerignore-files"],"tags":["CWE-538","CWE-522"],"messages":{"named":"{keyword} copies \'{source}\' ({kind}) into the image.","fromContext":"{keyword} \'{source}\' copies \'{file}\' ({kind}) from the build context into the image{more}: {why}.","layerFile":"\'{path}\' ({kind}) is in image {layer}.","deletedFile":"\'{path}\' ({kind}) was deleted in layer {deleted} but is still in image {layer}."}},{"id":"BH204","slug":"secret-build-arg","title":"Secret passed as a build argument","description":"An ARG with a secret-like name is meant to receive a credential through `--build-arg`. Build arguments are recorded in the image history of every RUN that follows them, so the value ships with the image for anyone who runs `docker history`. Only the final stage and the stages it is built FROM count; an ARG in a builder stage whose layers are discarded does not leak this way. In a built image, the values Docker recorded in front of each RUN (`RUN |1 NPM_TOKEN=\u2026`) are the leak itself.","severity":"medium","remediation":"Replace the ARG with a build secret: `RUN --mount=type=secret,id=token,env=TOKEN \u2026` and `docker build --secret id=token,env=TOKEN`.","references":["https://docs.docker.com/build/building/secrets/","https://docs.docker.com/reference/build-checks/secrets-used-in-arg-or-env/"],"tags":["CWE-214","CWE-522"],"messages":{"buildArg":"ARG \'{name}\' takes a secret through --build-arg; its value is kept in the image history.","recordedArg":"The image history records build argument \'{name}\' with its value (\'{value}\'): anyone who can pull the image can read it."}},{"id":"BH205","slug":"secret-in-workload-env","title":"Secret in workload environment","description":"A Kubernetes container `env` entry or a Compose `environment` variable holds a credential: a secret-like name (password, token, API key, connection string\u2026) with a literal value, or a known credential format (GitHub, GitLab, Slack, npm, AWS, Azure, JWT, a password in a URL) under any name. A name that only says `auth` or `credentials` needs a credential-shaped value (`REGISTRY_AUTH=htpasswd` is a setting), and a connection string counts only with a password or key in it (`redis:6379,ssl=False` holds none). The value is in the repository for good, and anyone who can read the workload object (`kubectl get -o yaml`, `docker inspect`) can read it too.","severity":"high","remediation":"Remove the value and rotate the credential. In Kubernetes, read it from a Secret with `valueFrom.secretKeyRef` (or `envFrom.secretRef`, or a mounted Secret volume) managed outside the repository (Sealed Secrets, External Secrets, a CSI secret store); in Compose, use `secrets:` or interpolate `${VAR}` from an untracked `.env` file.","references":["https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables","https://kubernetes.io/docs/concepts/security/secrets-good-practices/","https://docs.docker.com/compose/how-tos/use-secrets/"],"tags":["CWE-798","CWE-522"],"messages":{"namedSecret":"{owner} \'{name}\' sets \'{variable}\' to a literal secret (\'{value}\').","knownFormat":"{owner} \'{name}\' sets \'{variable}\' to a credential ({type}: \'{value}\')."},"whenToIgnore":"Throw-away credentials of a local development stack that never leave the machine (a database that only listens on localhost); prefer an untracked `.env` file even then."},{"id":"BH206","slug":"secret-object-committed","title":"Kubernetes Secret committed with values","description":"A `Secret` manifest in the repository holds real values in `data` or `stringData`. Base64 in `data` is an encoding, not encryption: anyone who can read the repository (and its history, forever) can read the secret. Registry credentials in a `kubernetes.io/dockerconfigjson` Secret are reported here.","severity":"high","remediation":"Remove the values from the repository and rotate them. Commit an encrypted form instead (Sealed Secrets, SOPS) or a reference that is resolved in the cluster (External Secrets Operator, the Secrets Store CSI driver), or create the Secret at deploy time from your CI secret store (`kubectl create secret \u2026 --from-literal`).","references":["https://kubernetes.io/docs/concepts/configuration/secret/","https://kubernetes.io/docs/concepts/security/secrets-good-practices/","https://github.com/bitnami-labs/sealed-secrets","https://external-secrets.io/"],"tags":["CWE-798","CWE-312"],"messages":{"literal":"Secret \'{secret}\' key \'{key}\' holds a literal value (\'{value}\').","knownFormat":"Secret \'{secret}\' key \'{key}\' holds a credential ({type}: \'{value}\').","embedded":"Secret \'{secret}\' key \'{key}\' sets \'{variable}\' to a literal secret (\'{value}\').","registry":"Secret \'{secret}\' key \'{key}\' holds registry credentials for {registries} (\'{value}\')."},"whenToIgnore":"Secrets of a throw-away local or CI test cluster whose values protect nothing (say so in `bulkhead.io/ignore-reason`)."},{"id":"BH207","slug":"private-key-material","title":"Private key in the file","description":"The file contains a PEM or OpenSSH private key block (BEGIN/END markers with a key body). Whether it is written into the image by a RUN or heredoc, set in ENV, or only sits in a comment, the key is now in the repository history and, usually, in an image layer. Treat it as compromised. In a built image, the files of every layer, the config `Env` and the history commands are searched.","severity":"high","remediation":"Remove the key, rotate it (issue a new key pair and revoke the old one), and provide keys at build time with `RUN --mount=type=ssh` or `--mount=type=secret`.","references":["https://docs.docker.com/build/building/secrets/","https://cwe.mitre.org/data/definitions/321.html"],"tags":["CWE-321","CWE-798"],"messages":{"privateKey":"The file contains private key material ({type}, line {line}).","layerFile":"\'{path}\' in image {layer} contains private key material ({type}, line {line}).","imageConfig":"{where} contains private key material ({type})."}},{"id":"BH208","slug":"registry-credentials-in-config","title":"Registry credentials inline in config","description":"A registry login is stored in the configuration file itself: Docker `config.json` `auths.<registry>.auth` (base64 of `user:password`, an encoding, not encryption) or `identitytoken`, containerd `registry.configs.\\"<host>\\".auth` `password`/`auth`/`identitytoken`. Anyone who can read the repository can pull from (and often push to) the registry, and the credential stays in the history for good.","severity":"high","remediation":"Remove the credential from the file and rotate it. Docker: run `docker login` with a credential store (`\\"credsStore\\": \\"desktop\\"`, `pass`, `secretservice`, `wincred`, `osxkeychain`) or per-registry `credHelpers` (`ecr-login`, `gcloud`, `acr-env`), so `config.json` only names the helper. containerd and Kubernetes nodes: use `imagePullSecrets` created at deploy time or a kubelet credential provider. CI: log in at run time from the CI secret store (`docker/login-action`, `docker login --password-stdin`).","references":["https://docs.docker.com/reference/cli/docker/login/#credential-stores","https://github.com/containerd/containerd/blob/main/docs/cri/registry.md","https://kubernetes.io/docs/tasks/administer-cluster/kubelet-credential-provider/"],"tags":["CWE-522","CWE-798","registry"],"messages":{"inline":"Key \'{key}\' holds inline credentials for registry \'{registry}\' (\'{value}\')."},"whenToIgnore":"A throw-away registry of a local test setup whose credentials protect nothing (suppress with a reason)."},{"id":"BH209","slug":"secret-in-configmap","title":"Secret stored in a ConfigMap","description":"A Kubernetes `ConfigMap` holds a secret: a key with a secret-like name and a literal value, a known credential format (a GitHub token, an AWS key, a JWT, a URL with a password) anywhere in a value, or a secret-like setting inside an embedded config file (`application.properties`, `.env`, YAML, JSON or INI text such as `spring.datasource.password=\u2026` or `\\"password\\": \\"\u2026\\"`). ConfigMaps are not meant for confidential data: they are readable by anyone with `get configmaps` in the namespace, shown by `kubectl describe`, never encrypted at rest, and committed here in clear text. References (`${DB_PASSWORD}`), placeholders and empty values are not secrets.","severity":"high","remediation":"Move the value into a Secret (created at deploy time, or from an external secret store) and reference it with `secretKeyRef`, an environment variable, or a mounted file the application reads; keep only references such as `${DB_PASSWORD}` in the ConfigMap. Rotate the exposed value.","references":["https://kubernetes.io/docs/concepts/configuration/configmap/","https://kubernetes.io/docs/concepts/security/secrets-good-practices/","https://docs.spring.io/spring-boot/reference/features/external-config.html"],"tags":["CWE-312","CWE-798"],"messages":{"literal":"ConfigMap \'{configMap}\' key \'{key}\' holds a literal secret (\'{value}\').","knownFormat":"ConfigMap \'{configMap}\' key \'{key}\' holds a credential ({type}: \'{value}\').","embedded":"ConfigMap \'{configMap}\' key \'{key}\' sets \'{name}\' to a literal secret (\'{value}\').","embeddedKnownFormat":"ConfigMap \'{configMap}\' key \'{key}\' holds a credential ({type}: \'{value}\') in its embedded config."},"whenToIgnore":"Credentials of a throw-away local test cluster that protect nothing (say so in the reason)."},{"id":"BH301","slug":"tls-verification-disabled","title":"Build turns off TLS certificate verification","description":"A build step downloads with certificate checks turned off (`curl -k`, `wget --no-check-certificate`, `pip --trusted-host`, npm/yarn `strict-ssl false`, `git http.sslVerify false`, `GIT_SSL_NO_VERIFY`, `NODE_TLS_REJECT_UNAUTHORIZED=0`, `PYTHONHTTPSVERIFY=0`, PowerShell `-SkipCertificateCheck` or a `ServerCertificateValidationCallback`, apt `Verify-Peer false`). Anyone on the network path of the build can then serve their own code or packages, and a setting made with ENV stays in the image for every later download.","severity":"high","remediation":"Keep certificate verification on; if a proxy or private server uses its own CA, add that CA to the trust store (`COPY ca.crt /usr/local/share/ca-certificates/` then `update-ca-certificates`, or `Import-Certificate` on Windows) or point the tool at it (`--cacert`, `PIP_CERT`, `NODE_EXTRA_CA_CERTS`, `http.sslCAInfo`).","references":["https://curl.se/docs/sslcerts.html","https://git-scm.com/docs/git-config#Documentation/git-config.txt-httpsslVerify","https://nodejs.org/api/cli.html#node_tls_reject_unauthorizedvalue","https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/invoke-webrequest#-skipcertificatecheck","https://cwe.mitre.org/data/definitions/295.html"],"tags":["CWE-295"],"messages":{"command":"{instruction} runs \'{command}\', which skips certificate verification.","setting":"{instruction} sets \'{setting}\', which turns off certificate verification."},"whenToIgnore":"Only for a step that never leaves a closed network and cannot trust a CA (for example a test fixture talking to a throwaway server); prefer trusting the CA."},{"id":"BH302","slug":"plaintext-download","title":"Build downloads code or artifacts without TLS","description":"`ADD http://\u2026`, or a RUN that fetches an `http://` (or `ftp://`, `git://`) URL with curl, wget, Invoke-WebRequest, Start-BitsTransfer, certutil, WebClient, git, pip, npm or a package manager, or points pip/npm at a plain-HTTP index. Anyone on the network path can replace what is downloaded, and it runs in the build or ships in the image. apt/yum/apk repository lines are not reported: their metadata is signed. Loopback URLs are not reported.","severity":"medium","remediation":"Use https:// URLs (and https package indexes); where only HTTP is offered, pin the content: `ADD --checksum=sha256:\u2026`, or check a published SHA-256 or signature right after the download.","references":["https://docs.docker.com/reference/dockerfile/#add","https://docs.docker.com/reference/dockerfile/#verifying-a-remote-file-checksum-add---checksumchecksum-http-src-dest","https://cwe.mitre.org/data/definitions/494.html","https://cwe.mitre.org/data/definitions/319.html"],"tags":["CWE-319","CWE-494"],"messages":{"add":"ADD downloads \'{url}\' without TLS.","download":"{instruction} downloads \'{url}\' with {tool} without TLS.","index":"{instruction} points {tool} at the package index \'{url}\' without TLS."},"whenToIgnore":"When the download is checked against a pinned SHA-256 or signature right after it (BuildKit already does that for `ADD --checksum`, which is never reported)."},{"id":"BH303","slug":"unverified-packages","title":"Build installs packages without verifying signatures","description":"A RUN turns off the package manager\'s signature or checksum checks: `apt-get --allow-unauthenticated`/`--allow-insecure-repositories`, `[trusted=yes]` sources, `apk --allow-untrusted`, `yum/dnf --nogpgcheck`, `gpgcheck=0`, `rpm --nosignature/--nodigest`, `zypper --no-gpg-checks`, `choco --ignore-checksums`, `Install-Module -SkipPublisherCheck`. Signatures are what makes a package from a mirror, a proxy or a plain-HTTP repository trustworthy; without them whoever controls the network path or the repository controls the image.","severity":"medium","remediation":"Keep verification on: import the repository\'s signing key (`signed-by=` keyring for apt, `gpgkey=` for yum/dnf, `/etc/apk/keys` for apk) and install signed packages; for Chocolatey, use packages with checksums.","references":["https://wiki.debian.org/SecureApt","https://manpages.debian.org/stable/apt/sources.list.5.en.html","https://dnf.readthedocs.io/en/latest/conf_ref.html","https://docs.chocolatey.org/en-us/choco/commands/install/","https://cwe.mitre.org/data/definitions/494.html"],"tags":["CWE-494","CWE-347"],"messages":{"command":"{instruction} runs \'{command}\', which skips package {check} checks.","setting":"{instruction} writes \'{setting}\', which turns off package signature checks."},"whenToIgnore":"For a package built in an earlier stage of the same build and installed from a local file, where there is no signature to check; prefer signing it."},{"id":"BH401","slug":"image-from-insecure-registry","title":"Image pulled from a registry configured as insecure","description":"The image comes from a registry that a registry configuration in this repository (Docker daemon.json, containerd config or hosts.toml, registries.conf, buildkitd.toml, dockerd flags) reaches over plain HTTP or without verifying its TLS certificate. Whoever sits on the network path can serve a different image under the same name, and whichever runtime reads that config will run it.","severity":"high","remediation":"Serve the registry over HTTPS with a certificate the runtimes trust (a private CA in `certs.d/<host>/ca.crt` is enough), remove it from the insecure settings, and pin images by digest.","references":["https://docs.docker.com/engine/security/certificates/","https://github.com/containerd/containerd/blob/main/docs/hosts.md","https://distribution.github.io/distribution/about/insecure/"],"tags":["CWE-295","CWE-494","supply-chain"],"messages":{"dockerfile":"{via} pulls \'{image}\' from registry \'{registry}\', {setting} in \'{file}\' (\'{key}\').","workload":"{owner} \'{name}\' pulls \'{image}\' from registry \'{registry}\', {setting} in \'{file}\' (\'{key}\')."}},{"id":"BH402","slug":"image-from-untrusted-registry","title":"Image pulled from a registry outside trusted-registries","description":"Only when `trusted-registries` is configured (`.bulkhead.yml`, `--trusted-registries`, or the Action input `trusted-registries`): a Dockerfile `FROM` or `COPY --from` image, a Kubernetes container, init container or ephemeral container image, a Compose `image:`, or the base of a built image (when its `org.opencontainers.image.base.name` label names it) comes from a registry or repository that is not on the list. Entries are `host[:port]` or `host[:port]/path/*` prefixes at path boundaries, with `*.domain` wildcards; `alpine` is `docker.io/library/alpine`, and `index.docker.io` is `docker.io`. Build stages, `scratch` and references that are only a variable are exempt. An image from an unvetted registry runs whatever its publisher pushes under that name.","severity":"medium","remediation":"Pull the image through a registry on the list (mirror or re-publish it after review), or add its registry or repository prefix to `trusted-registries` if it is vetted.","references":["https://cheatsheetseries.owasp.org/cheatsheets/Docker_Security_Cheat_Sheet.html","https://kubernetes.io/docs/concepts/containers/images/#image-names","https://docs.docker.com/docker-hub/image-library/mirror/"],"tags":["CWE-494","CWE-829","supply-chain"],"messages":{"dockerfile":"{via} pulls \'{image}\' from registry \'{registry}\' (\'{canonical}\'), which is not on the trusted-registries list {source}.","workload":"{owner} \'{name}\' pulls \'{image}\' from registry \'{registry}\' (\'{canonical}\'), which is not on the trusted-registries list {source}.","image":"The image is built on \'{image}\' (its base-name label) from registry \'{registry}\' (\'{canonical}\'), which is not on the trusted-registries list {source}."},"whenToIgnore":"An image that is vetted but pulled under another name on purpose, e.g. through a pull-through cache the list does not name yet."},{"id":"BH403","slug":"image-tag-mutable","title":"Image referenced by a mutable tag","description":"An image referenced as `:latest` or without a tag can change under the same name at any time, so two builds of the same commit can ship different software, and a compromised or rebuilt upstream image is picked up silently. With `require-digest: true`, every reference must be pinned by `@sha256:` digest.","severity":"low","remediation":"Reference a specific version tag, and for reproducible builds pin the digest too (`image:1.2.3@sha256:\u2026`); let a bot such as Dependabot or Renovate bump it.","references":["https://docs.docker.com/build/building/best-practices/#pin-base-image-versions","https://docs.docker.com/reference/cli/docker/image/pull/#pull-an-image-by-digest-immutable-identifier"],"tags":["CWE-494","supply-chain"],"messages":{"latest":"Image \'{image}\' uses the mutable tag \'latest\'.","untagged":"Image \'{image}\' has no tag, so it means \'{image}:latest\'.","notPinned":"Image \'{image}\' is not pinned by digest (require-digest is on).","usesLatest":"{owner} \'{name}\' uses image \'{image}\' with the mutable tag \'latest\'.","usesUntagged":"{owner} \'{name}\' uses image \'{image}\' without a tag, so it means \'{image}:latest\'.","usesNotPinned":"{owner} \'{name}\' uses image \'{image}\', not pinned by digest (require-digest is on)."},"whenToIgnore":"Internal images whose `latest` tag is promoted deliberately by your own pipeline."},{"id":"BH501","slug":"privileged-container","title":"Privileged container","description":"A privileged container gets every Linux capability, all host devices and no seccomp, AppArmor or SELinux confinement: root in it is root on the node, and escaping takes one mount. The Pod Security Standards forbid it at the baseline level. Windows pods do not support `privileged` (BH603).","severity":"high","remediation":"Remove `privileged: true` (or set it to `false`) and add only the specific capabilities the process needs under `securityContext.capabilities.add`; for device access use a device plugin.","references":["https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline","https://kubernetes.io/docs/tasks/configure-pod-container/security-context/","https://docs.docker.com/reference/compose-file/services/#privileged"],"tags":["CWE-250","CWE-269","pss-baseline"],"messages":{"container":"Container \'{container}\' runs privileged (\'privileged: true\').","service":"Service \'{service}\' runs privileged (\'privileged: true\')."},"whenToIgnore":"Node agents that must manage the host (CNI plugins, storage drivers, some monitoring agents) in a namespace set to the privileged Pod Security level; suppress with a reason."},{"id":"BH502","slug":"workload-runs-as-root","title":"Workload runs as root","description":"A Linux container runs as uid 0: `runAsUser: 0`, a Compose `user: root`, or nothing in the workload (no `runAsNonRoot`/`runAsUser`, no Compose `user:`) while its image runs as root (known from the repository\'s Dockerfile, for Compose the one its `build` names, or a well-known base image). Root in a container can change its whole file system and is root on the node after any escape. At the `restricted` level a container whose image user is unknown is reported too: only `runAsNonRoot: true` makes the kubelet check. Windows pods are BH601\'s concern.","severity":"high","remediation":"Set `securityContext.runAsNonRoot: true` and a non-zero `runAsUser` (e.g. 10001) on the pod, or build the image with a non-root `USER`; in Compose set `user: \\"10001:10001\\"`.","references":["https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted","https://kubernetes.io/docs/tasks/configure-pod-container/security-context/","https://docs.docker.com/reference/compose-file/services/#user"],"tags":["CWE-250","pss-restricted"],"messages":{"runAsUser":"Container \'{container}\' runs as root (\'runAsUser: 0\').","podRunAsUser":"The pod\'s \'runAsUser: 0\' runs containers {containers} as root.","imageRoot":"Container \'{container}\' runs as \'{user}\' because image \'{image}\' does ({reason}) and neither \'runAsNonRoot: true\' nor a non-zero \'runAsUser\' is set.","unknownImage":"Container \'{container}\' may run as root: the default user of image \'{image}\' is unknown and neither \'runAsNonRoot: true\' nor a non-zero \'runAsUser\' is set.","service":"Service \'{service}\' runs as root (\'user: {user}\').","serviceImageRoot":"Service \'{service}\' runs as \'{user}\' because its image does ({reason}) and no \'user\' is set."},"whenToIgnore":"An entrypoint that starts as root only to drop privileges itself (`gosu`, `su-exec`) before running the workload; suppress with a reason."},{"id":"BH503","slug":"privilege-escalation-allowed","title":"Privilege escalation allowed","description":"`allowPrivilegeEscalation` controls the kernel\'s `no_new_privs` flag: unless it is `false`, a process can gain privileges through setuid binaries or file capabilities, so a non-root user can become root inside the container. `true` is reported at every level; an unset value (which means allowed) only at the `restricted` level, which requires `false`. Linux only: Windows has no such flag.","severity":"medium","remediation":"Set `securityContext.allowPrivilegeEscalation: false` on every container.","references":["https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted","https://kubernetes.io/docs/tasks/configure-pod-container/security-context/","https://docs.kernel.org/userspace-api/no_new_privs.html"],"tags":["CWE-269","pss-restricted"],"messages":{"allowed":"Container \'{container}\' allows privilege escalation (\'allowPrivilegeEscalation: true\').","unset":"Container \'{container}\' does not set \'allowPrivilegeEscalation: false\', so escalation is allowed."},"whenToIgnore":"A container that must run setuid programs (for example `sudo` or `ping` without file capabilities) by design; suppress with a reason."},{"id":"BH504","slug":"host-namespaces","title":"Workload shares host namespaces","description":"A pod with `hostNetwork`, `hostPID` or `hostIPC` (a Compose service with `network_mode`, `pid` or `ipc` set to `host`) shares that namespace with the node: it can bind the node\'s ports and reach services listening on localhost, see and signal every host process and read their environments, or attach to the host\'s shared memory. The Pod Security Standards forbid all three at the baseline level. HostProcess pods need `hostNetwork` and are reported by BH604 instead.","severity":"high","remediation":"Remove `hostNetwork`, `hostPID` and `hostIPC` (or set them to `false`); expose ports with a Service or `hostPort` only where needed. In Compose remove `network_mode: host`, `pid: host` and `ipc: host`.","references":["https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline","https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#hostname-and-name-resolution","https://docs.docker.com/reference/compose-file/services/#network_mode"],"tags":["CWE-653","pss-baseline"],"messages":{"pod":"{kind} \'{name}\' shares the host\'s {namespace} namespace (\'{field}: true\').","service":"Service \'{service}\' shares the host\'s {namespace} namespace (\'{field}: host\')."},"whenToIgnore":"Node-level agents (CNI plugins, node exporters, log collectors) deployed to a namespace at the privileged Pod Security level; suppress with a reason."},{"id":"BH505","slug":"host-path-mount","title":"Host path mounted into a workload","description":"A `hostPath` volume (a Compose bind mount) gives the container the node\'s own files, outside any quota or isolation, and the Pod Security Standards forbid it at the baseline level. Sensitive paths are high: the root file system, `/etc`, `/proc`, home directories, `/var/run` with the Docker socket, and on Windows `C:\\\\`, `C:\\\\Windows`, Docker\'s and the kubelet\'s data, `C:\\\\k`, and the `docker_engine` and containerd named pipes, each of which hands the container the node.","severity":"medium","remediation":"Use a PersistentVolumeClaim, `emptyDir`, a ConfigMap or a Secret instead; if the host path is truly needed, mount the narrowest path with `readOnly: true`, never the container runtime socket or pipe. In Compose, prefer named volumes to bind mounts.","references":["https://kubernetes.io/docs/concepts/storage/volumes/#hostpath","https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline","https://learn.microsoft.com/en-us/virtualization/windowscontainers/manage-containers/container-storage","https://docs.docker.com/engine/storage/bind-mounts/"],"tags":["CWE-668","pss-baseline","windows"],"messages":{"volume":"Volume \'{volume}\' mounts host path \'{path}\', used by {containers}.","sensitiveVolume":"Volume \'{volume}\' mounts sensitive host path \'{path}\' ({exposes}), used by {containers}.","bind":"Service \'{service}\' bind-mounts host path \'{path}\'.","sensitiveBind":"Service \'{service}\' bind-mounts sensitive host path \'{path}\' ({exposes})."},"whenToIgnore":"Node agents that must read host state (log shippers reading `/var/log`, CSI node plugins, HostProcess-based node setup); suppress with a reason and mount read-only."},{"id":"BH506","slug":"admin-with-host-access","title":"Root or administrator with writable host access","description":"A container that runs as root (Linux) or as an admin-equivalent account such as ContainerAdministrator (Windows), explicitly or by its image\'s known default, and mounts a host path it can write to. Together they hand the node to whoever controls the container: root can plant files in host directories, rewrite host configuration or drive the container runtime through its socket or named pipe (which a read-only mount does not protect). HostProcess pods, which are the host, are BH604\'s concern.","severity":"critical","remediation":"Run the container as an unprivileged user (`runAsNonRoot: true` with a non-zero `runAsUser`; on Windows `runAsUserName: ContainerUser`) and mount host paths with `readOnly: true` (Compose: `:ro`), or replace the host path with a volume.","references":["https://kubernetes.io/docs/concepts/storage/volumes/#hostpath","https://kubernetes.io/docs/tasks/configure-pod-container/security-context/","https://kubernetes.io/docs/tasks/configure-pod-container/configure-runasusername/","https://docs.docker.com/engine/storage/bind-mounts/"],"tags":["CWE-250","CWE-668","windows"],"messages":{"container":"Container \'{container}\' runs as \'{user}\' ({reason}) and can write to host path {paths}.","service":"Service \'{service}\' runs as \'{user}\' ({reason}) and can write to host path {paths}."},"whenToIgnore":"Node agents that must change host state by design (CSI node plugins, device plugins) in a namespace at the privileged Pod Security level; suppress with a reason."},{"id":"BH507","slug":"added-capabilities","title":"Capabilities added beyond the baseline","description":"Capabilities outside the Pod Security baseline set (Docker\'s defaults) break container isolation: `SYS_ADMIN` is nearly root on the host, `NET_ADMIN` and `NET_RAW` reconfigure and sniff the network, `SYS_PTRACE` reads other processes, `SYS_MODULE` loads kernel modules, and `ALL` grants every one. Each offending entry is reported. In a manifest, a baseline capability spelled otherwise than the standard lists it (`chown`, `CAP_CHOWN`) is reported at low severity: it grants nothing more, but Pod Security admission compares names exactly and rejects the pod in a namespace that enforces baseline (`policy/check_capabilities_baseline.go`), and containerd prefixes `CAP_` itself, so `CAP_CHOWN` does not start. Linux only.","severity":"high","remediation":"Remove the capability from `securityContext.capabilities.add` (Compose: `cap_add`); start from `drop: [\\"ALL\\"]` and add back only what the process needs, such as `NET_BIND_SERVICE`.","references":["https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline","https://github.com/kubernetes/pod-security-admission/blob/master/policy/check_capabilities_baseline.go","https://man7.org/linux/man-pages/man7/capabilities.7.html","https://docs.docker.com/reference/compose-file/services/#cap_add"],"tags":["CWE-250","CWE-269","pss-baseline"],"messages":{"container":"Container \'{container}\' adds capability \'{capability}\', beyond the Pod Security baseline set.","spelling":"Container \'{container}\' adds capability \'{capability}\', which Pod Security admission does not accept as the baseline capability \'{canonical}\'.","service":"Service \'{service}\' adds capability \'{capability}\', beyond the Pod Security baseline set."},"whenToIgnore":"Network or storage node agents that need a specific capability (for example `NET_ADMIN` for a CNI plugin) in a namespace at the privileged Pod Security level; suppress with a reason."},{"id":"BH508","slug":"missing-resource-limits","title":"Container without resource limits","description":"A container without `resources.limits.memory` can use all of its node\'s memory, and one without `resources.limits.cpu` all of its CPU: a bug, a leak or an attacker in one pod starves every other workload on the node (a denial of service). Init containers count; ephemeral containers cannot set resources. Pod-level limits (`spec.resources.limits`) cover the containers too.","severity":"low","remediation":"Set `resources.limits.memory` and `resources.limits.cpu` (with matching `requests`) on every container, or a namespace LimitRange with default limits.","references":["https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/","https://kubernetes.io/docs/concepts/policy/limit-range/","https://kubernetes.io/docs/tasks/configure-pod-container/assign-pod-level-resources/"],"tags":["CWE-770"],"messages":{"missing":"Container \'{container}\' sets no {missing} limit."},"whenToIgnore":"Namespaces whose LimitRange sets default limits, or best-effort batch workloads deliberately left unbounded; suppress with a reason."},{"id":"BH509","slug":"seccomp-unconfined","title":"Seccomp disabled","description":"Seccomp filters the system calls a container may make; `Unconfined` turns the filter off and exposes the whole kernel interface, which most container escapes go through. `seccompProfile.type: Unconfined` (container over pod) and Compose `security_opt: seccomp=unconfined` are reported at every level; a container with no profile at all (which the kubelet runs unconfined unless it defaults to RuntimeDefault) only at the `restricted` level. Linux only.","severity":"medium","remediation":"Set `securityContext.seccompProfile.type: RuntimeDefault` on the pod (or `Localhost` with a tailored profile); in Compose remove `seccomp=unconfined` or point it at a profile file.","references":["https://kubernetes.io/docs/tutorials/security/seccomp/","https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted","https://docs.docker.com/engine/security/seccomp/"],"tags":["CWE-693","pss-baseline","pss-restricted"],"messages":{"container":"Container \'{container}\' runs without seccomp (\'seccompProfile.type: Unconfined\').","pod":"The pod\'s \'seccompProfile.type: Unconfined\' runs containers {containers} without seccomp.","unset":"Container \'{container}\' sets no seccomp profile, at the pod or the container.","service":"Service \'{service}\' runs without seccomp (\'{option}\')."},"whenToIgnore":"Debugging or profiling tools that need system calls the default profile blocks; prefer a `Localhost` profile that allows just those, or suppress with a reason."},{"id":"BH510","slug":"host-port","title":"Container binds a host port","description":"A container port with a non-zero `hostPort` is bound on the node\'s own network interfaces: the pod becomes reachable around Services and NetworkPolicies, it can take a port a node service needs, and two replicas cannot share a node. The Pod Security Standards forbid host ports at the baseline level; this rule mirrors pod-security-admission\'s `hostPorts` check (`policy/check_hostPorts.go`: any `hostPort` other than 0, in containers, init containers and ephemeral containers). HostProcess pods share the host network by design and are reported by BH604 instead. Compose `ports` are Docker\'s port publishing, not host ports in the Pod Security sense, and are not reported.","severity":"medium","remediation":"Remove `hostPort` and expose the port through a Service (ClusterIP, NodePort or LoadBalancer) or an Ingress; keep `containerPort` for documentation.","references":["https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline","https://github.com/kubernetes/pod-security-admission/blob/master/policy/check_hostPorts.go","https://kubernetes.io/docs/concepts/configuration/overview/#services"],"tags":["CWE-668","pss-baseline"],"messages":{"container":"Container \'{container}\' binds port {port} on the node (\'hostPort: {port}\')."},"whenToIgnore":"Node agents that must answer on a node port (an ingress controller DaemonSet, a node-local DNS cache) in a namespace at the privileged Pod Security level; suppress with a reason."},{"id":"BH511","slug":"capabilities-not-dropped","title":"Capabilities not dropped","description":"Container runtimes start every process with a default capability set (`CHOWN`, `DAC_OVERRIDE`, `FOWNER`, `SETUID`, `NET_RAW` on some runtimes, \u2026) that an attacker inside the container can use. The restricted Pod Security Standard requires each container to drop `ALL` and to add back nothing but `NET_BIND_SERVICE`; this rule mirrors pod-security-admission\'s `capabilities_restricted` check (`policy/check_capabilities_restricted.go`), which compares names exactly, so a `drop` of `all` does not satisfy it. Adding a capability beyond the baseline set (`SYS_ADMIN`, \u2026) or spelled otherwise than the standard lists it (`chown`) is BH507\'s finding; this rule reports only the missing drop and the baseline capabilities added back. Restricted level only. Linux only: since policy v1.25 Pod Security Admission exempts Windows pods, whose API rejects `capabilities`.","severity":"low","remediation":"Set `securityContext.capabilities.drop: [\\"ALL\\"]` on every container (init containers too) and add back only `NET_BIND_SERVICE` when the process binds a port below 1024.","references":["https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted","https://github.com/kubernetes/pod-security-admission/blob/master/policy/check_capabilities_restricted.go","https://man7.org/linux/man-pages/man7/capabilities.7.html"],"tags":["CWE-250","pss-restricted"],"messages":{"notDropped":"Container \'{container}\' does not drop all capabilities (no \'ALL\' in \'capabilities.drop\').","added":"Container \'{container}\' adds capability \'{capability}\'; the restricted level allows only \'NET_BIND_SERVICE\'."},"whenToIgnore":"A container that needs one baseline capability back (for example `CHOWN` in an init container that fixes volume ownership) in a namespace at the baseline Pod Security level; suppress with a reason."},{"id":"BH512","slug":"unmasked-proc-mount","title":"Unmasked /proc mount","description":"Container runtimes mask and mount read-only the parts of `/proc` that expose the host kernel (`/proc/kcore`, `/proc/sys`, `/proc/sysrq-trigger`, \u2026). `procMount: Unmasked` (anything other than `Default`) turns that off, so the container can read kernel memory and change kernel settings. The Pod Security Standards require `Default`; this rule mirrors pod-security-admission\'s `procMount` check (`policy/check_procMount_baseline.go`). Since policy v1.35 the baseline level allows another value in a pod that runs in a user namespace (`hostUsers: false`), where the unmasked `/proc` belongs to the pod\'s own user namespace; the restricted level (`check_procMount_restricted.go`) still forbids it. Linux only (on a Windows pod the field is BH606\'s).","severity":"medium","remediation":"Remove `securityContext.procMount` or set it to `Default`; a nested container runtime that needs an unmasked `/proc` should run with `hostUsers: false`.","references":["https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline","https://github.com/kubernetes/pod-security-admission/blob/master/policy/check_procMount_baseline.go","https://github.com/kubernetes/pod-security-admission/blob/master/policy/check_procMount_restricted.go","https://kubernetes.io/docs/concepts/workloads/pods/user-namespaces/"],"tags":["CWE-668","pss-baseline","pss-restricted"],"messages":{"container":"Container \'{container}\' unmasks /proc (\'procMount: {value}\')."},"whenToIgnore":"Nested container builds (BuildKit, Podman in a pod) in a namespace at the privileged Pod Security level, where `hostUsers: false` is not available; suppress with a reason."},{"id":"BH513","slug":"unsafe-sysctls","title":"Unsafe sysctl","description":"Pod `sysctls` change kernel parameters. Only a small set is namespaced and isolated from other pods on the node; the others either change the whole node (`kernel.*`, `vm.*`) or weaken its defences (`net.ipv4.conf.all.*`, `kernel.core_pattern`), and the kubelet refuses most of them unless an operator allows them. The Pod Security Standards allow only the safe set at the baseline level; this rule mirrors pod-security-admission\'s `sysctls` check and uses its newest safe set (`policy/check_sysctls.go`, v1.37: `kernel.shm_rmid_forced`, `net.ipv4.ip_local_port_range`, `net.ipv4.ip_unprivileged_port_start`, `net.ipv4.tcp_syncookies`, `net.ipv4.ping_group_range`, `net.ipv4.ip_local_reserved_ports`, `net.ipv4.tcp_keepalive_time`, `net.ipv4.tcp_fin_timeout`, `net.ipv4.tcp_keepalive_intvl`, `net.ipv4.tcp_keepalive_probes`, `net.ipv4.tcp_rmem`, `net.ipv4.tcp_wmem`, `net.ipv4.tcp_slow_start_after_idle`, `net.ipv4.tcp_notsent_lowat`). Names compare exactly, as in admission. Linux only (on a Windows pod `sysctls` is BH606\'s).","severity":"medium","remediation":"Remove the sysctl from `spec.securityContext.sysctls`; set node-wide kernel parameters on the nodes (a tuned node pool, a privileged node-setup DaemonSet in its own namespace) instead of from an application pod.","references":["https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline","https://github.com/kubernetes/pod-security-admission/blob/master/policy/check_sysctls.go","https://kubernetes.io/docs/tasks/administer-cluster/sysctl-cluster/"],"tags":["CWE-668","pss-baseline"],"messages":{"pod":"The pod sets sysctl \'{sysctl}\', outside the Pod Security baseline safe set."},"whenToIgnore":"A tuning DaemonSet or a database whose operator allows the sysctl on dedicated nodes (`--allowed-unsafe-sysctls`), in a namespace at the privileged Pod Security level; suppress with a reason."},{"id":"BH514","slug":"mac-policy-override","title":"SELinux or AppArmor weakened","description":"SELinux and AppArmor confine what a container process can touch even when it escapes its namespaces. A custom SELinux type (`spc_t`, `unconfined_t`) or a custom SELinux `user` or `role` can lift that confinement, and an AppArmor profile of type `Unconfined` (or the annotation `container.apparmor.security.beta.kubernetes.io/<container>: unconfined`) removes it. The Pod Security Standards\' baseline level allows only the container SELinux types (`container_t`, `container_init_t`, `container_kvm_t`, `container_engine_t`) and the `RuntimeDefault` and `Localhost` AppArmor profiles; this rule mirrors pod-security-admission\'s `seLinuxOptions` and `appArmorProfile` checks (`policy/check_seLinuxOptions.go`, `policy/check_appArmorProfile.go`), judging the pod\'s and each container\'s security context where it is written. Linux only (on a Windows pod the fields are BH606\'s).","severity":"medium","remediation":"Remove `seLinuxOptions.user`, `.role` and any `type` other than a `container_*` type; set `appArmorProfile.type: RuntimeDefault` (or `Localhost` with a tailored profile) and remove `unconfined` AppArmor annotations.","references":["https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline","https://github.com/kubernetes/pod-security-admission/blob/master/policy/check_seLinuxOptions.go","https://github.com/kubernetes/pod-security-admission/blob/master/policy/check_appArmorProfile.go","https://kubernetes.io/docs/tutorials/security/apparmor/"],"tags":["CWE-693","pss-baseline"],"messages":{"selinuxType":"{owner} sets SELinux type \'{value}\', outside the container types Pod Security allows.","selinuxUserRole":"{owner} sets a custom SELinux {field} (\'{field}: {value}\').","apparmor":"{owner} sets AppArmor profile type \'{value}\' instead of RuntimeDefault or Localhost.","annotation":"{owner} runs with AppArmor profile \'{value}\' (annotation \'{field}\')."},"whenToIgnore":"Node agents that need host-level access by design (some CSI or CNI node plugins use `spc_t`) in a namespace at the privileged Pod Security level; suppress with a reason."},{"id":"BH515","slug":"restricted-volume-type","title":"Volume type outside the restricted list","description":"The restricted Pod Security Standard allows only volume types that do not reach the node or infrastructure directly: `configMap`, `csi`, `downwardAPI`, `emptyDir`, `ephemeral`, `image`, `persistentVolumeClaim`, `projected` and `secret`. Inline sources such as `nfs`, `iscsi`, `rbd`, `cephfs`, `gitRepo` (which runs `git` on the node), `flexVolume` (a node binary) or cloud disks bypass the PersistentVolume layer where an administrator controls storage, and credentials for them often live in the pod spec. This rule mirrors pod-security-admission\'s `restrictedVolumes` check (`policy/check_restrictedVolumes.go`). `hostPath` is BH505\'s finding and is not reported twice. Restricted level only; it applies to Windows pods too.","severity":"low","remediation":"Move the storage behind a PersistentVolume and a `persistentVolumeClaim` (or a CSI driver); use `emptyDir`, `configMap`, `secret` or `projected` volumes for data the pod carries itself.","references":["https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted","https://github.com/kubernetes/pod-security-admission/blob/master/policy/check_restrictedVolumes.go","https://kubernetes.io/docs/concepts/storage/volumes/"],"tags":["CWE-668","pss-restricted"],"messages":{"volume":"Volume \'{volume}\' is of type \'{type}\', outside the Pod Security restricted volume types."},"whenToIgnore":"Legacy workloads that mount an NFS or cloud disk inline in a namespace at the baseline Pod Security level; prefer a PersistentVolume, or suppress with a reason."},{"id":"BH516","slug":"host-probe","title":"Probe or lifecycle hook with a host","description":"`httpGet` and `tcpSocket` probes and lifecycle hooks are run by the kubelet, from the node, against the pod\'s IP unless `host` says otherwise. A `host` makes the kubelet connect wherever it points: node-local services, the cloud metadata endpoint, other tenants\' pods. Because the kubelet makes the request, a pod author can use it to reach what the pod itself cannot (a server-side request forgery through the kubelet). The Pod Security Standards forbid a non-empty `host` at the baseline level (since policy v1.34); this rule mirrors pod-security-admission\'s `hostProbesAndHostLifecycle` check (`policy/check_hostProbesAndhostLifecycle.go`).","severity":"low","remediation":"Remove `host` from the probe or hook so the kubelet connects to the pod IP; to check a dependency, probe an endpoint of the pod that checks it, or use an `exec` probe.","references":["https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline","https://github.com/kubernetes/pod-security-admission/blob/master/policy/check_hostProbesAndhostLifecycle.go","https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/"],"tags":["CWE-918","pss-baseline"],"messages":{"container":"The {handler} of container \'{container}\' connects to host \'{host}\' (\'{field}\')."},"whenToIgnore":"A probe that must go through a node-local proxy in a namespace at the privileged Pod Security level; suppress with a reason."},{"id":"BH517","slug":"service-account-token-automount","title":"Service-account token mounted","description":"Unless `automountServiceAccountToken` is `false`, Kubernetes mounts a token of the pod\'s ServiceAccount into every container, and anyone who gets code execution in any of them can call the API server with that identity. Most application pods never call the API. The pod\'s own field wins; when it is unset the ServiceAccount\'s field applies (read from a ServiceAccount object in the scanned files, matched by name and namespace); unset everywhere means mounted. This is not a Pod Security Admission check: it is the CIS Kubernetes Benchmark\'s control 5.1.6 and Kubernetes\' own hardening advice, reported at the `restricted` level only. It applies to Windows pods too.","severity":"low","remediation":"Set `automountServiceAccountToken: false` in the pod spec (or on its ServiceAccount); a pod that calls the API should mount a short-lived token with a `projected` `serviceAccountToken` volume in the container that needs it.","references":["https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting","https://kubernetes.io/docs/concepts/security/service-accounts/","https://kubernetes.io/docs/concepts/security/pod-security-standards/"],"tags":["CWE-250","pss-restricted"],"messages":{"pod":"The pod sets \'automountServiceAccountToken: true\', so every container gets the API token of ServiceAccount \'{account}\'.","unset":"The pod does not set \'automountServiceAccountToken: false\', so every container gets the API token of ServiceAccount \'{account}\'."},"whenToIgnore":"Operators, controllers and other pods that call the Kubernetes API with their ServiceAccount; suppress with a reason, or mount a projected token only where it is needed."},{"id":"BH601","slug":"windows-workload-runs-as-admin","title":"Windows workload runs as an administrator","description":"A Windows container runs as ContainerAdministrator (or SYSTEM, Administrator): its effective `runAsUserName` says so, or it sets none and its image defaults to an administrator (Server Core, Windows Server and .NET Framework images, or a Dockerfile in the repository). A pod that sets `windowsOptions` (a kustomize patch, a partial manifest) is a Windows workload unless `os.name: linux` says otherwise (then BH607). In a process-isolated container an administrator shares the node\'s kernel and can change the container\'s whole file system and registry; a kernel or runtime escape starts with full rights.","severity":"high","remediation":"Set `securityContext.windowsOptions.runAsUserName: ContainerUser` on the pod (remove administrator accounts from containers), add `runAsNonRoot: true` so the kubelet refuses ContainerAdministrator, and declare `os.name: windows`; in Compose, set `user: ContainerUser`. Grant ContainerUser the folders it writes in the Dockerfile (`icacls`) instead of running as an administrator.","references":["https://kubernetes.io/docs/tasks/configure-pod-container/configure-runasusername/","https://kubernetes.io/docs/concepts/security/windows-security/","https://learn.microsoft.com/en-us/virtualization/windowscontainers/manage-containers/container-security"],"tags":["CWE-250","windows"],"messages":{"container":"Container \'{container}\' runs as \'{user}\', an administrator account.","pod":"The pod runs {containers} as \'{user}\', an administrator account.","image":"Container \'{container}\' sets no runAsUserName, so image \'{image}\' runs it as \'{user}\', an administrator account ({reason}).","compose":"Service \'{service}\' runs its Windows container as \'{user}\', an administrator account."},"whenToIgnore":"Software that only installs or runs as an administrator, isolated with Hyper-V (a RuntimeClass with the `runhcs-wcow-hypervisor` handler); suppress with the reason."},{"id":"BH602","slug":"windows-user-unset","title":"Windows pod does not set its account","description":"A Windows pod sets no `runAsUserName` at all, so each container runs as its image\'s default user, and for this image that default is unknown (not built by a Dockerfile in the repository, not a well-known base image). Many Windows images (Server Core and everything built on it) default to ContainerAdministrator; `runAsNonRoot: true` catches only an image whose configured user is literally ContainerAdministrator, not one that leaves it empty.","severity":"low","remediation":"Set `securityContext.windowsOptions.runAsUserName: ContainerUser` on the pod, with `runAsNonRoot: true` and `os.name: windows`, so the account no longer depends on how the image was built.","references":["https://kubernetes.io/docs/tasks/configure-pod-container/configure-runasusername/","https://learn.microsoft.com/en-us/virtualization/windowscontainers/manage-containers/container-security"],"tags":["CWE-250","windows"],"messages":{"unset":"Container \'{container}\' runs as the default user of image \'{image}\', which is unknown: no runAsUserName is set in the pod."},"whenToIgnore":"You know the image\'s default user is not an administrator (for example a Nano Server-based image published by your team); better, say so with `runAsUserName: ContainerUser`."},{"id":"BH603","slug":"windows-privileged-unsupported","title":"Privileged container on a Windows pod","description":"Windows containers cannot be privileged. With `os.name: windows` the API server rejects the pod; without it the kubelet silently drops the setting (the Windows runtime only receives the account, gMSA and HostProcess settings), so whatever needed host access will fail in ways that are hard to trace, and a later move to HostProcess may be made without review.","severity":"medium","remediation":"Remove `privileged`. If the container really needs the node (a node agent, a CNI or CSI plugin), make it a HostProcess container (`windowsOptions.hostProcess: true`, `hostNetwork: true`, a least-privileged `runAsUserName` such as `NT AUTHORITY\\\\LOCAL SERVICE`) and review it as host software; otherwise run it as `ContainerUser` with `runAsNonRoot: true`.","references":["https://kubernetes.io/docs/concepts/windows/intro/#compatibility-v1-pod-spec-containers-securitycontext","https://kubernetes.io/docs/concepts/security/windows-security/","https://kubernetes.io/docs/tasks/configure-pod-container/create-hostprocess-pod/"],"tags":["CWE-250","windows"],"messages":{"rejected":"Container \'{container}\' sets \'privileged: true\' on a pod with os.name \'windows\': the API server rejects it.","ignored":"Container \'{container}\' sets \'privileged: true\' on a Windows pod ({evidence}): Windows ignores it."}},{"id":"BH604","slug":"windows-hostprocess","title":"Windows HostProcess container","description":"A HostProcess container is a process on the Windows node, not a container: no file system, process or network isolation, access to the node\'s storage, devices, services and event logs as far as its account allows. As `NT AUTHORITY\\\\SYSTEM` (or with no account set) that is full control of the node and of every pod on it (critical); as `LOCAL SERVICE`, `NETWORK SERVICE` or a local group it is still unisolated host software (high). Pod Security Admission allows it only at the privileged level.","severity":"critical","remediation":"Use HostProcess only for node agents (CNI, CSI, kube-proxy, log and metric collectors), in a namespace at the privileged Pod Security level that few people can write to. Run them as `NT AUTHORITY\\\\LOCAL SERVICE` (or `NETWORK SERVICE`, or a dedicated local group), never SYSTEM unless the agent truly needs it, and set `os.name: windows`. Ordinary workloads should be regular Windows containers as `ContainerUser` with `runAsNonRoot: true`.","references":["https://kubernetes.io/docs/tasks/configure-pod-container/create-hostprocess-pod/","https://kubernetes.io/docs/concepts/security/pod-security-standards/","https://learn.microsoft.com/en-us/windows/win32/services/localsystem-account"],"tags":["CWE-250","windows"],"messages":{"container":"Container \'{container}\' is a HostProcess container: it runs on the node, without isolation, as \'{account}\'.","pod":"The pod\'s \'hostProcess: true\' makes {containers} run on the node, without isolation, as \'{account}\'.","containerNoAccount":"Container \'{container}\' is a HostProcess container with no runAsUserName: it runs on the node, without isolation, as the image\'s user or else the runtime\'s own account, \'NT AUTHORITY\\\\SYSTEM\'.","podNoAccount":"The pod\'s \'hostProcess: true\' with no runAsUserName makes {containers} run on the node, without isolation, as the image\'s user or else the runtime\'s own account, \'NT AUTHORITY\\\\SYSTEM\'."},"whenToIgnore":"A reviewed node agent that needs SYSTEM (for example one that manages services or the host network stack), deployed by cluster administrators into a locked-down namespace; record the reason in the suppression."},{"id":"BH605","slug":"windows-hostprocess-invalid","title":"HostProcess settings the API server rejects","description":"Kubernetes validates HostProcess pods whatever their OS: when both the pod and a container set `hostProcess` the values must be identical; if any container (init and ephemeral included) is a HostProcess container, all must be; and the pod must set `hostNetwork: true`. A manifest that breaks one of these never starts, and the usual quick fix (adding `hostProcess: true` everywhere) turns every container into unisolated host software.","severity":"medium","remediation":"Decide whether the pod is a node agent. If it is, set `hostProcess: true` once at the pod level (`securityContext.windowsOptions`), remove contradicting container values, set `hostNetwork: true` and a least-privileged `runAsUserName`; if it is not, remove `hostProcess` everywhere and run as `ContainerUser` with `runAsNonRoot: true`.","references":["https://kubernetes.io/docs/tasks/configure-pod-container/create-hostprocess-pod/","https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#security-context"],"tags":["CWE-1284","windows"],"messages":{"mismatch":"Container \'{container}\' sets \'hostProcess: {value}\' but the pod sets \'hostProcess: {podValue}\': the API server requires them to be identical.","mixed":"Container \'{container}\' is not a HostProcess container, unlike {hostProcess}: the API server requires all containers of the pod to be HostProcess containers, or none.","hostNetwork":"The pod runs HostProcess containers without \'hostNetwork: true\': the API server rejects it."}},{"id":"BH606","slug":"linux-field-on-windows-pod","title":"Linux-only field on a Windows pod","description":"Windows has no UIDs, GIDs, capabilities, seccomp, SELinux, AppArmor, sysctls, read-only root file systems or host PID/IPC namespaces. With `os.name: windows` the API server rejects a pod that sets any of these fields; without it the kubelet drops them, so the pod looks hardened but is not, and `runAsUser`/`runAsGroup` have broken start-up on Windows nodes (projected service-account tokens could not be chowned) on kubelets before the 2024-25 fixes. Linux hardening advice from other scanners does not apply here.","severity":"medium","remediation":"Remove the field from the Windows pod (keep it in the Linux variant of a shared chart). Harden Windows pods with `os.name: windows`, `runAsNonRoot: true` and `windowsOptions.runAsUserName: ContainerUser` instead: the Linux hardening fields have no Windows meaning.","references":["https://kubernetes.io/docs/concepts/windows/intro/#compatibility-v1-pod-spec-containers-securitycontext","https://kubernetes.io/docs/concepts/security/pod-security-standards/","https://github.com/kubernetes/kubernetes/issues/102849"],"tags":["CWE-1284","windows"],"messages":{"podRejected":"The pod sets \'{field}\', a Linux-only field, with os.name \'windows\': the API server rejects it.","containerRejected":"Container \'{container}\' sets \'{field}\', a Linux-only field, on a pod with os.name \'windows\': the API server rejects it.","podIgnored":"The pod sets \'{field}\', a Linux-only field, on a Windows pod ({evidence}): Windows ignores it.","containerIgnored":"Container \'{container}\' sets \'{field}\', a Linux-only field, on a Windows pod ({evidence}): Windows ignores it."},"whenToIgnore":"A chart that renders one pod template for both OSes and relies on the kubelet dropping the fields; prefer per-OS values, since `os.name: windows` then turns this into a rejection."},{"id":"BH607","slug":"windows-options-on-linux-pod","title":"windowsOptions on a Linux pod","description":"A pod that declares `os.name: linux` may not set `windowsOptions`, at the pod level or in any container, not even `{}`: the API server rejects it. It usually means a Windows template was copied or a chart\'s values were mixed up, so the pod\'s intended account or HostProcess settings are not what will run.","severity":"medium","remediation":"Remove `windowsOptions` from the Linux pod (a Linux account is set with the Linux fields of the security context), or, if the workload is really a Windows one, set `os.name: windows` and target Windows nodes.","references":["https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#scheduling","https://kubernetes.io/docs/concepts/windows/user-guide/"],"tags":["CWE-1284","windows"],"messages":{"pod":"The pod sets \'windowsOptions\' with os.name \'linux\': the API server rejects it.","container":"Container \'{container}\' sets \'windowsOptions\' on a pod with os.name \'linux\': the API server rejects it."}},{"id":"BH608","slug":"invalid-run-as-user-name","title":"Invalid Windows runAsUserName","description":"Kubernetes rejects a `windowsOptions.runAsUserName` that is empty, contains control characters or more than one backslash, has a domain that is neither a NetBIOS name (up to 15 characters) nor a DNS name, or a user part that is empty, longer than 104 bytes, only dots or spaces, or contains any of `\\"/\\\\[]:;|=,+*?<>@`. Worse, in a double-quoted YAML string a single backslash starts an escape: `\\"NT AUTHORITY\\\\Local service\\"` silently becomes `NT AUTHORITY` + U+2028 + `ocal service`, which passes validation and fails only when the container starts, or runs as an account nobody intended.","severity":"medium","remediation":"Write account names in single quotes (`\'NT AUTHORITY\\\\LOCAL SERVICE\'`), unquoted, or with a doubled backslash inside double quotes (`\\"NT AUTHORITY\\\\\\\\LOCAL SERVICE\\"`). Use `DOMAIN\\\\user` with one backslash, a NetBIOS or DNS domain and a valid user part; for ordinary containers use `ContainerUser`.","references":["https://kubernetes.io/docs/tasks/configure-pod-container/configure-runasusername/","https://yaml.org/spec/1.2.2/#57-escaped-characters","https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/core/validation/validation.go"],"tags":["CWE-1284","windows"],"messages":{"invalid":"The runAsUserName \'{value}\' of {owner} is rejected by Kubernetes: {problems}.","escape":"The runAsUserName \'{written}\' of {owner} is double-quoted, so YAML reads \'{escape}\' as an escape sequence and Kubernetes receives \'{value}\'."}},{"id":"BH609","slug":"windows-secret-on-node-disk","title":"Secret volume on a Windows node is stored on disk","description":"Linux nodes keep Secret volumes in memory (tmpfs). Windows nodes have no tmpfs and write the Secret\'s data in clear text to the node\'s local disk, where it survives in backups, snapshots and disk images and is readable by anyone with administrator access to the node; `emptyDir.medium: Memory` is not available on Windows either.","severity":"info","remediation":"Protect the kubelet\'s pod directory on Windows nodes with file ACLs and encrypt the volume with BitLocker; mount only the keys the container needs (`items`), prefer short-lived credentials (projected service-account tokens, workload identity, gMSA) over long-lived Secrets.","references":["https://kubernetes.io/docs/concepts/security/windows-security/","https://kubernetes.io/docs/concepts/configuration/secret/"],"tags":["CWE-312","windows"],"messages":{"mounted":"Volume \'{volume}\' puts Secret \'{secret}\' into {containers} of a Windows pod: Windows nodes store it in clear text on the node\'s disk."},"whenToIgnore":"Your Windows nodes encrypt their disks (BitLocker) and restrict access to the kubelet directory; suppress for the namespace or file with that reason."},{"id":"BH610","slug":"windows-scheduling-unpinned","title":"Windows image without Windows node targeting","description":"The scheduler does not look at images: a pod with a Windows image and no node selection for Windows (`nodeSelector`/required node affinity on `kubernetes.io/os: windows` or `node.kubernetes.io/windows-build`, a Windows RuntimeClass) can land on a Linux node and fail there, and without `os.name: windows` the API server applies neither Windows validation nor the Pod Security exemptions for Windows.","severity":"low","remediation":"Set `os.name: windows` and `nodeSelector: {kubernetes.io/os: windows}` (add `node.kubernetes.io/windows-build` to match the image\'s Windows Server version), or use a RuntimeClass whose scheduling selects Windows nodes.","references":["https://kubernetes.io/docs/concepts/windows/user-guide/#ensuring-os-specific-workloads-land-on-the-appropriate-container-host","https://kubernetes.io/docs/concepts/containers/runtime-class/#scheduling"],"tags":["windows"],"messages":{"unpinned":"Container \'{container}\' runs Windows image \'{image}\', but the pod does not target Windows nodes: it can be scheduled onto a Linux node."},"whenToIgnore":"Your cluster has only Windows nodes, or an admission webhook adds the node selection; suppress with that reason."},{"id":"BH611","slug":"windows-runasnonroot-contradiction","title":"runAsNonRoot contradicts ContainerAdministrator","description":"On Windows the kubelet enforces `runAsNonRoot: true` by name: a container whose effective `runAsUserName`, or, when none is set, whose image\'s configured user is `ContainerAdministrator` never starts (CreateContainerConfigError). The manifest asks for two contradicting things; the usual \\"fix\\" of dropping `runAsNonRoot` leaves the container running as an administrator. Server Core\'s empty default user passes this check and is reported by BH601 instead.","severity":"medium","remediation":"Keep `runAsNonRoot: true` and run the container as `ContainerUser` (`windowsOptions.runAsUserName: ContainerUser`, or `USER ContainerUser` at the end of its Dockerfile), granting it the folders it writes with `icacls`.","references":["https://kubernetes.io/docs/tasks/configure-pod-container/configure-runasusername/","https://kubernetes.io/docs/concepts/windows/intro/#compatibility-v1-pod-spec-containers-securitycontext"],"tags":["CWE-1284","windows"],"messages":{"container":"Container \'{container}\' runs as \'{user}\' with runAsNonRoot true: the kubelet refuses to start it.","pod":"The pod\'s runAsUserName \'{user}\' contradicts runAsNonRoot true: the kubelet refuses to start {containers}.","image":"Container \'{container}\' sets runAsNonRoot true and no runAsUserName, but image \'{image}\' is configured to run as \'{user}\' ({reason}): the kubelet refuses to start it."}},{"id":"BH612","slug":"windows-build-mismatch","title":"Windows image build differs from the pinned node build","description":"With process isolation, a Windows container shares the host\'s kernel, so the image\'s OS build must equal the node\'s: a Windows Server 2019 (10.0.17763) image does not start on a Windows Server 2022 (10.0.20348) node, and the pod is stuck in `CreateContainerError`. AKS and most Kubernetes distributions offer process isolation only; Hyper-V isolation (RuntimeClass handler `runhcs-wcow-hypervisor`) runs older images on newer hosts. The image build is read from its tag (`ltsc2019`, `1809`, `ltsc2022`, `10.0.20348.x`, SAC tags); multi-platform tags resolve per node and are not checked.","severity":"medium","remediation":"Use the image tag for the nodes\' build (`ltsc2022` for `10.0.20348` / `Windows2022` nodes), or a multi-platform tag that includes it; or pin the pod to nodes of the image\'s build, or run it with a Hyper-V RuntimeClass (handler `runhcs-wcow-hypervisor`) where the cluster supports it.","references":["https://learn.microsoft.com/virtualization/windowscontainers/deploy-containers/version-compatibility","https://kubernetes.io/docs/concepts/windows/user-guide/#ensuring-os-specific-workloads-land-on-the-appropriate-container-host","https://learn.microsoft.com/azure/aks/upgrade-windows-os","https://learn.microsoft.com/virtualization/windowscontainers/deploy-containers/portability"],"tags":["windows","availability"],"messages":{"mismatch":"Container \'{container}\' runs \'{image}\', a {imageRelease} image (build {imageBuild}), but the pod is pinned to {nodeRelease} nodes (build {nodeBuild}) by {evidence}: with process isolation the container will not start."},"whenToIgnore":"Your Windows nodes run Hyper-V isolated containers by default (a containerd default runtime of `runhcs-wcow-hypervisor`), or a mutating webhook adds a Hyper-V RuntimeClass; suppress with that reason."},{"id":"BH613","slug":"windows-base-eol","title":"Windows image out of support","description":"The image\'s Windows release is past its end of support, so Microsoft publishes no more security updates for it: every Windows vulnerability fixed since stays open in the container. Semi-Annual Channel images (`1709`, `1803`, `1903`, `1909`, `2004`, `20H2`) had 18 months, the 2016-era Nano Server (`sac2016`) ended in 2018, and Windows Server 2016 (`ltsc2016`, `10.0.14393`) ends on 2027-01-12; `1809` is the Windows Server 2019 build, supported until 2029-01-09. Checked for a Dockerfile\'s final image, workload images (Kubernetes, Compose) and built images (their config `os.version`). Low when support ends within 180 days of the scan.","severity":"medium","remediation":"Rebuild on a supported release (`ltsc2022` or `ltsc2025`) and move the Windows nodes with it: with process isolation the image and node builds must match.","references":["https://learn.microsoft.com/virtualization/windowscontainers/deploy-containers/base-image-lifecycle","https://learn.microsoft.com/windows/release-health/windows-server-release-info","https://learn.microsoft.com/lifecycle/products/windows-server-2016"],"tags":["CWE-1104","windows"],"messages":{"ended":"Image \'{image}\' is {release} (build {build}), whose support ended on {date}: it gets no security updates.","ending":"Image \'{image}\' is {release} (build {build}), whose support ends on {date}, in {days} days: it then gets no security updates.","imageEnded":"The image\'s OS version \'{version}\' is {release}, whose support ended on {date}: it gets no security updates.","imageEnding":"The image\'s OS version \'{version}\' is {release}, whose support ends on {date}, in {days} days: it then gets no security updates."},"whenToIgnore":"You pay for Extended Security Updates for the release and the image is rebuilt with them; suppress with an `expires` date at the end of that contract."},{"id":"BH801","slug":"registry-plain-http","title":"Registry reached over plain HTTP","description":"A runtime is told to talk to a registry or mirror over `http://`: Docker `registry-mirrors`, containerd `endpoint`/`server`/`[host.\\"http://\u2026\\"]`/`plain-http`, BuildKit `http = true`. Whoever is on the network path can read the credentials sent to it and answer tag lookups with an image of their choice. Loopback registries, and hosts.toml mirrors trusted only to `pull` (blobs are checked against their digest), are reported as low.","severity":"high","remediation":"Serve the registry over HTTPS with a certificate the runtime trusts, then switch the endpoint to `https://` and remove `http = true` / `plain-http`. For a private CA: Docker `/etc/docker/certs.d/<host:port>/ca.crt`; containerd `ca = \\"\u2026\\"` in `/etc/containerd/certs.d/<host>/hosts.toml`; Podman/CRI-O `/etc/containers/certs.d/<host:port>/ca.crt`; BuildKit `ca = [\\"\u2026\\"]` under `[registry.\\"<host>\\"]`. A mirror that must stay on HTTP should only get `capabilities = [\\"pull\\"]`, so tags are still resolved over TLS.","references":["https://github.com/containerd/containerd/blob/main/docs/hosts.md","https://docs.docker.com/reference/cli/dockerd/#insecure-registries","https://docs.docker.com/build/buildkit/toml-configuration/","https://github.com/containers/image/blob/main/docs/containers-registries.conf.5.md"],"tags":["CWE-319","registry"],"messages":{"registry":"Registry \'{registry}\' is reached over plain HTTP (\'{key}\').","mirror":"Mirror \'{registry}\' of registry \'{mirrorOf}\' is reached over plain HTTP (\'{key}\')."},"whenToIgnore":"A registry on a loopback address or an isolated lab network that only serves digest-pinned images."},{"id":"BH802","slug":"registry-tls-unverified","title":"Registry TLS verification disabled","description":"The registry\'s certificate is not checked: containerd `insecure_skip_verify = true`, hosts.toml `skip_verify = true`, BuildKit `insecure = true`, or an \\"insecure registry\\" switch (Docker `insecure-registries` / `--insecure-registry`, registries.conf `insecure = true` / `[registries.insecure]`) that also falls back to plain HTTP. Anyone on the network path can impersonate the registry, collect the credentials sent to it and serve any image for a tag. Loopback entries (`localhost`, `127.0.0.0/8` and addresses or CIDRs in it, `::1`) are reported as low: only the machine itself reaches them, and Docker already treats `127.0.0.0/8` as insecure.","severity":"high","remediation":"Trust the registry\'s CA instead of switching verification off. Docker: put the CA in `/etc/docker/certs.d/<host:port>/ca.crt` (Windows: `%ProgramData%\\\\docker\\\\certs.d`) and remove the entry from `insecure-registries` / `--insecure-registry`. containerd: `ca = \\"ca.crt\\"` in `certs.d/<host>/hosts.toml` and remove `skip_verify` / `insecure_skip_verify`. Podman/CRI-O: `/etc/containers/certs.d/<host:port>/ca.crt` and `insecure = false`. BuildKit: `ca = [\\"\u2026\\"]` and remove `insecure = true`.","references":["https://docs.docker.com/engine/security/certificates/","https://docs.docker.com/reference/cli/dockerd/#insecure-registries","https://github.com/containerd/containerd/blob/main/docs/hosts.md","https://github.com/containers/image/blob/main/docs/containers-registries.conf.5.md"],"tags":["CWE-295","registry"],"messages":{"skipVerify":"TLS certificate verification is off for registry \'{registry}\' (\'{key}\').","mirrorSkipVerify":"TLS certificate verification is off for mirror \'{registry}\' of registry \'{mirrorOf}\' (\'{key}\').","insecure":"Registry \'{registry}\' is marked insecure (\'{key}\'): unverified TLS and plain HTTP are accepted.","mirrorInsecure":"Mirror \'{registry}\' of registry \'{mirrorOf}\' is marked insecure (\'{key}\'): unverified TLS and plain HTTP are accepted."},"whenToIgnore":"A registry on a loopback address or an isolated lab network with no credentials and no production images."},{"id":"BH803","slug":"docker-daemon-exposed","title":"Docker daemon exposed on TCP without TLS client verification","description":"dockerd listens on a `tcp://` socket (`hosts` in `daemon.json`, `-H`/`--host` on its command line) without `tlsverify`. Whoever reaches the port can start a privileged container that mounts the host: root on the machine, with no password. On `0.0.0.0` (all interfaces) that is anyone on the network; on loopback still any local process or a browser-driven request.","severity":"critical","remediation":"Do not publish the Docker API over plain TCP. Keep the default local socket (`unix:///var/run/docker.sock`, Windows `npipe:////./pipe/docker_engine`) and reach remote engines over SSH (`DOCKER_HOST=ssh://user@host`, `docker context create --docker host=ssh://\u2026`). If TCP is required, set `\\"tlsverify\\": true` with `tlscacert`, `tlscert` and `tlskey` from a private CA dedicated to Docker clients, and listen on port 2376.","references":["https://docs.docker.com/engine/security/protect-access/","https://docs.docker.com/reference/cli/dockerd/#daemon-socket-option","https://docs.docker.com/engine/daemon/remote-access/"],"tags":["CWE-306","CWE-319","registry"],"messages":{"exposed":"Docker daemon listens on \'{address}\' without TLS client verification (\'{key}\').","allInterfaces":"Docker daemon listens on all interfaces at \'{address}\' without TLS client verification (\'{key}\'): anyone who reaches the port controls the host."}},{"id":"BH804","slug":"weak-image-trust-policy","title":"Image trust policy does not enforce signatures","description":"A signature policy is committed but lets unsigned images through: containers `policy.json` with an `insecureAcceptAnything` default, Notation `signatureVerification.level` `skip`/`audit` or `trustedIdentities: [\\"*\\"]`, Kyverno `verifyImages` with `required: false` or only auditing (`Audit` is also the default when no failure action is set), sigstore policy-controller `mode: warn`. The policy looks like protection in review while any image, signed or not, still runs.","severity":"medium","remediation":"Enforce signatures: in `policy.json` make `default` `[{\\"type\\": \\"reject\\"}]` and allow registries with `signedBy` or `sigstoreSigned` requirements; in Notation use `signatureVerification.level: strict` with named `trustedIdentities` (`x509.subject: \u2026`); in Kyverno set `failureAction: Enforce` on each `verifyImages` entry (or `validationFailureAction: Enforce`) and keep `required: true`; in policy-controller set `mode: enforce`. Roll out in audit mode only on a branch or a test cluster.","references":["https://github.com/containers/image/blob/main/docs/containers-policy.json.5.md","https://github.com/notaryproject/specifications/blob/main/specs/trust-store-trust-policy.md","https://kyverno.io/docs/policy-types/cluster-policy/verify-images/","https://docs.sigstore.dev/policy-controller/overview/"],"tags":["CWE-347","registry"],"messages":{"trustPolicy":"Image signatures are not enforced ({policy}): {detail}.","kyvernoOptional":"Kyverno {kind} \'{name}\' admits images without a verified signature (\'required: false\').","kyvernoAudit":"Kyverno {kind} \'{name}\' only audits image signatures (\'{key}: {value}\').","kyvernoDefault":"Kyverno {kind} \'{name}\' only audits image signatures: no failure action is set and \'validationFailureAction\' defaults to \'Audit\'.","sigstoreWarn":"ClusterImagePolicy \'{name}\' only warns about unverified images (\'mode: warn\')."},"whenToIgnore":"A policy deliberately rolled out in audit mode first, with a date to switch it to enforce."},{"id":"BH805","slug":"short-name-ambiguity","title":"Short image names resolve through several registries","description":"`registries.conf` lists more than one `unqualified-search-registries` entry and `short-name-mode` is not `enforcing`. A short name such as `app:1.0` is then tried against every search registry in order (`permissive` does so whenever there is no terminal, as in CI and on nodes; `disabled` always), so whoever registers that name first on an earlier registry decides what runs. `short-name-mode` defaults to `permissive` when unset.","severity":"low","remediation":"Use fully-qualified references (`registry.example.com/team/app:1.0`). Set `short-name-mode = \\"enforcing\\"`, keep one trusted registry in `unqualified-search-registries` (or none), and map the short names you rely on in an `[aliases]` table.","references":["https://github.com/containers/image/blob/main/docs/containers-registries.conf.5.md","https://www.redhat.com/en/blog/container-image-short-names"],"tags":["CWE-427","registry"],"messages":{"ambiguous":"Short names resolve through {count} search registries ({registries}) with \'short-name-mode\' \'{mode}\'.","defaultMode":"Short names resolve through {count} search registries ({registries}) and \'short-name-mode\' is unset (defaults to \'permissive\')."}}]');

// src/core/sort-findings.ts
function compareFindings(a, b) {
  const ra = a.location.region;
  const rb = b.location.region;
  return compareText(a.location.file, b.location.file) || ra.startLine - rb.startLine || ra.startColumn - rb.startColumn || compareText(a.ruleId, b.ruleId) || compareText(a.message, b.message);
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/engine/run-checks.ts
function buildFinding(rule, target, location, message, ruleConfig, reported) {
  const configured = ruleConfig?.[rule.meta.id];
  return {
    ruleId: rule.meta.id,
    slug: rule.meta.slug,
    severity: configured && configured !== "off" ? configured : reported ?? rule.meta.severity,
    message,
    target,
    location
  };
}
function runChecks(run, rules, options, notes, budgetMs = DEFAULT_WORK_BUDGET.maxRuleMs) {
  const findings = [];
  const started = Date.now();
  for (const [index, rule] of rules.entries()) {
    const check = rule.checks[run.target];
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
        settings: options.settings,
        repository: run.repository,
        model: run.model,
        report: (report) => {
          const message = formatMessage(
            rule.meta.messages[report.messageId] ?? report.messageId,
            report.data
          );
          const finding = buildFinding(
            rule,
            run.target,
            run.locate(report),
            message,
            options.ruleConfig,
            report.severity
          );
          if (report.relatedLocations?.length) finding.relatedLocations = report.relatedLocations;
          if (report.properties) finding.properties = report.properties;
          if (report.fixes?.length) finding.fixes = report.fixes;
          findings.push(finding);
        }
      });
    } catch (error) {
      notes.push(
        internalErrorNote(run.file, error, rule.meta.id, `rule ${rule.meta.id} (${rule.meta.slug})`)
      );
    }
  }
  return { findings };
}
function internalErrorNote(file, error, rule, step) {
  const reason = error instanceof RangeError ? "it ran out of stack or memory" : errorMessage(error);
  return {
    kind: "internal-error",
    file,
    ...rule ? { rule } : {},
    message: `Internal error in ${step}; the rest of the scan went on: ${reason.replace(/\.?$/, ".")}`
  };
}

// src/model/compose-model.ts
import { posix as posix3 } from "node:path";

// src/targets/image-user.ts
function imageUser(image, repository) {
  const reference = image ? parseImageReference(image) : void 0;
  if (!reference) return void 0;
  const built = repository.builtImages.get(reference.name.toLowerCase());
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
  const reference = parseImageReference(text);
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
  const image = imageFacts(service.image?.text, repository);
  const dockerfile = buildDockerfile(service, file);
  const built = dockerfile ? repository.dockerfileImages.get(dockerfile) : void 0;
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
function buildDockerfile(service, file) {
  const build = service.node.get("build");
  if (!build || build.kind === "null") return void 0;
  const context = build.text ?? build.get("context")?.text ?? ".";
  if (/^[a-z][a-z0-9+.-]*:\/\/|^git@/i.test(context) || build.get("dockerfile_inline")) return void 0;
  const dockerfile = build.get("dockerfile")?.text ?? "Dockerfile";
  return posix3.normalize(posix3.join(posix3.dirname(file), context, dockerfile));
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
var WINDOWS_BUILD_LABEL = "node.kubernetes.io/windows-build";
var AKS_OS_SKU_LABEL = "kubernetes.azure.com/os-sku";
var AKS_LINUX_SKU = /^(?:ubuntu|azurelinux|cblmariner|mariner)/;
function labelOs(key, value) {
  const lower = value?.toLowerCase() ?? "";
  if (OS_LABELS.includes(key)) return lower === "windows" || lower === "linux" ? lower : void 0;
  if (key === WINDOWS_BUILD_LABEL) return "windows";
  if (key === AKS_OS_SKU_LABEL) {
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
    if (key === WINDOWS_BUILD_LABEL && (operator === "In" || operator === "Exists"))
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
  const declared = osName?.text?.toLowerCase();
  if (declared === "windows" || declared === "linux")
    return { os: declared, declared: true, osName, pinned: true, evidence: `spec.os.name: ${declared}` };
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
  const windows = images.find((i) => i.os === "windows");
  if (windows && !images.some((i) => i.os === "linux"))
    return { os: "windows", ...unpinned, evidence: `image '${windows.text}' is a Windows image` };
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
  const windows = (field) => effectiveWindowsOption(workload, container, field);
  return {
    runAsUser: inherited("runAsUser"),
    runAsGroup: inherited("runAsGroup"),
    runAsNonRoot: inherited("runAsNonRoot"),
    seLinuxOptions: inherited("seLinuxOptions"),
    seccompProfile: inherited("seccompProfile"),
    appArmorProfile: inherited("appArmorProfile"),
    runAsUserName: windows("runAsUserName"),
    hostProcess: windows("hostProcess"),
    gmsaCredentialSpecName: windows("gmsaCredentialSpecName"),
    gmsaCredentialSpec: windows("gmsaCredentialSpec"),
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

// src/secrets/redact-text.ts
var ELLIPSIS = "\u2026";
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
    ...authorizationValues(text),
    ...flagValues(text),
    ...randomTokens(text, depth)
  ]).filter((span) => !text.slice(span.start, span.end).includes(ELLIPSIS));
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
  if (value.includes(ELLIPSIS)) return false;
  const verdict = classifyValue(percentDecode(value));
  return verdict.literal || verdict.reason === "too-short" || verdict.reason === "config-value";
}
function privateKeyBodies(text) {
  return findPrivateKeys(text).map(({ start, end }) => {
    const block = text.slice(start, end);
    const bodyStart = start + block.indexOf("-----", 5) + 5;
    const endMarker = block.lastIndexOf("-----END");
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
    if (!value || !(isSecretLikeName(name) || isSecretParamName(name))) continue;
    if (!classifyValue(value).literal || value.includes(ELLIPSIS)) continue;
    if (isAuthOnlyName(name) && !isCredentialShaped(value)) continue;
    const valueAt = bare !== void 0 ? whole.length - bare.length : whole.length - value.length - 1;
    const start = (match.index ?? 0) + valueAt;
    found.push({ start, end: start + value.length });
  }
  return found;
}
function isAuthOnlyName(name) {
  const words = nameWords(name);
  const rest = words.filter((word) => !AUTH_WORDS.has(word));
  return rest.length < words.length && !isSecretLikeName(rest.join("_"));
}
var AUTH_WORDS = /* @__PURE__ */ new Set(["auth", "credential", "credentials"]);
function isCredentialShaped(value) {
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
function redactFindings(findings, notes) {
  for (const finding of findings) {
    finding.message = redactText(finding.message);
    for (const related of finding.relatedLocations ?? []) {
      related.message = redactText(related.message);
    }
    if (finding.suppression?.justification)
      finding.suppression.justification = redactText(finding.suppression.justification);
  }
  for (const note of notes) note.message = redactText(note.message);
}

// src/engine/scan-documents.ts
var PARSE_ERROR_RULE_ID = "BH000";
function scanDocuments(sources, options) {
  const rules = options.rules.filter((r) => options.ruleConfig?.[r.meta.id] !== "off");
  const result = { findings: [], notes: [], files: [], complete: true };
  const repository = options.repository ?? buildRepositoryFacts(
    sources.map((s) => s.path),
    sources
  );
  for (const source of sources) {
    const target = classifyContained(source, result.notes);
    if (!target) continue;
    result.files.push({ path: source.path, target });
    const findings = scanFile(source, target, rules, { ...options, repository }, result.notes);
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
var KNOWN_RULE_IDS = new Set(RULE_METAS.map((meta) => meta.id));
function scanFile(source, target, rules, options, notes) {
  const findings = [];
  let document;
  try {
    const overBudget = exceedsWorkBudget(target, source.path, source.text);
    if (overBudget) {
      notes.push({ kind: "budget", file: source.path, message: `Not scanned: ${overBudget}.` });
      return findings;
    }
    const parsed = options.repository.parsed.get(source.path);
    options.repository.parsed.delete(source.path);
    const outcome = parseTarget(target, source.text, source.path, parsed);
    if (outcome.kind === "skip") {
      notes.push(outcome.note);
      return findings;
    }
    if (outcome.kind === "error") {
      const parseErrorRule = rules.find((r) => r.meta.id === PARSE_ERROR_RULE_ID);
      const location = { file: source.path, region: outcome.region };
      if (parseErrorRule)
        findings.push(buildFinding(parseErrorRule, target, location, outcome.message, options.ruleConfig));
    } else {
      document = outcome.document;
      const run = runChecks(
        {
          target,
          document,
          file: source.path,
          repository: options.repository.facts,
          model: buildModel(target, document, source.path, options.repository.facts),
          locate: (report) => ({
            file: source.path,
            region: report.region,
            ...report.logical ? { logical: report.logical } : {}
          })
        },
        rules,
        options,
        notes
      );
      for (const finding of run.findings) findings.push(finding);
    }
  } catch (error) {
    notes.push(internalErrorNote(source.path, error, void 0, "the scan of this file"));
  }
  if (source.text.includes("bulkhead-ignore"))
    for (const note of unknownIgnoredRuleNotes(source.text, source.path, KNOWN_RULE_IDS)) notes.push(note);
  const kept = keepOneParseError(findings);
  try {
    finishFindings(kept, source, options, document ? documentSuppression(target, document) : void 0);
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
function finishFindings(findings, source, options, inDocument) {
  if (findings.length === 0) return;
  const lines = source.text.split(/\r\n|\r|\n/);
  const inline = parseInlineSuppressions(lines);
  const fingerprints = computeLineFingerprints(
    source.text,
    findings.map((f) => f.location.region.startLine)
  );
  for (const finding of findings) {
    const suppression = inlineSuppression(finding, inline) ?? inDocument?.(finding) ?? options.ignores?.suppression(finding);
    if (suppression) finding.suppression = suppression;
    const fingerprint = fingerprints.get(finding.location.region.startLine);
    if (fingerprint) finding.fingerprint = fingerprint;
  }
}

// src/engine/scan-chunk.ts
function createConfigIgnores(setup) {
  return new ConfigIgnores(
    setup.list,
    setup.today,
    (file) => relative(setup.configDir, resolve(setup.cwd, file)).split("\\").join("/")
  );
}
function shippedRuleIds(rules, shipped) {
  const byId = new Map(shipped.map((rule) => [rule.meta.id, rule]));
  return rules.every((rule) => byId.get(rule.meta.id) === rule) ? rules.map((r) => r.meta.id) : void 0;
}
function rulesOfIds(ids, shipped) {
  const byId = new Map(shipped.map((rule) => [rule.meta.id, rule]));
  return ids.map((id) => {
    const rule = byId.get(id);
    if (!rule) throw new Error(`unknown rule id ${id}`);
    return rule;
  });
}
function createChunkScanner(setup, rules, repository = { facts: setup.facts, parsed: /* @__PURE__ */ new Map(), imageDockerfiles: /* @__PURE__ */ new Map() }) {
  return (sources) => {
    const ignores = createConfigIgnores(setup.ignores);
    const result = scanDocuments(sources, {
      rules,
      settings: setup.settings,
      ruleConfig: setup.ruleConfig,
      ignores,
      repository
    });
    return { result, expiredIgnores: ignores.expiredUsedIndexes() };
  };
}

export {
  RULE_METAS,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parse,
  parseAllDocuments,
  parseDocument,
  loadYamlLibrary,
  KUSTOMIZATION_NAMES,
  isRenderRootFile,
  discoverRenderRoots,
  isDockerfileName,
  mightBeTarget,
  EMPTY_REPOSITORY,
  isFactSource,
  buildRepositoryFacts,
  buildFinding,
  runChecks,
  redactText,
  redactFindings,
  computeLineFingerprints,
  parseInlineSuppressions,
  unknownConfigRuleNotes,
  inlineSuppression,
  compareFindings,
  scanDocuments,
  loadShellParser,
  mayParseShell,
  loadDocumentParsers,
  mayParseDocuments,
  createConfigIgnores,
  shippedRuleIds,
  rulesOfIds,
  createChunkScanner
};
