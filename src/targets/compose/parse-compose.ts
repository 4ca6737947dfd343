import { parseValidYaml, type YamlDocument } from '../yaml/parse-yaml-documents.js';
import type { ComposeDocument } from './compose-document.js';

/** Parses a Compose file: its `services` with positions. */
export function parseCompose(text: string): ComposeDocument {
  return composeDocumentOf(text, parseValidYaml(text));
}

/**
 * The Compose document of YAML documents parsed without an error: the facts pass parses every Compose
 * file for its `build:` links, and the scan takes that parse instead of doing it again.
 */
export function composeDocumentOf(text: string, documents: YamlDocument[]): ComposeDocument {
  const root = documents[0]?.root;
  const services = (root?.get('services')?.entries() ?? [])
    .filter(([, node]) => node.kind === 'map')
    .map(([name, node]) => ({ name, region: node.reportRegion, node, image: node.get('image') }));
  return { text, services };
}
