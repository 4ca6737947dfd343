import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateTree } from '../../bench/generate-tree.js';

// These run the shipped bundle: from the sources (ts-jest) there is no worker entry and the scan is in-thread.
const ROOT = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');

const outputs = new Map<string, string>();

/** The single-threaded output of the shipped CLI, run once per tree and format. */
function singleThreaded(dir: string, format: string): string {
  const key = `${dir} ${format}`;
  if (!outputs.has(key)) outputs.set(key, scanOutput(CLI, dir, format, 1));
  return outputs.get(key) as string;
}

/** A scan's output in one format; BULKHEAD_POOL_MIN_TARGETS=0 starts workers even for a few files. */
function scanOutput(cli: string, dir: string, format: string, jobs: number) {
  const run = spawnSync(
    process.execPath,
    [cli, 'scan', '.', '--format', format, '--fail-on', 'none', '--jobs', String(jobs)],
    { cwd: dir, encoding: 'utf8', env: { ...process.env, BULKHEAD_POOL_MIN_TARGETS: '0' } }
  );
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  // SARIF's run times are the only part that may differ between two runs.
  return run.stdout.replace(/"(start|end)TimeUtc": "[^"]*"/g, '"$1TimeUtc": "…"');
}

// Expired ignores, listed in another order than the scan first uses them: their notes come in the order
// of first use, which a pool must keep. The active one suppresses findings in one service directory.
const CONFIG = [
  'ignore:',
  '  - rules: [BH403]',
  '    expires: 2020-01-01',
  '  - rules: [BH102]',
  '    expires: 2021-01-01',
  '  - rules: [BH101]',
  '    expires: 2020-06-30',
  '  - rules: [BH104]',
  '    paths: ["svc-01/**"]',
  '    reason: legacy images, tracked in OPS-112',
  ''
].join('\n');

describe('the worker pool (dist/cli.js --jobs)', () => {
  const work = mkdtempSync(join(tmpdir(), 'bulkhead-pool-'));
  const dense = join(work, 'dense');
  const realistic = join(work, 'realistic');
  beforeAll(() => {
    generateTree(dense, 'dense', 240);
    writeFileSync(join(dense, '.bulkhead.yml'), CONFIG);
    generateTree(realistic, 'realistic', 1200);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it.each([
    ['examples/', join(ROOT, 'examples')],
    ['a Dockerfile-dense tree with config ignores', dense],
    ['a realistic monorepo', realistic]
  ])('gives byte-identical output with one thread and with workers on %s', (_, dir) => {
    for (const format of ['json', 'sarif', 'text']) {
      const single = singleThreaded(dir, format);
      expect(single.length).toBeGreaterThan(1000);
      expect(scanOutput(CLI, dir, format, 3)).toBe(single);
    }
  });

  it('notes expired ignores in the order a single-threaded scan first uses them', () => {
    const notes = (JSON.parse(scanOutput(CLI, dense, 'json', 2)) as { notes: { message: string }[] }).notes;
    const expired = notes.map(n => n.message).filter(m => m.includes('expired on'));
    expect(expired).toHaveLength(3);
    expect(expired).not.toEqual([...expired].sort());
  });

  describe('with a worker entry beside a copy of the bundle', () => {
    const bundle = join(work, 'bundle');
    beforeAll(() => {
      mkdirSync(bundle);
      // The entries with the chunks they import (dist/chunk-*.js) and the shell parser's WebAssembly,
      // but not the real worker entry.
      const shipped = ['cli.js', 'cli-main.js', 'web-tree-sitter.wasm', 'tree-sitter-bash.wasm'];
      for (const file of readdirSync(join(ROOT, 'dist')))
        if (shipped.includes(file) || file.startsWith('chunk-'))
          copyFileSync(join(ROOT, 'dist', file), join(bundle, file));
    });

    it('starts the worker that sits beside the running bundle and merges what it answers', () => {
      // A stand-in that answers every chunk with one note: it shows up only if the CLI ran it.
      writeFileSync(
        join(bundle, 'scan-worker.js'),
        [
          "import { parentPort } from 'node:worker_threads';",
          'let received = 0;',
          'parentPort.on("message", ({ index, facts }) => parentPort.postMessage({ index, outcome: {',
          '  result: { findings: [], notes: [{ kind: "info", message: `Chunk ${index} (received ${received++}, facts: ${facts ? facts.files.length : "none"}) from the stand-in.` }], files: [], complete: true },',
          '  expiredIgnores: [] } }));',
          ''
        ].join('\n')
      );
      // examples/ too: a tree of a few dozen files must still make work for a worker, or the
      // identity test above would compare the single thread with itself.
      for (const dir of [dense, join(ROOT, 'examples')]) {
        const output = JSON.parse(scanOutput(join(bundle, 'cli.js'), dir, 'json', 2)) as {
          notes: { message: string }[];
        };
        const chunks = output.notes.filter(n => n.message.endsWith('from the stand-in.'));
        expect(chunks.length).toBeGreaterThan(0);
        // The worker starts before the facts exist: they come with the first chunk it receives (not
        // always the first in scan order: a worker takes the Dockerfiles first), and only with it.
        const first = chunks.filter(n => n.message.includes('(received 0,'));
        expect(first).toHaveLength(1);
        expect(first[0]?.message).toMatch(/, facts: [1-9]\d*\)/);
        expect(chunks.filter(n => n.message.includes('facts: none'))).toHaveLength(chunks.length - 1);
      }
      expect(scanOutput(join(bundle, 'cli.js'), dense, 'json', 1)).not.toContain('from the stand-in.');
    });

    it.each([
      ['throws when it starts', 'throw new Error("no worker today");'],
      [
        'fails on every chunk',
        'import { parentPort } from "node:worker_threads";\nparentPort.on("message", ({ index }) => parentPort.postMessage({ index, error: "out of luck" }));'
      ],
      [
        'dies on its second chunk',
        'import { parentPort } from "node:worker_threads";\nlet seen = 0;\nparentPort.on("message", () => { if (++seen === 2) process.exit(3); });'
      ],
      [
        'answers with something that is not a result',
        'import { parentPort } from "node:worker_threads";\nparentPort.on("message", () => parentPort.postMessage({ index: -1 }));'
      ]
    ])('loses nothing when the worker %s: its chunks are scanned in-thread', (_, code) => {
      writeFileSync(join(bundle, 'scan-worker.js'), `${code}\n`);
      expect(scanOutput(join(bundle, 'cli.js'), dense, 'json', 3)).toBe(singleThreaded(dense, 'json'));
    });
  });
});
