import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { mayParseShell } from './load-shell-parser.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Runs ES module code from the sources in a Node process of its own (what this process loaded, it has not). */
const runModule = (code: string) =>
  spawnSync(`${ROOT}node_modules/.bin/tsx`, ['--input-type=module', '-e', code], {
    cwd: ROOT,
    encoding: 'utf8'
  });

describe('mayParseShell', () => {
  it('is true for a Dockerfile with a RUN script beyond plain words, by name or by content, in any case', () => {
    expect(mayParseShell('Dockerfile', 'FROM alpine:3.20\nRUN apk add --no-cache curl > "$(mktemp)"\n')).toBe(
      true
    );
    expect(mayParseShell('api/Containerfile', 'from alpine\nrun echo "$(id -u)"\n')).toBe(true);
    expect(
      mayParseShell(
        'images/Dockerfile-alpine',
        'FROM alpine:3.20\nRUN if [ -f /etc/alpine-release ]; then apk add curl; fi\nUSER 1000\n'
      )
    ).toBe(true);
    // The exec form: an argument with a blank is quoted, and the script it holds has a here-string.
    expect(mayParseShell('Dockerfile', 'FROM node:22\nRUN ["sh", "-c", "npm ci <<< y"]\n')).toBe(true);
  });

  it('is true when only a script nested in a plain one needs the parser', () => {
    // cmd is tokenized, but the bash it starts is POSIX, and `if` makes it more than plain words.
    const windows = 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN cmd /S /C bash -c if\n';
    expect(mayParseShell('Dockerfile', windows)).toBe(true);
    expect(mayParseShell('Dockerfile', windows.replace('bash -c if', 'bash -c whoami'))).toBe(false);
  });

  it('is true for dockerd command lines in a systemd drop-in', () => {
    const dropIn = '[Service]\nExecStart=\nExecStart=/usr/bin/dockerd -H tcp://0.0.0.0:2375\n';
    expect(mayParseShell('etc/systemd/system/docker.service.d/override.conf', dropIn)).toBe(true);
  });

  it('is false for RUN steps of plain words, assignments, redirects and operators, and for PowerShell and cmd steps', () => {
    const plain = [
      'FROM python:3.12-slim',
      'RUN pip install --no-cache-dir -r requirements.txt && useradd --uid 10001 app',
      'RUN apt-get update \\',
      '    && apt-get install -y --no-install-recommends curl ca-certificates \\',
      '    && apt-get clean',
      'RUN su app -c whoami',
      'RUN DEBIAN_FRONTEND=noninteractive apt-get install -y tzdata > /dev/null 2>&1; APP_HOME=/srv',
      'RUN ["npm", "ci"]',
      'USER 10001',
      ''
    ].join('\n');
    expect(mayParseShell('Dockerfile', plain)).toBe(false);
    const powershell = [
      'FROM mcr.microsoft.com/windows/servercore:ltsc2022',
      'SHELL ["powershell", "-Command", "$ErrorActionPreference = \'Stop\';"]',
      "RUN Invoke-WebRequest -Uri 'https://example.com/app.zip' -OutFile app.zip",
      ''
    ].join('\n');
    expect(mayParseShell('Dockerfile', powershell)).toBe(false);
    // No rule parses an ONBUILD trigger's script.
    expect(mayParseShell('web.Dockerfile', 'FROM node:22\nONBUILD RUN echo "$HOME"\n')).toBe(false);
  });

  it('is false for a Dockerfile without RUN, manifests, Compose files and registry JSON', () => {
    expect(mayParseShell('Dockerfile', 'FROM nginx:1.27\nCOPY site/ /usr/share/nginx/html/\n')).toBe(false);
    expect(
      mayParseShell(
        'k8s/job.yaml',
        'apiVersion: batch/v1\nkind: Job\nspec:\n  template:\n    spec:\n      containers:\n        - name: run\n          command: ["sh", "-c", "run-migrations | tee log"]\n'
      )
    ).toBe(false);
    expect(mayParseShell('compose.yaml', 'services:\n  app:\n    command: npm run start\n')).toBe(false);
    expect(
      mayParseShell('etc/docker/daemon.json', '{ "insecure-registries": ["registry.local:5000"] }')
    ).toBe(false);
    // A README that mentions RUN is not sniffed as a Dockerfile (it has an extension).
    expect(mayParseShell('README.md', 'Add a RUN step to your Dockerfile: RUN echo "$HOME".\n')).toBe(false);
  });

  it('reads no YAML: it runs before the scan loads the YAML parser, also on a Compose file known by content', () => {
    // A process of its own, where nothing has loaded the YAML library (Jest's setup has, here).
    const code = [
      "import { mayParseShell } from './src/engine/load-shell-parser.ts';",
      "const compose = 'services:\\n  app:\\n    image: node:22\\n    command: npm run start\\n';",
      "console.log(JSON.stringify(mayParseShell('deploy/app.yml', compose)));"
    ].join('\n');
    const run = runModule(code);
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('false');
  });
});

describe('loadShellParser', () => {
  it('keeps the WebAssembly parser off TurboFan on every Node: a script that makes it hot does not grow the process by hundreds of MB', () => {
    // A process of its own: the flags are process-wide. On Node 24, `--liftoff-only` set at run time
    // alone let TurboFan recompile tree-sitter's lexer in background threads once this script had run
    // (peak RSS 570 MB against 70 MB); the wait gives those threads the time they took.
    const code = [
      "import { loadShellParser } from './src/engine/load-shell-parser.ts';",
      "import { parseShell } from './src/targets/shell/shell-commands.ts';",
      'await loadShellParser();',
      `const script = ${JSON.stringify('rm -rf ~/.bundle/ "${BUNDLE_PATH}"/ruby/*/cache')};`,
      "for (let i = 0; i < 50; i++) parseShell(script, 'posix');",
      'await new Promise(done => setTimeout(done, 1500));',
      'console.log(JSON.stringify(process.resourceUsage().maxRSS));'
    ].join('\n');
    const run = runModule(code);
    expect(run.stderr).toBe('');
    const peakMegabytes = Number(run.stdout.trim()) / 1024;
    expect(peakMegabytes).toBeGreaterThan(10);
    expect(peakMegabytes).toBeLessThan(300);
  });
});
