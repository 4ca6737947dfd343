import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scan } from '../../src/engine/scan.js';

// docker-jitsi-meet's log-analyser.yml, cut down: a Compose file named after what it adds.
const LOG_ANALYSER = [
  'services:',
  '  otel:',
  '    image: otel/opentelemetry-collector-contrib:0.130.0',
  '    user: "0"',
  '    volumes:',
  '      - /var/run/docker.sock:/var/run/docker.sock',
  ''
].join('\n');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bulkhead-compose-'));
  const put = (path: string, text: string) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  put('log-analyser.yml', LOG_ANALYSER);
  put('compose.log-analyser.yml', LOG_ANALYSER);
  // A stack file whose service is built by a Dockerfile of the repository that sets no USER.
  put('deploy/stack.yml', 'services:\n  api:\n    build: ../api\n    command: npm run start\n');
  put('api/Dockerfile', 'FROM node:22-bookworm-slim\nWORKDIR /app\nCOPY . .\nCMD ["node", "server.js"]\n');
  // YAML with `services` that is no Compose file.
  put('.gitlab-ci.yml', 'image: ruby:3.3\nservices:\n  - postgres:16\ntest:\n  script: bundle exec rake\n');
  put(
    'config/services.yaml',
    "services:\n  _defaults:\n    autowire: true\n  App\\:\n    resource: '../src/'\n"
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('Compose files known by their content', () => {
  it('get the findings a Compose-named copy gets, and feed the build links rules read', async () => {
    const { result } = await scan({ paths: [dir], cwd: dir, jobs: 1 });
    expect(result.complete).toBe(true);
    const compose = result.files.filter(f => f.target === 'compose').map(f => f.path);
    expect(compose.sort()).toEqual(['compose.log-analyser.yml', 'deploy/stack.yml', 'log-analyser.yml']);
    const findingsOf = (file: string) =>
      result.findings
        .filter(f => f.location.file === file)
        .map(f => `${f.location.region.startLine} ${f.ruleId} ${f.message}`);
    expect(findingsOf('log-analyser.yml')).toEqual(findingsOf('compose.log-analyser.yml'));
    expect(findingsOf('log-analyser.yml').map(f => f.split(' ').slice(0, 2).join(' '))).toEqual([
      '2 BH506',
      '4 BH502',
      '6 BH505'
    ]);
    // The build link of a content-known Compose file: its Dockerfile is found and runs as root.
    const stack = result.findings.filter(f => f.location.file === 'deploy/stack.yml');
    expect(stack.map(f => [f.ruleId, f.location.region.startLine, f.severity])).toEqual([
      ['BH502', 2, 'medium']
    ]);
    expect(stack[0]?.relatedLocations?.map(l => `${l.file}:${l.region.startLine}`)).toEqual([
      'api/Dockerfile:1'
    ]);
  });
});

describe('Compose file format 1 (docker/labs: services at the top level)', () => {
  const LEGACY = [
    'web:',
    '  image: mariadb:10.1.10',
    '  privileged: true',
    '  environment:',
    '    - MYSQL_ROOT_PASSWORD=Xk9mR2vLq7pTw4Zs',
    'worker:',
    '  build: .',
    '  links:',
    '    - web',
    ''
  ].join('\n');

  it('reads the top-level services as docker-compose 1.x did, and says Compose v2 does not', async () => {
    const legacy = mkdtempSync(join(tmpdir(), 'bulkhead-compose-v1-'));
    try {
      writeFileSync(join(legacy, 'docker-compose.yml'), LEGACY);
      mkdirSync(join(legacy, 'v2'));
      // A current file with the same service, and one of only shared settings: neither is format 1.
      writeFileSync(
        join(legacy, 'v2', 'docker-compose.yml'),
        `version: "2"\nservices:\n${LEGACY.replace(/^/gm, '  ')}`
      );
      writeFileSync(
        join(legacy, 'v2', 'compose.override.yml'),
        'x-logging:\n  driver: json-file\nvolumes:\n  data: {}\n'
      );
      const { result } = await scan({ paths: ['.'], cwd: legacy, jobs: 1 });
      const where = result.findings.map(f => `${f.ruleId} ${f.location.file}:${f.location.region.startLine}`);
      expect(where).toEqual(
        expect.arrayContaining([
          'BH501 docker-compose.yml:3',
          'BH205 docker-compose.yml:5',
          'BH501 v2/docker-compose.yml:5'
        ])
      );
      const notes = result.notes.filter(n => /format 1/.test(n.message)).map(n => n.file);
      expect(notes).toEqual(['docker-compose.yml']);
    } finally {
      rmSync(legacy, { recursive: true, force: true });
    }
  });
});

describe('Dockerfiles with variant names, as builds and the config name them', () => {
  const SERVER_CORE = 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nCMD ["cmd"]\n';
  let tree: string;
  beforeAll(() => {
    tree = mkdtempSync(join(tmpdir(), 'bulkhead-variants-'));
    const put = (path: string, text: string) => {
      mkdirSync(join(tree, path, '..'), { recursive: true });
      writeFileSync(join(tree, path), text);
    };
    // newrelic/infrastructure-agent's test/databind/fargate: a Compose service built from `Dockerfile_test`.
    put(
      'fargate/docker-compose.yml',
      'services:\n  test_executor:\n    build:\n      context: .\n      dockerfile: Dockerfile_test\n'
    );
    put('fargate/Dockerfile_test', 'FROM golang:1.26\nWORKDIR /go/src/app\nCOPY . .\n');
    // A pod of images the config maps to Dockerfiles: one variant-named, one gone, one no Dockerfile.
    put(
      'k8s/pod.yaml',
      'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  nodeSelector: {kubernetes.io/os: windows}\n  containers:\n  - name: a\n    image: myorg/agent-a:1.0\n'
    );
    put('windows/Dockerfile_windows', SERVER_CORE);
    put('windows/notes', 'Build with docker build -f Dockerfile_windows .\n');
    put(
      '.bulkhead.yml',
      'images:\n  myorg/agent-a: windows/Dockerfile_windows\n  myorg/agent-b: windows/Dockerfile_gone\n  myorg/agent-c: windows/notes\n'
    );
  });
  afterAll(() => rmSync(tree, { recursive: true, force: true }));

  it('feed the facts as the scan classifies them, and a config entry that links none is noted', async () => {
    const { result } = await scan({ paths: ['.'], cwd: tree, jobs: 1 });
    const where = (file: string) =>
      result.findings
        .filter(f => f.location.file === file)
        .map(f => `${f.ruleId} ${f.location.region.startLine} ${f.relatedLocations?.[0]?.file ?? ''}`);
    expect(where('fargate/docker-compose.yml')).toEqual(['BH502 2 fargate/Dockerfile_test']);
    expect(where('k8s/pod.yaml').filter(f => /^BH60[12]/.test(f))).toEqual([
      'BH601 7 windows/Dockerfile_windows'
    ]);
    expect(result.notes.filter(n => n.file === '.bulkhead.yml').map(n => n.message)).toEqual([
      "images maps 'myorg/agent-b' to 'windows/Dockerfile_gone', which is not among the scanned files; it links no Dockerfile to that image.",
      "images maps 'myorg/agent-c' to 'windows/notes', which the scan does not take for a Dockerfile (by its name or content); it links no Dockerfile to that image."
    ]);
  });
});
