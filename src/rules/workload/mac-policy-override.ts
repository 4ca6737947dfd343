import { defineRule } from '../../core/rule.js';
import { macPolicyOverrides } from '../../targets/kubernetes/mac-policy-settings.js';
import { composeMacOverrides } from '../../targets/compose/mac-security-opts.js';

/** BH514: SELinux or AppArmor confinement weakened (PSS baseline "SELinux", "AppArmor"). */
export default defineRule({
  meta: {
    id: 'BH514',
    slug: 'mac-policy-override',
    title: 'SELinux or AppArmor weakened',
    description:
      "SELinux and AppArmor confine what a container process can touch even when it escapes its namespaces. A custom SELinux type (`spc_t`, `unconfined_t`) or a custom SELinux `user` or `role` can lift that confinement, and an AppArmor profile of type `Unconfined` (or the annotation `container.apparmor.security.beta.kubernetes.io/<container>: unconfined`) removes it. The Pod Security Standards' baseline level allows only the container SELinux types (`container_t`, `container_init_t`, `container_kvm_t`, `container_engine_t`) and the `RuntimeDefault` and `Localhost` AppArmor profiles; this rule mirrors pod-security-admission's `seLinuxOptions` and `appArmorProfile` checks (`policy/check_seLinuxOptions.go`, `policy/check_appArmorProfile.go`), judging the pod's and each container's security context where it is written. In Compose, the `security_opt` entries that do the same are reported: `apparmor=unconfined`, `label=disable`, `label=type:` with a type outside those container types, and `label=user:` or `label=role:`. Linux only (on a Windows pod the fields are BH606's).",
    severity: 'medium',
    remediation:
      'Remove `seLinuxOptions.user`, `.role` and any `type` other than a `container_*` type; set `appArmorProfile.type: RuntimeDefault` (or `Localhost` with a tailored profile) and remove `unconfined` AppArmor annotations. In Compose remove those `security_opt` entries (or name an AppArmor profile).',
    references: [
      'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline',
      'https://github.com/kubernetes/pod-security-admission/blob/master/policy/check_seLinuxOptions.go',
      'https://github.com/kubernetes/pod-security-admission/blob/master/policy/check_appArmorProfile.go',
      'https://kubernetes.io/docs/tutorials/security/apparmor/',
      'https://docs.docker.com/reference/cli/docker/container/run/#security-opt'
    ],
    tags: ['CWE-693', 'pss-baseline'],
    messages: {
      selinuxType: "{owner} sets SELinux type '{value}', outside the container types Pod Security allows.",
      selinuxUserRole: "{owner} sets a custom SELinux {field} ('{field}: {value}').",
      apparmor: "{owner} sets AppArmor profile type '{value}' instead of RuntimeDefault or Localhost.",
      annotation: "{owner} runs with AppArmor profile '{value}' (annotation '{field}').",
      apparmorUnconfined: "Service '{service}' runs without AppArmor confinement ('{option}').",
      labelDisable: "Service '{service}' runs without SELinux separation ('{option}').",
      labelType:
        "Service '{service}' sets SELinux type '{value}' ('{option}'), outside the container types Pod Security allows.",
      labelUserRole: "Service '{service}' sets a custom SELinux {field} ('{option}')."
    },
    whenToIgnore:
      'Node agents that need host-level access by design (some CSI or CNI node plugins use `spc_t`) in a namespace at the privileged Pod Security level; suppress with a reason.'
  },
  checks: {
    kubernetes({ model, report }) {
      for (const pod of model.pods) {
        if (pod.os.os === 'windows') continue; // BH606
        for (const { kind, owner, field, value, node } of macPolicyOverrides(pod)) {
          report({
            messageId: kind,
            data: { owner, field, value },
            region: node.reportRegion,
            properties: pod.properties
          });
        }
      }
    },
    compose({ model, report }) {
      for (const service of model.services) {
        if (service.os.os === 'windows') continue;
        for (const { kind, option, field, value, node } of composeMacOverrides(service)) {
          report({
            messageId: kind,
            data: { service: service.name, option, field: field ?? '', value: value ?? '' },
            region: node.region,
            properties: service.properties
          });
        }
      }
    }
  }
});
