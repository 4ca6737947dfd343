import type { RenderRoot } from './discover-render-roots.js';
import { fallbackSentence, KustomizationGraph } from './fallback-roots.js';

const graphOf = (texts: Record<string, string>) =>
  new KustomizationGraph([...Object.keys(texts), 'apps/b/deploy.yaml'], path => texts[path]);

describe('KustomizationGraph', () => {
  const texts: Record<string, string> = {
    'apps/kustomization.yaml':
      'resources:\n  - b\n  - c/\n  - https://raw.githubusercontent.com/x/y/main/dash.json\ncomponents:\n  - ../components/tls\n',
    'apps/b/kustomization.yaml': 'resources:\n  - deploy.yaml\n  - ../c\n',
    'apps/c/Kustomization': 'resources: [d]\n',
    'apps/c/d/kustomization.yml': 'namespace: d\n',
    'components/tls/kustomization.yaml': 'kind: Component\nresources:\n  - ../../certs\n',
    'certs/kustomization.yaml': 'resources: []\n'
  };

  it('reaches every kustomization a root uses, through components, and no file or remote entry', () => {
    expect([...graphOf(texts).usedBy(['apps'])].sort()).toEqual([
      'apps/b',
      'apps/c',
      'apps/c/d',
      'certs',
      'components/tls'
    ]);
    expect([...graphOf(texts).usedBy(['apps/c/d'])]).toEqual([]);
  });

  it("offers a failed root's kustomizations with their files, in order, through a Component, never one already covered or tried", () => {
    const graph = graphOf(texts);
    const dirs = (roots: RenderRoot[]) => roots.map(root => `${root.dir} ${root.file}`);
    expect(dirs(graph.fallbacksOf('apps', new Set(), new Set()))).toEqual([
      'apps/b apps/b/kustomization.yaml',
      'apps/c apps/c/Kustomization',
      'certs certs/kustomization.yaml'
    ]);
    expect(dirs(graph.fallbacksOf('apps', new Set(['apps/c']), new Set(['certs'])))).toEqual([
      'apps/b apps/b/kustomization.yaml'
    ]);
    // A kustomization that uses only files, or that is unknown, has nothing to fall back to.
    expect(graph.fallbacksOf('apps/c/d', new Set(), new Set())).toEqual([]);
    expect(graph.fallbacksOf('elsewhere', new Set(), new Set())).toEqual([]);
  });

  it('stops at a cycle of kustomizations', () => {
    const graph = graphOf({
      'a/kustomization.yaml': 'resources: [../b]\n',
      'b/kustomization.yaml': 'resources: [../a]\n'
    });
    expect([...graph.usedBy(['a'])].sort()).toEqual(['a', 'b']);
    expect(graph.fallbacksOf('a', new Set(), new Set()).map(root => root.dir)).toEqual(['b']);
  });
});

describe('KustomizationGraph.unrenderedFiles', () => {
  const texts: Record<string, string> = {
    'apps/kustomization.yaml': 'kind: Kustomization\nresources:\n  - ns.yaml\n  - b\n  - c\n',
    'apps/b/kustomization.yaml': 'resources: [deploy.yaml]\n',
    'apps/c/kustomization.yaml': 'namePrefix: c-\nresources: [../b, job.yaml]\n',
    'team/kustomization.yaml': 'namePrefix: team-\nresources: [../apps/b]\n'
  };
  const files = new Set([...Object.keys(texts), 'apps/ns.yaml', 'apps/b/deploy.yaml', 'apps/c/job.yaml']);
  const graph = new KustomizationGraph([...files], path => texts[path]);
  const unrendered = (dir: string, alone: string[]) =>
    [...graph.unrenderedFiles(dir, files, path => texts[path], new Set(alone))].sort();

  it("leaves out what a listing-only root's kustomizations rendered on their own deploy, not what another one of them changes", () => {
    expect(unrendered('apps', [])).toEqual(['apps/b/deploy.yaml', 'apps/c/job.yaml', 'apps/ns.yaml']);
    // `c` prefixes what it takes of `b`: `b`'s file stays unknown through `c` until `c` is accounted for too.
    expect(unrendered('apps', ['apps/b'])).toEqual(['apps/b/deploy.yaml', 'apps/c/job.yaml', 'apps/ns.yaml']);
    expect(unrendered('apps', ['apps/b', 'apps/c'])).toEqual(['apps/ns.yaml']);
  });

  it('keeps every file of a root that changes what it lists', () => {
    expect(unrendered('team', ['apps/b'])).toEqual(['apps/b/deploy.yaml']);
  });
});

describe('fallbackSentence', () => {
  const roots = (...dirs: string[]): RenderRoot[] =>
    dirs.map(dir => ({ kind: 'kustomize', dir, file: `${dir}/kustomization.yaml` }));

  it('names one, a few, or the first three and how many more', () => {
    expect(fallbackSentence(roots('apps/b'))).toBe("'apps/b', which it uses, was rendered on its own.");
    expect(fallbackSentence(roots('a', 'b', 'c'))).toBe(
      "3 kustomizations it uses were rendered on their own: 'a', 'b' and 'c'."
    );
    expect(fallbackSentence(roots('a', 'b', 'c', 'd', 'e'))).toBe(
      "5 kustomizations it uses were rendered on their own: 'a', 'b', 'c' and 2 more."
    );
  });
});
