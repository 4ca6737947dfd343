import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { zstdRawFrame } from '../../../test/builders/image-fixture.js';
import { createZstdDecompressor, zstdWindowSize } from './zstd-decompressor.js';

async function decompress(input: Buffer): Promise<Buffer> {
  const chunks: Buffer[] = [];
  await pipeline(Readable.from([input]), createZstdDecompressor(), async (source: AsyncIterable<Buffer>) => {
    for await (const chunk of source) chunks.push(chunk);
  });
  return Buffer.concat(chunks);
}

describe('zstd decompression', () => {
  it('decompresses frames of raw blocks, across block boundaries', async () => {
    const data = Buffer.from('0123456789abcdef'.repeat(20_000));
    expect(await decompress(zstdRawFrame(data))).toEqual(data);
    expect(await decompress(zstdRawFrame(Buffer.alloc(0)))).toEqual(Buffer.alloc(0));
  });

  it('reads the window a frame asks for', () => {
    expect(zstdWindowSize(Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x00, 0x38]))).toBe(128 * 1024);
    // Single segment, 4-byte content size 2^31: the window is the whole content.
    expect(zstdWindowSize(Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0xa0, 0, 0, 0, 0x80]))).toBe(2 ** 31);
    expect(zstdWindowSize(Buffer.from([0x28, 0xb5, 0x2f]))).toBe('incomplete');
    expect(zstdWindowSize(Buffer.from('not zstd'))).toBeUndefined();
  });

  it('refuses a frame that needs more than a 128 MiB window (libzstd’s default limit)', async () => {
    const frame = Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0xa0, 0, 0, 0, 0x80, 0, 0, 0]);
    const native = 'createZstdDecompress' in (await import('node:zlib'));
    await expect(decompress(frame)).rejects.toThrow(native ? /./ : /window/);
  });

  it('fails on corrupt data', async () => {
    const frame = zstdRawFrame(Buffer.from('hello'));
    await expect(decompress(frame.subarray(0, frame.length - 2))).rejects.toThrow();
  });
});
