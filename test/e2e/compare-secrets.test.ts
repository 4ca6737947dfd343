import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import {
  compareSecrets,
  corpusFiles,
  CORPUS_DIR,
  readManifest,
  type ComparisonTable
} from '../../scripts/compare-secrets.js';
import { parseDockerfile } from '../../src/targets/dockerfile/parse-dockerfile.js';

const manifest = readManifest();
const files = Object.entries(manifest.files);
const textOf = (name: string) => readFileSync(join(CORPUS_DIR, name), 'utf8');
const linesOf = (name: string) => textOf(name).split(/\r\n|\r|\n/);

/** GitHub/npm token checksum: CRC32 of the 30 random characters, base62 (0-9A-Za-z), 6 characters. */
function hasValidChecksum(token: string): boolean {
  const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
  const body = token.slice(4, -6);
  let rest = crc32(body);
  let digits = '';
  do {
    digits = alphabet.charAt(rest % 62) + digits;
    rest = Math.floor(rest / 62);
  } while (rest > 0);
  return digits.padStart(6, '0') === token.slice(-6);
}
const BASE62_TOKEN = /\b(?:gh[pousr]|npm)_[A-Za-z0-9]{36}\b/g;

describe('secrets-compare corpus (test/fixtures/secrets-compare)', () => {
  it('has at least 40 Dockerfiles, each listed in expected.json, and nothing else listed', () => {
    const onDisk = corpusFiles();
    expect(onDisk.length).toBeGreaterThanOrEqual(40);
    expect(Object.keys(manifest.files).sort()).toEqual(onDisk);
    for (const name of onDisk) expect(name).toMatch(/^\d\d-[a-z0-9-]+\.Dockerfile$/);
    for (const [name] of files) expect(existsSync(join(CORPUS_DIR, name))).toBe(true);
  });

  it('mixes purely planted, purely benign and mixed files, Linux and Windows', () => {
    const kinds = files.map(([, f]) => `${f.planted.length > 0}/${f.benign.length > 0}`);
    expect(kinds).toContain('true/true');
    expect(kinds).toContain('true/false');
    expect(kinds).toContain('false/true');
    const windows = files.filter(([name]) => /^# escape=`/m.test(textOf(name)));
    expect(windows.length).toBeGreaterThanOrEqual(8);
  });

  it.each(files)(
    '%s: parses, and every planted value is inside the instruction its line range names',
    (name, expected) => {
      const lines = linesOf(name);
      const document = parseDockerfile(textOf(name));
      expect(document.problems).toEqual([]);
      for (const planted of expected.planted) {
        const span = lines.slice(planted.line - 1, planted.endLine).join('\n');
        expect({ line: planted.line, found: span.includes(planted.value) }).toEqual({
          line: planted.line,
          found: true
        });
        const instruction = document.instructions.find(i => i.region.startLine === planted.line);
        expect({ line: planted.line, endLine: instruction?.region.endLine }).toEqual({
          line: planted.line,
          endLine: planted.endLine
        });
      }
    }
  );

  it.each(files)('%s: look-alike ranges exist and no range overlaps a planted one', (name, expected) => {
    const count = linesOf(name).length;
    const ranges = expected.planted.map(p => [p.line, p.endLine] as const);
    const overlaps = (a: readonly [number, number], b: readonly [number, number]) =>
      a[0] <= b[1] && b[0] <= a[1];
    ranges.forEach((a, i) => ranges.slice(i + 1).forEach(b => expect(overlaps(a, b)).toBe(false)));
    for (const benign of expected.benign) {
      expect(benign.line).toBeGreaterThanOrEqual(1);
      expect(benign.endLine).toBeGreaterThanOrEqual(benign.line);
      expect(benign.endLine).toBeLessThanOrEqual(count);
      expect(benign.why.length).toBeGreaterThan(0);
      for (const range of ranges) expect(overlaps([benign.line, benign.endLine], range)).toBe(false);
    }
    const lines = linesOf(name);
    for (const arg of expected.secretBuildArgs ?? [])
      expect(lines[arg.line - 1]?.trim()).toBe(`ARG ${arg.name}`);
  });

  it('plants GitHub and npm tokens with a valid CRC32 checksum; the look-alike one fails it', () => {
    const planted = files.flatMap(([, f]) => f.planted.flatMap(p => p.value.match(BASE62_TOKEN) ?? []));
    expect(planted.length).toBeGreaterThanOrEqual(5);
    for (const token of planted)
      expect({ token, valid: hasValidChecksum(token) }).toEqual({ token, valid: true });
    const lookAlikes = textOf('43-gh-cli-invalid-checksum-hint.Dockerfile').match(BASE62_TOKEN) ?? [];
    expect(lookAlikes.length).toBeGreaterThan(0);
    for (const token of lookAlikes) expect(hasValidChecksum(token)).toBe(false);
  });
});

describe('compareSecrets()', () => {
  let table: ComparisonTable;
  beforeAll(async () => {
    table = await compareSecrets();
  });

  it('scores the whole corpus and prints both tools in the markdown table', () => {
    const planted = files.reduce((n, [, f]) => n + f.planted.length, 0);
    expect(table.corpus.files).toBe(files.length);
    expect(table.corpus.planted).toBe(planted);
    expect(table.markdown).toContain('| tool | planted | detected | missed | false positives |');
    expect(table.markdown).toMatch(
      new RegExp(`^\\| Bulkhead \\| ${planted} \\| \\d+ \\(\\d+ %\\) \\| \\d+ \\| \\d+ \\|$`, 'm')
    );
    expect(table.markdown).toMatch(
      new RegExp(`^\\| secretlint \\| ${planted} \\| \\d+ \\(\\d+ %\\) \\| \\d+ \\| \\d+ \\|$`, 'm')
    );
    for (const tool of [table.bulkhead, table.secretlint]) {
      expect(tool.detected + tool.missed).toBe(planted);
      expect(tool.misses).toHaveLength(tool.missed);
      expect(tool.falsePositiveLines).toHaveLength(tool.falsePositives);
    }
  });

  it('really runs secretlint (its recommended preset finds the known token formats)', () => {
    expect(table.secretlint.ran).toBe(true);
    expect(table.secretlint.detected).toBeGreaterThanOrEqual(10);
    expect(table.secretlint.detectedByKind['github-token-arg']).toBe(1);
  });

  it('Bulkhead detects at least 90 % of the planted secrets with at most 2 false positives', () => {
    expect(table.bulkhead.rulesMissing).toEqual([]);
    expect(table.bulkhead.notes).toEqual([]);
    expect(table.bulkhead.detected / table.bulkhead.planted).toBeGreaterThanOrEqual(0.9);
    expect(table.bulkhead.falsePositiveLines.length).toBeLessThanOrEqual(2);
  });
});
