import { ConfigurationError } from '../../core/errors.js';
import { parseImageReference } from '../../targets/dockerfile/image-reference.js';

/** Docker Hub: the name references use, the host its API answers on, its key in `config.json`. */
export const DOCKER_HUB = 'docker.io';
export const DOCKER_HUB_API_HOST = 'registry-1.docker.io';
export const DOCKER_HUB_CONFIG_KEY = 'https://index.docker.io/v1/';

/** A reference to an image in a registry, resolved the way `docker pull` resolves it. */
export interface RegistryReference {
  /** `host[:port]` as written (lower-cased), `docker.io` for Docker Hub. */
  registry: string;
  /** `host[:port]` the distribution API is reached at (`registry-1.docker.io` for Docker Hub). */
  apiHost: string;
  /** Repository path: `library/nginx`, `team/app`. */
  repository: string;
  tag?: string;
  digest?: string;
  /** What is asked for under `/v2/<repository>/manifests/`: the digest when given, else the tag. */
  manifestReference: string;
  /** `registry/repository[:tag][@digest]`, with `latest` filled in when neither was written. */
  canonical: string;
}

const DIGEST = /^(?:sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;

/**
 * Parses `[host[:port]/]path[:tag][@digest]` (an optional `docker://` prefix is accepted, as
 * skopeo writes it). The first component is a registry when it is `localhost`, contains `.` (a
 * domain or an IPv4 address) or `:` (a port), or is a bracketed IPv6 address; otherwise the
 * image is on Docker Hub and one-component names get the `library/` prefix.
 *
 * @throws ConfigurationError when the reference is not valid.
 */
export function parseRegistryReference(raw: string): RegistryReference {
  const written = raw.startsWith('docker://') ? raw.slice('docker://'.length) : raw;
  const parsed = parseImageReference(written);
  if (parsed === undefined) {
    throw new ConfigurationError(
      `"${raw}" is not a valid image reference ([host[:port]/]path[:tag][@digest])`
    );
  }
  if (parsed.repository !== parsed.repository.toLowerCase()) {
    throw new ConfigurationError(`"${raw}": repository names must be lower case`);
  }
  if (parsed.digest !== undefined && !DIGEST.test(parsed.digest)) {
    throw new ConfigurationError(`"${raw}": the digest must be sha256:<64 hex> or sha512:<128 hex>`);
  }
  const registry = parsed.registry.toLowerCase();
  const tag = parsed.tag ?? (parsed.digest === undefined ? 'latest' : undefined);
  const reference: RegistryReference = {
    registry,
    apiHost: registry === DOCKER_HUB ? DOCKER_HUB_API_HOST : registry,
    repository: parsed.repository,
    manifestReference: parsed.digest ?? tag ?? 'latest',
    canonical:
      `${registry}/${parsed.repository}` +
      (tag === undefined ? '' : `:${tag}`) +
      (parsed.digest === undefined ? '' : `@${parsed.digest}`)
  };
  if (tag !== undefined) reference.tag = tag;
  if (parsed.digest !== undefined) reference.digest = parsed.digest;
  return reference;
}
