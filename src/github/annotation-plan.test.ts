import type { Finding } from '../core/finding.js';
import type { Severity } from '../core/severity.js';
import { makeFinding } from '../gate/gate.fixture.js';
import { type AnnotationPlanOptions, formatAnnotationPlan, planAnnotations } from './annotation-plan.js';

const SEVERITY_CYCLE: Severity[] = ['critical', 'high', 'medium', 'low', 'info'];

function many(count: number, severity: (i: number) => Severity, file = 'k8s/app.yaml'): Finding[] {
  return Array.from({ length: count }, (_, i) => makeFinding(file, i + 1, severity(i)));
}

const base: AnnotationPlanOptions = { isNew: () => false, failOn: 'high', mode: 'on', isPullRequest: false };

function countCommands(text: string, level: string): number {
  return text.split('\n').filter(line => line.startsWith(`::${level} `)).length;
}

describe('planAnnotations', () => {
  test('25 findings of each level: exactly 10 commands per level, the last notice is the overflow', () => {
    const findings = [
      ...many(25, i => (i % 2 ? 'high' : 'critical'), 'a.yaml'),
      ...many(25, () => 'medium', 'b.yaml'),
      ...many(25, i => (i % 2 ? 'low' : 'info'), 'c.yaml')
    ];
    const plan = planAnnotations(findings, { ...base, summaryUrl: 'https://github.com/o/r/actions/runs/1' });
    expect(plan.annotations.error).toHaveLength(10);
    expect(plan.annotations.warning).toHaveLength(10);
    expect(plan.annotations.notice).toHaveLength(9);
    expect(plan.leftOut).toHaveLength(75 - 29);
    expect(plan.overflow).toBe(
      '46 more findings are not annotated here (GitHub shows at most 10 annotations per level in a step); ' +
        'see the job summary (https://github.com/o/r/actions/runs/1).'
    );
    const text = formatAnnotationPlan(plan);
    expect(countCommands(text, 'error')).toBe(10);
    expect(countCommands(text, 'warning')).toBe(10);
    expect(countCommands(text, 'notice')).toBe(10);
    expect(text.trimEnd().split('\n').at(-1)).toBe(
      '::notice title=bulkhead::46 more findings are not annotated here (GitHub shows at most 10 annotations ' +
        'per level in a step); see the job summary (https://github.com/o/r/actions/runs/1).'
    );
    // Errors: the critical ones first (gate-failing and more severe), then by line.
    expect(plan.annotations.error.map(f => f.severity)).toEqual(Array(10).fill('critical'));
    expect(plan.annotations.notice.map(f => f.severity)).toEqual(Array(9).fill('low'));
  });

  test('25 mixed findings: full levels are cut to 10, the rest kept, one overflow notice', () => {
    const findings = many(25, i => SEVERITY_CYCLE[i % 5] ?? 'info');
    // 5 critical + 5 high = 10 errors, 5 medium, 10 notices: nothing overflows.
    const fits = planAnnotations(findings, base);
    expect([
      fits.annotations.error.length,
      fits.annotations.warning.length,
      fits.annotations.notice.length
    ]).toEqual([10, 5, 10]);
    expect(fits.overflow).toBeUndefined();
    expect(fits.leftOut).toEqual([]);

    const more = [...findings, makeFinding('z.yaml', 1, 'critical')];
    const plan = planAnnotations(more, base);
    expect([
      plan.annotations.error.length,
      plan.annotations.warning.length,
      plan.annotations.notice.length
    ]).toEqual([10, 5, 9]);
    // The least important error (a high finding, last by line) and notice (an info) make room.
    expect(plan.leftOut.map(f => `${f.severity}@${f.location.region.startLine}`)).toEqual([
      'info@25',
      'high@22'
    ]);
    expect(plan.overflow).toMatch(/^2 more findings are not annotated here .*see the job summary\.$/);
  });

  test('gate-failing, then new, then severity, then file and line', () => {
    const oldCritical = makeFinding('a.yaml', 1, 'critical');
    const newHigh = makeFinding('b.yaml', 9, 'high');
    const newHighEarlier = makeFinding('b.yaml', 2, 'high');
    const oldHigh = makeFinding('a.yaml', 5, 'high');
    const newMedium = makeFinding('c.yaml', 1, 'medium');
    const oldMedium = makeFinding('a.yaml', 1, 'medium');
    const fresh = new Set([newHigh, newHighEarlier, newMedium]);
    const plan = planAnnotations([oldCritical, newHigh, newHighEarlier, oldHigh, newMedium, oldMedium], {
      ...base,
      failOn: 'high',
      scope: 'new',
      isNew: f => fresh.has(f)
    });
    // With scope new only new findings fail the gate, so they outrank an old critical.
    expect(plan.annotations.error).toEqual([newHighEarlier, newHigh, oldCritical, oldHigh]);
    expect(plan.annotations.warning).toEqual([newMedium, oldMedium]);
  });

  test('suppressed findings are never annotated', () => {
    const suppressed = makeFinding('a.yaml', 1, 'critical', { suppression: { kind: 'inSource' } });
    const plan = planAnnotations([suppressed], { ...base, isNew: () => true });
    expect(plan.annotations).toEqual({ error: [], warning: [], notice: [] });
    expect(plan.leftOut).toEqual([]);
  });

  describe('mode auto', () => {
    const newOne = makeFinding('a.yaml', 3, 'high');
    const oldOne = makeFinding('a.yaml', 9, 'high');
    const newSuppressed = makeFinding('a.yaml', 4, 'high', { suppression: { kind: 'external' } });
    const findings = [newOne, oldOne, newSuppressed];
    const options: AnnotationPlanOptions = {
      ...base,
      mode: 'auto',
      isPullRequest: true,
      isNew: f => f !== oldOne
    };

    test('on a pull request, new findings are left to code scanning and the plan says so', () => {
      const plan = planAnnotations(findings, options);
      expect(plan.annotations.error).toEqual([oldOne]);
      expect(plan.byCodeScanning).toEqual([newOne]);
      expect(plan.codeScanningNote).toBe(
        '1 new finding is annotated by code scanning on the pull request and not repeated here.'
      );
      expect(plan.overflow).toBeUndefined();
    });

    test('outside a pull request, after a failed upload, or with mode on, everything is annotated', () => {
      for (const plan of [
        planAnnotations(findings, { ...options, isPullRequest: false }),
        planAnnotations(findings, { ...options, uploaded: false }),
        planAnnotations(findings, { ...options, mode: 'on' })
      ]) {
        expect(plan.annotations.error).toEqual([newOne, oldOne]);
        expect(plan.byCodeScanning).toEqual([]);
        expect(plan.codeScanningNote).toBeUndefined();
      }
    });

    test('skipped findings do not count as left out', () => {
      const lots = many(15, () => 'high');
      const plan = planAnnotations(lots, { ...options, isNew: f => f.location.region.startLine <= 6 });
      expect(plan.byCodeScanning).toHaveLength(6);
      expect(plan.annotations.error).toHaveLength(9);
      expect(plan.overflow).toBeUndefined();
    });
  });
});

describe('formatAnnotationPlan', () => {
  test('renders errors, warnings and notices with the reporter format', () => {
    const plan = planAnnotations(
      [
        makeFinding('a.yaml', 2, 'low'),
        makeFinding('a.yaml', 1, 'medium'),
        makeFinding('a.yaml', 3, 'critical')
      ],
      base
    );
    expect(formatAnnotationPlan(plan)).toBe(
      [
        '::error file=a.yaml,line=3,endLine=3,col=1,endColumn=5,title=BH101%3A image-runs-as-root::A critical finding in a.yaml:3.',
        '::warning file=a.yaml,line=1,endLine=1,col=1,endColumn=5,title=BH101%3A image-runs-as-root::A medium finding in a.yaml:1.',
        '::notice file=a.yaml,line=2,endLine=2,col=1,endColumn=5,title=BH101%3A image-runs-as-root::A low finding in a.yaml:2.',
        ''
      ].join('\n')
    );
  });

  test('shortens messages to what the runner keeps, keeping literal brackets', () => {
    const long = makeFinding('a.yaml', 1, 'high', {
      message: `\\[x\\] see [the volume](1) ${'y'.repeat(5000)}`
    });
    const text = formatAnnotationPlan(planAnnotations([long], base));
    const message = text.trimEnd().split('::').at(-1) ?? '';
    expect(message).toHaveLength(4096);
    expect(message.startsWith('[x] see the volume yyy')).toBe(true);
    expect(message.endsWith('y…')).toBe(true);
  });
});
