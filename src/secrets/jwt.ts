/**
 * JSON Web Tokens (RFC 7519): `header.payload.signature`, each part base64url. Shape alone
 * (`eyJ….eyJ….…`) also matches lookalikes, so — like detect-secrets — we decode: the header and
 * payload must be JSON objects and the header must name its `alg` (RFC 7515 §4.1.1).
 */

// Compact JSON objects start `{"` → base64 `eyJ`; `{ ` → `eyA`; `{\n` → `ewo`.
export const JWT_PATTERN =
  /(?<![A-Za-z0-9_-])e[wy][A-Za-z0-9_-]{10,}={0,2}\.e[wy][A-Za-z0-9_-]{10,}={0,2}\.[A-Za-z0-9_-]{16,}={0,2}(?![A-Za-z0-9_-])/g;

/** Whether `token` is a signed JWT whose header and payload decode to JSON objects. */
export function isJwt(token: string): boolean {
  const parts = token.split('.');
  const [headerPart = '', payloadPart = '', signature = ''] = parts;
  if (parts.length !== 3 || signature.length === 0) return false;
  const header = decodeJsonObject(headerPart);
  return (
    header !== undefined && typeof header['alg'] === 'string' && decodeJsonObject(payloadPart) !== undefined
  );
}

function decodeJsonObject(part: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
