import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lookupCredentials, runCredentialHelper, type CredentialHelperRunner } from './credentials.js';

let root: string;
let counter = 0;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'bulkhead-credentials-'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A DOCKER_CONFIG directory holding `config` as config.json. */
async function dockerConfig(config: unknown): Promise<string> {
  const dir = join(root, `config-${++counter}`);
  await mkdir(dir);
  await writeFile(join(dir, 'config.json'), typeof config === 'string' ? config : JSON.stringify(config));
  return dir;
}

const basic = (user: string, pass: string) => Buffer.from(`${user}:${pass}`).toString('base64');
/** An env that masks the real process environment's credential variables. */
function env(extra: Record<string, string>): NodeJS.ProcessEnv {
  return {
    BULKHEAD_REGISTRY_USERNAME: undefined,
    BULKHEAD_REGISTRY_PASSWORD: undefined,
    BULKHEAD_REGISTRY_TOKEN: undefined,
    DOCKER_CONFIG: undefined,
    HOME: join(root, 'no-home'),
    ...extra
  };
}
const noHelper: CredentialHelperRunner = () => Promise.reject(new Error('no helper expected'));

describe('lookupCredentials', () => {
  it('prefers BULKHEAD_REGISTRY_USERNAME/PASSWORD over config.json', async () => {
    const dir = await dockerConfig({ auths: { 'registry.example': { auth: basic('cfg', 'cfg-pass') } } });
    const lookup = await lookupCredentials(
      'registry.example',
      env({ BULKHEAD_REGISTRY_USERNAME: 'ci', BULKHEAD_REGISTRY_PASSWORD: 'ci-pass', DOCKER_CONFIG: dir }),
      noHelper
    );
    expect(lookup.credential).toEqual({
      kind: 'basic',
      username: 'ci',
      password: 'ci-pass',
      source: 'BULKHEAD_REGISTRY_USERNAME/BULKHEAD_REGISTRY_PASSWORD'
    });
  });

  it('uses BULKHEAD_REGISTRY_TOKEN, and notes a username without a password', async () => {
    const lookup = await lookupCredentials(
      'registry.example',
      env({ BULKHEAD_REGISTRY_USERNAME: 'ci', BULKHEAD_REGISTRY_TOKEN: 'tok' }),
      noHelper
    );
    expect(lookup.credential).toEqual({ kind: 'token', token: 'tok', source: 'BULKHEAD_REGISTRY_TOKEN' });
    expect(lookup.notes).toEqual([
      'BULKHEAD_REGISTRY_USERNAME is set without BULKHEAD_REGISTRY_PASSWORD: not used'
    ]);
  });

  it('reads auths[host].auth from $DOCKER_CONFIG/config.json, matching URL-style keys', async () => {
    const dir = await dockerConfig({
      auths: {
        'https://127.0.0.1:5443/v2/': { auth: basic('alice', 'pa:ss') },
        'other.example': { auth: basic('bob', 'x') }
      }
    });
    const lookup = await lookupCredentials('127.0.0.1:5443', env({ DOCKER_CONFIG: dir }), noHelper);
    expect(lookup.credential).toMatchObject({ kind: 'basic', username: 'alice', password: 'pa:ss' });
    expect(lookup.credential?.source).toBe(
      `auths["https://127.0.0.1:5443/v2/"] in ${join(dir, 'config.json')}`
    );
  });

  it('falls back to $HOME/.docker/config.json', async () => {
    const home = join(root, 'home');
    await mkdir(join(home, '.docker'), { recursive: true });
    await writeFile(
      join(home, '.docker', 'config.json'),
      JSON.stringify({ auths: { 'registry.example': { username: 'u', password: 'p' } } })
    );
    const lookup = await lookupCredentials('registry.example', env({ HOME: home }), noHelper);
    expect(lookup.credential).toMatchObject({ kind: 'basic', username: 'u', password: 'p' });
  });

  it("finds Docker Hub under Docker's https://index.docker.io/v1/ key", async () => {
    const dir = await dockerConfig({
      auths: { 'https://index.docker.io/v1/': { auth: basic('hubuser', 'hubpass') } }
    });
    const lookup = await lookupCredentials('docker.io', env({ DOCKER_CONFIG: dir }), noHelper);
    expect(lookup.credential).toMatchObject({ kind: 'basic', username: 'hubuser', password: 'hubpass' });
    const other = await lookupCredentials('registry.example', env({ DOCKER_CONFIG: dir }), noHelper);
    expect(other.credential).toBeUndefined();
  });

  it('reads identitytoken and registrytoken', async () => {
    const dir = await dockerConfig({
      auths: {
        'acr.example': { auth: basic('00000000-0000-0000-0000-000000000000', ''), identitytoken: 'refresh' },
        'tok.example': { registrytoken: 'bearer' }
      }
    });
    expect(
      (await lookupCredentials('acr.example', env({ DOCKER_CONFIG: dir }), noHelper)).credential
    ).toMatchObject({
      kind: 'identity-token',
      token: 'refresh'
    });
    expect(
      (await lookupCredentials('tok.example', env({ DOCKER_CONFIG: dir }), noHelper)).credential
    ).toMatchObject({
      kind: 'registry-token',
      token: 'bearer'
    });
  });

  it('asks credHelpers[host] before credsStore, with Docker Hub as its v1 URL', async () => {
    const dir = await dockerConfig({ credsStore: 'desktop', credHelpers: { 'gcr.io': 'gcloud' } });
    const calls: [string, string][] = [];
    const helper: CredentialHelperRunner = async (name, server) => {
      calls.push([name, server]);
      return name === 'gcloud'
        ? { username: '_token', secret: 'gcloud-secret' }
        : { username: '<token>', secret: 'refresh' };
    };
    expect((await lookupCredentials('gcr.io', env({ DOCKER_CONFIG: dir }), helper)).credential).toMatchObject(
      {
        kind: 'basic',
        username: '_token',
        password: 'gcloud-secret',
        source: `docker-credential-gcloud (credHelpers in ${join(dir, 'config.json')})`
      }
    );
    expect(
      (await lookupCredentials('docker.io', env({ DOCKER_CONFIG: dir }), helper)).credential
    ).toMatchObject({
      kind: 'identity-token',
      token: 'refresh'
    });
    expect(calls).toEqual([
      ['gcloud', 'gcr.io'],
      ['desktop', 'https://index.docker.io/v1/']
    ]);
  });

  it('continues with auths and a note when the helper fails', async () => {
    const dir = await dockerConfig({
      credsStore: 'missing',
      auths: { 'registry.example': { auth: basic('u', 'p') } }
    });
    const helper: CredentialHelperRunner = () =>
      Promise.reject(
        new Error(
          "docker-credential-missing is not installed (named in Docker's config.json): continuing without credentials"
        )
      );
    const lookup = await lookupCredentials('registry.example', env({ DOCKER_CONFIG: dir }), helper);
    expect(lookup.credential).toMatchObject({ kind: 'basic', username: 'u' });
    expect(lookup.notes).toEqual([expect.stringContaining('docker-credential-missing is not installed')]);
  });

  it('never runs a helper whose name is a path', async () => {
    const dir = await dockerConfig({ credsStore: '../../bin/sh' });
    const helper = jest.fn<CredentialHelperRunner>();
    const lookup = await lookupCredentials('registry.example', env({ DOCKER_CONFIG: dir }), helper);
    expect(helper).not.toHaveBeenCalled();
    expect(lookup.credential).toBeUndefined();
    expect(lookup.notes).toEqual([expect.stringContaining('is not a program name')]);
  });

  it('lists where it looked, never a value, when nothing is found', async () => {
    const dir = await dockerConfig('{ not json');
    const lookup = await lookupCredentials('registry.example', env({ DOCKER_CONFIG: dir }), noHelper);
    expect(lookup.credential).toBeUndefined();
    expect(lookup.tried).toEqual([
      'BULKHEAD_REGISTRY_USERNAME/BULKHEAD_REGISTRY_PASSWORD',
      'BULKHEAD_REGISTRY_TOKEN',
      `${join(dir, 'config.json')} (not valid JSON, ignored)`
    ]);
    const missing = await lookupCredentials(
      'registry.example',
      env({ DOCKER_CONFIG: join(root, 'nope') }),
      noHelper
    );
    expect(missing.tried[2]).toBe(`${join(root, 'nope', 'config.json')} (not found)`);
    expect(missing.notes).toEqual([]);
  });
});

describe('runCredentialHelper', () => {
  let bin: string;
  beforeAll(async () => {
    bin = join(root, 'bin');
    await mkdir(bin);
    // Answers like docker-credential-helpers: JSON for its one server, "not found" (exit 1) otherwise.
    await writeFile(
      join(bin, 'docker-credential-fake'),
      '#!/bin/sh\nread server\nif [ "$1" = get ] && [ "$server" = registry.example ]; then\n' +
        '  echo \'{"ServerURL":"registry.example","Username":"helper-user","Secret":"helper-secret"}\'\n' +
        'else\n  echo "credentials not found in native keychain"\n  exit 1\nfi\n'
    );
    await writeFile(
      join(bin, 'docker-credential-broken'),
      '#!/bin/sh\necho "oops helper-secret" >&2\nexit 3\n'
    );
    await chmod(join(bin, 'docker-credential-fake'), 0o755);
    await chmod(join(bin, 'docker-credential-broken'), 0o755);
  });

  const pathEnv = () => ({ PATH: `${bin}:/usr/bin:/bin` });

  it('runs docker-credential-<name> get with the server on stdin', async () => {
    await expect(runCredentialHelper('fake', 'registry.example', pathEnv())).resolves.toEqual({
      username: 'helper-user',
      secret: 'helper-secret'
    });
  });

  it('treats "credentials not found" as no credential', async () => {
    await expect(runCredentialHelper('fake', 'elsewhere.example', pathEnv())).resolves.toBeUndefined();
  });

  it('reports a missing or failing helper without its output', async () => {
    await expect(runCredentialHelper('absent', 'registry.example', pathEnv())).rejects.toThrow(
      'docker-credential-absent is not installed'
    );
    const failure = runCredentialHelper('broken', 'registry.example', pathEnv());
    await expect(failure).rejects.toThrow('docker-credential-broken get failed (exit code 3)');
    await expect(failure).rejects.not.toThrow('helper-secret');
  });
});
