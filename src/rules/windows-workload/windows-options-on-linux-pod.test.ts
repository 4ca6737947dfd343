import rule from './windows-options-on-linux-pod.js';
import { testRule } from '../../../test/rule-tester.js';

const filename = 'deploy.yaml';

testRule(rule, {
  valid: [
    {
      name: 'windowsOptions on a Windows pod',
      filename,
      code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  os:
    name: windows
  securityContext:
    windowsOptions:
      runAsUserName: ContainerUser
  containers:
    - name: web
      image: mcr.microsoft.com/windows/nanoserver:ltsc2022
`,
      docs: true
    },
    {
      name: 'no os.name: legal (ignored on Linux nodes)',
      filename,
      code: `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  nodeSelector: {kubernetes.io/os: linux}
  securityContext:
    windowsOptions: {runAsUserName: ContainerUser}
  containers:
    - name: app
      image: nginx:1.27
`
    },
    {
      name: 'null windowsOptions',
      filename,
      code: `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  os: {name: linux}
  containers:
    - name: app
      image: nginx:1.27
      securityContext:
        windowsOptions:
`
    }
  ],
  invalid: [
    {
      name: 'Windows account on a Linux pod',
      filename,
      code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  selector:
    matchLabels: {app: api}
  template:
    metadata:
      labels: {app: api}
    spec:
      os:
        name: linux
      securityContext:
        runAsNonRoot: true
        windowsOptions:
          runAsUserName: ContainerUser
      containers:
        - name: api
          image: myorg/api:2.1
`,
      errors: [
        {
          messageId: 'pod',
          line: 16,
          message: "The pod sets 'windowsOptions' with os.name 'linux': the API server rejects it."
        }
      ],
      output: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  selector:
    matchLabels: {app: api}
  template:
    metadata:
      labels: {app: api}
    spec:
      os:
        name: linux
      securityContext:
        runAsNonRoot: true
      containers:
        - name: api
          image: myorg/api:2.1
`,
      docs: true
    },
    {
      name: 'empty windowsOptions in an init container (CronJob)',
      filename,
      code: `apiVersion: batch/v1
kind: CronJob
metadata: {name: c}
spec:
  schedule: "@daily"
  jobTemplate:
    spec:
      template:
        spec:
          os: {name: linux}
          restartPolicy: Never
          initContainers:
            - name: init
              image: busybox:1.36
              securityContext:
                windowsOptions: {}
          containers:
            - name: main
              image: busybox:1.36
`,
      errors: [
        {
          messageId: 'container',
          line: 16,
          message:
            "Container 'init' sets 'windowsOptions' on a pod with os.name 'linux': the API server rejects it."
        }
      ]
    }
  ]
});
