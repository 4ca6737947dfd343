import rule from './capabilities-not-dropped.js';
import { testRule } from '../../../test/rule-tester.js';

const restricted = { podSecurityLevel: 'restricted' } as const;

testRule(rule, {
  valid: [
    {
      name: 'drop ALL, add back NET_BIND_SERVICE, at restricted',
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
          securityContext:
            capabilities: { drop: [ALL] }
      containers:
        - name: web
          image: ghcr.io/acme/web:1.2
          securityContext:
            capabilities:
              drop: [ALL]
              add: [NET_BIND_SERVICE]
`,
      docs: true
    },
    {
      name: 'nothing dropped at baseline (restricted-only rule)',
      filename: 'pod.yaml',
      code: 'apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  containers:\n    - name: c\n      image: busybox:1.36\n      securityContext:\n        capabilities: { add: [CHOWN] }\n'
    },
    {
      name: 'Windows pod by os.name (PSA exempts it since v1.25)',
      filename: 'win.yaml',
      settings: restricted,
      code: 'apiVersion: v1\nkind: Pod\nmetadata: { name: w }\nspec:\n  os: { name: windows }\n  securityContext: { runAsNonRoot: true }\n  containers:\n    - name: w\n      image: mcr.microsoft.com/windows/nanoserver:ltsc2022\n'
    },
    {
      name: 'Windows pod by nodeSelector only (AKS Windows node pool)',
      filename: 'aks-win.yaml',
      settings: restricted,
      code: `apiVersion: apps/v1
kind: Deployment
metadata: { name: sitecore-cm }
spec:
  selector: { matchLabels: { app: cm } }
  template:
    metadata: { labels: { app: cm } }
    spec:
      nodeSelector:
        kubernetes.io/os: windows
      containers:
        - name: cm
          image: scr.sitecore.com/sxp/sitecore-xm1-cm:10.4-ltsc2022
`
    },
    {
      name: 'capabilities beyond the baseline are BH507 only',
      filename: 'pod.yaml',
      settings: restricted,
      code: 'apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  containers:\n    - name: c\n      image: busybox:1.36\n      securityContext:\n        capabilities: { drop: [ALL], add: [SYS_ADMIN, chown] }\n'
    }
  ],
  invalid: [
    {
      name: 'no securityContext at all, at restricted',
      filename: 'deploy.yaml',
      settings: restricted,
      code: `apiVersion: apps/v1
kind: Deployment
metadata: { name: api }
spec:
  selector: { matchLabels: { app: api } }
  template:
    metadata: { labels: { app: api } }
    spec:
      securityContext:
        runAsNonRoot: true
        seccompProfile: { type: RuntimeDefault }
      containers:
        - name: api
          image: ghcr.io/acme/api:2.0
          securityContext:
            allowPrivilegeEscalation: false
`,
      errors: [
        {
          messageId: 'notDropped',
          line: 13,
          severity: 'low',
          message: "Container 'api' does not drop all capabilities (no 'ALL' in 'capabilities.drop')."
        }
      ],
      output: `apiVersion: apps/v1
kind: Deployment
metadata: { name: api }
spec:
  selector: { matchLabels: { app: api } }
  template:
    metadata: { labels: { app: api } }
    spec:
      securityContext:
        runAsNonRoot: true
        seccompProfile: { type: RuntimeDefault }
      containers:
        - name: api
          image: ghcr.io/acme/api:2.0
          securityContext:
            allowPrivilegeEscalation: false
            capabilities:
              drop: [ALL]
`,
      docs: true
    },
    {
      name: 'drop list without ALL, lower-case all, and baseline capabilities added back',
      filename: 'pod.yaml',
      settings: restricted,
      code: `apiVersion: v1
kind: Pod
metadata: { name: fixperms }
spec:
  initContainers:
    - name: chown-data
      image: busybox:1.36
      securityContext:
        capabilities:
          drop: [NET_RAW]
          add: [CHOWN, FOWNER, NET_BIND_SERVICE]
  containers:
    - name: app
      image: ghcr.io/acme/app:3
      securityContext:
        capabilities:
          drop: [all]
`,
      errors: [
        { messageId: 'notDropped', line: 10, message: /'chown-data'/ },
        {
          messageId: 'added',
          line: 11,
          message:
            "Container 'chown-data' adds capability 'CHOWN'; the restricted level allows only 'NET_BIND_SERVICE'."
        },
        { messageId: 'added', line: 11, message: /'FOWNER'/ },
        { messageId: 'notDropped', line: 17, message: /'app'/ }
      ],
      docs: true
    },
    {
      name: 'SYS_ADMIN added and nothing dropped: BH507 for the add, BH511 for the drop',
      filename: 'csi-node.yaml',
      settings: restricted,
      code: `apiVersion: apps/v1
kind: DaemonSet
metadata: { name: csi-node }
spec:
  selector: { matchLabels: { app: csi-node } }
  template:
    metadata: { labels: { app: csi-node } }
    spec:
      containers:
        - name: driver
          image: registry.k8s.io/sig-storage/hostpathplugin:v1.15.0
          securityContext:
            capabilities:
              add: [SYS_ADMIN]
`,
      errors: [{ messageId: 'notDropped', line: 10, message: /'driver'/ }]
    }
  ]
});
