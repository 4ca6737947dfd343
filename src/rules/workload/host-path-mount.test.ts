import rule from './host-path-mount.js';
import { testRule } from '../../../test/rule-tester.js';
import {
  container,
  cronJob,
  daemonSet,
  deployment,
  flow,
  hostPathVolume,
  onWindows,
  pod
} from '../../../test/builders/workload.js';

testRule(rule, {
  valid: [
    {
      name: 'volumes from claims, Secrets, ConfigMaps and emptyDir',
      filename: 'deploy.yaml',
      code: deployment({
        containers: [
          container('web', 'nginx:1.27', {
            volumeMounts: [
              flow({ name: 'data', mountPath: '/data' }),
              flow({ name: 'tls', mountPath: '/etc/tls', readOnly: true }),
              flow({ name: 'cache', mountPath: '/cache' })
            ]
          })
        ],
        volumes: [
          { name: 'data', persistentVolumeClaim: flow({ claimName: 'web-data' }) },
          { name: 'tls', secret: flow({ secretName: 'web-tls' }) },
          { name: 'cache', emptyDir: {} }
        ]
      }),
      docs: true
    },
    {
      name: 'Compose named volumes, anonymous volumes and tmpfs',
      filename: 'compose.yaml',
      code: `services:
  db:
    image: postgres:16
    volumes:
      - db-data:/var/lib/postgresql/data
      - /var/lib/postgresql/run
      - type: volume
        source: db-logs
        target: /var/log/postgresql
      - type: tmpfs
        target: /tmp
volumes:
  db-data: {}
  db-logs: {}
`,
      docs: true
    }
  ],
  invalid: [
    {
      name: 'sensitive and ordinary hostPath volumes',
      filename: 'ds.yaml',
      code: daemonSet(
        {
          containers: [
            container('agent', 'fluent/fluent-bit:3.1', {
              volumeMounts: [
                flow({ name: 'varlog', mountPath: '/var/log', readOnly: true }),
                flow({ name: 'docker', mountPath: '/var/run/docker.sock' })
              ]
            })
          ],
          volumes: [
            hostPathVolume('varlog', '/var/log'),
            hostPathVolume('docker', '/var/run/docker.sock', 'Socket'),
            { name: 'unused', hostPath: flow({ path: '/etc/kubernetes/' }) }
          ]
        },
        { name: 'log-agent' }
      ),
      errors: [
        {
          messageId: 'volume',
          line: 20,
          severity: 'medium',
          message: "Volume 'varlog' mounts host path '/var/log', used by 'agent'."
        },
        {
          messageId: 'sensitiveVolume',
          line: 23,
          severity: 'high',
          message:
            "Volume 'docker' mounts sensitive host path '/var/run/docker.sock' (the Docker daemon's API, and with it the host), used by 'agent'."
        },
        {
          messageId: 'sensitiveVolume',
          line: 27,
          severity: 'high',
          message:
            "Volume 'unused' mounts sensitive host path '/etc/kubernetes/' (inside '/etc': the host's configuration and credentials), used by no container."
        }
      ],
      docs: true
    },
    {
      name: 'Windows pod mounting the Docker pipe and kubelet data',
      filename: 'win.yaml',
      code: pod(
        {
          ...onWindows('os'),
          containers: [
            container('agent', 'mcr.microsoft.com/windows/nanoserver:ltsc2022', {
              volumeMounts: [
                flow({ name: 'pipe', mountPath: '\\\\.\\pipe\\docker_engine' }),
                flow({ name: 'kubelet', mountPath: 'C:\\var\\lib\\kubelet' }),
                flow({ name: 'logs', mountPath: 'C:\\logs' })
              ]
            })
          ],
          volumes: [
            { name: 'pipe', hostPath: flow({ path: '\\\\.\\pipe\\docker_engine', type: null }) },
            hostPathVolume('kubelet', 'c:/var/lib/kubelet/pods'),
            hostPathVolume('logs', 'D:\\logs')
          ]
        },
        { name: 'win-agent' }
      ),
      errors: [
        { messageId: 'sensitiveVolume', line: 17, severity: 'high', message: /docker_engine/ },
        {
          messageId: 'sensitiveVolume',
          line: 19,
          severity: 'high',
          message: /inside 'C:\\var\\lib\\kubelet'/
        },
        { messageId: 'volume', line: 22, severity: 'medium' }
      ]
    },
    {
      // Azure CNI's Windows DaemonSets: paths without a drive letter are on C: on a Windows node.
      name: 'Windows pod mounting host paths without a drive letter',
      filename: 'cns-windows.yaml',
      code: pod(
        {
          ...onWindows('os'),
          containers: [
            container('cns', 'mcr.microsoft.com/containernetworking/azure-cns:v1.6.0', {
              volumeMounts: [
                flow({ name: 'cni-bin', mountPath: 'C:\\k\\azurecni\\bin' }),
                flow({ name: 'vnet', mountPath: 'C:\\var\\run\\azure-vnet' })
              ]
            })
          ],
          volumes: [
            hostPathVolume('cni-bin', '/k/azurecni/bin'),
            hostPathVolume('vnet', '/var/run/azure-vnet')
          ]
        },
        { name: 'azure-cns-win' }
      ),
      errors: [
        {
          messageId: 'sensitiveVolume',
          line: 16,
          severity: 'high',
          message: /'\/k\/azurecni\/bin' \(inside 'C:\\k': the node's Kubernetes configuration/
        },
        // `/var/run` holds the runtime's socket on Linux; on Windows it is C:\var\run.
        { messageId: 'volume', line: 19, severity: 'medium' }
      ]
    },
    {
      name: 'CronJob init container mounting the host root',
      filename: 'cron.yaml',
      code: cronJob(
        {
          restartPolicy: 'Never',
          initContainers: [
            container('copy', 'busybox:1.36', { volumeMounts: [flow({ name: 'host', mountPath: '/host' })] })
          ],
          containers: [container('scan', 'busybox:1.36')],
          volumes: [{ name: 'host', hostPath: flow({ path: '/' }) }]
        },
        { name: 'scan' },
        '@hourly'
      ),
      errors: [
        {
          messageId: 'sensitiveVolume',
          line: 22,
          message: /'\/' \(the host's whole file system\), used by 'copy'/
        }
      ]
    },
    {
      name: 'Compose bind mounts, short and long syntax, Linux and Windows paths',
      filename: 'compose.yaml',
      code: `services:
  proxy:
    image: traefik:v3.1
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock:ro
      - ./traefik.yml:/etc/traefik/traefik.yml:ro
  win:
    image: mcr.microsoft.com/windows/servercore:ltsc2022
    volumes:
      - C:\\ProgramData\\Docker\\config:C:\\config
      - \\\\.\\pipe\\docker_engine:\\\\.\\pipe\\docker_engine
      - type: bind
        source: c:/Windows/System32
        target: C:/host-system32
        read_only: true
      - type: npipe
        source: \\\\.\\pipe\\containerd-containerd
        target: \\\\.\\pipe\\containerd-containerd
      - D:\\data:C:\\data
`,
      errors: [
        {
          messageId: 'sensitiveBind',
          line: 5,
          severity: 'high',
          message:
            "Service 'proxy' bind-mounts sensitive host path '/var/run/docker.sock' (the Docker daemon's API, and with it the host)."
        },
        {
          messageId: 'bind',
          line: 6,
          severity: 'medium',
          message: "Service 'proxy' bind-mounts host path './traefik.yml'."
        },
        { messageId: 'sensitiveBind', line: 10, message: /inside 'C:\\ProgramData\\docker'/ },
        { messageId: 'sensitiveBind', line: 11, message: /Docker engine's API/ },
        { messageId: 'sensitiveBind', line: 12, message: /inside 'C:\\Windows'/ },
        { messageId: 'sensitiveBind', line: 16, message: /containerd's API/ },
        { messageId: 'bind', line: 19, message: /'D:\\data'/ }
      ],
      docs: true
    },
    {
      name: 'Compose bind mounts inherited through a merge key, once per service',
      filename: 'docker-compose.yml',
      code: `x-agent: &agent
  image: portainer/agent:2.21.4
  volumes:
    - /var/run/docker.sock:/var/run/docker.sock
    - ./agent-data:/data
services:
  agent-eu:
    <<: *agent
  agent-us:
    <<: *agent
    volumes:
      - agent-us:/data
volumes:
  agent-us: {}
`,
      errors: [
        {
          messageId: 'sensitiveBind',
          line: 4,
          severity: 'high',
          message: /^Service 'agent-eu' bind-mounts sensitive host path '\/var\/run\/docker.sock'/
        },
        { messageId: 'bind', line: 5, message: "Service 'agent-eu' bind-mounts host path './agent-data'." }
      ]
    },
    {
      name: 'Compose: a Docker socket given as an interpolation default is the socket (high)',
      filename: 'docker-compose.yml',
      code: `services:
  watchtower:
    image: containrrr/watchtower:1.7.1
    volumes:
      - \${DOCKER_SOCK:-/var/run/docker.sock}:/var/run/docker.sock
      - \${WATCHTOWER_CONFIG}:/config
`,
      errors: [
        {
          messageId: 'sensitiveBind',
          line: 5,
          severity: 'high',
          message: /^Service 'watchtower' bind-mounts sensitive host path '\/var\/run\/docker.sock'/
        }
      ]
    },
    {
      name: 'Compose: a named volume the local driver binds to a host directory mounts that directory',
      filename: 'docker-compose.yml',
      code: `services:
  agent:
    image: portainer/agent:2.21.0
    volumes:
      - hostrun:/var/run
      - data:/data
      - type: volume
        source: exports
        target: /exports
volumes:
  hostrun:
    driver: local
    driver_opts:
      type: none
      o: bind
      device: /var/run
  data: {}
  exports:
    driver_opts:
      type: none
      o: bind
      device: /srv/exports
`,
      errors: [
        {
          messageId: 'sensitiveBind',
          line: 5,
          severity: 'high',
          message: /^Service 'agent' bind-mounts sensitive host path '\/var\/run'/
        },
        { messageId: 'bind', line: 7, message: "Service 'agent' bind-mounts host path '/srv/exports'." }
      ]
    }
  ]
});
