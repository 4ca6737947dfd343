import { chunkFiles, defaultJobs, POOL_MIN_TARGETS, poolSize, SCAN_WORKER_URL } from './scan-pool.js';

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
