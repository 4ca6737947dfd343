import { eventRange } from './event-changes.js';

describe('eventRange', () => {
  test('a merge queue run diffs the queued merge commit against the target branch tip', () => {
    // Trimmed from a real merge_group "checks_requested" payload.
    const payload = {
      action: 'checks_requested',
      merge_group: {
        head_sha: '8b1f3c0e9d2a4b6c8e0f1a3b5c7d9e1f2a4b6c8d',
        head_ref: 'refs/heads/gh-readonly-queue/main/pr-1234-5c1d0e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d',
        base_sha: '5c1d0e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d',
        base_ref: 'refs/heads/main'
      }
    };
    expect(eventRange({ name: 'merge_group', payload })).toEqual({
      base: '5c1d0e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d',
      head: '8b1f3c0e9d2a4b6c8e0f1a3b5c7d9e1f2a4b6c8d'
    });
    expect(eventRange({ name: 'merge_group', payload: { merge_group: { head_sha: 'x' } } })).toBeUndefined();
  });

  test('pull requests and pushes as before; a new branch push has no range', () => {
    expect(
      eventRange({
        name: 'pull_request',
        payload: { pull_request: { base: { sha: 'b' }, head: { sha: 'h' } } }
      })
    ).toEqual({ base: 'b', head: 'h' });
    expect(eventRange({ name: 'push', payload: { before: '0'.repeat(40), after: 'h' } })).toBeUndefined();
    expect(eventRange({ name: 'schedule', payload: {} })).toBeUndefined();
  });
});
