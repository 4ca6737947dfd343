import { lineRegion, type Region } from '../../core/location.js';
import type { KubernetesDocument, ManifestObject } from './kubernetes-document.js';
import { decodeBase64 } from './secret-objects.js';

/** One key of a ConfigMap's `data` or `binaryData` (decoded when it is UTF-8 text). */
export interface ConfigMapEntry {
  configMap: string;
  key: string;
  value: string;
  /** The key's line. */
  region: Region;
  /** The value's lines, for reading embedded config text one setting a line. */
  lines: string[];
  /** Where a finding about `lines[index]` goes: its own line in the file when it has one, else the key's. */
  regionOf: (index: number) => Region;
}

/** Core `v1` ConfigMap objects (a `ConfigMap` kind of another API group is not the core object). */
export function configMapObjects(document: KubernetesDocument): ManifestObject[] {
  return document.objects.filter(object => object.kind === 'ConfigMap' && object.apiVersion === 'v1');
}

/**
 * The text entries of a ConfigMap. A block scalar (`|`, `>`) is read from its source lines, so a
 * line of the embedded file maps to its line in the manifest; any other value (quoted with `\n`
 * escapes, a JSON manifest's string, decoded `binaryData`) has no line of its own inside the value,
 * so its lines all map to the key's line. Binary `binaryData` (a keystore, an image) is left out.
 */
export function configMapEntries(configMap: ManifestObject): ConfigMapEntry[] {
  const name = configMap.name ?? '';
  return (['data', 'binaryData'] as const).flatMap(field =>
    (configMap.root.get(field)?.entries() ?? []).flatMap(([key, node]): ConfigMapEntry[] => {
      const text = node.kind === 'scalar' ? node.text : undefined;
      if (text === undefined) return [];
      const region = node.reportRegion;
      const keyRegion = () => region;
      if (field === 'binaryData') {
        const decoded = decodeBase64(text);
        if (!decoded || decoded.binary) return [];
        const lines = decoded.value.split(/\r?\n/);
        return [{ configMap: name, key, value: decoded.value, region, lines, regionOf: keyRegion }];
      }
      const raw = node.style === 'block' ? node.raw : undefined;
      if (raw !== undefined) {
        // The block's content starts on the line after its `|`/`>` header.
        const first = node.region.startLine + 1;
        const lines = raw.split(/\r?\n/);
        return [
          {
            configMap: name,
            key,
            value: text,
            region,
            lines,
            regionOf: index => lineRegion(first + index, lines[index])
          }
        ];
      }
      return [{ configMap: name, key, value: text, region, lines: text.split(/\r?\n/), regionOf: keyRegion }];
    })
  );
}
