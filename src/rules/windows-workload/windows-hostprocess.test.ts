import rule from './windows-hostprocess.js';
import { testRule } from '../../../test/rule-tester.js';

const filename = 'deploy.yaml';

testRule(rule, {
  valid: [
    {
      name: 'a regular Windows container',
      filename,
      code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  os:
    name: windows
  securityContext:
    runAsNonRoot: true
    windowsOptions:
      runAsUserName: ContainerUser
  containers:
    - name: web
      image: mcr.microsoft.com/windows/nanoserver:ltsc2022
`,
      docs: true
    },
    {
      name: 'hostProcess: false, and a string "true" (not a boolean, rejected by the API)',
      filename,
      code: `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  securityContext:
    windowsOptions: {hostProcess: false}
  containers:
    - name: a
      image: myorg/a:1
      securityContext:
        windowsOptions: {hostProcess: "true"}
`
    }
  ],
  invalid: [
    {
      name: 'pod-level HostProcess as SYSTEM (csi-proxy style DaemonSet)',
      filename,
      code: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: csi-proxy
  namespace: kube-system
spec:
  selector:
    matchLabels:
      name: csi-proxy
  template:
    metadata:
      labels:
        name: csi-proxy
    spec:
      nodeSelector:
        "kubernetes.io/os": windows
      securityContext:
        windowsOptions:
          hostProcess: true
          runAsUserName: "NT AUTHORITY\\\\SYSTEM"
      hostNetwork: true
      containers:
        - name: csi-proxy
          image: ghcr.io/kubernetes-sigs/sig-windows/csi-proxy:v1.1.2
`,
      errors: [
        {
          messageId: 'pod',
          line: 19,
          severity: 'critical',
          message:
            "The pod's 'hostProcess: true' makes container 'csi-proxy' run on the node, without isolation, as 'NT AUTHORITY\\SYSTEM'."
        }
      ],
      docs: true
    },
    {
      name: 'HostProcess as LOCAL SERVICE is high',
      filename,
      code: `apiVersion: v1
kind: Pod
metadata:
  name: logger
spec:
  os:
    name: windows
  hostNetwork: true
  containers:
    - name: logger
      image: myorg/logger:1.0
      securityContext:
        windowsOptions:
          hostProcess: true
          runAsUserName: 'NT AUTHORITY\\Local service'
`,
      errors: [
        {
          messageId: 'container',
          line: 14,
          severity: 'high',
          message:
            "Container 'logger' is a HostProcess container: it runs on the node, without isolation, as 'NT AUTHORITY\\Local service'."
        }
      ],
      docs: true
    },
    {
      name: 'pod-level hostProcess, container windowsOptions {} and no account (PSA windowshostprocess0)',
      filename,
      code: `apiVersion: v1
kind: Pod
metadata: {name: windowshostprocess0}
spec:
  hostNetwork: true
  securityContext:
    windowsOptions:
      hostProcess: true
  initContainers:
    - name: initcontainer1
      image: registry.k8s.io/pause
  containers:
    - name: container1
      image: registry.k8s.io/pause
      securityContext:
        windowsOptions: {}
`,
      errors: [{ messageId: 'podNoAccount', line: 8, severity: 'critical' }]
    },
    {
      name: 'container-level hostProcess on containers and init containers (PSA windowshostprocess1)',
      filename,
      code: `apiVersion: v1
kind: Pod
metadata: {name: windowshostprocess1}
spec:
  hostNetwork: true
  initContainers:
    - name: initcontainer1
      image: registry.k8s.io/pause
      securityContext:
        windowsOptions: {hostProcess: true, runAsUserName: 'NT AUTHORITY\\NETWORK SERVICE'}
  containers:
    - name: container1
      image: registry.k8s.io/pause
      securityContext:
        windowsOptions: {hostProcess: true}
`,
      errors: [
        { messageId: 'container', line: 10, severity: 'high' },
        { messageId: 'containerNoAccount', line: 15, severity: 'critical' }
      ]
    },
    {
      name: 'the init container only',
      filename,
      code: `apiVersion: batch/v1
kind: Job
metadata: {name: prep}
spec:
  template:
    spec:
      restartPolicy: Never
      hostNetwork: true
      initContainers:
        - name: prep
          image: myorg/prep:1
          securityContext:
            windowsOptions:
              hostProcess: true
              runAsUserName: SYSTEM
      containers:
        - name: main
          image: myorg/main:1
`,
      errors: [{ messageId: 'container', line: 14, severity: 'critical' }]
    },
    {
      name: 'pod account overridden by one container: the strongest account rates the pod field',
      filename,
      code: `apiVersion: batch/v1
kind: CronJob
metadata: {name: collect}
spec:
  schedule: "*/5 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          os: {name: windows}
          hostNetwork: true
          restartPolicy: OnFailure
          securityContext:
            windowsOptions:
              hostProcess: true
              runAsUserName: 'NT AUTHORITY\\LOCAL SERVICE'
          containers:
            - name: a
              image: myorg/a:1
            - name: b
              image: myorg/b:1
              securityContext:
                windowsOptions: {runAsUserName: LocalSystem}
`,
      errors: [
        {
          messageId: 'pod',
          line: 15,
          severity: 'critical',
          message:
            "The pod's 'hostProcess: true' makes containers 'a' and 'b' run on the node, without isolation, as 'LocalSystem'."
        }
      ]
    }
  ]
});
