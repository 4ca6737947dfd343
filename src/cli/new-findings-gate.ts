import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigurationError, errorMessage } from '../core/errors.js';
import type { Finding } from '../core/finding.js';
import type { FailOn } from '../core/severity.js';
import { readBaselineFingerprints } from '../gate/baseline.js';
import { changedLinesSince } from '../gate/changed-lines.js';
import { classifyNew, gateVerdict, newFindingPredicate, type GateVerdict } from '../gate/new-findings.js';

/**
 * The CLI's gate: with `--new-since REF` and/or `--baseline FILE`, only new findings (on lines changed
 * since the merge base with REF, and not in the earlier SARIF) count toward the exit code.
 */
export function cliGate(
  findings: Finding[],
  options: { failOn: FailOn; newSince?: string; baseline?: string; cwd: string }
): GateVerdict {
  const scoped = options.newSince !== undefined || options.baseline !== undefined;
  if (!scoped) return gateVerdict(findings, { failOn: options.failOn, scope: 'all', isNew: () => true });
  let changes;
  let baseline;
  try {
    changes = options.newSince === undefined ? undefined : changedLinesSince(options.newSince, options.cwd);
  } catch (error) {
    throw new ConfigurationError(`--new-since ${options.newSince}: ${errorMessage(error)}`);
  }
  try {
    baseline =
      options.baseline === undefined
        ? undefined
        : readBaselineFingerprints(readFileSync(resolve(options.cwd, options.baseline), 'utf8'));
  } catch (error) {
    throw new ConfigurationError(`--baseline ${options.baseline}: ${errorMessage(error)}`);
  }
  const isNew = newFindingPredicate(classifyNew(findings, { changes, baseline }));
  return gateVerdict(findings, { failOn: options.failOn, scope: 'new', isNew });
}
