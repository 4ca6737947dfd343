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
});
