import { partitionPoint } from './partition-point.js';

describe('partitionPoint', () => {
  it('finds where a sorted list stops being below a value, as a linear scan does', () => {
    for (let length = 0; length <= 9; length++) {
      const list = Array.from({ length }, (_, i) => Math.floor(i / 2) * 3); // duplicates, gaps
      for (let sought = -1; sought <= 14; sought++) {
        const linear = list.findIndex(value => value >= sought);
        expect([length, sought, partitionPoint(length, i => (list[i] as number) < sought)]).toEqual([
          length,
          sought,
          linear < 0 ? length : linear
        ]);
      }
    }
  });

  it('asks only about indexes in range, about log2(n) times', () => {
    const asked: number[] = [];
    const point = partitionPoint(1000, i => {
      asked.push(i);
      return i < 617;
    });
    expect(point).toBe(617);
    expect(asked.every(i => i >= 0 && i < 1000)).toBe(true);
    expect(asked.length).toBeLessThanOrEqual(10);
  });
});
