import rule from './windows-runasnonroot-contradiction.js';
import { runRule, testRule } from '../../../test/rule-tester.js';

const filename = 'deploy.yaml';

const builtWithAdminUser = {
  filename,
  code: `apiVersion: apps/v1
kind: Deployment
metadata: {name: app}
spec:
  selector: {matchLabels: {app: app}}
  template:
    metadata: {labels: {app: app}}
    spec:
      os: {name: windows}
      securityContext: {runAsNonRoot: true}
      containers:
        - name: app
          image: myorg/app:1.0
`,
  files: {
    'app/Dockerfile':
      'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nUSER ContainerAdministrator\nCOPY app.exe C:/app/\n',
    'compose.yaml': 'services:\n  app:\n    build: app\n    image: myorg/app:1.0\n'
  }
};

testRule(rule, {
  valid: [
    {
      name: "Kubernetes PSA's minimal restricted Windows pod",
      filename,
      code: `apiVersion: v1
kind: Pod
metadata:
  name: base-windows
spec:
  os:
    name: windows
  securityContext:
    runAsNonRoot: true
  containers:
    - name: container1
      image: mcr.microsoft.com/windows/nanoserver:ltsc2022
`,
      docs: true
    },
    {
      name: "Server Core's empty default user passes the kubelet's check (BH601)",
      filename,
      code: `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  os: {name: windows}
  securityContext: {runAsNonRoot: true}
  containers:
    - name: app
      image: mcr.microsoft.com/windows/servercore:ltsc2022
`
    },
    {
      name: 'ContainerAdministrator without runAsNonRoot (BH601 only)',
      filename,
      code: `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  os: {name: windows}
  securityContext:
    windowsOptions: {runAsUserName: ContainerAdministrator}
  containers:
    - name: app
      image: mcr.microsoft.com/windows/nanoserver:ltsc2022
`
    },
    {
      name: 'container sets runAsNonRoot false over the pod',
      filename,
      code: `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  os: {name: windows}
  securityContext:
    runAsNonRoot: true
    windowsOptions: {runAsUserName: ContainerAdministrator}
  containers:
    - name: app
      image: mcr.microsoft.com/windows/nanoserver:ltsc2022
      securityContext: {runAsNonRoot: false}
`
    },
    {
      name: 'domain-prefixed names are not what the kubelet compares',
      filename,
      code: `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  os: {name: windows}
  securityContext:
    runAsNonRoot: true
    windowsOptions: {runAsUserName: 'User Manager\\ContainerAdministrator'}
  containers:
    - name: app
      image: mcr.microsoft.com/windows/nanoserver:ltsc2022
`
    }
  ],
  invalid: [
    {
      name: 'runAsNonRoot with ContainerAdministrator',
      filename,
      code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      os:
        name: windows
      securityContext:
        runAsNonRoot: true
      containers:
        - name: web
          image: mcr.microsoft.com/windows/nanoserver:ltsc2022
          securityContext:
            windowsOptions:
              runAsUserName: ContainerAdministrator
`,
      errors: [
        {
          messageId: 'container',
          line: 21,
          message:
            "Container 'web' runs as 'ContainerAdministrator' with runAsNonRoot true: the kubelet refuses to start it."
        }
      ],
      docs: true
    },
    {
      name: 'pod-level account inherited by two containers (CronJob)',
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
          nodeSelector: {kubernetes.io/os: windows}
          restartPolicy: Never
          securityContext:
            windowsOptions: {runAsUserName: containeradministrator}
          initContainers:
            - name: init
              image: myorg/init:1
              securityContext: {runAsNonRoot: true}
          containers:
            - name: main
              image: myorg/main:1
              securityContext: {runAsNonRoot: true}
            - name: free
              image: myorg/free:1
`,
      errors: [
        {
          messageId: 'pod',
          line: 13,
          message:
            "The pod's runAsUserName 'containeradministrator' contradicts runAsNonRoot true: the kubelet refuses to start containers 'init' and 'main'."
        }
      ]
    },
    {
      name: 'image whose Dockerfile ends in USER ContainerAdministrator',
      ...builtWithAdminUser,
      errors: [
        {
          messageId: 'image',
          line: 12,
          message:
            /image 'myorg\/app:1\.0' is configured to run as 'ContainerAdministrator' \(its Dockerfile ends in USER ContainerAdministrator\)/
        }
      ],
      docs: true
    }
  ]
});

describe('BH611 cross-file evidence', () => {
  it('links the USER line of the Dockerfile', () => {
    const [finding] = runRule(rule, builtWithAdminUser);
    expect(finding?.relatedLocations).toEqual([
      expect.objectContaining({ file: 'app/Dockerfile', region: expect.objectContaining({ startLine: 2 }) })
    ]);
  });
});
