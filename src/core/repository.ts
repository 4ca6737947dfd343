import type { RelatedLocation } from './location.js';

/** What a Dockerfile in the repository makes of an image it builds. */
export interface BuiltImage {
  /** The final image's user (`root`, `ContainerUser`, …); undefined when the Dockerfile leaves it unknown. */
  user?: string;
  os: 'windows' | 'linux' | 'unknown';
  /** The user comes from a USER instruction (not a base image default). */
  explicit: boolean;
  /** The Dockerfile line that decides the user (USER, else the final FROM), for SARIF relatedLocations. */
  location: RelatedLocation;
  /** The Windows build its final base image's tag pins (17763 for `…:ltsc2019`), and that FROM line (BH612). */
  windowsBase?: { build: number; location: RelatedLocation };
}

/** What BH612 needs of a RuntimeClass: Hyper-V isolation relaxes the build match, scheduling may pin a build. */
export interface RuntimeClassDetails {
  handler: string;
  /** `scheduling.nodeSelector` `node.kubernetes.io/windows-build` (`10.0.20348`), when set. */
  windowsBuild?: string;
  /** The RuntimeClass's windows-build line, for SARIF relatedLocations. */
  location?: RelatedLocation;
}

/** A registry some config in the repository reaches without verified TLS (for BH401). */
export interface InsecureRegistry {
  /** `host[:port]`, a registries.conf `location` prefix, a `*.domain` wildcard or a CIDR, lower-cased. */
  pattern: string;
  prefix: boolean;
  setting: 'plain-http' | 'skip-verify' | 'insecure-registry';
  /** The config key as written (`insecure-registries`, `plain-http`, …). */
  key: string;
  /** The config line, for SARIF relatedLocations. */
  location: RelatedLocation;
  /**
   * Registries (normalised `host[:port]`) the entry does not apply to: a default (containerd's
   * `certs.d/_default`) is read only for registries that have no configuration of their own.
   */
  except?: ReadonlySet<string>;
}

/** A ServiceAccount object of the scan (BH517 reads its token default). */
export interface ServiceAccountFact {
  /**
   * The file whose documents define it: a manifest, or a render's stream (its path as the rules see it).
   * A pod's own file or render is where its account is looked up first (BH517).
   */
  source: string;
  namespace?: string;
  /** Its `automountServiceAccountToken`; undefined when unset (the token is mounted). */
  automount?: boolean;
  /** The field when set, else the object's `kind:` line, for SARIF relatedLocations. */
  location: RelatedLocation;
}

/** Facts about the scanned tree that rules may read (they never touch the file system themselves). */
export interface RepositoryFacts {
  /** Every file found by discovery (not only target files), relative to the working directory, POSIX separators. */
  files: readonly string[];
  /** Text of the ignore files Docker reads (`.dockerignore`, `<name>.dockerignore`), by path. */
  ignoreFiles: ReadonlyMap<string, string>;
  /**
   * Images built by Dockerfiles of the repository, by canonical name without tag or digest
   * (`docker.io/library/app`, `ghcr.io/org/api`): from `.bulkhead.yml` `images`, Compose `build` +
   * `image`, and workflow `docker/build-push-action` `tags`.
   */
  builtImages: ReadonlyMap<string, BuiltImage>;
  /**
   * What a Dockerfile builds, by `buildTargetKey(path, target)`: its final stage, or the stage a
   * Compose `build.target` or a workflow `target:` names (for a Compose `build:` without an `image:` name).
   */
  dockerfileImages: ReadonlyMap<string, BuiltImage>;
  /** Dockerfile path → the build context a Compose `build.context` or workflow `context:` gives it. */
  buildContexts: ReadonlyMap<string, string>;
  /**
   * Dockerfile path → the names of the build contexts its builds give it besides the main one (lower
   * case: Compose `additional_contexts`, workflow `build-contexts`, bake `contexts`). BuildKit resolves
   * such a name in `FROM` and `COPY --from` to that context, not to an image.
   */
  namedContexts?: ReadonlyMap<string, ReadonlySet<string>>;
  /** Registries that registry configs of the repository mark insecure (plain HTTP or unverified TLS). */
  insecureRegistries: readonly InsecureRegistry[];
  /** RuntimeClass name → the OS its scheduling selects, from RuntimeClass objects in the scan. */
  runtimeClasses: ReadonlyMap<string, 'windows' | 'linux'>;
  /** RuntimeClass name → its handler and the Windows build its scheduling pins, for those in the scan (BH612). */
  runtimeClassDetails?: ReadonlyMap<string, RuntimeClassDetails>;
  /** ServiceAccount name → the ServiceAccount objects of that name in the scan (one per namespace). */
  serviceAccounts: ReadonlyMap<string, readonly ServiceAccountFact[]>;
  /**
   * `*.key`/`*.pem` files of the repository whose text is public material only (a PGP public key
   * block, a certificate, a public key): named like keys, they hold nothing secret (BH203).
   */
  publicKeyFiles?: ReadonlySet<string>;
}

export const EMPTY_REPOSITORY: RepositoryFacts = {
  files: [],
  ignoreFiles: new Map(),
  builtImages: new Map(),
  dockerfileImages: new Map(),
  buildContexts: new Map(),
  insecureRegistries: [],
  runtimeClasses: new Map(),
  serviceAccounts: new Map()
};

/**
 * A build of a Dockerfile: its path, and the stage it stops at when a build names one (`docker build
 * --target dev`, Compose `build.target`), as one key. Stage names are case-insensitive.
 */
export function buildTargetKey(path: string, target?: string): string {
  return target ? `${path}\u0000${target.toLowerCase()}` : path;
}

/** The Dockerfile path and target stage of a `buildTargetKey`. */
export function splitBuildTargetKey(key: string): { path: string; target?: string } {
  const at = key.indexOf('\u0000');
  return at < 0 ? { path: key } : { path: key.slice(0, at), target: key.slice(at + 1) };
}

/** Whether a path is a Docker ignore file whose text the engine should load. */
export function isDockerIgnoreFile(path: string): boolean {
  return path.endsWith('.dockerignore');
}
