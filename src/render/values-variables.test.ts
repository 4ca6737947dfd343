import { bindValuesVariables } from './values-variables.js';

const lines = (text: string) => bindValuesVariables(text).text.split('\n');

describe('bindValuesVariables', () => {
  it("writes a variable merged from one values map with an empty dict as that path (vcluster's securityContext)", () => {
    const bound = bindValuesVariables(
      [
        'securityContext:',
        '  {{- $sc := merge .Values.controlPlane.sc dict }}',
        '  {{- $_ := set $sc "capabilities" (list "NET_ADMIN") }}',
        '{{ toYaml $sc | indent 12 }}'
      ].join('\n')
    );
    expect(bound.text.split('\n')[3]).toBe('{{ toYaml .Values.controlPlane.sc | indent 12 }}');
    expect([...bound.rewritten]).toEqual([3, 4]);
    // The template's own capabilities are not the values file's; the rest of the map is.
    expect(bound.changed).toEqual([['controlPlane', 'sc', 'capabilities']]);
  });

  it('follows deepCopy, mergeOverwrite, `dict` on either side, the whole .Values and a chain of variables', () => {
    const text = [
      '{{- $main := deepCopy .Values.securityContext }}',
      '{{- $pod := mergeOverwrite (dict) .Values.podSecurityContext }}',
      '{{- $v := .Values }}',
      '{{- $probes := $v.probes }}',
      '{{- toYaml $main | nindent 12 }}',
      '{{- $pod | toYaml | nindent 8 }}',
      'hostNetwork: {{ $v.hostNetwork }}',
      'port: {{ $probes.liveness.port }}',
      '{{- with $.Values.x }}{{ $y := $.Values.y }}{{ $y.z }}{{ end }}'
    ];
    expect(lines(text.join('\n')).slice(4)).toEqual([
      '{{- toYaml .Values.securityContext | nindent 12 }}',
      '{{- .Values.podSecurityContext | toYaml | nindent 8 }}',
      'hostNetwork: {{ .Values.hostNetwork }}',
      'port: {{ .Values.probes.liveness.port }}',
      '{{- with $.Values.x }}{{ $y := $.Values.y }}{{ .Values.y.z }}{{ end }}'
    ]);
    expect(bindValuesVariables(text.join('\n')).changed).toEqual([]);
    // Lines are counted on from one rewritten action to the next, including a second one on a line.
    expect([...bindValuesVariables(text.join('\n')).rewritten]).toEqual([4, 5, 6, 7, 8, 9]);
    const spread = [
      '{{- $v := .Values }}',
      '{{ $v.a }} {{ $v.b }}',
      '{{ toYaml',
      '  $v.c }}',
      'x',
      '{{ $v.d }}'
    ];
    expect([...bindValuesVariables(spread.join('\n')).rewritten]).toEqual([2, 3, 4, 6]);
  });

  it('leaves variables that stand for something else, or for one of two things, as they are', () => {
    const text = [
      '{{- $fullName := include "app.fullname" . }}',
      '{{- $both := merge .Values.a .Values.b }}',
      '{{- $own := merge .Values.sc (dict "runAsUser" 0) }}',
      '{{- $defaulted := .Values.sc | default dict }}',
      '{{- $branch := .Values.a }}',
      '{{- if .Values.enabled }}{{ $branch = .Values.b }}{{ end }}',
      '{{- range $key, $val := .Values.env }}{{ $key }}{{ $val }}{{ end }}',
      '{{- with .Values.x }}{{ $inner := .Values.y }}{{ $inner }}{{ end }}',
      '{{- define "x" }}{{ $d := .Values.d }}{{ $d.a }}{{ end }}',
      'a: {{ $fullName }} {{ $both }} {{ $own }} {{ $defaulted }} {{ $branch }} {{ $d }}',
      'echo $HOME'
    ].join('\n');
    const bound = bindValuesVariables(text);
    expect(bound.text).toBe(text);
    expect(bound.rewritten.size).toBe(0);
  });

  it('lists a whole map as changed when the template merges into it or sets a key it names by a variable', () => {
    const bound = bindValuesVariables(
      [
        '{{- $a := .Values.a }}{{- $b := .Values.b }}',
        '{{- $_ := merge $a (dict "x" 1) }}',
        '{{- $_ = set $b.c $key "y" }}',
        '{{- $_ = unset $b "d" }}'
      ].join('\n')
    );
    expect(bound.changed).toEqual([['a'], ['b', 'c'], ['b', 'd']]);
  });
});
