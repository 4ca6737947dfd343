import type { ImageFile, ImageLayer } from './model.js';

/** Logical locations inside an image (SARIF `logicalLocations[].fullyQualifiedName`). */
export const USER_LOCATION = 'config.User';

export function envLocation(index: number): string {
  return `config.Env[${index}]`;
}

export function historyLocation(index: number): string {
  return `history[${index}].created_by`;
}

/** `sha256:ab12…:root/.ssh/id_rsa`: the layer's full digest, then the path inside it. */
export function fileLocation(file: ImageFile): string {
  return `${file.layerDigest}:${file.path}`;
}

/** `sha256:ab12cd34ef56`: the algorithm and the first 12 hex digits, as `docker` prints image ids. */
export function shortDigest(digest: string): string {
  const colon = digest.indexOf(':');
  return colon < 0 ? digest.slice(0, 12) : digest.slice(0, colon + 13);
}

/** `layer 3 (sha256:ab12cd34ef56)`, for messages; layer indexes are 0-based, bottom layer first. */
export function describeLayer(index: number, digest: string | undefined): string {
  return digest ? `layer ${index} (${shortDigest(digest)})` : `layer ${index}`;
}

/** The digest of a layer by index, when the document lists it. */
export function layerDigest(layers: readonly ImageLayer[], index: number): string | undefined {
  return layers.find(layer => layer.index === index)?.digest;
}
