import { defineRule, type Report } from '../../core/rule.js';
import type { YamlNode } from '../../targets/yaml/yaml-node.js';

/** BH804: a committed image trust policy that does not enforce signatures. */
export default defineRule({
  meta: {
    id: 'BH804',
    slug: 'weak-image-trust-policy',
    title: 'Image trust policy does not enforce signatures',
    description:
      'A signature policy is committed but lets unsigned images through: containers `policy.json` with an `insecureAcceptAnything` default, Notation `signatureVerification.level` `skip`/`audit` or `trustedIdentities: ["*"]`, Kyverno `verifyImages` with `required: false` or only auditing (`Audit` is also the default when no failure action is set), sigstore policy-controller `mode: warn`. The policy looks like protection in review while any image, signed or not, still runs.',
    severity: 'medium',
    remediation:
      'Enforce signatures: in `policy.json` make `default` `[{"type": "reject"}]` and allow registries with `signedBy` or `sigstoreSigned` requirements; in Notation use `signatureVerification.level: strict` with named `trustedIdentities` (`x509.subject: …`); in Kyverno set `failureAction: Enforce` on each `verifyImages` entry (or `validationFailureAction: Enforce`) and keep `required: true`; in policy-controller set `mode: enforce`. Roll out in audit mode only on a branch or a test cluster.',
    references: [
      'https://github.com/containers/image/blob/main/docs/containers-policy.json.5.md',
      'https://github.com/notaryproject/specifications/blob/main/specs/trust-store-trust-policy.md',
      'https://kyverno.io/docs/policy-types/cluster-policy/verify-images/',
      'https://docs.sigstore.dev/policy-controller/overview/'
    ],
    tags: ['CWE-347', 'registry'],
    messages: {
      trustPolicy: 'Image signatures are not enforced ({policy}): {detail}.',
      kyvernoOptional:
        "Kyverno {kind} '{name}' admits images without a verified signature ('required: false').",
      kyvernoAudit: "Kyverno {kind} '{name}' only audits image signatures ('{key}: {value}').",
      kyvernoDefault:
        "Kyverno {kind} '{name}' only audits image signatures: no failure action is set and 'validationFailureAction' defaults to 'Audit'.",
      sigstoreWarn: "ClusterImagePolicy '{name}' only warns about unverified images ('mode: warn')."
    },
    whenToIgnore: 'A policy deliberately rolled out in audit mode first, with a date to switch it to enforce.'
  },
  checks: {
    'registry-config'({ document, report }) {
      const policy = document.format === 'notation-trust-policy' ? 'Notation' : 'policy.json';
      for (const { detail, region } of document.trustWeaknesses)
        report({ messageId: 'trustPolicy', data: { policy, detail }, region });
    },
    kubernetes({ document, report }) {
      for (const object of document.objects) {
        const spec = object.root.get('spec');
        const data = { kind: object.kind ?? '', name: object.name ?? '' };
        const group = object.apiVersion?.split('/')[0];
        // Kyverno `kyverno.io/v1` and `v2beta1` policies; sigstore policy-controller `v1alpha1`/`v1beta1`.
        if (spec && group === 'kyverno.io' && /^(Cluster)?Policy$/.test(data.kind))
          checkKyverno(spec, data, report);
        const sigstore = group === 'policy.sigstore.dev' && data.kind === 'ClusterImagePolicy';
        const mode = sigstore ? spec?.get('mode') : undefined;
        if (mode && isValue(mode, 'warn'))
          report({ messageId: 'sigstoreWarn', data, region: mode.reportRegion });
      }
    }
  }
});

type KyvernoReport = (report: Report<'kyvernoOptional' | 'kyvernoAudit' | 'kyvernoDefault'>) => void;

/**
 * `verifyImages[].failureAction` wins over the policy's `validationFailureAction`, whose CRD default
 * is `Audit` (kyverno `api/kyverno/v1`); `required` defaults to true.
 */
function checkKyverno(spec: YamlNode, data: { kind: string; name: string }, report: KyvernoReport): void {
  const audit = (key: string, node: YamlNode) =>
    report({
      messageId: 'kyvernoAudit',
      data: { ...data, key, value: node.text ?? '' },
      region: node.reportRegion
    });
  const entries = (spec.get('rules')?.items() ?? []).flatMap(rule => rule.get('verifyImages')?.items() ?? []);
  let inherits = false;
  for (const verify of entries) {
    const required = verify.get('required');
    if (required?.scalar === false)
      report({ messageId: 'kyvernoOptional', data, region: required.reportRegion });
    const action = verify.get('failureAction');
    if (!action) inherits = true;
    else if (isValue(action, 'audit')) audit('failureAction', action);
  }
  const policyAction = spec.get('validationFailureAction');
  if (inherits && !policyAction) report({ messageId: 'kyvernoDefault', data, region: spec.reportRegion });
  else if (inherits && policyAction && isValue(policyAction, 'audit'))
    audit('validationFailureAction', policyAction);
}

/** Kyverno accepts `Audit` and `audit`; policy-controller `warn`. */
function isValue(node: YamlNode | undefined, value: string): boolean {
  return node?.text?.toLowerCase() === value;
}
