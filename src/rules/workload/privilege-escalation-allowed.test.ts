import rule from './privilege-escalation-allowed.js';
import { testRule } from '../../../test/rule-tester.js';

const restricted = { podSecurityLevel: 'restricted' } as const;

testRule(rule, {
  valid: [
    {
      name: 'explicit false on every container, at restricted',
      filename: 'deploy.yaml',
      settings: restricted,
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
          securityContext: { allowPrivilegeEscalation: false }
      containers:
        - name: web
          image: ghcr.io/acme/web:1.2
          securityContext:
            allowPrivilegeEscalation: false
`,
      docs: true
    },
    {
      name: 'unset at baseline',
      filename: 'pod.yaml',
      code: 'apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  containers:\n    - name: c\n      image: busybox:1.36\n'
    },
    {
      name: 'Windows pod at restricted (PSA exempts os.name windows)',
      filename: 'win.yaml',
      settings: restricted,
      code: `apiVersion: v1
kind: Pod
metadata: { name: win }
spec:
  os: { name: windows }
  securityContext: { runAsNonRoot: true }
  containers:
    - name: app
      image: mcr.microsoft.com/windows/nanoserver:ltsc2022
`,
      docs: true
    },
    {
      name: 'pod scheduled to Windows by nodeSelector, field set to true (BH606 territory)',
      filename: 'win.yaml',
      code: `apiVersion: v1
kind: Pod
metadata: { name: win }
spec:
  nodeSelector: { kubernetes.io/os: windows }
  containers:
    - name: app
      image: example.com/app:1
      securityContext: { allowPrivilegeEscalation: true }
`
    },
    {
      name: 'unpinned pod with a Server Core image at restricted',
      filename: 'pod.yaml',
      settings: restricted,
      code: 'apiVersion: v1\nkind: Pod\nmetadata: { name: w }\nspec:\n  containers:\n    - name: w\n      image: mcr.microsoft.com/windows/servercore:ltsc2022\n'
    }
  ],
  invalid: [
    {
      name: 'explicit true',
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
          securityContext:
            allowPrivilegeEscalation: true
`,
      errors: [
        {
          messageId: 'allowed',
          line: 13,
          severity: 'medium',
          message: "Container 'web' allows privilege escalation ('allowPrivilegeEscalation: true')."
        }
      ],
      output: `apiVersion: apps/v1
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
          securityContext:
            allowPrivilegeEscalation: false
`,
      docs: true
    },
    {
      name: 'unset at restricted: init, app and ephemeral containers',
      filename: 'pod.yaml',
      settings: restricted,
      code: `apiVersion: v1
kind: Pod
metadata: { name: p }
spec:
  initContainers:
    - name: init
      image: busybox:1.36
  containers:
    - name: app
      image: busybox:1.36
      securityContext: { allowPrivilegeEscalation: false }
  ephemeralContainers:
    - name: debug
      image: busybox:1.36
`,
      errors: [
        { messageId: 'unset', line: 6, severity: 'low', message: /'init'/ },
        { messageId: 'unset', line: 13, severity: 'low', message: /'debug'/ }
      ],
      output: `apiVersion: v1
kind: Pod
metadata: { name: p }
spec:
  initContainers:
    - name: init
      image: busybox:1.36
      securityContext:
        allowPrivilegeEscalation: false
  containers:
    - name: app
      image: busybox:1.36
      securityContext: { allowPrivilegeEscalation: false }
  ephemeralContainers:
    - name: debug
      image: busybox:1.36
      securityContext:
        allowPrivilegeEscalation: false
`
    },
    {
      name: 'fix: merged into an existing security context, comments and quoting kept',
      filename: 'worker.yaml',
      settings: restricted,
      code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: "worker"
spec:
  template:
    spec:
      containers:
        - name: worker
          image: "registry.example.com/worker:2.4.1"
          securityContext:
            runAsNonRoot: true # the image's USER is 10001
            capabilities: { drop: ["ALL"] }
          # probes below
          livenessProbe:
            httpGet: { path: /healthz, port: 8080 }
`,
      errors: [{ messageId: 'unset', line: 9 }],
      output: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: "worker"
spec:
  template:
    spec:
      containers:
        - name: worker
          image: "registry.example.com/worker:2.4.1"
          securityContext:
            runAsNonRoot: true # the image's USER is 10001
            capabilities: { drop: ["ALL"] }
            allowPrivilegeEscalation: false
          # probes below
          livenessProbe:
            httpGet: { path: /healthz, port: 8080 }
`
    },
    {
      name: 'no fix: a security context shared through a YAML anchor',
      filename: 'anchored.yaml',
      settings: restricted,
      code: `apiVersion: v1
kind: Pod
metadata: { name: p }
spec:
  containers:
    - name: a
      image: busybox:1.36
      securityContext: &sc
        runAsNonRoot: true
    - name: b
      image: busybox:1.36
      securityContext: *sc
`,
      errors: [
        { messageId: 'unset', line: 6 },
        { messageId: 'unset', line: 10 }
      ],
      output: null
    },
    {
      name: 'CronJob in a JSON List',
      filename: 'jobs.json',
      code: `{
  "apiVersion": "v1",
  "kind": "List",
  "items": [
    {
      "apiVersion": "batch/v1",
      "kind": "CronJob",
      "metadata": { "name": "nightly" },
      "spec": {
        "schedule": "0 1 * * *",
        "jobTemplate": { "spec": { "template": { "spec": {
          "restartPolicy": "Never",
          "containers": [
            { "name": "job", "image": "busybox:1.36",
              "securityContext": { "allowPrivilegeEscalation": true } }
          ]
        } } } }
      }
    }
  ]
}
`,
      errors: [{ messageId: 'allowed', line: 15 }]
    }
  ]
});
