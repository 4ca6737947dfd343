import { InputParseError } from '../../core/errors.js';
import { resolveArchiveEntry, type ArchiveEntry } from './archive-index.js';
import { digestOf, parseDigest } from './blob-digest.js';
import { MediaTypes } from '../../targets/image/media-types.js';
import type { Descriptor } from '../../targets/image/model.js';
import {
  asDescriptor,
  asObject,
  asString,
  asStrings,
  parseJsonObject
} from '../../targets/image/json-object.js';
import { jsonSyntaxMessage } from '../../targets/json-syntax-message.js';

/** One item of a docker-save `manifest.json` (moby `image/tarexport`). */
export interface DockerSaveItem {
  config: string;
  repoTags: string[];
  layers: string[];
  /** Foreign layers by diff id: descriptors with `urls`, whose blobs docker save leaves out. */
  layerSources: Map<string, Descriptor>;
}

/** Manifests, index and layer locations made up for a docker-save archive that has no OCI layout. */
export interface SynthesisedImages {
  top: Descriptor;
  /** The made-up documents and the configs, by digest. */
  blobs: Map<string, Buffer>;
  /** Archive entry of each layer, by the digest given to it. */
  layerEntries: Map<string, string>;
  /** The layers whose digest is their diff id (docker save ≤ 24 `<id>/layer.tar`). */
  diffIdDigests: Set<string>;
  /** `RepoTags` by config digest. */
  repoTags: Map<string, string[]>;
}

/** Parses `manifest.json`; anything but a list of `{Config, Layers}` objects is an `InputParseError`. */
export function parseDockerSaveManifest(bytes: Buffer, display: string): DockerSaveItem[] {
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InputParseError(`'${display}': manifest.json is not valid JSON (${jsonSyntaxMessage(error)}).`);
  }
  const items = Array.isArray(value) ? value.map(asObject) : [];
  if (items.length === 0 || items.some(item => !asString(item?.Config) || !Array.isArray(item?.Layers))) {
    throw new InputParseError(
      `'${display}': manifest.json is not a docker save manifest (a list of images).`
    );
  }
  return items.map(item => ({
    config: asString(item?.Config) ?? '',
    repoTags: asStrings(item?.RepoTags) ?? [],
    layers: asStrings(item?.Layers) ?? [],
    layerSources: new Map(
      Object.entries(asObject(item?.LayerSources) ?? {}).flatMap(([diffId, source]) => {
        const descriptor = asDescriptor(source);
        return descriptor ? [[diffId, descriptor] as const] : [];
      })
    )
  }));
}

/**
 * Makes up a Docker schema-2 manifest per `manifest.json` item (and an index over them when there
 * are several), so a docker-save archive reads like any other source. A layer's digest is the
 * one its entry name carries (`blobs/sha256/<hex>`, `<diffid>.tar`), else its diff id.
 */
export async function synthesiseDockerImages(
  items: DockerSaveItem[],
  entries: Map<string, ArchiveEntry>,
  readDocument: (entry: ArchiveEntry) => Promise<Buffer>,
  display: string
): Promise<SynthesisedImages> {
  const images: SynthesisedImages = {
    top: { mediaType: '', digest: '' },
    blobs: new Map(),
    layerEntries: new Map(),
    diffIdDigests: new Set(),
    repoTags: new Map()
  };
  const manifests: Descriptor[] = [];
  for (const item of items) {
    const configEntry = resolveArchiveEntry(entries, item.config);
    if (!configEntry) throw new InputParseError(`'${display}' has no config '${item.config}'.`);
    const configBytes = await readDocument(configEntry);
    const diffIds =
      asStrings(asObject(parseJsonObject(configBytes, `'${display}': '${item.config}'`).rootfs)?.diff_ids) ??
      [];
    const config = {
      mediaType: MediaTypes.dockerConfig,
      digest: digestOf(configBytes),
      size: configBytes.length
    };
    images.blobs.set(config.digest, configBytes);
    images.repoTags.set(config.digest, item.repoTags);
    const layers = item.layers.map((path, i) => {
      const diffId = diffIds[i];
      const foreign = diffId === undefined ? undefined : item.layerSources.get(diffId);
      if (foreign && (foreign.urls?.length ?? 0) > 0) return foreign;
      const entry = resolveArchiveEntry(entries, path);
      const named = digestInName(entry?.name ?? '') ?? digestInName(path);
      const digest = named ?? diffId ?? digestOf(Buffer.from(path));
      if (entry) images.layerEntries.set(digest, entry.name);
      if (named === undefined && digest === diffId) images.diffIdDigests.add(digest);
      const layer: Descriptor = { mediaType: MediaTypes.dockerLayer, digest };
      if (entry) layer.size = entry.size;
      return layer;
    });
    const manifest = Buffer.from(
      JSON.stringify({ schemaVersion: 2, mediaType: MediaTypes.dockerManifest, config, layers })
    );
    const descriptor = {
      mediaType: MediaTypes.dockerManifest,
      digest: digestOf(manifest),
      size: manifest.length
    };
    images.blobs.set(descriptor.digest, manifest);
    manifests.push(descriptor);
  }
  if (manifests.length === 1 && manifests[0]) {
    images.top = manifests[0];
  } else {
    const index = Buffer.from(
      JSON.stringify({ schemaVersion: 2, mediaType: MediaTypes.ociIndex, manifests })
    );
    images.top = { mediaType: MediaTypes.ociIndex, digest: digestOf(index), size: index.length };
    images.blobs.set(images.top.digest, index);
  }
  return images;
}

/** `RepoTags` by config digest for an archive read through its OCI layout (Docker ≥ 25). */
export function repoTagsByConfigDigest(items: DockerSaveItem[]): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  for (const item of items) {
    const digest = digestInName(item.config);
    if (digest && item.repoTags.length > 0) tags.set(digest, item.repoTags);
  }
  return tags;
}

/** The digest an archive entry's name carries: `blobs/<alg>/<hex>` or skopeo's `<diffid>.tar`. */
export function digestInName(name: string): string | undefined {
  const blob = /^blobs\/([a-z0-9]+)\/([a-f0-9]+)$/.exec(name);
  if (blob) {
    const digest = `${blob[1]}:${blob[2]}`;
    return parseDigest(digest) ? digest : undefined;
  }
  const tar = /(?:^|\/)([a-f0-9]{64})\.tar$/.exec(name);
  return tar ? `sha256:${tar[1]}` : undefined;
}
