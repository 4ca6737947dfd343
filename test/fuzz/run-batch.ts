/**
 * One batch: a temporary directory with the planted known-good files and each input under its own
 * folder, scanned by the real CLI as a child process under a time and memory limit, then judged.
 */
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildImage, type BuiltImage } from '../builders/image-fixture.js';
import type { FuzzFile, FuzzInput } from './fuzz-input.js';

const HERE = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = join(HERE, '..', '..');

/** Files planted in every batch and the findings they must keep producing, whatever sits next to them. */
export const PLANTED_FILES: { path: string; text: string; ruleId: string }[] = [
  {
    path: 'planted/windows/Dockerfile',
    text: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nUSER ContainerAdministrator\n',
    ruleId: 'BH102'
  },
  {
    path: 'planted/k8s/pod.yaml',
    text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: planted\nspec:\n  containers:\n    - name: app\n      image: nginx:1.27\n      securityContext:\n        privileged: true\n',
    ruleId: 'BH501'
  }
];

export interface ScanLimits {
  /** CPU-time limit for one CLI run (and how long its CPU time may stand still); wall time gets 20x. */
  timeoutMs: number;
  /** Peak resident memory allowed to the CLI process. */
  maxRssMb: number;
  /** V8 heap limit given to the CLI (`--max-old-space-size`). */
  maxHeapMb: number;
}

/** How to start the scanner: the node arguments before `scan` (default: the built dist/cli.js). */
export type CliCommand = string[];
export const DEFAULT_CLI: CliCommand = [join(REPO_ROOT, 'dist', 'cli.js')];

export type FailureKind = 'crash' | 'hang' | 'memory' | 'lost-finding' | 'incomplete';

export interface Failure {
  kind: FailureKind;
  /** One line that identifies the failure (used to decide that a shrunk input still fails the same way). */
  signature: string;
  detail: string;
}

export interface ScanOutcome {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
  maxRssKb?: number;
  cpuMs?: number;
  wallMs: number;
}

function writeFuzzFile(root: string, file: FuzzFile): void {
  const path = join(root, file.path);
  mkdirSync(dirname(path), { recursive: true });
  try {
    if ('bytes' in file) writeFileSync(path, file.bytes);
    else if ('symlink' in file) symlinkSync(file.symlink, path);
    else if ('directory' in file) mkdirSync(path, { recursive: true });
    else execFileSync('mkfifo', [path]);
  } catch (error) {
    // Two generated names can collide (`a` as a file and as a folder); the input is still worth scanning.
    if (
      (error as NodeJS.ErrnoException).code !== 'EEXIST' &&
      (error as NodeJS.ErrnoException).code !== 'ENOTDIR'
    )
      throw error;
  }
}

/** Where input #index lives inside a batch directory. */
export function inputFolder(index: number): string {
  return `in-${String(index).padStart(6, '0')}`;
}

export interface PreparedBatch {
  dir: string;
  images: BuiltImage[];
  cleanup(): void;
}

/** Writes the planted files and every input (images are built into their own temporary directories). */
export async function prepareBatch(inputs: readonly FuzzInput[]): Promise<PreparedBatch> {
  const dir = mkdtempSync(join(tmpdir(), 'bulkhead-fuzz-'));
  for (const planted of PLANTED_FILES)
    writeFuzzFile(dir, { path: planted.path, bytes: Buffer.from(planted.text) });
  const images: BuiltImage[] = [];
  for (const input of inputs) {
    const folder = join(dir, inputFolder(input.index));
    mkdirSync(folder, { recursive: true });
    for (const file of input.files) writeFuzzFile(folder, file);
    if (input.image) images.push(await buildImage(input.image));
  }
  return {
    dir,
    images,
    cleanup() {
      rmSync(dir, { recursive: true, force: true });
      for (const image of images) rmSync(image.dir, { recursive: true, force: true });
    }
  };
}

/** Runs `scan DIR --format json` (plus `--image` for each built image) under the limits. */
export function runScan(
  dir: string,
  imagePaths: readonly string[],
  limits: ScanLimits,
  cli: CliCommand = DEFAULT_CLI
): Promise<ScanOutcome> {
  const usageFile = join(dir, '..', `${dir.split('/').pop()}.usage.json`);
  const args = [
    `--max-old-space-size=${limits.maxHeapMb}`,
    '--import',
    join(HERE, 'report-usage.mjs'),
    ...cli,
    'scan',
    '.',
    '--format',
    'json',
    '--fail-on',
    'none',
    ...imagePaths.flatMap(path => ['--image', path])
  ];
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: dir,
      env: { ...process.env, BULKHEAD_DEBUG: '1', BULKHEAD_FUZZ_USAGE_FILE: usageFile, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe']
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    let timedOut = false;
    const kill = () => {
      timedOut = true;
      child.kill('SIGKILL');
    };
    // The limit is on CPU time, read from /proc: on a loaded machine (2 cores, many processes) wall time
    // runs ten times ahead of CPU time and says little about a hang. A process whose CPU time stops moving
    // for as long as the limit is blocked (a FIFO, a lock): also a hang. Wall time is the backstop, and
    // the only measure where /proc is missing.
    const measured = child.pid !== undefined && readCpuMs(child.pid) !== undefined;
    const wallTimer = setTimeout(kill, limits.timeoutMs * (measured ? WALL_BACKSTOP_FACTOR : 1));
    let lastCpuMs = -1;
    let lastProgress = Date.now();
    const cpuTimer = setInterval(() => {
      const cpuMs = child.pid ? readCpuMs(child.pid) : undefined;
      if (cpuMs === undefined) return;
      if (cpuMs > limits.timeoutMs) kill();
      if (cpuMs !== lastCpuMs) {
        lastCpuMs = cpuMs;
        lastProgress = Date.now();
      } else if (Date.now() - lastProgress > limits.timeoutMs) kill();
    }, 250);
    const timer = { close: () => (clearTimeout(wallTimer), clearInterval(cpuTimer)) };
    child.on('error', reject);
    child.on('close', (exitCode, signal) => {
      timer.close();
      let usage: { maxRssKb?: number; cpuMs?: number } = {};
      try {
        usage = JSON.parse(readFileSync(usageFile, 'utf8')) as typeof usage;
        rmSync(usageFile, { force: true });
      } catch {
        // Killed or crashed before the exit hook ran: no measurement.
      }
      resolve({
        exitCode,
        signal,
        timedOut,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        ...usage,
        wallMs: Date.now() - started
      });
    });
  });
}

/** User plus system CPU time of a running process (Linux /proc), in ms. */
function readCpuMs(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesised command name: state is field 3, utime 14 and stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}
/** Wall time allowed per unit of the CPU-time limit before a run counts as hung anyway. */
const WALL_BACKSTOP_FACTOR = 20;
/** USER_HZ: 100 on every Linux architecture Node runs on. */
const CLOCK_TICKS = 100;

/** A stack frame line (`    at fn (file:1:2)`) anywhere in stderr. */
const STACK_FRAME = /^\s+at .+(:\d+:\d+\)?|\(native\))$/m;

/** The first line that says what went wrong, with numbers and paths made generic. */
function firstErrorLine(stderr: string): string {
  const line =
    stderr.split('\n').find(l => /error|exception|exceeded|fatal|abort/i.test(l)) ??
    stderr.split('\n').find(l => l.trim() !== '') ??
    '';
  // The innermost named frame of the scanner tells root causes with the same message apart.
  const frame = /^\s+at (?!RegExp|new RegExp|Array\.|String\.|JSON\.|Object\.)([\w$.<>]+) \(/m.exec(
    stderr
  )?.[1];
  return `${line}${frame ? ` @ ${frame}` : ''}`
    .replace(/\/tmp\/[^\s'")]+/g, '<tmp>')
    .replace(/\d+/g, 'N')
    .trim()
    .slice(0, 200);
}

/** Notes that explain a failed scan (not the routine skipped/binary/too-large/template ones). */
function errorNotes(stdout: string): string[] {
  const routine = new Set(['skipped', 'template', 'too-large', 'binary', 'symlink', 'expired-ignore']);
  try {
    const report = JSON.parse(stdout) as { notes?: { kind?: string; file?: string; message?: string }[] };
    return (report.notes ?? [])
      .filter(note => !routine.has(note.kind ?? ''))
      .map(note => `${note.kind}: ${note.file ?? ''}: ${note.message ?? ''}`);
  } catch {
    return [];
  }
}

/** Judges one scan: crash, hang, memory blow-up, incomplete scan, or a planted finding that went missing. */
export function judgeScan(
  outcome: ScanOutcome,
  limits: ScanLimits,
  planted = PLANTED_FILES
): Failure | undefined {
  const stderrTail = outcome.stderr.slice(0, 4000);
  if (outcome.timedOut)
    return {
      kind: 'hang',
      signature: 'hang',
      detail: `no result within ${limits.timeoutMs} ms of CPU time (killed)`
    };
  if (
    /heap out of memory|Allocation failed|Invalid string length|Array buffer allocation failed/i.test(
      outcome.stderr
    )
  )
    return { kind: 'memory', signature: `memory: ${firstErrorLine(outcome.stderr)}`, detail: stderrTail };
  if (outcome.maxRssKb !== undefined && outcome.maxRssKb > limits.maxRssMb * 1024)
    return {
      kind: 'memory',
      signature: 'memory: over the RSS limit',
      detail: `peak RSS ${Math.round(outcome.maxRssKb / 1024)} MB > ${limits.maxRssMb} MB`
    };
  if (
    outcome.signal ||
    (outcome.exitCode !== 0 && outcome.exitCode !== 1) ||
    STACK_FRAME.test(outcome.stderr)
  ) {
    const how = outcome.signal ? `signal ${outcome.signal}` : `exit ${outcome.exitCode}`;
    // A scan that finished but calls itself incomplete says why in its notes.
    const notes = errorNotes(outcome.stdout);
    const why = notes[0] ? ` (${notes[0].replace(/\d+/g, 'N').slice(0, 160)})` : '';
    return {
      kind: 'crash',
      signature: `crash (${how}): ${firstErrorLine(outcome.stderr)}${why}`,
      detail: [stderrTail, ...notes].join('\n')
    };
  }
  let report: { complete?: boolean; findings?: { ruleId: string; file: string }[] };
  try {
    report = JSON.parse(outcome.stdout) as typeof report;
  } catch {
    return { kind: 'crash', signature: 'crash: stdout is not JSON', detail: outcome.stdout.slice(0, 2000) };
  }
  const lost = planted.filter(
    file => !report.findings?.some(finding => finding.ruleId === file.ruleId && finding.file === file.path)
  );
  if (lost.length > 0)
    return {
      kind: 'lost-finding',
      signature: 'lost-finding',
      detail: lost.map(file => `${file.ruleId} in ${file.path} is missing`).join('; ')
    };
  if (report.complete === false)
    return { kind: 'incomplete', signature: 'incomplete', detail: 'the JSON report says complete: false' };
  return undefined;
}

/** Prepares, scans and judges a batch of inputs; the directory is removed afterwards unless `keep`. */
export async function scanBatch(
  inputs: readonly FuzzInput[],
  limits: ScanLimits,
  cli: CliCommand = DEFAULT_CLI,
  options: { keep?: boolean } = {}
): Promise<{ failure?: Failure; outcome: ScanOutcome; dir: string }> {
  const batch = await prepareBatch(inputs);
  try {
    const outcome = await runScan(
      batch.dir,
      batch.images.map(image => image.path),
      limits,
      cli
    );
    const failure = judgeScan(outcome, limits);
    return { ...(failure && { failure }), outcome, dir: batch.dir };
  } finally {
    if (!options.keep) batch.cleanup();
  }
}
