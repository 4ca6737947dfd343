import { DEFAULT_RULE_SETTINGS } from '../core/settings.js';
import { ALL_RULES } from '../rules/index.js';
import type { ComposeDocument } from '../targets/compose/compose-document.js';
import { parseCompose } from '../targets/compose/parse-compose.js';
import { buildRepositoryFacts } from './repository-facts.js';
import { scanDocuments, type SourceFile } from './scan-documents.js';

// A service built from its own directory and pushed under a name, next to a stock image.
const COMPOSE = [
  'services:',
  '  api:',
  '    build:',
  '      context: ./api',
  '      dockerfile: Dockerfile.prod',
  '    image: ghcr.io/acme/api:1.4.2',
  '    privileged: true',
  '    environment:',
  '      DB_PASSWORD: s3cr3t-Pr0d-Passw0rd',
  '  cache:',
  '    image: redis:7',
  ''
].join('\n');
const DOCKERFILE = 'FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nCMD ["node", "server.js"]\n';

describe('buildRepositoryFacts and Compose files', () => {
  it('keeps the parse of a valid Compose file for the scan, the document parseCompose gives', () => {
    const sources: SourceFile[] = [
      { path: 'deploy/api/Dockerfile.prod', text: DOCKERFILE },
      { path: 'deploy/docker-compose.yml', text: COMPOSE }
    ];
    const build = buildRepositoryFacts(
      sources.map(s => s.path),
      sources
    );
    expect(build.facts.buildContexts.get('deploy/api/Dockerfile.prod')).toBe('deploy/api');
    const services = (document: ComposeDocument) =>
      document.services.map(s => [s.name, s.region, s.image?.text, s.node.get('privileged')?.scalar]);
    const kept = build.parsed.get('deploy/docker-compose.yml') as ComposeDocument;
    expect(kept.text).toBe(COMPOSE);
    expect(services(kept)).toEqual(services(parseCompose(COMPOSE)));
    expect(services(kept)).toHaveLength(2);
  });

  it('keeps no parse of a Compose file with a syntax error, so the scan reports it (BH000)', () => {
    const broken = COMPOSE.replace('    privileged: true', '   privileged: true');
    const sources: SourceFile[] = [{ path: 'compose.yaml', text: broken }];
    const build = buildRepositoryFacts(['compose.yaml'], sources);
    expect(build.parsed.has('compose.yaml')).toBe(false);
    const result = scanDocuments(sources, {
      rules: [...ALL_RULES],
      settings: DEFAULT_RULE_SETTINGS,
      repository: build
    });
    expect(result.findings.map(f => f.ruleId)).toEqual(['BH000']);
  });

  it('gives the same findings whether the scan takes the kept parse or parses again', () => {
    const sources: SourceFile[] = [
      { path: 'deploy/api/Dockerfile.prod', text: DOCKERFILE },
      { path: 'deploy/docker-compose.yml', text: COMPOSE }
    ];
    const scanWith = (keep: boolean) => {
      const build = buildRepositoryFacts(
        sources.map(s => s.path),
        sources
      );
      if (!keep) build.parsed.delete('deploy/docker-compose.yml');
      return scanDocuments(sources, {
        rules: [...ALL_RULES],
        settings: DEFAULT_RULE_SETTINGS,
        repository: build
      });
    };
    const kept = scanWith(true);
    expect(kept.findings.filter(f => f.location.file === 'deploy/docker-compose.yml').length).toBeGreaterThan(
      1
    );
    expect(kept).toEqual(scanWith(false));
  });
});

describe('buildRepositoryFacts and several Compose files that build one image', () => {
  const compose = (context: string) =>
    `services:\n  wcf:\n    build: ${context}\n    image: eshop/wcfservice\n`;
  const WINDOWS = 'FROM mcr.microsoft.com/dotnet/framework/wcf:4.7.2\nCOPY . /app\n';

  it('takes the link whose Dockerfile the repository holds, not a stale one found later (eShopModernizing)', () => {
    const sources: SourceFile[] = [
      { path: 'eShopModernizedNTier/docker-compose.yml', text: compose('./src/wcf') },
      { path: 'eShopModernizedNTier/src/wcf/Dockerfile', text: WINDOWS },
      // The root Compose file builds the same name from a folder that no longer exists.
      { path: 'temp/docker-compose.yml', text: compose('./deploy/wcf') }
    ];
    const build = buildRepositoryFacts(
      sources.map(s => s.path),
      sources
    );
    const built = build.facts.builtImages.get('docker.io/eshop/wcfservice');
    expect([built?.user, built?.os, built?.location.file]).toEqual([
      'ContainerAdministrator',
      'windows',
      'eShopModernizedNTier/src/wcf/Dockerfile'
    ]);
    // One Dockerfile builds it: image findings (--image) can be placed on it.
    expect(build.imageDockerfiles.get('docker.io/eshop/wcfservice')?.path).toBe(
      'eShopModernizedNTier/src/wcf/Dockerfile'
    );
  });

  it('still takes the last of two links that both resolve, and places no image findings', () => {
    const sources: SourceFile[] = [
      { path: 'a/docker-compose.yml', text: compose('.') },
      { path: 'a/Dockerfile', text: WINDOWS },
      { path: 'b/docker-compose.yml', text: compose('.') },
      { path: 'b/Dockerfile', text: 'FROM alpine:3.20\nUSER 1000\n' }
    ];
    const build = buildRepositoryFacts(
      sources.map(s => s.path),
      sources
    );
    expect(build.facts.builtImages.get('docker.io/eshop/wcfservice')?.location.file).toBe('b/Dockerfile');
    expect(build.imageDockerfiles.has('docker.io/eshop/wcfservice')).toBe(false);
  });
});

describe('buildRepositoryFacts and workflows', () => {
  const workflow = (uses: string) =>
    [
      'on: push',
      'jobs:',
      '  image:',
      '    runs-on: ubuntu-24.04',
      '    steps:',
      '      - uses: actions/checkout@v4',
      `      - uses: ${uses}`,
      '        with:',
      '          context: api',
      '          tags: ghcr.io/acme/api:1.4.2',
      ''
    ].join('\n');
  const factsOf = (text: string) => {
    const sources: SourceFile[] = [
      { path: 'api/Dockerfile', text: DOCKERFILE },
      { path: '.github/workflows/image.yml', text }
    ];
    return buildRepositoryFacts(
      sources.map(s => s.path),
      sources
    ).facts;
  };

  it('links the image a build-push-action step builds to its Dockerfile and context', () => {
    const facts = factsOf(workflow('docker/build-push-action@v6'));
    expect(facts.buildContexts.get('api/Dockerfile')).toBe('api');
    expect([...facts.builtImages.keys()]).toEqual(['ghcr.io/acme/api']);
  });

  it("gives the image the user of the stage a step's target names, not the final stage's", () => {
    const sources: SourceFile[] = [
      {
        path: 'api/Dockerfile',
        text: 'FROM node:20-alpine AS Test\nUSER root\n\nFROM node:20-alpine\nUSER node\n'
      },
      {
        path: '.github/workflows/image.yml',
        text: workflow('docker/build-push-action@v6').replace(
          '          tags:',
          '          target: test\n          tags:'
        )
      }
    ];
    const facts = buildRepositoryFacts(
      sources.map(s => s.path),
      sources
    ).facts;
    expect(facts.builtImages.get('ghcr.io/acme/api')).toMatchObject({ user: 'root', explicit: true });
    expect(facts.dockerfileImages.get('api/Dockerfile')).toMatchObject({ user: 'node' });
  });

  it('reads a step that spells the action with escapes in a double-quoted scalar', () => {
    const facts = factsOf(workflow('"docker\\/build\\x2dpush-action@v6"'));
    expect(facts.buildContexts.get('api/Dockerfile')).toBe('api');
  });

  it('finds nothing in workflows without the action (they are not parsed)', () => {
    const facts = factsOf(workflow('docker/setup-buildx-action@v3'));
    expect(facts.buildContexts.size).toBe(0);
    expect(facts.builtImages.size).toBe(0);
  });
});

describe('buildRepositoryFacts and bake files', () => {
  const BAKE = 'target "api" {\n  context = "api"\n  contexts = {\n    base = "target:base"\n  }\n}\n';
  const contextsOf = (files: Record<string, string>) => {
    const sources: SourceFile[] = Object.entries(files).map(([path, text]) => ({ path, text }));
    const { namedContexts } = buildRepositoryFacts(
      sources.map(s => s.path),
      sources
    ).facts;
    return Object.fromEntries([...(namedContexts ?? [])].map(([file, names]) => [file, [...names]]));
  };

  it("reads a bake file by content, and its paths from the directory a workflow's bake --file runs in", () => {
    const files = {
      'docker/bake/images.hcl': BAKE,
      'api/Dockerfile': DOCKERFILE,
      'docker/api/Dockerfile': DOCKERFILE
    };
    // No caller: the root.
    expect(contextsOf(files)).toEqual({ 'api/Dockerfile': ['base'] });
    const workflow =
      'jobs:\n  images:\n    steps:\n      - run: cd docker && docker buildx bake -f bake/images.hcl --push\n';
    expect(contextsOf({ ...files, '.github/workflows/images.yml': workflow })).toEqual({
      'docker/api/Dockerfile': ['base']
    });
  });

  it('does not take HCL without bake targets', () => {
    const terraform =
      'resource "docker_image" "api" {\n  name = "api"\n  contexts = {\n    base = "x"\n  }\n}\n';
    expect(contextsOf({ 'main.hcl': terraform, 'api/Dockerfile': DOCKERFILE })).toEqual({});
  });
});

describe('buildRepositoryFacts and Dockerfiles the scan knows by content', () => {
  const factsOf = (files: Record<string, string>, config?: Parameters<typeof buildRepositoryFacts>[2]) => {
    const sources: SourceFile[] = Object.entries(files).map(([path, text]) => ({ path, text }));
    return buildRepositoryFacts(
      sources.map(s => s.path),
      sources,
      config
    );
  };
  const AGENT =
    'FROM golang:1.26 AS builder\nRUN go build ./...\n\nFROM alpine:3.20\nCOPY --from=builder /go/bin/agent /agent\n';
  // newrelic/infrastructure-agent's test/proxy/docker-compose.yml, cut down.
  const PROXY_COMPOSE = [
    'services:',
    '  minimal-agent:',
    '    build:',
    '      context: ../../',
    '      dockerfile: test/proxy/Dockerfile_agent',
    '    image: minimal-agent',
    ''
  ].join('\n');

  it('links a Compose build to a Dockerfile with a variant name (Dockerfile_agent), as the scan classifies it', () => {
    const { facts } = factsOf({
      'test/proxy/docker-compose.yml': PROXY_COMPOSE,
      'test/proxy/Dockerfile_agent': AGENT
    });
    expect(facts.dockerfileImages.get('test/proxy/Dockerfile_agent')).toMatchObject({
      os: 'linux',
      explicit: false
    });
    expect(facts.builtImages.get('docker.io/library/minimal-agent')?.location.file).toBe(
      'test/proxy/Dockerfile_agent'
    );
    expect(facts.buildContexts.has('test/proxy/Dockerfile_agent')).toBe(true);
  });

  it('links no file that the scan does not take for a Dockerfile, whatever its name', () => {
    const { facts } = factsOf({
      'test/proxy/docker-compose.yml': PROXY_COMPOSE,
      // Notes in place of a Dockerfile: no FROM, so not a Dockerfile by content.
      'test/proxy/Dockerfile_agent': 'Build the agent first, then run make proxy-test.\n'
    });
    expect(facts.dockerfileImages.size).toBe(0);
    expect(facts.builtImages.size).toBe(0);
  });

  it('reads nothing else from an extension-less file that is no Dockerfile', () => {
    // A deploy script without an extension that writes a ServiceAccount through a heredoc.
    const script =
      '#!/bin/sh\nkubectl apply -f - <<EOF\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: deployer\nEOF\n';
    expect(factsOf({ 'scripts/deploy': script }).facts.serviceAccounts.size).toBe(0);
    expect(
      factsOf({ 'scripts/deploy.yaml': script.split('\n').slice(2, 6).join('\n') }).facts.serviceAccounts.size
    ).toBe(1);
  });

  it('resolves a back-slashed Compose context for the build context as well (BH203)', () => {
    const { facts } = factsOf({
      'application/docker-compose.yml':
        'services:\n  web:\n    image: eshop/modernizedmvc\n    build:\n      context: .\\src\\eShopModernizedMVC\n      dockerfile: Dockerfile\n',
      'application/src/eShopModernizedMVC/Dockerfile':
        'FROM mcr.microsoft.com/dotnet/framework/aspnet:4.8-windowsservercore-ltsc2019\nCOPY . /inetpub/wwwroot\n'
    });
    expect(facts.buildContexts.get('application/src/eShopModernizedMVC/Dockerfile')).toBe(
      'application/src/eShopModernizedMVC'
    );
    expect(facts.builtImages.get('docker.io/eshop/modernizedmvc')).toMatchObject({
      user: 'ContainerAdministrator',
      os: 'windows'
    });
  });

  it("takes a config 'images' entry that names a variant Dockerfile, and notes one that names none", () => {
    const WINDOWS = 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nCMD ["cmd"]\n';
    const build = factsOf(
      { Dockerfile_windows: WINDOWS, 'README.md': '# Agent\n' },
      {
        images: {
          'myorg/agent-a': 'Dockerfile_windows',
          'myorg/agent-b': 'gone/Dockerfile',
          'myorg/agent-c': 'README.md'
        },
        file: '.bulkhead.yml'
      }
    );
    expect(build.facts.builtImages.get('docker.io/myorg/agent-a')?.user).toBe('ContainerAdministrator');
    expect(build.notes).toEqual([
      {
        kind: 'info',
        file: '.bulkhead.yml',
        message:
          "images maps 'myorg/agent-b' to 'gone/Dockerfile', which is not among the scanned files; it links no Dockerfile to that image."
      },
      {
        kind: 'info',
        file: '.bulkhead.yml',
        message:
          "images maps 'myorg/agent-c' to 'README.md', which the scan does not take for a Dockerfile (by its name or content); it links no Dockerfile to that image."
      }
    ]);
  });

  it('notes nothing when every config image links its Dockerfile', () => {
    const build = factsOf(
      { 'api/Dockerfile': DOCKERFILE },
      { images: { 'ghcr.io/acme/api': 'api/Dockerfile' }, file: '.bulkhead.yml' }
    );
    expect(build.facts.builtImages.get('ghcr.io/acme/api')?.user).toBe('root');
    expect(build.notes).toEqual([]);
  });
});

describe('buildRepositoryFacts and Compose build.dockerfile_inline', () => {
  const INLINE = [
    'services:',
    '  app:',
    '    image: ghcr.io/acme/app:2',
    '    build:',
    '      context: ../app',
    '      dockerfile_inline: |',
    '        FROM node:22-bookworm-slim',
    '        USER node',
    '  win:',
    '    build:',
    '      dockerfile_inline: |',
    '        FROM mcr.microsoft.com/windows/servercore:ltsc2022',
    '        CMD ["cmd"]',
    ''
  ].join('\n');

  it('builds the facts of the inline text as of a Dockerfile, its lines placed in the Compose file', () => {
    const sources: SourceFile[] = [{ path: 'deploy/compose.yaml', text: INLINE }];
    const build = buildRepositoryFacts(['deploy/compose.yaml'], sources);
    const app = 'deploy/compose.yaml#services.app.build.dockerfile_inline';
    expect(build.facts.buildContexts.get(app)).toBe('app');
    expect(build.facts.dockerfileImages.get(app)).toMatchObject({
      user: 'node',
      os: 'linux',
      explicit: true,
      location: { file: 'deploy/compose.yaml', region: { startLine: 8, startColumn: 9 } }
    });
    // `image:` names what the text builds, as with a Dockerfile file; no file is there to place image findings.
    expect(build.facts.builtImages.get('ghcr.io/acme/app')?.user).toBe('node');
    expect(build.imageDockerfiles.size).toBe(0);
    expect([...build.parsed.keys()]).toEqual(['deploy/compose.yaml']);
    expect(
      build.facts.dockerfileImages.get('deploy/compose.yaml#services.win.build.dockerfile_inline')
    ).toMatchObject({
      user: 'ContainerAdministrator',
      os: 'windows',
      explicit: false,
      windowsBase: { build: 20348, location: { file: 'deploy/compose.yaml', region: { startLine: 12 } } }
    });
  });

  it('lets BH5xx/BH6xx judge the service by the user of its inline text', () => {
    const sources: SourceFile[] = [{ path: 'compose.yaml', text: INLINE }];
    const result = scanDocuments(sources, { rules: [...ALL_RULES], settings: DEFAULT_RULE_SETTINGS });
    const services = result.findings
      .filter(f => /^BH[56]/.test(f.ruleId))
      .map(f => `${f.ruleId} ${f.location.region.startLine} ${f.properties?.serviceOs ?? ''}`);
    // `USER node`: no BH502 for app. Server Core without USER runs as ContainerAdministrator (BH601).
    expect(services).toEqual(['BH601 9 windows']);
  });
});
