import { relative, resolve, sep } from 'node:path';
import { ConfigurationError } from '../../core/errors.js';
import { openImageArchive } from './image-archive.js';
import { resolveImageLimits } from './limits.js';
import { localPathKind } from './local-files.js';
import type { LoadImageOptions, LoadedImage } from './model.js';
import { openOciLayout } from './oci-layout.js';
import type { OpenedImage } from './opened-image.js';
import { readImage } from './read-image.js';
import { openRegistryImage } from './registry/open-registry-image.js';

// A spec written like a path is never taken for a registry reference, even when nothing is there.
const PATH_LIKE = /^(\.{1,2}([/\\]|$)|[/\\~]|[a-z]:[/\\])|\.(tar|tar\.gz|tgz|tar\.zst)$/i;

/**
 * Loads a built image for scanning (`--image`): a directory is an OCI image layout, a file an image
 * tarball (OCI archive or docker save, maybe gzip-compressed), anything else a registry reference.
 * Paths are resolved against `options.cwd` and reported relative to it.
 */
export async function loadImage(spec: string, options: LoadImageOptions): Promise<LoadedImage> {
  const limits = resolveImageLimits(options.limits);
  const path = resolve(options.cwd, spec);
  const kind = await localPathKind(path);
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
    source = relative(options.cwd, path).split(sep).join('/') || '.';
    opened =
      kind === 'directory'
        ? await openOciLayout(path, source, limits)
        : await openImageArchive(path, source, limits);
  }
  try {
    const loaded = await readImage(opened.source, opened.top, {
      ...options,
      limits,
      source,
      ...(opened.names && { names: opened.names }),
      ...(opened.synthesisedManifest && { synthesisedManifest: true })
    });
    return { ...loaded, notes: [...(opened.notes ?? []), ...loaded.notes] };
  } finally {
    await opened.source.close();
  }
}
