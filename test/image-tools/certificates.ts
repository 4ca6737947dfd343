/**
 * Throwaway TLS material for loopback test servers, made with `openssl` at test time in a temp
 * directory (the repository never holds a private key): a CA and a server certificate it signs
 * for 127.0.0.1 and localhost.
 */
import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface TestCertificates {
  /** The CA certificate (PEM file) clients must trust. */
  caFile: string;
  caPem: string;
  /** Server certificate and key (PEM files) for 127.0.0.1 and localhost. */
  certFile: string;
  keyFile: string;
  certPem: string;
  keyPem: string;
}

async function openssl(args: string[], cwd: string): Promise<void> {
  await run('openssl', args, { cwd });
}

/** Writes `ca.crt`, `server.crt` and `server.key` (ECDSA P-256, valid 2 days) into `dir`. */
export async function makeTestCertificates(
  dir: string,
  commonName = 'Bulkhead test CA'
): Promise<TestCertificates> {
  await mkdir(dir, { recursive: true });
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-sha256'];
  await openssl(
    [
      'req',
      '-x509',
      ...ec,
      '-days',
      '2',
      '-subj',
      `/CN=${commonName}`,
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign,cRLSign',
      '-keyout',
      'ca.key',
      '-out',
      'ca.crt'
    ],
    dir
  );
  await openssl(['req', ...ec, '-subj', '/CN=127.0.0.1', '-keyout', 'server.key', '-out', 'server.csr'], dir);
  await writeFile(
    join(dir, 'server.ext'),
    'subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n' +
      'keyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n'
  );
  await openssl(
    [
      'x509',
      '-req',
      '-in',
      'server.csr',
      '-CA',
      'ca.crt',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-days',
      '2',
      '-sha256',
      '-extfile',
      'server.ext',
      '-out',
      'server.crt'
    ],
    dir
  );
  const caFile = join(dir, 'ca.crt');
  const certFile = join(dir, 'server.crt');
  const keyFile = join(dir, 'server.key');
  return {
    caFile,
    caPem: await readFile(caFile, 'utf8'),
    certFile,
    keyFile,
    certPem: await readFile(certFile, 'utf8'),
    keyPem: await readFile(keyFile, 'utf8')
  };
}

/** A Docker-style certs.d directory trusting `caFile` for `host` (`<dir>/<host>/ca.crt`). */
export async function makeCertsDir(dir: string, host: string, caPem: string): Promise<string> {
  await mkdir(join(dir, host), { recursive: true });
  await writeFile(join(dir, host, 'ca.crt'), caPem);
  return dir;
}
