import { findInPatch } from './json6902-patch.js';

const OPS = `- op: replace
  path: /spec/template/spec/containers/0/image
  value: argocd-job
- op: remove
  path: /spec/template/spec/containers/0/securityContext
- op: add
  path: /spec/template/spec/containers/-
  value:
    name: sidecar
    securityContext:
      privileged: true
- op: add
  path: /metadata/annotations/example.com~1team
  value: web
`;

describe('findInPatch', () => {
  it('finds a key a JSON patch writes, at its value or inside it', () => {
    const image = ['spec', 'template', 'spec', 'containers', 0, 'image'];
    expect(findInPatch(OPS, image)).toEqual({ matched: 6, line: 3, value: 'argocd-job' });
    const privileged = ['spec', 'template', 'spec', 'containers', 1, 'securityContext', 'privileged'];
    expect(findInPatch(OPS, privileged)).toEqual({ matched: 7, line: 11, value: true });
    expect(findInPatch(OPS, ['metadata', 'annotations', 'example.com/team'])?.line).toBe(14);
  });

  it('takes no removal and no other path for the key', () => {
    const removed = ['spec', 'template', 'spec', 'containers', 0, 'securityContext', 'runAsUser'];
    expect(findInPatch(OPS, removed)?.matched ?? 0).toBeLessThan(removed.length);
    expect(findInPatch(OPS, ['spec', 'replicas'])).toBeUndefined();
  });

  it('reads any other patch as YAML (a strategic merge patch)', () => {
    const patch = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n';
    expect(findInPatch(patch, ['spec', 'replicas'], { kind: 'Deployment', name: 'web' })).toEqual({
      matched: 2,
      line: 6,
      value: 3
    });
    expect(findInPatch('- a\n- b\n', ['spec'])).toBeUndefined();
  });
});
