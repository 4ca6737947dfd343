import { lineRegion, type Region } from '../../core/location.js';
import type { YamlNode } from '../yaml/yaml-node.js';

/**
 * A manifest value read as the lines of a file it embeds (a ConfigMap's `application.properties`, a
 * Secret's `config.json`), and where a finding about one of those lines goes in the manifest.
 */
export interface EmbeddedText {
  /** The value's lines, for reading embedded config text one setting a line. */
  lines: string[];
  /** Where a finding about `lines[index]` goes: its own line in the file when it has one, else the key's. */
  regionOf: (index: number) => Region;
}

/**
 * The lines of a text value written in the manifest. A block scalar (`|`, `>`) is read from its
 * source lines, so a line of the embedded file maps to its line in the manifest; any other value
 * (quoted with `\n` escapes, a JSON manifest's string) has no line of its own inside the value, so
 * its lines all map to the key's line.
 */
export function writtenText(node: YamlNode, value: string): EmbeddedText {
  const raw = node.style === 'block' ? node.raw : undefined;
  if (raw === undefined) return decodedText(value, node.reportRegion);
  // The block's content starts on the line after its `|`/`>` header.
  const first = node.region.startLine + 1;
  const lines = raw.split(/\r?\n/);
  return { lines, regionOf: index => lineRegion(first + index, lines[index]) };
}

/**
 * The lines of a value decoded from base64 (a Secret's `data`, a ConfigMap's `binaryData`): they are
 * not in the file, so a finding about any of them goes to the key's line.
 */
export function decodedText(value: string, keyRegion: Region): EmbeddedText {
  return { lines: value.split(/\r?\n/), regionOf: () => keyRegion };
}
