import { historyCommands, parseCreatedBy } from './history-commands.js';
import type { ImageDocument } from './model.js';

describe('parseCreatedBy', () => {
  it.each([
    [
      '/bin/sh -c apt-get update && apt-get install -y curl',
      'apt-get update && apt-get install -y curl',
      'posix'
    ],
    ['RUN /bin/sh -c npm ci # buildkit', 'npm ci', 'posix'],
    [
      '/bin/bash -o pipefail -c curl -fsSL https://x.example/i.sh | sh',
      'curl -fsSL https://x.example/i.sh | sh',
      'posix'
    ],
    ['RUN /bin/sh -ec set -x; make # buildkit', 'set -x; make', 'posix'],
    ['RUN app --serve # buildkit', 'app --serve', 'posix'],
    ['cmd /S /C net user builder /add', 'net user builder /add', 'cmd'],
    ['RUN cmd /S /C mkdir C:\\app # buildkit', 'mkdir C:\\app', 'cmd'],
    [
      "powershell -Command $ErrorActionPreference = 'Stop'; iwr https://x.example",
      "$ErrorActionPreference = 'Stop'; iwr https://x.example",
      'powershell'
    ],
    ['pwsh -NoProfile -ExecutionPolicy Bypass -Command Write-Host hi', 'Write-Host hi', 'powershell']
  ])('%p runs %p in %s', (createdBy, script, dialect) => {
    expect(parseCreatedBy(createdBy)).toEqual({ script, dialect, buildArgs: [] });
  });

  it.each([
    '/bin/sh -c #(nop)  ENV PATH=/usr/local/bin:/usr/bin',
    '/bin/sh -c #(nop)  ARG NPM_TOKEN',
    '/bin/sh -c #(nop) ADD file:6f1e5ab4d0a9e1c3 in / ',
    'cmd /S /C #(nop)  LABEL maintainer=ops',
    'ENV GOLANG_VERSION=1.23.4',
    'COPY . . # buildkit',
    'WORKDIR /app',
    'Apply image 10.0.20348.2966',
    "# debian.sh --arch 'amd64' out/ 'bookworm' '@1734912000'",
    ''
  ])('%p is not a command', createdBy => {
    expect(parseCreatedBy(createdBy)).toBeUndefined();
  });

  it('reads the build arguments recorded in front of the command', () => {
    expect(parseCreatedBy('RUN |2 A=b NPM_TOKEN=npm-4f9a /bin/sh -c npm ci # buildkit')).toEqual({
      script: 'npm ci',
      dialect: 'posix',
      buildArgs: [
        { name: 'A', value: 'b' },
        { name: 'NPM_TOKEN', value: 'npm-4f9a' }
      ]
    });
    expect(parseCreatedBy('|1 TOKEN= /bin/sh -c make')?.buildArgs).toEqual([{ name: 'TOKEN', value: '' }]);
    expect(parseCreatedBy('RUN |1 X=y app --flag # buildkit')).toEqual({
      script: 'app --flag',
      dialect: 'posix',
      buildArgs: [{ name: 'X', value: 'y' }]
    });
  });

  it('keeps unquoted values with spaces up to the next argument or the shell', () => {
    expect(parseCreatedBy('|2 GREETING=hello world B=z /bin/sh -c echo "$GREETING"')).toEqual({
      script: 'echo "$GREETING"',
      dialect: 'posix',
      buildArgs: [
        { name: 'GREETING', value: 'hello world' },
        { name: 'B', value: 'z' }
      ]
    });
    expect(parseCreatedBy('RUN |1 PW=two words cmd /S /C net user a %PW% /add # buildkit')).toEqual({
      script: 'net user a %PW% /add',
      dialect: 'cmd',
      buildArgs: [{ name: 'PW', value: 'two words' }]
    });
  });
});

describe('historyCommands', () => {
  it('parses the commands of every history entry that ran one, once per image', () => {
    const document = {
      history: [
        { index: 0, createdBy: '/bin/sh -c #(nop) ADD file:6f1e in / ', emptyLayer: false },
        {
          index: 1,
          createdBy: 'RUN /bin/sh -c apt-get update && apt-get install -y curl # buildkit',
          emptyLayer: false
        }
      ]
    } as ImageDocument;
    const commands = historyCommands(document);
    expect(commands.map(c => [c.entry.index, c.commands.map(command => command.program)])).toEqual([
      [1, ['apt-get', 'apt-get']]
    ]);
    expect(historyCommands(document)).toBe(commands);
  });
});
