import { defineRule } from '../../core/rule.js';
import { serviceText } from '../../targets/compose/service-fields.js';

const POD_FIELDS = { hostNetwork: 'network', hostPID: 'process (PID)', hostIPC: 'IPC' } as const;
const COMPOSE_FIELDS = { network_mode: 'network', pid: 'process (PID)', ipc: 'IPC' } as const;

/** BH504: a workload joins the host's network, PID or IPC namespace. */
export default defineRule({
  meta: {
    id: 'BH504',
    slug: 'host-namespaces',
    title: 'Workload shares host namespaces',
    description:
      "A pod with `hostNetwork`, `hostPID` or `hostIPC` (a Compose service with `network_mode`, `pid` or `ipc` set to `host`) shares that namespace with the node: it can bind the node's ports and reach services listening on localhost, see and signal every host process and read their environments, or attach to the host's shared memory. The Pod Security Standards forbid all three at the baseline level. HostProcess pods need `hostNetwork` and are reported by BH604 instead.",
    severity: 'high',
    remediation:
      'Remove `hostNetwork`, `hostPID` and `hostIPC` (or set them to `false`); expose ports with a Service or `hostPort` only where needed. In Compose remove `network_mode: host`, `pid: host` and `ipc: host`.',
    references: [
      'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline',
      'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#hostname-and-name-resolution',
      'https://docs.docker.com/reference/compose-file/services/#network_mode'
    ],
    tags: ['CWE-653', 'pss-baseline'],
    messages: {
      pod: "{kind} '{name}' shares the host's {namespace} namespace ('{field}: true').",
      service: "Service '{service}' shares the host's {namespace} namespace ('{field}: host')."
    },
    whenToIgnore:
      'Node-level agents (CNI plugins, node exporters, log collectors) deployed to a namespace at the privileged Pod Security level; suppress with a reason.'
  },
  checks: {
    kubernetes({ model, report }) {
      for (const pod of model.pods) {
        if (pod.hostProcess) continue;
        // hostPID/hostIPC mean nothing to Windows (the API rejects them with os.name: windows): BH606.
        const windows = pod.os.os === 'windows';
        for (const [field, namespace] of Object.entries(POD_FIELDS)) {
          const node = pod.spec.get(field);
          if (!node?.isTrue || (windows && field !== 'hostNetwork')) continue;
          const { kind = 'Pod', name = '' } = pod.object;
          const data = { kind, name, namespace, field };
          report({ messageId: 'pod', data, region: node.reportRegion, properties: pod.properties });
        }
      }
    },
    compose({ model, report }) {
      for (const service of model.services) {
        for (const [field, namespace] of Object.entries(COMPOSE_FIELDS)) {
          const setting = serviceText(service, field);
          if (setting?.value !== 'host') continue;
          report({
            messageId: 'service',
            data: { service: service.name, namespace, field },
            region: setting.node.reportRegion,
            properties: service.properties
          });
        }
      }
    }
  }
});
