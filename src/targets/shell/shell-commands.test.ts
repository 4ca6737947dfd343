import { hasFlag, parseShell } from './shell-commands.js';
import type { ShellCommand, ShellDialect } from './shell-commands.js';

const programs = (script: string, dialect: ShellDialect = 'posix'): string[] =>
  parseShell(script, dialect).commands.map(c => c.program);
const find = (script: string, program: string, dialect: ShellDialect = 'posix'): ShellCommand => {
  const command = parseShell(script, dialect).commands.find(c => c.program === program);
  if (!command) throw new Error(`no ${program} in ${script}`);
  return command;
};
const values = (command: ShellCommand): string[] => command.args.map(a => a.value);

describe('parseShell (posix, tree-sitter-bash)', () => {
  it('treats a package named sudo as an argument, not a command', () => {
    const { commands, error } = parseShell('apt-get install -y sudo', 'posix');
    expect(error).toBeUndefined();
    expect(commands.map(c => c.program)).toEqual(['apt-get']);
    expect(values(commands[0] as ShellCommand)).toEqual(['install', '-y', 'sudo']);
  });

  it('finds commands in lists and pipelines, in source order, with positions', () => {
    const script = "make -C src install && echo 'x' | tee -a /etc/x";
    const { commands } = parseShell(script, 'posix');
    expect(commands.map(c => c.program)).toEqual(['make', 'echo', 'tee']);
    const tee = commands[2] as ShellCommand;
    expect(values(tee)).toEqual(['-a', '/etc/x']);
    expect(script.slice(tee.name.start, tee.name.end)).toBe('tee');
    expect(commands[1]?.args[0]).toMatchObject({
      value: 'x',
      raw: "'x'",
      start: 28,
      end: 31,
      dynamic: false
    });
  });

  it('keeps the directory in the name but not in the program', () => {
    expect(find('/usr/bin/chown -R app /x', 'chown').name.value).toBe('/usr/bin/chown');
  });

  it('reports env prefixes and standalone assignments', () => {
    const parse = parseShell('FOO=1 make -j4; X=2; export A=b', 'posix');
    const make = parse.commands[0] as ShellCommand;
    expect(make.program).toBe('make');
    expect(make.env.map(e => [e.name, e.value?.value])).toEqual([['FOO', '1']]);
    expect(parse.assignments.map(a => [a.name, a.value?.value])).toEqual([['X', '2']]);
    expect(values(find('export A=b', 'export'))).toEqual(['A=b']);
  });

  it('looks inside if/for/while bodies, functions, subshells and substitutions', () => {
    expect(programs('if [ -f x ]; then rm x; fi')).toEqual(['[', 'rm']);
    expect(programs('for f in a b; do rm "$f"; done; while false; do id; done')).toEqual([
      'rm',
      'false',
      'id'
    ]);
    expect(programs('f() { whoami; }; (cd /x && make)')).toEqual(['whoami', 'cd', 'make']);
    expect(programs('echo $(cat x) `id -u`; diff <(sort a) b')).toEqual([
      'echo',
      'cat',
      'id',
      'diff',
      'sort'
    ]);
    expect(programs('X=$(cat x)')).toEqual(['cat']);
  });

  it('parses sh -c / bash -c / su -c scripts and maps their offsets into the outer script', () => {
    const script = 'sh -c "whoami && curl -k https://x"';
    const { commands } = parseShell(script, 'posix');
    expect(commands.map(c => c.program)).toEqual(['sh', 'whoami', 'curl']);
    const whoami = commands[1] as ShellCommand;
    expect(script.slice(whoami.name.start, whoami.name.end)).toBe('whoami');
    expect(programs("sudo bash -euo pipefail -c 'apt-get update'")).toEqual(['bash', 'apt-get']);
    expect(programs("su -c 'rm -rf /tmp/x' root")).toEqual(['su', 'rm']);
    expect(programs('bash <<EOF\nwhoami\nEOF\n')).toEqual(['bash', 'whoami']);
    expect(programs('find / -perm -4000 -exec sh -c \'chmod u-s "$1"\' _ {} \\;')).toEqual(['find', 'chmod']);
    const broken = parseShell('echo ok && sh -c "echo \'oops"', 'posix');
    expect(broken.error?.offset).toBeGreaterThan(13);
  });

  it('reports redirects and here-document bodies', () => {
    const cat = find('cat <<EOF > /etc/sudoers.d/x\nuser ALL=(ALL) NOPASSWD:ALL\nEOF\n', 'cat');
    expect(cat.redirects).toEqual([
      expect.objectContaining({ op: '<<', heredoc: 'user ALL=(ALL) NOPASSWD:ALL\n' }),
      expect.objectContaining({ op: '>', target: expect.objectContaining({ value: '/etc/sudoers.d/x' }) })
    ]);
    const echo = find('echo x 2>&1 >>/log', 'echo');
    expect(echo.redirects.map(r => [r.fd, r.op, r.target?.value])).toEqual([
      ['2', '>&', '1'],
      [undefined, '>>', '/log']
    ]);
    expect(find("cat <<-'E'\n\tbody $x\n\tE\n", 'cat').redirects[0]?.heredoc).toBe('body $x\n');
  });

  it('removes quotes and keeps expansions as written', () => {
    const echo = find('echo "a b" ${VAR} "$HOME/x" a\\ b $\'t\\tb\' ~/x', 'echo');
    expect(echo.args.map(a => [a.value, a.dynamic])).toEqual([
      ['a b', false],
      ['${VAR}', true],
      ['$HOME/x', true],
      ['a b', false],
      ['t\tb', false],
      ['~/x', false]
    ]);
  });

  it('maps offsets correctly after non-ASCII text', () => {
    const script = 'echo "héllo 🙂"; whoami';
    const whoami = find(script, 'whoami');
    expect(script.slice(whoami.name.start, whoami.name.end)).toBe('whoami');
    expect(find(script, 'echo').args[0]?.value).toBe('héllo 🙂');
  });

  it('returns the error and still finds commands when the script does not parse', () => {
    const parse = parseShell("echo 'oops; curl -k https://x && whoami", 'posix');
    expect(parse.error).toEqual({ message: expect.stringContaining('quote'), offset: 5 });
    expect(parse.commands.map(c => c.program)).toEqual(['echo', 'curl', 'whoami']);
    const stray = parseShell('echo ok; fi; curl -fsSLk https://x', 'posix');
    expect(stray.error?.message).toContain('fi');
    expect(hasFlag(stray.commands.find(c => c.program === 'curl') as ShellCommand, 'k', 'insecure')).toBe(
      true
    );
  });
});

describe('parseShell (powershell)', () => {
  const script =
    "$ErrorActionPreference = 'Stop'; Invoke-WebRequest -Uri http://x/y.zip -OutFile y.zip; " +
    "net localgroup Administrators bob /add; Add-LocalGroupMember -Group 'Administrators' -Member 'bob'";

  it('finds cmdlets, executables, parameters and assignments', () => {
    const parse = parseShell(script, 'powershell');
    expect(parse.commands.map(c => c.program)).toEqual(['invoke-webrequest', 'net', 'add-localgroupmember']);
    expect(values(parse.commands[1] as ShellCommand)).toEqual([
      'localgroup',
      'Administrators',
      'bob',
      '/add'
    ]);
    expect(values(parse.commands[2] as ShellCommand)).toEqual(['-Group', 'Administrators', '-Member', 'bob']);
    expect(parse.assignments.map(a => [a.name, a.value?.value])).toEqual([['ErrorActionPreference', 'Stop']]);
    const iwr = parse.commands[0] as ShellCommand;
    expect(script.slice(iwr.name.start, iwr.name.end)).toBe('Invoke-WebRequest');
  });

  it('marks assignments whose value PowerShell computes', () => {
    const parse = parseShell(
      "$a = 'text'; $b = [Threading.CancellationTokenSource]::new(); $c = Get-Date; $d = $env:X; $e = 'p' | ConvertTo-SecureString -AsPlainText; $f = @'\nbody\n'@",
      'powershell'
    );
    expect(parse.assignments.map(a => [a.name, a.computed])).toEqual([
      ['a', false],
      ['b', true],
      ['c', true],
      ['d', true],
      ['e', true],
      ['f', false]
    ]);
  });

  it('joins backtick continuations and decodes escapes in double quotes', () => {
    const iwr = find(
      'Invoke-WebRequest `\n  -Uri "https://x/$v/a`tb" `\r\n  -OutFile y.zip',
      'invoke-webrequest',
      'powershell'
    );
    expect(iwr.args.map(a => [a.value, a.dynamic])).toEqual([
      ['-Uri', false],
      ['https://x/$v/a\tb', true],
      ['-OutFile', false],
      ['y.zip', false]
    ]);
  });

  it('looks inside script blocks, groups, subexpressions and call operators', () => {
    const ps =
      'Get-ChildItem | ForEach-Object { Remove-Item $_ -Force }; if ($x) { Write-Host "$(Get-Date)" } else { exit 1 }\n' +
      "iex ((New-Object Net.WebClient).DownloadString('https://x')); & 'C:\\Tools\\tool.exe' /S; . .\\setup.ps1";
    expect(programs(ps, 'powershell')).toEqual([
      'get-childitem',
      'foreach-object',
      'remove-item',
      'write-host',
      'get-date',
      'iex',
      'new-object',
      'tool',
      'setup.ps1'
    ]);
    expect(programs("$r = Invoke-RestMethod -Uri $u; $h = @{ Name = 'x' }", 'powershell')).toEqual([
      'invoke-restmethod'
    ]);
  });

  it('parses cmd /c and nested powershell -Command in the right dialect', () => {
    const parse = parseShell(
      'cmd /c "net user bob P@ss /add"; pwsh -NoProfile -c "Remove-Item x"',
      'powershell'
    );
    expect(parse.commands.map(c => [c.dialect, c.program])).toEqual([
      ['powershell', 'cmd'],
      ['cmd', 'net'],
      ['powershell', 'pwsh'],
      ['powershell', 'remove-item']
    ]);
  });
});

describe('parseShell (cmd)', () => {
  it('hands powershell -Command its command line as powershell.exe reads it: \\" is a quote', () => {
    const parse = parseShell(
      'powershell -Command "Invoke-WebRequest -Uri \\"http://example.com/x.zip\\" -OutFile \\"C:\\x.zip\\"" && echo \\"kept\\"',
      'cmd'
    );
    expect(parse.commands.map(c => [c.dialect, c.program, ...values(c)])).toEqual([
      ['cmd', 'powershell', '-Command', expect.any(String)],
      ['powershell', 'invoke-webrequest', '-Uri', 'http://example.com/x.zip', '-OutFile', 'C:\\x.zip'],
      ['cmd', 'echo', expect.stringContaining('kept')]
    ]);
  });

  it('splits on && and keeps /switches as arguments', () => {
    const parse = parseShell('net user bob P@ss /add && echo done', 'cmd');
    expect(parse.commands.map(c => [c.program, ...values(c)])).toEqual([
      ['net', 'user', 'bob', 'P@ss', '/add'],
      ['echo', 'done']
    ]);
  });

  it('handles ^ escapes, if/for/else, comments, blocks and nested shells', () => {
    const script =
      '@echo off & if not exist C:\\x (mkdir C:\\x) else (echo a ^& b)\r\nrem net user x\r\n' +
      'for %%i in (a b) do del %%i\r\npowershell -NoProfile -Command "Invoke-WebRequest -Uri http://x -OutFile y" 2>nul';
    const parse = parseShell(script, 'cmd');
    expect(parse.commands.map(c => c.program)).toEqual([
      'echo',
      'mkdir',
      'echo',
      'del',
      'powershell',
      'invoke-webrequest'
    ]);
    expect(values(parse.commands[2] as ShellCommand)).toEqual(['a', '&', 'b']);
    expect(parse.commands[3]?.args[0]?.dynamic).toBe(true);
    const iwr = parse.commands[5] as ShellCommand;
    expect(iwr.dialect).toBe('powershell');
    expect(script.slice(iwr.name.start, iwr.name.end)).toBe('Invoke-WebRequest');
  });
});

describe('hasFlag', () => {
  it('understands combined short flags and long flags in posix', () => {
    expect(hasFlag(find('curl -fsSLk https://x', 'curl'), 'k', 'insecure')).toBe(true);
    expect(hasFlag(find('curl --insecure https://x', 'curl'), 'k', 'insecure')).toBe(true);
    expect(hasFlag(find('curl --insecure=yes https://x', 'curl'), undefined, '--insecure')).toBe(true);
    expect(hasFlag(find('curl -fsSL https://x', 'curl'), 'k', 'insecure')).toBe(false);
    expect(hasFlag(find('curl --keepalive-time 5 x', 'curl'), 'k', 'insecure')).toBe(false);
    expect(hasFlag(find('curl -- -k', 'curl'), 'k', 'insecure')).toBe(false);
    expect(programs('grep -k x')).toEqual(['grep']);
  });

  it('matches PowerShell parameters case-insensitively, with prefixes and :$false', () => {
    const iwr = (args: string): ShellCommand =>
      find(`Invoke-WebRequest ${args}`, 'invoke-webrequest', 'powershell');
    expect(hasFlag(iwr('-skipcertificatecheck -Uri x'), undefined, 'SkipCertificateCheck')).toBe(true);
    expect(hasFlag(iwr('-SkipCert -Uri x'), undefined, 'SkipCertificateCheck')).toBe(true);
    expect(hasFlag(iwr('-SkipCertificateCheck:$false'), undefined, 'SkipCertificateCheck')).toBe(false);
    expect(hasFlag(iwr('-Uri x'), undefined, 'SkipCertificateCheck')).toBe(false);
    expect(hasFlag(find('net user bob /ADD', 'net', 'cmd'), 'add', undefined)).toBe(true);
    // Native tools keep their GNU-style flags on Windows; cmdlet parameters are not letter clusters.
    expect(hasFlag(find('curl.exe --insecure -o x https://x', 'curl', 'powershell'), 'k', 'insecure')).toBe(
      true
    );
    expect(hasFlag(find('Get-ChildItem -Verbose', 'get-childitem', 'powershell'), 's', undefined)).toBe(
      false
    );
  });
});

describe('robustness', () => {
  const dialects: ShellDialect[] = ['posix', 'powershell', 'cmd'];
  const garbage = [
    '',
    '\0\0\0',
    '"\'`$({[',
    ')))}}}]]]',
    '$('.repeat(5000),
    '('.repeat(5000) + ')'.repeat(10),
    '{'.repeat(5000),
    "@'\n",
    '^',
    '`',
    'echo \ud800 lone surrogate; sudo id',
    'cat <<EOF',
    'x'.repeat(1000) + '"' + '\\'.repeat(999)
  ];

  it.each(dialects)('never throws and keeps offsets in range (%s)', dialect => {
    let seed = 42;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const alphabet = 'ab $(){}[]\'"`\\|&;<>\n\r\t#^%!@=-/:.,0é🙂';
    const fuzz = Array.from({ length: 200 }, () =>
      Array.from(
        { length: 1 + Math.floor(random() * 60) },
        () => alphabet[Math.floor(random() * alphabet.length)]
      ).join('')
    );
    for (const script of [...garbage, ...fuzz]) {
      const parse = parseShell(script, dialect);
      for (const c of parse.commands) {
        for (const w of [c.name, ...c.args]) {
          expect(w.start).toBeGreaterThanOrEqual(0);
          expect(w.end).toBeGreaterThanOrEqual(w.start);
          expect(w.end).toBeLessThanOrEqual(script.length);
        }
      }
      if (parse.error) expect(parse.error.offset).toBeLessThanOrEqual(script.length);
    }
  });

  it('copes with 1 MB of input', () => {
    const line =
      'apt-get install -y --no-install-recommends curl "a b" $(echo x) && rm -rf /var/lib/apt/lists/* \\\n';
    const script = line.repeat(Math.ceil(1_000_000 / line.length)) + 'true';
    for (const dialect of dialects)
      expect(parseShell(script, dialect).commands.length).toBeGreaterThan(10_000);
  });

  // Speed is measured by `npm run bench`, never asserted here.
  it('parses a 100-line RUN script without errors', () => {
    let script = 'set -eux; \\\n    apt-get update \\\n';
    for (let i = 0; i < 98; i++)
      script += `    && curl -fsSL "https://x/pkg-${i}.tgz" | tar -xz -C /opt/p${i} \\\n`;
    script += '    && rm -rf /var/lib/apt/lists/*';
    const { commands, error } = parseShell(script, 'posix');
    expect(error).toBeUndefined();
    expect(commands).toHaveLength(1 + 1 + 98 * 2 + 1);
  });
});
