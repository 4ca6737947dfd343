/**
 * `postSuggestions` against the loopback stand-in for GitHub's API (requests checked against GitHub's
 * OpenAPI description): paginated listing of review comments, one review with single- and multi-line
 * suggestions, and refusals reported instead of thrown.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { readActionInputs } from '../../src/action/inputs.js';
import { suggestionMarker, type PlannedSuggestion } from '../../src/action/suggestion-plan.js';
import type { GitHubRepoOptions } from '../../src/github/github-api.js';
import { postSuggestions } from '../../src/github/post-suggestions.js';
import { documentedExample, startFakeGitHubApi, type FakeGitHubApi } from './fake-github-api.js';

const LIST = 'pulls/list-review-comments';
const REVIEW = 'pulls/create-review';
const HEAD = 'd'.repeat(40);

let api: FakeGitHubApi;

beforeAll(async () => {
  api = await startFakeGitHubApi();
});

afterAll(async () => {
  await api.close();
});

afterEach(() => {
  const violations = [...api.violations];
  api.reset();
  expect(violations).toEqual([]);
});

function options(): GitHubRepoOptions {
  return { apiUrl: api.url, token: 'ghs_fake', owner: 'acme', repo: 'shop', sleep: async () => {} };
}

function suggestion(key: string, path: string, startLine: number, endLine: number): PlannedSuggestion {
  const text = 'securityContext:\n  allowPrivilegeEscalation: false';
  return {
    key,
    path,
    startLine,
    endLine,
    text,
    body: `Fix.\n\n\`\`\`suggestion\n${text}\n\`\`\`\n${suggestionMarker(key)}`
  };
}

function comments(count: number, markerAt?: { index: number; key: string }): Record<string, unknown>[] {
  const [example] = documentedExample<Record<string, unknown>[]>(LIST);
  return Array.from({ length: count }, (_, index) => ({
    ...example,
    id: index + 1,
    body: markerAt?.index === index ? `Older run.\n${suggestionMarker(markerAt.key)}` : 'Please rename this.'
  }));
}

describe('postSuggestions', () => {
  it('reads every page of review comments, skips marked ones, posts the rest as one review', async () => {
    // 100 comments on page 1 (so page 2 is read), the earlier suggestion on page 2.
    api.script(LIST, [
      { status: 200, body: comments(100) },
      { status: 200, body: comments(3, { index: 1, key: 'BH503:abc:1' }) }
    ]);
    api.script(REVIEW, [{ status: 200, body: documentedExample(REVIEW) }]);
    const outcome = await postSuggestions(options(), 12, HEAD, [
      suggestion('BH503:abc:1', 'deploy/api.yaml', 20, 20),
      suggestion('BH502:def:1', 'deploy/api.yaml', 30, 31),
      suggestion('BH301:0a1:1', 'Dockerfile', 4, 4)
    ]);
    expect(outcome).toEqual({ posted: 2, skipped: 1 });
    expect(api.requests.filter(r => r.operationId === LIST).map(r => r.path)).toEqual([
      '/repos/acme/shop/pulls/12/comments',
      '/repos/acme/shop/pulls/12/comments'
    ]);
    const review = api.requests.find(r => r.operationId === REVIEW);
    expect(review?.path).toBe('/repos/acme/shop/pulls/12/reviews');
    const body = review?.body as { commit_id: string; event: string; comments: Record<string, unknown>[] };
    expect([body.commit_id, body.event]).toEqual([HEAD, 'COMMENT']);
    expect(
      body.comments.map(({ body: text, ...where }) => [where, String(text).includes('```suggestion')])
    ).toEqual([
      [{ path: 'deploy/api.yaml', line: 31, side: 'RIGHT', start_line: 30, start_side: 'RIGHT' }, true],
      [{ path: 'Dockerfile', line: 4, side: 'RIGHT' }, true]
    ]);
  });

  it('everything already suggested: no review at all', async () => {
    api.script(LIST, [{ status: 200, body: comments(2, { index: 0, key: 'BH301:0a1:1' }) }]);
    const outcome = await postSuggestions(options(), 12, HEAD, [
      suggestion('BH301:0a1:1', 'Dockerfile', 4, 4)
    ]);
    expect(outcome).toEqual({ posted: 0, skipped: 1 });
    expect(api.requests.some(r => r.operationId === REVIEW)).toBe(false);
  });

  it('a 403 (fork pull request) is reported as forbidden; a 422 is a problem but not forbidden; neither throws', async () => {
    api.script(LIST, [{ status: 200, body: [] }]);
    api.script(REVIEW, [{ status: 403, body: { message: 'Resource not accessible by integration' } }]);
    const forbidden = await postSuggestions(options(), 12, HEAD, [suggestion('k1', 'Dockerfile', 4, 4)]);
    expect(forbidden).toMatchObject({ posted: 0, forbidden: true });
    expect(forbidden.problem).toContain('403');

    api.script(LIST, [{ status: 200, body: [] }]);
    api.script(REVIEW, [
      {
        status: 422,
        body: {
          message: 'Unprocessable Entity',
          errors: ['Line could not be resolved'],
          documentation_url: 'x'
        }
      }
    ]);
    const invalid = await postSuggestions(options(), 12, HEAD, [suggestion('k1', 'Dockerfile', 4, 4)]);
    expect(invalid).toMatchObject({ posted: 0, forbidden: false });
    expect(invalid.problem).toContain('Line could not be resolved');
    // The POST is not retried: a retry that GitHub did take would post the review twice.
    expect(api.requests.filter(r => r.operationId === REVIEW)).toHaveLength(2);
  });
});

describe('the suggestions input', () => {
  const read = (value: string, event: string) =>
    readActionInputs(name => (name === 'suggestions' ? value : ''), '/tmp/b.sarif', event).suggestions;

  it('defaults to safe on pull requests and off elsewhere; rejects other values', () => {
    expect(read('', 'pull_request')).toBe('safe');
    expect(read('', 'pull_request_target')).toBe('safe');
    expect(read('', 'push')).toBe('off');
    expect(read('ALL', 'pull_request')).toBe('all');
    expect(read('off', 'pull_request')).toBe('off');
    expect(() => read('yes', 'pull_request')).toThrow("Input 'suggestions' must be one of off, safe, all");
  });
});
