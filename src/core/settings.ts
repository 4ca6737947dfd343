/** Options that change what rules report (from flags and `.bulkhead.yml`). */
export interface RuleSettings {
  podSecurityLevel: 'baseline' | 'restricted';
  /** Registry patterns (wildcards allowed); empty means BH402 is off. */
  trustedRegistries: string[];
  /** Where `trustedRegistries` came from, for BH402's message (`set by --trusted-registries`). */
  trustedRegistriesSource?: string;
  requireDigest: boolean;
  /**
   * The scan date, `YYYY-MM-DD` (UTC), for date-dependent rules (BH613 end of support): the engine sets
   * it from the clock, tests fix it; rules never read the clock themselves.
   */
  today?: string;
}

export const DEFAULT_RULE_SETTINGS: RuleSettings = {
  podSecurityLevel: 'baseline',
  trustedRegistries: [],
  requireDigest: false
};
