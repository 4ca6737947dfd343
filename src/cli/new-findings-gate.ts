import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigurationError, errorMessage } from '../core/errors.js';
import type { Finding } from '../core/finding.js';
import type { FailOn } from '../core/severity.js';
import { readBaselineFingerprints } from '../gate/baseline.js';
import { changedLinesSince, runGit, type ChangedLines, type GitRunner } from '../gate/changed-lines.js';
import {
  classifyNew,
  gateVerdict,
  newFindingPredicate,
  type GateVerdict,
  type NewFindingSources
} from '../gate/new-findings.js';

/** What `--new-since` and `--baseline` say is already known, read before the scan starts. */
export interface CliGateSources extends NewFindingSources {
  scoped: boolean;
}

function changesSince(ref: string, cwd: string, run: GitRunner): ChangedLines {
  try {
    run(['rev-parse', '--is-inside-work-tree'], cwd);
  } catch {
    throw new ConfigurationError(
      `--new-since ${ref} needs a git repository, and '${cwd}' is not inside one. Run it in a clone, or use --baseline with an earlier SARIF.`
    );
  }
  try {
    return changedLinesSince(ref, cwd, run);
  } catch (error) {
    // changedLinesSince's messages already start with `--new-since:`; say which ref once.
    throw new ConfigurationError(errorMessage(error).replace(/^--new-since:/, `--new-since ${ref}:`));
  }
}

/**
 * Reads `--new-since REF` (changed lines since the merge base with REF) and `--baseline FILE` (an
 * earlier SARIF). Called before the scan, so a bad ref, a missing repository or a broken baseline
 * is one clear usage error instead of a report followed by an error.
 *
 * @throws ConfigurationError naming the flag.
 */
export function readCliGateSources(
  options: { newSince?: string; baseline?: string; cwd: string },
  run: GitRunner = runGit
): CliGateSources {
  const scoped = options.newSince !== undefined || options.baseline !== undefined;
  const changes =
    options.newSince === undefined ? undefined : changesSince(options.newSince, options.cwd, run);
  let baseline;
  try {
    baseline =
      options.baseline === undefined
        ? undefined
        : readBaselineFingerprints(readFileSync(resolve(options.cwd, options.baseline), 'utf8'));
  } catch (error) {
    throw new ConfigurationError(`--baseline ${options.baseline}: ${errorMessage(error)}`);
  }
  return { scoped, changes, baseline };
}

/**
 * The CLI's gate: with `--new-since REF` and/or `--baseline FILE`, only new findings (on lines changed
 * since the merge base with REF, and not in the earlier SARIF) count toward the exit code.
 */
export function cliGate(findings: Finding[], failOn: FailOn, sources: CliGateSources): GateVerdict {
  if (!sources.scoped) return gateVerdict(findings, { failOn, scope: 'all', isNew: () => true });
  const isNew = newFindingPredicate(classifyNew(findings, sources));
  return gateVerdict(findings, { failOn, scope: 'new', isNew });
}
