import { baselineKey } from './baseline.js';
import { parseUnifiedDiff } from './changed-lines.js';
import { makeFinding } from './gate.fixture.js';
import { classifyNew, gateVerdict, newFindingPredicate } from './new-findings.js';

const DIFF = [
  'diff --git a/Dockerfile b/Dockerfile',
  '--- a/Dockerfile',
  '+++ b/Dockerfile',
  '@@ -3 +3,2 @@',
  '-USER root',
  '+USER root',
  '+EXPOSE 22',
  ''
].join('\n');

const onChanged = makeFinding('Dockerfile', 3, 'high', { fingerprint: 'aaa:1' });
const onChangedKnown = makeFinding('Dockerfile', 4, 'critical', { ruleId: 'BH302', fingerprint: 'bbb:1' });
const elsewhere = makeFinding('Dockerfile', 1, 'critical', { fingerprint: 'ccc:1' });
const otherFile = makeFinding('pod.yaml', 3, 'medium', { fingerprint: 'ddd:1' });
const findings = [elsewhere, onChanged, onChangedKnown, otherFile];
const baseline = new Set([
  baselineKey('BH302', 'Dockerfile', 'bbb:1'),
  baselineKey('BH101', 'Dockerfile', 'ccc:1')
]);

function newOnes(sources: Parameters<typeof classifyNew>[1]) {
  return classifyNew(findings, sources)
    .filter(entry => entry.isNew)
    .map(entry => entry.finding);
}

describe('classifyNew', () => {
  test('without changes or baseline every finding is new, in order', () => {
    expect(classifyNew(findings).map(entry => entry.isNew)).toEqual([true, true, true, true]);
    expect(classifyNew(findings, {}).map(entry => entry.finding)).toEqual(findings);
  });

  test('changes only: new means on a changed line', () => {
    expect(newOnes({ changes: parseUnifiedDiff(DIFF) })).toEqual([onChanged, onChangedKnown]);
  });

  test('baseline only: new means not in the baseline', () => {
    expect(newOnes({ baseline })).toEqual([onChanged, otherFile]);
  });

  test('both: on a changed line and not in the baseline', () => {
    expect(newOnes({ changes: parseUnifiedDiff(DIFF), baseline })).toEqual([onChanged]);
  });
});

describe('gateVerdict', () => {
  const isNew = newFindingPredicate(classifyNew(findings, { changes: parseUnifiedDiff(DIFF), baseline }));

  test('scope all counts every unsuppressed finding at or above the threshold', () => {
    expect(gateVerdict(findings, { failOn: 'high', scope: 'all', isNew })).toEqual({
      gate: 'fail',
      failing: [elsewhere, onChanged, onChangedKnown],
      highest: 'critical'
    });
  });

  test('scope new counts only new findings', () => {
    expect(gateVerdict(findings, { failOn: 'high', scope: 'new', isNew })).toEqual({
      gate: 'fail',
      failing: [onChanged],
      highest: 'high'
    });
    expect(gateVerdict(findings, { failOn: 'critical', scope: 'new', isNew })).toEqual({
      gate: 'pass',
      failing: [],
      highest: 'high'
    });
  });

  test('the threshold is inclusive and none never fails', () => {
    expect(gateVerdict([otherFile], { failOn: 'medium', scope: 'all', isNew }).gate).toBe('fail');
    expect(gateVerdict([otherFile], { failOn: 'high', scope: 'all', isNew }).gate).toBe('pass');
    expect(gateVerdict(findings, { failOn: 'none', scope: 'all', isNew })).toEqual({
      gate: 'pass',
      failing: [],
      highest: 'critical'
    });
  });

  test('suppressed findings never count, not even for the highest severity', () => {
    const suppressed = makeFinding('Dockerfile', 3, 'critical', { suppression: { kind: 'inSource' } });
    expect(gateVerdict([suppressed, otherFile], { failOn: 'low', scope: 'all', isNew: () => true })).toEqual({
      gate: 'fail',
      failing: [otherFile],
      highest: 'medium'
    });
    expect(gateVerdict([suppressed], { failOn: 'low', scope: 'all', isNew: () => true })).toEqual({
      gate: 'pass',
      failing: []
    });
  });

  test('no findings pass without a highest severity', () => {
    expect(gateVerdict([], { failOn: 'info', scope: 'new', isNew })).toEqual({ gate: 'pass', failing: [] });
  });
});
