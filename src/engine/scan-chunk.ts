import { relative, resolve } from 'node:path';
import type { RepositoryFacts } from '../core/repository.js';
import type { Rule } from '../core/rule.js';
import type { RuleSettings } from '../core/settings.js';
import type { Severity } from '../core/severity.js';
import { ALL_RULES } from '../rules/index.js';
import type { ConfigIgnore } from './config-file.js';
import type { RepositoryBuild } from './repository-facts.js';
import { scanDocuments, type DocumentsResult, type SourceFile } from './scan-documents.js';
import { ConfigIgnores } from './suppressions.js';

/**
 * Everything a worker needs to scan files exactly as the main thread would, as plain data: it crosses
 * to the worker by structured clone, which copies Maps, Sets, arrays and plain objects but not code.
 * Rules are code, so they travel as ids and each side takes them from ALL_RULES.
 */
export interface ChunkSetup extends WorkerSetup {
  facts: RepositoryFacts;
}

/** What a worker starts with; the facts, built while it starts, come with its first chunk. */
export interface WorkerSetup {
  settings: RuleSettings;
  ruleConfig?: Record<string, 'off' | Severity>;
  /** The rules' ids, in the caller's order (the order findings are produced in). */
  ruleIds: string[];
  ignores: IgnoreSetup;
}

/** What `.bulkhead.yml` `ignore` needs: the entries, the scan date and the directories paths are relative to. */
export interface IgnoreSetup {
  list: ConfigIgnore[];
  today: string;
  configDir: string;
  cwd: string;
}

/** One chunk's findings, notes and files, with the expired config ignores it used (indexes, in order of first use). */
export interface ChunkResult {
  result: DocumentsResult;
  expiredIgnores: number[];
}

/** Config ignores match paths relative to the config file's directory; findings carry paths relative to cwd. */
export function createConfigIgnores(setup: IgnoreSetup): ConfigIgnores {
  return new ConfigIgnores(setup.list, setup.today, file =>
    relative(setup.configDir, resolve(setup.cwd, file)).split('\\').join('/')
  );
}

/**
 * The ids of `rules` when every one of them is the shipped rule of that id (so a worker can take it
 * from ALL_RULES); undefined when the caller passed a rule of its own, which only its thread can run.
 */
export function shippedRuleIds(rules: readonly Rule[]): string[] | undefined {
  const shipped = new Map(ALL_RULES.map(rule => [rule.meta.id, rule]));
  return rules.every(rule => shipped.get(rule.meta.id) === rule) ? rules.map(r => r.meta.id) : undefined;
}

/**
 * A function that scans one chunk of files with `setup`. Each chunk gets its own ConfigIgnores, so the
 * expired ignores it used can be replayed in chunk order. `repository` defaults to the facts alone
 * (a worker parses every file itself).
 */
export function createChunkScanner(
  setup: ChunkSetup,
  repository: RepositoryBuild = {
    facts: setup.facts,
    parsed: new Map(),
    notes: [],
    imageDockerfiles: new Map()
  }
): (sources: SourceFile[]) => ChunkResult {
  const byId = new Map(ALL_RULES.map(rule => [rule.meta.id, rule]));
  const rules = setup.ruleIds.map(id => {
    const rule = byId.get(id);
    if (!rule) throw new Error(`unknown rule id ${id}`);
    return rule;
  });
  return sources => {
    const ignores = createConfigIgnores(setup.ignores);
    const result = scanDocuments(sources, {
      rules,
      settings: setup.settings,
      ruleConfig: setup.ruleConfig,
      ignores,
      repository
    });
    return { result, expiredIgnores: ignores.expiredUsedIndexes() };
  };
}

/** Main thread → worker: scan these files (`index` is the chunk's place in the scan); the first one carries the facts. */
export interface ChunkRequest {
  index: number;
  sources: SourceFile[];
  facts?: RepositoryFacts;
}

/** Worker → main thread: the chunk's result, or why the worker could not give it. */
export type ChunkReply = { index: number; outcome: ChunkResult } | { index: number; error: string };
