import type { Rule } from '../src/core/rule.js';
import { DEFAULT_RULE_SETTINGS, type RuleSettings } from '../src/core/settings.js';
import type { Severity } from '../src/core/severity.js';
import { scanDocuments, type SourceFile } from '../src/engine/scan-documents.js';

/** A case: the main file's text plus, optionally, other files of the same repository. */
export interface RuleCase {
  name?: string;
  code: string;
  /** Name of the main file (default `Dockerfile`). */
  filename?: string;
  /** Other files scanned alongside (path → text). */
  files?: Record<string, string>;
  settings?: Partial<RuleSettings>;
  /** Shown in the rule's docs page as a compliant (valid) or non-compliant (invalid) example. */
  docs?: boolean;
  only?: boolean;
}

export interface ExpectedError {
  messageId: string;
  line: number;
  column?: number;
  endLine?: number;
  /** The whole rendered message, or a pattern it must match. */
  message?: string | RegExp;
  severity?: Severity;
}

export interface InvalidCase extends RuleCase {
  errors: ExpectedError[];
}

export interface RuleCases {
  valid: (RuleCase | string)[];
  invalid: InvalidCase[];
}

/** Cases by rule id, collected for the docs generator (which imports test files without Jest). */
export const COLLECTED_CASES = new Map<string, { rule: Rule; cases: RuleCases }>();

/** Runs the rule over a case through the real pipeline (classify → parse → rules → suppress); unsuppressed findings. */
export function runRule(rule: Rule, testCase: RuleCase) {
  const main: SourceFile = { path: testCase.filename ?? 'Dockerfile', text: testCase.code };
  const others = Object.entries(testCase.files ?? {}).map(([path, text]) => ({ path, text }));
  const result = scanDocuments([main, ...others], {
    rules: [rule],
    settings: { ...DEFAULT_RULE_SETTINGS, ...testCase.settings }
  });
  return result.findings.filter(
    f => f.ruleId === rule.meta.id && f.location.file === main.path && !f.suppression
  );
}

/**
 * ESLint-style rule tests: every valid case yields nothing, every invalid case yields exactly the
 * listed errors (rule, line, message id, message), every message id is exercised.
 */
export function testRule(rule: Rule, cases: RuleCases): void {
  COLLECTED_CASES.set(rule.meta.id, { rule, cases });
  const valid = cases.valid.map(c => (typeof c === 'string' ? { code: c } : c));

  describe(`${rule.meta.id} ${rule.meta.slug}`, () => {
    it('has valid and invalid cases, exercising every message', () => {
      expect(valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
      const used = new Set(cases.invalid.flatMap(c => c.errors.map(e => e.messageId)));
      expect([...used].sort()).toEqual(Object.keys(rule.meta.messages).sort());
      expect([...cases.invalid, ...valid].some(c => c.only)).toBe(false);
    });

    describe('valid', () => {
      for (const [index, testCase] of valid.entries()) {
        it(testCase.name ?? `valid #${index + 1}`, () => {
          const findings = runRule(rule, testCase);
          expect(findings.map(f => `${f.location.region.startLine}: ${f.message}`)).toEqual([]);
        });
      }
    });

    describe('invalid', () => {
      for (const [index, testCase] of cases.invalid.entries()) {
        it(testCase.name ?? `invalid #${index + 1}`, () => {
          expect(testCase.errors.length).toBeGreaterThan(0);
          const findings = runRule(rule, testCase);
          const lines = testCase.code.split(/\r\n|\r|\n/).length;
          expect(findings).toHaveLength(testCase.errors.length);
          findings.forEach((finding, i) => {
            const expected = testCase.errors[i] as ExpectedError;
            const region = finding.location.region;
            const template = rule.meta.messages[expected.messageId];
            expect(template).toBeDefined();
            expect({ line: region.startLine, message: finding.message }).toEqual({
              line: expected.line,
              message: expect.stringMatching(messagePattern(template as string))
            });
            if (expected.column !== undefined) expect(region.startColumn).toBe(expected.column);
            if (expected.endLine !== undefined) expect(region.endLine).toBe(expected.endLine);
            if (expected.message instanceof RegExp) expect(finding.message).toMatch(expected.message);
            else if (expected.message !== undefined) expect(finding.message).toBe(expected.message);
            if (expected.severity) expect(finding.severity).toBe(expected.severity);
            expect(region.startLine).toBeGreaterThanOrEqual(1);
            expect(region.endLine).toBeLessThanOrEqual(lines);
            expect(finding.message).toMatch(/[.]$/);
          });
        });
      }
    });
  });
}

/** A message template as a pattern, so a case proves which message id produced the text. */
function messagePattern(template: string): RegExp {
  const parts = template.split(/\{\w+\}/).map(p => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('[\\s\\S]*')}$`);
}
