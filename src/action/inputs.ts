/**
 * The Action's inputs (action.yml, DESIGN.md "Action contract"), read and validated in one place.
 * A bad value is a ConfigurationError naming the input, so the step fails before scanning.
 */
import { ConfigurationError } from '../core/errors.js';
import { isSeverity, type FailOn, type Severity } from '../core/severity.js';
import type { GateScope } from '../gate/new-findings.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../reporters/format-result.js';
import type { SuggestionMode } from './suggestion-plan.js';

export interface ActionInputs {
  paths: string[];
  config?: string;
  /** Undefined: the config file's `fail-on`, else `high`. */
  failOn?: FailOn;
  /** `fail-on-scope` resolved for this event (`auto` already decided). */
  failOnScope: GateScope;
  /** Whether `fail-on-scope` was `auto` (the summary explains the choice). */
  failOnScopeAuto: boolean;
  baseline?: string;
  upload: 'auto' | 'true' | 'false';
  category?: string;
  sarifFile: string;
  annotations: 'auto' | 'on' | 'off';
  summary: boolean;
  waitForProcessing: boolean;
  token: string;
  ref?: string;
  sha?: string;
  suppressed: 'omit' | 'dismiss';
  /** Built images (layout dirs, archives or registry references), one per line. */
  images: string[];
  platform?: string;
  /** `exclude`: globs to skip, added to the config file's. */
  exclude: string[];
  /** `severity`: the lowest severity reported and uploaded (undefined: all). */
  minSeverity?: Severity;
  /** `format` + `output`: an extra report file. */
  report?: { format: OutputFormat; file: string };
  /** `matrix`: the job's matrix as JSON (`${{ toJson(matrix) }}`), for the default category. */
  matrix?: string;
  podSecurityLevel?: 'baseline' | 'restricted';
  requireDigest?: boolean;
  /** `trusted-registries` (comma- or line-separated); undefined leaves the config file's list. */
  trustedRegistries?: string[];
  /** `suggestions` resolved for this event: empty is `safe` on pull requests, `off` elsewhere. */
  suggestions: SuggestionMode;
}

type GetInput = (name: string) => string;

function choice<T extends string>(get: GetInput, name: string, allowed: readonly T[], fallback: T): T {
  const value = get(name).trim().toLowerCase();
  if (value === '') return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new ConfigurationError(`Input '${name}' must be one of ${allowed.join(', ')} (got '${value}').`);
}

function bool(get: GetInput, name: string, fallback: boolean): boolean {
  return choice(get, name, ['true', 'false'], fallback ? 'true' : 'false') === 'true';
}

function optional(get: GetInput, name: string): string | undefined {
  const value = get(name).trim();
  return value === '' ? undefined : value;
}

function lines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map(line => line.trim())
    .filter(Boolean);
}

/** Registries separated by commas or new lines, as `--trusted-registries` takes them; empty: not set. */
function registryList(value: string): string[] | undefined {
  const entries = value
    .split(/[,\r\n]/)
    .map(entry => entry.trim())
    .filter(Boolean);
  return entries.length ? entries : undefined;
}

/** One path per line (or separated by spaces when on one line), like `actions/upload-artifact`. */
function pathList(value: string): string[] {
  const lines = value
    .split(/\r?\n/)
    .map(line => line.trim())
    .filter(Boolean);
  return lines.length === 1 ? (lines[0] as string).split(/\s+/) : lines;
}

function failOnInput(get: GetInput): FailOn | undefined {
  const value = optional(get, 'fail-on')?.toLowerCase();
  if (value === undefined) return undefined;
  if (value === 'none' || isSeverity(value)) return value;
  throw new ConfigurationError(
    `Input 'fail-on' must be one of critical, high, medium, low, info, none (got '${value}').`
  );
}

function severityInput(get: GetInput): Severity | undefined {
  const value = optional(get, 'severity')?.toLowerCase();
  if (value === undefined) return undefined;
  if (isSeverity(value)) return value;
  throw new ConfigurationError(
    `Input 'severity' must be one of critical, high, medium, low, info (got '${value}').`
  );
}

const FORMAT_BY_EXTENSION: Record<string, OutputFormat> = {
  '.json': 'json',
  '.sarif': 'sarif',
  '.md': 'markdown',
  '.txt': 'text'
};

/** `format` and `output` together; the format may be left out when the file's extension says it. */
function reportInput(get: GetInput): ActionInputs['report'] {
  const file = optional(get, 'output');
  const format = optional(get, 'format')?.toLowerCase();
  if (format !== undefined && !(OUTPUT_FORMATS as readonly string[]).includes(format))
    throw new ConfigurationError(
      `Input 'format' must be one of ${OUTPUT_FORMATS.join(', ')} (got '${format}').`
    );
  if (file === undefined) {
    if (format !== undefined)
      throw new ConfigurationError("Input 'format' needs 'output' (the report file to write).");
    return undefined;
  }
  const extension = /\.[^./]+$/.exec(file)?.[0]?.toLowerCase() ?? '';
  const chosen = (format as OutputFormat | undefined) ?? FORMAT_BY_EXTENSION[extension];
  if (!chosen)
    throw new ConfigurationError(
      `Input 'output' ('${file}') needs 'format' (${OUTPUT_FORMATS.join(', ')}): its extension does not say.`
    );
  return { format: chosen, file };
}

function optionalBool(get: GetInput, name: string): boolean | undefined {
  return optional(get, name) === undefined ? undefined : bool(get, name, false);
}

/**
 * Events whose run is about a proposed change: there the gate blocks only what the change brings
 * (the trial on 56 repositories failed 49 on the day the gate was added, on existing findings).
 * `merge_group` runs check the queued merge of a pull request, so they are a change too.
 */
const CHANGE_EVENTS = new Set(['pull_request', 'pull_request_target', 'merge_group']);

/** Events with a pull request to post review comments on (a merge group has none). */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

/** `fail-on-scope: auto`: `new` on pull requests and merge groups, `all` on push, schedule and dispatch. */
export function resolveGateScope(scope: GateScope | 'auto', eventName: string): GateScope {
  if (scope !== 'auto') return scope;
  return CHANGE_EVENTS.has(eventName) ? 'new' : 'all';
}

/**
 * Reads every input; `defaultSarifFile` is used when `sarif-file` is empty, `eventName`
 * (`GITHUB_EVENT_NAME`) decides `fail-on-scope: auto`.
 */
export function readActionInputs(get: GetInput, defaultSarifFile: string, eventName = ''): ActionInputs {
  const paths = pathList(get('path'));
  const token = get('token').trim();
  const scope = choice(get, 'fail-on-scope', ['auto', 'all', 'new'], 'auto');
  return {
    paths: paths.length ? paths : ['.'],
    config: optional(get, 'config'),
    failOn: failOnInput(get),
    failOnScope: resolveGateScope(scope, eventName),
    failOnScopeAuto: scope === 'auto',
    baseline: optional(get, 'baseline'),
    upload: choice(get, 'upload', ['auto', 'true', 'false'], 'auto'),
    category: optional(get, 'category'),
    sarifFile: optional(get, 'sarif-file') ?? defaultSarifFile,
    annotations: choice(get, 'annotations', ['auto', 'on', 'off'], 'auto'),
    summary: bool(get, 'summary', true),
    waitForProcessing: bool(get, 'wait-for-processing', true),
    token,
    ref: optional(get, 'ref'),
    sha: optional(get, 'sha'),
    suppressed: choice(get, 'suppressed', ['omit', 'dismiss'], 'omit'),
    images: lines(get('image')),
    platform: optional(get, 'platform'),
    exclude: lines(get('exclude')),
    minSeverity: severityInput(get),
    report: reportInput(get),
    matrix: optional(get, 'matrix'),
    podSecurityLevel: optional(get, 'pod-security-level')
      ? choice<'baseline' | 'restricted'>(get, 'pod-security-level', ['baseline', 'restricted'], 'baseline')
      : undefined,
    requireDigest: optionalBool(get, 'require-digest'),
    trustedRegistries: registryList(get('trusted-registries')),
    suggestions: choice<SuggestionMode>(
      get,
      'suggestions',
      ['off', 'safe', 'all'],
      PULL_REQUEST_EVENTS.has(eventName) ? 'safe' : 'off'
    )
  };
}
