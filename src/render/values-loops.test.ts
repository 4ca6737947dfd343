import { isEmptyValue, valuesLoopsByLine } from './values-loops.js';

// Kong's operator: variables from values, then those the chart sets itself.
const ENV = `{{- range $key, $val := .Values.env -}}
  {{- $var := printf "KONG_OPERATOR_%s" (upper $key) -}}
- name: {{ $var }}
  value: {{ $val | quote }}
{{- end -}}
{{ range $key, $val := $defaultEnv }}
- name: {{ $key }}
{{- end -}}
{{- with .Values.extraEnv }}
{{- toYaml . | nindent 0 }}
{{- else }}
- name: NONE
{{- end }}
{{- if and .Values.a
      .Values.b }}
{{- range .Values.items }}
- name: {{ .name }}{{ end }}
{{- end }}
`;

describe('valuesLoopsByLine', () => {
  const loops = valuesLoopsByLine(ENV);
  const paths = (line: number) => loops[line]?.map(loop => loop.valuesPath.join('.'));

  it('gives each line the range and with blocks over values it sits in', () => {
    expect(paths(1)).toEqual([]);
    expect(paths(3)).toEqual(['env']);
    expect(paths(4)).toEqual(['env']);
    expect(paths(10)).toEqual(['extraEnv']);
  });

  it('leaves out loops over other data, else branches and what follows the end', () => {
    // `range $defaultEnv`: the chart's own dict.
    expect(paths(7)).toEqual([]);
    expect(paths(12)).toEqual([]);
    expect(paths(14)).toEqual([]);
  });

  it('reads an action over two lines as one block, and a loop that ends on its own line', () => {
    expect(paths(17)).toEqual(['items']);
    expect(paths(19)).toEqual([]);
  });
});

describe('isEmptyValue', () => {
  it('is what range and with skip', () => {
    for (const value of [undefined, null, false, 0, '', [], {}]) expect(isEmptyValue(value)).toBe(true);
    for (const value of [true, 1, 'x', [0], { a: null }]) expect(isEmptyValue(value)).toBe(false);
  });
});

describe('valuesLoopsByLine: what a loop binds', () => {
  const loops = valuesLoopsByLine(
    [
      '{{- range $key, $val := .Values.env }}', // 1
      '- name: {{ $key }}', // 2
      '{{- end }}', // 3
      '{{- with .Values.pod }}', // 4
      'hostNetwork: {{ .hostNetwork }}', // 5
      '{{- range .Values.other }}{{ .x }}', // 6
      'a: {{ .a }}', // 7
      '{{- end }}', // 8
      '{{- range $i := list 1 2 }}', // 9
      'b: {{ . }}', // 10
      '{{- end }}', // 11
      '{{- end }}' // 12
    ].join('\n')
  );

  it('names the key and item variables of a range, and the loop that sets the dot of each line', () => {
    expect(loops[2]).toEqual([
      { valuesPath: ['env'], range: true, keyVariable: '$key', valueVariable: '$val', dot: true }
    ]);
    expect(loops[5]).toEqual([{ valuesPath: ['pod'], range: false, dot: true }]);
    // In a range over values within the with, the range sets the dot.
    expect(loops[7]?.map(loop => [loop.valuesPath.join('.'), loop.dot])).toEqual([
      ['pod', undefined],
      ['other', true]
    ]);
  });

  it('gives no values loop the dot inside a range over other data', () => {
    expect(loops[10]?.map(loop => [loop.valuesPath.join('.'), loop.dot])).toEqual([['pod', undefined]]);
  });
});

describe('valuesLoopsByLine: loops over a field of a range item', () => {
  // stakater's application chart: one Secret for each of secret.files, its keys from the item's fields.
  const loops = valuesLoopsByLine(
    [
      '{{- range $name, $file := .Values.secret.files }}', // 1
      '{{- range $key, $value := .data }}', // 2
      '{{ $key }}: {{ $value | b64enc }}', // 3
      '{{- end }}', // 4
      '{{- with .encodedData }}', // 5
      '{{- toYaml . }}', // 6
      '{{- end }}', // 7
      '{{- range $k, $v := $file.stringData }}', // 8
      '{{ $k }}: {{ $v }}', // 9
      '{{- end }}', // 10
      '{{- range $k, $v := .Release.Labels }}', // 11
      '{{ $k }}: {{ $v }}', // 12
      '{{- end }}', // 13
      '{{- range $k, $file := $.Values.other }}', // 14
      '{{- range $k2, $v2 := $file.data }}', // 15
      '{{ $k2 }}: {{ $v2 }}', // 16
      '{{- end }}', // 17
      '{{- end }}', // 18
      '{{- end }}', // 19
      '{{- range $k, $file := $dict }}', // 20
      '{{- range $k2, $v2 := $file.data }}', // 21
      'x: {{ $v2 }}', // 22
      '{{- end }}', // 23
      '{{- end }}' // 24
    ].join('\n')
  );
  const files = {
    valuesPath: ['secret', 'files'],
    range: true,
    keyVariable: '$name',
    valueVariable: '$file'
  };

  it('reads the field below the item of the loop that sets the dot, or of the loop whose item variable it is', () => {
    expect(loops[3]).toEqual([
      files,
      {
        valuesPath: ['data'],
        range: true,
        keyVariable: '$key',
        valueVariable: '$value',
        within: files,
        dot: true
      }
    ]);
    expect(loops[6]?.at(-1)).toEqual({ valuesPath: ['encodedData'], range: false, within: files, dot: true });
    expect(loops[9]?.at(-1)).toMatchObject({ valuesPath: ['stringData'], within: files });
  });

  it("takes neither the chart's root fields nor the item variable of a range over other data", () => {
    expect(loops[12]?.map(loop => loop.valuesPath.join('.'))).toEqual(['secret.files']);
    // `$file` of the loop over `other` is its item: its `data` is a field of that loop's item.
    expect(loops[16]?.at(-1)).toMatchObject({ valuesPath: ['data'], within: { valuesPath: ['other'] } });
    // `$file` of a range over the chart's own dict is no item of secret.files.
    expect(loops[22]?.map(loop => loop.valuesPath.join('.'))).toEqual([]);
  });
});
