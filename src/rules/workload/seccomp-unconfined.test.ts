import rule from './seccomp-unconfined.js';
import { testRule } from '../../../test/rule-tester.js';

const restricted = { podSecurityLevel: 'restricted' } as const;

testRule(rule, {
  valid: [
    {
      name: 'pod-level RuntimeDefault, at restricted',
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
      securityContext:
        seccompProfile:
          type: RuntimeDefault
      containers:
        - name: web
          image: nginx:1.27
`,
      docs: true
    },
    {
      name: 'container Localhost profile over a pod Unconfined',
      filename: 'pod.yaml',
      code: `apiVersion: v1
kind: Pod
metadata: { name: p }
spec:
  securityContext:
    seccompProfile: { type: Unconfined }
  containers:
    - name: app
      image: app:1
      securityContext:
        seccompProfile: { type: Localhost, localhostProfile: profiles/app.json }
`
    },
    {
      name: 'none set, at baseline',
      filename: 'pod.yaml',
      code: 'apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  containers:\n    - name: c\n      image: busybox:1.36\n'
    },
    {
      name: 'Windows pod at restricted',
      filename: 'win.yaml',
      settings: restricted,
      code: 'apiVersion: v1\nkind: Pod\nmetadata: { name: w }\nspec:\n  os: { name: windows }\n  securityContext: { runAsNonRoot: true }\n  containers:\n    - name: w\n      image: mcr.microsoft.com/windows/nanoserver:ltsc2022\n',
      docs: true
    },
    {
      name: 'Compose with a profile file and other security options',
      filename: 'compose.yaml',
      code: 'services:\n  app:\n    image: app:1\n    security_opt:\n      - seccomp=./seccomp.json\n      - no-new-privileges:true\n      - apparmor=unconfined\n'
    }
  ],
  invalid: [
    {
      name: 'container Unconfined',
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
          image: nginx:1.27
          securityContext:
            seccompProfile:
              type: Unconfined
`,
      errors: [
        {
          messageId: 'container',
          line: 13,
          severity: 'medium',
          message: "Container 'web' runs without seccomp ('seccompProfile.type: Unconfined')."
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
          image: nginx:1.27
          securityContext:
            seccompProfile:
              type: RuntimeDefault
`,
      docs: true
    },
    {
      name: 'pod-level Unconfined reported once; one container overrides it',
      filename: 'pod.yaml',
      code: `apiVersion: v1
kind: Pod
metadata: { name: p }
spec:
  securityContext:
    seccompProfile: { type: Unconfined }
  initContainers:
    - name: init
      image: busybox:1.36
  containers:
    - name: app
      image: app:1
      securityContext:
        seccompProfile: { type: RuntimeDefault }
    - name: sidecar
      image: envoyproxy/envoy:v1.31.0
`,
      errors: [
        {
          messageId: 'pod',
          line: 6,
          message:
            "The pod's 'seccompProfile.type: Unconfined' runs containers 'init', 'sidecar' without seccomp."
        }
      ],
      output: `apiVersion: v1
kind: Pod
metadata: { name: p }
spec:
  securityContext:
    seccompProfile: { type: RuntimeDefault }
  initContainers:
    - name: init
      image: busybox:1.36
  containers:
    - name: app
      image: app:1
      securityContext:
        seccompProfile: { type: RuntimeDefault }
    - name: sidecar
      image: envoyproxy/envoy:v1.31.0
`
    },
    {
      name: 'none set at restricted: CronJob init and app containers',
      filename: 'cron.yaml',
      settings: restricted,
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
          containers:
            - name: job
              image: busybox:1.36
              securityContext: { seccompProfile: { type: RuntimeDefault } }
`,
      errors: [{ messageId: 'unset', line: 12, severity: 'low', message: /'fetch'/ }],
      output: `apiVersion: batch/v1
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
          containers:
            - name: job
              image: busybox:1.36
              securityContext: { seccompProfile: { type: RuntimeDefault } }
          securityContext:
            seccompProfile:
              type: RuntimeDefault
`
    },
    {
      name: 'Compose seccomp=unconfined and seccomp:unconfined',
      filename: 'compose.yaml',
      code: 'services:\n  app:\n    image: app:1\n    security_opt:\n      - seccomp=unconfined\n  tools:\n    image: tools:1\n    security_opt: ["seccomp:unconfined"]\n',
      errors: [
        {
          messageId: 'service',
          line: 5,
          message: "Service 'app' runs without seccomp ('seccomp=unconfined')."
        },
        { messageId: 'service', line: 8, message: /'tools'/ }
      ],
      docs: true
    }
  ]
});
