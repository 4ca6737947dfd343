import rule from './unsafe-sysctls.js';
import { testRule } from '../../../test/rule-tester.js';
import {
  container,
  cronJob,
  deployment,
  flow,
  onWindows,
  pod,
  type PodSpec
} from '../../../test/builders/workload.js';

/** A Windows pod (by `windows`) that sets the unsafe kernel.msgmax sysctl. */
const windowsWithSysctl = (windows: PodSpec) =>
  pod(
    {
      ...windows,
      securityContext: { sysctls: flow([{ name: 'kernel.msgmax', value: '65536' }]) },
      containers: [container('w', 'mcr.microsoft.com/windows/nanoserver:ltsc2022')]
    },
    { name: 'w' }
  );

testRule(rule, {
  valid: [
    {
      name: 'safe sysctls for a busy web server',
      filename: 'deploy.yaml',
      code: deployment(
        {
          securityContext: {
            sysctls: [
              { name: 'net.ipv4.ip_local_port_range', value: '1024 65000' },
              { name: 'net.ipv4.tcp_keepalive_time', value: '600' },
              { name: 'net.ipv4.ip_unprivileged_port_start', value: '0' }
            ]
          },
          containers: [container('envoy', 'envoyproxy/envoy:v1.31.2')]
        },
        { name: 'edge' }
      ),
      docs: true
    },
    {
      name: 'the newest safe sysctls (PSS v1.32 and v1.37) at restricted',
      filename: 'pod.yaml',
      settings: { podSecurityLevel: 'restricted' },
      code: pod(
        {
          securityContext: {
            sysctls: [
              flow({ name: 'net.ipv4.tcp_rmem', value: '4096 87380 6291456' }),
              flow({ name: 'net.ipv4.tcp_notsent_lowat', value: '16384' })
            ]
          },
          containers: [container('c', 'busybox:1.36')]
        },
        { name: 'p' }
      )
    },
    {
      name: 'Windows pod by os.name (sysctls are BH606)',
      filename: 'win.yaml',
      code: windowsWithSysctl(onWindows('os'))
    },
    {
      name: 'Windows pod by nodeSelector only',
      filename: 'win.yaml',
      code: windowsWithSysctl(onWindows())
    }
  ],
  invalid: [
    {
      name: 'Elasticsearch-style vm.max_map_count and a node-wide net setting',
      filename: 'statefulset.yaml',
      code: `apiVersion: apps/v1
kind: StatefulSet
metadata: { name: search }
spec:
  serviceName: search
  selector: { matchLabels: { app: search } }
  template:
    metadata: { labels: { app: search } }
    spec:
      securityContext:
        sysctls:
          - name: vm.max_map_count
            value: "262144"
          - name: net.ipv4.tcp_syncookies
            value: "1"
          - name: net.core.somaxconn
            value: "4096"
      containers:
        - name: search
          image: docker.elastic.co/elasticsearch/elasticsearch:8.15.3
`,
      errors: [
        {
          messageId: 'pod',
          line: 12,
          severity: 'medium',
          message: "The pod sets sysctl 'vm.max_map_count', outside the Pod Security baseline safe set."
        },
        { messageId: 'pod', line: 16, message: /'net.core.somaxconn'/ }
      ],
      docs: true
    },
    {
      name: 'names compare exactly, as in admission; CronJob at restricted',
      filename: 'cron.yaml',
      settings: { podSecurityLevel: 'restricted' },
      code: cronJob(
        {
          restartPolicy: 'OnFailure',
          securityContext: {
            sysctls: flow([
              { name: 'net/ipv4/tcp_syncookies', value: '1' },
              { name: 'kernel.shm_rmid_forced', value: '1' }
            ])
          },
          containers: [container('job', 'busybox:1.36')]
        },
        { name: 'c' },
        '0 * * * *'
      ),
      errors: [{ messageId: 'pod', line: 13, message: /'net\/ipv4\/tcp_syncookies'/ }]
    }
  ]
});
