import { LineCounter, parseAllDocuments, isMap, isPair, isScalar, isSeq, type Node } from 'yaml';

/**
 * Workload builders for rule tests: Kubernetes Pods and pod controllers as YAML text.
 *
 * Tests used to retype the same Pod skeleton in every case; the builders write it once, so a case
 * shows only what it is about. The text is plain Kubernetes YAML, fit for a docs page.
 *
 * Line layout (so a test can tell which line a field is on):
 * - block style, two-space indent, one field per line in the order given (spreads keep their order);
 *   list items are indented under their key (`containers:` then `  - name: app`), the first field
 *   of a list item shares the `- ` line;
 * - `flow(value)` writes a value on its key's line (`capabilities: { drop: [ALL] }`), and so are
 *   empty maps and lists;
 * - a string with a newline is a literal block (`|`), one line per text line;
 * - every kind starts `apiVersion`, `kind`, `metadata:`, `  name:` (lines 1-4), then `spec:` (5):
 *   a Pod's spec fields start at line 6; a Deployment or DaemonSet adds `selector`
 *   (lines 6-7) and `template` with its labels (8-10) and its `spec:` (11), so its pod spec fields start at line 12
 *   (indent 6); a Job's at line 8; a CronJob's at line 11 (after `schedule`, `jobTemplate`).
 * Rather than count, `lineOf(text, 'spec.containers[0].image')` or `podLineOf(text, 'containers[0]')`
 * return the line of a field.
 */

/** A YAML value. `undefined` fields are left out, so optional parts can be written inline. */
export type YamlValue = string | number | boolean | null | Flow | YamlValue[] | YamlMap;
export type YamlMap = { [key: string]: YamlValue | undefined };

/** A value written inline on its key's line. */
export class Flow {
  constructor(readonly value: YamlValue) {}
}

/** Writes `value` in flow style on one line, like `{ drop: [ALL] }`. */
export function flow(value: YamlValue): Flow {
  return new Flow(value);
}

export type SecurityContext = YamlMap;

export type Container = YamlMap & {
  name: string;
  image?: string;
  securityContext?: SecurityContext | Flow;
};

export type PodSpec = YamlMap & {
  containers?: Container[];
  initContainers?: Container[];
  securityContext?: SecurityContext | Flow;
};

export interface Metadata {
  /** Default: the first container's name, else `app`. */
  name?: string;
  namespace?: string;
  labels?: YamlMap;
  annotations?: YamlMap;
}

/** A container; `fields` follow `name` and `image` in the order given. */
export function container(name = 'app', image = 'myorg/app:1.0', fields: YamlMap = {}): Container {
  return { name, image, ...fields };
}

/** A Pod. */
export function pod(spec: PodSpec, metadata: Metadata = {}): string {
  return toYaml({ apiVersion: 'v1', kind: 'Pod', metadata: metadataOf(spec, metadata), spec });
}

/** A Deployment whose pod template is `spec`. */
export function deployment(spec: PodSpec, metadata: Metadata = {}): string {
  return controller('apps/v1', 'Deployment', spec, metadata);
}

/** A DaemonSet whose pod template is `spec`. */
export function daemonSet(spec: PodSpec, metadata: Metadata = {}): string {
  return controller('apps/v1', 'DaemonSet', spec, metadata);
}

/** A Job whose pod template is `spec`. */
export function job(spec: PodSpec, metadata: Metadata = {}): string {
  const meta = metadataOf(spec, metadata);
  return toYaml({ apiVersion: 'batch/v1', kind: 'Job', metadata: meta, spec: { template: { spec } } });
}

/** A CronJob (daily unless `schedule` says otherwise) whose pod template is `spec`. */
export function cronJob(spec: PodSpec, metadata: Metadata = {}, schedule = '@daily'): string {
  const meta = metadataOf(spec, metadata);
  return toYaml({
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: meta,
    spec: { schedule, jobTemplate: { spec: { template: { spec } } } }
  });
}

/**
 * Pod spec fields that schedule a pod on Windows nodes: the `kubernetes.io/os` node selector (the
 * usual way) or `os.name` (Kubernetes 1.25+). Spread first, so the fields open the pod spec.
 */
export function onWindows(via: 'nodeSelector' | 'os' = 'nodeSelector'): PodSpec {
  return via === 'os' ? { os: { name: 'windows' } } : { nodeSelector: { 'kubernetes.io/os': 'windows' } };
}

/** A Pod scheduled on Windows nodes (see `onWindows`). */
export function windowsPod(
  spec: PodSpec,
  metadata: Metadata = {},
  via: 'nodeSelector' | 'os' = 'nodeSelector'
): string {
  return pod({ ...onWindows(via), ...spec }, metadata);
}

/** `windowsOptions.runAsUserName`, for a pod or container security context. */
export function runAsUserName(user: string): SecurityContext {
  return { windowsOptions: { runAsUserName: user } };
}

/** A HostProcess security context (`windowsOptions.hostProcess`, and the user when given). */
export function hostProcess(user?: string): SecurityContext {
  return { windowsOptions: { hostProcess: true, runAsUserName: user } };
}

/** A security context that adds and/or drops capabilities, written on one line. */
export function capabilities(change: { add?: string[]; drop?: string[] }): SecurityContext {
  return { capabilities: flow({ add: change.add, drop: change.drop }) };
}

/** A hostPath volume. */
export function hostPathVolume(name: string, path: string, type?: string): YamlMap {
  return { name, hostPath: { path, type } };
}

/** Several documents in one file, separated by `---`. */
export function documents(...texts: string[]): string {
  return texts.join('---\n');
}

/** One YAML document for `value` (see the line layout above). */
export function toYaml(value: YamlMap): string {
  return writeMap(value, 0).join('\n') + '\n';
}

function controller(apiVersion: string, kind: string, spec: PodSpec, metadata: Metadata): string {
  const meta = metadataOf(spec, metadata);
  const labels = flow({ app: meta.name });
  return toYaml({
    apiVersion,
    kind,
    metadata: meta,
    spec: { selector: { matchLabels: labels }, template: { metadata: { labels }, spec } }
  });
}

function metadataOf(spec: PodSpec, metadata: Metadata): YamlMap {
  const { name, namespace, labels, annotations } = metadata;
  return { name: name ?? spec.containers?.[0]?.name ?? 'app', namespace, labels, annotations };
}

function writeMap(map: YamlMap, indent: number): string[] {
  const pad = ' '.repeat(indent);
  const lines: string[] = [];
  for (const [key, value] of Object.entries(map)) {
    if (value === undefined) continue;
    const head = `${pad}${writeScalar(key)}:`;
    if (typeof value === 'string' && value.includes('\n')) {
      lines.push(`${head} ${value.endsWith('\n') ? '|' : '|-'}`);
      for (const line of value.replace(/\n$/, '').split('\n')) lines.push(line ? `${pad}  ${line}` : '');
    } else if (isInline(value)) lines.push(`${head} ${writeInline(value)}`);
    else if (Array.isArray(value)) lines.push(head, ...writeList(value, indent + 2));
    else lines.push(head, ...writeMap(value as YamlMap, indent + 2));
  }
  return lines;
}

function writeList(list: YamlValue[], indent: number): string[] {
  const pad = ' '.repeat(indent);
  return list.flatMap(item => {
    if (isInline(item)) return [`${pad}- ${writeInline(item)}`];
    const inner = Array.isArray(item) ? writeList(item, indent + 2) : writeMap(item as YamlMap, indent + 2);
    // The item's first line moves up onto the `- ` marker, at the same column.
    return [`${pad}- ${(inner[0] ?? '').trimStart()}`, ...inner.slice(1)];
  });
}

function isInline(value: YamlValue): boolean {
  if (value === null || typeof value !== 'object' || value instanceof Flow) return true;
  if (Array.isArray(value)) return value.length === 0;
  return Object.values(value).every(v => v === undefined);
}

function writeInline(value: YamlValue): string {
  if (value instanceof Flow) return writeInline(value.value);
  if (Array.isArray(value)) return `[${value.map(writeInline).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const fields = Object.entries(value).filter(([, v]) => v !== undefined);
    if (fields.length === 0) return '{}';
    return `{ ${fields.map(([k, v]) => `${writeScalar(k)}: ${writeInline(v as YamlValue)}`).join(', ')} }`;
  }
  return writeScalar(value);
}

// YAML 1.1 readers (Kubernetes' own) also take these as booleans, so they are quoted.
const YAML11_BOOLEANS = /^(?:y|n|yes|no|on|off|true|false)$/i;
const QUANTITY = /^\d+(?:\.\d+)?[A-Za-z]+$/;
const PLAIN = /^[A-Za-z_./$][\w./@+=$-]*(?:[ :][\w./@+=$-]+)*$/;

function writeScalar(value: string | number | boolean | null): string {
  if (typeof value !== 'string') return String(value);
  if (PLAIN.test(value) && !YAML11_BOOLEANS.test(value) && !/^(?:null|\.inf|\.nan)$/i.test(value))
    return value;
  // Quantities like 128Mi or 500m stay plain; 1e3 is a number.
  if (QUANTITY.test(value) && !/^\d+(?:\.\d+)?e\d*$/i.test(value)) return value;
  // Single quotes keep a backslash literal (`'NT AUTHORITY\SYSTEM'`); anything else is JSON-quoted.
  if (/^[\x20-\x26\x28-\x7e]*$/.test(value)) return `'${value}'`;
  return JSON.stringify(value);
}

/**
 * The 1-based line of the field at `path` in document `document` of `text`: a key's line for a
 * map field, the `- ` line for a list item. `path` is like `spec.containers[0].securityContext`;
 * keys with dots go in brackets: `nodeSelector["kubernetes.io/os"]`.
 */
export function lineOf(text: string, path: string, document = 0): number {
  const counter = new LineCounter();
  const doc = parseAllDocuments(text, { lineCounter: counter })[document];
  if (!doc || !('contents' in doc)) throw new Error(`No document ${document}.`);
  let node: unknown = doc.contents;
  let offset: number | undefined;
  for (const step of parsePath(path)) {
    if (typeof step === 'number' && isSeq(node)) {
      node = node.items[step];
      offset = (node as Node | undefined)?.range?.[0];
    } else if (typeof step === 'string' && isMap(node)) {
      const pair = node.items.find(p => isPair(p) && isScalar(p.key) && String(p.key.value) === step);
      node = pair?.value;
      offset = (pair?.key as Node | undefined)?.range?.[0];
    } else node = undefined;
    if (node === undefined || offset === undefined) throw new Error(`No field ${path} in the YAML.`);
  }
  if (offset === undefined) throw new Error('An empty path has no line.');
  return counter.linePos(offset).line;
}

/** `lineOf` for a path inside the pod spec of the workload, whatever its kind. */
export function podLineOf(text: string, path: string, document = 0): number {
  const counter = new LineCounter();
  const doc = parseAllDocuments(text, { lineCounter: counter })[document];
  const kind = doc && 'contents' in doc ? String(doc.get('kind')) : '';
  const prefix =
    kind === 'Pod'
      ? 'spec'
      : kind === 'CronJob'
        ? 'spec.jobTemplate.spec.template.spec'
        : 'spec.template.spec';
  return lineOf(text, path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`, document);
}

function parsePath(path: string): (string | number)[] {
  const steps: (string | number)[] = [];
  for (const match of path.matchAll(/\["([^"]+)"\]|\[(\d+)\]|([^.[\]]+)/g)) {
    if (match[1] !== undefined) steps.push(match[1]);
    else if (match[2] !== undefined) steps.push(Number(match[2]));
    else if (match[3] !== undefined) steps.push(match[3]);
  }
  return steps;
}
