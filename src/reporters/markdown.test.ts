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
  const blobUrl = (file: string, line: number) => `https://x.test/${file}#L${line}`;

  test('has a verdict heading, the figures, and findings grouped by rule with linked locations', () => {
    const markdown = formatMarkdown(sampleResult(), { blobUrl });
    expect(
      markdown.startsWith(
        '## ❌ Bulkhead: 3 findings in 2 files\n\n3 findings in 2 files · 3 files scanned · 1 suppressed · 2 notes\n'
      )
    ).toBe(true);
    expect(markdown).toContain('🔴 High 2 · 🟡 Low 1');
    expect(markdown).toContain('kubernetes: 1 file, 1 finding');
    expect(markdown).toContain(
      '#### 🔴 High · [BH505](https://github.com/bulkhead-security/bulkhead/blob/main/docs/rules/BH505.md) host-path-mount · 1\n\n' +
        '- [deploy/my app/pod,1.yaml:20](https://x.test/deploy/my%20app/pod,1.yaml#L20): The hostPath volume "/var/run/docker.sock" is mounted; see the volume.\n'
    );
    // Most severe rule first, suppressed findings left out, no tables (they overflow GitHub's page width).
    expect(markdown.indexOf('BH101.md')).toBeLessThan(markdown.indexOf('BH403.md'));
    expect(markdown).not.toContain('nginx');
    expect(markdown).not.toContain('Showing');
    expect(markdown.split('\n').filter(line => line.startsWith('|'))).toEqual([]);
  });

  test('links locations only when blobUrl gives a URL', () => {
    expect(formatMarkdown(sampleResult())).toContain('- Dockerfile:12: ');
    expect(formatMarkdown(sampleResult(), { blobUrl: () => undefined })).toContain('- Dockerfile:12: ');
  });

  test('shows the fix once per rule, in a collapsed block', () => {
    const result = { ...sampleResult(), findings: manyFindings(12, 10) };
    const markdown = formatMarkdown(result, { isNew: finding => finding.severity === 'high' });
    expect(markdown).toContain('### New findings (2)');
    expect(markdown).toContain('### Existing findings (10)');
    // The rule appears in both sections; its fix is shown once.
    expect(markdown.match(/<summary>How to fix BH403<\/summary>/g)).toHaveLength(1);
    expect(markdown).toContain('\n\nPin the image to a specific tag or digest.\n\n</details>');
  });

  test('shows new and existing findings apart, existing ones folded, and counts what did not block', () => {
    const markdown = formatMarkdown(sampleResult(), {
      isNew: finding => finding.ruleId === 'BH403',
      failOn: 'high',
      gate: { verdict: 'pass', failing: 0, scope: 'new', notBlocking: 2 }
    });
    expect(markdown).toMatch(/^## ⚠️ Bulkhead: 3 findings in 2 files\n/);
    expect(markdown).toContain(
      '**Gate: passed** — no new findings at or above `high`. 2 existing findings at or above it did not block this change.'
    );
    expect(markdown).toContain('1 new · 2 existing');
    const newAt = markdown.indexOf('### New findings (1)');
    const existingAt = markdown.indexOf('### Existing findings (2)');
    expect(newAt).toBeGreaterThan(0);
    expect(existingAt).toBeGreaterThan(newAt);
    expect(markdown.slice(newAt, existingAt)).toContain('BH403.md');
    expect(markdown.slice(existingAt)).toMatch(
      /^### Existing findings \(2\)\n\n<details><summary>2 findings already there/
    );
    expect(markdown.slice(existingAt)).toContain('BH101.md');
  });

  test('a clean, complete scan is one line', () => {
    const clean = { ...sampleResult(), findings: [], notes: [] };
    expect(formatMarkdown(clean, { status: ['Code scanning upload: `1` for `refs/heads/main`.'] })).toBe(
      '✅ **Bulkhead**: no findings · 3 files scanned · Code scanning upload: `1` for `refs/heads/main`.\n'
    );
    expect(formatMarkdown(clean)).toBe('✅ **Bulkhead**: no findings · 3 files scanned\n');
  });

  test('picks the verdict from the gate threshold', () => {
    expect(formatMarkdown(sampleResult(), { failOn: 'critical' })).toMatch(/^## ⚠️ Bulkhead: 3 findings/);
    expect(formatMarkdown({ ...sampleResult(), findings: [], notes: [] })).toMatch(
      /^✅ \*\*Bulkhead\*\*: no findings/
    );
    expect(formatMarkdown({ ...sampleResult(), complete: false })).toContain('did not complete');
  });

  test('escapes Markdown syntax in messages and keeps each finding on one line', () => {
    expect(escapeMarkdown('a | b *c* _d_ `e` <img> [l](u)\nnext')).toBe(
      'a \\| b \\*c\\* \\_d\\_ \\`e\\` \\<img\\> \\[l\\]\\(u\\) next'
    );
    const result = sampleResult();
    result.findings[1]!.message = 'Pipe | in "a|b".\nSecond line.';
    const item = formatMarkdown(result)
      .split('\n')
      .find(line => line.startsWith('- Dockerfile:12'))!;
    expect(item).toBe('- Dockerfile:12: Pipe \\| in "a\\|b". Second line.');
  });

  test('lists at most 50 findings, folds long rule lists, and says how many were left out', () => {
    const markdown = formatMarkdown({ ...sampleResult(), findings: manyFindings(120, 10) });
    expect(markdown.split('\n').filter(line => line.startsWith('- Dockerfile:'))).toHaveLength(50);
    expect(markdown).toContain('<details><summary>45 more findings of BH403</summary>');
    expect(markdown).toContain('_Showing 50 of 120 findings;');
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
    expect(markdown.indexOf('### Files not scanned')).toBeGreaterThan(markdown.indexOf('3 files scanned'));
    expect(section).toContain(
      '25 files were not scanned: 1 binary, 1 over the size limit, 23 unreadable. Their code-scanning ' +
        'alerts may close although nothing in them changed.'
    );
    expect(section).toContain('- charts/app-1.2.0.tgz (binary): Binary file: skipped.');
    expect(section).toContain(
      "- deploy/all\\|in\\*one.yaml (over the size limit): Skipped 'deploy/all\\|in\\*one.yaml': 7340032 bytes"
    );
    const rows = section.split('\n').filter(line => line.startsWith('- '));
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
    expect(markdown.indexOf('### Files not scanned')).toBeGreaterThan(markdown.indexOf('_Showing '));
    expect(markdown).toContain('_… and 10 more files;');
    expect(formatMarkdown({ ...sampleResult(), notes: [] })).not.toContain('Files not scanned');
  });

  test('stays under the 1 MiB step-summary limit', () => {
    const result = { ...sampleResult(), findings: manyFindings(3000, 1000) };
    const markdown = formatMarkdown(result, { maxFindings: 3000 });
    expect(Buffer.byteLength(markdown)).toBeLessThan(MAX_SUMMARY_BYTES);
    expect(markdown).toMatch(/_Showing \d+ of 3000 findings;/);
    const small = formatMarkdown(result, { maxFindings: 3000, maxBytes: 4000 });
    expect(Buffer.byteLength(small)).toBeLessThanOrEqual(4000);
    expect(small).toContain('### Findings');
  });
});
