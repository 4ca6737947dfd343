import rule from './secret-build-arg.js';
import { testRule } from '../../../test/rule-tester.js';
import { imageDoc } from '../../../test/image-document.js';

testRule(rule, {
  valid: [
    {
      name: 'secret mount instead',
      code: 'FROM node:20\nRUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci\n',
      docs: true
    },
    {
      name: 'non-secret build args',
      code: 'FROM node:20\nARG NODE_ENV=production\nARG VERSION\nARG TOKEN_URL\nARG PASSWORD_FILE\nARG SSH_PUB_KEY\n',
      docs: true
    },
    {
      name: 'literal default is BH201, not BH204',
      code: 'FROM alpine\nARG API_TOKEN=9f8e7d6c5b4a39281706f5e4d3c2b1a0\n'
    },
    {
      name: 'only a builder stage takes the token',
      code: 'FROM golang:1.23 AS build\nARG GITHUB_TOKEN\nRUN git config --global url."https://${GITHUB_TOKEN}@github.com/".insteadOf "https://github.com/" && go build\n\nFROM gcr.io/distroless/static:nonroot\nCOPY --from=build /out /out\n'
    },
    { name: 'global ARG used only by FROM', code: 'ARG REGISTRY_TOKEN\nFROM alpine:3.20\n' },
    {
      name: 'image: non-secret build arguments',
      image: imageDoc({
        history: [
          'RUN |2 NODE_ENV=production VERSION=1.4.0 /bin/sh -c npm ci # buildkit',
          '|1 GOSU_VERSION=1.17 /bin/sh -c set -eux; wget -O /usr/local/bin/gosu "https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-amd64"'
        ]
      }),
      docs: true
    },
    {
      name: 'image: secret-named argument that was not passed',
      image: imageDoc({ history: ['RUN |1 NPM_TOKEN= /bin/sh -c npm ci # buildkit'] })
    },
    {
      name: 'image: secret mount instead of a build argument',
      image: imageDoc({ history: ['RUN /bin/sh -c npm ci # buildkit'] })
    }
  ],
  invalid: [
    {
      name: 'token as a build argument in the final stage',
      code: 'FROM node:20\nARG NPM_TOKEN\nRUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci && rm .npmrc\n',
      errors: [
        {
          messageId: 'buildArg',
          line: 2,
          message:
            "ARG 'NPM_TOKEN' takes a secret through --build-arg; its value is kept in the image history."
        }
      ],
      docs: true
    },
    {
      name: 'placeholder default',
      code: 'FROM alpine\nARG DB_PASSWORD=changeme\n',
      errors: [{ messageId: 'buildArg', line: 2 }]
    },
    {
      name: 'stage the final image is built on',
      code: 'FROM python:3.12-slim AS base\nARG PIP_INDEX_PASSWORD\nRUN pip install app\nFROM base\nCMD ["app"]\n',
      errors: [{ messageId: 'buildArg', line: 2 }]
    },
    {
      name: 'Windows build argument',
      code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nARG ADMIN_PASSWORD\nRUN net user admin %ADMIN_PASSWORD% /add\n',
      errors: [{ messageId: 'buildArg', line: 2 }]
    },
    {
      name: 'image: npm token recorded in the history',
      image: imageDoc({
        names: ['registry.acme.local/shop/web:2.0.1'],
        history: [
          'RUN |1 NPM_TOKEN=npm-deploy-4f9a2c7e1b /bin/sh -c npm ci # buildkit',
          'RUN |1 NPM_TOKEN=npm-deploy-4f9a2c7e1b /bin/sh -c npm run build # buildkit'
        ]
      }),
      errors: [
        {
          messageId: 'recordedArg',
          line: 1,
          logical: 'history[0].created_by',
          message:
            "The image history records build argument 'NPM_TOKEN' with its value ('npm-…'): anyone who can pull the image can read it."
        }
      ],
      docs: true
    },
    {
      name: 'image: classic builder, several arguments',
      image: imageDoc({
        history: [
          '/bin/sh -c #(nop)  ARG APP_ENV',
          '/bin/sh -c #(nop)  ARG DB_PASSWORD',
          '|2 APP_ENV=staging DB_PASSWORD=Tr0ub4dor-3-horse /bin/sh -c ./migrate.sh'
        ]
      }),
      errors: [
        {
          messageId: 'recordedArg',
          line: 1,
          logical: 'history[2].created_by',
          message: /'DB_PASSWORD' with its value \('Tr0u…'\)/
        }
      ]
    },
    {
      name: 'image: Windows build argument',
      image: imageDoc({
        platform: { os: 'windows', osVersion: '10.0.20348.2966' },
        history: [
          'Apply image 10.0.20348.2966',
          'RUN |1 ADMIN_PASSWORD=P@ssw0rd-2024 cmd /S /C net user admin %ADMIN_PASSWORD% /add # buildkit'
        ]
      }),
      errors: [{ messageId: 'recordedArg', line: 1, logical: 'history[1].created_by' }]
    }
  ]
});
