/** Product identity used by every output. `tool.driver.name` must never change (rulesets match on it). */
export const PRODUCT_NAME = 'bulkhead';
/** Kept equal to package.json `version` (a test checks it). */
export const PRODUCT_VERSION = '0.1.0';
export const INFORMATION_URI = 'https://github.com/bulkhead-security/bulkhead';

/** The generated docs page of a rule. */
export function ruleDocsUrl(ruleId: string): string {
  return `${INFORMATION_URI}/blob/main/docs/rules/${ruleId}.md`;
}
