import rule from './weak-image-trust-policy.js';
import { testRule } from '../../../test/rule-tester.js';

const kyverno = (spec: string, kind = 'ClusterPolicy') => `apiVersion: kyverno.io/v1
kind: ${kind}
metadata:
  name: check-image-signatures
spec:
${spec}`;

const verifyImages = (extra: string) => `      verifyImages:
        - imageReferences: ["registry.lab.example:5000/team/*"]
${extra}          attestors:
            - entries:
                - keyless:
                    issuer: https://token.actions.githubusercontent.com
                    subject: https://github.com/lab-example/tool/.github/workflows/release.yml@refs/heads/main
                    rekor:
                      url: https://rekor.sigstore.dev
`;

const rules = (extra = '') => `  rules:
    - name: verify-signature
      match:
        any:
          - resources:
              kinds: [Pod]
${verifyImages(extra)}`;

testRule(rule, {
  valid: [
    {
      name: 'policy.json: reject by default, signatures for the lab registry',
      filename: 'etc/containers/policy.json',
      code: `{
  "default": [{ "type": "reject" }],
  "transports": {
    "docker": {
      "registry.lab.example:5000": [
        { "type": "signedBy", "keyType": "GPGKeys", "keyPath": "/etc/pki/containers/lab-release.gpg" }
      ]
    }
  }
}
`,
      docs: true
    },
    {
      name: 'Notation: strict with a named identity',
      filename: 'notation/trustpolicy.json',
      code: `{
  "version": "1.0",
  "trustPolicies": [
    {
      "name": "lab-images",
      "registryScopes": ["registry.lab.example:5000/team/tool"],
      "signatureVerification": { "level": "strict" },
      "trustStores": ["ca:lab-release"],
      "trustedIdentities": ["x509.subject: C=US, ST=WA, O=Lab Example, CN=release-signer"]
    }
  ]
}
`
    },
    {
      name: 'Kyverno: enforced per verifyImages entry',
      filename: 'policies/verify-images.yaml',
      code: kyverno(rules('          failureAction: Enforce\n')),
      docs: true
    },
    {
      name: 'Kyverno: enforced by the policy, required explicitly true',
      filename: 'policies/verify-images.yaml',
      code: kyverno(`  validationFailureAction: Enforce\n${rules('          required: true\n')}`)
    },
    {
      name: 'Kyverno policy without verifyImages (a validate rule in Audit is not about signatures)',
      filename: 'policies/require-labels.yaml',
      code: kyverno(`  validationFailureAction: Audit
  rules:
    - name: require-team-label
      match:
        any:
          - resources:
              kinds: [Pod]
      validate:
        message: "label 'team' is required"
        pattern:
          metadata:
            labels:
              team: "?*"
`)
    },
    {
      name: 'policy-controller: enforce mode (the default)',
      filename: 'policies/cluster-image-policy.yaml',
      code: `apiVersion: policy.sigstore.dev/v1beta1
kind: ClusterImagePolicy
metadata:
  name: lab-images
spec:
  mode: enforce
  images:
    - glob: "registry.lab.example:5000/**"
  authorities:
    - keyless:
        url: https://fulcio.sigstore.dev
        identities:
          - issuer: https://token.actions.githubusercontent.com
            subject: https://github.com/lab-example/tool/.github/workflows/release.yml@refs/heads/main
`
    }
  ],
  invalid: [
    {
      name: 'policy.json: insecureAcceptAnything by default',
      filename: 'etc/containers/policy.json',
      code: `{
  "default": [{ "type": "insecureAcceptAnything" }],
  "transports": {
    "docker-daemon": { "": [{ "type": "insecureAcceptAnything" }] }
  }
}
`,
      errors: [
        {
          messageId: 'trustPolicy',
          line: 2,
          message: "Image signatures are not enforced (policy.json): default policy 'insecureAcceptAnything'."
        }
      ],
      docs: true
    },
    {
      name: 'policy.json: reject by default, but Docker Hub accepted unsigned',
      filename: 'etc/containers/policy.json',
      code: `{
  "default": [{ "type": "reject" }],
  "transports": {
    "docker": {
      "docker.io": [{ "type": "insecureAcceptAnything" }],
      "registry.lab.example:5000": [
        { "type": "sigstoreSigned", "keyPath": "/etc/pki/containers/lab-cosign.pub", "signedIdentity": { "type": "matchRepository" } }
      ]
    }
  }
}
`,
      errors: [
        {
          messageId: 'trustPolicy',
          line: 5,
          message: /\(policy\.json\): .*'insecureAcceptAnything'.*'docker\.io'/
        }
      ]
    },
    {
      name: 'Notation: audit level',
      filename: 'notation/trustpolicy.json',
      code: `{
  "version": "1.0",
  "trustPolicies": [
    {
      "name": "everything",
      "registryScopes": ["*"],
      "signatureVerification": {
        "level": "audit"
      },
      "trustStores": ["ca:lab-release"],
      "trustedIdentities": ["x509.subject: C=US, ST=WA, O=Lab Example, CN=release-signer"]
    }
  ]
}
`,
      errors: [
        {
          messageId: 'trustPolicy',
          line: 8,
          message:
            "Image signatures are not enforced (Notation): trust policy 'everything' verification level 'audit'."
        }
      ]
    },
    {
      name: 'Notation: any identity of the trust store',
      filename: 'trustpolicy.json',
      code: `{
  "version": "1.0",
  "trustPolicies": [
    {
      "name": "lab-images",
      "registryScopes": ["registry.lab.example:5000/team/tool"],
      "signatureVerification": { "level": "strict" },
      "trustStores": ["ca:public-roots"],
      "trustedIdentities": ["*"]
    }
  ]
}
`,
      errors: [
        {
          messageId: 'trustPolicy',
          line: 9,
          message: /\(Notation\): trust policy 'lab-images' trusts any identity/
        }
      ]
    },
    {
      name: 'Kyverno: required: false admits unsigned images',
      filename: 'policies/verify-images.yaml',
      code: kyverno(rules('          failureAction: Enforce\n          required: false\n')),
      errors: [
        {
          messageId: 'kyvernoOptional',
          line: 15,
          message:
            "Kyverno ClusterPolicy 'check-image-signatures' admits images without a verified signature ('required: false')."
        }
      ],
      docs: true
    },
    {
      name: 'Kyverno: audit-only policy',
      filename: 'policies/verify-images.yaml',
      code: kyverno(`  validationFailureAction: audit\n  background: false\n${rules()}`, 'Policy'),
      errors: [
        {
          messageId: 'kyvernoAudit',
          line: 6,
          message:
            "Kyverno Policy 'check-image-signatures' only audits image signatures ('validationFailureAction: audit')."
        }
      ]
    },
    {
      name: 'Kyverno: the entry audits although the policy enforces',
      filename: 'policies/verify-images.yaml',
      code: kyverno(`  validationFailureAction: Enforce\n${rules('          failureAction: Audit\n')}`),
      errors: [{ messageId: 'kyvernoAudit', line: 15, message: /\('failureAction: Audit'\)\.$/ }]
    },
    {
      name: 'Kyverno: no failure action anywhere (defaults to Audit)',
      filename: 'policies/verify-images.yaml',
      code: kyverno(rules()),
      errors: [{ messageId: 'kyvernoDefault', line: 5 }]
    },
    {
      name: 'policy-controller: warn mode',
      filename: 'policies/cluster-image-policy.yaml',
      code: `apiVersion: policy.sigstore.dev/v1beta1
kind: ClusterImagePolicy
metadata:
  name: lab-images
spec:
  mode: warn
  images:
    - glob: "registry.lab.example:5000/**"
  authorities:
    - key:
        secretRef:
          name: lab-cosign-pub
`,
      errors: [
        {
          messageId: 'sigstoreWarn',
          line: 6,
          message: "ClusterImagePolicy 'lab-images' only warns about unverified images ('mode: warn')."
        }
      ]
    }
  ]
});
