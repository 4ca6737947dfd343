import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ConfigurationError, errorMessage } from '../core/errors.js';
import { parseConfig, type BulkheadConfig } from './config-file.js';

export const CONFIG_FILE_NAME = '.bulkhead.yml';

/**
 * Loads the config: `explicit` (from `--config`) must exist; otherwise `.bulkhead.yml` (or `.yaml`) in the
 * first scanned directory, else in the working directory. Undefined when there is none.
 */
export function loadConfig(
  explicit: string | undefined,
  firstPath: string | undefined,
  cwd: string
): BulkheadConfig | undefined {
  if (explicit) {
    const file = resolve(cwd, explicit);
    if (!existsSync(file)) throw new ConfigurationError(`Config file '${explicit}' does not exist.`);
    return readConfig(file);
  }
  const firstDir = firstPath ? resolve(cwd, firstPath) : cwd;
  const dirs = [isDirectory(firstDir) ? firstDir : dirname(firstDir), cwd];
  for (const dir of dirs) {
    for (const name of [CONFIG_FILE_NAME, '.bulkhead.yaml']) {
      const file = join(dir, name);
      if (existsSync(file)) return readConfig(file);
    }
  }
  return undefined;
}

function readConfig(file: string): BulkheadConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigurationError(`Cannot read config file '${file}': ${errorMessage(error)}`);
  }
  return parseConfig(text, file, dirname(file));
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
