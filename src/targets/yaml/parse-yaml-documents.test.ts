import { InputParseError, InputTooLargeError } from '../../core/errors.js';
import { parseValidYaml, parseYamlDocuments } from './parse-yaml-documents.js';

const root = (text: string) => parseValidYaml(text)[0]?.root;

describe('parseYamlDocuments: what go-yaml (Kubernetes, Compose) accepts', () => {
  it('reads a double-quoted string continued on lines indented less than the key', () => {
    const text = `metadata:
  annotations:
    description: "Installs the agent
  and restarts the service"
  name: agent
`;
    const metadata = root(text)?.get('metadata');
    expect(metadata?.at('annotations', 'description')?.text).toBe(
      'Installs the agent and restarts the service'
    );
    expect(metadata?.get('name')?.region).toMatchObject({ startLine: 5, startColumn: 9 });
  });

  it('reads a quoted continuation line that starts with a tab, keeping its columns', () => {
    const text =
      "env:\n  - name: OPTS\n    value: '-Xmx512m\n\t-Dfile.encoding=UTF-8'\n  - name: TZ\n    value: UTC\n";
    const [opts, tz] = root(text)?.get('env')?.items() ?? [];
    expect(opts?.get('value')?.text).toBe('-Xmx512m -Dfile.encoding=UTF-8');
    expect(tz?.get('value')?.region).toMatchObject({ startLine: 6, startColumn: 12 });
  });

  it('reads a flow sequence closed at a lower indentation, with its items at their own columns', () => {
    const text = 'spec:\n  args: [\n"--port=8080",\n  "--verbose"\n]\n  user: app\n';
    const spec = root(text)?.get('spec');
    expect(spec?.get('args')?.toJS()).toEqual(['--port=8080', '--verbose']);
    expect(spec?.get('args')?.items()[0]?.region).toMatchObject({ startLine: 3, startColumn: 1 });
    expect(spec?.get('user')?.line).toBe(6);
  });

  it('reads a comment right after a closing quote or bracket', () => {
    expect(root('image: "nginx:1.27"# pinned\nports: [80, 443]# web\n')?.toJS()).toEqual({
      image: 'nginx:1.27',
      ports: [80, 443]
    });
  });

  it("reads many single-quoted rules whose continuation starts with an escaped quote (Gateway API's CRDs)", () => {
    // `''RequestMirror'')'` at the start of a line reads as a new scalar to the YAML 1.2 parser, and
    // hides the next cut scalar until this one is repaired: twelve of them need twelve rounds.
    const rules = Array.from(
      { length: 12 },
      (_, i) =>
        `      - rule: '!(has(self.f${i}) && self.type ==\n    ''Type${i}'')'\n        message: m${i}\n`
    ).join('');
    const text = `spec:\n  validations:\n${rules}  done: true\n`;
    const spec = root(text)?.get('spec');
    const items = spec?.get('validations')?.items() ?? [];
    expect(items.map(item => item.get('rule')?.text)).toEqual(
      Array.from({ length: 12 }, (_, i) => `!(has(self.f${i}) && self.type == 'Type${i}')`)
    );
    expect(items[11]?.get('message')?.region).toMatchObject({ startLine: 38, startColumn: 18 });
    expect(spec?.get('done')?.line).toBe(39);
  });

  it('keeps every document of a stream, repaired or not', () => {
    const docs = parseValidYaml('a: "x\ny"\n---\nb: [1,\n2]\n---\nc: 3\n');
    expect(docs.map(d => d.root.toJS())).toEqual([{ a: 'x y' }, { b: [1, 2] }, { c: 3 }]);
    expect(docs.map(d => d.region.startLine)).toEqual([1, 4, 7]);
  });

  it('repairs each document of a stream as it would be alone (a single-quoted flow item closed at the key indent)', () => {
    // bitwarden's self-host chart: `args: ['` … `']`. The `']` line reads as the start of a new quoted
    // scalar to the YAML 1.2 parser; in the first document its only quote is in the next document.
    const job = (name: string) =>
      `kind: Job\nmetadata:\n  name: ${name}\nspec:\n  containers:\n  - args: ['\n      echo ${name}\n    ']\n    securityContext:\n      privileged: true\n`;
    const docs = parseValidYaml([job('one'), job('two'), job('three')].join('---\n'));
    expect(docs.map(d => d.root.at('spec', 'containers')?.items()[0]?.get('args')?.toJS())).toEqual([
      [' echo one '],
      [' echo two '],
      [' echo three ']
    ]);
    expect(
      docs.map(d => d.root.at('spec', 'containers')?.items()[0]?.at('securityContext', 'privileged')?.line)
    ).toEqual([10, 21, 32]);
  });

  it('does not repair a quoted scalar past a document marker, in a stream of repairable documents', () => {
    const text = `a: ['\n  x\n']\n---\nb: "open\n---\nc: "y"\n`;
    const parsed = parseYamlDocuments(text);
    expect(parsed.errors.map(e => [e.region.startLine, e.document])).toEqual([[5, 1]]);
    expect(parsed.documents.map(d => [d.root.toJS(), d.invalid])).toEqual([
      [{ a: [' x '] }, undefined],
      [{ b: 'open' }, true],
      [{ c: 'y' }, undefined]
    ]);
    expect(() => parseValidYaml(text)).toThrow(InputParseError);
  });

  it('reads the documents after an unclosed quote, which the YAML 1.2 parser runs over the next `---`', () => {
    const text = `a: 1\n---\nb: 'open\n  more\n---\nc: [1,\n2]\n...\n---\nd: 4\n`;
    const parsed = parseYamlDocuments(text);
    expect(parsed.documents.map(d => [d.index, d.root.toJS(), d.invalid, d.region.startLine])).toEqual([
      [0, { a: 1 }, undefined, 1],
      [1, { b: 'open more' }, true, 3],
      [2, { c: [1, 2] }, undefined, 6],
      [3, { d: 4 }, undefined, 10]
    ]);
    // At the end of the document's last line (not on the next one's `---`).
    expect(parsed.errors).toEqual([
      expect.objectContaining({
        region: expect.objectContaining({ startLine: 4, startColumn: 7 }),
        document: 1
      })
    ]);
    expect(parsed.documents[2]?.root.get('c')?.items()[1]?.region).toMatchObject({
      startLine: 7,
      startColumn: 1
    });
  });

  it('counts the errors of a file of one document as before (its first parse, whole)', () => {
    const parsed = parseYamlDocuments('a: 1\nb: [1, 2\nc: "open\n');
    expect(parsed.errors.length).toBeGreaterThan(1);
    expect(new Set(parsed.errors.map(e => e.document))).toEqual(new Set([0]));
  });

  it('still rejects what go-yaml rejects, at the first error, with the count of the others', () => {
    expect(parseYamlDocuments('a: "x\n---\ny"\n').errors.length).toBeGreaterThan(0);
    expect(parseYamlDocuments('a:\n\tb: 1\n').errors.length).toBeGreaterThan(0);
    let thrown: unknown;
    try {
      parseValidYaml('a: 1\nb: [1, 2\nc: "open\n');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InputParseError);
    expect((thrown as InputParseError).message).toMatch(/^Invalid YAML: .* \(and \d+ more errors?\)$/);
  });
});

describe('parseYamlDocuments: memory budget', () => {
  const limits = { maxDocumentTokens: 60, maxKeptNodes: 100 };
  const doc = (i: number) => `kind: Pod\nmetadata:\n  name: pod-${i}\nspec:\n  note: "${'x'.repeat(40)}"\n`;

  it('refuses a file whose largest document is over the budget, without parsing it', () => {
    const text = `${doc(1)}---\nkind: List\nitems:\n${'- {a: 1}\n'.repeat(20)}`;
    const parsed = parseYamlDocuments(text, { limits });
    expect(parsed.documents).toEqual([]);
    expect(parsed.tooLarge).toMatch(
      /^Not analysed: its largest YAML document is too dense .* Split the file/
    );
    expect(() => parseValidYaml(text, { limits })).toThrow(InputTooLargeError);
  });

  it('refuses a file whose kept documents add up to more than the budget', () => {
    const text = Array.from({ length: 8 }, (_, i) => doc(i)).join('---\n');
    expect(parseYamlDocuments(text, { limits }).tooLarge).toMatch(/hold more than 100 values/);
  });

  it('counts only what onDocument keeps', () => {
    const text = Array.from({ length: 8 }, (_, i) => doc(i)).join('---\n');
    const parsed = parseYamlDocuments(text, { limits, onDocument: d => d.root.dropEntries(['spec']) });
    expect(parsed.tooLarge).toBeUndefined();
    expect(parsed.documents.map(d => d.root.toJS())[7]).toEqual({ kind: 'Pod', metadata: { name: 'pod-7' } });
  });
});
