import { applyFixes } from '../src/core/apply-edits.js';
import type { Rule } from '../src/core/rule.js';
import type { Finding } from '../src/core/finding.js';
import type { Location } from '../src/core/location.js';
import { DEFAULT_RULE_SETTINGS, type RuleSettings } from '../src/core/settings.js';
import type { Severity } from '../src/core/severity.js';
import { buildRepositoryFacts } from '../src/engine/repository-facts.js';
import { scanDocuments, type SourceFile } from '../src/engine/scan-documents.js';
import { scanImageDocuments } from '../src/engine/scan-images.js';
import type { ImageDocument } from '../src/targets/image/target.js';

/**
 * A case: the main file's text (`code`) or a built image (`image`, see `test/image-document.ts`),
 * plus, optionally, other files of the same repository.
 */
export interface RuleCase {
  name?: string;
  /** The main file's text; exactly one of `code` and `image` is given. */
  code?: string;
  /** A built image, scanned by the image pass; its findings are at line 1 with a logical location. */
  image?: ImageDocument;
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
  /** 1-based; always 1 for an image. */
  line: number;
  column?: number;
  endLine?: number;
  /** The whole rendered message, or a pattern it must match. */
  message?: string | RegExp;
  severity?: Severity;
  /** The logical location (images: `config.User`, `history[2].created_by`, `<layer digest>:<path>`). */
  logical?: string | RegExp;
  /** Related locations, each as `file:line`. */
  related?: string[];
}

export interface InvalidCase extends RuleCase {
  errors: ExpectedError[];
  /**
   * The file after applying every fix the case's findings offer (safe and review), like ESLint's
   * `output`; the rule must not fire on it. `null`: the findings offer no fix.
   */
  output?: string | null;
}

export interface RuleCases {
  valid: (RuleCase | string)[];
  invalid: InvalidCase[];
}

/** Cases by rule id, collected for the docs generator (which imports test files without Jest). */
export const COLLECTED_CASES = new Map<string, { rule: Rule; cases: RuleCases }>();

/** Runs the rule over a case through the real pipeline (classify → parse → rules → suppress); unsuppressed findings. */
export function runRule(rule: Rule, testCase: RuleCase) {
  const others = Object.entries(testCase.files ?? {}).map(([path, text]) => ({ path, text }));
  const settings = { ...DEFAULT_RULE_SETTINGS, ...testCase.settings };
  if (testCase.image) {
    const { image } = testCase;
    const repository = buildRepositoryFacts(
      others.map(o => o.path),
      others
    );
    const result = scanImageDocuments([image], { rules: [rule], settings, repository });
    return result.findings.filter(
      f => f.ruleId === rule.meta.id && imageLocationOf(f).file === image.source && !f.suppression
    );
  }
  const main: SourceFile = { path: testCase.filename ?? 'Dockerfile', text: testCase.code ?? '' };
  const result = scanDocuments([main, ...others], { rules: [rule], settings });
  return result.findings.filter(
    f => f.ruleId === rule.meta.id && f.location.file === main.path && !f.suppression
  );
}

/** Where an image finding is in the image: its related location once it moved to the Dockerfile that builds it. */
function imageLocationOf(finding: Finding): Location {
  const source = finding.properties?.imageSource;
  return (source !== undefined && finding.relatedLocations?.find(r => r.file === source)) || finding.location;
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
      // Each case is either a file (`code`) or an image, never both or neither.
      const malformed = [...cases.invalid, ...valid].filter(
        c => (c.code === undefined) === (c.image === undefined)
      );
      expect(malformed.map(c => c.name ?? '(unnamed)')).toEqual([]);
      expect(findDuplicateCases(cases)).toEqual([]);
    });

    describe('valid', () => {
      for (const [index, testCase] of valid.entries()) {
        it(testCase.name ?? `valid #${index + 1}`, () => {
          const findings = runRule(rule, testCase);
          expect(
            findings.map(f => `${f.location.logical ?? f.location.region.startLine}: ${f.message}`)
          ).toEqual([]);
        });
      }
    });

    describe('invalid', () => {
      for (const [index, testCase] of cases.invalid.entries()) {
        it(testCase.name ?? `invalid #${index + 1}`, () => {
          expect(testCase.errors.length).toBeGreaterThan(0);
          const findings = runRule(rule, testCase);
          const lines = testCase.code?.split(/\r\n|\r|\n/).length ?? 1;
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
            const logical = imageLocationOf(finding).logical;
            if (expected.logical instanceof RegExp) expect(logical).toMatch(expected.logical);
            else if (expected.logical !== undefined) expect(logical).toBe(expected.logical);
            if (testCase.image) expect(logical).toBeDefined();
            if (expected.related !== undefined)
              expect((finding.relatedLocations ?? []).map(r => `${r.file}:${r.region.startLine}`)).toEqual(
                expected.related
              );
            expect(region.startLine).toBeGreaterThanOrEqual(1);
            if (imageLocationOf(finding) === finding.location)
              expect(region.endLine).toBeLessThanOrEqual(lines);
            expect(finding.message).toMatch(/[.]$/);
          });
          if (testCase.output !== undefined) expectFixOutput(rule, testCase, findings);
        });
      }
    });
  });
}

/**
 * Cases that repeat an earlier one: the same file name, text (trailing whitespace aside), other
 * files and settings. A copy tests nothing new and inflates the count; each entry names both cases.
 */
export function findDuplicateCases(cases: RuleCases): string[] {
  const labelled = [
    ...cases.valid.map((c, i) => ({ c: typeof c === 'string' ? { code: c } : c, label: `valid #${i + 1}` })),
    ...cases.invalid.map((c, i) => ({ c: c as RuleCase, label: `invalid #${i + 1}` }))
  ];
  const seen = new Map<string, string>();
  const duplicates: string[] = [];
  for (const { c, label } of labelled) {
    // An image case is a built object, not text: it repeats another only when every field is equal.
    const input = c.image ? `image:${JSON.stringify(c.image)}` : (c.code ?? '');
    const key = JSON.stringify([
      c.filename ?? 'Dockerfile',
      input.replace(/[ \t]+$/gm, '').trimEnd(),
      Object.entries(c.files ?? {}).sort(([a], [b]) => a.localeCompare(b)),
      c.settings ?? null
    ]);
    const name = c.name ? `${label} '${c.name}'` : label;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, name);
    else duplicates.push(`${name} repeats ${first}.`);
  }
  return duplicates;
}

/** The case's fixes produce `output`, on which the rule no longer fires; fix descriptions are sentences. */
function expectFixOutput(rule: Rule, testCase: InvalidCase, findings: ReturnType<typeof runRule>): void {
  const fixes = findings.flatMap(f => f.fixes ?? []);
  if (testCase.output === null) {
    expect(fixes).toEqual([]);
    return;
  }
  expect(fixes.length).toBeGreaterThan(0);
  for (const fix of fixes) expect(fix.description).toMatch(/[.]$/);
  const fixed = applyFixes(testCase.code ?? '', fixes).text;
  expect(fixed).toBe(testCase.output);
  expect(
    runRule(rule, { ...testCase, code: fixed }).map(f => `${f.location.region.startLine}: ${f.message}`)
  ).toEqual([]);
}

/** A message template as a pattern, so a case proves which message id produced the text. */
function messagePattern(template: string): RegExp {
  const parts = template.split(/\{\w+\}/).map(p => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('[\\s\\S]*')}$`);
}
