import { defineRule, type Rule } from '../core/rule.js';
import { EMPTY_REPOSITORY } from '../core/repository.js';
import { DEFAULT_RULE_SETTINGS } from '../core/settings.js';
import type { Note } from '../core/finding.js';
import { runChecks, type CheckRun } from './run-checks.js';

const REGION = { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 };

function rule(id: string, kinds: ('dockerfile' | 'kubernetes')[]): Rule {
  const check = ({ report }: { report: (r: { messageId: 'hit'; region: typeof REGION }) => void }) =>
    report({ messageId: 'hit', region: REGION });
  return defineRule({
    meta: {
      id,
      slug: id.toLowerCase(),
      title: id,
      description: `${id}, a rule of this test.`,
      severity: 'high',
      remediation: 'Nothing.',
      references: ['https://example.com/'],
      tags: [],
      messages: { hit: `${id} hit.` }
    },
    checks: Object.fromEntries(kinds.map(kind => [kind, check]))
  });
}

const RUN: CheckRun = {
  target: 'dockerfile',
  document: {},
  file: 'Dockerfile',
  repository: EMPTY_REPOSITORY,
  locate: report => ({ file: 'Dockerfile', region: report.region })
};

describe('runChecks', () => {
  const rules = [
    rule('BH901', ['dockerfile']),
    rule('BH902', ['kubernetes']),
    rule('BH903', ['dockerfile', 'kubernetes']),
    rule('BH904', ['kubernetes'])
  ];

  it('runs the rules with a check for the target, in order', () => {
    const notes: Note[] = [];
    const { findings } = runChecks(RUN, rules, { rules, settings: DEFAULT_RULE_SETTINGS }, notes);
    expect(findings.map(f => [f.ruleId, f.message])).toEqual([
      ['BH901', 'BH901 hit.'],
      ['BH903', 'BH903 hit.']
    ]);
    expect(notes).toEqual([]);
  });

  it('counts the skipped rules among those with a check for the target, whichever list it was given', () => {
    // A budget already spent: every rule with a check is skipped.
    const skippedNote = (list: Rule[]) => {
      const notes: Note[] = [];
      const { findings } = runChecks(RUN, list, { rules: list, settings: DEFAULT_RULE_SETTINGS }, notes, -1);
      expect(findings).toEqual([]);
      return notes;
    };
    const expected = [
      {
        kind: 'budget',
        file: 'Dockerfile',
        message: 'Scanning took longer than -0.001 s (work budget): 2 rules were skipped for this file.'
      }
    ];
    expect(skippedNote(rules)).toEqual(expected);
    expect(skippedNote(rules.filter(r => r.checks.dockerfile))).toEqual(expected);
  });
});
