import type { RepositoryFacts } from '../core/repository.js';
import type {
  KubernetesDocument,
  PodWorkload,
  WorkloadContainer
} from '../targets/kubernetes/kubernetes-document.js';
import {
  containerSetting,
  effectiveSetting,
  effectiveWindowsOption
} from '../targets/kubernetes/security-context.js';
import { adminUser, linuxRunAs } from './container-user.js';
import { imageFacts } from './image-facts.js';
import { decidePodOs } from './pod-os.js';
import type {
  ContainerModel,
  EffectiveSecurityContext,
  KubernetesModel,
  PodModel
} from './workload-model.js';

/** The facts of every pod template of a manifest file, computed on first use and then kept. */
export function kubernetesModel(document: KubernetesDocument, repository: RepositoryFacts): KubernetesModel {
  let pods: PodModel[] | undefined;
  return {
    // Built on first read, so a file no workload rule looks at costs nothing, and a failure is the
    // reading rule's (contained) failure rather than the scan's.
    get pods() {
      pods ??= document.workloads.map(workload => podModel(workload, repository));
      return pods;
    }
  };
}

function podModel(workload: PodWorkload, repository: RepositoryFacts): PodModel {
  const signals = workload.containers.map(container => ({
    container,
    security: effectiveSecurityContext(workload, container),
    imageFacts: imageFacts(container.image?.text, repository)
  }));
  const os = decidePodOs(workload, signals, repository.runtimeClasses);
  const containers = signals.map(({ container, security, imageFacts: image }): ContainerModel => {
    const runAs = linuxRunAs(security, image);
    return {
      ...container,
      security,
      imageFacts: image,
      runAs,
      admin: adminUser(os.os, security, image, runAs)
    };
  });
  return {
    ...workload,
    os,
    hostProcess: containers.some(c => c.security.hostProcess?.node.isTrue === true),
    containers,
    properties: { podOs: os.os, podOsEvidence: os.evidence }
  };
}

/** Container over pod, field by field (kubernetes pkg/securitycontext/util.go). */
function effectiveSecurityContext(
  workload: PodWorkload,
  container: WorkloadContainer
): EffectiveSecurityContext {
  const inherited = (field: Parameters<typeof effectiveSetting>[2]) =>
    effectiveSetting(workload, container, field);
  const windows = (field: Parameters<typeof effectiveWindowsOption>[2]) =>
    effectiveWindowsOption(workload, container, field);
  return {
    runAsUser: inherited('runAsUser'),
    runAsGroup: inherited('runAsGroup'),
    runAsNonRoot: inherited('runAsNonRoot'),
    seLinuxOptions: inherited('seLinuxOptions'),
    seccompProfile: inherited('seccompProfile'),
    appArmorProfile: inherited('appArmorProfile'),
    runAsUserName: windows('runAsUserName'),
    hostProcess: windows('hostProcess'),
    gmsaCredentialSpecName: windows('gmsaCredentialSpecName'),
    gmsaCredentialSpec: windows('gmsaCredentialSpec'),
    privileged: containerSetting(container, 'privileged'),
    allowPrivilegeEscalation: containerSetting(container, 'allowPrivilegeEscalation'),
    capabilities: containerSetting(container, 'capabilities'),
    procMount: containerSetting(container, 'procMount'),
    readOnlyRootFilesystem: containerSetting(container, 'readOnlyRootFilesystem')
  };
}
