/**
 * Which certificates to trust for a registry host: Node's defaults (Mozilla's roots plus
 * `NODE_EXTRA_CA_CERTS`, which Node reads itself), extended by Docker's per-registry convention
 * `<certs.d>/<host[:port]>/*.crt` (CA roots) and `*.cert` + `*.key` (client certificate).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { rootCertificates } from 'node:tls';

export const DEFAULT_CERTS_DIR = '/etc/docker/certs.d';

export interface TlsTrust {
  /** Set only when certs.d adds roots: Node's defaults plus them (a `ca` option replaces the defaults). */
  ca?: string[];
  cert?: string;
  key?: string;
}

/** `BULKHEAD_REGISTRY_CERTS_DIR`, else Docker's `/etc/docker/certs.d`. */
export function certsDirectory(configured: string | undefined): string {
  return configured !== undefined && configured !== '' ? configured : DEFAULT_CERTS_DIR;
}

/**
 * Reads `<certsDir>/<host>/` (a missing directory means nothing to add). Unreadable files are
 * reported through `note`, never fatal: the TLS handshake then says what is wrong.
 */
export async function loadTlsTrust(
  host: string,
  certsDir: string,
  extraCaFile: string | undefined,
  note: (line: string) => void
): Promise<TlsTrust> {
  const directory = join(certsDir, host);
  let names: string[];
  try {
    names = (await readdir(directory)).sort();
  } catch {
    return {};
  }
  const roots: string[] = [];
  const trust: TlsTrust = {};
  for (const name of names) {
    const path = join(directory, name);
    try {
      if (name.endsWith('.crt')) {
        roots.push(await readFile(path, 'utf8'));
      } else if (name.endsWith('.cert') && trust.cert === undefined) {
        const keyName = `${name.slice(0, -'.cert'.length)}.key`;
        if (!names.includes(keyName)) {
          note(`${path}: client certificate without ${keyName}, not used`);
          continue;
        }
        trust.cert = await readFile(path, 'utf8');
        trust.key = await readFile(join(directory, keyName), 'utf8');
      }
    } catch {
      note(`${path}: cannot be read, not used`);
    }
  }
  if (roots.length > 0) {
    const extra: string[] = [];
    if (extraCaFile !== undefined && extraCaFile !== '') {
      try {
        extra.push(await readFile(extraCaFile, 'utf8'));
      } catch {
        note(`NODE_EXTRA_CA_CERTS (${extraCaFile}) cannot be read, not used for ${host}`);
      }
    }
    trust.ca = [...rootCertificates, ...extra, ...roots];
  }
  return trust;
}
