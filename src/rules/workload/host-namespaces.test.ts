import rule from './host-namespaces.js';
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

const NANO = 'mcr.microsoft.com/windows/nanoserver:ltsc2022';

testRule(rule, {
  valid: [
    {
      name: 'host namespaces off',
      filename: 'deploy.yaml',
      code: deployment({
        hostNetwork: false,
        hostPID: false,
        containers: [container('web', 'nginx:1.27', { ports: [flow({ containerPort: 8080 })] })]
      }),
      docs: true
    },
    {
      name: 'HostProcess pod needs hostNetwork (BH604)',
      filename: 'hpc.yaml',
      code: `apiVersion: apps/v1
kind: DaemonSet
metadata: { name: kube-proxy-windows }
spec:
  selector: { matchLabels: { app: kube-proxy } }
  template:
    metadata: { labels: { app: kube-proxy } }
    spec:
      securityContext:
        windowsOptions:
          hostProcess: true
          runAsUserName: "NT AUTHORITY\\\\system"
      hostNetwork: true
      nodeSelector: { kubernetes.io/os: windows }
      containers:
        - name: kube-proxy
          image: sigwindowstools/kube-proxy:v1.31.0-calico-hostprocess
`,
      docs: true
    },
    {
      name: 'a quoted "true" and Compose bridge networking',
      filename: 'pod.yaml',
      code: pod({ hostIPC: 'true', containers: [container('c', 'busybox:1.36')] }, { name: 'p' })
    },
    {
      name: 'Compose service networks',
      filename: 'compose.yaml',
      code: 'services:\n  web:\n    image: nginx:1.27\n    network_mode: bridge\n  sidecar:\n    image: envoyproxy/envoy:v1.31.0\n    network_mode: "service:web"\n    pid: "service:web"\n    ipc: shareable\n'
    },
    {
      name: 'hostPID on a Windows pod is BH606 (the API rejects it)',
      filename: 'win.yaml',
      code: pod({ ...onWindows('os'), hostPID: true, containers: [container('w', NANO)] })
    }
  ],
  invalid: [
    {
      name: 'all three on a DaemonSet',
      filename: 'ds.yaml',
      code: daemonSet(
        {
          hostNetwork: true,
          hostPID: true,
          hostIPC: true,
          containers: [container('exporter', 'quay.io/prometheus/node-exporter:v1.8.2')]
        },
        { name: 'node-exporter' }
      ),
      errors: [
        {
          messageId: 'pod',
          line: 12,
          severity: 'high',
          message: "DaemonSet 'node-exporter' shares the host's network namespace ('hostNetwork: true')."
        },
        { messageId: 'pod', line: 13, message: /process \(PID\) namespace \('hostPID: true'\)/ },
        { messageId: 'pod', line: 14, message: /IPC namespace \('hostIPC: true'\)/ }
      ],
      docs: true
    },
    {
      name: 'CronJob in the second document',
      filename: 'jobs.yaml',
      code: documents(
        'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: cfg }\ndata: { a: b }\n',
        cronJob(
          { hostNetwork: true, restartPolicy: 'Never', containers: [container('probe', 'busybox:1.36')] },
          {},
          '*/5 * * * *'
        )
      ),
      errors: [{ messageId: 'pod', line: 16, message: /^CronJob 'probe'/ }]
    },
    {
      name: 'Windows pod with hostNetwork (not HostProcess)',
      filename: 'win.yaml',
      code: pod({ ...onWindows('os'), hostNetwork: true, containers: [container('w', NANO)] }),
      errors: [{ messageId: 'pod', line: 8 }]
    },
    {
      name: 'Compose host network, PID and IPC',
      filename: 'compose.yaml',
      code: 'services:\n  agent:\n    image: datadog/agent:7\n    network_mode: host\n    pid: host\n    ipc: host\n',
      errors: [
        {
          messageId: 'service',
          line: 4,
          message: "Service 'agent' shares the host's network namespace ('network_mode: host')."
        },
        { messageId: 'service', line: 5 },
        { messageId: 'service', line: 6 }
      ],
      docs: true
    }
  ]
});
