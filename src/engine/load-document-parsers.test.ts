import { describe, expect, it } from '@jest/globals';
import { mayParseDocuments } from './load-document-parsers.js';

const DOCKERFILE = { path: 'Dockerfile', text: 'FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nUSER node\n' };
/** What sits beside a Dockerfile in a small service repository and needs neither parser. */
const BESIDE = [
  { path: '.dockerignore', text: 'node_modules\n.git\n*.md\n' },
  { path: 'docker/entrypoint.sh', text: '#!/bin/sh\nset -e\nexec node server.js "$@"\n' },
  { path: 'LICENSE', text: 'MIT License\n\nCopyright (c) 2026 Acme\n' },
  { path: 'build/Dockerfile-alpine', text: 'FROM alpine:3.20\nUSER 10001\n' }
];

describe('mayParseDocuments', () => {
  it('is false for Dockerfiles and what sits beside them: ignore files, scripts, a licence', () => {
    expect(mayParseDocuments([DOCKERFILE, ...BESIDE])).toBe(false);
    expect(mayParseDocuments([])).toBe(false);
  });

  it('is true as soon as one file is YAML, JSON or TOML, by extension', () => {
    const cases = [
      { path: 'deploy/deployment.yaml', text: 'apiVersion: apps/v1\nkind: Deployment\n' },
      { path: '.github/workflows/ci.yml', text: 'on: push\njobs: {}\n' },
      { path: 'etc/docker/daemon.json', text: '{ "insecure-registries": ["registry.local:5000"] }\n' },
      { path: 'etc/containers/registries.conf', text: 'unqualified-search-registries = ["docker.io"]\n' },
      { path: 'buildkitd.toml', text: '[registry."docker.io"]\n  mirrors = ["mirror.local"]\n' },
      { path: 'Chart.yaml', text: 'apiVersion: v2\nname: web\nversion: 0.1.0\n' }
    ];
    for (const file of cases)
      expect({ file: file.path, may: mayParseDocuments([DOCKERFILE, file]) }).toEqual({
        file: file.path,
        may: true
      });
  });

  it('is true for an extension-less kustomization and a script that starts dockerd (registry configuration)', () => {
    expect(
      mayParseDocuments([{ path: 'overlays/prod/Kustomization', text: 'resources:\n  - ../../base\n' }])
    ).toBe(true);
    const dockerd = {
      path: 'ci/start-docker.sh',
      text: '#!/bin/sh\ndockerd --insecure-registry registry.local:5000 &\n'
    };
    expect(mayParseDocuments([DOCKERFILE, dockerd])).toBe(true);
  });

  it('is true for a script nested deeper than the work budget, which is measured with the YAML lexer', () => {
    const deep = { path: 'tools/generated.sh', text: `echo ${'['.repeat(300)}\n` };
    expect(mayParseDocuments([DOCKERFILE, deep])).toBe(true);
  });
});
