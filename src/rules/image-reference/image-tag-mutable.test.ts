import rule from './image-tag-mutable.js';
import { testRule } from '../../../test/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'version tag', code: 'FROM node:20.11-bookworm-slim\n', docs: true },
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
    { name: 'unresolvable ARG is skipped', code: 'ARG BASE_IMAGE\nFROM ${BASE_IMAGE}\n' },
    { name: 'ARG default with a tag', code: 'ARG GO_VERSION=1.23\nFROM golang:${GO_VERSION}-alpine\n' },
    { name: 'Windows LTSC tag', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\n' },
    { name: 'stage names are case-insensitive', code: 'FROM node:20 AS Builder\nFROM builder\n' },
    {
      name: 'suppressed',
      code: '# bulkhead-ignore BH403 -- promoted by our pipeline\nFROM internal/base:latest\n'
    }
  ],
  invalid: [
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
    }
  ]
});
