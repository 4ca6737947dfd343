import rule from './workload-runs-as-root.js';
import { runRule, testRule } from '../../../test/rule-tester.js';
import {
  container,
  cronJob,
  deployment,
  flow,
  onWindows,
  pod,
  type SecurityContext
} from '../../../test/builders/workload.js';

const restricted = { podSecurityLevel: 'restricted' } as const;

/** The repository builds `ghcr.io/acme/api` from `api/Dockerfile` (Compose `build` + `image`). */
const builtBy = (dockerfile: string) => ({
  'compose.yaml': 'services:\n  api:\n    build: ./api\n    image: ghcr.io/acme/api:1.4.2\n',
  'api/Dockerfile': dockerfile
});

const apiDeployment = (securityContext?: SecurityContext) =>
  deployment({ securityContext, containers: [container('api', 'ghcr.io/acme/api:1.4.2')] });
const apiAs = (securityContext: SecurityContext) =>
  deployment({ containers: [container('api', 'ghcr.io/acme/api:1.4.2', { securityContext })] });

const METADATA_WORKFLOW = (images: string, tags = '${{ steps.meta.outputs.tags }}') =>
  [
    'on: push',
    'jobs:',
    '  docker:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - id: meta',
    '        uses: docker/metadata-action@v5',
    '        with:',
    '          images: |',
    ...images.split('\n').map(line => `            ${line}`),
    '      - uses: docker/build-push-action@v6',
    '        with:',
    '          context: .',
    `          tags: ${tags}`,
    ''
  ].join('\n');
const PANEL_DOCKERFILE = 'FROM php:8.2-fpm-alpine\nCMD ["php-fpm"]\n';

testRule(rule, {
  valid: [
    {
      name: 'pod-level runAsNonRoot covers an unknown image, even at restricted',
      filename: 'deploy.yaml',
      settings: restricted,
      code: apiDeployment({ runAsNonRoot: true, runAsUser: 10001 }),
      docs: true
    },
    {
      name: 'non-zero runAsUser overrides a root image',
      filename: 'deploy.yaml',
      files: builtBy('FROM python:3.12-slim\nCOPY . /app\n'),
      code: apiDeployment({ runAsUser: 10001 })
    },
    {
      name: "the repository's Dockerfile ends in a non-root USER",
      filename: 'deploy.yaml',
      settings: restricted,
      files: builtBy('FROM python:3.12-slim\nRUN useradd -u 10001 app\nUSER 10001\n'),
      code: apiDeployment(),
      docs: true
    },
    {
      name: 'images known to run as non-root (nginx-unprivileged, Bitnami, distroless nonroot)',
      filename: 'pods.yaml',
      settings: restricted,
      code: pod({
        containers: [
          container('web', 'nginxinc/nginx-unprivileged:1.27'),
          container('db', 'bitnami/postgresql:16'),
          container('app', 'gcr.io/distroless/static:nonroot')
        ]
      })
    },
    { name: 'unknown image at baseline', filename: 'deploy.yaml', code: apiDeployment() },
    {
      name: 'every container overrides the pod runAsUser 0',
      filename: 'pod.yaml',
      code: pod(
        {
          securityContext: { runAsUser: 0 },
          containers: [container('a', 'busybox:1.36', { securityContext: { runAsUser: 1000 } })]
        },
        { name: 'p' }
      )
    },
    {
      name: 'Windows pod with an admin image is BH601',
      filename: 'win.yaml',
      settings: restricted,
      code: pod({
        ...onWindows('os'),
        containers: [container('iis', 'mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022')]
      })
    },
    {
      name: 'unpinned pod running a Nano Server image',
      filename: 'pod.yaml',
      settings: restricted,
      code: pod({ containers: [container('w', 'mcr.microsoft.com/windows/nanoserver:ltsc2022')] })
    },
    {
      name: 'Compose non-root and interpolated users',
      filename: 'compose.yaml',
      code: 'services:\n  api:\n    image: node:22\n    user: "1000:1000"\n  worker:\n    image: node:22\n    user: ${UID:-1000}\n  rootless:\n    image: app\n    user: rootless\n'
    },
    {
      name: 'Compose build whose Dockerfile ends in a non-root USER',
      filename: 'compose.yaml',
      code: 'services:\n  web:\n    build: ./web\n    ports: ["8080:3000"]\n',
      files: {
        'web/Dockerfile':
          'FROM node:22-bookworm-slim\nWORKDIR /app\nCOPY --chown=node . .\nUSER node\nCMD ["node", "server.js"]\n'
      }
    },
    {
      name: "Compose build with a root Dockerfile, but 'user:' set",
      filename: 'compose.yaml',
      code: 'services:\n  web:\n    build: .\n    user: "10001:10001"\n',
      files: { Dockerfile: 'FROM python:3.12-slim\nCOPY . /app\nCMD ["python", "/app/main.py"]\n' }
    },
    {
      name: "Compose build.target: the dev stage's user, not the final stage's root",
      filename: 'compose.yaml',
      code: 'services:\n  web:\n    build: {context: app, target: dev}\n    volumes: ["./app:/app"]\n',
      files: { 'app/Dockerfile': 'FROM python:3.12 AS dev\nUSER 1000\n\nFROM python:3.12\nCOPY . /app\n' }
    },
    {
      name: 'Compose build from a variant-named Dockerfile that ends in a non-root USER',
      filename: 'test/databind/fargate/docker-compose.yml',
      code: 'services:\n  test_executor:\n    build:\n      context: .\n      dockerfile: Dockerfile_test\n',
      files: { 'test/databind/fargate/Dockerfile_test': 'FROM golang:1.26\nUSER 65532\n' }
    },
    {
      name: 'Compose build whose Dockerfile is not in the repository, and an unknown image',
      filename: 'compose.yaml',
      code: 'services:\n  web:\n    build: ./missing\n  cache:\n    image: redis:7.4\n  git:\n    build: https://github.com/acme/app.git#main\n'
    },
    {
      name: 'Compose build of a Windows Dockerfile (BH601)',
      filename: 'compose.yaml',
      code: 'services:\n  iis:\n    build: ./iis\n',
      files: {
        'iis/Dockerfile': 'FROM mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022\n'
      }
    },
    {
      // The images a metadata-action step names are linked only through the build step's tags, and one
      // with enable=false is not built: the image stays unknown.
      name: 'Compose image a metadata-action step names but the build step does not tag (labels only, enable=false)',
      filename: 'docker-compose.yml',
      code: 'services:\n  panel:\n    image: ghcr.io/acme/panel:latest\n  worker:\n    image: acme/worker:1.0\n',
      files: {
        Dockerfile: PANEL_DOCKERFILE,
        '.github/workflows/panel.yml': METADATA_WORKFLOW(
          'ghcr.io/acme/panel',
          'ghcr.io/acme/other:latest\n          labels: ${{ steps.meta.outputs.labels }}'
        ),
        '.github/workflows/worker.yml': METADATA_WORKFLOW('name=acme/worker,enable=false')
      }
    },
    {
      name: 'Compose Windows service (BH601)',
      filename: 'compose.yaml',
      code: 'services:\n  win:\n    image: mcr.microsoft.com/windows/servercore:ltsc2022\n    user: ContainerAdministrator\n'
    }
  ],
  invalid: [
    {
      name: 'container runAsUser 0',
      filename: 'deploy.yaml',
      code: apiAs({ runAsUser: 0 }),
      errors: [
        {
          messageId: 'runAsUser',
          line: 16,
          severity: 'high',
          message: "Container 'api' runs as root ('runAsUser: 0')."
        }
      ],
      output: apiAs({ runAsUser: 10001 }),
      docs: true
    },
    {
      name: 'pod-level runAsUser 0 is reported once, at the pod field',
      filename: 'pod.yaml',
      code: pod(
        {
          securityContext: { runAsUser: 0 },
          initContainers: [container('init', 'busybox:1.36')],
          containers: [container('app', 'busybox:1.36')]
        },
        { name: 'p' }
      ),
      errors: [
        {
          messageId: 'podRunAsUser',
          line: 7,
          message: "The pod's 'runAsUser: 0' runs containers 'init', 'app' as root."
        }
      ]
    },
    {
      name: 'pod runAsNonRoot, container runAsUser 0 (the container field wins)',
      filename: 'pod.yaml',
      code: pod(
        {
          securityContext: { runAsNonRoot: true },
          containers: [container('app', 'busybox:1.36', { securityContext: { runAsUser: 0 } })]
        },
        { name: 'p' }
      ),
      errors: [{ messageId: 'runAsUser', line: 12 }]
    },
    {
      name: "the repository's Dockerfile leaves the image as root",
      filename: 'deploy.yaml',
      files: builtBy('FROM python:3.12-slim\nCOPY . /app\nCMD ["python", "/app/main.py"]\n'),
      code: apiDeployment(),
      errors: [
        {
          messageId: 'imageRoot',
          line: 13,
          severity: 'medium',
          message:
            "Container 'api' runs as 'root' because image 'ghcr.io/acme/api:1.4.2' does (its Dockerfile runs it as 'root' by default) and neither 'runAsNonRoot: true' nor a non-zero 'runAsUser' is set."
        }
      ],
      docs: true
    },
    {
      name: 'container runAsNonRoot: false overrides the pod, distroless root image',
      filename: 'pod.yaml',
      code: pod(
        {
          // Flow maps, which the fixer does not edit: no fix is offered.
          securityContext: flow({ runAsNonRoot: true }),
          containers: [
            container('app', 'gcr.io/distroless/static-debian12:latest', {
              securityContext: flow({ runAsNonRoot: false })
            })
          ]
        },
        { name: 'p' }
      ),
      errors: [{ messageId: 'imageRoot', line: 8, severity: 'medium', message: /distroless/ }],
      output: null
    },
    {
      name: 'fix: an image known to run as root gets runAsNonRoot with a non-root uid',
      filename: 'redis.yaml',
      code: `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: cache
spec:
  template:
    spec:
      containers:
        - name: cache
          image: gcr.io/distroless/base-debian12
          args: ["--port", "6379"]
`,
      errors: [{ messageId: 'imageRoot', line: 9 }],
      output: `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: cache
spec:
  template:
    spec:
      containers:
        - name: cache
          image: gcr.io/distroless/base-debian12
          args: ["--port", "6379"]
          securityContext:
            runAsNonRoot: true
            runAsUser: 10001
`
    },
    {
      name: 'unknown images at restricted: CronJob with an init container',
      filename: 'cron.yaml',
      settings: restricted,
      code: cronJob(
        {
          restartPolicy: 'Never',
          initContainers: [container('fetch', 'curlimages/curl:8.10.1')],
          containers: [
            container('report', 'ghcr.io/acme/report:2.0', { securityContext: { runAsUser: 2000 } })
          ]
        },
        { name: 'report' }
      ),
      errors: [
        {
          messageId: 'unknownImage',
          line: 13,
          severity: 'medium',
          message: /'fetch'.*'curlimages\/curl:8.10.1'/
        }
      ]
    },
    {
      name: 'ephemeral debug container as root',
      filename: 'pod.yaml',
      code: pod(
        {
          securityContext: { runAsNonRoot: true, runAsUser: 1000 },
          containers: [container('app', 'app:1')],
          ephemeralContainers: [container('debugger', 'busybox:1.36', { securityContext: { runAsUser: 0 } })]
        },
        { name: 'p' }
      ),
      errors: [{ messageId: 'runAsUser', line: 16, message: /'debugger'/ }]
    },
    {
      name: 'Compose user root and 0:0',
      filename: 'docker-compose.yml',
      code: 'services:\n  api:\n    image: node:22\n    user: root\n  worker:\n    image: node:22\n    user: "0:0"\n',
      errors: [
        {
          messageId: 'service',
          line: 4,
          severity: 'high',
          message: "Service 'api' runs as root ('user: root')."
        },
        { messageId: 'service', line: 7, message: "Service 'worker' runs as root ('user: 0:0')." }
      ],
      docs: true
    },
    {
      name: "Compose build-only service whose Dockerfile sets no USER (Docker's default is root)",
      filename: 'compose.yaml',
      code: 'services:\n  web:\n    build: ./web\n    ports: ["8080:3000"]\n  db:\n    image: postgres:16\n',
      files: {
        'web/Dockerfile': 'FROM node:22-bookworm-slim\nWORKDIR /app\nCOPY . .\nCMD ["node", "server.js"]\n'
      },
      errors: [
        {
          messageId: 'serviceImageRoot',
          line: 2,
          severity: 'medium',
          message:
            "Service 'web' runs as 'root' because its image does (its Dockerfile runs it as 'root' by default) and no 'user' is set.",
          related: ['web/Dockerfile:1']
        }
      ],
      docs: true
    },
    {
      // pterodactyl/panel and mautic/docker-mautic: the workflow tags the image through docker/metadata-action.
      name: 'Compose image a workflow builds with tags from docker/metadata-action, from a Dockerfile without USER',
      filename: 'docker-compose.yml',
      code: 'services:\n  panel:\n    image: ghcr.io/acme/panel:latest\n  mautic:\n    image: acme/mautic:5-apache\n',
      files: {
        Dockerfile: PANEL_DOCKERFILE,
        '.github/workflows/docker.yml': METADATA_WORKFLOW(
          '${{ env.REGISTRY }}/${{ env.IMAGE_NAME }}\nghcr.io/acme/panel\nname=acme/mautic,enable=true'
        )
      },
      errors: [
        { messageId: 'serviceImageRoot', line: 2, related: ['Dockerfile:1'] },
        { messageId: 'serviceImageRoot', line: 4, related: ['Dockerfile:1'] }
      ]
    },
    {
      // newrelic/infrastructure-agent's test/proxy/docker-compose.yml: Dockerfiles named `Dockerfile_<role>`.
      name: 'Compose build from a Dockerfile with a variant name (Dockerfile_agent) that sets no USER',
      filename: 'test/proxy/docker-compose.yml',
      code: 'services:\n  minimal-agent:\n    build:\n      context: ../../\n      dockerfile: test/proxy/Dockerfile_agent\n    image: minimal-agent\n',
      files: {
        'test/proxy/Dockerfile_agent':
          'FROM golang:1.26 AS builder\nRUN go build -o /agent ./cmd/agent\n\nFROM alpine:3.20\nCOPY --from=builder /agent /agent\n'
      },
      errors: [{ messageId: 'serviceImageRoot', line: 2, related: ['test/proxy/Dockerfile_agent:4'] }]
    },
    {
      name: 'Compose build.target names a root stage under a non-root final stage (case-insensitive)',
      filename: 'compose.yaml',
      code: 'services:\n  web:\n    build:\n      context: app\n      target: Builder\n',
      files: {
        'app/Dockerfile':
          'FROM golang:1.23 AS builder\nRUN go build -o /out/app .\n\nFROM golang:1.23\nUSER 65532\n'
      },
      errors: [{ messageId: 'serviceImageRoot', line: 2, related: ['app/Dockerfile:1'] }]
    },
    {
      name: 'Compose file in a subfolder: build context and dockerfile, explicit USER root',
      filename: 'deploy/docker-compose.yml',
      code: 'services:\n  worker:\n    build:\n      context: ../src\n      dockerfile: docker/worker.Dockerfile\n    image: acme/worker:2.1\n',
      files: {
        'src/docker/worker.Dockerfile':
          'FROM debian:12-slim\nRUN useradd app\nUSER root\nCMD ["/usr/local/bin/worker"]\n'
      },
      errors: [{ messageId: 'serviceImageRoot', line: 2, related: ['src/docker/worker.Dockerfile:3'] }]
    },
    {
      name: 'Compose image from the base table that runs as root',
      filename: 'compose.yaml',
      code: 'services:\n  static:\n    image: gcr.io/distroless/static-debian12:latest\n  nonroot:\n    image: gcr.io/distroless/static-debian12:nonroot\n',
      errors: [
        { messageId: 'serviceImageRoot', line: 2, message: /'root' because its image does \(distroless/ }
      ]
    },
    {
      name: 'Compose image default from the base table (`${VAR:-default}`)',
      filename: 'compose.yaml',
      code: 'services:\n  static:\n    image: ${STATIC_IMAGE:-gcr.io/distroless/static-debian12:latest}\n  other:\n    image: ${OTHER_IMAGE}\n',
      errors: [
        { messageId: 'serviceImageRoot', line: 2, message: /'root' because its image does \(distroless/ }
      ]
    }
  ]
});

describe('BH502 related locations', () => {
  it("links the Dockerfile that decides the image's user", () => {
    const [finding] = runRule(rule, {
      filename: 'deploy.yaml',
      files: builtBy('FROM python:3.12-slim\nUSER root\n'),
      code: apiDeployment()
    });
    expect(finding?.relatedLocations?.[0]).toMatchObject({
      file: 'api/Dockerfile',
      region: { startLine: 2 }
    });
  });
});
