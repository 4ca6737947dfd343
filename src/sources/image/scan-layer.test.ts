import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import {
  certificateText,
  gzipZeroFileLayer,
  privateKeyText,
  tarEntries,
  zstdRawFrame,
  zstdZeroFileLayer,
  type FixtureEntry
} from '../../../test/builders/image-fixture.js';
import { resolveImageLimits } from '../../targets/image/limits.js';
import type { ImageLimits } from '../../targets/image/model.js';
import { scanLayer, type LayerScan } from './scan-layer.js';

const MiB = 1024 * 1024;

// `zstd -19` (v1.5.4, streaming: 8 MiB window, XXH64 checksum) of a tar holding
// `home/dev/.ssh/id_ed25519` = privateKeyText(3) and `etc/motd` = 'welcome\n' × 50.
const REAL_ZSTD_LAYER =
  'KLUv/QRofQ0AhhtcHwCxBwOU2WdW7U9yoOw+5jAsrfahpaSkhejr///VP7RPAFQAVQDVpjyBzicg76AeV4MBHbYN84wMwi6DrwLYgTTWO4o659Eg' +
  '964/OPmig7GDemq6Ot2BIqnnjCGMNcac884zhB2odwlj7NwwTQU3A/4LmmcYeOIl4F5LmyI8q2Uvk4KVkOPfRMgWvcVOqMoBP00jGP20ZOV7OYz4' +
  'stSg5gYpao0gVK+VHJwSc4huKcc1oFpYjFqiArL+E1Y/fpWMSNBM8DaYhVIGA1Iz9z43KT4bBakCB6iwmSAdt1tQLdbgtt4H3RerzLsu7eG73O5L' +
  'YSjcyPdoP4VpjJRKtxgYJm4lUfNaXJsnxeclQSnCuxkwFacUtMW18USYkunkAs4DmudXgizvEcY6cr56mvdTQQvzgWdkZHRZGkQKQV+AlM20+8cS' +
  'imXmvVXVPdNek8+fbU3VpguKWZhEcwn92AzTtZAPe/xbo4zDbBTbgo2JRRgYIHAtKKUDbES/KFyVj6nEdeMDZAJh3wGiQFUbZHjaHawCTDW7YQ++' +
  'KA4gA2lQAEYASSdIXQFEcB0ywTq4tWym';

async function scan(
  blob: Buffer,
  options: { windows?: boolean; limits?: Partial<ImageLimits>; chunkBytes?: number } = {}
) {
  // Like a file stream: the blob arrives in chunks (64 KiB unless told).
  const size = options.chunkBytes ?? 64 * 1024;
  const raw = Readable.from(
    Array.from({ length: Math.ceil(blob.length / size) }, (_, i) => blob.subarray(i * size, (i + 1) * size))
  );
  const result = await scanLayer(raw, {
    windows: options.windows ?? false,
    limits: resolveImageLimits(options.limits)
  });
  expect(raw.readableEnded || raw.destroyed).toBe(true);
  return result;
}

function paths(result: LayerScan): string[] {
  return result.files.map(file => file.path);
}

const KEY_LAYER: FixtureEntry[] = [
  { path: 'root/.ssh/', type: 'directory' },
  { path: 'root/.ssh/id_rsa', content: privateKeyText() },
  { path: 'srv/tls/server.crt', content: privateKeyText(5) },
  { path: 'etc/ssl/certs/ca.pem', content: certificateText() },
  { path: 'app/config.json', content: '{"port": 8080}' }
];

describe('scanLayer', () => {
  it('finds sensitive files by name and private keys by content, not certificates', async () => {
    const result = await scan(gzipSync(await tarEntries(KEY_LAYER)));
    expect(result.files).toEqual([
      {
        path: 'root/.ssh/id_rsa',
        size: privateKeyText().length,
        sensitiveKind: 'an SSH private key',
        text: privateKeyText()
      },
      { path: 'srv/tls/server.crt', size: privateKeyText(5).length, text: privateKeyText(5) }
    ]);
    expect(result.problems).toEqual([]);
    expect(result.skipped).toBeUndefined();
  });

  it.each([
    ['plain tar', (tar: Buffer) => tar],
    ['gzip', (tar: Buffer) => gzipSync(tar)],
    ['zstd (raw blocks)', (tar: Buffer) => zstdRawFrame(tar)]
  ])('sniffs the compression: %s', async (_name, encode) => {
    const result = await scan(encode(await tarEntries(KEY_LAYER)));
    expect(paths(result)).toEqual(['root/.ssh/id_rsa', 'srv/tls/server.crt']);
  });

  it('reads a real zstd-compressed layer (zstd -19, 8 MiB window, checksum)', async () => {
    const result = await scan(Buffer.from(REAL_ZSTD_LAYER, 'base64'));
    expect(result.files).toEqual([
      {
        path: 'home/dev/.ssh/id_ed25519',
        size: privateKeyText(3).length,
        sensitiveKind: 'an SSH private key',
        text: privateKeyText(3)
      }
    ]);
    expect(result.problems).toEqual([]);
  });

  it('reports a layer of another format as unreadable', async () => {
    const result = await scan(Buffer.from('this is not a tar archive, not even close'.repeat(20)));
    expect(result.skipped).toBe('unreadable');
    expect(result.problems).toEqual([expect.stringMatching(/^could not be read: /)]);
  });

  it('reports a corrupt gzip stream as unreadable', async () => {
    const gz = gzipSync(await tarEntries(KEY_LAYER));
    const result = await scan(gz.subarray(0, gz.length - 20));
    expect(result.problems).toEqual([expect.stringMatching(/^could not be read: /)]);
    expect(result.skipped).toBe('unreadable');
  });

  it('accepts a tar without padding and end-of-archive blocks (umoci 0.4.7)', async () => {
    const tar = await tarEntries(KEY_LAYER.slice(0, 2), { noTrailer: true });
    expect(tar.length % 512).not.toBe(0);
    const result = await scan(gzipSync(tar));
    expect(paths(result)).toEqual(['root/.ssh/id_rsa']);
    expect(result.problems).toEqual([]);
  });

  it('keeps what it found before a tar cut inside an entry, with a note', async () => {
    const tar = await tarEntries([
      { path: 'app/.env', content: 'A=1' },
      { path: 'big.bin', content: Buffer.alloc(4096, 1) }
    ]);
    const result = await scan(tar.subarray(0, 512 * 3));
    expect(paths(result)).toEqual(['app/.env']);
    expect(result.problems).toEqual(['ends in the middle of an entry; the entries before it were scanned']);
    expect(result.skipped).toBeUndefined();
  });

  it('notes a tar cut inside a header, but not one that only lacks its end blocks', async () => {
    const tar = await tarEntries([
      { path: 'app/.env', content: 'A=1' },
      { path: 'app/.npmrc', content: 'x' }
    ]);
    const cut = await scan(tar.subarray(0, 1024 + 300), { chunkBytes: 100 });
    expect(paths(cut)).toEqual(['app/.env']);
    expect(cut.problems).toEqual(['ends in the middle of an entry; the entries before it were scanned']);
    const trailerless = await scan(tar.subarray(0, 2048 + 300), { chunkBytes: 100 });
    expect(paths(trailerless)).toEqual(['app/.env', 'app/.npmrc']);
    expect(trailerless.problems).toEqual([]);
  });

  it('never follows links: a symlink or hardlink named like a secret is not content', async () => {
    const result = await scan(
      await tarEntries([
        { path: 'app/.env', type: 'symlink', linkname: '/run/secrets/env' },
        { path: 'root/.ssh/id_rsa', type: 'symlink', linkname: '../../etc/passwd' },
        { path: 'etc/passwd', content: 'root:x:0:0::/root:/bin/sh\n' },
        { path: 'home/.npmrc', type: 'link', linkname: 'etc/passwd' }
      ])
    );
    expect(result.files).toEqual([]);
  });

  it('ignores entries that climb out of the root, with one note; absolute names are rooted', async () => {
    const result = await scan(
      await tarEntries([
        { path: '../../etc/passwd', content: 'x' },
        { path: 'a/../../root/.ssh/id_rsa', content: privateKeyText() },
        { path: '/srv/app/.env', content: 'A=1' },
        { path: './srv/./x/../.npmrc', content: '//registry/:_authToken=x' }
      ])
    );
    expect(paths(result)).toEqual(['srv/app/.env', 'srv/.npmrc']);
    expect(result.problems).toEqual([
      "2 entries whose path leaves the image root were ignored (first: '../../etc/passwd')"
    ]);
  });

  it('skips binary files and files over MAX_TEXT_BYTES for key material', async () => {
    const key = privateKeyText();
    const result = await scan(
      await tarEntries([
        {
          path: 'bin/tool',
          content: Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0]), Buffer.from(key)])
        },
        { path: 'var/big.txt', content: key + 'x'.repeat(64 * 1024) },
        { path: 'var/small.txt', content: `header\n${key}` }
      ])
    );
    expect(paths(result)).toEqual(['var/small.txt']);
  });

  it('reads Windows layers: Files/ stripped, Hives/ and UtilityVM/ never reported', async () => {
    const result = await scan(
      await tarEntries([
        { path: 'Files', type: 'directory' },
        { path: 'Files/Users/ContainerAdministrator/.ssh/id_rsa', content: privateKeyText() },
        { path: 'Files\\inetpub\\wwwroot\\.env', content: 'A=1' },
        {
          path: 'Hives/SOFTWARE_Delta',
          content: Buffer.concat([Buffer.from('regf'), Buffer.from(privateKeyText())])
        },
        { path: 'UtilityVM/Files/id_rsa', content: privateKeyText() },
        { path: 'Files/Windows/.wh.Temp' }
      ]),
      { windows: true }
    );
    expect(paths(result)).toEqual(['Users/ContainerAdministrator/.ssh/id_rsa', 'inetpub/wwwroot/.env']);
    expect(result.removals.removes('windows/temp/x.log')).toBe(true);
  });

  it('records whiteouts and opaque directories, never as files', async () => {
    const result = await scan(
      await tarEntries([
        { path: 'app/.wh..env' },
        { path: 'opt/cache/.wh..wh..opq' },
        { path: 'opt/cache/new.key', content: 'k' },
        { path: 'etc/.wh..wh.plnk' }
      ])
    );
    expect(paths(result)).toEqual(['opt/cache/new.key']);
    expect(result.removals.removes('app/.env')).toBe(true);
    expect(result.removals.removes('opt/cache/old/server.key')).toBe(true);
    expect(result.removals.removes('etc/plnk')).toBe(false);
  });

  describe('bomb guards', () => {
    it('stops a gzip bomb at the ratio limit with a note; small compressed, huge output', async () => {
      const bomb = await gzipZeroFileLayer('zeros.bin', 64 * MiB);
      expect(bomb.length).toBeLessThan(128 * 1024);
      const result = await scan(bomb);
      expect(result.skipped).toBe('compression ratio over the limit');
      expect(result.problems).toEqual([
        'was not read to its end: it expands more than 200 times (a decompression bomb?)'
      ]);
    });

    it('stops a zstd bomb claiming 8 GiB after the first 16 MiB', async () => {
      const bomb = zstdZeroFileLayer('zeros.bin', 8 * 1024 * MiB);
      expect(bomb.length).toBeLessThan(300 * 1024);
      const result = await scan(bomb);
      expect(result.skipped).toBe('compression ratio over the limit');
    });

    it('streams a large layer with bounded memory', async () => {
      // 512 MiB of output read with the ratio guard off: only the uncompressed limit applies.
      const layer = zstdZeroFileLayer('zeros.bin', 512 * MiB);
      const before = process.memoryUsage().rss;
      let peak = before;
      const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
      const result = await scan(layer, { limits: { maxCompressionRatio: Number.MAX_SAFE_INTEGER } });
      clearInterval(timer);
      expect(result.problems).toEqual([]);
      expect(peak - before).toBeLessThan(128 * MiB);
    });

    it.each([
      [
        { maxUncompressedLayerBytes: 64 * 1024 },
        'uncompressed size over the limit',
        'it expands to more than 64 KiB'
      ],
      [{ maxLayerBytes: 64 * 1024 }, 'blob over the size limit', 'its blob is larger than 64 KiB'],
      [{ maxEntriesPerLayer: 3 }, 'too many entries', 'it has more than 3 entries']
    ])('%j → skipped with a note', async (limits, skipped, message) => {
      const entries = Array.from({ length: 40 }, (_, i) => ({
        path: `data/${i}.bin`,
        content: Buffer.alloc(4096, i)
      }));
      const tar = await tarEntries([{ path: 'app/.env', content: 'A=1' }, ...entries]);
      const result = await scan(tar, { limits, chunkBytes: 4096 });
      expect(result.skipped).toBe(skipped);
      expect(result.problems).toEqual([`was not read to its end: ${message}`]);
      expect(paths(result)).toEqual(['app/.env']);
    });

    it.each([
      [{ maxUncompressedLayerBytes: 72 * 1024 }, 'uncompressed size over the limit', 'gzip'],
      [{ maxUncompressedLayerBytes: 72 * 1024 }, 'uncompressed size over the limit', 'plain'],
      [{ maxLayerBytes: 72 * 1024 }, 'blob over the size limit', 'plain']
    ])('%j keeps a file that ends just before the limit (%s, %s)', async (limits, skipped, compression) => {
      // A lockfile-sized run of files, then a credential file whose bytes all lie before the limit.
      const before = Array.from({ length: 15 }, (_, i) => ({
        path: `usr/share/doc/pkg${i}/copyright`,
        content: Buffer.alloc(4096, 0x61 + i)
      }));
      const after = Array.from({ length: 20 }, (_, i) => ({
        path: `usr/lib/mod${i}.so`,
        content: Buffer.alloc(4096, i)
      }));
      const tar = await tarEntries([
        ...before,
        { path: 'srv/app/.npmrc', content: '//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n' },
        ...after
      ]);
      const blob = compression === 'gzip' ? gzipSync(tar, { level: 0 }) : tar;
      const result = await scan(blob, { limits, chunkBytes: 1024 });
      expect(result.skipped).toBe(skipped);
      expect(paths(result)).toEqual(['srv/app/.npmrc']);
    });
  });
});
