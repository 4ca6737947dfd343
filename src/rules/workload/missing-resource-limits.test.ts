import rule from './missing-resource-limits.js';
import { testRule } from '../../../test/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'limits on every container, init included',
      filename: 'deploy.yaml',
      code: `apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      initContainers:
        - name: migrate
          image: ghcr.io/acme/web:1.2
          resources:
            limits: { cpu: 200m, memory: 128Mi }
      containers:
        - name: web
          image: ghcr.io/acme/web:1.2
          resources:
            requests: { cpu: 100m, memory: 128Mi }
            limits:
              cpu: 500m
              memory: 256Mi
`,
      docs: true
    },
    {
      name: 'pod-level limits cover the containers; ephemeral containers cannot set resources',
      filename: 'pod.yaml',
      code: `apiVersion: v1
kind: Pod
metadata: { name: p }
spec:
  resources:
    limits: { cpu: "1", memory: 1Gi }
  containers:
    - name: app
      image: app:1
  ephemeralContainers:
    - name: debug
      image: busybox:1.36
`
    },
    {
      name: 'Windows pod with limits',
      filename: 'win.yaml',
      code: 'apiVersion: v1\nkind: Pod\nmetadata: { name: w }\nspec:\n  os: { name: windows }\n  containers:\n    - name: w\n      image: mcr.microsoft.com/windows/nanoserver:ltsc2022\n      resources:\n        limits: { cpu: "2", memory: 2Gi }\n'
    }
  ],
  invalid: [
    {
      name: 'requests only',
      filename: 'deploy.yaml',
      code: `apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      containers:
        - name: web
          image: ghcr.io/acme/web:1.2
          resources:
            requests: { cpu: 100m, memory: 128Mi }
`,
      errors: [
        {
          messageId: 'missing',
          line: 10,
          severity: 'low',
          message: "Container 'web' sets no 'cpu' or 'memory' limit."
        }
      ],
      docs: true
    },
    {
      name: 'one limit missing, init container, CronJob',
      filename: 'cron.yaml',
      code: `apiVersion: batch/v1
kind: CronJob
metadata: { name: c }
spec:
  schedule: "@daily"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          initContainers:
            - name: fetch
              image: busybox:1.36
              resources: { limits: { memory: 64Mi } }
          containers:
            - name: job
              image: busybox:1.36
              resources: { limits: { cpu: 500m, memory: null } }
`,
      errors: [
        { messageId: 'missing', line: 12, message: "Container 'fetch' sets no 'cpu' limit." },
        { messageId: 'missing', line: 16, message: "Container 'job' sets no 'memory' limit." }
      ]
    },
    {
      name: 'Windows pods need limits too; pod-level memory only',
      filename: 'win.yaml',
      code: `apiVersion: v1
kind: Pod
metadata: { name: w }
spec:
  os: { name: windows }
  resources: { limits: { memory: 1Gi } }
  containers:
    - name: w
      image: mcr.microsoft.com/windows/nanoserver:ltsc2022
`,
      errors: [{ messageId: 'missing', line: 8, message: "Container 'w' sets no 'cpu' limit." }]
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
