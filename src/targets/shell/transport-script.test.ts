import { findPlainDownloads } from './transport-downloads.js';
import { scriptOfText, scriptVariables, variableValue } from './transport-script.js';
import { findUnverifiedInstalls } from './transport-signatures.js';
import { findTlsBypasses } from './transport-tls.js';

describe('scriptVariables', () => {
  it('tells exported variables from shell-local ones (POSIX)', () => {
    const script = scriptOfText(
      'A=1; export B=2; C=3 make; env D=4 make; declare E=5; declare -x F=6',
      'posix'
    );
    expect(scriptVariables(script).map(v => `${v.name}=${v.value ?? ''}:${v.exported}`)).toEqual([
      'A=1:false',
      'B=2:true',
      'C=3:true',
      'D=4:true',
      'E=5:false',
      'F=6:true'
    ]);
  });

  it('treats a plain assignment to an already exported variable as exported', () => {
    const script = scriptOfText('NODE_TLS_REJECT_UNAUTHORIZED=0; npm ci', 'posix', name =>
      name === 'NODE_TLS_REJECT_UNAUTHORIZED' ? '1' : undefined
    );
    expect(scriptVariables(script)[0]?.exported).toBe(true);
  });

  it('reads PowerShell and cmd forms', () => {
    const ps = scriptOfText(
      "$url = 'http://x'; $env:A = '1'; [Environment]::SetEnvironmentVariable('B', '2', 'Machine')",
      'powershell'
    );
    expect(scriptVariables(ps).map(v => `${v.name}=${v.value ?? ''}:${v.exported}`)).toEqual([
      'url=http://x:false',
      'A=1:true',
      'B=2:true'
    ]);
    const cmd = scriptOfText('set A=1 && setx B 2 /M', 'cmd');
    expect(scriptVariables(cmd).map(v => `${v.name}=${v.value ?? ''}`)).toEqual(['A=1', 'B=2']);
  });
});

describe('variableValue', () => {
  const outer = (name: string): string | undefined => (name === 'URL' ? 'http://outer' : undefined);
  it('prefers what the script set, then the outside', () => {
    expect(variableValue(scriptOfText('URL=http://inner; curl $URL', 'posix', outer), '$URL')).toBe(
      'http://inner'
    );
    expect(variableValue(scriptOfText('curl ${URL}', 'posix', outer), '${URL}')).toBe('http://outer');
    expect(variableValue(scriptOfText('curl.exe %url%', 'cmd', outer), '%url%')).toBeUndefined();
    expect(variableValue(scriptOfText('curl.exe %URL%', 'cmd', outer), '%URL%')).toBe('http://outer');
  });

  it('keeps PowerShell $x and $env:X apart', () => {
    const script = scriptOfText("$URL = 'http://local'; iwr $env:URL", 'powershell', outer);
    expect(variableValue(script, '$env:URL')).toBe('http://outer');
    expect(variableValue(script, '$url')).toBe('http://local');
  });
});

describe('checks on history-style text', () => {
  it('work from a command line alone', () => {
    const text =
      'apt-get install -y --allow-unauthenticated x && curl -fsSLo /a http://example.com/a && curl -k https://b';
    const script = scriptOfText(text, 'posix');
    expect(findTlsBypasses(script)).toEqual([{ kind: 'command', text: 'curl -k' }]);
    expect(findPlainDownloads(script)).toEqual([
      { kind: 'download', url: 'http://example.com/a', tool: 'curl' }
    ]);
    expect(findUnverifiedInstalls(script)).toEqual([
      { kind: 'command', text: 'apt-get --allow-unauthenticated', check: 'signature' }
    ]);
  });
});

describe('hostile command names', () => {
  it.each(['posix', 'powershell', 'cmd'] as const)('never reach Object.prototype (%s)', dialect => {
    const script = scriptOfText(
      'constructor --insecure; toString -k http://x; __proto__ install http://y; hasOwnProperty',
      dialect
    );
    expect(() => [
      findTlsBypasses(script),
      findPlainDownloads(script),
      findUnverifiedInstalls(script)
    ]).not.toThrow();
    expect(findUnverifiedInstalls(script)).toEqual([]);
  });
});
