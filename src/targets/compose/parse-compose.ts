import { InputParseError } from '../../core/errors.js';
import { parseYamlDocuments } from '../yaml/parse-yaml-documents.js';
import type { ComposeDocument } from './compose-document.js';

/** Parses a Compose file: its `services` with positions. */
export function parseCompose(text: string): ComposeDocument {
  const parsed = parseYamlDocuments(text);
  const first = parsed.errors[0];
  if (first)
    throw new InputParseError(
      `Invalid YAML: ${first.message}`,
      first.region.startLine,
      first.region.startColumn
    );
  const root = parsed.documents[0]?.root;
  const services = (root?.get('services')?.entries() ?? [])
    .filter(([, node]) => node.kind === 'map')
    .map(([name, node]) => ({ name, region: node.reportRegion, node, image: node.get('image') }));
  return { text, services };
}
