import { describe, expect, it } from '@jest/globals';
import type * as Sarif from 'sarif';
import { sampleResult } from '../reporters/sample-result.fixture.js';
import { toSarif } from '../reporters/sarif.js';
import { checkSarifLimits, isProblem, SARIF_LIMITS, uploadableSarif } from './sarif-limits.js';

function run(overrides: Partial<Sarif.Run> = {}): Sarif.Run {
  return { tool: { driver: { name: 'bulkhead', rules: [] } }, results: [], ...overrides };
}

function result(locations = 1): Sarif.Result {
  const location: Sarif.Location = { physicalLocation: { artifactLocation: { uri: 'Dockerfile' } } };
  return {
    ruleId: 'BH101',
    message: { text: 'x' },
    locations: Array.from({ length: locations }, () => location)
  };
}

describe('checkSarifLimits', () => {
  it('accepts a log within every limit, including at the exact limits', () => {
    const log: Sarif.Log = {
      version: '2.1.0',
      runs: Array.from({ length: 20 }, () =>
        run({
          tool: {
            driver: {
              name: 'bulkhead',
              rules: [{ id: 'BH101', properties: { tags: Array.from({ length: 20 }, (_, i) => `t${i}`) } }]
            }
          },
          results: [result(1000)]
        })
      )
    };
    expect(checkSarifLimits(log, SARIF_LIMITS.gzippedBytes)).toEqual([]);
    expect(checkSarifLimits(toSarif(sampleResult()), 1000)).toEqual([]);
  });

  it('reports size, runs, results, rules, tags and locations over the limits', () => {
    const tooManyTags: Sarif.ReportingDescriptor = {
      id: 'BH1',
      properties: { tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }
    };
    const big = run({
      tool: {
        driver: {
          name: 'bulkhead',
          rules: [tooManyTags, tooManyTags, ...Array.from({ length: 24_999 }, (_, i) => ({ id: `R${i}` }))]
        }
      },
      results: [result(1001), ...Array.from({ length: 25_000 }, () => result())]
    });
    const log: Sarif.Log = { version: '2.1.0', runs: [big, ...Array.from({ length: 20 }, () => run())] };
    const violations = checkSarifLimits(log, SARIF_LIMITS.gzippedBytes + 1);
    expect(violations.map(v => [v.limit, v.actual, v.run, v.offenders])).toEqual([
      ['gzippedBytes', 10_000_001, undefined, undefined],
      ['runs', 21, undefined, undefined],
      ['resultsPerRun', 25_001, 0, undefined],
      ['rulesPerRun', 25_001, 0, undefined],
      ['tagsPerRule', 21, 0, 2],
      ['locationsPerResult', 1001, 0, 1]
    ]);
    expect(violations[2]?.message).toBe('Run 0 has more results than allowed (25001 > 25000).');
  });

  it('counts rules of tool extensions and thread-flow locations', () => {
    const flow = { threadFlows: [{ locations: Array.from({ length: 10_001 }, () => ({})) }] };
    const log: Sarif.Log = {
      version: '2.1.0',
      runs: [
        run({
          tool: {
            driver: { name: 'bulkhead' },
            extensions: Array.from({ length: 101 }, (_, i) => ({ name: `e${i}`, rules: [{ id: `R${i}` }] }))
          },
          results: [{ ...result(), codeFlows: [flow] }]
        })
      ]
    };
    expect(checkSarifLimits(log, 1).map(v => v.limit)).toEqual([
      'extensionsPerRun',
      'threadFlowLocationsPerResult'
    ]);
  });
});

describe('uploadableSarif', () => {
  it('refuses an incomplete scan', () => {
    const outcome = uploadableSarif({ ...sampleResult(), complete: false });
    expect(isProblem(outcome)).toBe(true);
    expect(outcome).toMatchObject({ kind: 'incomplete-scan' });
  });

  it('leaves suppressed findings out and keeps the rest', () => {
    const scan = sampleResult();
    expect(scan.findings.some(f => f.suppression)).toBe(true);
    const outcome = uploadableSarif(scan, { category: 'containers' });
    if (isProblem(outcome)) throw new Error(outcome.message);
    expect(outcome.truncation).toBeUndefined();
    const log = JSON.parse(outcome.sarif) as Sarif.Log;
    const results = log.runs[0]?.results ?? [];
    expect(results).toHaveLength(scan.findings.filter(f => !f.suppression).length);
    expect(results.every(r => r.suppressions === undefined)).toBe(true);
    expect(log.runs[0]?.tool.driver.rules).toHaveLength(scan.rules.length);
    expect(log.runs[0]?.automationDetails).toEqual({ id: 'containers/' });
    expect(log.runs[0]?.invocations?.[0]?.executionSuccessful).toBe(true);
  });

  it('uploads the most severe results that fit when a scan has more than 25,000', () => {
    const scan = sampleResult();
    const [first] = scan.findings;
    if (!first) throw new Error('sample has findings');
    // 24,990 info findings on distinct lines, then 20 high ones at the end of the list.
    const info = Array.from({ length: 24_990 }, (_, i) => ({
      ...first,
      severity: 'info' as const,
      suppression: undefined,
      location: { ...first.location, region: { ...first.location.region, startLine: i + 1, endLine: i + 1 } }
    }));
    const high = Array.from({ length: 20 }, (_, i) => ({
      ...first,
      severity: 'high' as const,
      suppression: undefined,
      location: {
        ...first.location,
        region: { ...first.location.region, startLine: 30_000 + i, endLine: 30_000 + i }
      }
    }));
    const outcome = uploadableSarif({ ...scan, findings: [...info, ...high] });
    if (isProblem(outcome)) throw new Error(outcome.message);
    expect(outcome.truncation).toMatchObject({
      total: 25_010,
      kept: 25_000,
      dropped: { critical: 0, high: 0, medium: 0, low: 0, info: 10 },
      limits: ['resultsPerRun']
    });
    const results = (JSON.parse(outcome.sarif) as Sarif.Log).runs[0]?.results ?? [];
    expect(results).toHaveLength(25_000);
    // Every high finding made it; the info ones left out are the last in the stable order.
    expect(results.filter(r => r.level === 'error')).toHaveLength(20);
    const lines = new Set(results.map(r => r.locations?.[0]?.physicalLocation?.region?.startLine));
    expect([24_981, 24_990].some(line => lines.has(line))).toBe(false);
    expect(lines.has(24_980)).toBe(true);
  });

  it('still refuses what cutting results cannot fix (too many rules)', () => {
    const scan = sampleResult();
    const [rule] = scan.rules;
    if (!rule) throw new Error('sample has rules');
    const rules = Array.from({ length: 25_001 }, (_, i) => ({ ...rule, id: `BH${i}` }));
    const outcome = uploadableSarif({ ...scan, rules });
    expect(outcome).toMatchObject({
      kind: 'over-limits',
      violations: [{ limit: 'rulesPerRun', actual: 25_001 }]
    });
  });
});
