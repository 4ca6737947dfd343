/** Options that change what rules report (from flags and `.bulkhead.yml`). */
export interface RuleSettings {
  podSecurityLevel: 'baseline' | 'restricted';
  /** Registry patterns (wildcards allowed); empty means BH402 is off. */
  trustedRegistries: string[];
  /** Where `trustedRegistries` came from, for BH402's message (`set by --trusted-registries`). */
  trustedRegistriesSource?: string;
  requireDigest: boolean;
}

export const DEFAULT_RULE_SETTINGS: RuleSettings = {
  podSecurityLevel: 'baseline',
  trustedRegistries: [],
  requireDigest: false
};
