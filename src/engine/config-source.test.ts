import { parseRemoteConfigSource, resolveInRemote } from './config-source.js';

describe('parseRemoteConfigSource', () => {
  it.each([
    [
      'my-org/.github/bulkhead.yml@main',
      { owner: 'my-org', repo: '.github', path: 'bulkhead.yml', ref: 'main' }
    ],
    [
      'platform-team/policies/containers/bulkhead.yml@3f9c2d1e8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e',
      {
        owner: 'platform-team',
        repo: 'policies',
        path: 'containers/bulkhead.yml',
        ref: '3f9c2d1e8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e'
      }
    ],
    [
      'acme/security/bulkhead/base.yml@releases/v2',
      { owner: 'acme', repo: 'security', path: 'bulkhead/base.yml', ref: 'releases/v2' }
    ]
  ])('reads %s', (entry, expected) => {
    expect(parseRemoteConfigSource(entry)).toEqual(expected);
  });

  it.each([
    'ci/base.yml',
    './configs/team@2/base.yml',
    '../shared/bulkhead.yml',
    'org/repo/../../etc/passwd@main',
    'org/repo@main'
  ])('keeps %s local (or rejects it as remote)', entry => {
    expect(parseRemoteConfigSource(entry)).toBeUndefined();
  });

  it('resolves a relative extends inside a remote file in the same repository and ref, never above it', () => {
    const from = { owner: 'my-org', repo: '.github', path: 'bulkhead/policy.yml', ref: 'v2' };
    expect(resolveInRemote(from, './registries.yml')).toEqual({ ...from, path: 'bulkhead/registries.yml' });
    expect(resolveInRemote(from, '../../outside.yml')).toBeUndefined();
  });
});
