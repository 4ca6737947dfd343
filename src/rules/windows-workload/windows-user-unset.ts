import { defineRule } from '../../core/rule.js';
import { runAsUserNameFields } from '../../targets/kubernetes/run-as-user-name.js';
import { fixes, windowsUserFix } from '../../targets/kubernetes/security-context-fixes.js';

/** BH602: a Windows pod leaves the account to images whose default user is unknown. */
export default defineRule({
  meta: {
    id: 'BH602',
    slug: 'windows-user-unset',
    title: 'Windows pod does not set its account',
    description:
      "A Windows pod sets no `runAsUserName` at all, so each container runs as its image's default user, and for this image that default is unknown (not built by a Dockerfile in the repository, not a well-known base image). Many Windows images (Server Core and everything built on it) default to ContainerAdministrator; `runAsNonRoot: true` catches only an image whose configured user is literally ContainerAdministrator, not one that leaves it empty.",
    severity: 'low',
    remediation:
      'Set `securityContext.windowsOptions.runAsUserName: ContainerUser` on the pod, with `runAsNonRoot: true` and `os.name: windows`, so the account no longer depends on how the image was built.',
    references: [
      'https://kubernetes.io/docs/tasks/configure-pod-container/configure-runasusername/',
      'https://learn.microsoft.com/en-us/virtualization/windowscontainers/manage-containers/container-security'
    ],
    tags: ['CWE-250', 'windows'],
    messages: {
      unset:
        "Container '{container}' runs as the default user of image '{image}', which is unknown: no runAsUserName is set in the pod."
    },
    whenToIgnore:
      "You know the image's default user is not an administrator (for example a Nano Server-based image published by your team); better, say so with `runAsUserName: ContainerUser`."
  },
  checks: {
    kubernetes({ model, report }) {
      for (const pod of model.pods) {
        if (pod.os.os !== 'windows') continue;
        // HostProcess containers run as a node account, not ContainerUser (BH604).
        if (pod.hostProcess || runAsUserNameFields(pod).length > 0) continue;
        for (const container of pod.containers) {
          const image = container.imageFacts;
          if (!image || image.user) continue;
          report({
            messageId: 'unset',
            data: { container: container.name, image: image.text },
            region: container.region,
            properties: pod.properties,
            ...fixes(windowsUserFix(pod))
          });
        }
      }
    }
  }
});
