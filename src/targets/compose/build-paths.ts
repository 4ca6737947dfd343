import { posix } from 'node:path';
import type { YamlNode } from '../yaml/yaml-node.js';

/** Where a Compose service's `build` takes its Dockerfile from, as repository paths. */
export interface ComposeBuildPaths {
  /** The build context directory. */
  context: string;
  /** The Dockerfile, relative to the context unless the file names another. */
  dockerfile: string;
}

/**
 * The context and Dockerfile of a service's `build: ctx` or `build: {context, dockerfile}`, relative
 * to the Compose file at `file` (https://docs.docker.com/reference/compose-file/build/). Docker Compose
 * on Windows takes `\` as a separator there, and Compose files for Windows containers write it
 * (`context: .\src\eShopModernizedMVC`): it is one here, in these two fields only. Remote contexts (Git
 * URLs) and `dockerfile_inline` name no file of the repository.
 */
export function composeBuildPaths(file: string, build: YamlNode | undefined): ComposeBuildPaths | undefined {
  if (!build || build.kind === 'null') return undefined;
  const context = build.text ?? build.get('context')?.text ?? '.';
  if (/^[a-z][a-z0-9+.-]*:\/\/|^git@/i.test(context) || build.get('dockerfile_inline')) return undefined;
  const dockerfile = build.get('dockerfile')?.text ?? 'Dockerfile';
  const directory = posix.join(posix.dirname(file), withSlashes(context));
  return { context: directory, dockerfile: posix.join(directory, withSlashes(dockerfile)) };
}

function withSlashes(path: string): string {
  return path.split('\\').join('/');
}
