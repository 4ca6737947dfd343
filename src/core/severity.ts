/** Severity of a finding, from most to least serious. One model drives SARIF, annotations, summary and exit code. */
export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The `--fail-on` threshold: a severity, or `none` to never fail. */
export type FailOn = Severity | 'none';

const RANK: Record<Severity, number> = { critical: 4, high: 3, medium: 2, low: 1, info: 0 };

/** Numeric rank, higher is more serious. */
export function severityRank(severity: Severity): number {
  return RANK[severity];
}

/** Orders severities from most to least serious (for sorting). */
export function compareSeverity(a: Severity, b: Severity): number {
  return RANK[b] - RANK[a];
}

/** Whether a finding of `severity` reaches the `failOn` threshold. */
export function meetsThreshold(severity: Severity, failOn: FailOn): boolean {
  return failOn !== 'none' && RANK[severity] >= RANK[failOn];
}

export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}

/** SARIF `level` per RULES.md: critical/high → error, medium → warning, low/info → note. */
export function toSarifLevel(severity: Severity): 'error' | 'warning' | 'note' {
  if (RANK[severity] >= RANK.high) return 'error';
  return severity === 'medium' ? 'warning' : 'note';
}

/** SARIF `properties.security-severity`: a string holding a number, away from GitHub's band edges. */
export function toSecuritySeverity(severity: Severity): string {
  return { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '1.0' }[severity];
}
