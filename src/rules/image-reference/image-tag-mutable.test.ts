import rule from './image-tag-mutable.js';
import { testRule } from '../../../test/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'version tag', code: 'FROM node:20.11-bookworm-slim\n', docs: true },
    {
      // Kubebuilder's manager_image_patch.yaml: kustomize or the Makefile puts the real image in.
      name: 'a placeholder image in capitals',
      filename: 'manager_image_patch.yaml',
      code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: controller-manager\nspec:\n  template:\n    spec:\n      containers:\n      # Change the value of image field below to your controller image URL\n      - image: IMAGE_URL\n        name: manager\n'
    },
    {
      // Istio's gateway chart: the injection webhook sets the proxy image when the pod is created.
      name: "Istio's injected image: auto",
      filename: 'gateway.yaml',
      code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: istio-ingressgateway\nspec:\n  template:\n    metadata:\n      annotations:\n        inject.istio.io/templates: gateway\n    spec:\n      containers:\n      - name: istio-proxy\n        image: auto\n'
    },
    {
      name: 'digest pin',
      code: 'FROM alpine@sha256:beefdbd8a1da6d2915566fde36db9db0b524eb737fc57cd1367effd16dc0d06d\n',
      docs: true
    },
    {
      name: 'latest pinned by digest',
      code: 'FROM nginx:latest@sha256:4c0fdaa8b6341bfdeca5f18f7837462c80cff90527ee35ef185571e1c327beac\n'
    },
    { name: 'registry port is not a tag', code: 'FROM registry.lab.example:5000/team/tool:1.0\n' },
    {
      name: 'stage reference',
      code: 'FROM golang:1.23 AS build\nRUN go build\nFROM build AS test\nFROM gcr.io/distroless/static:nonroot\nCOPY --from=build /out /out\n'
    },
    {
      name: 'COPY --from a stage index',
      code: 'FROM golang:1.23\nRUN go build\nFROM alpine:3.20\nCOPY --from=0 /out /out\n'
    },
    { name: 'scratch', code: 'FROM scratch\nCOPY app /\n' },
    {
      // discourse_docker's image/docker-bake.hcl gives its Dockerfiles `contexts = { templates = "../templates" }`.
      name: 'COPY --from a named build context of a bake file above the Dockerfile',
      filename: 'image/discourse_dev/Dockerfile',
      code: 'FROM debian:bookworm-slim\nCOPY --from=templates /redis.template.yml /jobs/\n',
      files: {
        'image/docker-bake.hcl':
          'target "dev" {\n  context = "discourse_dev"\n  contexts = {\n    templates = "../templates"\n  }\n}\n'
      }
    },
    {
      // Mailu: CI runs `docker buildx bake --file ./tests/build-ci.hcl` from the root, and the bake
      // file's `context = "core/admin/"` is relative to the root, not to tests/.
      name: 'FROM and COPY --from named contexts of a bake file of any name, its paths from the root',
      filename: 'core/admin/Dockerfile',
      code: 'FROM base\nCOPY --from=assets /a /b\nUSER 1000\n',
      files: {
        'tests/build.hcl':
          'target "base" {\n  context = "core/base/"\n}\ntarget "admin" {\n  inherits = ["base"]\n  context = "core/admin/"\n  contexts = {\n    base = "target:base"\n    assets = "target:assets"\n  }\n}\n'
      }
    },
    {
      name: 'FROM and COPY --from named contexts of the Compose build (map and list forms)',
      filename: 'app/Dockerfile',
      code: 'FROM base\nCOPY --from=assets /dist /srv\n',
      files: {
        'compose.yaml':
          'services:\n  app:\n    build:\n      context: app\n      additional_contexts:\n        base: docker-image://alpine:3.20\n  web:\n    build:\n      context: app\n      additional_contexts:\n        - assets=../web/dist\n'
      }
    },
    { name: 'unresolvable ARG is skipped', code: 'ARG BASE_IMAGE\nFROM ${BASE_IMAGE}\n' },
    { name: 'ARG default with a tag', code: 'ARG GO_VERSION=1.23\nFROM golang:${GO_VERSION}-alpine\n' },
    { name: 'Windows LTSC tag', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\n' },
    { name: 'stage names are case-insensitive', code: 'FROM node:20 AS Builder\nFROM builder\n' },
    {
      name: 'suppressed',
      code: '# bulkhead-ignore BH403 -- promoted by our pipeline\nFROM internal/base:latest\n'
    },
    {
      name: 'Kubernetes: version tags, digests and registry ports',
      filename: 'deploy.yaml',
      code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      initContainers:
        - name: migrate
          image: registry.lab.example:5000/team/migrate:2024.06.1
      containers:
        - name: web
          image: mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022
        - name: proxy
          image: nginx@sha256:4c0fdaa8b6341bfdeca5f18f7837462c80cff90527ee35ef185571e1c327beac
`,
      docs: true
    },
    {
      name: 'Kubernetes: image set by a later templating step',
      filename: 'pod.yaml',
      code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: app\nspec:\n  containers:\n    - name: app\n      image: ${IMAGE}\n'
    },
    {
      name: 'Compose: the image a service builds, and interpolated tags',
      filename: 'compose.yaml',
      code: `services:
  api:
    build: ./api
    image: acme/api:latest
  db:
    image: postgres:\${POSTGRES_TAG:-16}
  cache:
    image: redis:7.2.5-alpine
`
    },
    {
      name: 'Compose: a tag or registry that is a variable without a default is unknown',
      filename: 'compose.yaml',
      code: `services:
  web:
    image: nginx:\${NGINX_TAG}
  api:
    image: \${REGISTRY}/acme/api
  worker:
    image: acme/worker:\${WORKER_TAG:?set WORKER_TAG}
  cron:
    image: acme/cron:\${CRON_TAG:+latest}
`
    }
  ],
  invalid: [
    {
      name: "another Dockerfile's named context is an image here",
      filename: 'tools/Dockerfile',
      code: 'FROM debian:bookworm-slim\nCOPY --from=templates /redis.template.yml /jobs/\n',
      files: {
        'image/docker-bake.hcl': 'target "dev" {\n  contexts = {\n    templates = "../templates"\n  }\n}\n'
      },
      errors: [{ messageId: 'untagged', line: 2 }]
    },
    {
      // A bake target gives its names to the Dockerfile it builds only (here core/admin/), and a
      // Terraform file's blocks are no bake targets.
      name: "a bake target's named context is an image in a Dockerfile it does not build",
      filename: 'core/front/Dockerfile',
      code: 'FROM base\n',
      files: {
        'tests/build.hcl':
          'target "admin" {\n  context = "core/admin/"\n  contexts = {\n    base = "target:base"\n  }\n}\n',
        'core/admin/Dockerfile': 'FROM base\n',
        'images.hcl':
          'resource "docker_image" "front" {\n  name = "base"\n  contexts = {\n    base = "x"\n  }\n}\n'
      },
      errors: [{ messageId: 'untagged', line: 1 }]
    },
    {
      name: 'latest',
      code: 'FROM ubuntu:latest\n',
      errors: [{ messageId: 'latest', line: 1, column: 6 }],
      docs: true
    },
    {
      name: 'no tag',
      code: 'FROM ubuntu\nRUN apt-get update\n',
      errors: [
        { messageId: 'untagged', line: 1, message: "Image 'ubuntu' has no tag, so it means 'ubuntu:latest'." }
      ],
      docs: true
    },
    {
      name: 'registry with port, no tag',
      code: 'FROM localhost:5000/tools\n',
      errors: [{ messageId: 'untagged', line: 1 }]
    },
    {
      name: 'ARG default resolves to latest',
      code: 'ARG BASE=node:latest\nFROM ${BASE}\n',
      errors: [{ messageId: 'latest', line: 2 }]
    },
    {
      name: 'COPY --from an untagged image',
      code: 'FROM alpine:3.20\nCOPY --from=busybox /bin/busybox /bin/\n',
      errors: [{ messageId: 'untagged', line: 2 }]
    },
    {
      name: 'every stage counts',
      code: 'FROM golang AS build\nFROM alpine:latest\n',
      errors: [
        { messageId: 'untagged', line: 1 },
        { messageId: 'latest', line: 2 }
      ]
    },
    {
      name: 'require-digest',
      code: 'FROM node:20.11-bookworm-slim\n',
      settings: { requireDigest: true },
      errors: [{ messageId: 'notPinned', line: 1 }]
    },
    {
      name: 'Kubernetes: latest and untagged images in a CronJob',
      filename: 'cronjob.yaml',
      code: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: report
spec:
  schedule: "@daily"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          initContainers:
            - name: fetch
              image: curlimages/curl:latest
          containers:
            - name: report
              image: localhost:5000/reports
`,
      errors: [
        {
          messageId: 'usesLatest',
          line: 14,
          message: "Container 'fetch' uses image 'curlimages/curl:latest' with the mutable tag 'latest'."
        },
        {
          messageId: 'usesUntagged',
          line: 17,
          message:
            "Container 'report' uses image 'localhost:5000/reports' without a tag, so it means 'localhost:5000/reports:latest'."
        }
      ],
      docs: true
    },
    {
      name: 'Kubernetes: List in JSON, Windows image without a tag',
      filename: 'list.json',
      code: `{
  "apiVersion": "v1",
  "kind": "List",
  "items": [
    {
      "apiVersion": "v1",
      "kind": "Pod",
      "metadata": { "name": "iis" },
      "spec": {
        "nodeSelector": { "kubernetes.io/os": "windows" },
        "containers": [{ "name": "iis", "image": "mcr.microsoft.com/windows/servercore/iis" }]
      }
    }
  ]
}
`,
      errors: [{ messageId: 'usesUntagged', line: 11 }]
    },
    {
      name: 'Kubernetes: require-digest over a multi-document file',
      filename: 'app.yaml',
      settings: { requireDigest: true },
      code: `apiVersion: v1
kind: Pod
metadata:
  name: one
spec:
  containers:
    - name: one
      image: ghcr.io/acme/one:1.0.0
---
apiVersion: v1
kind: Pod
metadata:
  name: two
spec:
  containers:
    - name: two
      image: ghcr.io/acme/two:1.0.0@sha256:4c0fdaa8b6341bfdeca5f18f7837462c80cff90527ee35ef185571e1c327beac
`,
      errors: [
        {
          messageId: 'usesNotPinned',
          line: 8,
          message:
            "Container 'one' uses image 'ghcr.io/acme/one:1.0.0', not pinned by digest (require-digest is on)."
        }
      ]
    },
    {
      name: 'Compose: latest and untagged service images',
      filename: 'docker-compose.yml',
      code: `services:
  web:
    image: mcr.microsoft.com/windows/servercore/iis:latest
    isolation: process
  db:
    image: mcr.microsoft.com/mssql/server
`,
      errors: [
        {
          messageId: 'usesLatest',
          line: 3,
          message:
            "Service 'web' uses image 'mcr.microsoft.com/windows/servercore/iis:latest' with the mutable tag 'latest'."
        },
        { messageId: 'usesUntagged', line: 6 }
      ]
    },
    {
      // docker-jitsi-meet's images: what Compose pulls when the variables are not set.
      name: 'Compose: image defaults (`${VAR:-default}`, `${VAR-default}`, nested) are checked',
      filename: 'jitsi.yml',
      code: `services:
  jibri:
    image: \${JITSI_IMAGE_REPO:-ghcr.io/jitsi}/jibri:\${JITSI_IMAGE_VERSION:-latest}
  web:
    image: "\${WEB_IMAGE-nginx}"
  cache:
    image: redis:\${REDIS_TAG:-\${DEFAULT_TAG:-latest}}
  db:
    image: postgres:\${POSTGRES_TAG:-16}
`,
      errors: [
        {
          messageId: 'usesLatest',
          line: 3,
          column: 5,
          message: "Service 'jibri' uses image 'ghcr.io/jitsi/jibri:latest' with the mutable tag 'latest'."
        },
        {
          messageId: 'usesUntagged',
          line: 5,
          message: "Service 'web' uses image 'nginx' without a tag, so it means 'nginx:latest'."
        },
        { messageId: 'usesLatest', line: 7, message: /'redis:latest'/ }
      ]
    }
  ]
});
