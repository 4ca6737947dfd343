import { describe, expect, it } from '@jest/globals';
import { ConfigurationError } from '../core/errors.js';
import { isValidRef, isValidSha, refAndSha } from './event-ref.js';

const BASE = '1'.repeat(40);
const MERGE = '2'.repeat(40);
const HEAD = '3'.repeat(40);

const prPayload = {
  number: 7,
  pull_request: { number: 7, head: { sha: HEAD }, base: { sha: BASE }, merge_commit_sha: MERGE }
};

describe('refAndSha', () => {
  it('push: GITHUB_REF and GITHUB_SHA', () => {
    expect(
      refAndSha({ name: 'push', payload: {} }, { GITHUB_REF: 'refs/heads/main', GITHUB_SHA: BASE })
    ).toEqual({ ref: 'refs/heads/main', sha: BASE });
  });

  it('workflow_dispatch and tags: GITHUB_REF', () => {
    expect(
      refAndSha({ name: 'workflow_dispatch', payload: {} }, { GITHUB_REF: 'refs/tags/v1', GITHUB_SHA: BASE })
    ).toEqual({ ref: 'refs/tags/v1', sha: BASE });
  });

  it('pull_request: the merge ref and the merge commit', () => {
    expect(
      refAndSha(
        { name: 'pull_request', payload: prPayload },
        { GITHUB_REF: 'refs/pull/7/merge', GITHUB_SHA: MERGE }
      )
    ).toEqual({ ref: 'refs/pull/7/merge', sha: MERGE });
  });

  it('pull_request: builds the merge ref from the number whatever GITHUB_REF says', () => {
    expect(
      refAndSha(
        { name: 'pull_request', payload: { number: 7 } },
        { GITHUB_REF: 'refs/heads/x', GITHUB_SHA: MERGE }
      )
    ).toEqual({ ref: 'refs/pull/7/merge', sha: MERGE });
  });

  it('pull_request with the PR head checked out: refs/pull/N/head', () => {
    expect(
      refAndSha(
        { name: 'pull_request', payload: prPayload },
        { GITHUB_REF: 'refs/pull/7/merge', GITHUB_SHA: MERGE },
        { checkedOut: HEAD }
      )
    ).toEqual({ ref: 'refs/pull/7/head', sha: HEAD });
  });

  it('pull_request_target: the base branch by default (what is checked out)', () => {
    const env = { GITHUB_REF: 'refs/heads/main', GITHUB_SHA: BASE };
    expect(refAndSha({ name: 'pull_request_target', payload: prPayload }, env)).toEqual({
      ref: 'refs/heads/main',
      sha: BASE
    });
    expect(refAndSha({ name: 'pull_request_target', payload: prPayload }, env, { checkedOut: BASE })).toEqual(
      {
        ref: 'refs/heads/main',
        sha: BASE
      }
    );
  });

  it('pull_request_target: the merge ref only when the merge commit is checked out, the head ref for the head', () => {
    const env = { GITHUB_REF: 'refs/heads/main', GITHUB_SHA: BASE };
    const event = { name: 'pull_request_target', payload: prPayload };
    expect(refAndSha(event, env, { checkedOut: MERGE })).toEqual({ ref: 'refs/pull/7/merge', sha: MERGE });
    expect(refAndSha(event, env, { checkedOut: HEAD })).toEqual({ ref: 'refs/pull/7/head', sha: HEAD });
  });

  it('explicit inputs win, and must come together', () => {
    const env = { GITHUB_REF: 'refs/pull/7/merge', GITHUB_SHA: MERGE };
    expect(
      refAndSha({ name: 'pull_request', payload: prPayload }, env, {
        ref: 'refs/heads/release',
        sha: HEAD.toUpperCase()
      })
    ).toEqual({ ref: 'refs/heads/release', sha: HEAD });
    expect(() => refAndSha({ name: 'push', payload: {} }, env, { ref: 'refs/heads/x' })).toThrow(
      ConfigurationError
    );
  });

  it('rejects invalid refs, SHAs and missing data', () => {
    expect(() => refAndSha({ name: 'push', payload: {} }, { GITHUB_REF: 'main', GITHUB_SHA: BASE })).toThrow(
      /not a full Git ref/
    );
    expect(() =>
      refAndSha({ name: 'push', payload: {} }, { GITHUB_REF: 'refs/heads/main', GITHUB_SHA: 'abc' })
    ).toThrow(/40- or 64-character/);
    expect(() => refAndSha({ name: 'push', payload: {} }, {})).toThrow(/GITHUB_REF and GITHUB_SHA/);
    expect(() => refAndSha({ name: 'pull_request', payload: {} }, { GITHUB_SHA: MERGE })).toThrow(
      /no pull request number/
    );
  });
});

describe('isValidRef / isValidSha', () => {
  it('follows the upload endpoint', () => {
    expect(isValidRef('refs/heads/feature/x')).toBe(true);
    expect(isValidRef('refs/pull/1/head')).toBe(true);
    expect(isValidRef('refs/heads/')).toBe(false);
    expect(isValidRef('refs/remotes/origin/main')).toBe(false);
    expect(isValidSha('a'.repeat(64))).toBe(true);
    expect(isValidSha('a'.repeat(41))).toBe(false);
    expect(isValidSha('g'.repeat(40))).toBe(false);
  });
});
