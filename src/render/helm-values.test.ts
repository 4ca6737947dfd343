import { takenAppVersion } from './helm-values.js';
import type { MappingContext } from './mapping-context.js';

/** A chart at `chart/` whose files are the given texts (path relative to the chart → text). */
function chartContext(files: Record<string, string>): MappingContext {
  return {
    root: { kind: 'helm', dir: 'chart', file: 'chart/Chart.yaml' },
    cwd: '/repo',
    readText: path => (path.startsWith('chart/') ? files[path.slice('chart/'.length)] : undefined),
    valuesFiles: []
  };
}

const CHART = 'apiVersion: v2\nname: demo\nversion: 0.1.0\nappVersion: latest\n';
const SCAFFOLD =
  'image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"';

describe('takenAppVersion', () => {
  it("is Chart.yaml's appVersion line when the values tag is empty or unset", () => {
    for (const values of ['image:\n  repository: rtcd\n  tag: ""\n', 'image:\n  repository: rtcd\n']) {
      const context = chartContext({ 'Chart.yaml': CHART, 'values.yaml': values });
      expect(takenAppVersion(SCAFFOLD, 'rtcd:latest', [], context)).toEqual({
        file: 'chart/Chart.yaml',
        line: 4,
        value: 'latest'
      });
    }
  });

  it('reads the prefix form of default and an appVersion printed alone', () => {
    const context = chartContext({ 'Chart.yaml': CHART, 'values.yaml': 'tag: ""\n' });
    const prefix = 'image: "rtcd:{{ default .Chart.AppVersion .Values.tag }}"';
    expect(takenAppVersion(prefix, 'rtcd:latest', [], context)?.line).toBe(4);
    expect(takenAppVersion('image: rtcd:{{ .Chart.AppVersion }}', 'rtcd:latest', [], context)?.line).toBe(4);
  });

  it('is nothing when values set the tag, the template does not print appVersion, or the value does not show it', () => {
    const context = chartContext({
      'Chart.yaml': CHART,
      'values.yaml': 'image:\n  repository: rtcd\n  tag: "1.4"\n'
    });
    expect(takenAppVersion(SCAFFOLD, 'rtcd:1.4', [], context)).toBeUndefined();
    expect(
      takenAppVersion('image: "{{ .Values.image.repository }}:latest"', 'rtcd:latest', [], context)
    ).toBeUndefined();
    const empty = chartContext({ 'Chart.yaml': CHART, 'values.yaml': 'image:\n  tag: ""\n' });
    expect(takenAppVersion(SCAFFOLD, 'rtcd:v2', [], empty)).toBeUndefined();
    expect(takenAppVersion(SCAFFOLD, { tag: 'latest' }, [], empty)).toBeUndefined();
  });

  it("reads a subchart's own Chart.yaml", () => {
    const context = chartContext({
      'Chart.yaml': 'apiVersion: v2\nname: umbrella\nversion: 1.0.0\nappVersion: "9.9"\n',
      'charts/sub/Chart.yaml': CHART,
      'charts/sub/values.yaml': 'image:\n  tag: ""\n'
    });
    expect(takenAppVersion(SCAFFOLD, 'rtcd:latest', ['charts', 'sub'], context)).toEqual({
      file: 'chart/charts/sub/Chart.yaml',
      line: 4,
      value: 'latest'
    });
  });
});
