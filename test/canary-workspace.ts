/**
 * A repository and a built image with canary secrets planted in every target and form Bulkhead
 * reads (Dockerfile ENV/ARG/RUN; Kubernetes env, Secret `stringData`/`data`, dockerconfigjson,
 * ConfigMap; Compose environment; registry configs; an image's config Env, history and layer
 * files) and in files that fail to parse. See canary-secrets.ts for the secrets themselves.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildImage } from './builders/image-fixture.js';
import { base64, makeCanaries, oneLine, type Canary } from './canary-secrets.js';

export interface CanaryWorkspace {
  dir: string;
  /** The OCI layout directory of the canary image (for `--image`). */
  imageLayout: string;
  canaries: Canary[];
  /** Everything planted, as written (files and the image's config), for the self-check. */
  plantedText: string;
  cleanup(): Promise<void>;
}

/** `"…"` for YAML/TOML/JSON: a JSON string is a valid double-quoted scalar in all three. */
const quoted = (text: string) => JSON.stringify(text);

/** A block scalar under `indent` spaces for a multi-line value, else a quoted scalar. */
function yamlValue(canary: Canary, indent: number): string {
  if (!canary.multiline) return quoted(canary.value);
  const pad = ' '.repeat(indent);
  return `|\n${canary.value
    .trimEnd()
    .split('\n')
    .map(line => pad + line)
    .join('\n')}`;
}

function yamlKey(canary: Canary): string {
  return canary.name.toLowerCase().replace(/_/g, '-');
}

function dockerfile(env: Canary[], args: Canary[], runs: Canary[]): string {
  return [
    'FROM alpine:3.20',
    ...env.map(c => `ENV ${c.name}=${quoted(oneLine(c))}`),
    ...args.map(c => `ARG ${c.name}=${quoted(oneLine(c))}`),
    ...runs.map(c => `RUN ${c.name}=${quoted(oneLine(c))} ./configure --prefix=/opt/app`),
    'USER 10001',
    ''
  ].join('\n');
}

function deployment(env: Canary[]): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  selector:
    matchLabels: { app: api }
  template:
    metadata:
      labels: { app: api }
    spec:
      containers:
        - name: api
          image: ghcr.io/example/api:1.4.2
          env:
${env.map(c => `            - name: ${c.name}\n              value: ${yamlValue(c, 16)}`).join('\n')}
`;
}

function secrets(stringData: Canary[], data: Canary[], dockerAuth: Canary[]): string {
  const auths = Object.fromEntries(
    dockerAuth.map((c, i) => [`registry${i}.example.com`, { auth: base64(`deploy:${oneLine(c)}`) }])
  );
  return `apiVersion: v1
kind: Secret
metadata:
  name: app-secrets
type: Opaque
stringData:
${stringData.map(c => `  ${yamlKey(c)}: ${yamlValue(c, 4)}`).join('\n')}
---
apiVersion: v1
kind: Secret
metadata:
  name: app-secrets-encoded
type: Opaque
data:
${data.map(c => `  ${yamlKey(c)}: ${base64(c.value)}`).join('\n')}
---
apiVersion: v1
kind: Secret
metadata:
  name: pull-secret
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: ${base64(JSON.stringify({ auths }))}
`;
}

function configMap(data: Canary[], embedded: Canary[]): string {
  const properties = embedded.map(c => `${c.name.toLowerCase().replace(/_/g, '.')}=${oneLine(c)}`);
  return `apiVersion: v1
kind: ConfigMap
metadata:
  name: app-config
data:
${data.map(c => `  ${yamlKey(c)}: ${yamlValue(c, 4)}`).join('\n')}
  application.properties: |
    server.port=8080
${properties.map(line => `    ${line}`).join('\n')}
`;
}

function compose(environment: Canary[]): string {
  return `services:
  api:
    image: ghcr.io/example/api:1.4.2
    user: "10001"
    environment:
${environment.map(c => `      ${c.name}: ${yamlValue(c, 8)}`).join('\n')}
`;
}

/** Kinds whose secret can be the password of a URL as it is (no `/`, `+`, `;` or newlines). */
export const URL_SAFE_KINDS = ['url-userinfo', 'github-ghs', 'gitlab', 'jwt', 'slack', 'named'];

/**
 * Registry configs hold a secret in URL userinfo (one endpoint per URL-safe kind) or in an auth
 * field (docker config.json, containerd: one registry per kind, the fields taking turns).
 */
function registryFiles(
  hosts: Canary[],
  registriesConf: Canary[],
  daemon: Canary[],
  clientConfig: Canary[],
  containerd: Canary[]
): Record<string, string> {
  const password = (c: Canary) => c.secrets[0] ?? '';
  const containerdField = (c: Canary, i: number) =>
    [
      `password = ${quoted(oneLine(c))}`,
      `auth = ${quoted(base64(`deploy:${oneLine(c)}`))}`,
      `identitytoken = ${quoted(oneLine(c))}`
    ][i % 3];
  return {
    'etc/containerd/certs.d/docker.io/hosts.toml': `server = "https://registry-1.docker.io"
${hosts
  .map(
    (c, i) => `
[host."http://deploy:${password(c)}@mirror${i}.corp.internal:5000"]
  capabilities = ["pull", "resolve"]
`
  )
  .join('')}`,
    'etc/containers/registries.conf': `unqualified-search-registries = ["docker.io"]
${registriesConf
  .map(
    (c, i) => `
[[registry]]
prefix = "registry${i}.corp.example/team"
location = "deploy:${password(c)}@registry${i}.corp.example/team"
insecure = true
`
  )
  .join('')}`,
    'etc/docker/daemon.json': `${JSON.stringify(
      {
        'registry-mirrors': daemon.map((c, i) => `http://deploy:${password(c)}@mirror${i}.corp.internal:5000`)
      },
      null,
      2
    )}\n`,
    '.docker/config.json': `${JSON.stringify(
      {
        auths: Object.fromEntries(
          clientConfig.map((c, i) => [
            `registry${i}.example.com`,
            i % 2 ? { auth: base64(`deploy:${oneLine(c)}`) } : { identitytoken: oneLine(c) }
          ])
        )
      },
      null,
      2
    )}\n`,
    'etc/containerd/config.toml': `version = 2
${containerd
  .map(
    (c, i) => `
[plugins."io.containerd.grpc.v1.cri".registry.configs."registry${i}.corp.example".auth]
  username = "deploy"
  ${containerdField(c, i)}
`
  )
  .join('')}`
  };
}

/** Files that fail to parse, each with a secret on the line the parser stops at. */
function brokenFiles(
  dockerfileLines: Canary[],
  yamlValues: Canary[],
  toml: Canary,
  json: Canary
): Record<string, string> {
  const files: Record<string, string> = {
    // A `.env` line pasted into a Dockerfile: BuildKit rejects it as an unknown instruction.
    'broken/Dockerfile': [
      'FROM alpine:3.20',
      ...dockerfileLines.map(c => `${c.name}=${oneLine(c)}`),
      ''
    ].join('\n'),
    'broken/hosts/certs.d/ghcr.io/hosts.toml': `[host."https://deploy:${toml.secrets[0]}@mirror.corp.internal"\n  capabilities = ["pull"]\n`,
    'broken/.docker/config.json': `{"auths": {"registry.example.com": {"auth": ${oneLine(json)}}}}\n`
  };
  yamlValues.forEach((c, i) => {
    // Every other file: an unterminated quote; else a nested mapping in a plain scalar.
    const line = i % 2 ? `  ${yamlKey(c)}: "${oneLine(c)}` : `  ${yamlKey(c)}: ${oneLine(c)}: extra`;
    files[`broken/k8s/${c.kind}.yaml`] =
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: broken\nstringData:\n${line}\n`;
    files[`broken/compose-${i}/compose.yaml`] = `services:\n  api:\n    environment:\n  ${line}\n     - [\n`;
  });
  return files;
}

function write(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/** Builds the repository and the OCI layout; every place gets its own canaries. */
export async function createCanaryWorkspace(): Promise<CanaryWorkspace> {
  let seed = 1;
  const canaries: Canary[] = [];
  const plant = (place: string) => {
    const made = makeCanaries(place, seed++);
    canaries.push(...made);
    return made;
  };
  const byKind = (list: Canary[], kind: string) => list.find(c => c.kind === kind) as Canary;

  const dockerfileEnv = plant('dockerfile-env');
  const dockerfileArg = plant('dockerfile-arg');
  const dockerfileRun = plant('dockerfile-run');
  const kubeEnv = plant('kubernetes-env');
  const secretStringData = plant('secret-stringData');
  const secretData = plant('secret-data');
  const dockerConfigJson = plant('dockerconfigjson');
  const configMapData = plant('configmap-data');
  const configMapEmbedded = plant('configmap-properties');
  const composeEnv = plant('compose-environment');
  const hosts = plant('hosts-toml');
  const registriesConf = plant('registries-conf');
  const daemon = plant('daemon-json');
  const clientConfig = plant('docker-config-json');
  const containerd = plant('containerd-auth');
  const imageEnv = plant('image-env');
  const imageHistory = plant('image-history');
  const imageFiles = plant('image-layer-file');
  const brokenDockerfile = plant('broken-dockerfile');
  const brokenYaml = plant('broken-yaml');
  const brokenToml = plant('broken-toml');
  const brokenJson = plant('broken-json');

  // URL userinfo holds only URL-safe secrets: keep only the canaries that are planted there.
  const urlSafe = (list: Canary[]) => list.filter(c => URL_SAFE_KINDS.includes(c.kind));
  const used = new Set<Canary>([
    ...[hosts, registriesConf, daemon].flatMap(urlSafe),
    ...clientConfig,
    ...containerd,
    byKind(brokenToml, 'url-userinfo'),
    byKind(brokenJson, 'github-ghp')
  ]);
  const registryPlaces = new Set([
    'hosts-toml',
    'registries-conf',
    'daemon-json',
    'containerd-auth',
    'broken-toml',
    'broken-json'
  ]);
  const planted = canaries.filter(c => !registryPlaces.has(c.place) || used.has(c));
  // Base64 of a secret is the secret too (Secret `data`, docker `auth`).
  for (const c of secretData) c.secrets.push(base64(c.value));
  for (const c of [...dockerConfigJson, ...clientConfig, ...containerd.filter((_, i) => i % 3 === 1)])
    c.secrets.push(base64(`deploy:${oneLine(c)}`));

  const files: Record<string, string> = {
    'app/Dockerfile': dockerfile(dockerfileEnv, dockerfileArg, dockerfileRun),
    'k8s/deployment.yaml': deployment(kubeEnv),
    'k8s/secrets.yaml': secrets(secretStringData, secretData, dockerConfigJson),
    'k8s/configmap.yaml': configMap(configMapData, configMapEmbedded),
    'compose.yaml': compose(composeEnv),
    ...registryFiles(urlSafe(hosts), urlSafe(registriesConf), urlSafe(daemon), clientConfig, containerd),
    ...brokenFiles(
      brokenDockerfile,
      brokenYaml,
      byKind(brokenToml, 'url-userinfo'),
      byKind(brokenJson, 'github-ghp')
    )
  };
  const dir = mkdtempSync(join(tmpdir(), 'bulkhead-canary-'));
  write(dir, files);

  const config = {
    User: '10001',
    Env: [
      'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      ...imageEnv.map(c => `${c.name}=${oneLine(c)}`)
    ]
  };
  const history = imageHistory.map(c => ({
    created_by: `RUN /bin/sh -c ${c.name}=${quoted(oneLine(c))} ./configure # buildkit`
  }));
  const dotenv = imageFiles.filter(c => !c.multiline).map(c => `${c.name}=${oneLine(c)}`);
  const key = byKind(imageFiles, 'pem');
  const image = await buildImage({
    form: 'oci-layout',
    images: [
      {
        config,
        history,
        layers: [
          {
            entries: [
              { path: 'app/.env', content: `${dotenv.join('\n')}\n` },
              { path: 'root/.ssh/id_ed25519', content: key.value },
              { path: 'app/settings.txt', content: `${dotenv.join('\n')}\n${key.value}` }
            ]
          }
        ],
        tags: ['canary']
      }
    ]
  });
  const plantedText = [
    ...Object.values(files),
    JSON.stringify(config),
    JSON.stringify(history),
    dotenv.join('\n'),
    key.value
  ].join('\n');
  return {
    dir,
    imageLayout: image.path,
    canaries: planted,
    plantedText,
    cleanup: async () => {
      rmSync(dir, { recursive: true, force: true });
      await image.cleanup();
    }
  };
}
