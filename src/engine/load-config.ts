import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ConfigurationError, errorMessage } from '../core/errors.js';
import { parseConfig, type BulkheadConfig } from './config-file.js';
import {
  formatRemoteConfigSource,
  parseRemoteConfigSource,
  resolveInRemote,
  type RemoteConfigSource
} from './config-source.js';
import { mergeConfigs } from './merge-configs.js';

export const CONFIG_FILE_NAME = '.bulkhead.yml';

/** How deep `extends:` may chain (a base extending a base…); deeper is surely a mistake. */
export const MAX_EXTENDS_DEPTH = 5;

/**
 * Reads `owner/repo/path@ref` for `extends:` (the CLI and the Action build it on GitHub's contents API
 * with their token). Without it, a remote `extends:` is a configuration error.
 */
export type ReadRemoteConfig = (source: RemoteConfigSource) => Promise<string>;

/**
 * Loads the config: `explicit` (from `--config`) must exist; otherwise `.bulkhead.yml` (or `.yaml`) in the
 * first scanned directory, else in the working directory. Undefined when there is none. `extends:` entries
 * are loaded first and merged under the file (merge-configs.ts).
 */
export async function loadConfig(
  explicit: string | undefined,
  firstPath: string | undefined,
  cwd: string,
  readRemote?: ReadRemoteConfig
): Promise<BulkheadConfig | undefined> {
  const file = findConfigFile(explicit, firstPath, cwd);
  if (!file) return undefined;
  const config = await resolveExtends(
    await parseConfig(readLocal(file), file, dirname(file)),
    { file },
    [file],
    readRemote
  );
  return { ...config, file };
}

function findConfigFile(explicit: string | undefined, firstPath: string | undefined, cwd: string) {
  if (explicit) {
    const file = resolve(cwd, explicit);
    if (!existsSync(file)) throw new ConfigurationError(`Config file '${explicit}' does not exist.`);
    return file;
  }
  const firstDir = firstPath ? resolve(cwd, firstPath) : cwd;
  const dirs = [isDirectory(firstDir) ? firstDir : dirname(firstDir), cwd];
  for (const dir of dirs) {
    for (const name of [CONFIG_FILE_NAME, '.bulkhead.yaml']) {
      const file = join(dir, name);
      if (existsSync(file)) return file;
    }
  }
  return undefined;
}

/** Where a config came from: a local file, or a file in another repository. */
type Origin = { file: string } | { remote: RemoteConfigSource };

async function resolveExtends(
  config: BulkheadConfig,
  origin: Origin,
  chain: string[],
  readRemote: ReadRemoteConfig | undefined
): Promise<BulkheadConfig> {
  const name = chain.at(-1) as string;
  let base: BulkheadConfig | undefined;
  for (const entry of config.extends ?? []) {
    const remote =
      parseRemoteConfigSource(entry) ??
      ('remote' in origin ? resolveInRemote(origin.remote, entry) : undefined);
    if ('remote' in origin && !remote)
      throw new ConfigurationError(`${name}: extends '${entry}' leaves the repository it is read from.`);
    const key = remote
      ? formatRemoteConfigSource(remote)
      : resolve(dirname((origin as { file: string }).file), entry);
    if (chain.includes(key))
      throw new ConfigurationError(
        `${name}: extends '${entry}' makes a cycle (${[...chain, key].join(' → ')}).`
      );
    if (chain.length > MAX_EXTENDS_DEPTH)
      throw new ConfigurationError(`${name}: extends nests deeper than ${MAX_EXTENDS_DEPTH} files.`);
    let text: string;
    if (remote) {
      if (!readRemote)
        throw new ConfigurationError(
          `${name}: extends '${entry}' is in another repository, which cannot be read here.`
        );
      text = await readRemote(remote);
    } else {
      if (!existsSync(key))
        throw new ConfigurationError(`${name}: extends '${entry}': no such file (${key}).`);
      text = readLocal(key);
    }
    // Every extended file's paths are read against the extending file's directory (merge-configs.ts).
    const parsed = await parseConfig(text, key, config.baseDir);
    const resolved = await resolveExtends(
      parsed,
      remote ? { remote } : { file: key },
      [...chain, key],
      readRemote
    );
    base = base ? mergeConfigs(base, resolved) : resolved;
  }
  const own = { ...config, extends: undefined };
  return base ? mergeConfigs(base, own) : own;
}

function readLocal(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigurationError(`Cannot read config file '${file}': ${errorMessage(error)}`);
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
