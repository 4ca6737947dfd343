import { formatSarif } from '../reporters/sarif.js';
import { SAMPLE_RULES, sampleResult } from '../reporters/sample-result.fixture.js';
import type { ScanResult } from '../engine/scan-result.js';
import { baselineKey, isInBaseline, readBaselineFingerprints } from './baseline.js';
import { makeFinding } from './gate.fixture.js';

function earlierScan(): ScanResult {
  return {
    findings: [
      makeFinding('Dockerfile', 12, 'high', { fingerprint: 'a7f2ff13bc495cf2:1' }),
      makeFinding('deploy/pod.yaml', 20, 'medium', {
        ruleId: 'BH505',
        slug: 'host-path-mount',
        fingerprint: '180aee12dab6264:1',
        suppression: { kind: 'external', justification: 'node agent' }
      }),
      // No fingerprint (file could not be read): cannot be matched.
      makeFinding('Dockerfile', 1, 'low', {
        ruleId: 'BH403',
        slug: 'image-tag-mutable',
        fingerprint: undefined
      })
    ],
    notes: [],
    files: [],
    rules: SAMPLE_RULES,
    complete: true,
    startedAt: '2025-01-02T03:04:05.000Z',
    finishedAt: '2025-01-02T03:04:06.000Z'
  };
}

describe('readBaselineFingerprints', () => {
  test('reads rule id + primaryLocationLineHash of every result, suppressed ones included', () => {
    const keys = readBaselineFingerprints(formatSarif(earlierScan(), { category: 'bulkhead' }));
    expect([...keys].sort()).toEqual(
      [baselineKey('BH101', 'a7f2ff13bc495cf2:1'), baselineKey('BH505', '180aee12dab6264:1')].sort()
    );
  });

  test('reads the shared sample result and tolerates a byte order mark', () => {
    const keys = readBaselineFingerprints(`\uFEFF${formatSarif(sampleResult())}`);
    expect(keys.size).toBe(3);
  });

  test('finds the rule id through ruleIndex or rule.id when ruleId is absent', () => {
    const log = {
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'x', rules: [{ id: 'BH1' }, { id: 'BH2' }] } },
          results: [
            { ruleIndex: 1, partialFingerprints: { primaryLocationLineHash: 'h1:1' } },
            { rule: { id: 'BH3' }, partialFingerprints: { primaryLocationLineHash: 'h2:1' } },
            { ruleId: 'BH4', partialFingerprints: { other: 'x' } },
            null
          ]
        },
        { tool: { driver: { name: 'y' } } }
      ]
    };
    expect([...readBaselineFingerprints(JSON.stringify(log))]).toEqual([
      baselineKey('BH2', 'h1:1'),
      baselineKey('BH3', 'h2:1')
    ]);
  });

  test('invalid JSON and non-SARIF JSON throw a clear error', () => {
    expect(() => readBaselineFingerprints('{"runs": [')).toThrow(/^The baseline is not valid JSON \(/);
    expect(() => readBaselineFingerprints('[]')).toThrow('The baseline is not a SARIF log');
    expect(() => readBaselineFingerprints('{"version":"2.1.0"}')).toThrow('no "runs" array');
  });
});

describe('isInBaseline', () => {
  const keys = readBaselineFingerprints(formatSarif(earlierScan()));

  test('matches rule and fingerprint, wherever the line moved', () => {
    expect(
      isInBaseline(makeFinding('Dockerfile', 40, 'high', { fingerprint: 'a7f2ff13bc495cf2:1' }), keys)
    ).toBe(true);
  });

  test('a different rule on the same line, a changed line or a missing fingerprint is not in it', () => {
    expect(
      isInBaseline(
        makeFinding('Dockerfile', 12, 'low', { ruleId: 'BH403', fingerprint: 'a7f2ff13bc495cf2:1' }),
        keys
      )
    ).toBe(false);
    expect(isInBaseline(makeFinding('Dockerfile', 12, 'high', { fingerprint: 'ffff:1' }), keys)).toBe(false);
    expect(isInBaseline(makeFinding('Dockerfile', 12, 'high', { fingerprint: undefined }), keys)).toBe(false);
  });
});
