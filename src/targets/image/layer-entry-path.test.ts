import { ancestorsOf, classifyLayerEntry } from './layer-entry-path.js';

describe('classifyLayerEntry', () => {
  it.each([
    ['etc/passwd', { kind: 'path', path: 'etc/passwd' }],
    ['./etc/passwd', { kind: 'path', path: 'etc/passwd' }],
    ['/etc//ssl/./x.key', { kind: 'path', path: 'etc/ssl/x.key' }],
    ['a/b/../c', { kind: 'path', path: 'a/c' }],
    ['../../etc/passwd', { kind: 'escape' }],
    ['a/../../b', { kind: 'escape' }],
    ['./', { kind: 'ignored' }],
    ['app/.wh..env', { kind: 'whiteout', path: 'app/.env' }],
    ['.wh.tmp', { kind: 'whiteout', path: 'tmp' }],
    ['opt/cache/.wh..wh..opq', { kind: 'opaque', dir: 'opt/cache' }],
    ['.wh..wh..opq', { kind: 'opaque', dir: '' }],
    ['etc/.wh..wh.plnk', { kind: 'ignored' }],
    ['etc/.wh.', { kind: 'ignored' }],
    ['Files/x.key', { kind: 'path', path: 'Files/x.key' }]
  ])('linux %s', (name, expected) => {
    expect(classifyLayerEntry(name, false)).toEqual(expected);
  });

  it.each([
    ['Files/Users/a/.ssh/id_rsa', { kind: 'path', path: 'Users/a/.ssh/id_rsa' }],
    ['files\\Users\\a\\.env', { kind: 'path', path: 'Users/a/.env' }],
    ['Files', { kind: 'ignored' }],
    ['Hives/SOFTWARE_Delta', { kind: 'ignored' }],
    ['UtilityVM/Files/id_rsa', { kind: 'ignored' }],
    ['Files/../Hives/x', { kind: 'ignored' }],
    ['Files/../../x', { kind: 'escape' }],
    ['Files/Temp/.wh.old', { kind: 'whiteout', path: 'Temp/old' }]
  ])('windows %s', (name, expected) => {
    expect(classifyLayerEntry(name, true)).toEqual(expected);
  });
});

describe('ancestorsOf', () => {
  it('lists strict ancestors, nearest last', () => {
    expect(ancestorsOf('a/b/c')).toEqual(['a', 'a/b']);
    expect(ancestorsOf('a')).toEqual([]);
  });
});
