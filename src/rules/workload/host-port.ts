import { defineRule } from '../../core/rule.js';

/** BH510: a container binds a port on the node (PSS baseline "Host Ports"). */
export default defineRule({
  meta: {
    id: 'BH510',
    slug: 'host-port',
    title: 'Container binds a host port',
    description:
      "A container port with a non-zero `hostPort` is bound on the node's own network interfaces: the pod becomes reachable around Services and NetworkPolicies, it can take a port a node service needs, and two replicas cannot share a node. The Pod Security Standards forbid host ports at the baseline level; this rule mirrors pod-security-admission's `hostPorts` check (`policy/check_hostPorts.go`: any `hostPort` other than 0, in containers, init containers and ephemeral containers). HostProcess pods share the host network by design and are reported by BH604 instead. Compose `ports` are Docker's port publishing, not host ports in the Pod Security sense, and are not reported.",
    severity: 'medium',
    remediation:
      'Remove `hostPort` and expose the port through a Service (ClusterIP, NodePort or LoadBalancer) or an Ingress; keep `containerPort` for documentation.',
    references: [
      'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline',
      'https://github.com/kubernetes/pod-security-admission/blob/master/policy/check_hostPorts.go',
      'https://kubernetes.io/docs/concepts/configuration/overview/#services'
    ],
    tags: ['CWE-668', 'pss-baseline'],
    messages: {
      container: "Container '{container}' binds port {port} on the node ('hostPort: {port}')."
    },
    whenToIgnore:
      'Node agents that must answer on a node port (an ingress controller DaemonSet, a node-local DNS cache) in a namespace at the privileged Pod Security level; suppress with a reason.'
  },
  checks: {
    kubernetes({ model, report }) {
      for (const pod of model.pods) {
        if (pod.hostProcess) continue; // BH604
        for (const container of pod.containers) {
          for (const port of container.node.get('ports')?.items() ?? []) {
            const hostPort = port.get('hostPort');
            const value = hostPort?.scalar;
            // A template or a string is not a port number the API server would accept: nothing to say.
            if (!hostPort || typeof value !== 'number' || value === 0) continue;
            report({
              messageId: 'container',
              data: { container: container.name, port: value },
              region: hostPort.reportRegion,
              properties: pod.properties
            });
          }
        }
      }
    }
  }
});
