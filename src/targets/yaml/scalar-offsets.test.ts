import { Document, Scalar } from 'yaml';
import { isValidParse, parseValidYaml, parseYamlDocuments } from './parse-yaml-documents.js';
import { scalarValueOffsets } from './scalar-offsets.js';

/**
 * `line:col` in the file of the first character of each line of the value of `key` (for the empty
 * line after a final line break: the column after that break).
 */
function lineStarts(yaml: string, key: string): string[] {
  const node = parseValidYaml(yaml)[0]?.root.get(key);
  const value = node?.text ?? '';
  const position = node?.valuePositions();
  if (!position) throw new Error(`no positions for ${key}`);
  const starts: string[] = [];
  let index = 0;
  for (const line of value.split('\n')) {
    const at = position(index);
    starts.push(`${at.line}:${at.col}`);
    index += line.length + 1;
  }
  return starts;
}

/** Each value character but white space (a fold's space sits at its line break) is that character of the file. */
function expectVerbatim(yaml: string, key: string): void {
  const node = parseValidYaml(yaml)[0]?.root.get(key);
  const value = node?.text ?? '';
  const position = node?.valuePositions();
  const fileLines = yaml.split(/\r?\n/);
  for (let i = 0; i < value.length; i++) {
    if (/\s/.test(value[i] as string)) continue;
    const at = position?.(i);
    expect(fileLines[(at?.line ?? 0) - 1]?.[(at?.col ?? 0) - 1]).toBe(value[i]);
  }
}

describe('scalarValueOffsets through YamlNode.valuePositions', () => {
  it('maps a literal block line by line, at the content indentation', () => {
    const yaml = 'a:\n  b: 1\ndf: |\n  FROM alpine:3.20\n\n  RUN curl -k https://x\n    && true\nz: 1\n';
    expect(lineStarts(yaml, 'df')).toEqual(['4:3', '5:1', '6:3', '7:3', '7:13']);
    expectVerbatim(yaml, 'df');
  });

  it('maps `|-` with an indentation indicator: the extra spaces are content', () => {
    const yaml = 'df: |2-  # header comment\n     FROM alpine\n    RUN true\n';
    // Content indentation 2: the value's lines are ' FROM alpine' and 'RUN true', each at column 3.
    expect(parseValidYaml(yaml)[0]?.root.get('df')?.text).toBe('   FROM alpine\n  RUN true');
    expect(lineStarts(yaml, 'df')).toEqual(['2:3', '3:3']);
    expectVerbatim(yaml, 'df');
  });

  it('maps a literal block of a CRLF file to the same lines and columns', () => {
    const yaml = 'df: |\r\n    FROM alpine\r\n    USER app\r\nnext: 1\r\n';
    expect(lineStarts(yaml, 'df')).toEqual(['2:5', '3:5', '3:14']);
    expectVerbatim(yaml, 'df');
  });

  it('maps a folded block: joined lines start where their first part is written', () => {
    const yaml = 'df: >\n  FROM alpine\n\n  RUN apk add curl\n  && curl -k x\n\n    USER app\n';
    expect(parseValidYaml(yaml)[0]?.root.get('df')?.text).toBe(
      'FROM alpine\nRUN apk add curl && curl -k x\n\n  USER app\n'
    );
    expect(lineStarts(yaml, 'df')).toEqual(['2:3', '4:3', '6:1', '7:3', '7:14']);
    expectVerbatim(yaml, 'df');
  });

  it('maps a double-quoted string with \\n escapes to the columns after each escape', () => {
    const yaml = 'df: "FROM alpine\\nRUN curl -k x\\n\\tUSER \\"app\\""\n';
    expect(lineStarts(yaml, 'df')).toEqual(['1:6', '1:19', '1:34']);
    const position = parseValidYaml(yaml)[0]?.root.get('df')?.valuePositions();
    // `RUN` is at the column after `\n`; the tab comes from its escape `\t`.
    expect(position?.(12)).toEqual({ line: 1, col: 19 });
    expect(position?.(26)).toEqual({ line: 1, col: 34 });
  });

  it('maps multi-line flow scalars, folded by spaces and empty lines', () => {
    const double = 'df: "FROM alpine\n\n  RUN a \\\n  b"\n';
    expect(parseValidYaml(double)[0]?.root.get('df')?.text).toBe('FROM alpine\nRUN a b');
    expect(lineStarts(double, 'df')).toEqual(['1:6', '3:3']);
    const single = "df: 'FROM alpine\n\n  RUN echo ''hi'''\n";
    expect(lineStarts(single, 'df')).toEqual(['1:6', '3:3']);
    expectVerbatim("df: 'FROM alpine\n\n  RUN echo x'\n", 'df');
    const plain = 'df: FROM alpine\n\n  RUN true\n';
    expect(lineStarts(plain, 'df')).toEqual(['1:5', '3:3']);
  });

  it('gives nothing for a value it cannot rebuild from the source', () => {
    expect(scalarValueOffsets('"a\\qb"', 'QUOTE_DOUBLE', 'a?b')).toBeUndefined();
    expect(scalarValueOffsets('|\n  FROM a\n', 'BLOCK_LITERAL', 'FROM b\n')).toBeUndefined();
    expect(scalarValueOffsets('|\n  FROM a\n', 'BLOCK_LITERAL', 'FROM a\n')).toEqual([4, 5, 6, 7, 8, 9, 10]);
  });
});

describe('scalarValueOffsets on every style the yaml library writes', () => {
  const CHARS = ['a', 'b', ' ', ' ', '\n', '\n', "'", '"', '\\', '$', '-', '#', 'é', '😀', '\t'];
  const STYLES = ['PLAIN', 'QUOTE_SINGLE', 'QUOTE_DOUBLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'] as const;

  it('traces seeded random values back to their characters, whatever style they are written in', () => {
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    let traced = 0;
    let written = 0;
    for (let n = 0; n < 120; n++) {
      let value = '';
      for (let i = Math.floor(next() * 24); i > 0; i--) value += CHARS[Math.floor(next() * CHARS.length)];
      for (const type of STYLES) {
        const scalar = new Scalar(value);
        scalar.type = type;
        // The library falls back to another style when the value cannot be written in this one.
        const yaml = new Document({ services: { app: { build: { dockerfile_inline: scalar } } } }).toString();
        const parsed = parseYamlDocuments(yaml);
        const node = parsed.documents[0]?.root.at('services', 'app', 'build', 'dockerfile_inline');
        // The library writes a few values it does not read back (plain `  `, `- `): they are no test of this.
        if (!isValidParse(parsed) || node?.text !== value) continue;
        written++;
        const position = node.valuePositions();
        expect(position).toBeDefined();
        const lines = yaml.split('\n');
        for (let i = 0; i < value.length; i++) {
          const char = value[i] as string;
          if (/\s/.test(char)) continue;
          const at = position?.(i);
          const there = lines[(at?.line ?? 0) - 1]?.[(at?.col ?? 0) - 1];
          // An escaped character sits on its backslash.
          expect(there === char || (node.style === 'double' && there === '\\')).toBe(true);
        }
        traced++;
      }
    }
    expect(traced).toBe(written);
    expect(written).toBeGreaterThan(100 * STYLES.length);
  });
});
