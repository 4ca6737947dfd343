import { defaultJobs, POOL_MIN_TARGETS, poolSize, SCAN_WORKER_URL } from './scan-pool.js';

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
