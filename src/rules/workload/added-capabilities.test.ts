import rule from './added-capabilities.js';
import { testRule } from '../../../test/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'drop ALL, add back NET_BIND_SERVICE',
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
            capabilities:
              drop: [ALL]
              add: [NET_BIND_SERVICE]
`,
      docs: true
    },
    {
      name: 'baseline capabilities spelled as the standard lists them',
      filename: 'pod.yaml',
      code: 'apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  containers:\n    - name: c\n      image: busybox:1.36\n      securityContext:\n        capabilities:\n          add: [CHOWN, SETUID, KILL, SYS_CHROOT]\n'
    },
    {
      name: 'Compose accepts any spelling (Docker normalises it; no admission)',
      filename: 'compose.yaml',
      code: 'services:\n  web:\n    image: nginx:1.27\n    cap_add: [chown, CAP_SETUID]\n'
    },
    {
      name: 'Windows pod (capabilities are BH606)',
      filename: 'win.yaml',
      code: 'apiVersion: v1\nkind: Pod\nmetadata: { name: w }\nspec:\n  nodeSelector: { kubernetes.io/os: windows }\n  containers:\n    - name: w\n      image: example.com/w:1\n      securityContext:\n        capabilities: { add: [SYS_ADMIN] }\n'
    },
    {
      name: 'Compose baseline cap_add and cap_drop',
      filename: 'compose.yaml',
      code: 'services:\n  web:\n    image: nginx:1.27\n    cap_drop: [ALL]\n    cap_add:\n      - NET_BIND_SERVICE\n      - CHOWN\n',
      docs: true
    }
  ],
  invalid: [
    {
      name: 'each offending entry at its own line',
      filename: 'ds.yaml',
      code: `apiVersion: apps/v1
kind: DaemonSet
metadata: { name: cni }
spec:
  selector: { matchLabels: { app: cni } }
  template:
    metadata: { labels: { app: cni } }
    spec:
      containers:
        - name: cni
          image: example.com/cni:1.0
          securityContext:
            capabilities:
              add:
                - NET_ADMIN
                - NET_BIND_SERVICE
                - CAP_SYS_ADMIN
`,
      errors: [
        {
          messageId: 'container',
          line: 15,
          severity: 'high',
          message: "Container 'cni' adds capability 'NET_ADMIN', beyond the Pod Security baseline set."
        },
        { messageId: 'container', line: 17, message: /'CAP_SYS_ADMIN'/ }
      ],
      docs: true
    },
    {
      name: 'ALL in an init container of a CronJob, flow sequence',
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
            - name: setup
              image: busybox:1.36
              securityContext: { capabilities: { add: [ALL, sys_ptrace] } }
          containers:
            - name: job
              image: busybox:1.36
`,
      errors: [
        { messageId: 'container', line: 14, message: /'ALL'/ },
        { messageId: 'container', line: 14, message: /'sys_ptrace'/ }
      ]
    },
    {
      name: 'ephemeral container in JSON',
      filename: 'pod.json',
      code: `{
  "apiVersion": "v1",
  "kind": "Pod",
  "metadata": { "name": "p" },
  "spec": {
    "containers": [{ "name": "app", "image": "app:1" }],
    "ephemeralContainers": [
      {
        "name": "debug",
        "image": "busybox:1.36",
        "securityContext": { "capabilities": { "add": ["SYS_PTRACE"] } }
      }
    ]
  }
}
`,
      errors: [{ messageId: 'container', line: 11, message: /'debug'.*'SYS_PTRACE'/ }]
    },
    {
      name: 'baseline capabilities in another spelling: low, admission rejects them',
      filename: 'pod.yaml',
      code: 'apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  containers:\n    - name: c\n      image: busybox:1.36\n      securityContext:\n        capabilities:\n          add:\n            - chown\n            - CAP_SETUID\n            - SYS_CHROOT\n',
      errors: [
        {
          messageId: 'spelling',
          line: 11,
          severity: 'low',
          message:
            "Container 'c' adds capability 'chown', which Pod Security admission does not accept as the baseline capability 'CHOWN'."
        },
        { messageId: 'spelling', line: 12, severity: 'low', message: /'CAP_SETUID'.*'SETUID'/ }
      ]
    },
    {
      name: 'Compose cap_add',
      filename: 'compose.yaml',
      code: 'services:\n  vpn:\n    image: linuxserver/wireguard:1.0\n    cap_add:\n      - NET_ADMIN\n      - SYS_MODULE\n      - SETUID\n',
      errors: [
        {
          messageId: 'service',
          line: 5,
          message: "Service 'vpn' adds capability 'NET_ADMIN', beyond the Pod Security baseline set."
        },
        { messageId: 'service', line: 6, message: /'SYS_MODULE'/ }
      ],
      docs: true
    }
  ]
});
