/**
 * The files mutations start from: every example (examples/), every test fixture (test/fixtures/), and
 * a few inline files for formats and spellings the examples do not carry (containerd config v1/v3,
 * registries.conf v1, k3s registries.yaml, Kubernetes JSON and lists, dockerd in systemd units and
 * PowerShell). Each seed
 * keeps its relative path, so a mutated copy is still classified as the same target by name.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The kind of input a seed is, used to pick structural attacks and splice partners. */
export type SeedKind =
  'dockerfile' | 'kubernetes' | 'compose' | 'json-config' | 'toml-config' | 'text-config';

export interface SeedFile {
  /** Relative path that classifies the file (`registry/etc/docker/daemon.json`). */
  path: string;
  bytes: Buffer;
  kind: SeedKind;
}

const INLINE_SEEDS: { path: string; text: string }[] = [
  {
    path: 'inline/containerd-v1/config.toml',
    text: `# containerd 1.4 style, no version key (version 1)
[plugins]
  [plugins.cri]
    sandbox_image = "k8s.gcr.io/pause:3.2"
    [plugins.cri.registry]
      [plugins.cri.registry.mirrors]
        [plugins.cri.registry.mirrors."docker.io"]
          endpoint = ["http://mirror.corp.example:5000", "https://registry-1.docker.io"]
      [plugins.cri.registry.configs."mirror.corp.example:5000".tls]
        insecure_skip_verify = true
      [plugins.cri.registry.configs."mirror.corp.example:5000".auth]
        username = "puller"
        password = "Pu11erPassw0rd-2024"
`
  },
  {
    path: 'inline/containerd-v3/config.toml',
    text: `version = 3
root = "/var/lib/containerd"

[plugins."io.containerd.cri.v1.images"]
  snapshotter = "overlayfs"

[plugins."io.containerd.cri.v1.images".registry]
  config_path = "/etc/containerd/certs.d"
  mirrors."registry.lab.example:5000".endpoint = ["http://registry.lab.example:5000"]
  configs."registry.lab.example:5000".tls = { insecure_skip_verify = true }

[plugins."io.containerd.cri.v1.images".pinned_images]
  sandbox = "registry.k8s.io/pause:3.10"
`
  },
  {
    path: 'inline/registries-v1/registries.conf',
    text: `# registries.conf version 1 (podman 1.x)
[registries.search]
registries = ['docker.io', 'quay.io']

[registries.insecure]
registries = ['registry.lab.example:5000', '10.0.0.0/8']

[registries.block]
registries = []
`
  },
  {
    path: 'inline/registries-d/registries.conf.d/10-mirror.conf',
    text: `[[registry]]
prefix = "docker.io"
location = "registry-1.docker.io"

[[registry.mirror]]
location = "cache.lab.example:5000"
insecure = true
`
  },
  {
    path: 'inline/kubernetes/pod.json',
    text: `{
  "apiVersion": "v1",
  "kind": "Pod",
  "metadata": { "name": "json-pod", "namespace": "default" },
  "spec": {
    "hostNetwork": true,
    "containers": [
      {
        "name": "app",
        "image": "nginx:1.27",
        "securityContext": { "privileged": true, "runAsUser": 0 },
        "env": [{ "name": "DB_PASSWORD", "value": "S3cretPassw0rd-prod" }]
      }
    ]
  }
}
`
  },
  {
    path: 'inline/k3s/etc/rancher/k3s/registries.yaml',
    text: `# k3s / RKE2 registries.yaml: containerd's registry model in YAML
mirrors:
  docker.io:
    endpoint:
      - "http://registry.lab.example:5000"
    rewrite:
      "^rancher/(.*)": "mirrorproject/rancher-images/$1"
  "*":
    endpoint: ["https://cache.lab.example"]
configs:
  "registry.lab.example:5000":
    auth: { username: deploy, password: Xk92hQ7vLp3sWm, identity_token: eyJhbGciOi.k3s }
    tls:
      insecure_skip_verify: yes
      ca_file: /etc/ssl/certs/lab-ca.pem
  "*":
    tls: { insecure_skip_verify: true }
`
  },
  {
    path: 'inline/kubernetes/list.yaml',
    text: `apiVersion: v1
kind: List
items:
  - apiVersion: apps/v1
    kind: Deployment
    metadata: { name: web }
    spec:
      selector: { matchLabels: { app: web } }
      template:
        metadata: { labels: { app: web } }
        spec:
          nodeSelector: { kubernetes.io/os: windows }
          containers:
            - name: iis
              image: mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022
              securityContext:
                windowsOptions: { runAsUserName: "ContainerAdministrator", hostProcess: true }
          hostNetwork: true
  - apiVersion: batch/v1
    kind: CronJob
    metadata: { name: backup }
    spec:
      schedule: "0 3 * * *"
      jobTemplate:
        spec:
          template:
            spec:
              restartPolicy: OnFailure
              volumes: [{ name: root, hostPath: { path: / } }]
              containers:
                - name: backup
                  image: registry.lab.example:5000/backup:latest
                  volumeMounts: [{ name: root, mountPath: /host }]
`
  },
  {
    path: 'inline/systemd/docker.service.d/override.conf',
    text: `[Service]
ExecStart=
ExecStart=/usr/bin/dockerd -H fd:// -H tcp://0.0.0.0:2375 --insecure-registry registry.lab.example:5000 \\
  --registry-mirror http://mirror.lab.example:5000
`
  },
  {
    path: 'inline/systemd/docker.service',
    text: `[Unit]
Description=Docker Application Container Engine

[Service]
ExecStart=/usr/bin/dockerd -H tcp://0.0.0.0:2376 --tlsverify=false --insecure-registry=10.1.2.3:5000
`
  },
  {
    path: 'inline/scripts/agent-start.sh',
    text: `#!/bin/sh
# Windows build agents run this through Git Bash.
"C:/Program Files/Docker/dockerd.exe" --register-service -H npipe:// -H tcp://0.0.0.0:2375 \\
  --insecure-registry "registry.lab.example:5000"
exec dockerd --host=tcp://0.0.0.0:2375 "$@"
`
  },
  {
    path: 'inline/workflows/.github/workflows/build.yml',
    text: `name: build
on: [push]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: |
          sudo dockerd --insecure-registry registry.lab.example:5000 -H tcp://0.0.0.0:2375 &
          docker build -t registry.lab.example:5000/app:\${{ github.sha }} .
`
  },
  {
    path: 'inline/docker/daemon.json',
    text: `{
  "insecure-registries": ["registry.lab.example:5000", "10.0.0.0/8"],
  "registry-mirrors": ["http://mirror.lab.example:5000"],
  "hosts": ["tcp://0.0.0.0:2375", "npipe://"],
  "tls": false,
  "allow-nondistributable-artifacts": ["registry.lab.example:5000"]
}
`
  },
  {
    path: 'inline/windows/Dockerfile',
    text: `# escape=\`
FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS build
SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop';"]
ARG NUGET_KEY=oy2mdk4vjf3yq3yx7b2xkq4oxyw5m3ukfq2xiqlhq6kqxa
RUN Invoke-WebRequest -Uri http://downloads.example/tool.zip -OutFile C:\\tool.zip; \`
    Expand-Archive C:\\tool.zip -DestinationPath C:\\tool
RUN net user builder P@ssw0rd-Build-2024 /add ; \`
    net localgroup Administrators builder /add
USER ContainerAdministrator
`
  },
  {
    path: 'inline/heredoc/Dockerfile',
    text: `# syntax=docker/dockerfile:1.7
FROM alpine:3.20
ARG BASE=\${REGISTRY:-docker.io}/library
RUN <<EOF cat > /etc/motd
hello
EOF
COPY <<-"EOT" /app/run.sh
	#!/bin/sh
	exec "$@"
	EOT
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
USER root
`
  }
];

function kindOf(path: string): SeedKind {
  const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  if (base.includes('dockerfile') || base === 'containerfile') return 'dockerfile';
  if (/compose[^/]*\.ya?ml$/.test(base)) return 'compose';
  if (path.includes('kubernetes/')) return 'kubernetes';
  if (path.includes('systemd/')) return 'text-config';
  if (base.endsWith('.json')) return 'json-config';
  if (base.endsWith('.toml') || base.endsWith('.conf')) return 'toml-config';
  return 'text-config';
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(path));
    else if (entry.isFile()) out.push(path);
  }
  return out.sort();
}

/** Loads the seeds from the repository at `root` (examples and fixtures) plus the inline ones. */
export function loadSeedCorpus(root: string): SeedFile[] {
  const seeds: SeedFile[] = [];
  for (const folder of ['examples', 'test/fixtures']) {
    for (const file of listFiles(join(root, folder))) {
      const path = relative(root, file).split('\\').join('/');
      if (path.endsWith('.md') || path.endsWith('expected.json')) continue;
      seeds.push({ path, bytes: readFileSync(file), kind: kindOf(path) });
    }
  }
  for (const seed of INLINE_SEEDS)
    seeds.push({ ...seed, bytes: Buffer.from(seed.text), kind: kindOf(seed.path) });
  return seeds;
}
