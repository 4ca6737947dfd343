/** The kinds of input Bulkhead understands (see RULES.md "Targets"). */
export const TARGET_KINDS = ['dockerfile', 'image', 'kubernetes', 'compose', 'registry-config'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/**
 * Parsed document type per target. Each target module adds its own entry by declaration
 * merging, so `core` never imports `targets`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface TargetDocuments {}

/**
 * Facts the model stage (src/model/) computes once per parsed document, per target (pod OS with its
 * evidence, effective security contexts, image users). The model adds its entries by declaration merging.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface TargetModels {}
