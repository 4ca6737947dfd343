import rule from './added-capabilities.js';
import { testRule } from '../../../test/rule-tester.js';
import {
  container,
  cronJob,
  daemonSet,
  deployment,
  flow,
  onWindows,
  pod,
  type SecurityContext
} from '../../../test/builders/workload.js';

const busybox = (securityContext: SecurityContext) =>
  pod({ containers: [container('c', 'busybox:1.36', { securityContext })] }, { name: 'p' });

testRule(rule, {
  valid: [
    {
      name: 'drop ALL, add back NET_BIND_SERVICE',
      filename: 'deploy.yaml',
      code: deployment({
        containers: [
          container('web', 'nginx:1.27', {
            securityContext: { capabilities: { drop: flow(['ALL']), add: flow(['NET_BIND_SERVICE']) } }
          })
        ]
      }),
      docs: true
    },
    {
      name: 'baseline capabilities spelled as the standard lists them',
      filename: 'pod.yaml',
      code: busybox({ capabilities: { add: flow(['CHOWN', 'SETUID', 'KILL', 'SYS_CHROOT']) } })
    },
    {
      name: 'Compose accepts any spelling (Docker normalises it; no admission)',
      filename: 'compose.yaml',
      code: 'services:\n  web:\n    image: nginx:1.27\n    cap_add: [chown, CAP_SETUID]\n'
    },
    {
      name: 'Windows pod (capabilities are BH606)',
      filename: 'win.yaml',
      code: pod({
        ...onWindows(),
        containers: [
          container('w', 'example.com/w:1', {
            securityContext: { capabilities: flow({ add: ['SYS_ADMIN'] }) }
          })
        ]
      })
    },
    {
      name: 'Compose baseline cap_add and cap_drop',
      filename: 'compose.yaml',
      code: 'services:\n  web:\n    image: nginx:1.27\n    cap_drop: [ALL]\n    cap_add:\n      - NET_BIND_SERVICE\n      - CHOWN\n',
      docs: true
    }
  ],
  invalid: [
    {
      name: 'each offending entry at its own line',
      filename: 'ds.yaml',
      code: daemonSet({
        containers: [
          container('cni', 'example.com/cni:1.0', {
            securityContext: { capabilities: { add: ['NET_ADMIN', 'NET_BIND_SERVICE', 'CAP_SYS_ADMIN'] } }
          })
        ]
      }),
      errors: [
        {
          messageId: 'container',
          line: 18,
          severity: 'high',
          message: "Container 'cni' adds capability 'NET_ADMIN', beyond the Pod Security baseline set."
        },
        { messageId: 'container', line: 20, message: /'CAP_SYS_ADMIN'/ }
      ],
      docs: true
    },
    {
      name: 'ALL in an init container of a CronJob, flow sequence',
      filename: 'cron.yaml',
      code: cronJob(
        {
          restartPolicy: 'Never',
          initContainers: [
            container('setup', 'busybox:1.36', {
              securityContext: flow({ capabilities: { add: ['ALL', 'sys_ptrace'] } })
            })
          ],
          containers: [container('job', 'busybox:1.36')]
        },
        { name: 'c' }
      ),
      errors: [
        { messageId: 'container', line: 15, message: /'ALL'/ },
        { messageId: 'container', line: 15, message: /'sys_ptrace'/ }
      ]
    },
    {
      name: 'ephemeral container in JSON',
      filename: 'pod.json',
      code: `{
  "apiVersion": "v1",
  "kind": "Pod",
  "metadata": { "name": "p" },
  "spec": {
    "containers": [{ "name": "app", "image": "app:1" }],
    "ephemeralContainers": [
      {
        "name": "debug",
        "image": "busybox:1.36",
        "securityContext": { "capabilities": { "add": ["SYS_PTRACE"] } }
      }
    ]
  }
}
`,
      errors: [{ messageId: 'container', line: 11, message: /'debug'.*'SYS_PTRACE'/ }]
    },
    {
      name: 'baseline capabilities in another spelling: low, admission rejects them',
      filename: 'pod.yaml',
      code: busybox({ capabilities: { add: ['chown', 'CAP_SETUID', 'SYS_CHROOT'] } }),
      errors: [
        {
          messageId: 'spelling',
          line: 12,
          severity: 'low',
          message:
            "Container 'c' adds capability 'chown', which Pod Security admission does not accept as the baseline capability 'CHOWN'."
        },
        { messageId: 'spelling', line: 13, severity: 'low', message: /'CAP_SETUID'.*'SETUID'/ }
      ]
    },
    {
      name: 'Compose cap_add',
      filename: 'compose.yaml',
      code: 'services:\n  vpn:\n    image: linuxserver/wireguard:1.0\n    cap_add:\n      - NET_ADMIN\n      - SYS_MODULE\n      - SETUID\n',
      errors: [
        {
          messageId: 'service',
          line: 5,
          message: "Service 'vpn' adds capability 'NET_ADMIN', beyond the Pod Security baseline set."
        },
        { messageId: 'service', line: 6, message: /'SYS_MODULE'/ }
      ],
      docs: true
    },
    {
      // dockur/windows' compose.yml: a Linux (QEMU) container, so Linux-only rules apply.
      name: 'Compose cap_add on a Linux image named for Windows',
      filename: 'compose.yml',
      code: 'services:\n  windows:\n    image: dockurr/windows\n    devices:\n      - /dev/kvm\n    cap_add:\n      - NET_ADMIN\n',
      errors: [{ messageId: 'service', line: 7, message: /'NET_ADMIN'/ }]
    }
  ]
});
