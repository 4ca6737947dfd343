import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateTree } from '../../bench/generate-tree.js';
import { measure, runBench, stat } from '../../bench/run.js';

/** Every file under `dir` with its text, sorted by path. */
function snapshot(dir: string): [string, string][] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter(entry => entry.isFile())
    .map(entry => join(entry.parentPath, entry.name))
    .sort()
    .map(path => [path.slice(dir.length), readFileSync(path, 'utf8')]);
}

describe('bench trees', () => {
  const work = mkdtempSync(join(tmpdir(), 'bulkhead-bench-test-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('are the same for the same seed and differ for another', () => {
    generateTree(join(work, 'a'), 'realistic', 400, 7);
    generateTree(join(work, 'b'), 'realistic', 400, 7);
    generateTree(join(work, 'c'), 'realistic', 400, 8);
    expect(snapshot(join(work, 'a'))).toEqual(snapshot(join(work, 'b')));
    expect(snapshot(join(work, 'a'))).not.toEqual(snapshot(join(work, 'c')));
  });

  it('make a realistic monorepo with about 7% targets, CRD bundles among them', () => {
    const tree = generateTree(join(work, 'r'), 'realistic', 3000);
    expect(tree.files).toBe(3000);
    const targets = tree.files - (tree.mix.source ?? 0);
    expect(targets / tree.files).toBeGreaterThan(0.05);
    expect(targets / tree.files).toBeLessThan(0.09);
    for (const kind of ['dockerfile', 'manifest', 'compose', 'registry', 'dockerignore', 'workflow'])
      expect(tree.mix[kind]).toBeGreaterThan(0);
    const bundle = snapshot(join(work, 'r')).find(([path]) => path.endsWith('deploy/crds.yaml'));
    expect(bundle?.[1]).toMatch(/^kind: CustomResourceDefinition$/m);
  });

  it('make a Dockerfile-dense tree of half Dockerfiles', () => {
    const tree = generateTree(join(work, 'd'), 'dense', 101);
    expect(tree.mix).toEqual({ dockerfile: 51, source: 50 });
  });
});

describe('stat', () => {
  it('gives the median and range', () => {
    expect(stat([3, 1, 2])).toEqual({ median: 2, min: 1, max: 3 });
    expect(stat([4, 1, 2, 3])).toEqual({ median: 2.5, min: 1, max: 4 });
  });
});

describe('measure', () => {
  // The CPU figures, not their size: a process's CPU to the millisecond, its exit code passed on.
  it('gives a process its CPU time to the millisecond, and its exit code', () => {
    const samples = Array.from({ length: 5 }, () => measure([process.execPath, '-e', '0']));
    for (const sample of samples) {
      expect(sample.exitCode).toBe(0);
      expect(sample.cpu).toBeGreaterThan(0);
      expect(sample.wall).toBeGreaterThan(0);
      // Peak RSS needs /usr/bin/time (Debian package `time`), which a fresh machine may lack.
      if (existsSync('/usr/bin/time')) expect(sample.rssMb).toBeGreaterThan(1);
      else expect(sample.rssMb).toBeNaN();
    }
    // /usr/bin/time's hundredths would make every sample a multiple of 10 ms (odds of five such
    // samples by chance: 1 in 100,000).
    const milliseconds = samples.map(sample => Math.round(sample.cpu * 1000));
    expect(milliseconds.some(ms => ms % 10 !== 0)).toBe(true);
    const busy = measure([
      process.execPath,
      '-e',
      // 200 ms of its own CPU time, not of the clock: on a loaded machine a clock-bound loop gets less.
      'const start = process.cpuUsage(); for (;;) { const used = process.cpuUsage(start); if (used.user + used.system >= 200000) break; } process.exit(3)'
    ]);
    expect(busy.exitCode).toBe(3);
    expect(busy.cpu).toBeGreaterThan(0.15);
  });
});

describe('measure, with standard output on a pipe', () => {
  // As a runner reads an Action's log: the process sees a pipe (a socket pair, as Node makes them for a
  // child; Node's process.stdout is the same stream for both), and whatever it writes is read and dropped.
  it('runs the command with a pipe for stdout, reads all it writes, and keeps its CPU and exit code', () => {
    const script = (exitCode: number) =>
      "const { fstatSync, writeSync } = require('node:fs');" +
      'const out = fstatSync(1);' +
      'if (!out.isFIFO() && !out.isSocket()) process.exit(9);' +
      "writeSync(1, 'x'.repeat(4 << 20));" +
      `process.exit(${exitCode})`;
    const piped = measure([process.execPath, '-e', script(0)], undefined, undefined, 'pipe');
    expect(piped.exitCode).toBe(0);
    expect(piped.cpu).toBeGreaterThan(0);
    // The same command with stdout on /dev/null, a character device, not a pipe.
    expect(measure([process.execPath, '-e', script(0)]).exitCode).toBe(9);
    expect(measure([process.execPath, '-e', script(4)], undefined, undefined, 'pipe').exitCode).toBe(4);
  });
});

describe('npm run bench, at a tiny size', () => {
  // Only that the benchmark still runs end to end and reports every goal; never how fast (DESIGN.md).
  it('runs the shipped CLI and the parse-only floor and writes a report with every goal', () => {
    const lines: string[] = [];
    const json = join(mkdtempSync(join(tmpdir(), 'bulkhead-bench-report-')), 'report.json');
    const report = runBench({
      files: 120,
      runs: 1,
      warmup: 0,
      scaling: [60],
      secretlint: false,
      json,
      log: line => lines.push(line)
    });
    expect(JSON.parse(readFileSync(json, 'utf8')).goals).toEqual(report.goals);
    rmSync(json, { force: true });
    const vsFloor = report.comparisons['bulkhead-vs-floor'];
    expect(vsFloor?.a.exitCodes).toEqual([0]);
    expect(vsFloor?.b.exitCodes).toEqual([0]);
    // Every start-up case ran to completion: the Action found its inputs and runner files, and the
    // CLI scanned the one-file repositories.
    expect(Object.keys(report.startup)).toEqual([
      'version',
      'cli-scan',
      'cli-scan-run',
      'action',
      'action-run',
      'action-parsed-run'
    ]);
    for (const pair of Object.values(report.startup)) {
      expect(pair.run.exitCodes).toEqual([0]);
      expect(pair.bareNode.exitCodes).toEqual([0]);
    }
    expect(report.startup.action.command).toBe(
      'node dist/index.js (in a one-file repository) with the runner environment'
    );
    expect(report.scaling.dense?.[0]?.summary.exitCodes).toEqual([0]);
    // The floor runs beside Bulkhead at each size of the series.
    expect(report.scaling.dense?.[0]?.floor.exitCodes).toEqual([0]);
    expect(report.scaling.dense?.[0]?.floorCpuPerFileMs).toBeGreaterThan(0);
    expect(report.goals.map(g => g.goal)).toEqual([
      'realistic: CPU per file flat from 1k to 100k files (within 20%)',
      "realistic: the parse-only floor's CPU per file on the same trees, for reference",
      'dense: CPU per file flat from 1k to 100k files (within 20%)',
      "dense: the parse-only floor's CPU per file on the same trees, for reference",
      'realistic 100,000 files: wall < 30 s on 2 cores, peak RSS < 1 GB',
      'dense 10,000 files: < 5 s',
      'realistic 120 files: wall bulkhead/parse-only floor <= 1.0',
      '`--version`: CPU above `node -e 0` < 80 ms',
      'the Action on a one-file repository: CPU above `node -e 0` < 80 ms',
      'the Action on a one-file repository whose RUN loads the WebAssembly shell parser, for reference',
      '`bulkhead scan` of a one-file repository: CPU above `node -e 0`, for reference'
    ]);
    expect(lines.some(line => line.startsWith('| dense 10,000 files: < 5 s | size not in this run |'))).toBe(
      true
    );
    // A figure for reference has no target: it is neither met nor missed.
    expect(lines.find(line => line.startsWith('| `bulkhead scan` of a one-file repository'))).toMatch(
      / \| — \|$/
    );
  }, 300_000);
});
