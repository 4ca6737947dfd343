import { parseValidYaml } from '../yaml/parse-yaml-documents.js';
import type { ComposeDocument } from './compose-document.js';

/** Parses a Compose file: its `services` with positions. */
export function parseCompose(text: string): ComposeDocument {
  const documents = parseValidYaml(text);
  const root = documents[0]?.root;
  const services = (root?.get('services')?.entries() ?? [])
    .filter(([, node]) => node.kind === 'map')
    .map(([name, node]) => ({ name, region: node.reportRegion, node, image: node.get('image') }));
  return { text, services };
}
