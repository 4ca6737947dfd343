import rule from './windows-privileged-unsupported.js';
import { testRule } from '../../../test/rule-tester.js';

const filename = 'deploy.yaml';

testRule(rule, {
  valid: [
    {
      name: 'HostProcess instead of privileged',
      filename,
      code: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: node-agent
spec:
  selector:
    matchLabels: {app: node-agent}
  template:
    metadata:
      labels: {app: node-agent}
    spec:
      os:
        name: windows
      hostNetwork: true
      securityContext:
        windowsOptions:
          hostProcess: true
          runAsUserName: 'NT AUTHORITY\\LOCAL SERVICE'
      containers:
        - name: agent
          image: myorg/node-agent:1.0
`,
      docs: true
    },
    {
      name: 'privileged on a Linux pod is BH501',
      filename,
      code: `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
    - name: app
      image: nginx:1.27
      securityContext: {privileged: true}
`
    },
    {
      name: 'privileged: false is not BH603 (BH606 covers the field)',
      filename,
      code: `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  nodeSelector: {kubernetes.io/os: windows}
  containers:
    - name: app
      image: myorg/app:1
      securityContext: {privileged: false}
`
    }
  ],
  invalid: [
    {
      name: 'privileged with os.name windows',
      filename,
      code: `apiVersion: v1
kind: Pod
metadata:
  name: tools
spec:
  os:
    name: windows
  containers:
    - name: tools
      image: mcr.microsoft.com/windows/servercore:ltsc2022
      securityContext:
        privileged: true
`,
      errors: [
        {
          messageId: 'rejected',
          line: 12,
          message:
            "Container 'tools' sets 'privileged: true' on a pod with os.name 'windows': the API server rejects it."
        }
      ],
      docs: true
    },
    {
      name: 'privileged init container on a Windows-scheduled Deployment',
      filename,
      code: `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      nodeSelector:
        kubernetes.io/os: windows
      initContainers:
        - name: setup
          image: myorg/setup:1
          securityContext: {privileged: true}
      containers:
        - name: web
          image: myorg/web:1
`,
      errors: [
        {
          messageId: 'ignored',
          line: 14,
          message:
            "Container 'setup' sets 'privileged: true' on a Windows pod (nodeSelector kubernetes.io/os=windows): Windows ignores it."
        }
      ]
    },
    {
      name: 'AKS Windows node pool selected by os-sku (not BH501)',
      filename: 'aks/win-agent.yaml',
      code: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: win-agent
spec:
  selector:
    matchLabels: {app: win-agent}
  template:
    metadata:
      labels: {app: win-agent}
    spec:
      nodeSelector:
        kubernetes.azure.com/os-sku: Windows2025
      containers:
        - name: agent
          image: acme.azurecr.io/win-agent:1.0
          securityContext:
            privileged: true
`,
      errors: [
        {
          messageId: 'ignored',
          line: 18,
          message:
            "Container 'agent' sets 'privileged: true' on a Windows pod (nodeSelector kubernetes.azure.com/os-sku=Windows2025): Windows ignores it."
        }
      ]
    }
  ]
});
