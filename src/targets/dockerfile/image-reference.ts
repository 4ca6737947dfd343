/** An image reference (`[registry/]repository[:tag][@digest]`) split the way Docker resolves it. */
export interface ImageReference {
  /** The reference as written. */
  raw: string;
  /** `docker.io` when none is written (or a Docker Hub alias is); otherwise `host[:port]` exactly as written. */
  registry: string;
  /** Whether the reference names a registry explicitly (`docker.io/nginx` does, `nginx` does not). */
  registryWritten: boolean;
  /** Path without the registry, as written: `library/nginx` for `nginx`, `windows/nanoserver`. */
  repository: string;
  tag?: string;
  /** `sha256:…` (the part after `@`). */
  digest?: string;
  /** Canonical `registry/repository` (`docker.io/library/nginx`) for matching. */
  name: string;
  /**
   * Set only on the literal parts of a reference with unresolved variables (`literalImageReference`):
   * `registry` — a variable stood for the registry or the path before the literal one, so `registry`
   * and `name` are placeholders; `tag` — a variable stood in the tag or digest, so `tag` holds only its
   * literal words (or is absent) and the image is not known to be untagged.
   */
  unresolved?: { registry: boolean; tag: boolean };
}

const DOCKER_HUB = 'docker.io';
/** Names Docker treats as Docker Hub (`index.docker.io` is the legacy default domain). */
const DOCKER_HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);

// Grammar of https://github.com/distribution/reference/blob/main/regexp.go, except that
// upper case is accepted in path components: Docker rejects `FROM Ubuntu`, but a scanner should
// still understand what was meant.
const HOST_LABEL = '(?:[a-z0-9]|[a-z0-9][a-z0-9-]*[a-z0-9])';
const HOST = new RegExp(`^(?:${HOST_LABEL}(?:\\.${HOST_LABEL})*|\\[[0-9a-f:.]+\\])(?::[0-9]+)?$`, 'i');
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/i;
const TAG = /^\w[\w.-]{0,127}$/;
// OCI digest grammar (https://github.com/opencontainers/image-spec/blob/main/descriptor.md#digests);
// the encoded part is not length-checked so that shortened digests in docs and tests still parse.
const DIGEST = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;

/**
 * Parses an image reference as `docker pull` would
 * (https://github.com/distribution/reference/blob/main/normalize.go): the first path component is
 * a registry only when it contains `.` or `:` or is `localhost`, so a port is never taken for a tag;
 * Docker Hub short names become `docker.io/library/<name>`.
 *
 * @returns undefined when `raw` is not a valid reference: empty, containing whitespace, an
 *   unresolved `$` variable, or characters the grammar does not allow.
 */
export function parseImageReference(raw: string): ImageReference | undefined {
  if (raw === '' || /[\s$]/.test(raw)) return undefined;

  let rest = raw;
  let digest: string | undefined;
  const at = raw.indexOf('@');
  if (at !== -1) {
    digest = raw.slice(at + 1);
    rest = raw.slice(0, at);
    if (!DIGEST.test(digest)) return undefined;
  }

  const slash = rest.indexOf('/');
  const first = slash === -1 ? '' : rest.slice(0, slash);
  const registryWritten = slash !== -1 && (/[.:]/.test(first) || first === 'localhost');
  if (registryWritten && !HOST.test(first)) return undefined;
  let path = registryWritten ? rest.slice(slash + 1) : rest;

  // With the registry removed, the only `:` left can introduce the tag.
  let tag: string | undefined;
  const colon = path.lastIndexOf(':');
  if (colon !== -1) {
    tag = path.slice(colon + 1);
    path = path.slice(0, colon);
    if (!TAG.test(tag)) return undefined;
  }
  if (!path.split('/').every(component => PATH_COMPONENT.test(component))) return undefined;
  // `FROM REPLACE-ME`, `image: IMAGE_URL`: a name in capitals alone is a placeholder for an image, not one.
  if (!registryWritten && !path.includes('/') && !/[a-z]/.test(path)) return undefined;

  const registry = !registryWritten || DOCKER_HUB_ALIASES.has(first.toLowerCase()) ? DOCKER_HUB : first;
  // Official images live under `library/` (`docker.io/nginx` is `docker.io/library/nginx` too).
  const repository = registry === DOCKER_HUB && !path.includes('/') ? `library/${path}` : path;

  const reference: ImageReference = {
    raw,
    registry,
    registryWritten,
    repository,
    name: `${registry}/${repository}`
  };
  if (tag !== undefined) reference.tag = tag;
  if (digest !== undefined) reference.digest = digest;
  return reference;
}
