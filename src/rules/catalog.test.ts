import { fileURLToPath } from 'node:url';
import { existsSync, readdirSync } from 'node:fs';
import { basename, join, dirname } from 'node:path';
import { ALL_RULES } from './index.js';
import { ruleTargets } from '../core/rule.js';
import { PRODUCT_VERSION } from '../core/product.js';

const RULES_DIR = join(dirname(fileURLToPath(import.meta.url)));
const ROOT = join(RULES_DIR, '..', '..');

/**
 * The contract: every id in the tables of RULES.md (the shared rule catalog) with its slug, copied by
 * hand so that a renamed slug or a rule that was never built fails here. IDs never change meaning.
 */
const CONTRACT: Record<string, string> = {
  BH000: 'parse-error',
  BH101: 'image-runs-as-root',
  BH102: 'windows-image-runs-as-admin',
  BH103: 'sudo-in-build',
  BH104: 'grants-admin-rights',
  BH201: 'secret-in-env-or-arg',
  BH202: 'secret-in-build-command',
  BH203: 'secret-file-in-image',
  BH204: 'secret-build-arg',
  BH205: 'secret-in-workload-env',
  BH206: 'secret-object-committed',
  BH207: 'private-key-material',
  BH208: 'registry-credentials-in-config',
  BH209: 'secret-in-configmap',
  BH301: 'tls-verification-disabled',
  BH302: 'plaintext-download',
  BH303: 'unverified-packages',
  BH401: 'image-from-insecure-registry',
  BH402: 'image-from-untrusted-registry',
  BH403: 'image-tag-mutable',
  BH501: 'privileged-container',
  BH502: 'workload-runs-as-root',
  BH503: 'privilege-escalation-allowed',
  BH504: 'host-namespaces',
  BH505: 'host-path-mount',
  BH506: 'admin-with-host-access',
  BH507: 'added-capabilities',
  BH508: 'missing-resource-limits',
  BH509: 'seccomp-unconfined',
  BH510: 'host-port',
  BH511: 'capabilities-not-dropped',
  BH512: 'unmasked-proc-mount',
  BH513: 'unsafe-sysctls',
  BH514: 'mac-policy-override',
  BH515: 'restricted-volume-type',
  BH516: 'host-probe',
  BH517: 'service-account-token-automount',
  BH601: 'windows-workload-runs-as-admin',
  BH602: 'windows-user-unset',
  BH603: 'windows-privileged-unsupported',
  BH604: 'windows-hostprocess',
  BH605: 'windows-hostprocess-invalid',
  BH606: 'linux-field-on-windows-pod',
  BH607: 'windows-options-on-linux-pod',
  BH608: 'invalid-run-as-user-name',
  BH609: 'windows-secret-on-node-disk',
  BH610: 'windows-scheduling-unpinned',
  BH611: 'windows-runasnonroot-contradiction',
  BH612: 'windows-build-mismatch',
  BH613: 'windows-base-eol',
  BH801: 'registry-plain-http',
  BH802: 'registry-tls-unverified',
  BH803: 'docker-daemon-exposed',
  BH804: 'weak-image-trust-policy',
  BH805: 'short-name-ambiguity'
};

function ruleFiles(): string[] {
  return readdirSync(RULES_DIR, { withFileTypes: true })
    .filter(d => d.isDirectory())
    .flatMap(d => readdirSync(join(RULES_DIR, d.name)).map(name => join(RULES_DIR, d.name, name)))
    .filter(path => path.endsWith('.ts') && !path.endsWith('.test.ts'));
}

describe('rule catalog', () => {
  it('has unique ids, sorted, matching the RULES.md contract', () => {
    const ids = ALL_RULES.map(r => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    for (const { meta } of ALL_RULES) {
      expect(meta.id).toMatch(/^BH\d{3}$/);
      // A new rule enters RULES.md (and this copy) before it ships.
      expect(`${meta.id} ${meta.slug}`).toBe(`${meta.id} ${CONTRACT[meta.id]}`);
    }
  });

  it('implements every id of the RULES.md contract', () => {
    const implemented = new Set(ALL_RULES.map(r => r.meta.id));
    const missing = Object.keys(CONTRACT).filter(id => !implemented.has(id));
    expect(missing).toEqual([]);
  });

  it('lists every rule module in index.ts, and nothing else', () => {
    const onDisk = ruleFiles()
      .map(path => basename(path, '.ts'))
      .sort();
    expect(ALL_RULES.map(r => r.meta.slug).sort()).toEqual(onDisk);
  });

  it.each(ALL_RULES.map(r => [r.meta.id, r] as const))(
    '%s is well formed, tested and documented',
    (_id, rule) => {
      const { meta } = rule;
      const file = ruleFiles().find(path => basename(path, '.ts') === meta.slug);
      expect(file).toBeDefined();
      expect(existsSync((file as string).replace(/\.ts$/, '.test.ts'))).toBe(true);
      expect(existsSync(join(ROOT, 'docs', 'rules', `${meta.id}.md`))).toBe(true);
      expect(meta.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(meta.title).not.toMatch(/[.\s]$/);
      expect(meta.title.length).toBeLessThanOrEqual(70);
      expect(meta.description.length).toBeGreaterThan(40);
      expect(meta.remediation).toMatch(/\.$/);
      expect(meta.references.length).toBeGreaterThan(0);
      for (const url of meta.references) expect(url).toMatch(/^https:\/\//);
      for (const tag of meta.tags) expect(tag).toMatch(/^(CWE-\d+|[a-z0-9.-]+)$/);
      for (const message of Object.values(meta.messages)) expect(message).toMatch(/\.$|^\{\w+\}$/);
      expect(ruleTargets(rule).length).toBeGreaterThan(0);
    }
  );

  it('keeps the product version equal to package.json', async () => {
    const { readFileSync } = await import('node:fs');
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(PRODUCT_VERSION).toBe(pkg.version);
  });
});
