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

  it('takes an indexed item for the rendered one of its name, in the object as the patch found it', () => {
    // kustomize's strategic merge, after the JSON patch, moved `side` first: `app` renders second.
    const rendered = ['side', 'app'];
    const search = { itemName: (index: number) => (index === 4 ? rendered[1] : undefined) };
    const before = { spec: { template: { spec: { containers: [{ name: 'app' }, { name: 'side' }] } } } };
    const patch =
      '- op: add\n  path: /spec/template/spec/containers/0/securityContext\n  value:\n    privileged: true\n';
    const privileged = ['spec', 'template', 'spec', 'containers', 1, 'securityContext', 'privileged'];
    const onFirst = ['spec', 'template', 'spec', 'containers', 0, 'securityContext', 'privileged'];
    expect(findInPatch(patch, privileged, search, before)).toEqual({ matched: 7, line: 4, value: true });
    // The item the index meant is `app`: `side` at index 0 of the render is not it.
    const onSide = { itemName: (index: number) => (index === 4 ? 'side' : undefined) };
    expect(findInPatch(patch, onFirst, onSide, before)).toBeUndefined();
    // Without the object's state or names, the index decides, as before.
    expect(findInPatch(patch, onFirst)?.matched).toBe(7);
    expect(findInPatch(patch, privileged, search)).toBeUndefined();
  });

  it("follows the patch's own operations, and takes a container it writes by the name it gives", () => {
    const before = { spec: { containers: [{ name: 'app' }] } };
    const patch = `- op: add
  path: /spec/containers/0
  value:
    name: init
- op: replace
  path: /spec/containers/1/image
  value: nginx:latest
- op: add
  path: /spec/containers/-
  value:
    name: sidecar
    securityContext:
      privileged: true
`;
    const named = (name: string) => ({ itemName: (index: number) => (index === 2 ? name : undefined) });
    // After the first operation, index 1 is `app`.
    expect(findInPatch(patch, ['spec', 'containers', 1, 'image'], named('app'), before)?.line).toBe(7);
    expect(findInPatch(patch, ['spec', 'containers', 1, 'image'], named('init'), before)?.matched).toBe(3);
    const privileged = ['spec', 'containers', 2, 'securityContext', 'privileged'];
    expect(findInPatch(patch, privileged, named('sidecar'), before)?.line).toBe(13);
    expect(findInPatch(patch, privileged, named('app'))?.matched ?? 0).toBeLessThan(3);
  });
});
