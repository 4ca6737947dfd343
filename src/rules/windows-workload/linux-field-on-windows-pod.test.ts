import rule from './linux-field-on-windows-pod.js';
import { testRule } from '../../../test/rule-tester.js';
import {
  container,
  cronJob,
  daemonSet,
  flow,
  onWindows,
  pod,
  runAsUserName
} from '../../../test/builders/workload.js';

const filename = 'deploy.yaml';
const NANO = 'mcr.microsoft.com/windows/nanoserver:ltsc2022';

testRule(rule, {
  valid: [
    {
      name: "Kubernetes PSA's minimal restricted Windows pod",
      filename,
      code: pod(
        {
          ...onWindows('os'),
          securityContext: { runAsNonRoot: true },
          containers: [container('container1', NANO)],
          initContainers: [container('initcontainer1', NANO)]
        },
        { name: 'base-windows' }
      ),
      docs: true
    },
    {
      name: 'Linux hardening on a Linux pod',
      filename,
      code: pod(
        {
          os: { name: 'linux' },
          securityContext: { runAsUser: 1000, seccompProfile: flow({ type: 'RuntimeDefault' }) },
          containers: [
            container('app', 'nginx:1.27', {
              securityContext: { allowPrivilegeEscalation: false, capabilities: flow({ drop: ['ALL'] }) }
            })
          ]
        },
        { name: 'p' }
      )
    },
    {
      name: 'OS unknown: not a Windows pod',
      filename,
      code: pod(
        { securityContext: { runAsUser: 1000 }, containers: [container('app', 'myorg/app:1')] },
        { name: 'p' }
      )
    },
    {
      name: 'fields the API accepts on Windows: hostPID false, empty sysctls, null values, hostNetwork',
      filename,
      code: pod(
        {
          ...onWindows('os'),
          hostPID: false,
          hostIPC: false,
          securityContext: { sysctls: [], runAsUser: null, runAsNonRoot: true },
          containers: [
            container('app', 'myorg/app:1', {
              securityContext: { runAsNonRoot: true, ...runAsUserName('ContainerUser') }
            })
          ]
        },
        { name: 'p' }
      )
    },
    {
      name: 'privileged: true is BH603',
      filename,
      code: pod(
        {
          ...onWindows('os'),
          containers: [container('app', 'myorg/app:1', { securityContext: { privileged: true } })]
        },
        { name: 'p' }
      )
    }
  ],
  invalid: [
    {
      name: 'Linux hardening copied onto a Windows pod with os.name',
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
        runAsUser: 1000
        seccompProfile:
          type: RuntimeDefault
      containers:
        - name: web
          image: mcr.microsoft.com/windows/nanoserver:ltsc2022
          securityContext:
            allowPrivilegeEscalation: false
            capabilities:
              drop: [ALL]
            readOnlyRootFilesystem: true
`,
      errors: [
        {
          messageId: 'podRejected',
          line: 16,
          severity: 'medium',
          message:
            "The pod sets 'runAsUser', a Linux-only field, with os.name 'windows': the API server rejects it."
        },
        { messageId: 'podRejected', line: 17, severity: 'medium' },
        {
          messageId: 'containerRejected',
          line: 23,
          severity: 'medium',
          message:
            "Container 'web' sets 'allowPrivilegeEscalation', a Linux-only field, on a pod with os.name 'windows': the API server rejects it."
        },
        { messageId: 'containerRejected', line: 24, severity: 'medium' },
        { messageId: 'containerRejected', line: 26, severity: 'medium' }
      ],
      output: `apiVersion: apps/v1
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
`,
      docs: true
    },
    {
      name: 'Windows by nodeSelector only: ignored fields are low',
      filename,
      code: daemonSet(
        {
          ...onWindows(),
          hostPID: true,
          securityContext: { runAsGroup: 2000, fsGroup: 2000 },
          initContainers: [
            container('init', 'myorg/init:1', { securityContext: { runAsUser: 1000, privileged: false } })
          ]
        },
        { name: 'exporter' }
      ),
      errors: [
        {
          messageId: 'podIgnored',
          line: 14,
          severity: 'low',
          message:
            "The pod sets 'hostPID', a Linux-only field, on a Windows pod (nodeSelector kubernetes.io/os=windows): Windows ignores it."
        },
        { messageId: 'podIgnored', line: 16, severity: 'low' },
        { messageId: 'podIgnored', line: 17, severity: 'low' },
        {
          messageId: 'containerIgnored',
          line: 22,
          severity: 'low',
          message:
            "Container 'init' sets 'runAsUser', a Linux-only field, on a Windows pod (nodeSelector kubernetes.io/os=windows): Windows ignores it."
        },
        { messageId: 'containerIgnored', line: 23, severity: 'low' }
      ],
      docs: true
    },
    {
      name: 'every listed pod field with os.name windows (CronJob)',
      filename,
      code: cronJob(
        {
          ...onWindows('os'),
          restartPolicy: 'Never',
          hostIPC: true,
          hostUsers: false,
          shareProcessNamespace: false,
          securityContext: {
            seLinuxOptions: flow({ level: 's0:c1' }),
            appArmorProfile: flow({ type: 'RuntimeDefault' }),
            fsGroupChangePolicy: 'OnRootMismatch',
            sysctls: flow([{ name: 'net.core.somaxconn', value: '1024' }]),
            supplementalGroups: [],
            supplementalGroupsPolicy: 'Strict',
            seLinuxChangePolicy: 'MountOption'
          },
          containers: [
            container('c', 'myorg/c:1', {
              securityContext: {
                seLinuxOptions: {},
                seccompProfile: flow({ type: 'RuntimeDefault' }),
                appArmorProfile: flow({ type: 'RuntimeDefault' }),
                procMount: 'Default',
                runAsGroup: 3000
              }
            })
          ]
        },
        {},
        '@hourly'
      ),
      errors: [
        { messageId: 'podRejected', line: 14 },
        { messageId: 'podRejected', line: 15 },
        { messageId: 'podRejected', line: 16 },
        { messageId: 'podRejected', line: 18 },
        { messageId: 'podRejected', line: 19 },
        { messageId: 'podRejected', line: 20 },
        { messageId: 'podRejected', line: 21 },
        { messageId: 'podRejected', line: 22 },
        { messageId: 'podRejected', line: 23 },
        { messageId: 'podRejected', line: 24 },
        { messageId: 'containerRejected', line: 29 },
        { messageId: 'containerRejected', line: 30 },
        { messageId: 'containerRejected', line: 31 },
        { messageId: 'containerRejected', line: 32 },
        { messageId: 'containerRejected', line: 33 }
      ]
    }
  ]
});
