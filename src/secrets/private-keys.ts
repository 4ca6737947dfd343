/**
 * RULES.md BH207: PEM/OpenSSH **private** key blocks with BEGIN/END markers and a real base64 body.
 * Placeholders (`MIIE...`, `<your key>`, `xxxx`) are not keys: like secretlint we require the
 * body to be base64 and to start like real key material (ASN.1 DER `SEQUENCE` for PKCS#1/#8/SEC1,
 * the `openssh-key-v1` magic for OpenSSH, a secret-key packet for PGP), but we also read bodies
 * written through `echo "…\n…"` (literal `\n`), Dockerfile line continuations, YAML indentation
 * and JSON strings. Public keys (`ssh-rsa AAAA…`, `PUBLIC KEY`) and certificates never match.
 */
import { shannonEntropy } from './entropy.js';

export interface PrivateKeyMatch {
  /** 'RSA private key', 'OpenSSH private key', 'EC private key', 'PKCS#8 private key', … */
  type: string;
  start: number;
  end: number;
}

/** Minimum base64 characters of key material: an Ed25519 PKCS#8 key (48 bytes) is exactly 64. */
export const MIN_KEY_BODY = 64;

const BEGIN = /-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY( BLOCK)?-----/g;
const TYPES: Record<string, string> = {
  RSA: 'RSA private key',
  OPENSSH: 'OpenSSH private key',
  EC: 'EC private key',
  DSA: 'DSA private key',
  '': 'PKCS#8 private key',
  ENCRYPTED: 'encrypted PKCS#8 private key',
  PGP: 'PGP private key block'
};
// base64("openssh-key-v1\0"), https://github.com/openssh/openssh-portable/blob/master/PROTOCOL.key
const OPENSSH_MAGIC = 'b3BlbnNzaC1rZXktdjE';
// Separators between base64 runs: whitespace, literal `\n`/`\r`/`\t` escapes, line-continuation
// backslashes, quotes and shell punctuation (`echo "…" >> key && \`).
const SEPARATORS = /\\[nrt]|[\s\\"'`;&|<>(),]+/;

/** Every private key block in `text`, in order. */
export function findPrivateKeys(text: string): PrivateKeyMatch[] {
  const found: PrivateKeyMatch[] = [];
  const begins = [...text.matchAll(BEGIN)];
  const nextEnd = new Map<string, number>(); // per END marker: its next offset (-1: none left)
  begins.forEach((begin, i) => {
    const label = (begin[1] ?? '').trim();
    const start = begin.index ?? 0;
    const bodyStart = start + begin[0].length;
    const endMarker = `-----END ${begin[1] ?? ''}PRIVATE KEY${begin[2] ?? ''}-----`;
    let endAt = nextEnd.get(endMarker) ?? bodyStart;
    if (endAt >= 0 && endAt < bodyStart) endAt = bodyStart;
    if (endAt >= 0 && !text.startsWith(endMarker, endAt)) endAt = text.indexOf(endMarker, endAt);
    nextEnd.set(endMarker, endAt);
    // An unterminated block followed by another BEGIN is not a key (the next one may be).
    const nextBegin = begins[i + 1]?.index ?? text.length;
    if (endAt < 0 || endAt > nextBegin || found.some(match => start < match.end)) return;
    const body = text.slice(bodyStart, endAt);
    if (!isKeyBody(label, body)) return;
    found.push({ type: TYPES[label] ?? `${label} private key`, start, end: endAt + endMarker.length });
  });
  return [...found, ...findPuttyKeys(text)].sort((a, b) => a.start - b.start);
}

/** The base64 runs of a body, without PEM/PGP headers (`Proc-Type:`, `Version:`) and PGP's CRC. */
function base64Runs(body: string): string[] {
  return body
    .split(/\\r\\n|\\n|\r?\n/)
    .filter(line => !/^\W*[A-Za-z-]+: /.test(line))
    .flatMap(line => line.split(SEPARATORS))
    .filter(run => /^[A-Za-z0-9+/]+={0,2}$/.test(run) && !/^=[A-Za-z0-9+/]{4}$/.test(run));
}

function isKeyBody(label: string, body: string): boolean {
  // Runs shorter than 16 characters are words of the surrounding shell (`echo`, `RUN`) or a
  // short final line; real PEM lines are 64 characters. A key written line by line
  // (`echo '-----BEGIN…' > /etc/ssl/private/serverkey && echo 'MIIE…' >> …`) puts the file name
  // before the first body line: the material starts at the first run that starts like a key.
  const runs = base64Runs(body).filter(run => run.length >= 16);
  // Legacy OpenSSL encryption (`Proc-Type: 4,ENCRYPTED`) leaves the body as ciphertext.
  const encrypted = label !== 'OPENSSH' && label !== 'PGP' && /Proc-Type:\s*4,ENCRYPTED/.test(body);
  // Only words before the first full body line may be skipped: a later line of a public key or a
  // certificate can start with any byte, and must not be taken for the start of a private key.
  const firstLine = runs.findIndex(run => run.length >= FULL_LINE);
  const candidates = firstLine < 0 ? runs : runs.slice(0, firstLine + 1);
  const first = encrypted ? 0 : candidates.findIndex(run => startsLikeKey(label, run));
  if (first < 0) return false;
  const material = runs.slice(first).join('');
  return material.length >= MIN_KEY_BODY && shannonEntropy(material) > 4.5;
}

/** PEM and PGP armour wrap at 64 characters; a run this long is a body line, not a shell word. */
const FULL_LINE = 40;

function startsLikeKey(label: string, run: string): boolean {
  if (label === 'OPENSSH') return run.startsWith(OPENSSH_MAGIC);
  const bytes = Buffer.from(run.slice(0, 8), 'base64');
  if (label === 'PGP') return isPgpSecretKeyPacket(bytes[0]);
  return bytes[0] === 0x30 && (bytes[1] ?? 0) >= 0x20; // DER SEQUENCE of a plausible length
}

/** OpenPGP packet tag 5 (secret key) or 7 (secret subkey), old or new format (RFC 4880 §4.2). */
function isPgpSecretKeyPacket(first: number | undefined): boolean {
  if (first === undefined || (first & 0x80) === 0) return false;
  const tag = first & 0x40 ? first & 0x3f : (first >> 2) & 0x0f;
  return tag === 5 || tag === 7;
}

/**
 * PuTTY `.ppk` files: `PuTTY-User-Key-File-2|3: <algorithm>` … `Private-Lines: N` then N base64
 * lines (https://the.earth.li/~sgtatham/putty/0.78/htmldoc/AppendixC.html). An Ed25519 private
 * blob is 48 characters, so the floor here is 40.
 */
function findPuttyKeys(text: string): PrivateKeyMatch[] {
  const found: PrivateKeyMatch[] = [];
  const header = /PuTTY-User-Key-File-\d+: \S+/g;
  for (const match of text.matchAll(header)) {
    const start = match.index ?? 0;
    const rest = text.slice(start, start + 20000);
    const lines = /Private-Lines: (\d+)\r?\n/.exec(rest);
    if (!lines) continue;
    const bodyStart = lines.index + lines[0].length;
    const body = rest.slice(bodyStart).split(/\r?\n/).slice(0, Number(lines[1]));
    const material = body.map(line => line.trim()).join('');
    if (!/^[A-Za-z0-9+/]{40,}={0,2}$/.test(material) || shannonEntropy(material) <= 4) continue;
    const bodyEnd = bodyStart + body.join('\n').length;
    const mac = /^\r?\nPrivate-MAC: \S+/.exec(rest.slice(bodyEnd));
    found.push({ type: 'PuTTY private key', start, end: start + bodyEnd + (mac?.[0].length ?? 0) });
  }
  return found;
}
