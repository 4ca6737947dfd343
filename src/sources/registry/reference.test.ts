import { describe, expect, it } from '@jest/globals';
import { ConfigurationError } from '../../core/errors.js';
import { parseRegistryReference, type RegistryReference } from './reference.js';

const DIGEST = `sha256:${'ab'.repeat(32)}`;

describe('parseRegistryReference', () => {
  it.each<[string, Partial<RegistryReference>]>([
    [
      'nginx',
      {
        registry: 'docker.io',
        apiHost: 'registry-1.docker.io',
        repository: 'library/nginx',
        tag: 'latest',
        manifestReference: 'latest',
        canonical: 'docker.io/library/nginx:latest'
      }
    ],
    [
      'docker.io/nginx:1.27',
      { registry: 'docker.io', repository: 'library/nginx', tag: '1.27', manifestReference: '1.27' }
    ],
    [
      'index.docker.io/team/app',
      { registry: 'docker.io', apiHost: 'registry-1.docker.io', repository: 'team/app' }
    ],
    ['team/app:v1', { registry: 'docker.io', repository: 'team/app', canonical: 'docker.io/team/app:v1' }],
    [
      'localhost:5000/app',
      {
        registry: 'localhost:5000',
        apiHost: 'localhost:5000',
        repository: 'app',
        canonical: 'localhost:5000/app:latest'
      }
    ],
    ['localhost/app', { registry: 'localhost', repository: 'app' }],
    ['127.0.0.1:5443/tiny:latest', { registry: '127.0.0.1:5443', repository: 'tiny', tag: 'latest' }],
    ['10.0.0.1/team/app', { registry: '10.0.0.1', repository: 'team/app' }],
    ['[::1]:5000/app:2', { registry: '[::1]:5000', apiHost: '[::1]:5000', repository: 'app', tag: '2' }],
    ['ghcr.io/owner/repo/sub:tag', { registry: 'ghcr.io', repository: 'owner/repo/sub', tag: 'tag' }],
    ['GHCR.IO/owner/app', { registry: 'ghcr.io', repository: 'owner/app' }],
    [
      `mcr.microsoft.com/windows/nanoserver@${DIGEST}`,
      {
        registry: 'mcr.microsoft.com',
        repository: 'windows/nanoserver',
        digest: DIGEST,
        manifestReference: DIGEST,
        canonical: `mcr.microsoft.com/windows/nanoserver@${DIGEST}`
      }
    ],
    [
      `quay.io/org/app:1.0@${DIGEST}`,
      {
        registry: 'quay.io',
        tag: '1.0',
        digest: DIGEST,
        manifestReference: DIGEST,
        canonical: `quay.io/org/app:1.0@${DIGEST}`
      }
    ],
    ['docker://127.0.0.1:5443/tiny:v2', { registry: '127.0.0.1:5443', repository: 'tiny', tag: 'v2' }]
  ])('%s', (raw, expected) => {
    expect(parseRegistryReference(raw)).toMatchObject(expected);
  });

  it('has no tag field when only a digest is given', () => {
    expect(parseRegistryReference(`alpine@${DIGEST}`).tag).toBeUndefined();
  });

  it.each([
    ['', 'not a valid image reference'],
    ['has space/app', 'not a valid image reference'],
    ['team/App', 'lower case'],
    ['app@sha256:abc', 'sha256:<64 hex>'],
    [`app@md5:${'a'.repeat(32)}`, 'sha256:<64 hex>'],
    ['registry.example/app:bad tag', 'not a valid image reference']
  ])('refuses %j', (raw, message) => {
    expect(() => parseRegistryReference(raw)).toThrow(ConfigurationError);
    expect(() => parseRegistryReference(raw)).toThrow(message);
  });
});
