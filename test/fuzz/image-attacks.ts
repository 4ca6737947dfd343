/**
 * Built images as attacks, through the fixture builder (test/builders/image-fixture.ts): tar
 * entries escaping the root, link loops and links to devices, odd whiteouts, gzip and zstd bombs,
 * deeply nested indexes, and byte damage to any file of the layout or archive.
 */
import { createHash } from 'node:crypto';
import {
  gzipZeroFileLayer,
  zstdZeroFileLayer,
  type FixtureEntry,
  type FixtureFile,
  type FixtureForm,
  type FixtureSpec
} from '../builders/image-fixture.js';
import { MediaTypes } from '../../src/targets/image/media-types.js';
import { Random } from './random.js';

export type ImageAttack = (random: Random) => Promise<FixtureSpec>;

const MiB = 1024 * 1024;

/** Files the layer scanner reads by name (credentials, keys, configs): where bombs and links hurt most. */
const SENSITIVE_NAMES = [
  'root/.docker/config.json',
  'app/.env',
  'etc/shadow',
  'root/.ssh/id_rsa',
  'Files/Users/ContainerAdministrator/.docker/config.json',
  'app/appsettings.json',
  'etc/containerd/config.toml',
  'etc/docker/daemon.json'
];

function pickForm(random: Random): FixtureForm {
  return random.pick<FixtureForm>([
    'oci-layout',
    'oci-layout',
    'oci-archive',
    'docker-save',
    'docker-save-25'
  ]);
}

const tarEscapes: ImageAttack = async random => {
  const entries: FixtureEntry[] = [
    { path: '../../../etc/passwd', content: 'root:x:0:0::/root:/bin/sh\n' },
    { path: '/abs/root/.docker/config.json', content: '{"auths":{"x":{"auth":"dXNlcjpwYXNz"}}}' },
    { path: 'a/../../b/.env', content: 'PASSWORD=hunter2-but-longer\n' },
    { path: './../x', content: 'x' },
    { path: '', content: '' },
    { path: '.', type: 'directory' },
    { path: 'a/./b/../../../../c', type: 'directory' },
    { path: 'x'.repeat(random.pick([100, 255, 4096])) + '/id_rsa', content: 'k' },
    { path: 'C:\\Windows\\System32\\config\\SAM', content: 'sam' }
  ];
  return { form: pickForm(random), images: [{ config: { User: 'root' }, layers: [{ entries }] }] };
};

const linkTricks: ImageAttack = async random => {
  const entries: FixtureEntry[] = [
    { path: 'loop/a', type: 'symlink', linkname: 'b' },
    { path: 'loop/b', type: 'symlink', linkname: 'a' },
    { path: 'loop/self', type: 'symlink', linkname: '.' },
    { path: 'root/.docker/config.json', type: 'symlink', linkname: '/dev/zero' },
    { path: 'etc/shadow', type: 'link', linkname: 'does/not/exist' },
    { path: 'app/.env', type: 'link', linkname: 'app/.env' },
    { path: 'root/.ssh/id_rsa', type: 'symlink', linkname: '../../../../../../proc/self/environ' },
    { path: 'etc/docker/daemon.json', type: 'symlink', linkname: random.pick(['', '/', '../'.repeat(500)]) }
  ];
  return { form: pickForm(random), images: [{ layers: [{ entries }, { entries: entries.slice(0, 3) }] }] };
};

const whiteouts: ImageAttack = async random => {
  const entries: FixtureEntry[] = [
    { path: 'app/.env', content: 'API_TOKEN=abcd1234abcd1234abcd\n' },
    { path: 'app/.wh..wh..opq', content: '' },
    { path: '.wh..wh..opq', content: '' },
    { path: 'app/.wh.', content: '' },
    { path: 'app/.wh...', content: '' },
    { path: 'app/.wh.../../etc/shadow', content: '' },
    { path: '.wh.' + 'x'.repeat(300), content: '' },
    { path: 'Files/.wh.Windows', content: '' }
  ];
  const layers = Array.from({ length: random.pick([2, 10, 300]) }, (_, i) => ({
    entries: i % 2 === 0 ? entries.slice(0, 1) : entries
  }));
  return { form: 'oci-layout', images: [{ layers }] };
};

const compressionBombs: ImageAttack = async random => {
  const name = random.pick(SENSITIVE_NAMES);
  const zstd = random.chance(0.5);
  const blob = zstd
    ? zstdZeroFileLayer(name, random.pick([64 * MiB, 4096 * MiB]))
    : await gzipZeroFileLayer(name, random.pick([20 * MiB, 64 * MiB]));
  return {
    form: 'oci-layout',
    images: [
      {
        config: { User: 'ContainerAdministrator' },
        layers: [{ blob, mediaType: zstd ? MediaTypes.ociLayerZstd : MediaTypes.ociLayerGzip }]
      }
    ]
  };
};

const sha256 = (bytes: Buffer) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

/** Rewrites index.json to point through `levels` nested indexes (or an index that names itself). */
function nestIndexes(files: Map<string, FixtureFile>, levels: number): void {
  const top = files.get('index.json');
  if (!Buffer.isBuffer(top)) return;
  let current = top;
  for (let i = 0; i < levels; i++) {
    const digest = sha256(current);
    files.set(`blobs/sha256/${digest.slice(7)}`, current);
    current = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: MediaTypes.ociIndex,
        manifests: [{ mediaType: MediaTypes.ociIndex, digest, size: current.length }]
      })
    );
  }
  files.set('index.json', current);
}

/** Byte damage to one file of the layout/archive: flips, truncation, emptiness, deep JSON, wrong types. */
function damage(files: Map<string, FixtureFile>, random: Random): void {
  const names = [...files.keys()].sort();
  const name = random.pick(names);
  const bytes = files.get(name);
  if (!Buffer.isBuffer(bytes)) return;
  const copy = Buffer.from(bytes);
  switch (random.below(6)) {
    case 0:
      for (let i = random.between(1, 8); i > 0 && copy.length > 0; i--)
        copy[random.below(copy.length)] = random.below(256);
      files.set(name, copy);
      break;
    case 1:
      files.set(name, copy.subarray(0, random.below(copy.length + 1)));
      break;
    case 2:
      files.delete(name);
      break;
    case 3:
      files.set(name, Buffer.from('['.repeat(5000) + ']'.repeat(5000)));
      break;
    case 4:
      files.set(
        name,
        Buffer.from(
          random.pick([
            'null',
            '5',
            '"x"',
            '{}',
            '{"manifests": 5}',
            '{"schemaVersion": 2, "manifests": [null, 1, {"digest": "sha256:../../etc/passwd"}]}'
          ])
        )
      );
      break;
    default:
      files.set(name, { symlink: random.pick(['/dev/zero', '../../../../etc/passwd', name]) });
  }
}

const damagedImage: ImageAttack = async random => {
  const sub = new Random(random.below(2 ** 31));
  const form = pickForm(random);
  const nest = form !== 'docker-save' && random.chance(0.3) ? random.pick([50, 2000]) : 0;
  return {
    form,
    images: [
      {
        os: random.pick(['linux', 'windows', '', 'x'.repeat(1000)]),
        config: random.pick([
          { User: 'root', Env: ['PASSWORD=hunter2hunter2'] },
          { User: 5, Env: 'x' },
          { Env: Array.from({ length: 50_000 }, (_, i) => `V${i}=x`) },
          {}
        ]),
        history: random.pick([
          [{ created_by: '/bin/sh -c #(nop) USER root' }],
          Array.from({ length: 5000 }, () => ({ created_by: 'RUN ' + '$('.repeat(100), empty_layer: true }))
        ]),
        layers: [{ entries: [{ path: 'app/.env', content: 'TOKEN=abcdabcdabcdabcdabcd\n' }] }]
      }
    ],
    mutate: files => {
      if (nest) nestIndexes(files, nest);
      for (let i = sub.between(1, 3); i > 0; i--) damage(files, sub);
    },
    ...(form !== 'oci-layout' && random.chance(0.2) ? { truncateArchiveTo: random.between(0, 4000) } : {}),
    ...(form !== 'oci-layout' && random.chance(0.2) ? { gzipArchive: true } : {})
  };
};

export const IMAGE_ATTACKS: Readonly<Record<string, ImageAttack>> = {
  'image-tar-escapes': tarEscapes,
  'image-link-tricks': linkTricks,
  'image-whiteouts': whiteouts,
  'image-compression-bombs': compressionBombs,
  'image-damaged': damagedImage
};
