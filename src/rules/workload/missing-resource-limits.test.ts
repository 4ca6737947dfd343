import rule from './missing-resource-limits.js';
import { testRule } from '../../../test/rule-tester.js';
import { container, cronJob, deployment, flow, onWindows, pod } from '../../../test/builders/workload.js';

const NANO = 'mcr.microsoft.com/windows/nanoserver:ltsc2022';

testRule(rule, {
  valid: [
    {
      name: 'limits on every container, init included',
      filename: 'deploy.yaml',
      code: deployment({
        initContainers: [
          container('migrate', 'ghcr.io/acme/web:1.2', {
            resources: { limits: flow({ cpu: '200m', memory: '128Mi' }) }
          })
        ],
        containers: [
          container('web', 'ghcr.io/acme/web:1.2', {
            resources: {
              requests: flow({ cpu: '100m', memory: '128Mi' }),
              limits: { cpu: '500m', memory: '256Mi' }
            }
          })
        ]
      }),
      docs: true
    },
    {
      name: 'pod-level limits cover the containers; ephemeral containers cannot set resources',
      filename: 'pod.yaml',
      code: pod(
        {
          resources: { limits: flow({ cpu: '1', memory: '1Gi' }) },
          containers: [container('app', 'app:1')],
          ephemeralContainers: [container('debug', 'busybox:1.36')]
        },
        { name: 'p' }
      )
    },
    {
      name: 'Windows pod with limits',
      filename: 'win.yaml',
      code: pod({
        ...onWindows('os'),
        containers: [container('w', NANO, { resources: { limits: flow({ cpu: '2', memory: '2Gi' }) } })]
      })
    },
    {
      // jaeger-operator's tests/e2e/sidecar/*/02-assert.yaml: the fields a test waits for, not a pod.
      name: 'a kuttl assert file: a status to wait for and containers that name no image',
      filename: 'tests/e2e/sidecar/02-assert.yaml',
      code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  labels:\n    app: myapp\nspec:\n  containers:\n    - name: myapp\n    - name: jaeger-agent\nstatus:\n  phase: Running\n'
    },
    {
      name: 'a kuttl assert file: an unnamed pod whose containers name no image (jaeger-operator istio test)',
      filename: 'tests/e2e/miscellaneous/istio/03-assert.yaml',
      code: 'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: myapp\n    - name: istio-proxy\n'
    },
    {
      // argocd-image-updater's test/e2e/suite/004-multiple-images/02-assert.yaml: the images the test
      // waits for, in a Pod that has no name and containers that have none either.
      name: 'a kuttl assert file: an unnamed pod whose containers name only an image',
      filename: 'test/e2e/suite/004-multiple-images/02-assert.yaml',
      code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  namespace: image-updater-e2e-004\nspec:\n  containers:\n  - image: 10.42.0.1:30000/test-image:1.0.2\n  - image: 10.42.0.1:30000/other-image:1.0.1\n'
    }
  ],
  invalid: [
    {
      name: 'a named pod without images or status (a patch-like fragment outside any kustomization) is judged',
      filename: 'pod.yaml',
      code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n',
      errors: [{ messageId: 'missing', line: 7 }]
    },
    {
      name: 'a named pod whose container names only an image (no status to wait for) is judged',
      filename: 'pod.yaml',
      code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - image: ghcr.io/acme/web:1.2\n',
      errors: [{ messageId: 'missing', line: 7, message: "Container '' sets no 'cpu' or 'memory' limit." }]
    },
    {
      name: 'an unnamed pod with one complete container is a manifest, not an assertion',
      filename: 'pod.yaml',
      code: 'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - image: ghcr.io/acme/agent:1.2\n  - name: web\n    image: ghcr.io/acme/web:1.2\n',
      errors: [
        { messageId: 'missing', line: 5 },
        { messageId: 'missing', line: 6 }
      ]
    },
    {
      name: 'a pod with a status (a `kubectl get -o yaml` dump) whose containers name images',
      filename: 'dump.yaml',
      code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: ghcr.io/acme/web:1.2\n    - name: agent\nstatus:\n  phase: Running\n',
      errors: [
        { messageId: 'missing', line: 7 },
        { messageId: 'missing', line: 9 }
      ]
    },
    {
      name: 'requests only',
      filename: 'deploy.yaml',
      code: deployment({
        containers: [
          container('web', 'ghcr.io/acme/web:1.2', {
            resources: { requests: flow({ cpu: '100m', memory: '128Mi' }) }
          })
        ]
      }),
      errors: [
        {
          messageId: 'missing',
          line: 13,
          severity: 'low',
          message: "Container 'web' sets no 'cpu' or 'memory' limit."
        }
      ],
      docs: true
    },
    {
      name: 'one limit missing, init container, CronJob',
      filename: 'cron.yaml',
      code: cronJob(
        {
          restartPolicy: 'Never',
          initContainers: [
            container('fetch', 'busybox:1.36', { resources: flow({ limits: { memory: '64Mi' } }) })
          ],
          containers: [
            container('job', 'busybox:1.36', { resources: flow({ limits: { cpu: '500m', memory: null } }) })
          ]
        },
        { name: 'c' }
      ),
      errors: [
        { messageId: 'missing', line: 13, message: "Container 'fetch' sets no 'cpu' limit." },
        { messageId: 'missing', line: 17, message: "Container 'job' sets no 'memory' limit." }
      ]
    },
    {
      name: 'Windows pods need limits too; pod-level memory only',
      filename: 'win.yaml',
      code: pod({
        ...onWindows('os'),
        resources: flow({ limits: { memory: '1Gi' } }),
        containers: [container('w', NANO)]
      }),
      errors: [{ messageId: 'missing', line: 10, message: "Container 'w' sets no 'cpu' limit." }]
    },
    {
      name: 'List of two pods in JSON',
      filename: 'pods.json',
      code: `{"apiVersion": "v1", "kind": "List", "items": [
  {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "a"},
   "spec": {"containers": [{"name": "a", "image": "a:1", "resources": {"limits": {"cpu": "1", "memory": "1Gi"}}}]}},
  {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "b"},
   "spec": {"containers": [
     {"name": "b", "image": "b:1"}]}}
]}
`,
      errors: [{ messageId: 'missing', line: 6, message: /'b'/ }]
    }
  ]
});
