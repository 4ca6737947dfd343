import { parseManifests } from './parse-manifests.js';
import {
  misreadEscape,
  printableUserName,
  runAsUserNameFields,
  runAsUserNameProblems
} from './run-as-user-name.js';
import { parseYamlDocuments } from '../yaml/parse-yaml-documents.js';

describe('runAsUserNameProblems', () => {
  it.each([
    'ContainerUser',
    'ContainerAdministrator',
    'NT AUTHORITY\\NETWORK SERVICE',
    'NT AUTHORITY\\LOCAL SERVICE',
    'NT AUTHORITY\\SYSTEM',
    'User Manager\\ContainerUser',
    'CONTOSO\\svc-app',
    'contoso.example.com\\svc',
    'a-b.c\\user',
    'ABCDEFGHIJKLMNO\\user', // 15-character NetBIOS name
    `${'d'.repeat(63)}.${'d'.repeat(63)}.${'d'.repeat(63)}.${'d'.repeat(63)}\\u`, // 255-byte DNS name
    'u'.repeat(104),
    `domain\\${'é'.repeat(52)}`, // 104 bytes
    'NT AUTHORITY\u2028ocal service', // what `"NT AUTHORITY\Local service"` becomes: valid, but wrong
    'user name with spaces'
  ])('accepts %j', value => {
    expect(runAsUserNameProblems(value)).toEqual([]);
  });

  it.each([
    ['', 'it is empty'],
    ['Container\tUser', 'control character'],
    ['Container\x7fUser', 'control character'],
    ['a\\b\\c', 'more than one backslash'],
    ['\\user', "domain ''"],
    ['NT AUTHORITY XYZ\\user', "domain 'NT AUTHORITY XYZ'"], // 16 characters, and a space is not DNS
    ['.\\user', "domain '.'"], // Windows' local-machine shorthand is neither form
    ['my_domain.example\\user', 'neither a NetBIOS'],
    ['-bad.example.com.\\user', 'neither a NetBIOS'],
    ['DOMAIN\\', 'user name is empty'],
    ['u'.repeat(105), 'longer than 104 bytes'],
    [`domain\\${'é'.repeat(53)}`, 'longer than 104 bytes'],
    ['...', 'only dots or spaces'],
    ['DOMAIN\\   ', 'only dots or spaces'],
    ['DOMAIN/user', "contains '/'"],
    ['user@contoso.com', "contains '@'"],
    ['us[er]', "contains '['"],
    ['a=b', "contains '='"],
    ['a"b', `contains '"'`]
  ])('rejects %j (%s)', (value, problem) => {
    expect(runAsUserNameProblems(value).join('; ')).toContain(problem);
  });

  it('treats a 16-character NetBIOS-looking name that is a valid DNS label as DNS', () => {
    expect(runAsUserNameProblems('abcdefghijklmnop\\user')).toEqual([]);
  });

  it('rejects a 256-byte domain', () => {
    const domain = `${'d'.repeat(63)}.${'d'.repeat(63)}.${'d'.repeat(63)}.${'d'.repeat(64)}`;
    expect(runAsUserNameProblems(`${domain}\\u`).join('; ')).toContain('256 bytes or longer');
  });

  it('reports several user problems at once', () => {
    expect(runAsUserNameProblems('D\\' + '@'.repeat(105))).toHaveLength(2);
  });
});

function scalar(yaml: string) {
  const node = parseYamlDocuments(`value: ${yaml}\n`).documents[0]?.root.get('value');
  if (!node) throw new Error('no node');
  return node;
}

describe('misreadEscape', () => {
  it('finds the escape of a double-quoted account with one backslash', () => {
    expect(misreadEscape(scalar('"NT AUTHORITY\\Local service"'))).toEqual({
      escape: '\\L',
      intended: 'NT AUTHORITY\\Local service'
    });
    expect(misreadEscape(scalar('"NT AUTHORITY\\NetworkService"'))?.escape).toBe('\\N');
    expect(misreadEscape(scalar('"CONTOSO\\tuser"'))?.intended).toBe('CONTOSO\\tuser');
  });

  it.each([
    '"NT AUTHORITY\\\\Local service"',
    "'NT AUTHORITY\\Local service'",
    'NT AUTHORITY\\Local service',
    '"CONTOSO\\x5cuser"',
    '"ContainerUser"'
  ])('accepts %s', yaml => {
    expect(misreadEscape(scalar(yaml))).toBeUndefined();
  });
});

describe('runAsUserNameFields', () => {
  it('lists pod and container values, not nulls', () => {
    const document = parseManifests(
      [
        'apiVersion: v1',
        'kind: Pod',
        'metadata: {name: p}',
        'spec:',
        '  securityContext:',
        '    windowsOptions: {runAsUserName: ContainerUser}',
        '  containers:',
        '  - name: a',
        '    securityContext: {windowsOptions: {runAsUserName: ""}}',
        '  - name: b',
        '    securityContext: {windowsOptions: {runAsUserName: null}}',
        ''
      ].join('\n')
    );
    const fields = runAsUserNameFields(document.workloads[0]!);
    expect(fields.map(f => [f.container?.name, f.node.text])).toEqual([
      [undefined, 'ContainerUser'],
      ['a', '']
    ]);
  });
});

describe('printableUserName', () => {
  it('shows invisible characters', () => {
    expect(printableUserName('NT AUTHORITY\u2028ocal\tx')).toBe('NT AUTHORITY\\u2028ocal\\u0009x');
  });
});
