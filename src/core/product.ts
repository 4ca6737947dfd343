/** Product identity used by every output. `tool.driver.name` must never change (rulesets match on it). */
export const PRODUCT_NAME = 'bulkhead';
/** Kept equal to package.json `version` (a test checks it). */
export const PRODUCT_VERSION = '0.1.0';

/** package.json `repository` as a web URL, injected by scripts/build.mjs (esbuild `define`). */
declare const __BULKHEAD_REPOSITORY_URL__: string | undefined;

/**
 * The project's home: package.json `repository` in the bundles; running from source, the same value
 * written here (a test keeps the two equal).
 */
export const INFORMATION_URI =
  typeof __BULKHEAD_REPOSITORY_URL__ === 'string'
    ? __BULKHEAD_REPOSITORY_URL__
    : 'https://github.com/bulkhead-security/bulkhead';

const DEFAULT_DOCS_BASE = `${INFORMATION_URI}/blob/main`;
let docsBase = DEFAULT_DOCS_BASE;

/**
 * Points rule links at the repository and ref the Action itself was loaded from (the runner sets
 * GITHUB_ACTION_REPOSITORY and GITHUB_ACTION_REF for the step), so a fork or a SHA pin links to the docs
 * of the code that ran. Set once at start-up by the Action's shell; reporters read it through
 * {@link ruleDocsUrl}. Values that do not look like a repository and a ref are ignored.
 */
export function useActionDocs(env: Record<string, string | undefined>): void {
  const repository = env.GITHUB_ACTION_REPOSITORY ?? '';
  const ref = env.GITHUB_ACTION_REF ?? '';
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  if (!/^[\w.-]+\/[\w.-]+$/.test(repository) || !/^[\w.][\w./-]*$/.test(ref) || ref.includes('..')) return;
  if (!/^https:\/\/[\w.-]+(:\d+)?$/.test(server)) return;
  docsBase = `${server}/${repository}/blob/${ref}`;
}

/** Back to package.json's repository at `main` (tests). */
export function resetDocsLinks(): void {
  docsBase = DEFAULT_DOCS_BASE;
}

/** The generated docs page of a rule. */
export function ruleDocsUrl(ruleId: string): string {
  return `${docsBase}/docs/rules/${ruleId}.md`;
}
