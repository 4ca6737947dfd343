/**
 * `suppressed: dismiss`: GitHub does not turn SARIF `suppressions` into dismissed alerts by itself,
 * so after an upload has been processed the open alerts that match suppressed findings are
 * dismissed through the code-scanning alerts API, with the suppression's reason as the comment.
 */
import type { Finding } from '../core/finding.js';
import { PRODUCT_NAME } from '../core/product.js';
import { type GitHubRepoOptions, repoApi } from './github-api.js';

interface Alert {
  number: number;
  rule?: { id?: string | null };
  most_recent_instance?: { location?: { path?: string; start_line?: number } };
}

export interface DismissOutcome {
  dismissed: number;
  /** Suppressed findings with no open alert to dismiss (already dismissed, or not yet created). */
  unmatched: number;
  errors: string[];
}

/** GitHub limits the dismissal comment to 280 characters. */
const MAX_COMMENT = 280;
const PER_PAGE = 100;
const MAX_PAGES = 50;

function alertKey(ruleId: string, path: string, line: number): string {
  return `${ruleId}\u0000${path}\u0000${line}`;
}

function comment(finding: Finding): string {
  const reason = finding.suppression?.justification?.trim();
  const where = finding.suppression?.kind === 'inSource' ? 'in the source' : 'in the Bulkhead config';
  const text = `Suppressed ${where}${reason ? `: ${reason}` : '.'}`;
  return text.length > MAX_COMMENT ? `${text.slice(0, MAX_COMMENT - 1)}…` : text;
}

async function openAlerts(options: GitHubRepoOptions, ref: string): Promise<Alert[] | string> {
  const alerts: Alert[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const query = new URLSearchParams({
      tool_name: PRODUCT_NAME,
      ref,
      state: 'open',
      per_page: String(PER_PAGE),
      page: String(page)
    });
    const result = await repoApi<Alert[]>(options, 'GET', `/code-scanning/alerts?${query}`);
    if (!result.ok) return `listing alerts failed (${result.status ?? 'network'}): ${result.message}`;
    alerts.push(...result.body);
    if (result.body.length < PER_PAGE) break;
  }
  return alerts;
}

/** Dismisses the open alerts on `ref` that match suppressed findings (rule, path and start line). */
export async function dismissSuppressedAlerts(
  options: GitHubRepoOptions,
  ref: string,
  suppressed: readonly Finding[]
): Promise<DismissOutcome> {
  const outcome: DismissOutcome = { dismissed: 0, unmatched: 0, errors: [] };
  if (suppressed.length === 0) return outcome;
  const alerts = await openAlerts(options, ref);
  if (typeof alerts === 'string') return { ...outcome, unmatched: suppressed.length, errors: [alerts] };
  const byKey = new Map<string, Alert>();
  for (const alert of alerts) {
    const location = alert.most_recent_instance?.location;
    if (alert.rule?.id && location?.path && location.start_line !== undefined) {
      byKey.set(alertKey(alert.rule.id, location.path, location.start_line), alert);
    }
  }
  for (const finding of suppressed) {
    const alert = byKey.get(
      alertKey(finding.ruleId, finding.location.file, finding.location.region.startLine)
    );
    if (!alert) {
      outcome.unmatched++;
      continue;
    }
    const result = await repoApi(options, 'PATCH', `/code-scanning/alerts/${alert.number}`, {
      state: 'dismissed',
      dismissed_reason: "won't fix",
      dismissed_comment: comment(finding)
    });
    if (result.ok) outcome.dismissed++;
    else outcome.errors.push(`alert ${alert.number}: ${result.status ?? 'network'} ${result.message}`);
  }
  return outcome;
}
