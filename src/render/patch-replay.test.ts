import type { PatchSource } from './kustomization-sources.js';
import { applyOp, patchDocument, patchKey, statesBeforePatches, strategicMerge } from './patch-replay.js';

const pod = (...names: string[]) => ({
  kind: 'Deployment',
  metadata: { name: 'app' },
  spec: { template: { spec: { containers: names.map(name => ({ name, image: `${name}:1` })) } } }
});
const names = (state: unknown) =>
  (state as ReturnType<typeof pod>).spec.template.spec.containers.map(c => c.name);
const smp = (containers: string) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\nspec:\n  template:\n    spec:\n      containers:\n${containers}`;
const source = (file: string, text: string, target = false): PatchSource => ({
  file,
  text,
  firstLine: 1,
  field: 'patches',
  ...(target ? { target: { kind: 'Deployment' } } : {})
});

describe('strategicMerge', () => {
  it("puts the patch's items first, in its order, then the others, as kustomize does", () => {
    const patch = { spec: { template: { spec: { containers: [{ name: 'new' }, { name: 'c', env: [] }] } } } };
    expect(names(strategicMerge(pod('a', 'b', 'c'), patch))).toEqual(['new', 'c', 'a', 'b']);
    const merged = strategicMerge(pod('a', 'b', 'c'), patch) as ReturnType<typeof pod>;
    expect(merged.spec.template.spec.containers[1]).toEqual({ name: 'c', image: 'c:1', env: [] });
  });

  it('drops an item a `$patch: delete` names and a key set to null; replaces a list without keys', () => {
    const deleted = { spec: { template: { spec: { containers: [{ name: 'b', $patch: 'delete' }] } } } };
    expect(names(strategicMerge(pod('a', 'b', 'c'), deleted))).toEqual(['a', 'c']);
    expect(strategicMerge({ a: 1, b: { c: 2 } }, { b: null })).toEqual({ a: 1 });
    expect(strategicMerge({ args: ['--a', '--b'] }, { args: ['--c'] })).toEqual({ args: ['--c'] });
  });

  it('gives up on directives it does not replay', () => {
    expect(() => strategicMerge(pod('a'), { spec: { $setElementOrder: [] } })).toThrow();
  });
});

describe('applyOp', () => {
  it('adds, replaces, removes, moves and copies as RFC 6902 says, leaving the input as it is', () => {
    const before = pod('a', 'b');
    const added = applyOp(before, {
      op: 'add',
      path: '/spec/template/spec/containers/0',
      value: { name: 'z' }
    });
    expect(names(added)).toEqual(['z', 'a', 'b']);
    expect(names(before)).toEqual(['a', 'b']);
    const appended = applyOp(before, {
      op: 'add',
      path: '/spec/template/spec/containers/-',
      value: { name: 'z' }
    });
    expect(names(appended)).toEqual(['a', 'b', 'z']);
    expect(names(applyOp(before, { op: 'remove', path: '/spec/template/spec/containers/0' }))).toEqual(['b']);
    const moved = applyOp(before, {
      op: 'move',
      from: '/spec/template/spec/containers/1',
      path: '/spec/template/spec/containers/0'
    });
    expect(names(moved)).toEqual(['b', 'a']);
    expect(() =>
      applyOp(before, { op: 'replace', path: '/spec/template/spec/containers/5/image', value: 'x' })
    ).toThrow();
  });
});

describe('statesBeforePatches', () => {
  it('gives each patch the object as the patches before it left it, until one it cannot follow', () => {
    const json = source(
      'priv.yaml',
      '- op: add\n  path: /spec/template/spec/containers/0/securityContext\n  value: {privileged: true}\n',
      true
    );
    const moves = source('side.yaml', smp('      - name: side\n        env: []\n'));
    const odd = source('odd.yaml', smp('      - name: app\n') + '  $retainKeys: [template]\n');
    const last = source('last.yaml', smp('      - name: app\n'));
    const states = statesBeforePatches(pod('app', 'side'), [moves, json, odd, last], {
      kind: 'Deployment',
      name: 'app'
    });
    expect(names(states.get(patchKey(moves)))).toEqual(['app', 'side']);
    expect(names(states.get(patchKey(json)))).toEqual(['side', 'app']);
    expect(names(states.get(patchKey(odd)))).toEqual(['side', 'app']);
    expect(states.has(patchKey(last))).toBe(false);
  });
});

describe('patchDocument', () => {
  it('takes the document of the kind and name the rendered object has (a namePrefix before it)', () => {
    const text =
      'kind: Service\nmetadata: {name: web}\n---\nkind: Deployment\nmetadata: {name: web}\n---\nkind: Deployment\nmetadata: {name: web-admin}\n';
    expect(patchDocument(text, { kind: 'Deployment', name: 'prod-web' })).toEqual({
      kind: 'Deployment',
      metadata: { name: 'web' }
    });
    expect(patchDocument(text, { kind: 'Deployment', name: 'other' })).toBeUndefined();
  });
});
