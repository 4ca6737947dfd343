import { blockValuesPath, indexTemplateKeys, valuesReferences } from './template-key-lines.js';

// The shape of a CSI driver's controller template: several containers, templated values, `if`/`else` images.
const TEMPLATE = `kind: Deployment
apiVersion: apps/v1
metadata:
  name: {{ .Values.controller.name }}
spec:
  template:
    spec:
      {{- with .Values.controller.tolerations }}
      tolerations:
{{ toYaml . | indent 8 }}
      {{- end }}
      containers:
        - name: csi-provisioner
{{- if hasPrefix "/" .Values.image.csiProvisioner.repository }}
          image: "{{ .Values.image.baseRepo }}{{ .Values.image.csiProvisioner.repository }}:{{ .Values.image.csiProvisioner.tag }}"
{{- else }}
          image: "{{ .Values.image.csiProvisioner.repository }}:{{ .Values.image.csiProvisioner.tag }}"
{{- end }}
        - image: "{{ .Values.image.driver.repository }}:{{ .Values.image.driver.tag }}"
          name: driver
          securityContext:
            {{- toYaml .Values.driver.securityContext | nindent 12 }}
      volumes:
        - hostPath:
            path: /var/lib/kubelet
          name: kubelet-dir
`;

describe('indexTemplateKeys', () => {
  const entries = indexTemplateKeys(TEMPLATE);
  const at = (line: number) => entries.find(e => e.line === line);

  it('gives each key line its key path, ignoring template actions, and the document kind', () => {
    expect(at(15)).toMatchObject({
      keys: ['spec', 'template', 'spec', 'containers', 'image'],
      itemNames: ['csi-provisioner'],
      kind: 'Deployment'
    });
    expect(at(9)?.keys).toEqual(['spec', 'template', 'spec', 'tolerations']);
  });

  it("reads a name given as an alias as the value anchored before it (linkerd's proxy container)", () => {
    const proxy = indexTemplateKeys(
      [
        'containers:',
        '- env:',
        '  - name: CONTAINER_NAME',
        '    value: &containerName linkerd-proxy',
        '  image: proxy:1.0',
        '  name: *containerName',
        '- image: other:1.0',
        '  name: *unknown',
        '- image: templated:1.0',
        '  env: [{name: X, value: &templated {{ .Values.name }}}]',
        '  name: *templated'
      ].join('\n')
    );
    expect(proxy.filter(e => e.keys.at(-1) === 'image').map(e => e.itemNames)).toEqual([
      ['linkerd-proxy'],
      [undefined],
      [undefined]
    ]);
  });

  it('names list items even when `name:` comes after the first key', () => {
    expect(at(19)?.itemNames).toEqual(['driver']);
    expect(at(21)?.keys).toEqual(['spec', 'template', 'spec', 'containers', 'securityContext']);
    expect(at(25)).toMatchObject({
      keys: ['spec', 'template', 'spec', 'volumes', 'hostPath', 'path'],
      itemNames: ['kubelet-dir']
    });
  });

  it('leaves a templated name open', () => {
    const [first] = indexTemplateKeys('containers:\n  - name: {{ .Chart.Name }}\n    image: x\n').filter(
      e => e.line === 3
    );
    expect(first?.itemNames).toEqual([undefined]);
  });

  it('keeps a quoted templated name without its YAML quotes, and the quotes inside it', () => {
    // helm/charts' test pods: `- name: "{{ template "hazelcast.fullname" . }}-test"`.
    const entries = indexTemplateKeys(
      [
        'containers:',
        '  - name: "{{ template "hazelcast.fullname" . }}-test"',
        '    image: x',
        "  - name: '{{ .Release.Name }}-sidecar' # the reloader",
        '    image: y',
        '  - name: {{ .Release.Name }}-plain',
        '    image: z',
        '  - name: "{{ .Release.Name }}-open',
        '    image: w'
      ].join('\n')
    );
    expect(entries.filter(e => e.keys.at(-1) === 'image').map(e => e.itemNameTemplates)).toEqual([
      ['{{ template "hazelcast.fullname" . }}-test'],
      ['{{ .Release.Name }}-sidecar'],
      ['{{ .Release.Name }}-plain'],
      // No closing quote: not a quoted scalar, kept as written.
      ['"{{ .Release.Name }}-open']
    ]);
  });
});

describe('values references', () => {
  it('reads `.Values` paths of a line and the block a key takes whole', () => {
    expect(
      valuesReferences(
        'image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"'
      )
    ).toEqual([
      ['image', 'repository'],
      ['image', 'tag']
    ]);
    // The nil-safe idiom reads a field of a parenthesized reference (KEDA); a pipe in the parentheses does not.
    expect(
      valuesReferences(
        'automountServiceAccountToken: {{ (.Values.serviceAccount.operator).automountServiceAccountToken }}'
      )
    ).toEqual([['serviceAccount', 'operator', 'automountServiceAccountToken']]);
    expect(valuesReferences('x: {{ (.Values.a | default dict).b }} {{ ($.Values.c ).d.e }}')).toEqual([
      ['a'],
      ['c', 'd', 'e']
    ]);
    expect(
      blockValuesPath('securityContext:\n  {{- toYaml .Values.driver.securityContext | nindent 12 }}')
    ).toEqual(['driver', 'securityContext']);
    expect(
      blockValuesPath(
        '{{- with .Values.podSecurityContext }}\nsecurityContext:\n  {{- toYaml . | nindent 8 }}'
      )
    ).toEqual(['podSecurityContext']);
    expect(blockValuesPath('labels:\n  {{- include "web.labels" . | nindent 4 }}')).toBeUndefined();
    expect(
      blockValuesPath(
        'securityContext:\n  {{- toYaml (index . 0).Values.sidecar.securityContext | nindent 4 }}'
      )
    ).toEqual(['sidecar', 'securityContext']);
    expect(
      blockValuesPath('securityContext:\n  {{- .Values.securityContext | toYaml | nindent 12 }}')
    ).toEqual(['securityContext']);
    // A value piped to something else first is not pasted as it is.
    expect(blockValuesPath('args:\n  {{- .Values.args | compact | toYaml | nindent 12 }}')).toBeUndefined();
  });
});
