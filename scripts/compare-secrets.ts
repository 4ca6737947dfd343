/**
 * `npm run compare:secrets`: Bulkhead's secret rules next to secretlint (a dev dependency) on the
 * same corpus of Dockerfiles with planted secrets and benign look-alikes
 * (test/fixtures/secrets-compare/, described by its expected.json).
 *
 * Scoring, per tool: a planted secret is detected when at least one finding's line lies within the
 * planted instruction's [line, endLine]; findings are de-duplicated per file + line, and a line that
 * matches no planted secret is a false positive. Bulkhead reports at the instruction, secretlint at
 * the exact match, so the instruction range makes the two comparable. BH204 (an ARG with a
 * secret-like name and no literal default) reports a hygiene problem, not a leaked value: it is
 * left out of the comparison and counted on its own.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runSecretLint } from 'secretlint';
import type { Finding, Note } from '../src/core/finding.js';
import { DEFAULT_RULE_SETTINGS } from '../src/core/settings.js';
import { scanDocuments } from '../src/engine/scan-documents.js';
import { loadDocumentParsers } from '../src/engine/load-document-parsers.js';
import { loadShellParser } from '../src/engine/load-shell-parser.js';
import { ALL_RULES } from '../src/rules/index.js';

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CORPUS_DIR = join(REPO_ROOT, 'test', 'fixtures', 'secrets-compare');
export const MANIFEST_FILE = 'expected.json';

/** Rules whose findings count as "detected secret". */
export const COMPARED_RULE_IDS = ['BH201', 'BH202', 'BH203', 'BH207'] as const;
/** Reported separately: a secret-like build argument without a value is not a leaked secret. */
export const SECRET_BUILD_ARG_RULE_ID = 'BH204';
const SECRETLINT_PRESET = '@secretlint/secretlint-rule-preset-recommend';

export interface PlantedSecret {
  /** First line of the instruction that carries the secret (1-based). */
  line: number;
  /** Last line of that instruction (continuations and heredoc bodies included). */
  endLine: number;
  kind: string;
  /** The Bulkhead rule expected to report it. */
  rule: string;
  /** Text of the secret (or of the COPY/heredoc that carries it) found within [line, endLine]. */
  value: string;
}

export interface BenignLookAlike {
  line: number;
  endLine: number;
  why: string;
}

/** An ARG with a secret-like name and no default in the final image: Bulkhead's BH204 (not scored). */
export interface SecretBuildArg {
  line: number;
  name: string;
}

export interface ManifestFile {
  planted: PlantedSecret[];
  benign: BenignLookAlike[];
  secretBuildArgs?: SecretBuildArg[];
}

export interface Manifest {
  description: string[];
  files: Record<string, ManifestFile>;
}

/** One finding, reduced to what the comparison needs. */
export interface ToolFinding {
  /** Corpus file name (no directory). */
  file: string;
  line: number;
  ruleId: string;
}

export interface Miss {
  file: string;
  line: number;
  endLine: number;
  kind: string;
  rule: string;
}

export interface FalsePositive {
  file: string;
  line: number;
  ruleIds: string[];
  /** Set when the line is one of the manifest's benign look-alikes. */
  lookAlike?: string;
}

export interface ToolScore {
  tool: string;
  /** False when the tool could not run at all (then every planted secret is missed). */
  ran: boolean;
  error?: string;
  planted: number;
  detected: number;
  missed: number;
  falsePositives: number;
  /** Raw findings that took part in the comparison. */
  findings: number;
  /** Planted kind → how many of that kind the tool detected. */
  detectedByKind: Record<string, number>;
  /** Expected Bulkhead rule → how many of the secrets it should report the tool detected. */
  detectedByRule: Record<string, number>;
  misses: Miss[];
  falsePositiveLines: FalsePositive[];
  /** Bulkhead only: planted secrets detected, but not by the rule the manifest expects. */
  otherRule: (Miss & { ruleIds: string[] })[];
}

export interface ComparisonTable {
  corpus: {
    files: number;
    planted: number;
    benign: number;
    plantedByKind: Record<string, number>;
    plantedByRule: Record<string, number>;
  };
  bulkhead: ToolScore & {
    /** Compared rule ids present in ALL_RULES. */
    rulesRegistered: string[];
    /** Compared rule ids (and BH204) not registered yet. */
    rulesMissing: string[];
    /** BH204 findings, not part of the score. */
    secretBuildArg: { file: string; line: number }[];
    /** BH204 compared with the manifest's `secretBuildArgs`. */
    secretBuildArgCheck: { expected: number; found: number; missing: string[]; unexpected: string[] };
    /** Engine notes such as a rule that threw. */
    notes: string[];
  };
  secretlint: ToolScore & { version: string; invocation: string };
  /** The whole report as markdown (what `npm run compare:secrets` prints). */
  markdown: string;
}

export function readManifest(dir = CORPUS_DIR): Manifest {
  return JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8')) as Manifest;
}

/** The corpus files on disk, sorted. */
export function corpusFiles(dir = CORPUS_DIR): string[] {
  return readdirSync(dir)
    .filter(name => name.endsWith('.Dockerfile'))
    .sort();
}

export async function compareSecrets(dir = CORPUS_DIR): Promise<ComparisonTable> {
  const manifest = readManifest(dir);
  const names = Object.keys(manifest.files).sort();
  const texts = new Map(names.map(name => [name, readFileSync(join(dir, name), 'utf8')]));

  // runBulkhead calls the engine directly, not scan()
  await loadShellParser();
  await loadDocumentParsers();
  const bulkheadRun = runBulkhead(dir, texts);
  const secretlintRun = await runSecretlint(dir, names);

  const bulkhead = {
    ...score('Bulkhead', manifest, bulkheadRun.findings, bulkheadRun.error),
    rulesRegistered: bulkheadRun.rulesRegistered,
    rulesMissing: bulkheadRun.rulesMissing,
    secretBuildArg: bulkheadRun.secretBuildArg,
    secretBuildArgCheck: checkSecretBuildArgs(manifest, bulkheadRun.secretBuildArg),
    notes: bulkheadRun.notes
  };
  const secretlint = {
    ...score('secretlint', manifest, secretlintRun.findings, secretlintRun.error),
    version: secretlintRun.version,
    invocation: secretlintRun.invocation
  };

  const planted = Object.values(manifest.files).flatMap(f => f.planted);
  const corpus = {
    files: names.length,
    planted: planted.length,
    benign: Object.values(manifest.files).reduce((n, f) => n + f.benign.length, 0),
    plantedByKind: countBy(planted, p => p.kind),
    plantedByRule: countBy(planted, p => p.rule)
  };
  const table: ComparisonTable = { corpus, bulkhead, secretlint, markdown: '' };
  table.markdown = renderMarkdown(table, relative(REPO_ROOT, dir) || '.');
  return table;
}

interface BulkheadRun {
  findings: ToolFinding[];
  secretBuildArg: { file: string; line: number }[];
  rulesRegistered: string[];
  rulesMissing: string[];
  notes: string[];
  error?: string;
}

/** The real engine, in-process, with the secret rules only; each file alone (no build context). */
function runBulkhead(dir: string, texts: Map<string, string>): BulkheadRun {
  const wanted = new Set<string>([...COMPARED_RULE_IDS, SECRET_BUILD_ARG_RULE_ID]);
  const rules = ALL_RULES.filter(rule => wanted.has(rule.meta.id));
  const registered = new Set(rules.map(rule => rule.meta.id));
  const run: BulkheadRun = {
    findings: [],
    secretBuildArg: [],
    rulesRegistered: COMPARED_RULE_IDS.filter(id => registered.has(id)),
    rulesMissing: [...wanted].filter(id => !registered.has(id)),
    notes: []
  };
  const prefix = relative(REPO_ROOT, dir).split('\\').join('/');
  for (const [name, text] of texts) {
    const path = prefix ? `${prefix}/${name}` : name;
    let findings: Finding[];
    let notes: Note[];
    try {
      ({ findings, notes } = scanDocuments([{ path, text }], {
        rules,
        settings: DEFAULT_RULE_SETTINGS
      }));
    } catch (error) {
      run.error = `${name}: ${error instanceof Error ? error.message : String(error)}`;
      continue;
    }
    for (const note of notes) run.notes.push(`${name}: ${note.message}`);
    for (const finding of findings) {
      if (finding.suppression) continue;
      const line = finding.location.region.startLine;
      if (finding.ruleId === SECRET_BUILD_ARG_RULE_ID) run.secretBuildArg.push({ file: name, line });
      else run.findings.push({ file: name, line, ruleId: finding.ruleId });
    }
  }
  return run;
}

interface SecretlintRun {
  findings: ToolFinding[];
  version: string;
  invocation: string;
  error?: string;
}

interface SecretlintJsonResult {
  filePath: string;
  messages: { ruleId: string; messageId?: string; loc: { start: { line: number } } }[];
}

/**
 * secretlint's own CLI entry (`runSecretLint`, what `secretlint --format json` calls) with the
 * recommended preset given as inline config, on the same files.
 */
async function runSecretlint(dir: string, names: string[]): Promise<SecretlintRun> {
  const require = createRequire(import.meta.url);
  const { version } = require('secretlint/package.json') as { version: string };
  const run: SecretlintRun = {
    findings: [],
    version,
    invocation: `secretlint ${version} (Node API runSecretLint, formatter json, config { "rules": [{ "id": "${SECRETLINT_PRESET}" }] })`
  };
  try {
    const result = await runSecretLint({
      cliOptions: { cwd: dir, filePathOrGlobList: names.map(name => join(dir, name)), noGlob: true },
      engineOptions: {
        cwd: REPO_ROOT,
        configFileJSON: { rules: [{ id: SECRETLINT_PRESET }] },
        formatter: 'json',
        color: false,
        maskSecrets: true
      }
    });
    if (result.stderr) throw result.stderr;
    const results = JSON.parse(result.stdout ?? '[]') as SecretlintJsonResult[];
    for (const file of results) {
      const name = relative(dir, file.filePath).split('\\').join('/');
      for (const message of file.messages) {
        run.findings.push({ file: name, line: message.loc.start.line, ruleId: shortRuleId(message) });
      }
    }
  } catch (error) {
    run.error = error instanceof Error ? error.message : String(error);
  }
  return run;
}

function shortRuleId(message: { ruleId: string; messageId?: string }): string {
  const rule = message.ruleId.replace(/^@secretlint\/secretlint-rule-/, '');
  return message.messageId ? `${rule}/${message.messageId}` : rule;
}

/** Matches findings to planted secrets and look-alikes (see the module comment). */
export function score(tool: string, manifest: Manifest, findings: ToolFinding[], error?: string): ToolScore {
  const result: ToolScore = {
    tool,
    ran: error === undefined,
    planted: 0,
    detected: 0,
    missed: 0,
    falsePositives: 0,
    findings: findings.length,
    detectedByKind: {},
    detectedByRule: {},
    misses: [],
    falsePositiveLines: [],
    otherRule: []
  };
  if (error !== undefined) result.error = error;
  for (const [file, expected] of Object.entries(manifest.files).sort(([a], [b]) => a.localeCompare(b))) {
    const byLine = new Map<number, Set<string>>();
    for (const finding of findings.filter(f => f.file === file)) {
      const ids = byLine.get(finding.line) ?? new Set<string>();
      ids.add(finding.ruleId);
      byLine.set(finding.line, ids);
    }
    const within = (line: number, range: { line: number; endLine: number }) =>
      line >= range.line && line <= range.endLine;
    for (const planted of expected.planted) {
      result.planted++;
      const matched = [...byLine].filter(([line]) => within(line, planted)).flatMap(([, ids]) => [...ids]);
      const hit = matched.length > 0;
      if (hit && matched.every(id => /^BH\d+$/.test(id)) && !matched.includes(planted.rule)) {
        const { line, endLine, kind, rule } = planted;
        result.otherRule.push({ file, line, endLine, kind, rule, ruleIds: [...new Set(matched)].sort() });
      }
      result.detectedByKind[planted.kind] = (result.detectedByKind[planted.kind] ?? 0) + (hit ? 1 : 0);
      result.detectedByRule[planted.rule] = (result.detectedByRule[planted.rule] ?? 0) + (hit ? 1 : 0);
      if (hit) result.detected++;
      else
        result.misses.push({
          file,
          line: planted.line,
          endLine: planted.endLine,
          kind: planted.kind,
          rule: planted.rule
        });
    }
    for (const [line, ids] of [...byLine].sort(([a], [b]) => a - b)) {
      if (expected.planted.some(planted => within(line, planted))) continue;
      const fp: FalsePositive = { file, line, ruleIds: [...ids].sort() };
      const lookAlike = expected.benign.find(benign => within(line, benign));
      if (lookAlike) fp.lookAlike = lookAlike.why;
      result.falsePositiveLines.push(fp);
    }
  }
  // Findings in files the manifest does not know are false positives too.
  const known = new Set(Object.keys(manifest.files));
  const strays = new Map<string, FalsePositive>();
  for (const finding of findings.filter(f => !known.has(f.file))) {
    const key = `${finding.file}:${finding.line}`;
    const fp = strays.get(key) ?? { file: finding.file, line: finding.line, ruleIds: [] };
    if (!fp.ruleIds.includes(finding.ruleId)) fp.ruleIds.push(finding.ruleId);
    strays.set(key, fp);
  }
  result.falsePositiveLines.push(...strays.values());
  result.missed = result.planted - result.detected;
  result.falsePositives = result.falsePositiveLines.length;
  return result;
}

function checkSecretBuildArgs(
  manifest: Manifest,
  found: { file: string; line: number }[]
): ComparisonTable['bulkhead']['secretBuildArgCheck'] {
  const expected = Object.entries(manifest.files).flatMap(([file, f]) =>
    (f.secretBuildArgs ?? []).map(arg => `${file}:${arg.line}`)
  );
  const foundKeys = [...new Set(found.map(f => `${f.file}:${f.line}`))];
  return {
    expected: expected.length,
    found: foundKeys.length,
    missing: expected.filter(key => !foundKeys.includes(key)),
    unexpected: foundKeys.filter(key => !expected.includes(key))
  };
}

function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '—' : `${Math.round((part / whole) * 100)} %`;
}

function renderMarkdown(table: ComparisonTable, corpusPath: string): string {
  const { corpus, bulkhead, secretlint } = table;
  const out: string[] = [];
  out.push('## Secret detection: Bulkhead vs secretlint', '');
  out.push(
    `Corpus \`${corpusPath}\`: ${corpus.files} Dockerfiles, ${corpus.planted} planted secrets, ` +
      `${corpus.benign} benign look-alike lines.`
  );
  out.push(
    `Bulkhead: rules ${COMPARED_RULE_IDS.join(', ')} in-process (${SECRET_BUILD_ARG_RULE_ID} counted separately).` +
      (bulkhead.rulesMissing.length
        ? ` **Not registered in ALL_RULES yet: ${bulkhead.rulesMissing.join(', ')}.**`
        : '')
  );
  out.push(`secretlint: ${secretlint.invocation}.`, '');

  out.push('| tool | planted | detected | missed | false positives |', '|---|---|---|---|---|');
  for (const tool of [bulkhead, secretlint]) {
    const name = tool.ran ? tool.tool : `${tool.tool} (failed: ${tool.error ?? 'unknown error'})`;
    out.push(
      `| ${name} | ${tool.planted} | ${tool.detected} (${percent(tool.detected, tool.planted)}) | ${tool.missed} | ${tool.falsePositives} |`
    );
  }
  out.push('');
  const buildArgs = bulkhead.secretBuildArgCheck;
  out.push(
    `Bulkhead ${SECRET_BUILD_ARG_RULE_ID} (secret-like ARG without a value; hygiene, not scored): ` +
      `${buildArgs.found} line(s) reported, ${buildArgs.expected} expected` +
      (buildArgs.missing.length ? `; missing ${buildArgs.missing.join(', ')}` : '') +
      (buildArgs.unexpected.length ? `; unexpected ${buildArgs.unexpected.join(', ')}` : '') +
      '.',
    ''
  );

  out.push('### Detected, by expected Bulkhead rule', '');
  out.push('| rule | planted | Bulkhead | secretlint |', '|---|---|---|---|');
  for (const [rule, planted] of Object.entries(corpus.plantedByRule).sort()) {
    out.push(
      `| ${rule} | ${planted} | ${bulkhead.detectedByRule[rule] ?? 0} | ${secretlint.detectedByRule[rule] ?? 0} |`
    );
  }
  out.push('');

  out.push('### Detected, by kind', '');
  out.push('| kind | planted | Bulkhead | secretlint |', '|---|---|---|---|');
  for (const [kind, planted] of Object.entries(corpus.plantedByKind).sort()) {
    const cell = (tool: ToolScore) => {
      const n = tool.detectedByKind[kind] ?? 0;
      return n === planted ? `${n} ✓` : String(n);
    };
    out.push(`| ${kind} | ${planted} | ${cell(bulkhead)} | ${cell(secretlint)} |`);
  }
  out.push('');

  for (const tool of [bulkhead, secretlint]) {
    out.push(`### ${tool.tool}: missed (${tool.misses.length})`, '');
    if (tool.misses.length === 0) out.push('None.');
    for (const miss of tool.misses) {
      const lines = miss.endLine > miss.line ? `${miss.line}-${miss.endLine}` : String(miss.line);
      out.push(`- ${miss.file}:${lines} ${miss.kind} (expected ${miss.rule})`);
    }
    out.push('');
    if (tool.otherRule.length) {
      out.push(`### ${tool.tool}: detected by another rule than expected (${tool.otherRule.length})`, '');
      for (const other of tool.otherRule) {
        out.push(
          `- ${other.file}:${other.line} ${other.kind}: ${other.ruleIds.join(', ')} (expected ${other.rule})`
        );
      }
      out.push('');
    }
    out.push(`### ${tool.tool}: false positives (${tool.falsePositiveLines.length})`, '');
    if (tool.falsePositiveLines.length === 0) out.push('None.');
    for (const fp of tool.falsePositiveLines) {
      out.push(
        `- ${fp.file}:${fp.line} ${fp.ruleIds.join(', ')}` +
          (fp.lookAlike ? ` — look-alike: ${fp.lookAlike}` : '')
      );
    }
    out.push('');
  }
  if (bulkhead.notes.length) {
    out.push('### Bulkhead engine notes', '', ...bulkhead.notes.map(note => `- ${note}`), '');
  }
  return out.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  compareSecrets().then(
    table => {
      process.stdout.write(`${table.markdown}\n`);
    },
    (error: unknown) => {
      process.stderr.write(
        `compare-secrets: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
      );
      process.exitCode = 2;
    }
  );
}
