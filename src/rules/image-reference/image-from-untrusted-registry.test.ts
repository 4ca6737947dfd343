import rule from './image-from-untrusted-registry.js';
import { testRule } from '../../../test/rule-tester.js';
import { imageDoc } from '../../../test/image-document.js';

const TRUSTED = {
  trustedRegistries: ['mcr.microsoft.com', 'ghcr.io/acme/*', 'docker.io/library/*'],
  trustedRegistriesSource: 'set in .bulkhead.yml'
};
const GHCR_ONLY = { trustedRegistries: ['ghcr.io'], trustedRegistriesSource: 'set by --trusted-registries' };

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  selector:
    matchLabels: { app: api }
  template:
    metadata:
      labels: { app: api }
    spec:
      initContainers:
        - name: migrate
          image: quay.io/acme/migrate:2024.06.1
      containers:
        - name: api
          image: ghcr.io/acme/api:1.8.2
        - name: proxy
          image: envoyproxy/envoy:v1.30.1
      ephemeralContainers:
        - name: debug
          image: busybox:1.36
`;

testRule(rule, {
  valid: [
    {
      name: 'no trusted-registries configured: the rule is silent',
      code: 'FROM quay.io/prometheus/node-exporter:v1.8.1\n'
    },
    {
      name: 'Windows base from a trusted registry',
      code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nUSER ContainerUser\n',
      settings: TRUSTED,
      docs: true
    },
    {
      name: 'Docker Hub official image: alpine is docker.io/library/alpine',
      code: 'FROM alpine:3.20\nRUN apk add --no-cache curl\n',
      settings: TRUSTED,
      docs: true
    },
    {
      name: 'Docker Hub aliases and digests',
      code: 'FROM index.docker.io/library/node:20@sha256:4c0fdaa8b6341bfdeca5f18f7837462c80cff90527ee35ef185571e1c327beac AS build\nFROM registry-1.docker.io/library/nginx:1.27\nCOPY --from=build /app /usr/share/nginx/html\n',
      settings: TRUSTED
    },
    {
      name: 'build stages, stage indexes and scratch are not images',
      code: 'FROM ghcr.io/acme/go-builder:1.23 AS build\nRUN go build -o /out/app\nFROM build AS test\nFROM scratch\nCOPY --from=build /out/app /app\nCOPY --from=0 /etc/ssl/certs /etc/ssl/certs\n',
      settings: TRUSTED
    },
    {
      name: 'a local registry with its port on the list',
      code: 'FROM localhost:5000/tools/builder:2.1\n',
      settings: { trustedRegistries: ['localhost:5000'] }
    },
    {
      name: 'a base that is only a variable: where it comes from is unknown',
      code: 'ARG BASE_IMAGE\nFROM ${BASE_IMAGE}\nARG REGISTRY\nFROM ${REGISTRY}/acme/app:1.0\n',
      settings: GHCR_ONLY
    },
    {
      // The name is read to know the image is Server Core (BH102), not as Docker Hub's `app`.
      name: 'a registry variable glued to the name: where it comes from is unknown',
      code: 'ARG REGISTRY\nFROM ${REGISTRY}app:1.0-windowsservercore-ltsc2019\n',
      settings: GHCR_ONLY
    },
    {
      name: 'Compose: Server Core images behind a registry variable',
      filename: 'compose.yaml',
      code: 'services:\n  sql:\n    image: ${REGISTRY}sitecore-xm-sqldev:${VERSION}-windowsservercore-ltsc2019\n  core:\n    image: ${REGISTRY}/windows/servercore:ltsc2022\n',
      settings: GHCR_ONLY
    },
    {
      name: 'wildcard subdomains: an Azure Container Registry',
      code: 'FROM acmeprod.azurecr.io/base/dotnet-aspnet:8.0\n',
      settings: { trustedRegistries: ['*.azurecr.io'] }
    },
    {
      name: 'entries are case-insensitive and may carry a scheme',
      code: 'FROM GHCR.io/acme/api:1.0\n',
      settings: { trustedRegistries: ['https://ghcr.io/'] }
    },
    {
      name: 'Kubernetes: every image on the list',
      filename: 'deploy/api.yaml',
      code: DEPLOYMENT,
      settings: { trustedRegistries: ['quay.io/acme/*', 'ghcr.io/acme', 'docker.io'] },
      docs: true
    },
    {
      name: 'Compose: an image the file builds is checked through its Dockerfile',
      filename: 'compose.yaml',
      code: 'services:\n  api:\n    build: ./api\n    image: acme/api:dev\n  cache:\n    image: ghcr.io/acme/redis:7.2\n',
      settings: GHCR_ONLY
    },
    {
      name: "Compose: a default on the list, and references that are only known with the user's variables",
      filename: 'compose.yaml',
      code: 'services:\n  api:\n    image: ${REGISTRY:-ghcr.io/acme}/api:1.0\n  web:\n    image: ${REGISTRY}/web:1.0\n  db:\n    image: ${DB_IMAGE:?set DB_IMAGE}\n',
      settings: GHCR_ONLY
    },
    {
      name: 'image: a built image labelled with a trusted base, or with no base label',
      image: imageDoc({
        names: ['ghcr.io/acme/api:1.8.2'],
        config: { labels: { 'org.opencontainers.image.base.name': 'docker.io/library/node:20-alpine' } }
      }),
      settings: TRUSTED
    },
    {
      name: 'image: the base is not recorded',
      image: imageDoc({ names: ['quay.io/x/y:1'] }),
      settings: GHCR_ONLY
    }
  ],
  invalid: [
    {
      name: 'FROM Docker Hub when only ghcr.io is trusted',
      code: 'FROM docker.io/library/alpine:3.20\n',
      settings: { ...GHCR_ONLY, trustedRegistriesSource: 'set in .bulkhead.yml' },
      errors: [
        {
          messageId: 'dockerfile',
          line: 1,
          message:
            "FROM pulls 'docker.io/library/alpine:3.20' from registry 'docker.io' ('docker.io/library/alpine'), which is not on the trusted-registries list set in .bulkhead.yml."
        }
      ],
      docs: true
    },
    {
      name: 'a repository prefix stops at a path boundary',
      code: 'FROM ghcr.io/acme-mirror/api:1.0\nCOPY --from=quay.io/jetstack/cert-manager-ctl:v1.14.5 /app/cmd/ctl /usr/local/bin/cmctl\n',
      settings: TRUSTED,
      errors: [
        {
          messageId: 'dockerfile',
          line: 1,
          message:
            "FROM pulls 'ghcr.io/acme-mirror/api:1.0' from registry 'ghcr.io' ('ghcr.io/acme-mirror/api'), which is not on the trusted-registries list set in .bulkhead.yml."
        },
        { messageId: 'dockerfile', line: 2, message: /^COPY --from pulls 'quay\.io\/jetstack/ }
      ]
    },
    {
      name: 'a Hub user image is not an official image',
      code: 'FROM bitnami/kubectl:1.30\n',
      settings: TRUSTED,
      errors: [{ messageId: 'dockerfile', line: 1, message: /\('docker\.io\/bitnami\/kubectl'\)/ }]
    },
    {
      name: 'the port is part of the registry',
      code: 'FROM localhost:5001/tools/builder:2.1\n',
      settings: { trustedRegistries: ['localhost:5000'] },
      errors: [
        {
          messageId: 'dockerfile',
          line: 1,
          message: /registry 'localhost:5001'.* configured for this scan\.$/
        }
      ]
    },
    {
      name: 'a version ARG does not hide where the base comes from',
      code: 'ARG WINDOWS_VERSION\nFROM mcr.microsoft.com/windows/servercore:${WINDOWS_VERSION}\n',
      settings: GHCR_ONLY,
      errors: [{ messageId: 'dockerfile', line: 2, message: /registry 'mcr\.microsoft\.com'/ }]
    },
    {
      name: 'a wildcard does not cover the bare domain',
      code: 'FROM azurecr.io/base/app:1.0\n',
      settings: { trustedRegistries: ['*.azurecr.io'] },
      errors: [{ messageId: 'dockerfile', line: 1 }]
    },
    {
      name: 'Kubernetes: init, regular and ephemeral containers',
      filename: 'deploy/api.yaml',
      code: DEPLOYMENT,
      settings: TRUSTED,
      errors: [
        {
          messageId: 'workload',
          line: 14,
          message:
            "Container 'migrate' pulls 'quay.io/acme/migrate:2024.06.1' from registry 'quay.io' ('quay.io/acme/migrate'), which is not on the trusted-registries list set in .bulkhead.yml."
        },
        { messageId: 'workload', line: 19, message: /^Container 'proxy' .*'docker\.io\/envoyproxy\/envoy'/ }
      ],
      docs: true
    },
    {
      name: 'image: the base-name label names an untrusted registry',
      image: imageDoc({
        names: ['ghcr.io/acme/api:1.8.2'],
        config: { labels: { 'org.opencontainers.image.base.name': 'quay.io/centos/centos:stream9' } }
      }),
      settings: GHCR_ONLY,
      errors: [
        {
          messageId: 'image',
          line: 1,
          logical: 'config.Labels["org.opencontainers.image.base.name"]',
          message:
            "The image is built on 'quay.io/centos/centos:stream9' (its base-name label) from registry 'quay.io' ('quay.io/centos/centos'), which is not on the trusted-registries list set by --trusted-registries."
        }
      ]
    },
    {
      name: 'Compose: a service image from Docker Hub',
      filename: 'docker-compose.yml',
      code: 'services:\n  db:\n    image: postgres:16.3\n  web:\n    image: ghcr.io/acme/web:2.0\n',
      settings: { ...GHCR_ONLY, trustedRegistriesSource: "set by the Action input 'trusted-registries'" },
      errors: [
        {
          messageId: 'workload',
          line: 3,
          message:
            "Service 'db' pulls 'postgres:16.3' from registry 'docker.io' ('docker.io/library/postgres'), which is not on the trusted-registries list set by the Action input 'trusted-registries'."
        }
      ]
    },
    {
      name: 'Compose: an image default is checked (`${VAR:-default}`, `${VAR-default}`)',
      filename: 'compose.yaml',
      code: 'services:\n  db:\n    image: postgres:${POSTGRES_TAG:-16}\n  proxy:\n    image: ${PROXY_IMAGE-quay.io/acme/proxy:2.1}\n',
      settings: GHCR_ONLY,
      errors: [
        {
          messageId: 'workload',
          line: 3,
          column: 5,
          message:
            "Service 'db' pulls 'postgres:16' from registry 'docker.io' ('docker.io/library/postgres'), which is not on the trusted-registries list set by --trusted-registries."
        },
        { messageId: 'workload', line: 5, message: /'quay\.io\/acme\/proxy:2\.1' from registry 'quay\.io'/ }
      ]
    }
  ]
});
