import rule from './secret-file-in-image.js';
import { testRule } from '../../../test/rule-tester.js';
import { imageDoc, testLayerDigest } from '../../../test/image-document.js';

const PGP_PUBLIC =
  '-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBGXabcABEADQ7ZXrZ8y4u3h0kqgYb3nLfeF0x2E7Yk1o\n=AbCd\n-----END PGP PUBLIC KEY BLOCK-----\n';

testRule(rule, {
  valid: [
    {
      name: "a back-slashed Compose context whose .dockerignore excludes the context's .env",
      code: 'FROM microsoft/aspnet:4.7\nCOPY . /inetpub/wwwroot\n',
      filename: 'src/Docker/Dockerfile',
      files: {
        'src/Docker/docker-compose.debug.yml':
          'services:\n  webapi:\n    build:\n      context: ..\\\n      dockerfile: .\\Docker\\Dockerfile\n',
        'src/.dockerignore': '.env\nbin/\nobj/\n',
        'src/.env': 'API_KEY=x'
      }
    },
    {
      name: 'an apt signing key named *.key that holds a PGP public key block (Jenkins image pattern)',
      code: 'FROM debian:bookworm\nCOPY jenkins.io-2026.key /usr/share/keyrings/jenkins-keyring.asc\nRUN apt-get update\n',
      files: { 'jenkins.io-2026.key': PGP_PUBLIC }
    },
    {
      name: 'a public *.key above the Dockerfile, in the context it is built with (`-f alpine/hotspot/Dockerfile .`)',
      code: 'FROM alpine:3.20\nCOPY jenkins.io-2026.key /war/jenkins-key.pub\n',
      filename: 'alpine/hotspot/Dockerfile',
      files: { 'jenkins.io-2026.key': PGP_PUBLIC, 'alpine/hotspot/entrypoint.sh': 'exec "$@"\n' }
    },
    {
      name: 'a directory copy whose only *.key and *.pem are a public key and a certificate',
      code: 'FROM nginx:1.27\nCOPY conf/ /etc/nginx/\n',
      files: {
        'conf/repo-signing.key': PGP_PUBLIC,
        'conf/server.pem': '-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIU\n-----END CERTIFICATE-----\n',
        'conf/nginx.conf': 'events {}\n'
      }
    },
    {
      name: 'Diffie-Hellman groups, EC parameters and a certificate request as *.pem (nginx-proxy, docker-mailserver)',
      code: 'FROM nginx:1.27\nCOPY app /app\nCOPY ffdhe4096.pem ec.pem server.csr.pem /etc/ssl/\n',
      files: {
        'app/dhparam/ffdhe2048.pem':
          '-----BEGIN DH PARAMETERS-----\nMIIBCAKCAQEA//8=\n-----END DH PARAMETERS-----\n',
        'ffdhe4096.pem': '-----BEGIN DH PARAMETERS-----\nMIICCAKCAgEA//8=\n-----END DH PARAMETERS-----\n',
        'ec.pem': '-----BEGIN EC PARAMETERS-----\nBggqhkjOPQMBBw==\n-----END EC PARAMETERS-----\n',
        'server.csr.pem':
          '-----BEGIN CERTIFICATE REQUEST-----\nMIICijCCAXICAQAw\n-----END CERTIFICATE REQUEST-----\n'
      }
    },
    {
      name: 'context secrets excluded by .dockerignore',
      code: 'FROM node:20\nWORKDIR /app\nCOPY . .\nRUN npm ci\n',
      files: {
        '.dockerignore': '.env\n**/*.pem\n.npmrc\n',
        '.env': 'X=1',
        'certs/server.pem': 'x',
        '.npmrc': 'x',
        'src/index.js': 'x'
      },
      docs: true
    },
    {
      name: 'public key and example env',
      code: 'FROM alpine\nCOPY id_rsa.pub /root/.ssh/authorized_keys\nCOPY .env.example /app/.env.example\n'
    },
    {
      name: 'BuildKit secret mount instead of a copy',
      code: 'FROM node:20\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\n',
      docs: true
    },
    {
      name: 'certificate bundles are public',
      code: 'FROM nginx:1.27\nCOPY certs/fullchain.pem certs/ca.pem /etc/nginx/certs/\n'
    },
    {
      name: 'copy from another stage',
      code: 'FROM alpine AS keys\nRUN ssh-keygen -f /id_rsa\nFROM alpine:3.20\nCOPY --from=keys /id_rsa.pub /keys/\n'
    },
    { name: 'ADD of a URL', code: 'FROM alpine\nADD https://example.com/server.key.sig /tmp/\n' },
    {
      name: 'directory copy of a folder without secrets',
      code: 'FROM python:3.12-slim\nCOPY src/ /app/src/\n',
      files: { 'src/main.py': 'x', 'deploy/.env': 'X=1' }
    },
    {
      name: 'a Dockerfile-specific ignore file wins',
      code: 'FROM node:20\nCOPY . /app\n',
      filename: 'web/Dockerfile',
      files: { 'web/Dockerfile.dockerignore': '.env\n', 'web/.dockerignore': '', 'web/.env': 'X=1' }
    },
    { name: 'unresolved variable source', code: 'FROM alpine\nARG KEY_FILE\nCOPY ${KEY_FILE} /etc/app/\n' },
    {
      name: 'image: templates and public keys are not secrets',
      image: imageDoc({
        files: [
          { path: 'app/.env.example', layerIndex: 3 },
          { path: 'root/.ssh/id_rsa.pub', layerIndex: 3 },
          { path: 'etc/ssl/certs/ca-certificates.crt', layerIndex: 1 }
        ]
      }),
      docs: true
    },
    { name: 'image: no files of interest', image: imageDoc({ layerCount: 4 }) }
  ],
  invalid: [
    {
      name: 'EC parameters with the private key that `openssl ecparam -genkey` writes after them',
      code: 'FROM alpine:3.20\nCOPY ec.pem /etc/ssl/\n',
      files: {
        'ec.pem':
          '-----BEGIN EC PARAMETERS-----\nBggqhkjOPQMBBw==\n-----END EC PARAMETERS-----\n-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIA==\n-----END EC PRIVATE KEY-----\n'
      },
      errors: [{ messageId: 'named', line: 2 }]
    },
    {
      name: 'a *.key in the repository that holds a private key block',
      code: 'FROM debian:bookworm\nCOPY signing.key /root/\n',
      files: {
        'signing.key':
          '-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQOYBGXabc\n-----END PGP PRIVATE KEY BLOCK-----\n'
      },
      errors: [{ messageId: 'named', line: 2 }]
    },
    {
      name: 'a *.key named by a COPY, the nearest one above the Dockerfile private',
      code: 'FROM alpine:3.20\nCOPY release.key /etc/app/\n',
      filename: 'images/app/Dockerfile',
      files: {
        'images/release.key':
          '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----\n',
        'release.key': PGP_PUBLIC
      },
      errors: [{ messageId: 'named', line: 2 }]
    },
    {
      name: 'a *.key missing from the context a Compose file names, though a public one is above it',
      code: 'FROM alpine:3.20\nCOPY release.key /etc/app/\n',
      filename: 'services/api/Dockerfile',
      files: {
        'compose.yaml': 'services:\n  api:\n    build: services/api\n',
        'release.key': PGP_PUBLIC
      },
      errors: [{ messageId: 'named', line: 2 }]
    },
    {
      name: 'a *.key in the Dockerfile directory that holds a private key, a public one above it',
      code: 'FROM alpine:3.20\nCOPY release.key /etc/app/\n',
      filename: 'app/Dockerfile',
      files: {
        'app/release.key':
          '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----\n',
        'release.key': PGP_PUBLIC
      },
      errors: [{ messageId: 'named', line: 2 }]
    },
    {
      name: 'SSH key copied by name',
      code: 'FROM alpine:3.20\nCOPY id_rsa /root/.ssh/id_rsa\nRUN git clone git@github.com:org/private.git\n',
      errors: [
        { messageId: 'named', line: 2, message: "COPY copies 'id_rsa' (an SSH private key) into the image." }
      ],
      docs: true
    },
    {
      name: 'COPY . with a .env in the context and no .dockerignore',
      code: 'FROM node:20\nWORKDIR /app\nCOPY . .\n',
      files: { '.env': 'DB_PASSWORD=x', 'package.json': '{}' },
      errors: [
        {
          messageId: 'fromContext',
          line: 3,
          message:
            "COPY '.' copies '.env' (an environment file) from the build context into the image: there is no .dockerignore."
        }
      ],
      docs: true
    },
    {
      name: '.dockerignore that misses nested files',
      code: 'FROM node:20\nCOPY . /app\n',
      files: { '.dockerignore': '.env\n', '.env': 'x', 'config/.env.production': 'x', 'config/.npmrc': 'x' },
      errors: [
        {
          messageId: 'fromContext',
          line: 2,
          message: /'config\/\.env\.production'.*\(and 1 more\).*'\.dockerignore' does not exclude it/
        }
      ]
    },
    {
      name: 'ADD of a PFX',
      code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nADD certs/site.pfx C:/certs/\n',
      errors: [{ messageId: 'named', line: 2 }]
    },
    {
      name: 'npmrc and docker config',
      code: 'FROM node:20\nCOPY .npmrc .docker/config.json /root/\n',
      errors: [
        { messageId: 'named', line: 2 },
        { messageId: 'named', line: 2 }
      ]
    },
    {
      name: 'exec-form COPY of AWS credentials',
      code: 'FROM amazon/aws-cli:2.17.0\nCOPY ["aws/.aws/credentials", "/root/.aws/credentials"]\n',
      errors: [{ messageId: 'named', line: 2 }]
    },
    {
      name: 'builder stages count',
      code: 'FROM golang:1.23 AS build\nCOPY .netrc /root/.netrc\nRUN go build\nFROM scratch\n',
      errors: [{ messageId: 'named', line: 2 }]
    },
    {
      name: 'ARG default naming a key file',
      code: 'FROM alpine\nARG KEY=server.key\nCOPY $KEY /etc/ssl/\n',
      errors: [{ messageId: 'named', line: 3 }]
    },
    {
      name: 'Compose build context is the repository root, not the Dockerfile folder',
      code: 'FROM node:20\nCOPY . /app\n',
      filename: 'docker/web/Dockerfile',
      files: {
        'compose.yaml':
          'services:\n  web:\n    build:\n      context: .\n      dockerfile: docker/web/Dockerfile\n',
        '.npmrc': '//registry.npmjs.org/:_authToken=x'
      },
      errors: [{ messageId: 'fromContext', line: 2, message: /'\.npmrc' \(npm credentials\)/ }]
    },
    {
      name: 'Compose build context written with a trailing slash',
      code: 'FROM python:3.12-slim\nWORKDIR /srv\nCOPY . .\nCMD ["gunicorn", "api.wsgi"]\n',
      filename: 'backend/Dockerfile',
      files: {
        'docker-compose.yml':
          'services:\n  api:\n    build:\n      context: ./backend/\n      dockerfile: Dockerfile\n    image: acme/api:1.4\n    ports:\n      - "8000:8000"\n    env_file: backend/.env\n',
        'backend/.env': 'DJANGO_SECRET_KEY=x',
        'backend/manage.py': 'x'
      },
      errors: [{ messageId: 'fromContext', line: 3, message: /'\.env' \(an environment file\)/ }]
    },
    {
      // sixeyed/docker-on-windows ch11: a Visual Studio Compose file writes context and dockerfile with back-slashes.
      name: 'Compose build context and dockerfile written with Windows back-slashes',
      code: 'FROM microsoft/aspnet:4.7\nCOPY . /inetpub/wwwroot\n',
      filename: 'src/Docker/Dockerfile',
      files: {
        'src/Docker/docker-compose.debug.yml':
          'services:\n  webapi:\n    build:\n      context: ..\\\n      dockerfile: .\\Docker\\Dockerfile\n',
        'src/.env': 'API_KEY=x',
        'src/Web.config': '<configuration/>'
      },
      errors: [{ messageId: 'fromContext', line: 2, message: /'\.env' \(an environment file\)/ }]
    },
    {
      name: 'workflow build-push-action context with a trailing slash',
      code: 'FROM node:20-alpine\nCOPY . /app\n',
      filename: 'web/Dockerfile',
      files: {
        '.github/workflows/release.yml':
          'on: push\njobs:\n  image:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: docker/build-push-action@v6\n        with:\n          context: web/\n          push: true\n          tags: ghcr.io/acme/web:latest\n',
        'web/.npmrc': '//registry.npmjs.org/:_authToken=x'
      },
      errors: [{ messageId: 'fromContext', line: 2, message: /'\.npmrc' \(npm credentials\)/ }]
    },
    {
      name: 'directory source sweeping in a kubeconfig',
      code: 'FROM bitnami/kubectl:1.30\nCOPY deploy/ /deploy/\n',
      filename: 'ops/Dockerfile',
      files: { 'ops/deploy/kubeconfig': 'x', 'ops/deploy/app.yaml': 'x' },
      errors: [{ messageId: 'fromContext', line: 2, message: /'deploy\/kubeconfig' \(a kubeconfig\)/ }]
    },
    {
      name: 'image: SSH key deleted in a later layer',
      image: imageDoc({
        history: [
          '/bin/sh -c #(nop) ADD file:6f1e5ab4d0a9e1c3 in / ',
          '/bin/sh -c #(nop) COPY file:0c1d2e3f4a5b6c7d in /root/.ssh/id_rsa ',
          '/bin/sh -c git clone git@github.com:acme/private.git /src && rm /root/.ssh/id_rsa'
        ],
        files: [{ path: 'root/.ssh/id_rsa', layerIndex: 1, deletedInLayer: 2 }]
      }),
      errors: [
        {
          messageId: 'deletedFile',
          line: 1,
          logical: `${testLayerDigest(1)}:root/.ssh/id_rsa`,
          message:
            "'root/.ssh/id_rsa' (an SSH private key) was deleted in layer 2 but is still in image layer 1 (sha256:020202020202)."
        }
      ],
      docs: true
    },
    {
      name: 'image: npm credentials left in the image',
      image: imageDoc({ files: [{ path: 'app/.npmrc', layerIndex: 4 }] }),
      errors: [
        {
          messageId: 'layerFile',
          line: 1,
          logical: `${testLayerDigest(4)}:app/.npmrc`,
          message: "'app/.npmrc' (npm credentials) is in image layer 4 (sha256:050505050505)."
        }
      ]
    },
    {
      name: 'image: Windows layer files',
      image: imageDoc({
        platform: { os: 'windows', osVersion: '10.0.20348.2966' },
        files: [
          { path: 'Users/ContainerAdministrator/.docker/config.json', layerIndex: 2 },
          { path: 'app/appsettings.pfx', layerIndex: 3 }
        ]
      }),
      errors: [
        { messageId: 'layerFile', line: 1, message: /Docker registry credentials/ },
        { messageId: 'layerFile', line: 1, message: /PKCS#12/ }
      ]
    }
  ]
});
