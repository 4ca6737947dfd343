import { describe, expect, it } from '@jest/globals';
import { collectShellCorpus } from '../../../scripts/shell-corpus.js';
import { bashParser } from './load-bash-parser.js';
import { parseBash } from './parse-bash.js';
import { withoutFinalContinuation } from './parse-posix.js';
import { parseSimplePosix } from './parse-simple-posix.js';

/** tree-sitter-bash's reading of a script, as parsePosix hands it over (test/setup-shell-parser.ts loads it). */
function treeSitter(script: string): unknown {
  const parser = bashParser();
  if (!parser) throw new Error('the shell parser is not loaded');
  return parseBash(parser, script);
}

/** Deterministic pseudo-random numbers (a linear congruential generator), so a failure reproduces. */
function randomInts(seed: number): (below: number) => number {
  let state = seed;
  return below => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 8) % below;
  };
}

/** Words of real RUN steps, and words that mean something else to the shell where a command goes. */
const WORDS = [
  'apt-get', 'install', '-y', '--no-install-recommends', 'ca-certificates', 'pip', '--uid=10001', 'useradd',
  '/usr/local/bin/app', 'chown', 'app:app', 'user@host', '%s', '+x', 'a,b', '1', 'x=1', 'A+=c', '=', '=x',
  'a=', 'echo', 'true', '-', '--', '.', ':', 'sh', '-c', 'bash', '-lc', 'su', 'cmd', 'set', '-o', 'pipefail',
  'if', 'then', 'fi', 'for', 'in', 'do', 'done', 'case', 'esac', 'while', 'until', 'select', 'function',
  'time', 'coproc', 'export', 'local', 'unset', 'declare', 'typeset', 'readonly', 'elif', 'else', '{', '}',
  '!', 'x*', '~', '~/x', 'a%b', '[', 'test', 'exec', "'q'", '"q"', '$X', 'a#b', '#c', '2>', '>f', '(', ')',
  '/var/lib/apt/lists/*', '*.txt', 'x?', '${HOME}', '/opt/$APP/bin', '$1', '$@', '${X:-y}', 'a$', '$', '${',
  '$X-y', '${X}y', "'a b'", "''", '""', '"a b"', '"$X"', '"${X}/y"', '"a$"', '--x="a b"', "x'y'z", '$"x"',
  "$'x'", '"a#b"', '"`x`"', '"\\x"', '"$(x)"', "'a\nb'", '"a\nb"', '*', 'a*(b)', '[a]', 'x="1 2"', '"x"=1',
  '$X=1', '"$X"y"$Z"', "'$X'",
  // redirects, and assignments where a command name goes
  '>', '>>', '<', '2>&1', '2>/dev/null', '&>', '&>>f', '>&2', '<f', '>|f', '>&-', '1>', '10>f', '<<EOF',
  '<<<x', '<(x)', '>(x)', '<>f', '>&', '2>&', 'f>g', '>"$X"', "> 'f g'", '>*.log', 'X=', 'X=1', 'Y="a b"',
  'Z=$X', "W='q'", 'V=a=b', 'U=~/x', 'X[0]=1', 'X=(a b)', 'DEBIAN_FRONTEND=noninteractive', 'X=*',
  'X=a"b"', 'X="$Y"z', 'X=$(id)', 'X=${Y:-z}', '_X1=${Y}'
]; // prettier-ignore
const OPERATORS = [
  ' && ', ' || ', ' ; ', ';', ' | ', '|', '&&', '\n', '\n\n', ' &&\n', ' && \\\n    ', ' \\\n  ', '\\\n',
  '\r\n', ' \\\r\n ', ' & ', ';;', ' |& '
]; // prettier-ignore
const GAPS = [' ', '  ', '\t', ' \\\n ', '\\\n', '']; // '' joins two words into one

describe('parseSimplePosix', () => {
  it('reads plain words and operators as tree-sitter-bash does, pipelines numbered', () => {
    const script =
      'pip install -r requirements.txt && useradd --uid 10001 app | tee log; id -u | cat | wc -l';
    const parse = parseSimplePosix(script);
    expect(parse).toEqual(treeSitter(script));
    expect(parse?.commands.map(c => [c.program, c.args.length, c.pipeline])).toEqual([
      ['pip', 3, undefined],
      ['useradd', 3, { id: 0, index: 0 }],
      ['tee', 1, { id: 0, index: 1 }],
      ['id', 1, { id: 1, index: 0 }],
      ['cat', 0, { id: 1, index: 1 }],
      ['wc', 1, { id: 1, index: 2 }]
    ]);
  });

  it('reads quoted text and simple expansions in arguments, as written for the expansions', () => {
    const script = `echo "deb [arch=$ARCH] \${MIRROR}/debian" > x; rm -rf /var/lib/apt/lists/* 'it''s' "$HOME"/.cache`;
    const parse = parseSimplePosix(script);
    expect(parse).toEqual(treeSitter(script));
    expect(parse?.commands.flatMap(c => c.args.map(a => [a.value, a.dynamic]))).toEqual([
      ['deb [arch=$ARCH] ${MIRROR}/debian', true],
      ['-rf', false],
      ['/var/lib/apt/lists/*', false],
      ['its', false],
      ['$HOME/.cache', true]
    ]);
  });

  it('reads redirects after a command name and assignments before it, as tree-sitter-bash does', () => {
    const script =
      'apt-get update > /dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive TZ= apt-get install -y curl\n' +
      'echo "deb $MIRROR stable" >>/etc/apt/sources.list | tee -a log &>/dev/null; APP_HOME=/app; id -u >&2';
    const parse = parseSimplePosix(script);
    expect(parse).toEqual(treeSitter(script));
    expect(parse?.commands.map(c => [c.program, c.env.map(e => [e.name, e.value?.value])])).toEqual([
      ['apt-get', []],
      [
        'apt-get',
        [
          ['DEBIAN_FRONTEND', 'noninteractive'],
          ['TZ', undefined]
        ]
      ],
      ['echo', []],
      ['tee', []],
      ['id', []]
    ]);
    expect(
      parse?.commands.flatMap(c => c.redirects.map(r => [c.program, r.fd, r.op, r.target?.value]))
    ).toEqual([
      ['apt-get', undefined, '>', '/dev/null'],
      ['apt-get', '2', '>&', '1'],
      ['echo', undefined, '>>', '/etc/apt/sources.list'],
      ['tee', undefined, '&>', '/dev/null'],
      ['id', undefined, '>&', '2']
    ]);
    expect(parse?.assignments.map(a => [a.name, a.value?.value])).toEqual([['APP_HOME', '/app']]);
  });

  it('leaves other redirects, substitutions, expansions, compound commands and declarations to the full parser', () => {
    for (const script of [
      'echo "$(id -u)"',
      'echo ${X:-y} $1',
      'echo "a\\"b"',
      'cat <<EOF\nx\nEOF',
      'tr a b <<< x',
      'diff <(a) b',
      'exec 3<>/dev/tcp/host/80',
      '> /tmp/log id', // a redirect before the command name
      'echo x > log more', // tree-sitter-bash takes "log more" for the target
      'exec >&-',
      'X=1 | cat',
      'X=$(id -u) run',
      // where tree-sitter-bash reads a construct in its own way
      'PATH=$PATH/$APP/bin run', // a second expansion: "PATH=$PATH/$" and a command "APP/bin"
      'X=1 Y=2', // several assignments alone: tree-sitter-bash gives them to a command on the next line
      'X=1 app:app', // a name with ':' after an assignment: a syntax error
      'curl -fsSL2>&1', // a redirect right after a word: "-fsSL2" is its descriptor
      'a && b > f | c', // `{ a && b > f; } | c`
      'a | b > f | c',
      'cat - 2>&1', // tree-sitter-bash drops the "-"
      'X[0]=1',
      'X+=1',
      'if true; then id; fi',
      'export PATH=/opt/bin',
      '"$CC" -o app main.c', // a command name that is not a bare word
      'sleep 1 &',
      'apt-get install -y\\\ncurl', // a continuation inside a word joins it to the next
      'a &&',
      '--uid=10001' // tree-sitter-bash reads it as an assignment
    ])
      expect([script, parseSimplePosix(script)]).toEqual([script, undefined]);
  });

  it('gives the ShellParse of tree-sitter-bash on every plain script of the corpus', () => {
    let accepted = 0;
    for (const script of collectShellCorpus()) {
      const text = withoutFinalContinuation(script);
      const simple = parseSimplePosix(text);
      if (!simple) continue;
      accepted++;
      expect([script, simple]).toEqual([script, treeSitter(text)]);
    }
    expect(accepted).toBeGreaterThan(350);
  });

  it('gives the ShellParse of tree-sitter-bash on generated scripts, or nothing', () => {
    const below = randomInts(20_261_205);
    let accepted = 0;
    for (let i = 0; i < 60_000; i++) {
      let script = below(5) === 0 ? (GAPS[below(GAPS.length)] as string) : '';
      const words = 1 + below(8);
      for (let k = 0; k < words; k++) {
        script += WORDS[below(WORDS.length)] as string;
        const next = below(10);
        if (k < words - 1) script += next < 6 ? GAPS[below(GAPS.length)] : OPERATORS[below(OPERATORS.length)];
        else if (next < 3) script += OPERATORS[below(OPERATORS.length)];
        else if (next < 5) script += GAPS[below(GAPS.length)];
      }
      const text = withoutFinalContinuation(script);
      const simple = parseSimplePosix(text);
      if (!simple) continue;
      accepted++;
      expect([script, simple]).toEqual([script, treeSitter(text)]);
    }
    expect(accepted).toBeGreaterThan(2_000);
  });
});
