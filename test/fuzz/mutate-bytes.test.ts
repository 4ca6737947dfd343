import { describe, expect, it } from '@jest/globals';
import { mutateBytes } from './mutate-bytes.js';
import { Random } from './random.js';

describe('mutateBytes', () => {
  it('never returns more than a little over the scan size limit, however often its output is mutated again', () => {
    const lines = Array.from({ length: 40 }, (_, i) => `RUN echo line-${i} && apt-get install -y pkg-${i}\n`);
    let largest = 0;
    for (let seed = 1; seed <= 3; seed++) {
      const random = new Random(seed);
      let bytes = Buffer.from(lines.join(''));
      // Fed back into itself, as stacked rounds do: repeated line duplication grew this past 512 MiB.
      for (let round = 0; round < 300; round++) {
        bytes = Buffer.from(mutateBytes(bytes, random, []).bytes);
        largest = Math.max(largest, bytes.length);
      }
    }
    expect(largest).toBeGreaterThan(5 * 1024 * 1024);
    expect(largest).toBeLessThanOrEqual(6 * 1024 * 1024);
  });
});
