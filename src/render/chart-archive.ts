/**
 * Helm: the text files of a chart packed as an archive (`charts/db-0.1.0.tgz`, as `helm package` and
 * `helm dependency build` leave it: a gzipped tar whose entries all sit under one folder, the chart's
 * name). Read whole and at once, within fixed bounds: the archive comes from the scanned repository.
 */
import { readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { chartName } from './local-chart-dependencies.js';

/** A chart's archive, read: the chart's name and its text files, by path in the chart (`templates/secret.yaml`). */
export interface ChartArchive {
  name: string;
  files: Map<string, string>;
}

/** Bounds of what is read: a chart's archive is kilobytes, a few megabytes with large CRDs. */
const MAX_ARCHIVE_BYTES = 16 * 1024 * 1024;
const MAX_TAR_BYTES = 64 * 1024 * 1024;
const MAX_FILE_BYTES = 4 * 1024 * 1024;
const MAX_ENTRIES = 5000;
const BLOCK = 512;

/** The chart an archive holds; undefined when it is not a readable chart archive. */
export function readChartArchive(path: string): ChartArchive | undefined {
  let tar: Buffer;
  try {
    if (statSync(path).size > MAX_ARCHIVE_BYTES) return undefined;
    tar = gunzipSync(readFileSync(path), { maxOutputLength: MAX_TAR_BYTES });
  } catch {
    return undefined;
  }
  const entries = tarFiles(tar);
  // Every entry is under the chart's folder; Helm drops that first segment.
  const top = entries[0]?.path.split('/')[0];
  if (!top || entries.some(entry => !entry.path.startsWith(`${top}/`))) return undefined;
  const files = new Map<string, string>();
  for (const entry of entries) {
    const inChart = entry.path.slice(top.length + 1);
    if (inChart && !inChart.split('/').includes('..')) files.set(inChart, entry.text);
  }
  const name = chartName(files.get('Chart.yaml'));
  return name ? { name, files } : undefined;
}

/** The regular files of a tar (USTAR with its prefix, PAX `path` records, GNU long names), as UTF-8 text. */
function tarFiles(tar: Buffer): { path: string; text: string }[] {
  const files: { path: string; text: string }[] = [];
  let longName: string | undefined;
  for (let at = 0, count = 0; at + BLOCK <= tar.length && count < MAX_ENTRIES; count++) {
    const header = tar.subarray(at, at + BLOCK);
    if (header.every(byte => byte === 0)) break;
    const size = Number.parseInt(field(header, 124, 12).trim() || '0', 8);
    if (!Number.isSafeInteger(size) || size < 0) break;
    const body = tar.subarray(at + BLOCK, at + BLOCK + size);
    at += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    const type = String.fromCharCode(header[156] ?? 0);
    if (type === 'x') {
      longName = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(body.toString('utf8'))?.[1] ?? longName;
      continue;
    }
    if (type === 'L') {
      longName = body.toString('utf8').replace(/\0+$/, '');
      continue;
    }
    const prefix = field(header, 345, 155);
    const path = (
      longName ?? (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100))
    ).replace(/^\.\//, '');
    longName = undefined;
    if ((type === '0' || type === '\0') && size <= MAX_FILE_BYTES && body.length === size)
      files.push({ path, text: body.toString('utf8') });
  }
  return files;
}

/** A NUL-terminated header field. */
function field(header: Buffer, offset: number, length: number): string {
  const raw = header.subarray(offset, offset + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end < 0 ? raw.length : end).toString('utf8');
}
