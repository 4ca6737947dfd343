import type { RegistryConfigDocument } from './registry-config-document.js';
import type { RegistryFormat } from './registry-format.js';
import { containerdFormat } from './containerd-config.js';
import { containerdHostsFormat } from './containerd-hosts.js';
import { k3sRegistriesFormat } from './k3s-registries.js';
import { kindClusterFormat } from './kind-cluster-config.js';
import { buildkitdFormat } from './buildkitd-config.js';
import { registriesConfFormat } from './registries-conf.js';
import { dockerDaemonFormat } from './docker-daemon-config.js';
import { dockerClientConfigFormat } from './docker-client-config.js';
import { containersPolicyFormat } from './containers-policy.js';
import { notationTrustPolicyFormat } from './notation-trust-policy.js';
import { dockerdFlagsFormat } from './dockerd-flags.js';

/** Every format of RULES.md 8xx, most specific first. */
export const REGISTRY_FORMATS: readonly RegistryFormat[] = [
  containerdHostsFormat,
  containerdFormat,
  k3sRegistriesFormat,
  kindClusterFormat,
  buildkitdFormat,
  registriesConfFormat,
  dockerDaemonFormat,
  dockerClientConfigFormat,
  containersPolicyFormat,
  notationTrustPolicyFormat,
  dockerdFlagsFormat
];

/** The format of a file, by name and content; undefined when it is not registry configuration. */
export function registryFormatOf(path: string, text: string): RegistryFormat | undefined {
  return REGISTRY_FORMATS.find(format => format.matches(path, text));
}

/** Parses a file already known to be registry configuration (throws InputParseError on bad syntax). */
export function parseRegistryConfig(text: string, path: string): RegistryConfigDocument {
  const format = registryFormatOf(path, text);
  if (!format) throw new Error(`'${path}' is not a registry configuration file.`);
  return format.parse(text, path);
}
