import type { Region } from '../../core/location.js';
import { classifyValue } from '../../secrets/literal-value.js';
import { isLoopbackHost } from './loopback-host.js';
import type { InlineRegistryCredential, InsecureEndpoint } from './registry-config-document.js';

/**
 * One `insecure-registries` entry (daemon.json) or `--insecure-registry` value: dockerd strips an
 * `http://`/`https://` prefix (with a warning) and keeps `host[:port]` or a CIDR. Undefined when empty.
 */
export function dockerInsecureRegistry(
  value: string,
  key: string,
  region: Region
): InsecureEndpoint | undefined {
  const registry = value
    .trim()
    .replace(/^https?:\/\//i, '')
    .replace(/\/+$/, '');
  if (!registry) return undefined;
  return { setting: 'insecure-registry', registry, key, region, lowRisk: isLoopbackHost(registry) };
}

/**
 * One `registry-mirrors` entry or `--registry-mirror` value. Docker's mirrors only ever mirror Docker
 * Hub (moby `daemon/pkg/registry`), so an `http://` mirror is plain HTTP for every `docker.io` pull.
 * dockerd rejects userinfo in a mirror URL, but a committed `user:password@` is still a leaked
 * credential (for redaction: the password only).
 */
export function dockerRegistryMirror(
  value: string,
  key: string,
  region: Region
): { endpoint?: InsecureEndpoint; credential?: InlineRegistryCredential } {
  const match = /^([a-z][a-z0-9+.-]*):\/\/([^/?#\s]*)/i.exec(value.trim());
  if (!match) return {};
  const authority = match[2] as string;
  const at = authority.lastIndexOf('@');
  const host = authority.slice(at + 1);
  if (!host) return {};
  const result: { endpoint?: InsecureEndpoint; credential?: InlineRegistryCredential } = {};
  const userinfo = at >= 0 ? authority.slice(0, at) : '';
  const colon = userinfo.indexOf(':');
  const password = colon >= 0 ? userinfo.slice(colon + 1) : '';
  if (password && classifyValue(password).literal)
    result.credential = { registry: host, key, value: password, region };
  if ((match[1] as string).toLowerCase() === 'http')
    result.endpoint = {
      setting: 'plain-http',
      registry: host,
      mirrorOf: 'docker.io',
      key,
      region,
      lowRisk: isLoopbackHost(host)
    };
  return result;
}

/**
 * Whether a dockerd listener address speaks TCP: `tcp://…`, or an address without a scheme (dockerd
 * reads `0.0.0.0:2375` and `:2375` as TCP). `unix://`, `npipe://`, `fd://` and `ssh://` do not.
 */
export function isTcpAddress(address: string): boolean {
  const trimmed = address.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(trimmed)?.[1];
  return scheme === undefined ? trimmed !== '' : scheme.toLowerCase() === 'tcp';
}
