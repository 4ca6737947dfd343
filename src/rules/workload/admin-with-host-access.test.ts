import rule from './admin-with-host-access.js';
import { runRule, testRule } from '../../../test/rule-tester.js';
import {
  container,
  cronJob,
  daemonSet,
  flow,
  onWindows,
  pod,
  type Flow,
  type SecurityContext
} from '../../../test/builders/workload.js';

/** The repository builds `ghcr.io/acme/agent` from `agent/Dockerfile` (Compose `build` + `image`). */
const builtBy = (dockerfile: string) => ({
  'compose.yaml': 'services:\n  agent:\n    build: ./agent\n    image: ghcr.io/acme/agent:3.0\n',
  'agent/Dockerfile': dockerfile
});

/** Container `agent` (root by runAsUser 0) mounting host path `path` at /state. */
const rootWithMount = (readOnly?: boolean, path = '/var/lib/agent') =>
  pod({
    containers: [
      container('agent', 'busybox:1.36', {
        securityContext: flow({ runAsUser: 0 }),
        volumeMounts: [{ name: 'state', mountPath: '/state', readOnly }]
      })
    ],
    volumes: [{ name: 'state', hostPath: flow({ path }) }]
  });

/** A Windows pod whose container `app` runs `image` and mounts host path C:\data. */
const windowsPod = (securityContext: SecurityContext | Flow | undefined, image: string) =>
  pod(
    {
      ...onWindows('os'),
      securityContext,
      containers: [
        container('app', image, { volumeMounts: [flow({ name: 'data', mountPath: 'C:\\data' })] })
      ],
      volumes: [{ name: 'data', hostPath: flow({ path: 'C:\\data', type: 'DirectoryOrCreate' }) }]
    },
    { name: 'agent' }
  );

/** Container `name` mounting host path `path` at /state, with `fields` (a security context) first. */
const mountsState = (name: string, image: string, fields = {}) =>
  container(name, image, { ...fields, volumeMounts: [flow({ name: 'state', mountPath: '/state' })] });
const STATE = { name: 'state', hostPath: flow({ path: '/var/lib/agent' }) };

testRule(rule, {
  valid: [
    {
      name: 'root, but the host path is mounted readOnly',
      filename: 'pod.yaml',
      code: rootWithMount(true),
      docs: true
    },
    {
      name: 'writable host path, non-root user',
      filename: 'pod.yaml',
      code: pod({
        securityContext: flow({ runAsNonRoot: true, runAsUser: 10001 }),
        containers: [mountsState('agent', 'busybox:1.36')],
        volumes: [STATE]
      }),
      docs: true
    },
    {
      name: 'root container that does not mount the hostPath volume',
      filename: 'pod.yaml',
      code: pod(
        {
          containers: [
            container('root', 'busybox:1.36', { securityContext: flow({ runAsUser: 0 }) }),
            mountsState('reader', 'busybox:1.36', { securityContext: flow({ runAsUser: 1000 }) })
          ],
          volumes: [STATE]
        },
        { name: 'agent' }
      )
    },
    {
      name: 'unknown image user',
      filename: 'pod.yaml',
      code: pod({ containers: [mountsState('agent', 'example.com/agent:1')], volumes: [STATE] })
    },
    {
      name: 'Windows: ContainerUser over a Server Core image',
      filename: 'win.yaml',
      code: windowsPod(
        { windowsOptions: flow({ runAsUserName: 'ContainerUser' }) },
        'mcr.microsoft.com/windows/servercore:ltsc2022'
      ),
      docs: true
    },
    {
      name: 'Windows: Nano Server runs as ContainerUser',
      filename: 'win.yaml',
      code: windowsPod(undefined, 'mcr.microsoft.com/windows/nanoserver:ltsc2022')
    },
    {
      name: 'Windows: runAsNonRoot stops an image whose USER is ContainerAdministrator from starting',
      filename: 'win.yaml',
      files: builtBy('FROM mcr.microsoft.com/windows/servercore:ltsc2022\nUSER ContainerAdministrator\n'),
      code: windowsPod(flow({ runAsNonRoot: true }), 'ghcr.io/acme/agent:3.0')
    },
    {
      name: 'HostProcess pods are BH604',
      filename: 'hpc.yaml',
      code: pod(
        {
          hostNetwork: true,
          securityContext: {
            windowsOptions: flow({ hostProcess: true, runAsUserName: 'NT AUTHORITY\\SYSTEM' })
          },
          containers: [
            container('csi-proxy', 'ghcr.io/kubernetes-sigs/sig-windows/csi-proxy:v1.1.2', {
              volumeMounts: [flow({ name: 'kubelet', mountPath: 'C:\\var\\lib\\kubelet' })]
            })
          ],
          volumes: [{ name: 'kubelet', hostPath: flow({ path: 'C:\\var\\lib\\kubelet' }) }]
        },
        { name: 'agent' }
      )
    },
    {
      name: 'Compose: root with named volumes, read-only binds, non-root with binds',
      filename: 'compose.yaml',
      code: `services:
  db:
    image: postgres:16
    user: root
    volumes:
      - db-data:/var/lib/postgresql/data
      - ./init.sql:/docker-entrypoint-initdb.d/init.sql:ro
  web:
    image: node:22
    user: "1000"
    volumes:
      - ./src:/app/src
volumes:
  db-data: {}
`
    }
  ],
  invalid: [
    {
      name: 'runAsUser 0 with a writable hostPath',
      filename: 'pod.yaml',
      code: rootWithMount(),
      errors: [
        {
          messageId: 'container',
          line: 7,
          severity: 'critical',
          message:
            "Container 'agent' runs as 'root' (set by 'runAsUser: 0') and can write to host path '/var/lib/agent'."
        }
      ],
      docs: true
    },
    {
      name: 'root by the repository Dockerfile; a read-only Docker socket still drives the daemon',
      filename: 'ds.yaml',
      files: builtBy('FROM alpine:3.20\nRUN apk add --no-cache docker-cli\n'),
      code: daemonSet({
        containers: [
          container('agent', 'ghcr.io/acme/agent:3.0', {
            volumeMounts: [
              flow({ name: 'docker', mountPath: '/var/run/docker.sock', readOnly: true }),
              flow({ name: 'etc', mountPath: '/host/etc' })
            ]
          })
        ],
        volumes: [
          flow({ name: 'docker', hostPath: { path: '/var/run/docker.sock' } }),
          flow({ name: 'etc', hostPath: { path: '/etc' } })
        ]
      }),
      errors: [
        {
          messageId: 'container',
          line: 13,
          message:
            "Container 'agent' runs as 'root' (its Dockerfile runs it as 'root' by default) and can write to host path '/var/run/docker.sock', '/etc'."
        }
      ]
    },
    {
      name: 'Windows: Server Core default ContainerAdministrator, even with runAsNonRoot',
      filename: 'win.yaml',
      code: windowsPod(flow({ runAsNonRoot: true }), 'mcr.microsoft.com/windows/servercore:ltsc2022'),
      errors: [
        {
          messageId: 'container',
          line: 10,
          message:
            "Container 'app' runs as 'ContainerAdministrator' (Server Core images run as ContainerAdministrator) and can write to host path 'C:\\data'."
        }
      ],
      docs: true
    },
    {
      name: 'Windows: explicit NT AUTHORITY\\SYSTEM (not HostProcess)',
      filename: 'win.yaml',
      code: windowsPod(
        { windowsOptions: flow({ runAsUserName: 'NT AUTHORITY\\SYSTEM' }) },
        'mcr.microsoft.com/windows/nanoserver:ltsc2022'
      ),
      errors: [
        { messageId: 'container', line: 11, message: /'NT AUTHORITY\\SYSTEM' \(set by 'runAsUserName'\)/ }
      ]
    },
    {
      name: 'CronJob init container as root, pod-level runAsUser 0',
      filename: 'cron.yaml',
      code: cronJob(
        {
          restartPolicy: 'Never',
          securityContext: flow({ runAsUser: 0 }),
          initContainers: [
            container('rotate', 'busybox:1.36', {
              volumeMounts: [flow({ name: 'logs', mountPath: '/logs' })]
            })
          ],
          containers: [
            container('done', 'busybox:1.36', {
              securityContext: flow({ runAsUser: 1000 }),
              volumeMounts: [flow({ name: 'logs', mountPath: '/logs' })]
            })
          ],
          volumes: [flow({ name: 'logs', hostPath: { path: '/var/log/app' } })]
        },
        { name: 'rotate' }
      ),
      errors: [{ messageId: 'container', line: 14, message: /^Container 'rotate'/ }]
    },
    {
      name: 'Compose: root users with writable binds, Linux and Windows, short and long syntax',
      filename: 'docker-compose.yml',
      code: `services:
  ci:
    image: docker:27-cli
    user: "0"
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock:ro
  backup:
    image: alpine:3.20
    user: root
    volumes:
      - type: bind
        source: /srv/backups
        target: /backups
  win:
    image: mcr.microsoft.com/windows/servercore:ltsc2022
    volumes:
      - C:\\data:C:\\data
`,
      errors: [
        {
          messageId: 'service',
          line: 2,
          message:
            "Service 'ci' runs as '0' (set by 'user') and can write to host path '/var/run/docker.sock'."
        },
        { messageId: 'service', line: 7, message: /'\/srv\/backups'/ },
        { messageId: 'service', line: 14, message: /'ContainerAdministrator'.*'C:\\data'/ }
      ],
      docs: true
    }
  ]
});

describe('BH506 related locations', () => {
  it('links the Dockerfile that makes the image run as root', () => {
    const [finding] = runRule(rule, {
      filename: 'pod.yaml',
      files: builtBy('FROM alpine:3.20\n'),
      code: pod({
        containers: [
          container('agent', 'ghcr.io/acme/agent:3.0', {
            volumeMounts: [flow({ name: 's', mountPath: '/s' })]
          })
        ],
        volumes: [flow({ name: 's', hostPath: { path: '/srv' } })]
      })
    });
    expect(finding?.relatedLocations?.[0]).toMatchObject({
      file: 'agent/Dockerfile',
      region: { startLine: 1 }
    });
  });
});
