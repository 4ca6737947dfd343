import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scan } from '../engine/scan.js';
import { formatSarif } from '../reporters/sarif.js';
import { SAMPLE_RULES, sampleResult } from '../reporters/sample-result.fixture.js';
import type { ScanResult } from '../core/scan-result.js';
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

function at(uri: string) {
  return { physicalLocation: { artifactLocation: { uri, uriBaseId: '%SRCROOT%' } } };
}

describe('readBaselineFingerprints', () => {
  test('reads rule id + primaryLocationLineHash of every result, suppressed ones included', () => {
    const keys = readBaselineFingerprints(formatSarif(earlierScan(), { category: 'bulkhead' }));
    expect([...keys].sort()).toEqual(
      [
        baselineKey('BH101', 'Dockerfile', 'a7f2ff13bc495cf2:1'),
        baselineKey('BH505', 'deploy/pod.yaml', '180aee12dab6264:1')
      ].sort()
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
            {
              ruleIndex: 1,
              locations: [at('a/Dockerfile')],
              partialFingerprints: { primaryLocationLineHash: 'h1:1' }
            },
            {
              rule: { id: 'BH3' },
              locations: [at('./b%20c/Dockerfile')],
              partialFingerprints: { primaryLocationLineHash: 'h2:1' }
            },
            { ruleId: 'BH4', locations: [at('Dockerfile')], partialFingerprints: { other: 'x' } },
            // No location: cannot be matched to a file.
            { ruleId: 'BH5', partialFingerprints: { primaryLocationLineHash: 'h3:1' } },
            null
          ]
        },
        { tool: { driver: { name: 'y' } } }
      ]
    };
    expect([...readBaselineFingerprints(JSON.stringify(log))]).toEqual([
      baselineKey('BH2', 'a/Dockerfile', 'h1:1'),
      baselineKey('BH3', 'b c/Dockerfile', 'h2:1')
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

  test('an image finding moved onto its Dockerfile still matches a baseline taken on the image', () => {
    const onImage = makeFinding('build/api.tar', 1, 'high', {
      target: 'image',
      fingerprint: '5c0ffee1d2a3b4c5:1',
      location: { file: 'build/api.tar', region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 } }
    });
    const imageKeys = readBaselineFingerprints(formatSarif({ ...earlierScan(), findings: [onImage] }));
    const moved = makeFinding('api/Dockerfile', 16, 'high', {
      target: 'image',
      fingerprint: '5c0ffee1d2a3b4c5:1',
      properties: { imageSource: 'build/api.tar' }
    });
    expect(isInBaseline(moved, imageKeys)).toBe(true);
    expect(isInBaseline({ ...moved, properties: {} }, imageKeys)).toBe(false);
  });
});

describe('a Dockerfile copied to a second service', () => {
  // svc-a/Dockerfile runs as root and is in the baseline taken on svc-a; copied to svc-b/, its
  // line hash is the same, but it is a new problem in a new place and must count as new.
  const dockerfile = [
    'FROM python:3.12-slim',
    'WORKDIR /srv',
    'COPY requirements.txt .',
    'RUN pip install --no-cache-dir -r requirements.txt',
    'COPY . .',
    'CMD ["gunicorn", "app:app", "--bind", "0.0.0.0:8000"]',
    ''
  ].join('\n');
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'bulkhead-baseline-'));
    mkdirSync(join(dir, 'svc-a'));
    writeFileSync(join(dir, 'svc-a/Dockerfile'), dockerfile);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('with a baseline taken on svc-a, the copy in svc-b is new and the original is not', async () => {
    const before = await scan({ paths: ['.'], cwd: dir });
    expect(before.result.findings.map(f => f.ruleId)).toContain('BH101');
    const keys = readBaselineFingerprints(formatSarif(before.result));

    mkdirSync(join(dir, 'svc-b'));
    writeFileSync(join(dir, 'svc-b/Dockerfile'), dockerfile);
    const after = await scan({ paths: ['.'], cwd: dir });
    const rootFindings = after.result.findings.filter(f => f.ruleId === 'BH101');
    expect(rootFindings.map(f => [f.location.file, isInBaseline(f, keys)])).toEqual([
      ['svc-a/Dockerfile', true],
      ['svc-b/Dockerfile', false]
    ]);
    // Same rule, same line hash: only the path tells them apart.
    expect(rootFindings[0]?.fingerprint).toBe(rootFindings[1]?.fingerprint);
  });

  test('a ./-prefixed spelling of the same file still matches', () => {
    const original = makeFinding('svc-a/Dockerfile', 1, 'high', { fingerprint: '5e1c0b3a9d7f2e41:1' });
    const keys = readBaselineFingerprints(formatSarif({ ...earlierScan(), findings: [original] }));
    const dotted = { ...original, location: { ...original.location, file: './svc-a/Dockerfile' } };
    expect(isInBaseline(dotted, keys)).toBe(true);
  });
});
