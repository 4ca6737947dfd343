import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scan } from '../../src/engine/scan.js';

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'bulkhead-registry-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const DEPLOYMENT = (image: string) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: tool\nspec:\n  template:\n    spec:\n      containers:\n        - name: tool\n          image: ${image}\n`;

describe('registry configuration across the repository', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach(dir => rmSync(dir, { recursive: true, force: true })));

  it('reports BH401 on a manifest pulling from a registry daemon.json marks insecure, with the config as related location', async () => {
    const dir = repo({
      'hosts/docker/daemon.json': '{\n  "insecure-registries": ["registry.lab.example:5000"]\n}\n',
      'deploy/tool.yaml': DEPLOYMENT('registry.lab.example:5000/team/tool:1.0'),
      'deploy/other.yaml': DEPLOYMENT('ghcr.io/team/tool:1.0')
    });
    dirs.push(dir);
    const { result } = await scan({ paths: [dir], cwd: dir });
    const bh401 = result.findings.filter(f => f.ruleId === 'BH401');
    expect(bh401.map(f => `${f.location.file}:${f.location.region.startLine}`)).toEqual([
      'deploy/tool.yaml:10'
    ]);
    expect(bh401[0]?.relatedLocations?.[0]).toMatchObject({
      file: 'hosts/docker/daemon.json',
      region: { startLine: 2 }
    });
    expect(
      result.findings.filter(f => f.location.file === 'hosts/docker/daemon.json').map(f => f.ruleId)
    ).toEqual(['BH802']);
  });

  it('reads a daemon.json kept under another name (kubespray contrib/offline/docker-daemon.json)', async () => {
    const dir = repo({
      'contrib/offline/docker-daemon.json': '{ "insecure-registries":["registry.lab.example:5000"] }\n',
      'renovate/docker.json': '{ "extends": ["docker:pinDigests"], "packageRules": [] }\n',
      'packer/docker.json': '{ "builders": [{ "type": "docker", "image": "ubuntu:22.04" }] }\n',
      'deploy/tool.yaml': DEPLOYMENT('registry.lab.example:5000/team/tool:1.0')
    });
    dirs.push(dir);
    const { result } = await scan({ paths: [dir], cwd: dir });
    const registryFindings = result.findings.filter(f => /^BH(401|8)/.test(f.ruleId));
    expect(
      registryFindings.map(f => `${f.ruleId} ${f.location.file}:${f.location.region.startLine}`).sort()
    ).toEqual(['BH401 deploy/tool.yaml:10', 'BH802 contrib/offline/docker-daemon.json:1']);
  });

  it("reads a kind Cluster's containerdConfigPatches as containerd config: BH801/BH802 at the patch lines, BH401 on the pod", async () => {
    const dir = repo({
      'hack/kind-config.yaml': [
        'kind: Cluster',
        'apiVersion: kind.x-k8s.io/v1alpha4',
        'containerdConfigPatches:',
        '  - |-',
        '    [plugins."io.containerd.grpc.v1.cri".registry.mirrors."registry.lab.example:5000"]',
        '      endpoint = ["http://registry.lab.example:5000"]',
        '    [plugins."io.containerd.grpc.v1.cri".registry.configs."registry.lab.example:5000".tls]',
        '      insecure_skip_verify = true',
        ''
      ].join('\n'),
      // kind's current recipe only points containerd at hosts.toml files: nothing to report in it.
      'hack/kind-certs-d.yaml':
        'kind: Cluster\napiVersion: kind.x-k8s.io/v1alpha4\ncontainerdConfigPatches:\n- |-\n  [plugins."io.containerd.grpc.v1.cri".registry]\n    config_path = "/etc/containerd/certs.d"\n',
      'deploy/tool.yaml': DEPLOYMENT('registry.lab.example:5000/team/tool:1.0'),
      'deploy/other.yaml': DEPLOYMENT('ghcr.io/team/tool:1.0')
    });
    dirs.push(dir);
    const { result } = await scan({ paths: [dir], cwd: dir });
    const registryFindings = result.findings.filter(f => /^BH(401|8)/.test(f.ruleId));
    expect(
      registryFindings.map(f => `${f.ruleId} ${f.location.file}:${f.location.region.startLine}`).sort()
    ).toEqual([
      'BH401 deploy/tool.yaml:10',
      'BH801 hack/kind-config.yaml:6',
      'BH802 hack/kind-config.yaml:8'
    ]);
    expect(result.findings.filter(f => f.location.file === 'hack/kind-certs-d.yaml')).toEqual([]);
  });

  it('reads registries.conf content in a .toml file and a registries.fedora copy, and no Cargo or Python TOML', async () => {
    const v1 =
      "[registries.search]\nregistries = ['registry.lab.example']\n\n[registries.insecure]\nregistries = ['registry.lab.example:5000']\n";
    const dir = repo({
      'test/test0.toml': v1,
      'registries.fedora': v1,
      '.cargo/config.toml': '[registries.search]\nindex = "sparse+https://cargo.lab.example/index/"\n',
      'pyproject.toml':
        '[project]\nname = "registries"\n[[tool.uv.index]]\nurl = "http://pypi.lab.example/simple"\n',
      'deploy/tool.yaml': DEPLOYMENT('registry.lab.example:5000/team/tool:1.0')
    });
    dirs.push(dir);
    const { result } = await scan({ paths: [dir], cwd: dir });
    const registryFindings = result.findings.filter(f => /^BH(401|8)/.test(f.ruleId));
    expect(
      registryFindings.map(f => `${f.ruleId} ${f.location.file}:${f.location.region.startLine}`).sort()
    ).toEqual(['BH401 deploy/tool.yaml:10', 'BH802 registries.fedora:5', 'BH802 test/test0.toml:5']);
    expect(result.findings.filter(f => /cargo|pyproject/.test(f.location.file))).toEqual([]);
  });

  it('gives nothing for generic config.toml and config.json files', async () => {
    const dir = repo({
      'site/config.toml':
        'baseURL = "https://example.org/"\ntitle = "My site"\n[params]\n  insecure = true\n[markup.goldmark.renderer]\n  unsafe = true\n',
      'tool/config.toml': '[server]\nhttp = true\ninsecure_skip_verify = true\n',
      '.vscode/settings.json': '{ "http.proxyStrictSSL": false, "editor.tabSize": 2 }\n',
      'app/config.json': '{ "server": "http://localhost:8080", "password": "changeme" }\n',
      'package.json': '{ "name": "x", "version": "1.0.0" }\n'
    });
    dirs.push(dir);
    const { result } = await scan({ paths: [dir], cwd: dir });
    expect(result.findings).toEqual([]);
    expect(result.files).toEqual([]);
  });
});
