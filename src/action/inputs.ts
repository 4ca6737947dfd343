/**
 * The Action's inputs (action.yml, DESIGN.md "Action contract"), read and validated in one place.
 * A bad value is a ConfigurationError naming the input, so the step fails before scanning.
 */
import { ConfigurationError } from '../core/errors.js';
import { isSeverity, type FailOn } from '../core/severity.js';
import type { GateScope } from '../gate/new-findings.js';

export interface ActionInputs {
  paths: string[];
  config?: string;
  /** Undefined: the config file's `fail-on`, else `high`. */
  failOn?: FailOn;
  failOnScope: GateScope;
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
  /** `trusted-registries` (comma- or line-separated); undefined leaves the config file's list. */
  trustedRegistries?: string[];
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

/** Reads every input; `defaultSarifFile` is used when `sarif-file` is empty. */
export function readActionInputs(get: GetInput, defaultSarifFile: string): ActionInputs {
  const paths = pathList(get('path'));
  const token = get('token').trim();
  return {
    paths: paths.length ? paths : ['.'],
    config: optional(get, 'config'),
    failOn: failOnInput(get),
    failOnScope: choice(get, 'fail-on-scope', ['all', 'new'], 'all'),
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
    trustedRegistries: registryList(get('trusted-registries'))
  };
}
