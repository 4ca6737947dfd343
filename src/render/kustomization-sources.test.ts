import { imageEntries, inAppliedOrder, patchSources } from './kustomization-sources.js';

const KUSTOMIZATION = `resources:
- ../base
images:
- name: nginx
  newTag: latest
- name: quay.io/argoproj/argocd
  newName: argocd-job
patches:
- path: replicas.yaml
- target:
    kind: Deployment
    name: web
  patch: |-
    - op: add
      path: /spec/template/spec/hostNetwork
      value: true
patchesStrategicMerge:
- memory.yaml
`;

const FILES: Record<string, string> = {
  'overlay/kustomization.yaml': KUSTOMIZATION,
  'overlay/replicas.yaml': 'kind: Deployment\n',
  'overlay/memory.yaml': 'kind: Deployment\n'
};
const read = (path: string) => FILES[path];

describe('patchSources', () => {
  it('lists patch files and inline patches, each with the line its text starts at', () => {
    expect(patchSources('overlay/kustomization.yaml', read)).toEqual([
      { file: 'overlay/replicas.yaml', text: 'kind: Deployment\n', firstLine: 1, field: 'patches' },
      {
        file: 'overlay/kustomization.yaml',
        text: '- op: add\n  path: /spec/template/spec/hostNetwork\n  value: true',
        firstLine: 14,
        target: { kind: 'Deployment', name: 'web' },
        field: 'patches'
      },
      {
        file: 'overlay/memory.yaml',
        text: 'kind: Deployment\n',
        firstLine: 1,
        field: 'patchesStrategicMerge'
      }
    ]);
    expect(KUSTOMIZATION.split('\n')[13]).toBe('    - op: add');
  });

  it('orders them as kustomize applies them: patchesStrategicMerge, patches, then patchesJson6902', () => {
    const files: Record<string, string> = {
      'k/kustomization.yaml':
        'patchesJson6902:\n- path: json.yaml\n  target: {kind: Deployment}\npatches:\n- path: a.yaml\n- path: b.yaml\npatchesStrategicMerge:\n- smp.yaml\n',
      'k/json.yaml': '[]',
      'k/a.yaml': 'kind: Deployment\n',
      'k/b.yaml': 'kind: Deployment\n',
      'k/smp.yaml': 'kind: Deployment\n'
    };
    const sources = patchSources('k/kustomization.yaml', path => files[path]);
    expect(sources.map(s => s.file)).toEqual(['k/a.yaml', 'k/b.yaml', 'k/json.yaml', 'k/smp.yaml']);
    expect(inAppliedOrder(sources).map(s => s.file)).toEqual([
      'k/smp.yaml',
      'k/a.yaml',
      'k/b.yaml',
      'k/json.yaml'
    ]);
  });

  it('has nothing for a missing or broken kustomization', () => {
    expect(patchSources('none/kustomization.yaml', read)).toEqual([]);
    expect(patchSources('x', () => 'patches: [\n')).toEqual([]);
  });
});

describe('imageEntries', () => {
  it('gives each images entry with the lines of the fields it sets', () => {
    expect(imageEntries('overlay/kustomization.yaml', read)).toEqual([
      { name: 'nginx', lines: { name: 4, newTag: 5 } },
      { name: 'quay.io/argoproj/argocd', newName: 'argocd-job', lines: { name: 6, newName: 7 } }
    ]);
  });
});
