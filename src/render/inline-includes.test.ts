import { definitionText, inlineIncludes } from './inline-includes.js';

const HELPERS = `{{- define "web.fullname" -}}
{{- print "web" -}}
{{- end }}

{{- define "web.container" -}}
- name: {{ include "web.fullname" . }}
  securityContext:
    {{- include "web.security" . | nindent 4 }}
{{- end -}}

{{- define "web.security" -}}
privileged: true
{{- end -}}
`;

const FILES: Record<string, string> = { 'chart/templates/_helpers.tpl': HELPERS };
const sources = { files: Object.keys(FILES), readText: (path: string) => FILES[path] };
const dirs = { own: 'chart', root: 'chart' };

describe('inlineIncludes', () => {
  it('pastes block-shaped includes at their indentation, nested ones too, and keeps where each line came from', () => {
    const template =
      'spec:\n  containers:\n  {{- include "web.container" . | nindent 2 }}\n  name: {{ include "web.fullname" . }}\n';
    const inlined = inlineIncludes('chart/templates/deploy.yaml', template, dirs, sources);
    expect(inlined.text.split('\n')).toEqual([
      'spec:',
      '  containers:',
      '  - name: {{ include "web.fullname" . }}',
      '    securityContext:',
      '      privileged: true',
      // A scalar include stays as written.
      '  name: {{ include "web.fullname" . }}',
      ''
    ]);
    expect(inlined.origin(5)).toEqual({ file: 'chart/templates/_helpers.tpl', line: 12 });
    expect(inlined.origin(6)).toEqual({ file: 'chart/templates/deploy.yaml', line: 4 });
  });

  it('takes the object of a template that is one include written over several lines', () => {
    const template = '{{- include "web.container" (dict\n  "root" .\n) }}\n';
    const inlined = inlineIncludes('chart/templates/one.yaml', template, dirs, sources);
    expect(inlined.text.split('\n')[0]).toBe('- name: {{ include "web.fullname" . }}');
    expect(inlined.origin(1)).toEqual({ file: 'chart/templates/_helpers.tpl', line: 6 });
  });

  it('gives the text of any define, a scalar one too', () => {
    expect(definitionText('web.fullname', dirs, sources)).toBe('{{- print "web" -}}');
    expect(definitionText('web.missing', dirs, sources)).toBeUndefined();
  });
});
