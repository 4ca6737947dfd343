import type { FindingProperties } from '../core/finding.js';
import type { RelatedLocation } from '../core/location.js';
import type { ImageReference } from '../targets/dockerfile/image-reference.js';
import type { ImageUser } from '../targets/image-user.js';
import type { PodWorkload, WorkloadContainer } from '../targets/kubernetes/kubernetes-document.js';
import type {
  EffectiveSetting,
  InheritedField,
  WindowsOption
} from '../targets/kubernetes/security-context.js';
import type { YamlNode } from '../targets/yaml/yaml-node.js';

export type WorkloadOs = 'windows' | 'linux' | 'unknown';

/** What OS a pod runs on, how sure we are, and why (RULES.md 5xx). Decided once per pod, for every rule. */
export interface PodOs {
  os: WorkloadOs;
  /** `spec.os.name` is set: the API server validates against it. */
  declared: boolean;
  /** `spec.os.name` when present. */
  osName?: YamlNode;
  /** The pod pins itself to an OS's nodes (os.name, nodeSelector, required affinity, RuntimeClass). */
  pinned: boolean;
  /** What decided it, for messages and SARIF (`nodeSelector kubernetes.io/os=windows`). */
  evidence: string;
}

/** Security fields that only a container sets (no pod-level counterpart). */
export type ContainerOnlyField =
  'privileged' | 'allowPrivilegeEscalation' | 'capabilities' | 'procMount' | 'readOnlyRootFilesystem';

/**
 * A container's effective security context: inherited fields and `windowsOptions` container over pod,
 * field by field (as the kubelet merges them), and the container-only fields as written (null = unset).
 */
export type EffectiveSecurityContext = {
  readonly [F in InheritedField | WindowsOption]?: EffectiveSetting;
} & { readonly [F in ContainerOnlyField]?: YamlNode };

/** What is known about an image a workload runs. */
export interface ImageFacts {
  /** The reference as written. */
  text: string;
  reference?: ImageReference;
  /** A Windows image by its name alone (the base table, or tags such as `ltsc2022`): BH610's evidence. */
  windowsByName: boolean;
  /** Its default user, from the repository's Dockerfile that builds it or the base table; undefined = unknown. */
  user?: ImageUser;
  /** Windows by name, else the OS of the Dockerfile or table entry that tells its user. */
  os: WorkloadOs;
}

/** Who a Linux container runs as, as far as the manifest and the repository tell. */
export type LinuxRunAs =
  | { how: 'runAsUser'; uid: number; setting: EffectiveSetting }
  | { how: 'runAsNonRoot'; setting: EffectiveSetting }
  | { how: 'image'; image: ImageUser; root: boolean }
  /** Nothing in the manifest, and an image we neither build nor know. */
  | { how: 'unknown' }
  /** A `runAsUser` that is not a number (a template), or a Windows image: nothing to say. */
  | { how: 'indeterminate' };

/** A root or admin-equivalent identity, with how we know it (for messages and SARIF related locations). */
export interface AdminUser {
  user: string;
  reason: string;
  related?: RelatedLocation;
}

/** A container with its facts. */
export interface ContainerModel extends WorkloadContainer {
  security: EffectiveSecurityContext;
  imageFacts?: ImageFacts;
  /** The Linux view of its user (meaningful when the pod is not Windows). */
  runAs: LinuxRunAs;
  /** Its user when root (Linux) or admin-equivalent (Windows), by the pod's OS; explicit or a known default. */
  admin?: AdminUser;
}

/** A pod template with its facts. */
export interface PodModel extends PodWorkload {
  os: PodOs;
  /** Some container is effectively a HostProcess container. */
  hostProcess: boolean;
  containers: ContainerModel[];
  /** SARIF result properties for this pod's findings: `podOs`, `podOsEvidence`. */
  properties: FindingProperties;
}

/** The facts of a manifest file. */
export interface KubernetesModel {
  readonly pods: readonly PodModel[];
}
