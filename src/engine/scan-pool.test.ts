import type { ChunkResult, WorkerSetup } from './scan-chunk.js';
import type { SourceFile } from './scan-documents.js';
import { EMPTY_REPOSITORY } from '../core/repository.js';
import { DEFAULT_RULE_SETTINGS } from '../core/settings.js';
import {
  chunkByLane,
  chunkFiles,
  defaultJobs,
  POOL_MIN_TARGETS,
  poolSize,
  runScanPool,
  SCAN_WORKER_URL,
  startScanWorkers,
  WORKER_YOUNG_GENERATION_MB
} from './scan-pool.js';

// A file that exists, standing in for a built worker entry.
const PRESENT = new URL(import.meta.url);

describe('poolSize', () => {
  it('starts no worker for --jobs 1 or for a scan below the threshold', () => {
    expect(poolSize({ jobs: 1, targets: 5000, chunks: 157, workerUrl: PRESENT })).toBe(0);
    expect(poolSize({ jobs: 4, targets: POOL_MIN_TARGETS - 1, chunks: 7, workerUrl: PRESENT })).toBe(0);
  });

  it('counts this thread as one of the jobs and never starts more workers than it has chunks for', () => {
    expect(poolSize({ jobs: 4, targets: 5000, chunks: 157, workerUrl: PRESENT })).toBe(3);
    expect(poolSize({ jobs: 8, targets: 40, chunks: 2, minTargets: 0, workerUrl: PRESENT })).toBe(1);
  });

  it('stays in-thread when no worker entry sits beside the module (the sources, under Jest)', () => {
    expect(SCAN_WORKER_URL.pathname.endsWith('/src/engine/scan-worker.js')).toBe(true);
    expect(poolSize({ jobs: 4, targets: 5000, chunks: 157 })).toBe(0);
  });
});

describe('defaultJobs', () => {
  it('uses every core up to eight, and no worker on one core', () => {
    expect(defaultJobs(1)).toBe(1);
    expect(defaultJobs(2)).toBe(2);
    expect(defaultJobs(4)).toBe(4);
    expect(defaultJobs(64)).toBe(8);
  });
});

describe('chunkFiles', () => {
  // 1,000 Dockerfiles of a monorepo, in scan order.
  const files = Array.from(
    { length: 1000 },
    (_, i) => `services/svc-${Math.floor(i / 20)}/app-${i % 20}/Dockerfile`
  );

  it('keeps every file once, in order, in chunks of the given size with smaller ones at the end', () => {
    const chunks = chunkFiles(files, 16, 1);
    expect(chunks.flat()).toEqual(files);
    const sizes = chunks.map(chunk => chunk.length);
    // One worker and this thread: two threads, each with the chunks in flight plus one, of 16 files.
    const tail = 2 * 5 * 16;
    expect(sizes.slice(0, Math.ceil((1000 - tail) / 16) - 1).every(size => size === 16)).toBe(true);
    expect(sizes.slice(-tail / 4)).toEqual(Array.from({ length: tail / 4 }, () => 4));
  });

  it('cuts equal chunks when this thread scans alone, and copes with fewer files than a tail', () => {
    expect(chunkFiles(files, 128, 0).map(chunk => chunk.length)).toEqual([
      128, 128, 128, 128, 128, 128, 128, 104
    ]);
    expect(chunkFiles(files.slice(0, 10), 16, 3)).toEqual([
      files.slice(0, 4),
      files.slice(4, 8),
      files.slice(8, 10)
    ]);
    expect(chunkFiles([], 16, 1)).toEqual([]);
  });
});

// A package of a monorepo, in scan order: Dockerfiles between manifests, Compose files and configs.
const APPS = Array.from({ length: 40 }, (_, i) => `app-${String(i).padStart(2, '0')}`);
const MONOREPO = APPS.flatMap(app => [
  `apps/${app}/.dockerignore`,
  `apps/${app}/Dockerfile`,
  `apps/${app}/Dockerfile.dev`,
  `apps/${app}/compose.yaml`,
  `apps/${app}/k8s/deployment.yaml`,
  `apps/${app}/k8s/service.yaml`,
  `apps/${app}/worker/Dockerfile`
]);
const isDockerfile = (path: string) => /(^|\/)Dockerfile[^/]*$/.test(path);

describe('chunkByLane', () => {
  it('cuts chunks where the files change lanes, keeping every file once and in order', () => {
    const { chunks, workerLane } = chunkByLane(MONOREPO, 16, 1, isDockerfile);
    expect(chunks.flat()).toEqual(MONOREPO);
    expect(chunks.slice(0, 5)).toEqual([
      ['apps/app-00/.dockerignore'],
      ['apps/app-00/Dockerfile', 'apps/app-00/Dockerfile.dev'],
      ['apps/app-00/compose.yaml', 'apps/app-00/k8s/deployment.yaml', 'apps/app-00/k8s/service.yaml'],
      ['apps/app-00/worker/Dockerfile'],
      ['apps/app-01/.dockerignore']
    ]);
    expect(workerLane.slice(0, 5)).toEqual([false, true, false, true, false]);
    expect(chunks.every((chunk, i) => chunk.every(file => isDockerfile(file) === workerLane[i]))).toBe(true);
    // Never more than a chunk of chunkFiles: the sixteenth file starts a new chunk (app-02's compose.yaml).
    expect(chunks.flat().indexOf('apps/app-02/compose.yaml')).toBe(17);
    expect(chunks.find(chunk => chunk.includes('apps/app-02/compose.yaml'))?.[0]).toBe(
      'apps/app-02/compose.yaml'
    );
    expect(Math.max(...chunks.map(chunk => chunk.length))).toBeLessThanOrEqual(16);
  });

  it('gives the chunks of chunkFiles when all the files are of one lane', () => {
    const dockerfiles = Array.from({ length: 300 }, (_, i) => `svc-${i}/Dockerfile`);
    const { chunks, workerLane } = chunkByLane(dockerfiles, 16, 1, isDockerfile);
    expect(chunks).toEqual(chunkFiles(dockerfiles, 16, 1));
    expect(workerLane.every(lane => lane)).toBe(true);
  });
});

const SETUP: WorkerSetup = {
  settings: DEFAULT_RULE_SETTINGS,
  ruleIds: [],
  ignores: { list: [], today: '2026-12-05', configDir: '/repo', cwd: '/repo' }
};

describe('startScanWorkers', () => {
  it("caps each worker's young generation (Node 24 lets it grow to 64 MB semi-spaces)", async () => {
    const reporter = new URL(
      `data:text/javascript,${encodeURIComponent(
        "import { parentPort, resourceLimits } from 'node:worker_threads'; parentPort.postMessage(resourceLimits);"
      )}`
    );
    const { slots } = startScanWorkers(1, SETUP, reporter);
    const worker = slots[0]?.worker;
    if (!worker) throw new Error('no worker started');
    const limits = await new Promise<{ maxYoungGenerationSizeMb?: number }>(done =>
      worker.once('message', done)
    );
    await worker.terminate();
    expect(limits.maxYoungGenerationSizeMb).toBe(WORKER_YOUNG_GENERATION_MB);
  });
});

describe('runScanPool with lanes', () => {
  // A stand-in worker that answers each chunk with the chunk's files as its own.
  const STAND_IN = new URL(
    `data:text/javascript,${encodeURIComponent(
      [
        "import { parentPort } from 'node:worker_threads';",
        'parentPort.on("message", ({ index, sources }) => parentPort.postMessage({ index, outcome: {',
        '  result: { findings: [], notes: [], files: sources.map(s => ({ path: `worker ${s.path}`, target: "dockerfile" })), complete: true },',
        '  expiredIgnores: [] } }));'
      ].join('\n')
    )}`
  );

  it('gives the worker its lane and this thread the other, and hands every result on once, in order', async () => {
    const sources: SourceFile[] = MONOREPO.map(path => ({ path, text: '' }));
    const { chunks, workerLane } = chunkByLane(sources, 16, 1, s => isDockerfile(s.path));
    const results: { index: number; files: string[] }[] = [];
    const here = (chunk: SourceFile[]): ChunkResult => ({
      result: {
        findings: [],
        notes: [],
        files: chunk.map(s => ({ path: `here ${s.path}`, target: 'kubernetes' })),
        complete: true
      },
      expiredIgnores: []
    });
    await runScanPool({
      chunks,
      workerLane,
      facts: EMPTY_REPOSITORY,
      workers: startScanWorkers(1, SETUP, STAND_IN),
      scanHere: here,
      onResult: (outcome, index) => results.push({ index, files: outcome.result.files.map(f => f.path) })
    });
    expect(results.map(r => r.index)).toEqual(chunks.map((_, i) => i));
    const files = results.flatMap(r => r.files);
    expect(files.map(file => file.replace(/^(worker|here) /, ''))).toEqual(MONOREPO);
    // Each thread starts on its own lane (later, either may take the other's once its own is done).
    expect(files.slice(0, 7)).toEqual(
      MONOREPO.slice(0, 7).map(path => `${isDockerfile(path) ? 'worker' : 'here'} ${path}`)
    );
  });
});
