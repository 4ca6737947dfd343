import type { Region } from '../../core/location.js';

/** The registry/trust configuration formats of RULES.md 8xx. */
export type RegistryConfigFormat =
  | 'docker-daemon' // daemon.json (Linux, rootless, Windows)
  | 'containerd' // config.toml v1, v2, v3 (one model)
  | 'containerd-hosts' // certs.d/<host>/hosts.toml
  | 'k3s-registries' // k3s / RKE2 registries.yaml (containerd's CRI registry model in YAML)
  | 'kind-cluster' // kind Cluster config: containerdConfigPatches (containerd config.toml fragments)
  | 'registries-conf' // registries.conf v1/v2, registries.conf.d/*.conf
  | 'containers-policy' // policy.json
  | 'notation-trust-policy' // trustpolicy.json
  | 'buildkitd' // buildkitd.toml
  | 'docker-client-config' // ~/.docker/config.json
  | 'dockerd-flags'; // dockerd command lines in scripts, systemd units, workflows

/**
 * A registry endpoint the config tells a runtime to reach without verified TLS.
 * `plain-http`: HTTP (BH801); `skip-verify`: TLS without certificate checks (BH802);
 * `insecure-registry`: Docker/containers "insecure registry" (TLS unverified AND HTTP fallback; BH802).
 */
export interface InsecureEndpoint {
  setting: 'plain-http' | 'skip-verify' | 'insecure-registry';
  /** The registry the setting applies to: `host[:port]` as written (`*.example.com`, CIDR `10.0.0.0/8` allowed). */
  registry: string;
  /**
   * When the endpoint is another host that serves a registry's pulls, that registry: a mirror's, or the
   * namespace of a hosts.toml whose upstream `server` is elsewhere. It counts for that registry (RULES.md
   * BH401) unless `resolvesTags` is false.
   */
  mirrorOf?: string;
  /** False for a hosts.toml host without the `resolve` capability: it never maps a tag to a digest. */
  resolvesTags?: boolean;
  /**
   * A hosts.toml `server` (or a setting at its root): the namespace's upstream itself, not a mirror,
   * so messages call it a registry.
   */
  upstream?: boolean;
  /** The key as written, for messages: `insecure-registries`, `plain-http`, `insecure_skip_verify`, `http`, `server`, … */
  key: string;
  region: Region;
  /** Loopback hosts, or hosts.toml hosts trusted only to `pull`: BH801 is low for them. */
  lowRisk: boolean;
  /** registries.conf `location` (a prefix match at path boundaries) rather than an exact host. */
  prefix?: boolean;
  /**
   * A default for registries without configuration of their own (containerd's `certs.d/_default`, the
   * `"*"` entries of a CRI or k3s registry table): a registry that has its own does not fall under it
   * (RULES.md BH401). `endpoint`: the whole setting is the default's; `mirror`: only its mirroring of
   * every registry is (a `configs` entry for a host the `"*"` mirror lists is that host's own).
   */
  fallback?: 'endpoint' | 'mirror';
}

/** A Docker daemon listening socket (`hosts` / `-H`). */
export interface DaemonListener {
  address: string;
  /** TLS client verification on (`tlsverify: true` / `--tlsverify`). */
  tlsVerify: boolean;
  key: string;
  region: Region;
}

/** Registry credentials written inline (BH208). */
export interface InlineRegistryCredential {
  registry: string;
  /** `auth`, `identitytoken`, `password`, … */
  key: string;
  /** The secret (for redaction only; never printed whole). */
  value: string;
  region: Region;
}

/** A way a trust policy fails to enforce signatures (BH804). */
export interface TrustWeakness {
  /** A short description for the message, e.g. "default policy 'insecureAcceptAnything'". */
  detail: string;
  region: Region;
}

/** registries.conf short-name resolution (BH805). */
export interface ShortNameResolution {
  searchRegistries: string[];
  /** `short-name-mode` when set (`enforcing`, `permissive`, `disabled`). */
  mode?: string;
  region: Region;
}

/** A registry/trust config file reduced to what the 8xx rules and BH401 need. */
export interface RegistryConfigDocument {
  format: RegistryConfigFormat;
  text: string;
  insecureEndpoints: InsecureEndpoint[];
  listeners: DaemonListener[];
  credentials: InlineRegistryCredential[];
  trustWeaknesses: TrustWeakness[];
  shortNames?: ShortNameResolution;
  /**
   * The registries a CRI or k3s registry table configures by name (`mirrors` keys; in k3s `configs`
   * keys too): its `"*"` defaults do not apply to them.
   */
  configuredRegistries?: string[];
}

declare module '../../core/target.js' {
  interface TargetDocuments {
    'registry-config': RegistryConfigDocument;
  }
}
