import { renderedChartFiles, templateFileReads } from './chart-file-reads.js';
import type { MappingContext } from './mapping-context.js';
import { readRenderedObjects } from './rendered-objects.js';

// kserve keeps its manifests in files/ and reads them through a named template the templates pass paths to.
const FILES: Record<string, string> = {
  'chart/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 0.1.0\n',
  'chart/values.yaml': 'tag: 1.2.3\n',
  'chart/files/deploy.yaml': 'kind: Deployment\n',
  'chart/files/kserve/resources.yaml': 'kind: Deployment\n',
  'chart/files/kserve/deployment-patch.yaml': 'kind: Deployment\n',
  'chart/files/kserve/service-patch.yaml': 'kind: Service\n',
  'chart/files/kserve/nested/other-patch.yaml': 'kind: Service\n',
  'chart/files/nats/ingress.yaml': 'kind: Ingress\n',
  'chart/files/unread.yaml': 'kind: Deployment\n',
  'chart/templates/deploy.yaml':
    '{{ .Files.Get "files/deploy.yaml" | replace "nginx:latest" (printf "nginx:%s" .Values.tag) }}\n',
  'chart/templates/glob.yaml':
    '{{- range $path, $_ := .Files.Glob "files/kserve/*-patch.yaml" }}\n---\n{{ $.Files.Get $path }}\n{{- end }}\n',
  'chart/templates/resources.yaml':
    '{{- include "web.render" (dict\n  "baseFile" "files/kserve/resources.yaml"\n  "patchGlob" "files/kserve/*-patch.yaml"\n  "context" .) -}}\n',
  'chart/templates/ingress.yaml':
    '{{- include "web.load" (merge (dict "file" "nats/ingress.yaml" "ctx" $) .) }}\n',
  'chart/templates/config.yaml':
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: config\ndata:\n  {{- (.Files.Glob "files/*.yaml").AsConfig | nindent 2 }}\n',
  'chart/templates/missing.yaml':
    '{{ .Files.Get "files/missing.yaml" }}{{ .Files.Get "./files/deploy.yaml" }}\n',
  'chart/templates/_helpers.tpl': `{{/*
Example:
{{- include "web.render" (dict "baseFile" "files/unread.yaml" "context" .) -}}
*/}}
{{- define "web.render" -}}
{{- $base := .context.Files.Get .baseFile -}}
{{- range $path, $_ := .context.Files.Glob .patchGlob -}}
{{- $patch := $.context.Files.Get $path -}}
{{- end -}}
{{- $base -}}
{{- end -}}

{{- define "web.load" -}}
{{- tpl (.ctx.Files.Get (printf "files/%s" .file)) .ctx | fromYaml | toYaml -}}
{{- end -}}
`
};

const context = (): MappingContext => ({
  root: { kind: 'helm', dir: 'chart', file: 'chart/Chart.yaml' },
  cwd: '/repo',
  readText: path => FILES[path],
  valuesFiles: [],
  files: Object.keys(FILES)
});

const reads = (template: string, shared = context()) =>
  templateFileReads({ template: `chart/templates/${template}`, chartDir: 'chart' }, shared);

describe('templateFileReads', () => {
  it('finds a file a template reads with .Files.Get and a literal path', () => {
    expect(reads('deploy.yaml')).toEqual({ files: ['chart/files/deploy.yaml'], writesKeys: false });
  });

  it("matches a .Files.Glob pattern against the chart's files with Helm's glob rules", () => {
    expect(reads('glob.yaml').files).toEqual([
      'chart/files/kserve/deployment-patch.yaml',
      'chart/files/kserve/service-patch.yaml'
    ]);
  });

  it('follows paths a template passes in a dict to the named template that reads them (kserve, nats)', () => {
    expect(reads('resources.yaml')).toEqual({
      files: [
        'chart/files/kserve/resources.yaml',
        'chart/files/kserve/deployment-patch.yaml',
        'chart/files/kserve/service-patch.yaml'
      ],
      writesKeys: false
    });
    expect(reads('ingress.yaml').files).toEqual(['chart/files/nats/ingress.yaml']);
  });

  it('says when the template writes keys of its own', () => {
    expect(reads('config.yaml')).toEqual({
      files: ['chart/files/deploy.yaml', 'chart/files/unread.yaml'],
      writesKeys: true
    });
  });

  it("reads nothing Helm's .Files does not hold, nor what a comment's example names", () => {
    expect(reads('missing.yaml').files).toEqual([]);
    expect(reads('_helpers.tpl').files).toEqual([]);
  });
});

describe('renderedChartFiles', () => {
  it('gives the files of the templates that rendered an object, and only those', () => {
    const stream = [
      '---',
      '# Source: web/templates/deploy.yaml',
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: web',
      '---',
      '# Source: web/templates/ingress.yaml',
      'apiVersion: networking.k8s.io/v1',
      'kind: Ingress',
      'metadata:',
      '  name: web',
      ''
    ].join('\n');
    expect(renderedChartFiles(readRenderedObjects(stream), context()).sort()).toEqual([
      'chart/files/deploy.yaml',
      'chart/files/nats/ingress.yaml'
    ]);
    expect(
      renderedChartFiles(readRenderedObjects(stream), {
        ...context(),
        root: { kind: 'kustomize', dir: 'chart', file: 'chart/kustomization.yaml' }
      })
    ).toEqual([]);
  });
});
