import { computeLineFingerprints } from './line-fingerprints.js';

/** The map as an array of hashes for lines 1..n, asserting the keys are exactly 1..n in order. */
function hashes(text: string): string[] {
  const map = computeLineFingerprints(text);
  expect([...map.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: map.size }, (_, i) => i + 1));
  return Array.from({ length: map.size }, (_, i) => map.get(i + 1) ?? '');
}

// Vectors published in github/codeql-action src/fingerprints.test.ts ("hash" test).
const HELLO_TRAILING_NEWLINE = [
  'e9496ae3ebfced30:1',
  'fb7c023a8b9ccb3f:1',
  'ce8ba1a563dcdaca:1',
  'e20e36e16fcb0cc8:1',
  'b3edc88f2938467e:1',
  'c8e28b0b4002a3a0:1',
  'c129715d7a2bc9a3:1'
];

describe('computeLineFingerprints (codeql-action vectors)', () => {
  it('hashes the empty file as one line', () => {
    expect(hashes('')).toEqual(['c129715d7a2bc9a3:1']);
  });

  it('drops leading spaces and tabs and keeps unpadded hex', () => {
    expect(hashes(' a\nb\n  \t\tc\n d')).toEqual([
      '271789c17abda88f:1',
      '54703d4cd895b18:1',
      '180aee12dab6264:1',
      'a23a3dc5e078b07b:1'
    ]);
  });

  it('handles blank lines without a trailing newline', () => {
    expect(hashes(' hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End')).toEqual([
      '8b7cf3e952e7aeb2:1',
      'b1ae1287ec4718d9:1',
      'bff680108adb0fcc:1',
      'c6805c5e1288b612:1',
      'b86d3392aea1be30:1',
      'e6ceba753e1a442:1'
    ]);
  });

  it.each([
    ['LF', ' hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End\n'],
    ['CR', ' hello; \t\nworld!!!\r\r\r  \t\tGreetings\r End\r'],
    ['CRLF', ' hello; \t\r\nworld!!!\r\n\r\n\r\n  \t\tGreetings\r\n End\r\n'],
    ['mixed', ' hello; \t\nworld!!!\r\n\n\r  \t\tGreetings\r End\r\n']
  ])('gives the same hashes for %s line endings (trailing newline adds an empty line)', (_name, text) => {
    expect(hashes(text)).toEqual(HELLO_TRAILING_NEWLINE);
  });

  it('numbers identical windows with an occurrence counter', () => {
    expect(hashes('Lorem ipsum dolor sit amet.\n'.repeat(10))).toEqual([
      'a7f2ff13bc495cf2:1',
      'a7f2ff13bc495cf2:2',
      'a7f2ff13bc495cf2:3',
      'a7f2ff13bc495cf2:4',
      'a7f2ff13bc495cf2:5',
      'a7f2ff13bc495cf2:6',
      'a7f2ff1481e87703:1',
      'a9cf91f7bbf1862b:1',
      '55ec222b86bcae53:1',
      'cc97dc7b1d7d8f7b:1',
      'c129715d7a2bc9a3:1'
    ]);
  });

  it('distinguishes repeated short lines by what follows them', () => {
    expect(hashes('x = 2\nx = 1\nprint(x)\nx = 3\nprint(x)\nx = 4\nprint(x)\n')).toEqual([
      'e54938cc54b302f1:1',
      'bb609acbe9138d60:1',
      '1131fd5871777f34:1',
      '5c482a0f8b35ea28:1',
      '54517377da7028d2:1',
      '2c644846cb18d53e:1',
      'f1b89f20de0d133:1',
      'c129715d7a2bc9a3:1'
    ]);
  });
});

/** Straightforward BigInt transcription of the algorithm, to check the 32-bit-halves arithmetic. */
function reference(text: string): Map<number, string> {
  const mask = (1n << 64n) - 1n;
  const pow = (37n ** 100n) & mask;
  const win: number[] = Array<number>(100).fill(0);
  const lines: number[] = Array<number>(100).fill(0);
  const out = new Map<number, string>();
  const seen = new Map<string, number>();
  let h = 0n;
  let idx = 0;
  let line = 0;
  let start = true;
  let prevCR = false;
  const emit = (): void => {
    if (!lines[idx]) return;
    const hex = h.toString(16);
    seen.set(hex, (seen.get(hex) ?? 0) + 1);
    out.set(lines[idx] ?? 0, `${hex}:${seen.get(hex)}`);
    lines[idx] = 0;
  };
  const roll = (c: number): void => {
    h = (37n * h + BigInt(c) - pow * BigInt(win[idx] ?? 0)) & mask;
    win[idx] = c;
    idx = (idx + 1) % 100;
  };
  const codes = [...Array.from({ length: text.length }, (_, i) => text.charCodeAt(i)), 0xffff];
  for (let c of codes) {
    if (c === 0x20 || c === 0x09 || (prevCR && c === 0x0a)) {
      prevCR = false;
      continue;
    }
    prevCR = c === 0x0d;
    if (prevCR) c = 0x0a;
    emit();
    if (start) lines[idx] = ++line;
    start = c === 0x0a;
    roll(c);
  }
  for (let i = 0; i < 100; i++) {
    emit();
    roll(0);
  }
  return out;
}

describe('computeLineFingerprints (properties)', () => {
  it('matches a BigInt reference on pseudo-random text, including non-ASCII and odd line breaks', () => {
    const alphabet = ['a', 'Z', '0', '{', ' ', '\t', '\n', '\r', '\r\n', '\r \n', 'é', '€', '😀', '\uffff'];
    let seed = 42;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 50; round++) {
      const parts: string[] = [];
      const length = next(600);
      for (let i = 0; i < length; i++) parts.push(alphabet[next(alphabet.length)] ?? '');
      const text = parts.join('');
      expect(computeLineFingerprints(text)).toEqual(reference(text));
    }
  });

  it('gives identical maps for CRLF and LF versions of the same file', () => {
    const lf = 'FROM alpine:3.19\nRUN apk add curl\n\n  USER root\nCMD ["sh"]\n';
    expect(computeLineFingerprints(lf.replace(/\n/g, '\r\n'))).toEqual(computeLineFingerprints(lf));
    expect(computeLineFingerprints(lf.replace(/\n/g, '\r'))).toEqual(computeLineFingerprints(lf));
  });

  it('does not depend on indentation or on lines above', () => {
    const base = computeLineFingerprints('a\nb\nc\n');
    const shifted = computeLineFingerprints('zzz\n\t  a\n b\nc\n');
    expect(shifted.get(2)).toBe(base.get(1));
  });

  it('emits one entry per line of a large file', () => {
    const text = 'const x = 1; // filler\n'.repeat(5000);
    expect(computeLineFingerprints(text).size).toBe(5001);
  });
  it('gives just the asked lines, with the values and occurrence counts of the full map', () => {
    // A multi-document manifest: identical documents repeat the same lines, so hashes repeat and
    // the occurrence suffix of a late line counts every earlier identical window.
    const doc = (name: string) =>
      `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  containers:\n    - name: app\n      image: nginx:latest\n---\n`;
    const text = [doc('a'), doc('b'), doc('b'), doc('b'), doc('c')].join('');
    const full = computeLineFingerprints(text);
    const lines = [1, 8, 17, 26, 35, 44, 46, 9999];
    const some = computeLineFingerprints(text, lines);
    expect([...some.keys()]).toEqual(lines.filter(line => full.has(line)));
    for (const [line, value] of some) expect(value).toBe(full.get(line));
    expect(some.get(26)).toMatch(/:[2-9]$/);
    expect(computeLineFingerprints(text, []).size).toBe(0);
  });

  it('gives the same asked lines when a file has many more lines than its length suggests', () => {
    // Two characters a line: more lines than the hashes' first guess (one per 32 characters) holds.
    const text = 'a\nb\n'.repeat(2000);
    const full = computeLineFingerprints(text);
    const lines = [1, 2, 1999, 3999, 4000, 4001];
    const some = computeLineFingerprints(text, lines);
    expect([...some.entries()]).toEqual(
      lines.filter(line => full.has(line)).map(line => [line, full.get(line)])
    );
    expect(some.get(1999)).toMatch(/:\d{3,}$/);
  });
});
