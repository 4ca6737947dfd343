import { formatText } from './text.js';
import { sampleResult } from './sample-result.fixture.js';

const ESC = '\u001b';

describe('formatText', () => {
  test('groups active findings by file, one line each with remediation and slug', () => {
    const text = formatText(sampleResult(), { color: false });
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
        '  .bulkhead.yml: The ignore of BH101 expired on 2024-01-01.',
        '  charts/app/templates/deployment.yaml: Skipped a Helm template.',
        '',
        '✖ 3 findings (2 high, 1 low) in 2 files · 1 suppressed',
        ''
      ].join('\n')
    );
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
    expect(formatText(result, { color: false })).toContain('✖ 3 findings (1 critical, 2 high) in 2 files');
  });

  test('summarises a clean scan with the number of files', () => {
    const result = { ...sampleResult(), findings: [], notes: [] };
    expect(formatText(result, { color: false })).toBe('✔ No findings in 3 files.\n');
  });

  test('counts suppressed findings on a clean scan and uses singulars', () => {
    const result = sampleResult();
    result.findings = result.findings.filter(f => f.suppression || f.ruleId === 'BH101');
    const text = formatText({ ...result, notes: [] }, { color: false });
    expect(text).toContain('✖ 1 finding (1 high) in 1 file · 1 suppressed\n');
    result.findings = result.findings.filter(f => f.suppression);
    expect(formatText(result, { color: false })).toContain('✔ No findings in 3 files · 1 suppressed.');
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

  test('lists at most 20 notes', () => {
    const notes = Array.from({ length: 25 }, (_, i) => ({ kind: 'info' as const, message: `Note ${i}.` }));
    const text = formatText({ ...sampleResult(), notes }, { color: false });
    expect(text).toContain('25 notes:');
    expect(text).toContain('  Note 19.\n  … and 5 more.');
    expect(text).not.toContain('Note 20.');
  });
});
