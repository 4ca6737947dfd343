import type { Note } from '../core/finding.js';
import { plural } from './count-findings.js';

/**
 * Note kinds that mean a file's content was not checked at all. Such a file's earlier code-scanning
 * alerts close as fixed once a run no longer reports them, so the summaries list these files.
 */
const UNSCANNED_REASONS: Partial<Record<Note['kind'], string>> = {
  'too-large': 'over the size limit',
  binary: 'binary',
  unreadable: 'unreadable',
  template: 'template',
  skipped: 'not parsed',
  symlink: 'symlink'
};

/** A file that was not scanned, with the short reason and the note that says why. */
export interface UnscannedFile {
  file: string;
  reason: string;
  note: Note;
}

/** The files whose content was not scanned, each once (its first note), in note order. */
export function unscannedFiles(notes: Note[]): UnscannedFile[] {
  const files = new Map<string, UnscannedFile>();
  for (const note of notes) {
    const reason = UNSCANNED_REASONS[note.kind];
    if (reason === undefined || note.file === undefined || files.has(note.file)) continue;
    files.set(note.file, { file: note.file, reason, note });
  }
  return [...files.values()];
}

/** `3 files were not scanned: 2 binary, 1 over the size limit`. */
export function describeUnscanned(files: UnscannedFile[]): string {
  const byReason = new Map<string, number>();
  for (const { reason } of files) byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
  const reasons = [...byReason].map(([reason, count]) => `${count} ${reason}`).join(', ');
  return `${plural(files.length, 'file')} ${files.length === 1 ? 'was' : 'were'} not scanned: ${reasons}`;
}
