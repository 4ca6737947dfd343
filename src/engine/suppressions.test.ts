import { ConfigIgnores, inlineSuppression, parseInlineSuppressions } from './suppressions.js';
import type { Finding } from '../core/finding.js';

function finding(ruleId: string, line: number, file = 'Dockerfile'): Finding {
  return {
    ruleId,
    slug: 'x',
    severity: 'high',
    message: 'm.',
    target: 'dockerfile',
    location: { file, region: { startLine: line, startColumn: 1, endLine: line, endColumn: 2 } }
  };
}

describe('inline suppressions', () => {
  const text = [
    'FROM alpine', // 1
    '# bulkhead-ignore BH101, BH403 -- base is pinned by our mirror', // 2
    'USER root', // 3
    'RUN sudo x # bulkhead-ignore BH103', // 4
    '# bulkhead-ignore BH104', // 5
    '', // 6
    'RUN usermod -aG sudo x', // 7
    '# bulkhead-ignore-file BH000 -- generated', // 8
    '# bulkhead-ignore nothing-here', // 9
    'USER root' // 10
  ];
  const inline = parseInlineSuppressions(text);

  it('applies a comment to the next line, with its reason', () => {
    expect(inlineSuppression(finding('BH101', 3), inline)).toEqual({
      kind: 'inSource',
      justification: 'base is pinned by our mirror'
    });
    expect(inlineSuppression(finding('BH403', 3), inline)).toEqual({
      kind: 'inSource',
      justification: 'base is pinned by our mirror'
    });
  });

  it('applies a trailing comment to its own line, without a reason', () => {
    expect(inlineSuppression(finding('BH103', 4), inline)).toEqual({
      kind: 'inSource',
      justification: undefined
    });
  });

  it('carries a comment over blank lines to the next instruction', () => {
    expect(inlineSuppression(finding('BH104', 7), inline)).toBeDefined();
  });

  it('does not suppress other rules or other lines', () => {
    expect(inlineSuppression(finding('BH102', 3), inline)).toBeUndefined();
    expect(inlineSuppression(finding('BH101', 10), inline)).toBeUndefined();
    expect(inlineSuppression(finding('BH101', 1), inline)).toBeUndefined();
  });

  it('applies a file-wide ignore anywhere', () => {
    expect(inlineSuppression(finding('BH000', 1), inline)).toEqual({
      kind: 'inSource',
      justification: 'generated'
    });
  });
});

describe('config ignores', () => {
  const ignores = new ConfigIgnores(
    [
      { rules: ['BH101'], paths: ['legacy/**'], reason: 'being migrated', expires: '2027-01-01' },
      { rules: ['BH403'], paths: [], reason: 'mirror pins tags' },
      { rules: ['BH102'], paths: ['win/**'], reason: 'old', expires: '2026-01-01' }
    ],
    '2026-11-23',
    path => path
  );

  it('matches rule and path glob', () => {
    expect(ignores.suppression(finding('BH101', 1, 'legacy/app/Dockerfile'))).toEqual({
      kind: 'external',
      justification: 'being migrated'
    });
    expect(ignores.suppression(finding('BH101', 1, 'app/Dockerfile'))).toBeUndefined();
    expect(ignores.suppression(finding('BH403', 1, 'anything/Dockerfile'))).toBeDefined();
  });

  it('works a path out only for a finding whose rule an ignore names, once per file in a row', () => {
    const asked: string[] = [];
    const counted = new ConfigIgnores(
      [{ rules: ['BH101'], paths: ['svc-a/**'], reason: 'base image owned by the platform team' }],
      '2026-12-05',
      path => (asked.push(path), path)
    );
    const findings = [
      finding('BH104', 3, 'svc-a/api/Dockerfile'),
      finding('BH101', 9, 'svc-a/api/Dockerfile'),
      finding('BH101', 12, 'svc-a/api/Dockerfile'),
      finding('BH101', 2, 'svc-b/web/Dockerfile')
    ];
    expect(findings.map(f => counted.suppression(f)?.kind)).toEqual([
      undefined,
      'external',
      'external',
      undefined
    ]);
    expect(asked).toEqual(['svc-a/api/Dockerfile', 'svc-b/web/Dockerfile']);
  });

  it('stops suppressing on the expiry date and says so once', () => {
    expect(ignores.suppression(finding('BH102', 1, 'win/Dockerfile'))).toBeUndefined();
    expect(ignores.suppression(finding('BH102', 2, 'win/Dockerfile'))).toBeUndefined();
    const notes = ignores.expiredNotes();
    expect(notes).toHaveLength(1);
    expect(notes[0]?.message).toContain('expired on 2026-01-01');
  });
});

describe('expired config ignores used by copies of the list (worker threads)', () => {
  const list = [
    { rules: ['BH403'], paths: [], expires: '2020-01-01' },
    { rules: ['BH101'], paths: ['legacy/**'], expires: '2021-03-31' },
    { rules: ['BH104'], paths: [], reason: 'tracked in OPS-7' }
  ];
  const create = () => new ConfigIgnores(list, '2026-12-05', path => path);

  it('replays first use across copies in the order the copies are merged', () => {
    const first = create();
    first.suppression(finding('BH101', 3, 'legacy/Dockerfile'));
    first.suppression(finding('BH403', 1, 'legacy/Dockerfile'));
    const second = create();
    second.suppression(finding('BH403', 1, 'app/Dockerfile'));
    expect(first.expiredUsedIndexes()).toEqual([1, 0]);
    expect(second.expiredUsedIndexes()).toEqual([0]);

    const merged = create();
    merged.markExpiredUsed(second.expiredUsedIndexes());
    merged.markExpiredUsed(first.expiredUsedIndexes());
    expect(merged.expiredNotes().map(n => n.message)).toEqual([
      'The config ignore of BH403 expired on 2020-01-01; its findings count again.',
      'The config ignore of BH101 for legacy/** expired on 2021-03-31; its findings count again.'
    ]);
  });

  it('records nothing for an ignore that still applies', () => {
    const copy = create();
    expect(copy.suppression(finding('BH104', 2))).toEqual({
      kind: 'external',
      justification: 'tracked in OPS-7'
    });
    expect(copy.expiredUsedIndexes()).toEqual([]);
  });
});
