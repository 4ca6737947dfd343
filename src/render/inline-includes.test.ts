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

  it('follows a define of actions only, in a subfolder of templates/, to the block-shaped define it includes', () => {
    // JupyterHub's image puller: the template includes a define that sets values and includes the DaemonSet.
    const puller = `{{- define "web.puller" -}}
apiVersion: apps/v1
kind: DaemonSet
spec:
  containers:
    - name: pause
{{- end }}

{{- define "web.puller.continuous" -}}
    {{- $_ := merge (dict "hook" false) . }}
    {{- include "web.puller" $_ }}
{{- end }}

{{- define "web.loop" -}}
    {{- include "web.loop" . }}
{{- end }}

{{- define "web.render" -}}
{{- if typeIs "string" .value }}
  {{- tpl .value .context }}
{{- end }}
{{- end -}}
`;
    const files: Record<string, string> = { ...FILES, 'chart/templates/puller/_puller.tpl': puller };
    const nested = { files: Object.keys(files), readText: (path: string) => files[path] };
    const template = '{{- if .Values.enabled }}\n{{- include "web.puller.continuous" . }}\n{{- end }}\n';
    const inlined = inlineIncludes('chart/templates/puller.yaml', template, dirs, nested);
    const lines = inlined.text.split('\n');
    expect(lines.slice(0, 5)).toEqual([
      '{{- if .Values.enabled }}',
      '{{- $_ := merge (dict "hook" false) . }}',
      'apiVersion: apps/v1',
      'kind: DaemonSet',
      'spec:'
    ]);
    expect(inlined.origin(lines.indexOf('    - name: pause') + 1)).toEqual({
      file: 'chart/templates/puller/_puller.tpl',
      line: 6
    });
    // A define of actions only that writes no block (a tpl helper), or only includes itself, stays an include.
    for (const name of ['web.render', 'web.loop']) {
      const alone = `spec:\n  {{- include "${name}" (dict "value" .Values.x "context" $) | nindent 2 }}\n`;
      expect(inlineIncludes('chart/templates/x.yaml', alone, dirs, nested).text).toBe(alone);
    }
  });

  it("ends a define at its own end, not at the comment over the next define (Helm's scaffold)", () => {
    // stakater's application chart: the labels include a tpl helper, and each define has a comment above it.
    const helpers = `{{/*
Renders a value that may hold a template.
Usage: {{ include "web.tpl" (dict "value" .Values.x "context" $) }}
*/}}
{{- define "web.tpl" -}}
    {{- tpl (.value | toYaml) .context -}}
{{- end -}}

{{/* Common labels */}}
{{- define "web.labels" -}}
app: web
{{- include "web.extra" . }}
{{- end }}
  {{- /*
  Extra labels, as a comment with a trim marker.
  */}}

{{- define "web.extra" -}}
{{- if .Values.extra }}
{{ include "web.tpl" (dict "value" .Values.extra "context" $) }}
{{- end }}
{{- end }}
`;
    const files: Record<string, string> = { 'chart/templates/_helpers.tpl': helpers };
    const commented = { files: Object.keys(files), readText: (path: string) => files[path] };
    expect(definitionText('web.tpl', dirs, commented)).toBe('    {{- tpl (.value | toYaml) .context -}}');
    expect(definitionText('web.labels', dirs, commented)).toBe('app: web\n{{- include "web.extra" . }}');
    const template =
      '{{- range $name, $file := .Values.files }}\nmetadata:\n  labels:\n    {{- include "web.labels" . | nindent 4 }}\ndata:\n{{- end }}\n';
    const inlined = inlineIncludes('chart/templates/secret.yaml', template, dirs, commented);
    // No `end` of a define closes the range early, and no comment is pasted.
    expect(inlined.text.split('\n')).toEqual([
      '{{- range $name, $file := .Values.files }}',
      'metadata:',
      '  labels:',
      '    app: web',
      '    {{- include "web.extra" . }}',
      'data:',
      '{{- end }}',
      ''
    ]);
  });

  it('gives the text of any define, a scalar one too', () => {
    expect(definitionText('web.fullname', dirs, sources)).toBe('{{- print "web" -}}');
    expect(definitionText('web.missing', dirs, sources)).toBeUndefined();
  });
});
