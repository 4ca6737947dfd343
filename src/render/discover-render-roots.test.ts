import { discoverRenderRoots, readKustomization } from './discover-render-roots.js';

describe('discoverRenderRoots', () => {
  it('finds charts and kustomize overlays, not subcharts and not bases or components used by an overlay', () => {
    const texts: Record<string, string> = {
      'deploy/base/kustomization.yaml': 'resources:\n  - deployment.yaml\n',
      'deploy/components/tls/kustomization.yaml': 'kind: Component\n',
      'deploy/overlays/prod/kustomization.yaml':
        'resources:\n  - ../../base\n  - https://github.com/org/repo//config?ref=v1\ncomponents:\n  - ../../components/tls\n',
      'deploy/overlays/win/Kustomization': 'bases:\n  - ../../base/\n',
      'tools/kustomization.yml': 'resources: [job.yaml]\n'
    };
    const files = [
      'charts/app/Chart.yaml',
      'charts/app/charts/redis/Chart.yaml',
      'charts/app/charts/redis/charts/common/Chart.yaml',
      'charts/app/templates/deployment.yaml',
      'charts/other/Chart.yaml',
      ...Object.keys(texts)
    ];
    const roots = discoverRenderRoots(files, path => texts[path]);
    expect(roots.map(r => `${r.kind} ${r.dir} ${r.file}`)).toEqual([
      'helm charts/app charts/app/Chart.yaml',
      'helm charts/other charts/other/Chart.yaml',
      'kustomize deploy/overlays/prod deploy/overlays/prod/kustomization.yaml',
      'kustomize deploy/overlays/win deploy/overlays/win/Kustomization',
      'kustomize tools tools/kustomization.yml'
    ]);
  });

  it('never renders a library chart on its own: the charts that depend on it render its templates (rook)', () => {
    const texts: Record<string, string> = {
      'charts/library/Chart.yaml': 'apiVersion: v2\nname: library\ntype: library\nversion: 0.0.1\n',
      'charts/app/Chart.yaml':
        'apiVersion: v2\nname: app\ntype: application # the default\nversion: 1.0.0\ndependencies:\n  - name: library\n    repository: file://../library\n'
    };
    const roots = discoverRenderRoots(Object.keys(texts), path => texts[path]);
    expect(roots.map(r => r.dir)).toEqual(['charts/app']);
  });

  it('treats the charts/ of a chart at the top as its subcharts', () => {
    const roots = discoverRenderRoots(['Chart.yaml', 'charts/common/Chart.yaml'], () => undefined);
    expect(roots).toEqual([{ kind: 'helm', dir: '.', file: 'Chart.yaml' }]);
  });

  it('never renders a Component on its own, even one no kustomization lists (Kubeflow manifests)', () => {
    const texts: Record<string, string> = {
      'kserve/components/common/kustomization.yaml':
        'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\nlabels:\n  - pairs: {app: models}\n',
      'kserve/base/kustomization.yaml': 'kind: Kustomization\nresources: [deployment.yaml]\n'
    };
    expect(discoverRenderRoots(Object.keys(texts), path => texts[path])).toEqual([
      { kind: 'kustomize', dir: 'kserve/base', file: 'kserve/base/kustomization.yaml' }
    ]);
  });

  it('renders a kustomization nobody references even when its text cannot be read', () => {
    expect(discoverRenderRoots(['k/kustomization.yaml'], () => undefined)).toEqual([
      { kind: 'kustomize', dir: 'k', file: 'k/kustomization.yaml' }
    ]);
  });
});

describe('readKustomization', () => {
  it('reads the patch files a kustomization names, a bare name under patches included (argocd-example-apps)', () => {
    const text = [
      'resources: [./all.yaml]',
      'patches:',
      '  - path: patch-a.yaml',
      '  - overlays/guestbook-deployment.yaml',
      '  - patch: |-',
      '      - op: remove',
      '        path: /spec/replicas',
      'patchesStrategicMerge:',
      '  - patch-b.yaml',
      'patchesJson6902:',
      '  - path: ops.yaml',
      '    target: {kind: Deployment, name: web}',
      ''
    ].join('\n');
    expect(readKustomization(text)).toEqual({
      references: ['./all.yaml'],
      patches: ['patch-a.yaml', 'overlays/guestbook-deployment.yaml', 'ops.yaml', 'patch-b.yaml']
    });
  });
});
