import { formatJson, toJsonReport } from './json.js';
import { sampleResult } from './sample-result.fixture.js';

describe('formatJson', () => {
  const report = toJsonReport(sampleResult());

  test('has the documented top-level shape', () => {
    expect(Object.keys(report)).toEqual([
      'version',
      'tool',
      'complete',
      'summary',
      'findings',
      'notes',
      'rules'
    ]);
    expect(report.version).toBe(1);
    expect(report.tool).toEqual({ name: 'bulkhead', version: '0.1.0' });
    expect(report.summary).toEqual({
      total: 3,
      bySeverity: { critical: 0, high: 2, medium: 0, low: 1, info: 0 },
      suppressed: 1,
      filesWithFindings: 2,
      files: 3
    });
    expect(report.rules[1]).toEqual({
      id: 'BH505',
      slug: 'host-path-mount',
      title: 'Host path mounted into a container',
      severity: 'medium'
    });
  });

  test('lists every finding, suppressed ones marked', () => {
    expect(report.findings).toHaveLength(4);
    expect(report.findings[1]).toEqual({
      ruleId: 'BH101',
      slug: 'image-runs-as-root',
      severity: 'high',
      message: 'The final image runs as "root".',
      file: 'Dockerfile',
      line: 12,
      column: 1,
      endLine: 12,
      endColumn: 10,
      target: 'dockerfile',
      fingerprint: 'a7f2ff13bc495cf2:1'
    });
    expect(report.findings[3]!.suppressed).toEqual({
      kind: 'inSource',
      justification: 'Pinned by the deploy pipeline.'
    });
    expect(report.findings[2]!.relatedLocations).toEqual([
      {
        file: 'deploy/my app/pod,1.yaml',
        line: 8,
        column: 7,
        endLine: 8,
        endColumn: 20,
        message: 'The volume is used here.'
      }
    ]);
  });

  test('keeps notes', () => {
    expect(report.notes[0]).toEqual({
      kind: 'expired-ignore',
      message: 'The ignore of BH101 expired on 2024-01-01.',
      file: '.bulkhead.yml'
    });
  });

  test('is JSON with a 2-space indent and a final newline', () => {
    const text = formatJson(sampleResult());
    expect(JSON.parse(text)).toEqual(report);
    expect(text).toMatch(/^\{\n {2}"version": 1,\n/);
    expect(text.endsWith('}\n')).toBe(true);
  });
});
