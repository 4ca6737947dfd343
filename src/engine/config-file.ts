import { Ajv, type ValidateFunction } from 'ajv';
import { parse as parseYaml } from 'yaml';
import { ConfigurationError, errorMessage } from '../core/errors.js';
import type { Severity } from '../core/severity.js';
import { SEVERITIES } from '../core/severity.js';

/** A path-scoped ignore from `.bulkhead.yml`. */
export interface ConfigIgnore {
  rules: string[];
  /** Globs relative to the config file's directory; empty = everywhere. */
  paths: string[];
  reason?: string;
  /** `YYYY-MM-DD`; from that day on the ignore no longer applies. */
  expires?: string;
}

/** `.bulkhead.yml`, validated. Paths are as written (relative to `baseDir`). */
export interface BulkheadConfig {
  /** Directory of the config file; config paths are relative to it. */
  baseDir: string;
  rules: Record<string, 'off' | Severity>;
  ignore: ConfigIgnore[];
  exclude: string[];
  trustedRegistries?: string[];
  requireDigest?: boolean;
  podSecurityLevel?: 'baseline' | 'restricted';
  failOn?: Severity | 'none';
  /** Image name (no tag/digest) → Dockerfile path, for cross-file user resolution. */
  images: Record<string, string>;
}

const RULE_ID = '^BH\\d{3}$';
const SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    rules: {
      type: 'object',
      propertyNames: { pattern: RULE_ID },
      additionalProperties: { enum: ['off', ...SEVERITIES] }
    },
    ignore: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['rules'],
        properties: {
          rules: { type: 'array', minItems: 1, items: { type: 'string', pattern: RULE_ID } },
          paths: { type: 'array', items: { type: 'string', minLength: 1 } },
          reason: { type: 'string' },
          expires: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }
        }
      }
    },
    exclude: { type: 'array', items: { type: 'string', minLength: 1 } },
    'trusted-registries': { type: 'array', items: { type: 'string', minLength: 1 } },
    'require-digest': { type: 'boolean' },
    'pod-security-level': { enum: ['baseline', 'restricted'] },
    'fail-on': { enum: [...SEVERITIES, 'none'] },
    images: { type: 'object', additionalProperties: { type: 'string', minLength: 1 } }
  }
} as const;

let compiled: ValidateFunction | undefined;

/** Compiled on the first config file read: compiling costs ~60 ms, which `--version` and config-less scans need not pay. */
function validator(): ValidateFunction {
  return (compiled ??= new Ajv({ allErrors: true }).compile(SCHEMA));
}

/** Parses and validates `.bulkhead.yml` text; any problem is a ConfigurationError naming the file and the key. */
export function parseConfig(text: string, file: string, baseDir: string): BulkheadConfig {
  let data: unknown;
  try {
    // YAML turns an unquoted 2027-01-01 into a string with the core schema, which is what we want.
    data = parseYaml(text, { schema: 'core', maxAliasCount: 100 }) ?? {};
  } catch (error) {
    throw new ConfigurationError(`${file}: not valid YAML: ${errorMessage(error)}`);
  }
  const validate = validator();
  if (!validate(data)) {
    const problems = (validate.errors ?? []).map(e => {
      const where = e.instancePath ? e.instancePath.slice(1).replaceAll('/', '.') : '(top level)';
      const extra = e.keyword === 'additionalProperties' ? ` '${String(e.params.additionalProperty)}'` : '';
      const allowed = e.keyword === 'enum' ? ` (${(e.params.allowedValues as string[]).join(', ')})` : '';
      return `  - ${where}: ${e.message ?? 'invalid'}${extra}${allowed}`;
    });
    throw new ConfigurationError(`${file} is not a valid Bulkhead config:\n${problems.join('\n')}`);
  }
  const raw = data as Record<string, unknown> & {
    rules?: Record<string, 'off' | Severity>;
    ignore?: ConfigIgnore[];
    exclude?: string[];
    images?: Record<string, string>;
  };
  return {
    baseDir,
    rules: raw.rules ?? {},
    ignore: (raw.ignore ?? []).map(i => ({ ...i, paths: i.paths ?? [] })),
    exclude: raw.exclude ?? [],
    trustedRegistries: raw['trusted-registries'] as string[] | undefined,
    requireDigest: raw['require-digest'] as boolean | undefined,
    podSecurityLevel: raw['pod-security-level'] as BulkheadConfig['podSecurityLevel'],
    failOn: raw['fail-on'] as BulkheadConfig['failOn'],
    images: raw.images ?? {}
  };
}
