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

  it('parses a CRD with a syntax error, so the file is still BH000 at the same place', () => {
    // One space too few before `type`: kubectl rejects the file too.
    const broken = BUNDLE.replace('            type: string', '           type: string');
    unreadKindsLeftUnparsed.on = false;
    const whole = parseError(broken);
    unreadKindsLeftUnparsed.on = true;
    expect(whole).toBe('18:1 Invalid YAML: All mapping items must start at the same column');
    expect(parseError(broken)).toBe(whole);
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
