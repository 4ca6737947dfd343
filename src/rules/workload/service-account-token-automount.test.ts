import rule from './service-account-token-automount.js';
import { testRule } from '../../../test/rule-tester.js';

const restricted = { podSecurityLevel: 'restricted' } as const;

const DEPLOYMENT = (podSpec: string) => `apiVersion: apps/v1
kind: Deployment
metadata: { name: api, namespace: shop }
spec:
  selector: { matchLabels: { app: api } }
  template:
    metadata: { labels: { app: api } }
    spec:
${podSpec}      containers:
        - name: api
          image: ghcr.io/acme/api:2.0
`;

testRule(rule, {
  valid: [
    {
      name: 'the pod opts out',
      filename: 'deploy.yaml',
      settings: restricted,
      code: DEPLOYMENT('      automountServiceAccountToken: false\n'),
      docs: true
    },
    {
      name: 'its ServiceAccount opts out',
      filename: 'api.yaml',
      settings: restricted,
      code: `apiVersion: v1
kind: ServiceAccount
metadata: { name: api, namespace: shop }
automountServiceAccountToken: false
---
${DEPLOYMENT('      serviceAccountName: api\n')}`,
      docs: true
    },
    {
      name: 'its ServiceAccount in another file of the repository opts out',
      filename: 'deploy.yaml',
      settings: restricted,
      code: DEPLOYMENT('      serviceAccountName: api\n'),
      files: {
        'rbac.yaml':
          'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: api\n  namespace: shop\nautomountServiceAccountToken: false\n'
      }
    },
    {
      name: 'unset at baseline (restricted-only rule)',
      filename: 'deploy.yaml',
      code: DEPLOYMENT('')
    }
  ],
  invalid: [
    {
      name: 'unset everywhere: the default ServiceAccount token is mounted',
      filename: 'deploy.yaml',
      settings: restricted,
      code: DEPLOYMENT(''),
      errors: [
        {
          messageId: 'unset',
          line: 8,
          severity: 'low',
          message:
            "The pod does not set 'automountServiceAccountToken: false', so every container gets the API token of ServiceAccount 'default'."
        }
      ],
      docs: true
    },
    {
      name: 'the pod field wins over a ServiceAccount that opts out',
      filename: 'deploy.yaml',
      settings: restricted,
      code: DEPLOYMENT('      serviceAccountName: api\n      automountServiceAccountToken: true\n'),
      files: {
        'sa.yaml':
          'apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: api }\nautomountServiceAccountToken: false\n'
      },
      errors: [{ messageId: 'pod', line: 10, message: /sets 'automountServiceAccountToken: true'.*'api'/ }]
    },
    {
      name: 'a ServiceAccount that leaves it on, and one in another namespace that does not count',
      filename: 'deploy.yaml',
      settings: restricted,
      code: DEPLOYMENT('      serviceAccountName: api\n'),
      files: {
        'sa.yaml': `apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: ServiceAccount
    metadata: { name: api, namespace: staging }
    automountServiceAccountToken: false
  - apiVersion: v1
    kind: ServiceAccount
    metadata: { name: api, namespace: shop }
    automountServiceAccountToken: true
`
      },
      errors: [{ messageId: 'unset', line: 8, message: /ServiceAccount 'api'/, related: ['sa.yaml:11'] }]
    },
    {
      name: 'Windows pods get a token too (nodeSelector-only Windows Job)',
      filename: 'job.yaml',
      settings: restricted,
      code: `apiVersion: batch/v1
kind: Job
metadata: { name: iis-warmup }
spec:
  template:
    spec:
      restartPolicy: Never
      nodeSelector: { kubernetes.io/os: windows }
      containers:
        - name: warmup
          image: mcr.microsoft.com/windows/servercore:ltsc2022
`,
      errors: [{ messageId: 'unset', line: 6 }]
    }
  ]
});
