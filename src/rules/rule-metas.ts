import type { RuleMeta } from '../core/rule.js';
import { ALL_RULES } from './index.js';

/**
 * Every rule's metadata, in ALL_RULES' order: what SARIF `rules[]`, the JSON report, `bulkhead rules`
 * and `explain`, and the checks of rule ids in suppressions and config read, without the rules' code.
 * From the sources it is read off ALL_RULES; the build (scripts/bundle-plugins.mjs, ruleMetas) puts
 * the same data in this module's place (so the module exports nothing else), and a bundle loads the
 * rules' code only for the kinds of file it scans (src/rules/load-rules.ts).
 */
export const RULE_METAS: readonly RuleMeta[] = ALL_RULES.map(rule => rule.meta);
