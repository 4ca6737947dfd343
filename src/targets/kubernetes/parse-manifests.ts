import type { Region } from '../../core/location.js';
import { maskUnreadDocuments } from '../yaml/mask-unread-documents.js';
import { InputTooLargeError } from '../../core/errors.js';
import { invalidDocumentProblems, parseYamlDocuments, yamlParseError } from '../yaml/parse-yaml-documents.js';
import { IGNORE_ANNOTATION } from './annotation-ignores.js';
import type { YamlNode } from '../yaml/yaml-node.js';
import type {
  ContainerList,
  KubernetesDocument,
  ManifestObject,
  ManifestProblem,
  PodWorkload,
  WorkloadContainer
} from './kubernetes-document.js';

/** Where each kind keeps its pod template (https://kubernetes.io/docs/concepts/workloads/). */
const POD_TEMPLATE_PATHS: Record<string, string[]> = {
  Pod: [],
  PodTemplate: ['template'],
  ReplicationController: ['spec', 'template'],
  ReplicaSet: ['spec', 'template'],
  Deployment: ['spec', 'template'],
  StatefulSet: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  Job: ['spec', 'template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
  // OpenShift (apps.openshift.io/v1) and Argo Rollouts (argoproj.io/v1alpha1) embed a Deployment's pod template.
  DeploymentConfig: ['spec', 'template'],
  Rollout: ['spec', 'template']
};

export const WORKLOAD_KINDS = Object.keys(POD_TEMPLATE_PATHS);

/**
 * Entries of objects that no rule reads, dropped as each document is parsed: a CRD bundle is almost
 * all OpenAPI schema, and keeping it would cost tens of bytes of memory per byte of file.
 */
const UNREAD_ENTRIES: Record<string, readonly string[]> = { CustomResourceDefinition: ['spec'] };
const CONTAINER_LISTS: ContainerList[] = ['initContainers', 'containers', 'ephemeralContainers'];

/**
 * Kinds whose documents no rule or model reads beyond the file's raw text: rules read workload kinds
 * (POD_TEMPLATE_PATHS), ConfigMap, Secret, Kyverno and sigstore policies, `*List` items, and any
 * object's `bulkhead.io/ignore` annotation; the facts pass reads RuntimeClass and ServiceAccount.
 */
const UNREAD_KINDS: ReadonlySet<string> = new Set(['CustomResourceDefinition']);

/** Off only in tests that compare the scan with and without leaving unread documents unparsed. */
export const unreadKindsLeftUnparsed = { on: true };

/**
 * Parses a manifest file: every document, `List` items, every pod template and container. A document
 * of an unread kind (a CRD: most of an operator bundle's bytes) is not parsed when a first look
 * proves it free of syntax errors; rules that read the raw text (BH207) still get the whole `text`.
 *
 * A document with a syntax error is a problem (BH000) at its first error, and the others are read:
 * `kubectl apply -f` decodes each document of a file alone, so one broken Job must not hide the
 * privileged one next to it. A file without any valid document throws (one BH000, as before).
 */
export function parseManifests(text: string): KubernetesDocument {
  const parsed = parseYamlDocuments(readDocumentsOf(text), {
    onDocument: ({ root }) => {
      // Own keys only: a custom kind named `constructor` or `toString` is no kind of these tables.
      const kind = root.get('kind')?.text ?? '';
      const unread = Object.hasOwn(UNREAD_ENTRIES, kind) ? UNREAD_ENTRIES[kind] : undefined;
      if (unread) root.dropEntries(unread);
    }
  });
  if (parsed.tooLarge) throw new InputTooLargeError(parsed.tooLarge);
  const documents = parsed.documents.filter(d => !d.invalid);
  if (parsed.errors.length && documents.every(d => d.root.kind === 'null'))
    throw yamlParseError(parsed.errors);
  const objects = documents.flatMap(d => objectsOf(d.root));
  const problems: ManifestProblem[] = invalidDocumentProblems(parsed).map(p => ({ ...p, syntax: true }));
  const workloads = objects.flatMap(o => {
    const workload = workloadOf(o, problems);
    return workload ? [workload] : [];
  });
  // In document order (a syntax error's document may come after a problem found in another).
  problems.sort((a, b) => a.region.startLine - b.region.startLine);
  return { text, objects, workloads, problems };
}

/**
 * The text with unread documents blanked (same lines and offsets). A file with an ignore annotation is
 * parsed whole: the annotation covers raw-text findings in its object's lines, even in a CRD.
 */
function readDocumentsOf(text: string): string {
  if (!unreadKindsLeftUnparsed.on || !text.includes('CustomResourceDefinition')) return text;
  if (text.includes(IGNORE_ANNOTATION)) return text;
  return maskUnreadDocuments(text, kind => !UNREAD_KINDS.has(kind), { onlyProvenValid: true });
}

function objectsOf(root: YamlNode): ManifestObject[] {
  if (root.kind !== 'map') return [];
  const kind = root.get('kind');
  const object: ManifestObject = {
    apiVersion: root.get('apiVersion')?.text,
    kind: kind?.text,
    name: root.at('metadata', 'name')?.text,
    root,
    region: kind?.reportRegion ?? root.region
  };
  // `kind: List` (and `*List`, as kubectl prints) holds objects in `items`.
  if (object.kind?.endsWith('List')) return (root.get('items')?.items() ?? []).flatMap(objectsOf);
  return [object];
}

/**
 * The object's pod template. A partial manifest (a kustomize patch without `spec`, an empty `spec:`)
 * has none; a pod spec that is not a mapping (a list, a string) is a problem (BH000): the API server
 * rejects it, and reading past it would hide the whole workload.
 */
function workloadOf(object: ManifestObject, problems: ManifestProblem[]): PodWorkload | undefined {
  const path =
    object.kind && Object.hasOwn(POD_TEMPLATE_PATHS, object.kind)
      ? POD_TEMPLATE_PATHS[object.kind]
      : undefined;
  if (!path) return undefined;
  let template: YamlNode = object.root;
  for (let index = 0; index < path.length; index++) {
    const next = readableMap(object, template, path.slice(0, index + 1), problems);
    if (!next) return undefined;
    template = next;
  }
  const spec = readableMap(object, template, [...path, 'spec'], problems);
  if (!spec) return undefined;
  const containers = CONTAINER_LISTS.flatMap(list => containersOf(object, spec, list, problems));
  if (isExpectedState(object, containers)) return undefined;
  return {
    object,
    spec,
    specRegion: spec.reportRegion,
    templateMetadata: template.get('metadata'),
    containers
  };
}

/**
 * An end-to-end test's expected state, not an object to create: containers that each leave out their
 * image or their name (the API server rejects such a container) in an object that has a `status` to
 * wait for, or no name (the API server rejects that too; a patch names the object it patches).
 * kuttl's and Chainsaw's `NN-assert.yaml` files list only the fields they check: jaeger-operator's
 * tests `containers: [{name: myapp}, {name: jaeger-agent}]`, argocd-image-updater's an unnamed Pod
 * with `containers: [{image: 10.42.0.1:30000/test-image:1.0.2}]` (the image the test waits for).
 */
function isExpectedState(object: ManifestObject, containers: readonly WorkloadContainer[]): boolean {
  if (containers.length === 0 || containers.some(isCompleteContainer)) return false;
  const metadata = object.root.get('metadata');
  const named = metadata?.get('name') !== undefined || metadata?.get('generateName') !== undefined;
  return object.root.get('status') !== undefined || !named;
}

/** A container the API server could create: it has both a name and an image. */
function isCompleteContainer(container: WorkloadContainer): boolean {
  return container.image !== undefined && container.node.get('name') !== undefined;
}

/** The mapping at the last key of `path` under `parent`; a list or scalar there is a problem. */
function readableMap(
  object: ManifestObject,
  parent: YamlNode,
  path: string[],
  problems: ManifestProblem[]
): YamlNode | undefined {
  const node = parent.get(path[path.length - 1] ?? '');
  if (!node || node.kind === 'map' || node.kind === 'null') return node?.kind === 'map' ? node : undefined;
  const shape = node.kind === 'seq' ? 'a list' : 'a scalar';
  problems.push({
    // Kind and keys only: a value may hold a secret (RULES.md BH000).
    message: `The ${object.kind ?? 'object'}'s '${path.join('.')}' is ${shape}, not a mapping, so its pod cannot be checked.`,
    region: node.reportRegion
  });
  return undefined;
}

function containersOf(
  object: ManifestObject,
  spec: YamlNode,
  list: ContainerList,
  problems: ManifestProblem[]
): WorkloadContainer[] {
  const node = spec.get(list);
  if (node && node.kind !== 'seq' && node.kind !== 'null') {
    problems.push({
      message: `The ${object.kind ?? 'object'}'s '${list}' is not a list, so its containers cannot be checked.`,
      region: node.reportRegion
    });
    return [];
  }
  return (node?.items() ?? [])
    .filter(item => item.kind === 'map')
    .map(item => {
      const name = item.get('name');
      const region: Region = name?.reportRegion ?? item.region;
      return {
        name: name?.text ?? '',
        list,
        node: item,
        region,
        image: item.get('image'),
        securityContext: item.get('securityContext')
      };
    });
}
