/**
 * Map keys a template writes with an action for a name: `{{ $key }}: {{ $value | b64enc }}` in a
 * `range` over values (a Secret's `data`), `{{ include "app.secretKey" . }}: …`. Such lines are no
 * key lines to indexTemplateKeys, which reads a template as a reader would, so a rendered key they
 * wrote would land on the line of the map above them (`data:`).
 */
import type { TemplateKeyLine } from './template-key-lines.js';

/** A line whose key is one action, maybe quoted, and whose value follows the colon after it. */
export interface TemplatedKeyLine {
  /** 1-based. */
  line: number;
  indent: number;
  /** The action that prints the key, `{{ $key }}`. */
  keyTemplate: string;
}

/** What the block under a key line writes with templated keys, and whether anything else pastes keys there. */
export interface TemplatedKeys {
  /** The templated keys directly under the key line (not under another key of its block). */
  keys: TemplatedKeyLine[];
  /** Whether another action in the block prints text (`{{- toYaml .x | nindent 2 }}`), which may be keys too. */
  pastes: boolean;
}

/** `{{ $key }}:`, `"{{ $key }}":`, `{{ include "x" . }}:` with nothing else in the key, and no colon in the action. */
const TEMPLATED_KEY = /^( *)("?)(\{\{-?[^:{}]*?-?\}\})\2 *:(?: |$)/;
/** An action that prints nothing: a block's start, branch or end, a comment, a variable assignment. */
const CONTROL = /^\{\{-?\s*(?:if|else|end|range|with|\/\*|\$[A-Za-z0-9_]*\s*:?=)/;

/**
 * The templated keys of the map under `entry` (lines of the template as `lines`, its key lines as
 * `entries`), up to the next key line as shallow as it or a document start.
 */
export function templatedKeysUnder(
  entry: TemplateKeyLine,
  entries: readonly TemplateKeyLine[],
  lines: readonly string[]
): TemplatedKeys {
  const next = entries.find(e => e.line > entry.line && e.indent <= entry.indent)?.line ?? lines.length + 1;
  const keys: TemplatedKeyLine[] = [];
  /** Indents of the keys seen in the block so far, literal or templated: a deeper key is under one of them. */
  const parents: number[] = [];
  let pastes = false;
  for (let line = entry.line + 1; line < next; line++) {
    const text = (lines[line - 1] as string).replace(/\t/g, ' ');
    const trimmed = text.trim();
    if (trimmed === '---' || trimmed.startsWith('--- ')) break;
    const literal = entries.find(e => e.line === line);
    const templated = literal ? undefined : TEMPLATED_KEY.exec(text);
    if (literal || templated) {
      const indent = literal ? literal.indent : (templated?.[1] as string).length;
      while (parents.length && (parents.at(-1) as number) >= indent) parents.pop();
      if (templated && indent > entry.indent && !parents.length)
        keys.push({ line, indent, keyTemplate: templated[3] as string });
      parents.push(indent);
      continue;
    }
    if (trimmed.startsWith('{{') && !CONTROL.test(trimmed)) pastes = true;
  }
  return { keys, pastes };
}
