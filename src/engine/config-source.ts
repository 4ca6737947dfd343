import { posix } from 'node:path';

/** A config file in another GitHub repository: `owner/repo/path@ref`. */
export interface RemoteConfigSource {
  owner: string;
  repo: string;
  path: string;
  ref: string;
}

// GitHub's own limits on owner and repository names; the path may not climb out of the repository.
const REMOTE =
  /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})\/([^@\s]+)@([A-Za-z0-9._/-]{1,255})$/;

/**
 * Reads an `extends:` entry as `owner/repo/path@ref`, or undefined for a path in the repository. A local
 * path with an `@` must start with `./` to stay local.
 */
export function parseRemoteConfigSource(entry: string): RemoteConfigSource | undefined {
  if (entry.startsWith('./') || entry.startsWith('../') || entry.startsWith('/')) return undefined;
  const match = REMOTE.exec(entry);
  if (!match) return undefined;
  const path = posix.normalize(match[3] as string);
  if (path.startsWith('../') || path === '..' || path.startsWith('/')) return undefined;
  return { owner: match[1] as string, repo: match[2] as string, path, ref: match[4] as string };
}

export function formatRemoteConfigSource(source: RemoteConfigSource): string {
  return `${source.owner}/${source.repo}/${source.path}@${source.ref}`;
}

/** A relative `extends:` inside a remote config names a file in the same repository at the same ref. */
export function resolveInRemote(from: RemoteConfigSource, entry: string): RemoteConfigSource | undefined {
  const path = posix.normalize(posix.join(posix.dirname(from.path), entry));
  if (path.startsWith('../') || path === '..') return undefined;
  return { ...from, path };
}
