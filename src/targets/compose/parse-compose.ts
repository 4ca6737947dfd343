import { parseValidYaml, type YamlDocument } from '../yaml/parse-yaml-documents.js';
import type { YamlNode } from '../yaml/yaml-node.js';
import type { Note } from '../../core/finding.js';
import type { ComposeDocument, HostVolume } from './compose-document.js';

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
  const hostVolumes = legacyFormat ? undefined : hostVolumesOf(root?.get('volumes'));
  const services = ((legacyFormat ? root : root?.get('services'))?.entries() ?? [])
    .filter(([, node]) => node.kind === 'map')
    .map(([name, node]) => ({
      name,
      region: node.reportRegion,
      node,
      image: node.get('image'),
      ...(hostVolumes?.size ? { hostVolumes } : {})
    }));
  return legacyFormat ? { text, services, legacyFormat } : { text, services };
}

/**
 * Top-level named volumes that bind a host directory: the local driver (the default) with `o: bind`
 * (or `rbind`, with mount options such as `ro`) and an absolute `device`
 * (https://docs.docker.com/reference/cli/docker/volume/create/#opts). `type: none` is what the docs
 * write, and mount(8) ignores the type for a bind. A device that is only a variable is unknown.
 */
function hostVolumesOf(volumes: YamlNode | undefined): Map<string, HostVolume> {
  const found = new Map<string, HostVolume>();
  for (const [name, node] of volumes?.kind === 'map' ? volumes.entries() : []) {
    if (node.kind !== 'map' || (node.get('driver')?.text ?? 'local') !== 'local') continue;
    const options = node.get('driver_opts');
    const mountOptions = (options?.get('o')?.text ?? '').split(',').map(option => option.trim());
    const device = options?.get('device')?.text;
    if (!device || !mountOptions.some(option => option === 'bind' || option === 'rbind')) continue;
    found.set(name, { device, readOnly: mountOptions.includes('ro') });
  }
  return found;
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
