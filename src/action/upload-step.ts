/**
 * The Action's code-scanning step: choose ref and commit for the event, upload the SARIF once, wait
 * for processing, and (with `suppressed: dismiss`) dismiss the alerts of suppressed findings. It
 * decides what is a warning and what fails the step; it never throws for GitHub's answers.
 */
import { errorMessage } from '../core/errors.js';
import { PRODUCT_NAME } from '../core/product.js';
import type { ScanResult } from '../core/scan-result.js';
import type { GitHubEvent } from '../github/event-ref.js';
import type { GitHubRepoOptions } from '../github/github-api.js';
import type { ActionInputs } from './inputs.js';

export interface UploadStepContext {
  inputs: ActionInputs;
  result: ScanResult;
  event: GitHubEvent;
  env: Record<string, string | undefined>;
  /** The repository API, when a token and `GITHUB_REPOSITORY` are known. */
  api?: GitHubRepoOptions;
  /** `file://` URI of the checkout. */
  checkoutUri: string;
  /** `git rev-parse HEAD`, when known; asked only for an upload (it starts git). */
  checkedOut?: () => string | undefined;
  warning: (message: string) => void;
  info: (message: string) => void;
}

export interface UploadStepOutcome {
  /** `unavailable`: GitHub could not take the upload (no answer, 5xx, rate limit, size). */
  status: 'uploaded' | 'skipped' | 'forbidden' | 'unavailable' | 'failed';
  id?: string;
  /** The commit the results belong to, for blob links. */
  sha?: string;
  /** Some results were left out of the upload to fit code scanning's limits. */
  truncated?: boolean;
  /** Why the step must fail (an upload that was required or broke). */
  failure?: string;
  /** One line per stage for the job summary. */
  lines: string[];
}

function skipped(line: string): UploadStepOutcome {
  return { status: 'skipped', lines: [line] };
}

/**
 * An upload GitHub did not take for a reason outside the scan (permissions, availability, its
 * limits): the step fails under `upload: true`, and is a warning with the fix under `upload: auto`.
 */
function notUploaded(
  context: UploadStepContext,
  required: boolean,
  sha: string,
  message: string,
  soft: { status: 'forbidden' | 'unavailable'; line: string }
): UploadStepOutcome {
  if (required) return { status: 'failed', sha, failure: message, lines: [message] };
  context.warning(message);
  return { status: soft.status, sha, lines: [soft.line] };
}

/** Runs the upload step; see the module comment. */
export async function uploadStep(context: UploadStepContext): Promise<UploadStepOutcome> {
  const { inputs, result, api } = context;
  if (inputs.upload === 'false') return skipped('Code scanning upload: off (`upload: false`).');
  const required = inputs.upload === 'true';
  if (!api) {
    const why = 'no token or GITHUB_REPOSITORY, so nothing was uploaded to code scanning';
    if (required)
      return { status: 'failed', failure: `upload: true, but ${why}.`, lines: [`Upload failed: ${why}.`] };
    context.info(`Code scanning upload skipped: ${why}.`);
    return skipped(`Code scanning upload: skipped (${why}).`);
  }
  // The upload's code (SARIF limits and gzip, the code-scanning API) loads only for an upload: most
  // runs without a token, and every local run, never compile it.
  const [{ isProblem, SARIF_LIMITS, uploadableSarif }, { describeTruncation }, { refAndSha }, upload] =
    await Promise.all([
      import('../github/sarif-limits.js'),
      import('../github/truncate-sarif.js'),
      import('../github/event-ref.js'),
      import('../github/upload-sarif.js')
    ]);
  const uploadable = uploadableSarif(result, {
    category: inputs.category,
    srcRoot: context.checkoutUri,
    includeSuppressed: inputs.suppressed === 'dismiss'
  });
  if (isProblem(uploadable)) {
    return {
      status: 'failed',
      failure: uploadable.message,
      lines: [`Code scanning upload: not done. ${uploadable.message}`]
    };
  }
  // GitHub's limits never fail the step: the most severe results that fit go up, and we say so.
  const truncated = uploadable.truncation
    ? describeTruncation(uploadable.truncation, SARIF_LIMITS)
    : undefined;
  if (truncated) context.warning(truncated);
  let target: { ref: string; sha: string };
  try {
    target = refAndSha(context.event, context.env, {
      ref: inputs.ref,
      sha: inputs.sha,
      checkedOut: context.checkedOut?.()
    });
  } catch (error) {
    const message = errorMessage(error);
    return { status: 'failed', failure: message, lines: [`Code scanning upload: not done. ${message}`] };
  }

  const uploaded = await upload.uploadSarif({
    ...api,
    sarif: uploadable.sarif,
    commitSha: target.sha,
    ref: target.ref,
    checkoutUri: context.checkoutUri,
    startedAt: result.startedAt,
    toolName: PRODUCT_NAME
  });
  if (uploaded.kind === 'forbidden') {
    const message = `Code scanning upload was refused (${uploaded.status}: ${uploaded.message}). ${uploaded.hint}`;
    return notUploaded(context, required, target.sha, message, {
      status: 'forbidden',
      line: `Code scanning upload: refused by GitHub (${uploaded.status}); see the warning for the fix.`
    });
  }
  if (uploaded.kind === 'unavailable') {
    const status = uploaded.status ? `${uploaded.status}: ` : '';
    const message = `Code scanning upload did not go through (${status}${uploaded.message}). ${uploaded.hint}`;
    return notUploaded(context, required, target.sha, message, {
      status: 'unavailable',
      line: 'Code scanning upload: not done, GitHub could not take it now; see the warning.'
    });
  }
  if (uploaded.kind === 'failed') {
    const message = `Code scanning upload failed${uploaded.status ? ` (${uploaded.status})` : ''}: ${uploaded.message}`;
    return { status: 'failed', sha: target.sha, failure: message, lines: [message] };
  }

  const lines = [
    `Code scanning upload: \`${uploaded.id}\` for \`${target.ref}\` at \`${target.sha.slice(0, 12)}\`.`,
    ...(truncated ? [truncated] : [])
  ];
  const outcome: UploadStepOutcome = {
    status: 'uploaded',
    id: uploaded.id,
    sha: target.sha,
    lines,
    ...(uploadable.truncation && uploadable.truncation.kept < uploadable.truncation.total
      ? { truncated: true }
      : {})
  };
  if (!inputs.waitForProcessing) {
    if (inputs.suppressed === 'dismiss') {
      context.warning('`suppressed: dismiss` needs `wait-for-processing: true`; no alerts were dismissed.');
    }
    return outcome;
  }
  const processed = await upload.waitForProcessing({ ...api, id: uploaded.id });
  switch (processed.kind) {
    case 'complete':
      lines.push('Processing: complete.');
      break;
    case 'failed': {
      const message = `GitHub could not process the SARIF: ${processed.errors.join('; ') || 'no details given'}. ${processed.hint}`;
      lines.push(message);
      return { ...outcome, failure: message };
    }
    case 'timeout':
      context.warning(
        `Code scanning is still processing upload ${uploaded.id} after ${Math.round(processed.waitedMs / 1000)} s` +
          (processed.lastError ? ` (the last status request failed: ${processed.lastError})` : '') +
          '; alerts will appear when it finishes.'
      );
      lines.push('Processing: still pending when the step ended.');
      return outcome;
    case 'error':
      context.warning(`Could not check the processing of upload ${uploaded.id}: ${processed.message}`);
      lines.push('Processing: unknown (the status request failed).');
      return outcome;
  }
  if (inputs.suppressed === 'dismiss') {
    const { dismissSuppressedAlerts } = await import('../github/dismiss-alerts.js');
    const dismissed = await dismissSuppressedAlerts(
      api,
      target.ref,
      result.findings.filter(finding => finding.suppression)
    );
    for (const error of dismissed.errors) context.warning(`Dismissing suppressed alerts: ${error}`);
    lines.push(
      `Suppressed findings: ${dismissed.dismissed} alert(s) dismissed, ${dismissed.unmatched} without an open alert.`
    );
  }
  return outcome;
}
