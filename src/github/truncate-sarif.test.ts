import { describe, expect, it } from '@jest/globals';
import type * as Sarif from 'sarif';
import { compileSarifSchema } from '../../test/sarif-validation.js';
import { sampleResult } from '../reporters/sample-result.fixture.js';
import { toSarif } from '../reporters/sarif.js';
import { gzippedSize, SARIF_LIMITS } from './sarif-limits.js';
import { describeTruncation, fitSarif, sarifSeverity, type FitLimits } from './truncate-sarif.js';

const SCORES = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '1.0' } as const;
type Level = keyof typeof SCORES;

/** A Kubernetes-scan-shaped run: one rule per severity, results spread over manifests. */
function log(results: Sarif.Result[], extra: Partial<Sarif.Run> = {}): Sarif.Log {
  return {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: {
          driver: {
            name: 'bulkhead',
            rules: (Object.keys(SCORES) as Level[]).map(level => ({
              id: `BH-${level}`,
              properties: { 'security-severity': SCORES[level], tags: ['security'] }
            }))
          }
        },
        results,
        ...extra
      }
    ]
  };
}

function result(level: Level, file: string, line: number, locations = 1): Sarif.Result {
  const location = (l: number): Sarif.Location => ({
    physicalLocation: { artifactLocation: { uri: file }, region: { startLine: l } }
  });
  return {
    ruleId: `BH-${level}`,
    ruleIndex: (Object.keys(SCORES) as Level[]).indexOf(level),
    message: { text: `Container in ${file} runs as root.` },
    locations: Array.from({ length: locations }, (_, i) => location(line + i))
  };
}

const ROOMY: FitLimits = { ...SARIF_LIMITS };

function mixedResults(): Sarif.Result[] {
  const levels: Level[] = ['info', 'low', 'critical', 'medium', 'high'];
  return Array.from({ length: 200 }, (_, i) => result(levels[i % 5]!, `deploy/app-${i % 7}.yaml`, 10 + i));
}

describe('fitSarif', () => {
  it('leaves a log within the limits untouched', () => {
    const sample = toSarif(sampleResult());
    const fitted = fitSarif(sample, { limits: ROOMY, gzippedSize });
    expect(fitted.truncation).toBeUndefined();
    expect(fitted.text).toBe(JSON.stringify(sample));
  });

  it('keeps the most severe results that fit the gzipped size, in their original order, as valid SARIF', () => {
    const input = log(mixedResults());
    const full = gzippedSize(JSON.stringify(input));
    const limits = { ...ROOMY, gzippedBytes: Math.floor(full / 2) };
    const fitted = fitSarif(input, { limits, gzippedSize });
    expect(gzippedSize(fitted.text)).toBeLessThanOrEqual(limits.gzippedBytes);
    const kept = fitted.log.runs[0]?.results ?? [];
    const t = fitted.truncation;
    expect(t?.limits).toEqual(['gzippedBytes']);
    expect(t?.total).toBe(200);
    expect(t?.kept).toBe(kept.length);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(200);
    // Severity order: no kept result is less severe than a dropped one.
    const rank = (r: Sarif.Result) => Number(SCORES[(r.ruleId ?? '').slice(3) as Level]);
    const line = (r: Sarif.Result) => r.locations?.[0]?.physicalLocation?.region?.startLine ?? 0;
    const keptLines = new Set(kept.map(line));
    const lowestKept = kept.reduce((lowest, r) => Math.min(lowest, rank(r)), Infinity);
    const dropped = (input.runs[0]?.results ?? []).filter(r => !keptLines.has(line(r)));
    expect(dropped).toHaveLength(200 - kept.length);
    expect(dropped.every(r => rank(r) <= lowestKept)).toBe(true);
    expect(t?.dropped.critical).toBe(0);
    expect(Object.values(t?.dropped ?? {}).reduce((a, b) => a + b, 0)).toBe(200 - kept.length);
    // Original order among the kept ones.
    const lines = kept.map(line);
    expect([...lines].sort((a, b) => a - b)).toEqual(lines);
    expect(compileSarifSchema()(fitted.log)).toBe(true);
    // The input is not changed.
    expect(input.runs[0]?.results).toHaveLength(200);
  });

  it('is deterministic whatever order equal-severity results come in', () => {
    const results = mixedResults();
    const limits = { ...ROOMY, resultsPerRun: 50 };
    const a = fitSarif(log(results), { limits, gzippedSize });
    const b = fitSarif(log([...results].reverse()), { limits, gzippedSize });
    const keys = (l: Sarif.Log) =>
      (l.runs[0]?.results ?? [])
        .map(r => `${r.ruleId}@${r.locations?.[0]?.physicalLocation?.region?.startLine}`)
        .sort();
    expect(keys(a.log)).toEqual(keys(b.log));
    expect(fitSarif(log(results), { limits, gzippedSize }).text).toBe(a.text);
    // 40 of each severity: all 40 critical and the first 10 high in the stable order stay.
    expect(a.truncation?.dropped).toEqual({ critical: 0, high: 30, medium: 40, low: 40, info: 40 });
  });

  it('cuts locations, thread-flow locations and tags to their maximum', () => {
    const flow: Sarif.CodeFlow = {
      threadFlows: [
        { locations: Array.from({ length: 3 }, () => ({ location: { message: { text: 'step' } } })) },
        { locations: Array.from({ length: 3 }, () => ({ location: { message: { text: 'step' } } })) }
      ]
    };
    const input = log([
      { ...result('high', 'Dockerfile', 3, 5), codeFlows: [flow] },
      result('low', 'Dockerfile', 9)
    ]);
    const limits = { ...ROOMY, locationsPerResult: 2, threadFlowLocationsPerResult: 4, tagsPerRule: 0 };
    const fitted = fitSarif(input, { limits, gzippedSize });
    const [first] = fitted.log.runs[0]?.results ?? [];
    expect(first?.locations).toHaveLength(2);
    expect(first?.codeFlows?.[0]?.threadFlows.map(t => t.locations.length)).toEqual([3, 1]);
    expect(fitted.log.runs[0]?.tool.driver.rules?.every(r => (r.properties?.tags ?? []).length === 0)).toBe(
      true
    );
    expect(fitted.truncation).toMatchObject({
      total: 2,
      kept: 2,
      trimmedResults: 1,
      trimmedRules: 5,
      limits: ['tagsPerRule', 'locationsPerResult', 'threadFlowLocationsPerResult']
    });
    expect(compileSarifSchema()(fitted.log)).toBe(true);
  });

  it('drops runs past the maximum and counts their results', () => {
    const input = log([result('critical', 'a.yaml', 1)]);
    const second = log([result('high', 'b.yaml', 1), result('info', 'b.yaml', 2)]).runs[0]!;
    const fitted = fitSarif(
      { ...input, runs: [...input.runs, second] },
      { limits: { ...ROOMY, runs: 1 }, gzippedSize }
    );
    expect(fitted.log.runs).toHaveLength(1);
    expect(fitted.truncation).toMatchObject({
      total: 3,
      kept: 1,
      dropped: { high: 1, info: 1 },
      limits: ['runs']
    });
  });

  it("takes the scan's own severity when given", () => {
    const input = log([result('info', 'a.yaml', 1), result('info', 'a.yaml', 2)]);
    const fitted = fitSarif(input, {
      limits: { ...ROOMY, resultsPerRun: 1 },
      gzippedSize,
      severityOf: (_run, index) => (index === 1 ? 'critical' : 'info')
    });
    expect(fitted.log.runs[0]?.results?.[0]?.locations?.[0]?.physicalLocation?.region?.startLine).toBe(2);
  });
});

describe('sarifSeverity', () => {
  it("reads the result's security-severity, then the rule's, then the level", () => {
    const run = log([]).runs[0]!;
    expect(sarifSeverity(run, result('medium', 'x', 1))).toBe('medium');
    expect(sarifSeverity(run, { ...result('low', 'x', 1), properties: { 'security-severity': '9.5' } })).toBe(
      'critical'
    );
    expect(sarifSeverity(run, { message: { text: 'x' }, level: 'error' })).toBe('high');
    expect(sarifSeverity(run, { message: { text: 'x' } })).toBe('medium');
  });
});

describe('describeTruncation', () => {
  it('names the limits, the counts kept and left out by severity, and where the full SARIF is', () => {
    const text = describeTruncation(
      {
        total: 30_000,
        kept: 25_000,
        dropped: { critical: 0, high: 0, medium: 0, low: 1_200, info: 3_800 },
        trimmedResults: 0,
        trimmedRules: 0,
        limits: ['gzippedBytes', 'resultsPerRun']
      },
      SARIF_LIMITS
    );
    expect(text).toBe(
      'Code scanning accepts at most 10 MB of gzipped SARIF, 25,000 results per run. ' +
        'Uploaded the 25,000 most severe of 30,000 results; 5,000 left out (1,200 low, 3,800 info). ' +
        'The full SARIF is in the `sarif-file` output.'
    );
  });
});
