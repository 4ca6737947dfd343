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
