import { describe, expect, it } from '@jest/globals';
import { mayParseShell } from './load-shell-parser.js';

describe('mayParseShell', () => {
  it('is true for a Dockerfile with a RUN step, by name or by content, in any case', () => {
    expect(mayParseShell('Dockerfile', 'FROM alpine:3.20\nRUN apk add --no-cache curl\n')).toBe(true);
    expect(mayParseShell('api/Containerfile', 'from alpine\nrun apk add curl\n')).toBe(true);
    expect(mayParseShell('images/Dockerfile-alpine', 'FROM alpine:3.20\nRUN apk add curl\nUSER 1000\n')).toBe(
      true
    );
    expect(mayParseShell('web.Dockerfile', 'FROM node:22\nONBUILD RUN npm ci\n')).toBe(true);
  });

  it('is true for dockerd command lines in a systemd drop-in', () => {
    const dropIn = '[Service]\nExecStart=\nExecStart=/usr/bin/dockerd -H tcp://0.0.0.0:2375\n';
    expect(mayParseShell('etc/systemd/system/docker.service.d/override.conf', dropIn)).toBe(true);
  });

  it('is false for a Dockerfile without RUN, manifests, Compose files and registry JSON', () => {
    expect(mayParseShell('Dockerfile', 'FROM nginx:1.27\nCOPY site/ /usr/share/nginx/html/\n')).toBe(false);
    expect(
      mayParseShell(
        'k8s/job.yaml',
        'apiVersion: batch/v1\nkind: Job\nspec:\n  template:\n    spec:\n      containers:\n        - name: run\n          command: ["sh", "-c", "run-migrations"]\n'
      )
    ).toBe(false);
    expect(mayParseShell('compose.yaml', 'services:\n  app:\n    command: npm run start\n')).toBe(false);
    expect(
      mayParseShell('etc/docker/daemon.json', '{ "insecure-registries": ["registry.local:5000"] }')
    ).toBe(false);
    // A README that mentions RUN is not sniffed as a Dockerfile (it has an extension).
    expect(mayParseShell('README.md', 'Add a RUN step to your Dockerfile.\n')).toBe(false);
  });
});
