import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Finding } from '../core/finding.js';
import { toJsonReport } from '../reporters/json.js';
import { formatSarif } from '../reporters/sarif.js';
import { makeAwsKeyPair, makeNpmToken, pseudoRandom } from '../../test/builders/credentials.js';
import { buildImage, type BuiltImage } from '../../test/builders/image-fixture.js';
import { scan } from './scan.js';

// A Node service's release build: a builder stage, then the runtime stage whose history the image keeps.
const AWS = makeAwsKeyPair(11);
const NPM_TOKEN = makeNpmToken(pseudoRandom(30, 23));
const DOCKERFILE = [
  'FROM node:20-bookworm-slim AS build',
  'WORKDIR /src',
  'COPY package.json package-lock.json ./',
  'RUN npm ci',
  'COPY . .',
  'RUN npm run build',
  '',
  'FROM node:20-bookworm-slim',
  'ARG NPM_TOKEN',
  'ENV NODE_ENV=production \\',
  `    AWS_SECRET_ACCESS_KEY=${AWS.secret}`,
  'WORKDIR /app',
  'COPY --from=build /src/dist ./dist',
  'COPY deploy/id_rsa /root/.ssh/id_rsa',
  'RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci --omit=dev',
  'USER root',
  'CMD ["node", "dist/server.js"]',
  ''
].join('\n');

const WORKFLOW = `on: push
jobs:
  release:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v4
      - uses: docker/build-push-action@v6
        with:
          context: api
          file: api/Dockerfile
          push: true
          tags: ghcr.io/acme/shop-api:1.4.0
`;

// What BuildKit records for that Dockerfile on top of the node base image's own history.
const HISTORY = [
  { created_by: '/bin/sh -c #(nop) ADD file:5d6b639e8b6bcc011ab6d2b5c1f2 in / ' },
  { created_by: '/bin/sh -c #(nop)  CMD ["bash"]', empty_layer: true },
  { created_by: 'ENV NODE_VERSION=20.18.0', empty_layer: true },
  { created_by: 'ARG NPM_TOKEN', empty_layer: true },
  { created_by: `ENV NODE_ENV=production AWS_SECRET_ACCESS_KEY=${AWS.secret}`, empty_layer: true },
  { created_by: 'WORKDIR /app', empty_layer: true },
  { created_by: 'COPY /src/dist ./dist # buildkit' },
  { created_by: 'COPY deploy/id_rsa /root/.ssh/id_rsa # buildkit' },
  {
    created_by: `RUN |1 NPM_TOKEN=${NPM_TOKEN} /bin/sh -c echo "//registry.npmjs.org/:_authToken=\${NPM_TOKEN}" > .npmrc && npm ci --omit=dev # buildkit`
  },
  { created_by: 'USER root', empty_layer: true },
  { created_by: 'CMD ["node" "dist/server.js"]', empty_layer: true }
];

let image: BuiltImage;
const dirs: string[] = [];

beforeAll(async () => {
  image = await buildImage({
    form: 'docker-save-25',
    images: [
      {
        config: {
          User: 'root',
          Env: [
            'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
            'NODE_VERSION=20.18.0',
            'NODE_ENV=production',
            `AWS_SECRET_ACCESS_KEY=${AWS.secret}`
          ],
          Cmd: ['node', 'dist/server.js']
        },
        history: HISTORY,
        layers: [
          { entries: [{ path: 'etc/os-release', content: 'ID=debian\n' }] },
          { entries: [{ path: 'app/dist/server.js', content: 'listen(8080);\n' }] },
          { entries: [{ path: 'root/.ssh/id_rsa', content: 'deploy key placeholder\n' }] },
          { entries: [{ path: 'app/node_modules/express/package.json', content: '{}\n' }] }
        ],
        tags: ['ghcr.io/acme/shop-api:1.4.0']
      }
    ]
  });
});

afterAll(async () => {
  await image.cleanup();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function scanWith(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'bulkhead-imageloc-'));
  dirs.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const outcome = await scan({ paths: ['.'], cwd: dir, image: { images: [image.path] } });
  const fromImage = outcome.result.findings.filter(
    f => f.target === 'image' && f.ruleId !== 'BH000' && f.properties?.imageSource !== undefined
  );
  const onImage = outcome.result.findings.filter(
    f => f.target === 'image' && f.location.region.startLine === 1
  );
  return { result: outcome.result, fromImage, onImage };
}

/** The related location that keeps the finding's place in the image. */
function imageRelated(finding: Finding) {
  return finding.relatedLocations?.find(r => r.file === finding.properties?.imageSource);
}

/** `rule file:line ← logical (match)` for each finding that moved onto the Dockerfile. */
function placements(findings: Finding[]): string[] {
  return findings
    .map(f => {
      const image = imageRelated(f);
      return `${f.ruleId} ${f.location.file}:${f.location.region.startLine} ← ${image?.logical} (${f.properties?.dockerfileMatch})`;
    })
    .sort();
}

describe('built-image findings on the Dockerfile that builds the image', () => {
  it('places each finding on the instruction that introduced it, the image kept as related location', async () => {
    const { fromImage } = await scanWith({
      '.github/workflows/release.yml': WORKFLOW,
      'api/Dockerfile': DOCKERFILE
    });
    const [layerKey] = fromImage.filter(f => imageRelated(f)?.logical?.endsWith(':root/.ssh/id_rsa'));
    expect(layerKey).toBeDefined();
    expect(placements(fromImage)).toEqual([
      'BH101 api/Dockerfile:16 ← config.User (exact)',
      'BH201 api/Dockerfile:11 ← config.Env[3] (exact)',
      `BH203 api/Dockerfile:14 ← ${layerKey && imageRelated(layerKey)?.logical} (exact)`,
      'BH204 api/Dockerfile:15 ← history[8].created_by (exact)'
    ]);
    for (const finding of fromImage) {
      expect(imageRelated(finding)).toMatchObject({
        file: expect.stringMatching(/\/image\.tar$/),
        region: { startLine: 1 },
        message: expect.stringMatching(/^Found in the built image .* at .+\.$/)
      });
      expect(finding.properties?.imageSource).toBe(imageRelated(finding)?.file);
    }
  });

  it('writes the image location as a SARIF related location with its logical location', async () => {
    const { result, fromImage } = await scanWith({
      '.github/workflows/release.yml': WORKFLOW,
      'api/Dockerfile': DOCKERFILE
    });
    const sarif = JSON.parse(formatSarif(result)) as {
      runs: {
        results: {
          ruleId: string;
          locations: unknown[];
          relatedLocations?: unknown[];
          properties?: object;
        }[];
      }[];
    };
    const root = sarif.runs[0]?.results.find(
      r => r.ruleId === 'BH101' && JSON.stringify(r.relatedLocations ?? []).includes('config.User')
    );
    expect(fromImage.length).toBeGreaterThan(0);
    expect(root?.locations).toEqual([
      expect.objectContaining({
        physicalLocation: expect.objectContaining({
          artifactLocation: expect.objectContaining({ uri: 'api/Dockerfile' }),
          region: expect.objectContaining({ startLine: 16 })
        })
      })
    ]);
    expect(root?.relatedLocations).toEqual([
      expect.objectContaining({ logicalLocations: [{ fullyQualifiedName: 'config.User' }] })
    ]);
    expect(root?.properties).toMatchObject({ dockerfileInstruction: 'USER', dockerfileMatch: 'exact' });
    const json = toJsonReport(result).findings.find(f => f.ruleId === 'BH101' && f.target === 'image');
    expect(json).toMatchObject({ file: 'api/Dockerfile', line: 16 });
    expect(json?.relatedLocations).toEqual([expect.objectContaining({ line: 1, logical: 'config.User' })]);
  });

  it('keeps the fingerprints the image location gives, so alerts and baselines carry over', async () => {
    const linked = await scanWith({
      '.github/workflows/release.yml': WORKFLOW,
      'api/Dockerfile': DOCKERFILE
    });
    const unlinked = await scanWith({ 'api/Dockerfile': DOCKERFILE });
    const byLogical = (findings: Finding[], logical: (f: Finding) => string | undefined) =>
      findings.map(f => `${f.ruleId} ${logical(f)} ${f.fingerprint}`).sort();
    expect(unlinked.fromImage).toEqual([]);
    expect(byLogical(linked.fromImage, f => imageRelated(f)?.logical)).toEqual(
      byLogical(unlinked.onImage, f => f.location.logical)
    );
  });

  it('keeps the image location when two Dockerfiles claim the image', async () => {
    const compose =
      'services:\n  api:\n    build:\n      context: api\n      dockerfile: Dockerfile.debug\n    image: ghcr.io/acme/shop-api:1.4.0\n';
    const { fromImage, onImage } = await scanWith({
      '.github/workflows/release.yml': WORKFLOW,
      'compose.yaml': compose,
      'api/Dockerfile': DOCKERFILE,
      'api/Dockerfile.debug': 'FROM node:20-bookworm-slim\nCOPY . /app\n'
    });
    expect(fromImage).toEqual([]);
    expect(onImage.map(f => f.location.logical)).toContain('config.User');
  });
});
