import rule from './windows-hostprocess-invalid.js';
import { testRule } from '../../../test/rule-tester.js';
import { container, hostProcess, job, onWindows, pod } from '../../../test/builders/workload.js';

const filename = 'deploy.yaml';

testRule(rule, {
  valid: [
    {
      name: 'pod-level HostProcess with hostNetwork',
      filename,
      code: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: kube-proxy-windows
spec:
  selector:
    matchLabels: {k8s-app: kube-proxy-windows}
  template:
    metadata:
      labels: {k8s-app: kube-proxy-windows}
    spec:
      os:
        name: windows
      hostNetwork: true
      securityContext:
        windowsOptions:
          hostProcess: true
          runAsUserName: 'NT AUTHORITY\\SYSTEM'
      initContainers:
        - name: prepare
          image: myorg/kube-proxy:1.31-windows
      containers:
        - name: kube-proxy
          image: myorg/kube-proxy:1.31-windows
`,
      docs: true
    },
    {
      name: 'every container sets it, pod does not, identical container value',
      filename,
      code: pod(
        {
          hostNetwork: true,
          securityContext: hostProcess(),
          containers: [
            container('a', 'myorg/a:1', { securityContext: hostProcess() }),
            container('b', 'myorg/b:1')
          ]
        },
        { name: 'p' }
      )
    },
    {
      name: 'no HostProcess at all, pod says false',
      filename,
      code: pod(
        {
          securityContext: { windowsOptions: { hostProcess: false } },
          containers: [
            container('a', 'myorg/a:1', { securityContext: { windowsOptions: { hostProcess: false } } })
          ]
        },
        { name: 'p' }
      )
    }
  ],
  invalid: [
    {
      name: 'mixed HostProcess and regular containers',
      filename,
      code: pod({
        ...onWindows('os'),
        hostNetwork: true,
        containers: [
          container('agent', 'myorg/agent:1.0', {
            securityContext: hostProcess('NT AUTHORITY\\LOCAL SERVICE')
          }),
          container('sidecar', 'myorg/sidecar:1.0')
        ]
      }),
      errors: [
        {
          messageId: 'mixed',
          line: 16,
          message:
            "Container 'sidecar' is not a HostProcess container, unlike container 'agent': the API server requires all containers of the pod to be HostProcess containers, or none."
        }
      ],
      docs: true
    },
    {
      name: 'pod true, container false, no hostNetwork',
      filename,
      code: pod({
        securityContext: hostProcess(),
        containers: [
          container('agent', 'myorg/agent:1.0'),
          container('helper', 'myorg/helper:1.0', {
            securityContext: { windowsOptions: { hostProcess: false } }
          })
        ]
      }),
      errors: [
        {
          messageId: 'hostNetwork',
          line: 5,
          message:
            "The pod runs HostProcess containers without 'hostNetwork: true': the API server rejects it."
        },
        {
          messageId: 'mismatch',
          line: 16,
          message:
            "Container 'helper' sets 'hostProcess: false' but the pod sets 'hostProcess: true': the API server requires them to be identical."
        }
      ],
      docs: true
    },
    {
      name: 'pod false, one container true: mismatch, the other is not HostProcess, hostNetwork false',
      filename,
      code: job(
        {
          hostNetwork: false,
          restartPolicy: 'Never',
          securityContext: { windowsOptions: { hostProcess: false } },
          initContainers: [container('init', 'myorg/init:1', { securityContext: hostProcess() })],
          containers: [container('main', 'myorg/main:1')]
        },
        { name: 'j' }
      ),
      errors: [
        { messageId: 'hostNetwork', line: 8 },
        { messageId: 'mismatch', line: 18 },
        {
          messageId: 'mixed',
          line: 20,
          message: /'main' is not a HostProcess container, unlike container 'init':/
        }
      ]
    },
    {
      name: 'explicit false next to a HostProcess container, pod unset (List)',
      filename,
      code: `apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: Pod
    metadata: {name: p}
    spec:
      hostNetwork: true
      containers:
        - name: a
          image: myorg/a:1
          securityContext:
            windowsOptions: {hostProcess: true}
        - name: b
          image: myorg/b:1
          securityContext:
            windowsOptions: {hostProcess: false}
`,
      errors: [{ messageId: 'mixed', line: 17 }]
    }
  ]
});
