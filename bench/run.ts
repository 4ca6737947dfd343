/**
 * `npm run bench [-- options]`: times the shipped CLI (`dist/cli.js`) as separate processes on seeded
 * trees and prints each goal of DESIGN.md "Speed is a feature" next to the measured value.
 *
 *   --files N        size of the compared trees (default 10000)
 *   --runs N         pairs per comparison and runs per scaling point (default 5)
 *   --scaling LIST   sizes of the scaling series (default 1000,10000,100000; `none` skips it)
 *   --no-secretlint  skip the secretlint comparison
 *   --json FILE      where the JSON report goes (default: bench-report.json in the system temp directory)
 *   --tiny           a quick run that only checks the benchmark works (CI): 300 files, 1 run
 *
 * Each run's wall time is the clock around it, its CPU time (user + system) bash's `times` for the
 * process, its peak RSS `/usr/bin/time`'s (see `measure`); pairs run
 * alternately (A B A B …) so drift in the machine's speed hits both sides; medians and ranges are
 * printed, and ratios are taken pair by pair.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { actionEnvironment } from './action-env.js';
import { generateTree, type GeneratedTree, type TreeKind } from './generate-tree.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const TIME = '/usr/bin/time';
const BASH = '/bin/bash';

export interface BenchOptions {
  files: number;
  runs: number;
  /** Uncounted runs before each series (default 1). */
  warmup?: number;
  scaling: number[];
  secretlint: boolean;
  json: string;
  log: (line: string) => void;
}

/** One finished process. */
export interface Sample {
  wall: number;
  cpu: number;
  rssMb: number;
  exitCode: number;
}

export interface Stat {
  median: number;
  min: number;
  max: number;
}

export interface Goal {
  goal: string;
  measured: string;
  /** undefined when this run did not measure it (a size left out), or for a figure given for reference. */
  met?: boolean;
  /** A figure given for reference, with no target to meet. */
  reference?: boolean;
}

export interface BenchReport {
  machine: { cpus: number; model: string; node: string };
  options: { files: number; runs: number; scaling: number[] };
  trees: Record<string, GeneratedTree>;
  comparisons: Record<string, { a: Summary; b: Summary; ratio: Record<'wall' | 'cpu', Stat> }>;
  scaling: Record<string, ScalingPoint[]>;
  /** Each start-up case (`version`, `cli-scan`, `cli-scan-run`, `action`, `action-run`, `action-parsed-run`) paired with `node -e 0`. */
  startup: Record<StartupCase, StartupPair>;
  goals: Goal[];
}

/**
 * One size of the scaling series: Bulkhead and the parse-only floor on the same tree, alternately, so
 * that the floor's own cost per file shows how much of the figure any process pays once.
 */
export interface ScalingPoint {
  files: number;
  summary: Summary;
  cpuPerFileMs: number;
  floor: Summary;
  floorCpuPerFileMs: number;
  /** Bulkhead's wall time over the floor's, pair by pair. */
  wallRatio: Stat;
}

export type StartupCase =
  'version' | 'cli-scan' | 'cli-scan-run' | 'action' | 'action-run' | 'action-parsed-run';

export interface StartupPair {
  /** What was run, for the reader of the report. */
  command: string;
  run: Summary;
  bareNode: Summary;
  /** CPU (user + system) of the run minus that of `node -e 0`, pair by pair, in ms. */
  cpuAboveNodeMs: Stat;
}

/** A process to time: its arguments, working directory and (when not this process's) environment. */
interface Invocation {
  argv: string[];
  cwd?: string;
  env?: Record<string, string>;
  /** Where its standard output goes (measure). */
  stdout?: Stdout;
}

/**
 * `discard`: /dev/null. `pipe`: a pipe this process reads, as a runner reads an Action's log (Node sets
 * its `process.stdout` up differently for a pipe and for a file).
 */
export type Stdout = 'discard' | 'pipe';

interface Summary {
  wall: Stat;
  cpu: Stat;
  rssMb: Stat;
  exitCodes: number[];
}

/**
 * Runs `command` once; its output is thrown away (`stdout`: written to /dev/null, or read from a pipe
 * and dropped). Wall time is the clock around the run. CPU time (user +
 * system) is what bash's `times` reports for its one child, to the millisecond: `/usr/bin/time` prints it
 * in hundredths, too coarse for start-up figures of tens of milliseconds. Peak RSS comes from
 * `/usr/bin/time` (Debian package `time`); without it, it is NaN, and without bash CPU is NaN too.
 */
export function measure(
  command: string[],
  cwd = ROOT,
  env?: Record<string, string>,
  stdout: Stdout = 'discard'
): Sample {
  const started = performance.now();
  const options: SpawnSyncOptions = {
    cwd,
    env,
    stdio: stdout === 'pipe' ? ['ignore', 'pipe', 'ignore'] : 'ignore',
    maxBuffer: 256 * 1024 * 1024
  };
  if (!existsSync(BASH)) {
    const run = spawnSync(command[0] as string, command.slice(1), options);
    if (run.error) throw run.error;
    return { wall: (performance.now() - started) / 1000, cpu: NaN, rssMb: NaN, exitCode: run.status ?? -1 };
  }
  const dir = mkdtempSync(join(tmpdir(), 'bulkhead-bench-time-'));
  try {
    const rss = join(dir, 'rss');
    const cpu = join(dir, 'cpu');
    // bash runs the command, then writes its own and its children's CPU time (the two lines of `times`).
    const discard = stdout === 'pipe' ? '2>/dev/null' : '>/dev/null 2>&1';
    const script = `"$@" ${discard}; code=$?; times >${JSON.stringify(cpu)}; exit $code`;
    const bash = [BASH, '-c', script, 'measure', ...command];
    const timed = existsSync(TIME);
    const argv = timed ? [TIME, '-f', '%M', '-o', rss, ...bash] : bash;
    const run = spawnSync(argv[0] as string, argv.slice(1), options);
    const wall = (performance.now() - started) / 1000;
    if (run.error) throw run.error;
    const children = readFileSync(cpu, 'utf8').trim().split('\n')[1] ?? '';
    // `0m0.152s 0m0.040s`; bash writes the locale's decimal point (a comma in some).
    const seconds = [...children.matchAll(/(\d+)m(\d+)[.,](\d+)s/g)].map(
      ([, m, s, fraction]) => Number(m) * 60 + Number(`${s}.${fraction}`)
    );
    const rssKb = timed ? Number(readFileSync(rss, 'utf8').trim().split('\n').pop()) : NaN;
    return {
      wall,
      cpu: seconds.length === 2 ? (seconds[0] as number) + (seconds[1] as number) : NaN,
      rssMb: rssKb / 1024,
      exitCode: run.status ?? -1
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function stat(values: number[]): Stat {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median =
    sorted.length % 2
      ? (sorted[middle] as number)
      : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return { median, min: sorted[0] as number, max: sorted[sorted.length - 1] as number };
}

function summarize(samples: Sample[]): Summary {
  return {
    wall: stat(samples.map(s => s.wall)),
    cpu: stat(samples.map(s => s.cpu)),
    rssMb: stat(samples.map(s => s.rssMb)),
    exitCodes: [...new Set(samples.map(s => s.exitCode))]
  };
}

/** A B A B …, one warm-up pair first (not counted): file caches and disk state are then alike. */
function pairs(a: string[] | Invocation, b: string[] | Invocation, runs: number, warmup: number) {
  const [first, second] = [a, b].map(x => (Array.isArray(x) ? { argv: x } : x)) as [Invocation, Invocation];
  const time = (x: Invocation) => measure(x.argv, x.cwd, x.env, x.stdout);
  for (let i = 0; i < warmup; i++) {
    time(first);
    time(second);
  }
  const as: Sample[] = [];
  const bs: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    as.push(time(first));
    bs.push(time(second));
  }
  const pairwise = (f: (a: Sample, b: Sample) => number) => stat(as.map((s, i) => f(s, bs[i] as Sample)));
  return {
    a: summarize(as),
    b: summarize(bs),
    ratio: {
      wall: pairwise((x, y) => x.wall / Math.max(y.wall, 1e-3)),
      cpu: pairwise((x, y) => x.cpu / Math.max(y.cpu, 1e-3))
    },
    cpuDifferenceMs: pairwise((x, y) => (x.cpu - y.cpu) * 1000)
  };
}

/**
 * A repository of one Dockerfile, the smallest thing the Action and `bulkhead scan` are run on. Its
 * RUN: none; `plain`, words and `&&` (read without the WebAssembly shell parser); `parsed`, the same
 * with a command substitution, which loads tree-sitter-bash.
 */
function oneFileRepository(dir: string, run: 'none' | 'plain' | 'parsed'): string {
  mkdirSync(dir, { recursive: true });
  const lines = ['FROM python:3.12-slim', 'WORKDIR /srv', 'COPY requirements.txt .'];
  const home = run === 'parsed' ? ' --home-dir "$(pwd)"' : '';
  if (run !== 'none')
    lines.push(`RUN pip install --no-cache-dir -r requirements.txt && useradd --uid 10001${home} app`);
  lines.push('COPY . .', 'EXPOSE 8080', 'CMD ["python", "app.py"]', '');
  writeFileSync(join(dir, 'Dockerfile'), lines.join('\n'));
  return dir;
}

/**
 * The start-up cases, each paired with `node -e 0`: `--version`; `bulkhead scan` of a one-file
 * repository (text output, as typed at a terminal); and the Action (`node dist/index.js`) run the way
 * a runner runs it on that repository (bench/action-env.ts, its log read from a pipe), without and with
 * a RUN instruction, and with a RUN that needs the WebAssembly shell parser.
 * `--fail-on none` (the `fail-on` input for the Action): the repository has a finding, and an exit
 * code other than 0 must mean that something broke.
 */
function startupCases(work: string): Record<StartupCase, Invocation> {
  const cli = join(ROOT, 'dist', 'cli.js');
  const scanOf = (repo: string): Invocation => ({
    argv: [process.execPath, cli, 'scan', '.', '--fail-on', 'none'],
    cwd: repo
  });
  const actionOn = (repo: string, name: string): Invocation => ({
    argv: [process.execPath, join(ROOT, 'dist', 'index.js')],
    cwd: repo,
    // A runner reads the Action's log from a pipe.
    stdout: 'pipe',
    env: actionEnvironment({
      root: ROOT,
      workspace: repo,
      temp: join(work, `runner-${name}`),
      inputs: { upload: 'false', 'fail-on': 'none' }
    })
  });
  const plain = oneFileRepository(join(work, 'one-file'), 'none');
  const withRun = oneFileRepository(join(work, 'one-file-run'), 'plain');
  const withParsedRun = oneFileRepository(join(work, 'one-file-parsed-run'), 'parsed');
  return {
    version: { argv: [process.execPath, cli, '--version'] },
    'cli-scan': scanOf(plain),
    'cli-scan-run': scanOf(withRun),
    action: actionOn(plain, 'plain'),
    'action-run': actionOn(withRun, 'run'),
    'action-parsed-run': actionOn(withParsedRun, 'parsed-run')
  };
}

const describeInvocation = (x: Invocation) =>
  x.argv
    .map(arg => (arg === process.execPath ? 'node' : arg.startsWith(ROOT) ? arg.slice(ROOT.length + 1) : arg))
    .join(' ') + (x.cwd && x.cwd !== ROOT ? ' (in a one-file repository)' : '');

const bulkhead = (dir: string) => [
  process.execPath,
  join(ROOT, 'dist', 'cli.js'),
  'scan',
  dir,
  '--format',
  'json',
  '--output',
  '/dev/null',
  '--fail-on',
  'none'
];
const floor = (dir: string) => [process.execPath, join(ROOT, 'bench', 'parse-floor.mjs'), dir];
const secretlint = (dir: string) => [
  process.execPath,
  join(ROOT, 'node_modules', 'secretlint', 'bin', 'secretlint.js'),
  `${dir}/**/*`,
  '--secretlintrcJSON',
  JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }),
  '--format',
  'json',
  '--output',
  '/dev/null'
];

const fmt = (s: Stat, unit: string, digits = 2) =>
  `${s.median.toFixed(digits)}${unit} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;

export function runBench(options: BenchOptions): BenchReport {
  if (!existsSync(join(ROOT, 'dist', 'cli.js')))
    throw new Error('dist/cli.js is missing: run `npm run build`.');
  const { log } = options;
  const warmup = options.warmup ?? 1;
  const work = mkdtempSync(join(tmpdir(), 'bulkhead-bench-'));
  const report: BenchReport = {
    machine: { cpus: availableParallelism(), model: cpus()[0]?.model ?? 'unknown', node: process.version },
    options: { files: options.files, runs: options.runs, scaling: options.scaling },
    trees: {},
    comparisons: {},
    scaling: {},
    startup: {} as BenchReport['startup'],
    goals: []
  };
  const tree = (kind: TreeKind, files: number) => {
    const dir = join(work, `${kind}-${files}`);
    if (!existsSync(dir)) report.trees[`${kind}-${files}`] = generateTree(dir, kind, files);
    return dir;
  };
  const drop = (kind: TreeKind, files: number) =>
    rmSync(join(work, `${kind}-${files}`), { recursive: true, force: true });
  try {
    log(`machine: ${report.machine.cpus} CPUs (${report.machine.model}), Node ${process.version}`);
    if (!existsSync(BASH)) log(`${BASH} is missing: CPU and peak RSS are not measured.`);
    else if (!existsSync(TIME)) log(`${TIME} is missing (Debian package: time): peak RSS is not measured.`);
    const cases = startupCases(work);
    for (const [name, invocation] of Object.entries(cases) as [StartupCase, Invocation][]) {
      const pair = pairs(invocation, [process.execPath, '-e', '0'], options.runs, warmup);
      report.startup[name] = {
        command: describeInvocation(invocation) + (invocation.env ? ' with the runner environment' : ''),
        run: pair.a,
        bareNode: pair.b,
        cpuAboveNodeMs: pair.cpuDifferenceMs
      };
      log(
        `start-up ${name}: CPU ${fmt(pair.a.cpu, ' s', 3)}, node -e 0 ${fmt(pair.b.cpu, ' s', 3)}, above node ${fmt(pair.cpuDifferenceMs, ' ms', 0)}`
      );
    }

    const realistic = tree('realistic', options.files);
    const vsFloor = pairs(bulkhead(realistic), floor(realistic), options.runs, warmup);
    report.comparisons['bulkhead-vs-floor'] = vsFloor;
    log(
      `realistic ${options.files}: bulkhead wall ${fmt(vsFloor.a.wall, ' s')}, CPU ${fmt(vsFloor.a.cpu, ' s')}, RSS ${fmt(vsFloor.a.rssMb, ' MB', 0)}`
    );
    log(
      `  parse-only floor: wall ${fmt(vsFloor.b.wall, ' s')}, CPU ${fmt(vsFloor.b.cpu, ' s')}, RSS ${fmt(vsFloor.b.rssMb, ' MB', 0)}`
    );
    log(`  bulkhead/floor: wall ${fmt(vsFloor.ratio.wall, '×')}, CPU ${fmt(vsFloor.ratio.cpu, '×')}`);
    if (options.secretlint) {
      const vsSecretlint = pairs(bulkhead(realistic), secretlint(realistic), options.runs, warmup);
      report.comparisons['bulkhead-vs-secretlint'] = vsSecretlint;
      log(
        `  secretlint (recommended preset): wall ${fmt(vsSecretlint.b.wall, ' s')}, CPU ${fmt(vsSecretlint.b.cpu, ' s')}`
      );
      log(
        `  bulkhead/secretlint: wall ${fmt(vsSecretlint.ratio.wall, '×')}, CPU ${fmt(vsSecretlint.ratio.cpu, '×')}`
      );
    }
    drop('realistic', options.files);

    for (const kind of ['realistic', 'dense'] as const) {
      report.scaling[kind] = [];
      for (const files of options.scaling) {
        const dir = tree(kind, files);
        const pair = pairs(bulkhead(dir), floor(dir), options.runs, warmup);
        drop(kind, files);
        const summary = pair.a;
        const cpuPerFileMs = (summary.cpu.median / files) * 1000;
        const floorCpuPerFileMs = (pair.b.cpu.median / files) * 1000;
        report.scaling[kind].push({
          files,
          summary,
          cpuPerFileMs,
          floor: pair.b,
          floorCpuPerFileMs,
          wallRatio: pair.ratio.wall
        });
        log(
          `${kind} ${files}: wall ${fmt(summary.wall, ' s')}, CPU ${fmt(summary.cpu, ' s')}, RSS ${fmt(summary.rssMb, ' MB', 0)}, ${cpuPerFileMs.toFixed(3)} ms CPU/file`
        );
        log(
          `  parse-only floor: wall ${fmt(pair.b.wall, ' s')}, CPU ${fmt(pair.b.cpu, ' s')}, ${floorCpuPerFileMs.toFixed(3)} ms CPU/file; bulkhead/floor wall ${fmt(pair.ratio.wall, '×')}`
        );
      }
    }
    report.goals = evaluateGoals(report);
    const failed = [
      ...Object.entries(report.startup).map(([name, pair]) => [`start-up ${name}`, pair.run] as const),
      ...Object.entries(report.comparisons).flatMap(([name, c]) => [[`${name} (A)`, c.a] as const]),
      ...Object.entries(report.scaling).flatMap(([kind, series]) =>
        series.map(p => [`${kind} ${p.files}`, p.summary] as const)
      )
    ].filter(([, summary]) => summary.exitCodes.some(code => code !== 0));
    for (const [name] of failed)
      log(`warning: bulkhead exited with a code other than 0 in ${name}: its figures do not count.`);
    log('');
    log('| goal | measured | met |');
    log('| --- | --- | --- |');
    for (const g of report.goals)
      log(
        `| ${g.goal} | ${g.measured} | ${g.reference ? '—' : g.met === undefined ? 'not measured' : g.met ? 'yes' : 'no'} |`
      );
    writeFileSync(options.json, `${JSON.stringify(report, null, 2)}\n`);
    log(`report: ${options.json}`);
    return report;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * The CPU of each file added between two sizes of the series: start-up and JIT warm-up are paid once
 * per process, so they weigh on the per-file figure of a small tree but not on this one, which shows
 * whether anything grows faster than linearly.
 */
function describeMarginalCost(series: readonly ScalingPoint[], of: (point: ScalingPoint) => Summary): string {
  const steps = series.slice(1).map((point, k) => {
    const before = series[k] as ScalingPoint;
    const ms = ((of(point).cpu.median - of(before).cpu.median) / (point.files - before.files)) * 1000;
    return `${ms.toFixed(3)} ms from ${before.files} to ${point.files}`;
  });
  return steps.length ? `; each added file ${steps.join(', ')}` : '';
}

/** `1000: 0.736 ms, 10000: 0.206 ms; spread 498%` and the marginal costs, for one side of the series. */
function describePerFile(
  series: readonly ScalingPoint[],
  perFile: (point: ScalingPoint) => number,
  of: (point: ScalingPoint) => Summary
): { text: string; spread?: number } {
  const figures = series.map(perFile);
  const spread = figures.length > 1 ? Math.max(...figures) / Math.min(...figures) - 1 : undefined;
  return {
    text:
      series.map(p => `${p.files}: ${perFile(p).toFixed(3)} ms`).join(', ') +
      (spread === undefined ? '' : `; spread ${(spread * 100).toFixed(0)}%`) +
      describeMarginalCost(series, of),
    spread
  };
}

function evaluateGoals(report: BenchReport): Goal[] {
  const goals: Goal[] = [];
  for (const kind of ['realistic', 'dense']) {
    const series = report.scaling[kind] ?? [];
    const own = describePerFile(
      series,
      p => p.cpuPerFileMs,
      p => p.summary
    );
    goals.push({
      goal: `${kind}: CPU per file flat from 1k to 100k files (within 20%)`,
      measured: own.text,
      met:
        own.spread === undefined || !series.some(p => p.files >= 100000) || !series.some(p => p.files <= 1000)
          ? undefined
          : own.spread <= 0.2
    });
    // The same figure for a process that only reads and parses: what Node's start and JIT warm-up
    // alone make of "per file" at each size.
    const floorSide = describePerFile(
      series,
      p => p.floorCpuPerFileMs,
      p => p.floor
    );
    goals.push({
      goal: `${kind}: the parse-only floor's CPU per file on the same trees, for reference`,
      measured:
        floorSide.text +
        (series.length
          ? `; wall bulkhead/floor ${series.map(p => `${p.files}: ${fmt(p.wallRatio, '×')}`).join(', ')}`
          : ''),
      reference: true
    });
  }
  const at = (kind: string, files: number) => report.scaling[kind]?.find(p => p.files === files)?.summary;
  const big = at('realistic', 100000);
  goals.push({
    goal: 'realistic 100,000 files: wall < 30 s on 2 cores, peak RSS < 1 GB',
    measured: big ? `${fmt(big.wall, ' s')}, ${fmt(big.rssMb, ' MB', 0)}` : 'size not in this run',
    met: big ? big.wall.median < 30 && big.rssMb.max < 1024 : undefined
  });
  const dense = at('dense', 10000);
  goals.push({
    goal: 'dense 10,000 files: < 5 s',
    measured: dense ? `wall ${fmt(dense.wall, ' s')}` : 'size not in this run',
    met: dense ? dense.wall.median < 5 : undefined
  });
  const vsFloor = report.comparisons['bulkhead-vs-floor'];
  if (vsFloor)
    goals.push({
      goal: `realistic ${report.options.files} files: wall bulkhead/parse-only floor <= 1.0`,
      measured: fmt(vsFloor.ratio.wall, '×'),
      met: vsFloor.ratio.wall.median <= 1
    });
  const vsSecretlint = report.comparisons['bulkhead-vs-secretlint'];
  if (vsSecretlint)
    goals.push({
      goal: `realistic ${report.options.files} files: CPU bulkhead/secretlint (recommended preset), for reference`,
      measured: fmt(vsSecretlint.ratio.cpu, '×'),
      reference: true
    });
  const above = (name: StartupCase) => report.startup[name].cpuAboveNodeMs;
  const ms = (s: Stat) => fmt(s, ' ms', 0);
  goals.push({
    goal: '`--version`: CPU above `node -e 0` < 80 ms',
    measured: ms(above('version')),
    met: above('version').median < 80
  });
  goals.push({
    goal: 'the Action on a one-file repository: CPU above `node -e 0` < 80 ms',
    measured: `no RUN ${ms(above('action'))}; with a RUN ${ms(above('action-run'))}`,
    met: above('action').median < 80 && above('action-run').median < 80
  });
  goals.push({
    goal: 'the Action on a one-file repository whose RUN loads the WebAssembly shell parser, for reference',
    measured: ms(above('action-parsed-run')),
    reference: true
  });
  goals.push({
    goal: '`bulkhead scan` of a one-file repository: CPU above `node -e 0`, for reference',
    measured: `no RUN ${ms(above('cli-scan'))}; with a RUN ${ms(above('cli-scan-run'))}`,
    reference: true
  });
  return goals;
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      files: { type: 'string' },
      runs: { type: 'string' },
      scaling: { type: 'string' },
      'no-secretlint': { type: 'boolean' },
      json: { type: 'string' },
      tiny: { type: 'boolean' }
    }
  });
  const tiny = values.tiny ?? false;
  const sizes = values.scaling ?? (tiny ? '100,300' : '1000,10000,100000');
  runBench({
    files: Number(values.files ?? positionals[0] ?? (tiny ? 300 : 10000)),
    runs: Number(values.runs ?? (tiny ? 1 : 5)),
    scaling: sizes === 'none' ? [] : sizes.split(',').map(Number),
    secretlint: !values['no-secretlint'],
    json: values.json ?? join(tmpdir(), 'bulkhead-bench-report.json'),
    log: line => console.log(line)
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
