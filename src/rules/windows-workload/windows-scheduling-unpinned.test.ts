import rule from './windows-scheduling-unpinned.js';
import { testRule } from '../../../test/rule-tester.js';
import { container, deployment, onWindows, pod } from '../../../test/builders/workload.js';

const filename = 'deploy.yaml';
const IIS = 'mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022';

testRule(rule, {
  valid: [
    {
      name: 'nodeSelector kubernetes.io/os: windows (sig-windows-tools style)',
      filename,
      code: deployment({ ...onWindows(), containers: [container('iis', IIS)] }),
      docs: true
    },
    {
      name: "os.name windows (PSA's minimal restricted Windows pod)",
      filename,
      code: pod(
        {
          ...onWindows('os'),
          securityContext: { runAsNonRoot: true },
          containers: [container('container1', 'mcr.microsoft.com/windows/nanoserver:ltsc2022')]
        },
        { name: 'base-windows' }
      )
    },
    {
      name: 'required node affinity on the Windows build',
      filename,
      code: `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  affinity:
    nodeAffinity:
      requiredDuringSchedulingIgnoredDuringExecution:
        nodeSelectorTerms:
          - matchExpressions:
              - {key: node.kubernetes.io/windows-build, operator: In, values: ["10.0.20348"]}
  containers:
    - name: app
      image: mcr.microsoft.com/windows/nanoserver:ltsc2022
`
    },
    {
      name: 'RuntimeClass defined in the same scan, and one defined elsewhere',
      filename,
      code: `apiVersion: node.k8s.io/v1
kind: RuntimeClass
metadata: {name: windows-2022}
handler: runhcs-wcow-process
scheduling:
  nodeSelector: {kubernetes.io/os: windows, node.kubernetes.io/windows-build: "10.0.20348"}
---
apiVersion: v1
kind: Pod
metadata: {name: a}
spec:
  runtimeClassName: windows-2022
  containers:
    - name: app
      image: mcr.microsoft.com/windows/nanoserver:ltsc2022
---
apiVersion: v1
kind: Pod
metadata: {name: b}
spec:
  runtimeClassName: runhcs-wcow-hypervisor
  containers:
    - name: app
      image: mcr.microsoft.com/windows/servercore:ltsc2022
`
    },
    {
      name: 'Linux image without targeting',
      filename,
      code: pod({ containers: [container('app', 'nginx:1.27')] }, { name: 'p' })
    },
    {
      name: 'Linux images named for Windows: dockur/windows (QEMU) and dockcross cross-compilers',
      filename,
      code: pod(
        {
          containers: [
            container('windows', 'dockurr/windows'),
            container('build', 'dockcross/windows-static-x64:20240104-6eda627')
          ]
        },
        { name: 'p' }
      )
    },
    {
      name: 'AKS Windows node pool by os-sku: nodeSelector, and required affinity',
      filename,
      code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: iis
spec:
  selector: {matchLabels: {app: iis}}
  template:
    metadata: {labels: {app: iis}}
    spec:
      nodeSelector:
        kubernetes.azure.com/os-sku: Windows2022
      containers:
        - name: iis
          image: mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022
---
apiVersion: v1
kind: Pod
metadata: {name: legacy}
spec:
  affinity:
    nodeAffinity:
      requiredDuringSchedulingIgnoredDuringExecution:
        nodeSelectorTerms:
          - matchExpressions:
              - {key: kubernetes.azure.com/os-sku, operator: In, values: [Windows2019]}
  containers:
    - name: app
      image: mcr.microsoft.com/dotnet/framework/aspnet:4.8-windowsservercore-ltsc2019
`
    }
  ],
  invalid: [
    {
      name: 'only one of two ORed affinity terms selects an AKS Windows os-sku (a Linux os-sku pins to Linux: no finding)',
      filename,
      code: `apiVersion: v1
kind: Pod
metadata: {name: a}
spec:
  nodeSelector: {kubernetes.azure.com/os-sku: Ubuntu}
  containers:
    - name: app
      image: mcr.microsoft.com/windows/nanoserver:ltsc2022
---
apiVersion: v1
kind: Pod
metadata: {name: b}
spec:
  affinity:
    nodeAffinity:
      requiredDuringSchedulingIgnoredDuringExecution:
        nodeSelectorTerms:
          - matchExpressions:
              - {key: kubernetes.azure.com/os-sku, operator: In, values: [Windows2022]}
          - matchExpressions:
              - {key: agentpool, operator: In, values: [spot]}
  containers:
    - name: app
      image: mcr.microsoft.com/windows/nanoserver:ltsc2022
`,
      errors: [{ messageId: 'unpinned', line: 13 }]
    },
    {
      name: 'Windows image, no node selection',
      filename,
      code: deployment({
        containers: [
          container('web', 'mcr.microsoft.com/dotnet/framework/aspnet:4.8-windowsservercore-ltsc2022')
        ]
      }),
      errors: [
        {
          messageId: 'unpinned',
          line: 11,
          message:
            "Container 'web' runs Windows image 'mcr.microsoft.com/dotnet/framework/aspnet:4.8-windowsservercore-ltsc2022', but the pod does not target Windows nodes: it can be scheduled onto a Linux node."
        }
      ],
      docs: true
    },
    {
      name: 'only a toleration and a preferred affinity (CronJob), and a HostProcess pod without node selection (List)',
      filename,
      code: `apiVersion: v1
kind: List
items:
  - apiVersion: batch/v1
    kind: CronJob
    metadata: {name: c}
    spec:
      schedule: "@daily"
      jobTemplate:
        spec:
          template:
            spec:
              restartPolicy: Never
              tolerations:
                - {key: os, operator: Equal, value: windows, effect: NoSchedule}
              affinity:
                nodeAffinity:
                  preferredDuringSchedulingIgnoredDuringExecution:
                    - weight: 1
                      preference:
                        matchExpressions: [{key: kubernetes.io/os, operator: In, values: [windows]}]
              containers:
                - name: job
                  image: myorg/job:1.0-ltsc2022
  - apiVersion: v1
    kind: Pod
    metadata: {name: hpc}
    spec:
      hostNetwork: true
      securityContext:
        windowsOptions: {hostProcess: true}
      containers:
        - name: hpc
          image: mcr.microsoft.com/oss/kubernetes/windows-host-process-containers-base-image:v1.0.0
`,
      errors: [
        { messageId: 'unpinned', line: 12, message: /'myorg\/job:1\.0-ltsc2022'/ },
        { messageId: 'unpinned', line: 28 }
      ]
    }
  ]
});
