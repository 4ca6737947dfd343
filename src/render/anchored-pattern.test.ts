import { wholeMatcher } from './anchored-pattern.js';

/** Whether the pattern matches each text whole; undefined when the pattern is not understood. */
const matches = (pattern: string, ...texts: string[]) => {
  const matcher = wholeMatcher(pattern);
  return matcher && texts.map(matcher);
};

describe('wholeMatcher', () => {
  it('matches a literal name exactly, not a name that contains it', () => {
    expect(matches('web', 'web', 'web-admin', 'dev-web', 'we')).toEqual([true, false, false, false]);
  });

  it('anchors a pattern at both ends, as kustomize does with ^(?:pattern)$', () => {
    expect(matches('ap.*', 'api', 'apiserver', 'ap', 'xapi')).toEqual([true, true, true, false]);
    expect(matches('.*-controller', 'kube-controller', 'controller', 'kube-controller-x')).toEqual([
      true,
      false,
      false
    ]);
  });

  it('understands alternation, groups, classes, escapes and counted repeats', () => {
    expect(matches('api|web', 'api', 'web', 'apiweb')).toEqual([true, true, false]);
    expect(matches('(?:dev|prod)-(api|web)', 'dev-web', 'prod-api', 'qa-api')).toEqual([true, true, false]);
    expect(matches('[a-z]+-\\d{1,2}', 'web-1', 'web-12', 'web-123', 'Web-1')).toEqual([
      true,
      true,
      false,
      false
    ]);
    expect(matches('[^-]+', 'api', 'my-api')).toEqual([true, false]);
    expect(matches('app\\.v1', 'app.v1', 'appXv1')).toEqual([true, false]);
    expect(matches('^web$', 'web')).toEqual([true]);
    expect(matches('web-?(admin)?', 'web', 'web-', 'webadmin', 'web-admin', 'web-x')).toEqual([
      true,
      true,
      true,
      true,
      false
    ]);
    // RE2 reads a `{` that starts no repeat as itself.
    expect(matches('a{x}', 'a{x}')).toEqual([true]);
  });

  it('answers patterns that make a backtracking engine take exponential time (no backtracking here)', () => {
    expect(matches('(a*)*b', 'a'.repeat(200), `${'a'.repeat(200)}b`)).toEqual([false, true]);
    expect(matches('(a|aa)+c', 'a'.repeat(200), `${'a'.repeat(199)}c`)).toEqual([false, true]);
  });

  it('gives up on syntax it does not know and on patterns RE2 rejects', () => {
    expect(wholeMatcher('(?i)web')).toBeUndefined();
    expect(wholeMatcher('\\bweb')).toBeUndefined();
    expect(wholeMatcher('[[:alpha:]]+')).toBeUndefined();
    expect(wholeMatcher('web(')).toBeUndefined();
    expect(wholeMatcher('web)')).toBeUndefined();
    expect(wholeMatcher('a**')).toBeUndefined();
    expect(wholeMatcher('a{2,1}')).toBeUndefined();
    expect(wholeMatcher('a{1001}')).toBeUndefined();
    expect(wholeMatcher('('.repeat(60) + 'a' + ')'.repeat(60))).toBeUndefined();
  });
});
