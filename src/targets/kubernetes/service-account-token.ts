import type { RepositoryFacts, ServiceAccountFact } from '../../core/repository.js';
import type { YamlNode } from '../yaml/yaml-node.js';
import type { PodWorkload } from './kubernetes-document.js';

/** Whether a pod gets a service-account token, and what decides it (RULES.md BH517). */
export interface TokenAutomount {
  mounted: boolean;
  /** The ServiceAccount the pod runs as (`default` when unset). */
  account: string;
  /** The pod's own `automountServiceAccountToken`, when set. */
  podField?: YamlNode;
  /** The repository's ServiceAccount object of that name, when the pod field is unset. */
  accountObject?: ServiceAccountFact;
}

/**
 * The pod's field wins; when it is unset, the ServiceAccount's field applies (a ServiceAccount the
 * repository defines, in the pod's namespace when both name one); unset everywhere means mounted
 * (https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting).
 * `file` is the pod's file (or render): an account defined there is the one deployed with the pod, so it
 * is preferred to a same-named account of another project or example elsewhere in the repository.
 */
export function tokenAutomount(
  workload: PodWorkload,
  repository: RepositoryFacts,
  file: string
): TokenAutomount {
  const { spec } = workload;
  // An empty name is the namespace's `default` account, as the ServiceAccount admission plugin sets it.
  const account = spec.get('serviceAccountName')?.text || spec.get('serviceAccount')?.text || 'default';
  const podField = spec.get('automountServiceAccountToken');
  if (podField && typeof podField.scalar === 'boolean')
    return { mounted: podField.scalar, account, podField };
  const namespace = workload.object.root.at('metadata', 'namespace')?.text;
  const candidates = repository.serviceAccounts.get(account) ?? [];
  const inNamespace = (list: readonly ServiceAccountFact[]) =>
    list.find(c => c.namespace !== undefined && c.namespace === namespace) ??
    list.find(c => c.namespace === undefined || namespace === undefined);
  const accountObject = inNamespace(candidates.filter(c => c.source === file)) ?? inNamespace(candidates);
  return { mounted: accountObject?.automount !== false, account, accountObject };
}
