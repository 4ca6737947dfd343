/**
 * Seeded synthetic trees for `npm run bench`. Two kinds:
 * - `realistic`: a monorepo of packages where about 7% of the files are targets (Dockerfiles,
 *   multi-document manifests, most of whose YAML bytes are CustomResourceDefinitions, Compose files,
 *   registry configs, `.dockerignore` files, build workflows) and the rest is source code, docs and
 *   assets that discovery must skip. Target texts come from the project's own `examples/` and
 *   `test/fixtures/` files.
 * - `dense`: one Dockerfile (1-3 stages, mixed Linux and Windows steps) and one source file per app.
 * The same seed and size always give byte-identical trees.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export type TreeKind = 'realistic' | 'dense';

export interface GeneratedTree {
  files: number;
  bytes: number;
  /** Files of each kind written, by a short label (`dockerfile`, `manifest`, `source`, …). */
  mix: Record<string, number>;
}

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** A small deterministic PRNG (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Writes a tree of `count` files under `dir` (which must be empty or absent). */
export function generateTree(dir: string, kind: TreeKind, count: number, seed = 42): GeneratedTree {
  const next = random(seed);
  const tree: GeneratedTree = { files: 0, bytes: 0, mix: {} };
  const write = (path: string, text: string, label: string) => {
    const file = join(dir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    tree.files++;
    tree.bytes += Buffer.byteLength(text);
    tree.mix[label] = (tree.mix[label] ?? 0) + 1;
  };
  if (kind === 'dense') writeDense(count, next, write);
  else writeRealistic(count, next, write);
  return tree;
}

type Write = (path: string, text: string, label: string) => void;

function pickFrom(next: () => number) {
  return <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
}

const BASES = [
  'ubuntu:24.04',
  'node:20',
  'python:3.12-slim',
  'mcr.microsoft.com/windows/servercore:ltsc2022',
  'mcr.microsoft.com/windows/nanoserver:ltsc2022',
  'alpine',
  'golang:1.23',
  'gcr.io/distroless/static:nonroot'
];
const STEPS = [
  'RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates && rm -rf /var/lib/apt/lists/*',
  'RUN sudo make install',
  'RUN useradd -m app && usermod -aG sudo app',
  'COPY . /app',
  'WORKDIR /app',
  'ENV PATH=/app/bin:$PATH',
  'RUN set -eux; \\\n    for f in a b c; do echo "$f"; done; \\\n    if [ -f /x ]; then rm /x; fi',
  'USER app',
  'USER root',
  'RUN net localgroup Administrators builder /add'
];

/** Half Dockerfiles, half source files, twenty apps per service directory. */
function writeDense(count: number, next: () => number, write: Write): void {
  const pick = pickFrom(next);
  for (let i = 0; i * 2 < count; i++) {
    const folder = `svc-${Math.floor(i / 20)}/app-${i}`;
    const stages = 1 + Math.floor(next() * 3);
    const lines: string[] = [];
    for (let s = 0; s < stages; s++) {
      lines.push(`FROM ${pick(BASES)}${s < stages - 1 ? ` AS stage${s}` : ''}`);
      const steps = 3 + Math.floor(next() * 12);
      for (let k = 0; k < steps; k++) lines.push(pick(STEPS));
    }
    write(`${folder}/Dockerfile`, `${lines.join('\n')}\n`, 'dockerfile');
    if (i * 2 + 1 < count) write(`${folder}/main.js`, `console.log(${i});\n`, 'source');
  }
}

/** Target texts of the project's examples and fixtures, by kind, with their path inside examples/. */
interface Templates {
  dockerfiles: string[];
  manifests: string[];
  compose: string[];
  registry: { path: string; text: string }[];
}

function loadTemplates(): Templates {
  const examples = join(ROOT, 'examples');
  const templates: Templates = { dockerfiles: [], manifests: [], compose: [], registry: [] };
  for (const file of walk(examples)) {
    const path = relative(examples, file).split('\\').join('/');
    const text = readFileSync(file, 'utf8');
    if (path.startsWith('registry/')) templates.registry.push({ path: path.slice('registry/'.length), text });
    else if (path.startsWith('kubernetes/')) templates.manifests.push(text);
    else if (path.startsWith('compose/')) templates.compose.push(text);
    else if (/Dockerfile/.test(path)) templates.dockerfiles.push(text);
  }
  const fixtures = join(ROOT, 'test', 'fixtures', 'secrets-compare');
  for (const name of readdirSync(fixtures).sort())
    if (name.endsWith('.Dockerfile')) templates.dockerfiles.push(readFileSync(join(fixtures, name), 'utf8'));
  return templates;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap(entry =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : entry.isFile() ? [join(dir, entry.name)] : []
    );
}

/** A CustomResourceDefinition with an OpenAPI schema of `fields` properties (no rule reads its spec). */
function crd(index: number, fields: number): string {
  const lines = [
    'apiVersion: apiextensions.k8s.io/v1',
    'kind: CustomResourceDefinition',
    'metadata:',
    `  name: widgets${index}.acme.example.com`,
    'spec:',
    '  group: acme.example.com',
    '  names:',
    `    kind: Widget${index}`,
    `    plural: widgets${index}`,
    '  scope: Namespaced',
    '  versions:',
    '    - name: v1',
    '      served: true',
    '      storage: true',
    '      schema:',
    '        openAPIV3Schema:',
    '          type: object',
    '          properties:',
    '            spec:',
    '              type: object',
    '              properties:'
  ];
  for (let f = 0; f < fields; f++)
    lines.push(
      `                field${f}:`,
      `                  description: Field ${f} of the widget, validated by the controller before it is applied.`,
      `                  type: ${f % 3 === 0 ? 'string' : f % 3 === 1 ? 'integer' : 'boolean'}`
    );
  return lines.join('\n');
}

const SOURCE_KINDS = ['ts', 'ts', 'ts', 'js', 'go', 'py', 'md', 'css', 'html', 'svg'] as const;

function sourceText(extension: string, i: number, next: () => number): string {
  const lines = 5 + Math.floor(next() * 60);
  const body: string[] = [];
  for (let l = 0; l < lines; l++) body.push(`  value${l} = compute(${i}, ${l}); // step ${l} of module ${i}`);
  if (extension === 'md') return `# Module ${i}\n\n${body.map(b => `- ${b.trim()}`).join('\n')}\n`;
  return `// module ${i}\nfunction run${i}() {\n${body.join('\n')}\n}\n`;
}

/**
 * Packages of about 60 files, 56 of them source files; the rest are targets, about 7% of all files:
 * Dockerfiles 2%, manifests 2% (half of them bundles led by a CRD, which holds most of the YAML bytes),
 * `.dockerignore` 1%, Compose, registry configs, build workflows and package.json 0.5% each.
 */
function writeRealistic(count: number, next: () => number, write: Write): void {
  const pick = pickFrom(next);
  const templates = loadTemplates();
  let written = 0;
  const put: Write = (path, text, label) => {
    if (written >= count) return;
    write(path, text, label);
    written++;
  };
  for (let p = 0; written < count; p++) {
    const pkg = `packages/team-${Math.floor(p / 25)}/pkg-${p}`;
    const chance = (probability: number) => next() < probability;
    put(`${pkg}/Dockerfile`, pick(templates.dockerfiles), 'dockerfile');
    if (chance(0.2)) put(`${pkg}/docker/Dockerfile.dev`, pick(templates.dockerfiles), 'dockerfile');
    if (chance(0.6)) put(`${pkg}/.dockerignore`, 'node_modules\n.git\n*.log\n.env\n', 'dockerignore');
    if (chance(0.6))
      put(
        `${pkg}/deploy/crds.yaml`,
        `${crd(p, 20 + Math.floor(next() * 80))}\n---\n${pick(templates.manifests)}`,
        'manifest'
      );
    if (chance(0.6)) put(`${pkg}/deploy/app.yaml`, pick(templates.manifests), 'manifest');
    if (chance(0.3)) put(`${pkg}/compose.yaml`, pick(templates.compose), 'compose');
    if (chance(0.3)) {
      const config = pick(templates.registry);
      put(`${pkg}/infra/${config.path}`, config.text, 'registry');
    }
    if (chance(0.3)) put(`${pkg}/.github/workflows/build.yml`, workflow(p), 'workflow');
    if (chance(0.3)) put(`${pkg}/package.json`, `{ "name": "pkg-${p}", "version": "1.0.${p}" }\n`, 'json');
    for (let s = 0; s < 56 && written < count; s++) {
      const extension = pick(SOURCE_KINDS);
      put(
        `${pkg}/src/${s % 4 === 0 ? 'lib/' : ''}file-${s}.${extension}`,
        sourceText(extension, s, next),
        'source'
      );
    }
  }
}

function workflow(p: number): string {
  return `name: build
on: push
jobs:
  image:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/build-push-action@v6
        with:
          context: packages/pkg-${p}
          tags: ghcr.io/acme/pkg-${p}:latest
`;
}
