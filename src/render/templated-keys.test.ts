import { indexTemplateKeys } from './template-key-lines.js';
import { templatedKeysUnder } from './templated-keys.js';

function under(template: string, key: string) {
  const entries = indexTemplateKeys(template);
  const entry = entries.find(e => e.keys.join('.') === key);
  if (!entry) throw new Error(`no key line ${key}`);
  return templatedKeysUnder(entry, entries, template.split('\n'));
}

describe('templatedKeysUnder', () => {
  it('lists the keys a range or an include names in the map under a key, up to the next key as shallow', () => {
    const template = [
      'data:', // 1
      '  {{- range $key, $value := .Values.config }}', // 2
      '  {{ $key }}: {{ $value | quote }}', // 3
      '  {{- end }}', // 4
      '  "{{ include "app.key" . }}": {{ .Values.password | b64enc }}', // 5
      '  literal: x', // 6
      'stringData:', // 7
      '  {{ $.Values.name }}: x' // 8
    ].join('\n');
    expect(under(template, 'data')).toEqual({
      keys: [
        { line: 3, indent: 2, keyTemplate: '{{ $key }}' },
        { line: 5, indent: 2, keyTemplate: '{{ include "app.key" . }}' }
      ],
      pastes: false
    });
    expect(under(template, 'stringData').keys.map(k => k.line)).toEqual([8]);
  });

  it('leaves keys under another key of the block, keys with more text or a colon in the action, and a document after it', () => {
    const template = [
      'data:', // 1
      '  nested:', // 2
      '    {{ $key }}: x', // 3
      '  {{ $key }}.conf: x', // 4
      '  {{ printf "%s:%s" $a $b }}: x', // 5
      '---', // 6
      '  {{ $key }}: x' // 7
    ].join('\n');
    expect(under(template, 'data')).toEqual({ keys: [], pastes: true });
  });

  it('tells when another action in the block prints text, which may be keys', () => {
    const pasted = 'data:\n  {{ $key }}: x\n  {{- toYaml .Values.extra | nindent 2 }}\n';
    expect(under(pasted, 'data').pastes).toBe(true);
    const control =
      'data:\n  {{- if .Values.x }}\n  {{- $v := .Values.y }}\n  {{ $key }}: x\n  {{- /* c */}}\n  {{- end }}\n';
    expect(under(control, 'data').pastes).toBe(false);
  });
});
