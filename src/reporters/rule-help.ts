import { ruleDocsUrl } from '../core/product.js';
import type { RuleMeta } from '../core/rule.js';

/**
 * The help of a rule as Markdown: description, remediation, when to ignore, references and a
 * link to the rule's docs page. GitHub shows SARIF `help.markdown` instead of `help.text` in the
 * alert's "Show more" panel and does not display `helpUri`, so the docs link lives in the body.
 * The docs generator reuses this under its own `# BHxxx` heading, hence `##` sections here.
 */
export function ruleHelpMarkdown(meta: RuleMeta): string {
  const sections = [meta.description, `## Remediation\n\n${meta.remediation}`];
  if (meta.whenToIgnore) sections.push(`## When to ignore\n\n${meta.whenToIgnore}`);
  if (meta.references.length > 0) {
    sections.push(`## References\n\n${meta.references.map(url => `- <${url}>`).join('\n')}`);
  }
  sections.push(`[${meta.id} ${meta.slug} documentation](${ruleDocsUrl(meta.id)})`);
  return sections.join('\n\n');
}

/** The same help as plain text (SARIF `help.text`, required by GitHub; terminals; `bulkhead explain`). */
export function ruleHelpText(meta: RuleMeta): string {
  const sections = [meta.description, `Remediation: ${meta.remediation}`];
  if (meta.whenToIgnore) sections.push(`When to ignore: ${meta.whenToIgnore}`);
  if (meta.references.length > 0) {
    sections.push(`References:\n${meta.references.map(url => `- ${url}`).join('\n')}`);
  }
  sections.push(`Documentation: ${ruleDocsUrl(meta.id)}`);
  return sections.join('\n\n');
}
