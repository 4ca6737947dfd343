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
    const log = JSON.parse(outcome) as Sarif.Log;
    const results = log.runs[0]?.results ?? [];
    expect(results).toHaveLength(scan.findings.filter(f => !f.suppression).length);
    expect(results.every(r => r.suppressions === undefined)).toBe(true);
    expect(log.runs[0]?.tool.driver.rules).toHaveLength(scan.rules.length);
    expect(log.runs[0]?.automationDetails).toEqual({ id: 'containers/' });
    expect(log.runs[0]?.invocations?.[0]?.executionSuccessful).toBe(true);
  });

  it('refuses a SARIF over the limits', () => {
    const scan = sampleResult();
    const [first] = scan.findings;
    if (!first) throw new Error('sample has findings');
    const findings = Array.from({ length: 25_001 }, () => ({ ...first, suppression: undefined }));
    const outcome = uploadableSarif({ ...scan, findings });
    expect(outcome).toMatchObject({
      kind: 'over-limits',
      violations: [{ limit: 'resultsPerRun', actual: 25_001 }]
    });
  });
});
