import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OUTPUT_FORMATS } from '../../src/reporters/format-result.js';
import { runCli } from './run-cli.js';

/** Canary secrets: redaction may show their first 4 characters, so characters 4–8 must never appear. */
const CANARIES = {
  envPassword: 'Qz7vRw!kP2mXn9Lt',
  mysqlPassword: 'Jh4xVb8nQw2ZrTy6',
  urlPassword: 'Wk3pLm9xZq7RtVn2',
  gitlabToken: 'glpat-Xv9Rk2Lm7Qp4Zt8Wn3Hs',
  bearer: 'Yt6nRq2Wx9Kp4Lm8Zv3B'
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bulkhead-canary-'));
  writeFileSync(
    join(dir, 'Dockerfile'),
    [
      'FROM ubuntu:24.04',
      `ENV DB_PASSWORD=${CANARIES.envPassword}`,
      `ARG CI_TOKEN=${CANARIES.gitlabToken}`,
      `RUN mysql -uroot -p${CANARIES.mysqlPassword} -e "select 1"`,
      `RUN git clone https://deploy:${CANARIES.urlPassword}@git.example.com/org/repo.git`,
      `RUN curl -H "Authorization: Bearer ${CANARIES.bearer}" https://api.example.com/x`,
      ''
    ].join('\n')
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('no secret value reaches any output', () => {
  it.each(OUTPUT_FORMATS.map(f => [f]))('%s output, stdout and stderr', async format => {
    const { stdout, stderr, code } = await runCli(['scan', '.', '--format', format, '--fail-on', 'none'], {
      cwd: dir
    });
    expect(code).toBe(0);
    const output = stdout + stderr;
    for (const [name, canary] of Object.entries(CANARIES)) {
      expect({ name, leaked: output.includes(canary.slice(4, 9)) }).toEqual({ name, leaked: false });
    }
    // The findings are there, just redacted.
    expect(output).toMatch(/BH201|secret-in-env-or-arg/);
    expect(output).toMatch(/BH202|secret-in-build-command/);
  });
});
