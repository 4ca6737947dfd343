import { parseShell, type ShellCommand, type ShellDialect } from './shell-commands.js';
import {
  commandSettings,
  flagWord,
  isOff,
  isOn,
  optionValues,
  pipArguments,
  sedInsertedText,
  settingText,
  writtenTexts
} from './transport-words.js';

const command = (script: string, dialect: ShellDialect = 'posix'): ShellCommand => {
  const found = parseShell(script, dialect).commands[0];
  if (!found) throw new Error(`no command in ${script}`);
  return found;
};

describe('isOff / isOn', () => {
  it('reads booleans the way the tools do, quotes balanced', () => {
    expect(['false', 'FALSE', '0', 'no', 'off', '"false"', "'0'", '"false";'].every(isOff)).toBe(true);
    expect(['true', '1', 'false"', "'0", 'falsey', '', undefined].some(isOff)).toBe(false);
    expect(['true', 'yes', '1', '"true";'].every(isOn)).toBe(true);
  });
});

describe('flagWord', () => {
  it('returns the word as written, clusters included', () => {
    expect(flagWord(command('curl -fsSLk https://x'), 'k', 'insecure')?.value).toBe('-fsSLk');
    expect(flagWord(command('curl --insecure https://x'), 'k', 'insecure')?.value).toBe('--insecure');
    expect(flagWord(command('curl -- -k'), 'k', 'insecure')).toBeUndefined();
  });

  it('reads clusters of native tools on Windows, not PowerShell parameters', () => {
    expect(flagWord(command('curl.exe -fsSLk https://x', 'cmd'), 'k', 'insecure')?.value).toBe('-fsSLk');
    expect(flagWord(command('curl.exe -sk https://x', 'powershell'), 'k', 'insecure')?.value).toBe('-sk');
    expect(
      flagWord(command('curl -Uri https://x -DisableKeepAlive', 'powershell'), 'k', 'insecure')
    ).toBeUndefined();
    expect(
      flagWord(command('iwr https://x -SkipCert', 'powershell'), undefined, 'SkipCertificateCheck')?.value
    ).toBe('-SkipCert');
  });
});

describe('optionValues', () => {
  it('reads separate, attached and = forms', () => {
    const args = ['-o', 'A=1', '-oB=2', '--option', 'C=3', '--option=D=4', '-q'];
    expect(optionValues(args, '-o', '--option')).toEqual(['A=1', 'B=2', 'C=3', 'D=4']);
  });
});

describe('commandSettings / settingText', () => {
  const strictSsl = /^strict-ssl$/i;
  it.each([
    [['config', 'set', 'strict-ssl', 'false'], 'false', 'config set strict-ssl false'],
    [['config', 'set', 'strict-ssl=false'], 'false', 'config set strict-ssl=false'],
    [['--strict-ssl=false', 'ci'], 'false', '--strict-ssl=false'],
    [['install', '--strict-ssl', 'false'], 'false', '--strict-ssl false'],
    [['--no-strict-ssl', 'install'], 'false', '--no-strict-ssl']
  ])('reads %j', (args, value, text) => {
    const [setting] = commandSettings(args, strictSsl);
    expect(setting?.value).toBe(value);
    expect(setting && settingText(args, setting)).toBe(text);
  });

  it('reads git -c and git config', () => {
    const key = /^http\.(?:.+\.)?sslverify$/i;
    const c = ['-c', 'http.sslVerify=false', 'clone', 'https://x'];
    const config = ['-C', '/src', 'config', '--global', 'http.https://x.sslVerify', 'false'];
    expect(commandSettings(c, key).map(s => settingText(c, s))).toEqual(['-c http.sslVerify=false']);
    expect(commandSettings(config, key).map(s => settingText(config, s))).toEqual([
      'config http.https://x.sslVerify false'
    ]);
  });

  it('needs a set/config word for a bare key and value', () => {
    expect(commandSettings(['install', 'strict-ssl', 'false'], strictSsl)).toEqual([]);
  });
});

describe('pipArguments', () => {
  it('finds pip behind python -m', () => {
    expect(pipArguments(command('pip3.12 install x'))).toEqual(['install', 'x']);
    expect(pipArguments(command('python3 -m pip install x'))).toEqual(['install', 'x']);
    expect(pipArguments(command('python3 -m venv x'))).toBeUndefined();
  });
});

describe('writtenTexts / sedInsertedText', () => {
  it('collects echo/printf arguments and here-documents', () => {
    expect(writtenTexts(command('echo -e "a\\nb" > f'))).toEqual(['-e a\\nb']);
    expect(writtenTexts(command('cat <<EOF > f\nline\nEOF'))).toEqual(['line\n']);
    expect(writtenTexts(command('grep gpgcheck=0 f'))).toEqual([]);
  });

  it('keeps what sed inserts, not what it searches for', () => {
    expect(sedInsertedText('s/gpgcheck=1/gpgcheck=0/g')).toBe('gpgcheck=0g');
    expect(sedInsertedText('s|gpgcheck=0|gpgcheck=1|')).toBe('gpgcheck=1');
    expect(sedInsertedText('/gpgcheck=0/d')).toBe('d');
    expect(sedInsertedText('$a gpgcheck=0')).toBe('$a gpgcheck=0');
  });
});
