import { mkdtempSync, writeFileSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bulkhead-cli-'));
  writeFileSync(join(dir, 'Dockerfile'), 'FROM alpine:3.20\nUSER root\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('CLI contract', () => {
  it('prints help and version', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('bulkhead scan');
    const scanHelp = await runCli(['scan', '--help']);
    expect(scanHelp.stdout).toContain('--fail-on');
    expect(scanHelp.stdout).toContain('--stdin-filename');
    expect((await runCli(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it.each([
    [['scan', '--format', 'xml'], /Invalid --format 'xml'/],
    [['scan', '--fail-on', 'urgent'], /Invalid --fail-on 'urgent'/],
    [['scan', '--jobs', '0'], /Invalid --jobs '0': use a whole number from 1 to 64/],
    [['scan', '-j', 'auto'], /Invalid --jobs 'auto'/],
    [['scan', '--bogus'], /Unknown option '--bogus'/],
    [['frobnicate'], /Unknown command 'frobnicate'/],
    [['scan', 'no/such/path'], /Path 'no\/such\/path' does not exist/],
    [['scan', '-'], /--stdin-filename/],
    [['explain', 'BH999'], /Unknown rule 'BH999'/],
    [['scan', '--config', 'missing.yml'], /Config file 'missing.yml' does not exist/]
  ])('exits 2 with a clear message for %j', async (argv, message) => {
    const { code, stderr } = await runCli(argv as string[], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it('reads a file from stdin', async () => {
    const { code, stdout } = await runCli(
      ['scan', '-', '--stdin-filename', 'Dockerfile', '--format', 'json'],
      {
        cwd: dir,
        stdin: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\n'
      }
    );
    expect(code).toBe(1);
    expect(JSON.parse(stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['BH102']);
  });

  it('writes SARIF to --output and nothing to stdout', async () => {
    const { code, stdout } = await runCli(['scan', '.', '--format', 'sarif', '--output', 'out.sarif'], {
      cwd: dir
    });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const sarif = JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8'));
    expect(sarif.runs[0].results[0]).toMatchObject({ ruleId: 'BH101', level: 'error' });
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({
      uri: 'Dockerfile',
      uriBaseId: '%SRCROOT%'
    });
  });

  it('rejects an invalid config with exit 2 and names the problem', async () => {
    writeFileSync(join(dir, 'bad.yml'), 'rules:\n  BH101: sometimes\nunknown-key: 1\n');
    const { code, stderr } = await runCli(['scan', '.', '--config', 'bad.yml'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toContain('rules.BH101');
    expect(stderr).toContain("'unknown-key'");
  });

  it('applies config severity overrides, offs and expiring ignores', async () => {
    writeFileSync(join(dir, 'sev.yml'), 'rules:\n  BH101: low\n');
    expect((await runCli(['scan', '.', '--config', 'sev.yml'], { cwd: dir })).code).toBe(0);
    writeFileSync(join(dir, 'off.yml'), 'rules:\n  BH101: off\n');
    const off = await runCli(['scan', '.', '--config', 'off.yml', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(off.stdout).findings).toEqual([]);
    writeFileSync(
      join(dir, 'ign.yml'),
      'ignore:\n  - rules: [BH101]\n    paths: [Dockerfile]\n    reason: accepted\n    expires: 2999-01-01\n'
    );
    const ignored = await runCli(['scan', '.', '--config', 'ign.yml', '--format', 'json'], { cwd: dir });
    expect(ignored.code).toBe(0);
    expect(JSON.parse(ignored.stdout).findings[0].suppressed).toEqual({
      kind: 'external',
      justification: 'accepted'
    });
    writeFileSync(
      join(dir, 'old.yml'),
      'ignore:\n  - rules: [BH101]\n    reason: accepted\n    expires: 2020-01-01\n'
    );
    const expired = await runCli(['scan', '.', '--config', 'old.yml', '--format', 'json'], { cwd: dir });
    expect(expired.code).toBe(1);
    expect(JSON.stringify(JSON.parse(expired.stdout).notes)).toContain('expired on 2020-01-01');
  });

  it('applies trusted-registries from the flag over the config, naming where the list came from', async () => {
    const bh402 = (stdout: string) =>
      (JSON.parse(stdout).findings as { ruleId: string; message: string }[]).filter(
        f => f.ruleId === 'BH402'
      );
    const unset = await runCli(['scan', '.', '--format', 'json'], { cwd: dir });
    expect(bh402(unset.stdout)).toEqual([]);
    const flag = await runCli(
      ['scan', '.', '--format', 'json', '--trusted-registries', 'ghcr.io, mcr.microsoft.com'],
      {
        cwd: dir
      }
    );
    expect(bh402(flag.stdout).map(f => f.message)).toEqual([
      "FROM pulls 'alpine:3.20' from registry 'docker.io' ('docker.io/library/alpine'), which is not on the trusted-registries list set by --trusted-registries."
    ]);
    writeFileSync(join(dir, 'trust.yml'), 'trusted-registries: ["quay.io"]\n');
    const config = await runCli(['scan', '.', '--format', 'json', '--config', 'trust.yml'], { cwd: dir });
    expect(bh402(config.stdout)[0]?.message).toMatch(/list set in trust\.yml\.$/);
    const both = await runCli(
      [
        'scan',
        '.',
        '--format',
        'json',
        '--config',
        'trust.yml',
        '--trusted-registries',
        'docker.io/library/*'
      ],
      { cwd: dir }
    );
    expect(bh402(both.stdout)).toEqual([]);
  });

  it('lists and explains rules', async () => {
    const rules = await runCli(['rules']);
    for (const id of ['BH000', 'BH101', 'BH102', 'BH103', 'BH104', 'BH403'])
      expect(rules.stdout).toContain(id);
    const json = JSON.parse((await runCli(['rules', '--format', 'json'])).stdout) as { id: string }[];
    expect(json.map(r => r.id)).toContain('BH102');
    const explain = await runCli(['explain', 'windows-image-runs-as-admin']);
    expect(explain.code).toBe(0);
    expect(explain.stdout).toContain('ContainerUser');
  });
});
