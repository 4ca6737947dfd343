import { asObject, asString, asStrings, type JsonObject } from './json-object.js';
import type { Descriptor, ImageConfig, ImageHistoryEntry, ImagePlatform } from './model.js';

/** The parts of an image config (image-spec `config.md`, Docker image spec v1.2) the document keeps. */
export interface ParsedImageConfig {
  config: ImageConfig;
  /** `history[]` in order; `layerIndex` is filled in once the layer count is known. */
  history: ImageHistoryEntry[];
  platform: ImagePlatform;
  /** `rootfs.diff_ids`: uncompressed layer digests, bottom first. */
  diffIds: string[];
}

/**
 * Reads an image config. Absent fields get their runtime meaning (no `Env` = none); the platform
 * falls back to the index descriptor's when the config does not name one.
 */
export function parseImageConfig(
  raw: JsonObject,
  descriptorPlatform?: Descriptor['platform']
): ParsedImageConfig {
  const container = asObject(raw.config) ?? {};
  const config: ImageConfig = {
    env: asStrings(container.Env) ?? [],
    labels: stringRecord(container.Labels)
  };
  const user = asString(container.User);
  if (user !== undefined) config.user = user;
  const entrypoint = commandOf(container.Entrypoint);
  if (entrypoint) config.entrypoint = entrypoint;
  const cmd = commandOf(container.Cmd);
  if (cmd) config.cmd = cmd;
  return {
    config,
    history: historyOf(raw.history),
    platform: platformOf(raw, descriptorPlatform),
    diffIds: asStrings(asObject(raw.rootfs)?.diff_ids) ?? []
  };
}

/** Maps history entries to layers: each entry without `empty_layer: true` created the next layer. */
export function assignHistoryLayers(history: ImageHistoryEntry[], layerCount: number): void {
  let layer = 0;
  for (const entry of history) {
    if (entry.emptyLayer) continue;
    if (layer < layerCount) entry.layerIndex = layer;
    layer++;
  }
}

function historyOf(value: unknown): ImageHistoryEntry[] {
  if (!Array.isArray(value)) return [];
  return value.map((item, index) => {
    const entry = asObject(item) ?? {};
    return { index, createdBy: asString(entry.created_by) ?? '', emptyLayer: entry.empty_layer === true };
  });
}

function platformOf(raw: JsonObject, fallback: Descriptor['platform']): ImagePlatform {
  const platform: ImagePlatform = {
    os: asString(raw.os) || fallback?.os || 'unknown',
    architecture: asString(raw.architecture) || fallback?.architecture || 'unknown'
  };
  const variant = asString(raw.variant) || fallback?.variant;
  if (variant) platform.variant = variant;
  const osVersion = asString(raw['os.version']) || fallback?.['os.version'];
  if (osVersion) platform.osVersion = osVersion;
  return platform;
}

// `Cmd`/`Entrypoint` are arrays; a bare string (hand-written configs) is one argument; null means unset.
function commandOf(value: unknown): string[] | undefined {
  if (typeof value === 'string') return [value];
  return asStrings(value);
}

function stringRecord(value: unknown): Record<string, string> {
  const entries = Object.entries(asObject(value) ?? {});
  return Object.fromEntries(
    entries.filter((entry): entry is [string, string] => typeof entry[1] === 'string')
  );
}
