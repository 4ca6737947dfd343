#!/usr/bin/env node
import { createRequire as __bulkheadRequire } from 'node:module';
const require = __bulkheadRequire(import.meta.url);

// src/core/product.ts
var PRODUCT_NAME = "bulkhead";
var PRODUCT_VERSION = "0.1.0";
var INFORMATION_URI = true ? "https://github.com/bulkhead-security/bulkhead" : "https://github.com/bulkhead-security/bulkhead";
var DEFAULT_DOCS_BASE = `${INFORMATION_URI}/blob/main`;
var docsBase = DEFAULT_DOCS_BASE;
function useActionDocs(env) {
  const repository = env.GITHUB_ACTION_REPOSITORY ?? "";
  const ref = env.GITHUB_ACTION_REF ?? "";
  const server = (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "");
  if (!/^[\w.-]+\/[\w.-]+$/.test(repository) || !/^[\w.][\w./-]*$/.test(ref) || ref.includes("..")) return;
  if (!/^https:\/\/[\w.-]+(:\d+)?$/.test(server)) return;
  docsBase = `${server}/${repository}/blob/${ref}`;
}
function ruleDocsUrl(ruleId) {
  return `${docsBase}/docs/rules/${ruleId}.md`;
}

export {
  PRODUCT_NAME,
  PRODUCT_VERSION,
  INFORMATION_URI,
  useActionDocs,
  ruleDocsUrl
};
