import { parseDockerfile } from './parse-dockerfile.js';
import { effectiveUser } from './effective-user.js';

describe('parseDockerfile', () => {
  it('builds stages with names, bases, platforms and 1-based regions', () => {
    const doc = parseDockerfile(
      'ARG GO=1.23\nFROM --platform=$BUILDPLATFORM golang:${GO} AS Build\nRUN go build \\\n  -o /app\n\nFROM build AS test\nFROM scratch\nCOPY --from=build /app /app\n'
    );
    expect(doc.stages.map(s => [s.name, s.base.kind, s.os])).toEqual([
      ['build', 'image', 'linux'],
      ['test', 'stage', 'linux'],
      [undefined, 'scratch', 'linux']
    ]);
    const [build] = doc.stages;
    expect(build?.base.kind === 'image' && build.base.reference.tag).toBe('1.23');
    expect(build?.platform).toBeUndefined(); // $BUILDPLATFORM has no default here
    expect(build?.baseRegion).toEqual({ startLine: 2, startColumn: 32, endLine: 2, endColumn: 44 });
    const run = build?.instructions[0];
    expect(run?.region).toMatchObject({ startLine: 3, endLine: 4 });
    expect(run?.argsText).toContain('go build');
    expect(doc.finalStage?.index).toBe(2);
    expect(doc.problems).toEqual([]);
  });

  it('reads the escape directive and backtick continuations', () => {
    const doc = parseDockerfile(
      '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN powershell -Command `\n    Write-Host hi\n'
    );
    expect(doc.escapeChar).toBe('`');
    expect(doc.stages[0]?.os).toBe('windows');
    expect(doc.stages[0]?.shell.dialect).toBe('cmd');
    expect(doc.stages[0]?.instructions[0]?.region).toMatchObject({ startLine: 3, endLine: 4 });
  });

  it('keeps exec-form strings exactly, spaces included', () => {
    const doc = parseDockerfile(
      'FROM alpine\nRUN ["sh", "-c", "echo hello world"]\nSHELL ["powershell", "-Command"]\n'
    );
    expect(doc.stages[0]?.instructions[0]?.execForm).toEqual(['sh', '-c', 'echo hello world']);
    expect(doc.stages[0]?.shellAtEnd).toEqual({ dialect: 'powershell', argv: ['powershell', '-Command'] });
  });

  it('runs each RUN in the SHELL in effect at it, and passes the last SHELL on to child stages', () => {
    const doc = parseDockerfile(
      'FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS base\nRUN curl.exe -k https://x\nSHELL ["powershell", "-Command"]\nRUN Write-Host hi\nFROM base\nRUN Get-ChildItem\n'
    );
    const runs = doc.instructions.filter(i => i.keyword === 'RUN').map(i => i.shell?.dialect);
    expect(runs).toEqual(['cmd', 'powershell', 'powershell']);
    expect(doc.stages[1]?.shell.dialect).toBe('powershell');
  });

  it('reads heredoc bodies', () => {
    const doc = parseDockerfile('FROM alpine\nRUN <<EOF\nset -e\napk add curl\nEOF\n');
    expect(doc.stages[0]?.instructions[0]?.heredocs[0]?.body).toMatch(/^set -e\napk add curl\n?$/);
  });

  it('reads heredocs only where `<<` starts one, not at a redirection or on a later line', () => {
    const doc = parseDockerfile(
      [
        'FROM postgres:16',
        'RUN psql -U postgres app < /docker-entrypoint-initdb.d/schema.sql',
        'COPY <<-EOT /etc/app/app.conf',
        '\tlisten = 0.0.0.0:8080',
        '\tEOT',
        'RUN echo done',
        ''
      ].join('\n')
    );
    expect(doc.instructions.map(i => i.heredocs.map(h => h.name))).toEqual([[], [], ['EOT'], []]);
    expect(doc.instructions[2]?.heredocs[0]?.body).toContain('listen = 0.0.0.0:8080');
  });

  it("reads a heredoc with a file-descriptor prefix, as BuildKit does (buildah's tests/bud/heredoc)", () => {
    const text = [
      'FROM alpine:3.20',
      'RUN cat /proc/self/fd/5 5<<FILE1 > /out.txt',
      'hello from fd five',
      'FILE1',
      'RUN 0<<EOF cat',
      'echo 3<<notaheredoc',
      'EOF',
      'RUN echo 1 2>&1',
      'USER 1000',
      ''
    ].join('\n');
    const doc = parseDockerfile(text);
    expect(doc.problems).toEqual([]);
    expect(doc.instructions.map(i => i.keyword)).toEqual(['FROM', 'RUN', 'RUN', 'RUN', 'USER']);
    expect(doc.instructions.map(i => i.heredocs.map(h => `${h.name}: ${h.body.trim()}`))).toEqual([
      [],
      ['FILE1: hello from fd five'],
      ['EOF: echo 3<<notaheredoc'],
      [],
      []
    ]);
    // Positions are the text's own.
    expect(doc.instructions[4]?.region.startLine).toBe(9);
  });

  it('resolves ARG and ENV per stage, with global ARG re-declaration and ENV inheritance', () => {
    const doc = parseDockerfile(
      'ARG UID=1000\nFROM alpine AS base\nENV APP_USER=app\nFROM base\nARG UID\nUSER ${APP_USER}:${UID}\n'
    );
    expect(effectiveUser(doc.stages[1]!, doc.escapeChar).user).toBe('app:1000');
  });

  it('treats an unknown base with Windows evidence as Windows', () => {
    const doc = parseDockerfile('FROM mycorp/base:1\nWORKDIR C:\\app\n');
    expect(doc.stages[0]?.os).toBe('windows');
    expect(doc.stages[0]?.osEvidence).toContain('WORKDIR');
  });

  it('lists problems Docker would reject', () => {
    expect(
      parseDockerfile('LABEL a=b\nFROM alpine\nFORM x\n').problems.map(p => [p.region.startLine, p.message])
    ).toEqual([
      [1, "'LABEL' appears before the first FROM."],
      [3, "Unknown instruction 'FORM'."]
    ]);
  });

  it('never quotes an unknown instruction that is not a plain word (it may be a secret)', () => {
    // A stray `.env` line pasted into a Dockerfile.
    const text = 'FROM alpine\nAPI_TOKEN=Zt8Wn3HsXv9Rk2Lm7Qp4\nCOPYY . /app\n';
    expect(parseDockerfile(text).problems.map(p => [p.region.startLine, p.message])).toEqual([
      [2, 'Unknown instruction: the line does not start with a Dockerfile keyword.'],
      [3, "Unknown instruction 'COPYY'."]
    ]);
  });
});

describe('parseDockerfile, the same text twice in a row', () => {
  it('returns the document of the parse before (the RUN probe and the facts pass parse in turn)', () => {
    const text = 'FROM alpine:3.20\nRUN apk add --no-cache curl\n';
    const first = parseDockerfile(text);
    expect(parseDockerfile(`${text}`)).toBe(first);
    const other = parseDockerfile('FROM alpine:3.20\n');
    expect(other).not.toBe(first);
    const again = parseDockerfile(text);
    expect(again).not.toBe(first);
    const shape = (d: typeof first) => d.instructions.map(i => [i.keyword, i.argsText, i.region]);
    expect(shape(again)).toEqual(shape(first));
  });
});
