import { LayerRemovals, markDeletedFiles } from './layer-removals.js';
import type { ImageFile } from './model.js';

describe('LayerRemovals', () => {
  it('removes whited-out paths and everything below them', () => {
    const layer = new LayerRemovals(false);
    layer.addWhiteout('app/.env');
    layer.addWhiteout('opt/cache');
    expect(layer.removes('app/.env')).toBe(true);
    expect(layer.removes('opt/cache/a/b.key')).toBe(true);
    expect(layer.removes('app/.env.local')).toBe(false);
    expect(layer.removes('opt/cache2/x')).toBe(false);
  });

  it('removes what an opaque directory hides, the root included', () => {
    const layer = new LayerRemovals(false);
    layer.addOpaque('srv');
    expect(layer.removes('srv/a/id_rsa')).toBe(true);
    expect(layer.removes('srv')).toBe(false);
    const root = new LayerRemovals(false);
    root.addOpaque('');
    expect(root.removes('anything')).toBe(true);
  });

  it('treats an entry at the same path, or a non-directory at an ancestor, as a replacement', () => {
    const layer = new LayerRemovals(false);
    layer.addEntry('etc', true);
    layer.addEntry('etc/app.key', false);
    layer.addEntry('srv', false);
    layer.addEntry('data/keys', true);
    expect(layer.removes('etc/app.key')).toBe(true);
    expect(layer.removes('etc/other.key')).toBe(false);
    expect(layer.removes('srv/tls/server.key')).toBe(true);
    expect(layer.removes('data/keys')).toBe(true);
    expect(layer.removes('data/keys/a.key')).toBe(false);
  });

  it('compares Windows paths case-insensitively', () => {
    const layer = new LayerRemovals(true);
    layer.addEntry('Users/App/.ENV', false);
    expect(layer.removes('users/app/.env')).toBe(true);
  });

  it('holds many entries (grows, sorts once)', () => {
    const layer = new LayerRemovals(false);
    for (let i = 0; i < 20_000; i++) layer.addEntry(`usr/share/doc/${i}/README`, false);
    expect(layer.removes('usr/share/doc/19999/README')).toBe(true);
    expect(layer.removes('usr/share/doc/20000/README')).toBe(false);
    layer.addEntry('late/entry', false);
    expect(layer.removes('late/entry')).toBe(true);
  });
});

describe('markDeletedFiles', () => {
  it('marks the lowest higher layer that removes each file, never the file’s own layer or lower ones', () => {
    const file = (path: string, layerIndex: number): ImageFile => ({
      path,
      layerIndex,
      layerDigest: 'd',
      size: 1
    });
    const files = [file('a/.env', 0), file('b/.env', 1), file('c/.env', 2)];
    const layers = [0, 1, 2, 3].map(() => new LayerRemovals(false));
    layers[0]!.addWhiteout('b/.env');
    layers[2]!.addWhiteout('a/.env');
    layers[3]!.addWhiteout('a/.env');
    layers[3]!.addWhiteout('b/.env');
    markDeletedFiles(files, [layers[0], undefined, layers[2], layers[3]]);
    expect(files.map(f => f.deletedInLayer)).toEqual([2, 3, undefined]);
  });
});
