import { InputParseError } from '../../core/errors.js';
import { jsonStringItems, MAX_JSON_DEPTH, parseJsonConfig, probeJson } from './json-config.js';

function errorOf(text: string): InputParseError {
  try {
    parseJsonConfig(text, 'test.json');
  } catch (error) {
    if (error instanceof InputParseError) return error;
    throw error;
  }
  throw new Error('expected an InputParseError');
}

describe('probeJson', () => {
  it.each([
    ['{ "a": 1 }', 'object'],
    ['\uFEFF{}', 'object'],
    ['', 'empty'],
    [' \r\n\t', 'empty'],
    ['[1]', 'other'],
    ['"text"', 'other'],
    ['null', 'other'],
    ['{ "a": 1, }', 'invalid'],
    ['a: 1', 'invalid']
  ])('%p is %s', (text, kind) => {
    expect(probeJson(text).kind).toBe(kind);
  });
});

describe('parseJsonConfig', () => {
  it('returns the root object with positions, or undefined for whitespace', () => {
    const root = parseJsonConfig('{\n  "list": ["a", 1, "b"]\n}', 'test.json');
    expect(jsonStringItems(root?.get('list')).map(item => [item.text, item.region.startLine])).toEqual([
      ['a', 2],
      ['b', 2]
    ]);
    expect(jsonStringItems(root?.get('missing'))).toEqual([]);
    expect(parseJsonConfig('\n\n', 'test.json')).toBeUndefined();
  });

  it.each([
    ['a trailing comma in an object', '{\n  "a": 1,\n}', 3, 1],
    ['a trailing comma in a list (no position from V8)', '{\n  "a": [1,\n    2,\n  ]\n}', 4, 3],
    ['an unexpected token without a position', '{\n  "a":\n  }\n', 3, 3],
    ['a missing closing brace', '{\n  "a": 1\n\n\n', 2, 9],
    ['a line break inside a string', '{\n  "a": "b\n}', 2, 10],
    ['a second document', '{ "a": 1 }\n{ "b": 2 }\n', 2, 1],
    ['a comment', '{\n  /* c */ "a": 1\n}', 2, 3],
    ['CRLF line ends', '{\r\n  "a": 1,\r\n}\r\n', 3, 1],
    ['a scalar root', '\n\n"just text"\n', 3, 1],
    ['a list root', '[]', 1, 1]
  ])('reports %s at its line and column', (_label, text, line, column) => {
    const error = errorOf(text);
    expect([error.line, error.column]).toEqual([line, column]);
    expect(error.message).toMatch(/test\.json/);
  });

  it('reports a config nested deeper than the limit at the bracket that crosses it, strings aside', () => {
    // Shaped like a generated daemon.json whose list kept wrapping itself; a string full of brackets is not nesting.
    const deep = `{\n  "note": "[[[[{{{{\\"",\n  "insecure-registries": ${'['.repeat(5000)}"registry.lab.example:5000"${']'.repeat(5000)}\n}`;
    const error = errorOf(deep);
    expect(error.message).toBe(`test.json is nested deeper than ${MAX_JSON_DEPTH} levels; it was not read.`);
    expect([error.line, error.column]).toEqual([3, 26 + MAX_JSON_DEPTH - 1]);
    const atLimit = `{"a": ${'['.repeat(MAX_JSON_DEPTH - 1)}1${']'.repeat(MAX_JSON_DEPTH - 1)}}`;
    expect(parseJsonConfig(atLimit, 'test.json')?.kind).toBe('map');
  });

  it('never throws anything but InputParseError on random input', () => {
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const alphabet = '{}[]:,"\\ \n\t\r01-eE.truefalsnul\u00e9\ufeff';
    for (let n = 0; n < 300; n++) {
      const text = Array.from(
        { length: Math.floor(random() * 40) },
        () => alphabet[Math.floor(random() * alphabet.length)]
      ).join('');
      try {
        parseJsonConfig(text, 'fuzz.json');
      } catch (error) {
        expect(error).toBeInstanceOf(InputParseError);
        expect((error as InputParseError).line).toBeGreaterThanOrEqual(1);
      }
    }
  });
});
