/**
 * Finds credentials for a registry the way the Docker CLI does, after Bulkhead's own variables:
 * `BULKHEAD_REGISTRY_USERNAME` + `BULKHEAD_REGISTRY_PASSWORD`, `BULKHEAD_REGISTRY_TOKEN`, then
 * `config.json` (`$DOCKER_CONFIG`, else `$HOME/.docker`): `credHelpers[host]`, `credsStore`,
 * `auths[host]`. Only where a credential came from is ever reported, never its value.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { DOCKER_HUB, DOCKER_HUB_CONFIG_KEY } from './reference.js';

export type RegistryCredential =
  | { kind: 'basic'; username: string; password: string; source: string }
  /** An OAuth2 refresh token (`identitytoken`, or a helper's `<token>` user): exchanged at the realm. */
  | { kind: 'identity-token'; token: string; source: string }
  /** `BULKHEAD_REGISTRY_TOKEN`: tried as a refresh token, else sent as the bearer token itself. */
  | { kind: 'token'; token: string; source: string }
  /** `registrytoken`: a bearer token for the registry itself. */
  | { kind: 'registry-token'; token: string; source: string };

export interface CredentialLookup {
  credential?: RegistryCredential;
  /** Every place looked at, in order (for error messages). */
  tried: string[];
  /** Problems worth telling the user (a helper that is not installed…). */
  notes: string[];
}

export interface HelperCredential {
  username: string;
  secret: string;
}

/** Runs `docker-credential-<helper> get` for `serverUrl`; undefined when it has nothing for it. */
export type CredentialHelperRunner = (
  helper: string,
  serverUrl: string,
  env: NodeJS.ProcessEnv
) => Promise<HelperCredential | undefined>;

/** A helper is a program name; anything else in config.json is not run. */
const HELPER_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const HELPER_TIMEOUT_MS = 30_000;
/** What a helper prints when it has no credential (docker/docker-credential-helpers `credentials.ErrCredentialsNotFound`). */
const NOT_FOUND = /credentials not found/i;

/** Variable lookup: `options.env` wins when it has the key (even as undefined), else `process.env`. */
export function environment(env: NodeJS.ProcessEnv | undefined): (name: string) => string | undefined {
  return name => {
    const value =
      env !== undefined && Object.prototype.hasOwnProperty.call(env, name) ? env[name] : process.env[name];
    return value === '' ? undefined : value;
  };
}

/** The host part of a config.json `auths` key (`https://host/v1/` → `host`), like docker/cli `ConvertToHostname`. */
function keyHost(key: string): string {
  return key
    .replace(/^https?:\/\//i, '')
    .split('/')[0]!
    .toLowerCase();
}

const HUB_HOSTS = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);

/** The server name helpers and `auths` use for a registry: Docker Hub's legacy URL, else `host[:port]`. */
export function configKey(registry: string): string {
  return registry === DOCKER_HUB ? DOCKER_HUB_CONFIG_KEY : registry;
}

function sameRegistry(key: string, registry: string): boolean {
  const host = keyHost(key);
  return registry === DOCKER_HUB ? HUB_HOSTS.has(host) : host === registry;
}

interface AuthEntry {
  auth?: unknown;
  username?: unknown;
  password?: unknown;
  identitytoken?: unknown;
  registrytoken?: unknown;
}

interface DockerConfig {
  auths?: Record<string, AuthEntry>;
  credHelpers?: Record<string, unknown>;
  credsStore?: unknown;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function fromAuthEntry(entry: AuthEntry, source: string): RegistryCredential | undefined {
  const identityToken = text(entry.identitytoken);
  if (identityToken !== undefined) return { kind: 'identity-token', token: identityToken, source };
  const registryToken = text(entry.registrytoken);
  if (registryToken !== undefined) return { kind: 'registry-token', token: registryToken, source };
  const auth = text(entry.auth);
  if (auth !== undefined) {
    const decoded = Buffer.from(auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon > 0)
      return { kind: 'basic', username: decoded.slice(0, colon), password: decoded.slice(colon + 1), source };
    return undefined;
  }
  const username = text(entry.username);
  const password = text(entry.password);
  if (username !== undefined && password !== undefined) return { kind: 'basic', username, password, source };
  return undefined;
}

/** Looks up the credential for `registry` (`host[:port]`, `docker.io` for Docker Hub). */
export async function lookupCredentials(
  registry: string,
  env: NodeJS.ProcessEnv | undefined,
  runHelper: CredentialHelperRunner = runCredentialHelper
): Promise<CredentialLookup> {
  const variable = environment(env);
  const tried: string[] = [];
  const notes: string[] = [];
  const found = (credential: RegistryCredential): CredentialLookup => ({ credential, tried, notes });

  tried.push('BULKHEAD_REGISTRY_USERNAME/BULKHEAD_REGISTRY_PASSWORD');
  const username = variable('BULKHEAD_REGISTRY_USERNAME');
  const password = variable('BULKHEAD_REGISTRY_PASSWORD');
  if (username !== undefined && password !== undefined) {
    return found({
      kind: 'basic',
      username,
      password,
      source: 'BULKHEAD_REGISTRY_USERNAME/BULKHEAD_REGISTRY_PASSWORD'
    });
  }
  if ((username === undefined) !== (password === undefined)) {
    notes.push(
      `${username === undefined ? 'BULKHEAD_REGISTRY_PASSWORD' : 'BULKHEAD_REGISTRY_USERNAME'} is set without ` +
        `${username === undefined ? 'BULKHEAD_REGISTRY_USERNAME' : 'BULKHEAD_REGISTRY_PASSWORD'}: not used`
    );
  }
  tried.push('BULKHEAD_REGISTRY_TOKEN');
  const token = variable('BULKHEAD_REGISTRY_TOKEN');
  if (token !== undefined) return found({ kind: 'token', token, source: 'BULKHEAD_REGISTRY_TOKEN' });

  const configDir = variable('DOCKER_CONFIG') ?? join(variable('HOME') ?? homedir(), '.docker');
  const configPath = join(configDir, 'config.json');
  let config: DockerConfig;
  try {
    const parsed: unknown = JSON.parse(await readFile(configPath, 'utf8'));
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
      throw new Error('not an object');
    config = parsed as DockerConfig;
  } catch (error) {
    const missing = (error as { code?: unknown }).code === 'ENOENT';
    tried.push(missing ? `${configPath} (not found)` : `${configPath} (not valid JSON, ignored)`);
    if (!missing) notes.push(`${configPath} is not valid JSON: registry credentials in it are ignored`);
    return { tried, notes };
  }

  const server = configKey(registry);
  const helperName = Object.entries(config.credHelpers ?? {}).find(([key]) =>
    sameRegistry(key, registry)
  )?.[1];
  const store = text(helperName) ?? text(config.credsStore);
  if (store !== undefined) {
    const source = `docker-credential-${store} (${text(helperName) === undefined ? 'credsStore' : 'credHelpers'} in ${configPath})`;
    tried.push(source);
    if (!HELPER_NAME.test(store)) {
      notes.push(`${configPath}: credential helper name "${store}" is not a program name: not run`);
    } else {
      try {
        const helped = await runHelper(store, server, { ...process.env, ...env });
        if (helped !== undefined) {
          return found(
            helped.username === '<token>'
              ? { kind: 'identity-token', token: helped.secret, source }
              : { kind: 'basic', username: helped.username, password: helped.secret, source }
          );
        }
      } catch (error) {
        notes.push(error instanceof Error ? error.message : String(error));
      }
    }
  }

  const auths = config.auths ?? {};
  const key = Object.prototype.hasOwnProperty.call(auths, server)
    ? server
    : Object.keys(auths).find(candidate => sameRegistry(candidate, registry));
  const source = `auths["${key ?? server}"] in ${configPath}`;
  tried.push(source);
  const entry = key === undefined ? undefined : auths[key];
  if (entry !== undefined && entry !== null && typeof entry === 'object') {
    const credential = fromAuthEntry(entry, source);
    if (credential !== undefined) return found(credential);
  }
  return { tried, notes };
}

/**
 * `docker-credential-<helper> get` with the server URL on stdin (docker/docker-credential-helpers
 * protocol). A missing program or a failure is an Error whose message is safe to show: it never
 * includes the helper's output.
 */
export const runCredentialHelper: CredentialHelperRunner = (helper, serverUrl, env) =>
  new Promise((resolve, reject) => {
    const program = `docker-credential-${helper}`;
    const child = execFile(
      program,
      ['get'],
      { env, timeout: HELPER_TIMEOUT_MS, maxBuffer: 1024 * 1024, windowsHide: true },
      (error, stdout) => {
        if (error !== null) {
          const code = (error as { code?: unknown }).code;
          if (code === 'ENOENT') {
            reject(
              new Error(
                `${program} is not installed (named in Docker's config.json): continuing without credentials`
              )
            );
          } else if (NOT_FOUND.test(String(stdout))) {
            resolve(undefined);
          } else if (error.killed) {
            reject(
              new Error(
                `${program} get did not answer within ${HELPER_TIMEOUT_MS / 1000} s: continuing without credentials`
              )
            );
          } else {
            reject(
              new Error(`${program} get failed (exit code ${String(code)}): continuing without credentials`)
            );
          }
          return;
        }
        try {
          const parsed = JSON.parse(stdout) as { Username?: unknown; Secret?: unknown };
          const username = text(parsed.Username);
          const secret = text(parsed.Secret);
          resolve(username !== undefined && secret !== undefined ? { username, secret } : undefined);
        } catch {
          reject(
            new Error(`${program} get printed something that is not JSON: continuing without credentials`)
          );
        }
      }
    );
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(serverUrl);
  });
