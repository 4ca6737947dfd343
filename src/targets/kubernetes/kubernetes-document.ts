import type { Region } from '../../core/location.js';
import type { YamlNode } from '../yaml/yaml-node.js';

/** One object of a manifest file (a document, or an item of a `List`). */
export interface ManifestObject {
  apiVersion?: string;
  kind?: string;
  name?: string;
  root: YamlNode;
  /** Where object-level findings go: the `kind:` line. */
  region: Region;
}

export type ContainerList = 'containers' | 'initContainers' | 'ephemeralContainers';

/** A container of a pod template; `node.region` starts on its `- name:` line. */
export interface WorkloadContainer {
  name: string;
  list: ContainerList;
  node: YamlNode;
  /** Where findings about a missing container field go: the `- name:` line. */
  region: Region;
  image?: YamlNode;
  securityContext?: YamlNode;
}

/** An object that carries a pod template (RULES.md 5xx: Pod, PodTemplate, ReplicationController, …, CronJob). */
export interface PodWorkload {
  object: ManifestObject;
  /** The pod spec (`spec`, `spec.template.spec`, `spec.jobTemplate.spec.template.spec`). */
  spec: YamlNode;
  /** Where findings about a missing pod-level field go: the pod spec's `spec:` line. */
  specRegion: Region;
  /** Pod template metadata (the Pod's own metadata for a Pod). */
  templateMetadata?: YamlNode;
  containers: WorkloadContainer[];
}

/**
 * Valid YAML that Kubernetes cannot decode (a pod spec that is a list): BH000, at the field; or a
 * document with a YAML syntax error, when other documents of the file are valid.
 */
export interface ManifestProblem {
  message: string;
  region: Region;
  /** A YAML syntax error (the file may be a template whose action broke the YAML there). */
  syntax?: true;
}

/** A parsed manifest file. */
export interface KubernetesDocument {
  text: string;
  objects: ManifestObject[];
  workloads: PodWorkload[];
  /** In document order. */
  problems: ManifestProblem[];
}

declare module '../../core/target.js' {
  interface TargetDocuments {
    kubernetes: KubernetesDocument;
  }
}
