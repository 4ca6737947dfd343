import { Buffer } from 'node:buffer';
import { classifyValue } from '../../secrets/literal-value.js';
import type { YamlNode } from '../yaml/yaml-node.js';
import { parseJsonConfig, probeJson } from './json-config.js';
import type { InlineRegistryCredential, RegistryConfigDocument } from './registry-config-document.js';
import type { RegistryFormat } from './registry-format.js';
import { baseName } from './path-segments.js';
import { append } from '../../core/append.js';

/** Top-level keys only the Docker CLI's config.json has (docker/cli `cli/config/configfile/file.go`). */
const CLIENT_KEYS = ['auths', 'credsStore', 'credHelpers'];
/**
 * The names the format goes by: the Docker CLI's `config.json`; `auth.json`, where Podman, Buildah,
 * Skopeo and CRI-O keep the same `auths` (containers/image `containers-auth.json.5.md`); and
 * `.dockerconfigjson`, the file `kubectl create secret docker-registry --from-file` reads.
 */
const CONFIG_NAMES = new Set(['config.json', 'auth.json', '.dockerconfigjson', 'dockerconfig.json']);
/** Plain-text secrets an `auths` entry may hold besides `auth` (docker/cli `cli/config/types/authconfig.go`). */
const TOKEN_KEYS = ['identitytoken', 'registrytoken', 'password'];

/**
 * The Docker CLI's `~/.docker/config.json` (Windows `%USERPROFILE%\.docker\config.json`), and the
 * containers tools' `auth.json` in the same format (CONFIG_NAMES): credentials
 * stored inline under `auths."<registry>"` — `auth` (base64 `user:password`), `identitytoken`,
 * `registrytoken`, `password` — are BH208. `credsStore`/`credHelpers` keep them out of the file and are
 * fine, as is the empty `{}` entry the CLI writes when a helper holds the secret.
 */
export const dockerClientConfigFormat: RegistryFormat = {
  format: 'docker-client-config',
  matches(path, text) {
    if (!CONFIG_NAMES.has(baseName(path).toLowerCase())) return false;
    const probe = probeJson(text);
    if (probe.kind === 'object') return CLIENT_KEYS.some(key => Object.hasOwn(probe.value, key));
    return (
      probe.kind === 'invalid' &&
      /^\s*\{/.test(text.replace(/^\uFEFF/, '')) &&
      CLIENT_KEYS.some(key => text.includes(`"${key}"`))
    );
  },
  parse(text) {
    const document: RegistryConfigDocument = {
      format: 'docker-client-config',
      text,
      insecureEndpoints: [],
      listeners: [],
      credentials: [],
      trustWeaknesses: []
    };
    const root = parseJsonConfig(text, 'Docker config.json');
    for (const [registry, entry] of root?.get('auths')?.entries() ?? []) {
      append(document.credentials, entryCredentials(registry, entry));
    }
    return document;
  }
};

function entryCredentials(registry: string, entry: YamlNode): InlineRegistryCredential[] {
  const found: InlineRegistryCredential[] = [];
  const auth = entry.get('auth');
  const encoded = typeof auth?.scalar === 'string' ? auth.scalar.trim() : '';
  if (auth && encoded && hasLiteralPassword(encoded)) {
    found.push({ registry, key: 'auth', value: encoded, region: auth.reportRegion });
  }
  for (const key of TOKEN_KEYS) {
    const node = entry.get(key);
    if (typeof node?.scalar === 'string' && classifyValue(node.scalar).literal)
      found.push({ registry, key, value: node.scalar, region: node.reportRegion });
  }
  return found;
}

/**
 * Whether an `auth` value is base64 of `user:password` with a user and a literal password, as the
 * CLI decodes it (`base64.StdEncoding`, then a cut at the first `:`). `${AUTH}`, `<base64>` and other
 * placeholders do not decode; `user:` has no secret.
 */
function hasLiteralPassword(encoded: string): boolean {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded) || encoded.replace(/=+$/, '').length % 4 === 1) return false;
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  if (decoded.includes('\uFFFD') || hasControlCharacters(decoded)) return false; // binary, not `user:password`
  const colon = decoded.indexOf(':');
  if (colon <= 0) return false;
  return classifyValue(decoded.slice(colon + 1)).literal;
}

function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) return true;
  }
  return false;
}
