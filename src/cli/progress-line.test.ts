import { jest } from '@jest/globals';
import { startProgress } from './progress-line.js';

function fakeStderr(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, write: (text: string) => writes.push(text) } };
}

describe('progress line', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('appears on a terminal only after a second, and is cleared at the end', () => {
    const { writes, stream } = fakeStderr(true);
    const progress = startProgress(stream, {});
    progress.update(10, 100);
    jest.advanceTimersByTime(900);
    expect(writes).toEqual([]);
    jest.advanceTimersByTime(200);
    expect(writes.join('')).toContain('Scanning… 10/100 files');
    progress.stop();
    expect(writes.at(-1)).toBe('\r\u001b[2K');
  });

  it('never writes in CI or when stderr is not a terminal', () => {
    for (const [tty, env] of [
      [true, { CI: 'true' }],
      [false, {}]
    ] as const) {
      const { writes, stream } = fakeStderr(tty);
      const progress = startProgress(stream, env);
      progress.update(1, 2);
      jest.advanceTimersByTime(5000);
      progress.stop();
      expect(writes).toEqual([]);
    }
  });

  it('writes nothing when a fast scan ends before the first second', () => {
    const { writes, stream } = fakeStderr(true);
    const progress = startProgress(stream, {});
    progress.update(1, 1);
    progress.stop();
    jest.advanceTimersByTime(5000);
    expect(writes).toEqual([]);
  });
});
