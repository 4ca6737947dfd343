import { normaliseArchiveName, resolveArchiveEntry, type ArchiveEntry } from './archive-index.js';

function entries(list: [string, string, string?][]): Map<string, ArchiveEntry> {
  return new Map(
    list.map(([name, type, linkname]) => [name, { name, type, size: 1, ...(linkname && { linkname }) }])
  );
}

describe('normaliseArchiveName', () => {
  it.each([
    ['./manifest.json', 'manifest.json'],
    ['/blobs//sha256/./ab', 'blobs/sha256/ab'],
    ['a/b/../c', 'a/c'],
    ['../etc/passwd', undefined],
    ['./', undefined]
  ])('%s → %s', (name, expected) => {
    expect(normaliseArchiveName(name)).toBe(expected);
  });
});

describe('resolveArchiveEntry', () => {
  const archive = entries([
    ['abc.tar', 'file'],
    ['v1/layer.tar', 'symlink', '../abc.tar'],
    ['v2/layer.tar', 'symlink', '../v1/layer.tar'],
    ['hard.tar', 'link', 'abc.tar'],
    ['loop/a', 'symlink', 'b'],
    ['loop/b', 'symlink', 'a'],
    ['out/layer.tar', 'symlink', '../../etc/passwd'],
    ['abs/layer.tar', 'symlink', '/etc/passwd'],
    ['dir', 'directory'],
    ['dangling', 'symlink', 'nothing.tar']
  ]);

  it('follows symlinks relative to their directory, chains and hardlinks, within the archive', () => {
    expect(resolveArchiveEntry(archive, 'abc.tar')?.name).toBe('abc.tar');
    expect(resolveArchiveEntry(archive, './v1/layer.tar')?.name).toBe('abc.tar');
    expect(resolveArchiveEntry(archive, 'v2/layer.tar')?.name).toBe('abc.tar');
    expect(resolveArchiveEntry(archive, 'hard.tar')?.name).toBe('abc.tar');
  });

  it.each(['loop/a', 'out/layer.tar', 'abs/layer.tar', 'dir', 'dangling', 'missing'])(
    'leads nowhere from %s',
    name => {
      expect(resolveArchiveEntry(archive, name)).toBeUndefined();
    }
  );
});
