#!/usr/bin/env node
import { createRequire as __bulkheadRequire } from 'node:module';
const require = __bulkheadRequire(import.meta.url);
import {
  SEVERITIES
} from "./chunk-VOKH4RM3.js";
import {
  ALL_RULES,
  EMPTY_REPOSITORY,
  IMAGE_REGION,
  KUSTOMIZATION_NAMES,
  LineCounter,
  USER_LOCATION,
  buildFinding,
  buildRepositoryFacts,
  compareFindings,
  computeLineFingerprints,
  createChunkScanner,
  createConfigIgnores,
  discoverRenderRoots,
  fileLocation,
  finalImageStages,
  inlineSuppression,
  isAlias,
  isDockerfileName,
  isFactSource,
  isMap,
  isNode,
  isRenderRootFile,
  isScalar,
  isSeq,
  lineRegion,
  loadDocumentParsers,
  loadShellParser,
  loadYamlLibrary,
  maskUnreadDocuments,
  mayParseDocuments,
  mayParseShell,
  mightBeTarget,
  parse,
  parseAllDocuments,
  parseCreatedBy,
  parseDocument,
  parseInlineSuppressions,
  readKustomization,
  redactFindings,
  referencedPath,
  require_picomatch,
  runChecks,
  scanDocuments,
  shippedRuleIds,
  unknownConfigRuleNotes
} from "./chunk-BVWPNGVP.js";
import {
  accessSync,
  constants,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync
} from "./chunk-27DCNQHF.js";
import {
  append,
  parseImageReference
} from "./chunk-R7SXB4GR.js";
import {
  ConfigurationError,
  InputParseError,
  errorMessage
} from "./chunk-FYCLPXZE.js";
import {
  __commonJS,
  __toESM
} from "./chunk-QLIY3PYG.js";

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run.length && !run[index].wildcard; index++) {
        separator += run[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run = [];
      const flush = () => {
        let lastWildcard;
        run.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
        });
        run = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path2) => {
      const end = path2.length - 1;
      const index = path2.lastIndexOf(
        SLASH,
        path2[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path2 : path2.slice(index + 1);
    };
    var parentOf = (path2) => {
      if (path2.charCodeAt(0) === SLASH_CODE || path2.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path2.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path2.length - 1;
      const cut = path2.lastIndexOf(
        SLASH,
        path2.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path2.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count = 0;
      while (str[str.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path2) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path2)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path2, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename = shortcut ? basenameOf(path2) : path2;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename : path2
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path2, originalPath, doThrow) => {
      if (!isString(path2)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path2) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path2)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path2) => {
      const first = path2.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path2.length === 1) {
        return true;
      }
      const second = path2.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path2.length === 2 || path2.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache2, path2) {
        checkPath(
          path2,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path2 ? this._t(path2, cache2) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path2 = convertPath(target);
        if (!path2 || path2.charCodeAt(path2.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path2);
        }
        const dir = this._t(path2, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal2 = this._rules.testLiteral(path2);
        return literal2.ignored || literal2.unignored ? literal2 : dir;
      }
      _t(path2, cache2) {
        if (path2 in cache2) {
          return cache2[path2];
        }
        const parentPath = parentOf(path2);
        const parent = parentPath ? this._t(parentPath, cache2) : UNDEFINED;
        return cache2[path2] = parent && parent.ignored ? parent : this._rules.test(path2, MODE_IGNORE);
      }
      ignores(path2) {
        return this._test(path2, this._ignoreCache, convertPath(path2)).ignored;
      }
      createFilter() {
        return (path2) => !this.ignores(path2);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path2) {
        return this._test(path2, this._testCache, convertPath(path2));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path2) => checkPath(convertPath(path2), path2, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path2) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path2) || isNotRelative(path2);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// src/engine/scan.ts
import { join as join8, relative as relative7, resolve as resolve10 } from "node:path";
import { setImmediate as nextTurn2 } from "node:timers/promises";

// src/core/settings.ts
var DEFAULT_RULE_SETTINGS = {
  podSecurityLevel: "baseline",
  trustedRegistries: [],
  requireDigest: false
};

// src/engine/discover-files.ts
var import_ignore = __toESM(require_ignore(), 1);
var import_picomatch = __toESM(require_picomatch(), 1);
import path from "node:path";

// src/engine/tracked-ignored-files.ts
function trackedIgnoredFiles(dir) {
  try {
    const listed = process.getBuiltinModule("node:child_process").execFileSync(
      "git",
      ["-c", "core.fsmonitor=false", "ls-files", "-z", "--cached", "--ignored", "--exclude-standard"],
      {
        cwd: dir,
        encoding: "utf8",
        maxBuffer: 256 * 1024 * 1024,
        stdio: ["ignore", "pipe", "ignore"],
        timeout: 6e4
      }
    );
    return listed.split("\0").filter((path2) => path2 !== "");
  } catch {
    return [];
  }
}

// src/engine/discover-files.ts
var IGNORE_OPTIONS = {
  ignorecase: process.platform === "darwin" || process.platform === "win32",
  allowRelativePaths: true
};
var toPosix = (p) => p.split(path.sep).join("/");
var byName = (a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
async function discoverFiles(options) {
  const cwd = path.resolve(options.cwd);
  const files = [];
  const notes = [];
  const seen = /* @__PURE__ */ new Map();
  const excluded = compileExclude(options.exclude);
  const note = (kind, file, why) => {
    notes.push({ kind, message: `Skipped ${kind === "symlink" ? "symlink " : ""}'${file}': ${why}.`, file });
  };
  const addFile = (abs, real, file, st) => {
    if (seen.has(real)) return;
    seen.set(real, file);
    const size = st.size;
    if (size <= options.maxFileSize) files.push({ absolutePath: abs, path: file, size });
    else note("too-large", file, `${size} bytes is over the ${options.maxFileSize}-byte size limit`);
  };
  const isNamedTarget = (file) => (options.willRead?.(file) ?? true) && (isDockerfileName(file) || /\.(ya?ml|json|toml)$/i.test(file));
  const addUnread = (abs, real, file) => {
    if (seen.has(real)) return;
    seen.set(real, file);
    files.push({ absolutePath: abs, path: file });
  };
  const isExcluded = (scan2, rel, isDir) => excluded(rel, isDir) || scan2.prefix !== "" && excluded(scan2.prefix + rel, isDir);
  const isSkipped = (scan2, rel, isDir, ctx) => {
    if (isExcluded(scan2, rel, isDir)) return true;
    if (ctx === void 0 || !ctx.matcher.ignores(ctx.fromRoot(isDir ? `${rel}/` : rel))) return false;
    scan2.gitIgnored = true;
    return true;
  };
  const addTracked = (scan2, root) => {
    for (const rel of trackedIgnoredFiles(root)) {
      const segments = rel.split("/");
      if (segments.some((_, i) => isExcluded(scan2, segments.slice(0, i + 1).join("/"), i < segments.length - 1)))
        continue;
      const abs = path.join(root, ...segments);
      try {
        const st = lstatSync(abs);
        if (st.isFile()) addFile(abs, realpathSync.native(abs), scan2.prefix + rel, st);
      } catch {
      }
    }
  };
  const walk = (scan2, dir, rel, realDir, ctx) => {
    if (scan2.visited.has(realDir)) return;
    scan2.visited.add(realDir);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true }).sort(byName);
    } catch (error) {
      if (rel === "")
        throw new ConfigurationError(`Path '${scan2.given}' ${cannotRead(error)}.`, { cause: error });
      return note("unreadable", scan2.prefix + rel, `it ${cannotRead(error)}`);
    }
    if (ctx) ctx = enterDirectory(ctx, dir, rel, entries);
    for (const entry of entries) {
      const abs = dir + path.sep + entry.name;
      const childRel = rel === "" ? entry.name : `${rel}/${entry.name}`;
      if (entry.name === ".git" || isSkipped(scan2, childRel, entry.isDirectory(), ctx)) continue;
      if (entry.isSymbolicLink()) scan2.links.push({ abs, rel: childRel, ctx });
      else if (entry.isDirectory()) walk(scan2, abs, childRel, realDir + path.sep + entry.name, ctx);
      else if (entry.isFile()) {
        const file = scan2.prefix + childRel;
        if (options.willRead && !options.willRead(file))
          addUnread(abs, realDir + path.sep + entry.name, file);
        else
          try {
            addFile(abs, realDir + path.sep + entry.name, file, statSync(abs));
          } catch (error) {
            note("unreadable", file, `it ${cannotRead(error)}`);
          }
      }
    }
  };
  const follow = (scan2, { abs, rel, ctx }) => {
    const file = scan2.prefix + rel;
    let real;
    let st;
    try {
      real = realpathSync.native(abs);
      st = statSync(real);
    } catch {
      return note("symlink", file, "its target does not exist or cannot be read");
    }
    if (real !== scan2.realRoot && !real.startsWith(scan2.realRoot + path.sep)) {
      note("symlink", file, `it points outside the scan root '${scan2.given}'`);
    } else if (st.isFile()) {
      const listed = seen.get(real);
      if (listed === void 0) addFile(abs, real, file, st);
      else if (isNamedTarget(file) || isNamedTarget(listed))
        note("symlink", file, `it points to a file already scanned ('${listed}')`);
    } else if (!st.isDirectory() || isSkipped(scan2, rel, true, ctx)) return;
    else if (scan2.visited.has(real))
      note(
        "symlink",
        file,
        isInside(realParent(abs), real) ? "it points to a directory already scanned (a loop)" : `it points to a directory already scanned ('${scan2.prefix + toPosix(path.relative(scan2.realRoot, real)) || "."}')`
      );
    else walk(scan2, abs, rel, real, ctx);
  };
  for (const given of options.paths) {
    const root = path.resolve(cwd, given);
    const fromCwd = toPosix(path.relative(cwd, root));
    let st;
    try {
      st = statSync(root);
    } catch (error) {
      const code = error.code;
      const problem = code === "ENOENT" || code === "ENOTDIR" ? "does not exist" : cannotRead(error);
      throw new ConfigurationError(`Path '${given}' ${problem}.`, { cause: error });
    }
    if (st.isFile()) addFile(root, realpathSync.native(root), fromCwd, st);
    else if (!st.isDirectory()) note("skipped", fromCwd, "it is not a regular file or a directory");
    else {
      const prefix = fromCwd === "" ? "" : `${fromCwd}/`;
      const realRoot = realpathSync.native(root);
      const scan2 = { given, prefix, realRoot, visited: /* @__PURE__ */ new Set(), links: [], gitIgnored: false };
      walk(scan2, root, "", realRoot, options.useGitignore ? rootContext(root) : void 0);
      for (let link = scan2.links.shift(); link; link = scan2.links.shift()) follow(scan2, link);
      if (scan2.gitIgnored) addTracked(scan2, root);
    }
  }
  return { files, notes };
}
function compileExcludedPath(exclude, paths, cwd) {
  const excluded = compileExclude(exclude);
  const prefixes = paths.map((given) => toPosix(path.relative(cwd, path.resolve(cwd, given)))).filter((fromCwd) => fromCwd !== "").map((fromCwd) => `${fromCwd}/`);
  const leftOut = (rel) => {
    if (excluded(rel, false)) return true;
    for (let slash = rel.indexOf("/"); slash > 0; slash = rel.indexOf("/", slash + 1))
      if (excluded(rel.slice(0, slash), true)) return true;
    return false;
  };
  return (file) => leftOut(file) || prefixes.some((prefix) => file.startsWith(prefix) && leftOut(file.slice(prefix.length)));
}
function realParent(abs) {
  try {
    return realpathSync.native(path.dirname(abs));
  } catch {
    return path.dirname(abs);
  }
}
function isInside(dir, ancestor) {
  return dir === ancestor || dir.startsWith(ancestor + path.sep);
}
function compileExclude(globs) {
  const compile = (list) => {
    const matchers = list.map((glob) => {
      try {
        return (0, import_picomatch.default)(glob, { dot: true, basename: true });
      } catch (error) {
        const message = `Exclude glob '${glob}' is invalid (${errorMessage(error)}).`;
        throw new ConfigurationError(message, { cause: error });
      }
    });
    return (rel) => matchers.some((match) => match(rel));
  };
  const normalized = globs.map((g) => g.replace(/^\.\//, "")).filter((g) => g.replace(/\/+$/, "") !== "");
  const files = compile(normalized.filter((g) => !g.endsWith("/")));
  const dirs = compile(normalized.map((g) => g.replace(/\/+$/, "")));
  return (rel, isDir) => isDir ? dirs(rel) : files(rel);
}
function rootContext(root) {
  let top = root;
  for (let dir = root; path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    if (readable(() => statSync(path.join(dir, ".git")))) {
      top = dir;
      break;
    }
  }
  const chain = toPosix(path.relative(top, root)).split("/").filter(Boolean);
  const rules = [];
  for (let i = 0; i < chain.length; i++) {
    const parent = chain.slice(0, i).join("/");
    const parentPrefix = parent === "" ? "" : `${escapeGlob(parent)}/`;
    const named = `!/${escapeGlob(chain.slice(0, i + 1).join("/"))}/`;
    append(rules, readRules(path.join(top, parent, ".gitignore"), parentPrefix)).push(named);
  }
  const prefix = chain.join("/");
  return extend(repositoryContext(top, prefix === "" ? (rel) => rel : (rel) => `${prefix}/${rel}`), rules);
}
function repositoryContext(top, fromRoot) {
  let gitDir = path.join(top, ".git");
  const target = /^gitdir:\s*(.+?)\s*$/m.exec(readText(gitDir))?.[1];
  if (target) gitDir = path.resolve(top, target);
  const common = readText(path.join(gitDir, "commondir")).trim();
  if (common) gitDir = path.resolve(gitDir, common);
  const rules = readRules(path.join(gitDir, "info", "exclude"), "");
  return extend({ matcher: (0, import_ignore.default)(IGNORE_OPTIONS), fromRoot }, rules);
}
function enterDirectory(ctx, dir, rel, entries) {
  if (rel !== "" && entries.some((e) => e.name === ".git")) {
    const strip = rel.length + 1;
    ctx = repositoryContext(dir, (r) => r.slice(strip));
  }
  if (!entries.some((e) => e.name === ".gitignore" && !e.isDirectory())) return ctx;
  const prefix = escapeGlob(ctx.fromRoot(rel === "" ? "" : `${rel}/`));
  return extend(ctx, readRules(path.join(dir, ".gitignore"), prefix));
}
function extend(ctx, rules) {
  return rules.length === 0 ? ctx : { ...ctx, matcher: (0, import_ignore.default)(IGNORE_OPTIONS).add(ctx.matcher).add(rules) };
}
function escapeGlob(literal2) {
  return literal2.replace(/[\\*?[\]!#]/g, "\\$&");
}
function readRules(file, prefix) {
  const rules = [];
  for (const line of readText(file).split(/\r?\n/)) {
    const negated = line.startsWith("!");
    const body = negated ? line.slice(1) : line;
    if (body.trim() === "" || line.startsWith("#")) continue;
    const anchored = body.trimEnd().replace(/\/$/, "").includes("/");
    const rebased = prefix === "" ? body : prefix + (anchored ? body.replace(/^\//, "") : `**/${body}`);
    rules.push(negated ? `!${rebased}` : rebased);
  }
  return rules;
}
function readText(file) {
  return readable(() => readFileSync(file, "utf8")) ?? "";
}
function readable(read) {
  try {
    return read();
  } catch {
    return void 0;
  }
}
function cannotRead(error) {
  return `cannot be read (${error.code ?? errorMessage(error)})`;
}

// src/engine/load-config.ts
import { dirname, join, resolve } from "node:path";

// src/engine/config-file.ts
var RULE_ID = "^BH\\d{3}$";
var RENDER_MODES = ["auto", "on", "off"];
var SCHEMA = {
  type: "object",
  additionalProperties: false,
  properties: {
    rules: {
      type: "object",
      propertyNames: { pattern: RULE_ID },
      additionalProperties: { enum: ["off", ...SEVERITIES] }
    },
    ignore: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["rules"],
        properties: {
          rules: { type: "array", minItems: 1, items: { type: "string", pattern: RULE_ID } },
          paths: { type: "array", items: { type: "string", minLength: 1 } },
          reason: { type: "string" },
          expires: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" }
        }
      }
    },
    exclude: { type: "array", items: { type: "string", minLength: 1 } },
    "trusted-registries": { type: "array", items: { type: "string", minLength: 1 } },
    "require-digest": { type: "boolean" },
    "pod-security-level": { enum: ["baseline", "restricted"] },
    "fail-on": { enum: [...SEVERITIES, "none"] },
    images: { type: "object", additionalProperties: { type: "string", minLength: 1 } },
    extends: {
      anyOf: [
        { type: "string", minLength: 1 },
        { type: "array", maxItems: 10, items: { type: "string", minLength: 1 } }
      ]
    },
    render: {
      type: "object",
      additionalProperties: false,
      properties: {
        helm: { enum: RENDER_MODES },
        kustomize: { enum: RENDER_MODES },
        "fetch-dependencies": { type: "boolean" },
        "windows-switches": { type: "boolean" },
        timeout: { type: "integer", minimum: 1, maximum: 3600 },
        "helm-path": { type: "string", minLength: 1 },
        "kubectl-path": { type: "string", minLength: 1 },
        "kustomize-path": { type: "string", minLength: 1 },
        charts: {
          type: "object",
          additionalProperties: {
            type: "object",
            additionalProperties: false,
            properties: {
              values: { type: "array", items: { type: "string", minLength: 1 } },
              set: {
                type: "object",
                propertyNames: { pattern: "^[^=\\s]+$" },
                additionalProperties: { anyOf: [{ type: "string" }, { type: "number" }, { type: "boolean" }] }
              }
            }
          }
        }
      }
    }
  }
};
var compiled;
function validator() {
  return compiled ??= import("./chunk-JARWBFQ2.js").then(
    ({ default: ajv }) => new ajv.Ajv({ allErrors: true }).compile(SCHEMA)
  );
}
async function parseConfig(text, file, baseDir) {
  await loadYamlLibrary();
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { schema: "core", lineCounter });
  const [syntax] = document.errors;
  if (syntax) {
    const line = syntax.linePos?.[0].line;
    throw new ConfigurationError(
      `${file}${line ? ` line ${line}` : ""}: not valid YAML: ${syntax.message.split("\n")[0]}`
    );
  }
  let data;
  try {
    data = document.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (error) {
    throw new ConfigurationError(`${file}: not valid YAML: ${errorMessage(error)}`);
  }
  const validate = await validator();
  if (!validate(data)) {
    const problems = (validate.errors ?? []).map((e) => {
      const segments = e.instancePath ? e.instancePath.slice(1).split("/") : [];
      const property = e.keyword === "additionalProperties" ? String(e.params.additionalProperty) : void 0;
      const where = segments.length ? segments.join(".") : "(top level)";
      const line = lineOf(document, lineCounter, segments, property);
      const extra = property === void 0 ? "" : ` '${property}'`;
      const allowed = e.keyword === "enum" ? ` (${e.params.allowedValues.join(", ")})` : "";
      return `  - ${where}${line ? ` (line ${line})` : ""}: ${e.message ?? "invalid"}${extra}${allowed}`;
    });
    throw new ConfigurationError(`${file} is not a valid Bulkhead config:
${problems.join("\n")}`);
  }
  const raw = data;
  return {
    baseDir,
    file,
    rules: raw.rules ?? {},
    ignore: (raw.ignore ?? []).map((i) => ({ ...i, paths: i.paths ?? [] })),
    exclude: raw.exclude ?? [],
    trustedRegistries: raw["trusted-registries"],
    requireDigest: raw["require-digest"],
    podSecurityLevel: raw["pod-security-level"],
    failOn: raw["fail-on"],
    images: raw.images ?? {},
    extends: typeof raw.extends === "string" ? [raw.extends] : raw.extends,
    ...raw.render ? { render: readRenderConfig(raw.render) } : {}
  };
}
function readRenderConfig(raw) {
  const charts = raw.charts ?? {};
  return {
    helm: raw.helm ?? "auto",
    kustomize: raw.kustomize ?? "auto",
    fetchDependencies: raw["fetch-dependencies"] ?? false,
    windowsSwitches: raw["windows-switches"] ?? true,
    timeout: raw.timeout ?? 120,
    ...definedPaths(raw),
    charts: Object.fromEntries(
      Object.entries(charts).map(([dir, chart]) => [
        dir,
        { values: chart.values ?? [], set: chart.set ?? {} }
      ])
    )
  };
}
function definedPaths(raw) {
  const paths = {};
  if (typeof raw["helm-path"] === "string") paths.helmPath = raw["helm-path"];
  if (typeof raw["kubectl-path"] === "string") paths.kubectlPath = raw["kubectl-path"];
  if (typeof raw["kustomize-path"] === "string") paths.kustomizePath = raw["kustomize-path"];
  return paths;
}
function lineOf(document, lineCounter, segments, property) {
  const path2 = segments.map((segment) => /^\d+$/.test(segment) ? Number(segment) : segment);
  let node = path2.length ? document.getIn(path2, true) : document.contents;
  if (property !== void 0 && isMap(node)) {
    const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === property);
    node = pair?.key;
  }
  const offset = node?.range?.[0];
  return offset === void 0 ? void 0 : lineCounter.linePos(offset).line;
}

// src/engine/config-source.ts
import { posix } from "node:path";
var REMOTE = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})\/([^@\s]+)@([A-Za-z0-9._/-]{1,255})$/;
function parseRemoteConfigSource(entry) {
  if (entry.startsWith("./") || entry.startsWith("../") || entry.startsWith("/")) return void 0;
  const match = REMOTE.exec(entry);
  if (!match) return void 0;
  const path2 = posix.normalize(match[3]);
  if (path2.startsWith("../") || path2 === ".." || path2.startsWith("/")) return void 0;
  return { owner: match[1], repo: match[2], path: path2, ref: match[4] };
}
function formatRemoteConfigSource(source) {
  return `${source.owner}/${source.repo}/${source.path}@${source.ref}`;
}
function resolveInRemote(from, entry) {
  const path2 = posix.normalize(posix.join(posix.dirname(from.path), entry));
  if (path2.startsWith("../") || path2 === "..") return void 0;
  return { ...from, path: path2 };
}

// src/engine/merge-configs.ts
function mergeConfigs(base, over) {
  return {
    baseDir: over.baseDir,
    file: over.file,
    rules: { ...base.rules, ...over.rules },
    ignore: [...base.ignore, ...over.ignore],
    exclude: [.../* @__PURE__ */ new Set([...base.exclude, ...over.exclude])],
    trustedRegistries: over.trustedRegistries ?? base.trustedRegistries,
    requireDigest: over.requireDigest ?? base.requireDigest,
    podSecurityLevel: over.podSecurityLevel ?? base.podSecurityLevel,
    failOn: over.failOn ?? base.failOn,
    images: { ...base.images, ...over.images },
    ...over.render || base.render ? { render: over.render ?? base.render } : {}
  };
}

// src/engine/load-config.ts
var CONFIG_FILE_NAME = ".bulkhead.yml";
var MAX_EXTENDS_DEPTH = 5;
async function loadConfig(explicit, firstPath, cwd, readRemote) {
  const file = findConfigFile(explicit, firstPath, cwd);
  if (!file) return void 0;
  const config = await resolveExtends(
    await parseConfig(readLocal(file), file, dirname(file)),
    { file },
    [file],
    readRemote
  );
  return { ...config, file };
}
function findConfigFile(explicit, firstPath, cwd) {
  if (explicit) {
    const file = resolve(cwd, explicit);
    if (!existsSync(file)) throw new ConfigurationError(`Config file '${explicit}' does not exist.`);
    return file;
  }
  const firstDir = firstPath ? resolve(cwd, firstPath) : cwd;
  const dirs = [isDirectory(firstDir) ? firstDir : dirname(firstDir), cwd];
  for (const dir of dirs) {
    for (const name of [CONFIG_FILE_NAME, ".bulkhead.yaml"]) {
      const file = join(dir, name);
      if (existsSync(file)) return file;
    }
  }
  return void 0;
}
async function resolveExtends(config, origin, chain, readRemote) {
  const name = chain.at(-1);
  let base;
  for (const entry of config.extends ?? []) {
    const remote = parseRemoteConfigSource(entry) ?? ("remote" in origin ? resolveInRemote(origin.remote, entry) : void 0);
    if ("remote" in origin && !remote)
      throw new ConfigurationError(`${name}: extends '${entry}' leaves the repository it is read from.`);
    const key = remote ? formatRemoteConfigSource(remote) : resolve(dirname(origin.file), entry);
    if (chain.includes(key))
      throw new ConfigurationError(
        `${name}: extends '${entry}' makes a cycle (${[...chain, key].join(" \u2192 ")}).`
      );
    if (chain.length > MAX_EXTENDS_DEPTH)
      throw new ConfigurationError(`${name}: extends nests deeper than ${MAX_EXTENDS_DEPTH} files.`);
    let text;
    if (remote) {
      if (!readRemote)
        throw new ConfigurationError(
          `${name}: extends '${entry}' is in another repository, which cannot be read here.`
        );
      text = await readRemote(remote);
    } else {
      if (!existsSync(key))
        throw new ConfigurationError(`${name}: extends '${entry}': no such file (${key}).`);
      text = readLocal(key);
    }
    const parsed = await parseConfig(text, key, config.baseDir);
    const resolved = await resolveExtends(
      parsed,
      remote ? { remote } : { file: key },
      [...chain, key],
      readRemote
    );
    base = base ? mergeConfigs(base, resolved) : resolved;
  }
  const own = { ...config, extends: void 0 };
  return base ? mergeConfigs(base, own) : own;
}
function readLocal(file) {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    throw new ConfigurationError(`Cannot read config file '${file}': ${errorMessage(error)}`);
  }
}
function isDirectory(path2) {
  try {
    return statSync(path2).isDirectory();
  } catch {
    return false;
  }
}

// src/engine/load-images.ts
import { relative, resolve as resolve2 } from "node:path";
var PARSE_ERROR_RULE_ID = "BH000";
function displayName(spec, cwd, document) {
  if (document) return document.source;
  return spec.startsWith("/") || spec.startsWith(".") ? relative(cwd, resolve2(cwd, spec)).split("\\").join("/") : spec;
}
async function loadImages(options, cwd, engine) {
  const loaded = { documents: [], findings: [], notes: [], complete: true };
  const parseErrorRule = engine.rules.find((r) => r.meta.id === PARSE_ERROR_RULE_ID);
  for (const host of options.insecureRegistries ?? []) {
    loaded.notes.push({
      kind: "info",
      file: host,
      message: `--insecure-registry ${host}: TLS certificates of this registry were not verified (and plain HTTP was allowed) for this scan.`
    });
  }
  const loadOptions = {
    cwd,
    ...options.platform ? { platform: options.platform } : {},
    ...options.insecureRegistries?.length ? { insecureRegistries: options.insecureRegistries } : {},
    ...options.env ? { env: options.env } : {}
  };
  const { loadImage } = await import("./chunk-KKBCHJGE.js");
  for (const spec of options.images) {
    try {
      const { document, notes } = await loadImage(spec, loadOptions);
      loaded.documents.push(document);
      for (const message of notes) loaded.notes.push({ kind: "info", file: document.source, message });
    } catch (error) {
      if (error instanceof ConfigurationError) throw error;
      const file = displayName(spec, cwd);
      if (error instanceof InputParseError) {
        if (parseErrorRule) {
          const location = { file, region: { ...IMAGE_REGION } };
          loaded.findings.push(
            buildFinding(
              parseErrorRule,
              "image",
              location,
              `Not a readable image: ${error.message}`,
              engine.ruleConfig
            )
          );
        }
      } else {
        loaded.complete = false;
        loaded.notes.push({
          kind: "unreadable",
          file,
          message: `The image could not be scanned: ${errorMessage(error)}`
        });
      }
    }
  }
  return loaded;
}

// src/engine/read-text-file.ts
var MAX_PARSE_BYTES = 8 * 1024 * 1024;
var SNIFF_BYTES = 8 * 1024;
var MAX_INVALID_SHARE = 0.3;
var MIN_INVALID_FOR_BINARY = 8;
function readTextFile(absolutePath) {
  let bytes;
  try {
    bytes = readFileSync(absolutePath);
  } catch (error) {
    const reason = error.code ?? errorMessage(error);
    return { kind: "error", message: `Cannot read the file (${reason}).` };
  }
  if (bytes.length > MAX_PARSE_BYTES) {
    const mib = (bytes.length / (1024 * 1024)).toFixed(1);
    return {
      kind: "too-large",
      message: `Not scanned: ${mib} MiB is over the ${MAX_PARSE_BYTES / (1024 * 1024)} MiB a file can have to be parsed in about 1 GB of memory, whatever --max-file-size allows; split the file.`
    };
  }
  return decodeText(bytes);
}
function decodeText(bytes) {
  if (bytes[0] === 255 && bytes[1] === 254) return decodeUtf16(bytes.subarray(2), false);
  if (bytes[0] === 254 && bytes[1] === 255) return decodeUtf16(bytes.subarray(2), true);
  const hadBom = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191;
  const body = hadBom ? bytes.subarray(3) : bytes;
  const head = body.subarray(0, SNIFF_BYTES);
  if (head.includes(0)) return { kind: "binary" };
  const sample = new TextDecoder("utf-8", { ignoreBOM: true }).decode(head, { stream: true });
  if (isMostlyInvalid(sample)) return { kind: "binary" };
  return { kind: "text", text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(body), hadBom };
}
function decodeUtf16(body, bigEndian) {
  let littleEndian = body;
  if (bigEndian) {
    littleEndian = new Uint8Array(body.length);
    for (let i = 0; i + 1 < body.length; i += 2) {
      littleEndian[i] = body[i + 1] ?? 0;
      littleEndian[i + 1] = body[i] ?? 0;
    }
    if (body.length % 2 === 1) littleEndian[body.length - 1] = body[body.length - 1] ?? 0;
  }
  const text = new TextDecoder("utf-16le", { ignoreBOM: true }).decode(littleEndian);
  const head = text.slice(0, SNIFF_BYTES / 2);
  if (head.includes("\0") || isMostlyInvalid(head)) return { kind: "binary" };
  return { kind: "text", text, hadBom: true };
}
function isMostlyInvalid(text) {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 65533) count++;
  return count >= MIN_INVALID_FOR_BINARY && count > text.length * MAX_INVALID_SHARE;
}

// src/targets/image/locate-in-dockerfile.ts
var ENV_LOCATION = /^config\.Env\[(\d+)\]$/;
var HISTORY_LOCATION = /^history\[(\d+)\]\.created_by$/;
function locateInDockerfile(logical, image, dockerfile) {
  const index = originIndex(image, dockerfile);
  if (!index) return void 0;
  const { final, base } = index;
  const fallback = { keyword: "FROM", region: base.from.region, approximate: true };
  if (logical === USER_LOCATION) return originOf(index.user ?? final.from, false);
  const env = ENV_LOCATION.exec(logical ?? "");
  if (env) return envOrigin(image.config.env[Number(env[1])], index) ?? fallback;
  const history = HISTORY_LOCATION.exec(logical ?? "");
  const entryIndex = history ? Number(history[1]) : index.historyOfLayer.get(index.fileLayer.get(logical ?? "") ?? -1);
  if (entryIndex === void 0) return fallback;
  return historyOrigin(index, entryIndex) ?? fallback;
}
var INDEXES = /* @__PURE__ */ new WeakMap();
function originIndex(image, dockerfile) {
  let perImage = INDEXES.get(image);
  if (!perImage) INDEXES.set(image, perImage = /* @__PURE__ */ new WeakMap());
  let index = perImage.get(dockerfile);
  if (index === void 0) perImage.set(dockerfile, index = buildOriginIndex(image, dockerfile) ?? null);
  return index ?? void 0;
}
function buildOriginIndex(image, dockerfile) {
  const stages = finalImageStages(dockerfile);
  const final = stages[0];
  if (!final) return null;
  const fileLayer = /* @__PURE__ */ new Map();
  for (const file of image.files)
    if (!fileLayer.has(fileLocation(file))) fileLayer.set(fileLocation(file), file.layerIndex);
  const historyOfLayer = /* @__PURE__ */ new Map();
  const historyText = [];
  const historyRank = [];
  const seen = /* @__PURE__ */ new Map();
  image.history.forEach((entry, i) => {
    if (entry.layerIndex !== void 0 && !historyOfLayer.has(entry.layerIndex))
      historyOfLayer.set(entry.layerIndex, entry.index);
    const text = normaliseCreatedBy(entry.createdBy);
    historyText[i] = text;
    historyRank[i] = seen.get(text) ?? 0;
    seen.set(text, (historyRank[i] ?? 0) + 1);
  });
  const instructionsByText = /* @__PURE__ */ new Map();
  for (const stage of [...stages].reverse())
    for (const instruction of stage.instructions) {
      const text = normaliseInstruction(instruction);
      const list = instructionsByText.get(text);
      if (list) list.push(instruction);
      else instructionsByText.set(text, [instruction]);
    }
  const setters = /* @__PURE__ */ new Map();
  let user;
  for (const stage of stages)
    for (let i = stage.instructions.length - 1; i >= 0; i--) {
      const instruction = stage.instructions[i];
      if (instruction.keyword === "USER") user ??= instruction;
      if (instruction.keyword !== "ENV" && instruction.keyword !== "ARG") continue;
      for (let p = instruction.properties.length - 1; p >= 0; p--) {
        const property = instruction.properties[p];
        const key = `${instruction.keyword}:${property?.name ?? ""}`;
        if (property && !setters.has(key)) setters.set(key, { instruction, region: property.region });
      }
    }
  return {
    final,
    base: stages.at(-1) ?? final,
    user,
    fileLayer,
    historyOfLayer,
    historyText,
    historyRank,
    instructionsByText,
    setters
  };
}
function originOf(instruction, approximate, region) {
  return { keyword: instruction.keyword, region: region ?? instruction.region, approximate };
}
function envOrigin(entry, index) {
  if (entry === void 0) return void 0;
  const equals = entry.indexOf("=");
  const name = equals < 0 ? entry : entry.slice(0, equals);
  for (const keyword of ["ENV", "ARG"]) {
    const found = index.setters.get(`${keyword}:${name}`);
    if (found) return originOf(found.instruction, false, found.region);
  }
  return void 0;
}
function historyOrigin(index, entryIndex) {
  const text = index.historyText[entryIndex];
  if (text === void 0) return void 0;
  const matches = index.instructionsByText.get(text) ?? [];
  const instruction = matches[index.historyRank[entryIndex] ?? 0] ?? matches.at(-1);
  return instruction ? originOf(instruction, false) : void 0;
}
function normaliseCreatedBy(createdBy) {
  const command = parseCreatedBy(createdBy);
  if (command) return collapse(`RUN ${command.script}`);
  const text = collapse(createdBy).replace(/ # buildkit$/, "").replace(/^(?:\/bin\/)?sh -c #\(nop\) /, "");
  return text;
}
function normaliseInstruction(instruction) {
  const { keyword } = instruction;
  if (keyword === "RUN")
    return collapse(`RUN ${instruction.execForm ? instruction.execForm.join(" ") : instruction.argsText}`);
  if (keyword === "COPY" || keyword === "ADD")
    return collapse(`${keyword} ${instruction.args.map((a) => a.value).join(" ")}`);
  if (keyword === "ENV")
    return collapse(`ENV ${instruction.properties.map((p) => `${p.name}=${p.value ?? ""}`).join(" ")}`);
  return collapse(`${keyword} ${instruction.argsText}`);
}
function collapse(text) {
  return text.replace(/\s+/g, " ").trim();
}

// src/engine/scan-images.ts
function scanImageDocuments(images, options) {
  const rules = options.rules.filter((r) => options.ruleConfig?.[r.meta.id] !== "off");
  const repository = options.repository?.facts ?? EMPTY_REPOSITORY;
  const result = { findings: [], notes: [], files: [], complete: true };
  for (const document of images) {
    const file = document.source;
    result.files.push({ path: file, target: "image" });
    const run = runChecks(
      {
        target: "image",
        document,
        file,
        repository,
        locate: (report) => ({
          file,
          region: { ...IMAGE_REGION },
          ...report.logical ? { logical: report.logical } : {}
        })
      },
      rules,
      options,
      result.notes
    );
    const dockerfile = options.repository && dockerfileOf(document, options.repository);
    for (const finding of run.findings) {
      finishImageFinding(finding, options);
      if (dockerfile) moveToDockerfile(finding, document, dockerfile);
      result.findings.push(finding);
    }
  }
  result.findings.sort(compareFindings);
  redactFindings(result.findings, result.notes);
  return result;
}
function finishImageFinding(finding, options) {
  const suppression = options.ignores?.suppression(finding);
  if (suppression) finding.suppression = suppression;
  const key = (finding.location.logical ?? "").replace(LAYER_DIGEST, "layer:");
  const fingerprint = computeLineFingerprints(key).get(1);
  if (fingerprint) finding.fingerprint = fingerprint;
}
var LAYER_DIGEST = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[0-9a-f]{16,}:/;
function dockerfileOf(document, repository) {
  let found;
  for (const name of document.names) {
    const reference = parseImageReference(name.trim());
    const linked = reference && repository.imageDockerfiles.get(reference.name.toLowerCase());
    if (!linked) continue;
    if (found && found.path !== linked.path) return void 0;
    found = linked;
  }
  return found;
}
function moveToDockerfile(finding, image, dockerfile) {
  const origin = locateInDockerfile(finding.location.logical, image, dockerfile.document);
  if (!origin) return;
  const imageLocation = finding.location;
  const where = imageLocation.logical ? ` at ${imageLocation.logical}` : "";
  const related = (finding.relatedLocations ?? []).filter(
    (r) => r.file !== dockerfile.path || r.region.startLine !== origin.region.startLine
  );
  finding.location = { file: dockerfile.path, region: { ...origin.region } };
  finding.relatedLocations = [
    ...related,
    { ...imageLocation, message: `Found in the built image ${imageLocation.file}${where}.` }
  ];
  finding.properties = {
    ...finding.properties,
    imageSource: imageLocation.file,
    dockerfileInstruction: origin.keyword,
    dockerfileMatch: origin.approximate ? "approximate" : "exact"
  };
}

// src/engine/scan-rendered.ts
import { availableParallelism, cpus } from "node:os";
import { posix as posix11, resolve as resolve9 } from "node:path";

// src/render/kustomization-patches.ts
import { posix as posix2 } from "node:path";
function kustomizationPatches(kustomization, readText2) {
  return patchPaths(kustomization, readKustomization(readText2(kustomization)));
}
function patchPaths(kustomization, entries) {
  const dir = posix2.dirname(kustomization);
  return entries.patches.map((e) => posix2.normalize(posix2.join(dir, e)));
}
var PATCH_NAME = /(^|[-_.])patch(es)?([-_.][^/]*)?\.ya?ml$/i;
function isPatchName(path2) {
  return PATCH_NAME.test(path2.slice(path2.lastIndexOf("/") + 1));
}
var WORKLOAD_KIND = /^kind:[ \t]*["']?(Deployment|StatefulSet|DaemonSet|ReplicaSet|Job|CronJob|Pod)["']?[ \t]*(#.*)?$/m;
function isWorkloadFragment(text) {
  return text !== void 0 && WORKLOAD_KIND.test(text) && /^[ \t]*(?:-[ \t]+)?containers[ \t]*:/m.test(text) && !/^[ \t]*(?:-[ \t]+)?["']?image["']?[ \t]*:/m.test(text);
}
function unlistedPatchFiles(kustomization, besides, readText2) {
  if (besides.length === 0) return [];
  const dir = posix2.dirname(kustomization);
  const entries = readKustomization(readText2(kustomization));
  const listed = new Set(patchPaths(kustomization, entries));
  for (const reference of entries.references) listed.add(referencedPath(dir, reference));
  return besides.filter((file) => !listed.has(file));
}

// src/render/find-render-tools.ts
import { delimiter, join as join2, resolve as resolve3 } from "node:path";
function findRenderTools(env, configured = {}, configDir = ".") {
  const pick = (name, variable) => {
    const explicit = configured[name] ? resolve3(configDir, configured[name]) : env[variable];
    if (explicit) return isExecutable(explicit) ? explicit : void 0;
    return findOnPath(name, env);
  };
  const helm = pick("helm", "BULKHEAD_HELM");
  const kubectl = pick("kubectl", "BULKHEAD_KUBECTL");
  const kustomize = kubectl ? void 0 : pick("kustomize", "BULKHEAD_KUSTOMIZE");
  return {
    ...helm ? { helm } : {},
    ...kubectl ? { kustomize: { command: kubectl, args: ["kustomize"] } } : kustomize ? { kustomize: { command: kustomize, args: ["build"] } } : {}
  };
}
function findOnPath(name, env) {
  const path2 = env.PATH ?? env.Path ?? "";
  const extensions = process.platform === "win32" ? (env.PATHEXT ?? ".EXE").split(";") : [""];
  for (const dir of path2.split(delimiter)) {
    if (!dir) continue;
    for (const extension of extensions) {
      const candidate = join2(dir, name + extension.toLowerCase());
      if (isExecutable(candidate)) return candidate;
    }
  }
  return void 0;
}
function isExecutable(file) {
  try {
    if (!statSync(file).isFile()) return false;
    if (process.platform !== "win32") accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

// src/render/map-helm.ts
import { Buffer } from "node:buffer";
import { posix as posix5 } from "node:path";

// src/render/template-key-lines.ts
var ANCHORED_SCALAR = /&([A-Za-z0-9_-]+)[ \t]+["']?([^"'{}#\s*&]+)/g;
var KEY_LINE = /^( *)((?:- +)*)(?:"([^"]+)"|'([^']+)'|([A-Za-z0-9_./-]+)) *:(?: |$)/;
function indexTemplateKeys(text) {
  const entries = [];
  const lines = text.split(/\r\n|\r|\n/);
  let stack = [];
  const items = [];
  let documentStart = 0;
  const documentKinds = [];
  const anchors = /* @__PURE__ */ new Map();
  lines.forEach((line, index) => {
    const trimmed = line.trim();
    if (line.includes("&"))
      for (const [, anchor, value] of line.matchAll(ANCHORED_SCALAR))
        anchors.set(anchor, value);
    if (trimmed === "---" || trimmed.startsWith("--- ")) {
      stack = [];
      documentStart = entries.length;
      return;
    }
    const match = KEY_LINE.exec(line.replace(/\t/g, " "));
    if (!match || trimmed.startsWith("#")) return;
    const indent = (match[1] ?? "").length + (match[2] ?? "").length;
    const key = match[3] ?? match[4] ?? match[5];
    let sibling;
    while (stack.length && stack.at(-1).indent >= indent) sibling = stack.pop();
    const item = match[2] ? {} : sibling?.indent === indent ? sibling.item : void 0;
    if (item && key === "name") {
      const written = /:\s*["']?([^"'{}#\s]+)["']?\s*(#.*)?$/.exec(line)?.[1];
      const name = written?.startsWith("*") ? anchors.get(written.slice(1)) : written;
      if (name) item.name = name;
      else if (line.includes("{{")) item.template = line.slice(line.indexOf(":") + 1).trim();
    }
    stack.push({ indent, key, ...item ? { item } : {} });
    const entry = {
      line: index + 1,
      indent,
      keys: stack.map((s) => s.key),
      itemNames: [],
      itemNameTemplates: []
    };
    entries.push(entry);
    items.push({ entry, levels: [...stack] });
    if (stack.length === 1 && key === "kind") {
      const kind = /^\s*kind:\s*["']?([A-Za-z0-9]+)["']?\s*$/.exec(line)?.[1];
      if (kind) documentKinds.push({ start: documentStart, kind });
    }
  });
  for (const { entry, levels } of items)
    for (const level of levels)
      if (level.item) {
        entry.itemNames.push(level.item.name);
        entry.itemNameTemplates.push(level.item.template);
      }
  documentKinds.forEach(({ start, kind }, n) => {
    const end = documentKinds.slice(n + 1).find((d) => d.start > start)?.start ?? entries.length;
    for (let i = start; i < end; i++) if (entries[i]) entries[i].kind = kind;
  });
  return entries;
}
var VALUES_REFERENCE = /\$?\.Values((?:\.[A-Za-z0-9_]+)+)(?:\s*\)((?:\.[A-Za-z0-9_]+)+))?/g;
function valuesReferences(text) {
  const references = [];
  for (const match of text.matchAll(VALUES_REFERENCE))
    references.push(`${match[1]}${match[2] ?? ""}`.slice(1).split("."));
  return references;
}
function defaultedValuesPaths(block) {
  const piped = PIPED_DEFAULT.exec(block);
  const prefixed = piped ? void 0 : PREFIX_DEFAULT.exec(block);
  const [value, fallback] = piped ? [piped[1], piped[2]] : prefixed ? [prefixed[2], prefixed[1]] : [];
  if (value === void 0 || fallback === void 0) return void 0;
  return [value.slice(1).split("."), fallback.slice(1).split(".")];
}
var VALUES_PATH = String.raw`\$?\.Values((?:\.[A-Za-z0-9_]+)+)`;
var PIPED_DEFAULT = new RegExp(
  String.raw`toYaml\s+\(\s*${VALUES_PATH}\s*\|\s*default\s+${VALUES_PATH}\s*\)`
);
var PREFIX_DEFAULT = new RegExp(String.raw`toYaml\s+\(\s*default\s+${VALUES_PATH}\s+${VALUES_PATH}\s*\)`);
function blockValuesPath(block) {
  const direct = /toYaml\s+[^|}\n]*?\.Values((?:\.[A-Za-z0-9_]+)+)/.exec(block);
  if (direct) return direct[1].slice(1).split(".");
  const withBlock = /with\s+\$?\.Values((?:\.[A-Za-z0-9_]+)+)\s*-?}}[\s\S]*?toYaml\s+\.\s/.exec(block);
  if (withBlock) return withBlock[1].slice(1).split(".");
  return void 0;
}

// src/render/inline-includes.ts
var MAX_DEPTH = 4;
var MAX_LINES = 2e4;
var INCLUDE_LINE = /^( *)((?:- +)?(?:"[^"]*"|'[^']*'|[A-Za-z0-9_./-]+) *: *)?\{\{-?\s*(?:include|template)\s+"([^"]+)"(.*?)-?\}\}\s*$/;
var INDENT = /\|\s*(n?)indent\s+(\d+)\s*$/;
function inlineIncludes(file, text, chartDirs, sources) {
  const defines = { get: (name) => findDefinition(name, chartDirs, sources) };
  const leads2 = /* @__PURE__ */ new Map();
  const leadsToBlock = (definition, depth) => {
    if (definition.blockShaped) return true;
    const known = leads2.get(definition);
    if (known !== void 0) return known;
    leads2.set(definition, false);
    const found = depth < MAX_DEPTH && definition.lines.some((line) => {
      const name = INCLUDE_LINE.exec(line)?.[3];
      const inner = name === void 0 ? void 0 : defines.get(name);
      return inner !== void 0 && leadsToBlock(inner, depth + 1);
    });
    leads2.set(definition, found);
    return found;
  };
  const out = [];
  const origins = [];
  const paste = (lines, from, firstLine, indent, depth) => {
    lines.forEach((line, index) => {
      const match = depth < MAX_DEPTH && out.length < MAX_LINES ? INCLUDE_LINE.exec(line) : null;
      const found = match ? defines.get(match[3]) : void 0;
      const definition = found && leadsToBlock(found, depth + 1) ? found : void 0;
      const pipeline = match?.[4] ?? "";
      const indentBy = INDENT.exec(pipeline);
      const block = match && definition && (indentBy || !match[2]);
      if (!block) {
        out.push(line === "" ? "" : " ".repeat(indent) + line);
        origins.push({ file: from, line: firstLine + index });
        return;
      }
      if (match[2]) {
        out.push(" ".repeat(indent) + (match[1] ?? "") + (match[2] ?? "").trimEnd());
        origins.push({ file: from, line: firstLine + index });
      }
      const by = indentBy ? Number(indentBy[2]) : (match[1] ?? "").length;
      paste(bodyLines(definition), definition.file, definition.firstLine, indent + by, depth + 1);
    });
  };
  paste(text.split(/\r\n|\r|\n/), file, 1, 0, 0);
  if (indexTemplateKeys(out.join("\n")).length === 0) {
    const named = [...text.matchAll(/\b(?:include|template)\s+"([^"]+)"/g)].map((match) => defines.get(match[1])).find((definition) => definition !== void 0 && leadsToBlock(definition, 1));
    if (named) {
      out.length = 0;
      origins.length = 0;
      paste(bodyLines(named), named.file, named.firstLine, 0, 1);
    }
  }
  return {
    text: out.join("\n"),
    origin: (line) => origins[line - 1] ?? { file, line: 1 }
  };
}
function bodyLines(definition) {
  return definition.blockShaped ? definition.lines : definition.lines.map((line) => line.replace(/^[ \t]+(?=\{\{-)/, ""));
}
function definitionText(name, chartDirs, sources) {
  return findDefinition(name, chartDirs, sources)?.lines.join("\n");
}
function findDefinition(name, chartDirs, sources) {
  for (const dir of [chartDirs.own, chartDirs.root, ...chartDirs.local ?? []]) {
    const found = definitionsIn(dir, sources).get(name);
    if (found) return found;
  }
  return void 0;
}
var cache = /* @__PURE__ */ new WeakMap();
function definitionsIn(chartDir, sources) {
  let byChart = cache.get(sources);
  if (!byChart) cache.set(sources, byChart = /* @__PURE__ */ new Map());
  let defines = byChart.get(chartDir);
  if (defines) return defines;
  defines = /* @__PURE__ */ new Map();
  const prefix = chartDir === "." || chartDir === "" ? "" : `${chartDir}/`;
  for (const file of sources.files ?? []) {
    if (!file.startsWith(prefix) || !/(?:^|\/)templates\/(?:[^/]+\/)*[^/]*\.(?:tpl|ya?ml)$/.test(file))
      continue;
    const text = sources.readText(file);
    if (text === void 0 || !text.includes("define")) continue;
    for (const [name, definition] of definitionsOf(file, text))
      if (!defines.has(name)) defines.set(name, definition);
  }
  byChart.set(chartDir, defines);
  return defines;
}
var DEFINE = /^\s*\{\{-?\s*define\s+"([^"]+)"\s*-?\}\}\s*$/;
var END = /^\s*\{\{-?\s*end\s*-?\}\}\s*$/;
function definitionsOf(file, text) {
  const lines = text.split(/\r\n|\r|\n/);
  const found = [];
  for (let i = 0; i < lines.length; i++) {
    const name = DEFINE.exec(lines[i])?.[1];
    if (!name) continue;
    let end = i + 1;
    while (end < lines.length && !DEFINE.test(lines[end])) end++;
    let last = end;
    while (last > i + 1 && (lines[last - 1].trim() === "" || END.test(lines[last - 1]))) {
      const closing = END.test(lines[last - 1]);
      last--;
      if (closing) break;
    }
    const body = lines.slice(i + 1, last);
    const blockShaped = indexTemplateKeys(body.join("\n")).length > 0;
    const common = Math.min(
      ...body.filter((line) => line.trim() !== "" && !line.trim().startsWith("{{")).map((line) => line.length - line.trimStart().length)
    );
    const strip = Number.isFinite(common) ? common : 0;
    found.push([
      name,
      {
        file,
        firstLine: i + 2,
        blockShaped,
        lines: body.map((line) => line.slice(0, strip).trim() === "" ? line.slice(strip) : line)
      }
    ]);
    i = end - 1;
  }
  return found;
}

// src/render/mapping-context.ts
import { posix as posix3 } from "node:path";
function helmChartPath(context, segments) {
  for (let end = segments.length; end >= 2 && context.localCharts?.size; end--) {
    const dir = context.localCharts.get(segments.slice(0, end).join("/"));
    if (dir !== void 0) return posix3.join(dir, ...segments.slice(end));
  }
  return posix3.join(context.root.dir, ...segments);
}
function lineInText(text, wanted, after) {
  const needle = wanted.trim();
  if (text === void 0 || needle === "") return void 0;
  const lines = text.split(/\r\n|\r|\n/).slice(after, after + 5e3);
  const same = lines.findIndex((line) => line.trim() === needle);
  if (same >= 0) return after + same + 1;
  const templated = lines.findIndex((line) => {
    const literal2 = line.trim().split("{{")[0];
    return line.includes("{{") && literal2.length >= 3 && needle.startsWith(literal2);
  });
  return templated >= 0 ? after + templated + 1 : void 0;
}

// src/render/values-list-item.ts
function placeListItem(rendered, index, lists) {
  const unmatched = [];
  for (const [list, items] of lists.entries()) {
    const start = runStart(rendered, items);
    if (start === void 0) unmatched.push(list);
    else if (index >= start && index < start + items.length) return { list, index: index - start };
  }
  const name = nameOf(rendered[index]);
  for (const list of unmatched) {
    const named = lists[list].flatMap(
      (item, i) => name !== void 0 && nameOf(item) === name ? [i] : []
    );
    if (named.length === 1) return { list, index: named[0] };
  }
  return unmatched.length === 0 && lists.length > 0 ? "template" : void 0;
}
function runStart(rendered, items) {
  for (let start = 0; start + items.length <= rendered.length; start++)
    if (items.every((item, i) => sameData(item, rendered[start + i]))) return start;
  return void 0;
}
function nameOf(item) {
  const name = isRecord(item) ? item.name : void 0;
  return typeof name === "string" ? name : void 0;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
var MAX_DEPTH2 = 64;
function sameData(a, b, depth = 0) {
  if (a === b) return true;
  if (depth >= MAX_DEPTH2) return false;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, i) => sameData(item, b[i], depth + 1));
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && sameData(a[key], b[key], depth + 1));
  }
  return false;
}

// src/render/values-loops.ts
var ACTION = /\{\{-?\s*([\s\S]*?)\s*-?\}\}/g;
var OVER_VALUES = /^(?:range|with)\s+(?:\$[A-Za-z0-9_]*\s*(?:,\s*\$[A-Za-z0-9_]*\s*)?:=\s*)?\$?\.Values((?:\.[A-Za-z0-9_]+)+)$/;
var OPENS = /^(?:if|range|with|define|block)\b/;
function valuesLoopsByLine(text) {
  const open = [];
  const byLine = [[]];
  const actions = text.matchAll(ACTION);
  let next = actions.next();
  let lineStart = 0;
  for (const line of text.split("\n")) {
    while (!next.done && next.value.index < lineStart) {
      apply(open, next.value[1].trim());
      next = actions.next();
    }
    byLine.push(open.flatMap((block) => block.loop ? [block.loop] : []));
    lineStart += line.length + 1;
  }
  return byLine;
}
function apply(open, action) {
  if (action.startsWith("/*")) return;
  if (action === "end" || action.startsWith("end ")) open.pop();
  else if (action === "else" || action.startsWith("else ")) {
    const last = open.at(-1);
    if (last) delete last.loop;
  } else if (OPENS.test(action)) {
    const path2 = OVER_VALUES.exec(action)?.[1];
    open.push(path2 ? { loop: { valuesPath: path2.slice(1).split(".") } } : {});
  }
}
function isEmptyValue(value) {
  if (value === void 0 || value === null || value === false || value === 0 || value === "") return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === "object" && Object.keys(value).length === 0;
}

// src/render/helm-values.ts
import { posix as posix4 } from "node:path";

// src/render/find-yaml-key.ts
function findYamlKey(text, path2, search = {}) {
  const lineCounter = new LineCounter();
  let documents;
  try {
    documents = parseAllDocuments(text, { lineCounter });
  } catch {
    return void 0;
  }
  let best;
  const candidates = documents.filter(
    (document) => document.contents && (search.kind === void 0 || document.get("kind") === void 0 || document.get("kind") === search.kind)
  );
  const nameOf2 = (document) => document.getIn(["metadata", "name"]);
  let longest = -1;
  for (const document of candidates) {
    const name = nameOf2(document);
    if (search.name !== void 0 && typeof name === "string" && search.name.includes(name))
      longest = Math.max(longest, name.length);
  }
  for (const document of candidates) {
    const name = nameOf2(document);
    if (search.name !== void 0 && typeof name === "string" && (!search.name.includes(name) || name.length < longest))
      continue;
    const match = walkKeyPath(document.contents, path2, search, lineCounter);
    if (match && (!best || match.matched > best.matched)) best = match;
  }
  return best;
}
function walkKeyPath(root, path2, search, lineCounter) {
  let node = root;
  let match;
  for (const [index, segment] of path2.entries()) {
    let next;
    let start;
    if (isMap(node) && typeof segment === "string") {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === segment);
      if (!pair) break;
      next = pair.value;
      start = pair.key.range?.[0];
    } else if (isSeq(node) && typeof segment === "number") {
      const wanted = search.itemName?.(index);
      next = wanted !== void 0 ? node.items.find((item) => isMap(item) && item.get("name") === wanted) : node.items[segment];
      if (next === void 0) break;
      start = next.range?.[0];
    } else break;
    if (start === void 0) break;
    match = { matched: index + 1, line: lineCounter.linePos(start).line };
    node = next;
  }
  if (match?.matched === path2.length && isScalar(node)) match.value = node.value;
  return match;
}

// src/render/helm-values.ts
function valuesSources(subchart, context) {
  const subName = subchart.length >= 2 ? subchart.at(-1) : void 0;
  const sources = [];
  const prefix = subName ? [subName] : [];
  for (const file of [...context.valuesFiles].reverse()) sources.push({ file, prefix });
  sources.push({ file: posix4.join(context.root.dir, "values.yaml"), prefix });
  if (subchart.length)
    sources.push({ file: helmChartPath(context, [...subchart, "values.yaml"]), prefix: [] });
  return sources;
}
function valuesList(valuesPath, subchart, context) {
  const first = valuesSettings(valuesPath, subchart, context).next();
  return !first.done && Array.isArray(first.value) ? first.value : void 0;
}
function valuesEmpty(valuesPath, subchart, context) {
  for (const data of valuesSettings(valuesPath, subchart, context)) {
    if (!isEmptyValue(data)) return false;
    if (typeof data !== "object" || data === null || Array.isArray(data)) return true;
  }
  return true;
}
var parsedValues = /* @__PURE__ */ new WeakMap();
function parsedValuesFile(file, context) {
  let parsed = parsedValues.get(context);
  if (!parsed) parsedValues.set(context, parsed = /* @__PURE__ */ new Map());
  if (!parsed.has(file)) {
    const text = context.readText(file);
    let document;
    try {
      document = text === void 0 ? void 0 : parseDocument(text);
    } catch {
      document = void 0;
    }
    parsed.set(file, document);
  }
  return parsed.get(file);
}
function* valuesSettings(valuesPath, subchart, context) {
  for (const source of valuesSources(subchart, context)) {
    const document = parsedValuesFile(source.file, context);
    const wanted = [...source.prefix, ...valuesPath];
    if (!document?.hasIn(wanted)) continue;
    const node = document.getIn(wanted, true);
    yield isNode(node) ? node.toJSON() : node;
  }
}
function lookupValues(valuesPath, subchart, context) {
  let partial;
  for (const source of valuesSources(subchart, context)) {
    const text = context.readText(source.file);
    if (text === void 0) continue;
    const wanted = [...source.prefix, ...valuesPath];
    const match = findYamlKey(text, wanted);
    if (!match) continue;
    if (match.matched === wanted.length)
      return { file: source.file, line: match.line, exact: true, via: "values", value: match.value };
    if (!partial && match.matched > source.prefix.length + Math.min(1, valuesPath.length - 1))
      partial = { file: source.file, line: match.line, exact: false, via: "values" };
  }
  return partial;
}
function takenAppVersion(valueText, rendered, subchart, context) {
  if (!valueText.includes(".Chart.AppVersion") || typeof rendered !== "string") return void 0;
  const taken = [...valueText.matchAll(/\{\{([\s\S]*?)\}\}/g)].some(
    ([, action]) => action?.includes(".Chart.AppVersion") && valuesReferences(action).every((path2) => isEmptyValue(lookupValues(path2, subchart, context)?.value))
  );
  if (!taken) return void 0;
  const file = helmChartPath(context, [...subchart, "Chart.yaml"]);
  const text = context.readText(file);
  const match = text === void 0 ? void 0 : findYamlKey(text, ["appVersion"]);
  const value = match?.matched === 1 ? match.value : void 0;
  if (typeof value !== "string" && typeof value !== "number") return void 0;
  const shown = String(value);
  return shown !== "" && rendered.includes(shown) && match ? { file, line: match.line, value: shown } : void 0;
}

// src/render/map-helm.ts
function valuesLineOfBlock(location, lineText, context) {
  const lines = (context.readText(location.file) ?? "").split(/\r\n|\r|\n/);
  const keyLine = lines[location.line - 1] ?? "";
  const indent = keyLine.length - keyLine.trimStart().length;
  const block = [];
  for (let i = location.line; i < lines.length && block.length < 200; i++) {
    const line = lines[i];
    const content = line.trim();
    if (content !== "" && !content.startsWith("{{") && line.length - line.trimStart().length <= indent) break;
    block.push(line);
  }
  for (const reference of valuesReferences(block.join("\n"))) {
    const found = lookupValues(reference, [], context);
    if (!found?.exact) continue;
    const line = lineInText(context.readText(found.file), lineText, found.line - 1);
    if (line) return { file: found.file, line, exact: true, via: "values" };
  }
  for (const file of chartFilesRead(block.join("\n"), location.file)) {
    const line = lineInText(context.readText(file), lineText, 0);
    if (line) return { file, line, exact: true, via: "template" };
  }
  return void 0;
}
function chartFilesRead(text, template) {
  const at = template.lastIndexOf("/templates/");
  const chartDir = at < 0 ? posix5.dirname(posix5.dirname(template)) : template.slice(0, at);
  return [...text.matchAll(/\.Files\.Get\s+"([^"]+)"/g)].map(
    (match) => posix5.normalize(posix5.join(chartDir, match[1]))
  );
}
function chartDirsOf(subchart, context) {
  const local = [...context.localCharts?.values() ?? []];
  return {
    own: helmChartPath(context, subchart),
    root: context.root.dir,
    ...local.length ? { local } : {}
  };
}
function mapHelm(object, path2, context) {
  if (!object.helmSource) return void 0;
  const segments = object.helmSource.split("/").slice(1);
  const templates = segments.lastIndexOf("templates");
  const template = helmChartPath(context, segments);
  const text = context.readText(template);
  if (text === void 0 || templates < 0) return void 0;
  const subchart = segments.slice(0, templates);
  const keys = [];
  path2.forEach((segment, at2) => typeof segment === "string" && keys.push({ key: segment, at: at2 }));
  const inlined = inlineIncludes(template, text, chartDirsOf(subchart, context), context);
  const at = (line) => inlined.origin(line);
  const entries = indexTemplateKeys(inlined.text);
  const sameKind = entries.filter((e) => e.kind === void 0 || e.kind === object.kind);
  const candidates = sameKind.length ? sameKind : entries;
  const names = renderedItemNames(object, path2);
  let depth = 0;
  let entry;
  const lines = inlined.text.split("\n");
  const rendered = object.document.getIn(path2);
  let loops;
  const renders = (e) => !(loops ??= valuesLoopsByLine(inlined.text))[e.line]?.some(
    (loop) => valuesEmpty(loop.valuesPath, subchart, context)
  );
  for (let j = keys.length; j > 0 && !entry; j--) {
    const wanted = keys.slice(0, j).map((k) => k.key);
    const written = candidates.filter((e) => e.keys.length === j && e.keys.every((k, i) => k === wanted[i]));
    const live = written.length > 1 ? written.filter(renders) : written;
    const sameKeys = live.length ? live : written;
    const taken = j === keys.length && sameKeys.length > 1 ? sameKeys.filter((e) => rendersTo(lines[e.line - 1] ?? "", rendered, subchart, context)) : [];
    entry = pickByItemNames(
      taken.length ? taken : sameKeys,
      names,
      (template2, value) => templatedNameMatches(template2, value, subchart, context)
    );
    if (entry) depth = j;
  }
  if (!entry) {
    const kindLine = candidates.find((e) => e.keys.length === 1 && e.keys[0] === "kind")?.line ?? 1;
    return { ...at(kindLine), exact: false, via: "template" };
  }
  const matched = { object, path: path2, keys, depth, entry, entries, lines, at, subchart, context };
  if (depth === keys.length && path2.at(-1) === "name")
    return { ...at(entry.line), exact: true, via: "template" };
  if (depth !== keys.length) return mapPastedBlock(matched);
  const appVersion = takenAppVersion(lines[entry.line - 1] ?? "", rendered, subchart, context);
  return { ...mapKeyLine(matched, rendered), ...appVersion ? { appVersion } : {} };
}
function mapKeyLine(matched, rendered) {
  const { entry, lines, at, subchart, context } = matched;
  const lineText = lines[entry.line - 1] ?? "";
  const valueText = lineText.slice(lineText.indexOf(":") + 1);
  const chartDirs = chartDirsOf(subchart, context);
  const included = [...valueText.matchAll(/\b(?:include|template)\s+"([^"]+)"/g)].flatMap(
    (match) => valuesReferences(definitionText(match[1], chartDirs, context) ?? "")
  );
  const own = valuesReferences(valueText).reverse();
  for (const reference of [...own, ...included.reverse()]) {
    const found = lookupValues(reference, subchart, context);
    const scalar = !own.includes(reference) ? ["string", "number", "boolean"].includes(typeof found?.value) : true;
    if (found?.exact && scalar && found.value !== "" && found.value !== null && renderedFrom(rendered, found.value))
      return withoutValue(found);
  }
  const read = chartFilesRead(valueText, at(entry.line).file)[0];
  if (read && context.readText(read) !== void 0)
    return { file: read, line: 1, exact: true, via: "template" };
  return { ...at(entry.line), exact: true, via: "template" };
}
function mapPastedBlock(matched) {
  const { object, path: path2, keys, depth, entry, entries, lines, at, subchart, context } = matched;
  const values = (valuesPath) => lookupValues(valuesPath, subchart, context);
  const next = entries.find((e) => e.line > entry.line && e.indent <= entry.indent);
  const block = lines.slice(entry.line - 1, (next?.line ?? lines.length + 1) - 1).join("\n").slice(0, 4e3);
  const blockText = `${withLineAbove(lines, entry.line - 1)}${block}`;
  const defaulted = defaultedValuesPaths(blockText);
  const blockPath = defaulted ? defaulted.find((candidate) => !valuesEmpty(candidate, subchart, context)) ?? defaulted[1] : blockValuesPath(blockText);
  const keyAt = keys[depth - 1].at;
  const rest = path2.slice(keyAt + 1);
  const item = typeof rest[0] === "number" ? valuesListItem(object, path2.slice(0, keyAt + 1), rest[0], blockText, subchart, context) : void 0;
  if (item === "template") return { ...at(entry.line), exact: false, via: "template" };
  if (item) {
    const found = values([...item, ...rest.slice(1)]);
    if (found) return withoutValue(found);
  } else if (blockPath) {
    const found = values([...blockPath, ...rest]);
    if (found) return withoutValue(found);
  }
  return { ...at(entry.line), exact: false, via: "template" };
}
function valuesListItem(object, listPath, index, blockText, subchart, context) {
  const rendered = object.document.getIn(listPath);
  if (!isSeq(rendered)) return void 0;
  const first = blockValuesPath(blockText);
  const paths = [...first ? [first] : [], ...valuesReferences(blockText)].filter(
    (candidate, i, all) => all.findIndex((other) => other.join(".") === candidate.join(".")) === i
  );
  const lists = [];
  for (const candidate of paths.slice(0, 20)) {
    const items = valuesList(candidate, subchart, context);
    if (items) lists.push({ path: candidate, items });
  }
  const place = placeListItem(
    rendered.toJSON(),
    index,
    lists.map((list) => list.items)
  );
  if (place === void 0 || place === "template") return place;
  return [...lists[place.list].path, place.index];
}
function rendersTo(lineText, rendered, subchart, context) {
  if (typeof rendered !== "string" && typeof rendered !== "number" && typeof rendered !== "boolean")
    return false;
  const value = lineText.slice(lineText.indexOf(":") + 1).trim().replace(/\s+#[^"'{}]*$/, "").replace(/^"(.*)"$|^'(.*)'$/, "$1$2");
  let resolvable = true;
  const filled = value.replace(
    /\{\{-?\s*\$?\.Values((?:\.[A-Za-z0-9_]+)+)\s*(?:\|\s*quote\s*)?-?\}\}|\{\{[\s\S]*?\}\}/g,
    (action, path2) => {
      const found = path2 === void 0 ? void 0 : lookupValues(path2.slice(1).split("."), subchart, context)?.value;
      if (typeof found === "string" || typeof found === "number" || typeof found === "boolean")
        return String(found);
      resolvable = false;
      return action;
    }
  );
  return resolvable && filled.replace(/^"(.*)"$/, "$1") === String(rendered);
}
function renderedFrom(rendered, value) {
  if (typeof rendered !== "string" && typeof rendered !== "number" && typeof rendered !== "boolean")
    return true;
  if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") return true;
  const shown = String(rendered).toLowerCase();
  const given = String(value).toLowerCase();
  return shown.includes(given) || shown.length >= 3 && given.startsWith(shown) || String(rendered) === Buffer.from(String(value)).toString("base64");
}
function withLineAbove(lines, at) {
  const above = lines[at - 1] ?? "";
  return /^\s*\{\{-?\s*with\s+\$?\.Values(\.[A-Za-z0-9_]+)+\s*-?\}\}\s*$/.test(above) ? `${above}
` : "";
}
function renderedItemNames(object, path2) {
  const names = [];
  path2.forEach((segment, at) => {
    if (typeof segment !== "number") return;
    const item = object.document.getIn(path2.slice(0, at + 1));
    const node = isMap(item) ? item.get("name", true) : void 0;
    const name = isAlias(node) ? node.resolve(object.document) : node;
    names.push(isScalar(name) && typeof name.value === "string" ? name.value : void 0);
  });
  return names;
}
function pickByItemNames(candidates, names, templatedMatches) {
  let best;
  let bestScore = -1;
  for (const candidate of candidates) {
    let score = 0;
    let excluded = false;
    candidate.itemNames.forEach((name, i) => {
      const rendered = names[i];
      const template = candidate.itemNameTemplates[i];
      if (rendered === void 0) return;
      const matches = name !== void 0 ? name === rendered : template ? templatedMatches(template, rendered) : void 0;
      if (matches === true) score++;
      else if (matches === false) excluded = true;
    });
    if (!excluded && score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}
function templatedNameMatches(template, rendered, subchart, context) {
  let matched;
  for (const reference of valuesReferences(template)) {
    const value = lookupValues(reference, subchart, context)?.value;
    if (typeof value !== "string" && typeof value !== "number") continue;
    if (!rendered.includes(String(value))) return false;
    matched = true;
  }
  if (matched !== void 0) return matched;
  const chartDirs = chartDirsOf(subchart, context);
  const fragments = printedText(template, (name) => definitionText(name, chartDirs, context));
  return fragments.length ? fragments.some((fragment) => rendered.includes(fragment)) : void 0;
}
function printedText(template, definition, depth = 0) {
  const fragments = [];
  let last = 0;
  for (const match of template.matchAll(/\{\{-?([\s\S]*?)-?\}\}/g)) {
    fragments.push(template.slice(last, match.index));
    last = match.index + match[0].length;
    const action = match[1];
    const included = /^\s*(?:include|template)\s+"([^"]+)"/.exec(action)?.[1];
    const body = included !== void 0 && depth < 2 ? definition(included) : void 0;
    if (body !== void 0) fragments.push(...printedText(body, definition, depth + 1));
    else if (/^\s*(?:print|printf|quote)\b|^\s*"[^"]*"\s*$/.test(action))
      for (const quoted of action.matchAll(/"([^"]*)"/g))
        fragments.push(...quoted[1].split(/%[a-z]/));
  }
  fragments.push(template.slice(last));
  return fragments.map((fragment) => fragment.trim()).filter((fragment) => /[a-z0-9].*[a-z0-9]/i.test(fragment));
}
function withoutValue(found) {
  const { value: _value, ...mapped } = found;
  return mapped;
}

// src/render/map-kustomize.ts
import { posix as posix8, relative as relative2, resolve as resolve4 } from "node:path";

// src/render/generator-lines.ts
import { posix as posix6 } from "node:path";
var GENERATOR_FIELDS = { Secret: "secretGenerator", ConfigMap: "configMapGenerator" };
function findGeneratorLine(kustomization, kind, renderedName, key, readText2, onlyChanging = false) {
  const field = kind === "Secret" || kind === "ConfigMap" ? GENERATOR_FIELDS[kind] : void 0;
  const text = field ? readText2(kustomization) : void 0;
  if (!field || text === void 0) return void 0;
  const lineCounter = new LineCounter();
  let generators;
  try {
    const document = parseDocument(text, { lineCounter });
    generators = isMap(document.contents) ? document.contents.get(field, true) : void 0;
  } catch {
    return void 0;
  }
  if (!isSeq(generators)) return void 0;
  const lineOf3 = (node) => {
    const range = node.range;
    return range ? lineCounter.linePos(range[0]).line : void 0;
  };
  const candidates = generators.items.filter(isMap).filter((g) => !onlyChanging || CHANGING.has(String(g.get("behavior"))));
  const named = candidates.filter((g) => {
    const name = g.get("name");
    return typeof name === "string" && renderedName !== void 0 && renderedName.includes(name);
  });
  for (const generator of named.length ? named : candidates) {
    const found = generatorEntryLine(generator, key, kustomization, lineOf3, readText2);
    const name = generator.get("name");
    if (found) return typeof name === "string" ? { ...found, name } : found;
  }
  return void 0;
}
var CHANGING = /* @__PURE__ */ new Set(["merge", "replace"]);
function findRenderedGeneratorLine(rootDir, generatedIn, kind, renderedName, key, readText2) {
  for (const overlay of overlaysDownTo(rootDir, generatedIn, readText2)) {
    const changed = findGeneratorLine(overlay, kind, renderedName, key, readText2, true);
    if (changed) return changed;
  }
  return findGeneratorLine(generatedIn, kind, renderedName, key, readText2);
}
function overlaysDownTo(rootDir, target, readText2) {
  const visited = /* @__PURE__ */ new Set();
  const walk = (dir) => {
    if (visited.has(dir)) return void 0;
    visited.add(dir);
    const file = KUSTOMIZATION_NAMES.map((name) => dir === "." ? name : `${dir}/${name}`).find(
      (f) => readText2(f) !== void 0
    );
    if (file === void 0) return void 0;
    if (file === target) return [];
    for (const reference of readKustomization(readText2(file)).references) {
      const below = walk(referencedPath(dir, reference));
      if (below) return [file, ...below];
    }
    return void 0;
  };
  return walk(posix6.normalize(rootDir)) ?? [];
}
function generatorEntryLine(generator, key, kustomization, lineOf3, readText2) {
  const entryKeys = [
    ["literals", (value) => value.slice(0, value.indexOf("=")).trim()],
    // `key=path`, else the file's name is the key.
    [
      "files",
      (value) => value.includes("=") ? value.slice(0, value.indexOf("=")).trim() : posix6.basename(value.trim())
    ]
  ];
  for (const [field, keyOf] of entryKeys)
    for (const entry of seqItems(generator.get(field, true))) {
      if (!isScalar(entry) || keyOf(String(entry.value)) !== key) continue;
      const line = lineOf3(entry);
      if (line === void 0) continue;
      if (field === "literals") return { file: kustomization, line };
      const source = String(entry.value).slice(String(entry.value).indexOf("=") + 1).trim();
      return {
        file: kustomization,
        line,
        valueFile: posix6.normalize(posix6.join(posix6.dirname(kustomization), source))
      };
    }
  for (const entry of seqItems(generator.get("envs", true))) {
    if (!isScalar(entry) || typeof entry.value !== "string") continue;
    const envFile = posix6.normalize(posix6.join(posix6.dirname(kustomization), entry.value));
    const line = envLine(readText2(envFile), key);
    if (line !== void 0) return { file: envFile, line };
  }
  return void 0;
}
function seqItems(node) {
  return isSeq(node) ? node.items : [];
}
function envLine(text, key) {
  if (text === void 0) return void 0;
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line.startsWith("#")) continue;
    const equals = line.indexOf("=");
    if (equals > 0 && line.slice(0, equals).trim() === key) return i + 1;
  }
  return void 0;
}

// src/render/patch-replay.ts
var ASSOCIATIVE_KEYS = ["mountPath", "devicePath", "ip", "type", "topologyKey", "name", "containerPort"];
var Unfollowable = class extends Error {
};
var MAX_PATCHES = 200;
function statesBeforePatches(resource, patches, identity) {
  const states = /* @__PURE__ */ new Map();
  let state = resource;
  for (const source of patches.slice(0, MAX_PATCHES)) {
    if (!states.has(patchKey(source))) states.set(patchKey(source), state);
    try {
      const ops = jsonPatchOps(source.text);
      if (ops) state = ops.reduce(applyOp, state);
      else {
        const patch = patchDocument(source.text, source.target ? {} : identity);
        if (patch === void 0) throw new Unfollowable();
        state = strategicMerge(state, patch);
      }
    } catch {
      break;
    }
  }
  return states;
}
function patchKey(source) {
  return `${source.field}\0${source.file}\0${source.firstLine}`;
}
function patchDocument(text, identity) {
  let documents;
  try {
    documents = parseAllDocuments(text).map((document) => document.toJSON());
  } catch {
    return void 0;
  }
  const candidates = documents.filter(
    (data) => isObject(data) && (identity.kind === void 0 || data.kind === void 0 || data.kind === identity.kind)
  );
  const nameOf2 = (data) => isObject(data.metadata) && typeof data.metadata.name === "string" ? data.metadata.name : void 0;
  const { name } = identity;
  if (name === void 0) return candidates[0];
  const named = candidates.filter((data) => nameOf2(data) === void 0 || name.includes(nameOf2(data))).sort((a, b) => (nameOf2(b)?.length ?? -1) - (nameOf2(a)?.length ?? -1));
  return named[0];
}
function jsonPatchOps(text) {
  let root;
  try {
    root = parseAllDocuments(text)[0]?.contents;
  } catch {
    return void 0;
  }
  if (!isSeq(root) || !root.items.some((op) => isMap(op) && op.has("op"))) return void 0;
  return root.toJSON().filter(isObject);
}
function pointerSegments(pointer) {
  if (!pointer.startsWith("/")) return void 0;
  return pointer.slice(1).split("/").map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function valueAt(data, segments) {
  let node = data;
  for (const segment of segments) {
    if (Array.isArray(node)) node = /^\d+$/.test(segment) ? node[Number(segment)] : void 0;
    else if (isObject(node)) node = Object.hasOwn(node, segment) ? node[segment] : void 0;
    else return void 0;
  }
  return node;
}
function itemName(item) {
  return isObject(item) && typeof item.name === "string" ? item.name : void 0;
}
function applyOp(data, op) {
  const path2 = typeof op.path === "string" ? pointerSegments(op.path) : void 0;
  if (!path2) throw new Unfollowable();
  const from = typeof op.from === "string" ? pointerSegments(op.from) : void 0;
  switch (op.op) {
    case "add":
      return withValue(data, path2, op.value, "insert");
    case "replace":
      return withValue(data, path2, op.value, "replace");
    case "remove":
      return withValue(data, path2, void 0, "remove");
    case "move":
    case "copy": {
      if (!from) throw new Unfollowable();
      const value = valueAt(data, from);
      if (value === void 0) throw new Unfollowable();
      const source = op.op === "move" ? withValue(data, from, void 0, "remove") : data;
      return withValue(source, path2, structuredClone(value), "insert");
    }
    case "test":
      return data;
    default:
      throw new Unfollowable();
  }
}
function withValue(data, path2, value, how) {
  if (path2.length === 0) {
    if (how === "remove") throw new Unfollowable();
    return value;
  }
  const [segment, ...rest] = path2;
  if (Array.isArray(data)) {
    const last = rest.length === 0;
    const index = segment === "-" && last && how === "insert" ? data.length : Number(segment);
    if (!/^\d+$/.test(segment) && segment !== "-") throw new Unfollowable();
    if (index > data.length || index === data.length && !(last && how === "insert"))
      throw new Unfollowable();
    const copy2 = [...data];
    if (!last) copy2[index] = withValue(data[index], rest, value, how);
    else if (how === "insert") copy2.splice(index, 0, value);
    else if (how === "replace") copy2[index] = value;
    else copy2.splice(index, 1);
    return copy2;
  }
  if (!isObject(data)) throw new Unfollowable();
  const copy = { ...data };
  if (rest.length) {
    if (!Object.hasOwn(data, segment)) throw new Unfollowable();
    copy[segment] = withValue(data[segment], rest, value, how);
  } else if (how === "remove") {
    if (!Object.hasOwn(data, segment)) throw new Unfollowable();
    delete copy[segment];
  } else copy[segment] = value;
  return copy;
}
function strategicMerge(data, patch) {
  if (Array.isArray(patch)) return mergeList(Array.isArray(data) ? data : [], patch);
  if (!isObject(patch)) return patch;
  const directive = patch.$patch;
  if (directive === "replace") return withoutDirectives(patch);
  if (directive !== void 0 && directive !== "merge") throw new Unfollowable();
  const merged = isObject(data) ? { ...data } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (key === "$patch") continue;
    if (key.startsWith("$")) throw new Unfollowable();
    if (value === null) delete merged[key];
    else if (isObject(value) && value.$patch === "delete") delete merged[key];
    else merged[key] = strategicMerge(merged[key], value);
  }
  return merged;
}
function mergeList(data, patch) {
  if (patch.some((item) => isObject(item) && item.$patch === "replace"))
    return patch.filter((item) => !(isObject(item) && item.$patch === "replace"));
  const key = ASSOCIATIVE_KEYS.find(
    (candidate) => [...data, ...patch].every((item) => isObject(item) && item[candidate] !== void 0)
  );
  if (key === void 0 || data.length + patch.length > 1e4) return patch;
  const id = (item) => JSON.stringify(item[key]);
  const patched = new Set(patch.map(id));
  const merged = [];
  for (const item of patch) {
    if (item.$patch === "delete") continue;
    merged.push(
      strategicMerge(
        data.find((existing) => id(existing) === id(item)),
        item
      )
    );
  }
  return [...merged, ...data.filter((item) => !patched.has(id(item)))];
}
function withoutDirectives(patch) {
  return Object.fromEntries(Object.entries(patch).filter(([key]) => !key.startsWith("$")));
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/render/json6902-patch.ts
var WRITING_OPS = /* @__PURE__ */ new Set(["add", "replace"]);
function findInPatch(text, path2, search = {}, before) {
  const lineCounter = new LineCounter();
  let root;
  try {
    root = parseDocument(text, { lineCounter }).contents;
  } catch {
    return void 0;
  }
  if (!isSeq(root) || !root.items.some((op) => isMap(op) && op.has("op")))
    return findYamlKey(text, path2, search);
  let best;
  let state = before;
  for (const op of root.items) {
    const data = isMap(op) ? op.toJSON() : void 0;
    const writes = isMap(op) && WRITING_OPS.has(String(op.get("op")));
    const pointer = writes ? op.get("path") : void 0;
    const segments = typeof pointer === "string" ? pointerSegments(pointer) : void 0;
    const meant = (at) => at === segments.length - 1 ? itemName(data?.value) : itemName(valueAt(state, segments.slice(0, at + 1)));
    const match = writes && segments && leads(segments, path2, meant, search) ? matchInOp(op, segments, path2, search, lineCounter) : void 0;
    if (match && (!best || match.matched > best.matched)) best = match;
    state = afterOp(state, data);
  }
  return best;
}
function matchInOp(op, segments, path2, search, lineCounter) {
  const value = op.items.find((pair) => isScalar(pair.key) && pair.key.value === "value");
  const at = value?.key ?? op;
  let match = { matched: segments.length, line: lineCounter.linePos(at.range?.[0] ?? 0).line };
  const rest = path2.slice(segments.length);
  if (rest.length && value) {
    const inner = walkKeyPath(
      value.value,
      rest,
      { itemName: (index) => search.itemName?.(index + segments.length) },
      lineCounter
    );
    if (inner) match = { ...inner, matched: segments.length + inner.matched };
  } else if (isScalar(value?.value)) match.value = value.value.value;
  return match;
}
function afterOp(state, op) {
  if (state === void 0 || op === void 0) return void 0;
  try {
    return applyOp(state, op);
  } catch {
    return void 0;
  }
}
function leads(segments, path2, meant, search) {
  return segments.length <= path2.length && segments.every((segment, i) => {
    const key = path2[i];
    if (typeof key !== "number") return segment === key;
    const name = meant(i);
    const rendered = name === void 0 ? void 0 : search.itemName?.(i);
    if (rendered !== void 0) return name === rendered;
    return segment === "-" || segment === String(key);
  });
}

// src/render/kustomization-sources.ts
import { posix as posix7 } from "node:path";
var APPLIED = ["patchesStrategicMerge", "patches", "patchesJson6902"];
function inAppliedOrder(sources) {
  return APPLIED.flatMap((field) => sources.filter((source) => source.field === field));
}
var TARGET_FIELDS = [
  "group",
  "version",
  "kind",
  "name",
  "namespace",
  "labelSelector",
  "annotationSelector"
];
var parsedKustomizations = /* @__PURE__ */ new WeakMap();
function readParsed(kustomization, readText2) {
  let known = parsedKustomizations.get(readText2);
  if (!known) parsedKustomizations.set(readText2, known = /* @__PURE__ */ new Map());
  if (!known.has(kustomization)) known.set(kustomization, parseKustomization(readText2(kustomization)));
  return known.get(kustomization);
}
function parseKustomization(text) {
  if (text === void 0) return void 0;
  const lineCounter = new LineCounter();
  try {
    const document = parseDocument(text, { lineCounter });
    return isMap(document.contents) ? { document, lineCounter } : void 0;
  } catch {
    return void 0;
  }
}
function lineOf2(node, lineCounter) {
  const range = node?.range;
  return range ? lineCounter.linePos(range[0]).line : void 0;
}
function patchSources(kustomization, readText2) {
  const parsed = readParsed(kustomization, readText2);
  if (!parsed) return [];
  const { document, lineCounter } = parsed;
  const dir = posix7.dirname(kustomization);
  const sources = [];
  for (const field of ["patches", "patchesJson6902", "patchesStrategicMerge"]) {
    const fromFile = (path2, target) => {
      const file = posix7.normalize(posix7.join(dir, path2));
      const text = readText2(file);
      if (text !== void 0)
        sources.push({ file, text, firstLine: 1, ...target ? { target } : {}, field });
    };
    const list = document.get(field);
    if (!isSeq(list)) continue;
    for (const item of list.items) {
      if (isScalar(item) && typeof item.value === "string") {
        if (!item.value.includes("\n")) fromFile(item.value);
        else inline(item, { kustomization, field }, lineCounter, sources);
        continue;
      }
      if (!isMap(item)) continue;
      const target = targetOf(item.get("target"));
      const path2 = item.get("path");
      if (typeof path2 === "string") fromFile(path2, target);
      const patch = item.get("patch", true);
      if (isScalar(patch)) inline(patch, { kustomization, field }, lineCounter, sources, target);
    }
  }
  return sources;
}
function inline(scalar, { kustomization, field }, lineCounter, sources, target) {
  if (typeof scalar.value !== "string") return;
  const start = lineOf2(scalar, lineCounter);
  if (start === void 0) return;
  const block = scalar.type === "BLOCK_LITERAL" || scalar.type === "BLOCK_FOLDED";
  sources.push({
    file: kustomization,
    text: scalar.value,
    firstLine: block ? start + 1 : start,
    ...target ? { target } : {},
    field
  });
}
function targetOf(node) {
  if (!isMap(node)) return void 0;
  const target = {};
  for (const field of TARGET_FIELDS) {
    const value = node.get(field);
    if (typeof value === "string" && value !== "") target[field] = value;
  }
  return target;
}
function imageEntries(kustomization, readText2) {
  const parsed = readParsed(kustomization, readText2);
  const list = parsed?.document.get("images");
  if (!parsed || !isSeq(list)) return [];
  const entries = [];
  for (const item of list.items) {
    if (!isMap(item)) continue;
    const name = item.get("name");
    if (typeof name !== "string") continue;
    const line = (key) => {
      const pair = item.items.find((p) => isScalar(p.key) && p.key.value === key);
      return pair ? lineOf2(pair.key, parsed.lineCounter) : void 0;
    };
    const newName = item.get("newName");
    const lines = { name: line("name") ?? 1 };
    for (const key of ["newName", "newTag", "digest"]) {
      const at = line(key);
      if (at !== void 0) lines[key] = at;
    }
    entries.push({ name, ...typeof newName === "string" ? { newName } : {}, lines });
  }
  return entries;
}

// src/render/anchored-pattern.ts
var MAX_REPEAT = 1e3;
var MAX_LENGTH = 1e3;
var MAX_DEPTH3 = 50;
var Unsupported = class extends Error {
};
function wholeMatcher(pattern) {
  if (pattern.length > MAX_LENGTH) return void 0;
  let tree;
  try {
    tree = parsePattern(Array.from(pattern));
  } catch (error) {
    if (error instanceof Unsupported) return void 0;
    throw error;
  }
  return (text) => {
    const chars = Array.from(text);
    return endsOf(tree, 0, chars, /* @__PURE__ */ new Map()).has(chars.length);
  };
}
function parsePattern(source) {
  let at = 0;
  const fail = () => {
    throw new Unsupported();
  };
  const alternation = (depth) => {
    if (depth > MAX_DEPTH3) fail();
    const options = [sequence(depth)];
    while (source[at] === "|") {
      at++;
      options.push(sequence(depth));
    }
    return options.length === 1 ? options[0] : { type: "alt", options };
  };
  const sequence = (depth) => {
    const items = [];
    while (at < source.length && source[at] !== "|" && source[at] !== ")") {
      const node = atom(depth);
      const repeat = quantifier();
      if (repeat && quantifier()) fail();
      items.push(repeat ? { type: "repeat", node, ...repeat } : node);
    }
    return items.length === 1 ? items[0] : { type: "seq", items };
  };
  const quantifier = () => {
    const c = source[at];
    let range;
    if (c === "*") range = { min: 0, max: Infinity };
    else if (c === "+") range = { min: 1, max: Infinity };
    else if (c === "?") range = { min: 0, max: 1 };
    else if (c === "{") {
      const counted = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at, at + 12).join(""));
      if (!counted) return void 0;
      const min = Number(counted[1]);
      const max = counted[2] === void 0 ? min : counted[3] ? Number(counted[3]) : Infinity;
      if (min > MAX_REPEAT || max !== Infinity && (max > MAX_REPEAT || max < min)) fail();
      at += counted[0].length - 1;
      range = { min, max };
    }
    if (!range) return void 0;
    at++;
    if (source[at] === "?") at++;
    return range;
  };
  const atom = (depth) => {
    const c = source[at++];
    if (c === "(") {
      if (source[at] === "?") {
        if (source[at + 1] === ":") at += 2;
        else if (source[at + 1] === "P" || source[at + 1] === "<") {
          const close = source.indexOf(">", at);
          if (close < 0) fail();
          at = close + 1;
        } else fail();
      }
      const inner = alternation(depth + 1);
      if (source[at++] !== ")") fail();
      return inner;
    }
    if (c === "[") return charClass();
    if (c === ".") return { type: "char", test: (ch) => ch !== "\n" };
    if (c === "^") return { type: "start" };
    if (c === "$") return { type: "end" };
    if (c === "*" || c === "+" || c === "?" || c === ")") fail();
    if (c === "\\") return escape();
    return literal(c);
  };
  const escape = () => {
    const c = source[at++];
    if (c === void 0) fail();
    const known = classEscape(c);
    if (known) return { type: "char", test: known };
    if (c === "A") return { type: "start" };
    if (c === "z") return { type: "end" };
    return literal(escapedLiteral(c));
  };
  const escapedLiteral = (c) => {
    const control = { t: "	", n: "\n", r: "\r", f: "\f", v: "\v" };
    if (control[c]) return control[c];
    if (/[A-Za-z0-9]/.test(c)) fail();
    return c;
  };
  const charClass = () => {
    const negated = source[at] === "^";
    if (negated) at++;
    const tests = [];
    let first = true;
    while (source[at] !== "]" || first) {
      first = false;
      let c = source[at++];
      if (c === void 0) fail();
      if (c === "[" && source[at] === ":") fail();
      if (c === "\\") {
        const e = source[at++];
        if (e === void 0) fail();
        const known = classEscape(e);
        if (known) {
          tests.push(known);
          continue;
        }
        c = escapedLiteral(e);
      }
      const low = c;
      if (source[at] === "-" && source[at + 1] !== "]" && source[at + 1] !== void 0) {
        at++;
        let high = source[at++];
        if (high === "\\") high = escapedLiteral(source[at++] ?? fail());
        if (high < low) fail();
        tests.push((ch) => ch >= low && ch <= high);
      } else tests.push((ch) => ch === low);
    }
    at++;
    return { type: "char", test: (ch) => tests.some((t) => t(ch)) !== negated };
  };
  const tree = alternation(0);
  if (at !== source.length) fail();
  return tree;
}
function literal(c) {
  return { type: "char", test: (ch) => ch === c };
}
function classEscape(c) {
  const digit = (ch) => ch >= "0" && ch <= "9";
  const word = (ch) => /^[A-Za-z0-9_]$/.test(ch);
  const space = (ch) => /^[\t\n\f\r ]$/.test(ch);
  const classes = {
    d: digit,
    D: (ch) => !digit(ch),
    w: word,
    W: (ch) => !word(ch),
    s: space,
    S: (ch) => !space(ch)
  };
  return classes[c];
}
function endsOf(node, start, text, memo) {
  let byStart = memo.get(node);
  if (!byStart) memo.set(node, byStart = /* @__PURE__ */ new Map());
  const known = byStart.get(start);
  if (known) return known;
  const ends = /* @__PURE__ */ new Set();
  byStart.set(start, ends);
  const from = (positions, inner) => {
    const next = /* @__PURE__ */ new Set();
    for (const position of positions) for (const end of endsOf(inner, position, text, memo)) next.add(end);
    return next;
  };
  switch (node.type) {
    case "char":
      if (start < text.length && node.test(text[start])) ends.add(start + 1);
      break;
    case "start":
      if (start === 0) ends.add(start);
      break;
    case "end":
      if (start === text.length) ends.add(start);
      break;
    case "seq": {
      let positions = /* @__PURE__ */ new Set([start]);
      for (const item of node.items) positions = from(positions, item);
      for (const position of positions) ends.add(position);
      break;
    }
    case "alt":
      for (const option of node.options) for (const end of endsOf(option, start, text, memo)) ends.add(end);
      break;
    case "repeat": {
      let positions = /* @__PURE__ */ new Set([start]);
      for (let count = 0; count < node.min && positions.size; count++) positions = from(positions, node.node);
      for (const position of positions) ends.add(position);
      let frontier = positions;
      for (let count = node.min; count < node.max && frontier.size; count++) {
        frontier = new Set([...from(frontier, node.node)].filter((p) => !ends.has(p)));
        for (const position of frontier) ends.add(position);
      }
      break;
    }
  }
  return ends;
}

// src/render/label-selector.ts
function matchesLabelSelector(selector, labels) {
  const requirements = splitRequirements(selector);
  if (!requirements) return void 0;
  let matches = true;
  for (const requirement of requirements) {
    const holds = holdsFor(requirement, labels);
    if (holds === void 0) return void 0;
    matches &&= holds;
  }
  return matches;
}
function splitRequirements(selector) {
  const parts = [];
  let depth = 0;
  let current = "";
  for (const c of selector) {
    if (c === "(") depth++;
    if (c === ")") depth--;
    if (depth < 0 || depth > 1) return void 0;
    if (c === "," && depth === 0) {
      parts.push(current);
      current = "";
    } else current += c;
  }
  if (depth !== 0) return void 0;
  parts.push(current);
  const requirements = parts.map((p) => p.trim());
  if (requirements.length === 1 && requirements[0] === "") return [];
  return requirements.includes("") ? void 0 : requirements;
}
function holdsFor(requirement, labels) {
  const has = (key) => Object.prototype.hasOwnProperty.call(labels, key);
  const set = /^(\S+)\s+(in|notin)\s*\(([^()]*)\)$/.exec(requirement);
  if (set) {
    const [, key, operator, list] = set;
    const values = list.split(",").map((v) => v.trim());
    const inSet = has(key) && values.includes(labels[key]);
    return operator === "in" ? inSet : !inSet;
  }
  const compared = /^([^\s=!<>]+)\s*(==|=|!=|<|>)\s*([^\s=!<>]*)$/.exec(requirement);
  if (compared) {
    const [, key, operator, value] = compared;
    const actual = labels[key];
    if (operator === "!=") return !has(key) || actual !== value;
    if (operator === "=" || operator === "==") return has(key) && actual === value;
    if (!/^-?\d+$/.test(value)) return void 0;
    if (actual === void 0 || !/^-?\d+$/.test(actual)) return false;
    return operator === ">" ? Number(actual) > Number(value) : Number(actual) < Number(value);
  }
  const exists = /^(!?)\s*([^\s=!<>(),]+)$/.exec(requirement);
  if (exists) return exists[1] === "!" ? !has(exists[2]) : has(exists[2]);
  return void 0;
}

// src/render/patch-target.ts
var MAX_NAMES = 2e3;
function targetSelects(target, object, original) {
  const apiVersion = object.document.get("apiVersion");
  const [group, version] = typeof apiVersion === "string" && apiVersion.includes("/") ? apiVersion.split("/", 2) : ["", typeof apiVersion === "string" ? apiVersion : ""];
  const renderedNamespace = object.document.getIn(["metadata", "namespace"]);
  const names = object.name === void 0 ? [] : namesBetween(object.name, original.name);
  const checks = [
    [target.group, [group]],
    [target.version, [version]],
    [target.kind, object.kind === void 0 ? [] : [object.kind]],
    [target.name, names],
    // An object without a namespace is in `default` to kustomize (EffectiveNamespace).
    [
      target.namespace,
      [typeof renderedNamespace === "string" ? renderedNamespace : "default", original.namespace ?? "default"]
    ]
  ];
  for (const [pattern, values] of checks) {
    const matches = pattern === void 0 || values.length === 0 ? void 0 : wholeMatcher(pattern);
    if (matches && !values.some(matches)) return false;
  }
  for (const [selector, field] of [
    [target.labelSelector, "labels"],
    [target.annotationSelector, "annotations"]
  ])
    if (selector !== void 0 && matchesLabelSelector(selector, stringMap(object, field)) === false)
      return false;
  return true;
}
function namesBetween(rendered, original) {
  const at = original === void 0 || original === "" ? -1 : rendered.lastIndexOf(original);
  if (original === void 0 || at < 0) return substrings(rendered);
  const end = at + original.length;
  const names = [];
  for (let start = 0; start <= at; start++)
    for (let stop = rendered.length; stop >= end; stop--) {
      if (names.length >= MAX_NAMES) return [rendered, original, ...names];
      names.push(rendered.slice(start, stop));
    }
  return names;
}
function substrings(name) {
  const names = [];
  for (let start = 0; start < name.length; start++)
    for (let stop = name.length; stop > start; stop--) {
      if (names.length >= MAX_NAMES) return [name, ...names];
      names.push(name.slice(start, stop));
    }
  return names;
}
function stringMap(object, field) {
  const node = object.document.getIn(["metadata", field]);
  const map = {};
  if (isMap(node)) {
    for (const pair of node.items)
      if (isScalar(pair.key) && isScalar(pair.value))
        map[String(pair.key.value)] = String(pair.value.value ?? "");
  }
  return map;
}

// src/render/map-kustomize.ts
function fromOrigin(file, cwd, originBase) {
  return relative2(cwd, resolve4(originBase, file)).split("\\").join("/");
}
function originFile(object, context) {
  return object.originPath && context.originBase ? fromOrigin(object.originPath, context.cwd, context.originBase) : void 0;
}
function mapKustomize(object, path2, context) {
  const mapped = locateInKustomize(object, path2, context);
  if (!mapped || mapped.sourceName !== void 0 || !object.name) return mapped;
  const origin = originFile(object, context);
  const name = nameInFile(object, mapped.file, context) ?? (origin !== void 0 && origin !== mapped.file && isBeside(mapped.file, origin) ? nameInFile(object, origin, context) : void 0);
  return name !== void 0 && name !== object.name ? { ...mapped, sourceName: name } : mapped;
}
function sourceNameOf(object, context) {
  const origin = originFile(object, context);
  const name = origin === void 0 ? void 0 : nameInFile(object, origin, context);
  return name !== object.name ? name : void 0;
}
function isBeside(patch, resource) {
  const dir = posix8.dirname(patch);
  return dir === "." ? !resource.startsWith("../") : resource.startsWith(`${dir}/`);
}
function originalIdentity(object, context) {
  const origin = originFile(object, context);
  if (origin === void 0) return {};
  const name = metadataInFile(object, origin, "name", context);
  const namespace = metadataInFile(object, origin, "namespace", context);
  return { ...name !== void 0 ? { name } : {}, ...namespace !== void 0 ? { namespace } : {} };
}
function nameInFile(object, file, context) {
  return metadataInFile(object, file, "name", context);
}
function metadataInFile(object, file, field, context) {
  const text = context.readText(file);
  if (text === void 0 || !object.name) return void 0;
  const match = findYamlKey(text, ["metadata", field], {
    ...object.kind ? { kind: object.kind } : {},
    name: object.name
  });
  return match?.matched === 2 && typeof match.value === "string" ? match.value : void 0;
}
function locateInKustomize(object, path2, context) {
  const { originBase } = context;
  if (!originBase) return void 0;
  const toRelative = (file) => fromOrigin(file, context.cwd, originBase);
  const search = {
    ...object.kind ? { kind: object.kind } : {},
    ...object.name ? { name: object.name } : {},
    itemName: (index) => {
      const item = object.document.getIn(path2.slice(0, index + 1));
      const name = isMap(item) ? item.get("name") : void 0;
      return typeof name === "string" ? name : void 0;
    }
  };
  let best = {
    file: context.root.file,
    line: 1,
    exact: false,
    via: "root",
    matched: 0
  };
  const selects = patchSelects(object, context);
  let states;
  const consider = (file, via, source) => {
    const text = source ? source.text : context.readText(file);
    if (text === void 0) return false;
    const searched = source?.target ? { ...search, name: void 0 } : search;
    const before = () => (states ??= patchStates(object, context, selects)).get(patchKey(source));
    const found = source ? findInPatch(text, path2, searched, jsonPatchOps(text) ? before() : void 0) : findYamlKey(text, path2, searched);
    if (!found) return false;
    const match = { ...found, line: found.line + (source ? source.firstLine - 1 : 0) };
    if (match.matched === path2.length) {
      best = { file, line: match.line, exact: true, via, matched: match.matched };
      return true;
    }
    if (match.matched > best.matched)
      best = { file, line: match.line, exact: false, via, matched: match.matched };
    return false;
  };
  const origin = originFile(object, context);
  const identity = path2.at(-1) === "name" && typeof path2.at(-2) === "number";
  const podSpec = path2.at(-1) === "spec" && isMap(object.document.getIn(path2));
  if ((identity || podSpec) && origin && consider(origin, "resource")) return best;
  const image = path2.at(-1) === "image" ? object.document.getIn(path2) : void 0;
  if (typeof image === "string")
    for (const kustomization of [...object.imagesIn].reverse()) {
      const file = toRelative(kustomization);
      const entry = imageEntries(file, context.readText).find(
        (e) => (e.newName ?? e.name) === imageRepository(image)
      );
      const line = entry && (entry.lines.newTag ?? entry.lines.digest ?? entry.lines.newName);
      if (line !== void 0) {
        return {
          file,
          line,
          exact: true,
          via: "patch"
        };
      }
    }
  for (const kustomization of [...object.patchedIn].reverse())
    for (const source of patchSources(toRelative(kustomization), context.readText))
      if (selects(source) && consider(source.file, "patch", source)) return best;
  if (origin) consider(origin, "resource");
  else if (object.generatedIn && (path2[0] === "data" || path2[0] === "stringData") && path2.length === 2) {
    const generated = findRenderedGeneratorLine(
      context.root.dir,
      toRelative(object.generatedIn),
      object.kind,
      object.name,
      String(path2[1]),
      context.readText
    );
    if (generated) {
      const { name, ...line } = generated;
      return { ...line, exact: true, via: "resource", ...name !== void 0 ? { sourceName: name } : {} };
    }
  }
  if (best.via === "root") return void 0;
  const { matched: _matched, ...mapped } = best;
  return mapped;
}
function patchSelects(object, context) {
  let original;
  return (source) => !source.target || targetSelects(source.target, object, original ??= originalIdentity(object, context));
}
function patchStates(object, context, selects) {
  const origin = originFile(object, context);
  const text = origin === void 0 ? void 0 : context.readText(origin);
  const identity = {
    ...object.kind ? { kind: object.kind } : {},
    ...object.name ? { name: object.name } : {}
  };
  const resource = text === void 0 ? void 0 : patchDocument(text, identity);
  if (resource === void 0 || !context.originBase) return /* @__PURE__ */ new Map();
  const base = context.originBase;
  const kustomizations = object.patchedIn.filter((k, i, all) => all.indexOf(k) === i);
  const applied = kustomizations.flatMap(
    (kustomization) => inAppliedOrder(patchSources(fromOrigin(kustomization, context.cwd, base), context.readText)).filter(
      (source) => source.target ? selects(source) : !jsonPatchOps(source.text) && patchDocument(source.text, identity) !== void 0
    )
  );
  return statesBeforePatches(resource, applied, identity);
}
function imageRepository(image) {
  const withoutDigest = image.split("@")[0];
  const tagAt = withoutDigest.lastIndexOf(":");
  return tagAt > withoutDigest.lastIndexOf("/") ? withoutDigest.slice(0, tagAt) : withoutDigest;
}

// src/render/rendered-objects.ts
var MAX_DEPTH4 = 64;
var ORIGIN = "config.kubernetes.io/origin";
var TRANSFORMATIONS = "alpha.config.kubernetes.io/transformations";
function readRenderedObjects(text) {
  const lineCounter = new LineCounter();
  const objects = [];
  const read = text.includes("CustomResourceDefinition") ? maskUnreadDocuments(text, (kind) => kind !== "CustomResourceDefinition") : text;
  let lastSource;
  for (const document of parseAllDocuments(read, { lineCounter })) {
    if (!("contents" in document) || !document.contents) continue;
    if (isScalar(document.contents) && document.contents.value === null) {
      const comments = [document.commentBefore, document.contents.commentBefore, document.contents.comment];
      lastSource = sourceComment(comments.join("\n")) ?? lastSource;
      continue;
    }
    const range = document.contents.range ?? [0, 0, 0];
    const comment = `${document.commentBefore ?? ""}
${document.contents.commentBefore ?? ""}`;
    const source = sourceComment(comment) ?? lastSource;
    lastSource = source;
    const annotations = document.getIn(["metadata", "annotations"]);
    const annotation = (key) => isMap(annotations) ? annotations.get(key) : void 0;
    const kind = document.get("kind");
    const name = document.getIn(["metadata", "name"]);
    objects.push({
      ...typeof kind === "string" ? { kind } : {},
      ...typeof name === "string" ? { name } : {},
      startLine: lineCounter.linePos(range[0]).line,
      endLine: lineCounter.linePos(Math.max(range[0], range[2] - 1)).line,
      ...source ? { helmSource: source } : {},
      ...originOf2(annotation(ORIGIN)),
      patchedIn: transformedIn(annotation(TRANSFORMATIONS), /Patch/),
      imagesIn: transformedIn(annotation(TRANSFORMATIONS), /^ImageTagTransformer$/),
      document,
      lineCounter
    });
  }
  return objects;
}
function sourceComment(comment) {
  return /^\s*Source:\s*(.+?)\s*$/m.exec(comment)?.[1];
}
function originOf2(text) {
  const origin = safeParse(text);
  if (typeof origin?.path === "string") return { originPath: origin.path };
  const generator = String(origin?.configuredBy?.kind ?? "");
  return typeof origin?.configuredIn === "string" && /Generator$/.test(generator) ? { generatedIn: origin.configuredIn } : {};
}
function transformedIn(text, kind) {
  const list = safeParse(text);
  if (!Array.isArray(list)) return [];
  return list.filter((t) => kind.test(String(t?.configuredBy?.kind))).map((t) => t.configuredIn).filter((p) => typeof p === "string");
}
function safeParse(text) {
  if (typeof text !== "string") return void 0;
  try {
    return parse(text, { maxAliasCount: 10 });
  } catch {
    return void 0;
  }
}
function objectAtLine(objects, line) {
  return objects.find((o) => o.startLine <= line && line <= o.endLine);
}
function keyPathAtLine(object, line) {
  let found;
  const lineOf3 = (offset) => object.lineCounter.linePos(offset).line;
  const visit = (node, path2) => {
    if (path2.length > MAX_DEPTH4) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isScalar(pair.key) || !pair.key.range) continue;
        const keyPath = [...path2, String(pair.key.value)];
        const keyLine = lineOf3(pair.key.range[0]);
        if (keyLine === line && (!found || keyPath.length > found.length)) found = keyPath;
        if (keyLine <= line) visit(pair.value, keyPath);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        const range = item.range;
        if (!range || lineOf3(range[0]) > line || lineOf3(range[2]) < line) return;
        const itemPath = [...path2, index];
        if (lineOf3(range[0]) === line && (!found || itemPath.length > found.length)) found = itemPath;
        visit(item, itemPath);
      });
    }
  };
  visit(object.document.contents, []);
  return found;
}
function blockScalarPathAt(object, line) {
  const lineOf3 = (offset) => object.lineCounter.linePos(offset).line;
  let found;
  const visit = (node, path2) => {
    if (found || path2.length > MAX_DEPTH4) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isScalar(pair.key) || !pair.key.range) continue;
        const keyPath = [...path2, String(pair.key.value)];
        const value = pair.value;
        if (isScalar(value) && value.range && lineOf3(pair.key.range[0]) < line && line <= lineOf3(value.range[1]))
          found = keyPath;
        else visit(pair.value, keyPath);
      }
    } else if (isSeq(node)) node.items.forEach((item, index) => visit(item, [...path2, index]));
  };
  visit(object.document.contents, []);
  return found;
}

// src/render/map-rendered-location.ts
function mapRenderedLocation(object, line, context, lineText) {
  const keyLine = keyPathAtLine(object, line);
  const blockPath = keyLine ? void 0 : blockScalarPathAt(object, line);
  const path2 = keyLine ?? blockPath ?? [];
  const keyPath = formatKeyPath(path2);
  const fallback = { file: context.root.file, line: 1, exact: false, via: "root", keyPath };
  const mapped = context.root.kind === "helm" ? mapHelm(object, path2, context) : mapKustomize(object, path2, context);
  if (!mapped) return fallback;
  const { valueFile, ...location } = mapped;
  if (!blockPath || lineText === void 0) return { ...location, keyPath };
  const inText = lineInText(
    context.readText(valueFile ?? location.file),
    lineText,
    valueFile ? 0 : location.line
  );
  if (inText) return { ...location, file: valueFile ?? location.file, line: inText, exact: true, keyPath };
  const fromValues = context.root.kind === "helm" && !valueFile ? valuesLineOfBlock(location, lineText, context) : void 0;
  return fromValues ? { ...fromValues, keyPath } : { ...location, exact: false, keyPath };
}
function mapReportedValue(object, anchorLine, reported, context, lineText) {
  const anchor = mapRenderedLocation(object, anchorLine, context, lineText);
  const { valueLine, valuePart } = reported;
  const value = valueLine === void 0 || valueLine === anchorLine ? anchor : mapRenderedLocation(object, valueLine, context);
  const mapped = value.exact && value.file !== anchor.file ? value : anchor;
  const { appVersion } = mapped;
  if (appVersion && valuePart !== void 0 && valuePart.toLowerCase() === appVersion.value.toLowerCase())
    return {
      file: appVersion.file,
      line: appVersion.line,
      exact: true,
      via: "chart",
      keyPath: mapped.keyPath
    };
  return mapped;
}
function formatKeyPath(path2) {
  return path2.map((s, i) => typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`).join("");
}

// src/render/kustomization-files.ts
import { posix as posix9 } from "node:path";
function kustomizationFiles(dir, files, readText2) {
  const found = /* @__PURE__ */ new Set();
  const visited = /* @__PURE__ */ new Set();
  const visit = (at) => {
    if (visited.has(at)) return;
    visited.add(at);
    const file = KUSTOMIZATION_NAMES.map((name) => at === "." ? name : `${at}/${name}`).find(
      (f) => files.has(f)
    );
    if (file === void 0) return;
    for (const reference of readKustomization(readText2(file)).references) {
      const path2 = referencedPath(at, reference);
      if (files.has(path2)) found.add(path2);
      else visit(path2);
    }
  };
  visit(posix9.normalize(dir));
  return found;
}

// src/render/render-chart.ts
import { posix as posix10, relative as relative5, resolve as resolve8 } from "node:path";

// src/render/local-chart-dependencies.ts
import { dirname as dirname2, isAbsolute, join as join3, relative as relative3, resolve as resolve5, sep } from "node:path";

// src/render/read-optional-text.ts
function readOptionalText(path2) {
  try {
    return readFileSync(path2, "utf8");
  } catch {
    return void 0;
  }
}

// src/render/local-chart-dependencies.ts
var MAX_DEPTH5 = 8;
function readLocalCharts(chartDir, boundary) {
  const realBoundary = realPath(boundary) ?? resolve5(boundary);
  return dependenciesOf(chartDir, realBoundary, [realPath(chartDir) ?? resolve5(chartDir)]);
}
function dependenciesOf(chartDir, boundary, chain) {
  const listed = chartDependencies(chartDir).filter(
    (entry) => entry.repository?.startsWith("file://") === true
  );
  return listed.map(({ name, alias, repository }) => {
    const path2 = repository.slice("file://".length);
    const dir = isAbsolute(path2) ? resolve5(path2) : resolve5(chartDir, path2);
    const realDir = realPath(dir);
    const chart = {
      name,
      ...alias ? { alias } : {},
      repository,
      dir,
      ...realDir ? { realDir } : {},
      vendored: isVendored(chartDir, name),
      dependencies: []
    };
    const problem = problemOf(realDir, boundary, chain);
    if (problem) chart.problem = problem;
    else if (realDir && chain.length < MAX_DEPTH5)
      chart.dependencies = dependenciesOf(dir, boundary, [...chain, realDir]);
    return chart;
  });
}
function problemOf(realDir, boundary, chain) {
  if (!realDir || !existsSync(join3(realDir, "Chart.yaml"))) return "there is no chart at that path";
  if (!isInside2(realDir, boundary)) return "it is outside the working directory, which is all a scan reads";
  if (chain.some((chart) => isInside2(chart, realDir)))
    return "it holds a chart that depends on it, so the chain never ends";
  return chain.length >= MAX_DEPTH5 ? `it is more than ${MAX_DEPTH5} charts deep` : void 0;
}
function chartDependencies(chartDir) {
  return [
    ...listedDependencies(readOptionalText(join3(chartDir, "Chart.yaml"))),
    ...listedDependencies(readOptionalText(join3(chartDir, "requirements.yaml")))
  ];
}
function listedDependencies(text) {
  if (text === void 0 || !text.includes("dependencies")) return [];
  let data;
  try {
    data = parse(text, { maxAliasCount: 100 });
  } catch {
    return [];
  }
  const entries = data?.dependencies;
  if (!Array.isArray(entries)) return [];
  return entries.flatMap((entry) => {
    const { name, alias, repository } = entry ?? {};
    if (typeof name !== "string" || name === "" || /[\\/]/.test(name)) return [];
    return [
      {
        name,
        ...typeof alias === "string" && alias && !/[\\/]/.test(alias) ? { alias } : {},
        ...typeof repository === "string" ? { repository } : {}
      }
    ];
  });
}
function isVendored(chartDir, name) {
  const charts = join3(chartDir, "charts");
  let entries;
  try {
    entries = readdirSync(charts);
  } catch {
    return false;
  }
  const archive = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}-\\d.*\\.tgz$`);
  return entries.some(
    (entry) => archive.test(entry) || chartName(readOptionalText(join3(charts, entry, "Chart.yaml"))) === name
  );
}
function chartName(text) {
  return text === void 0 ? void 0 : /^name:[ \t]*["']?([^"'\s#]+)["']?[ \t]*(#.*)?$/m.exec(text)?.[1];
}
function unvendored(charts) {
  return charts.filter((chart) => !chart.vendored);
}
function localChartProblem(charts, all) {
  for (const chart of all ? charts : unvendored(charts)) {
    if (chart.problem)
      return `its dependency '${chart.name}' (${chart.repository}) ${chart.vendored ? "cannot be built from its path" : "is not in charts/ and cannot be copied there"}: ${chart.problem}.`;
    const inner = localChartProblem(chart.dependencies, false);
    if (inner) return inner;
  }
  return void 0;
}
function placeLocalCharts(copy, charts) {
  const placed = /* @__PURE__ */ new Set();
  for (const chart of unvendored(charts)) {
    if (placed.has(chart.name) || !chart.realDir) continue;
    placed.add(chart.name);
    let target = join3(copy, "charts", chart.name);
    for (let n = 2; existsSync(target); n++) target = join3(copy, "charts", `${chart.name}-${n}`);
    placeLocalCharts(copyChart(chart.realDir, target), chart.dependencies);
  }
  return copy;
}
function mirrorLocalCharts(chartDir, charts, tree) {
  const usable = charts.filter((chart) => chart.realDir && !chart.problem);
  let base = resolve5(chartDir);
  for (const chart of usable) while (!isInside2(chart.dir, base)) base = dirname2(base);
  const copyOf = (dir) => join3(tree, relative3(base, dir));
  copyChart(realPath(chartDir) ?? chartDir, copyOf(chartDir));
  const copied = [resolve5(chartDir)];
  const placed = /* @__PURE__ */ new Set();
  for (const chart of usable) {
    if (!copied.some((dir) => isInside2(chart.dir, dir))) {
      copyChart(chart.realDir, copyOf(chart.dir));
      copied.push(chart.dir);
    }
    if (!placed.has(chart.dir)) placeLocalCharts(copyOf(chart.dir), chart.dependencies);
    placed.add(chart.dir);
  }
  return copyOf(chartDir);
}
function localChartDirectories(charts, cwd, all, prefix = "") {
  const dirs = /* @__PURE__ */ new Map();
  const realCwd = realPath(cwd) ?? resolve5(cwd);
  for (const chart of all ? charts : unvendored(charts)) {
    if (!chart.realDir || chart.problem) continue;
    const rendered = `${prefix}charts/${chart.alias ?? chart.name}`;
    dirs.set(rendered, relative3(realCwd, chart.realDir).split(sep).join("/") || ".");
    for (const [inner, dir] of localChartDirectories(chart.dependencies, cwd, false, `${rendered}/`))
      dirs.set(inner, dir);
  }
  return dirs;
}
function copyChart(from, to) {
  cpSync(from, to, { recursive: true, filter: (source) => !/[\\/]\.git$/.test(source) });
  return to;
}
function isInside2(path2, dir) {
  const rel = relative3(dir, path2);
  return rel === "" || rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}
function realPath(path2) {
  try {
    return realpathSync(path2);
  } catch {
    return void 0;
  }
}

// src/render/render-helm.ts
import { join as join5, resolve as resolve6 } from "node:path";

// src/render/run-render-tool.ts
import { tmpdir } from "node:os";
import { join as join4 } from "node:path";
var MAX_OUTPUT = 64 * 1024 * 1024;
function runRenderTool(run) {
  const env = isolatedEnvironment(run);
  const { execFile } = process.getBuiltinModule("node:child_process");
  return new Promise((resolvePromise) => {
    execFile(
      run.command,
      run.args,
      {
        cwd: run.cwd,
        env,
        timeout: run.timeoutMs,
        maxBuffer: MAX_OUTPUT,
        killSignal: "SIGKILL",
        windowsHide: true
      },
      (error, stdout, stderr) => {
        if (!error) return resolvePromise({ ok: true, stdout });
        const killed = error.killed;
        const reason = killed ? `it did not finish within ${Math.round(run.timeoutMs / 1e3)} s` : lastErrorLine(offlineReason((run.rewriteErrors ?? String)(String(stderr)), run.allowNetwork)) || error.message;
        resolvePromise({ ok: false, reason });
      }
    );
  });
}
async function withScratchDirectory(body) {
  const dir = mkdtempSync(join4(tmpdir(), "bulkhead-render-"));
  try {
    return await body(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
function isolatedEnvironment(run) {
  const home = join4(run.scratch, "home");
  for (const sub of ["config", "cache", "data", "plugins"]) mkdirSync(join4(home, sub), { recursive: true });
  const kubeconfig = join4(home, "kubeconfig");
  writeFileSync(kubeconfig, "apiVersion: v1\nkind: Config\n");
  const env = {
    HOME: home,
    USERPROFILE: home,
    HELM_CONFIG_HOME: join4(home, "config"),
    HELM_CACHE_HOME: join4(home, "cache"),
    HELM_DATA_HOME: join4(home, "data"),
    HELM_PLUGINS: join4(home, "plugins"),
    KUBECONFIG: kubeconfig,
    TMPDIR: run.scratch,
    GIT_TERMINAL_PROMPT: "0"
  };
  for (const name of ["PATH", "Path", "PATHEXT", "SystemRoot", "SYSTEMROOT", "TEMP", "TMP", "LANG"])
    if (run.env[name]) env[name] = run.env[name];
  if (run.allowNetwork) {
    for (const name of ["HTTPS_PROXY", "HTTP_PROXY", "NO_PROXY", "https_proxy", "http_proxy", "no_proxy"])
      if (run.env[name]) env[name] = run.env[name];
  } else {
    for (const name of ["HTTPS_PROXY", "HTTP_PROXY", "https_proxy", "http_proxy"])
      env[name] = "http://127.0.0.1:9";
    env.NO_PROXY = "";
    env.no_proxy = "";
    env.GIT_ALLOW_PROTOCOL = "file";
  }
  return env;
}
var OFFLINE_PROXY = /proxyconnect tcp: dial tcp 127\.0\.0\.1:9: connect: connection refused/g;
var OFFLINE_GIT = /fatal: transport '[a-z+]+' not allowed/g;
var OFFLINE = "not fetched (render.fetch-dependencies is off)";
function offlineReason(stderr, allowNetwork) {
  return allowNetwork ? stderr : stderr.replace(OFFLINE_PROXY, OFFLINE).replace(OFFLINE_GIT, OFFLINE);
}
var KLOG_HEADER = /^[IWEF]\d{4} \d{2}:\d{2}:\d{2}\.\d+\s+\d+ [\w./-]+:\d+\]\s*/;
function lastErrorLine(stderr) {
  const all = stderr.split(/\r?\n/);
  const at = all.findIndex((line) => /^error:/i.test(line.trim()));
  let start = at;
  if (start < 0) for (start = all.length - 1; start > 0 && all[start].trim() === ""; ) start--;
  let end = start + 1;
  while (at >= 0 && end < all.length && all[end].trim() !== "") end++;
  const text = all.slice(start, end).map((line) => line.trim().replace(KLOG_HEADER, "")).join(" ").replace(/^error:\s*/i, "");
  if (text.length <= 300) return text;
  const headEnd = text.lastIndexOf(" ", 100);
  const tailStart = text.indexOf(" ", text.length - 190);
  const head = text.slice(0, headEnd > 50 ? headEnd : 100).trimEnd();
  const tail = text.slice(tailStart > 0 && tailStart < text.length - 120 ? tailStart : -190).trimStart();
  return `${head} \u2026 ${tail}`;
}

// src/render/render-helm.ts
var RELEASE_NAME = "bulkhead";
var OTHER_NAMESPACE = "bulkhead";
function refusesDefaultNamespace(reason) {
  return /execution error/i.test(reason) && /\bnamespace\b/i.test(reason) && /\bdefault\b/i.test(reason);
}
function renderHelm(render) {
  return withScratchDirectory(async (scratch) => {
    const base = {
      command: render.helm,
      cwd: scratch,
      scratch,
      timeoutMs: render.timeoutMs,
      env: render.env
    };
    const chart = stageChart(render, scratch);
    if (typeof chart !== "string") return chart;
    if (render.fetchDependencies) {
      const built = await runRenderTool({
        ...base,
        args: ["dependency", "build", chart],
        allowNetwork: true
      });
      if (!built.ok) return { ok: false, reason: `helm dependency build failed: ${built.reason}` };
    }
    const args = ["template", RELEASE_NAME, chart, "--namespace", render.namespace ?? "default"];
    for (const file of render.valuesFiles) args.push("--values", resolve6(file));
    for (const [key, value] of Object.entries(render.set)) args.push("--set", `${key}=${String(value)}`);
    if (render.skipSchemaValidation) args.push("--skip-schema-validation");
    if (render.extraValues !== void 0) {
      const extra = join5(scratch, "bulkhead-switches.yaml");
      writeFileSync(extra, render.extraValues);
      args.push("--values", extra);
    }
    return runRenderTool({ ...base, args, allowNetwork: render.fetchDependencies });
  });
}
function stageChart(render, scratch) {
  const local = render.localCharts ?? [];
  const needed = render.fetchDependencies || unvendored(local).length > 0;
  if (!needed) return render.chartDir;
  const problem = localChartProblem(local, render.fetchDependencies);
  if (problem) return { ok: false, reason: problem };
  try {
    if (render.fetchDependencies)
      return local.length ? mirrorLocalCharts(render.chartDir, local, join5(scratch, "tree")) : copyChart(render.chartDir, join5(scratch, "chart"));
    return placeLocalCharts(copyChart(render.chartDir, join5(scratch, "chart")), local);
  } catch (error) {
    return {
      ok: false,
      reason: `the chart could not be copied with its local dependencies: ${String(error)}`
    };
  }
}
function unloadableSchemaReference(reason) {
  if (!reason.includes("values don't meet the specifications of the schema")) return void 0;
  return /(?:failing loading|Get) "(https?:\/\/[^"]+)"/.exec(reason)?.[1];
}

// src/render/vendored-charts.ts
import { join as join6, relative as relative4, resolve as resolve7, sep as sep2 } from "node:path";
var MAX_DEPTH6 = 8;
var MAX_FOLDERS = 1e3;
function vendoredChartDirectories(chartDir, cwd) {
  const walk = { cwd: resolve7(cwd), dirs: /* @__PURE__ */ new Map(), budget: MAX_FOLDERS };
  collect(resolve7(chartDir), "", 0, walk);
  return walk.dirs;
}
function collect(chartDir, prefix, depth, walk) {
  if (depth >= MAX_DEPTH6 || walk.budget <= 0) return;
  const folders = chartFolders(join6(chartDir, "charts"), walk);
  const dependencies = chartDependencies(chartDir);
  const renderedNames = (name) => {
    const listed = dependencies.filter((d) => d.name === name);
    const aliases = listed.flatMap((d) => d.alias ? [d.alias] : []);
    return listed.some((d) => !d.alias) || aliases.length === 0 ? [name, ...aliases] : aliases;
  };
  const claimed = /* @__PURE__ */ new Set();
  const ordered = [...folders].sort((a, b) => Number(b.folder === b.name) - Number(a.folder === a.name));
  for (const { folder, name } of ordered)
    for (const rendered of renderedNames(name)) {
      if (claimed.has(rendered)) continue;
      claimed.add(rendered);
      const path2 = `${prefix}charts/${rendered}`;
      const dir = join6(chartDir, "charts", folder);
      if (folder !== rendered) walk.dirs.set(path2, relative4(walk.cwd, dir).split(sep2).join("/") || ".");
      collect(dir, `${path2}/`, depth + 1, walk);
    }
}
function chartFolders(charts, walk) {
  let entries;
  try {
    entries = readdirSync(charts).sort();
  } catch {
    return [];
  }
  return entries.flatMap((folder) => {
    const dir = join6(charts, folder);
    if (walk.budget <= 0 || !isDirectory2(dir)) return [];
    walk.budget--;
    const name = chartName(readOptionalText(join6(dir, "Chart.yaml")));
    return name ? [{ folder, name }] : [];
  });
}
function isDirectory2(path2) {
  try {
    return statSync(path2).isDirectory();
  } catch {
    return false;
  }
}

// src/render/windows-switches.ts
var MAX_DEPTH7 = 6;
var COMPARED_WITH_WINDOWS = /\b(?:eq|ne)\s+(?:\(\s*)?\$?\.Values\.([A-Za-z0-9_.]+)\s*\)?\s+"windows"|\b(?:eq|ne)\s+"windows"\s+(?:\(\s*)?\$?\.Values\.([A-Za-z0-9_.]+)/gi;
function findWindowsSwitches(valuesText, templates = []) {
  let root;
  try {
    root = parseDocument(valuesText).contents;
  } catch {
    return [];
  }
  const compared = comparedWithWindows(templates);
  const switches = [];
  const visit = (node, path2) => {
    if (!isMap(node) || path2.length >= MAX_DEPTH7) return;
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : void 0;
      if (key === void 0) continue;
      const keyPath = [...path2, key];
      const value = isScalar(pair.value) ? pair.value.value : void 0;
      if (value === false && isWindowsSwitch(keyPath)) switches.push({ path: keyPath, value: true });
      else if (typeof value === "string" && value.toLowerCase() !== "windows" && compared.has(keyPath.join(".")))
        switches.push({ path: keyPath, value: "windows" });
      else visit(pair.value, keyPath);
    }
  };
  visit(root, []);
  return switches;
}
function comparedWithWindows(templates) {
  const paths = /* @__PURE__ */ new Set();
  for (const text of templates) {
    if (!/"windows"/i.test(text)) continue;
    for (const match of text.matchAll(COMPARED_WITH_WINDOWS)) paths.add(match[1] ?? match[2]);
  }
  return paths;
}
function isWindowsSwitch(path2) {
  const last = (path2.at(-1) ?? "").toLowerCase();
  if (/^(windows|enable_?windows|windows_?enabled?|deploy_?windows|install_?windows)$/.test(last))
    return true;
  return /^(enabled?|deploy|install)$/.test(last) && path2.slice(0, -1).some((key) => /windows|^win$|^win[-_]|[-_]win$/i.test(key));
}
function switchesOnValues(switches) {
  const root = {};
  for (const { path: path2, value } of switches) {
    let at = root;
    path2.forEach((key, index) => {
      if (index === path2.length - 1) at[key] = value;
      else at = at[key] ??= {};
    });
  }
  return JSON.stringify(root);
}
function describeSwitches(switches) {
  return switches.map(({ path: path2, value }) => `${path2.join(".")}=${value}`).join(", ");
}

// src/render/render-chart.ts
async function renderChart(input) {
  const { root } = input;
  const chart = chartOptions(input);
  const notes = [];
  let valuesFiles = chart.values;
  let ciValues;
  const chartDir = resolve8(input.cwd, root.dir);
  const localCharts = readLocalCharts(chartDir, input.cwd);
  const render = {
    helm: input.helm,
    chartDir,
    valuesFiles: chart.values.map((v) => resolve8(input.cwd, v)),
    set: chart.set,
    fetchDependencies: input.fetchDependencies,
    localCharts,
    timeoutMs: input.timeoutMs,
    env: input.env
  };
  let outcome = await renderHelm(render);
  const remoteSchema = outcome.ok || render.fetchDependencies ? void 0 : unloadableSchemaReference(outcome.reason);
  if (!outcome.ok && remoteSchema) {
    render.skipSchemaValidation = true;
    outcome = await renderHelm(render);
    if (outcome.ok)
      notes.push(
        `Helm chart '${root.dir}' was rendered without checking its values schema, which refers to '${remoteSchema}' (not fetched: render.fetch-dependencies is off).`
      );
  }
  if (!outcome.ok && refusesDefaultNamespace(outcome.reason)) {
    const refused = outcome.reason;
    render.namespace = OTHER_NAMESPACE;
    outcome = await renderHelm(render);
    if (outcome.ok)
      notes.push(
        `Helm chart '${root.dir}' was rendered in namespace '${OTHER_NAMESPACE}': it refuses 'default': ${withPeriod(refused)}`
      );
    else {
      delete render.namespace;
      outcome = { ok: false, reason: refused };
    }
  }
  const ciFile = !outcome.ok && chart.values.length === 0 ? ciValuesFile(root, outcome.reason, input.files) : void 0;
  if (!outcome.ok && ciFile) {
    const defaultsFailed = outcome.reason;
    render.valuesFiles = [resolve8(input.cwd, ciFile)];
    valuesFiles = [ciFile];
    outcome = await renderHelm(render);
    if (outcome.ok) {
      ciValues = ciFile;
      notes.push(
        `Helm chart '${root.dir}' was rendered with '${ciFile}': its default values fail: ${withPeriod(defaultsFailed)}`
      );
    } else
      outcome = { ok: false, reason: `${withPeriod(defaultsFailed)} With '${ciFile}': ${outcome.reason}` };
  }
  const values = input.readText(posix10.join(root.dir, "values.yaml"));
  const switches = input.windowsSwitches && values !== void 0 ? findWindowsSwitches(values, chartTemplates(root, input.files, input.readText)) : [];
  return {
    outcome,
    valuesFiles,
    ciValuesFile: ciValues,
    notes,
    switches,
    windowsPass: switches.length ? () => renderHelm({ ...render, extraValues: switchesOnValues(switches) }) : void 0,
    rerender: () => renderHelm(render),
    // A `file://` dependency Helm takes from its path is that path's, whatever `charts/` holds.
    localCharts: new Map([
      ...vendoredChartDirectories(chartDir, input.cwd),
      ...localChartDirectories(localCharts, input.cwd, input.fetchDependencies)
    ])
  };
}
function withPeriod(text) {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
function chartOptions(input) {
  for (const [dir, chart] of Object.entries(input.charts)) {
    const chartDir = relative5(input.cwd, resolve8(input.configDir, dir)).split("\\").join("/") || ".";
    if (chartDir !== input.root.dir) continue;
    return { values: chart.values.map((v) => valuesFilePath(input, dir, v)), set: chart.set };
  }
  return { values: [], set: {} };
}
function valuesFilePath(input, chartDir, file) {
  const fromConfig = resolve8(input.configDir, file);
  const fromChart = resolve8(input.configDir, chartDir, file);
  const path2 = existsSync(fromConfig) || !existsSync(fromChart) ? fromConfig : fromChart;
  return relative5(input.cwd, path2).split("\\").join("/");
}
function chartTemplates(root, files, readText2) {
  const dir = root.dir === "." ? "templates/" : `${root.dir}/templates/`;
  return files.flatMap((file) => {
    const text = file.startsWith(dir) ? readText2(file) : void 0;
    return text === void 0 ? [] : [text];
  });
}
function ciValuesFile(root, reason, files) {
  if (!reason.includes("execution error") && !reason.includes("values don't meet the specifications of the schema"))
    return void 0;
  const dir = root.dir === "." ? "ci/" : `${root.dir}/ci/`;
  return files.filter((file) => file.startsWith(dir) && /^[^/]*values\.ya?ml$/.test(file.slice(dir.length))).sort()[0];
}

// src/render/render-kustomize.ts
import { isAbsolute as isAbsolute2, relative as relative6, join as join7 } from "node:path";
function renderKustomize(render) {
  return withScratchDirectory(async (scratch) => {
    const wrapper = join7(scratch, "wrapper");
    const reference = relative6(wrapper, render.rootDir).split("\\").join("/");
    if (isAbsolute2(reference))
      return {
        ok: false,
        reason: "the root is on another drive than the temporary directory",
        originBase: wrapper
      };
    mkdirSync(wrapper);
    writeFileSync(
      join7(wrapper, "kustomization.yaml"),
      `resources:
  - ${JSON.stringify(reference)}
buildMetadata: [originAnnotations, transformerAnnotations]
`
    );
    const outcome = await runRenderTool({
      command: render.tool.command,
      args: [...render.tool.args, wrapper],
      cwd: scratch,
      scratch,
      timeoutMs: render.timeoutMs,
      allowNetwork: render.allowNetwork,
      env: render.env,
      ...render.shown ? { rewriteErrors: asShown(reference, render.shown) } : {}
    });
    return { ...outcome, originBase: wrapper };
  });
}
function asShown(reference, shown) {
  return (stderr) => stderr.split(`'${reference}`).join(`'${shown.dir}`).split(`${shown.cwd.split("\\").join("/")}/`).join("");
}

// src/render/generated-secrets.ts
async function withoutGeneratedSecrets(scanned, stream, rerender) {
  const secrets = scanned.findings.filter((finding) => /^BH2\d\d$/.test(finding.ruleId));
  if (secrets.length === 0) return scanned.findings;
  const again = await rerender();
  if (!again.ok) return scanned.findings;
  const first = stream.split(/\r?\n/);
  const second = again.stdout.split(/\r?\n/);
  if (first.length !== second.length) return scanned.findings;
  const generated = new Set(
    secrets.filter((finding) => {
      const line = scanned.renderedLines.get(finding);
      return line !== void 0 && entryText(first, line) !== entryText(second, line);
    })
  );
  return scanned.findings.filter((finding) => !generated.has(finding));
}
function entryText(lines, line) {
  const first = lines[line - 1] ?? "";
  if (first.trimStart().startsWith("-----BEGIN ")) {
    const end2 = lines.findIndex((text, at) => at >= line - 1 && text.includes("-----END "));
    if (end2 >= 0) return lines.slice(line - 1, end2 + 1).join("\n");
  }
  const indent = indentOf(first);
  let end = line;
  while (end < lines.length && (lines[end].trim() === "" || indentOf(lines[end]) > indent))
    end++;
  return lines.slice(line - 1, end).join("\n");
}
function indentOf(line) {
  return line.length - line.trimStart().length;
}

// src/render/rendered-service-accounts.ts
var FIELD = "automountServiceAccountToken";
function withRenderedServiceAccounts(facts, objects, context, stream) {
  const accounts = objects.filter((o) => o.kind === "ServiceAccount" && o.name !== void 0);
  if (accounts.length === 0) return facts;
  const serviceAccounts = /* @__PURE__ */ new Map();
  for (const object of accounts) {
    const name = object.name;
    const contents = object.document.contents;
    const pair = topLevelPair(contents, FIELD);
    const value = isScalar(pair?.value) ? pair.value.value : void 0;
    const automount = typeof value === "boolean" ? value : void 0;
    const key = (pair ?? topLevelPair(contents, "kind"))?.key;
    const offset = isScalar(key) ? key.range?.[0] : void 0;
    const line = offset === void 0 ? object.startLine : object.lineCounter.linePos(offset).line;
    const mapped = mapRenderedLocation(object, line, context);
    const text = context.readText(mapped.file)?.split(/\r\n|\r|\n/)[mapped.line - 1];
    const namespace = object.document.getIn(["metadata", "namespace"]);
    const list = serviceAccounts.get(name) ?? [];
    list.push({
      source: stream,
      ...typeof namespace === "string" ? { namespace } : {},
      ...automount !== void 0 ? { automount } : {},
      location: {
        file: mapped.file,
        region: lineRegion(mapped.line, text),
        // Named as the file at that line names it (the base's `app`, not an overlay's `prod-app`).
        message: `ServiceAccount '${mapped.sourceName ?? name}'${automount === void 0 ? ` leaves ${FIELD} unset` : ` sets ${FIELD}: ${String(automount)}`}`
      }
    });
    serviceAccounts.set(name, list);
  }
  for (const [name, list] of facts.serviceAccounts)
    serviceAccounts.set(name, [...serviceAccounts.get(name) ?? [], ...list]);
  return { ...facts, serviceAccounts };
}
function topLevelPair(contents, field) {
  return isMap(contents) ? contents.items.find((p) => isScalar(p.key) && p.key.value === field) : void 0;
}

// src/render/source-names.ts
var NAMED_OBJECT = /\b([A-Z][A-Za-z0-9]*) '([^'\n]+)'/g;
function sourceNamer(objects, context) {
  if (context.root.kind !== "kustomize") return (message) => message;
  const byKey = /* @__PURE__ */ new Map();
  for (const object of objects) {
    if (!object.kind || !object.name) continue;
    const key = `${object.kind}\0${object.name}`;
    byKey.set(key, [...byKey.get(key) ?? [], object]);
  }
  const known = /* @__PURE__ */ new Map();
  const sourceName = (kind, name) => {
    const key = `${kind}\0${name}`;
    const named = byKey.get(key);
    if (!named) return void 0;
    if (!known.has(key)) {
      const names = new Set(named.map((o) => sourceNameOf(o, context)));
      known.set(key, names.size === 1 ? [...names][0] : void 0);
    }
    return known.get(key);
  };
  return (message, own) => message.replace(NAMED_OBJECT, (whole, kind, name) => {
    if (own && kind === own.kind && name === own.name) return whole;
    const renamed = sourceName(kind, name);
    return renamed === void 0 ? whole : `${kind} '${renamed}'`;
  });
}

// src/engine/scan-rendered.ts
var DEFAULT_RENDER_CONFIG = {
  helm: "auto",
  kustomize: "auto",
  fetchDependencies: false,
  windowsSwitches: true,
  timeout: 120,
  charts: {}
};
async function scanRenderRoots(input) {
  if (input.files.some(isRenderRootFile)) await loadDocumentParsers();
  const texts = /* @__PURE__ */ new Map();
  const readText2 = (path2) => {
    if (!texts.has(path2)) texts.set(path2, readOptionalText(resolve9(input.cwd, path2)));
    return texts.get(path2);
  };
  const roots = discoverRenderRoots(input.files, readText2);
  const result = {
    findings: [],
    notes: [],
    files: [],
    complete: true,
    roots: [],
    patchFiles: /* @__PURE__ */ new Set(),
    unlistedPatches: /* @__PURE__ */ new Set(),
    renderedSources: /* @__PURE__ */ new Set()
  };
  if (roots.length === 0) return result;
  const tools = findRenderTools(
    input.env,
    { helm: input.config.helmPath, kubectl: input.config.kubectlPath, kustomize: input.config.kustomizePath },
    input.configDir
  );
  for (const kind of ["helm", "kustomize"])
    if (input.config[kind] === "on" && !tools[kind] && roots.some((r) => r.kind === kind))
      throw new ConfigurationError(
        `render.${kind} is 'on' but ${toolName(kind)} was not found (PATH, config or ${toolVariable(kind)}).`
      );
  const jobs = roots.map((root) => () => renderRoot(root, tools, input, readText2));
  const outcomes = await runBounded(jobs, Math.max(1, availableParallelism?.() ?? cpus().length));
  for (const outcome of outcomes) {
    result.roots.push(outcome.summary);
    for (const note of outcome.notes) result.notes.push(note);
    for (const file of outcome.sourceFiles ?? []) result.renderedSources.add(file);
  }
  const inOwnRoot = (finding, root) => root === "." || finding.location.file.startsWith(`${root}/`);
  for (const own of [true, false])
    for (const outcome of outcomes)
      for (const finding of outcome.findings)
        if (inOwnRoot(finding, outcome.summary.root) === own) result.findings.push(finding);
  if (result.renderedSources.size) {
    const files = new Set(input.files);
    for (const [index, root] of roots.entries())
      if (root.kind === "kustomize" && outcomes[index]?.summary.status !== "rendered")
        for (const file of kustomizationFiles(root.dir, files, readText2)) result.renderedSources.delete(file);
  }
  const kustomizationDirs = new Set(
    input.files.filter((file) => KUSTOMIZATION_NAMES.includes(posix11.basename(file))).map(posix11.dirname)
  );
  const patchNamed = /* @__PURE__ */ new Map();
  for (const file of input.files) {
    const dir = posix11.dirname(file);
    if (!kustomizationDirs.has(dir) || KUSTOMIZATION_NAMES.includes(posix11.basename(file))) continue;
    if (isPatchName(file) || /\.ya?ml$/i.test(file) && isWorkloadFragment(readText2(file))) {
      const inDir = patchNamed.get(dir);
      if (inDir) inDir.push(file);
      else patchNamed.set(dir, [file]);
    }
  }
  for (const file of input.files)
    if (KUSTOMIZATION_NAMES.includes(posix11.basename(file))) {
      for (const patch of kustomizationPatches(file, readText2)) result.patchFiles.add(patch);
      const besides = patchNamed.get(posix11.dirname(file)) ?? [];
      for (const patch of unlistedPatchFiles(file, besides, readText2)) result.unlistedPatches.add(patch);
    }
  return result;
}
async function renderRoot(root, tools, input, readText2) {
  const summary = { root: root.dir, kind: root.kind, status: "skipped" };
  const note = (reason) => {
    summary.reason = reason;
    const verb = summary.status === "failed" ? "could not be rendered" : "was not rendered";
    const what = root.kind === "helm" ? "Helm chart" : "Kustomize root";
    return {
      summary,
      findings: [],
      notes: [
        {
          kind: "render",
          file: root.file,
          message: `${what} '${root.dir}' ${verb}: ${withPeriod(reason)} ${root.kind === "helm" ? "Its templates were not scanned." : "Only its plain manifests were scanned, as files."}`
        }
      ]
    };
  };
  if (input.config[root.kind] === "off") return note(`render.${root.kind} is off in the config.`);
  const timeoutMs = input.config.timeout * 1e3;
  const absolute = resolve9(input.cwd, root.dir);
  const context = { root, cwd: input.cwd, readText: readText2, valuesFiles: [], files: input.files };
  let first;
  let windowsPass;
  let switches = [];
  const renderedWith = [];
  let rerender;
  if (root.kind === "helm") {
    if (!tools.helm) return note(`helm was not found (PATH, render.helm-path or BULKHEAD_HELM).`);
    const chart = await renderChart({
      helm: tools.helm,
      root,
      cwd: input.cwd,
      charts: input.config.charts,
      configDir: input.configDir,
      fetchDependencies: input.config.fetchDependencies,
      windowsSwitches: input.config.windowsSwitches,
      timeoutMs,
      env: input.env,
      files: input.files,
      readText: readText2
    });
    first = chart.outcome;
    context.valuesFiles = chart.valuesFiles;
    if (chart.localCharts.size) context.localCharts = chart.localCharts;
    if (chart.ciValuesFile) summary.valuesFile = chart.ciValuesFile;
    renderedWith.push(...chart.notes);
    switches = chart.switches;
    windowsPass = chart.windowsPass;
    rerender = chart.rerender;
  } else {
    if (!tools.kustomize)
      return note(`kubectl or kustomize was not found (PATH, render.kubectl-path or BULKHEAD_KUBECTL).`);
    const rendered = await renderKustomize({
      tool: tools.kustomize,
      rootDir: absolute,
      shown: { dir: root.dir, cwd: input.cwd },
      timeoutMs,
      allowNetwork: input.config.fetchDependencies,
      env: input.env
    });
    context.originBase = rendered.originBase;
    first = rendered;
  }
  if (!first.ok) {
    summary.status = "failed";
    return note(first.reason);
  }
  const base = scanRendered(first.stdout, root, context, input.engine);
  summary.status = "rendered";
  summary.objects = base.objects;
  const findings = rerender ? await withoutGeneratedSecrets(base, first.stdout, rerender) : base.findings;
  const notes = base.notes;
  notes.unshift(...renderedWith.map((message) => ({ kind: "render", file: root.file, message })));
  if (windowsPass) {
    const values = describeSwitches(switches);
    summary.windowsValues = values;
    const second = await windowsPass();
    if (!second.ok)
      notes.push({
        kind: "render",
        file: root.file,
        message: `Helm chart '${root.dir}' with ${values} could not be rendered: ${withPeriod(second.reason)}`
      });
    else {
      const isRepeat = repeatFilter();
      for (const finding of findings) isRepeat(finding, "default values");
      const extra = scanRendered(second.stdout, root, context, input.engine);
      for (const finding of await withoutGeneratedSecrets(extra, second.stdout, windowsPass)) {
        if (isRepeat(finding, values)) continue;
        finding.message = `${finding.message} Only rendered with ${values}.`;
        finding.properties = { ...finding.properties, renderValues: values };
        findings.push(finding);
      }
    }
  }
  return { summary, findings, notes, sourceFiles: base.sourceFiles };
}
function scanRendered(stream, root, context, engine) {
  const renderedPath = `${root.dir === "." ? "" : `${root.dir}/`}(rendered by ${root.kind === "helm" ? "helm template" : "kustomize"})`;
  const objects = readRenderedObjects(stream);
  const repository = engine.repository && {
    ...engine.repository,
    facts: withRenderedServiceAccounts(engine.repository.facts, objects, context, renderedPath)
  };
  const scanned = scanDocuments([{ path: renderedPath, text: stream, target: "kubernetes" }], {
    ...engine,
    ...repository ? { repository } : {}
  });
  const inline2 = /* @__PURE__ */ new Map();
  const inlineOf = (file, text) => {
    if (!inline2.has(file)) inline2.set(file, parseInlineSuppressions(text.split(/\r\n|\r|\n/)));
    return inline2.get(file);
  };
  const withSourceNames = sourceNamer(objects, context);
  const renderedLines = /* @__PURE__ */ new Map();
  const streamLines = scanned.findings.length ? stream.split(/\r\n|\r|\n/) : [];
  for (const finding of scanned.findings) {
    delete finding.fixes;
    const line = finding.location.region.startLine;
    renderedLines.set(finding, line);
    const object = objectAtLine(objects, line);
    const mapped = object ? mapReportedValue(
      object,
      line,
      {
        ...finding.valueRegion ? { valueLine: finding.valueRegion.startLine } : {},
        ...finding.valuePart !== void 0 ? { valuePart: finding.valuePart } : {}
      },
      context,
      streamLines[line - 1]
    ) : { file: root.file, line: 1, exact: false, via: "root", keyPath: "" };
    delete finding.valueRegion;
    delete finding.valuePart;
    finding.message = finding.message.replace(
      `, line ${line})`,
      mapped.exact ? `, line ${mapped.line})` : ")"
    );
    const text = context.readText(mapped.file) ?? "";
    const lineText = text.split(/\r\n|\r|\n/)[mapped.line - 1] ?? "";
    const indent = lineText.length - lineText.trimStart().length;
    finding.location = {
      file: mapped.file,
      region: { ...lineRegion(mapped.line, lineText), startColumn: indent + 1 }
    };
    const objectName = object ? `${object.kind ?? "object"}/${object.name ?? "(unnamed)"}` : "the rendered stream";
    if (mapped.sourceName && object?.name && object.kind)
      finding.message = finding.message.split(`${object.kind} '${object.name}'`).join(`${object.kind} '${mapped.sourceName}'`);
    finding.message = withSourceNames(finding.message, object);
    finding.properties = {
      ...finding.properties,
      renderedFrom: root.dir,
      renderedObject: objectName,
      ...mapped.keyPath ? { renderedKeyPath: mapped.keyPath } : {},
      sourceMapping: mapped.exact ? "exact" : "approximate"
    };
    if (!mapped.exact)
      (finding.relatedLocations ??= []).push({
        file: root.file,
        region: lineRegion(1, (context.readText(root.file) ?? "").split(/\r?\n/, 1)[0]),
        logical: `${objectName}${mapped.keyPath ? `:${mapped.keyPath}` : ""}`,
        message: `Rendered object ${objectName}${mapped.keyPath ? ` at ${mapped.keyPath}` : ""} (${root.kind === "helm" ? "helm template" : "kustomize"} of '${root.dir}'); the primary location is the nearest line that produces it.`
      });
    if (mapped.appVersion && mapped.via !== "chart") {
      const { file, line: appVersionLine, value } = mapped.appVersion;
      (finding.relatedLocations ??= []).push({
        file,
        region: lineRegion(
          appVersionLine,
          (context.readText(file) ?? "").split(/\r\n|\r|\n/)[appVersionLine - 1]
        ),
        message: `The chart's appVersion ('${value}'), which the template prints into the value.`
      });
    }
    if (finding.suppression?.kind === "external") delete finding.suppression;
    finding.suppression ??= inlineSuppression(finding, inlineOf(mapped.file, text)) ?? engine.ignores?.suppression(finding);
    if (!finding.suppression) delete finding.suppression;
    const fingerprint = computeLineFingerprints(text, [mapped.line]).get(mapped.line);
    if (fingerprint) finding.fingerprint = fingerprint;
    else delete finding.fingerprint;
  }
  const notes = scanned.notes.filter((n) => n.kind !== "template");
  const sourceFiles = /* @__PURE__ */ new Set();
  for (const object of objects) {
    const origin = originFile(object, context);
    if (origin) sourceFiles.add(origin);
  }
  return {
    findings: scanned.findings,
    notes,
    // Every object the render made, CustomResourceDefinitions (not read: readRenderedObjects) included.
    objects: objects.length + (stream.match(/^kind: CustomResourceDefinition\s*$/gm)?.length ?? 0),
    renderedLines,
    sourceFiles: [...sourceFiles]
  };
}
function findingKey(finding) {
  return `${lineKey(finding)}\0${finding.message}`;
}
function repeatFilter() {
  const taken = /* @__PURE__ */ new Map();
  const byObject = /* @__PURE__ */ new Map();
  return (finding, render = String(finding.properties?.renderedFrom)) => {
    const key = findingKey(finding);
    const objectKey = `${render}\0${String(finding.properties?.renderedObject)}\0${key}`;
    const nth = (byObject.get(objectKey) ?? 0) + 1;
    byObject.set(objectKey, nth);
    if ((taken.get(key) ?? 0) >= nth) return true;
    taken.set(key, nth);
    return false;
  };
}
function lineKey(finding) {
  return `${finding.ruleId}\0${finding.location.file}\0${finding.location.region.startLine}`;
}
async function runBounded(jobs, limit) {
  const results = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const index = next++;
      results[index] = await jobs[index]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  return results;
}
function toolName(kind) {
  return kind === "helm" ? "helm" : "kubectl or kustomize";
}
function toolVariable(kind) {
  return kind === "helm" ? "BULKHEAD_HELM" : "BULKHEAD_KUBECTL";
}

// src/engine/scan-pool.ts
import { availableParallelism as availableParallelism2 } from "node:os";
import { fileURLToPath } from "node:url";
import { setImmediate as nextTurn } from "node:timers/promises";
var MAX_DEFAULT_JOBS = 8;
var POOL_MIN_TARGETS = 1e3;
var POOL_CHUNK = 16;
var SCAN_WORKER_URL = new URL("./scan-worker.js", import.meta.url);
function defaultJobs(cores = availableParallelism2()) {
  return Math.max(1, Math.min(cores, MAX_DEFAULT_JOBS));
}
function poolSize(options) {
  const jobs = options.jobs ?? defaultJobs();
  if (jobs <= 1 || options.targets < (options.minTargets ?? POOL_MIN_TARGETS)) return 0;
  if (!existsSync(fileURLToPath(options.workerUrl ?? SCAN_WORKER_URL))) return 0;
  return Math.max(0, Math.min(jobs - 1, options.chunks - 1));
}
var WORKER_YOUNG_GENERATION_MB = 32;
var WORKER_LIMITS = { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB };
function startScanWorkers(count, setup, workerUrl = SCAN_WORKER_URL) {
  const slots = [];
  if (count <= 0) return { slots };
  const { Worker } = process.getBuiltinModule("node:worker_threads");
  for (let i = 0; i < count; i++) {
    try {
      const slot = {
        worker: new Worker(workerUrl, { workerData: setup, resourceLimits: WORKER_LIMITS }),
        inFlight: [],
        gone: false,
        factsSent: false
      };
      slot.worker.on("message", (reply) => slot.onReply ? slot.onReply(reply) : retire(slot));
      const failed = () => slot.onFail ? slot.onFail() : retire(slot);
      slot.worker.on("messageerror", failed);
      slot.worker.on("error", failed);
      slot.worker.on("exit", failed);
      slots.push(slot);
    } catch {
    }
  }
  return { slots };
}
function stopScanWorkers(workers) {
  for (const slot of workers.slots) retire(slot);
}
function retire(slot) {
  if (slot.gone) return;
  slot.gone = true;
  void slot.worker.terminate();
}
function chunkFiles(files, size, workers) {
  const small = Math.max(1, Math.floor(size / 4));
  const tail = workers > 0 ? Math.min(files.length, (workers + 1) * (IN_FLIGHT + 1) * size) : 0;
  const chunks = [];
  const head = files.length - tail;
  for (let i = 0; i < head; i += size) chunks.push(files.slice(i, Math.min(i + size, head)));
  for (let i = head; i < files.length; i += small) chunks.push(files.slice(i, i + small));
  return chunks;
}
function chunkByLane(files, size, workers, inWorkerLane2) {
  const chunks = [];
  const workerLane = [];
  for (const chunk of chunkFiles(files, size, workers)) {
    let start = 0;
    for (let i = 1; i <= chunk.length; i++) {
      const lane = inWorkerLane2(chunk[start]);
      if (i < chunk.length && inWorkerLane2(chunk[i]) === lane) continue;
      chunks.push(start === 0 && i === chunk.length ? chunk : chunk.slice(start, i));
      workerLane.push(lane);
      start = i;
    }
  }
  return { chunks, workerLane };
}
var IN_FLIGHT = 4;
async function runScanPool(run) {
  const { chunks } = run;
  const slots = run.workers.slots;
  const finished = /* @__PURE__ */ new Map();
  const redo = [];
  const next = nextChunks(chunks.length, run.workerLane);
  let delivered = 0;
  let failure;
  let wake;
  const notify = () => {
    const resume = wake;
    wake = void 0;
    resume?.();
  };
  const deliver = (index, outcome) => {
    finished.set(index, outcome);
    chunks[index] = void 0;
    for (let next2 = finished.get(delivered); next2; next2 = finished.get(delivered)) {
      finished.delete(delivered);
      run.onResult(next2, delivered);
      delivered++;
    }
  };
  const fail = (slot) => {
    if (slot.gone) return;
    retire(slot);
    for (const { index } of slot.inFlight) redo.push(index);
    slot.inFlight = [];
    notify();
  };
  const onReply = (slot, reply) => {
    if (slot.gone || slot.inFlight[0]?.index !== reply.index) return fail(slot);
    slot.inFlight.shift();
    if ("error" in reply) redo.push(reply.index);
    else
      try {
        deliver(reply.index, reply.outcome);
      } catch (error) {
        failure ??= { error };
      }
    notify();
  };
  for (const slot of slots) {
    slot.onReply = (reply) => onReply(slot, reply);
    slot.onFail = () => fail(slot);
  }
  try {
    while (delivered < chunks.length) {
      if (failure) throw failure.error;
      for (const slot of slots)
        while (!slot.gone && wantsMore(slot)) {
          const index2 = next(true);
          if (index2 === void 0) break;
          const sources = chunks[index2];
          run.onDispatch?.(sources);
          slot.inFlight.push({ index: index2, files: sources.length });
          const request = slot.factsSent ? { index: index2, sources } : { index: index2, sources, facts: run.facts };
          slot.factsSent = true;
          slot.worker.postMessage(request);
        }
      const index = redo.shift() ?? next(false);
      if (index !== void 0) {
        deliver(index, run.scanHere(chunks[index]));
        await nextTurn();
      } else if (delivered < chunks.length) await new Promise((resume) => wake = resume);
    }
  } finally {
    stopScanWorkers(run.workers);
  }
}
function wantsMore(slot) {
  if (slot.inFlight.length < IN_FLIGHT) return true;
  let files = 0;
  for (const chunk of slot.inFlight) files += chunk.files;
  return files < POOL_CHUNK;
}
function nextChunks(count, workerLane = []) {
  const taken = new Uint8Array(count);
  const cursor = { true: 0, false: 0 };
  const inLane = (index, lane) => (workerLane[index] ?? false) === lane;
  const take = (lane) => {
    const key = lane ? "true" : "false";
    let index = cursor[key];
    while (index < count && (taken[index] || !inLane(index, lane))) index++;
    cursor[key] = index;
    if (index >= count) return void 0;
    taken[index] = 1;
    return index;
  };
  return (forWorker) => take(forWorker) ?? take(!forWorker);
}

// src/engine/scan.ts
var DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;
var CHUNK = 128;
function isCandidate(path2) {
  return mightBeTarget(path2) || isFactSource(path2);
}
async function scan(options) {
  const startedAt = (/* @__PURE__ */ new Date()).toISOString();
  const config = await loadConfig(
    options.configFile,
    options.paths[0],
    options.cwd,
    options.readRemoteConfig
  );
  const settings = {
    ...DEFAULT_RULE_SETTINGS,
    ...definedOnly({
      podSecurityLevel: config?.podSecurityLevel,
      trustedRegistries: config?.trustedRegistries,
      trustedRegistriesSource: config?.trustedRegistries ? `set in ${relative7(options.cwd, resolve10(options.cwd, config.file)).split("\\").join("/")}` : void 0,
      requireDigest: config?.requireDigest
    }),
    ...definedOnly(options.settings ?? {})
  };
  if (options.settings?.trustedRegistries && !options.settings.trustedRegistriesSource)
    delete settings.trustedRegistriesSource;
  const rules = [...options.rules ?? ALL_RULES];
  const today = options.today ?? startedAt.slice(0, 10);
  settings.today ??= today;
  const configDir = config?.baseDir ?? options.cwd;
  const ignoreSetup = { list: config?.ignore ?? [], today, configDir, cwd: options.cwd };
  const ignores = createConfigIgnores(ignoreSetup);
  const engine = { rules, settings, ruleConfig: config?.rules, ignores };
  const total = { findings: [], notes: [], files: [], complete: true };
  if (config) {
    const known = new Set(ALL_RULES.map((rule) => rule.meta.id));
    const file = relative7(options.cwd, config.file ?? join8(config.baseDir, CONFIG_FILE_NAME)).split("\\").join("/");
    for (const note of unknownConfigRuleNotes(config, file, known)) total.notes.push(note);
  }
  if (options.stdin) {
    const stdin = { path: options.stdin.filename, text: options.stdin.text };
    if (mayParseDocuments([stdin])) await loadDocumentParsers();
    merge(total, scanDocuments([stdin], engine));
  }
  const exclude = [
    ...(config?.exclude ?? []).map((g) => relativeGlob(g, configDir, options.cwd)),
    ...options.exclude ?? []
  ];
  const discovery = options.paths.length ? await discoverFiles({
    paths: options.paths,
    cwd: options.cwd,
    exclude,
    useGitignore: options.useGitignore ?? true,
    maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    willRead: isCandidate
  }) : { files: [], notes: [] };
  for (const note of discovery.notes) total.notes.push(note);
  const candidates = discovery.files.filter((f) => isCandidate(f.path));
  const ruleIds = shippedRuleIds(rules);
  const discoveredTargets = candidates.filter((f) => mightBeTarget(f.path)).length;
  const workerCount = ruleIds ? poolSize({
    jobs: options.jobs,
    targets: discoveredTargets,
    chunks: Math.ceil(discoveredTargets / POOL_CHUNK),
    minTargets: options.poolMinTargets
  }) : 0;
  const workerSetup = ruleIds && { settings, ruleConfig: config?.rules, ruleIds, ignores: ignoreSetup };
  const workers = workerSetup && workerCount > 0 ? startScanWorkers(workerCount, workerSetup) : void 0;
  try {
    const sources = [];
    for (let i = 0; i < candidates.length; i += CHUNK) {
      for (const source of readSources(candidates.slice(i, i + CHUNK), total.notes, options.overrides))
        sources.push(source);
      await nextTurn2();
    }
    if (options.image?.images.length || sources.some((s) => mayParseShell(s.path, s.text)))
      await loadShellParser();
    if (options.image?.images.length || mayParseDocuments(sources)) await loadDocumentParsers();
    const configImages = Object.fromEntries(
      Object.entries(config?.images ?? {}).map(([image, path2]) => [
        image,
        relative7(options.cwd, resolve10(configDir, path2)).split("\\").join("/")
      ])
    );
    const repository = buildRepositoryFacts(
      discovery.files.map((f) => f.path),
      sources.filter((s) => isFactSource(s.path)),
      configImages
    );
    const targets = sources.filter((s) => mightBeTarget(s.path));
    sources.length = 0;
    const targetCount = targets.length;
    const { chunks, workerLane } = workers ? chunkByLane(targets, POOL_CHUNK, workers.slots.length, (s) => inWorkerLane(s.path, repository)) : { chunks: chunkFiles(targets, CHUNK, 0) };
    targets.length = 0;
    const chunkSizes = chunks.map((chunk) => chunk?.length ?? 0);
    let done = 0;
    const progress = (index) => {
      done += chunkSizes[index] ?? 0;
      options.onProgress?.(done, targetCount);
    };
    if (workerSetup && workers) {
      const setup = { ...workerSetup, facts: repository.facts };
      await runScanPool({
        chunks,
        workerLane,
        facts: repository.facts,
        workers,
        scanHere: createChunkScanner(setup, repository),
        // A worker parses its files itself: the facts pass's documents of them would only be kept alive here.
        onDispatch: (sources2) => {
          for (const source of sources2) repository.parsed.delete(source.path);
        },
        onResult: (outcome, index) => {
          merge(total, outcome.result);
          ignores.markExpiredUsed(outcome.expiredIgnores);
          progress(index);
        }
      });
    } else
      for (let i = 0; i < chunks.length; i++) {
        merge(total, scanDocuments(chunks[i], { ...engine, repository }));
        chunks[i] = void 0;
        progress(i);
        await nextTurn2();
      }
    const renders = discovery.files.length ? await scanRenderRoots({
      files: discovery.files.map((f) => f.path),
      cwd: options.cwd,
      config: config?.render ?? DEFAULT_RENDER_CONFIG,
      configDir,
      env: options.env ?? process.env,
      engine: { ...engine, repository }
    }) : void 0;
    if (renders) mergeRendered(total, renders, compileExcludedPath(exclude, options.paths, options.cwd));
    if (options.image?.images.length) {
      const images = await loadImages(options.image, options.cwd, engine);
      merge(total, {
        findings: images.findings,
        notes: images.notes,
        files: images.findings.map((f) => ({ path: f.location.file, target: "image" })),
        complete: images.complete
      });
      merge(total, scanImageDocuments(images.documents, { ...engine, repository }));
    }
    for (const note of ignores.expiredNotes()) total.notes.push(note);
    total.findings.sort(compareFindings);
    redactFindings(total.findings, total.notes, renders?.roots);
    return {
      config,
      result: {
        findings: total.findings,
        notes: total.notes,
        files: total.files,
        ...renders?.roots.length ? { renders: renders.roots } : {},
        rules: rules.filter((r) => config?.rules[r.meta.id] !== "off").map((r) => r.meta),
        complete: total.complete,
        startedAt,
        finishedAt: (/* @__PURE__ */ new Date()).toISOString()
      }
    };
  } finally {
    if (workers) stopScanWorkers(workers);
  }
}
function inWorkerLane(path2, repository) {
  return isDockerfileName(path2) && !repository.parsed.has(path2);
}
function readSources(files, notes, overrides) {
  const read = files.map((f) => {
    const text = overrides?.get(f.path);
    return text === void 0 ? readTextFile(f.absolutePath) : { kind: "text", text };
  });
  const sources = [];
  read.forEach((content, index) => {
    const path2 = files[index].path;
    if (content.kind === "text") sources.push({ path: path2, text: content.text });
    else if (content.kind === "binary")
      notes.push({ kind: "binary", file: path2, message: "Binary file: skipped." });
    else
      notes.push({
        kind: content.kind === "too-large" ? "too-large" : "unreadable",
        file: path2,
        message: content.message
      });
  });
  return sources;
}
function mergeRendered(total, renders, isExcluded) {
  const judgedRendered = (f) => (renders.renderedSources.has(f.location.file) || renders.unlistedPatches.has(f.location.file)) && f.target === "kubernetes" && /^BH[456]/.test(f.ruleId);
  if (renders.patchFiles.size || renders.renderedSources.size || renders.unlistedPatches.size) {
    const kept = total.findings.filter((f) => !renders.patchFiles.has(f.location.file) && !judgedRendered(f));
    total.findings.length = 0;
    for (const finding of kept) total.findings.push(finding);
  }
  const asFile = new Set(renders.findings.length ? total.findings.map(lineKey) : []);
  const isRepeat = repeatFilter();
  for (const finding of renders.findings) {
    if (isExcluded(finding.location.file) || asFile.has(lineKey(finding)) || isRepeat(finding)) continue;
    total.findings.push(finding);
  }
  const rendered = renders.roots.filter((r) => r.status === "rendered" && r.kind === "helm").map((r) => r.root);
  const inRendered = (file) => rendered.some((dir) => dir === "." || file.startsWith(`${dir}/`));
  const notes = total.notes.filter((n) => n.kind !== "template" || n.file === void 0 || !inRendered(n.file));
  total.notes.length = 0;
  for (const note of notes) total.notes.push(note);
  for (const note of renders.notes) total.notes.push(note);
}
function merge(into, from) {
  for (const finding of from.findings) into.findings.push(finding);
  for (const note of from.notes) into.notes.push(note);
  for (const file of from.files) into.files.push(file);
  into.complete &&= from.complete;
}
function definedOnly(value) {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== void 0));
}
function relativeGlob(glob, configDir, cwd) {
  const prefix = relative7(cwd, configDir).split("\\").join("/");
  return prefix && !glob.startsWith("**") ? `${prefix}/${glob}` : glob;
}

export {
  decodeText,
  formatRemoteConfigSource,
  scan
};
