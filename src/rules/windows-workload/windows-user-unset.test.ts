import rule from './windows-user-unset.js';
import { testRule } from '../../../test/rule-tester.js';

const filename = 'deploy.yaml';

testRule(rule, {
  valid: [
    {
      name: 'ContainerUser set on the pod',
      filename,
      code: `apiVersion: v1
kind: Pod
metadata:
  name: app
spec:
  os:
    name: windows
  securityContext:
    runAsNonRoot: true
    windowsOptions:
      runAsUserName: ContainerUser
  containers:
    - name: app
      image: myorg/app:1.0
`,
      docs: true
    },
    {
      name: "Kubernetes PSA's minimal restricted Windows pod with Nano Server (known default)",
      filename,
      code: `apiVersion: v1
kind: Pod
metadata: {name: base-windows}
spec:
  os: {name: windows}
  securityContext: {runAsNonRoot: true}
  containers:
    - name: container1
      image: mcr.microsoft.com/windows/nanoserver:ltsc2022
`
    },
    {
      name: 'a container-level runAsUserName counts',
      filename,
      code: `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  os: {name: windows}
  containers:
    - name: app
      image: myorg/app:1.0
      securityContext:
        windowsOptions: {runAsUserName: ContainerUser}
`
    },
    {
      name: 'Server Core default is known (BH601)',
      filename,
      code: `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  nodeSelector: {kubernetes.io/os: windows}
  containers:
    - name: app
      image: mcr.microsoft.com/windows/servercore:ltsc2022
`
    },
    {
      name: 'OS unknown',
      filename,
      code: `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
    - name: app
      image: myorg/app:1.0
`
    },
    {
      name: 'HostProcess pods are BH604',
      filename,
      code: `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  hostNetwork: true
  securityContext:
    windowsOptions: {hostProcess: true}
  containers:
    - name: app
      image: myorg/agent:1.0
`
    },
    {
      name: 'image built by a repository Dockerfile ending in USER ContainerUser',
      filename,
      code: `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  os: {name: windows}
  containers:
    - name: app
      image: myorg/app:1.0
`,
      files: {
        'app/Dockerfile': 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nUSER ContainerUser\n',
        'compose.yaml': 'services:\n  app:\n    build: app\n    image: myorg/app:1.0\n'
      }
    }
  ],
  invalid: [
    {
      name: 'Windows Deployment (sig-windows-tools style) with a third-party image',
      filename,
      code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: whoami
spec:
  selector:
    matchLabels:
      app: whoami
  template:
    metadata:
      labels:
        app: whoami
    spec:
      nodeSelector:
        kubernetes.io/os: windows
      containers:
        - name: whoami
          image: stefanscherer/whoami:windows-amd64-2.0.1
`,
      errors: [
        {
          messageId: 'unset',
          line: 17,
          message:
            "Container 'whoami' runs as the default user of image 'stefanscherer/whoami:windows-amd64-2.0.1', which is unknown: no runAsUserName is set in the pod."
        }
      ],
      output: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: whoami
spec:
  selector:
    matchLabels:
      app: whoami
  template:
    metadata:
      labels:
        app: whoami
    spec:
      nodeSelector:
        kubernetes.io/os: windows
      containers:
        - name: whoami
          image: stefanscherer/whoami:windows-amd64-2.0.1
      securityContext:
        windowsOptions:
          runAsUserName: ContainerUser
`,
      docs: true
    },
    {
      name: 'every container with an unknown image, init container included (CronJob)',
      filename,
      code: `apiVersion: batch/v1
kind: CronJob
metadata: {name: nightly}
spec:
  schedule: "@daily"
  jobTemplate:
    spec:
      template:
        spec:
          os: {name: windows}
          restartPolicy: Never
          initContainers:
            - name: fetch
              image: myorg/fetch:2
          containers:
            - name: run
              image: myorg/run:2
            - name: nano
              image: mcr.microsoft.com/windows/nanoserver:ltsc2022
`,
      errors: [
        { messageId: 'unset', line: 13 },
        { messageId: 'unset', line: 16 }
      ]
    }
  ]
});
