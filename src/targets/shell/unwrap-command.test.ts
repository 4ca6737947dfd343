import { parseShell } from './shell-commands.js';
import type { ShellCommand, ShellDialect } from './shell-commands.js';

/** Each command parseShell lists, as `program args…`, with its wrappers' programs: `curl -k x < sudo`. */
const listed = (script: string, dialect: ShellDialect = 'posix'): string[] =>
  parseShell(script, dialect).commands.map(shown);

function shown(c: ShellCommand): string {
  const line = [c.program, ...c.args.map(a => a.value)].join(' ');
  return c.wrappers ? `${line} < ${c.wrappers.map(w => w.program).join(' ')}` : line;
}

describe('commands run through wrappers', () => {
  it('lists the command sudo runs, past its own options', () => {
    expect(listed('sudo curl -k https://x')).toEqual(['curl -k https://x < sudo']);
    expect(listed('sudo -u app -E -- curl -k https://x')).toEqual(['curl -k https://x < sudo']);
    expect(listed('sudo -Eu app make')).toEqual(['make < sudo']);
    expect(listed('sudo -uapp make')).toEqual(['make < sudo']);
    expect(listed('sudo --user app --chdir /src make')).toEqual(['make < sudo']);
    expect(listed('sudo --user=app make')).toEqual(['make < sudo']);
  });

  it('keeps each wrapper as written, outermost first, and the words at their offsets', () => {
    const script = 'timeout -s KILL 60 sudo -E env -i X=1 wget http://x';
    const [wget] = parseShell(script, 'posix').commands as [ShellCommand];
    expect(shown(wget)).toBe('wget http://x < timeout sudo env');
    expect(wget.wrappers?.map(w => script.slice(w.name.start))).toEqual([
      script,
      'sudo -E env -i X=1 wget http://x',
      'env -i X=1 wget http://x'
    ]);
    expect(script.slice(wget.name.start, wget.name.end)).toBe('wget');
    expect(wget.env.map(e => [e.name, e.value?.value])).toEqual([['X', '1']]);
  });

  it("reads env's assignments as the command's environment and skips its options", () => {
    const [git] = parseShell('env FOO=1 GIT_SSL_NO_VERIFY=true git clone https://x', 'posix').commands;
    expect(git?.program).toBe('git');
    expect(git?.env.map(e => e.name)).toEqual(['FOO', 'GIT_SSL_NO_VERIFY']);
    expect(listed('env -u HOME -i PATH=/bin curl -k x')).toEqual(['curl -k x < env']);
    expect(listed('env - PATH=/bin curl -k x')).toEqual(['curl -k x < env']);
    expect(listed('env --chdir /tmp curl x')).toEqual(['curl x < env']);
  });

  it("skips timeout's duration and options, and the user of gosu/su-exec and chroot's root", () => {
    expect(listed('timeout 60 curl -k x')).toEqual(['curl -k x < timeout']);
    expect(listed('timeout --foreground --kill-after 5 2m curl x')).toEqual(['curl x < timeout']);
    expect(listed('timeout --signal=TERM 30s curl x')).toEqual(['curl x < timeout']);
    expect(listed('gosu app:app make install')).toEqual(['make install < gosu']);
    expect(listed('su-exec app make')).toEqual(['make < su-exec']);
    expect(listed('chroot /target apt-get update')).toEqual(['apt-get update < chroot']);
  });

  it('follows the other wrappers: time, nohup, exec, nice, stdbuf, xargs, command, eatmydata', () => {
    expect(listed('time -p make; nohup wget http://x & exec tini -- app')).toEqual([
      'make < time',
      'wget http://x < nohup',
      'tini -- app < exec'
    ]);
    expect(listed('nice -n 10 make && nice -5 make && stdbuf -oL -e 0 make')).toEqual([
      'make < nice',
      'make < nice',
      'make < stdbuf'
    ]);
    expect(listed('ls *.deb | xargs -I {} -P 4 dpkg -i {}')).toEqual(['ls *.deb', 'dpkg -i {} < xargs']);
    expect(listed('command curl -k x; eatmydata apt-get install -y vim')).toEqual([
      'curl -k x < command',
      'apt-get install -y vim < eatmydata'
    ]);
  });

  it('leaves a wrapper that runs nothing it names as it is', () => {
    expect(listed('command -v curl')).toEqual(['command -v curl']);
    expect(listed('sudo -l curl; sudo -v; sudo -lU app')).toEqual([
      'sudo -l curl',
      'sudo -v',
      'sudo -lU app'
    ]);
    expect(listed('sudo -e /etc/hosts')).toEqual(['sudo -e /etc/hosts']);
    expect(listed('env; env | sort; env FOO=1')).toEqual(['env', 'env', 'sort', 'env FOO=1']);
    expect(listed('env -S "curl -k x"')).toEqual(['env -S curl -k x']);
    expect(listed('find . -name x | xargs')).toEqual(['find . -name x', 'xargs']);
    expect(listed('timeout 10')).toEqual(['timeout 10']);
  });

  it('lists a nested shell behind a wrapper once, and its commands', () => {
    expect(listed('sudo -u app sh -c "curl -k https://x"')).toEqual([
      'sh -c curl -k https://x < sudo',
      'curl -k https://x'
    ]);
  });

  it('keeps the pipeline place, redirects and env prefixes of the wrapper', () => {
    const commands = parseShell('echo x | FOO=1 sudo tee -a /etc/x > /dev/null', 'posix').commands;
    const tee = commands[1] as ShellCommand;
    expect(tee.program).toBe('tee');
    expect(tee.pipeline).toMatchObject({ index: 1 });
    expect(tee.redirects.map(r => r.target?.value)).toEqual(['/dev/null']);
    expect(tee.env.map(e => e.name)).toEqual(['FOO']);
  });

  it('does not read Windows commands as POSIX wrappers', () => {
    expect(listed('time curl.exe -k https://x', 'cmd').map(c => c.split(' ')[0])).toEqual(['time']);
  });
});
