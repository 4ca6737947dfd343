import type { Finding } from '../core/finding.js';
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
