import type { Finding, Note, Suppression } from '../core/finding.js';
import type { ConfigIgnore } from './config-file.js';
import { append } from '../core/append.js';
import { picomatch } from './glob-library.js';

/** In-source ignores of one file. */
export interface InlineSuppressions {
  /** Line → rule ids suppressed on that line, with the reason. */
  byLine: Map<number, Map<string, string | undefined>>;
  /** Rule ids suppressed for the whole file. */
  file: Map<string, string | undefined>;
}

const COMMENT = /#\s*bulkhead-ignore(-file)?\s+(BH\d{3}(?:\s*,\s*BH\d{3})*)(?:\s+--\s*(.*?))?\s*$/;

/**
 * Reads `# bulkhead-ignore BH101[,BH403] -- reason` comments (RULES.md "Suppression"). A comment on
 * its own line applies to the next non-comment line; a comment at the end of a line applies to it.
 */
export function parseInlineSuppressions(lines: string[]): InlineSuppressions {
  const byLine = new Map<number, Map<string, string | undefined>>();
  const file = new Map<string, string | undefined>();
  let pending: [string, string | undefined][] = [];
  lines.forEach((line, index) => {
    const match = COMMENT.exec(line);
    const ownLine = /^\s*#/.test(line);
    const ids = match ? (match[2] as string).split(',').map(id => id.trim()) : [];
    const entries = ids.map(id => [id, match?.[3] || undefined] as [string, string | undefined]);
    if (match?.[1]) {
      for (const [id, reason] of entries) file.set(id, reason);
      return;
    }
    if (ownLine) {
      append(pending, entries);
      return;
    }
    const applied = [...pending, ...entries];
    if (line.trim() === '') return; // blank lines between the comment and its line end nothing
    if (applied.length) byLine.set(index + 1, new Map(applied));
    pending = [];
  });
  return { byLine, file };
}

/**
 * Notes for `bulkhead-ignore` comments that name a rule id no rule has (a typo such as BH1O1, or a rule
 * from a newer version): such a comment silently suppresses nothing, so the user is told.
 */
export function unknownIgnoredRuleNotes(text: string, file: string, known: ReadonlySet<string>): Note[] {
  const notes: Note[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    const match = line.includes('bulkhead-ignore') ? COMMENT.exec(line) : null;
    for (const id of match ? (match[2] as string).split(',').map(id => id.trim()) : []) {
      if (known.has(id)) continue;
      notes.push({
        kind: 'info',
        file,
        message: `Line ${index + 1}: bulkhead-ignore names '${id}', which is not a rule; the comment suppresses nothing (run 'bulkhead rules' for the ids).`
      });
    }
  });
  return notes;
}

/** Notes for rule ids in `.bulkhead.yml` (`rules`, `ignore`) that no rule has. */
export function unknownConfigRuleNotes(
  config: { rules: Record<string, unknown>; ignore: { rules: string[] }[] },
  file: string,
  known: ReadonlySet<string>
): Note[] {
  const named = [
    ...Object.keys(config.rules).map(id => [id, 'rules'] as const),
    ...config.ignore.flatMap((entry, index) => entry.rules.map(id => [id, `ignore.${index}.rules`] as const))
  ];
  return named
    .filter(([id]) => !known.has(id))
    .map(([id, key]) => ({
      kind: 'info' as const,
      file,
      message: `${key} names '${id}', which is not a rule; it has no effect (run 'bulkhead rules' for the ids).`
    }));
}

/** The inline suppression for a finding, if any. */
export function inlineSuppression(finding: Finding, inline: InlineSuppressions): Suppression | undefined {
  const line = inline.byLine.get(finding.location.region.startLine);
  for (const source of [line, inline.file]) {
    if (source?.has(finding.ruleId)) return { kind: 'inSource', justification: source.get(finding.ruleId) };
  }
  return undefined;
}

/** Config ignores compiled for matching, with their expiry decided once per scan. */
export class ConfigIgnores {
  private readonly entries: { ignore: ConfigIgnore; matches: (path: string) => boolean; expired: boolean }[];
  private readonly expiredUsed = new Set<ConfigIgnore>();

  /** `relativize` maps a finding's path to one relative to the config file's directory. */
  constructor(
    ignores: ConfigIgnore[],
    today: string,
    private readonly relativize: (path: string) => string
  ) {
    this.entries = ignores.map(ignore => ({
      ignore,
      matches: ignore.paths.length ? picomatch(ignore.paths, { dot: true }) : () => true,
      expired: ignore.expires !== undefined && ignore.expires <= today
    }));
  }

  /** The last file relativized: findings come file by file, and most name no ignored rule at all. */
  private last?: { file: string; path: string };

  suppression(finding: Finding): Suppression | undefined {
    let path: string | undefined;
    for (const entry of this.entries) {
      if (!entry.ignore.rules.includes(finding.ruleId)) continue;
      path ??= this.relativePath(finding.location.file);
      if (!entry.matches(path)) continue;
      if (entry.expired) {
        this.expiredUsed.add(entry.ignore);
        continue;
      }
      return { kind: 'external', justification: entry.ignore.reason };
    }
    return undefined;
  }

  private relativePath(file: string): string {
    if (this.last?.file !== file) this.last = { file, path: this.relativize(file) };
    return this.last.path;
  }

  /**
   * Indexes (in the constructor's list) of the expired ignores used so far, in order of first use: a
   * worker scans its chunk with its own copy, and the scan replays them here in chunk order, so the
   * expired-ignore notes come out in the order a single-threaded scan gives them.
   */
  expiredUsedIndexes(): number[] {
    const indexes: number[] = [];
    for (const ignore of this.expiredUsed) indexes.push(this.entries.findIndex(e => e.ignore === ignore));
    return indexes;
  }

  /** Records expired ignores that a copy of this list used (`expiredUsedIndexes` of the copy). */
  markExpiredUsed(indexes: readonly number[]): void {
    for (const index of indexes) {
      const entry = this.entries[index];
      if (entry) this.expiredUsed.add(entry.ignore);
    }
  }

  /** Notes for expired ignores that would otherwise have suppressed something. */
  expiredNotes(): Note[] {
    return [...this.expiredUsed].map(ignore => ({
      kind: 'expired-ignore',
      message: `The config ignore of ${ignore.rules.join(', ')}${ignore.paths.length ? ` for ${ignore.paths.join(', ')}` : ''} expired on ${ignore.expires}; its findings count again.`
    }));
  }
}
