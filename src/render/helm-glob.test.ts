import { helmGlobMatcher } from './helm-glob.js';

const NAMES = [
  'files/deploy.yaml',
  'files/kserve/resources.yaml',
  'files/kserve/deployment-patch.yaml',
  'files/kserve/service-patch.yaml',
  'files/kserve/nested/extra-patch.yaml',
  'files/a.json',
  'files/b.yml',
  'config/app.conf',
  'files/*.yaml'
];

const matched = (pattern: string) => {
  const matcher = helmGlobMatcher(pattern);
  return matcher && NAMES.filter(matcher);
};

describe('helmGlobMatcher', () => {
  it('keeps * and ? within one path segment, as Helm compiles patterns with / as the separator', () => {
    expect(matched('files/kserve/*-patch.yaml')).toEqual([
      'files/kserve/deployment-patch.yaml',
      'files/kserve/service-patch.yaml'
    ]);
    expect(matched('files/*')).toEqual(['files/deploy.yaml', 'files/a.json', 'files/b.yml', 'files/*.yaml']);
    expect(matched('files/?.json')).toEqual(['files/a.json']);
    expect(matched('*/app.conf')).toEqual(['config/app.conf']);
  });

  it('lets ** cross segments', () => {
    expect(matched('files/**-patch.yaml')).toEqual([
      'files/kserve/deployment-patch.yaml',
      'files/kserve/service-patch.yaml',
      'files/kserve/nested/extra-patch.yaml'
    ]);
    expect(matched('**.conf')).toEqual(['config/app.conf']);
  });

  it('reads classes, their negation and ranges, alternatives and escapes', () => {
    expect(matched('files/[ab].*')).toEqual(['files/a.json', 'files/b.yml']);
    expect(matched('files/[!a].*')).toEqual(['files/b.yml', 'files/*.yaml']);
    expect(matched('files/[a-b].json')).toEqual(['files/a.json']);
    expect(matched('files/*.{json,yml}')).toEqual(['files/a.json', 'files/b.yml']);
    expect(matched('{files/kserve/{resources,service-patch},config/app}.*')).toEqual([
      'files/kserve/resources.yaml',
      'files/kserve/service-patch.yaml',
      'config/app.conf'
    ]);
    expect(matched('files/\\*.yaml')).toEqual(['files/*.yaml']);
  });

  it('matches whole names only', () => {
    expect(matched('files/deploy')).toEqual([]);
    expect(matched('deploy.yaml')).toEqual([]);
  });

  it('understands no unbalanced pattern', () => {
    for (const pattern of ['files/[ab.yaml', 'files/{a,b.yaml', 'files/a}.yaml', 'files/\\'])
      expect(helmGlobMatcher(pattern)).toBeUndefined();
  });

  it('takes polynomial time on a pattern built to backtrack', () => {
    const matcher = helmGlobMatcher(`${'*a'.repeat(40)}b`);
    const started = Date.now();
    expect(matcher?.('a'.repeat(300))).toBe(false);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
