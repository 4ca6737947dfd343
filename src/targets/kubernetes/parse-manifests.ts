import type { Region } from '../../core/location.js';
import { parseValidYaml } from '../yaml/parse-yaml-documents.js';
import type { YamlNode } from '../yaml/yaml-node.js';
import type {
  ContainerList,
  KubernetesDocument,
  ManifestObject,
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
  CronJob: ['spec', 'jobTemplate', 'spec', 'template']
};

export const WORKLOAD_KINDS = Object.keys(POD_TEMPLATE_PATHS);

/**
 * Entries of objects that no rule reads, dropped as each document is parsed: a CRD bundle is almost
 * all OpenAPI schema, and keeping it would cost tens of bytes of memory per byte of file.
 */
const UNREAD_ENTRIES: Record<string, readonly string[]> = { CustomResourceDefinition: ['spec'] };
const CONTAINER_LISTS: ContainerList[] = ['initContainers', 'containers', 'ephemeralContainers'];

/** Parses a manifest file: every document, `List` items, every pod template and container. */
export function parseManifests(text: string): KubernetesDocument {
  const documents = parseValidYaml(text, {
    onDocument: ({ root }) => {
      const unread = UNREAD_ENTRIES[root.get('kind')?.text ?? ''];
      if (unread) root.dropEntries(unread);
    }
  });
  const objects = documents.flatMap(d => objectsOf(d.root));
  const workloads = objects.flatMap(o => {
    const workload = workloadOf(o);
    return workload ? [workload] : [];
  });
  return { text, objects, workloads };
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

function workloadOf(object: ManifestObject): PodWorkload | undefined {
  const path = object.kind ? POD_TEMPLATE_PATHS[object.kind] : undefined;
  if (!path) return undefined;
  const template = path.length ? object.root.at(...path) : object.root;
  const spec = template?.get('spec');
  if (!template || !spec || spec.kind !== 'map') return undefined;
  return {
    object,
    spec,
    specRegion: spec.reportRegion,
    templateMetadata: template.get('metadata'),
    containers: CONTAINER_LISTS.flatMap(list => containersOf(spec, list))
  };
}

function containersOf(spec: YamlNode, list: ContainerList): WorkloadContainer[] {
  return (spec.get(list)?.items() ?? [])
    .filter(node => node.kind === 'map')
    .map(node => {
      const name = node.get('name');
      const region: Region = name?.reportRegion ?? node.region;
      return {
        name: name?.text ?? '',
        list,
        node,
        region,
        image: node.get('image'),
        securityContext: node.get('securityContext')
      };
    });
}
