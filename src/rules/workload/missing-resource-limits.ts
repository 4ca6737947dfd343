import { defineRule } from '../../core/rule.js';

const RESOURCES = ['cpu', 'memory'] as const;

/** BH508: a container without CPU and memory limits. */
export default defineRule({
  meta: {
    id: 'BH508',
    slug: 'missing-resource-limits',
    title: 'Container without resource limits',
    description:
      "A container without `resources.limits.memory` can use all of its node's memory, and one without `resources.limits.cpu` all of its CPU: a bug, a leak or an attacker in one pod starves every other workload on the node (a denial of service). Init containers count; ephemeral containers cannot set resources. Pod-level limits (`spec.resources.limits`) cover the containers too.",
    severity: 'low',
    remediation:
      'Set `resources.limits.memory` and `resources.limits.cpu` (with matching `requests`) on every container, or a namespace LimitRange with default limits.',
    references: [
      'https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/',
      'https://kubernetes.io/docs/concepts/policy/limit-range/',
      'https://kubernetes.io/docs/tasks/configure-pod-container/assign-pod-level-resources/'
    ],
    tags: ['CWE-770'],
    messages: {
      missing: "Container '{container}' sets no {missing} limit."
    },
    whenToIgnore:
      'Namespaces whose LimitRange sets default limits, or best-effort batch workloads deliberately left unbounded; suppress with a reason.'
  },
  checks: {
    kubernetes({ model, report }) {
      for (const pod of model.pods) {
        const podLimits = pod.spec.at('resources', 'limits');
        for (const container of pod.containers) {
          if (container.list === 'ephemeralContainers') continue;
          const limits = container.node.at('resources', 'limits');
          const missing = RESOURCES.filter(r => !hasValue(limits?.get(r)) && !hasValue(podLimits?.get(r)));
          if (missing.length === 0) continue;
          report({
            messageId: 'missing',
            data: { container: container.name, missing: missing.map(r => `'${r}'`).join(' or ') },
            region: container.region,
            properties: pod.properties
          });
        }
      }
    }
  }
});

function hasValue(node: { kind: string } | undefined): boolean {
  return node !== undefined && node.kind !== 'null';
}
