import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scan } from '../../src/engine/scan.js';
import { writeTree } from '../write-tree.js';
import { runCli } from './run-cli.js';

/** Compose services that carry their Dockerfile as `build.dockerfile_inline`. */
const COMPOSE = [
  'services:',
  '  app:',
  '    build:',
  '      context: ./app',
  '      dockerfile_inline: |',
  '        FROM alpine:3.20',
  '        RUN apk add --no-cache curl \\',
  '         && curl -k https://example.com/x.sh | sh',
  '        ENV DB_PASSWORD=Xk9mR2vLq7pTw4Zs',
  '        # bulkhead-ignore BH303 -- mirror without signatures, tracked in OPS-12',
  '        RUN apk add --allow-untrusted /tmp/local.apk',
  '        COPY . /srv',
  '    volumes:',
  '      - /var/run/docker.sock:/var/run/docker.sock',
  '  quoted:',
  '    build:',
  '      dockerfile_inline: "FROM debian:12\\nRUN wget --no-check-certificate https://x/y\\nUSER 1000\\n"',
  // A pattern from real Compose files: an unprivileged user and a checked download, `$$` for the build's own variables.
  '  worker:',
  '    build:',
  '      context: .',
  '      args: {TOOL_SHA256: 0c1f4d8a}',
  '      dockerfile_inline: |-',
  '        FROM node:22-bookworm-slim',
  '        ARG TOOL_SHA256',
  '        RUN curl -fsSL https://example.com/tool.tgz -o /tmp/tool.tgz \\',
  '         && echo "$${TOOL_SHA256}  /tmp/tool.tgz" | sha256sum -c -',
  '        USER 1000',
  '    volumes:',
  '      - ./data:/data',
  '  broken:',
  '    build:',
  '      dockerfile_inline: |',
  '        FORM alpine:3.20',
  '        RUN true',
  '    privileged: true',
  ''
].join('\n');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bulkhead-inline-'));
  writeTree(dir, {
    'deploy/compose.yaml': COMPOSE,
    // The build context `./app`: a secret file in it that no .dockerignore excludes.
    'deploy/app/.env': 'API_TOKEN=1\n',
    'deploy/app/server.js': '\n',
    // The worker's context is the Compose folder, whose .dockerignore excludes its .env.
    'deploy/.env': 'X=1\n',
    'deploy/.dockerignore': '.env\n'
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function findings() {
  const { result } = await scan({ paths: ['.'], cwd: dir, jobs: 1 });
  expect(result.complete).toBe(true);
  return result.findings;
}

describe('Compose build.dockerfile_inline', () => {
  it('is checked by the Dockerfile rules, each finding at its line and column in the Compose file', async () => {
    const all = await findings();
    const where = all
      .filter(f => !f.suppression)
      .map(
        f => `${f.location.file}:${f.location.region.startLine}:${f.location.region.startColumn} ${f.ruleId}`
      );
    expect(where).toEqual(
      expect.arrayContaining([
        'deploy/compose.yaml:6:14 BH101',
        'deploy/compose.yaml:7:9 BH301',
        'deploy/compose.yaml:9:9 BH201',
        'deploy/compose.yaml:12:9 BH203',
        // The quoted text's second line, on the key's line at the column after `\n`.
        `deploy/compose.yaml:17:${'      dockerfile_inline: "FROM debian:12\\n'.length + 1} BH301`
      ])
    );
    const copy = all.find(f => f.ruleId === 'BH203');
    expect(copy?.message).toContain("'.env'");
    // The secret is redacted as anywhere else.
    const secret = all.find(f => f.ruleId === 'BH201');
    expect(secret?.message).toContain("'Xk9m…'");
    expect(JSON.stringify(all)).not.toContain('Xk9mR2vLq7pTw4Zs');
    // A `# bulkhead-ignore` line inside the block suppresses the instruction under it, with its reason.
    const untrusted = all.find(f => f.ruleId === 'BH303');
    expect(untrusted?.location.region.startLine).toBe(11);
    expect(untrusted?.suppression).toEqual({
      kind: 'inSource',
      justification: 'mirror without signatures, tracked in OPS-12'
    });
    // Fixes are edits of the Dockerfile text, not of the Compose file.
    expect(all.filter(f => f.location.file === 'deploy/compose.yaml' && f.fixes)).toEqual([]);
    expect(all.filter(f => f.location.file.includes('#'))).toEqual([]);
    // Counted with the Compose file they are in.
    expect(new Set(all.map(f => f.target))).toEqual(new Set(['compose']));
  });

  it('gives the service the user its inline Dockerfile builds (RULES.md 5xx)', async () => {
    const all = await findings();
    const ofService = (name: string) =>
      all.filter(f => f.message.includes(`Service '${name}'`)).map(f => `${f.ruleId} ${f.severity}`);
    expect(ofService('app')).toEqual(expect.arrayContaining(['BH502 medium', 'BH506 critical']));
    const runsAsRoot = all.find(f => f.ruleId === 'BH502' && f.message.includes("'app'"));
    // The line that decides the user: the inline text's FROM, in the Compose file.
    expect(runsAsRoot?.relatedLocations?.map(l => `${l.file}:${l.region.startLine}`)).toEqual([
      'deploy/compose.yaml:6'
    ]);
    // USER 1000 in the text: not root, so no BH502 or BH506 for the bind mount.
    expect(ofService('quoted')).toEqual([]);
    expect(ofService('worker').filter(f => /BH50[26]/.test(f))).toEqual([]);
  });

  it('gives no transport or root findings for a text with USER 1000 and a checked download', async () => {
    const all = await findings();
    const workerLines = all.filter(
      f => f.location.region.startLine >= 18 && f.location.region.startLine <= 29
    );
    // Only its bind mount of ./data (BH505, medium): nothing from the text, no root.
    expect(workerLines.map(f => `${f.ruleId} ${f.severity}`)).toEqual(['BH505 medium']);
  });

  it('reports a broken text once, at its Compose line and naming the service, and scans the rest', async () => {
    const all = await findings();
    const broken = all.filter(f => f.ruleId === 'BH000');
    expect(broken).toHaveLength(1);
    expect(broken[0]?.location.region.startLine).toBe(33);
    expect(broken[0]?.message).toMatch(
      /^The dockerfile_inline of service 'broken': Unknown instruction 'FORM'/
    );
    expect(all.some(f => f.ruleId === 'BH501' && f.message.includes("'broken'"))).toBe(true);
    // Without a FROM the text builds nothing known: no user is claimed for the service.
    expect(all.some(f => f.ruleId === 'BH502' && f.message.includes("'broken'"))).toBe(false);
  });

  it('names the Compose file in SARIF and JSON', async () => {
    const sarif = await runCli(['scan', '.', '--format', 'sarif', '--fail-on', 'none'], { cwd: dir });
    const results = JSON.parse(sarif.stdout).runs[0].results as {
      ruleId: string;
      locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
    }[];
    const tls = results.filter(r => r.ruleId === 'BH301').map(r => r.locations[0]?.physicalLocation);
    expect(tls.map(l => `${l?.artifactLocation.uri}:${l?.region.startLine}`)).toEqual([
      'deploy/compose.yaml:7',
      'deploy/compose.yaml:17'
    ]);
    const json = await runCli(['scan', '.', '--format', 'json', '--fail-on', 'none'], { cwd: dir });
    expect(json.stdout).toContain('"deploy/compose.yaml"');
    expect(json.stdout).not.toContain('dockerfile_inline"');
  });
});
