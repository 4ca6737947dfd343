import rule from './windows-hostprocess.js';
import { testRule } from '../../../test/rule-tester.js';
import {
  container,
  cronJob,
  hostProcess,
  job,
  onWindows,
  pod,
  runAsUserName
} from '../../../test/builders/workload.js';

const filename = 'deploy.yaml';
const PAUSE = 'registry.k8s.io/pause';

testRule(rule, {
  valid: [
    {
      name: 'a regular Windows container',
      filename,
      code: pod({
        ...onWindows('os'),
        securityContext: { runAsNonRoot: true, ...runAsUserName('ContainerUser') },
        containers: [container('web', 'mcr.microsoft.com/windows/nanoserver:ltsc2022')]
      }),
      docs: true
    },
    {
      name: 'hostProcess: false, and a string "true" (not a boolean, rejected by the API)',
      filename,
      code: pod(
        {
          securityContext: { windowsOptions: { hostProcess: false } },
          containers: [
            container('a', 'myorg/a:1', { securityContext: { windowsOptions: { hostProcess: 'true' } } })
          ]
        },
        { name: 'p' }
      )
    }
  ],
  invalid: [
    {
      name: "a container that names its own account under the pod's hostProcess is rated and reported by it",
      filename,
      code: `apiVersion: v1
kind: Pod
metadata: {name: hpc}
spec:
  nodeSelector: {kubernetes.io/os: windows}
  hostNetwork: true
  securityContext:
    windowsOptions:
      hostProcess: true
      runAsUserName: "NT AUTHORITY\\\\SYSTEM"
  containers:
    - name: a
      image: mcr.microsoft.com/oss/kubernetes/windows-host-process-containers-base-image:v1.0.0
    - name: b
      image: mcr.microsoft.com/oss/kubernetes/windows-host-process-containers-base-image:v1.0.0
      securityContext:
        windowsOptions:
          runAsUserName: "NT AUTHORITY\\\\Local service"
`,
      errors: [
        {
          messageId: 'pod',
          line: 9,
          severity: 'critical',
          message:
            "The pod's 'hostProcess: true' makes container 'a' run on the node, without isolation, as 'NT AUTHORITY\\SYSTEM'."
        },
        {
          messageId: 'container',
          line: 18,
          severity: 'high',
          message:
            "Container 'b' is a HostProcess container: it runs on the node, without isolation, as 'NT AUTHORITY\\Local service'."
        }
      ]
    },
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
      code: pod({
        ...onWindows('os'),
        hostNetwork: true,
        containers: [
          container('logger', 'myorg/logger:1.0', {
            securityContext: hostProcess('NT AUTHORITY\\Local service')
          })
        ]
      }),
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
      code: pod(
        {
          hostNetwork: true,
          securityContext: hostProcess(),
          initContainers: [container('initcontainer1', PAUSE)],
          containers: [container('container1', PAUSE, { securityContext: { windowsOptions: {} } })]
        },
        { name: 'windowshostprocess0' }
      ),
      errors: [{ messageId: 'podNoAccount', line: 9, severity: 'critical' }]
    },
    {
      name: 'container-level hostProcess on containers and init containers (PSA windowshostprocess1)',
      filename,
      code: pod(
        {
          hostNetwork: true,
          initContainers: [
            container('initcontainer1', PAUSE, {
              securityContext: hostProcess('NT AUTHORITY\\NETWORK SERVICE')
            })
          ],
          containers: [container('container1', PAUSE, { securityContext: hostProcess() })]
        },
        { name: 'windowshostprocess1' }
      ),
      errors: [
        { messageId: 'container', line: 12, severity: 'high' },
        { messageId: 'containerNoAccount', line: 19, severity: 'critical' }
      ]
    },
    {
      name: 'the init container only',
      filename,
      code: job(
        {
          restartPolicy: 'Never',
          hostNetwork: true,
          initContainers: [container('prep', 'myorg/prep:1', { securityContext: hostProcess('SYSTEM') })],
          containers: [container('main', 'myorg/main:1')]
        },
        { name: 'prep' }
      ),
      errors: [{ messageId: 'container', line: 15, severity: 'critical' }]
    },
    {
      name: 'pod account overridden by one container: each account rates the containers that run as it',
      filename,
      code: cronJob(
        {
          ...onWindows('os'),
          hostNetwork: true,
          restartPolicy: 'OnFailure',
          securityContext: hostProcess('NT AUTHORITY\\LOCAL SERVICE'),
          containers: [
            container('a', 'myorg/a:1'),
            container('b', 'myorg/b:1', { securityContext: runAsUserName('LocalSystem') })
          ]
        },
        { name: 'collect' },
        '*/5 * * * *'
      ),
      errors: [
        {
          messageId: 'pod',
          line: 17,
          severity: 'high',
          message:
            "The pod's 'hostProcess: true' makes container 'a' run on the node, without isolation, as 'NT AUTHORITY\\LOCAL SERVICE'."
        },
        {
          messageId: 'container',
          line: 26,
          severity: 'critical',
          message:
            "Container 'b' is a HostProcess container: it runs on the node, without isolation, as 'LocalSystem'."
        }
      ]
    }
  ]
});
