import { defineRule } from '../../core/rule.js';

const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'];
const HOOKS = ['postStart', 'preStop'];
const HANDLERS = ['httpGet', 'tcpSocket'];

/** BH516: a probe or lifecycle hook connects to a host other than the pod (PSS baseline "Host Probes / Lifecycle Hooks"). */
export default defineRule({
  meta: {
    id: 'BH516',
    slug: 'host-probe',
    title: 'Probe or lifecycle hook with a host',
    description:
      "`httpGet` and `tcpSocket` probes and lifecycle hooks are run by the kubelet, from the node, against the pod's IP unless `host` says otherwise. A `host` makes the kubelet connect wherever it points: node-local services, the cloud metadata endpoint, other tenants' pods. Because the kubelet makes the request, a pod author can use it to reach what the pod itself cannot (a server-side request forgery through the kubelet). The Pod Security Standards forbid a non-empty `host` at the baseline level (since policy v1.34); this rule mirrors pod-security-admission's `hostProbesAndHostLifecycle` check (`policy/check_hostProbesAndhostLifecycle.go`).",
    severity: 'low',
    remediation:
      'Remove `host` from the probe or hook so the kubelet connects to the pod IP; to check a dependency, probe an endpoint of the pod that checks it, or use an `exec` probe.',
    references: [
      'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline',
      'https://github.com/kubernetes/pod-security-admission/blob/master/policy/check_hostProbesAndhostLifecycle.go',
      'https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/'
    ],
    tags: ['CWE-918', 'pss-baseline'],
    messages: {
      container: "The {handler} of container '{container}' connects to host '{host}' ('{field}')."
    },
    whenToIgnore:
      'A probe that must go through a node-local proxy in a namespace at the privileged Pod Security level; suppress with a reason.'
  },
  checks: {
    kubernetes({ model, report }) {
      for (const pod of model.pods) {
        for (const container of pod.containers) {
          const handlers = [
            ...PROBES.map(probe => [probe, container.node.get(probe)] as const),
            ...HOOKS.map(hook => [`lifecycle.${hook}`, container.node.at('lifecycle', hook)] as const)
          ];
          for (const [handler, node] of handlers) {
            for (const kind of HANDLERS) {
              const host = node?.at(kind, 'host');
              const value = host?.text;
              if (!host || !value) continue;
              report({
                messageId: 'container',
                data: { container: container.name, handler, host: value, field: `${handler}.${kind}.host` },
                region: host.reportRegion,
                properties: pod.properties
              });
            }
          }
        }
      }
    }
  }
});
