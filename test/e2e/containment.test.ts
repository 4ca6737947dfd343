import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scan } from '../../src/engine/scan.js';
import { scanDocuments } from '../../src/engine/scan-documents.js';
import { defineRule } from '../../src/core/rule.js';
import { DEFAULT_RULE_SETTINGS } from '../../src/core/settings.js';
import { ALL_RULES } from '../../src/rules/index.js';
import { runCli } from './run-cli.js';

/**
 * Inputs that each aborted a whole scan before (issue "Field hardening"): every one now stays inside
 * its file, and a planted good file next to it keeps its finding.
 */
const GOOD_FILE = 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nUSER ContainerAdministrator\n';

const YAML_OVERFLOW = readFileSync(
  new URL('../fuzz/reproducers/yaml-parser-stack-overflow.yml', import.meta.url),
  'utf8'
);

const junkLines = (count: number) => Array.from({ length: count }, (_, i) => `junk${i} xxxxxxxx`).join('\n');

const nested = (depth: number, open: string, close: string, inner = '') =>
  open.repeat(depth) + inner + close.repeat(depth);

const TRIGGERS: Record<string, Record<string, string>> = {
  'dockerfile-ast heredoc crash (7 bytes)': { Dockerfile: 'F \\\r#`\n' },
  'a junk Dockerfile': { Dockerfile: junkLines(3_000) },
  'daemon.json nested 5,000 levels': { 'daemon.json': `{"insecure-registries": ${nested(5000, '[', ']')}}` },
  'policy.json nested 5,000 levels': { 'policy.json': `{"default": ${nested(5000, '[', ']')}}` },
  'a manifest nested 5,000 levels in flow style': {
    'pod.yaml': `apiVersion: v1\nkind: Pod\nmetadata:\n  labels: ${nested(5000, '{a: ', '}', 'b')}\n`
  },
  'a manifest nested 5,000 levels of block sequences': {
    'pod.yaml': `apiVersion: v1\nkind: Pod\nspec:\n  x: ${'- '.repeat(5000)}y\n`
  },
  'registries.conf nested 5,000 levels': { 'registries.conf': `x = ${nested(5000, '[', ']')}\n` },
  'an ARG default with 5,000 nested ${B:-…}': {
    Dockerfile: `FROM alpine:3.20\nARG A=${nested(5000, '${B:-', '}', 'x')}\nUSER 1000\n`
  },
  'COPY [ "z-a" ./': { Dockerfile: 'FROM alpine:3.20\nCOPY [ "z-a" ./\nUSER 1000\n' },
  'a 400 KB line of unclosed ${': {
    Dockerfile: `FROM alpine:3.20\nARG A=${'${'.repeat(200_000)}\nUSER 1000\n`
  },
  'a Dockerfile of 20,000 ENV lines': {
    Dockerfile: `FROM alpine:3.20\n${Array.from({ length: 20_000 }, (_, i) => `ENV A${i}=x`).join('\n')}\nUSER 1000\n`
  },
  // Found by `npm run fuzz` (seed 4): the yaml package's parser overflows the stack on this text.
  'a workflow and a Compose file the YAML parser overflows on': {
    '.github/workflows/ci.yml': YAML_OVERFLOW,
    'compose.yaml': YAML_OVERFLOW
  },
  'a .dockerignore line Docker cannot compile': {
    Dockerfile: 'FROM alpine:3.20\nCOPY . /app\nUSER 1000\n',
    '.dockerignore': '[\n*.md\n',
    id_rsa: 'not really a key'
  }
};

describe('one bad file never costs the scan', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'bulkhead-contain-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it.each(Object.entries(TRIGGERS))('%s', async (_name, files) => {
    mkdirSync(join(dir, 'bad'));
    mkdirSync(join(dir, 'good'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(dir, 'bad', path, '..'), { recursive: true });
      writeFileSync(join(dir, 'bad', path), text);
    }
    writeFileSync(join(dir, 'good', 'Dockerfile'), GOOD_FILE);
    const { result } = await scan({ paths: ['.'], cwd: dir });
    expect(result.complete).toBe(true);
    expect(result.notes.filter(n => n.kind === 'internal-error')).toEqual([]);
    expect(result.findings.filter(f => f.location.file === 'good/Dockerfile').map(f => f.ruleId)).toEqual([
      'BH102'
    ]);
    expect(result.findings.filter(f => f.ruleId === 'BH000').length).toBeLessThanOrEqual(1);
  });

  it('gives one BH000 for a junk file, with the count of the other problems', async () => {
    writeFileSync(join(dir, 'Dockerfile'), junkLines(30_000));
    const { result } = await scan({ paths: ['.'], cwd: dir });
    expect(result.findings.map(f => [f.ruleId, f.location.region.startLine, f.message])).toEqual([
      [
        'BH000',
        1,
        'Unknown instruction: the line does not start with a Dockerfile keyword. 29999 more problems in this file.'
      ]
    ]);
  });

  it('sets a deeply nested config aside with a note, not a finding', async () => {
    writeFileSync(join(dir, 'daemon.json'), TRIGGERS['daemon.json nested 5,000 levels']!['daemon.json']!);
    const { result } = await scan({ paths: ['.'], cwd: dir });
    expect(result.findings).toEqual([]);
    expect(result.notes).toEqual([
      expect.objectContaining({
        kind: 'budget',
        file: 'daemon.json',
        message: expect.stringMatching(/256 levels/)
      })
    ]);
  });

  it('keeps the findings of more than 120,000 results (no spread into a call)', async () => {
    const flood = defineRule({
      meta: { ...ALL_RULES[1]!.meta, id: 'BH997', slug: 'flood', messages: { x: 'x.' } },
      checks: {
        dockerfile({ report }) {
          for (let i = 0; i < 150_000; i++)
            report({ messageId: 'x', region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 } });
        }
      }
    });
    writeFileSync(join(dir, 'Dockerfile'), GOOD_FILE);
    const { result } = await scan({ paths: ['.'], cwd: dir, rules: [flood] });
    expect(result.complete).toBe(true);
    expect(result.findings).toHaveLength(150_000);
  });

  it('turns a rule that throws into an internal-error note and keeps the other rules and files', () => {
    const broken = defineRule({
      meta: { ...ALL_RULES[1]!.meta, id: 'BH998', slug: 'broken', messages: { x: 'x.' } },
      checks: {
        dockerfile({ file }) {
          if (file === 'a/Dockerfile')
            throw new TypeError("Cannot read properties of undefined (reading 'x')");
        }
      }
    });
    const result = scanDocuments(
      [
        { path: 'a/Dockerfile', text: GOOD_FILE },
        { path: 'b/Dockerfile', text: GOOD_FILE }
      ],
      { rules: [broken, ...ALL_RULES], settings: DEFAULT_RULE_SETTINGS }
    );
    expect(result.complete).toBe(true);
    expect(result.notes).toEqual([
      {
        kind: 'internal-error',
        file: 'a/Dockerfile',
        rule: 'BH998',
        message:
          "Internal error in rule BH998 (broken); the rest of the scan went on: Cannot read properties of undefined (reading 'x')."
      }
    ]);
    expect(result.findings.map(f => `${f.location.file} ${f.ruleId}`)).toEqual([
      'a/Dockerfile BH102',
      'b/Dockerfile BH102'
    ]);
  });

  it('exits 0 or 1, never 3, and says which file and rule failed', async () => {
    writeFileSync(join(dir, 'Dockerfile'), TRIGGERS['dockerfile-ast heredoc crash (7 bytes)']!.Dockerfile!);
    const { code, stdout } = await runCli(['scan', '.', '--format', 'json'], { cwd: dir });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['BH000']);
  });
});
