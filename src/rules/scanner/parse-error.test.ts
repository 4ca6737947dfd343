import rule from './parse-error.js';
import { testRule } from '../../../test/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'a valid Dockerfile', code: 'FROM alpine:3.20\nRUN echo ok\n', docs: true },
    { name: 'global ARG before FROM', code: 'ARG VERSION=3.20\nFROM alpine:${VERSION}\n' },
    {
      name: 'parser directives and comments',
      code: '# syntax=docker/dockerfile:1\n# escape=`\n# a comment\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\n'
    },
    {
      name: 'Go template is skipped, not an error',
      code: 'FROM {{ .Base }}\nRUN {{ .Command }}\n',
      filename: 'Dockerfile.template'
    },
    { name: 'heredoc', code: 'FROM alpine\nRUN <<EOF\nset -e\napk add curl\nEOF\n' },
    { name: 'lower-case instructions', code: 'from alpine:3.20\nrun echo hi\n' },
    {
      name: 'a kustomize patch without a pod template, and an empty spec',
      filename: 'overlays/prod/replicas.yaml',
      code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: empty\nspec:\n'
    }
  ],
  invalid: [
    {
      name: 'misspelt instruction',
      code: 'FROM alpine:3.20\nFORM ubuntu\n',
      errors: [{ messageId: 'problem', line: 2, message: "Unknown instruction 'FORM'." }],
      docs: true
    },
    {
      name: 'no FROM',
      code: 'RUN echo hi\n',
      errors: [{ messageId: 'problem', line: 1, message: "'RUN' appears before the first FROM." }]
    },
    {
      name: 'empty Dockerfile',
      code: '',
      errors: [{ messageId: 'problem', line: 1, message: 'The Dockerfile has no instructions.' }]
    },
    { name: 'comments only', code: '# nothing here\n', errors: [{ messageId: 'problem', line: 1 }] },
    {
      name: 'FROM without an image',
      code: 'FROM\n',
      errors: [{ messageId: 'problem', line: 1, message: 'FROM has no image.' }]
    },
    {
      name: "a Deployment whose pod spec is a list (a stray '-' before containers)",
      filename: 'deploy/web.yaml',
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
      - containers:
          - name: web
            image: nginx:1.27
            securityContext:
              privileged: true
`,
      errors: [
        {
          messageId: 'problem',
          line: 11,
          message:
            "The Deployment's 'spec.template.spec' is a list, not a mapping, so its pod cannot be checked."
        }
      ],
      docs: true
    },
    {
      name: 'a Pod whose spec is a list and a Job whose containers are a mapping: the first, with a count',
      filename: 'pods.yaml',
      code: `apiVersion: v1
kind: Pod
metadata:
  name: debug
spec:
  - name: shell
    image: busybox:1.36
---
apiVersion: batch/v1
kind: Job
metadata:
  name: migrate
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        name: migrate
        image: flyway/flyway:10
`,
      errors: [
        {
          messageId: 'problem',
          line: 5,
          message:
            "The Pod's 'spec' is a list, not a mapping, so its pod cannot be checked. 1 more problem in this file."
        }
      ]
    }
  ]
});
