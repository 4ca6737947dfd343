import { parseYamlDocuments } from '../targets/yaml/parse-yaml-documents.js';
import {
  addBakeContexts,
  bakeContextNames,
  composeBuilds,
  emptyBuildLinks,
  metadataImages,
  workflowBuilds
} from './build-links.js';
import { bakeTargets, isBakeFile } from './bake-file.js';

const rootOf = (text: string) => {
  const root = parseYamlDocuments(text).documents[0]?.root;
  if (!root) throw new Error('no document');
  return root;
};

const names = (links: ReturnType<typeof emptyBuildLinks>) =>
  Object.fromEntries([...links.namedContexts].map(([file, set]) => [file, [...set].sort()]));

describe('named build contexts', () => {
  it("reads Compose additional_contexts, as a map or a list, for the service's Dockerfile", () => {
    const links = emptyBuildLinks();
    composeBuilds(
      'deploy/compose.yaml',
      rootOf(`services:
  api:
    build:
      context: ../api
      dockerfile: Dockerfile.prod
      additional_contexts:
        Base: docker-image://alpine:3.20
        assets: ../web/dist
  worker:
    build:
      context: ../worker
      additional_contexts:
        - shared=../shared
  plain:
    build: ../plain
`),
      links
    );
    expect(names(links)).toEqual({
      'api/Dockerfile.prod': ['assets', 'base'],
      'worker/Dockerfile': ['shared']
    });
    expect(links.contexts.get('api/Dockerfile.prod')).toBe('api');
  });

  it('reads build-push-action build-contexts, one per line or comma separated', () => {
    const links = emptyBuildLinks();
    workflowBuilds(
      rootOf(`jobs:
  build:
    steps:
      - uses: docker/build-push-action@v6
        with:
          context: image
          file: image/Dockerfile
          build-contexts: |
            templates=./templates
            alpine=docker-image://alpine:3.20
      - uses: docker/build-push-action@v6
        with:
          file: other/Dockerfile
          build-contexts: a=./a,b=./b
      - uses: actions/checkout@v4
`),
      links
    );
    expect(names(links)).toEqual({
      'image/Dockerfile': ['alpine', 'templates'],
      'other/Dockerfile': ['a', 'b']
    });
  });

  it('reads the contexts of a bake file in HCL and JSON, and gives them to the Dockerfiles below it', () => {
    expect(isBakeFile('image/docker-bake.hcl')).toBe(true);
    expect(isBakeFile('docker-bake.override.json')).toBe(true);
    expect(isBakeFile('bake.hcl')).toBe(false);
    const hcl = bakeContextNames(
      'image/docker-bake.hcl',
      `variable "TAG" {\n  default = "latest"\n}\ntarget "dev" {\n  contexts = {\n    templates = "../templates"\n    "docker.io/library/alpine:3.20" = "docker-image://alpine:3.20@sha256:0"\n  }\n  tags = ["app:\${TAG}"]\n}\n`
    );
    expect(hcl).toEqual(['templates', 'docker.io/library/alpine:3.20']);
    expect(
      bakeContextNames(
        'docker-bake.json',
        JSON.stringify({ target: { a: { contexts: { src: '.' } }, b: {} } })
      )
    ).toEqual(['src']);
    expect(bakeContextNames('docker-bake.json', '{ not json')).toEqual([]);
    const links = emptyBuildLinks();
    addBakeContexts(
      links,
      [{ path: 'image/docker-bake.hcl', names: hcl, targets: [] }],
      ['image/dev/Dockerfile', 'images/Dockerfile', 'Dockerfile']
    );
    expect(names(links)).toEqual({ 'image/dev/Dockerfile': ['docker.io/library/alpine:3.20', 'templates'] });
  });

  it("gives a bake target's contexts to the Dockerfile its context names, from the bake file's folder, a caller's or the root", () => {
    const bake = (path: string, text: string) => ({ path, names: [], targets: bakeTargets(path, text) });
    const target = (name: string, context: string, extra = '') =>
      `target "${name}" {\n  context = "${context}"\n${extra}  contexts = {\n    ${name}-base = "target:base"\n  }\n}\n`;
    const links = emptyBuildLinks();
    addBakeContexts(
      links,
      [
        // Mailu: tests/build.hcl run from the root names core/admin/.
        bake('tests/build.hcl', target('admin', 'core/admin/')),
        // The bake file's own folder wins where the Dockerfile exists from it (tools/web, not web).
        bake('tools/docker-bake.hcl', target('web', 'web')),
        // `make images` runs `bake -f bake/images.hcl` from docker/: the context is docker/api.
        bake('docker/bake/images.hcl', target('api', 'api', '  dockerfile = "Dockerfile.prod"\n')),
        // Computed, remote and missing contexts give nothing.
        bake(
          'ci/build.hcl',
          target('matrix', '${item}') +
            target('remote', 'https://github.com/acme/app.git') +
            target('gone', 'old/app')
        )
      ],
      [
        'core/admin/Dockerfile',
        'web/Dockerfile',
        'tools/web/Dockerfile',
        'api/Dockerfile.prod',
        'docker/api/Dockerfile.prod',
        'Dockerfile'
      ],
      ['bake/images.hcl']
    );
    expect(names(links)).toEqual({
      'core/admin/Dockerfile': ['admin-base'],
      'tools/web/Dockerfile': ['web-base'],
      'docker/api/Dockerfile.prod': ['api-base']
    });
  });
});

describe('images tagged through docker/metadata-action', () => {
  it('reads the images input as the action does', () => {
    expect(metadataImages('ghcr.io/acme/panel')).toEqual(['ghcr.io/acme/panel']);
    expect(metadataImages('ghcr.io/acme/panel, acme/panel')).toEqual(['ghcr.io/acme/panel', 'acme/panel']);
    // mautic/docker-mautic: an expression line is skipped, the literal one is kept.
    expect(metadataImages('${{ env.REGISTRY }}/${{ env.IMAGE_NAME }}\nmautic/mautic           \n')).toEqual([
      'mautic/mautic'
    ]);
    expect(
      metadataImages(
        [
          '# the registries we push to',
          'name=ghcr.io/acme/panel,enable=true',
          'name=acme/panel,enable=false',
          "name=quay.io/acme/panel,enable=${{ github.event_name != 'pull_request' }}",
          'name=ghcr.io/${{ github.repository }}',
          ''
        ].join('\n')
      )
    ).toEqual(['ghcr.io/acme/panel', 'quay.io/acme/panel']);
    expect(metadataImages('name=acme/panel,enable=false')).toEqual([]);
    expect(metadataImages('')).toEqual([]);
  });

  it("links the images of the step whose tags output a build step's tags use to its Dockerfile", () => {
    const links = emptyBuildLinks();
    workflowBuilds(
      rootOf(`jobs:
  panel:
    steps:
      - id: meta
        uses: docker/metadata-action@v5
        with:
          images: |
            ghcr.io/acme/panel
            acme/panel
      - id: worker-meta
        uses: docker/metadata-action@v5
        with:
          images: acme/worker
      - id: docs-meta
        uses: docker/metadata-action@v5
        with:
          images: acme/docs
      - uses: docker/build-push-action@v6
        with:
          context: .
          tags: \${{ steps.meta.outputs.tags }}
      - uses: docker/build-push-action@v6
        with:
          file: worker/Dockerfile
          tags: \${{ join(fromJSON(steps.worker-meta.outputs.json).tags, ',') }}
      - uses: docker/build-push-action@v6
        with:
          file: docs/Dockerfile
          labels: \${{ steps.docs-meta.outputs.labels }}
          tags: \${{ steps.later.outputs.tags }}
      - id: later
        uses: docker/metadata-action@v5
        with:
          images: acme/later
  other:
    steps:
      - uses: docker/build-push-action@v6
        with:
          file: other/Dockerfile
          tags: \${{ steps.meta.outputs.tags }}
`),
      links
    );
    expect(Object.fromEntries(links.builtBy)).toEqual({
      'ghcr.io/acme/panel': ['Dockerfile'],
      'docker.io/acme/panel': ['Dockerfile'],
      'docker.io/acme/worker': ['worker/Dockerfile']
    });
  });
});
