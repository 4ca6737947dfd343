/**
 * V8's JSON.parse messages quote the text around the error (`Unexpected token 'g', ..."auth":
 * ghp_abcd"... is not valid JSON`), and that text may be a secret: a message built from one must
 * keep only what went wrong, never the excerpt (RULES.md BH000, 2xx).
 */

// `, "<excerpt>" is not valid JSON` with `...` on either side when V8 cut the excerpt.
const EXCERPT = /, (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s;

/** A JSON.parse error's message without V8's excerpt of the input. */
export function jsonSyntaxMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(EXCERPT, '');
}
