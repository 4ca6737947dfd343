import { InputParseError } from '../../core/errors.js';
import { parseManifests, unreadKindsLeftUnparsed } from './parse-manifests.js';

/** An operator bundle as kubebuilder writes it: the CRD, then the operator that serves it. */
const CRD = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: backups.stash.example.io
spec:
  group: stash.example.io
  names:
    kind: Backup
    plural: backups
  scope: Namespaced
  versions:
  - name: v1
    schema:
      openAPIV3Schema:
        properties:
          schedule:
            description: Cron schedule of the backup.
            type: string
        type: object
    served: true
    storage: true`;
const OPERATOR = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: stash-operator
spec:
  template:
    spec:
      containers:
      - name: operator
        image: ghcr.io/stash/operator:v0.9.1`;
const BUNDLE = `${CRD}\n---\n${OPERATOR}\n`;

function parsedBothWays(text: string) {
  unreadKindsLeftUnparsed.on = false;
  try {
    return {
      whole: parseManifests(text),
      skipping: ((unreadKindsLeftUnparsed.on = true), parseManifests(text))
    };
  } finally {
    unreadKindsLeftUnparsed.on = true;
  }
}

/** A parse error's message and position, or the error thrown otherwise. */
function parseError(text: string): unknown {
  try {
    parseManifests(text);
  } catch (error) {
    return error instanceof InputParseError ? `${error.line}:${error.column} ${error.message}` : error;
  }
  return undefined;
}

describe('parseManifests and documents no rule reads', () => {
  it('leaves a proven-valid CRD unparsed and reads the rest at the same places', () => {
    const { whole, skipping } = parsedBothWays(BUNDLE);
    expect(whole.objects.map(o => o.kind)).toEqual(['CustomResourceDefinition', 'Deployment']);
    expect(skipping.objects.map(o => o.kind)).toEqual(['Deployment']);
    expect(skipping.text).toBe(BUNDLE);
    const where = (d: typeof whole) =>
      d.workloads.flatMap(w => w.containers.map(c => [c.region, c.image?.region, c.image?.raw]));
    expect(where(skipping)).toEqual(where(whole));
    expect(where(skipping)[0]?.[0]).toMatchObject({ startLine: 31 });
  });

  it('parses a CRD with a syntax error, so it is still BH000 at the same place, and reads the operator', () => {
    // One space too few before `type`: kubectl rejects that document too.
    const broken = BUNDLE.replace('            type: string', '           type: string');
    const { whole, skipping } = parsedBothWays(broken);
    expect(whole.problems).toEqual([
      {
        message: 'Invalid YAML: All mapping items must start at the same column',
        region: { startLine: 18, startColumn: 1, endLine: 18, endColumn: 2 },
        syntax: true
      }
    ]);
    expect(skipping.problems).toEqual(whole.problems);
    expect(skipping.workloads.map(w => [w.object.name, w.containers[0]?.region.startLine])).toEqual([
      ['stash-operator', 31]
    ]);
    // Alone, the CRD is a file without any valid document: one parse error, thrown.
    const crd = broken.split('---\n')[0] ?? '';
    expect(parseError(crd)).toBe('18:1 Invalid YAML: All mapping items must start at the same column');
  });

  it('reads a CRD whose quoted description goes on at its key column, as kubectl does (OpenTelemetry operator bundle)', () => {
    // go-yaml takes a quoted scalar's continuation lines at any indentation; the repair that reads them
    // needs the whole syntax tree, with the entries no rule reads still in it.
    const crd = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: instrumentations.opentelemetry.io
spec:
  group: opentelemetry.io
  description: 'Attrs defines Apache HTTPD agent specific attributes.
  The precedence is: agent default attributes.'
`;
    expect(parseError(crd)).toBeUndefined();
    expect(parseManifests(crd).objects.map(o => o.kind)).toEqual(['CustomResourceDefinition']);
  });

  it('parses a bundle whole when an object has an ignore annotation (it covers raw-text findings)', () => {
    const annotated = BUNDLE.replace(
      '  name: backups.stash.example.io',
      '  name: backups.stash.example.io\n  annotations:\n    bulkhead.io/ignore: BH207'
    );
    expect(parseManifests(annotated).objects.map(o => o.kind)).toEqual([
      'CustomResourceDefinition',
      'Deployment'
    ]);
  });

  it('parses documents it cannot prove valid: a flow mapping, or a CRD inside a List', () => {
    const flow = BUNDLE.replace(
      / {2}names:\n {4}kind: Backup\n {4}plural: backups/,
      '  names: {kind: Backup, plural: backups}'
    );
    expect(parseManifests(flow).objects.map(o => o.kind)).toEqual(['CustomResourceDefinition', 'Deployment']);
    const list = `apiVersion: v1\nkind: List\nitems:\n- ${CRD.split('\n').join('\n  ')}\n`;
    expect(parseManifests(list).objects.map(o => o.kind)).toEqual(['CustomResourceDefinition']);
  });
});

describe('parseManifests and a file with a broken document', () => {
  const job = (name: string, image: string) =>
    `apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: ${name}\nspec:\n  template:\n    spec:\n      containers:\n      - name: ${name}\n        image: ${image}\n        securityContext:\n          privileged: true\n`;
  const good = job('good', 'alpine:3.20');
  // An unclosed quote: the YAML 1.2 parser reads every document after it into the string.
  const broken = job('broken', '"alpine:3.20');

  it.each([
    // At the end of the broken document: the file's (a line past its last), or the line before `---`.
    ['after the valid one', `${good}---\n${broken}`, 9, { startLine: 26, startColumn: 1 }],
    ['before the valid one', `${broken}---\n${good}`, 22, { startLine: 12, startColumn: 27 }]
  ])(
    'reads the valid Job when the broken one comes %s, and the broken one is a problem',
    (_o, text, container, at) => {
      const parsed = parseManifests(text);
      expect(parsed.workloads.map(w => [w.object.name, w.containers[0]?.region.startLine])).toEqual([
        ['good', container]
      ]);
      expect(parsed.problems).toEqual([
        {
          message: 'Invalid YAML: Missing closing "quote',
          region: { ...at, endLine: at.startLine, endColumn: at.startColumn + 1 },
          syntax: true
        }
      ]);
    }
  );

  it('throws when no document is valid, as for a file of one document', () => {
    expect(parseError(`${broken}---\n${broken}`)).toBe(
      '12:27 Invalid YAML: Missing closing "quote (and 1 more error)'
    );
  });
});

describe('parseManifests and kinds named like properties of every object', () => {
  it('reads a custom kind named `constructor`, `toString` or `__proto__` as any other kind', () => {
    for (const kind of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const document = parseManifests(
        `apiVersion: example.com/v1\nkind: ${kind}\nmetadata:\n  name: x\nspec:\n  template:\n    spec:\n      containers:\n      - name: a\n        image: nginx\n`
      );
      expect({
        kind,
        objects: document.objects.map(o => o.kind),
        workloads: document.workloads,
        problems: document.problems
      }).toEqual({
        kind,
        objects: [kind],
        workloads: [],
        problems: []
      });
    }
  });
});

describe('parseManifests and an end-to-end test assertion', () => {
  // argocd-image-updater's test/e2e/suite/001-simple-kustomize-app-semver/02-assert.yaml: the image
  // the test waits for, in a Pod and a container that have no name, so no rule reads it (BH508, BH401).
  const ASSERT = `apiVersion: v1
kind: Pod
metadata:
  namespace: image-updater-e2e-001
spec:
  containers:
  - image: 10.42.0.1:30000/test-image:1.0.2`;

  it('reads no workload from an unnamed pod whose containers have only an image', () => {
    const document = parseManifests(ASSERT);
    expect({ objects: document.objects.length, workloads: document.workloads }).toEqual({
      objects: 1,
      workloads: []
    });
  });

  it('still reads the pod once it is named and has no status, or a container is complete', () => {
    const named = parseManifests(ASSERT.replace('metadata:\n', 'metadata:\n  name: web\n'));
    const complete = parseManifests(ASSERT.replace('  - image:', '  - name: web\n    image:'));
    expect([named, complete].map(d => d.workloads.flatMap(w => w.containers.map(c => c.image?.raw)))).toEqual(
      [['10.42.0.1:30000/test-image:1.0.2'], ['10.42.0.1:30000/test-image:1.0.2']]
    );
  });
});
