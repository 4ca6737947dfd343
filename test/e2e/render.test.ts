import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Finding } from '../../src/core/finding.js';
import { scan } from '../../src/engine/scan.js';
import { k8sToolPath } from '../k8s-tools.js';
import type * as Sarif from 'sarif';
import { compileSarifSchema, describeResults, EXPECTED_NOTES, runMultitool } from '../sarif-validation.js';
import { runCli } from './run-cli.js';
import { writeTree } from '../write-tree.js';
import { sopsDotenv, sopsEncrypted, sopsJson, sopsYaml } from '../builders/sops.js';

const REPO = resolve(fileURLToPath(import.meta.url), '../../..');
const FIXTURES = 'test/fixtures/render';
/** The real helm v4 and kubectl 1.35 from the npm package; PATH is empty, so nothing of the machine is used. */
const TOOLS = { PATH: '', BULKHEAD_HELM: k8sToolPath('helm'), BULKHEAD_KUBECTL: k8sToolPath('kubectl') };

const where = (f: Finding) => `${f.ruleId} ${f.location.file}:${f.location.region.startLine}`;

/** Scans a tree of files (path → text) written below a temporary directory, which is removed afterwards. */
async function scanTree(
  prefix: string,
  files: Record<string, string>
): Promise<Awaited<ReturnType<typeof scan>>['result']> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  try {
    writeTree(dir, files);
    return (await scan({ paths: ['.'], cwd: dir, env: TOOLS })).result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('rendering Helm charts and Kustomize roots with the real tools', () => {
  let result: Awaited<ReturnType<typeof scan>>['result'];
  beforeAll(async () => {
    ({ result } = await scan({ paths: [FIXTURES], cwd: REPO, env: TOOLS }));
  });

  it('points every finding on a rendered object at the template, values or patch line the user edits', () => {
    expect(result.complete).toBe(true);
    expect(result.findings.map(where).sort()).toEqual(
      [
        // windows.enabled=false by default: the HostProcess DaemonSet only shows in the second pass.
        `BH604 ${FIXTURES}/csi-windows-chart/templates/csi-node-windows.yaml:21`,
        `BH501 ${FIXTURES}/csi-windows-chart/templates/csi-node.yaml:24`,
        `BH505 ${FIXTURES}/csi-windows-chart/templates/csi-node.yaml:34`,
        // securityContext comes from values through toYaml | nindent: the values lines.
        `BH403 ${FIXTURES}/web-chart/values.yaml:5`,
        `BH502 ${FIXTURES}/web-chart/values.yaml:13`,
        `BH503 ${FIXTURES}/web-chart/values.yaml:14`,
        `BH507 ${FIXTURES}/web-chart/values.yaml:17`,
        // The vendored subchart renders offline; the parent's override is the line that makes it privileged.
        `BH501 ${FIXTURES}/platform-chart/values.yaml:7`,
        `BH505 ${FIXTURES}/platform-chart/charts/cache/templates/statefulset.yaml:31`,
        `BH504 ${FIXTURES}/platform-chart/templates/api.yaml:14`,
        // The Windows overlay's patch line, not the base and not the rendered output.
        `BH601 ${FIXTURES}/kustomize/overlays/windows-admin/run-as-admin.yaml:13`
      ].sort()
    );
    expect(
      result.findings.filter(f => f.properties?.sourceMapping !== 'exact').map(f => [where(f), f.properties])
    ).toEqual([]);
  });

  it('reports nothing on a template or values file the user excluded, though the chart renders whole', async () => {
    const { result: excluded } = await scan({
      paths: [FIXTURES],
      cwd: REPO,
      env: TOOLS,
      // One glob at any depth (from the working directory), one relative to the scanned directory.
      exclude: ['csi-node-windows.yaml', 'web-chart/values.yaml']
    });
    const files = excluded.findings.map(f => f.location.file);
    expect(files).not.toContain(`${FIXTURES}/csi-windows-chart/templates/csi-node-windows.yaml`);
    expect(files).not.toContain(`${FIXTURES}/web-chart/values.yaml`);
    // The rest of those charts is still reported.
    expect(excluded.findings.map(where)).toContain(
      `BH501 ${FIXTURES}/csi-windows-chart/templates/csi-node.yaml:24`
    );
    expect(excluded.findings).toHaveLength(result.findings.length - 5);
  });

  it('offers no fixes on rendered findings: a fix edits the rendered stream, not the files the user edits', () => {
    const rendered = result.findings.filter(f => f.properties?.renderedFrom !== undefined);
    expect(rendered.map(where)).toContain(`BH503 ${FIXTURES}/web-chart/values.yaml:14`);
    expect(rendered.filter(f => f.fixes !== undefined).map(where)).toEqual([]);
  });

  it('says which findings only the Windows pass produces, with the values used', () => {
    const hostProcess = result.findings.find(f => f.ruleId === 'BH604');
    expect(hostProcess?.severity).toBe('critical');
    expect(hostProcess?.message).toMatch(/NT AUTHORITY\\SYSTEM.*Only rendered with windows\.enabled=true\.$/);
    expect(hostProcess?.properties?.renderValues).toBe('windows.enabled=true');
    const linux = result.findings.find(f => f.ruleId === 'BH501' && f.location.file.includes('csi'));
    expect(linux?.properties?.renderValues).toBeUndefined();
  });

  it('gives a chart that fails to render one note naming the chart and the reason, and scans the rest', () => {
    const notes = result.notes.filter(n => n.kind === 'render');
    expect(notes.map(n => n.file).sort()).toEqual([
      `${FIXTURES}/broken-chart/Chart.yaml`,
      `${FIXTURES}/remote-dependency-chart/Chart.yaml`
    ]);
    expect(notes.find(n => n.file?.includes('broken'))?.message).toMatch(
      /^Helm chart 'test\/fixtures\/render\/broken-chart' could not be rendered: .*image\.tag is required/
    );
    expect(notes.find(n => n.file?.includes('remote'))?.message).toMatch(
      /missing in charts\/ directory: postgresql/
    );
    expect(result.renders?.map(r => `${r.root} ${r.kind} ${r.status}`).sort()).toEqual([
      `${FIXTURES}/broken-chart helm failed`,
      `${FIXTURES}/csi-windows-chart helm rendered`,
      `${FIXTURES}/kustomize/overlays/windows-admin kustomize rendered`,
      `${FIXTURES}/platform-chart helm rendered`,
      `${FIXTURES}/remote-dependency-chart helm failed`,
      `${FIXTURES}/web-chart helm rendered`
    ]);
    // The templates of rendered charts were scanned through their output; only failed charts' stay "skipped".
    const templates = result.notes.filter(n => n.kind === 'template').map(n => n.file);
    expect(templates.sort()).toEqual([
      `${FIXTURES}/broken-chart/templates/pod.yaml`,
      `${FIXTURES}/remote-dependency-chart/templates/configmap.yaml`
    ]);
  });

  it('lists the roots in the text output and the JSON report', async () => {
    const text = await runCli(['scan', FIXTURES, '--fail-on', 'none'], { cwd: REPO, env: TOOLS });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Rendered 3 Helm charts and 1 Kustomize root; 2 failed (see the notes).');
    const json = await runCli(['scan', FIXTURES, '--format', 'json', '--fail-on', 'none'], {
      cwd: REPO,
      env: TOOLS
    });
    const report = JSON.parse(json.stdout) as {
      renders: { root: string; status: string; windowsValues?: string }[];
    };
    expect(report.renders.find(r => r.root.endsWith('csi-windows-chart'))).toMatchObject({
      status: 'rendered',
      windowsValues: 'windows.enabled=true'
    });
  });

  it('scans the same tree without helm and kubectl: no crash, one note per root', async () => {
    const { result: bare } = await scan({
      paths: [FIXTURES],
      cwd: REPO,
      env: { PATH: join(REPO, 'no-such-dir') }
    });
    expect(bare.complete).toBe(true);
    const notes = bare.notes.filter(n => n.kind === 'render');
    expect(notes).toHaveLength(6);
    expect(new Set(notes.map(n => n.file)).size).toBe(6);
    expect(notes.find(n => n.file?.endsWith('web-chart/Chart.yaml'))?.message).toBe(
      `Helm chart '${FIXTURES}/web-chart' was not rendered: helm was not found (PATH, render.helm-path or BULKHEAD_HELM). Its templates were not scanned.`
    );
    expect(notes.find(n => n.file?.endsWith('kustomization.yaml'))?.message).toMatch(
      /kubectl or kustomize was not found .*\. Only its plain manifests were scanned, as files\.$/
    );
    // Plain manifests are still scanned; the patch alone (a partial Deployment) gives no false findings.
    expect(bare.findings.filter(f => f.location.file.includes('run-as-admin'))).toEqual([]);
  });
});

describe('a chart whose default values fail: rendered with its own CI values', () => {
  const CHART = 'test/fixtures/render-ci/agent-chart';

  it('renders with the first ci/*-values.yaml by name, says so, and maps findings to the values line', async () => {
    const { result } = await scan({ paths: [CHART], cwd: REPO, env: TOOLS });
    // hostNetwork comes from values.yaml; ci/with-tls-values.yaml, not used, would turn it off.
    expect(result.findings.map(where)).toEqual([`BH504 ${CHART}/values.yaml:3`]);
    expect(result.notes.map(n => [n.kind, n.file, n.message])).toEqual([
      [
        'render',
        `${CHART}/Chart.yaml`,
        `Helm chart '${CHART}' was rendered with '${CHART}/ci/test-values.yaml': its default values fail: execution error at (agent/templates/daemonset.yaml:19:23): lokiAddress must be set.`
      ]
    ]);
    expect(result.renders).toMatchObject([
      { root: CHART, status: 'rendered', objects: 1, valuesFile: `${CHART}/ci/test-values.yaml` }
    ]);
  });

  it("renders with its CI values a chart whose defaults fail its values schema (external-dns's null policy)", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bulkhead-ci-schema-'));
    try {
      const chart = join(dir, 'dns');
      mkdirSync(join(chart, 'templates'), { recursive: true });
      mkdirSync(join(chart, 'ci'));
      writeFileSync(join(chart, 'Chart.yaml'), 'apiVersion: v2\nname: external-dns\nversion: 1.0.0\n');
      writeFileSync(join(chart, 'values.yaml'), 'policy:\nhostNetwork: true\n');
      writeFileSync(
        join(chart, 'values.schema.json'),
        '{"type": "object", "properties": {"policy": {"type": "string"}, "hostNetwork": {"type": "boolean"}}}\n'
      );
      writeFileSync(join(chart, 'ci', 'ci-values.yaml'), 'policy: sync\n');
      writeFileSync(
        join(chart, 'templates', 'pod.yaml'),
        'apiVersion: v1\nkind: Pod\nmetadata:\n  name: dns\nspec:\n  hostNetwork: {{ .Values.hostNetwork }}\n  securityContext: {runAsNonRoot: true, runAsUser: 65534}\n  containers:\n    - name: dns\n      image: registry.k8s.io/external-dns/external-dns:v0.15.0\n      args: [--policy={{ .Values.policy }}]\n      securityContext: {allowPrivilegeEscalation: false}\n      resources: {limits: {cpu: 100m, memory: 64Mi}}\n'
      );
      const { result } = await scan({ paths: ['.'], cwd: dir, env: TOOLS });
      expect(result.findings.map(where)).toEqual(['BH504 dns/values.yaml:2']);
      expect(result.renders).toMatchObject([
        { root: 'dns', status: 'rendered', valuesFile: 'dns/ci/ci-values.yaml' }
      ]);
      expect(result.notes.find(n => n.kind === 'render')?.message).toMatch(
        /^Helm chart 'dns' was rendered with 'dns\/ci\/ci-values\.yaml': its default values fail: values don't meet the specifications of the schema\(s\) .*- at '\/policy': got null, want string\.$/
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails with one note when the chart has no CI values, naming what its defaults lack', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bulkhead-ci-values-'));
    try {
      cpSync(join(REPO, CHART), join(dir, 'agent-chart'), { recursive: true });
      rmSync(join(dir, 'agent-chart', 'ci'), { recursive: true });
      const { result } = await scan({ paths: ['agent-chart'], cwd: dir, env: TOOLS });
      expect(result.findings).toEqual([]);
      expect(result.renders?.map(r => r.status)).toEqual(['failed']);
      expect(result.notes.find(n => n.kind === 'render')?.message).toMatch(
        /^Helm chart 'agent-chart' could not be rendered: .*lokiAddress must be set\. Its templates were not scanned\.$/
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('secrets a chart generates at install time', () => {
  it('reports the committed default, not the values randAlphaNum and genCA make on each render', async () => {
    const CHART = 'test/fixtures/render-ci/secrets-chart';
    const { result } = await scan({ paths: [CHART], cwd: REPO, env: TOOLS });
    expect(result.findings.map(f => `${where(f)} ${f.message}`)).toEqual([
      `BH206 ${CHART}/values.yaml:2 Secret 'bulkhead-registry' key 'ADMIN_PASSWORD' holds a literal value ('Ha…').`
    ]);
    expect(result.renders?.map(r => r.status)).toEqual(['rendered']);
  });
});

describe('two objects of one kind in one template', () => {
  it("takes the line that renders the value, a trailing comment aside (cloud-provider-azure's DaemonSets)", async () => {
    const daemonSet = (name: string, os: string, extra: string) => `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: ${name}
spec:
  selector:
    matchLabels: {app: ${name}}
  template:
    metadata:
      labels: {app: ${name}}
    spec:
${extra}      nodeSelector:
        kubernetes.io/os: ${os}
      containers:
        - name: m
          image: {{ .Values.image }}
          resources: {limits: {cpu: 1, memory: 1Gi}}
`;
    const result = await scanTree('bulkhead-render-comment-', {
      'chart/Chart.yaml': 'apiVersion: v2\nname: chart\nversion: 0.1.0\n',
      'chart/values.yaml': 'image: mcr.microsoft.com/oss/node-manager:v1.30.0\n',
      'chart/templates/ds.yaml': [
        daemonSet('node-manager', 'linux', '      hostNetwork: true # required to fetch correct hostname\n'),
        // A HostProcess pod: BH604's, never BH504's (RULES.md).
        daemonSet(
          'node-manager-windows',
          'windows',
          '      securityContext:\n        windowsOptions: {hostProcess: true, runAsUserName: "NT AUTHORITY\\\\system"}\n      hostNetwork: true\n'
        )
      ].join('---\n')
    });
    expect(result.findings.filter(f => f.ruleId === 'BH504').map(where)).toEqual([
      'BH504 chart/templates/ds.yaml:12'
    ]);
  });
});

describe("a chart that refuses the 'default' namespace (NVIDIA's device plugin)", () => {
  it('renders in another namespace, says so, and reports what it deploys', async () => {
    const result = await scanTree('bulkhead-render-namespace-', {
      'plugin/Chart.yaml': 'apiVersion: v2\nname: plugin\nversion: 0.1.0\n',
      'plugin/values.yaml': 'allowDefaultNamespace: false\n',
      'plugin/templates/validation.yaml':
        '{{- if and (eq .Release.Namespace "default") (not .Values.allowDefaultNamespace) }}\n{{- fail "Running in the \'default\' namespace is not recommended. Use --namespace." }}\n{{- end }}\n',
      'plugin/templates/ds.yaml': `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: plugin
spec:
  selector:
    matchLabels: {app: plugin}
  template:
    metadata:
      labels: {app: plugin}
    spec:
      containers:
        - name: plugin
          image: nginx:1.27
          securityContext:
            privileged: true
`,
      // A chart that fails for another reason keeps its note.
      'broken/Chart.yaml': 'apiVersion: v2\nname: broken\nversion: 0.1.0\n',
      'broken/templates/x.yaml': '{{- fail "image.tag is required" }}\n'
    });
    expect(result.renders?.map(r => `${r.root} ${r.status}`)).toEqual(['broken failed', 'plugin rendered']);
    expect(result.findings.map(where)).toEqual(expect.arrayContaining(['BH501 plugin/templates/ds.yaml:16']));
    expect(result.notes.find(n => n.file === 'plugin/Chart.yaml')?.message).toMatch(
      /^Helm chart 'plugin' was rendered in namespace 'bulkhead': it refuses 'default': .*Running in the 'default' namespace/
    );
  });
});

describe('a render that fails on a secret it was given', () => {
  it("redacts the reason in the renders list as in the note (kustomize quotes a helmCharts entry's values)", async () => {
    const password = 'Xk9fQ2mZr7LpT4vW';
    const result = await scanTree('bulkhead-render-reason-', {
      'base/kustomization.yaml': `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
helmCharts:
  - name: app
    releaseName: app
    valuesInline:
      db:
        password: ${password}
`
    });
    const [render] = result.renders ?? [];
    expect(render).toMatchObject({ root: 'base', kind: 'kustomize', status: 'failed' });
    expect(render?.reason).toContain('password: Xk9f…');
    expect(JSON.stringify(result)).not.toContain(password);
  });

  it('redacts an env entry of an inline patch that kubectl quotes whole (a JSON 6902 patch with no target)', async () => {
    const password = 'Vq7nX2pLmR4zT8';
    const result = await scanTree('bulkhead-render-patch-reason-', {
      'app/kustomization.yaml': `resources:
  - deploy.yaml
patches:
  - patch: |-
      - op: add
        path: /spec/template/spec/containers/0/env
        value:
          - name: DB_PASSWORD
            value: ${password}
`,
      'app/deploy.yaml':
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: nginx:1.27\n'
    });
    const [render] = result.renders ?? [];
    expect(render).toMatchObject({ root: 'app', kind: 'kustomize', status: 'failed' });
    expect(render?.reason).toContain('value: Vq7…');
    expect(JSON.stringify(result)).not.toContain(password);
  });
});

describe('a block pasted from a value or its default', () => {
  it("points at the values key Helm took: the default when the value is empty (elastic's filebeat)", async () => {
    const daemonSet = (expression: string) => `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: {{ .Release.Name }}-beat
spec:
  selector:
    matchLabels: {app: beat}
  template:
    metadata:
      labels: {app: beat}
    spec:
      containers:
        - name: beat
          image: docker.elastic.co/beats/filebeat:8.5.1
          resources: {limits: {cpu: 1, memory: 1Gi}}
          securityContext: {{ toYaml ${expression} | nindent 12 }}
`;
    const result = await scanTree('bulkhead-render-default-', {
      'beat/Chart.yaml': 'apiVersion: v2\nname: beat\nversion: 0.1.0\n',
      'beat/values.yaml':
        'podSecurityContext: {}\ndaemonset:\n  securityContext:\n    runAsUser: 0\n    privileged: true\nsidecar:\n  securityContext:\n    privileged: true\n',
      'beat/templates/piped.yaml': daemonSet(
        '(.Values.podSecurityContext | default .Values.daemonset.securityContext)'
      ),
      'beat/templates/prefixed.yaml': daemonSet(
        '(default .Values.daemonset.securityContext .Values.sidecar.securityContext)'
      )
    });
    expect(result.findings.map(where)).toEqual([
      'BH502 beat/values.yaml:4',
      'BH501 beat/values.yaml:5',
      'BH501 beat/values.yaml:8'
    ]);
  });
});

describe('values a template reads through a variable', () => {
  const pod = (name: string, spec: string) => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
  containers:
    - name: ${name}
      image: nginx:1.27
      resources: {limits: {cpu: 100m, memory: 64Mi}}
${spec}`;
  const values = `sc:
  runAsUser: 0
  privileged: true
kubeVip:
  enabled: true
csi:
  securityContext:
    privileged: true
hostNetwork: true
env:
  DB_PASSWORD: s3cr3tV4lue99
  API_TOKEN: s3cr3tV4lue99
  LOG_LEVEL: debug
a:
  runAsUser: 0
b:
  privileged: true
own:
  runAsUser: 1000
`;

  it("points at the values line the variable stands for (vcluster's merge, SPIFFE's deepCopy, a range over env)", async () => {
    const result = await scanTree('bulkhead-render-variables-', {
      'app/Chart.yaml': 'apiVersion: v2\nname: app\nversion: 0.1.0\n',
      'app/values.yaml': `${values}extraEnv:\n  - name: SMTP_PASSWORD\n    value: hunter2hunter2\npodSpec:\n  hostPID: true\n`,
      // vcluster: the map merged with an empty dict, then the template adds a capability of its own.
      'app/templates/merged.yaml': pod(
        'merged',
        `      securityContext:
        {{- $sc := merge .Values.sc dict }}
        {{- if .Values.kubeVip.enabled }}
          {{- $_ := set $sc "capabilities" (dict "add" (list "NET_ADMIN")) }}
        {{- end }}
{{ toYaml $sc | indent 8 }}
`
      ),
      // SPIFFE's CSI driver: a deep copy bound at the top, piped to toYaml.
      'app/templates/copied.yaml': `{{- $main := deepCopy .Values.csi.securityContext }}
${pod(
  'copied',
  `      securityContext:
        {{- $main | toYaml | nindent 8 }}
`
)}`,
      'app/templates/range.yaml': pod(
        'range',
        `      env:
        {{- range $k, $val := .Values.env }}
        - name: {{ $k }}
          value: {{ $val | quote }}
        {{- end }}
  {{- $v := .Values }}
  hostNetwork: {{ $v.hostNetwork }}
`
      ),
      // The dot of a range over a values list, and of a with.
      'app/templates/dot.yaml': pod(
        'dot',
        `      env:
        {{- range .Values.extraEnv }}
        - name: {{ .name }}
          value: {{ .value | quote }}
        {{- end }}
  {{- with .Values.podSpec }}
  hostPID: {{ .hostPID }}
  {{- end }}
`
      )
    });
    expect(result.findings.map(where)).toEqual([
      // The capability is the template's own: it stays on the key that pastes the map.
      'BH507 app/templates/merged.yaml:10',
      'BH502 app/values.yaml:2',
      'BH501 app/values.yaml:3',
      'BH501 app/values.yaml:8',
      'BH504 app/values.yaml:9',
      // Both variables hold the same text: the item's name tells which key it is.
      'BH205 app/values.yaml:11',
      'BH205 app/values.yaml:12',
      'BH205 app/values.yaml:22',
      'BH504 app/values.yaml:24'
    ]);
  });

  it('stays on the template line when the variable stands for more than one values path, or for none', async () => {
    const result = await scanTree('bulkhead-render-variables-not-', {
      'app/Chart.yaml': 'apiVersion: v2\nname: app\nversion: 0.1.0\n',
      'app/values.yaml': `${values}caps:\n  capabilities:\n    add: [NET_RAW]\n`,
      'app/templates/both.yaml': pod(
        'both',
        `      securityContext:
        {{- $both := merge .Values.a .Values.b }}
{{ toYaml $both | indent 8 }}
`
      ),
      // The template sets the value values give otherwise (1000), and a capability in place of values' own.
      'app/templates/set.yaml': pod(
        'set',
        `      securityContext:
        {{- $own := merge .Values.own dict }}
        {{- $_ := set $own "runAsUser" 0 }}
{{ toYaml $own | indent 8 }}
`
      ),
      // Values give the same 0, but the template sets it whatever they say: editing values changes nothing.
      'app/templates/forced.yaml': pod(
        'forced',
        `      securityContext:
        {{- $forced := .Values.a }}
        {{- $_ := set $forced "runAsUser" 0 }}
{{ toYaml $forced | indent 8 }}
`
      ),
      'app/templates/caps.yaml': pod(
        'caps',
        `      securityContext:
        {{- $caps := deepCopy .Values.caps }}
        {{- $_ := set $caps.capabilities "add" (list "SYS_ADMIN") }}
{{ toYaml $caps | indent 8 }}
`
      ),
      'app/templates/literal.yaml': pod(
        'literal',
        `      {{- $uid := 0 }}
      securityContext:
        runAsUser: {{ $uid }}
`
      )
    });
    expect(result.findings.map(where)).toEqual([
      'BH501 app/templates/both.yaml:10',
      'BH502 app/templates/both.yaml:10',
      'BH507 app/templates/caps.yaml:10',
      'BH502 app/templates/forced.yaml:10',
      'BH502 app/templates/literal.yaml:12',
      'BH502 app/templates/set.yaml:10'
    ]);
  });

  it("points a variable bound by ternary at the branch the chart's values take (ory's keto: automount, securityContext)", async () => {
    const result = await scanTree('bulkhead-render-variables-ternary-', {
      '.bulkhead.yml': 'pod-security-level: restricted\n',
      'keto/Chart.yaml': 'apiVersion: v2\nname: keto\nversion: 0.1.0\n',
      'keto/values.yaml': `deployment:
  securityContext: {}
  podSecurityContext:
    runAsUser: 0
  automountServiceAccountToken: true
securityContext:
  privileged: true
podSecurityContext:
  runAsUser: 1000
mode: strict
`,
      'keto/templates/deploy.yaml': `{{- $automount := ternary .Values.deployment.automountServiceAccountToken .Values.automountServiceAccountToken (not (empty .Values.deployment.automountServiceAccountToken )) -}}
{{- $sc := ternary .Values.deployment.securityContext .Values.securityContext (not (empty .Values.deployment.securityContext)) -}}
{{- $pod := ternary .Values.deployment.podSecurityContext .Values.podSecurityContext (hasKey .Values.deployment "podSecurityContext") -}}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: keto
spec:
  selector: {matchLabels: {app: keto}}
  template:
    metadata: {labels: {app: keto}}
    spec:
      automountServiceAccountToken: {{ $automount }}
      securityContext:
        {{- toYaml $pod | nindent 8 }}
      containers:
        - name: keto
          image: busybox:1.36
          securityContext:
            {{- toYaml $sc | nindent 12 }}
          resources: {limits: {cpu: 100m, memory: 64Mi}}
`,
      // A condition the values do not decide (a comparison) leaves the variable on the template line.
      'keto/templates/job.yaml': `{{- $jobSc := ternary .Values.securityContext .Values.deployment.securityContext (eq .Values.mode "strict") -}}
apiVersion: batch/v1
kind: Job
metadata:
  name: keto-job
spec:
  template:
    spec:
      restartPolicy: Never
      automountServiceAccountToken: false
      containers:
        - name: job
          image: busybox:1.36
          securityContext:
            {{- toYaml $jobSc | nindent 12 }}
          resources: {limits: {cpu: 100m, memory: 64Mi}}
`
    });
    const summary = result.findings
      .filter(f => ['BH501', 'BH502', 'BH517'].includes(f.ruleId))
      .map(f => [where(f), f.properties?.sourceMapping]);
    expect(summary.sort()).toEqual([
      ['BH501 keto/templates/job.yaml:14', 'approximate'],
      ['BH501 keto/values.yaml:7', 'exact'],
      // No runAsUser at all in the job: the container is the place.
      ['BH502 keto/templates/job.yaml:12', 'exact'],
      ['BH502 keto/values.yaml:4', 'exact'],
      ['BH517 keto/values.yaml:5', 'exact']
    ]);
  });
});

describe('a template that is one include', () => {
  it("points at the key in the named template's define (the EBS CSI driver's node-windows.yaml)", async () => {
    const result = await scanTree('bulkhead-render-include-', {
      'csi/Chart.yaml': 'apiVersion: v2\nname: csi\nversion: 0.1.0\n',
      'csi/values.yaml': 'image: registry.example/csi:1.2.3\n',
      'csi/templates/node-windows.yaml':
        '{{$args := dict\n  "NodeName" "node-win"\n}}\n{{- include "csi.node-windows" (deepCopy $ | mustMerge $args) -}}\n',
      'csi/templates/_node-windows.tpl': `{{- define "csi.node-windows" -}}
apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: {{ .NodeName }}
spec:
  selector:
    matchLabels: {app: csi}
  template:
    metadata:
      labels: {app: csi}
    spec:
      nodeSelector:
        kubernetes.io/os: windows
      containers:
        - name: plugin
          image: {{ .Values.image }}
          securityContext:
            windowsOptions:
              runAsUserName: "ContainerAdministrator"
          resources:
            limits: {cpu: 100m, memory: 100Mi}
{{- end -}}
`
    });
    expect(result.findings.map(f => [where(f), f.properties?.sourceMapping])).toEqual([
      ['BH601 csi/templates/_node-windows.tpl:20', 'exact']
    ]);
  });

  it('follows a define of actions only to the define it includes (JupyterHub: the continuous image puller)', async () => {
    const result = await scanTree('bulkhead-render-nested-include-', {
      'hub/Chart.yaml': 'apiVersion: v2\nname: hub\nversion: 0.1.0\n',
      'hub/values.yaml': 'puller:\n  enabled: true\n',
      'hub/templates/puller/daemonset-continuous.yaml': `{{- /*
The continuous puller.
*/}}
{{- if .Values.puller.enabled }}
{{- include "hub.puller.continuous" . }}
{{- end }}
`,
      'hub/templates/puller/_helpers-daemonset.tpl': `{{- define "hub.puller" -}}
apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: {{ .prefix }}puller
spec:
  selector:
    matchLabels: {app: puller}
  template:
    metadata:
      labels: {app: puller}
    spec:
      containers:
        - name: pause
          image: registry.k8s.io/pause:3.9
          securityContext:
            privileged: true
{{- end }}

{{- define "hub.puller.continuous" -}}
    {{- $_ := merge (dict "prefix" "continuous-") . }}
    {{- include "hub.puller" $_ }}
{{- end }}
`
    });
    expect(result.findings.map(f => [where(f), f.properties?.sourceMapping]).sort()).toEqual([
      ['BH501 hub/templates/puller/_helpers-daemonset.tpl:17', 'exact'],
      ['BH508 hub/templates/puller/_helpers-daemonset.tpl:14', 'exact']
    ]);
  });
});

describe('containers and pod specs a chart keeps in named templates', () => {
  it('points at the lines of the define each include pastes, and from there at values', async () => {
    const result = await scanTree('bulkhead-render-includes-', {
      'ci/Chart.yaml': 'apiVersion: v2\nname: ci\nversion: 0.1.0\n',
      'ci/values.yaml': 'sidecar:\n  securityContext:\n    privileged: true\nimage:\n  tag: latest\n',
      // Jenkins' config-reload sidecar: one define for the init container and the container.
      'ci/templates/_helpers.tpl': `{{- define "ci.sidecar" -}}
- name: {{ index . 1 }}
  image: registry.example/reload:1.2.0
  securityContext:
    {{- toYaml (index . 0).Values.sidecar.securityContext | nindent 4 }}
{{- end -}}

{{- define "ci.podSpec" -}}
hostNetwork: true
containers:
  - name: app
    image: "registry.example/app:{{ .Values.image.tag }}"
    resources: {limits: {cpu: 100m, memory: 64Mi}}
{{- include "ci.sidecar" (list . "reload") | nindent 2 }}
    resources: {limits: {cpu: 100m, memory: 64Mi}}
{{- end -}}
`,
      'ci/templates/deployment.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Release.Name }}
spec:
  selector:
    matchLabels: {app: ci}
  template:
    metadata:
      labels: {app: ci}
    spec:
      {{- include "ci.podSpec" . | nindent 6 }}
`
    });
    expect(result.findings.map(where).sort()).toEqual([
      'BH403 ci/values.yaml:5',
      'BH501 ci/values.yaml:3',
      'BH504 ci/templates/_helpers.tpl:9'
    ]);
    expect(result.findings.every(f => f.properties?.sourceMapping === 'exact')).toBe(true);
  });
});

describe('a container whose name is a YAML alias (linkerd: `name: *containerName`)', () => {
  // linkerd's proxy define anchors the name in an env value and names the container with the alias.
  const proxy = (indent: string) =>
    `${indent}env:\n${indent}- name: CONTAINER_NAME\n${indent}  value: &containerName sidecar\n${indent}image: busybox:1.36\n${indent}name: *containerName\n`;
  const chart = (pasted: string, define: string) => ({
    'demo/Chart.yaml': 'apiVersion: v2\nname: demo\nversion: 0.1.0\n',
    'demo/templates/_proxy.tpl': `{{- define "proxy" -}}\n${define}{{- end -}}\n`,
    'demo/templates/deploy.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: d
spec:
  selector: {matchLabels: {a: b}}
  template:
    metadata: {labels: {a: b}}
    spec:
      containers:
      - image: nginx:1.25
        name: app
        resources: {limits: {cpu: 1, memory: 1Gi}}
${pasted}`
  });

  it("is not put on another container's name line: pasted where Bulkhead cannot inline it, it falls back to containers:", async () => {
    // linkerd's identity.yaml: `- {{- include "partials.proxy" . | indent 8 | trimPrefix (repeat 7 " ") }}`.
    const pasted = '      - {{- include "proxy" . | indent 8 | trimPrefix (repeat 7 " ") }}\n';
    const aliased = await scanTree('bulkhead-render-alias-name-', chart(pasted, proxy('')));
    const literal = await scanTree(
      'bulkhead-render-literal-name-',
      chart(pasted, proxy('').replace('*containerName', 'sidecar'))
    );
    const summary = (r: typeof aliased) =>
      r.findings.map(f => [where(f), f.properties?.sourceMapping, f.relatedLocations?.length ?? 0]);
    expect(summary(aliased)).toEqual([['BH508 demo/templates/deploy.yaml:10', 'approximate', 1]]);
    expect(summary(aliased)).toEqual(summary(literal));
  });

  it('points at the name line of the define when it is pasted as a block', async () => {
    const result = await scanTree(
      'bulkhead-render-alias-block-',
      chart('      {{- include "proxy" . | nindent 6 }}\n', proxy('  ').replace('  env:', '- env:'))
    );
    expect(result.findings.map(f => [where(f), f.properties?.sourceMapping])).toEqual([
      ['BH508 demo/templates/_proxy.tpl:6', 'exact']
    ]);
  });
});

describe('secrets a chart generates in its Windows pass', () => {
  it('drops them as in the default render: only the Windows pass renders them', async () => {
    const result = await scanTree('bulkhead-render-winsecret-', {
      'agent/Chart.yaml': 'apiVersion: v2\nname: agent\nversion: 0.1.0\n',
      'agent/values.yaml': 'windows:\n  enabled: false\n',
      'agent/templates/windows-secret.yaml':
        '{{- if .Values.windows.enabled }}\napiVersion: v1\nkind: Secret\nmetadata:\n  name: agent-windows\nstringData:\n  token: {{ randAlphaNum 24 | quote }}\n{{- end }}\n'
    });
    expect(result.renders?.map(r => [r.status, r.windowsValues])).toEqual([
      ['rendered', 'windows.enabled=true']
    ]);
    expect(result.findings).toEqual([]);
  });
});

describe('one base deployed by several overlays', () => {
  it('gives one result per rule and line, and puts a missing pod field on the base, not on a patch of the pod', async () => {
    const deployment = (spec: string) =>
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n${spec}`;
    const result = await scanTree('bulkhead-render-overlays-', {
      '.bulkhead.yml': 'pod-security-level: restricted\n',
      'base/kustomization.yaml': 'resources:\n- deploy.yaml\n',
      'base/deploy.yaml': deployment(
        '      hostNetwork: true\n      containers:\n      - name: web\n        image: nginx:1.25\n'
      ),
      'dev/kustomization.yaml': 'namePrefix: dev-\nresources:\n- ../base\n',
      // The patch only adds a nodeSelector: it holds the pod `spec:`, not what the pod lacks.
      'prod/kustomization.yaml': 'namePrefix: prod-\nresources:\n- ../base\npatches:\n- path: patch.yaml\n',
      'prod/patch.yaml': deployment('      nodeSelector:\n        pool: prod\n')
    });
    const found = result.findings.map(where);
    expect(found.filter(f => /BH50[4]|BH517/.test(f)).sort()).toEqual([
      'BH504 base/deploy.yaml:8',
      'BH517 base/deploy.yaml:7'
    ]);
    expect(new Set(found).size).toBe(found.length);
  });

  it('names the ServiceAccount a message names as the base does, so the overlays give one result', async () => {
    const result = await scanTree('bulkhead-render-overlay-names-', {
      '.bulkhead.yml': 'pod-security-level: restricted\n',
      'base/kustomization.yaml': 'resources:\n- all.yaml\n',
      'base/all.yaml': `apiVersion: v1
kind: ServiceAccount
metadata:
  name: app
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: app
spec:
  template:
    spec:
      serviceAccountName: app
      containers:
      - name: app
        image: nginx:1.25
`,
      'dev/kustomization.yaml': 'resources:\n- ../base\nnamePrefix: dev-\n',
      'prod/kustomization.yaml': 'resources:\n- ../base\nnamePrefix: prod-\n',
      // An overlay's own account is named as its file names it; one the render lacks keeps its name.
      'own/kustomization.yaml': 'resources:\n- all.yaml\nnamePrefix: own-\n',
      'own/all.yaml': `apiVersion: v1
kind: ServiceAccount
metadata:
  name: own-sa
---
apiVersion: v1
kind: Pod
metadata:
  name: tool
spec:
  serviceAccountName: own-sa
  containers:
  - name: tool
    image: busybox:1.36
---
apiVersion: v1
kind: Pod
metadata:
  name: runner
spec:
  serviceAccountName: builder
  containers:
  - name: runner
    image: busybox:1.36
`
    });
    const tokens = result.findings.filter(f => f.ruleId === 'BH517');
    expect(
      tokens.map(f => [
        where(f),
        f.message.match(/ServiceAccount '[^']+'/)?.[0],
        f.relatedLocations?.map(l => `${l.file}:${l.region.startLine} ${l.message ?? ''}`)
      ])
    ).toEqual([
      [
        'BH517 base/all.yaml:12',
        "ServiceAccount 'app'",
        // The account's `kind:` line, as for a ServiceAccount in a plain manifest.
        ["base/all.yaml:2 ServiceAccount 'app' leaves automountServiceAccountToken unset"]
      ],
      [
        'BH517 own/all.yaml:10',
        "ServiceAccount 'own-sa'",
        ["own/all.yaml:2 ServiceAccount 'own-sa' leaves automountServiceAccountToken unset"]
      ],
      ['BH517 own/all.yaml:20', "ServiceAccount 'builder'", undefined]
    ]);
  });

  it("names the object a base's JSON 6902 patch changes as the base does", async () => {
    const result = await scanTree('bulkhead-render-overlay-json-names-', {
      'base/kustomization.yaml': `resources:
- deploy.yaml
patches:
- target: {kind: Deployment, name: api}
  patch: |-
    - op: add
      path: /spec/template/spec/hostPID
      value: true
`,
      'base/deploy.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  template:
    spec:
      containers:
      - name: api
        image: nginx:1.25
`,
      'dev/kustomization.yaml': 'resources:\n- ../base\nnamePrefix: dev-\n',
      'prod/kustomization.yaml': 'resources:\n- ../base\nnamePrefix: prod-\n'
    });
    expect(result.findings.filter(f => f.ruleId === 'BH504').map(f => [where(f), f.message])).toEqual([
      [
        'BH504 base/kustomization.yaml:8',
        "Deployment 'api' shares the host's process (PID) namespace ('hostPID: true')."
      ]
    ]);
  });
});

describe('kustomizations an app-of-apps root lists, when that root fails', () => {
  /** A kustomization that only pulls a remote manifest: it fails offline, as a Grafana dashboard URL does. */
  const remote = 'resources:\n  - https://raw.githubusercontent.com/example/repo/main/deploy.yaml\n';
  const secret = (name: string, value: string) =>
    `secretGenerator:\n  - name: ${name}\n    literals:\n      - DB_PASSWORD=${value}\n`;
  const renders = (result: Awaited<ReturnType<typeof scanTree>>) =>
    result.renders?.map(r => `${r.root} ${r.status}`);

  it("renders the children on their own, so one broken child hides none of the others' generators (toboshii's home-ops)", async () => {
    const result = await scanTree('bulkhead-render-fallback-', {
      'apps/kustomization.yaml': 'resources:\n  - a\n  - b\n  - group\n',
      'apps/a/kustomization.yaml': remote,
      'apps/b/kustomization.yaml': secret('db', 'Zx8kQ2mP9vL4rT7w'),
      // A child that fails in turn (it uses `a` too): its own children are rendered on their own.
      'apps/group/kustomization.yaml': 'resources:\n  - ../a\n  - c\n',
      'apps/group/c/kustomization.yaml': secret('cache', 'Pw4nR8tY2uK6mX9z')
    });
    expect(result.findings.map(where)).toEqual([
      'BH206 apps/b/kustomization.yaml:4',
      'BH206 apps/group/c/kustomization.yaml:4'
    ]);
    // Each kustomization is tried once: `apps/a` waits for `apps/group`, which uses it, and is tried when it fails.
    expect(renders(result)).toEqual([
      'apps failed',
      'apps/a failed',
      'apps/b rendered',
      'apps/group failed',
      'apps/group/c rendered'
    ]);
    const note = (dir: string) => result.notes.find(n => n.file === `${dir}/kustomization.yaml`)?.message;
    expect(note('apps')).toMatch(
      /^Kustomize root 'apps' could not be rendered: .*Only its plain manifests were scanned, as files\. 2 kustomizations it uses were rendered on their own: 'apps\/b' and 'apps\/group'\.$/
    );
    expect(note('apps/group')).toMatch(
      /as files\. 2 kustomizations it uses were rendered on their own: 'apps\/a' and 'apps\/group\/c'\.$/
    );
    expect(note('apps/a')).toMatch(/as files\.$/);
  });

  it('judges the files of a child rendered on its own as it deploys them when the failed root only lists it', async () => {
    const pinned = {
      'kustomization.yaml':
        'resources:\n  - deploy.yaml\nimages:\n  - name: ghcr.io/acme/api\n    newTag: v1.4.2\n',
      'deploy.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  template:
    spec:
      containers:
        - name: api
          image: ghcr.io/acme/api
          resources: {limits: {cpu: 1, memory: 1Gi}}
`
    };
    const tree: Record<string, string> = {
      // An app-of-apps: what it would deploy of `b` is what `b` renders.
      'apps/kustomization.yaml':
        'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - a\n  - b\n',
      'apps/a/kustomization.yaml': remote,
      // A root with a namePrefix changes what it lists: the file stays judged as a file.
      'team/kustomization.yaml': 'namePrefix: team-\nresources:\n  - a\n  - b\n',
      'team/a/kustomization.yaml': remote
    };
    for (const [name, text] of Object.entries(pinned)) {
      tree[`apps/b/${name}`] = text;
      tree[`team/b/${name}`] = text;
    }
    const result = await scanTree('bulkhead-render-fallback-files-', tree);
    expect(renders(result)).toEqual([
      'apps failed',
      'apps/a failed',
      'apps/b rendered',
      'team failed',
      'team/a failed',
      'team/b rendered'
    ]);
    expect(result.findings.filter(f => f.ruleId === 'BH403').map(where)).toEqual([
      'BH403 team/b/deploy.yaml:10'
    ]);
  });

  it('renders the children only through an aggregator that renders: no second render, no second finding', async () => {
    const result = await scanTree('bulkhead-render-fallback-ok-', {
      'apps/kustomization.yaml': 'resources:\n  - b\n  - c\n',
      'apps/b/kustomization.yaml': secret('db', 'Zx8kQ2mP9vL4rT7w'),
      'apps/c/kustomization.yaml': 'resources:\n  - d\n',
      'apps/c/d/kustomization.yaml': secret('cache', 'Pw4nR8tY2uK6mX9z')
    });
    expect(result.findings.map(where)).toEqual([
      'BH206 apps/b/kustomization.yaml:4',
      'BH206 apps/c/d/kustomization.yaml:4'
    ]);
    expect(renders(result)).toEqual(['apps rendered']);
    expect(result.notes.filter(n => n.kind === 'render')).toEqual([]);
  });

  it('leaves a child that another root renders to that root (two clusters sharing an app)', async () => {
    const result = await scanTree('bulkhead-render-fallback-shared-', {
      'clusters/lab/kustomization.yaml': 'resources:\n  - ../../apps/broken\n  - ../../apps/shared\n',
      'clusters/prod/kustomization.yaml': 'resources:\n  - ../../apps/shared\n',
      'apps/broken/kustomization.yaml': remote,
      'apps/shared/kustomization.yaml': secret('db', 'Zx8kQ2mP9vL4rT7w')
    });
    expect(result.findings.map(where)).toEqual(['BH206 apps/shared/kustomization.yaml:4']);
    expect(renders(result)).toEqual(['apps/broken failed', 'clusters/lab failed', 'clusters/prod rendered']);
    expect(result.notes.find(n => n.file === 'clusters/lab/kustomization.yaml')?.message).toMatch(
      /'apps\/broken', which it uses, was rendered on its own\.$/
    );
  });

  it('renders a child through a sibling that uses it, and alone only when that sibling fails too', async () => {
    const result = await scanTree('bulkhead-render-fallback-diamond-', {
      'apps/kustomization.yaml': 'resources:\n  - broken\n  - db\n  - web\n',
      'apps/broken/kustomization.yaml': remote,
      'apps/web/kustomization.yaml': 'resources:\n  - ../db\n',
      'apps/db/kustomization.yaml': secret('db', 'Zx8kQ2mP9vL4rT7w')
    });
    expect(result.findings.map(where)).toEqual(['BH206 apps/db/kustomization.yaml:4']);
    expect(renders(result)).toEqual(['apps failed', 'apps/broken failed', 'apps/web rendered']);
  });
});

describe('fields whose value one values line gives', () => {
  it('keeps two fields of one object that one values line gives apart, and one template line rendered for two objects one (mattermost-rtcd)', async () => {
    const result = await scanTree('bulkhead-render-hostports-', {
      'chart/Chart.yaml': 'apiVersion: v2\nname: demo\nversion: 0.1.0\n',
      'chart/values.yaml': 'rtcPort: 8443\n',
      // Two Pods from one loop, each with the same port twice (UDP and TCP).
      'chart/templates/pod.yaml': `{{- range $i := until 2 }}
---
apiVersion: v1
kind: Pod
metadata:
  name: p-{{ $i }}
spec:
  containers:
    - name: c
      image: nginx:1.25
      resources: {limits: {cpu: 1, memory: 1Gi}}
      ports:
        - containerPort: {{ $.Values.rtcPort }}
          hostPort: {{ $.Values.rtcPort }}
          protocol: UDP
        - containerPort: {{ $.Values.rtcPort }}
          hostPort: {{ $.Values.rtcPort }}
          protocol: TCP
{{- end }}
`
    });
    expect(
      result.findings
        .filter(f => f.ruleId === 'BH510')
        .map(f => `${where(f)} ${f.properties?.renderedKeyPath} ${f.message}`)
    ).toEqual([
      "BH510 chart/values.yaml:1 spec.containers[0].ports[0].hostPort Container 'c' binds port 8443 on the node ('hostPort: 8443').",
      "BH510 chart/values.yaml:1 spec.containers[0].ports[1].hostPort Container 'c' binds port 8443 on the node ('hostPort: 8443')."
    ]);
  });
});

describe('what an overlay changes without a patch file of the object', () => {
  it('points at the images entry, the inline patch line or the JSON patch value that set the key', async () => {
    const result = await scanTree('bulkhead-render-overlay-edits-', {
      'base/kustomization.yaml': 'resources:\n- deploy.yaml\n',
      'base/deploy.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
      - name: web
        image: nginx:1.25
        resources: {limits: {cpu: 100m, memory: 64Mi}}
`,
      'overlay/kustomization.yaml': `resources:
- ../base
images:
- name: nginx
  newTag: latest
patches:
- target:
    kind: Deployment
    name: web
  patch: |-
    - op: add
      path: /spec/template/spec/containers/0/securityContext
      value:
        privileged: true
- patch: |-
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: web
    spec:
      template:
        spec:
          hostNetwork: true
- target:
    kind: Deployment
  path: add-sidecar.yaml
`,
      // A JSON 6902 patch file: the new container's keys are in the value of its op.
      'overlay/add-sidecar.yaml': `- op: add
  path: /spec/template/spec/containers/-
  value:
    name: sidecar
    image: busybox:1.36
    securityContext:
      runAsUser: 0
    resources: {limits: {cpu: 100m, memory: 64Mi}}
`
    });
    expect(result.findings.map(where).sort()).toEqual([
      'BH403 overlay/kustomization.yaml:5',
      'BH501 overlay/kustomization.yaml:14',
      'BH502 overlay/add-sidecar.yaml:7',
      'BH504 overlay/kustomization.yaml:23'
    ]);
  });
});

describe("an env entry's value that an overlay's patch replaces", () => {
  const BASE = {
    'base/kustomization.yaml': 'resources:\n- deploy.yaml\n',
    'base/deploy.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app
spec:
  template:
    spec:
      containers:
        - name: app
          image: nginx:1.27
          resources: {limits: {cpu: 100m, memory: 64Mi}}
          env:
            - name: API_TOKEN
              value: changeme
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: {name: s, key: p}
            - name: SESSION_SECRET
              value: Wq4-base-literal-9Tz
`
  };
  const secrets = (result: Awaited<ReturnType<typeof scanTree>>) =>
    result.findings.filter(f => f.ruleId === 'BH205').map(f => `${where(f)} ${f.message}`);

  it("points at the patch's value line, not at the base's unchanged name (kubeflow's katib-standalone-postgres)", async () => {
    const result = await scanTree('bulkhead-render-env-patch-', {
      ...BASE,
      // A JSON 6902 replace of the whole list: DB_PASSWORD's name is the base's, its literal the patch's.
      'json/kustomization.yaml':
        'resources:\n- ../base\npatches:\n- path: patch.yaml\n  target: {kind: Deployment, name: app}\n',
      'json/patch.yaml': `- op: replace
  path: /spec/template/spec/containers/0/env
  value:
    - name: DB_NAME
      value: "postgres"
    - name: DB_PASSWORD
      value: "Kx9vT2qLw7"
`,
      // A strategic-merge patch that overrides the base's placeholder with a literal.
      'smp/kustomization.yaml': 'resources:\n- ../base\npatches:\n- path: patch.yaml\n',
      'smp/patch.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app
spec:
  template:
    spec:
      containers:
        - name: app
          env:
            - name: API_TOKEN
              value: "Zq8wR4mLp2Vt"
`
    });
    expect(secrets(result).sort()).toEqual([
      // The base's own literal, which the strategic-merge overlay keeps: at its name, once.
      "BH205 base/deploy.yaml:18 Container 'app' sets 'SESSION_SECRET' to a literal secret ('Wq4-…').",
      "BH205 json/patch.yaml:7 Container 'app' sets 'DB_PASSWORD' to a literal secret ('Kx…').",
      "BH205 smp/patch.yaml:12 Container 'app' sets 'API_TOKEN' to a literal secret ('Zq8…')."
    ]);
  });

  it("keeps the name's line for an entry a patch adds whole, or a base literal a patch leaves as it is", async () => {
    const result = await scanTree('bulkhead-render-env-patch-kept-', {
      ...BASE,
      'overlay/kustomization.yaml': 'resources:\n- ../base\npatches:\n- path: patch.yaml\n',
      // Retags the container and adds an entry: the base's literal stays the base's.
      'overlay/patch.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app
spec:
  template:
    spec:
      containers:
        - name: app
          image: nginx:1.27.1
          env:
            - name: GITHUB_TOKEN
              value: ghp_0123456789abcdefghijklmnopqrstuvwxyzAB
`
    });
    expect(secrets(result).map(s => s.split(' Container')[0])).toEqual([
      'BH205 base/deploy.yaml:18',
      'BH205 overlay/patch.yaml:12'
    ]);
  });

  it('points at the values line a Helm template reads the value from, and at the name for a literal in the template', async () => {
    const result = await scanTree('bulkhead-render-env-values-', {
      'chart/Chart.yaml': 'apiVersion: v2\nname: chart\nversion: 0.1.0\n',
      'chart/values.yaml': 'image: nginx:1.27\ndb:\n  password: Hq7-values-literal-2Lm\n',
      'chart/templates/deploy.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app
spec:
  template:
    spec:
      containers:
        - name: app
          image: {{ .Values.image }}
          resources: {limits: {cpu: 100m, memory: 64Mi}}
          env:
            - name: DB_PASSWORD
              value: {{ .Values.db.password | quote }}
            - name: API_TOKEN
              value: Wq4-template-literal-9Tz
`
    });
    expect(secrets(result).map(s => s.split(' Container')[0])).toEqual([
      'BH205 chart/templates/deploy.yaml:15',
      'BH205 chart/values.yaml:3'
    ]);
  });
});

describe('a patch target, as kustomize selects objects with it', () => {
  it('matches name and kind as anchored regular expressions, and labels by the label selector', async () => {
    const deployment = (name: string, spec = '') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  labels: {app: ${name}}
spec:
  template:
    spec:
${spec}      containers:
      - name: ${name}
        image: nginx:1.27
        resources: {limits: {cpu: 100m, memory: 64Mi}}
`;
    const hostNetwork =
      '  patch: |-\n    - op: add\n      path: /spec/template/spec/hostNetwork\n      value: true\n';
    const result = await scanTree('bulkhead-render-targets-', {
      // web's own hostNetwork is its file's line, not the patch that selects api by its label.
      'label/kustomization.yaml': `resources:\n- all.yaml\npatches:\n- target:\n    kind: Deployment\n    labelSelector: app=api\n${hostNetwork}`,
      'label/all.yaml': `${deployment('api')}---\n${deployment('web', '      hostNetwork: true\n')}`,
      // \`name: web\` is not web-admin.
      'substring/kustomization.yaml': `resources:\n- all.yaml\npatches:\n- target: {kind: Deployment, name: web}\n${hostNetwork}`,
      'substring/all.yaml': `${deployment('web')}---\n${deployment('web-admin', '      hostNetwork: true\n')}`,
      // A pattern: \`ap.*\` is api, and \`Deploy.*\` its kind.
      'regex/kustomization.yaml': `resources:\n- all.yaml\npatches:\n- target: {kind: Deploy.*, name: ap.*}\n${hostNetwork}`,
      'regex/all.yaml': `${deployment('api')}---\n${deployment('web')}`,
      // The name an object has at the kustomization that patches it: the base's prefix, not the overlay's.
      'chain/base/kustomization.yaml': 'resources:\n- all.yaml\nnamePrefix: dev-\n',
      'chain/base/all.yaml': deployment('api'),
      'chain/eu/kustomization.yaml': `resources:\n- ../base\nnamePrefix: eu-\npatches:\n- target: {name: dev-api}\n${hostNetwork}`
    });
    expect(
      result.findings
        .filter(f => f.ruleId === 'BH504')
        .map(f => `${where(f)} ${f.message.split(' shares')[0]}`)
    ).toEqual([
      "BH504 chain/eu/kustomization.yaml:9 Deployment 'eu-dev-api'",
      "BH504 label/all.yaml:22 Deployment 'web'",
      "BH504 label/kustomization.yaml:10 Deployment 'api'",
      "BH504 regex/kustomization.yaml:8 Deployment 'api'",
      "BH504 substring/all.yaml:22 Deployment 'web-admin'",
      "BH504 substring/kustomization.yaml:8 Deployment 'web'"
    ]);
  });
});

describe("a JSON 6902 patch's list index, when a strategic-merge patch moves the list's items", () => {
  // kustomize's strategic merge puts the containers a patch names first: `app`, index 0 for the JSON
  // patch, renders second once a later patch adds env to `side`.
  const base = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app
spec:
  template:
    spec:
      containers:
      - name: app
        image: nginx:1.25
        resources: {limits: {cpu: 100m, memory: 64Mi}}
      - name: side
        image: busybox:1.36
        resources: {limits: {cpu: 100m, memory: 64Mi}}
`;
  const privileged = (index: number) =>
    `- op: add\n  path: /spec/template/spec/containers/${index}/securityContext\n  value:\n    privileged: true\n`;
  const side = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app
spec:
  template:
    spec:
      containers:
      - name: side
        env:
        - name: LOG_LEVEL
          value: debug
`;
  const target = '  target: {kind: Deployment, name: app}\n';

  it('points at the JSON patch that wrote the field to the item its index meant, whichever patch ran first', async () => {
    const result = await scanTree('bulkhead-render-json-then-smp-', {
      'base/kustomization.yaml': 'resources:\n- deploy.yaml\n',
      'base/deploy.yaml': base,
      // The JSON patch first, then the strategic merge that moves `side` first.
      'after/kustomization.yaml': `resources:\n- ../base\npatches:\n- path: priv.yaml\n${target}- path: side.yaml\n`,
      'after/priv.yaml': privileged(0),
      'after/side.yaml': side,
      // kustomize applies patchesStrategicMerge first, wherever it is listed: index 0 is then `side`.
      'before/kustomization.yaml': `resources:\n- ../base\npatchesJson6902:\n- path: priv.yaml\n${target}patchesStrategicMerge:\n- side.yaml\n`,
      'before/priv.yaml': privileged(0),
      'before/side.yaml': side,
      // No strategic merge: the index is the render's.
      'alone/kustomization.yaml': `resources:\n- ../base\npatches:\n- path: priv.yaml\n${target}`,
      'alone/priv.yaml': privileged(1)
    });
    expect(
      result.findings
        .filter(f => f.ruleId === 'BH501')
        .map(f => `${where(f)} ${f.message} ${String(f.properties?.sourceMapping)}`)
        .sort()
    ).toEqual([
      "BH501 after/priv.yaml:4 Container 'app' runs privileged ('privileged: true'). exact",
      "BH501 alone/priv.yaml:4 Container 'side' runs privileged ('privileged: true'). exact",
      "BH501 before/priv.yaml:4 Container 'side' runs privileged ('privileged: true'). exact"
    ]);
  });
});

describe('text a chart pastes from values into a ConfigMap', () => {
  it('points at the line in the values file', async () => {
    const result = await scanTree('bulkhead-render-values-text-', {
      'app/Chart.yaml': 'apiVersion: v2\nname: app\nversion: 0.1.0\n',
      'app/values.yaml':
        'replicas: 1\nappConfig: |-\n  server:\n    port: 8080\n  db:\n    user: app\n    password: "Hq7-not-a-real-one-2Lm"\n',
      'app/templates/cm.yaml':
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-config\ndata:\n  app.yaml: |-\n    {{- .Values.appConfig | nindent 4 }}\n'
    });
    expect(result.findings.map(f => [where(f), f.properties?.sourceMapping])).toEqual([
      ['BH209 app/values.yaml:7', 'exact']
    ]);
  });
});

describe('map keys a template names with an action (`{{ $key }}: …` in a Secret or ConfigMap)', () => {
  const files = {
    'app/Chart.yaml': `apiVersion: v2
name: app
version: 0.1.0
`,
    'app/values.yaml': `config:
  LOG_LEVEL: debug
  DB_PASSWORD: Pm3vX8qLw2aa
secret:
  files:
    one:
      data:
        apiToken: Wq7rT2xLm9Kd
      encodedData:
        signingKey: Wms0cFI4dk5jM0hz
      stringData:
        dbPassword: Zk4pR8vNc3Hs
    two:
      data:
        apiToken: Wq7rT2xLm9Kd
extra:
  clientSecret: Hq7notARealOne2Lm
`,
    'app/templates/_helpers.tpl': `{{/* The key of the admin password. */}}
{{- define "app.secretKey" -}}
{{- .Values.keyName | default "admin-password" }}
{{- end }}
`,
    'app/templates/cm.yaml': `apiVersion: v1
kind: ConfigMap
metadata:
  name: cfg
data:
  {{- range $key, $value := .Values.config }}
  {{ $key }}: {{ $value | quote }}
  {{- end }}
`,
    'app/templates/secret.yaml': `{{- range $name, $file := .Values.secret.files }}
---
apiVersion: v1
kind: Secret
metadata:
  name: app-{{ $name }}
data:
  {{- range $key, $value := .data }}
  {{ $key }}: {{ $value | b64enc }}
  {{- end }}
  {{- with .encodedData }}
  {{- toYaml . | nindent 2 }}
  {{- end }}
stringData:
  {{- toYaml .stringData | nindent 2 }}
{{- end }}
`,
    'app/templates/admin.yaml': `apiVersion: v1
kind: Secret
metadata:
  name: admin
data:
  {{ include "app.secretKey" . }}: {{ .Values.adminPassword | default "Rv5tG9hJk2Lp" | b64enc | quote }}
`,
    'app/templates/mixed.yaml': `apiVersion: v1
kind: Secret
metadata:
  name: mixed
data:
  {{ include "app.secretKey" . }}: {{ .Values.adminPassword | default "Rv5tG9hJk2Lp" | b64enc | quote }}
  {{- toYaml .Values.extra | nindent 2 }}
`
  };

  it('points at the values line the range took the key from, or the key line an include names', async () => {
    const result = await scanTree('bulkhead-render-templated-keys-', files);
    expect(result.findings.map(f => `${where(f)} ${f.message}`).sort()).toEqual(
      [
        // A range over values: the key's line in values.yaml.
        "BH209 app/values.yaml:3 ConfigMap 'cfg' key 'DB_PASSWORD' holds a literal secret ('Pm3…').",
        // stakater's application chart: a range over a field of each of secret.files, and what `toYaml` pastes of it.
        "BH206 app/values.yaml:10 Secret 'app-one' key 'signingKey' holds a literal value ('Zk4…').",
        "BH206 app/values.yaml:12 Secret 'app-one' key 'dbPassword' holds a literal value ('Zk4…').",
        // The include names the key; its value is the template's default.
        "BH206 app/templates/admin.yaml:6 Secret 'admin' key 'admin-password' holds a literal value ('Rv5…').",
        // Two items of secret.files hold the key and value: which one rendered is not told, the key stays on `data:`.
        "BH206 app/templates/secret.yaml:7 Secret 'app-one' key 'apiToken' holds a literal value ('Wq7…').",
        "BH206 app/templates/secret.yaml:7 Secret 'app-two' key 'apiToken' holds a literal value ('Wq7…').",
        // The block also pastes keys from values: the include's key may not be its line's, it stays on `data:`.
        "BH206 app/templates/mixed.yaml:5 Secret 'mixed' key 'admin-password' holds a literal value ('Rv5…')."
      ].sort()
    );
  });
});

describe('env entries two range loops over values write in one container (MISP)', () => {
  const files = {
    'misp/Chart.yaml': 'apiVersion: v2\nname: misp\nversion: 0.1.0\n',
    'misp/values.yaml': `extraVars:
  LOG_LEVEL: info
  DB_PASSWORD: Pm3vX8qLw2aa
extraEnvVars:
  SUPERVISOR_USERNAME: supervisor
  SUPERVISOR_PASSWORD: Zk4pR8vNc3Hs
`,
    'misp/templates/deployment.yaml': `{{- $defaults := dict "API_TOKEN" "f9Qz7LmW2pXv8RkT" }}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: misp
spec:
  selector:
    matchLabels: {app: misp}
  template:
    metadata:
      labels: {app: misp}
    spec:
      containers:
        - name: misp
          image: registry.example/misp:1.0
          resources:
            limits: {cpu: 100m, memory: 64Mi}
          env:
            {{- range $key, $value := .Values.extraVars }}
            - name: {{ $key }}
              value: {{ $value | quote }}
            {{- end }}
            {{- range $key, $value := .Values.extraEnvVars }}
            - name: {{ $key }}
              value: {{ $value | quote }}
            {{- end }}
            {{- range $key, $value := $defaults }}
            - name: {{ $key }}
              value: {{ $value | quote }}
            {{- end }}
`
  };

  it("points at the values line of the loop whose keys hold the name, and a chart's own dict at its loop", async () => {
    const result = await scanTree('bulkhead-render-two-ranges-', files);
    expect(result.findings.map(f => `${where(f)} ${f.message}`).sort()).toEqual(
      [
        "BH205 misp/values.yaml:3 Container 'misp' sets 'DB_PASSWORD' to a literal secret ('Pm3…').",
        "BH205 misp/values.yaml:6 Container 'misp' sets 'SUPERVISOR_PASSWORD' to a literal secret ('Zk4…').",
        // Neither loop over values holds it: the loop over the template's own dict wrote it.
        "BH205 misp/templates/deployment.yaml:28 Container 'misp' sets 'API_TOKEN' to a literal secret ('f9Qz…')."
      ].sort()
    );
  });
});

describe('a list the template writes in part and pastes from values', () => {
  it('points at the values item, counting neither the literal items before it nor another values list', async () => {
    const result = await scanTree('bulkhead-render-list-offset-', {
      'agent/Chart.yaml': 'apiVersion: v2\nname: agent\nversion: 0.1.0\n',
      'agent/values.yaml': `extraEnv:
  - name: LOG_LEVEL
    value: debug
  - name: DB_PASSWORD
    value: Tr0ub4dor-x9Q
  - name: TZ
    value: UTC
defaultVolumes: []
volumes:
  - name: logs
    hostPath:
      path: /var/log
  - name: containers
    hostPath:
      path: /var/lib/docker/containers
cacheDir: /var/cache/agent
extraVolumes:
  - name: cache
    hostPath:
      path: "{{ .Values.cacheDir }}"
`,
      'agent/templates/daemonset.yaml': `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent
spec:
  selector:
    matchLabels: {app: agent}
  template:
    metadata:
      labels: {app: agent}
    spec:
      containers:
        - name: agent
          image: registry.example/agent:1.0
          env:
            - name: MODE
              value: agent
            {{- with .Values.extraEnv }}
            {{- toYaml . | nindent 12 }}
            {{- end }}
          resources:
            limits: {cpu: 100m, memory: 64Mi}
      volumes:
        - name: config
          configMap:
            name: agent
        - name: run
          hostPath:
            path: /run/agent
        {{- with .Values.defaultVolumes }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
        {{- with .Values.volumes }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
        {{- with .Values.extraVolumes }}
        {{- tpl (toYaml .) $ | nindent 8 }}
        {{- end }}
`
    });
    expect(result.findings.map(f => `${where(f)} ${f.message}`).sort()).toEqual(
      [
        // env: MODE is the template's; DB_PASSWORD is extraEnv[1], not extraEnv[2] (TZ).
        "BH205 agent/values.yaml:4 Container 'agent' sets 'DB_PASSWORD' to a literal secret ('Tr0…').",
        // The values items' hostPath lines: rendered items 2 and 3 are volumes[0] and [1], after two literal ones.
        "BH505 agent/values.yaml:11 Volume 'logs' mounts host path '/var/log', used by no container.",
        "BH505 agent/values.yaml:14 Volume 'containers' mounts host path '/var/lib/docker/containers', used by no container.",
        // Rewritten by tpl: found by its name in extraVolumes.
        "BH505 agent/values.yaml:19 Volume 'cache' mounts host path '/var/cache/agent', used by no container.",
        // Written in the template: stays there.
        "BH505 agent/templates/daemonset.yaml:28 Volume 'run' mounts sensitive host path '/run/agent' (inside '/run': the sockets of host daemons such as the container runtime), used by no container."
      ].sort()
    );
  });

  it('keeps the index of a values list the template pastes alone', async () => {
    const result = await scanTree('bulkhead-render-list-alone-', {
      'web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 0.1.0\n',
      'web/values.yaml':
        'volumes:\n  - name: tmp\n    emptyDir: {}\n  - name: logs\n    hostPath:\n      path: /var/log\n',
      'web/templates/pod.yaml': `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: registry.example/web:1.0
      resources: {limits: {cpu: 100m, memory: 64Mi}}
  volumes:
    {{- toYaml .Values.volumes | nindent 4 }}
`
    });
    expect(result.findings.map(where)).toEqual(['BH505 web/values.yaml:5']);
  });
});

describe('containers whose name is a quoted template with text around it', () => {
  // helm/charts' test pods (`- name: "{{ template "hazelcast.fullname" . }}-test"`) and two containers so named.
  const chart = (name: (suffix: string) => string) => ({
    'db/Chart.yaml': 'apiVersion: v2\nname: db\nversion: 0.1.0\n',
    'db/values.yaml': 'env:\n  DB_PASSWORD: Kq7vR2mXp9Lw\n',
    'db/templates/_helpers.tpl': '{{- define "db.fullname" -}}{{ .Release.Name }}-db{{- end -}}\n',
    'db/templates/deployment.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: db
spec:
  selector:
    matchLabels: {app: db}
  template:
    metadata:
      labels: {app: db}
    spec:
      containers:
        - name: ${name('app')}
          image: registry.example/db:1.0
          securityContext:
            privileged: true
          resources:
            limits: {cpu: 100m, memory: 64Mi}
          env:
            {{- range $k, $v := .Values.env }}
            - name: {{ $k }}
              value: {{ $v | quote }}
            {{- end }}
        - name: ${name('sidecar')}
          image: registry.example/sidecar:1.0
          securityContext:
            privileged: true
`
  });
  // The app's privileged line, the sidecar's name line (no limits) and privileged line, the values line.
  const expected = [
    'BH205 db/values.yaml:2',
    'BH501 db/templates/deployment.yaml:16',
    'BH501 db/templates/deployment.yaml:27',
    'BH508 db/templates/deployment.yaml:24'
  ];

  it('points at the fields of each container, as for an unquoted name', async () => {
    const quoted = await scanTree(
      'bulkhead-render-quoted-name-',
      chart(suffix => `"{{ template "db.fullname" . }}-${suffix}"`)
    );
    const single = await scanTree(
      'bulkhead-render-single-quoted-',
      chart(suffix => `'{{ .Release.Name }}-${suffix}'`)
    );
    const plain = await scanTree(
      'bulkhead-render-plain-name-',
      chart(suffix => `{{ .Release.Name }}-${suffix}`)
    );
    for (const result of [quoted, single, plain]) expect(result.findings.map(where).sort()).toEqual(expected);
  });
});

describe('list items two range loops write with templated names', () => {
  const files = (env: string) => ({
    'op/Chart.yaml': 'apiVersion: v2\nname: op\nversion: 0.1.0\n',
    'op/values.yaml': `env: ${env}\n`,
    // Kong's operator: the values' variables, then those the chart sets itself.
    'op/templates/_helpers.tpl': `{{- define "op.env" -}}
{{- $defaultEnv := dict -}}
{{- $_ := set $defaultEnv "API_TOKEN" "f9Qz7LmW2pXv8RkT" -}}
{{- range $key, $val := .Values.env }}
- name: {{ $key | upper }}
  value: {{ $val | quote }}
{{- end }}
{{- range $key, $val := $defaultEnv }}
- name: {{ $key }}
  value: {{ $val | quote }}
{{- end }}
{{- end }}
`,
    'op/templates/deployment.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: op
spec:
  selector:
    matchLabels: {app: op}
  template:
    metadata:
      labels: {app: op}
    spec:
      containers:
        - name: manager
          image: registry.example/op:1.0
          resources:
            limits: {cpu: 100m, memory: 64Mi}
          env:
            {{- include "op.env" . | nindent 12 }}
`
  });

  it('points at the loop that wrote the item, not at one over empty values (env: {})', async () => {
    const result = await scanTree('bulkhead-render-range-env-', files('{}'));
    expect(result.findings.map(f => `${where(f)} ${f.message}`)).toEqual([
      "BH205 op/templates/_helpers.tpl:9 Container 'manager' sets 'API_TOKEN' to a literal secret ('f9Qz…')."
    ]);
  });

  it('keeps a loop over values that are set', async () => {
    const result = await scanTree(
      'bulkhead-render-range-env-set-',
      files('{db_password: Hq7-not-a-real-one-2Lm}')
    );
    expect(result.findings.map(f => `${where(f)} ${f.message}`)).toContain(
      "BH205 op/templates/_helpers.tpl:5 Container 'manager' sets 'DB_PASSWORD' to a literal secret ('Hq7-…')."
    );
  });
});

describe('a line that a ConfigMap block of a chart holds more than once', () => {
  // helm/charts' neo4j test script sets the same `auth=` line in two loops; here a password under two sections.
  it('points each at its own line of the template block, and a range loop at the line it repeats', async () => {
    const result = await scanTree('bulkhead-render-repeated-lines-', {
      'app/Chart.yaml': 'apiVersion: v2\nname: app\nversion: 0.1.0\n',
      'app/values.yaml': 'replicas: [a, b]\n',
      'app/templates/config.yaml': `apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ .Release.Name }}-config
data:
  app.properties: |-
    [primary]
    db.password=Kq7vR2mXp9Lw
{{- if .Values.replicas }}
    [replica]
    db.password=Kq7vR2mXp9Lw
{{- end }}
  replicas.properties: |-
    {{- range .Values.replicas }}
    [{{ . }}]
    db.password=Wm4tZ8cNq2Rs
    {{- end }}
  other.properties: |-
    db.password=Wm4tZ8cNq2Rs
`
    });
    expect(result.findings.map(f => `${where(f)} ${f.properties?.sourceMapping}`)).toEqual([
      'BH209 app/templates/config.yaml:8 exact',
      'BH209 app/templates/config.yaml:11 exact',
      // One template line that the loop writes twice; the same text under the next key is not it.
      'BH209 app/templates/config.yaml:16 exact',
      'BH209 app/templates/config.yaml:16 exact',
      'BH209 app/templates/config.yaml:19 exact'
    ]);
  });

  it('points each at its own line of the values block or chart file the template pastes', async () => {
    const properties = '[primary]\ndb.password=Kq7vR2mXp9Lw\n[replica]\ndb.password=Kq7vR2mXp9Lw\n';
    const result = await scanTree('bulkhead-render-repeated-values-', {
      'app/Chart.yaml': 'apiVersion: v2\nname: app\nversion: 0.1.0\n',
      'app/values.yaml': `other: |-\n  db.password=Kq7vR2mXp9Lw\nappConfig: |-\n${properties.replace(/^(?=.)/gm, '  ')}`,
      'app/files/app.properties': `# app\n${properties}`,
      'app/templates/config.yaml': `apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ .Release.Name }}-config
data:
  app.properties: |-
    {{- .Values.appConfig | nindent 4 }}
  file.properties: |-
    {{- .Files.Get "files/app.properties" | nindent 4 }}
`
    });
    expect(result.findings.map(f => `${where(f)} ${f.properties?.sourceMapping}`)).toEqual([
      'BH209 app/files/app.properties:3 exact',
      'BH209 app/files/app.properties:5 exact',
      // The values block starts below `appConfig:` (line 3), not at the same line under `other:`.
      'BH209 app/values.yaml:5 exact',
      'BH209 app/values.yaml:7 exact'
    ]);
  });
});

describe('a value a named template prints', () => {
  it('points at the values line the define reads, not at a whole mapping it is given', async () => {
    const result = await scanTree('bulkhead-render-define-values-', {
      'web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 0.1.0\n',
      'web/values.yaml':
        'image:\n  repository: nginx\n  tag: latest\nauth:\n  password: "Hq7-not-a-real-one-2Lm"\nglobal:\n  registry: docker.io\n',
      'web/templates/_helpers.tpl':
        '{{- define "web.image" -}}\n{{ .Values.global.registry }}/{{ .Values.image.repository }}:{{ .Values.image.tag }}\n{{- end -}}\n{{- define "web.password" -}}\n{{ .Values.auth.password }}\n{{- end -}}\n{{- define "web.sidecarImage" -}}\n{{ include "common.image" (dict "root" .Values.global) }}busybox\n{{- end -}}\n',
      'web/templates/all.yaml': `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: {{ template "web.image" . }}
      resources: {limits: {cpu: 100m, memory: 64Mi}}
---
apiVersion: v1
kind: Secret
metadata:
  name: web
data:
  password: {{ include "web.password" . | b64enc | quote }}
`
    });
    expect(result.findings.map(f => [where(f), f.properties?.sourceMapping]).sort()).toEqual([
      ['BH206 web/values.yaml:5', 'exact'],
      ['BH403 web/values.yaml:3', 'exact']
    ]);
  });
});

describe('a file a chart reads with .Files.Get', () => {
  it('is where a secret the template pastes from it points, and BH207 names its line there', async () => {
    const key = [
      '-----BEGIN PRIVATE KEY-----',
      'MC4CAQAwBQYDK2VwBCIEIJVXhsRa2EVD4Tv9eqBAKjjndt+wKhwIKiGyCg3zBtOQ',
      '-----END PRIVATE KEY-----',
      ''
    ].join('\n');
    const result = await scanTree('bulkhead-render-files-get-', {
      'tls/Chart.yaml': 'apiVersion: v2\nname: tls\nversion: 0.1.0\n',
      'tls/files/tls.key': key,
      'tls/templates/secret.yaml':
        'apiVersion: v1\nkind: Secret\nmetadata:\n  name: tls\ntype: kubernetes.io/tls\nstringData:\n  tls.key: |\n{{ .Files.Get "files/tls.key" | indent 4 }}\n'
    });
    expect(result.findings.map(f => `${where(f)} ${f.message}`)).toEqual([
      'BH207 tls/files/tls.key:1 The file contains private key material (PKCS#8 private key, line 1).'
    ]);
  });
});

describe('a key each branch of an if writes', () => {
  it('points at the branch Helm took, by what its line renders to (Istio: image with or without a hub)', async () => {
    const result = await scanTree('bulkhead-render-branches-', {
      'mesh/Chart.yaml': 'apiVersion: v2\nname: mesh\nversion: 0.1.0\n',
      'mesh/values.yaml': 'hub: docker.io/istio\nimage: proxyv2\ntag: latest\n',
      'mesh/templates/deploy.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: istiod
spec:
  template:
    spec:
      containers:
        - name: discovery
{{- if contains "/" .Values.image }}
          image: "{{ .Values.image }}"
{{- else }}
          image: "{{ .Values.hub }}/{{ .Values.image }}:{{ .Values.tag }}"
{{- end }}
          resources: {limits: {cpu: 100m, memory: 64Mi}}
`
    });
    expect(result.findings.map(where)).toEqual(['BH403 mesh/values.yaml:3']);
  });

  it("keeps a container whose image an include prints on its own line when another container's literal renders the same (kubecost's cost-model beside the aggregator)", async () => {
    const result = await scanTree('bulkhead-render-include-literal-', {
      'cost/Chart.yaml': 'apiVersion: v2\nname: cost\nversion: 0.1.0\n',
      'cost/values.yaml': 'model:\n  image: gcr.io/example/cost-model:latest\n',
      'cost/templates/_helpers.tpl':
        '{{- define "cost.image" -}}\n{{ .Values.model.image }}\n{{- end }}\n{{- define "cost.literal" -}}\nbusybox:latest\n{{- end }}\n',
      'cost/templates/deploy.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: cost
spec:
  selector: {matchLabels: {app: cost}}
  template:
    metadata: {labels: {app: cost}}
    spec:
      containers:
        - name: aggregator
          image: gcr.io/example/cost-model:latest
          resources: {limits: {cpu: 100m, memory: 64Mi}}
        - name: cost-model
          image: {{ include "cost.image" . | trim | quote }}
          resources: {limits: {cpu: 100m, memory: 64Mi}}
        - name: app
          image: {{ include "cost.literal" . }}
          resources: {limits: {cpu: 100m, memory: 64Mi}}
        - name: sidecar
          image: busybox:latest
          resources: {limits: {cpu: 100m, memory: 64Mi}}
`
    });
    expect(
      result.findings
        .filter(f => f.ruleId === 'BH403')
        .map(f => [where(f), f.properties?.sourceMapping, f.message.split("'")[1]])
    ).toEqual([
      ['BH403 cost/templates/deploy.yaml:12', 'exact', 'aggregator'],
      // The include's line, not `containers:`.
      ['BH403 cost/templates/deploy.yaml:18', 'exact', 'app'],
      ['BH403 cost/templates/deploy.yaml:21', 'exact', 'sidecar'],
      // The values line the named template prints.
      ['BH403 cost/values.yaml:2', 'exact', 'cost-model']
    ]);
  });

  it("keeps an image a named template prints as its own text on the include's line, though a values scalar it reads is part of it (kubecost's nightly image)", async () => {
    const result = await scanTree('bulkhead-render-include-own-text-', {
      'cost/Chart.yaml': 'apiVersion: v2\nname: cost\nversion: 0.1.0\n',
      'cost/values.yaml':
        'model:\n  image: gcr.io/example/cost-model\n  stable: gcr.io/example/cost-model:latest\n',
      'cost/templates/_helpers.tpl': `{{- define "cost.nightly" }}
{{- if .Values.model.version }}
  {{ .Values.model.image }}:{{ .Values.model.version }}
{{- else }}
  gcr.io/example/cost-model-nightly:latest
{{- end }}
{{- end }}
{{- define "cost.stable" }}
{{- if .Values.model.version }}
  gcr.io/example/cost-model:{{ .Values.model.version }}
{{- else }}
  {{ .Values.model.stable }}
{{- end }}
{{- end }}
`,
      'cost/templates/deploy.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: cost
spec:
  selector: {matchLabels: {app: cost}}
  template:
    metadata: {labels: {app: cost}}
    spec:
      containers:
        - name: aggregator
          image: gcr.io/example/cost-model-nightly:latest
          resources: {limits: {cpu: 100m, memory: 64Mi}}
        - name: cost-model
          image: {{ include "cost.nightly" . | trim | quote }}
          resources: {limits: {cpu: 100m, memory: 64Mi}}
        - name: stable
          image: {{ include "cost.stable" . | trim | quote }}
          resources: {limits: {cpu: 100m, memory: 64Mi}}
`
    });
    expect(
      result.findings
        .filter(f => f.ruleId === 'BH403')
        .map(f => [where(f), f.properties?.sourceMapping, f.message.split("'")[1]])
    ).toEqual([
      ['BH403 cost/templates/deploy.yaml:12', 'exact', 'aggregator'],
      // Not values.yaml:2, whose `gcr.io/example/cost-model` only begins the image.
      ['BH403 cost/templates/deploy.yaml:15', 'exact', 'cost-model'],
      // A named template that prints values still points at them.
      ['BH403 cost/values.yaml:3', 'exact', 'stable']
    ]);
  });
});

describe('an overlay that renames the object or patches it by target', () => {
  it('still finds the base and the patch: nameSuffix, and a patch named otherwise that a target selects', async () => {
    const result = await scanTree('bulkhead-render-suffix-', {
      'base/kustomization.yaml': 'resources:\n- deployment.yaml\n',
      'base/deployment.yaml':
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\nspec:\n  template:\n    spec:\n      containers:\n      - name: app-backend\n        image: nginx:1.27\n',
      'ov/kustomization.yaml':
        'nameSuffix: -backend\nresources:\n- ../base\npatches:\n- path: hostnet.yaml\n  target:\n    kind: Deployment\n',
      'ov/hostnet.yaml':
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: not-important\nspec:\n  template:\n    spec:\n      hostNetwork: true\n'
    });
    expect(result.findings.map(where).sort()).toEqual([
      'BH504 ov/hostnet.yaml:8',
      'BH508 base/deployment.yaml:9'
    ]);
    // A container that has the Deployment's rendered name keeps it in its message (Antrea's multicluster
    // controller): only the object is named as a file names it.
    expect(result.findings.map(f => f.message).sort()).toEqual([
      "Container 'app-backend' sets no 'cpu' or 'memory' limit.",
      "Deployment 'app-backend' shares the host's network namespace ('hostNetwork: true')."
    ]);
  });

  it('finds the resource of an object a patch renames outright, and gives one result with its base (redhat-cop)', async () => {
    const secret = (name: string) =>
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${name}\ntype: Opaque\nstringData:\n  password: "pre-set-password"\n`;
    const result = await scanTree('bulkhead-render-renamed-', {
      'base/kustomization.yaml': 'resources:\n- secret.yaml\n',
      'base/secret.yaml': secret('default-user'),
      'overlay/kustomization.yaml':
        'resources:\n- ../base\npatches:\n- target: {kind: Secret, name: default-user}\n  path: rename.yaml\n',
      'overlay/rename.yaml': '- op: replace\n  path: /metadata/name\n  value: app-user\n',
      // Two Secrets in one file: the patch's target says which one it renamed.
      'two/kustomization.yaml':
        'resources:\n- secrets.yaml\npatches:\n- target: {name: a}\n  path: rename.yaml\n',
      'two/secrets.yaml': `${secret('a')}---\n${secret('b')}`,
      'two/rename.yaml': '- op: replace\n  path: /metadata/name\n  value: renamed\n'
    });
    expect(result.findings.map(f => `${where(f)} ${f.message}`).sort()).toEqual([
      "BH206 base/secret.yaml:7 Secret 'default-user' key 'password' holds a literal value ('pre-…').",
      "BH206 two/secrets.yaml:15 Secret 'b' key 'password' holds a literal value ('pre-…').",
      "BH206 two/secrets.yaml:7 Secret 'a' key 'password' holds a literal value ('pre-…')."
    ]);
  });

  it('names the object as an inline patch names it, as a patch file does (namePrefix comes after both)', async () => {
    const patch = (field: string) =>
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      ${field}: true\n`;
    const inline = patch('hostIPC')
      .trimEnd()
      .split('\n')
      .map(line => `    ${line}`)
      .join('\n');
    const result = await scanTree('bulkhead-render-inline-name-', {
      'base/kustomization.yaml': 'resources:\n- deploy.yaml\n',
      'base/deploy.yaml':
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.27\n        resources: {limits: {cpu: 1, memory: 1Gi}}\n',
      'prod/kustomization.yaml': `namePrefix: prod-\nresources:\n- ../base\npatches:\n- path: pid.yaml\n- patch: |-\n${inline}\n`,
      'prod/pid.yaml': patch('hostPID')
    });
    expect(result.findings.map(f => `${where(f)} ${f.message}`).sort()).toEqual([
      "BH504 prod/kustomization.yaml:14 Deployment 'web' shares the host's IPC namespace ('hostIPC: true').",
      "BH504 prod/pid.yaml:8 Deployment 'web' shares the host's process (PID) namespace ('hostPID: true')."
    ]);
  });
});

describe('a ServiceAccount the render names', () => {
  it('decides BH517 for the pods that run as it, renamed by namePrefix or named by the chart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bulkhead-render-service-account-'));
    const pod = (account: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      serviceAccountName: ${account}
      securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}
      containers:
      - name: web
        image: registry.example/web:1.0.0
        resources: {limits: {cpu: 100m, memory: 64Mi}}
        securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}
`;
    try {
      writeTree(dir, {
        '.bulkhead.yml': 'pod-security-level: restricted\n',
        'kustomize/base/kustomization.yaml': 'resources:\n- sa.yaml\n- deploy.yaml\n',
        'kustomize/base/sa.yaml':
          'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: app\nautomountServiceAccountToken: false\n',
        'kustomize/base/deploy.yaml': pod('app'),
        'kustomize/prod/kustomization.yaml': 'namePrefix: prod-\nnamespace: prod\nresources:\n- ../base\n',
        'chart/Chart.yaml': 'apiVersion: v2\nname: chart\nversion: 0.1.0\n',
        'chart/values.yaml': 'serviceAccount:\n  automount: false\nother:\n  automount: true\n',
        'chart/templates/sa.yaml':
          'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: {{ .Release.Name }}-web\nautomountServiceAccountToken: {{ .Values.serviceAccount.automount }}\n',
        'chart/templates/sa-other.yaml':
          'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: {{ .Release.Name }}-other\nautomountServiceAccountToken: {{ .Values.other.automount }}\n',
        'chart/templates/web.yaml': pod('{{ .Release.Name }}-web'),
        'chart/templates/other.yaml': pod('{{ .Release.Name }}-other').replace('name: web\n', 'name: other\n')
      });
      const { result } = await scan({ paths: ['.'], cwd: dir, env: TOOLS });
      const tokens = result.findings.filter(f => f.ruleId === 'BH517');
      // Only the chart's other account mounts the token; its field is the related location.
      expect(tokens.map(where)).toEqual(['BH517 chart/templates/other.yaml:7']);
      expect(tokens[0]?.relatedLocations?.map(l => `${l.file}:${l.region.startLine}`)).toContain(
        'chart/values.yaml:4'
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a value a template computes from values', () => {
  it('points at the template line when the values only choose the text, at the values line when they give it', async () => {
    const result = await scanTree('bulkhead-render-computed-', {
      'agent/Chart.yaml': 'apiVersion: v2\nname: agent\nversion: 0.1.0\n',
      'agent/values.yaml': 'ipv4:\n  enabled: true\ntag: latest\ndbPassword: Hq7-not-a-real-one-2Lm\n',
      'agent/templates/agent.yaml': `apiVersion: v1
kind: Pod
metadata:
  name: agent
spec:
  containers:
    - name: agent
      image: "registry.example/agent:{{ .Values.tag }}"
      resources: {limits: {cpu: 100m, memory: 64Mi}}
      livenessProbe:
        httpGet:
          host: {{ .Values.ipv4.enabled | ternary "127.0.0.1" "::1" | quote }}
          path: /healthz
          port: 9879
---
apiVersion: v1
kind: Secret
metadata:
  name: agent-db
data:
  password: {{ .Values.dbPassword | b64enc | quote }}
`
    });
    expect(result.findings.map(where).sort()).toEqual([
      'BH206 agent/values.yaml:4',
      'BH403 agent/values.yaml:3',
      // cilium's probes: ipv4.enabled only chooses between two literals of the template.
      'BH516 agent/templates/agent.yaml:12'
    ]);
  });
});

describe("an image tag a chart's appVersion gives", () => {
  const chart = (values: string, appVersion: string) => ({
    'chart/Chart.yaml': `apiVersion: v2\nname: demo\nversion: 0.1.0\nappVersion: ${appVersion}\n`,
    'chart/values.yaml': values,
    // Helm's scaffold: the tag is the chart's appVersion unless values set one.
    'chart/templates/deploy.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: d
spec:
  template:
    spec:
      containers:
        - name: app
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"
          resources: {limits: {cpu: 1, memory: 1Gi}}
`
  });
  const images = (result: Awaited<ReturnType<typeof scanTree>>) =>
    result.findings
      .filter(f => f.ruleId === 'BH403')
      .map(f => [where(f), f.relatedLocations?.map(l => `${l.file}:${l.region.startLine}`)]);

  it("points a 'latest' tag at appVersion in Chart.yaml when values leave the tag empty (mattermost-rtcd)", async () => {
    const result = await scanTree('bulkhead-render-appversion-', {
      ...chart('image:\n  repository: mattermost/rtcd\n  tag: ""\n', 'latest')
    });
    expect(images(result)).toEqual([['BH403 chart/Chart.yaml:4', undefined]]);
  });

  it('points at the values tag that wins over appVersion, and not at Chart.yaml', async () => {
    const result = await scanTree('bulkhead-render-appversion-set-', {
      ...chart('image:\n  repository: mattermost/rtcd\n  tag: latest\n', '"1.2.0"')
    });
    expect(images(result)).toEqual([['BH403 chart/values.yaml:3', undefined]]);
  });

  it("keeps a finding about the whole reference on the values line, with appVersion's line related", async () => {
    const result = await scanTree('bulkhead-render-appversion-digest-', {
      ...chart('image:\n  repository: mattermost/rtcd\n', '"1.2.0"'),
      '.bulkhead.yml': 'require-digest: true\n'
    });
    expect(images(result)).toEqual([['BH403 chart/values.yaml:2', ['chart/Chart.yaml:4']]]);
  });
});

describe('a chart whose values schema refers to a remote document', () => {
  it('renders without checking the schema offline, and says so (nginx ingress: Kubernetes definitions by URL)', async () => {
    const url = 'https://schemas.example/v1.36.1/_definitions.json';
    const result = await scanTree('bulkhead-render-remote-schema-', {
      'ingress/Chart.yaml': 'apiVersion: v2\nname: ingress\nversion: 0.1.0\n',
      'ingress/values.yaml': 'podAnnotations: {}\nprivileged: true\n',
      'ingress/values.schema.json': JSON.stringify({
        type: 'object',
        properties: { podAnnotations: { $ref: `${url}#/definitions/annotations` } }
      }),
      'ingress/templates/pod.yaml': `apiVersion: v1
kind: Pod
metadata:
  name: controller
spec:
  containers:
    - name: controller
      image: registry.example/ingress:5.0.0
      securityContext:
        privileged: {{ .Values.privileged }}
      resources:
        limits: {cpu: 100m, memory: 100Mi}
`
    });
    expect(result.renders?.map(r => r.status)).toEqual(['rendered']);
    expect(result.findings.map(where)).toEqual(['BH501 ingress/values.yaml:2']);
    expect(result.notes.filter(n => n.kind === 'render').map(n => n.message)).toEqual([
      `Helm chart 'ingress' was rendered without checking its values schema, which refers to '${url}' (not fetched: render.fetch-dependencies is off).`
    ]);
  });
});

describe("a chart's file:// dependencies: charts elsewhere in the repository", () => {
  // linkerd's control plane takes its named templates from `file://../partials`; SonarQube's Azure chart
  // is `file://../../charts/sonarqube` with values of its own. Neither vendors them in charts/.
  const TREE = {
    'app/Chart.yaml': `apiVersion: v2
name: app
version: 0.1.0
dependencies:
  - name: partials
    version: 0.1.0
    repository: file://../partials
  - name: worker
    version: 0.1.0
    repository: file://../worker
    alias: jobs
    condition: jobs.enabled
  - name: worker
    version: 0.1.0
    repository: file://../worker
    alias: cron
    condition: cron.enabled
`,
    'app/values.yaml':
      'jobs:\n  enabled: true\n  securityContext:\n    privileged: true\ncron:\n  enabled: false\n',
    'app/templates/pod.yaml': `apiVersion: v1
kind: Pod
metadata:
  name: {{ include "partials.name" . }}
spec:
  containers:
    {{- include "partials.container" . | nindent 4 }}
`,
    'partials/Chart.yaml': 'apiVersion: v2\nname: partials\nversion: 0.1.0\ntype: library\n',
    'partials/templates/_helpers.tpl': `{{- define "partials.name" -}}app{{- end -}}
{{- define "partials.container" -}}
- name: proxy
  image: registry.example/proxy:1.0.0
  securityContext:
    allowPrivilegeEscalation: true
  resources:
    limits: {cpu: 100m, memory: 64Mi}
{{- end -}}
`,
    'worker/Chart.yaml': 'apiVersion: v2\nname: worker\nversion: 0.1.0\n',
    'worker/values.yaml': 'securityContext: {}\n',
    'worker/templates/deploy.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Release.Name }}-{{ .Chart.Name }}
spec:
  selector: {matchLabels: {app: worker}}
  template:
    metadata: {labels: {app: worker}}
    spec:
      containers:
        - name: worker
          image: registry.example/worker:1.0.0
          securityContext: {{- toYaml .Values.securityContext | nindent 12 }}
          ports:
            - containerPort: 8080
              hostPort: 8080
          resources:
            limits: {cpu: 100m, memory: 64Mi}
`
  };
  const EXPECTED = [
    // The define in the dependency's own directory, and the parent's values for the aliased subchart.
    'BH501 app/values.yaml:4',
    'BH503 partials/templates/_helpers.tpl:6',
    // Both renders have it: one finding, the worker chart's own.
    'BH510 worker/templates/deploy.yaml:16'
  ];

  it('renders offline with them copied into a scratch charts/, and points at their files and the values', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bulkhead-render-file-dep-'));
    try {
      writeTree(dir, TREE);
      const { result } = await scan({ paths: ['.'], cwd: dir, env: TOOLS });
      expect(result.renders?.map(r => [r.root, r.status])).toEqual([
        ['app', 'rendered'],
        ['worker', 'rendered']
      ]);
      // cron.enabled is false: one Deployment, one finding.
      expect(result.findings.map(where).sort()).toEqual(EXPECTED);
      expect(
        result.findings.map(f => [where(f), f.properties?.renderedFrom, f.properties?.sourceMapping])
      ).toEqual([
        ['BH501 app/values.yaml:4', 'app', 'exact'],
        ['BH503 partials/templates/_helpers.tpl:6', 'app', 'exact'],
        ['BH510 worker/templates/deploy.yaml:16', 'worker', 'exact']
      ]);
      expect(result.notes.filter(n => n.kind === 'render')).toEqual([]);
      // Nothing is written into the user's tree.
      expect(existsSync(join(dir, 'app/charts'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('renders them with render.fetch-dependencies too, whose helm dependency build follows the paths', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bulkhead-render-file-dep-fetch-'));
    try {
      writeTree(dir, { ...TREE, '.bulkhead.yml': 'render:\n  fetch-dependencies: true\n' });
      const { result } = await scan({ paths: ['.'], cwd: dir, env: TOOLS });
      expect(result.renders?.map(r => [r.root, r.status, r.reason])).toEqual([
        ['app', 'rendered', undefined],
        ['worker', 'rendered', undefined]
      ]);
      expect(result.findings.map(where).sort()).toEqual(EXPECTED);
      expect(existsSync(join(dir, 'app/charts'))).toBe(false);
      expect(existsSync(join(dir, 'app/Chart.lock'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says which dependency is missing or outside the working directory, and renders a vendored one as it is', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bulkhead-render-file-dep-missing-'));
    try {
      writeTree(dir, {
        ...TREE,
        'app/Chart.yaml': TREE['app/Chart.yaml'].replace('file://../partials', 'file://../partial'),
        'repo/app/Chart.yaml': TREE['app/Chart.yaml'].replace('file://../partials', 'file://../../partials'),
        'repo/app/templates/pod.yaml': TREE['app/templates/pod.yaml'],
        'repo/worker': '',
        // The partials chart vendored in charts/: Helm reads that copy, and its path is never followed.
        'vendored/Chart.yaml': TREE['app/Chart.yaml']
          .replace('file://../partials', 'file://../nowhere')
          .replace(/ {2}- name: worker[^]*/, ''),
        'vendored/templates/pod.yaml': TREE['app/templates/pod.yaml'],
        'vendored/charts/partials/Chart.yaml': TREE['partials/Chart.yaml'],
        'vendored/charts/partials/templates/_helpers.tpl': TREE['partials/templates/_helpers.tpl']
      });
      rmSync(join(dir, 'repo/worker'));
      const reasons = async (cwd: string) =>
        (await scan({ paths: ['.'], cwd, env: TOOLS })).result.renders?.map(r => [
          r.root,
          r.reason ?? r.status
        ]);
      expect(await reasons(dir)).toEqual([
        [
          'app',
          "its dependency 'partials' (file://../partial) is not in charts/ and cannot be copied there: there is no chart at that path."
        ],
        [
          'repo/app',
          "its dependency 'worker' (file://../worker) is not in charts/ and cannot be copied there: there is no chart at that path."
        ],
        ['vendored', 'rendered'],
        ['worker', 'rendered']
      ]);
      expect(await reasons(join(dir, 'repo'))).toEqual([
        [
          'app',
          "its dependency 'partials' (file://../../partials) is not in charts/ and cannot be copied there: it is outside the working directory, which is all a scan reads."
        ]
      ]);
      const { result } = await scan({ paths: ['vendored'], cwd: dir, env: TOOLS });
      expect(result.findings.map(where)).toEqual(['BH503 vendored/charts/partials/templates/_helpers.tpl:6']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a file:// dependency the chart also vendors as an archive', () => {
  // ory's hydra lists `file://../hydra-maester` and keeps `charts/hydra-maester-0.62.1.tgz`, packed from it.
  it("points the parent's findings on the archive at the dependency's directory: one finding with its own render's", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bulkhead-render-file-dep-tgz-'));
    try {
      writeTree(dir, {
        'db/Chart.yaml': 'apiVersion: v2\nname: db\nversion: 0.2.0\n',
        'db/templates/deploy.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Release.Name }}-db
spec:
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec:
      containers:
        - name: db
          image: registry.example/postgres:16
          securityContext:
            privileged: true
          resources: {limits: {cpu: 100m, memory: 64Mi}}
`,
        'parent/Chart.yaml':
          'apiVersion: v2\nname: parent\nversion: 0.1.0\ndependencies:\n  - name: db\n    version: ">=0.1.0"\n    repository: file://../db\n'
      });
      execFileSync(TOOLS.BULKHEAD_HELM, [
        'package',
        join(dir, 'db'),
        '--version',
        '0.1.0',
        '--destination',
        join(dir, 'parent/charts')
      ]);
      expect(existsSync(join(dir, 'parent/charts/db-0.1.0.tgz'))).toBe(true);
      const { result } = await scan({ paths: ['.'], cwd: dir, env: TOOLS });
      expect(result.renders?.map(r => [r.root, r.status])).toEqual([
        ['db', 'rendered'],
        ['parent', 'rendered']
      ]);
      expect(result.findings.map(where)).toEqual(['BH501 db/templates/deploy.yaml:14']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a test chart inside the chart it tests', () => {
  // bjw-s' charts/library/common/test-chart depends on `file://../`; common's .helmignore leaves it out.
  const TREE = {
    'lib/Chart.yaml': 'apiVersion: v2\nname: lib\ntype: library\nversion: 0.1.0\n',
    'lib/templates/_deploy.tpl': `{{- define "lib.deploy" -}}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Release.Name }}
spec:
  selector: {matchLabels: {app: demo}}
  template:
    metadata: {labels: {app: demo}}
    spec:
      containers:
        - name: app
          image: registry.example/app:1.0.0
          securityContext: {{ toYaml .Values.securityContext | nindent 12 }}
          resources: {limits: {cpu: 100m, memory: 64Mi}}
{{- end }}
`,
    'lib/test-chart/Chart.yaml':
      'apiVersion: v2\nname: lib-test\nversion: 0.1.0\ndependencies:\n  - name: lib\n    repository: file://../\n    version: ">0.0.0-0"\n',
    'lib/test-chart/templates/deploy.yaml': '{{ include "lib.deploy" . }}\n',
    'lib/test-chart/values.yaml': 'securityContext:\n  privileged: true\n'
  };

  it('renders it with its parent copied in, left out by .helmignore or not: the parent never depends on it', async () => {
    const ignored: Record<string, string>[] = [{ 'lib/.helmignore': '.git/\ntest-chart/\n' }, {}];
    for (const helmignore of ignored) {
      const result = await scanTree('bulkhead-render-test-chart-', { ...TREE, ...helmignore });
      expect(result.renders?.map(r => [r.root, r.status, r.reason])).toEqual([
        ['lib/test-chart', 'rendered', undefined]
      ]);
      expect(result.findings.map(where)).toEqual(['BH501 lib/test-chart/values.yaml:2']);
    }
  });
});

describe('a vendored subchart the parent takes under an alias', () => {
  // Helm names the files `parent/charts/second/…` by the alias; they are in `charts/sub/`.
  const TREE = {
    'parent/Chart.yaml': `apiVersion: v2
name: parent
version: 0.1.0
dependencies:
  - name: sub
    version: "0.1.0"
    alias: second
`,
    'parent/values.yaml': 'second:\n  hostNetwork: true\n',
    'parent/charts/sub/Chart.yaml': 'apiVersion: v2\nname: sub\nversion: 0.1.0\n',
    'parent/charts/sub/values.yaml': 'image: busybox\nhostNetwork: false\n',
    'parent/charts/sub/templates/_helpers.tpl': `{{- define "sub.sidecar" -}}
- name: side
  image: registry.example/side:1.0.0
  securityContext:
    allowPrivilegeEscalation: true
{{- end -}}
`,
    'parent/charts/sub/templates/pod.yaml': `apiVersion: v1
kind: Pod
metadata:
  name: {{ .Release.Name }}-{{ .Chart.Name }}
spec:
  hostNetwork: {{ .Values.hostNetwork }}
  containers:
    - name: app
      image: {{ .Values.image }}
      securityContext:
        privileged: true
      resources:
        limits: {cpu: 100m, memory: 64Mi}
    {{- include "sub.sidecar" . | nindent 4 }}
`
  };

  it("points at the subchart's template, named template and values, and at the parent's values under the alias", async () => {
    const result = await scanTree('bulkhead-render-alias-', TREE);
    expect(result.renders?.map(r => [r.root, r.status])).toEqual([['parent', 'rendered']]);
    expect(result.findings.map(f => [where(f), f.properties?.sourceMapping]).sort()).toEqual([
      ['BH403 parent/charts/sub/values.yaml:1', 'exact'],
      ['BH501 parent/charts/sub/templates/pod.yaml:11', 'exact'],
      ['BH503 parent/charts/sub/templates/_helpers.tpl:5', 'exact'],
      ['BH504 parent/values.yaml:2', 'exact'],
      // The sidecar the define writes has no limits: its name line.
      ['BH508 parent/charts/sub/templates/_helpers.tpl:2', 'exact']
    ]);
  });

  it("reads a subchart vendored as an archive for the parent's values under the alias; its own lines stay on the parent's Chart.yaml", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bulkhead-render-alias-tgz-'));
    try {
      writeTree(dir, TREE);
      execFileSync(TOOLS.BULKHEAD_HELM, [
        'package',
        join(dir, 'parent/charts/sub'),
        '--destination',
        join(dir, 'parent/charts')
      ]);
      expect(existsSync(join(dir, 'parent/charts/sub-0.1.0.tgz'))).toBe(true);
      rmSync(join(dir, 'parent/charts/sub'), { recursive: true });
      const { result } = await scan({ paths: ['.'], cwd: dir, env: TOOLS });
      // `second.hostNetwork: true` of the parent's values, as when unpacked; the archive's template, named template and values.yaml are no lines of the repository.
      expect(result.findings.map(f => [where(f), f.properties?.sourceMapping]).sort()).toEqual([
        ['BH403 parent/Chart.yaml:1', 'approximate'],
        ['BH501 parent/Chart.yaml:1', 'approximate'],
        ['BH503 parent/Chart.yaml:1', 'approximate'],
        ['BH504 parent/values.yaml:2', 'exact'],
        ['BH508 parent/Chart.yaml:1', 'approximate']
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("points a nested subchart's archive at the Chart.yaml of the chart whose charts/ holds it (k8s-monitoring)", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bulkhead-render-nested-tgz-'));
    try {
      writeTree(dir, {
        'top/Chart.yaml': 'apiVersion: v2\nname: top\nversion: 0.1.0\n',
        'top/charts/mid/Chart.yaml': 'apiVersion: v2\nname: mid\nversion: 0.1.0\n',
        'leaf/Chart.yaml': 'apiVersion: v2\nname: leaf\nversion: 0.1.0\n',
        'leaf/templates/pod.yaml':
          'apiVersion: v1\nkind: Pod\nmetadata:\n  name: leaf\nspec:\n  hostNetwork: true\n  containers:\n    - name: exporter\n      image: registry.example/exporter:1.0.0\n      resources:\n        limits: {cpu: 100m, memory: 64Mi}\n'
      });
      execFileSync(TOOLS.BULKHEAD_HELM, [
        'package',
        join(dir, 'leaf'),
        '--destination',
        join(dir, 'top/charts/mid/charts')
      ]);
      rmSync(join(dir, 'leaf'), { recursive: true });
      const { result } = await scan({ paths: ['.'], cwd: dir, env: TOOLS });
      expect(result.renders?.map(r => `${r.root} ${r.status}`)).toEqual(['top rendered']);
      expect(result.findings.map(where)).toEqual(['BH504 top/charts/mid/Chart.yaml:1']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a template whose output starts with `---`', () => {
  it('points at its template and values lines, not at Chart.yaml (sonarqube-dce: a false if, then `{{- if … }}` and `---`)', async () => {
    // Helm prints the template's `# Source:` header, then its `---`: the object is a document of its own.
    const ifThenSeparator = (object: string) =>
      `---\n{{- if false }}\nkind: ConfigMap\n{{- end }}\n{{- if true }}\n---\n${object}{{- end }}\n`;
    const result = await scanTree('bulkhead-render-separator-', {
      'demo/Chart.yaml': 'apiVersion: v2\nname: demo\nversion: 0.1.0\n',
      'demo/values.yaml': 'jwtSecret: "mnGBJtmwRbIREqy3vSw6Cinoi2WEom9JH+iw/tXOJX4="\n',
      'demo/templates/secret.yaml': ifThenSeparator(
        'apiVersion: v1\nkind: Secret\nmetadata:\n  name: jwt\ndata:\n  JWT_SECRET: {{ .Values.jwtSecret | b64enc | quote }}\n'
      ),
      'demo/templates/pod.yaml': ifThenSeparator(
        'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  hostNetwork: true\n  containers:\n    - name: c\n      image: nginx:1.25\n      securityContext:\n        privileged: true\n'
      )
    });
    expect(result.renders?.map(r => r.status)).toEqual(['rendered']);
    expect(result.findings.map(where).sort()).toEqual([
      'BH206 demo/values.yaml:1',
      'BH501 demo/templates/pod.yaml:17',
      'BH504 demo/templates/pod.yaml:12',
      'BH508 demo/templates/pod.yaml:14'
    ]);
    expect(result.findings.map(f => f.properties?.sourceMapping)).toEqual(result.findings.map(() => 'exact'));
  });
});

describe('a Windows switch that is a string', () => {
  it('renders the chart again with the value set to windows when a template compares it (DataDog: targetSystem)', async () => {
    const result = await scanTree('bulkhead-render-target-system-', {
      'agent/Chart.yaml': 'apiVersion: v2\nname: agent\nversion: 0.1.0\n',
      'agent/values.yaml':
        '# targetSystem -- Target OS for this deployment (possible values: linux, windows)\ntargetSystem: "linux"\n',
      'agent/templates/_helpers.tpl':
        '{{- define "agent.os" -}}{{- if eq .Values.targetSystem "windows" -}}windows{{- else -}}linux{{- end -}}{{- end -}}\n',
      'agent/templates/daemonset-windows.yaml': `{{- if eq .Values.targetSystem "windows" }}
apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent-windows
spec:
  selector:
    matchLabels: {app: agent}
  template:
    metadata:
      labels: {app: agent}
    spec:
      nodeSelector:
        kubernetes.io/os: {{ include "agent.os" . }}
      containers:
        - name: agent
          image: registry.example/agent:7.60.0
          securityContext:
            windowsOptions:
              hostProcess: true
              runAsUserName: 'NT AUTHORITY\\SYSTEM'
          resources:
            limits: {cpu: 100m, memory: 100Mi}
      hostNetwork: true
{{- end }}
`
    });
    expect(result.renders?.map(r => [r.status, r.windowsValues])).toEqual([
      ['rendered', 'targetSystem=windows']
    ]);
    const hostProcess = result.findings.find(f => f.ruleId === 'BH604');
    expect(hostProcess && where(hostProcess)).toBe('BH604 agent/templates/daemonset-windows.yaml:20');
    expect(hostProcess?.message).toMatch(/Only rendered with targetSystem=windows\.$/);
  });
});

describe('a Windows switch that is a string a template looks for "windows" in', () => {
  // aws-node-termination-handler: one DaemonSet per OS named in `targetNodeOs`, a shared Deployment.
  const nodeTerminationHandler = (targetNodeOs: string): Record<string, string> => ({
    'nth/Chart.yaml': 'apiVersion: v2\nname: nth\nversion: 0.1.0\n',
    'nth/values.yaml': [
      '# Create node OS specific daemonset(s). (e.g. "linux", "windows", "linux windows")',
      `targetNodeOs: ${targetNodeOs}`,
      'podSecurityContext:',
      '  fsGroup: 1000',
      ''
    ].join('\n'),
    'nth/templates/_daemonset.tpl': `{{- define "nth.daemonset" -}}
apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: nth-{{ .os }}
spec:
  selector:
    matchLabels: {app: nth-{{ .os }}}
  template:
    metadata:
      labels: {app: nth-{{ .os }}}
    spec:
      nodeSelector:
        kubernetes.io/os: {{ .os }}
      securityContext:
        {{- toYaml .root.Values.podSecurityContext | nindent 8 }}
      containers:
        - name: handler
          image: registry.example/nth:1.22.0
{{- end -}}
`,
    'nth/templates/daemonset.linux.yaml':
      '{{- if (lower .Values.targetNodeOs | contains "linux") }}\n{{ include "nth.daemonset" (dict "root" . "os" "linux") }}\n{{- end }}\n',
    'nth/templates/daemonset.windows.yaml':
      '{{- if (lower .Values.targetNodeOs | contains "windows") }}\n{{ include "nth.daemonset" (dict "root" . "os" "windows") }}\n{{- end }}\n',
    'nth/templates/deployment.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: nth-webhook
spec:
  selector:
    matchLabels: {app: nth-webhook}
  template:
    metadata:
      labels: {app: nth-webhook}
    spec:
      containers:
        - name: webhook
          image: registry.example/nth-webhook:1.22.0
`
  });
  const described = (result: Awaited<ReturnType<typeof scanTree>>) =>
    result.findings.map(f => `${where(f)}${/Only rendered with/.test(f.message) ? ' (Windows pass)' : ''}`);

  it('renders the chart again with the value set to windows (aws-node-termination-handler: targetNodeOs)', async () => {
    const result = await scanTree('bulkhead-render-target-node-os-', nodeTerminationHandler('linux'));
    expect(result.renders?.map(r => [r.status, r.windowsValues])).toEqual([
      ['rendered', 'targetNodeOs=windows']
    ]);
    // The Windows DaemonSet's findings, on the named template's and the values file's lines. Its missing
    // limits (BH508) read as the Linux DaemonSet's, and the Deployment renders the same in both passes:
    // those are taken once, from the default render.
    expect(described(result).sort()).toEqual([
      'BH508 nth/templates/_daemonset.tpl:18',
      'BH508 nth/templates/deployment.yaml:13',
      'BH602 nth/templates/_daemonset.tpl:18 (Windows pass)',
      'BH606 nth/values.yaml:4 (Windows pass)'
    ]);
    const windowsOnly = result.findings.filter(f => /Only rendered/.test(f.message));
    expect(
      windowsOnly.map(f => [
        f.message.endsWith('Only rendered with targetNodeOs=windows.'),
        f.properties?.renderValues
      ])
    ).toEqual([
      [true, 'targetNodeOs=windows'],
      [true, 'targetNodeOs=windows']
    ]);
  });

  it('has no Windows pass when the chart renders its Windows DaemonSet by default ("linux windows")', async () => {
    const result = await scanTree(
      'bulkhead-render-target-node-os-both-',
      nodeTerminationHandler('"linux windows"')
    );
    expect(result.renders?.map(r => [r.status, r.windowsValues])).toEqual([['rendered', undefined]]);
    // The same findings as the Windows pass gives the linux chart, none of them marked as that pass's.
    expect(described(result).sort()).toEqual([
      'BH508 nth/templates/_daemonset.tpl:18',
      'BH508 nth/templates/deployment.yaml:13',
      'BH602 nth/templates/_daemonset.tpl:18',
      'BH606 nth/values.yaml:4'
    ]);
  });

  it('leaves a linux value alone that no template tests for "windows" (an image variant)', async () => {
    const result = await scanTree('bulkhead-render-image-flavor-', {
      'agent/Chart.yaml': 'apiVersion: v2\nname: agent\nversion: 0.1.0\n',
      'agent/values.yaml': 'image:\n  repository: registry.example/agent\n  flavor: linux\n',
      'agent/templates/daemonset.yaml': `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent
spec:
  selector:
    matchLabels: {app: agent}
  template:
    metadata:
      labels: {app: agent}
    spec:
      nodeSelector:
        kubernetes.io/os: {{ .Values.image.flavor }}
      containers:
        - name: agent
          image: "{{ .Values.image.repository }}:1.0-{{ .Values.image.flavor }}"
          {{- if contains "windows" .Values.image.repository }}
          securityContext:
            windowsOptions: {runAsUserName: ContainerUser}
          {{- end }}
`
    });
    expect(result.renders?.map(r => [r.status, r.windowsValues])).toEqual([['rendered', undefined]]);
    expect(result.findings.filter(f => /Only rendered/.test(f.message))).toEqual([]);
  });
});

describe('render configuration and fingerprints', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'bulkhead-render-'));
    cpSync(join(REPO, FIXTURES, 'web-chart'), join(dir, 'web-chart'), { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('renders with the configured values files and set pairs, and maps to the file that wins', async () => {
    writeFileSync(
      join(dir, 'web-chart', 'values-prod.yaml'),
      'image:\n  tag: "1.27.3"\nsecurityContext:\n  runAsUser: 101\n  runAsNonRoot: true\n  allowPrivilegeEscalation: true\n'
    );
    writeFileSync(
      join(dir, '.bulkhead.yml'),
      'render:\n  charts:\n    web-chart:\n      values: [values-prod.yaml]\n      set:\n        replicaCount: 3\n'
    );
    const { result } = await scan({ paths: ['.'], cwd: dir, env: TOOLS });
    // Helm merges the maps: the capability added in values.yaml stays, the runAsUser of values-prod.yaml wins.
    expect(result.findings.map(where)).toEqual([
      'BH503 web-chart/values-prod.yaml:6',
      'BH507 web-chart/values.yaml:17'
    ]);
  });

  it('reads a values file relative to the config file, as every config path is', async () => {
    mkdirSync(join(dir, 'envs'));
    writeFileSync(join(dir, 'envs', 'prod.yaml'), 'securityContext:\n  allowPrivilegeEscalation: true\n');
    writeFileSync(
      join(dir, '.bulkhead.yml'),
      'render:\n  charts:\n    web-chart:\n      values: [envs/prod.yaml]\n'
    );
    const { result } = await scan({ paths: ['.'], cwd: dir, env: TOOLS });
    expect(result.renders?.map(r => r.status)).toEqual(['rendered']);
    expect(result.findings.map(where)).toContain('BH503 envs/prod.yaml:2');
  });

  it('keeps fingerprints when unrelated template and values lines move', async () => {
    const first = await scan({ paths: ['.'], cwd: dir, env: TOOLS });
    const template = join(dir, 'web-chart/templates/deployment.yaml');
    writeFileSync(
      template,
      `# Deployment of the web front end.\n# Owned by the web team.\n${readFileSync(template, 'utf8')}`
    );
    const values = join(dir, 'web-chart/values.yaml');
    writeFileSync(values, `nameOverride: ""\nfullnameOverride: ""\n\n${readFileSync(values, 'utf8')}`);
    const second = await scan({ paths: ['.'], cwd: dir, env: TOOLS });
    const byRule = (r: typeof first.result) => r.findings.map(f => `${f.ruleId} ${f.fingerprint}`);
    expect(second.result.findings.map(f => f.location.region.startLine)).toEqual(
      first.result.findings.map(f => f.location.region.startLine + 3)
    );
    expect(first.result.findings.length).toBeGreaterThan(0);
    expect(byRule(second.result)).toEqual(byRule(first.result));
  });

  it('falls back to the nearest template line for a value the template computes, with the rendered object as related location', async () => {
    // `tpl` renders a string of values as YAML: no line of any file writes `privileged:`.
    const values = join(dir, 'web-chart/values.yaml');
    writeFileSync(values, `${readFileSync(values, 'utf8')}agentSecurity: "privileged: true"\n`);
    writeFileSync(
      join(dir, 'web-chart/templates/agent.yaml'),
      [
        'apiVersion: apps/v1',
        'kind: DaemonSet',
        'metadata:',
        '  name: agent',
        'spec:',
        '  selector:',
        '    matchLabels: { app: agent }',
        '  template:',
        '    metadata:',
        '      labels: { app: agent }',
        '    spec:',
        '      containers:',
        '        - name: agent',
        '          image: registry.example.com/agent:1.0.0',
        '          securityContext:',
        '            {{- tpl .Values.agentSecurity . | nindent 12 }}',
        '          resources:',
        '            limits: { cpu: 100m, memory: 64Mi }',
        ''
      ].join('\n')
    );
    const { result } = await scan({ paths: ['.'], cwd: dir, env: TOOLS });
    const privileged = result.findings.find(f => f.ruleId === 'BH501');
    expect(privileged?.location).toMatchObject({
      file: 'web-chart/templates/agent.yaml',
      region: { startLine: 15, startColumn: 11 }
    });
    expect(privileged?.properties).toMatchObject({
      sourceMapping: 'approximate',
      renderedObject: 'DaemonSet/agent',
      renderedKeyPath: 'spec.template.spec.containers[0].securityContext.privileged'
    });
    expect(privileged?.relatedLocations).toEqual([
      expect.objectContaining({
        file: 'web-chart/Chart.yaml',
        logical: 'DaemonSet/agent:spec.template.spec.containers[0].securityContext.privileged',
        message: expect.stringMatching(
          /^Rendered object DaemonSet\/agent at spec\.template.*helm template of 'web-chart'/
        )
      })
    ]);
    // The SARIF of rendered findings (related location with a logical location, render properties) is valid.
    const sarif = await runCli(['scan', '.', '--format', 'sarif', '--fail-on', 'none'], {
      cwd: dir,
      env: TOOLS
    });
    const log = JSON.parse(sarif.stdout) as Sarif.Log;
    const validate = compileSarifSchema();
    expect(validate(log) ? [] : validate.errors).toEqual([]);
    const problems = runMultitool(sarif.stdout).filter(
      r => r.level === 'error' || r.level === 'warning' || !EXPECTED_NOTES.has(r.ruleId ?? '')
    );
    expect(describeResults(problems)).toBe('');
    const sarifResult = log.runs[0]?.results?.find(r => r.ruleId === 'BH501');
    expect(sarifResult?.properties).toMatchObject({
      sourceMapping: 'approximate',
      renderedFrom: 'web-chart'
    });
  });

  it('tells containers with templated names apart by the values they use', async () => {
    writeFileSync(
      join(dir, 'web-chart/values.yaml'),
      'server:\n  name: server\nreloader:\n  name: config-reloader\n'
    );
    writeFileSync(join(dir, 'web-chart/templates/_helpers.tpl'), '');
    writeFileSync(join(dir, 'web-chart/templates/service.yaml'), '');
    writeFileSync(
      join(dir, 'web-chart/templates/deployment.yaml'),
      [
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata:',
        '  name: {{ .Release.Name }}-server',
        'spec:',
        '  template:',
        '    spec:',
        '      containers:',
        '        - name: {{ .Chart.Name }}-{{ .Values.reloader.name }}',
        '          image: registry.example.com/reloader:1.0.0',
        '        - name: {{ .Chart.Name }}-{{ .Values.server.name }}',
        '          image: registry.example.com/server:1.0.0',
        ''
      ].join('\n')
    );
    const { result } = await scan({ paths: ['.'], cwd: dir, env: TOOLS });
    // A finding about the container itself (no limits) stays on its `- name:` line, not the values line of its name.
    expect(result.findings.map(f => `${where(f)} ${f.message}`)).toEqual([
      "BH508 web-chart/templates/deployment.yaml:9 Container 'web-config-reloader' sets no 'cpu' or 'memory' limit.",
      "BH508 web-chart/templates/deployment.yaml:11 Container 'web-server' sets no 'cpu' or 'memory' limit."
    ]);
  });

  it('honours a bulkhead-ignore comment in the values file and a config ignore of the template', async () => {
    const values = join(dir, 'web-chart/values.yaml');
    writeFileSync(
      values,
      readFileSync(values, 'utf8').replace(
        '  runAsUser: 0\n',
        '  # bulkhead-ignore BH502 -- nginx binds port 80, then drops to the nginx user\n  runAsUser: 0\n'
      )
    );
    writeFileSync(
      join(dir, '.bulkhead.yml'),
      'ignore:\n  - rules: [BH403]\n    paths: ["web-chart/values.yaml"]\n    reason: pinned by the deploy pipeline\n'
    );
    const { result } = await scan({ paths: ['.'], cwd: dir, env: TOOLS });
    const suppressed = (id: string) => result.findings.find(f => f.ruleId === id)?.suppression;
    expect(suppressed('BH502')).toEqual({
      kind: 'inSource',
      justification: 'nginx binds port 80, then drops to the nginx user'
    });
    expect(suppressed('BH403')).toEqual({ kind: 'external', justification: 'pinned by the deploy pipeline' });
    expect(suppressed('BH503')).toBeUndefined();
  });

  it('leaves a chart alone when render.helm is off', async () => {
    writeFileSync(join(dir, '.bulkhead.yml'), 'render:\n  helm: off\n');
    const { result } = await scan({ paths: ['.'], cwd: dir, env: TOOLS });
    expect(result.findings).toEqual([]);
    expect(result.notes.filter(n => n.kind === 'render').map(n => n.message)).toEqual([
      "Helm chart 'web-chart' was not rendered: render.helm is off in the config. Its templates were not scanned."
    ]);
  });
});

describe('a base that only rendered overlays use is judged as they deploy it', () => {
  let dir: string;
  const write = (files: Record<string, string>) => writeTree(dir, files);
  // Kubeflow's pattern: the base names its image without a tag, and its kustomization pins it.
  const BASE = {
    'app/base/kustomization.yaml':
      'resources: [deployment.yaml]\nimages:\n  - name: ghcr.io/acme/api\n    newTag: v1.4.2\n',
    'app/base/deployment.yaml': `apiVersion: apps/v1
kind: Deployment
metadata: {name: api}
spec:
  selector: {matchLabels: {app: api}}
  template:
    metadata: {labels: {app: api}}
    spec:
      securityContext: {runAsNonRoot: true, runAsUser: 10001}
      containers:
        - name: api
          image: ghcr.io/acme/api
          securityContext: {allowPrivilegeEscalation: false}
          resources: {limits: {cpu: 500m, memory: 256Mi}}
          env:
            - name: DB_PASSWORD
              value: Tr0ub4dor-base-7
`,
    'app/overlays/prod/kustomization.yaml': 'resources: [../../base]\nnamePrefix: prod-\n'
  };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'bulkhead-render-base-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("drops the base file's untagged-image finding that no render has, and keeps its committed secret", async () => {
    write(BASE);
    const { result } = await scan({ paths: ['.'], cwd: dir, env: TOOLS });
    expect(result.renders?.map(r => `${r.root} ${r.status}`)).toEqual(['app/overlays/prod rendered']);
    expect(result.findings.map(f => `${where(f)} ${f.message}`)).toEqual([
      "BH205 app/base/deployment.yaml:16 Container 'api' sets 'DB_PASSWORD' to a literal secret ('Tr0u…')."
    ]);
  });

  it("points a generated Secret's key at its literal or env-file line, once for every overlay", async () => {
    write({
      'auth/base/kustomization.yaml': `secretGenerator:
  - name: oauth2-proxy
    literals:
      - client-id=kubeflow-oidc-authservice
      - client-secret=pUBnBOY80SnXgjibTYM9ZWNzY2xreNGQok
  - name: catalog-postgres
    envs: [postgres.env]
`,
      'auth/base/postgres.env': '# local database\nPOSTGRES_USER=catalog\nPOSTGRES_PASSWORD=Ct4l0g-pg-2024\n',
      'auth/overlays/kind/kustomization.yaml': 'resources: [../../base]\n',
      'auth/overlays/eks/kustomization.yaml': 'resources: [../../base]\nnamePrefix: eks-\n'
    });
    const { result } = await scan({ paths: ['.'], cwd: dir, env: TOOLS });
    expect(result.renders?.map(r => r.status)).toEqual(['rendered', 'rendered']);
    expect(result.findings.map(f => [where(f), f.properties?.sourceMapping])).toEqual([
      ['BH206 auth/base/kustomization.yaml:5', 'exact'],
      ['BH206 auth/base/postgres.env:3', 'exact']
    ]);
  });

  it("points a container's missing limits at the base that defines it, not at a patch that sets its image, and judges no unused patch (kubebuilder's scaffold)", async () => {
    write({
      'config/manager/manager.yaml': `apiVersion: apps/v1
kind: Deployment
metadata: {name: controller-manager}
spec:
  selector: {matchLabels: {app: manager}}
  template:
    metadata: {labels: {app: manager}}
    spec:
      securityContext: {runAsNonRoot: true}
      containers:
        - command: [/manager]
          image: controller:latest
          name: manager
          securityContext: {allowPrivilegeEscalation: false}
`,
      'config/manager/kustomization.yaml': 'resources: [manager.yaml]\n',
      'config/default/manager_image_patch.yaml':
        'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: controller-manager}\nspec:\n  template:\n    spec:\n      containers:\n        - image: ghcr.io/acme/controller:v0.9.1\n          name: manager\n',
      'config/default/kustomization.yaml':
        'resources: [../manager]\npatches:\n  - path: manager_image_patch.yaml\n# - path: manager_auth_proxy_patch.yaml\n',
      // Scaffolded and left commented out: a fragment no overlay applies.
      'config/default/manager_auth_proxy_patch.yaml':
        'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: controller-manager}\nspec:\n  template:\n    spec:\n      containers:\n        - name: kube-rbac-proxy\n          image: quay.io/brancz/kube-rbac-proxy:v0.18.1\n          args: [--secure-listen-address=0.0.0.0:8443]\n'
    });
    const { result } = await scan({ paths: ['.'], cwd: dir, env: TOOLS });
    expect(result.findings.map(where)).toEqual(['BH508 config/manager/manager.yaml:13']);
  });

  it("judges no unlisted workload fragment whose containers name no image, whatever its name (cloudnative-pg's env_override.yaml)", async () => {
    write({
      'config/manager/manager.yaml': `apiVersion: apps/v1
kind: Deployment
metadata: {name: controller-manager}
spec:
  selector: {matchLabels: {app: manager}}
  template:
    metadata: {labels: {app: manager}}
    spec:
      securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}
      containers:
        - image: ghcr.io/acme/manager:1.2.0
          name: manager
          securityContext: {allowPrivilegeEscalation: false}
          resources: {limits: {cpu: 500m, memory: 256Mi}}
`,
      'config/manager/kustomization.yaml': 'resources: [manager.yaml]\n',
      // Added by the Makefile with `kustomize edit add patch`: a fragment no kustomization lists yet.
      'config/manager/env_override.yaml':
        'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: controller-manager}\nspec:\n  template:\n    spec:\n      containers:\n      - name: manager\n        envFrom:\n        - configMapRef: {name: controller-manager-env}\n',
      // Unlisted too, but a whole workload with an image: still judged as a file.
      'config/manager/debug-pod.yaml':
        'apiVersion: v1\nkind: Pod\nmetadata: {name: debug}\nspec:\n  containers:\n  - name: shell\n    image: busybox:1.36\n    securityContext: {privileged: true}\n'
    });
    const { result } = await scan({ paths: ['.'], cwd: dir, env: TOOLS });
    expect(result.findings.filter(f => f.location.file.endsWith('env_override.yaml'))).toEqual([]);
    expect(result.findings.map(where)).toEqual(
      expect.arrayContaining(['BH501 config/manager/debug-pod.yaml:8'])
    );
  });

  it("reports a committed Secret once, though an overlay's namePrefix renames it (kustomize's wordpress example)", async () => {
    write({
      'app/secret.yaml':
        'apiVersion: v1\nkind: Secret\nmetadata:\n  name: mysql-pass\ntype: Opaque\nstringData:\n  password: Wp-db-2024-s3cr3t\n',
      'app/kustomization.yaml': 'resources: [secret.yaml]\n',
      'kustomization.yaml': 'resources: [app]\nnamePrefix: demo-\n'
    });
    const { result } = await scan({ paths: ['.'], cwd: dir, env: TOOLS });
    expect(result.renders?.map(r => `${r.root} ${r.status}`)).toEqual(['. rendered']);
    expect(result.findings.map(f => `${where(f)} ${f.message}`)).toEqual([
      "BH206 app/secret.yaml:7 Secret 'mysql-pass' key 'password' holds a literal value ('Wp-d…')."
    ]);
  });

  it('keeps it when a root that uses the base could not be rendered, or without kubectl', async () => {
    write({
      ...BASE,
      'app/overlays/edge/kustomization.yaml':
        'resources:\n  - ../../base\n  - https://github.com/acme/ops//policies?ref=v2\n'
    });
    const { result } = await scan({ paths: ['.'], cwd: dir, env: TOOLS });
    expect(result.renders?.map(r => `${r.root} ${r.status}`)).toEqual([
      'app/overlays/edge failed',
      'app/overlays/prod rendered'
    ]);
    // The reason names the root as the user does, not by the scratch kustomization's way to it.
    const reason = result.renders?.[0]?.reason ?? '';
    expect(reason).toContain("accumulating resources from 'app/overlays/edge'");
    expect(reason).not.toMatch(/\.\.\/|bulkhead-render-/);
    expect(result.findings.map(where)).toEqual([
      'BH403 app/base/deployment.yaml:12',
      'BH205 app/base/deployment.yaml:16'
    ]);
    const plain = await scan({ paths: ['.'], cwd: dir, env: { PATH: '' } });
    expect(plain.result.findings.map(where)).toEqual(result.findings.map(where));
  });
});

describe('a block a chart pastes inside `with`', () => {
  it('points at the values line when the key sits inside `{{- with .Values.x }}` (prometheus-windows-exporter)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bulkhead-render-with-'));
    try {
      const chart = join(dir, 'exporter');
      mkdirSync(join(chart, 'templates'), { recursive: true });
      writeFileSync(join(chart, 'Chart.yaml'), 'apiVersion: v2\nname: windows-exporter\nversion: 0.1.0\n');
      writeFileSync(
        join(chart, 'values.yaml'),
        'securityContext:\n  windowsOptions:\n    hostProcess: true\n    runAsUserName: "NT AUTHORITY\\\\system"\nhostNetwork: true\n'
      );
      writeFileSync(
        join(chart, 'templates', 'daemonset.yaml'),
        `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: {{ .Release.Name }}
spec:
  selector:
    matchLabels: {app: exporter}
  template:
    metadata:
      labels: {app: exporter}
    spec:
      hostNetwork: {{ .Values.hostNetwork }}
      nodeSelector:
        kubernetes.io/os: windows
      containers:
        - name: exporter
          image: ghcr.io/prometheus-community/windows-exporter:0.31.3
          {{- with .Values.securityContext }}
          securityContext:
            {{- toYaml . | nindent 12 }}
          {{- end }}
          resources:
            limits: {cpu: 200m, memory: 200Mi}
`
      );
      const { result } = await scan({ paths: ['.'], cwd: dir, env: TOOLS });
      expect(
        result.findings.filter(f => f.ruleId === 'BH604').map(f => [where(f), f.properties?.sourceMapping])
      ).toEqual([['BH604 exporter/values.yaml:3', 'exact']]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a finding inside text a rendered ConfigMap embeds', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'bulkhead-render-block-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const write = (files: Record<string, string>) => writeTree(dir, files);

  it('points at its line in the template, literal or templated (cert-manager pebble, Spring properties)', async () => {
    write({
      'app/Chart.yaml': 'apiVersion: v2\nname: app\nversion: 0.1.0\n',
      'app/values.yaml': 'dbPassword: Pg-2024-s3cr3t\n',
      'app/templates/configmap.yaml': `apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ .Release.Name }}-config
data:
  application.properties: |
    server.port=8080
    spring.datasource.password={{ .Values.dbPassword }}
  mail.properties: |
    mail.host=smtp.example.com
    mail.password=Sm7p-literal-2024
  key.pem: |
    -----BEGIN RSA PRIVATE KEY-----
    MIIEowIBAAKCAQEAmxTFtw113RK70H9pQmdKs9AxhFmnQ6BdDtp3jOZlWlUO0Blt
    MXOUML5905etgtCbcC6RdKRtgSAiDfgx3VWiFMJH++4gUtnaB9SN8GhNSPBpFfSa
    -----END RSA PRIVATE KEY-----
`
    });
    const { result } = await scan({ paths: ['.'], cwd: dir, env: TOOLS });
    expect(result.findings.map(f => [where(f), f.properties?.sourceMapping])).toEqual([
      ['BH209 app/templates/configmap.yaml:8', 'exact'],
      ['BH209 app/templates/configmap.yaml:11', 'exact'],
      ['BH207 app/templates/configmap.yaml:13', 'exact']
    ]);
    // The message's line is the template's too, not the rendered stream's.
    expect(result.findings.at(-1)?.message).toBe(
      'The file contains private key material (RSA private key, line 13).'
    );
  });

  it("points at the overlay's patch that replaces a generated ConfigMap's text (kustomize's springboot example)", async () => {
    write({
      'demo/base/kustomization.yaml':
        'configMapGenerator:\n  - name: demo-configmap\n    files: [application.properties]\n',
      'demo/base/application.properties': 'app.name=Demo\nspring.datasource.password=St4ging-db-2024\n',
      'demo/overlays/production/kustomization.yaml':
        'resources: [../../base]\nnamePrefix: production-\npatches:\n  - path: patch.yaml\n',
      'demo/overlays/production/patch.yaml':
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: demo-configmap\ndata:\n  application.properties: |\n    app.name=Production Demo\n    spring.datasource.password=Pr0d-db-2024\n'
    });
    const { result } = await scan({ paths: ['.'], cwd: dir, env: TOOLS });
    expect(result.findings.map(where)).toEqual(['BH209 demo/overlays/production/patch.yaml:8']);
  });

  it("points at the overlay generator that merges a key into a base's, not at the base's entry (kustomize's springboot staging)", async () => {
    write({
      'db/base/kustomization.yaml':
        'secretGenerator:\n  - name: db\n    literals:\n      - password=changeme\n',
      'db/prod/kustomization.yaml':
        'resources: [../base]\nnamePrefix: prod-\nsecretGenerator:\n  - name: db\n    behavior: merge\n    literals:\n      - password=Prod-S3cret-x9Qw\n',
      'app/base/kustomization.yaml':
        'configMapGenerator:\n  - name: app\n    files: [application.properties]\n',
      'app/base/application.properties': 'spring.datasource.password=changeme\n',
      'app/staging/kustomization.yaml':
        'resources: [../base]\nconfigMapGenerator:\n  - name: app\n    behavior: merge\n    files: [application.properties]\n',
      'app/staging/application.properties': 'app.name=Staging\nspring.datasource.password=St4ging-db-2024\n'
    });
    const { result } = await scan({ paths: ['.'], cwd: dir, env: TOOLS });
    expect(result.findings.map(f => `${where(f)} ${f.message}`)).toEqual([
      "BH209 app/staging/application.properties:2 ConfigMap 'app' key 'application.properties' sets 'spring.datasource.password' to a literal secret ('St4…').",
      "BH206 db/prod/kustomization.yaml:7 Secret 'db' key 'password' holds a literal value ('Prod…')."
    ]);
  });

  it("points at its line in the file a generator's files entry reads, once for every overlay", async () => {
    write({
      'ldap/base/kustomization.yaml':
        'configMapGenerator:\n  - name: ldap-configmap\n    files: [env.startup.txt]\n',
      'ldap/base/env.startup.txt':
        '# LDAP settings\nLDAP_ORGANISATION=Example Inc.\nLDAP_ADMIN_PASSWORD=Ld4p-admin-2024\n',
      'ldap/overlays/staging/kustomization.yaml': 'resources: [../../base]\nnamePrefix: staging-\n',
      'ldap/overlays/production/kustomization.yaml': 'resources: [../../base]\nnamePrefix: production-\n'
    });
    const { result } = await scan({ paths: ['.'], cwd: dir, env: TOOLS });
    expect(result.findings.map(f => `${where(f)} ${f.message}`)).toEqual([
      "BH209 ldap/base/env.startup.txt:3 ConfigMap 'ldap-configmap' key 'env.startup.txt' sets 'LDAP_ADMIN_PASSWORD' to a literal secret ('Ld4…')."
    ]);
  });

  it("points at each of several identical lines of the file a generator's files entry reads (mirceanton/home-ops' LiteLLM config)", async () => {
    const model = (name: string) =>
      `  - model_name: ${name}\n    litellm_params:\n      api_key: sk-live-9fQ2xZ7pLm4TqW8rVb3N\n`;
    write({
      'litellm/kustomization.yaml':
        'configMapGenerator:\n  - name: litellm-config\n    files:\n      - config.yaml=./files/config.yaml\n',
      'litellm/files/config.yaml': `model_list:\n${model('a')}${model('b')}${model('c')}`
    });
    const { result } = await scan({ paths: ['.'], cwd: dir, env: TOOLS });
    expect(result.findings.map(where)).toEqual([
      'BH209 litellm/files/config.yaml:4',
      'BH209 litellm/files/config.yaml:7',
      'BH209 litellm/files/config.yaml:10'
    ]);
  });
});

describe('a library chart', () => {
  // spiffe/helm-charts-hardened's spire-lib: named templates in `templates/_*.yaml`, which Helm renders
  // only through the charts that depend on it.
  const LIBRARY = {
    'lib/Chart.yaml': 'apiVersion: v2\nname: lib\nversion: 0.1.0\ntype: library\n',
    'lib/templates/_namespace.yaml':
      '{{- define "lib.namespace" -}}\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: {{ .Release.Namespace }}\n{{- end -}}\n'
  };

  it('gives its templates no "scan the rendered output" note, alone or with a chart that uses it', async () => {
    const alone = await scanTree('bulkhead-render-library-', LIBRARY);
    expect(alone.notes.filter(n => n.kind === 'template')).toEqual([]);
    expect(alone.renders).toBeUndefined();
    const used = await scanTree('bulkhead-render-library-used-', {
      ...LIBRARY,
      'app/Chart.yaml':
        'apiVersion: v2\nname: app\nversion: 0.1.0\ndependencies:\n  - name: lib\n    version: 0.1.0\n    repository: file://../lib\n',
      'app/templates/namespace.yaml': '{{ include "lib.namespace" . }}\n',
      // A template of an application chart that fails to render keeps its note.
      'broken/Chart.yaml': 'apiVersion: v2\nname: broken\nversion: 0.1.0\n',
      'broken/templates/pod.yaml':
        'apiVersion: v1\nkind: Pod\nmetadata:\n  name: broken\nspec:\n  containers:\n    - name: c\n      image: {{ required "image is required" .Values.image }}\n'
    });
    expect(used.renders?.map(r => `${r.root} ${r.status}`)).toEqual(['app rendered', 'broken failed']);
    expect(used.notes.filter(n => n.kind === 'template').map(n => n.file)).toEqual([
      'broken/templates/pod.yaml'
    ]);
  });
});

describe('a config file a rendered Secret holds, inline or from a generator', () => {
  const b64 = (text: string) => Buffer.from(text).toString('base64');
  const STORAGE_CONFIG =
    '{\n  "type": "s3",\n  "access_key_id": "s3admin",\n  "secret_access_key": "Zr9-Lm2Vx9PkT4w"\n}\n';
  const block = (text: string) => text.trimEnd().replace(/^/gm, '    ');
  const manifests = (kind: 'Secret' | 'ConfigMap', name: string) => `apiVersion: v1
kind: ${kind}
metadata:
  name: ${name}
${kind === 'Secret' ? 'stringData' : 'data'}:
  localS3: |
${block(STORAGE_CONFIG)}
  password: Tr0ub4dor-3-horse
`;

  it("points at the line inside a stringData block, as at a ConfigMap's (kserve's storage-config)", async () => {
    const result = await scanTree('bulkhead-render-secret-block-', {
      // A chart's template is only scanned rendered; a Kustomize resource also as a plain file.
      'chart/Chart.yaml': 'apiVersion: v2\nname: chart\nversion: 0.1.0\n',
      'chart/templates/storage.yaml': `${manifests('Secret', '{{ .Release.Name }}-storage')}data:\n  encoded: ${b64(STORAGE_CONFIG)}\n---\n${manifests('ConfigMap', '{{ .Release.Name }}-storage')}`,
      's3-local/kustomization.yaml': 'resources: [storage-config.yaml]\n',
      's3-local/storage-config.yaml': manifests('Secret', 'local-storage')
    });
    expect(result.findings.map(f => [`${where(f)} ${f.message}`, f.properties?.sourceMapping])).toEqual([
      [
        "BH206 chart/templates/storage.yaml:10 Secret 'bulkhead-storage' key 'localS3' sets 'secret_access_key' to a literal secret ('Zr9…').",
        'exact'
      ],
      // One value is at its key's line; base64 text has no lines in the file.
      [
        "BH206 chart/templates/storage.yaml:12 Secret 'bulkhead-storage' key 'password' holds a literal value ('Tr0u…').",
        'exact'
      ],
      [
        "BH206 chart/templates/storage.yaml:14 Secret 'bulkhead-storage' key 'encoded' sets 'secret_access_key' to a literal secret ('Zr9…').",
        'exact'
      ],
      [
        "BH209 chart/templates/storage.yaml:25 ConfigMap 'bulkhead-storage' key 'localS3' sets 'secret_access_key' to a literal secret ('Zr9…').",
        'exact'
      ],
      [
        "BH209 chart/templates/storage.yaml:27 ConfigMap 'bulkhead-storage' key 'password' holds a literal secret ('Tr0u…').",
        'exact'
      ],
      // The plain file's findings, at the lines its render maps to: reported once.
      [
        "BH206 s3-local/storage-config.yaml:10 Secret 'local-storage' key 'localS3' sets 'secret_access_key' to a literal secret ('Zr9…').",
        undefined
      ],
      [
        "BH206 s3-local/storage-config.yaml:12 Secret 'local-storage' key 'password' holds a literal value ('Tr0u…').",
        undefined
      ]
    ]);
  });

  it("points at the line of the file a secretGenerator's files entry reads, as a configMapGenerator's (CrunchyData's kustomize/s3)", async () => {
    const S3_CONF =
      '[global]\nrepo1-s3-key=AKIAQ3EGRT5YUNVXKS7D\nrepo1-s3-key-secret=p9Vt2Rk4Lx8Qz1Wm6Hs3Jd7Fb0Nc5Ga\n';
    const result = await scanTree('bulkhead-render-secret-files-', {
      's3/kustomization.yaml': `secretGenerator:
  - name: pgo-s3-creds
    files:
      - s3.conf
      - backup.conf=s3-backup.conf
      - token
  - name: db
    literals:
      - password=Pg-Lit3ral-2024
    envs: [db.env]
configMapGenerator:
  - name: pgo-s3-cfg
    files: [s3cm.conf]
`,
      's3/s3.conf': S3_CONF,
      's3/s3-backup.conf': `# backup repository\n${S3_CONF}`,
      's3/s3cm.conf': S3_CONF,
      // One value with no lines of its own: the files entry, as before.
      's3/token': 'Xq7-Rv2m-Lp9k-Wz4t\n',
      's3/db.env': 'DB_USER=app\nDB_PASSWORD=Pg-3nv-f1le-2024\n'
    });
    const found = result.findings.map(f => [`${where(f)} ${f.message}`, f.properties?.sourceMapping]);
    expect(found.sort()).toEqual([
      ["BH206 s3/db.env:2 Secret 'db' key 'DB_PASSWORD' holds a literal value ('Pg-3…').", 'exact'],
      [
        "BH206 s3/kustomization.yaml:6 Secret 'pgo-s3-creds' key 'token' holds a literal value ('Xq7-…').",
        'exact'
      ],
      ["BH206 s3/kustomization.yaml:9 Secret 'db' key 'password' holds a literal value ('Pg-…').", 'exact'],
      [
        "BH206 s3/s3-backup.conf:4 Secret 'pgo-s3-creds' key 'backup.conf' sets 'repo1-s3-key-secret' to a literal secret ('p9Vt…').",
        'exact'
      ],
      [
        "BH206 s3/s3.conf:3 Secret 'pgo-s3-creds' key 's3.conf' sets 'repo1-s3-key-secret' to a literal secret ('p9Vt…').",
        'exact'
      ],
      [
        "BH209 s3/s3cm.conf:2 ConfigMap 'pgo-s3-cfg' key 's3cm.conf' holds a credential (AWS access key ID: 'AKIA…') in its embedded config.",
        'exact'
      ],
      [
        "BH209 s3/s3cm.conf:3 ConfigMap 'pgo-s3-cfg' key 's3cm.conf' sets 'repo1-s3-key-secret' to a literal secret ('p9Vt…').",
        'exact'
      ]
    ]);
  });

  it("judges SOPS-encrypted files a secretGenerator reads by what they leave in clear (xunholy/k8s-gitops' Flux apps)", async () => {
    const result = await scanTree('bulkhead-render-secret-sops-', {
      'app/kustomization.yaml': `secretGenerator:
  - name: kagent-values-secret
    files:
      - values.yaml=values.enc.age.yaml
      - placeholder.yaml=placeholder.enc.age.yaml
      - glauth.toml=glauth.sops.toml
  - name: app-env
    envs: [secret.sops.env]
`,
      'app/values.enc.age.yaml': sopsYaml(
        `providers:\n  openAI:\n    apiKey: ${sopsEncrypted(1)}\nsmtp:\n  password: m4il-Relay-2024`,
        4
      ),
      'app/placeholder.enc.age.yaml': sopsYaml('providers:\n  openAI:\n    apiKey: PLACEHOLDER'),
      'app/glauth.sops.toml': sopsJson({ data: sopsEncrypted(2) }),
      'app/secret.sops.env': sopsDotenv(`DB_PASSWORD=${sopsEncrypted(3)}`)
    });
    expect(result.findings.map(f => `${where(f)} ${f.message}`)).toEqual([
      "BH206 app/values.enc.age.yaml:5 Secret 'kagent-values-secret' key 'values.yaml' sets 'password' to a literal secret ('m4i…')."
    ]);
  });
});

describe('manifests a chart keeps in files/ and pastes with .Files.Get or .Files.Glob', () => {
  const deployment = (name: string, image: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  selector:
    matchLabels: {app: ${name}}
  template:
    metadata:
      labels: {app: ${name}}
    spec:
      containers:
      - name: ${name}
        image: ${image}
        securityContext:
          privileged: true
`;
  const SECRET = `---
apiVersion: v1
kind: Secret
metadata:
  name: creds
stringData:
  password: "Sup3rS3cretPassw0rd!"
`;
  const CHART = {
    'web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 0.1.0\n',
    'web/values.yaml': 'tag: "1.2.3"\nextra: false\n'
  };
  const rawRules = (result: Awaited<ReturnType<typeof scanTree>>, file: string) =>
    result.findings
      .filter(f => f.location.file === file && f.properties?.renderedFrom === undefined)
      .map(f => f.ruleId)
      .sort();

  it('judges a file a template reads as the chart deploys it: no BH403 for the tag a replace sets (kserve)', async () => {
    const result = await scanTree('bulkhead-render-files-get-', {
      ...CHART,
      'web/files/deploy.yaml': deployment('web', 'nginx:latest') + SECRET,
      'web/templates/deploy.yaml':
        '{{ .Files.Get "files/deploy.yaml" | replace "nginx:latest" (printf "nginx:%s" .Values.tag) }}\n',
      // Read by no template: scanned as a file, with all its findings.
      'web/files/unread.yaml': deployment('other', 'nginx:latest') + SECRET
    });
    expect(result.renders?.map(r => `${r.root} ${r.status}`)).toEqual(['web rendered']);
    expect(result.findings.filter(f => f.ruleId === 'BH403').map(where)).toEqual([
      'BH403 web/files/unread.yaml:14'
    ]);
    // The committed secret is reported whatever the render makes of it.
    expect(rawRules(result, 'web/files/deploy.yaml')).toEqual(['BH206']);
    expect(rawRules(result, 'web/files/unread.yaml')).toEqual(['BH206', 'BH403', 'BH501', 'BH508']);
    // What the render deploys is still judged.
    expect(
      result.findings
        .filter(f => f.properties?.renderedObject === 'Deployment/web')
        .map(f => f.ruleId)
        .sort()
    ).toEqual(['BH501', 'BH508']);
  });

  it('reads a .Files.Glob pattern and a path passed to a named template as Helm does', async () => {
    const result = await scanTree('bulkhead-render-files-glob-', {
      ...CHART,
      'web/templates/glob.yaml':
        '{{- range $path, $_ := .Files.Glob "manifests/*.yaml" }}\n---\n{{ $.Files.Get $path | replace ":latest" ":1.0" }}\n{{- end }}\n',
      'web/manifests/a.yaml': deployment('a', 'busybox:latest'),
      // `*` stays within one folder: Helm does not paste this one.
      'web/manifests/more/b.yaml': deployment('b', 'busybox:latest'),
      'web/templates/_render.tpl':
        '{{- define "web.render" -}}\n{{ .context.Files.Get .baseFile | replace ":latest" ":2.0" }}\n{{- end -}}\n',
      'web/templates/base.yaml':
        '{{- include "web.render" (dict "baseFile" "files/base.yaml" "context" .) }}\n',
      'web/files/base.yaml': deployment('base', 'redis:latest')
    });
    expect(result.findings.filter(f => f.ruleId === 'BH403').map(where)).toEqual([
      'BH403 web/manifests/more/b.yaml:14'
    ]);
  });

  it('keeps the findings of a file whose template rendered nothing, and of a chart that fails to render', async () => {
    const result = await scanTree('bulkhead-render-files-unrendered-', {
      ...CHART,
      'web/templates/extra.yaml':
        '{{- if .Values.extra }}\n{{ .Files.Get "files/extra.yaml" }}\n{{- end }}\n',
      'web/files/extra.yaml': deployment('extra', 'nginx:latest'),
      'broken/Chart.yaml': 'apiVersion: v2\nname: broken\nversion: 0.1.0\n',
      'broken/templates/deploy.yaml':
        '{{ .Files.Get "files/deploy.yaml" }}\n{{ required "image is required" .Values.image }}\n',
      'broken/files/deploy.yaml': deployment('web', 'nginx:latest')
    });
    expect(result.renders?.map(r => `${r.root} ${r.status}`)).toEqual(['broken failed', 'web rendered']);
    expect(rawRules(result, 'web/files/extra.yaml')).toEqual(['BH403', 'BH501', 'BH508']);
    expect(rawRules(result, 'broken/files/deploy.yaml')).toEqual(['BH403', 'BH501', 'BH508']);
  });

  it("points a rendered object's findings at the lines of the file it was pasted from, where the value is the file's", async () => {
    const result = await scanTree('bulkhead-render-files-lines-', {
      ...CHART,
      'web/files/deploy.yaml': `${deployment('web', 'nginx:latest').trimEnd()}
      - name: sidecar
        image: busybox:1.36
        securityContext:
          privileged: false
${SECRET}`,
      'web/templates/deploy.yaml':
        '{{ .Files.Get "files/deploy.yaml" | replace "nginx:latest" (printf "nginx:%s" .Values.tag) | replace "privileged: false" "privileged: true" }}\n'
    });
    expect(result.findings.map(f => `${where(f)} ${String(f.properties?.sourceMapping)}`).sort()).toEqual([
      // The committed secret: the file's finding and the render's are one.
      'BH206 web/files/deploy.yaml:27 undefined',
      'BH501 web/files/deploy.yaml:16 exact',
      // The replace made the sidecar privileged: no line of the file says so.
      'BH501 web/templates/deploy.yaml:1 approximate',
      'BH508 web/files/deploy.yaml:13 exact',
      'BH508 web/files/deploy.yaml:17 exact'
    ]);
  });
});

describe('Windows switches that fail together', () => {
  // grafana/k8s-monitoring: `windowsEventLogs.enabled` needs log sources set, while the windows-exporter
  // HostProcess DaemonSet only needs its own switch: together the render fails, alone the exporter renders.
  const CHART = {
    'monitor/Chart.yaml': 'apiVersion: v2\nname: monitor\nversion: 0.1.0\n',
    'monitor/values.yaml':
      'windowsEventLogs:\n  enabled: false\n  sources: []\nwindowsExporter:\n  windows:\n    enabled: false\n',
    'monitor/templates/event-logs.yaml': `{{- if .Values.windowsEventLogs.enabled }}
{{- if not .Values.windowsEventLogs.sources }}{{ fail "windowsEventLogs.sources is required" }}{{ end }}
apiVersion: v1
kind: ConfigMap
metadata:
  name: event-logs
data:
  sources: {{ join "," .Values.windowsEventLogs.sources | quote }}
{{- end }}
`,
    'monitor/templates/exporter.yaml': `{{- if .Values.windowsExporter.windows.enabled }}
apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: windows-exporter
spec:
  selector:
    matchLabels: {app: windows-exporter}
  template:
    metadata:
      labels: {app: windows-exporter}
    spec:
      nodeSelector:
        kubernetes.io/os: windows
      containers:
        - name: exporter
          image: registry.example/windows-exporter:0.29.0
          securityContext:
            windowsOptions:
              hostProcess: true
              runAsUserName: 'NT AUTHORITY\\SYSTEM'
          resources:
            limits: {cpu: 100m, memory: 100Mi}
      hostNetwork: true
{{- end }}
`
  };

  it('renders each switch alone, scans what renders, and says which failed', async () => {
    const result = await scanTree('bulkhead-render-switches-apart-', CHART);
    expect(result.renders?.map(r => [r.status, r.windowsValues])).toEqual([
      ['rendered', 'windowsExporter.windows.enabled=true']
    ]);
    const hostProcess = result.findings.find(f => f.ruleId === 'BH604');
    expect(hostProcess && where(hostProcess)).toBe('BH604 monitor/templates/exporter.yaml:20');
    expect(hostProcess?.message).toMatch(/Only rendered with windowsExporter\.windows\.enabled=true\.$/);
    expect(result.notes.filter(n => n.kind === 'render').map(n => n.message)).toEqual([
      expect.stringMatching(
        /^Helm chart 'monitor' with windowsEventLogs\.enabled=true, windowsExporter\.windows\.enabled=true could not be rendered: .*windowsEventLogs\.sources is required/
      ),
      "Helm chart 'monitor' was rendered with each Windows switch alone instead: windowsExporter.windows.enabled=true."
    ]);
  });

  it('renders them together when they can be, as before', async () => {
    const result = await scanTree('bulkhead-render-switches-together-', {
      ...CHART,
      'monitor/values.yaml':
        'windowsEventLogs:\n  enabled: false\n  sources: [Application]\nwindowsExporter:\n  windows:\n    enabled: false\n'
    });
    expect(result.renders?.map(r => r.windowsValues)).toEqual([
      'windowsEventLogs.enabled=true, windowsExporter.windows.enabled=true'
    ]);
    expect(result.notes.filter(n => n.kind === 'render')).toEqual([]);
    expect(result.findings.filter(f => f.ruleId === 'BH604').map(where)).toEqual([
      'BH604 monitor/templates/exporter.yaml:20'
    ]);
  });
});

describe('a rendered stream with quoted scalars closed at the key indentation (bitwarden self-host)', () => {
  it("reads every Job of a template whose args close with `']` at the key indentation", async () => {
    const job = (name: string) => `apiVersion: batch/v1
kind: Job
metadata:
  name: {{ .Release.Name }}-${name}
  annotations:
    "helm.sh/hook": post-delete
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: ${name}
        image: alpine/kubectl:1.36.3
        args: ['
          kubectl delete secret {{ .Release.Name }}-${name} --ignore-not-found
        ']
        securityContext:
          privileged: {{ .Values.privileged }}
`;
    const result = await scanTree('bulkhead-render-flow-quote-', {
      'self-host/Chart.yaml': 'apiVersion: v2\nname: self-host\nversion: 0.1.0\n',
      'self-host/values.yaml': 'privileged: true\n',
      'self-host/templates/post-delete-hook.yaml': `${job('cleanup')}---\n${job('keys')}`
    });
    expect(result.findings.filter(f => ['BH000', 'BH501'].includes(f.ruleId)).map(where)).toEqual([
      'BH501 self-host/values.yaml:1',
      'BH501 self-host/values.yaml:1'
    ]);
  });
});
