import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli.js';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'bulkhead-unknown-ids-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('unknown rule ids', () => {
  it('warn when .bulkhead.yml names a rule that does not exist, and the known ones still apply', async () => {
    // BH1O1 would fail the schema (letter O); BH011 and BH910 are well formed but are no rules.
    writeFileSync(
      join(dir, '.bulkhead.yml'),
      'rules:\n  BH910: off\n  BH403: off\nignore:\n  - rules: [BH101, BH011]\n    reason: migrating\n'
    );
    writeFileSync(join(dir, 'Dockerfile'), 'FROM ubuntu:latest\nCMD ["bash"]\n');
    const { code, stdout } = await runCli(['scan', '.', '--format', 'json'], { cwd: dir });
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { notes: { file?: string; message: string }[] };
    expect(report.notes).toEqual(
      expect.arrayContaining([
        {
          kind: 'info',
          file: '.bulkhead.yml',
          message:
            "rules names 'BH910', which is not a rule; it has no effect (run 'bulkhead rules' for the ids)."
        },
        {
          kind: 'info',
          file: '.bulkhead.yml',
          message:
            "ignore.0.rules names 'BH011', which is not a rule; it has no effect (run 'bulkhead rules' for the ids)."
        }
      ])
    );
    expect(report.notes.filter(note => /BH403|BH101/.test(note.message))).toEqual([]);
  });

  it('warn when a bulkhead-ignore comment names a rule that does not exist', async () => {
    writeFileSync(
      join(dir, 'Dockerfile'),
      [
        'FROM node:22-bookworm-slim',
        '# bulkhead-ignore BH1010 -- too many digits: not an id at all, left alone',
        '# bulkhead-ignore BH110, BH101 -- BH110 is a typo for BH101',
        'USER root'
      ].join('\n')
    );
    const { code, stdout } = await runCli(['scan', '.', '--no-color'], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toContain(
      "Dockerfile: Line 3: bulkhead-ignore names 'BH110', which is not a rule; the comment suppresses nothing"
    );
    expect(stdout).not.toContain("'BH101', which is not a rule");
  });
});
