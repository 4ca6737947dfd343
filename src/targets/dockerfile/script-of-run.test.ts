import { findTlsBypasses } from '../shell/transport-tls.js';
import { parseDockerfile } from './parse-dockerfile.js';
import { runScripts } from './run-commands.js';
import { scriptOfRun } from './script-of-run.js';

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
});
