import type { Note } from '../core/finding.js';
import { formatText } from './text.js';
import { sampleResult } from './sample-result.fixture.js';

const ESC = '\u001b';

describe('formatText', () => {
  test('with verbose, groups active findings by file, one line each with remediation and slug', () => {
    const text = formatText(sampleResult(), { color: false, verbose: true });
    expect(text).toBe(
      [
        'Dockerfile',
        '  1:6   low       BH403  The image "ubuntu:latest" has a mutable tag.',
        '        → Pin the image to a specific tag or digest. (image-tag-mutable)',
        '  12:1  high      BH101  The final image runs as "root".',
        '        → Add a `USER` instruction with a non-root user to the final stage. (image-runs-as-root)',
        '',
        'deploy/my app/pod,1.yaml',
        '  20:9  high      BH505  The hostPath volume "/var/run/docker.sock" is mounted; see the volume.',
        '        → Use a persistent volume or an emptyDir instead of a hostPath volume. (host-path-mount)',
        '',
        '2 notes:',
        '  charts/app/templates/deployment.yaml: Skipped a Helm template.',
        '  .bulkhead.yml: The ignore of BH101 expired on 2024-01-01.',
        '',
        '✖ 3 findings in 2 files (2 high, 1 low) · 3 files scanned · 1 suppressed',
        '⚠ 1 file was not scanned: 1 template (see the notes).',
        ''
      ].join('\n')
    );
  });

  test("compact by default: findings grouped by file, then each rule's fix once with its docs link", () => {
    // Two services with the same root-user problem: the fix must be printed once, not per finding.
    const result = sampleResult();
    const root = result.findings.find(f => f.ruleId === 'BH101')!;
    result.findings.push({ ...root, location: { ...root.location, file: 'services/api/Dockerfile' } });
    const text = formatText({ ...result, notes: [] }, { color: false });
    expect(text).toBe(
      [
        'Dockerfile',
        '  1:6   low       BH403  The image "ubuntu:latest" has a mutable tag.',
        '  12:1  high      BH101  The final image runs as "root".',
        '',
        'deploy/my app/pod,1.yaml',
        '  20:9  high      BH505  The hostPath volume "/var/run/docker.sock" is mounted; see the volume.',
        '',
        'services/api/Dockerfile',
        '  12:1  high      BH101  The final image runs as "root".',
        '',
        'How to fix:',
        '  BH101 image-runs-as-root (2 findings)',
        '    Add a `USER` instruction with a non-root user to the final stage.',
        '    https://github.com/bulkhead-security/bulkhead/blob/main/docs/rules/BH101.md',
        '  BH403 image-tag-mutable (1 finding)',
        '    Pin the image to a specific tag or digest.',
        '    https://github.com/bulkhead-security/bulkhead/blob/main/docs/rules/BH403.md',
        '  BH505 host-path-mount (1 finding)',
        '    Use a persistent volume or an emptyDir instead of a hostPath volume.',
        '    https://github.com/bulkhead-security/bulkhead/blob/main/docs/rules/BH505.md',
        '',
        '✖ 4 findings in 3 files (3 high, 1 low) · 3 files scanned · 1 suppressed',
        ''
      ].join('\n')
    );
    expect(text.match(/Add a `USER`/g)).toHaveLength(1);
  });

  test('does not list suppressed findings', () => {
    expect(formatText(sampleResult(), { color: false })).not.toContain('nginx');
  });

  test('uses no escape sequences without colour, and severity colours with it', () => {
    expect(formatText(sampleResult(), { color: false })).not.toContain(ESC);
    const colored = formatText(sampleResult(), { color: true });
    expect(colored).toContain(`${ESC}[31mhigh    ${ESC}[39m`);
    expect(colored).toContain(`${ESC}[34mlow     ${ESC}[39m`);
    expect(colored).toContain(`${ESC}[4mDockerfile${ESC}[24m`);
  });

  test('colours critical findings bold magenta', () => {
    const result = sampleResult();
    result.findings[0]!.severity = 'critical';
    expect(formatText(result, { color: true })).toContain(`${ESC}[1m${ESC}[35mcritical${ESC}[39m${ESC}[22m`);
    expect(formatText(result, { color: false })).toContain(
      '✖ 3 findings in 2 files (1 critical, 2 high) · 3 files scanned'
    );
  });

  test('summarises a clean scan with the number of files', () => {
    const result = { ...sampleResult(), findings: [], notes: [] };
    expect(formatText(result, { color: false })).toBe('✔ No findings · 3 files scanned.\n');
  });

  test('counts suppressed findings on a clean scan and uses singulars', () => {
    const result = sampleResult();
    result.findings = result.findings.filter(f => f.suppression || f.ruleId === 'BH101');
    const text = formatText({ ...result, notes: [] }, { color: false });
    expect(text).toContain('✖ 1 finding in 1 file (1 high) · 3 files scanned · 1 suppressed\n');
    result.findings = result.findings.filter(f => f.suppression);
    expect(formatText(result, { color: false })).toContain('✔ No findings · 3 files scanned · 1 suppressed.');
  });

  test('escapes control characters from scanned content', () => {
    const result = sampleResult();
    result.findings[0]!.message = `Value "${ESC}[2Jx\rhidden".`;
    const text = formatText(result, { color: false });
    expect(text).toContain('Value "\\x1b[2Jx\\x0dhidden".');
    expect(text).not.toContain(ESC);
  });

  test('joins file headers to cwd when given', () => {
    expect(formatText(sampleResult(), { color: false, cwd: '/repo' })).toContain(
      '\n/repo/deploy/my app/pod,1.yaml\n'
    );
  });

  test('warns when the scan did not complete', () => {
    const text = formatText({ ...sampleResult(), complete: false }, { color: false });
    expect(text.trimEnd().split('\n').at(-1)).toBe('⚠ The scan did not complete; these results are partial.');
  });

  test('names the files it could not read first among the notes, and counts them in the footer', () => {
    // A monorepo run: many informational notes, then the files that were not read at all.
    const info = Array.from({ length: 22 }, (_, i) => ({
      kind: 'info' as const,
      message: `Rule BH60${i % 10} failed on one document.`
    }));
    const notes: Note[] = [
      ...info,
      { kind: 'binary', file: 'charts/app-1.2.0.tgz', message: 'Binary file: skipped.' },
      {
        kind: 'too-large',
        file: 'deploy/all-in-one.yaml',
        message: "Skipped 'deploy/all-in-one.yaml': 7340032 bytes is over the 5242880-byte size limit."
      },
      { kind: 'binary', file: 'secrets/prod.env.gpg', message: 'Binary file: skipped.' },
      { kind: 'unreadable', file: `k8s/${ESC}[2Jodd.yaml`, message: 'Cannot read the file (EACCES).' }
    ];
    const text = formatText({ ...sampleResult(), notes }, { color: false });
    expect(text).toContain(
      [
        '26 notes:',
        '  charts/app-1.2.0.tgz: Binary file: skipped.',
        "  deploy/all-in-one.yaml: Skipped 'deploy/all-in-one.yaml': 7340032 bytes is over the 5242880-byte size limit.",
        '  secrets/prod.env.gpg: Binary file: skipped.',
        '  k8s/\\x1b[2Jodd.yaml: Cannot read the file (EACCES).',
        '  Rule BH600 failed on one document.'
      ].join('\n')
    );
    expect(text).toContain('  … and 6 more.');
    expect(text.trimEnd().split('\n').at(-1)).toBe(
      '⚠ 4 files were not scanned: 2 binary, 1 over the size limit, 1 unreadable (see the notes).'
    );
    expect(formatText({ ...sampleResult(), notes: info }, { color: false })).not.toContain('not scanned');
  });

  test('lists at most 20 notes', () => {
    const notes = Array.from({ length: 25 }, (_, i) => ({ kind: 'info' as const, message: `Note ${i}.` }));
    const text = formatText({ ...sampleResult(), notes }, { color: false });
    expect(text).toContain('25 notes:');
    expect(text).toContain('  Note 19.\n  … and 5 more.');
    expect(text).not.toContain('Note 20.');
  });
});
