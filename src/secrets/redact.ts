/**
 * Redaction of secrets in every output (text, SARIF, annotations, summary, logs).
 * RULES.md 2xx: a secret is shown as at most its first 4 characters then '…'.
 */

const ELLIPSIS = '…';

/**
 * Every output shows a secret as at most its first 4 characters then '…' (RULES.md). Shorter
 * secrets show fewer: min(4, floor(length / 4)) characters, so an 8-char password shows 2 and a
 * 3-char one shows none. Never returns the whole value; empty → '…'.
 */
export function redactSecret(value: string): string {
  // Count code points, not UTF-16 units, so an astral character is never cut in half.
  const chars = Array.from(value);
  const shown = Math.min(4, Math.floor(chars.length / 4));
  return chars.slice(0, shown).join('') + ELLIPSIS;
}

/**
 * Replaces every occurrence of each secret in `text` with its redaction (longest first). For
 * messages that quote a command line. One left-to-right pass, so a secret that is a substring of
 * a longer one (or of a redaction) is never redacted twice.
 */
export function redactAll(text: string, secrets: string[]): string {
  const unique = [...new Set(secrets.filter(secret => secret.length > 0))];
  if (unique.length === 0) return text;
  // Alternation tries alternatives in order, so longest-first makes the longest secret win
  // wherever two start at the same position.
  unique.sort((a, b) => b.length - a.length);
  const pattern = new RegExp(unique.map(escapeRegExp).join('|'), 'g');
  return text.replace(pattern, match => redactSecret(match));
}

function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
