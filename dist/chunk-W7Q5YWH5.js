#!/usr/bin/env node
import { createRequire as __bulkheadRequire } from 'node:module';
const require = __bulkheadRequire(import.meta.url);
import {
  lineKey,
  repeatFilter
} from "./chunk-BTHUH27J.js";
import {
  existsSync,
  lstatSync,
  readFileSync,
  readdirSync,
  realpathSync,
  statSync
} from "./chunk-27DCNQHF.js";
import {
  SEVERITIES
} from "./chunk-VOKH4RM3.js";
import {
  createChunkScanner,
  createConfigIgnores,
  loadShellParser,
  mayParseShell,
  shippedRuleIds
} from "./chunk-A6BWIURP.js";
import {
  ALL_RULES,
  EMPTY_REPOSITORY,
  IMAGE_REGION,
  LineCounter,
  USER_LOCATION,
  buildFinding,
  buildRepositoryFacts,
  compareFindings,
  computeLineFingerprints,
  fileLocation,
  finalImageStages,
  isDockerfileName,
  isFactSource,
  isMap,
  isRenderRootFile,
  isScalar,
  loadDocumentParsers,
  loadGlobsFor,
  loadYamlLibrary,
  mayParseDocuments,
  mightBeTarget,
  parseCreatedBy,
  parseDocument,
  picomatch,
  redactFindings,
  runChecks,
  scanDocuments,
  unknownConfigRuleNotes
} from "./chunk-3UFK2WML.js";
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
      _test(originalPath, cache, path2) {
        checkPath(
          path2,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path2 ? this._t(path2, cache) : {
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
        const literal = this._rules.testLiteral(path2);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path2, cache) {
        if (path2 in cache) {
          return cache[path2];
        }
        const parentPath = parentOf(path2);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path2] = parent && parent.ignored ? parent : this._rules.test(path2, MODE_IGNORE);
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
import { join as join2, relative as relative2, resolve as resolve3 } from "node:path";
import { setImmediate as nextTurn2 } from "node:timers/promises";

// src/core/settings.ts
var DEFAULT_RULE_SETTINGS = {
  podSecurityLevel: "baseline",
  trustedRegistries: [],
  requireDigest: false
};

// src/engine/discover-files.ts
var import_ignore = __toESM(require_ignore(), 1);
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
    return void 0;
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
  await loadGlobsFor(options.exclude, []);
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
    const tracked = trackedIgnoredFiles(root);
    if (tracked === void 0) {
      notes.push(untrackedIgnoreNote(scan2.prefix.replace(/\/$/, "") || "."));
      return;
    }
    for (const rel of tracked) {
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
function untrackedIgnoreNote(root) {
  return {
    kind: "info",
    message: `'${root}' is not in a git work tree (or git could not run), so files that its .gitignore rules match were skipped without knowing whether git tracks them. Pass --no-gitignore to scan them.`
  };
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
        return picomatch(glob, { dot: true, basename: true });
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
function escapeGlob(literal) {
  return literal.replace(/[\\*?[\]!#]/g, "\\$&");
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
  const { loadImage } = await import("./chunk-WBOTW6BS.js");
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

// src/engine/scan-pool.ts
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { setImmediate as nextTurn } from "node:timers/promises";
var MAX_DEFAULT_JOBS = 8;
var POOL_MIN_TARGETS = 1e3;
var POOL_CHUNK = 16;
var SCAN_WORKER_URL = new URL("./scan-worker.js", import.meta.url);
function defaultJobs(cores = availableParallelism()) {
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
      trustedRegistriesSource: config?.trustedRegistries ? `set in ${relative2(options.cwd, resolve3(options.cwd, config.file)).split("\\").join("/")}` : void 0,
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
  await loadGlobsFor([], ignoreSetup.list);
  const ignores = createConfigIgnores(ignoreSetup);
  const engine = { rules, settings, ruleConfig: config?.rules, ignores };
  const total = { findings: [], notes: [], files: [], complete: true };
  const configFile = config && relative2(options.cwd, config.file ?? join2(config.baseDir, CONFIG_FILE_NAME)).split("\\").join("/");
  if (config && configFile !== void 0) {
    const known = new Set(ALL_RULES.map((rule) => rule.meta.id));
    for (const note of unknownConfigRuleNotes(config, configFile, known)) total.notes.push(note);
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
        relative2(options.cwd, resolve3(configDir, path2)).split("\\").join("/")
      ])
    );
    const repository = buildRepositoryFacts(
      discovery.files.map((f) => f.path),
      sources.filter((s) => isFactSource(s.path)),
      { images: configImages, file: configFile }
    );
    if (options.paths.length) for (const note of repository.notes) total.notes.push(note);
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
    const renders = discovery.files.some((f) => isRenderRootFile(f.path)) ? await import("./chunk-ZO5UJ5AN.js").then(
      ({ DEFAULT_RENDER_CONFIG, scanRenderRoots }) => scanRenderRoots({
        files: discovery.files.map((f) => f.path),
        cwd: options.cwd,
        config: config?.render ?? DEFAULT_RENDER_CONFIG,
        configDir,
        env: options.env ?? process.env,
        engine: { ...engine, repository }
      })
    ) : void 0;
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
  const rendered = [
    ...renders.roots.filter((r) => r.status === "rendered" && r.kind === "helm").map((r) => r.root),
    ...renders.libraryCharts
  ];
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
  const prefix = relative2(cwd, configDir).split("\\").join("/");
  return prefix && !glob.startsWith("**") ? `${prefix}/${glob}` : glob;
}

export {
  decodeText,
  formatRemoteConfigSource,
  scan
};
