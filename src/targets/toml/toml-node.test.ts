import { InputParseError } from '../../core/errors.js';
import { parseToml, type TomlNode } from './toml-node.js';

/** The thrown InputParseError (fails the test when something else, or nothing, is thrown). */
function parseError(text: string): InputParseError {
  try {
    parseToml(text);
  } catch (error) {
    expect(error).toBeInstanceOf(InputParseError);
    return error as InputParseError;
  }
  throw new Error('expected an InputParseError');
}

describe('parseToml', () => {
  it('merges table headers with quoted keys into one tree, with key and value regions', () => {
    const root = parseToml(
      [
        'version = 2',
        '',
        '[plugins."io.containerd.grpc.v1.cri".registry]',
        '  config_path = ""',
        '',
        '[plugins."io.containerd.grpc.v1.cri".registry.mirrors."docker.io"]',
        '  endpoint = ["http://mirror.internal:5000", "https://registry-1.docker.io"]',
        ''
      ].join('\n')
    );
    const registry = root.at('plugins', 'io.containerd.grpc.v1.cri', 'registry');
    expect(registry?.kind).toBe('map');
    expect(registry?.entries().map(([key]) => key)).toEqual(['config_path', 'mirrors']);
    const mirror = registry?.at('mirrors', 'docker.io');
    // the header's last key part is where a finding about the table goes
    expect(mirror?.reportRegion).toEqual({ startLine: 6, startColumn: 55, endLine: 6, endColumn: 66 });
    const endpoints = mirror?.get('endpoint');
    expect(endpoints?.kind).toBe('seq');
    expect(endpoints?.reportRegion).toEqual({ startLine: 7, startColumn: 3, endLine: 7, endColumn: 11 });
    expect(endpoints?.items().map(item => [item.text, item.region])).toEqual([
      ['http://mirror.internal:5000', { startLine: 7, startColumn: 15, endLine: 7, endColumn: 44 }],
      ['https://registry-1.docker.io', { startLine: 7, startColumn: 46, endLine: 7, endColumn: 76 }]
    ]);
    // a list item has no key: its own region is where findings go
    expect(endpoints?.items()[0]?.reportRegion).toEqual(endpoints?.items()[0]?.region);
    expect(root.get('version')?.scalar).toBe(2);
  });

  it('reads dotted keys and inline tables at any depth', () => {
    const root = parseToml(
      [
        '[plugins]',
        '  cri.registry.configs."reg.example.com:5000".tls = { insecure_skip_verify = true, ca_file = "" }',
        '  cri.registry.configs."reg.example.com:5000".auth.username = "ci"',
        'site = { title = "x", nested.deep = [1, { k = "v" }] }'
      ].join('\n')
    );
    const config = root.at('plugins', 'cri', 'registry', 'configs', 'reg.example.com:5000');
    expect(config?.entries().map(([key]) => key)).toEqual(['tls', 'auth']);
    const skip = config?.at('tls', 'insecure_skip_verify');
    expect(skip?.isTrue).toBe(true);
    expect(skip?.reportRegion.startLine).toBe(2);
    expect(config?.at('auth', 'username')?.reportRegion).toEqual({
      startLine: 3,
      startColumn: 52,
      endLine: 3,
      endColumn: 60
    });
    const deep = root.at('plugins', 'site', 'nested', 'deep');
    expect(deep?.items().map(item => item.kind)).toEqual(['scalar', 'map']);
    expect(deep?.items()[1]?.get('k')?.text).toBe('v');
  });

  it('keeps arrays of tables as sequences; sub-tables belong to the last item', () => {
    const root = parseToml(
      [
        '[[registry]]',
        'location = "first.example.com"',
        '',
        '[[registry.mirror]]',
        'location = "mirror-a.local"',
        '',
        '[[registry.mirror]]',
        'location = "mirror-b.local"',
        'insecure = true',
        '',
        '[[registry]]',
        'location = "second.example.com"',
        '[registry.extra]',
        'note = "belongs to the second registry"'
      ].join('\n')
    );
    const registries = root.get('registry');
    expect(registries?.kind).toBe('seq');
    const [first, second] = registries?.items() ?? [];
    expect(first?.get('location')?.text).toBe('first.example.com');
    expect(
      first
        ?.get('mirror')
        ?.items()
        .map(m => m.get('location')?.text)
    ).toEqual(['mirror-a.local', 'mirror-b.local']);
    expect(first?.get('mirror')?.items()[1]?.reportRegion.startLine).toBe(7);
    expect(first?.get('mirror')?.items()[1]?.get('insecure')?.reportRegion.startLine).toBe(9);
    expect(second?.reportRegion).toEqual({ startLine: 11, startColumn: 3, endLine: 11, endColumn: 11 });
    expect(second?.at('extra', 'note')?.text).toBe('belongs to the second registry');
    expect(second?.get('mirror')).toBeUndefined();
  });

  it('moves an implicitly created table to its own header when it gets one', () => {
    const root = parseToml('[a.b.c]\nx = 1\n\n[a]\ny = 2\n');
    const a = root.get('a');
    expect(a?.reportRegion.startLine).toBe(4);
    expect(a?.entries().map(([key]) => key)).toEqual(['b', 'y']);
    expect(a?.at('b', 'c', 'x')?.scalar).toBe(1);
  });

  it('gives scalars their TOML types; only a boolean true is true', () => {
    const root = parseToml(
      [
        's = "true"',
        "l = 'literal \\n'",
        'm = """',
        'multi"""',
        'i = 0x1F',
        'f = 1.5',
        'b = true',
        'n = false',
        'd = 1979-05-27T07:32:00Z',
        't = 07:32:00'
      ].join('\n')
    );
    expect(root.get('s')?.scalar).toBe('true');
    expect(root.get('s')?.isTrue).toBe(false);
    expect(root.get('l')?.text).toBe('literal \\n');
    expect(root.get('m')?.text).toBe('multi');
    expect(root.get('i')?.scalar).toBe(31);
    expect(root.get('f')?.scalar).toBe(1.5);
    expect(root.get('b')?.isTrue).toBe(true);
    expect(root.get('n')?.text).toBe('false');
    expect(root.get('d')?.text).toBe('1979-05-27T07:32:00Z');
    expect(root.get('t')?.text).toBe('07:32:00');
  });

  it('answers type mismatches with nothing rather than throwing', () => {
    const root = parseToml('a = 1\nlist = ["x", 2, "y"]\nempty = []\n');
    const a = root.get('a') as TomlNode;
    expect(a.get('b')).toBeUndefined();
    expect(a.at('b', 'c')).toBeUndefined();
    expect(a.entries()).toEqual([]);
    expect(a.items()).toEqual([]);
    expect(root.scalar).toBeUndefined();
    expect(root.text).toBeUndefined();
    expect(root.at()).toBe(root);
    expect(
      root
        .get('list')
        ?.strings()
        .map(s => s.text)
    ).toEqual(['x', 'y']);
    expect(root.get('empty')?.items()).toEqual([]);
    expect(root.get('__proto__')).toBeUndefined();
  });

  it('reads an empty file and a comment-only file as an empty table', () => {
    expect(parseToml('').entries()).toEqual([]);
    expect(parseToml('# nothing here\n\n').kind).toBe('map');
  });

  it('keeps positions with a BOM and CRLF line ends', () => {
    const root = parseToml('\uFEFF[registry."docker.io"]\r\nhttp = true\r\n');
    expect(root.at('registry', 'docker.io', 'http')?.reportRegion).toEqual({
      startLine: 2,
      startColumn: 1,
      endLine: 2,
      endColumn: 5
    });
    // the BOM is a character of line 1 as the file is given
    expect(root.at('registry', 'docker.io')?.reportRegion.startColumn).toBe(12);
  });

  it('reports syntax errors as InputParseError with a 1-based position', () => {
    const unterminated = parseError('[registry."docker.io"]\nmirrors = ["a.local"\n');
    expect(unterminated.message).toMatch(/^Invalid TOML: /);
    expect(unterminated.line).toBeGreaterThanOrEqual(2);

    const trailing = parseError('a = 1\nb = "x" extra\n');
    expect([trailing.line, trailing.column]).toEqual([2, 9]);

    const badChar = parseError('ok = true\n  ? = 1\n');
    expect([badChar.line, badChar.column]).toEqual([2, 3]);
  });

  it('rejects what TOML forbids: a key or table defined twice', () => {
    expect(parseError('a = 1\na = 2\n').line).toBe(2);
    expect(parseError('[t]\nx = 1\n[t]\ny = 2\n').line).toBe(3);
    expect(parseError('a.b = 1\n[a]\nc = 2\n').line).toBe(2);
    expect(parseError('a = [1]\n[[a]]\n').line).toBe(2);
  });

  it('turns pathological nesting into an InputParseError', () => {
    const deep = parseError(`a = ${'['.repeat(50_000)}${']'.repeat(50_000)}`);
    expect(deep.line).toBe(1);
    parseError(`a = ${'{ b = '.repeat(20_000)}1${' }'.repeat(20_000)}`);
  });

  it('never throws anything but InputParseError on mangled input (seeded fuzz)', () => {
    const seed = [
      'version = 3',
      '[plugins."io.containerd.cri.v1.images".registry.mirrors."docker.io"]',
      '  endpoint = ["http://mirror.local:5000"]',
      '[[registry]]',
      'location = "r.example.com"',
      'insecure = true',
      't = { a = [1, 2.5, "x"], b.c = 1979-05-27 }',
      "s = '''lit'''"
    ].join('\n');
    const alphabet = ['[', ']', '"', "'", '=', '.', ',', '{', '}', '\n', '#', ' ', 'a', '1', '\\', '\u0000'];
    let state = 42;
    const random = (n: number): number => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state % n;
    };
    for (let round = 0; round < 400; round++) {
      const chars = [...seed];
      for (let edits = 1 + random(4); edits > 0; edits--) {
        const at = random(chars.length + 1);
        const op = random(3);
        if (op === 0) chars.splice(at, 1);
        else if (op === 1) chars.splice(at, 0, alphabet[random(alphabet.length)] ?? '');
        else chars.splice(at, random(12));
      }
      const text = chars.join('');
      try {
        const root = parseToml(text);
        root.entries().forEach(([, node]) => void node.reportRegion);
      } catch (error) {
        expect(error).toBeInstanceOf(InputParseError);
      }
    }
  });
});
