import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Worker } from 'node:worker_threads';
import type { SourceFile } from './scan-documents.js';
import type { RepositoryFacts } from '../core/repository.js';
import type { ChunkReply, ChunkRequest, ChunkResult, WorkerSetup } from './scan-chunk.js';

/** More workers than this gain little on a scan and each costs its own heap and bundle compile. */
export const MAX_DEFAULT_JOBS = 8;

/**
 * Below this many target files a scan runs in-thread. A worker costs about 0.12 s of CPU to start
 * (compiling its bundle, and loading the shell parser's WebAssembly again) and runs cold (its own JIT
 * warm-up and heap): about 1 s of CPU more than the single thread on a realistic tree of 700
 * targets, while a target costs 1.5-2 ms once warm. Under about a thousand targets its share does
 * not pay for it.
 */
export const POOL_MIN_TARGETS = 1000;

/**
 * Files per chunk when workers run: small enough that the threads finish close together and that
 * this thread, scanning its own share, is back soon to refill the workers; large enough that the
 * messages cost nothing next to the scan.
 */
export const POOL_CHUNK = 16;

/**
 * The worker entry beside the running bundle: dist/cli.js and dist/index.js both resolve it to
 * dist/scan-worker.js. From the sources (Jest, tsx) there is no `scan-worker.js` next to this module,
 * and the scan runs in-thread.
 */
export const SCAN_WORKER_URL = new URL('./scan-worker.js', import.meta.url);

export interface PoolSizeOptions {
  /** `--jobs`: 1 means no workers; default: defaultJobs(). */
  jobs?: number;
  /** Target files to scan. */
  targets: number;
  /** Chunks those files make (never more workers than chunks). */
  chunks: number;
  /** Threshold under which no worker starts (tests lower it). */
  minTargets?: number;
  workerUrl?: URL;
}

/**
 * `--jobs` when not given: one thread per core, at most MAX_DEFAULT_JOBS. A worker costs CPU (it
 * compiles its bundle and warms up cold), so it pays only when a core is free for it: on an idle
 * 2-core machine one worker took a Dockerfile-dense scan of 5,000 targets from 7.3 to 6.2 s of wall
 * time for 15% more CPU, while on a machine whose cores other jobs hold it cost 35-45% more CPU for
 * no shorter wall time (bench/README.md). CI runners are not shared, so two cores get a worker;
 * `--jobs 1` turns it off.
 */
export function defaultJobs(cores = availableParallelism()): number {
  return Math.max(1, Math.min(cores, MAX_DEFAULT_JOBS));
}

/** How many worker threads to start beside this one (`jobs` counts this thread): 0 means none. */
export function poolSize(options: PoolSizeOptions): number {
  const jobs = options.jobs ?? defaultJobs();
  if (jobs <= 1 || options.targets < (options.minTargets ?? POOL_MIN_TARGETS)) return 0;
  if (!existsSync(fileURLToPath(options.workerUrl ?? SCAN_WORKER_URL))) return 0;
  return Math.max(0, Math.min(jobs - 1, options.chunks - 1));
}

/**
 * Worker threads started ahead of the scan. They start while this thread still reads the files and
 * builds the cross-file facts, so their cold start (compiling the bundle, loading the shell parser,
 * a first scan of a small sample) overlaps that serial part instead of delaying their first chunk.
 * The facts travel with each worker's first chunk.
 */
export interface ScanWorkers {
  slots: Slot[];
}

interface Slot {
  worker: Worker;
  /** Chunks sent and not answered yet (index and file count), in the order sent (a worker answers in that order). */
  inFlight: { index: number; files: number }[];
  /** Retired or failed: its exit is expected and its events are ignored. */
  gone: boolean;
  /** Whether the facts went with a chunk already. */
  factsSent: boolean;
  /** Set by runScanPool; before it, a reply (none is asked for) or a failure retires the worker. */
  onReply?: (reply: ChunkReply) => void;
  onFail?: () => void;
}

/**
 * A worker's young generation, in MB. Node 22 and 24 let it grow to 64 MB semi-spaces where Node 20
 * kept 16 MB, and a scan's short-lived parse trees fill them: on Node 24 a worker of the Dockerfile-dense
 * 10,000-file scan held about 100 MB more (peak RSS 480-525 MB against 367-406 MB with this limit),
 * for no less CPU. Node 20's workers stay as they were.
 */
export const WORKER_YOUNG_GENERATION_MB = 32;
const WORKER_LIMITS = { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB };

/** Starts `count` worker threads with `setup` (a failed start only means one worker fewer). */
export function startScanWorkers(
  count: number,
  setup: WorkerSetup,
  workerUrl = SCAN_WORKER_URL
): ScanWorkers {
  const slots: Slot[] = [];
  if (count <= 0) return { slots };
  // Loaded here, not at start: most scans start no worker, and the module costs 5-7 ms to load.
  const { Worker } = process.getBuiltinModule('node:worker_threads');
  for (let i = 0; i < count; i++) {
    try {
      const slot: Slot = {
        worker: new Worker(workerUrl, { workerData: setup, resourceLimits: WORKER_LIMITS }),
        inFlight: [],
        gone: false,
        factsSent: false
      };
      slot.worker.on('message', (reply: ChunkReply) => (slot.onReply ? slot.onReply(reply) : retire(slot)));
      // A reply that cannot be read here, a crash, an exit: what the worker held is scanned here.
      const failed = () => (slot.onFail ? slot.onFail() : retire(slot));
      slot.worker.on('messageerror', failed);
      slot.worker.on('error', failed);
      slot.worker.on('exit', failed);
      slots.push(slot);
    } catch {
      // No worker (a resource limit): this thread scans its share.
    }
  }
  return { slots };
}

/** Stops every worker (after the scan, or when the scan ends early). */
export function stopScanWorkers(workers: ScanWorkers): void {
  for (const slot of workers.slots) retire(slot);
}

function retire(slot: Slot): void {
  if (slot.gone) return;
  slot.gone = true;
  void slot.worker.terminate();
}

export interface PoolRun {
  /** The chunks, in scan order. Each slot is emptied once its result is in, so its texts can go. */
  chunks: (SourceFile[] | undefined)[];
  /** The cross-file facts, sent with each worker's first chunk. */
  facts: RepositoryFacts;
  /** Worker threads beside this one, from startScanWorkers. */
  workers: ScanWorkers;
  /** Scans a chunk in this thread: its share of the chunks, and any chunk whose worker failed or died. */
  scanHere: (sources: SourceFile[]) => ChunkResult;
  /** Called before a chunk goes to a worker (to let go of what this thread holds for its files). */
  onDispatch?: (sources: SourceFile[]) => void;
  /** Receives every chunk's result exactly once, in chunk order. */
  onResult: (outcome: ChunkResult, index: number) => void;
  /**
   * Per chunk, whether it is of the workers' lane (chunkByLane): workers take those first, this thread
   * the others, and either takes the other lane's next chunk once its own is done. Default: one lane.
   */
  workerLane?: readonly boolean[];
}

/**
 * The files in chunks of `size`, in order, the last ones smaller when workers run: a thread that runs
 * out of chunks waits for those the others still hold (up to IN_FLIGHT each), so the chunks of the
 * last round (one more per thread) are a quarter of the size, and the threads finish closer together.
 */
export function chunkFiles<T>(files: readonly T[], size: number, workers: number): T[][] {
  const small = Math.max(1, Math.floor(size / 4));
  const tail = workers > 0 ? Math.min(files.length, (workers + 1) * (IN_FLIGHT + 1) * size) : 0;
  const chunks: T[][] = [];
  const head = files.length - tail;
  for (let i = 0; i < head; i += size) chunks.push(files.slice(i, Math.min(i + size, head)));
  for (let i = head; i < files.length; i += small) chunks.push(files.slice(i, i + small));
  return chunks;
}

/**
 * chunkFiles' chunks, each cut again where the files change lanes (`inWorkerLane`), so that a chunk is
 * all of one kind: the workers take the chunks of their lane first and this thread the others, and
 * each thread warms up on fewer parsers and rules (see runScanPool). A scan whose files are all of one
 * lane gets chunkFiles' chunks unchanged.
 */
export function chunkByLane<T>(
  files: readonly T[],
  size: number,
  workers: number,
  inWorkerLane: (file: T) => boolean
): { chunks: T[][]; workerLane: boolean[] } {
  const chunks: T[][] = [];
  const workerLane: boolean[] = [];
  for (const chunk of chunkFiles(files, size, workers)) {
    let start = 0;
    for (let i = 1; i <= chunk.length; i++) {
      const lane = inWorkerLane(chunk[start] as T);
      if (i < chunk.length && inWorkerLane(chunk[i] as T) === lane) continue;
      chunks.push(start === 0 && i === chunk.length ? chunk : chunk.slice(start, i));
      workerLane.push(lane);
      start = i;
    }
  }
  return { chunks, workerLane };
}

/**
 * Chunks queued per worker, so it never waits for this thread to finish a chunk of its own (a chunk
 * here can take several of the worker's when a garbage collection or another process interrupts it).
 */
const IN_FLIGHT = 4;

/**
 * Scans the chunks on this thread and the started workers, all taking the next chunk in order.
 * This thread takes part: it has no bundle to compile again, while each worker starts cold (its own
 * bundle compile, JIT and heap). Results are handed on in chunk order whatever order they finish in,
 * so the merged output is the single-threaded one. A worker that fails on a chunk (an exception, a
 * result that cannot be cloned) or dies (a crash, a failed start) costs only time: those chunks are
 * scanned here. The workers are stopped at the end.
 */
export async function runScanPool(run: PoolRun): Promise<void> {
  const { chunks } = run;
  const slots = run.workers.slots;
  const finished = new Map<number, ChunkResult>();
  const redo: number[] = [];
  const next = nextChunks(chunks.length, run.workerLane);
  let delivered = 0;
  let failure: { error: unknown } | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    const resume = wake;
    wake = undefined;
    resume?.();
  };
  const deliver = (index: number, outcome: ChunkResult) => {
    finished.set(index, outcome);
    chunks[index] = undefined;
    for (let next = finished.get(delivered); next; next = finished.get(delivered)) {
      finished.delete(delivered);
      run.onResult(next, delivered);
      delivered++;
    }
  };
  const fail = (slot: Slot) => {
    if (slot.gone) return;
    retire(slot);
    for (const { index } of slot.inFlight) redo.push(index);
    slot.inFlight = [];
    notify();
  };
  const onReply = (slot: Slot, reply: ChunkReply) => {
    if (slot.gone || slot.inFlight[0]?.index !== reply.index) return fail(slot);
    slot.inFlight.shift();
    if ('error' in reply) redo.push(reply.index);
    else
      try {
        deliver(reply.index, reply.outcome);
      } catch (error) {
        failure ??= { error };
      }
    notify();
  };
  for (const slot of slots) {
    slot.onReply = reply => onReply(slot, reply);
    slot.onFail = () => fail(slot);
  }

  try {
    while (delivered < chunks.length) {
      if (failure) throw failure.error;
      for (const slot of slots)
        while (!slot.gone && wantsMore(slot)) {
          const index = next(true);
          if (index === undefined) break;
          const sources = chunks[index] as SourceFile[];
          run.onDispatch?.(sources);
          slot.inFlight.push({ index, files: sources.length });
          const request: ChunkRequest = slot.factsSent
            ? { index, sources }
            : { index, sources, facts: run.facts };
          slot.factsSent = true;
          slot.worker.postMessage(request);
        }
      const index = redo.shift() ?? next(false);
      if (index !== undefined) {
        deliver(index, run.scanHere(chunks[index] as SourceFile[]));
        // Rules are synchronous: a turn of the event loop lets the workers' replies (and the CLI's
        // progress line) in between chunks.
        await nextTurn();
      } else if (delivered < chunks.length) await new Promise<void>(resume => (wake = resume));
    }
  } finally {
    stopScanWorkers(run.workers);
  }
}

/**
 * Whether a worker gets another chunk: up to IN_FLIGHT chunks, or more while it holds fewer than
 * POOL_CHUNK files (the chunks of a lane are as short as the runs of its files in scan order, often
 * one file, and a worker that waits for this thread to finish a chunk before it gets the next idles).
 */
function wantsMore(slot: Slot): boolean {
  if (slot.inFlight.length < IN_FLIGHT) return true;
  let files = 0;
  for (const chunk of slot.inFlight) files += chunk.files;
  return files < POOL_CHUNK;
}

/**
 * Hands out each chunk index once, in order within a lane: `next(true)` (a worker) the next chunk of
 * the workers' lane, `next(false)` (this thread) the next of the other lane, each falling back on the
 * other lane when its own is done. Without lanes, both take the next chunk in order.
 */
function nextChunks(
  count: number,
  workerLane: readonly boolean[] = []
): (forWorker: boolean) => number | undefined {
  const taken = new Uint8Array(count);
  const cursor = { true: 0, false: 0 };
  const inLane = (index: number, lane: boolean) => (workerLane[index] ?? false) === lane;
  const take = (lane: boolean): number | undefined => {
    const key = lane ? 'true' : 'false';
    let index = cursor[key];
    while (index < count && (taken[index] || !inLane(index, lane))) index++;
    cursor[key] = index;
    if (index >= count) return undefined;
    taken[index] = 1;
    return index;
  };
  return forWorker => take(forWorker) ?? take(!forWorker);
}
