import { fileURLToPath } from 'node:url';
import type * as Sarif from 'sarif';
import { join, dirname } from 'node:path';
import { runCli } from './run-cli.js';
import { compileSarifSchema, describeResults, EXPECTED_NOTES, runMultitool } from '../sarif-validation.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('SARIF of a real scan (examples/)', () => {
  let text: string;
  let log: Sarif.Log;
  beforeAll(async () => {
    const { stdout } = await runCli(['scan', 'examples', '--format', 'sarif', '--category', 'examples'], {
      cwd: ROOT
    });
    text = stdout;
    log = JSON.parse(stdout) as Sarif.Log;
  });

  it('validates against the SARIF 2.1.0 schema', () => {
    const validate = compileSarifSchema();
    expect(validate(log) ? [] : validate.errors).toEqual([]);
  });

  it('has zero errors and warnings from the SARIF multitool (Sarif;Gh)', () => {
    const problems = runMultitool(text).filter(
      r => r.level === 'error' || r.level === 'warning' || !EXPECTED_NOTES.has(r.ruleId ?? '')
    );
    expect(describeResults(problems)).toBe('');
  });

  it("carries fixes as artifact changes on the result's own file, each marked safe or review", () => {
    const results = (log.runs[0] as Sarif.Run).results ?? [];
    const fixed = results.filter(r => r.fixes?.length);
    expect(fixed.map(r => r.ruleId)).toEqual(expect.arrayContaining(['BH101', 'BH102', 'BH601']));
    for (const result of fixed)
      for (const fix of result.fixes ?? []) {
        expect(fix.description?.text).toMatch(/[.]$/);
        expect(['safe', 'review']).toContain(fix.properties?.['safety']);
        const [change, ...others] = fix.artifactChanges;
        expect(others).toEqual([]);
        expect(change?.artifactLocation.uri).toBe(
          result.locations?.[0]?.physicalLocation?.artifactLocation?.uri
        );
        expect(change?.replacements.length).toBeGreaterThan(0);
      }
  });

  it('carries fingerprints, precise regions, suppressions and a successful invocation', () => {
    const run = log.runs[0] as Sarif.Run;
    expect(run.invocations?.[0]?.executionSuccessful).toBe(true);
    expect(run.automationDetails?.id).toBe('examples/');
    const results = run.results ?? [];
    expect(results.length).toBeGreaterThan(5);
    for (const result of results) {
      expect(result.partialFingerprints?.primaryLocationLineHash).toMatch(/^[0-9a-f]+:\d+$/);
      const location = result.locations?.[0]?.physicalLocation;
      expect(location?.artifactLocation?.uri).toMatch(/^examples\//);
      expect(location?.region?.startLine).toBeGreaterThanOrEqual(1);
      expect(location?.region?.startColumn).toBeGreaterThanOrEqual(1);
    }
    const suppressed = results.filter(r => r.suppressions?.length);
    expect(suppressed.map(r => [r.ruleId, r.suppressions?.[0]?.kind])).toEqual([['BH101', 'inSource']]);
    const ruleIds = (run.tool.driver.rules ?? []).map(r => r.id);
    expect(ruleIds).toEqual(
      expect.arrayContaining([
        'BH000',
        'BH101',
        'BH102',
        'BH103',
        'BH104',
        'BH201',
        'BH301',
        'BH403',
        'BH501',
        'BH601',
        'BH611'
      ])
    );
  });
});
