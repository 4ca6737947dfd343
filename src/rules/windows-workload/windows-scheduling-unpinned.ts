import { defineRule } from '../../core/rule.js';

/** BH610: a Windows image in a pod that does not target Windows nodes. */
export default defineRule({
  meta: {
    id: 'BH610',
    slug: 'windows-scheduling-unpinned',
    title: 'Windows image without Windows node targeting',
    description:
      'The scheduler does not look at images: a pod with a Windows image and no node selection for Windows (`nodeSelector`/required node affinity on `kubernetes.io/os: windows` or `node.kubernetes.io/windows-build`, a Windows RuntimeClass) can land on a Linux node and fail there, and without `os.name: windows` the API server applies neither Windows validation nor the Pod Security exemptions for Windows.',
    severity: 'low',
    remediation:
      "Set `os.name: windows` and `nodeSelector: {kubernetes.io/os: windows}` (add `node.kubernetes.io/windows-build` to match the image's Windows Server version), or use a RuntimeClass whose scheduling selects Windows nodes.",
    references: [
      'https://kubernetes.io/docs/concepts/windows/user-guide/#ensuring-os-specific-workloads-land-on-the-appropriate-container-host',
      'https://kubernetes.io/docs/concepts/containers/runtime-class/#scheduling'
    ],
    tags: ['windows'],
    messages: {
      unpinned:
        "Container '{container}' runs Windows image '{image}', but the pod does not target Windows nodes: it can be scheduled onto a Linux node."
    },
    whenToIgnore:
      'Your cluster has only Windows nodes, or an admission webhook adds the node selection; suppress with that reason.'
  },
  checks: {
    kubernetes({ model, repository, report }) {
      for (const pod of model.pods) {
        if (pod.os.pinned) continue;
        // A RuntimeClass defined outside the scan may carry the node selection (the documented way to pick a Windows build).
        const runtimeClass = pod.spec.get('runtimeClassName')?.text;
        if (runtimeClass && repository.runtimeClasses.get(runtimeClass) !== 'linux') continue;
        const container = pod.containers.find(c => c.imageFacts?.windowsByName);
        if (!container) continue;
        report({
          messageId: 'unpinned',
          data: { container: container.name, image: container.imageFacts?.text ?? '' },
          region: pod.specRegion,
          properties: pod.properties
        });
      }
    }
  }
});
