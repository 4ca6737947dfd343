import { loopValuesReferences, resolveKeyLoop, type LoopScope } from './loop-references.js';
import type { KeyPath } from './rendered-objects.js';
import type { ValuesLoop } from './values-loops.js';

const VALUES: Record<string, unknown> = {
  env: { DB_PASSWORD: 's3cr3tV4lue99', API_TOKEN: 's3cr3tV4lue99', LOG_LEVEL: 'debug' },
  extraEnv: [
    { name: 'A', value: 'one' },
    { name: 'B', value: 'two' }
  ],
  pod: { hostNetwork: true },
  files: {
    one: { data: { apiToken: 'Wq7rT2xLm9Kd' } },
    two: { data: { dbPassword: 'Zk4pR8vNc3Hs', shared: 'a' } },
    three: { data: { shared: 'b' } }
  }
};

function valueAt(path: KeyPath): unknown {
  let value: unknown = VALUES;
  for (const segment of path)
    value =
      typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[segment] : undefined;
  return value;
}

function scope(loops: ValuesLoop[], itemNames: LoopScope['itemNames'] = []): LoopScope {
  return {
    loops,
    itemNames,
    items: path => {
      const value = valueAt(path);
      if (Array.isArray(value)) return value.map((_, i) => i);
      return typeof value === 'object' && value !== null ? Object.keys(value) : undefined;
    },
    value: valueAt
  };
}

const ENV: ValuesLoop = {
  valuesPath: ['env'],
  range: true,
  keyVariable: '$k',
  valueVariable: '$v',
  dot: true
};
const EXTRA: ValuesLoop = { valuesPath: ['extraEnv'], range: true, dot: true };

describe('loopValuesReferences', () => {
  it("takes the range item the rendered list item's name names: the key, or a field of the item", () => {
    expect(
      loopValuesReferences(
        ' {{ $v | quote }}',
        's3cr3tV4lue99',
        scope([ENV], [{ template: '{{ $k }}', rendered: 'API_TOKEN' }])
      )
    ).toEqual([['env', 'API_TOKEN']]);
    expect(
      loopValuesReferences(
        ' {{ .value }}',
        'two',
        scope([EXTRA], [{ template: '{{ .name | quote }}', rendered: 'B' }])
      )
    ).toEqual([['extraEnv', 1, 'value']]);
  });

  it('takes the only item holding the rendered value when no name tells, and none when two hold it', () => {
    expect(loopValuesReferences(' {{ $v }}', 'debug', scope([ENV]))).toEqual([['env', 'LOG_LEVEL']]);
    expect(loopValuesReferences(' {{ $v }}', 's3cr3tV4lue99', scope([ENV]))).toEqual([]);
    // A name the template prints otherwise (`KONG_%s`) tells nothing.
    const prefixed = scope([ENV], [{ template: '{{ printf "KONG_%s" $k }}', rendered: 'KONG_API_TOKEN' }]);
    expect(loopValuesReferences(' {{ $v }}', 's3cr3tV4lue99', prefixed)).toEqual([]);
  });

  it("reads a with's dot as the values path, and leaves the chart's root, other variables and other dots", () => {
    const pod: ValuesLoop = { valuesPath: ['pod'], range: false, dot: true };
    expect(loopValuesReferences(' {{ .hostNetwork }}', true, scope([pod]))).toEqual([['pod', 'hostNetwork']]);
    expect(loopValuesReferences(' {{ .Values.x }} {{ $other }} {{ $.Values.y }}', 'x', scope([pod]))).toEqual(
      []
    );
    // The dot of a range over other data inside the with: no loop sets it.
    expect(loopValuesReferences(' {{ .x }}', 'x', scope([{ ...pod, dot: undefined } as ValuesLoop]))).toEqual(
      []
    );
    // Text outside actions is not a reference.
    expect(loopValuesReferences(' .hostNetwork', true, scope([pod]))).toEqual([]);
  });
});

describe('resolveKeyLoop', () => {
  const items = scope([]).items;
  const files: ValuesLoop = {
    valuesPath: ['files'],
    range: true,
    keyVariable: '$name',
    valueVariable: '$file'
  };
  const data: ValuesLoop = {
    valuesPath: ['data'],
    range: true,
    keyVariable: '$key',
    valueVariable: '$value',
    within: files,
    dot: true
  };

  it("is the range whose key variable prints the key, when the key is one of the loop's", () => {
    expect(resolveKeyLoop('{{ $k }}', 'API_TOKEN', [ENV], items)).toEqual(ENV);
    expect(resolveKeyLoop('"{{ $k | quote }}"', 'API_TOKEN', [ENV], items)).toEqual(ENV);
    expect(resolveKeyLoop('{{ $k }}', 'OTHER', [ENV], items)).toBe(false);
  });

  it("makes a loop over a field of another loop's item whole: the one item whose field holds the key", () => {
    expect(resolveKeyLoop('{{ $key }}', 'dbPassword', [files, data], items)).toEqual({
      valuesPath: ['files', 'two', 'data'],
      range: true,
      keyVariable: '$key',
      valueVariable: '$value',
      dot: true
    });
    // Two items hold it: which one rendered cannot be told.
    expect(resolveKeyLoop('{{ $key }}', 'shared', [files, data], items)).toBeUndefined();
    expect(resolveKeyLoop('{{ $key }}', 'missing', [files, data], items)).toBe(false);
  });

  it('tells nothing of another key template, the value variable, or a loop it is not in', () => {
    expect(resolveKeyLoop('{{ include "app.key" . }}', 'API_TOKEN', [ENV], items)).toBeUndefined();
    expect(resolveKeyLoop('{{ $v }}', 'API_TOKEN', [ENV], items)).toBeUndefined();
    expect(resolveKeyLoop('{{ $k.x }}', 'API_TOKEN', [ENV], items)).toBeUndefined();
    expect(resolveKeyLoop('{{ $key }}', 'API_TOKEN', [ENV], items)).toBeUndefined();
    expect(resolveKeyLoop('{{ $k }}', 'x', [{ ...ENV, valuesPath: ['unset'] }], items)).toBeUndefined();
  });

  it("reads no value through a loop over a field of another loop's item that was not made whole", () => {
    expect(loopValuesReferences(' {{ $value }}', 'Zk4pR8vNc3Hs', scope([files, data]))).toEqual([]);
  });
});
