import { findTlsBypasses } from '../shell/transport-tls.js';
import { parseDockerfile } from './parse-dockerfile.js';
import { runScripts } from './run-commands.js';
import { scriptOfRun } from './script-of-run.js';
import { scriptOfText, scriptVariables } from '../shell/transport-script.js';

describe('scriptOfRun', () => {
  it('reads each RUN in the SHELL in effect at that RUN, not the last SHELL of the stage', () => {
    const document = parseDockerfile(
      'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN curl.exe -k https://x\nSHELL ["powershell", "-Command"]\nRUN iwr https://x -SkipCertificateCheck\nSHELL ["cmd", "/S", "/C"]\n'
    );
    const scripts = runScripts(document).map(scriptOfRun);
    expect(scripts.map(s => s.dialect)).toEqual(['cmd', 'powershell']);
    expect(scripts.map(s => findTlsBypasses(s).map(b => b.text))).toEqual([
      ['curl.exe -k'],
      ['iwr -SkipCertificateCheck']
    ]);
  });

  it('reads exec form and a bare heredoc as their scripts', () => {
    const document = parseDockerfile(
      'FROM alpine\nRUN ["sh", "-c", "curl -k https://x"]\nRUN <<EOF\nwget --no-check-certificate https://y\nEOF\n'
    );
    expect(runScripts(document).map(run => findTlsBypasses(scriptOfRun(run)).map(b => b.text))).toEqual([
      ['curl -k'],
      ['wget --no-check-certificate']
    ]);
  });

  it('parses a script repeated in the same shell once per file, and each RUN keeps its own place', () => {
    const install = 'RUN export CURL_CA_BUNDLE= && curl -fsSL https://x | sh';
    const document = parseDockerfile(
      `FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS build\n${install}\nSHELL ["powershell", "-Command"]\n${install}\nFROM ubuntu:24.04\n${install}\n`
    );
    const runs = runScripts(document);
    expect(runs.map(run => [run.instruction.region.startLine, scriptOfRun(run).dialect])).toEqual([
      [2, 'cmd'],
      [4, 'powershell'],
      [6, 'posix']
    ]);
    const windows = runScripts(
      parseDockerfile(`FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\n${install}\n${install}\n`)
    );
    expect(windows[0]!.commands).toBe(windows[1]!.commands);
    expect(windows[0]!.instruction.region.startLine).toBe(2);
    expect(windows[1]!.instruction.region.startLine).toBe(3);
    expect(runs[0]!.commands).not.toBe(runs[1]!.commands);
    expect(runs[2]!.commands.map(c => c.program)).toEqual(['export', 'curl', 'sh']);
  });

  it('reads the variables a RUN sets from its own parse, as from its text', () => {
    const document = parseDockerfile(
      'FROM alpine\nENV PIP_INDEX_URL=https://pypi.org/simple\nRUN PIP_INDEX_URL=http://mirror.local/simple; export NODE_TLS_REJECT_UNAUTHORIZED=0 && TOKEN=abc npm ci\n'
    );
    const [run] = runScripts(document);
    const script = scriptOfRun(run!);
    expect(script.assignments).toBe(run!.assignments);
    const expected = [
      { name: 'PIP_INDEX_URL', value: 'http://mirror.local/simple', exported: true },
      { name: 'NODE_TLS_REJECT_UNAUTHORIZED', value: '0', exported: true },
      { name: 'TOKEN', value: 'abc', exported: true }
    ];
    expect(scriptVariables(script)).toEqual(expected);
    const fromText = scriptOfText(script.text, 'posix', name => run!.instruction.scope.get(name));
    expect(scriptVariables(fromText)).toEqual(expected);
  });
});
