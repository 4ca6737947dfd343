import type { Region } from '../../core/location.js';
import { decodedText, writtenText, type EmbeddedText } from './embedded-text.js';
import type { KubernetesDocument, ManifestObject } from './kubernetes-document.js';
import { decodeBase64 } from './secret-objects.js';

/** One key of a ConfigMap's `data` or `binaryData` (decoded when it is UTF-8 text). */
export interface ConfigMapEntry extends EmbeddedText {
  configMap: string;
  key: string;
  value: string;
  /** The key's line. */
  region: Region;
}

/** Core `v1` ConfigMap objects (a `ConfigMap` kind of another API group is not the core object). */
export function configMapObjects(document: KubernetesDocument): ManifestObject[] {
  return document.objects.filter(object => object.kind === 'ConfigMap' && object.apiVersion === 'v1');
}

/**
 * The text entries of a ConfigMap, with the lines of the text each holds (see `writtenText`: a
 * block scalar's lines map to their own lines in the manifest; decoded `binaryData` to the key's).
 * Binary `binaryData` (a keystore, an image) is left out.
 */
export function configMapEntries(configMap: ManifestObject): ConfigMapEntry[] {
  const name = configMap.name ?? '';
  return (['data', 'binaryData'] as const).flatMap(field =>
    (configMap.root.get(field)?.entries() ?? []).flatMap(([key, node]): ConfigMapEntry[] => {
      const text = node.kind === 'scalar' ? node.text : undefined;
      if (text === undefined) return [];
      const region = node.reportRegion;
      if (field === 'data')
        return [{ configMap: name, key, value: text, region, ...writtenText(node, text) }];
      const decoded = decodeBase64(text);
      if (!decoded || decoded.binary) return [];
      return [{ configMap: name, key, value: decoded.value, region, ...decodedText(decoded.value, region) }];
    })
  );
}
