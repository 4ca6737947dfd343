#!/usr/bin/env node
import { createRequire as __bulkheadRequire } from 'node:module';
const require = __bulkheadRequire(import.meta.url);
import {
  ruleDocsUrl
} from "./chunk-2KH2CT37.js";
import "./chunk-QLIY3PYG.js";

// src/cli/rule-list.ts
function formatRuleList(rules, format) {
  if (format === "json") {
    const list = rules.map((r) => ({
      id: r.id,
      slug: r.slug,
      severity: r.severity,
      title: r.title,
      tags: r.tags,
      helpUri: ruleDocsUrl(r.id)
    }));
    return `${JSON.stringify(list, null, 2)}
`;
  }
  if (format === "markdown") {
    const rows = rules.map(
      (r) => `| [${r.id}](${ruleDocsUrl(r.id)}) | \`${r.slug}\` | ${r.severity} | ${r.title} |`
    );
    return ["| ID | Slug | Severity | Title |", "|---|---|---|---|", ...rows].join("\n") + "\n";
  }
  const slugWidth = Math.max(...rules.map((r) => r.slug.length));
  return rules.map((r) => `${r.id}  ${r.slug.padEnd(slugWidth)}  ${r.severity.padEnd(8)}  ${r.title}`).join("\n") + "\n";
}
export {
  formatRuleList
};
