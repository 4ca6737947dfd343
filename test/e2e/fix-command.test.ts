import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DockerfileParser } from 'dockerfile-ast';
import { parseAllDocuments } from 'yaml';
import type { JsonReport } from '../../src/reporters/json.js';
import { kubectlParses } from '../k8s-tools.js';
import { runCli } from './run-cli.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

// A Linux API Deployment and a Windows agent DaemonSet as teams write them: hardening half done,
// a Windows option left over from a copy-paste, a double-quoted Windows account.
const LINUX_API = `# API tier
apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders
spec:
  template:
    spec:
      os:
        name: linux
      securityContext:
        seccompProfile:
          type: Unconfined # TODO: profile the JVM
        windowsOptions:
          runAsUserName: ContainerUser
      containers:
        - name: orders
          image: "ghcr.io/acme/orders:3.2.0"
          securityContext:
            runAsNonRoot: true
            allowPrivilegeEscalation: true
`;
const WINDOWS_AGENT = `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: log-agent
spec:
  template:
    spec:
      os: { name: windows }
      securityContext:
        windowsOptions:
          runAsUserName: "NT AUTHORITY\\Local service"
      containers:
        - name: agent
          image: mcr.microsoft.com/windows/nanoserver:ltsc2022
          securityContext:
            seccompProfile:
              type: RuntimeDefault
`;

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'bulkhead-fix-'));
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
  return dir;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(filesUnder(dir).map(p => [relative(dir, p), readFileSync(p, 'utf8')]));
}

async function findings(dir: string): Promise<string[]> {
  const { stdout } = await runCli(['scan', '.', '--format', 'json', '--fail-on', 'none'], { cwd: dir });
  const report = JSON.parse(stdout) as JsonReport;
  return report.findings.filter(f => !f.suppressed).map(f => `${f.ruleId} ${f.file}: ${f.message}`);
}

describe('bulkhead fix', () => {
  let dir: string;
  beforeEach(() => {
    dir = workspace({ 'orders.yaml': LINUX_API, 'agent.yaml': WINDOWS_AGENT });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('--check exits 1 while safe fixes are available and writes nothing', async () => {
    const before = snapshot(dir);
    const { code, stdout } = await runCli(['fix', '--check', '.'], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout).toMatch(/BH503 \(safe\)/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('--dry-run prints a unified diff and writes nothing', async () => {
    const before = snapshot(dir);
    const { code, stdout } = await runCli(['fix', '--dry-run', '.'], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toContain('--- a/orders.yaml\n+++ b/orders.yaml\n');
    expect(stdout).toContain(
      '-            allowPrivilegeEscalation: true\n+            allowPrivilegeEscalation: false\n'
    );
    expect(stdout).toContain(
      `-          runAsUserName: "NT AUTHORITY\\Local service"\n+          runAsUserName: 'NT AUTHORITY\\Local service'\n`
    );
    expect(snapshot(dir)).toEqual(before);
  });

  it('removes every finding with a safe fix, adds none, keeps comments, and is idempotent', async () => {
    const before = await findings(dir);
    const { code, stderr } = await runCli(['fix', '.'], { cwd: dir });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const after = await findings(dir);
    expect(after.filter(f => !before.includes(f))).toEqual([]);
    expect(after.filter(f => /^BH(503|509|606|607|608) /.test(f))).toEqual([]);
    const orders = readFileSync(join(dir, 'orders.yaml'), 'utf8');
    expect(orders).toContain('type: RuntimeDefault # TODO: profile the JVM');
    expect(orders).toContain('# API tier\n');
    expect(orders).toContain('image: "ghcr.io/acme/orders:3.2.0"');
    expect(orders).not.toContain('windowsOptions');
    for (const name of ['orders.yaml', 'agent.yaml']) {
      const text = readFileSync(join(dir, name), 'utf8');
      expect(kubectlParses(text).error).toBe('');
    }
    const fixed = snapshot(dir);
    const again = await runCli(['fix', '.'], { cwd: dir });
    expect(again.stdout).toBe('Fixed 0 finding(s) in 0 file(s).\n');
    expect(snapshot(dir)).toEqual(fixed);
  });

  it('--severity keeps the fixes of findings at or above the level', async () => {
    const medium = await runCli(['fix', '--severity', 'medium', '--check', '.'], { cwd: dir });
    const high = await runCli(['fix', '--severity', 'high', '--check', '.'], { cwd: dir });
    expect(medium.stdout).toMatch(/BH503 \(safe\)/);
    expect(high.stdout).toBe('0 fixable finding(s) in 0 file(s).\n');
    expect(high.code).toBe(0);
  });

  it('--rule limits the fixes to one rule; review fixes need --include-review', async () => {
    const { stdout } = await runCli(['fix', '--rule', 'BH607', '--check', '.'], { cwd: dir });
    expect(stdout.trim().split('\n')).toEqual([
      expect.stringMatching(/^orders\.yaml:14 BH607 \(safe\) Remove 'windowsOptions'/),
      '1 fixable finding(s) in 1 file(s).'
    ]);
    const dockerfile = workspace({
      Dockerfile: 'FROM node:20-bookworm\nCOPY . /srv\nCMD ["node", "/srv/index.js"]\n'
    });
    const review = await runCli(['fix', '--rule', 'BH101', '--check', '.'], { cwd: dockerfile });
    const included = await runCli(['fix', '--rule', 'BH101', '--check', '--include-review', '.'], {
      cwd: dockerfile
    });
    rmSync(dockerfile, { recursive: true, force: true });
    expect(included.code).toBe(1);
    expect(included.stdout).toMatch(/^Dockerfile:1 BH101 \(review\) Create the unprivileged user 'app'/);
    expect(review.code).toBe(0);
    expect(review.stdout).toBe('0 fixable finding(s) in 0 file(s).\n');
  });
});

describe('bulkhead fix --include-review on a copy of examples/', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'bulkhead-fix-examples-'));
    cpSync(join(ROOT, 'examples'), dir, { recursive: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints review fixes as a diff without the secrets they move out of the files', async () => {
    const compose = readFileSync(join(dir, 'compose', 'compose.yaml'), 'utf8');
    const secret = /POSTGRES_PASSWORD: (\S+)/.exec(compose)?.[1] ?? '';
    expect(secret.length).toBeGreaterThan(8);
    const { stdout } = await runCli(['fix', '--dry-run', '--include-review', '.'], { cwd: dir });
    expect(stdout).toContain(
      `-      POSTGRES_PASSWORD: ${secret.slice(0, 4)}…\n+      POSTGRES_PASSWORD: \${POSTGRES_PASSWORD}\n`
    );
    expect(stdout).not.toContain(secret);
  });

  it('fixes what it offers, adds no finding, and leaves files the real parsers accept', async () => {
    const before = await findings(dir);
    const { code, stdout, stderr } = await runCli(['fix', '--include-review', '.'], { cwd: dir });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/Fixed [1-9]\d* finding\(s\)/);
    const after = await findings(dir);
    expect(after.filter(f => !before.includes(f))).toEqual([]);
    expect(after.length).toBeLessThan(before.length);
    for (const path of filesUnder(dir)) {
      const text = readFileSync(path, 'utf8');
      if (/Dockerfile$/.test(path)) {
        const instructions = DockerfileParser.parse(text).getInstructions();
        expect(instructions.filter(i => i.getKeyword() !== i.getKeyword().toUpperCase())).toEqual([]);
        expect(instructions.length).toBeGreaterThan(0);
      } else if (/\.ya?ml$/.test(path)) {
        expect(parseAllDocuments(text).flatMap(d => ('errors' in d ? d.errors : []))).toEqual([]);
        if (path.includes('/kubernetes/')) expect(kubectlParses(text).error).toBe('');
      }
    }
    const again = await runCli(['fix', '--include-review', '--check', '.'], { cwd: dir });
    expect(again.code).toBe(0);
  });
});
