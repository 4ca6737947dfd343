#!/usr/bin/env node
import { createRequire as __bulkheadRequire } from 'node:module';
const require = __bulkheadRequire(import.meta.url);
import {
  ruleDocsUrl
} from "./chunk-2KH2CT37.js";

// src/reporters/rule-help.ts
function ruleHelpMarkdown(meta) {
  const sections = [meta.description, `## Remediation

${meta.remediation}`];
  if (meta.whenToIgnore) sections.push(`## When to ignore

${meta.whenToIgnore}`);
  if (meta.references.length > 0) {
    sections.push(`## References

${meta.references.map((url) => `- <${url}>`).join("\n")}`);
  }
  sections.push(`[${meta.id} ${meta.slug} documentation](${ruleDocsUrl(meta.id)})`);
  return sections.join("\n\n");
}
function ruleHelpText(meta) {
  const sections = [meta.description, `Remediation: ${meta.remediation}`];
  if (meta.whenToIgnore) sections.push(`When to ignore: ${meta.whenToIgnore}`);
  if (meta.references.length > 0) {
    sections.push(`References:
${meta.references.map((url) => `- ${url}`).join("\n")}`);
  }
  sections.push(`Documentation: ${ruleDocsUrl(meta.id)}`);
  return sections.join("\n\n");
}

export {
  ruleHelpMarkdown,
  ruleHelpText
};
