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
    { name: 'lower-case instructions', code: 'from alpine:3.20\nrun echo hi\n' }
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
    }
  ]
});
