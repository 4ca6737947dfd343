import { parseArgs } from 'node:util';
import { ConfigurationError } from '../core/errors.js';
import { quickCommand } from './quick-command.js';
import { isSeverity, type FailOn, type Severity } from '../core/severity.js';
import { isOutputFormat, OUTPUT_FORMATS, type OutputFormat } from '../reporters/format-result.js';

/** A parsed command line. */
export type CliCommand =
  | { command: 'help'; topic?: string }
  | { command: 'version' }
  | { command: 'rules'; format: 'text' | 'json' | 'markdown' }
  | { command: 'explain'; rule: string; format: 'text' | 'markdown' }
  | { command: 'scan'; options: ScanCliOptions }
  | { command: 'fix'; options: FixCliOptions };

/** `bulkhead fix [PATH…]`. */
export interface FixCliOptions {
  paths: string[];
  rules: string[];
  severity?: Severity;
  includeReview: boolean;
  pinDigests: boolean;
  dryRun: boolean;
  check: boolean;
  config?: string;
  podSecurityLevel?: 'baseline' | 'restricted';
  trustedRegistries?: string[];
  requireDigest?: boolean;
  exclude: string[];
  gitignore: boolean;
}

const FIX_FLAGS = {
  rule: { type: 'string', multiple: true },
  severity: { type: 'string' },
  'include-review': { type: 'boolean' },
  'pin-digests': { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  check: { type: 'boolean' },
  config: { type: 'string', short: 'c' },
  'pod-security-level': { type: 'string' },
  'trusted-registries': { type: 'string' },
  'require-digest': { type: 'boolean' },
  exclude: { type: 'string', multiple: true },
  'no-gitignore': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' }
} as const;

export interface ScanCliOptions {
  paths: string[];
  readStdin: boolean;
  stdinFilename?: string;
  format: OutputFormat;
  output?: string;
  failOn?: FailOn;
  config?: string;
  podSecurityLevel?: 'baseline' | 'restricted';
  trustedRegistries?: string[];
  requireDigest?: boolean;
  exclude: string[];
  gitignore: boolean;
  maxFileSize?: number;
  /** `--jobs N`: threads that scan files (1: no worker threads). */
  jobs?: number;
  color?: boolean;
  /** Text output: the fix under every finding instead of once per rule. */
  verbose: boolean;
  category?: string;
  /** An earlier SARIF: findings whose fingerprint is in it are not new. */
  baseline?: string;
  /** Only findings on lines changed since this git ref count toward the exit code. */
  newSince?: string;
  /** `--image` (repeatable): built images (layout dir, archive or registry reference). */
  images: string[];
  /** `--platform os/arch[/variant]` for multi-platform images. */
  platform?: string;
  /** `--insecure-registry host[:port]` (repeatable): skip TLS verification for that registry. */
  insecureRegistries: string[];
}

const SCAN_FLAGS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  'fail-on': { type: 'string' },
  config: { type: 'string', short: 'c' },
  'pod-security-level': { type: 'string' },
  'trusted-registries': { type: 'string' },
  'require-digest': { type: 'boolean' },
  exclude: { type: 'string', multiple: true },
  'no-gitignore': { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  'max-file-size': { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  verbose: { type: 'boolean' },
  category: { type: 'string' },
  baseline: { type: 'string' },
  'new-since': { type: 'string' },
  image: { type: 'string', multiple: true },
  platform: { type: 'string' },
  'insecure-registry': { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' }
} as const;

/** Turns argv (without node and script) into a command; any misuse is a ConfigurationError (exit 2). */
export function parseCliArgs(argv: string[]): CliCommand {
  const quick = quickCommand(argv);
  if (quick) return quick;
  const [first, ...rest] = argv;
  if (first === 'rules') return parseRules(rest);
  if (first === 'explain') {
    if (rest.includes('--help') || rest.includes('-h')) return { command: 'help', topic: 'explain' };
    const { values, positionals } = strictParse(rest, { format: { type: 'string', short: 'f' } }, true);
    if (positionals.length !== 1)
      throw new ConfigurationError('Usage: bulkhead explain RULE (for example: bulkhead explain BH101).');
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'markdown')
      throw new ConfigurationError(`Invalid --format '${format}' for explain: use text or markdown.`);
    return { command: 'explain', rule: positionals[0] as string, format };
  }
  if (first === 'scan') return parseScan(rest);
  if (first === 'fix') return parseFix(rest);
  throw new ConfigurationError(
    `Unknown command '${first}'. Commands: scan, fix, rules, explain. Run 'bulkhead --help' for usage.`
  );
}

function parseRules(args: string[]): CliCommand {
  const { values } = strictParse(
    args,
    { format: { type: 'string', short: 'f' }, help: { type: 'boolean', short: 'h' } },
    false
  );
  if (values.help) return { command: 'help', topic: 'rules' };
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'markdown') {
    throw new ConfigurationError(`Invalid --format '${format}' for rules: use text, json or markdown.`);
  }
  return { command: 'rules', format };
}

function parseScan(args: string[]): CliCommand {
  const { values, positionals } = strictParse(args, SCAN_FLAGS, true);
  if (values.help) return { command: 'help', topic: 'scan' };
  const format = values.format ?? 'text';
  if (!isOutputFormat(format))
    throw new ConfigurationError(`Invalid --format '${format}': use ${OUTPUT_FORMATS.join(', ')}.`);
  const failOn = values['fail-on'];
  if (failOn !== undefined && failOn !== 'none' && !isSeverity(failOn)) {
    throw new ConfigurationError(
      `Invalid --fail-on '${failOn}': use critical, high, medium, low, info or none.`
    );
  }
  const level = values['pod-security-level'];
  if (level !== undefined && level !== 'baseline' && level !== 'restricted') {
    throw new ConfigurationError(`Invalid --pod-security-level '${level}': use baseline or restricted.`);
  }
  const readStdin = (positionals as string[]).includes('-');
  if (readStdin && !values['stdin-filename']) {
    throw new ConfigurationError(
      "Reading from stdin ('-') needs --stdin-filename NAME, so the file can be classified (e.g. --stdin-filename Dockerfile)."
    );
  }
  const paths = positionals.filter(p => p !== '-');
  const images = values.image ?? [];
  const platform = values.platform;
  if (platform !== undefined && !/^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/i.test(platform)) {
    throw new ConfigurationError(
      `Invalid --platform '${platform}': use os/arch[/variant], e.g. linux/amd64.`
    );
  }
  if ((platform !== undefined || values['insecure-registry']) && images.length === 0) {
    throw new ConfigurationError('--platform and --insecure-registry apply to images: add --image.');
  }
  return {
    command: 'scan',
    options: {
      // With --image and no PATH, only the images are scanned (DESIGN.md CLI contract).
      paths: paths.length || readStdin || images.length ? paths : ['.'],
      readStdin,
      stdinFilename: values['stdin-filename'],
      format,
      output: values.output,
      failOn: failOn as FailOn | undefined,
      config: values.config,
      podSecurityLevel: level,
      trustedRegistries: commaList(values['trusted-registries']),
      requireDigest: values['require-digest'],
      exclude: values.exclude ?? [],
      gitignore: !values['no-gitignore'],
      maxFileSize: parseSize(values['max-file-size']),
      jobs: parseJobs(values.jobs),
      color: values['no-color'] ? false : values.color,
      verbose: values.verbose === true,
      category: values.category,
      baseline: values.baseline,
      newSince: values['new-since'],
      images,
      platform,
      insecureRegistries: values['insecure-registry'] ?? []
    }
  };
}

function parseFix(args: string[]): CliCommand {
  const { values, positionals } = strictParse(args, FIX_FLAGS, true);
  if (values.help) return { command: 'help', topic: 'fix' };
  const severity = values.severity;
  if (severity !== undefined && !isSeverity(severity))
    throw new ConfigurationError(
      `Invalid --severity '${severity}': use critical, high, medium, low or info.`
    );
  const level = values['pod-security-level'];
  if (level !== undefined && level !== 'baseline' && level !== 'restricted')
    throw new ConfigurationError(`Invalid --pod-security-level '${level}': use baseline or restricted.`);
  if (values['dry-run'] && values.check)
    throw new ConfigurationError('--dry-run and --check cannot be combined: --check only reports.');
  const rules = (values.rule ?? []).flatMap(r => r.split(',')).map(r => r.trim().toUpperCase());
  const unknown = rules.find(r => !/^BH\d{3}$/.test(r));
  if (unknown !== undefined)
    throw new ConfigurationError(`Invalid --rule '${unknown}': use a rule id like BH503.`);
  return {
    command: 'fix',
    options: {
      paths: positionals.length ? positionals : ['.'],
      rules,
      severity,
      includeReview: values['include-review'] ?? false,
      pinDigests: values['pin-digests'] ?? false,
      dryRun: values['dry-run'] ?? false,
      check: values.check ?? false,
      config: values.config,
      podSecurityLevel: level,
      trustedRegistries: commaList(values['trusted-registries']),
      requireDigest: values['require-digest'],
      exclude: values.exclude ?? [],
      gitignore: !values['no-gitignore']
    }
  };
}

/** `a, b,,c` → `['a', 'b', 'c']`; an absent flag stays undefined (the config file's list applies). */
function commaList(value: string | undefined): string[] | undefined {
  return value
    ?.split(',')
    .map(item => item.trim())
    .filter(Boolean);
}

type FlagSpec = Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>;

function strictParse<T extends FlagSpec>(args: string[], options: T, allowPositionals: boolean) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    const message =
      error instanceof Error ? error.message.replace(/\. To specify a positional.*$/s, '.') : String(error);
    throw new ConfigurationError(`${message} Run 'bulkhead --help' for usage.`);
  }
}

/** More threads than this is a typo, not a machine. */
const MAX_JOBS = 64;

/** `--jobs 4`: a whole number of threads, at least 1. */
function parseJobs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const jobs = /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!(jobs >= 1 && jobs <= MAX_JOBS))
    throw new ConfigurationError(`Invalid --jobs '${value}': use a whole number from 1 to ${MAX_JOBS}.`);
  return jobs;
}

/** `--max-file-size 10MB` / `512k` / bytes. */
function parseSize(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?$/i.exec(value.trim());
  if (!match)
    throw new ConfigurationError(`Invalid --max-file-size '${value}': use bytes or a size like 10MB.`);
  const unit = (match[2] ?? 'b').toLowerCase()[0] as string;
  const factor = { b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[unit] ?? 1;
  return Math.round(Number(match[1]) * factor);
}
