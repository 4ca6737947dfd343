import { defineRule } from '../../core/rule.js';
import { tokenAutomount } from '../../targets/kubernetes/service-account-token.js';

/** BH517: at the restricted level, a pod gets a Kubernetes API token it probably does not need. */
export default defineRule({
  meta: {
    id: 'BH517',
    slug: 'service-account-token-automount',
    title: 'Service-account token mounted',
    description:
      "Unless `automountServiceAccountToken` is `false`, Kubernetes mounts a token of the pod's ServiceAccount into every container, and anyone who gets code execution in any of them can call the API server with that identity. Most application pods never call the API. The pod's own field wins; when it is unset the ServiceAccount's field applies (read from a ServiceAccount object in the scanned files, matched by name and namespace, the one in the pod's own file or render first); unset everywhere means mounted. This is not a Pod Security Admission check: it is the CIS Kubernetes Benchmark's control 5.1.6 and Kubernetes' own hardening advice, reported at the `restricted` level only. It applies to Windows pods too.",
    severity: 'low',
    remediation:
      'Set `automountServiceAccountToken: false` in the pod spec (or on its ServiceAccount); a pod that calls the API should mount a short-lived token with a `projected` `serviceAccountToken` volume in the container that needs it.',
    references: [
      'https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting',
      'https://kubernetes.io/docs/concepts/security/service-accounts/',
      'https://kubernetes.io/docs/concepts/security/pod-security-standards/'
    ],
    tags: ['CWE-250', 'pss-restricted'],
    messages: {
      pod: "The pod sets 'automountServiceAccountToken: true', so every container gets the API token of ServiceAccount '{account}'.",
      unset:
        "The pod does not set 'automountServiceAccountToken: false', so every container gets the API token of ServiceAccount '{account}'."
    },
    whenToIgnore:
      'Operators, controllers and other pods that call the Kubernetes API with their ServiceAccount; suppress with a reason, or mount a projected token only where it is needed.'
  },
  checks: {
    kubernetes({ model, file, settings, repository, report }) {
      if (settings.podSecurityLevel !== 'restricted') return;
      for (const pod of model.pods) {
        const { mounted, account, podField, accountObject } = tokenAutomount(pod, repository, file);
        if (!mounted) continue;
        report({
          messageId: podField ? 'pod' : 'unset',
          data: { account },
          region: podField ? podField.reportRegion : pod.specRegion,
          relatedLocations: accountObject ? [accountObject.location] : undefined,
          properties: pod.properties
        });
      }
    }
  }
});
