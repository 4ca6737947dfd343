import type { ValidateFunction } from 'ajv';
import type { Document } from 'yaml';
import {
  isMap,
  isScalar,
  LineCounter,
  loadYamlLibrary,
  parseDocument
} from '../targets/yaml/yaml-library.js';
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
  /** The config file as it was given or found (for messages). */
  file: string;
  rules: Record<string, 'off' | Severity>;
  ignore: ConfigIgnore[];
  exclude: string[];
  trustedRegistries?: string[];
  requireDigest?: boolean;
  podSecurityLevel?: 'baseline' | 'restricted';
  failOn?: Severity | 'none';
  /** Image name (no tag/digest) → Dockerfile path, for cross-file user resolution. */
  images: Record<string, string>;
  /** `extends:` as written (a path, or `owner/repo/path@ref`); load-config resolves and merges them. */
  extends?: string[];
  /** `render:`: how Helm charts and Kustomize roots are rendered (docs/rendering.md). */
  render?: RenderConfig;
}

/** `auto`: render when the tool is found (else one note per root); `on`: a missing tool is a configuration error. */
export type RenderMode = 'auto' | 'on' | 'off';

export interface RenderConfig {
  helm: RenderMode;
  kustomize: RenderMode;
  /** Let Helm fetch chart dependencies and kustomize remote bases over the network. */
  fetchDependencies: boolean;
  /** Render a second pass with the Windows switches of `values.yaml` on. */
  windowsSwitches: boolean;
  /** Seconds per render. */
  timeout: number;
  /** Tool paths, relative to the config's directory. */
  helmPath?: string;
  kubectlPath?: string;
  kustomizePath?: string;
  /** Chart directory (relative to the config's directory) → values files (relative to it too) and `--set` pairs. */
  charts: Record<string, { values: string[]; set: Record<string, string | number | boolean> }>;
}

const RULE_ID = '^BH\\d{3}$';
const RENDER_MODES = ['auto', 'on', 'off'];
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
    images: { type: 'object', additionalProperties: { type: 'string', minLength: 1 } },
    extends: {
      anyOf: [
        { type: 'string', minLength: 1 },
        { type: 'array', maxItems: 10, items: { type: 'string', minLength: 1 } }
      ]
    },
    render: {
      type: 'object',
      additionalProperties: false,
      properties: {
        helm: { enum: RENDER_MODES },
        kustomize: { enum: RENDER_MODES },
        'fetch-dependencies': { type: 'boolean' },
        'windows-switches': { type: 'boolean' },
        timeout: { type: 'integer', minimum: 1, maximum: 3600 },
        'helm-path': { type: 'string', minLength: 1 },
        'kubectl-path': { type: 'string', minLength: 1 },
        'kustomize-path': { type: 'string', minLength: 1 },
        charts: {
          type: 'object',
          additionalProperties: {
            type: 'object',
            additionalProperties: false,
            properties: {
              values: { type: 'array', items: { type: 'string', minLength: 1 } },
              set: {
                type: 'object',
                propertyNames: { pattern: '^[^=\\s]+$' },
                additionalProperties: { anyOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }] }
              }
            }
          }
        }
      }
    }
  }
} as const;

let compiled: Promise<ValidateFunction> | undefined;

/**
 * Ajv is loaded and the schema compiled on the first config file read: loading Ajv's code and compiling
 * the schema cost ~60 ms, which `--version`, config-less scans and most Action runs need not pay.
 */
function validator(): Promise<ValidateFunction> {
  // `default` is Ajv's `module.exports` both in Node (a CommonJS package) and in the bundle's chunk
  // (esbuild exports only that from a chunk of CommonJS code); it carries the class as `.Ajv`.
  return (compiled ??= import('ajv').then(({ default: ajv }) =>
    new ajv.Ajv({ allErrors: true }).compile(SCHEMA)
  ));
}

/** Parses and validates `.bulkhead.yml` text; any problem is a ConfigurationError naming the file, the key and the line. */
export async function parseConfig(text: string, file: string, baseDir: string): Promise<BulkheadConfig> {
  await loadYamlLibrary();
  const lineCounter = new LineCounter();
  // YAML turns an unquoted 2027-01-01 into a string with the core schema, which is what we want.
  const document = parseDocument(text, { schema: 'core', lineCounter });
  const [syntax] = document.errors;
  if (syntax) {
    const line = syntax.linePos?.[0].line;
    throw new ConfigurationError(
      `${file}${line ? ` line ${line}` : ''}: not valid YAML: ${syntax.message.split('\n')[0]}`
    );
  }
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (error) {
    throw new ConfigurationError(`${file}: not valid YAML: ${errorMessage(error)}`);
  }
  const validate = await validator();
  if (!validate(data)) {
    const problems = (validate.errors ?? []).map(e => {
      const segments = e.instancePath ? e.instancePath.slice(1).split('/') : [];
      const property = e.keyword === 'additionalProperties' ? String(e.params.additionalProperty) : undefined;
      const where = segments.length ? segments.join('.') : '(top level)';
      const line = lineOf(document, lineCounter, segments, property);
      const extra = property === undefined ? '' : ` '${property}'`;
      const allowed = e.keyword === 'enum' ? ` (${(e.params.allowedValues as string[]).join(', ')})` : '';
      return `  - ${where}${line ? ` (line ${line})` : ''}: ${e.message ?? 'invalid'}${extra}${allowed}`;
    });
    throw new ConfigurationError(`${file} is not a valid Bulkhead config:\n${problems.join('\n')}`);
  }
  const raw = data as Record<string, unknown> & {
    rules?: Record<string, 'off' | Severity>;
    ignore?: ConfigIgnore[];
    exclude?: string[];
    images?: Record<string, string>;
    extends?: string | string[];
    render?: Record<string, unknown>;
  };
  return {
    baseDir,
    file,
    rules: raw.rules ?? {},
    ignore: (raw.ignore ?? []).map(i => ({ ...i, paths: i.paths ?? [] })),
    exclude: raw.exclude ?? [],
    trustedRegistries: raw['trusted-registries'] as string[] | undefined,
    requireDigest: raw['require-digest'] as boolean | undefined,
    podSecurityLevel: raw['pod-security-level'] as BulkheadConfig['podSecurityLevel'],
    failOn: raw['fail-on'] as BulkheadConfig['failOn'],
    images: raw.images ?? {},
    extends: typeof raw.extends === 'string' ? [raw.extends] : raw.extends,
    ...(raw.render ? { render: readRenderConfig(raw.render) } : {})
  };
}

function readRenderConfig(raw: Record<string, unknown>): RenderConfig {
  const charts = (raw.charts ?? {}) as Record<
    string,
    { values?: string[]; set?: Record<string, string | number | boolean> }
  >;
  return {
    helm: (raw.helm as RenderMode | undefined) ?? 'auto',
    kustomize: (raw.kustomize as RenderMode | undefined) ?? 'auto',
    fetchDependencies: (raw['fetch-dependencies'] as boolean | undefined) ?? false,
    windowsSwitches: (raw['windows-switches'] as boolean | undefined) ?? true,
    timeout: (raw.timeout as number | undefined) ?? 120,
    ...definedPaths(raw),
    charts: Object.fromEntries(
      Object.entries(charts).map(([dir, chart]) => [
        dir,
        { values: chart.values ?? [], set: chart.set ?? {} }
      ])
    )
  };
}

function definedPaths(
  raw: Record<string, unknown>
): Pick<RenderConfig, 'helmPath' | 'kubectlPath' | 'kustomizePath'> {
  const paths: Pick<RenderConfig, 'helmPath' | 'kubectlPath' | 'kustomizePath'> = {};
  if (typeof raw['helm-path'] === 'string') paths.helmPath = raw['helm-path'];
  if (typeof raw['kubectl-path'] === 'string') paths.kubectlPath = raw['kubectl-path'];
  if (typeof raw['kustomize-path'] === 'string') paths.kustomizePath = raw['kustomize-path'];
  return paths;
}

/** The 1-based line of the value at `segments` (or of its key `property`), when the document has it. */
function lineOf(
  document: Document,
  lineCounter: LineCounter,
  segments: string[],
  property: string | undefined
): number | undefined {
  const path = segments.map(segment => (/^\d+$/.test(segment) ? Number(segment) : segment));
  let node = path.length ? document.getIn(path, true) : document.contents;
  if (property !== undefined && isMap(node)) {
    const pair = node.items.find(item => isScalar(item.key) && String(item.key.value) === property);
    node = pair?.key;
  }
  const offset = (node as { range?: [number, number, number] } | undefined)?.range?.[0];
  return offset === undefined ? undefined : lineCounter.linePos(offset).line;
}
