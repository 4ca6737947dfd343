import { InputParseError } from '../../core/errors.js';
import { classifyFile } from '../../engine/classify-file.js';
import { containerdFormat } from './containerd-config.js';
import { kindClusterFormat } from './kind-cluster-config.js';
import { registryFormatOf } from './parse-registry-config.js';

const PATH = 'hack/kind-config.yaml';

/** kind's local-registry recipe (older form): a CRI mirror over HTTP, and TLS checks off for it. */
const PATCH = [
  '[plugins."io.containerd.grpc.v1.cri".registry.mirrors."registry.corp.example:5000"]',
  '  endpoint = ["http://registry.corp.example:5000"]',
  '[plugins."io.containerd.grpc.v1.cri".registry.configs."registry.corp.example:5000".tls]',
  '  insecure_skip_verify = true'
].join('\n');

const cluster = (patches: string[], extra = '') =>
  [
    'kind: Cluster',
    'apiVersion: kind.x-k8s.io/v1alpha4',
    'containerdConfigPatches:',
    ...patches.flatMap(patch => ['  - |-', ...patch.split('\n').map(line => `    ${line}`)]),
    'nodes:',
    '  - role: control-plane',
    extra
  ].join('\n');

const endpoints = (text: string) =>
  kindClusterFormat
    .parse(text, PATH)
    .insecureEndpoints.map(e => [
      e.setting,
      e.registry,
      e.mirrorOf,
      e.key,
      e.region.startLine,
      e.region.startColumn
    ]);

describe('kindClusterFormat', () => {
  it('reads each containerdConfigPatches item as containerd config.toml, at its lines in the kind config', () => {
    const text = cluster([PATCH]);
    expect(registryFormatOf(PATH, text)).toBe(kindClusterFormat);
    expect(classifyFile(PATH, text)).toBe('registry-config');
    expect(endpoints(text)).toEqual([
      ['plain-http', 'registry.corp.example:5000', undefined, 'endpoint', 6, 19],
      ['skip-verify', 'registry.corp.example:5000', undefined, 'insecure_skip_verify', 8, 7]
    ]);
    const lines = text.split('\n');
    expect(lines[5]?.slice(18)).toMatch(/^"http:\/\/registry\.corp\.example:5000"/);
    expect(lines[7]?.slice(6)).toMatch(/^insecure_skip_verify = true/);
    // The same TOML in a config.toml gives the same settings, one patch's lines apart.
    const alone = containerdFormat.parse(PATCH, 'config.toml').insecureEndpoints;
    expect(alone.map(e => [e.setting, e.region.startLine + 4, e.region.startColumn + 4])).toEqual([
      ['plain-http', 6, 19],
      ['skip-verify', 8, 7]
    ]);
  });

  it("reads hostk8s' kind-custom.yaml: a mirror of localhost:5000 served over HTTP by another host", () => {
    const text = `kind: Cluster
apiVersion: kind.x-k8s.io/v1alpha4
name: hostk8s

networking:
  apiServerAddress: "127.0.0.1"

# Configure containerd to use local registry with HTTPS support
containerdConfigPatches:
  - |-
    [plugins."io.containerd.grpc.v1.cri".registry.mirrors."localhost:5000"]
      endpoint = ["http://hostk8s-registry:5000"]

nodes:
  - role: control-plane
    kubeadmConfigPatches:
      - |
        kind: InitConfiguration
        nodeRegistration:
          kubeletExtraArgs:
            node-labels: "ingress-ready=true"
`;
    expect(classifyFile('infra/kubernetes/kind-custom.yaml', text)).toBe('registry-config');
    const document = kindClusterFormat.parse(text, 'infra/kubernetes/kind-custom.yaml');
    expect(
      document.insecureEndpoints.map(e => [e.registry, e.mirrorOf, e.region.startLine, e.lowRisk])
    ).toEqual([['hostk8s-registry:5000', 'localhost:5000', 12, false]]);
    expect(document.configuredRegistries).toEqual(['localhost:5000']);
  });

  it('reads the older v1alpha3 API, several patches, credentials, and a quoted patch at its string', () => {
    const auth = [
      '[plugins."io.containerd.grpc.v1.cri".registry.configs."registry.corp.example".auth]',
      '  username = "ci"',
      '  password = "Tq7mX2vR9kLp4Ws"'
    ].join('\n');
    const text = cluster([PATCH, auth]).replace('kind.x-k8s.io/v1alpha4', 'kind.sigs.k8s.io/v1alpha3');
    const document = kindClusterFormat.parse(text, PATH);
    expect(document.insecureEndpoints).toHaveLength(2);
    expect(document.credentials.map(c => [c.key, c.registry, c.region.startLine])).toEqual([
      ['password', 'registry.corp.example', 12]
    ]);
    const quoted = [
      'kind: Cluster',
      'apiVersion: kind.x-k8s.io/v1alpha4',
      'containerdConfigPatches:',
      '  - "[plugins.\\"io.containerd.grpc.v1.cri\\".registry.mirrors.\\"r.example\\"]\\nendpoint = [\\"http://r.example\\"]"',
      ''
    ].join('\n');
    expect(endpoints(quoted)).toEqual([['plain-http', 'r.example', undefined, 'endpoint', 4, 5]]);
  });

  it("gives nothing for kind's current recipe (config_path to hosts.toml files) or other containerd settings", () => {
    const text = cluster([
      '[plugins."io.containerd.grpc.v1.cri".registry]\n  config_path = "/etc/containerd/certs.d"',
      '[plugins."io.containerd.grpc.v1.cri".containerd]\n  discard_unpacked_layers = false',
      '[plugins."io.containerd.grpc.v1.cri".registry.mirrors."docker.io"]\n  endpoint = ["https://mirror.gcr.io"]'
    ]);
    expect(registryFormatOf(PATH, text)).toBe(kindClusterFormat);
    expect(endpoints(text)).toEqual([]);
  });

  it('leaves kind configs without patches, other kinds and files with Kubernetes objects to the manifest reader', () => {
    const plain = 'kind: Cluster\napiVersion: kind.x-k8s.io/v1alpha4\nnodes:\n  - role: control-plane\n';
    expect(registryFormatOf(PATH, plain)).toBeUndefined();
    // Cluster API's Cluster is no kind config.
    const capi = cluster([PATCH]).replace('kind.x-k8s.io/v1alpha4', 'cluster.x-k8s.io/v1beta1');
    expect(registryFormatOf(PATH, capi)).toBeUndefined();
    expect(classifyFile(PATH, capi)).toBe('kubernetes');
    const withDeployment = `${cluster([PATCH])}\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\n`;
    expect(registryFormatOf(PATH, withDeployment)).toBeUndefined();
    expect(classifyFile(PATH, withDeployment)).toBe('kubernetes');
    expect(registryFormatOf('hack/kind-config.txt', cluster([PATCH]))).toBeUndefined();
  });

  it("gives a TOML error in a patch the kind config's line", () => {
    const text = cluster([
      '[plugins."io.containerd.grpc.v1.cri".registry.mirrors."r.example"]\n  endpoint = = 1'
    ]);
    let error: unknown;
    try {
      kindClusterFormat.parse(text, PATH);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputParseError);
    expect((error as InputParseError).line).toBe(6);
    expect((error as InputParseError).message).toMatch(/^kind containerdConfigPatches: /);
  });
});
