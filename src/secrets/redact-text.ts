/**
 * The one redaction pass every output goes through (RULES.md 2xx "every output shows a secret
 * redacted"): finds credential-looking substrings in free text — a finding message, a note, an
 * error — and replaces each with its redaction (first 4 characters then '…'). Rules already redact
 * what they quote; this is the safety net for what they, a parser or an error did not expect.
 * Ordinary text (image names, paths, digests, rule prose) must come out unchanged, and a text
 * redacted once comes out of a second pass unchanged (an already redacted value holds '…').
 */
import { looksRandom } from './entropy.js';
import { findKnownCredentials } from './known-credentials.js';
import { classifyValue } from './literal-value.js';
import { findPrivateKeys } from './private-keys.js';
import { redactSecret } from './redact.js';
import { isSecretLikeName, nameWords } from './secret-names.js';
import { findUrlUserinfo, isSecretParamName, percentDecode } from './url-parts.js';

const ELLIPSIS = '…';

interface Span {
  start: number;
  end: number;
}

/**
 * Texts already seen, and the redacted texts produced (a redacted text maps to itself): the engine
 * redacts per batch of files and again over the whole result, and many findings share a message.
 * Bounded in count and text length: cleared when full.
 */
const CACHE = new Map<string, string>();
const CACHE_LIMIT = 10_000;
/** Messages are short; a whole report (the Action's log) is not worth keeping. */
const CACHED_LENGTH = 2_000;

/** Returns `text` with every credential-looking substring redacted. */
export function redactText(text: string): string {
  const cached = CACHE.get(text);
  if (cached !== undefined) return cached;
  const redacted = redactWithDepth(text, 0);
  if (text.length > CACHED_LENGTH) return redacted;
  if (CACHE.size >= CACHE_LIMIT) CACHE.clear();
  CACHE.set(text, redacted);
  CACHE.set(redacted, redacted);
  return redacted;
}

function redactWithDepth(text: string, depth: number): string {
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
  ]).filter(span => !text.slice(span.start, span.end).includes(ELLIPSIS));
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const span of spans) {
    out += text.slice(at, span.start) + redactSecret(text.slice(span.start, span.end));
    at = span.end;
  }
  return out + text.slice(at);
}

/** Overlapping spans become one (in text order), so nothing is redacted twice. */
function mergeSpans(spans: Span[]): Span[] {
  const sorted = spans
    .filter(span => span.end > span.start)
    .map(({ start, end }) => ({ start, end }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push(span);
  }
  return merged;
}

/**
 * Whether a password or value should be hidden. Looser than "literal": a numeric or short
 * password is still a password; only references (`${PW}`), placeholders (`<password>`) and
 * vendors' documented examples stay readable.
 */
function isHideable(value: string): boolean {
  if (value.includes(ELLIPSIS)) return false;
  const verdict = classifyValue(percentDecode(value));
  return verdict.literal || verdict.reason === 'too-short' || verdict.reason === 'config-value';
}

/** The base64 body of each private key block (the BEGIN/END markers stay, they say what it was). */
function privateKeyBodies(text: string): Span[] {
  return findPrivateKeys(text).map(({ start, end }) => {
    const block = text.slice(start, end);
    const bodyStart = start + block.indexOf('-----', 5) + 5;
    const endMarker = block.lastIndexOf('-----END');
    return { start: bodyStart, end: endMarker > 0 ? start + endMarker : end };
  });
}

/** `scheme://user:password@host`, whatever the password (unless a reference or placeholder). */
function urlPasswords(text: string): Span[] {
  return findUrlUserinfo(text)
    .filter(({ password }) => isHideable(password))
    .map(({ passwordStart, passwordEnd }) => ({ start: passwordStart, end: passwordEnd }));
}

// `user:password@registry.example.com` without a scheme (registries.conf `location`, `git clone`
// shorthands). The host needs a dot, a port, `localhost` or brackets, so an image reference
// `nginx:1.25@sha256:…` (its "host" is `sha256`) is never taken for one; a `/` or `:` before the
// user means it is part of a path or URL (handled above).
const BARE_USERINFO =
  /(?<![A-Za-z0-9._%+~/:@-])([A-Za-z0-9._%+~-]+):([^\s:@/'"`<>]+)@(?!(?:sha|md)\d+:)(?=(?:[A-Za-z0-9-]+\.)+[A-Za-z0-9-]+|localhost\b|\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9-]+:\d{1,5}\b)/g;

function bareUserinfoPasswords(text: string): Span[] {
  const found: Span[] = [];
  for (const match of text.matchAll(BARE_USERINFO)) {
    const [whole, user = '', password = ''] = match;
    if (!isHideable(password)) continue;
    const start = (match.index ?? 0) + user.length + 1;
    if (whole.length > 0) found.push({ start, end: start + password.length });
  }
  return found;
}

// `NAME=value`, `NAME: value`, `"name": "value"`, `'name' = 'value'`. A `-` before the name is
// allowed so `--password=x` counts. The value is quoted (up to the closing quote on the line) or
// runs to whitespace or a separator (`;` of a connection string, `&` of a query string).
// A name never starts after an in-word `-` (`db-password`): a match from there implies one from the
// word's first letter, and trying every hyphen of a long `a-b-c-…` run was quadratic (a 400 KB
// hyphenated policy name took over a minute).
const NAMED_VALUE =
  /(?<![A-Za-z0-9_.$])(?<![A-Za-z0-9_.]-)(["']?)([A-Za-z_][A-Za-z0-9_.-]*)\1[ \t]*(=|:(?![:/]))[ \t]*(?:"([^"\n]*)"|'([^'\n]*)'|([^\s'"`;&,<>]+))/g;

function namedValues(text: string): Span[] {
  const found: Span[] = [];
  for (const match of text.matchAll(NAMED_VALUE)) {
    const [whole, , name = '', , doubleQuoted, singleQuoted, bare] = match;
    let value = doubleQuoted ?? singleQuoted ?? bare ?? '';
    // A sentence or a message quote ends after the value: `… (TOKEN=abc).`
    if (bare !== undefined) value = value.replace(/[.)\]}]+$/, '');
    if (!isNamedSecretValue(name, value)) continue;
    const valueAt = bare !== undefined ? whole.length - bare.length : whole.length - value.length - 1;
    const start = (match.index ?? 0) + valueAt;
    found.push({ start, end: start + value.length });
  }
  return found;
}

/** Whether `value`, given under a secret-like `name`, is a literal to hide. */
function isNamedSecretValue(name: string, value: string): boolean {
  if (!value || !(isSecretLikeName(name) || isSecretParamName(name))) return false;
  if (!classifyValue(value).literal || value.includes(ELLIPSIS)) return false;
  return !isAuthOnlyName(name) || isCredentialShaped(value);
}

// A Kubernetes env entry or any `name`/`value` pair: `- name: DB_PASSWORD` then `value: x` on the next
// line, in YAML, JSON (`{"name":"DB_PASSWORD","value":"x"}`) or quoted in a tool's error with `\n`
// escapes and `\"` quotes (kubectl quotes a patch it could not apply whole). Only blanks, a comma and
// line breaks may stand between them, so `valueFrom:` or another key in between is no pair.
const NAME_VALUE_PAIR =
  /(?<![A-Za-z0-9_])(\\?["']?)name\1[ \t]*[:=][ \t]*(\\?["']?)([A-Za-z_][A-Za-z0-9_.-]*)\2[ \t]*,?(?:[ \t]|\\[nrt]|\r?\n)*(\\?["']?)value\4[ \t]*[:=][ \t]*(?:\\?"((?:[^"\n\\]|\\(?!"))*)\\?"|'([^'\n]*)'|([^\s'"`;&,<>\\]+))/dg;

function nameValuePairs(text: string): Span[] {
  const found: Span[] = [];
  for (const match of text.matchAll(NAME_VALUE_PAIR)) {
    const name = match[3] ?? '';
    // The value's group (double-quoted, single-quoted or bare) and where it stands.
    const group = [5, 6, 7].find(index => match[index] !== undefined) ?? 7;
    const at = match.indices?.[group];
    if (!at || !isNamedSecretValue(name, match[group] ?? '')) continue;
    found.push({ start: at[0], end: at[1] });
  }
  return found;
}

/**
 * RULES.md 2xx: a name whose only secret word is `auth` or `credential(s)` names a secret only
 * with a credential-shaped value (`REGISTRY_AUTH=htpasswd` is configuration).
 */
function isAuthOnlyName(name: string): boolean {
  const words = nameWords(name);
  const rest = words.filter(word => !AUTH_WORDS.has(word));
  return rest.length < words.length && !isSecretLikeName(rest.join('_'));
}

const AUTH_WORDS = new Set(['auth', 'credential', 'credentials']);

function isCredentialShaped(value: string): boolean {
  return looksRandom(value) || findKnownCredentials(value).length > 0 || isBase64Secret(value);
}

// `Authorization: Bearer <token>`, `Proxy-Authorization: Basic <base64>`, and a bare `Bearer <token>`.
const AUTHORIZATION =
  /(?:(?:Proxy-)?Authorization["']?\s*[:=]\s*["']?(?:(?:Bearer|Basic|Token|Digest|Negotiate|NTLM|Bot)\s+)?|(?<![A-Za-z])Bearer\s+)([^\s'"`,;<>]+)/gi;

function authorizationValues(text: string): Span[] {
  const found: Span[] = [];
  for (const match of text.matchAll(AUTHORIZATION)) {
    const [whole, value = ''] = match;
    if (!isHideable(value)) continue;
    const start = (match.index ?? 0) + whole.length - value.length;
    found.push({ start, end: start + value.length });
  }
  return found;
}

// Command-line flags: `--password value`, `--token value`, and `-u`/`--user user:password`.
const FLAG_VALUE = /(?<![A-Za-z0-9_-])(--?[A-Za-z][A-Za-z0-9-]*)[ \t]+(["']?)([^\s'"`;&|<>]+)\2/g;

function flagValues(text: string): Span[] {
  const found: Span[] = [];
  for (const match of text.matchAll(FLAG_VALUE)) {
    const [whole, flag = '', quote = '', value = ''] = match;
    const valueStart = (match.index ?? 0) + whole.length - value.length - quote.length;
    if (flag === '-u' || flag === '--user') {
      const colon = value.indexOf(':');
      const password = colon > 0 ? value.slice(colon + 1) : '';
      if (password && isHideable(password))
        found.push({ start: valueStart + colon + 1, end: valueStart + value.length });
    } else if (flag.startsWith('--') && isSecretLikeName(flag.slice(2)) && classifyValue(value).literal) {
      found.push({ start: valueStart, end: valueStart + value.length });
    }
  }
  return found;
}

// Base64 runs, whose decoded text may hold a secret. `.`, `:` and `\\` end a run.
const BASE64_RUN = /(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/]{12,}={0,2}(?![A-Za-z0-9+/=_-])/g;
/** A path segment that is a commit sha or a digest (40 or 64 hex characters). */
const HEX_ID_SEGMENT = /(?<=^|\/)(?:[0-9a-f]{40}|[0-9a-f]{64})(?=\/|$)/g;
/** A random base64 run this long (an AWS secret key is 40) is key material even with `/` and `+` in it. */
const MIN_RANDOM_BASE64 = 32;
// Runs judged by their randomness: letters and digits only, so the parts of image references,
// paths, host names and generated names (`contoso.com/AppServerWebImage2`, a temporary directory
// `bulkhead-runner-IdvL2K`, a pod `api-7d9f8c6b5-x2x9z`) are judged one by one and are words or short.
const RANDOM_RUN = /(?<![A-Za-z0-9])[A-Za-z0-9]{20,}(?![A-Za-z0-9])/g;

/**
 * Random-looking runs (generated keys and passwords, an AWS secret without its key ID) and base64
 * whose decoded text holds a secret (a `user:password` pair, a token). One level of decoding only.
 */
function randomTokens(text: string, depth: number): Span[] {
  const found: Span[] = [];
  for (const match of text.matchAll(RANDOM_RUN)) {
    const start = match.index ?? 0;
    if (looksRandom(match[0])) found.push({ start, end: start + match[0].length });
  }
  if (depth > 0) return found;
  for (const match of text.matchAll(BASE64_RUN)) {
    const start = match.index ?? 0;
    // A leading `/` would make it a path to looksRandom; a key may well start with one. A path
    // holding a commit sha or digest (`com/octo/hello/blob/<sha>/app/Dockerfile`, a link's host
    // tail through its path) is judged without the id: hex ids are never secrets on their own.
    const unidentified = match[0].replace(/^\/+/, '').replace(HEX_ID_SEGMENT, '/');
    const random = unidentified.length >= MIN_RANDOM_BASE64 && looksRandom(unidentified);
    if (random || isBase64Secret(match[0])) found.push({ start, end: start + match[0].length });
  }
  return found;
}

function isBase64Secret(token: string): boolean {
  if (token.length % 4 !== 0) return false;
  const decoded = Buffer.from(token, 'base64').toString('utf8');
  // Only text: random bytes decode to replacement and control characters.
  if (decoded.includes('\uFFFD') || /[\p{Cc}]/u.test(decoded.replace(/[\r\n\t]/g, ''))) return false;
  if (/^[^\s:]+:\S+$/.test(decoded) && isHideable(decoded.slice(decoded.indexOf(':') + 1))) return true;
  return looksRandom(decoded) || redactWithDepth(decoded, 1) !== decoded;
}
