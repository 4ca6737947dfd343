import type { Finding } from '../core/finding.js';
import type { ToolOutcome } from './run-render-tool.js';

/** What the rules found on a rendered stream, with the stream line of each finding. */
export interface ScannedStream {
  findings: Finding[];
  /** The line of the rendered stream each finding was found on, before it moved to its source line. */
  renderedLines: Map<Finding, number>;
}

/**
 * Secrets a chart generates when it is installed (`randAlphaNum 16`, `genCA`, `genPrivateKey`, or a
 * helper that calls them) are not in the repository: a second render gives them other values. The
 * findings of the secrets rules (2xx) whose rendered entry differs between two renders are dropped.
 * Only when the two streams have the same lines, so that an entry is compared with itself.
 */
export async function withoutGeneratedSecrets(
  scanned: ScannedStream,
  stream: string,
  rerender: () => Promise<ToolOutcome>
): Promise<Finding[]> {
  const secrets = scanned.findings.filter(finding => /^BH2\d\d$/.test(finding.ruleId));
  if (secrets.length === 0) return scanned.findings;
  const again = await rerender();
  if (!again.ok) return scanned.findings;
  const first = stream.split(/\r?\n/);
  const second = again.stdout.split(/\r?\n/);
  if (first.length !== second.length) return scanned.findings;
  const generated = new Set(
    secrets.filter(finding => {
      const line = scanned.renderedLines.get(finding);
      return line !== undefined && entryText(first, line) !== entryText(second, line);
    })
  );
  return scanned.findings.filter(finding => !generated.has(finding));
}

/**
 * A YAML entry's text: its line (1-based) and the more-indented or blank lines below it. A finding on
 * a PEM block's first line (BH207 in `tls.key: |`) takes the block to its `-----END` line: the lines of
 * a block scalar share one indent, and its first line is the same in every generated key.
 */
function entryText(lines: readonly string[], line: number): string {
  const first = lines[line - 1] ?? '';
  if (first.trimStart().startsWith('-----BEGIN ')) {
    const end = lines.findIndex((text, at) => at >= line - 1 && text.includes('-----END '));
    if (end >= 0) return lines.slice(line - 1, end + 1).join('\n');
  }
  const indent = indentOf(first);
  let end = line;
  while (
    end < lines.length &&
    ((lines[end] as string).trim() === '' || indentOf(lines[end] as string) > indent)
  )
    end++;
  return lines.slice(line - 1, end).join('\n');
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}
