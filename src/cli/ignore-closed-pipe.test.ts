import { PassThrough } from 'node:stream';
import { ignoreClosedPipe } from './ignore-closed-pipe.js';

function errorWithCode(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`write ${code}`), { code });
}

describe('ignoreClosedPipe', () => {
  test('swallows EPIPE and closes the stream so later writes are dropped', () => {
    const stream = new PassThrough();
    ignoreClosedPipe(stream);
    expect(() => stream.emit('error', errorWithCode('EPIPE'))).not.toThrow();
    expect(stream.destroyed).toBe(true);
  });

  test('lets any other write error surface', () => {
    const stream = new PassThrough();
    ignoreClosedPipe(stream);
    expect(() => stream.emit('error', errorWithCode('ENOSPC'))).toThrow('write ENOSPC');
  });
});
