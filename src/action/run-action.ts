/**
 * One Action step from scan to results (DESIGN.md "Action contract"): scan → SARIF file → new vs
 * existing → code-scanning upload → annotations → job summary → outputs → gate. Everything the
 * runner provides comes through `ActionIo`, so this runs in tests without `@actions/core`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { errorMessage } from '../core/errors.js';
import type { Finding } from '../core/finding.js';
import { meetsThreshold, type FailOn, type Severity } from '../core/severity.js';
import { scan } from '../engine/scan.js';
import type { ScanResult } from '../core/scan-result.js';
import { readBaselineFingerprints } from '../gate/baseline.js';
import { runGit, type ChangedLines, type GitRunner } from '../gate/changed-lines.js';
import { classifyNew, gateVerdict, newFindingPredicate } from '../gate/new-findings.js';
import { annotationCalls, planAnnotations, type AnnotationCall } from '../github/annotation-plan.js';
import { changesForEvent } from '../github/event-changes.js';
import type { GitHubEvent } from '../github/event-ref.js';
import type { GitHubRepoOptions } from '../github/github-api.js';
import { formatMarkdown } from '../reporters/markdown.js';
import { remoteConfigReader } from '../github/read-remote-config.js';
import { formatResult } from '../reporters/format-result.js';
import { formatActionLog } from './action-log.js';
import { defaultCategory } from './default-category.js';
import { readActionInputs, type ActionInputs } from './inputs.js';
import { redactingIo } from './redacting-io.js';
import { uploadStep } from './upload-step.js';

type Properties = AnnotationCall['properties'];

/** What the runner gives the step; `main.ts` backs it with `@actions/core`. */
export interface ActionIo {
  getInput(name: string): string;
  info(message: string): void;
  warning(message: string, properties?: Properties): void;
  error(message: string, properties?: Properties): void;
  notice(message: string, properties?: Properties): void;
  setOutput(name: string, value: string | number): void;
  setFailed(message: string): void;
  setSecret(value: string): void;
  writeSummary(markdown: string): Promise<void>;
  env: Record<string, string | undefined>;
  cwd: string;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  git?: GitRunner;
}

export interface ActionOutcome {
  gate: 'pass' | 'fail';
  findings: number;
  newFindings: number;
  highestSeverity: Severity | 'none';
  sarifFile: string;
  sarifId?: string;
  /** Why the step failed, when it did. */
  failures: string[];
}

function readEvent(env: ActionIo['env']): GitHubEvent {
  const name = env.GITHUB_EVENT_NAME ?? '';
  const path = env.GITHUB_EVENT_PATH;
  let payload: unknown = {};
  if (path && existsSync(path)) {
    try {
      payload = JSON.parse(readFileSync(path, 'utf8'));
    } catch {
      payload = {};
    }
  }
  return { name, payload };
}

/** The step's time for GitHub's API, retries included (docs/upload.md). */
export const GITHUB_API_BUDGET_MS = 110_000;

function repositoryApi(io: ActionIo, inputs: ActionInputs, deadline: number): GitHubRepoOptions | undefined {
  const [owner, repo, ...rest] = (io.env.GITHUB_REPOSITORY ?? '').split('/');
  if (!inputs.token || !owner || !repo || rest.length) return undefined;
  return {
    apiUrl: io.env.GITHUB_API_URL || 'https://api.github.com',
    token: inputs.token,
    owner,
    repo,
    ...(io.fetch ? { fetch: io.fetch } : {}),
    ...(io.sleep ? { sleep: io.sleep } : {}),
    log: io.info,
    deadline
  };
}

function checkedOutCommit(io: ActionIo): string | undefined {
  try {
    return (io.git ?? runGit)(['rev-parse', 'HEAD'], io.cwd).trim() || undefined;
  } catch {
    return undefined;
  }
}

function blobLink(env: ActionIo['env'], sha: string | undefined) {
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const repository = env.GITHUB_REPOSITORY;
  if (!repository || !sha) return undefined;
  return (file: string, line: number) =>
    `${server}/${repository}/blob/${sha}/${file.split('/').map(encodeURIComponent).join('/')}#L${line}`;
}

function runUrl(env: ActionIo['env']): string | undefined {
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  if (!env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID) return undefined;
  return `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
}

/** New vs existing: changed lines of the PR or push (when known) minus the `baseline` SARIF. */
async function newness(
  io: ActionIo,
  inputs: ActionInputs,
  event: GitHubEvent,
  api: GitHubRepoOptions | undefined,
  findings: Finding[]
): Promise<{ isNew: (finding: Finding) => boolean; known: boolean; changes?: ChangedLines }> {
  let changes;
  try {
    const found = await changesForEvent(event, io.cwd, api, io.git);
    if (found.fallbackReason) io.info(`git could not diff (${found.fallbackReason}); used ${found.source}.`);
    else if (found.changes) io.info(`New findings: those on lines changed according to ${found.source}.`);
    // On a push with the gate over all findings, "every finding counts as new" says nothing.
    else if (inputs.failOnScope === 'new')
      io.info(`New findings: every finding counts as new (${found.source}).`);
    changes = found.changes;
  } catch (error) {
    const message = `Could not tell which lines changed: ${errorMessage(error)}`;
    if (inputs.failOnScope === 'new') io.warning(`${message} Every finding counts as new.`);
    else io.info(message);
  }
  let baseline;
  if (inputs.baseline)
    baseline = readBaselineFingerprints(readFileSync(resolve(io.cwd, inputs.baseline), 'utf8'));
  const known = changes !== undefined || baseline !== undefined;
  return { isNew: newFindingPredicate(classifyNew(findings, { changes, baseline })), known, changes };
}

function writeSarifFile(path: string, result: ScanResult, inputs: ActionInputs, srcRoot: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, formatResult(result, 'sarif', { category: inputs.category, srcRoot }));
}

/** `severity`: findings below it are neither reported, uploaded nor gated on. */
function atOrAbove(result: ScanResult, minSeverity: Severity | undefined): ScanResult {
  if (minSeverity === undefined) return result;
  return {
    ...result,
    findings: result.findings.filter(finding => meetsThreshold(finding.severity, minSeverity))
  };
}

/** `format` + `output`: the extra report file, e.g. Markdown for a pull-request comment step. */
function writeReport(
  cwd: string,
  report: NonNullable<ActionInputs['report']>,
  result: ScanResult,
  inputs: ActionInputs,
  srcRoot: string
): void {
  const path = resolve(cwd, report.file);
  mkdirSync(dirname(path), { recursive: true });
  const text = formatResult(result, report.format, { color: false, category: inputs.category, srcRoot });
  writeFileSync(path, text.endsWith('\n') ? text : `${text}\n`);
}

/** Runs the step; reports through `io`, including `setFailed`. Throws only for bad inputs or config. */
export async function runAction(runnerIo: ActionIo): Promise<ActionOutcome> {
  const io = redactingIo(runnerIo);
  const env = io.env;
  const event = readEvent(env);
  const inputs = readActionInputs(io.getInput, join(env.RUNNER_TEMP || io.cwd, 'bulkhead.sarif'), event.name);
  if (inputs.token) io.setSecret(inputs.token);
  if (!inputs.category) {
    inputs.category = defaultCategory({
      workflowRef: env.GITHUB_WORKFLOW_REF,
      job: env.GITHUB_JOB,
      matrix: inputs.matrix,
      paths: inputs.paths,
      images: inputs.images
    });
    io.info(`Code scanning category: ${inputs.category} (derived; set the 'category' input to choose one).`);
  }
  const checkoutUri = pathToFileURL(io.cwd.endsWith('/') ? io.cwd : `${io.cwd}/`).href;

  const scanned = await scan({
    paths: inputs.paths,
    cwd: io.cwd,
    configFile: inputs.config,
    exclude: inputs.exclude,
    settings: {
      podSecurityLevel: inputs.podSecurityLevel,
      requireDigest: inputs.requireDigest,
      trustedRegistries: inputs.trustedRegistries,
      trustedRegistriesSource: inputs.trustedRegistries
        ? "set by the Action input 'trusted-registries'"
        : undefined
    },
    image: { images: inputs.images, platform: inputs.platform, env: env as NodeJS.ProcessEnv },
    readRemoteConfig: remoteConfigReader({
      apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
      token: inputs.token,
      ...(io.fetch ? { fetch: io.fetch } : {})
    }),
    env
  });
  const { config } = scanned;
  const result = atOrAbove(scanned.result, inputs.minSeverity);
  const failOn: FailOn = inputs.failOn ?? config?.failOn ?? 'high';
  const sarifFile = resolve(io.cwd, inputs.sarifFile);
  writeSarifFile(sarifFile, result, inputs, checkoutUri);
  if (inputs.report) writeReport(io.cwd, inputs.report, result, inputs, checkoutUri);

  // From here on every GitHub API call (compare, upload, polling, dismissals) shares one budget, so
  // a GitHub that accepts connections and never answers ends the step in under 2 minutes.
  const api = repositoryApi(io, inputs, Date.now() + GITHUB_API_BUDGET_MS);

  const { isNew, known, changes } = await newness(io, inputs, event, api, result.findings);
  const verdict = gateVerdict(result.findings, { failOn, scope: inputs.failOnScope, isNew });
  const notBlocking =
    inputs.failOnScope === 'new'
      ? gateVerdict(result.findings, { failOn, scope: 'all', isNew }).failing.length - verdict.failing.length
      : 0;
  for (const line of formatActionLog(
    result,
    { gate: verdict.gate, failing: verdict.failing.length, scope: inputs.failOnScope, failOn, notBlocking },
    known ? isNew : undefined
  ))
    io.info(line);
  const upload = await uploadStep({
    inputs,
    result,
    event,
    env,
    api,
    checkoutUri,
    checkedOut: () => checkedOutCommit(io),
    warning: message => io.warning(message),
    info: io.info
  });

  const isPullRequest = event.name === 'pull_request' || event.name === 'pull_request_target';
  if (inputs.annotations !== 'off') {
    const plan = planAnnotations(result.findings, {
      isNew,
      failOn,
      scope: inputs.failOnScope,
      summaryUrl: runUrl(env),
      mode: inputs.annotations,
      isPullRequest,
      // Results left out of a truncated upload get no alert, so they are annotated here instead.
      uploaded: upload.status === 'uploaded' && !upload.truncated
    });
    for (const call of annotationCalls(plan)) io[call.level](call.message, call.properties);
    if (plan.codeScanningNote) io.info(plan.codeScanningNote);
  }
  if (isPullRequest && inputs.suggestions !== 'off') {
    // Pull requests only: the review API and the suggestion planner load here.
    const { suggestionStep } = await import('./suggestion-step.js');
    await suggestionStep({
      io,
      mode: inputs.suggestions,
      event,
      api,
      changes,
      findings: result.findings,
      ...(io.git ? { git: io.git } : {})
    });
  }

  if (inputs.summary) {
    await io.writeSummary(
      formatMarkdown(result, {
        blobUrl: blobLink(env, upload.sha ?? env.GITHUB_SHA),
        failOn,
        ...(known ? { isNew } : {}),
        gate: {
          verdict: verdict.gate,
          failing: verdict.failing.length,
          scope: inputs.failOnScope,
          notBlocking
        },
        status: upload.lines
      })
    );
  }

  const active = result.findings.filter(finding => !finding.suppression);
  const outcome: ActionOutcome = {
    gate: result.complete ? verdict.gate : 'fail',
    findings: active.length,
    newFindings: active.filter(isNew).length,
    // Over every unsuppressed finding, whatever the gate's scope: the same ranking the gate uses.
    highestSeverity: gateVerdict(result.findings, { failOn, scope: 'all', isNew }).highest ?? 'none',
    sarifFile,
    ...(upload.id ? { sarifId: upload.id } : {}),
    failures: []
  };
  io.setOutput('sarif-file', outcome.sarifFile);
  io.setOutput('findings', outcome.findings);
  io.setOutput('new-findings', outcome.newFindings);
  io.setOutput('highest-severity', outcome.highestSeverity);
  io.setOutput('gate', outcome.gate);
  io.setOutput('sarif-id', outcome.sarifId ?? '');

  if (!result.complete)
    outcome.failures.push('The scan did not complete (see the notes); its results are partial.');
  if (verdict.gate === 'fail') {
    const which = inputs.failOnScope === 'new' ? 'new finding' : 'finding';
    const count = verdict.failing.length;
    outcome.failures.push(`${count} ${which}${count === 1 ? '' : 's'} at or above '${failOn}'.`);
  }
  if (upload.failure) outcome.failures.push(upload.failure);
  if (outcome.failures.length) io.setFailed(`Bulkhead: ${outcome.failures.join(' ')}`);
  return outcome;
}
