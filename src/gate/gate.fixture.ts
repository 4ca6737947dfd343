import type { Finding } from '../core/finding.js';
import type { Severity } from '../core/severity.js';

/** A finding for gate and annotation tests; only what the test cares about is given. */
export function makeFinding(
  file: string,
  line: number,
  severity: Severity,
  extra: Partial<Finding> = {}
): Finding {
  return {
    ruleId: 'BH101',
    slug: 'image-runs-as-root',
    severity,
    message: `A ${severity} finding in ${file}:${line}.`,
    target: 'dockerfile',
    location: { file, region: { startLine: line, startColumn: 1, endLine: line, endColumn: 5 } },
    fingerprint: `${file.length.toString(16)}${line.toString(16)}:1`,
    ...extra
  };
}
