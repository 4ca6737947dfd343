import type { MappingContext } from './map-rendered-location.js';
import { indexTemplateKeys, type TemplateKeyLine } from './template-key-lines.js';

/** A named template's key lines, numbered in the file that defines it, and that file's text. */
export type Definition = { file: string; text: string; entries: TemplateKeyLine[] } | undefined;

/**
 * For a template whose object is all one `include` (the EBS CSI driver's `node-windows.yaml`), the key
 * lines of the `define` it includes, looked for in the chart's templates folder (`templatesDir`).
 */
export function includedDefinition(
  template: string,
  text: string,
  templatesDir: string,
  context: MappingContext
): Definition {
  return cached(template, context, () => findDefinition(text, templatesDir, context));
}

/** Definitions already looked up, by template, for each render: every finding on an object asks again. */
const definitions = new WeakMap<MappingContext, Map<string, Definition>>();

function cached(template: string, context: MappingContext, find: () => Definition): Definition {
  let known = definitions.get(context);
  if (!known) definitions.set(context, (known = new Map()));
  if (!known.has(template)) known.set(template, find());
  return known.get(template);
}

/** The first `define` of the names the template includes (`{{- include "ebs.node" … }}`) that has key lines. */
function findDefinition(text: string, templatesDir: string, context: MappingContext): Definition {
  const names = [...text.matchAll(/\b(?:include|template)\s+"([^"]+)"/g)].map(match => match[1] as string);
  if (names.length === 0 || !context.files) return undefined;
  const prefix = `${templatesDir}/`;
  for (const file of context.files) {
    if (!file.startsWith(prefix) || !/\.(tpl|ya?ml)$/.test(file)) continue;
    const defining = context.readText(file);
    if (defining === undefined) continue;
    for (const name of names) {
      const at = defining.search(new RegExp(`\\{\\{-?\\s*define\\s+"${escapeRegExp(name)}"`));
      if (at < 0) continue;
      const startLine = defining.slice(0, at).split('\n').length;
      const rest = defining.slice(at);
      const next = rest.slice(2).search(/\{\{-?\s*define\s/);
      const body = next < 0 ? rest : rest.slice(0, next + 2);
      const entries = indexTemplateKeys(body).map(entry => ({ ...entry, line: entry.line + startLine - 1 }));
      if (entries.length) return { file, text: defining, entries };
    }
  }
  return undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
