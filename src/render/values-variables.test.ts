import { bindValuesVariables, type ValuesReader } from './values-variables.js';

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

  describe('a variable bound by ternary', () => {
    /** Values as a chart's merged values.yaml holds them, read as the mapping reads them. */
    const chartValues: Record<string, unknown> = {
      deployment: { automountServiceAccountToken: true, securityContext: {}, podSecurityContext: null },
      automountServiceAccountToken: false,
      securityContext: { privileged: true },
      podSecurityContext: { runAsUser: 0 },
      probes: { enabled: false },
      mode: 'strict'
    };
    const at = (path: string[]): unknown =>
      path.reduce<unknown>(
        (value, key) =>
          typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined,
        chartValues
      );
    const reader: ValuesReader = {
      empty: path => {
        const value = at(path);
        return (
          value === undefined ||
          value === null ||
          value === false ||
          value === 0 ||
          value === '' ||
          (typeof value === 'object' && Object.keys(value).length === 0)
        );
      },
      hasKey: (path, key) => {
        const value = at(path);
        return typeof value === 'object' && value !== null ? key in value : undefined;
      }
    };
    const bound = (text: string[], values: ValuesReader | null = reader) =>
      bindValuesVariables(text.join('\n'), values ?? undefined)
        .text.split('\n')
        .slice(-1)[0];

    it("is the branch the chart's values take (ory's `ternary .Values.deployment.x .Values.x (not (empty .Values.deployment.x))`)", () => {
      expect(
        bound([
          '{{- $automount := ternary .Values.deployment.automountServiceAccountToken .Values.automountServiceAccountToken (not (empty .Values.deployment.automountServiceAccountToken )) -}}',
          'automountServiceAccountToken: {{ $automount }}'
        ])
      ).toBe('automountServiceAccountToken: {{ .Values.deployment.automountServiceAccountToken }}');
      // The deployment's own map is empty: the chart-wide one is taken.
      expect(
        bound([
          '{{- $sc := ternary .Values.deployment.securityContext .Values.securityContext (not (empty .Values.deployment.securityContext)) -}}',
          '{{- toYaml $sc | nindent 12 }}'
        ])
      ).toBe('{{- toYaml .Values.securityContext | nindent 12 }}');
      // hasKey, a bare boolean path, and/or, `$.Values` in a with, and a chain through another variable.
      expect(
        bound([
          '{{- $d := .Values.deployment }}',
          '{{- with .Values.x }}{{ $pod := ternary $d.podSecurityContext $.Values.podSecurityContext (and (hasKey $d "podSecurityContext") (not (empty $d.podSecurityContext))) }}{{ end }}',
          '{{ toYaml $pod }}'
        ])
      ).toBe('{{ toYaml .Values.podSecurityContext }}');
      expect(
        bound([
          '{{- $sc := ternary .Values.deployment.securityContext .Values.securityContext (or .Values.probes.enabled (hasKey .Values.deployment "securityContext")) }}',
          '{{ toYaml $sc }}'
        ])
      ).toBe('{{ toYaml .Values.deployment.securityContext }}');
    });

    it('stays a variable when the values do not decide the condition, or none are given', () => {
      const undecided = [
        // A comparison, a function of the template's, a key of something that is no map, a dot a with changed.
        '{{- $a := ternary .Values.a .Values.b (eq .Values.mode "strict") }}',
        '{{- $b := ternary .Values.a .Values.b (contains "x" .Values.mode) }}',
        '{{- $c := ternary .Values.a .Values.b (hasKey .Values.mode "x") }}',
        '{{- with .Values.deployment }}{{ $d := ternary .Values.a .Values.b (empty .Values.a) }}{{ end }}',
        // ory's custom migration jobs: the branch is a range variable's.
        '{{- range $name, $job := .Values.jobs }}{{ $e := ternary $job.resources $.Values.resources (not (empty $job.resources)) }}{{ end }}',
        // A pipeline, and a branch that is no values path.
        '{{- $f := .Values.probes.enabled | ternary .Values.a .Values.b }}',
        '{{- $g := ternary "/demo.yaml" .Values.b (empty .Values.a) }}',
        'x: {{ $a }} {{ $b }} {{ $c }} {{ $d }} {{ $e }} {{ $f }} {{ $g }}'
      ];
      expect(bound(undecided)).toBe(undecided.at(-1));
      const decided = ['{{- $sc := ternary .Values.a .Values.b (not (empty .Values.a)) }}', 'x: {{ $sc }}'];
      expect(bound(decided)).toBe('x: {{ .Values.b }}');
      expect(bound(decided, null)).toBe('x: {{ $sc }}');
    });
  });
});
