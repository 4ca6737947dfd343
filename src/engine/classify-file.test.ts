import {
  classifyFile,
  isComposeByContent,
  isDockerfile,
  isDockerfileName,
  isRegistryCandidate,
  isTemplate,
  mightBeDockerfile,
  mightBeTarget
} from './classify-file.js';

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
    'parser/Dockerfile.ts',
    // Test snapshots and preprocessor inputs (trivy's integration testdata, buildah's Containerfile.in).
    'integration/testdata/dockerfile.json.golden',
    'testdata/Dockerfile.snap',
    'tests/bud/containerfile/Containerfile.in',
    // circleci-images' m4 input: `format(...)` and `include(...)` lines that m4 expands into the Dockerfile.
    'android/Dockerfile.m4',
    'tool/TeamCity.Docker/Model/Dockerfile.cs',
    'src/Dockerfile.cpp',
    'src/main/kotlin/Dockerfile.kt'
  ])('%s is not a Dockerfile by name', path => expect(isDockerfileName(path)).toBe(false));

  it('sniffs extension-less files by content', () => {
    expect(
      classifyFile('docker/dockerfile_1', '# comment\nFROM mcr.microsoft.com/windows/servercore\nRUN x\n')
    ).toBe('dockerfile');
    expect(classifyFile('build/Dockerfile-alpine', 'ARG V=1\nFROM alpine:${V}\n')).toBe('dockerfile');
    // Version dots in a dashed name are no extension (trivy's buildinfo testdata).
    expect(
      classifyFile('testdata/Dockerfile-ubi8-8.3-227', 'FROM registry.access.redhat.com/ubi8:8.3-227\n')
    ).toBe('dockerfile');
    expect(mightBeTarget('testdata/Dockerfile-ubi8-8.3-227')).toBe(true);
    // podman's `build -f A -f B` tests; an underscore before a version as a dash is.
    for (const path of [
      'test/build/from-multiple-files/Dockerfile1.alpine',
      'test/Containerfile2.fedora',
      'images/Dockerfile_ubuntu-22.04'
    ]) {
      expect(mightBeTarget(path)).toBe(true);
      expect(classifyFile(path, 'FROM alpine:3.20\nCOPY . /src\n')).toBe('dockerfile');
    }
    // Numbered names with an extension of other files, or with prose in them, are not.
    expect(mightBeTarget('docs/Dockerfile2.md')).toBe(false);
    expect(classifyFile('test/Dockerfile1.alpine', 'This file lists the alpine packages.\n')).toBeUndefined();
    expect(classifyFile('docs/Dockerfile-guide.md', 'FROM alpine\n')).toBeUndefined();
    // docker-library's jq templates: an extension, not a version.
    expect(mightBeTarget('Dockerfile-debian.template')).toBe(false);
    expect(classifyFile('Dockerfile-debian.template', 'FROM debian:{{ .debian }}-slim\n')).toBeUndefined();
    expect(classifyFile('scripts/dockerfile-lint.2.sh', 'FROM alpine\n')).toBeUndefined();
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

  it("reads Dockerfile.<language> names by content: a language's image or that language's source", () => {
    for (const path of [
      'Dockerfile.go',
      'docker/Dockerfile.py',
      'Dockerfile.rs',
      'Containerfile.ts',
      'Dockerfile.PS1'
    ]) {
      expect(isDockerfileName(path)).toBe(false);
      expect(mightBeTarget(path)).toBe(true);
      expect(
        classifyFile(path, '# syntax=docker/dockerfile:1\nFROM golang:1.22 AS build\nRUN go build ./...\n')
      ).toBe('dockerfile');
    }
    expect(classifyFile('Dockerfile.toml', 'ARG BASE=debian:12\nFROM ${BASE}\n')).toBe('dockerfile');
    // BuildKit's frontend/dockerfile/dockerfile.go, a Python dockerfile.py module, TeamCity's C# model.
    expect(
      classifyFile(
        'frontend/dockerfile/dockerfile.go',
        '//go:build dfrunsecurity\n\npackage dockerfile\n\nimport (\n\t"testing"\n)\n'
      )
    ).toBeUndefined();
    expect(
      classifyFile(
        'src/builder/dockerfile.py',
        '"""Writes Dockerfiles."""\nfrom __future__ import annotations\n\nFROM_LINE = "FROM {image}"\n'
      )
    ).toBeUndefined();
    expect(
      classifyFile('tools/dockerfile.py', 'from pathlib import Path\nfrom os import path as p\n')
    ).toBeUndefined();
    expect(
      classifyFile('tool/TeamCity.Docker/Model/Dockerfile.cs', 'namespace TeamCity.Docker.Model\n{\n}\n')
    ).toBeUndefined();
    expect(
      classifyFile('scripts/Dockerfile.sh', '#!/bin/sh\ncat > Dockerfile <<EOF\nFROM alpine\nEOF\n')
    ).toBeUndefined();
    // docker-haskell's template/Dockerfile.ncl: a Nickel function that renders the Dockerfile text.
    expect(
      classifyFile(
        'template/Dockerfile.ncl',
        'let render = fun cfg =>\n  let from_ref = "%{cfg.image}"\n  in\n  m%"\nFROM %{from_ref}\nRUN echo hi\n"%\nin render\n'
      )
    ).toBeUndefined();
    expect(
      classifyFile(
        'lib/Dockerfile.jsonnet',
        "local base = 'alpine:3.20';\n'FROM ' + base + '\\nRUN echo hi\\n'\n"
      )
    ).toBeUndefined();
    // The same names holding a Dockerfile (a Nix-built image's Dockerfile.nix) are Dockerfiles.
    for (const path of ['Dockerfile.nix', 'template/Dockerfile.ncl', 'Dockerfile.cue']) {
      expect(mightBeTarget(path)).toBe(true);
      expect(classifyFile(path, 'FROM nixos/nix:2.24.0\nRUN nix-build\n')).toBe('dockerfile');
    }
    // Other names with a language's extension are only source files, and other extensions are never read.
    expect(mightBeTarget('frontend/dockerfile/dockerfile2llb/convert.go')).toBe(false);
    expect(classifyFile('src/build-dockerfile.go', 'FROM golang:1.22\n')).toBeUndefined();
    expect(mightBeTarget('docs/Dockerfile.txt')).toBe(false);
    expect(mightBeTarget('Dockerfile.orig')).toBe(false);
    expect(mightBeTarget('android/Dockerfile.m4')).toBe(false);
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

  it.each([
    [
      "jitsi's jibri.yml (four-space indent, defaults in the image)",
      'jibri.yml',
      'services:\n    jibri:\n        image: ${JITSI_IMAGE_REPO:-ghcr.io/jitsi}/jibri:${JITSI_IMAGE_VERSION:-unstable}\n        restart: ${RESTART_POLICY:-unless-stopped}\n        volumes:\n            - ${CONFIG}/jibri:/config:Z\n        networks:\n            meet.jitsi:\n'
    ],
    [
      "immich's hwaccel.ml.yml: services that `extends` picks up, without image or build",
      'docker/hwaccel.ml.yml',
      '# Configurations for hardware-accelerated machine learning\n\nservices:\n  armnn:\n    devices:\n      - /dev/mali0:/dev/mali0\n  rknn:\n    security_opt:\n      - systempaths=unconfined\n  cpu: {}\n  cuda:\n    deploy:\n      resources:\n        reservations:\n          devices:\n            - driver: nvidia\n              capabilities: [gpu]\n'
    ],
    [
      'a Docker stack file',
      'docker-stack.yml',
      'version: "3.9"\nservices:\n  vote:\n    image: dockersamples/examplevotingapp_vote\n    deploy:\n      replicas: 2\nnetworks:\n  frontend: {}\nvolumes:\n  db-data:\n'
    ],
    [
      'x- extensions merged into services, name and include',
      'deploy/stack.yaml',
      'name: shop\ninclude:\n  - infra.yaml\nx-defaults: &defaults\n  restart: unless-stopped\n  x-owner: team-a\nservices:\n  api:\n    <<: *defaults\n    build:\n      context: ./api\n  worker:\n    <<: *defaults\nsecrets:\n  db:\n    file: ./db.txt\n'
    ]
  ])('reads %s as Compose by content', (_, path, text) => {
    expect(classifyFile(path, text)).toBe('compose');
  });

  it.each([
    [
      'a Kubernetes object',
      'k8s/mesh.yaml',
      'apiVersion: mesh.example/v1\nkind: Mesh\nservices:\n  web:\n    image: nginx:1.27\n'
    ],
    [
      'a Helm template whose actions sit in quoted values',
      'chart/templates/stack.yaml',
      'services:\n  web:\n    image: "{{ .Values.image }}"\n'
    ],
    [
      'a template with an action where YAML goes',
      'deploy/stack.tmpl.yaml',
      'services:\n  web:\n    image: nginx:1.27\n    environment: {{ toYaml .Values.env }}\n'
    ],
    [
      'a GitHub Actions workflow (jobs.<id>.services)',
      '.github/workflows/ci.yml',
      'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    services:\n      postgres:\n        image: postgres:16\n        ports: ["5432:5432"]\n    steps:\n      - run: make test\n'
    ],
    [
      'GitLab CI: a top-level services list and lists inside jobs',
      '.gitlab-ci.yml',
      'image: ruby:3.3\nservices:\n  - postgres:16\nstages: [test]\ntest:\n  services:\n    - name: redis:7\n      alias: cache\n  script: bundle exec rake\n'
    ],
    [
      'Bitbucket Pipelines (definitions: services:)',
      'bitbucket-pipelines.yml',
      'image: node:20\ndefinitions:\n  services:\n    docker:\n      memory: 3072\npipelines:\n  default:\n    - step:\n        services: [docker]\n        script: [npm test]\n'
    ],
    [
      'CircleCI',
      '.circleci/config.yml',
      'version: 2.1\njobs:\n  build:\n    docker:\n      - image: cimg/node:20.11\n    steps: [checkout]\nworkflows:\n  main:\n    jobs: [build]\n'
    ],
    ['Travis (a block list)', '.travis.yml', 'language: python\nservices:\n  - docker\nscript: make test\n'],
    ['Travis (a flow list)', '.travis.yml', 'services: [docker]\nscript: make test\n'],
    [
      'Woodpecker CI (steps and services as mappings)',
      '.woodpecker.yml',
      'steps:\n  build:\n    image: golang:1.23\n    commands: [go build]\nservices:\n  db:\n    image: postgres:16\n'
    ],
    [
      "jitsi's prometheus/prometheus.yml",
      'prometheus/prometheus.yml',
      'scrape_configs:\n  - job_name: "prometheus"\n    static_configs:\n      - targets: ["prosody:5280"]\n'
    ],
    [
      'an Ansible playbook',
      'site.yml',
      '- hosts: all\n  tasks:\n    - name: services\n      community.docker.docker_compose_v2:\n        project_src: /srv/app\n'
    ],
    [
      'Ansible variables that describe services in their own words',
      'group_vars/all.yml',
      'services:\n  web:\n    image: nginx:1.27\n    port: 8080\n    replicas: 2\n'
    ],
    [
      'an OpenAPI description',
      'api/openapi.yaml',
      'openapi: 3.0.3\ninfo:\n  title: Services\n  version: "1"\npaths:\n  /services:\n    get:\n      responses:\n        "200":\n          description: ok\n'
    ],
    [
      "Symfony's services.yaml",
      'config/services.yaml',
      "services:\n  _defaults:\n    autowire: true\n    autoconfigure: true\n  App\\:\n    resource: '../src/'\n"
    ],
    [
      "Azure Developer CLI's azure.yaml",
      'azure.yaml',
      'name: todo\nservices:\n  web:\n    project: ./src/web\n    language: js\n    host: appservice\n'
    ],
    [
      "a Helm chart's values, whatever its services look like",
      'chart/values-prod.yaml',
      'services:\n  api:\n    image: myorg/api:1.0\n    environment:\n      LOG_LEVEL: info\n'
    ],
    [
      'Lando (build is a list of commands there)',
      '.lando.yml',
      'name: app\nrecipe: lamp\nservices:\n  appserver:\n    type: php:8.2\n    build:\n      - composer install\n'
    ]
  ])('does not read %s as Compose', (_, path, text) => {
    expect(classifyFile(path, text)).not.toBe('compose');
    expect(isComposeByContent(path, text)).toBe(false);
  });

  it('leaves registry configuration and JSON to their own classification', () => {
    // A workflow that starts dockerd is registry configuration first (classifyFile's order).
    const workflow =
      'on: push\njobs:\n  e2e:\n    runs-on: ubuntu-latest\n    steps:\n      - run: sudo dockerd --insecure-registry registry.local:5000 &\n';
    expect(classifyFile('.github/workflows/e2e.yml', workflow)).toBe('registry-config');
    expect(
      classifyFile('stack.json', '{ "services": { "web": { "image": "nginx:1.27" } } }\n')
    ).toBeUndefined();
  });

  it('reads a shell script named without an extension for dockerd flags, by its #! line', () => {
    const wrapper = '#!/bin/bash\nexec dockerd -H 0.0.0.0:$PORT -H unix:///var/run/docker.sock\n';
    expect(classifyFile('wrapdocker', wrapper)).toBe('registry-config');
    expect(isRegistryCandidate('wrapdocker', wrapper)).toBe(true);
    // Without dockerd it is no registry configuration, and without a #! line no script.
    expect(classifyFile('entrypoint', '#!/bin/sh\nexec "$@"\n')).toBeUndefined();
    expect(classifyFile('NOTES', 'dockerd -H tcp://0.0.0.0:2375\n')).toBeUndefined();
    expect(isRegistryCandidate('NOTES', 'dockerd -H tcp://0.0.0.0:2375\n')).toBe(false);
  });

  it('says what classifyFile says about Dockerfiles without reading YAML', () => {
    expect(isDockerfile('build/Dockerfile-alpine', 'ARG V=1\nFROM alpine:${V}\n')).toBe(true);
    expect(isDockerfile('api.Dockerfile', 'RUN x\n')).toBe(true);
    expect(isDockerfile('jibri.yml', 'services:\n  a:\n    image: x\n    command: npm run start\n')).toBe(
      false
    );
    expect(isDockerfile('notes.txt', 'FROM alpine\n')).toBe(false);
  });

  it('only reads files that could be targets', () => {
    expect(mightBeTarget('src/index.ts')).toBe(false);
    expect(mightBeTarget('Dockerfile.prod')).toBe(true);
    expect(mightBeTarget('bin/tool')).toBe(true);
  });

  it('knows by name which files isDockerfile may take, so the facts pass reads only those', () => {
    // Every name the sniff can claim (newrelic/infrastructure-agent's `Dockerfile_agent`) is one.
    for (const path of [
      'test/proxy/Dockerfile_agent',
      'bin/tool',
      'Dockerfile1.alpine',
      'api/Dockerfile.prod'
    ]) {
      expect(mightBeDockerfile(path)).toBe(true);
      expect(isDockerfile(path, 'FROM alpine:3.20\n')).toBe(true);
    }
    for (const path of ['compose.yaml', 'notes.txt', 'Dockerfile-debian.template', 'docs/Dockerfile2.md']) {
      expect(mightBeDockerfile(path)).toBe(false);
      expect(isDockerfile(path, 'FROM alpine:3.20\n')).toBe(false);
    }
  });

  it('recognises templates', () => {
    expect(isTemplate('FROM {{ .Values.image }}\n')).toBe(true);
    expect(isTemplate('FROM {{- $base -}}\n')).toBe(true);
    expect(isTemplate('{% if x %}FROM a{% endif %}\n')).toBe(true);
    // ERB (fluentd-docker-image's Dockerfile.template.erb); `<%%` is ERB's literal `<%`.
    expect(
      isTemplate('<% if is_windows %>\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\n<% end %>\n')
    ).toBe(true);
    expect(isTemplate('FROM ruby:<%= version %>\n')).toBe(true);
    expect(isTemplate('FROM alpine\n<%- if x -%>\nUSER 1000\n<%- end -%>\n')).toBe(true);
    expect(isTemplate('image: <%= current_sha %>\n', true)).toBe(true);
    expect(isTemplate('FROM alpine\nRUN echo "<%%= not a tag %>" > t.erb\n')).toBe(false);
    expect(isTemplate('FROM alpine\nRUN echo 50<%\nRUN echo done %>\n')).toBe(false);
    expect(isTemplate('FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN echo <%PATH%>\n')).toBe(false);
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
    expect(isTemplate(`FROM alpine\nRUN ${'<% '.repeat(100_000)}\n`)).toBe(false);
    expect(isTemplate(`FROM alpine\nRUN ${'{{ '.repeat(100_000)}\n`)).toBe(false);
    expect(isTemplate(`FROM alpine\nRUN ${'{{ '.repeat(100_000)}}}\n`)).toBe(true);
  });
});
