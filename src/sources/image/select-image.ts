import { append } from '../../core/append.js';
import { ConfigurationError, InputParseError } from '../../core/errors.js';
import {
  formatPlatform,
  parsePlatformSpec,
  platformMatches,
  type PlatformSpec
} from '../../targets/image/image-platform.js';
import {
  isImageConfigMediaType,
  isIndexMediaType,
  isLayerMediaType,
  isManifestMediaType
} from '../../targets/image/media-types.js';
import type { Descriptor, ImageBlobSource, ImageLimits } from '../../targets/image/model.js';
import { asDescriptor, asString, type JsonObject } from '../../targets/image/json-object.js';
import { MissingBlobError } from './missing-blob-error.js';
import { readJsonBlob } from './read-json-blob.js';

/** An image manifest's parts that matter here. */
export interface ImageManifest {
  config: Descriptor;
  layers: Descriptor[];
}

/** The image chosen from an index (or the only one), with what was read on the way. */
export interface SelectedImage {
  descriptor: Descriptor;
  manifest: ImageManifest;
  /** Descriptors from the top down to `descriptor` (annotations there name the image). */
  chain: Descriptor[];
  /** The config, when choosing the platform needed it. */
  config?: JsonObject;
  notes: string[];
}

interface Candidate {
  descriptor: Descriptor;
  chain: Descriptor[];
  platform?: PlatformSpec;
  manifest?: ImageManifest;
  config?: JsonObject;
}

const MAX_INDEX_DEPTH = 4;
// BuildKit stores provenance/SBOM attestations as manifests in the index (platform unknown/unknown).
const REFERENCE_TYPE = 'vnd.docker.reference.type';

/**
 * Walks index → (nested index) → manifest and picks one runnable image: the `--platform` one, else
 * the only one, else linux/amd64, else the first. Signatures, attestations and other artifacts are
 * skipped. A platform the image does not have is a `ConfigurationError` listing the ones it has.
 */
export async function selectImage(
  source: ImageBlobSource,
  top: Descriptor,
  platform: string | undefined,
  limits: ImageLimits,
  /** `PATH:TAG`: the image of a layout or archive whose ref name is this tag. */
  tag?: string
): Promise<SelectedImage> {
  const wanted = platform === undefined ? undefined : parsePlatformSpec(platform);
  const images: Candidate[] = [];
  const missing: MissingBlobError[] = [];
  const resolveAvailable = async (candidate: Candidate) => {
    // Exporters (the containerd image store's `docker save`) list every platform and include
    // only some: a candidate whose blobs are missing is no candidate.
    try {
      return await resolveCandidate(source, candidate, limits);
    } catch (error) {
      if (!(error instanceof MissingBlobError)) throw error;
      missing.push(error);
      return undefined;
    }
  };
  for (const candidate of await listCandidates(source, top, [], limits, 0)) {
    // Without a platform in the index the manifest must be read anyway to know what it is.
    const known = candidate.platform ? candidate : await resolveAvailable(candidate);
    if (known) images.push(known);
  }
  chooseTag(images, tag);
  for (;;) {
    if (images.length === 0) {
      if (missing[0]) throw missing[0];
      throw new InputParseError(
        `No runnable image in '${top.digest}': only signatures, attestations or other artifacts.`
      );
    }
    const picked = pick(images, wanted, platform);
    // An explicitly requested platform whose blobs are missing is an error, not a fallback.
    const resolved = picked.manifest
      ? picked
      : wanted
        ? await resolveCandidate(source, picked, limits)
        : await resolveAvailable(picked);
    if (resolved?.manifest) {
      return {
        descriptor: resolved.descriptor,
        manifest: resolved.manifest,
        chain: resolved.chain,
        ...(resolved.config && { config: resolved.config }),
        notes: wanted || images.length < 2 ? [] : [otherPlatformsNote(resolved, images)]
      };
    }
    images.splice(images.indexOf(picked), 1);
  }
}

const REF_NAME = 'org.opencontainers.image.ref.name';
const CONTAINERD_NAME = 'io.containerd.image.name';

/** The tag an index entry names (`latest`, or the tag of `io.containerd.image.name`). */
function tagOf(candidate: Candidate): string | undefined {
  for (const descriptor of candidate.chain) {
    const name = descriptor.annotations?.[REF_NAME] ?? descriptor.annotations?.[CONTAINERD_NAME];
    if (name) return name.includes(':') ? name.slice(name.lastIndexOf(':') + 1) : name;
  }
  return undefined;
}

/**
 * A layout or archive holding several tagged images: keep the ones `tag` names; without a tag the
 * choice would be a guess, so it is an error listing the tags (`--image PATH:TAG`).
 */
function chooseTag(images: Candidate[], tag: string | undefined): void {
  const tags = [...new Set(images.map(tagOf).filter((t): t is string => t !== undefined))];
  if (tag !== undefined) {
    const kept = images.filter(candidate => tagOf(candidate) === tag);
    if (kept.length === 0) {
      throw new ConfigurationError(
        `No image tagged '${tag}' here; the tags are: ${tags.join(', ') || '(none)'}.`
      );
    }
    images.splice(0, images.length, ...kept);
    return;
  }
  if (tags.length > 1) {
    throw new ConfigurationError(
      `This layout holds ${tags.length} tagged images (${tags.join(', ')}): choose one with --image PATH:TAG.`
    );
  }
}

async function listCandidates(
  source: ImageBlobSource,
  descriptor: Descriptor,
  chain: Descriptor[],
  limits: ImageLimits,
  depth: number
): Promise<Candidate[]> {
  const path = [...chain, descriptor];
  if (isManifestMediaType(descriptor.mediaType)) {
    const platform = platformOf(descriptor);
    return [{ descriptor, chain: path, ...(platform && { platform }) }];
  }
  if (!isIndexMediaType(descriptor.mediaType) || depth > MAX_INDEX_DEPTH) return [];
  const index = await readJsonBlob(source, descriptor, 'image index', limits);
  if (!Array.isArray(index.manifests)) {
    throw new InputParseError(`The image index '${descriptor.digest}' has no 'manifests' list.`);
  }
  const candidates: Candidate[] = [];
  for (const item of index.manifests) {
    const child = asDescriptor(item);
    if (!child || child.annotations?.[REFERENCE_TYPE] === 'attestation-manifest') continue;
    if (child.platform?.os === 'unknown') continue;
    append(candidates, await listCandidates(source, child, path, limits, depth + 1));
  }
  return candidates;
}

/** Reads a candidate's manifest (and config, for its platform); undefined when it is no image. */
async function resolveCandidate(
  source: ImageBlobSource,
  candidate: Candidate,
  limits: ImageLimits
): Promise<Candidate | undefined> {
  const json = await readJsonBlob(source, candidate.descriptor, 'image manifest', limits);
  const manifest = imageManifestOf(json);
  if (!manifest) return undefined;
  if (candidate.platform) return { ...candidate, manifest };
  const config = await readJsonBlob(source, manifest.config, 'image config', limits);
  const platform = {
    os: asString(config.os) ?? '',
    architecture: asString(config.architecture) ?? '',
    ...(asString(config.variant) && { variant: asString(config.variant) })
  };
  return { ...candidate, manifest, config, platform };
}

/** The manifest when it describes a runnable image: an image config and filesystem layers only. */
function imageManifestOf(json: JsonObject): ImageManifest | undefined {
  if (isIndexMediaType(asString(json.mediaType))) return undefined;
  const config = asDescriptor(json.config);
  const artifactType = asString(json.artifactType);
  if (!config || !isImageConfigMediaType(config.mediaType)) return undefined;
  if (artifactType !== undefined && !isImageConfigMediaType(artifactType)) return undefined;
  if (!Array.isArray(json.layers)) return undefined;
  const layers = json.layers.map(asDescriptor);
  if (
    !layers.every((layer): layer is Descriptor => layer !== undefined && isLayerMediaType(layer.mediaType))
  ) {
    return undefined;
  }
  return { config, layers };
}

function pick(images: Candidate[], wanted: PlatformSpec | undefined, spec: string | undefined): Candidate {
  if (wanted) {
    const match = images.find(image => image.platform && platformMatches(wanted, image.platform));
    if (match) return match;
    throw new ConfigurationError(
      `The image has no platform '${spec}'; it has ${listPlatforms(images)}. Choose one with --platform.`
    );
  }
  const linuxAmd64 = { os: 'linux', architecture: 'amd64' };
  return images.find(image => image.platform && platformMatches(linuxAmd64, image.platform)) ?? images[0]!;
}

function otherPlatformsNote(picked: Candidate, images: Candidate[]): string {
  return (
    `Scanned ${formatPlatform(picked.platform ?? {})} of the ${images.length} images in the index ` +
    `(${listPlatforms(images)}); choose another with --platform.`
  );
}

function listPlatforms(images: Candidate[]): string {
  return [...new Set(images.map(image => formatPlatform(image.platform ?? {})))].join(', ');
}

function platformOf(descriptor: Descriptor): PlatformSpec | undefined {
  const { os, architecture, variant } = descriptor.platform ?? {};
  if (!os || !architecture) return undefined;
  return variant ? { os, architecture, variant } : { os, architecture };
}
