import rule from './admin-with-host-access.js';
import { runRule, testRule } from '../../../test/rule-tester.js';

/** The repository builds `ghcr.io/acme/agent` from `agent/Dockerfile` (Compose `build` + `image`). */
const builtBy = (dockerfile: string) => ({
  'compose.yaml': 'services:\n  agent:\n    build: ./agent\n    image: ghcr.io/acme/agent:3.0\n',
  'agent/Dockerfile': dockerfile
});

const pod = (spec: string) => `apiVersion: v1
kind: Pod
metadata: { name: agent }
spec:
${spec}`;

const rootWithMount = (readOnly: string, path = '/var/lib/agent') =>
  pod(`  containers:
    - name: agent
      image: busybox:1.36
      securityContext: { runAsUser: 0 }
      volumeMounts:
        - name: state
          mountPath: /state
${readOnly}  volumes:
    - name: state
      hostPath: { path: ${path} }
`);

const windowsPod = (securityContext: string, image: string) =>
  pod(`  os: { name: windows }
${securityContext}  containers:
    - name: app
      image: ${image}
      volumeMounts: [{ name: data, mountPath: 'C:\\data' }]
  volumes:
    - name: data
      hostPath: { path: 'C:\\data', type: DirectoryOrCreate }
`);

testRule(rule, {
  valid: [
    {
      name: 'root, but the host path is mounted readOnly',
      filename: 'pod.yaml',
      code: rootWithMount('          readOnly: true\n'),
      docs: true
    },
    {
      name: 'writable host path, non-root user',
      filename: 'pod.yaml',
      code: pod(`  securityContext: { runAsNonRoot: true, runAsUser: 10001 }
  containers:
    - name: agent
      image: busybox:1.36
      volumeMounts: [{ name: state, mountPath: /state }]
  volumes:
    - name: state
      hostPath: { path: /var/lib/agent }
`),
      docs: true
    },
    {
      name: 'root container that does not mount the hostPath volume',
      filename: 'pod.yaml',
      code: pod(`  containers:
    - name: root
      image: busybox:1.36
      securityContext: { runAsUser: 0 }
    - name: reader
      image: busybox:1.36
      securityContext: { runAsUser: 1000 }
      volumeMounts: [{ name: state, mountPath: /state }]
  volumes:
    - name: state
      hostPath: { path: /var/lib/agent }
`)
    },
    {
      name: 'unknown image user',
      filename: 'pod.yaml',
      code: pod(`  containers:
    - name: agent
      image: example.com/agent:1
      volumeMounts: [{ name: state, mountPath: /state }]
  volumes:
    - name: state
      hostPath: { path: /var/lib/agent }
`)
    },
    {
      name: 'Windows: ContainerUser over a Server Core image',
      filename: 'win.yaml',
      code: windowsPod(
        '  securityContext:\n    windowsOptions: { runAsUserName: ContainerUser }\n',
        'mcr.microsoft.com/windows/servercore:ltsc2022'
      ),
      docs: true
    },
    {
      name: 'Windows: Nano Server runs as ContainerUser',
      filename: 'win.yaml',
      code: windowsPod('', 'mcr.microsoft.com/windows/nanoserver:ltsc2022')
    },
    {
      name: 'Windows: runAsNonRoot stops an image whose USER is ContainerAdministrator from starting',
      filename: 'win.yaml',
      files: builtBy('FROM mcr.microsoft.com/windows/servercore:ltsc2022\nUSER ContainerAdministrator\n'),
      code: windowsPod('  securityContext: { runAsNonRoot: true }\n', 'ghcr.io/acme/agent:3.0')
    },
    {
      name: 'HostProcess pods are BH604',
      filename: 'hpc.yaml',
      code: pod(`  hostNetwork: true
  securityContext:
    windowsOptions: { hostProcess: true, runAsUserName: "NT AUTHORITY\\\\SYSTEM" }
  containers:
    - name: csi-proxy
      image: ghcr.io/kubernetes-sigs/sig-windows/csi-proxy:v1.1.2
      volumeMounts: [{ name: kubelet, mountPath: 'C:\\var\\lib\\kubelet' }]
  volumes:
    - name: kubelet
      hostPath: { path: 'C:\\var\\lib\\kubelet' }
`)
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
      code: rootWithMount(''),
      errors: [
        {
          messageId: 'container',
          line: 6,
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
      code: `apiVersion: apps/v1
kind: DaemonSet
metadata: { name: agent }
spec:
  selector: { matchLabels: { app: agent } }
  template:
    metadata: { labels: { app: agent } }
    spec:
      containers:
        - name: agent
          image: ghcr.io/acme/agent:3.0
          volumeMounts:
            - { name: docker, mountPath: /var/run/docker.sock, readOnly: true }
            - { name: etc, mountPath: /host/etc }
      volumes:
        - { name: docker, hostPath: { path: /var/run/docker.sock } }
        - { name: etc, hostPath: { path: /etc } }
`,
      errors: [
        {
          messageId: 'container',
          line: 10,
          message:
            "Container 'agent' runs as 'root' (its Dockerfile runs it as 'root' by default) and can write to host path '/var/run/docker.sock', '/etc'."
        }
      ]
    },
    {
      name: 'Windows: Server Core default ContainerAdministrator, even with runAsNonRoot',
      filename: 'win.yaml',
      code: windowsPod(
        '  securityContext: { runAsNonRoot: true }\n',
        'mcr.microsoft.com/windows/servercore:ltsc2022'
      ),
      errors: [
        {
          messageId: 'container',
          line: 8,
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
        "  securityContext:\n    windowsOptions: { runAsUserName: 'NT AUTHORITY\\SYSTEM' }\n",
        'mcr.microsoft.com/windows/nanoserver:ltsc2022'
      ),
      errors: [
        { messageId: 'container', line: 9, message: /'NT AUTHORITY\\SYSTEM' \(set by 'runAsUserName'\)/ }
      ]
    },
    {
      name: 'CronJob init container as root, pod-level runAsUser 0',
      filename: 'cron.yaml',
      code: `apiVersion: batch/v1
kind: CronJob
metadata: { name: rotate }
spec:
  schedule: "@daily"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          securityContext: { runAsUser: 0 }
          initContainers:
            - name: rotate
              image: busybox:1.36
              volumeMounts: [{ name: logs, mountPath: /logs }]
          containers:
            - name: done
              image: busybox:1.36
              securityContext: { runAsUser: 1000 }
              volumeMounts: [{ name: logs, mountPath: /logs }]
          volumes:
            - { name: logs, hostPath: { path: /var/log/app } }
`,
      errors: [{ messageId: 'container', line: 13, message: /^Container 'rotate'/ }]
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
      code: pod(`  containers:
    - name: agent
      image: ghcr.io/acme/agent:3.0
      volumeMounts: [{ name: s, mountPath: /s }]
  volumes:
    - { name: s, hostPath: { path: /srv } }
`)
    });
    expect(finding?.relatedLocations?.[0]).toMatchObject({
      file: 'agent/Dockerfile',
      region: { startLine: 1 }
    });
  });
});
