import rule from './service-account-token-automount.js';
import { testRule } from '../../../test/rule-tester.js';
import { container, deployment, job, onWindows, type PodSpec } from '../../../test/builders/workload.js';

const restricted = { podSecurityLevel: 'restricted' } as const;

/** The `api` Deployment of namespace `shop`, with `podSpec` fields before its container. */
const DEPLOYMENT = (podSpec: PodSpec = {}) =>
  deployment({ ...podSpec, containers: [container('api', 'ghcr.io/acme/api:2.0')] }, { namespace: 'shop' });

testRule(rule, {
  valid: [
    {
      name: 'the pod opts out',
      filename: 'deploy.yaml',
      settings: restricted,
      code: DEPLOYMENT({ automountServiceAccountToken: false }),
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
${DEPLOYMENT({ serviceAccountName: 'api' })}`,
      docs: true
    },
    {
      name: 'its ServiceAccount in another file of the repository opts out',
      filename: 'deploy.yaml',
      settings: restricted,
      code: DEPLOYMENT({ serviceAccountName: 'api' }),
      files: {
        'rbac.yaml':
          'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: api\n  namespace: shop\nautomountServiceAccountToken: false\n'
      }
    },
    {
      // prometheus-operator's non-RBAC example: an empty name is the namespace's default account.
      name: 'an empty serviceAccountName is the default ServiceAccount, which opts out',
      filename: 'deploy.yaml',
      settings: restricted,
      code: `apiVersion: v1
kind: ServiceAccount
metadata: { name: default, namespace: shop }
automountServiceAccountToken: false
---
${DEPLOYMENT({ serviceAccountName: '' })}`
    },
    {
      name: 'unset at baseline (restricted-only rule)',
      filename: 'deploy.yaml',
      code: DEPLOYMENT()
    }
  ],
  invalid: [
    {
      name: 'unset everywhere: the default ServiceAccount token is mounted',
      filename: 'deploy.yaml',
      settings: restricted,
      code: DEPLOYMENT(),
      errors: [
        {
          messageId: 'unset',
          line: 12,
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
      code: DEPLOYMENT({ serviceAccountName: 'api', automountServiceAccountToken: true }),
      files: {
        'sa.yaml':
          'apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: api }\nautomountServiceAccountToken: false\n'
      },
      errors: [{ messageId: 'pod', line: 14, message: /sets 'automountServiceAccountToken: true'.*'api'/ }]
    },
    {
      name: 'a ServiceAccount that leaves it on, and one in another namespace that does not count',
      filename: 'deploy.yaml',
      settings: restricted,
      code: DEPLOYMENT({ serviceAccountName: 'api' }),
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
      errors: [{ messageId: 'unset', line: 12, message: /ServiceAccount 'api'/, related: ['sa.yaml:11'] }]
    },
    {
      name: 'Windows pods get a token too (nodeSelector-only Windows Job)',
      filename: 'job.yaml',
      settings: restricted,
      code: job(
        {
          restartPolicy: 'Never',
          ...onWindows(),
          containers: [container('warmup', 'mcr.microsoft.com/windows/servercore:ltsc2022')]
        },
        { name: 'iis-warmup' }
      ),
      errors: [{ messageId: 'unset', line: 7 }]
    }
  ]
});
