import { readFileSync } from 'node:fs';
import { INFORMATION_URI, resetDocsLinks, ruleDocsUrl, useActionDocs } from './product.js';

afterEach(() => resetDocsLinks());

describe('rule links', () => {
  it('come from package.json repository when running from source', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      repository: { url: string };
    };
    expect(pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '')).toBe(INFORMATION_URI);
    expect(ruleDocsUrl('BH101')).toBe(`${INFORMATION_URI}/blob/main/docs/rules/BH101.md`);
  });

  it("point at the Action's own repository and ref in a workflow (a fork pinned by SHA)", () => {
    useActionDocs({
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_ACTION_REPOSITORY: 'platform-team/bulkhead-fork',
      GITHUB_ACTION_REF: '8f4b7e2c1d0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c'
    });
    expect(ruleDocsUrl('BH601')).toBe(
      'https://github.com/platform-team/bulkhead-fork/blob/8f4b7e2c1d0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c/docs/rules/BH601.md'
    );
  });

  it('keep the default for a local action (no repository) or odd values', () => {
    for (const env of [
      { GITHUB_ACTION_REPOSITORY: '', GITHUB_ACTION_REF: '' },
      { GITHUB_ACTION_REPOSITORY: 'a/b', GITHUB_ACTION_REF: 'v1 && curl x' },
      { GITHUB_ACTION_REPOSITORY: 'a/b', GITHUB_ACTION_REF: '../../x' },
      { GITHUB_ACTION_REPOSITORY: 'a/b', GITHUB_ACTION_REF: 'v1', GITHUB_SERVER_URL: 'javascript:alert(1)' }
    ]) {
      useActionDocs(env);
      expect(ruleDocsUrl('BH101')).toBe(`${INFORMATION_URI}/blob/main/docs/rules/BH101.md`);
    }
  });
});
