import { parseValidYaml, type YamlDocument } from '../yaml/parse-yaml-documents.js';
import type { YamlNode } from '../yaml/yaml-node.js';
import type { Note } from '../../core/finding.js';
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
  // Format 1 (docker-compose 1.x) has its services at the top level; they are read as it read them.
  const legacyFormat = isLegacyFormat(root);
  const services = ((legacyFormat ? root : root?.get('services'))?.entries() ?? [])
    .filter(([, node]) => node.kind === 'map')
    .map(([name, node]) => ({ name, region: node.reportRegion, node, image: node.get('image') }));
  return legacyFormat ? { text, services, legacyFormat } : { text, services };
}

/** Format 1: no `services:`, and a top-level mapping that is a service (it has an `image` or a `build`). */
function isLegacyFormat(root: YamlNode | undefined): boolean {
  if (root?.kind !== 'map' || root.get('services')) return false;
  return root.entries().some(([, node]) => node.kind === 'map' && (node.get('image') || node.get('build')));
}

/** The note on a format-1 file: read as docker-compose 1.x read it, which Docker Compose v2 no longer does. */
export function legacyComposeNote(document: ComposeDocument, file: string): Note | undefined {
  if (!document.legacyFormat) return undefined;
  return {
    kind: 'info',
    file,
    message:
      'Compose file format 1 (services at the top level, no `services:` key): read as docker-compose 1.x read it. Docker Compose v2 does not read this file; put the services under `services:`.'
  };
}
