import type { Finding, Note } from '../core/finding.js';
import { escapeMarkdown, formatMarkdown, MAX_SUMMARY_BYTES } from './markdown.js';
import { sampleResult } from './sample-result.fixture.js';

function manyFindings(count: number, messageLength: number): Finding[] {
  const [template] = sampleResult().findings;
  return Array.from({ length: count }, (_, i) => ({
    ...template!,
    severity: i % 7 === 0 ? 'high' : 'low',
    message: `Finding ${i} ${'x'.repeat(messageLength)}.`,
    location: { ...template!.location, region: { ...template!.location.region, startLine: i + 1 } }
  }));
}

describe('formatMarkdown', () => {
  test('has a verdict heading, severity and target counts, and a findings table', () => {
    const markdown = formatMarkdown(sampleResult(), {
      blobUrl: (file, line) => `https://x.test/${file}#L${line}`
    });
    expect(
      markdown.startsWith('## ❌ Bulkhead: 3 findings\n\n3 files scanned · 1 suppressed · 2 notes\n')
    ).toBe(true);
    expect(markdown).toContain('| 🔴 High | 2 |');
    expect(markdown).toContain('| kubernetes | 1 | 1 |');
    expect(markdown).toContain(
      '| 🔴 High | [BH505](https://github.com/bulkhead-security/bulkhead/blob/main/docs/rules/BH505.md) host-path-mount | The hostPath volume "/var/run/docker.sock" is mounted; see the volume. | [deploy/my app/pod,1.yaml:20](https://x.test/deploy/my%20app/pod,1.yaml#L20) |'
    );
    // Most severe first, suppressed findings left out.
    expect(markdown.indexOf('BH101.md')).toBeLessThan(markdown.indexOf('BH403.md'));
    expect(markdown).not.toContain('nginx');
    expect(markdown).not.toContain('Showing');
  });

  test('links locations only when blobUrl gives a URL', () => {
    expect(formatMarkdown(sampleResult())).toContain('| Dockerfile:12 |');
    expect(formatMarkdown(sampleResult(), { blobUrl: () => undefined })).toContain('| Dockerfile:12 |');
  });

  test('picks the verdict from the gate threshold', () => {
    expect(formatMarkdown(sampleResult(), { failOn: 'critical' })).toMatch(/^## ⚠️ Bulkhead: 3 findings/);
    expect(formatMarkdown({ ...sampleResult(), findings: [] })).toMatch(/^## ✅ Bulkhead: no findings\n/);
    expect(formatMarkdown({ ...sampleResult(), complete: false })).toContain('did not complete');
  });

  test('escapes table and Markdown syntax in messages', () => {
    expect(escapeMarkdown('a | b *c* _d_ `e` <img> [l](u)\nnext')).toBe(
      'a \\| b \\*c\\* \\_d\\_ \\`e\\` \\<img\\> \\[l\\]\\(u\\) next'
    );
    const result = sampleResult();
    result.findings[1]!.message = 'Pipe | in "a|b".\nSecond line.';
    const row = formatMarkdown(result)
      .split('\n')
      .find(line => line.includes('BH101.md'))!;
    expect(row).toContain('Pipe \\| in "a\\|b". Second line.');
    expect(row.split(/(?<!\\)\|/)).toHaveLength(6);
  });

  test('shows at most 50 findings and says so', () => {
    const markdown = formatMarkdown({ ...sampleResult(), findings: manyFindings(120, 10) });
    expect(
      markdown.split('\n').filter(line => line.startsWith('| 🔴') || line.startsWith('| 🟡'))
    ).toHaveLength(52);
    expect(markdown).toContain('_Showing the 50 most severe findings of 120;');
  });

  test('lists the files it could not read, capped, with a count beyond the cap', () => {
    const notes: Note[] = [
      { kind: 'info', message: 'Rule BH601 failed on one document.', file: 'deploy/api.yaml' },
      { kind: 'binary', file: 'charts/app-1.2.0.tgz', message: 'Binary file: skipped.' },
      { kind: 'binary', file: 'charts/app-1.2.0.tgz', message: 'Binary file: skipped.' },
      {
        kind: 'too-large',
        file: 'deploy/all|in*one.yaml',
        message: "Skipped 'deploy/all|in*one.yaml': 7340032 bytes is over the 5242880-byte size limit."
      },
      ...Array.from({ length: 23 }, (_, i) => ({
        kind: 'unreadable' as const,
        file: `k8s/overlays/env-${i}/patch.yaml`,
        message: 'Cannot read the file (EACCES: permission denied).'
      }))
    ];
    const markdown = formatMarkdown({ ...sampleResult(), findings: [], notes });
    const section = markdown.slice(markdown.indexOf('\n### Files not scanned\n'));
    expect(markdown.indexOf('### Files not scanned')).toBeGreaterThan(markdown.indexOf('| Severity |'));
    expect(section).toContain(
      '25 files were not scanned: 1 binary, 1 over the size limit, 23 unreadable. Their code-scanning ' +
        'alerts may close although nothing in them changed.'
    );
    expect(section).toContain('| charts/app-1.2.0.tgz | binary | Binary file: skipped. |');
    expect(section).toContain(
      "| deploy/all\\|in\\*one.yaml | over the size limit | Skipped 'deploy/all\\|in\\*one.yaml': 7340032 bytes"
    );
    const rows = section
      .split('\n')
      .filter(line => line.startsWith('| ') && !line.startsWith('| File') && !line.startsWith('| ---'));
    expect(rows).toHaveLength(20);
    expect(rows.at(-1)).toContain('k8s/overlays/env-17/patch.yaml');
    expect(section).toContain('_… and 5 more files; see the notes in the JSON or SARIF output._');
    expect(section).not.toContain('deploy/api.yaml');
  });

  test('puts the files not scanned after the findings and keeps them within the byte budget', () => {
    const notes: Note[] = Array.from({ length: 30 }, (_, i) => ({
      kind: 'too-large' as const,
      file: `generated/${'x'.repeat(900)}-${i}.yaml`,
      message: 'Skipped: over the size limit.'
    }));
    const result = { ...sampleResult(), findings: manyFindings(3000, 1000), notes };
    const markdown = formatMarkdown(result, { maxFindings: 3000, maxBytes: 60_000 });
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(60_000);
    expect(markdown.indexOf('### Files not scanned')).toBeGreaterThan(markdown.indexOf('_Showing the'));
    expect(markdown).toContain('_… and 10 more files;');
    expect(formatMarkdown({ ...sampleResult(), notes: [] })).not.toContain('Files not scanned');
  });

  test('stays under the 1 MiB step-summary limit', () => {
    const result = { ...sampleResult(), findings: manyFindings(3000, 1000) };
    const markdown = formatMarkdown(result, { maxFindings: 3000 });
    expect(Buffer.byteLength(markdown)).toBeLessThan(MAX_SUMMARY_BYTES);
    expect(markdown).toMatch(/_Showing the \d+ most severe findings of 3000;/);
    const small = formatMarkdown(result, { maxFindings: 3000, maxBytes: 4000 });
    expect(Buffer.byteLength(small)).toBeLessThanOrEqual(4000);
    expect(small).toContain('### Findings');
  });
});
