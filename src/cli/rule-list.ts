import type { RuleMeta } from '../core/rule.js';
import { ruleDocsUrl } from '../core/product.js';

/** `bulkhead rules` in text, JSON or markdown. */
export function formatRuleList(rules: RuleMeta[], format: 'text' | 'json' | 'markdown'): string {
  if (format === 'json') {
    const list = rules.map(r => ({
      id: r.id,
      slug: r.slug,
      severity: r.severity,
      title: r.title,
      tags: r.tags,
      helpUri: ruleDocsUrl(r.id)
    }));
    return `${JSON.stringify(list, null, 2)}\n`;
  }
  if (format === 'markdown') {
    const rows = rules.map(
      r => `| [${r.id}](${ruleDocsUrl(r.id)}) | \`${r.slug}\` | ${r.severity} | ${r.title} |`
    );
    return ['| ID | Slug | Severity | Title |', '|---|---|---|---|', ...rows].join('\n') + '\n';
  }
  const slugWidth = Math.max(...rules.map(r => r.slug.length));
  return (
    rules.map(r => `${r.id}  ${r.slug.padEnd(slugWidth)}  ${r.severity.padEnd(8)}  ${r.title}`).join('\n') +
    '\n'
  );
}
