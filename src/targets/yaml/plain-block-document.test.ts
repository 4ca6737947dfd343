import { isPlainBlockDocument } from './plain-block-document.js';
import { parseYamlDocuments } from './parse-yaml-documents.js';

/** A CRD as controller-gen writes it: `|-` descriptions, a sequence at its key's column, a quoted CEL rule. */
const KUBEBUILDER_CRD = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  annotations:
    controller-gen.kubebuilder.io/version: v0.14.0
  name: backups.stash.example.io
spec:
  group: stash.example.io
  names:
    kind: Backup
    listKind: BackupList
    plural: backups
    shortNames: [bk, bkp]
    singular: backup
  scope: Namespaced
  versions:
  - additionalPrinterColumns:
    - jsonPath: .status.phase
      name: Phase
      type: string
    name: v1
    schema:
      openAPIV3Schema:
        description: Backup is the Schema for the backups API.
        properties:
          apiVersion:
            description: |-
              APIVersion defines the versioned schema of this representation of an object.

              Servers should convert recognized schemas to the latest internal value.
            type: string
          spec:
            description: "BackupSpec defines the desired state: 'schedule' is a cron line."
            properties:
              schedule:
                description: 'Cron schedule, e.g. "0 3 * * *".'
                pattern: ^(\\d+|\\*)(/\\d+)?(\\s+(\\d+|\\*)(/\\d+)?){4}$
                type: string
              mode:
                enum:
                - Full
                - Incremental
                type: string # two modes only
              target:
                properties:
                  bucket:
                    description: "Bucket name, e.g. \\"my-bucket\\"."
                    type: string
                required: [bucket]
                type: object
                x-kubernetes-validations:
                - message: prefix must not start with '/'
                  rule: "!self.prefix.startsWith('/')"
            required:
            - schedule
            type: object
        type: object
    served: true
    storage: true
    subresources:
      status: {}`;

/** The older go-yaml v2 style (apiextensions v1beta1): long strings folded over several lines. */
const FOLDED_CRD = `apiVersion: apiextensions.k8s.io/v1beta1
kind: CustomResourceDefinition
metadata:
  name: certificates.cert-manager.io
spec:
  group: cert-manager.io
  validation:
    openAPIV3Schema:
      description: A Certificate resource should be created to ensure an up to date
        and signed x509 certificate is stored in the Kubernetes Secret resource
        named in \`spec.secretName\`.
      properties:
        apiVersion:
          description: 'APIVersion defines the versioned schema of this representation
            of an object. More info: https://git.k8s.io/community/contributors/devel/api-conventions.md#resources'
          type: string
        duration:
          description: "The requested 'duration' (i.e. lifetime) of the Certificate.
            This option may be ignored/overridden by some issuer types."
          type: string
  versions:
  - name: v1
    served: true
status:
  conditions: []`;

function proven(text: string): boolean {
  const lines = text.split('\n');
  return isPlainBlockDocument(lines, 0, lines.length);
}

/** A small deterministic PRNG (the same mutations on every run). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

describe('isPlainBlockDocument', () => {
  it('proves generated CRDs, in both generators’ styles, and CRLF line ends', () => {
    expect(proven(KUBEBUILDER_CRD)).toBe(true);
    expect(proven(FOLDED_CRD)).toBe(true);
    expect(proven(KUBEBUILDER_CRD.replace(/\n/g, '\r\n'))).toBe(true);
  });

  it.each([
    ['a flow mapping', '  names: {kind: Backup, plural: backups}'],
    ['an anchor', '  names: &names'],
    ['a tab in the indentation', '\tscope: Namespaced'],
    ['an escape it does not know', '  group: "stash\\x41"'],
    ['a key with a scalar on the next line', '  group:\n    stash.example.io'],
    ['an unterminated quote', "  group: 'stash.example.io"]
  ])('leaves %s to the parser', (_, line) => {
    expect(proven(KUBEBUILDER_CRD.replace('  scope: Namespaced', line))).toBe(false);
  });

  it.each([
    ['a key indented one space too far', '   scope: Namespaced'],
    ['a value with a mapping in it', '  scope: Namespaced: yes'],
    ['a sequence item among mapping keys', '  - scope'],
    ['text after a closing quote', '  scope: "Namespaced" cluster'],
    ['a document marker', '---']
  ])('never proves %s (a syntax error)', (_, line) => {
    const text = KUBEBUILDER_CRD.replace('  scope: Namespaced', line);
    expect(proven(text)).toBe(false);
    const parsed = parseYamlDocuments(text);
    expect(parsed.errors.length + parsed.documents.length - 1).toBeGreaterThan(0);
  });

  // The guarantee the scan relies on: what this check proves, the parser reads without error, as one
  // document. Random edits (deleted characters, inserted indicators, shifted lines) of both CRDs.
  it('proves no edited CRD that the parser rejects', () => {
    const next = random(42);
    const inserts = [' ', ':', '-', '"', "'", '\t', '{', '[', ']', '#', '&', '*', '!', '|', '>', '\n'];
    const counts = { proven: 0, rejectedByParser: 0 };
    for (const base of [KUBEBUILDER_CRD, FOLDED_CRD])
      for (let round = 0; round < 700; round++) {
        let text = base;
        for (let edit = 0; edit < 1 + Math.floor(next() * 2); edit++) {
          const at = Math.floor(next() * text.length);
          const lineStart = text.lastIndexOf('\n', at) + 1;
          const kind = next();
          if (kind < 0.3) text = text.slice(0, at) + text.slice(at + 1);
          else if (kind < 0.8)
            text = text.slice(0, at) + (inserts[Math.floor(next() * inserts.length)] ?? '') + text.slice(at);
          else text = `${text.slice(0, lineStart)} ${text.slice(lineStart)}`;
        }
        const parsed = parseYamlDocuments(text);
        const valid = parsed.errors.length === 0 && parsed.documents.length === 1;
        if (!valid) counts.rejectedByParser++;
        if (!proven(text)) continue;
        counts.proven++;
        expect({ text, errors: parsed.errors, documents: parsed.documents.length }).toEqual({
          text,
          errors: [],
          documents: 1
        });
      }
    // Both sides are exercised: many edits break the YAML, and many still-valid ones are proven.
    expect(counts.rejectedByParser).toBeGreaterThan(400);
    expect(counts.proven).toBeGreaterThan(150);
  });
});
