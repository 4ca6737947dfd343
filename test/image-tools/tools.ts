/**
 * Real container images for tests, built at test time with the Debian tools `.ci/run` installs
 * (umoci, skopeo; registry-trust-images.md §8): four small OCI images with known users, secrets,
 * key files, whiteouts and history, exported as OCI layout, `oci-archive:` and `docker-archive:`.
 * Fake tokens come from the checksum-valid fixture builders; the private key is generated fresh.
 */
import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { delimiter, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { makeGithubToken, makeNpmToken, pseudoRandom } from '../builders/credentials.js';

const run = promisify(execFile);

/** Programs the image harness needs (plus `htpasswd` or Python's crypt for the registry). */
export const IMAGE_TOOLS = ['umoci', 'skopeo', 'docker-registry', 'openssl'] as const;

function onPath(program: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some(dir => {
    if (dir === '') return false;
    try {
      accessSync(join(dir, program), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** The tools that are not installed (`htpasswd` counts as present when python3 can do bcrypt instead). */
export function missingImageTools(): string[] {
  const missing: string[] = IMAGE_TOOLS.filter(tool => !onPath(tool));
  if (!onPath('htpasswd') && !onPath('python3')) missing.push('htpasswd (apache2-utils)');
  return missing;
}

export function haveImageTools(): boolean {
  return missingImageTools().length === 0;
}

/**
 * Runs a tool; on failure the error carries its stderr (tests show why the fixture broke), with
 * `secret` (a password on the command line) masked.
 */
export async function runTool(
  program: string,
  args: string[],
  cwd?: string,
  secret?: string
): Promise<string> {
  try {
    const { stdout } = await run(program, args, { cwd, maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? '';
    const message = `${program} ${args.join(' ')} failed: ${stderr.trim() || 'no error output'}`;
    // eslint-disable-next-line preserve-caught-error -- the cause repeats the command line, password included
    throw new Error(secret === undefined || secret === '' ? message : message.split(secret).join('***'));
  }
}

export type TestImageName = 'root' | 'nonroot' | 'env-secret' | 'key-file';

export interface TestImage {
  name: TestImageName;
  /** The OCI layout directory holding every test image, one tag per image. */
  layoutDir: string;
  /** The tag in that layout (the image name). */
  tag: string;
  /** `oci:<layoutDir>:<tag>`, a skopeo source. */
  ociReference: string;
  /** `oci-archive:` export (tar of an OCI layout; ref name = `tag`). */
  ociArchive: string;
  /** `docker-archive:` export (docker-save format; skopeo writes `<id>/layer.tar` as symlinks). */
  dockerArchive: string;
  /** The `RepoTags` entry of the docker archive. */
  dockerArchiveName: string;
  /** `config.User` as set; undefined when the image sets none. */
  user?: string;
  /** `config.Env` as set (umoci adds nothing). */
  env: string[];
  /** `history[].created_by`, in order; the last one is the config change (an empty layer). */
  createdBy: string[];
  /** Number of layers. */
  layerCount: number;
  /** Files each layer adds, by layer index: path (no leading `/`) → content. */
  layerFiles: Record<string, string>[];
  /** Paths each layer deletes (whiteouts), by layer index. */
  layerDeletes: string[][];
}

export interface TestImageSecrets {
  githubToken: string;
  npmToken: string;
  dbPassword: string;
  /** PEM `RSA PRIVATE KEY`, generated for this run. */
  privateKey: string;
}

export interface TestImages {
  dir: string;
  layoutDir: string;
  /** skopeo `--policy` file accepting anything (no /etc/containers/policy.json needed). */
  policyFile: string;
  images: Record<TestImageName, TestImage>;
  secrets: TestImageSecrets;
}

interface LayerSpec {
  createdBy: string;
  files?: Record<string, string>;
  deletes?: string[];
}

interface ImageSpec {
  name: TestImageName;
  layers: LayerSpec[];
  user?: string;
  env?: string[];
  configCreatedBy: string;
}

const PASSWD_ROOT = 'root:x:0:0:root:/root:/bin/sh\n';
const PASSWD_APP = `${PASSWD_ROOT}app:x:1000:1000:app:/app:/bin/sh\n`;
const GROUP = 'root:x:0:\napp:x:1000:\n';

/** An insecureAcceptAnything policy for skopeo, written into `dir`. */
export async function writeAcceptAnythingPolicy(dir: string): Promise<string> {
  const policyFile = join(dir, 'policy.json');
  await writeFile(policyFile, `${JSON.stringify({ default: [{ type: 'insecureAcceptAnything' }] })}\n`);
  return policyFile;
}

/**
 * Builds the four test images into `dir` (`dir/oci` layout, `dir/<name>-oci.tar`,
 * `dir/<name>-docker.tar`). Layers are made with `umoci unpack`/`repack` (never `umoci insert`,
 * which writes truncated tars in 0.4.7). Takes a few seconds.
 */
export async function buildTestImages(dir: string): Promise<TestImages> {
  await mkdir(dir, { recursive: true });
  const layoutDir = join(dir, 'oci');
  const policyFile = await writeAcceptAnythingPolicy(dir);
  const keyFile = join(dir, 'id_rsa');
  await runTool('openssl', ['genrsa', '-traditional', '-out', keyFile, '2048']);
  const secrets: TestImageSecrets = {
    githubToken: makeGithubToken('ghp_', pseudoRandom(30, 4242)),
    npmToken: makeNpmToken(pseudoRandom(30, 4343)),
    dbPassword: 'S3cr3t-Passw0rd-42',
    privateKey: await readFile(keyFile, 'utf8')
  };
  await unlink(keyFile);

  const specs: ImageSpec[] = [
    {
      name: 'root',
      layers: [
        {
          createdBy: 'COPY rootfs/ / # buildkit',
          files: { 'etc/passwd': PASSWD_ROOT, 'etc/group': 'root:x:0:\n' }
        }
      ],
      configCreatedBy: 'CMD ["/bin/sh"]'
    },
    {
      name: 'nonroot',
      layers: [
        {
          createdBy: 'COPY rootfs/ / # buildkit',
          files: { 'etc/passwd': PASSWD_APP, 'etc/group': GROUP, 'app/run.sh': '#!/bin/sh\necho hello\n' }
        }
      ],
      user: '1000:1000',
      configCreatedBy: 'USER 1000:1000'
    },
    {
      name: 'env-secret',
      layers: [
        { createdBy: 'COPY rootfs/ / # buildkit', files: { 'etc/passwd': PASSWD_APP, 'etc/group': GROUP } }
      ],
      user: 'app',
      env: [`GITHUB_TOKEN=${secrets.githubToken}`, `DB_PASSWORD=${secrets.dbPassword}`],
      configCreatedBy: `ENV GITHUB_TOKEN=${secrets.githubToken} DB_PASSWORD=${secrets.dbPassword}`
    },
    {
      name: 'key-file',
      layers: [
        {
          createdBy: `RUN |1 NPM_TOKEN=${secrets.npmToken} /bin/sh -c npm ci`,
          files: {
            'etc/passwd': PASSWD_ROOT,
            'root/.ssh/id_rsa': secrets.privateKey,
            'app/.env': `DB_PASSWORD=${secrets.dbPassword}\nNPM_TOKEN=${secrets.npmToken}\n`,
            'app/package.json': '{"name":"app","private":true}\n'
          }
        },
        { createdBy: 'RUN /bin/sh -c rm /app/.env # buildkit', deletes: ['app/.env'] }
      ],
      configCreatedBy: 'WORKDIR /app'
    }
  ];

  await runTool('umoci', ['init', '--layout', layoutDir]);
  const images = {} as Record<TestImageName, TestImage>;
  for (const spec of specs) images[spec.name] = await buildImage(dir, layoutDir, spec);
  await runTool('umoci', ['gc', '--layout', layoutDir]);
  for (const image of Object.values(images)) {
    const destinations = [
      `oci-archive:${image.ociArchive}:${image.tag}`,
      `docker-archive:${image.dockerArchive}:${image.dockerArchiveName}`
    ];
    for (const destination of destinations) {
      await runTool('skopeo', ['--policy', policyFile, 'copy', '--quiet', image.ociReference, destination]);
    }
  }
  return { dir, layoutDir, policyFile, images, secrets };
}

async function buildImage(dir: string, layoutDir: string, spec: ImageSpec): Promise<TestImage> {
  const reference = `${layoutDir}:${spec.name}`;
  const rootless = process.getuid?.() !== 0 ? ['--rootless'] : [];
  await runTool('umoci', ['new', '--image', reference]);
  for (const [index, layer] of spec.layers.entries()) {
    // A fresh unpack per layer: repacking the same bundle twice replaces the layer (§8.3).
    const bundle = join(dir, `bundle-${spec.name}-${index}`);
    await runTool('umoci', ['unpack', ...rootless, '--image', reference, bundle]);
    const rootfs = join(bundle, 'rootfs');
    for (const [path, content] of Object.entries(layer.files ?? {})) {
      await mkdir(dirname(join(rootfs, path)), { recursive: true });
      await writeFile(join(rootfs, path), content, { mode: path.includes('.ssh/') ? 0o600 : 0o644 });
    }
    for (const path of layer.deletes ?? []) await rm(join(rootfs, path));
    await runTool('umoci', ['repack', '--image', reference, '--history.created_by', layer.createdBy, bundle]);
    await rm(bundle, { recursive: true, force: true });
  }
  const config = ['config', '--image', reference, '--os', 'linux', '--architecture', 'amd64'];
  if (spec.user !== undefined) config.push('--config.user', spec.user);
  for (const entry of spec.env ?? []) config.push('--config.env', entry);
  config.push('--history.created_by', spec.configCreatedBy);
  await runTool('umoci', config);
  const image: TestImage = {
    name: spec.name,
    layoutDir,
    tag: spec.name,
    ociReference: `oci:${reference}`,
    ociArchive: join(dir, `${spec.name}-oci.tar`),
    dockerArchive: join(dir, `${spec.name}-docker.tar`),
    dockerArchiveName: `example.test/bulkhead/${spec.name}:latest`,
    env: spec.env ?? [],
    createdBy: [...spec.layers.map(layer => layer.createdBy), spec.configCreatedBy],
    layerCount: spec.layers.length,
    layerFiles: spec.layers.map(layer => layer.files ?? {}),
    layerDeletes: spec.layers.map(layer => layer.deletes ?? [])
  };
  if (spec.user !== undefined) image.user = spec.user;
  return image;
}

/** A descriptor as the OCI layout's JSON writes it. */
export interface LayoutDescriptor {
  mediaType: string;
  digest: string;
  size: number;
  annotations?: Record<string, string>;
}

export interface LayoutImage {
  manifest: LayoutDescriptor;
  config: LayoutDescriptor;
  layers: LayoutDescriptor[];
  /** The parsed config blob. */
  configJson: {
    config?: { User?: string; Env?: string[] };
    history?: { created_by?: string; empty_layer?: boolean }[];
    rootfs: { diff_ids: string[] };
  };
}

/** Reads an image's manifest and config from the OCI layout (what tests compare pulls against). */
export async function readLayoutImage(layoutDir: string, tag: string): Promise<LayoutImage> {
  const blob = (digest: string) => readFile(join(layoutDir, 'blobs', ...digest.split(':')));
  const index = JSON.parse(await readFile(join(layoutDir, 'index.json'), 'utf8')) as {
    manifests: LayoutDescriptor[];
  };
  const manifest = index.manifests.find(
    entry => entry.annotations?.['org.opencontainers.image.ref.name'] === tag
  );
  if (manifest === undefined) throw new Error(`${layoutDir} has no image tagged ${tag}`);
  const body = JSON.parse((await blob(manifest.digest)).toString()) as {
    config: LayoutDescriptor;
    layers: LayoutDescriptor[];
  };
  const configJson = JSON.parse((await blob(body.config.digest)).toString()) as LayoutImage['configJson'];
  return { manifest, config: body.config, layers: body.layers, configJson };
}

export interface TarEntry {
  path: string;
  /** `0` file, `2` symlink, `5` directory… (ustar typeflag). */
  type: string;
  size: number;
  linkTarget: string;
  content: Buffer;
}

/**
 * Lists a tar (gunzipped first when it starts with the gzip magic). Enough for checking fixtures:
 * ustar names with prefix, PAX `path` records; tolerant of a missing end-of-archive trailer.
 */
export function readTar(data: Buffer): TarEntry[] {
  const tar = data[0] === 0x1f && data[1] === 0x8b ? gunzipSync(data) : data;
  const entries: TarEntry[] = [];
  let paxPath: string | undefined;
  for (let offset = 0; offset + 512 <= tar.length;) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every(byte => byte === 0)) break;
    const field = (start: number, length: number) =>
      header
        .subarray(start, start + length)
        .toString('utf8')
        .replace(/\0.*$/s, '');
    const size = parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1) || '0';
    const content = tar.subarray(offset + 512, offset + 512 + size);
    const prefix = field(345, 155);
    const name = prefix === '' ? field(0, 100) : `${prefix}/${field(0, 100)}`;
    offset += 512 + Math.ceil(size / 512) * 512;
    if (type === 'x') {
      paxPath = /\d+ path=([^\n]*)\n/.exec(content.toString('utf8'))?.[1];
      continue;
    }
    if (type === 'g') continue;
    entries.push({
      path: paxPath ?? name,
      type,
      size,
      linkTarget: field(157, 100),
      content: Buffer.from(content)
    });
    paxPath = undefined;
  }
  return entries;
}
