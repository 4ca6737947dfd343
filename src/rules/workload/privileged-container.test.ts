import rule from './privileged-container.js';
import { testRule } from '../../../test/rule-tester.js';
import {
  container,
  cronJob,
  daemonSet,
  deployment,
  documents,
  flow,
  onWindows,
  pod
} from '../../../test/builders/workload.js';

const hardenedPod = pod({
  securityContext: { runAsNonRoot: true, seccompProfile: flow({ type: 'RuntimeDefault' }) },
  containers: [
    container('web', 'nginxinc/nginx-unprivileged:1.27', {
      securityContext: {
        privileged: false,
        allowPrivilegeEscalation: false,
        capabilities: flow({ drop: ['ALL'] })
      }
    })
  ]
});
const PRIVILEGED = { securityContext: { privileged: true } };

testRule(rule, {
  valid: [
    {
      name: 'Compose privileged off as a string, by a default, or left to the environment',
      filename: 'compose.yaml',
      code: 'services:\n  a:\n    image: alpine:3.20\n    privileged: "false"\n  b:\n    image: alpine:3.20\n    privileged: ${PRIVILEGED:-false}\n  c:\n    image: alpine:3.20\n    privileged: ${PRIVILEGED}\n  d:\n    image: alpine:3.20\n    privileged: "no"\n'
    },
    { name: 'privileged: false on a hardened pod', filename: 'pod.yaml', code: hardenedPod, docs: true },
    {
      name: 'Windows pod: privileged is BH603',
      filename: 'win.yaml',
      code: deployment({
        ...onWindows(),
        containers: [
          container('iis', 'mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022', PRIVILEGED)
        ]
      })
    },
    {
      name: 'a quoted "true" is a string the API server rejects, not privileged',
      filename: 'pod.yaml',
      code: pod(
        { containers: [container('c', 'busybox:1.36', { securityContext: flow({ privileged: 'true' }) })] },
        { name: 'p' }
      )
    },
    {
      name: 'Compose without privileged',
      filename: 'compose.yaml',
      code: 'services:\n  web:\n    image: nginx:1.27\n    privileged: false\n'
    },
    {
      name: 'AKS Windows node pool selected by os-sku (BH603)',
      filename: 'aks/win-agent.yaml',
      code: daemonSet(
        {
          nodeSelector: { 'kubernetes.azure.com/os-sku': 'Windows2022' },
          containers: [container('agent', 'acme.azurecr.io/win-agent:1.0', PRIVILEGED)]
        },
        { name: 'win-agent' }
      )
    },
    {
      name: 'AKS os-sku in required node affinity (BH603)',
      filename: 'aks/win-agent.yaml',
      code: `apiVersion: v1
kind: Pod
metadata:
  name: win-agent
spec:
  affinity:
    nodeAffinity:
      requiredDuringSchedulingIgnoredDuringExecution:
        nodeSelectorTerms:
          - matchExpressions:
              - key: kubernetes.azure.com/os-sku
                operator: In
                values: [Windows2019, Windows2022, Windows2025]
  containers:
    - name: agent
      image: acme.azurecr.io/win-agent:1.0
      securityContext: {privileged: true}
`
    }
  ],
  invalid: [
    {
      name: 'privileged DaemonSet container',
      filename: 'ds.yaml',
      code: daemonSet(
        { containers: [container('agent', 'example.com/agent:2.1', PRIVILEGED)] },
        { name: 'node-agent' }
      ),
      errors: [
        {
          messageId: 'container',
          line: 16,
          message: "Container 'agent' runs privileged ('privileged: true')."
        }
      ],
      docs: true
    },
    {
      name: 'CronJob init container, Linux by os.name',
      filename: 'cron.yaml',
      code: cronJob(
        {
          os: flow({ name: 'linux' }),
          restartPolicy: 'OnFailure',
          initContainers: [
            container('sysctl', 'busybox:1.36', { securityContext: flow({ privileged: true }) })
          ],
          containers: [container('cleanup', 'busybox:1.36')]
        },
        {},
        '0 3 * * *'
      ),
      errors: [{ messageId: 'container', line: 16 }]
    },
    {
      name: 'ephemeral container in a List, JSON',
      filename: 'list.json',
      code: JSON.stringify(
        {
          apiVersion: 'v1',
          kind: 'List',
          items: [
            {
              apiVersion: 'v1',
              kind: 'Pod',
              metadata: { name: 'debug' },
              spec: {
                containers: [{ name: 'app', image: 'app:1' }],
                ephemeralContainers: [
                  { name: 'debugger', image: 'busybox:1.36', securityContext: { privileged: true } }
                ]
              }
            }
          ]
        },
        null,
        2
      ),
      errors: [{ messageId: 'container', line: 23, message: /'debugger'/ }]
    },
    {
      // dockur/windows boots a Windows VM under QEMU: the container itself is Linux, not a Windows pod.
      name: "a Linux image named for Windows (dockur/windows' kubernetes.yml)",
      filename: 'kubernetes.yml',
      code: deployment(
        {
          containers: [
            container('windows', 'dockurr/windows', {
              securityContext: { capabilities: { add: ['NET_ADMIN'] }, privileged: true }
            })
          ]
        },
        { name: 'windows' }
      ),
      errors: [{ messageId: 'container', line: 19, message: /'windows'/ }]
    },
    {
      name: 'second document of a multi-document file',
      filename: 'all.yaml',
      code: documents(hardenedPod, pod({ containers: [container('tools', 'busybox:1.36', PRIVILEGED)] })),
      errors: [{ messageId: 'container', line: 26 }]
    },
    {
      name: 'OpenShift DeploymentConfig (apps.openshift.io/v1)',
      filename: 'openshift/router.yaml',
      code: `apiVersion: apps.openshift.io/v1
kind: DeploymentConfig
metadata:
  name: legacy-router
spec:
  replicas: 1
  selector:
    app: legacy-router
  template:
    metadata:
      labels:
        app: legacy-router
    spec:
      containers:
        - name: router
          image: registry.example.com/router:4.2
          securityContext:
            privileged: true
  triggers:
    - type: ConfigChange
`,
      errors: [
        {
          messageId: 'container',
          line: 18,
          message: "Container 'router' runs privileged ('privileged: true')."
        }
      ]
    },
    {
      name: 'Argo Rollout (argoproj.io/v1alpha1)',
      filename: 'rollouts/agent.yaml',
      code: `apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata:
  name: agent
spec:
  replicas: 3
  strategy:
    canary:
      steps:
        - setWeight: 20
        - pause: {duration: 10m}
  selector:
    matchLabels: {app: agent}
  template:
    metadata:
      labels: {app: agent}
    spec:
      containers:
        - name: agent
          image: ghcr.io/acme/agent:2.3.1
          securityContext: {privileged: true}
`,
      errors: [{ messageId: 'container', line: 21 }]
    },
    {
      name: 'Compose service',
      filename: 'docker-compose.yml',
      code: 'services:\n  dind:\n    image: docker:27-dind\n    privileged: true\n',
      errors: [
        { messageId: 'service', line: 4, message: "Service 'dind' runs privileged ('privileged: true')." }
      ],
      docs: true
    },
    {
      // compose-go casts the strings of boolean fields after interpolation (`yes`, `on`, `y`, `true`).
      name: 'Compose privileged as a string or an interpolated default, as Compose casts it',
      filename: 'compose.yaml',
      code: 'services:\n  quoted:\n    image: alpine:3.20\n    privileged: "true"\n  interpolated:\n    image: alpine:3.20\n    privileged: ${PRIVILEGED:-true}\n  word:\n    image: alpine:3.20\n    privileged: yes\n',
      errors: [
        { messageId: 'service', line: 4 },
        { messageId: 'service', line: 7 },
        { messageId: 'service', line: 10 }
      ]
    },
    {
      name: 'privileged inherited through a merge key: one result per service, at the anchor line',
      filename: 'docker-compose.yml',
      code: `x-runner: &runner
  image: gitlab/gitlab-runner:v17.5.0
  privileged: true
  restart: unless-stopped

services:
  runner-a:
    <<: *runner
    container_name: runner-a
  runner-b:
    <<: *runner
    container_name: runner-b
  runner-safe:
    <<: *runner
    privileged: false
`,
      errors: [
        {
          messageId: 'service',
          line: 3,
          message: "Service 'runner-a' runs privileged ('privileged: true')."
        },
        { messageId: 'service', line: 3, message: "Service 'runner-b' runs privileged ('privileged: true')." }
      ]
    },
    {
      name: 'a list of merged anchors: the earlier anchor wins',
      filename: 'compose.yaml',
      code: `x-hardened: &hardened
  privileged: false
  read_only: true
x-debug: &debug
  privileged: true
  cap_add: [SYS_PTRACE]
x-tools: &tools
  privileged: true
services:
  api:
    <<: [*hardened, *debug]
    image: example/api:1.4
  profiler:
    <<: [*tools, *hardened]
    image: example/profiler:0.9
`,
      errors: [
        { messageId: 'service', line: 8, message: "Service 'profiler' runs privileged ('privileged: true')." }
      ]
    }
  ]
});
