/**
 * A real `docker-registry` (distribution 2.8, Debian package) for tests: TLS with a CA made at
 * test time, bcrypt htpasswd auth with a random password, bound to 127.0.0.1 on a free port with
 * a config written here (never the packaged config, which listens on all interfaces, and never
 * the packaged service). `stop()` kills the process this module started, by its PID.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import https from 'node:https';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { makeCertsDir, makeTestCertificates } from './certificates.js';
import { runTool, writeAcceptAnythingPolicy } from './tools.js';

export interface TestRegistry {
  /** `127.0.0.1:<port>`. */
  host: string;
  /** The CA certificate that signed the registry's certificate. */
  caFile: string;
  /** A Docker-style certs.d (`<certsDir>/<host>/ca.crt`): pass as BULKHEAD_REGISTRY_CERTS_DIR. */
  certsDir: string;
  username: string;
  password: string;
  /** The registry's own log (for failed tests). */
  logFile: string;
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 15_000;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>(resolve => server.close(() => resolve()));
  return port;
}

/** `user:$2y$…` (bcrypt is the only scheme distribution's htpasswd accepts). */
async function htpasswdLine(username: string, password: string): Promise<string> {
  try {
    return (await runTool('htpasswd', ['-Bbn', username, password], undefined, password)).trim();
  } catch {
    // No apache2-utils: libxcrypt (Debian's libc crypt) does bcrypt through Python's crypt module.
    const hash = await runTool(
      'python3',
      [
        '-W',
        'ignore',
        '-c',
        'import crypt,sys; print(crypt.crypt(sys.argv[1], crypt.mksalt(crypt.METHOD_BLOWFISH)))',
        password
      ],
      undefined,
      password
    );
    return `${username}:${hash.trim()}`;
  }
}

/** Whether `https://host/v2/` answers at all (401 counts: the registry is up). */
function answers(host: string, ca: string): Promise<boolean> {
  return new Promise(resolve => {
    const request = https.get(`https://${host}/v2/`, { ca, timeout: 1000, agent: false }, response => {
      response.resume();
      resolve(true);
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(false));
  });
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise(resolve => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

/** Starts a TLS + htpasswd registry in `dir` (storage, certificates and config all live there). */
export async function startRegistry(dir: string): Promise<TestRegistry> {
  await mkdir(join(dir, 'data'), { recursive: true });
  const certs = await makeTestCertificates(join(dir, 'tls'), 'Bulkhead test registry CA');
  const username = 'bulkhead-test';
  const password = randomBytes(12).toString('hex');
  const htpasswd = join(dir, 'htpasswd');
  await writeFile(htpasswd, `${await htpasswdLine(username, password)}\n`);
  const logFile = join(dir, 'registry.log');

  let lastError = '';
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const host = `127.0.0.1:${port}`;
    const configFile = join(dir, 'config.yml');
    const yamlString = (value: string) => JSON.stringify(value);
    await writeFile(
      configFile,
      [
        'version: 0.1',
        'log:',
        '  level: info',
        '  accesslog:',
        '    disabled: true',
        'storage:',
        '  filesystem:',
        `    rootdirectory: ${yamlString(join(dir, 'data'))}`,
        'http:',
        `  addr: ${yamlString(host)}`,
        `  secret: ${yamlString(randomBytes(16).toString('hex'))}`,
        '  tls:',
        `    certificate: ${yamlString(certs.certFile)}`,
        `    key: ${yamlString(certs.keyFile)}`,
        'auth:',
        '  htpasswd:',
        '    realm: bulkhead-test',
        `    path: ${yamlString(htpasswd)}`,
        ''
      ].join('\n')
    );
    // REGISTRY_* variables would override the config file: start from an environment without them.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !name.startsWith('REGISTRY_'))
    );
    const log = openSync(logFile, 'a');
    const child = spawn('docker-registry', ['serve', configFile], { env, stdio: ['ignore', log, log] });
    closeSync(log);
    const stop = async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited(child);
        clearTimeout(timer);
      }
    };
    const deadline = Date.now() + READY_TIMEOUT_MS;
    while (Date.now() < deadline && child.exitCode === null) {
      if (await answers(host, certs.caPem)) {
        const certsDir = await makeCertsDir(join(dir, 'certs.d'), host, certs.caPem);
        return { host, caFile: certs.caFile, certsDir, username, password, logFile, stop };
      }
      await new Promise(resolve => setTimeout(resolve, 100));
    }
    await stop();
    lastError = (await readFile(logFile, 'utf8').catch(() => '')).split('\n').slice(-5).join('\n');
  }
  throw new Error(`docker-registry did not start; last log lines:\n${lastError}`);
}

/**
 * Pushes `tag` of the OCI layout `ociDir` to `registry` as `destination` (default
 * `bulkhead/<tag>:latest`) with skopeo (TLS verified against the test CA, htpasswd credentials)
 * and returns the pushed reference, `127.0.0.1:<port>/<destination>`.
 */
export async function pushImage(
  ociDir: string,
  tag: string,
  registry: TestRegistry,
  destination = `bulkhead/${tag}:latest`
): Promise<string> {
  const policyFile = await writeAcceptAnythingPolicy(join(registry.certsDir, '..'));
  const reference = `${registry.host}/${destination}`;
  await runTool(
    'skopeo',
    [
      '--policy',
      policyFile,
      'copy',
      '--quiet',
      '--dest-cert-dir',
      join(registry.certsDir, registry.host),
      '--dest-creds',
      `${registry.username}:${registry.password}`,
      `oci:${ociDir}:${tag}`,
      `docker://${reference}`
    ],
    undefined,
    registry.password
  );
  return reference;
}
