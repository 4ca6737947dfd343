import rule from './secret-build-arg.js';
import { testRule } from '../../../test/rule-tester.js';

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
    { name: 'global ARG used only by FROM', code: 'ARG REGISTRY_TOKEN\nFROM alpine:3.20\n' }
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
    }
  ]
});
