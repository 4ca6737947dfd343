import { relative, resolve, sep } from 'node:path';
import { ConfigurationError } from '../../core/errors.js';
import { openImageArchive } from './image-archive.js';
import { resolveImageLimits } from '../../targets/image/limits.js';
import { localPathKind } from './local-files.js';
import type { LoadImageOptions, LoadedImage } from '../../targets/image/model.js';
import { openOciLayout } from './oci-layout.js';
import type { OpenedImage } from './opened-image.js';
import { readImage } from './read-image.js';
import { openRegistryImage } from '../registry/open-registry-image.js';

// A spec written like a path is never taken for a registry reference, even when nothing is there.
const PATH_LIKE = /^(\.{1,2}([/\\]|$)|[/\\~]|[a-z]:[/\\])|\.(tar|tar\.gz|tgz|tar\.zst)$/i;

/**
 * Loads a built image for scanning (`--image`): a directory is an OCI image layout, a file an image
 * tarball (OCI archive or docker save, maybe gzip-compressed), anything else a registry reference.
 * Paths are resolved against `options.cwd` and reported relative to it.
 */
export async function loadImage(spec: string, options: LoadImageOptions): Promise<LoadedImage> {
  const limits = resolveImageLimits(options.limits);
  let path = resolve(options.cwd, spec);
  let kind = await localPathKind(path);
  let tag: string | undefined;
  // `PATH:TAG` (like skopeo's `oci:PATH:TAG`): one tagged image of a layout or archive.
  const colon = spec.lastIndexOf(':');
  if (kind === 'missing' && colon > 0 && !/[/\\]/.test(spec.slice(colon + 1))) {
    const tagged = resolve(options.cwd, spec.slice(0, colon));
    const taggedKind = await localPathKind(tagged);
    if (taggedKind !== 'missing') {
      [path, kind, tag] = [tagged, taggedKind, spec.slice(colon + 1)];
    }
  }
  let opened: OpenedImage;
  let source = spec;
  if (kind === 'missing') {
    if (PATH_LIKE.test(spec)) {
      throw new ConfigurationError(`Image '${spec}' not found: no such file or directory.`);
    }
    const pulled: {
      source: OpenedImage['source'];
      index: OpenedImage['top'];
      names: string[];
      notes?: string[];
    } = await openRegistryImage(spec, options);
    opened = {
      source: pulled.source,
      top: pulled.index,
      names: () => pulled.names,
      notes: pulled.notes ?? []
    };
  } else {
    const display = relative(options.cwd, path).split(sep).join('/') || '.';
    opened =
      kind === 'directory'
        ? await openOciLayout(path, display, limits)
        : await openImageArchive(path, display, limits);
    // Findings sit on a file that exists in the checkout, so code scanning can show them: the archive,
    // or a layout's index.json.
    source = kind === 'directory' ? `${display === '.' ? '' : `${display}/`}index.json` : display;
  }
  try {
    const loaded = await readImage(opened.source, opened.top, {
      ...options,
      limits,
      source,
      ...(opened.names && { names: opened.names }),
      ...(opened.synthesisedManifest && { synthesisedManifest: true }),
      ...(tag !== undefined && { tag })
    });
    return { ...loaded, notes: [...(opened.notes ?? []), ...loaded.notes] };
  } finally {
    await opened.source.close();
  }
}
