import { posix } from 'node:path';
import type { YamlNode } from '../yaml/yaml-node.js';
import { inlineDockerfilePath } from './inline-dockerfile.js';

/** Where a Compose service's `build` takes its Dockerfile from, as repository paths. */
export interface ComposeBuildPaths {
  /** The build context directory. */
  context: string;
  /** The Dockerfile, relative to the context unless the file names another; for `dockerfile_inline`, its stand-in path. */
  dockerfile: string;
  /** The Dockerfile is the service's `dockerfile_inline` text. */
  inline?: true;
}

/**
 * The context and Dockerfile of a service's `build: ctx` or `build: {context, dockerfile}`, relative
 * to the Compose file at `file` (https://docs.docker.com/reference/compose-file/build/). Docker Compose
 * on Windows takes `\` as a separator there, and Compose files for Windows containers write it
 * (`context: .\src\eShopModernizedMVC`): it is one here, in these two fields only. Remote contexts (Git
 * URLs) name no file of the repository. A `dockerfile_inline` string is the Dockerfile (Compose takes it
 * over `dockerfile`), under its stand-in path (inlineDockerfilePath) with the context it builds in; one
 * that is no string builds nothing Compose accepts.
 */
export function composeBuildPaths(
  file: string,
  build: YamlNode | undefined,
  service: string
): ComposeBuildPaths | undefined {
  if (!build || build.kind === 'null') return undefined;
  const context = build.text ?? build.get('context')?.text ?? '.';
  if (/^[a-z][a-z0-9+.-]*:\/\/|^git@/i.test(context)) return undefined;
  const directory = posix.join(posix.dirname(file), withSlashes(context));
  const inline = build.get('dockerfile_inline');
  if (inline)
    return typeof inline.scalar === 'string'
      ? { context: directory, dockerfile: inlineDockerfilePath(file, service), inline: true }
      : undefined;
  const dockerfile = build.get('dockerfile')?.text ?? 'Dockerfile';
  return { context: directory, dockerfile: posix.join(directory, withSlashes(dockerfile)) };
}

function withSlashes(path: string): string {
  return path.split('\\').join('/');
}
