import { classifyFile, isDockerfileName, isTemplate, mightBeTarget } from './classify-file.js';

describe('classifyFile', () => {
  it.each([
    'Dockerfile',
    'a/b/Dockerfile',
    'dockerfile',
    'Containerfile',
    'api.Dockerfile',
    'Dockerfile.windows',
    'Dockerfile.ubuntu2204',
    'build/app.containerfile'
  ])('%s is a Dockerfile by name', path => expect(isDockerfileName(path)).toBe(true));

  it.each([
    'Dockerfile.dockerignore',
    'Dockerfile.md',
    'docs/Dockerfile.txt',
    'Dockerfile.yaml',
    'README.md',
    'dockerfile-lint.json',
    // Source code named after Dockerfiles (BuildKit's frontend/dockerfile/dockerfile.go).
    'frontend/dockerfile/dockerfile.go',
    'parser/Dockerfile.ts'
  ])('%s is not a Dockerfile by name', path => expect(isDockerfileName(path)).toBe(false));

  it('sniffs extension-less files by content', () => {
    expect(
      classifyFile('docker/dockerfile_1', '# comment\nFROM mcr.microsoft.com/windows/servercore\nRUN x\n')
    ).toBe('dockerfile');
    expect(classifyFile('build/Dockerfile-alpine', 'ARG V=1\nFROM alpine:${V}\n')).toBe('dockerfile');
    expect(classifyFile('Makefile', 'all:\n\techo FROM x\n')).toBeUndefined();
    expect(classifyFile('LICENSE', 'Apache License\nFROM here on\n')).toBeUndefined();
    expect(classifyFile('notes.txt', 'FROM alpine\n')).toBeUndefined();
    // A Python script without an extension (podman's hack/podmansnoop) is not a Dockerfile.
    expect(
      classifyFile(
        'hack/podmansnoop',
        '#!/usr/bin/env python\nfrom __future__ import print_function\n\nimport os\n'
      )
    ).toBeUndefined();
    expect(classifyFile('tools/gen', 'from . import models\n')).toBeUndefined();
    // Flags, variables and a stage name are a FROM line, in any case.
    expect(
      classifyFile('images/base', 'ARG BASE=golang:1.22\nfrom --platform=$BUILDPLATFORM ${BASE} as build\n')
    ).toBe('dockerfile');
  });

  it('finds manifests in block YAML, flow YAML and JSON, and nothing in other YAML', () => {
    expect(classifyFile('k8s/pod.yaml', 'apiVersion: v1\nkind: Pod\n')).toBe('kubernetes');
    expect(classifyFile('k8s/pod.yaml', '{ apiVersion: "v1", kind: "Pod", metadata: { name: x } }\n')).toBe(
      'kubernetes'
    );
    expect(classifyFile('k8s/pod.json', '{\n  "apiVersion": "v1",\n  "kind": "Pod"\n}\n')).toBe('kubernetes');
    expect(classifyFile('docker-compose.override.yml', 'services:\n  a:\n    image: x\n')).toBe('compose');
    expect(
      classifyFile('.github/workflows/ci.yml', 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n')
    ).toBeUndefined();
    expect(classifyFile('hugo/config.yaml', 'baseURL: https://example.com\ntitle: Site\n')).toBeUndefined();
    expect(classifyFile('.vscode/settings.json', '{ "editor.tabSize": 2 }\n')).toBeUndefined();
  });

  it('only reads files that could be targets', () => {
    expect(mightBeTarget('src/index.ts')).toBe(false);
    expect(mightBeTarget('Dockerfile.prod')).toBe(true);
    expect(mightBeTarget('bin/tool')).toBe(true);
  });

  it('recognises templates', () => {
    expect(isTemplate('FROM {{ .Values.image }}\n')).toBe(true);
    expect(isTemplate('FROM {{- $base -}}\n')).toBe(true);
    expect(isTemplate('{% if x %}FROM a{% endif %}\n')).toBe(true);
    expect(isTemplate('FROM alpine\nRUN echo "${X}"\n')).toBe(false);
    // Go templates for a tool, in shell quotes (BuildKit's generated-files.Dockerfile), are RUN text.
    expect(
      isTemplate("FROM golang:1.22\nRUN cp -R $(go list -m -f='{{.Dir}}' github.com/x/y)/include /opt/y\n")
    ).toBe(false);
    expect(isTemplate('FROM docker:27\nHEALTHCHECK CMD docker inspect -f "{{.State.Running}}" app\n')).toBe(
      false
    );
    expect(isTemplate("FROM alpine\nRUN echo 'it''s {{ .X }}'\n")).toBe(false);
    expect(isTemplate('FROM alpine\nRUN echo "a" {{ .X }}\n')).toBe(true);
    // An action over several lines from a line's start (dotnet-docker's Cottle templates).
    expect(isTemplate('{{\n    set isNano to 1\n}}FROM alpine:3.20\nRUN echo hi\n')).toBe(true);
    expect(isTemplate('FROM alpine\n  {{- if .Debug }}\nRUN apk add gdb\n{{- end }}\n')).toBe(true);
    // A `{{` inside a line that is not closed on it stays text; so does one never closed.
    expect(isTemplate('FROM alpine\nRUN echo {{ \\\n  }} done\n')).toBe(false);
    expect(isTemplate('FROM alpine\n{{ unterminated\n')).toBe(false);
    // Helm: unquoted template actions; Kyverno: expressions inside quoted strings are data.
    expect(isTemplate('metadata:\n  name: {{ .Release.Name }}\n', true)).toBe(true);
    expect(isTemplate('{{- if .Values.enabled }}\nkind: Pod\n', true)).toBe(true);
    expect(
      isTemplate('spec:\n  rules:\n    - message: "{{ request.object.metadata.name }} is not signed"\n', true)
    ).toBe(false);
  });

  it('recognises a TOML template by a `{{` where a value or a line goes, not inside a string (aks-engine)', () => {
    const containerd =
      'version = 2\n[plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runhcs-wcow-process.options]\n  SandboxImage = "{{pauseImage}}-windows-{{currentversion}}-amd64"\n  SandboxIsolation = {{sandboxIsolation}}\n';
    expect(isTemplate(containerd, true, true)).toBe(true);
    expect(isTemplate('{{- if .Mirror }}\n[plugins.mirrors]\n{{- end }}\n', true, true)).toBe(true);
    // A quoted value, and a comment, are text.
    expect(isTemplate('[plugins.cri]\n  sandbox_image = "{{pauseImage}}" # = {{x}}\n', true, true)).toBe(
      false
    );
    expect(isTemplate('# endpoint = {{mirror}}\n[registry]\n', true, true)).toBe(false);
  });

  it('reads `{{` inside a YAML scalar as text, the way Kubernetes does', () => {
    // kube-prometheus PrometheusRule: the expression is part of a plain scalar.
    const rule =
      'apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\nspec:\n  groups:\n  - rules:\n    - alert: PodDown\n      annotations:\n        description: Pod {{ $labels.namespace }}/{{ $labels.pod }} is down.\n';
    expect(isTemplate(rule, true)).toBe(false);
    // A ConfigMap whose block text is itself a template for another program.
    const configMap =
      'apiVersion: v1\nkind: ConfigMap\ndata:\n  collector.yaml: |\n    exporters:\n      googlecloud:\n        project: {{PROJECT_ID}}\n';
    expect(isTemplate(configMap, true)).toBe(false);
    expect(isTemplate('spec:\n  containers:\n  - {{ toYaml .Values.sidecar | nindent 4 }}\n', true)).toBe(
      true
    );
    expect(isTemplate('metadata:\n  name: {{ .Release.Name }}-svc\n', true)).toBe(true);
  });

  it('needs `{{ … }}` or `{% … %}` on one line in a Dockerfile', () => {
    expect(isTemplate('FROM alpine\nRUN echo {{\nRUN echo }}\n')).toBe(false);
    expect(isTemplate(`FROM alpine\nRUN ${'{% '.repeat(100_000)}\n`)).toBe(false);
    expect(isTemplate(`FROM alpine\nRUN ${'{{ '.repeat(100_000)}\n`)).toBe(false);
    expect(isTemplate(`FROM alpine\nRUN ${'{{ '.repeat(100_000)}}}\n`)).toBe(true);
  });
});
