import { parseJsonConfig, probeJson } from './json-config.js';
import type { RegistryConfigDocument, TrustWeakness } from './registry-config-document.js';
import type { RegistryFormat } from './registry-format.js';
import { baseName } from './path-segments.js';
import type { YamlNode } from '../yaml/yaml-node.js';
import { append } from '../../core/append.js';

/**
 * Verification levels that let an unsigned or untrusted-signer artifact through
 * (notaryproject/specifications `specs/trust-store-trust-policy.md`): `skip` verifies nothing, `audit`
 * only checks integrity when a signature happens to exist and logs every other failure.
 */
const WEAK_LEVELS = new Set(['skip', 'audit']);
/** Levels under which a failed authenticity check is fatal unless overridden. */
const ENFORCING_LEVELS = new Set(['strict', 'permissive']);

/**
 * Notation's trust policy (`{NOTATION_CONFIG}/trustpolicy.oci.json`, legacy `trustpolicy.json`,
 * `trustpolicy.blob.json`): a policy whose `signatureVerification.level` is `skip` or `audit`, whose
 * `override` only logs authenticity failures, or whose `trustedIdentities` holds `"*"` (any
 * certificate chaining to the trust store) does not enforce who signed the image (BH804).
 */
export const notationTrustPolicyFormat: RegistryFormat = {
  format: 'notation-trust-policy',
  matches(path, text) {
    const name = baseName(path).toLowerCase();
    if (!name.endsWith('.json')) return false;
    const probe = probeJson(text);
    if (probe.kind === 'object')
      return Array.isArray(probe.value.trustPolicies) && Object.hasOwn(probe.value, 'version');
    return probe.kind === 'invalid' && name.startsWith('trustpolicy') && text.includes('"trustPolicies"');
  },
  parse(text) {
    const document: RegistryConfigDocument = {
      format: 'notation-trust-policy',
      text,
      insecureEndpoints: [],
      listeners: [],
      credentials: [],
      trustWeaknesses: []
    };
    const root = parseJsonConfig(text, 'Notation trust policy');
    for (const policy of root?.get('trustPolicies')?.items() ?? []) {
      append(document.trustWeaknesses, policyWeaknesses(policy));
    }
    return document;
  }
};

function policyWeaknesses(policy: YamlNode): TrustWeakness[] {
  const found: TrustWeakness[] = [];
  const name = policy.get('name')?.text;
  const label = name === undefined ? 'trust policy' : `trust policy '${name}'`;
  const verification = policy.get('signatureVerification');
  const level = verification?.get('level');
  const levelName = typeof level?.scalar === 'string' ? level.scalar : undefined;
  if (level && levelName && WEAK_LEVELS.has(levelName)) {
    found.push({ detail: `${label} verification level '${levelName}'`, region: level.reportRegion });
  }
  const authenticity = verification?.at('override', 'authenticity');
  if (levelName && ENFORCING_LEVELS.has(levelName) && authenticity?.scalar === 'log') {
    found.push({
      detail: `${label} only logs authenticity failures (override 'authenticity: log')`,
      region: authenticity.reportRegion
    });
  }
  for (const identity of policy.get('trustedIdentities')?.items() ?? []) {
    if (identity.scalar === '*')
      found.push({ detail: `${label} trusts any identity ('*')`, region: identity.region });
  }
  return found;
}
