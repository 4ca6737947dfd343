import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateTree } from '../../bench/generate-tree.js';
import { generateKeyPairSync } from 'node:crypto';
import { unreadDocumentsSkipped } from '../../src/engine/repository-facts.js';
import { parseManifests, unreadKindsLeftUnparsed } from '../../src/targets/kubernetes/parse-manifests.js';
import { runCli } from './run-cli.js';

/** An operator install bundle: its CRD first, then the ServiceAccount the operator's Deployment runs as. */
const BUNDLE = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: backups.stash.example.io
spec:
  group: stash.example.io
  names:
    kind: Backup
    plural: backups
  scope: Namespaced
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          properties:
            spec:
              type: object
              properties:
                schedule:
                  description: "Cron schedule, e.g. '0 3 * * *'."
                  type: string
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: stash-operator
  namespace: stash-system
automountServiceAccountToken: false
`;

const OPERATOR = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: stash-operator
  namespace: stash-system
spec:
  selector:
    matchLabels: {app: stash-operator}
  template:
    metadata:
      labels: {app: stash-operator}
    spec:
      serviceAccountName: stash-operator
      containers:
        - name: operator
          image: ghcr.io/stash/operator:v0.9.1
`;

async function scanJson(dir: string, skip: boolean): Promise<string> {
  unreadDocumentsSkipped.on = skip;
  unreadKindsLeftUnparsed.on = skip;
  try {
    const { stdout, stderr } = await runCli(
      ['scan', '.', '--format', 'json', '--pod-security-level', 'restricted'],
      { cwd: dir }
    );
    expect(stderr).toBe('');
    return stdout;
  } finally {
    unreadDocumentsSkipped.on = true;
    unreadKindsLeftUnparsed.on = true;
  }
}

describe('skipping documents no fact reads', () => {
  const work = mkdtempSync(join(tmpdir(), 'bulkhead-unread-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('changes no finding on a generated realistic tree with an operator bundle', async () => {
    generateTree(work, 'realistic', 600);
    mkdirSync(join(work, 'deploy', 'stash'), { recursive: true });
    writeFileSync(join(work, 'deploy', 'stash', 'bundle.yaml'), BUNDLE);
    writeFileSync(join(work, 'deploy', 'stash', 'operator.yaml'), OPERATOR);
    const skipped = await scanJson(work, true);
    const parsed = await scanJson(work, false);
    expect(skipped).toBe(parsed);
    const findings = (JSON.parse(skipped) as { findings: { ruleId: string; file: string }[] }).findings;
    expect(findings.length).toBeGreaterThan(20);
    // The ServiceAccount after the CRD is still read: its `automountServiceAccountToken: false` applies
    // (BH517, at the restricted level, would report the token mounted otherwise).
    const operator = findings.filter(f => f.file === 'deploy/stash/operator.yaml');
    expect(operator.map(f => f.ruleId)).toContain('BH502');
    expect(operator.map(f => f.ruleId)).not.toContain('BH517');
  });

  it('still reports a syntax error in a skipped CRD as BH000, at the same place', async () => {
    const dir = join(work, 'broken');
    mkdirSync(dir);
    // A tab where the schema's indentation should be: kubectl rejects the file, and so does the parser.
    writeFileSync(
      join(dir, 'bundle.yaml'),
      BUNDLE.replace('                  type: string', '\t\t  type: string')
    );
    const skipped = await scanJson(dir, true);
    expect(skipped).toBe(await scanJson(dir, false));
    const findings = (JSON.parse(skipped) as { findings: { ruleId: string; line: number }[] }).findings;
    expect(findings.map(f => `${f.ruleId}:${f.line}`)).toEqual(['BH000:24']);
  });

  it('keeps raw-text findings, ignore comments and fingerprints in a CRD the scan pass leaves unparsed', async () => {
    const dir = join(work, 'keys');
    mkdirSync(dir);
    // A CRD whose field documentation pastes a real-looking key (generated per run, never committed),
    // once under an ignore comment; a secret-like key in the schema is no finding either way.
    const key = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
      .privateKey.export({ type: 'sec1', format: 'pem' })
      .toString()
      .trim()
      .split('\n')
      .map(line => `                    ${line}`)
      .join('\n');
    const field = (example: string) =>
      [
        '                  type: string',
        '                tlsKey:',
        '                  description: |',
        `                    ${example}`,
        key,
        '                  type: string',
        '                password:',
        '                  default: hunter2-Rotated-2024',
        '                  type: string'
      ].join('\n');
    const crd = (name: string, example: string) =>
      BUNDLE.split('\n---\n')[0]!
        .replace('backups.stash.example.io', name)
        .replace('                  type: string', field(example));
    const bundle = [
      crd('backups.stash.example.io', 'For example:'),
      crd('restores.stash.example.io', '# bulkhead-ignore BH207 -- the documented example key'),
      OPERATOR
    ].join('\n---\n');
    writeFileSync(join(dir, 'bundle.yaml'), bundle);
    expect(parseManifests(bundle).objects.map(o => o.kind)).toEqual(['Deployment']);
    const skipped = await scanJson(dir, true);
    expect(skipped).toBe(await scanJson(dir, false));
    const findings = (
      JSON.parse(skipped) as {
        findings: { ruleId: string; line: number; suppressed?: object; fingerprint?: string }[];
      }
    ).findings.filter(f => f.ruleId === 'BH207');
    expect(findings).toHaveLength(2);
    expect(findings.map(f => Boolean(f.suppressed))).toEqual([false, true]);
    expect(findings.every(f => f.fingerprint)).toBe(true);
  });
});
