import { defineRule } from '../../core/rule.js';
import { hostMounts } from '../../targets/compose/service-fields.js';
import { isSocketPath } from '../../targets/host-paths.js';
import { hostPathMounts } from '../../targets/kubernetes/host-path-volumes.js';

/** A socket or pipe mounted read-only still lets the container talk to the daemon behind it. */
const writable = (path: string, readOnly: boolean): boolean => !readOnly || isSocketPath(path);
const quoted = (paths: string[]): string => [...new Set(paths)].map(p => `'${p}'`).join(', ');

/** BH506: root or an administrator in a container that can write to the host. */
export default defineRule({
  meta: {
    id: 'BH506',
    slug: 'admin-with-host-access',
    title: 'Root or administrator with writable host access',
    description:
      "A container that runs as root (Linux) or as an admin-equivalent account such as ContainerAdministrator (Windows), explicitly or by its image's known default, and mounts a host path it can write to. Together they hand the node to whoever controls the container: root can plant files in host directories, rewrite host configuration or drive the container runtime through its socket or named pipe (which a read-only mount does not protect). HostProcess pods, which are the host, are BH604's concern.",
    severity: 'critical',
    remediation:
      'Run the container as an unprivileged user (`runAsNonRoot: true` with a non-zero `runAsUser`; on Windows `runAsUserName: ContainerUser`) and mount host paths with `readOnly: true` (Compose: `:ro`), or replace the host path with a volume.',
    references: [
      'https://kubernetes.io/docs/concepts/storage/volumes/#hostpath',
      'https://kubernetes.io/docs/tasks/configure-pod-container/security-context/',
      'https://kubernetes.io/docs/tasks/configure-pod-container/configure-runasusername/',
      'https://docs.docker.com/engine/storage/bind-mounts/'
    ],
    tags: ['CWE-250', 'CWE-668', 'windows'],
    messages: {
      container: "Container '{container}' runs as '{user}' ({reason}) and can write to host path {paths}.",
      service: "Service '{service}' runs as '{user}' ({reason}) and can write to host path {paths}."
    },
    whenToIgnore:
      'Node agents that must change host state by design (CSI node plugins, device plugins) in a namespace at the privileged Pod Security level; suppress with a reason.'
  },
  checks: {
    kubernetes({ model, report }) {
      for (const pod of model.pods) {
        if (pod.hostProcess) continue; // BH604
        for (const container of pod.containers) {
          const { admin } = container;
          if (!admin) continue;
          const paths = hostPathMounts(pod, container)
            .filter(m => writable(m.volume.path, m.readOnly))
            .map(m => m.volume.path);
          if (!paths.length) continue;
          report({
            messageId: 'container',
            data: { container: container.name, user: admin.user, reason: admin.reason, paths: quoted(paths) },
            region: container.region,
            properties: pod.properties,
            ...(admin.related ? { relatedLocations: [admin.related] } : {})
          });
        }
      }
    },
    compose({ model, report }) {
      for (const service of model.services) {
        const { admin } = service;
        if (!admin) continue;
        const paths = hostMounts(service)
          .filter(m => writable(m.source, m.readOnly))
          .map(m => m.source);
        if (!paths.length) continue;
        report({
          messageId: 'service',
          data: { service: service.name, user: admin.user, reason: admin.reason, paths: quoted(paths) },
          region: service.region,
          properties: service.properties,
          ...(admin.related ? { relatedLocations: [admin.related] } : {})
        });
      }
    }
  }
});
