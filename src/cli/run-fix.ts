import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { applyFixes } from '../core/apply-edits.js';
import type { Finding } from '../core/finding.js';
import type { Fix } from '../core/fix.js';
import { scan, type ScanOptions } from '../engine/scan.js';
import { planFixes, type FixFilter, type PlannedFix } from '../engine/plan-fixes.js';
import type { ScanResult } from '../core/scan-result.js';
import type { CliIo } from './main.js';
import type { FixCliOptions } from './parse-cli-args.js';
import { redactSecret } from '../secrets/redact.js';
import { unifiedDiff } from './unified-diff.js';
import { addDigestFixes, registryDigests, type ResolveDigest } from './pin-digests.js';

/**
 * A fix can make another fix possible (two overlapping edits: the second is planned again on the
 * edited text), so fixes are applied in passes until none is left; the bound keeps a rule whose fix
 * does not remove its finding from looping.
 */
const MAX_PASSES = 5;

/** What `bulkhead fix` did, before anything is written. */
export interface FixOutcome {
  /** Path → [original text, fixed text] for each file that changes. */
  changed: Map<string, { before: string; after: string }>;
  /** The fixes applied, with their findings (as first reported). */
  applied: PlannedFix[];
  /** Findings a fix was applied for that are still reported afterwards. */
  remaining: Finding[];
  /** Findings after the fixes that were not there before. */
  added: Finding[];
  /** Files that cannot be written back byte for byte (UTF-16, invalid UTF-8), left as they are. */
  skipped: string[];
  final: ScanResult;
}

/** `rule:file:message`: lines move when a fix adds or removes lines, so they are not part of a finding's identity. */
function identity(finding: Finding): string {
  return `${finding.ruleId}\u0000${finding.location.file}\u0000${finding.message}`;
}

function active(result: ScanResult): Finding[] {
  return result.findings.filter(f => !f.suppression);
}

/** The file's text as the scanner read it, if writing that text back would not change anything else. */
function writableText(path: string): { text: string; bom: boolean } | undefined {
  const bytes = readFileSync(path);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const text = body.toString('utf8');
  return Buffer.from(text, 'utf8').equals(body) ? { text, bom } : undefined;
}

/** Plans, applies in memory and re-scans until no planned fix is left; writes nothing. */
export async function computeFixes(
  scanOptions: ScanOptions,
  filter: FixFilter,
  /** Adds fixes that need I/O (`--pin-digests`) to a scan's findings; `textOf` gives a file's scanned text. */
  augment?: (findings: Finding[], textOf: (file: string) => string | undefined) => Promise<void>
): Promise<FixOutcome> {
  const overrides = new Map<string, string>();
  const originals = new Map<string, { text: string; bom: boolean }>();
  const skipped = new Set<string>();
  const applied: PlannedFix[] = [];
  let result = (await scan(scanOptions)).result;
  const before = active(result);
  const textOf = (file: string): string | undefined => {
    if (overrides.has(file)) return overrides.get(file);
    if (!originals.has(file)) {
      const original = writableText(resolve(scanOptions.cwd, file));
      if (original) originals.set(file, original);
    }
    return originals.get(file)?.text;
  };
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    if (augment) await augment(active(result), textOf);
    const plan = planFixes(active(result), filter);
    let changedAny = false;
    for (const [file, planned] of plan) {
      if (skipped.has(file)) continue;
      let original = originals.get(file);
      if (!original) {
        original = writableText(resolve(scanOptions.cwd, file));
        if (!original) {
          skipped.add(file);
          continue;
        }
        originals.set(file, original);
      }
      const current = overrides.get(file) ?? original.text;
      const { text, applied: used } = applyFixes(
        current,
        planned.map(p => p.fix)
      );
      if (text === current) continue;
      const usedSet = new Set<Fix>(used);
      for (const p of planned) if (usedSet.has(p.fix)) applied.push(p);
      overrides.set(file, text);
      changedAny = true;
    }
    if (!changedAny) break;
    result = (await scan({ ...scanOptions, overrides })).result;
  }
  const after = active(result);
  const counts = new Map<string, number>();
  for (const f of before) counts.set(identity(f), (counts.get(identity(f)) ?? 0) + 1);
  const added = after.filter(f => {
    const left = counts.get(identity(f)) ?? 0;
    counts.set(identity(f), left - 1);
    return left <= 0;
  });
  const stillThere = new Set(after.map(identity));
  const remaining = applied.map(p => p.finding).filter(f => stillThere.has(identity(f)));
  const changed = new Map<string, { before: string; after: string }>();
  for (const [file, text] of overrides) {
    const original = originals.get(file);
    if (original && original.text !== text) changed.set(file, { before: original.text, after: text });
  }
  return { changed, applied, remaining, added, skipped: [...skipped], final: result };
}

/** Writes a fixed file, keeping a UTF-8 BOM the file had. */
function writeFixed(path: string, text: string): void {
  const bytes = readFileSync(path);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  writeFileSync(path, bom ? `\uFEFF${text}` : text);
}

/**
 * Lines a secrets-family (BH2xx) fix rewrites: in a diff, their old text keeps the key and the first
 * four characters of the value (DESIGN.md: secrets are always redacted).
 */
function secretMask(applied: PlannedFix[], file: string): (line: number, text: string) => string {
  const lines = new Set<number>();
  for (const { finding, fix } of applied)
    if (finding.location.file === file && finding.ruleId.startsWith('BH2'))
      for (const { region } of fix.edits)
        for (let l = region.startLine; l <= region.endLine; l++) lines.add(l);
  return (line, text) => {
    if (!lines.has(line)) return text;
    const eol = /\r?\n$/.exec(text)?.[0] ?? '';
    const body = text.slice(0, text.length - eol.length);
    const at = /[:=]\s*/.exec(body);
    if (!at) return redactSecret(body) + eol;
    const cut = at.index + at[0].length;
    return body.slice(0, cut) + redactSecret(body.slice(cut)) + eol;
  };
}

function describe(finding: Finding, fix: Fix): string {
  const { file, region } = finding.location;
  return `${file}:${region.startLine} ${finding.ruleId} (${fix.safety}) ${fix.description}\n`;
}

/**
 * `bulkhead fix`: exit 0 when done (or nothing to do), 1 with `--check` when fixes are available or
 * when a fix would add a finding (those files are not written).
 */
export async function runFix(
  options: FixCliOptions,
  io: CliIo,
  resolveDigest?: ResolveDigest
): Promise<number> {
  const outcome = await computeFixes(
    {
      paths: options.paths,
      cwd: io.cwd,
      exclude: options.exclude,
      useGitignore: options.gitignore,
      configFile: options.config,
      settings: {
        podSecurityLevel: options.podSecurityLevel,
        trustedRegistries: options.trustedRegistries,
        requireDigest: options.requireDigest
      }
    },
    {
      rules: new Set(options.rules),
      ...(options.severity ? { severity: options.severity } : {}),
      includeReview: options.includeReview
    },
    options.pinDigests
      ? (findings, textOf) =>
          addDigestFixes(
            findings,
            textOf,
            resolveDigest ?? registryDigests({ cwd: io.cwd, env: io.env }),
            m => io.stderr.write(`bulkhead: ${m}\n`)
          )
      : undefined
  );
  const { changed, applied, remaining, added, skipped } = outcome;
  for (const file of skipped)
    io.stderr.write(`bulkhead: ${file}: not UTF-8 text that can be written back unchanged; left as it is.\n`);
  // A fix must never add a finding: files that would gain one are not written.
  const blocked = new Set(added.map(f => f.location.file));
  for (const finding of added)
    io.stderr.write(
      `bulkhead: a fix would add ${finding.ruleId} at ${finding.location.file}:${finding.location.region.startLine} (${finding.message}); the file is left as it is.\n`
    );
  for (const finding of remaining)
    io.stderr.write(
      `bulkhead: still reported after its fix: ${finding.ruleId} ${finding.location.file}: ${finding.message}\n`
    );
  if (options.check) {
    for (const { finding, fix } of applied) io.stdout.write(describe(finding, fix));
    io.stdout.write(`${applied.length} fixable finding(s) in ${changed.size} file(s).\n`);
    return applied.length > 0 ? 1 : 0;
  }
  if (options.dryRun) {
    for (const [file, { before, after }] of changed)
      io.stdout.write(unifiedDiff(file, before, after, secretMask(applied, file)));
    return blocked.size ? 1 : 0;
  }
  let written = 0;
  for (const [file, { after }] of changed) {
    if (blocked.has(file)) continue;
    writeFixed(resolve(io.cwd, file), after);
    written++;
  }
  for (const { finding, fix } of applied)
    if (!blocked.has(finding.location.file)) io.stdout.write(describe(finding, fix));
  io.stdout.write(
    `Fixed ${applied.filter(p => !blocked.has(p.finding.location.file)).length} finding(s) in ${written} file(s).\n`
  );
  return blocked.size ? 1 : 0;
}
