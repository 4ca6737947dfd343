import { isLinuxRoot, isWindowsAdmin } from './user-names.js';

describe('isLinuxRoot', () => {
  it.each([
    'root',
    '0',
    '00',
    '000',
    '+0',
    '-0',
    'root:root',
    'root:0',
    'root:1000',
    '0:0',
    '0:1000',
    '00:wheel',
    ' root ',
    '"root"',
    "'0'",
    '"root:root"'
  ])('%p is root', user => {
    expect(isLinuxRoot(user)).toBe(true);
  });

  it.each([
    'ROOT',
    'Root',
    '1000',
    '1000:0',
    'nobody:root',
    '65532',
    'nonroot',
    'rootless',
    'root2',
    'toor',
    '0x0',
    '10',
    '01',
    '',
    ':0',
    '"root',
    'ContainerAdministrator',
    '$USER'
  ])('%p is not root', user => {
    expect(isLinuxRoot(user)).toBe(false);
  });
});

describe('isWindowsAdmin', () => {
  it.each([
    'ContainerAdministrator',
    'containeradministrator',
    'CONTAINERADMINISTRATOR',
    'User Manager\\ContainerAdministrator',
    'Administrator',
    '.\\Administrator',
    'CONTOSO\\Administrator',
    'NT AUTHORITY\\SYSTEM',
    'nt authority\\system',
    'SYSTEM',
    'System',
    'LocalSystem',
    'NT AUTHORITY\\LocalSystem',
    '"ContainerAdministrator"',
    "'NT AUTHORITY\\SYSTEM'",
    '  ContainerAdministrator  ',
    'NT AUTHORITY\\\\SYSTEM'
  ])('%p is admin-equivalent', user => {
    expect(isWindowsAdmin(user)).toBe(true);
  });

  it.each([
    'ContainerUser',
    'User Manager\\ContainerUser',
    'NT AUTHORITY\\Local Service',
    'NT AUTHORITY\\LocalService',
    'NT AUTHORITY\\Network Service',
    'NT AUTHORITY\\NetworkService',
    'Administrators',
    'BUILTIN\\Users',
    'SYSTEM\\ContainerUser',
    'Administrator\\app',
    'root',
    '0',
    'app',
    'ContainerAdmin',
    'Administrator2',
    '',
    '"'
  ])('%p is not admin-equivalent', user => {
    expect(isWindowsAdmin(user)).toBe(false);
  });
});
