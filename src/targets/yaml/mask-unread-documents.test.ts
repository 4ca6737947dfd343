import { maskUnreadDocuments } from './mask-unread-documents.js';
import { parseYamlDocuments } from './parse-yaml-documents.js';

const isFactKind = (kind: string) => ['RuntimeClass', 'ServiceAccount', 'List'].includes(kind);

/** An operator install bundle as `kubebuilder` and OLM write them: CRD first, then the controller's objects. */
const CRD = [
  'apiVersion: apiextensions.k8s.io/v1',
  'kind: CustomResourceDefinition',
  'metadata:',
  '  name: backups.stash.example.io',
  'spec:',
  '  group: stash.example.io',
  '  names: {kind: Backup, plural: backups}',
  '  versions:',
  '    - name: v1',
  '      schema:',
  '        openAPIV3Schema:',
  '          properties:',
  '            schedule:',
  '              description: "Cron schedule, e.g. \'0 3 * * *\'."',
  '              type: string'
].join('\n');
const ACCOUNT = [
  'apiVersion: v1',
  'kind: ServiceAccount',
  'metadata:',
  '  name: stash-operator',
  '  namespace: stash-system',
  'automountServiceAccountToken: true'
].join('\n');
const DEPLOYMENT = [
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: stash-operator',
  'spec:',
  '  template:',
  '    spec:',
  '      serviceAccountName: stash-operator'
].join('\n');

/** The kinds and `metadata.name` lines the parser sees. */
function objectsIn(text: string): string[] {
  return parseYamlDocuments(text).documents.flatMap(({ root }) => {
    const kind = root.get('kind');
    return kind ? [`${kind.text ?? ''}@${kind.reportRegion.startLine}:${kind.reportRegion.startColumn}`] : [];
  });
}

describe('maskUnreadDocuments', () => {
  it('blanks the documents of unread kinds and keeps the others on their lines', () => {
    const text = `${CRD}\n---\n${ACCOUNT}\n---\n${DEPLOYMENT}\n`;
    const masked = maskUnreadDocuments(text, isFactKind);
    expect(masked.split('\n')).toHaveLength(text.split('\n').length);
    expect(masked).not.toContain('CustomResourceDefinition');
    expect(masked).not.toContain('Deployment');
    expect(masked).toContain(ACCOUNT);
    expect(objectsIn(text)).toEqual([
      'CustomResourceDefinition@2:1',
      'ServiceAccount@18:1',
      'Deployment@25:1'
    ]);
    expect(objectsIn(masked)).toEqual(['ServiceAccount@18:1']);
  });

  it('keeps Windows line breaks and a leading `---`', () => {
    const text = `---\r\n${CRD.replaceAll('\n', '\r\n')}\r\n---\r\n${ACCOUNT.replaceAll('\n', '\r\n')}\r\n`;
    const masked = maskUnreadDocuments(text, isFactKind);
    expect(masked.split('\r\n')).toHaveLength(text.split('\r\n').length);
    expect(objectsIn(masked)).toEqual(['ServiceAccount@19:1']);
  });

  it('keeps a document whose unterminated quote swallows the next one for the YAML parser', () => {
    const broken = CRD.replace("e.g. '0 3 * * *'.\"", "e.g. '0 3 * * *'.");
    const text = `${broken}\n---\n${ACCOUNT}\n`;
    // The YAML 1.2 parser reads the ServiceAccount into the quoted string; parseYamlDocuments then reads
    // each `---` part alone, as kubectl apply does, and finds the error in the CRD's.
    expect(objectsIn(text)).toEqual(['CustomResourceDefinition@2:1', 'ServiceAccount@18:1']);
    // The unclosed quote (line 14) runs to the end of its part: the error is at its last line.
    expect(parseYamlDocuments(text).errors.map(e => e.region.startLine)).toEqual([15]);
    expect(maskUnreadDocuments(text, isFactKind)).toBe(text);
  });

  it('keeps documents whose kind the first look cannot be sure of', () => {
    for (const crd of [
      CRD.replace('kind: CustomResourceDefinition', 'kind: "CustomResourceDefinition"'),
      CRD.replace('kind: CustomResourceDefinition', 'kind : CustomResourceDefinition'),
      `${CRD}\nkind: ServiceAccount`,
      `${CRD}\n&account kind: ServiceAccount`,
      `${CRD}\n--- {kind: ServiceAccount, metadata: {name: hidden}}`,
      `{"apiVersion": "v1", "kind": "ConfigMap"}`
    ]) {
      const text = `${crd}\n---\n${ACCOUNT}\n`;
      expect(maskUnreadDocuments(text, isFactKind)).toBe(text);
    }
  });

  it('returns the same text when every document is read', () => {
    const text = `${ACCOUNT}\n---\napiVersion: node.k8s.io/v1\nkind: RuntimeClass\nhandler: runhcs-wcow-process\n`;
    expect(maskUnreadDocuments(text, isFactKind)).toBe(text);
  });
});
