import type { ScanResult } from '../core/scan-result.js';
import { formatGithubAnnotations } from './github.js';
import { formatJson } from './json.js';
import { formatMarkdown, type MarkdownOptions } from './markdown.js';
import { formatSarif, type SarifOptions } from './sarif.js';
import { formatText } from './text.js';

/** The values of `--format` (DESIGN.md CLI contract). */
export const OUTPUT_FORMATS = ['text', 'json', 'sarif', 'github', 'markdown'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Options of every reporter; each uses only its own. */
export interface FormatOptions extends SarifOptions, MarkdownOptions {
  /** Text only: ANSI colours (default false, so files and pipes stay clean). */
  color?: boolean;
  /** Text only: see {@link formatText}. */
  cwd?: string;
  /** Text only: the fix under each finding instead of once per rule. */
  verbose?: boolean;
}

export function isOutputFormat(value: unknown): value is OutputFormat {
  return typeof value === 'string' && (OUTPUT_FORMATS as readonly string[]).includes(value);
}

/** Renders a scan result in the requested format. Pure: writing it out is the caller's job. */
export function formatResult(result: ScanResult, format: OutputFormat, options: FormatOptions = {}): string {
  switch (format) {
    case 'text':
      return formatText(result, {
        color: options.color ?? false,
        verbose: options.verbose ?? false,
        ...(options.cwd ? { cwd: options.cwd } : {})
      });
    case 'json':
      return formatJson(result);
    case 'sarif':
      return formatSarif(result, options);
    case 'github':
      return formatGithubAnnotations(result);
    case 'markdown':
      return formatMarkdown(result, options);
  }
}
