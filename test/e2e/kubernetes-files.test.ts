import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scan } from '../../src/engine/scan.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bulkhead-k8s-'));
  const put = (path: string, text: string) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  put(
    'chart/templates/deployment.yaml',
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: "{{ .Values.image }}"\n          securityContext:\n            privileged: {{ .Values.privileged }}\n'
  );
  put(
    'flow/pod.yaml',
    '{ apiVersion: "v1", kind: "Pod", metadata: { name: "win" }, spec: { os: { name: "windows" }, containers: [ { name: "iis", image: "mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022" } ] } }\n'
  );
  put(
    'json/pod.json',
    JSON.stringify(
      {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: 'p' },
        spec: { hostNetwork: true, containers: [{ name: 'c', image: 'busybox:1.36' }] }
      },
      null,
      2
    )
  );
  put(
    'broken/pod.yaml',
    'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: a\n     image: bad-indent\n'
  );
  put(
    'bomb/aliases.yaml',
    'apiVersion: v1\nkind: ConfigMap\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n'
  );
  put('hugo/config.toml', 'baseURL = "https://example.com"\n');
  put('.vscode/settings.json', '{ "editor.tabSize": 2 }\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('Kubernetes files from the real world', () => {
  it('skips Helm templates with a note, reads flow YAML and JSON, reports broken YAML as BH000, survives alias bombs', async () => {
    const { result } = await scan({ paths: [dir], cwd: dir });
    expect(result.complete).toBe(true);
    expect(result.notes.map(n => `${n.kind} ${n.file}`)).toContain(
      'template chart/templates/deployment.yaml'
    );
    const found = result.findings.map(f => `${f.location.file}:${f.location.region.startLine} ${f.ruleId}`);
    expect(found).toEqual(
      expect.arrayContaining(['flow/pod.yaml:1 BH601', 'json/pod.json:8 BH504', 'broken/pod.yaml:6 BH000'])
    );
    expect(
      found.some(
        f =>
          f.startsWith('chart/') || f.startsWith('hugo/') || f.startsWith('.vscode/') || f.startsWith('bomb/')
      )
    ).toBe(false);
  });
});

describe('templates/ folders', () => {
  const POD = [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: web',
    '  annotations:',
    `    hostname: '{{ ds.meta_data["local_hostname"] }}'`,
    'spec:',
    '  containers:',
    '    - name: web',
    '      image: "{{ .Values.image }}"',
    '      securityContext: {privileged: true}',
    ''
  ].join('\n');

  it("skip a chart's templates whose {{ }} all sit in quoted values, and read another templates/ folder as it is (Cluster API)", async () => {
    const root = mkdtempSync(join(tmpdir(), 'bulkhead-templates-'));
    try {
      for (const [path, text] of Object.entries({
        'chart/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 1.0.0\n',
        'chart/templates/pod.yaml': POD,
        // Helm renders subfolders of templates/ too (mariadb-operator's templates/operator/).
        'chart/templates/operator/pod.yaml': POD,
        'capz/templates/pod.yaml': POD,
        'capz/templates/sub/pod.yaml': POD,
        // A template action whose own quotes break the YAML, outside any chart: a template, not a BH000.
        'plain/cm.yaml':
          'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\ndata:\n  IMAGE: "{{ template "image" . }}"\n',
        // The same after a valid document: still a template, not a BH000 and a Pod read as it is.
        'plain/pod-and-cm.yaml':
          'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  hostNetwork: true\n  containers: [{name: c, image: "busybox:1.36"}]\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\ndata:\n  IMAGE: "{{ template "image" . }}"\n',
        'plain/broken.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: [cfg\n'
      })) {
        mkdirSync(join(root, path, '..'), { recursive: true });
        writeFileSync(join(root, path), text);
      }
      const { result } = await scan({ paths: ['.'], cwd: root, env: {} });
      expect(result.notes.filter(n => n.kind === 'template').map(n => n.file)).toEqual([
        'chart/templates/operator/pod.yaml',
        'chart/templates/pod.yaml',
        'plain/cm.yaml',
        'plain/pod-and-cm.yaml'
      ]);
      const where = result.findings.map(f => `${f.ruleId} ${f.location.file}:${f.location.region.startLine}`);
      expect(where).toEqual(
        expect.arrayContaining([
          'BH501 capz/templates/pod.yaml:11',
          'BH501 capz/templates/sub/pod.yaml:11',
          'BH000 plain/broken.yaml:5'
        ])
      );
      expect(where.filter(w => w.startsWith('BH000'))).toEqual(['BH000 plain/broken.yaml:5']);
      expect(result.findings.filter(f => f.location.file.startsWith('chart/'))).toEqual([]);
      expect(result.findings.filter(f => f.location.file === 'plain/pod-and-cm.yaml')).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
