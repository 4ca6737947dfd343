import { EMPTY_REPOSITORY, type RepositoryFacts } from '../core/repository.js';
import { parseManifests } from '../targets/kubernetes/parse-manifests.js';
import { kubernetesModel } from './kubernetes-model.js';

/** The pod OS facts of every pod template of a manifest. */
function podOses(yaml: string, repository: RepositoryFacts = EMPTY_REPOSITORY) {
  return kubernetesModel(parseManifests(yaml), repository).pods.map(({ os }) => ({
    os: os.os,
    declared: os.declared,
    pinned: os.pinned,
    evidence: os.evidence
  }));
}

const pod = (spec: string) => `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n${spec}`;
const app = (image = 'acme/app:1') => `  containers:\n    - name: app\n      image: ${image}\n`;

describe('the pod OS, decided once with its evidence', () => {
  it('takes spec.os.name as authoritative, over a contradicting nodeSelector', () => {
    expect(
      podOses(pod(`  os: {name: windows}\n  nodeSelector: {kubernetes.io/os: linux}\n${app()}`))
    ).toEqual([{ os: 'windows', declared: true, pinned: true, evidence: 'spec.os.name: windows' }]);
  });

  it('reads AKS os-sku node labels: any Windows SKU pins to Windows, Linux SKUs to Linux', () => {
    const oses = ['Windows2019', 'windows2022', 'Windows2025', 'Ubuntu', 'AzureLinux', 'Mystery'].map(
      sku => podOses(pod(`  nodeSelector:\n    kubernetes.azure.com/os-sku: ${sku}\n${app()}`))[0]
    );
    expect(oses.map(o => `${o?.os}/${o?.pinned}`)).toEqual([
      'windows/true',
      'windows/true',
      'windows/true',
      'linux/true',
      'linux/true',
      'unknown/false'
    ]);
    expect(oses[0]?.evidence).toBe('nodeSelector kubernetes.azure.com/os-sku=Windows2019');
  });

  it('reads required node affinity: every ORed term must pin the same OS', () => {
    const affinity = (...terms: string[]) =>
      pod(
        `  affinity:\n    nodeAffinity:\n      requiredDuringSchedulingIgnoredDuringExecution:\n        nodeSelectorTerms:\n${terms
          .map(t => `          - matchExpressions: [${t}]\n`)
          .join('')}${app()}`
      );
    const sku = '{key: kubernetes.azure.com/os-sku, operator: In, values: [Windows2019, Windows2022]}';
    const notWindows = '{key: kubernetes.io/os, operator: NotIn, values: [windows]}';
    const pool = '{key: agentpool, operator: In, values: [win22]}';
    expect(podOses(affinity(sku))[0]).toEqual({
      os: 'windows',
      declared: false,
      pinned: true,
      evidence: 'required node affinity kubernetes.azure.com/os-sku In [Windows2019, Windows2022]'
    });
    expect(podOses(affinity(notWindows))[0]?.os).toBe('linux');
    expect(podOses(affinity(sku, pool))[0]?.os).toBe('unknown');
    expect(podOses(affinity(`${pool}, ${sku}`))[0]?.os).toBe('windows');
  });

  it('takes a RuntimeClass of the scan that schedules to Windows', () => {
    const repository = { ...EMPTY_REPOSITORY, runtimeClasses: new Map([['win-2022', 'windows' as const]]) };
    expect(podOses(pod(`  runtimeClassName: win-2022\n${app()}`), repository)[0]?.evidence).toBe(
      "RuntimeClass 'win-2022' schedules to windows nodes"
    );
  });

  it('makes a pod with windowsOptions (a kustomize patch) Windows but not pinned, unless os.name says Linux', () => {
    const patch = (extra: string) =>
      `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: api}\nspec:\n  template:\n    spec:\n${extra}      securityContext:\n        windowsOptions:\n          runAsUserName: ContainerAdministrator\n      containers:\n        - name: api\n`;
    expect(podOses(patch(''))).toEqual([
      { os: 'windows', declared: false, pinned: false, evidence: 'windowsOptions.runAsUserName is set' }
    ]);
    expect(podOses(patch('      os: {name: linux}\n'))[0]?.os).toBe('linux');
    expect(podOses(patch('      nodeSelector: {kubernetes.io/os: linux}\n'))[0]?.os).toBe('linux');
  });

  it('makes a HostProcess pod Windows, pinned only by its node selection', () => {
    const hostProcess = '  securityContext:\n    windowsOptions: {hostProcess: true}\n  hostNetwork: true\n';
    expect(podOses(pod(`${hostProcess}${app()}`))[0]).toMatchObject({ os: 'windows', pinned: false });
    expect(
      podOses(pod(`${hostProcess}  nodeSelector: {kubernetes.io/os: windows}\n${app()}`))[0]
    ).toMatchObject({ os: 'windows', pinned: true });
  });

  it('makes an unpinned pod with a Windows image Windows, unless another image is known Linux', () => {
    expect(podOses(pod(app('mcr.microsoft.com/windows/servercore:ltsc2022')))[0]).toEqual({
      os: 'windows',
      declared: false,
      pinned: false,
      evidence: "image 'mcr.microsoft.com/windows/servercore:ltsc2022' is a Windows image"
    });
    const mixed = `${app('mcr.microsoft.com/windows/nanoserver:ltsc2022')}    - name: sidecar\n      image: bitnami/redis:7.4\n`;
    expect(podOses(pod(mixed))[0]?.os).toBe('unknown');
    expect(podOses(pod(app('nginx:1.27')))[0]).toMatchObject({
      os: 'unknown',
      evidence: 'nothing pins it to an OS'
    });
  });

  it('gives every pod its SARIF properties and every container its effective security context and user', () => {
    const [model] = kubernetesModel(
      parseManifests(
        pod(
          '  nodeSelector: {kubernetes.io/os: linux}\n  securityContext: {runAsUser: 0, runAsNonRoot: false}\n  containers:\n    - name: a\n      image: gcr.io/distroless/static:nonroot\n      securityContext: {runAsUser: 1000, privileged: null}\n    - name: b\n      image: gcr.io/distroless/static:nonroot\n'
        )
      ),
      EMPTY_REPOSITORY
    ).pods;
    expect(model?.properties).toEqual({
      podOs: 'linux',
      podOsEvidence: 'nodeSelector kubernetes.io/os=linux'
    });
    const [a, b] = model?.containers ?? [];
    expect(a?.security.runAsUser).toMatchObject({ level: 'container' });
    expect(a?.security.privileged).toBeUndefined();
    expect(a?.runAs).toMatchObject({ how: 'runAsUser', uid: 1000 });
    expect(a?.admin).toBeUndefined();
    expect(b?.runAs).toMatchObject({ how: 'runAsUser', uid: 0 });
    expect(b?.admin).toEqual({ user: 'root', reason: "set by 'runAsUser: 0'" });
    expect(b?.imageFacts).toMatchObject({ windowsByName: false, os: 'linux', user: { user: '65532' } });
  });

  it('computes the facts once, on first read', () => {
    const model = kubernetesModel(parseManifests(pod(app())), EMPTY_REPOSITORY);
    expect(model.pods).toBe(model.pods);
  });
});
