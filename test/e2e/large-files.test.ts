import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from './run-cli.js';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bulkhead-large-'));
  // A 50 MB all-in-one manifest next to a small one with a finding.
  const doc =
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n' +
    '      containers:\n        - name: web\n          image: registry.example.com/web:1.4.2\n---\n';
  fs.mkdirSync(path.join(dir, 'generated'));
  fs.writeFileSync(
    path.join(dir, 'generated/all.yaml'),
    doc.repeat(Math.ceil((50 * 1000 * 1000) / doc.length))
  );
  fs.writeFileSync(
    path.join(dir, 'pod.yaml'),
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: debug\nspec:\n  hostPID: true\n  containers:\n    - name: x\n      image: busybox:1.36\n'
  );
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('bulkhead scan --max-file-size 100MB on a 50 MB manifest', () => {
  test('refuses the file with a note naming why, scans the rest, and lists it as not scanned', async () => {
    const json = await runCli(['scan', '.', '--max-file-size', '100MB', '--format', 'json'], { cwd: dir });
    const result = JSON.parse(json.stdout) as {
      complete: boolean;
      findings: { file: string }[];
      notes: { file?: string; message: string }[];
    };
    expect(result.complete).toBe(true);
    expect(result.notes).toContainEqual(
      expect.objectContaining({
        file: 'generated/all.yaml',
        message: expect.stringMatching(/^Not scanned: 47\.7 MiB is over the 8 MiB .*split the file\.$/)
      })
    );
    expect(result.findings.map(finding => finding.file)).toContain('pod.yaml');
    const summary = await runCli(['scan', '.', '--max-file-size', '100MB', '--format', 'markdown'], {
      cwd: dir
    });
    expect(summary.stdout).toContain('### Files not scanned');
    expect(summary.stdout).toContain('- generated/all.yaml (over the size limit): ');
  });
});

// The field report: one 427 KB Dockerfile line took over a minute. Every per-line step must be
// linear; these shapes stress the instruction parser, the shell parser, variable expansion and the
// secret search. Each must scan within Jest's own timeout and still give its findings.
describe('bulkhead scan on 427 KB single-line instructions', () => {
  const size = 427 * 1024;
  const repeat = (unit: string, separator: string) =>
    Array.from({ length: Math.ceil(size / (unit.length + separator.length)) }, () => unit).join(separator);
  const shapes: [string, string, string][] = [
    ['run-chain', `FROM alpine:3.20\nRUN ${repeat('curl -k https://example.com/x', ' && ')}\n`, 'BH301'],
    ['env-pairs', `FROM alpine:3.20\nENV ${repeat('K=v', ' ')} DB_PASSWORD=Qz7vLm2xWk9pRt4n\n`, 'BH201'],
    ['nested-variables', `FROM alpine:3.20\nARG A=${repeat('${B:-x}', '')}\nUSER root\n`, 'BH101'],
    ['quoted-words', `FROM alpine:3.20\nRUN echo ${repeat(`"a" 'b' $(c)`, ' ')}\nUSER root\n`, 'BH101']
  ];

  test.each(shapes)(
    '%s: scanned, with its finding',
    async (name, text, ruleId) => {
      const folder = path.join(dir, 'long-lines', name);
      fs.mkdirSync(folder, { recursive: true });
      fs.writeFileSync(path.join(folder, 'Dockerfile'), text);
      const json = await runCli(['scan', folder, '--format', 'json'], { cwd: dir });
      const result = JSON.parse(json.stdout) as { complete: boolean; findings: { ruleId: string }[] };
      expect(result.complete).toBe(true);
      expect(result.findings.map(finding => finding.ruleId)).toContain(ruleId);
      // About 3 s of CPU each; a machine loaded ten times over still fits.
    },
    120_000
  );
});
