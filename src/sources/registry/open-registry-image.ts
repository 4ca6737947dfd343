/**
 * Opens an image in an OCI distribution registry for the image loader: resolves the reference to
 * its top manifest or index and returns an ImageBlobSource for the rest.
 */
import type { Descriptor, ImageBlobSource, LoadImageOptions } from '../../targets/image/model.js';
import { RegistryAuth } from './auth.js';
import {
  environment,
  lookupCredentials,
  runCredentialHelper,
  type CredentialHelperRunner
} from './credentials.js';
import { parseRegistryReference } from './reference.js';
import { RegistryClient } from './registry-client.js';
import { RegistryImageSource } from './registry-source.js';
import { certsDirectory } from './tls-trust.js';
import { Transport } from './transport.js';

export const DEFAULT_MAX_JSON_BYTES = 8 * 1024 * 1024;
// Same defaults as the local reader (`DEFAULT_IMAGE_LIMITS` in ../limits.ts).
export const DEFAULT_MAX_LAYER_BYTES = 10 * 1024 * 1024 * 1024;

export interface RegistryImage {
  source: ImageBlobSource;
  /** The manifest or index the reference resolves to. */
  index: Descriptor;
  /** The canonical reference (`registry/repository:tag[@digest]`). */
  names: string[];
  /** Things the user should know that did not stop the pull (a missing credential helper…). */
  notes: string[];
}

/** Knobs for tests; the defaults are what users get. */
export interface RegistrySettings {
  /** Connect and idle timeout (default 30 s). */
  timeoutMs: number;
  /** Tries on 5xx and network errors (default 3). */
  attempts: number;
  /** First backoff delay, doubled per retry (default 500 ms). */
  backoffMs: number;
  sleep: (ms: number) => Promise<void>;
  /** For the backoff jitter (default `Math.random`). */
  random?: () => number;
  runCredentialHelper: CredentialHelperRunner;
}

const DEFAULT_SETTINGS: RegistrySettings = {
  timeoutMs: 30_000,
  attempts: 3,
  backoffMs: 500,
  sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
  runCredentialHelper
};

/** `host[:port]` of an `--insecure-registry` value (a scheme or path written with it is ignored). */
export function insecureHost(value: string): string {
  return value
    .trim()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .split('/')[0]!
    .toLowerCase();
}

/**
 * Resolves `reference` (`[host[:port]/]path[:tag][@digest]`) in its registry.
 *
 * @throws ConfigurationError for an invalid reference, RegistryError when the registry cannot be
 *   reached, refuses access, does not have the image or sends something unusable.
 */
export async function openRegistryImage(
  reference: string,
  options: LoadImageOptions,
  settings: Partial<RegistrySettings> = {}
): Promise<RegistryImage> {
  const {
    timeoutMs,
    attempts,
    backoffMs,
    sleep,
    random,
    runCredentialHelper: runHelper
  } = { ...DEFAULT_SETTINGS, ...settings };
  const parsed = parseRegistryReference(reference);
  const variable = environment(options.env);
  const notes: string[] = [];
  const note = (line: string) => {
    if (!notes.includes(line)) notes.push(line);
  };
  const insecureHosts = new Set((options.insecureRegistries ?? []).map(insecureHost));
  if (insecureHosts.has(parsed.registry)) insecureHosts.add(parsed.apiHost);
  const transport = new Transport({
    certsDir: certsDirectory(variable('BULKHEAD_REGISTRY_CERTS_DIR')),
    insecureHosts,
    timeoutMs,
    attempts,
    backoffMs,
    sleep,
    ...(random ? { random } : {}),
    // Node itself read this at startup from its own environment; certs.d roots must not drop it.
    extraCaFile: process.env.NODE_EXTRA_CA_CERTS,
    note
  });
  const auth = new RegistryAuth(
    transport,
    parsed.registry,
    parsed.repository,
    () => lookupCredentials(parsed.registry, options.env, runHelper),
    note
  );
  const client = new RegistryClient(transport, auth, parsed);
  const limits = {
    maxJsonBytes: options.limits?.maxJsonBytes ?? DEFAULT_MAX_JSON_BYTES,
    maxLayerBytes: options.limits?.maxLayerBytes ?? DEFAULT_MAX_LAYER_BYTES
  };
  try {
    const top = await client.fetchManifest(parsed.manifestReference, limits.maxJsonBytes);
    const source = new RegistryImageSource(
      client,
      limits,
      { digest: top.descriptor.digest, body: top.body },
      () => transport.close()
    );
    return { source, index: top.descriptor, names: [parsed.canonical], notes };
  } catch (error) {
    await transport.close();
    throw error;
  }
}
