import rule from './service-account-token-automount.js';
import { DEFAULT_RULE_SETTINGS } from '../../core/settings.js';
import { scanDocuments } from '../../engine/scan-documents.js';
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

/** A ServiceAccount `app` of namespace `shop`, with its token field when given. */
const ACCOUNT = (automount?: boolean) =>
  `apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: app\n  namespace: shop\n${automount === undefined ? '' : `automountServiceAccountToken: ${String(automount)}\n`}`;
const APP = deployment(
  { serviceAccountName: 'app', containers: [container('app', 'ghcr.io/acme/app:2.0')] },
  { name: 'app', namespace: 'shop' }
);

/** BH517's findings when `files` (path → text) are scanned in this order, as `file:line (related)`. */
function scanInOrder(files: [string, string][]): string[] {
  const result = scanDocuments(
    files.map(([path, text]) => ({ path, text })),
    { rules: [rule], settings: { ...DEFAULT_RULE_SETTINGS, ...restricted } }
  );
  return result.findings.map(
    f =>
      `${f.location.file}:${f.location.region.startLine} (${(f.relatedLocations ?? []).map(l => `${l.file}:${l.region.startLine}`).join(', ')})`
  );
}

// Two projects of one repository that both deploy `app` into `shop` (kubebuilder's tutorials, each with
// its own install.yaml): each pod runs as the account deployed with it, whatever the other one says.
describe("a ServiceAccount of the same name and namespace in the pod's own file and in another", () => {
  it("decides by the pod's own file's account when it leaves the token on", () => {
    const own = `${ACCOUNT()}---\n${APP}`;
    expect(
      scanInOrder([
        ['a/app.yaml', ACCOUNT(false)],
        ['b/app.yaml', own]
      ])
    ).toEqual(['b/app.yaml:18 (b/app.yaml:2)']);
  });

  it("decides by the pod's own file's account when it opts out", () => {
    const own = `${ACCOUNT(false)}---\n${APP}`;
    expect(
      scanInOrder([
        ['a/app.yaml', ACCOUNT()],
        ['b/app.yaml', own]
      ])
    ).toEqual([]);
  });

  it('falls back to the account of another file when its own file has none', () => {
    expect(
      scanInOrder([
        ['a/app.yaml', ACCOUNT(false)],
        ['b/app.yaml', APP]
      ])
    ).toEqual([]);
    expect(
      scanInOrder([
        ['a/app.yaml', ACCOUNT()],
        ['b/app.yaml', APP]
      ])
    ).toEqual(['b/app.yaml:12 (a/app.yaml:2)']);
  });
});
