import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePosix } from './parse-posix.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));

describe('parsePosix with tree-sitter-bash', () => {
  it('parses once loaded (test/setup-shell-parser.ts loads it, as every entry does)', () => {
    const parsed = parsePosix('apt-get update && apt-get install -y curl | tee /tmp/log');
    expect(parsed.error).toBeUndefined();
    expect(parsed.commands.map(c => [c.name.value, c.pipeline?.index])).toEqual([
      ['apt-get', undefined],
      ['apt-get', 0],
      ['tee', 1]
    ]);
  });

  it('tokenizes, says so in `error` and warns once when called before loadShellParser()', () => {
    // A fresh process: here the parser is already loaded for this test file.
    const code = [
      "import { parsePosix } from './src/targets/shell/parse-posix.ts';",
      "const first = parsePosix('if true; then sudo id; fi');",
      "parsePosix('echo again');",
      'console.log(JSON.stringify({ error: first.error, names: first.commands.map(c => c.name.value) }));'
    ].join('\n');
    const run = spawnSync(join(root, 'node_modules/.bin/tsx'), ['--input-type=module', '-e', code], {
      cwd: root,
      encoding: 'utf8'
    });
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as { error: { message: string; offset: number }; names: string[] };
    expect(out.error.message).toMatch(/not loaded/);
    expect(out.names).toContain('sudo');
    expect(run.stderr.match(/shell parser was not loaded/g)).toHaveLength(1);
  });

  it('reads a backslash-newline that ends the script as nothing, as the shell does', () => {
    const script = 'set -eux; \\\n    apt-get update \\\n';
    const parsed = parsePosix(script);
    expect(parsed.error).toBeUndefined();
    expect(parsed.commands.map(c => c.args.map(a => a.raw))).toEqual([['-eux'], ['update']]);
    expect(parsePosix('echo a\\\\\n').commands[0]?.args[0]?.value).toBe('a\\');
  });

  it('gives a redirect after a pipeline or list to its last command, also in a 20,000-command pipeline', () => {
    const redirected = parsePosix(
      'find / | xargs apt-mark auto > /dev/null; [ -z "$s" ] || apt-mark manual $s > /dev/null'
    );
    expect(redirected.commands.map(c => [c.name.value, c.redirects.map(r => r.target?.value)])).toEqual([
      ['find', []],
      ['xargs', ['/dev/null']],
      ['[', []],
      ['apt-mark', ['/dev/null']]
    ]);
    // Each element once looked its pipeline's children up, which took minutes here.
    const long = parsePosix(`${Array(20_000).fill('tr a b').join(' | ')} > /tmp/out`);
    expect(long.error).toBeUndefined();
    expect(long.commands).toHaveLength(20_000);
    expect(long.commands.at(-1)?.pipeline).toEqual({ id: 0, index: 19_999 });
    expect(long.commands.filter(c => c.redirects.length > 0)).toEqual([long.commands.at(-1)]);
  });

  it('continues a pipeline that tree-sitter-bash nests into a list or a here-document', () => {
    const nested = parsePosix('a | b | c && d | e');
    expect(nested.commands.map(c => [c.name.value, c.pipeline?.id, c.pipeline?.index])).toEqual([
      ['a', 0, 0],
      ['b', 0, 1],
      ['c', 0, 2],
      ['d', 1, 0],
      ['e', 1, 1]
    ]);
    const heredoc = parsePosix('cat <<EOF | sh -s > /tmp/x\necho hi\nEOF\n');
    expect(heredoc.commands.map(c => [c.name.value, c.pipeline?.index, c.redirects.map(r => r.op)])).toEqual([
      ['cat', 0, ['<<']],
      ['sh', 1, ['>']]
    ]);
    expect(heredoc.commands[0]?.redirects[0]?.heredoc).toBe('echo hi\n');
  });

  it('refuses what the shell refuses but tree-sitter-bash accepts, so the tokenizer reads it', () => {
    expect(parsePosix('echo ok; done').error?.message).toContain('done');
    expect(parsePosix('printf (x)').error).toBeDefined();
  });
});
