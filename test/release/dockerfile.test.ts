import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runCli } from '../e2e/run-cli.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe("Bulkhead's own Dockerfile", () => {
  it('has no finding, even with digests required and every severity failing', async () => {
    const { code, stdout } = await runCli(
      ['scan', 'Dockerfile', '.dockerignore', '--require-digest', '--fail-on', 'info', '--format', 'json'],
      { cwd: root }
    );
    const report = JSON.parse(stdout) as { findings: unknown[]; summary: { files: number } };
    expect(report.findings).toEqual([]);
    // The Dockerfile was read as one (a file not recognised would give no finding either).
    expect(report.summary.files).toBe(1);
    expect(code).toBe(0);
  });

  it('runs the bundled CLI as a non-root user on a base pinned by digest', () => {
    const text = readFileSync(`${root}/Dockerfile`, 'utf8');
    expect(text).toMatch(/^FROM node:24-[a-z]+-slim@sha256:[0-9a-f]{64}$/m);
    expect(text).toMatch(/^USER node$/m);
    expect(text).toContain('ENTRYPOINT ["node", "/opt/bulkhead/dist/cli.js"]');
    // Everything the image copies must be in the build context .dockerignore leaves.
    const copied = [...text.matchAll(/^COPY (.+) \S+$/gm)].flatMap(match => (match[1] as string).split(' '));
    const allowed = readFileSync(`${root}/.dockerignore`, 'utf8')
      .split('\n')
      .filter(line => line.startsWith('!'))
      .map(line => line.slice(1));
    expect(copied.filter(file => !allowed.includes(file))).toEqual([]);
  });
});
