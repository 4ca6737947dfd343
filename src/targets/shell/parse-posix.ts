import { bashParser, bashParserFailure } from './load-bash-parser.js';
import { parseBash, wellFormed } from './parse-bash.js';
import { parseSimplePosix } from './parse-simple-posix.js';
import type { ShellParse } from './shell-commands.js';
import { tokenizePosix } from './tokenize-posix.js';

/**
 * Longer scripts go straight to the tokenizer: no real RUN instruction is this long, but a hostile
 * one could be, and the tokenizer is linear.
 */
export const MAX_PARSER_INPUT = 128 * 1024;

/** What `parsePosix` reports when it runs before `loadShellParser()`: a missed entry, see there. */
export const NOT_LOADED = 'the shell parser was not loaded (loadShellParser() was not awaited)';

let warned = false;
/** Set while `needsBashParser` runs: records instead of parsing with tree-sitter-bash. */
let probe: { needed: boolean } | undefined;

/**
 * Whether the POSIX scripts that `parse` reads (through `parseShell`, nested scripts included) need
 * tree-sitter-bash, or are all plain enough for parse-simple-posix.ts. The parses made meanwhile are
 * thrown away: the caller decides with this whether to load the parser before scanning.
 */
export function needsBashParser(parse: () => void): boolean {
  probe = { needed: false };
  try {
    parse();
    return probe.needed;
  } finally {
    probe = undefined;
  }
}

/**
 * Parses POSIX/bash shell with tree-sitter-bash (a bash grammar; bash is a superset of the POSIX
 * shell); a script of simple commands and operators is read without it (parse-simple-posix.ts). On a syntax error the script is re-read with the simple tokenizer, so a single unusual
 * construct doesn't hide every command from the rules.
 */
export function parsePosix(script: string): ShellParse {
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
  const parsed = parser
    ? parseBash(parser, text)
    : { error: { message: bashParserFailure() ?? NOT_LOADED, offset: 0 } };
  if ('commands' in parsed) return parsed;
  if (!parser && !warned) {
    // Not silent: an entry that forgot to load the parser gets weaker results, and tests see this.
    warned = true;
    process.emitWarning(`Bulkhead: ${parsed.error.message}; shell scripts are tokenized instead.`);
  }
  const fallback = tokenizePosix(source);
  fallback.error = parsed.error;
  return fallback;
}

/**
 * A backslash-newline at the very end (the last line of a RUN continued into nothing) joins with
 * nothing for the shell, but is an error to tree-sitter-bash: it becomes a space, offsets unchanged.
 */
export function withoutFinalContinuation(script: string): string {
  const match = /\\(?:\r?\n[ \t]*)+$/.exec(script);
  if (!match) return script;
  let backslashes = 1; // an escaped backslash (`\\` then a newline) continues nothing
  while (script[match.index - backslashes] === '\\') backslashes++;
  return backslashes % 2 === 1 ? `${script.slice(0, match.index)} ${script.slice(match.index + 1)}` : script;
}
