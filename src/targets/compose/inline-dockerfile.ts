import type { Region } from '../../core/location.js';
import type { YamlNode } from '../yaml/yaml-node.js';

/**
 * A Dockerfile written in a Compose file (`build.dockerfile_inline`,
 * https://docs.docker.com/reference/compose-file/build/#dockerfile_inline): scanned as a Dockerfile,
 * its findings reported in the Compose file where its lines are written.
 */
export interface InlineDockerfile {
  /**
   * The name it stands under where facts are keyed by Dockerfile path (build contexts, the images
   * Dockerfiles build): `<compose file>#services.<service>.build.dockerfile_inline`, no file's path.
   */
  path: string;
  /** The Compose file. */
  file: string;
  service: string;
  /** The Dockerfile text BuildKit gets: Compose has interpolated it, turning `$$` into `$`. */
  text: string;
  /** The `dockerfile_inline` key: where findings go when the text cannot be traced to its lines. */
  keyRegion: Region;
  /** The Compose file region of a region of `text`. */
  regionOf(region: Region): Region;
}

const INLINE_MARK = '#services.';

/** The stand-in path of a service's inline Dockerfile (service names are kept out of path syntax). */
export function inlineDockerfilePath(file: string, service: string): string {
  return `${file}${INLINE_MARK}${encodeURIComponent(service)}.build.dockerfile_inline`;
}

/** Whether a Dockerfile path is an inline Dockerfile's stand-in. */
export function isInlineDockerfilePath(path: string): boolean {
  return path.includes(INLINE_MARK) && path.endsWith('.build.dockerfile_inline');
}

/** A service's `build.dockerfile_inline` when it is a string. */
export function inlineDockerfileOf(
  file: string,
  service: string,
  build: YamlNode | undefined
): InlineDockerfile | undefined {
  const node = build?.kind === 'map' ? build.get('dockerfile_inline') : undefined;
  if (!node || typeof node.scalar !== 'string') return undefined;
  const { text, valueIndex } = interpolateDollars(node.scalar);
  const keyRegion = node.reportRegion;
  // Traced on first use: the facts pass reads one or two lines of most texts, many scans none.
  let position: ReturnType<typeof node.valuePositions> | null = null;
  const lineStarts = lineStartsOf(text);
  const offsetOf = (line: number, column: number) => {
    const start = lineStarts[Math.min(Math.max(line, 1), lineStarts.length) - 1] as number;
    return Math.min(Math.max(start + column - 1, 0), text.length);
  };
  const at = (offset: number) => {
    if (position === null) position = node.valuePositions();
    return position?.(valueIndex[offset] ?? (node.scalar as string).length);
  };
  return {
    path: inlineDockerfilePath(file, service),
    file,
    service,
    text,
    keyRegion,
    regionOf(region) {
      const startOffset = offsetOf(region.startLine, region.startColumn);
      const endOffset = offsetOf(region.endLine, region.endColumn);
      const start = at(startOffset);
      if (!start) return keyRegion;
      const last = endOffset > startOffset ? at(endOffset - 1) : undefined;
      const end = last ? { line: last.line, col: last.col + 1 } : start;
      // Folding can move a later character to an earlier column: the region never ends before it starts.
      const ordered = end.line > start.line || (end.line === start.line && end.col >= start.col);
      return {
        startLine: start.line,
        startColumn: start.col,
        endLine: ordered ? end.line : start.line,
        endColumn: ordered ? end.col : start.col
      };
    }
  };
}

/**
 * Compose interpolates every string of the file before the build sees it
 * (https://docs.docker.com/reference/compose-file/interpolation/): `$$` is its escape for a literal
 * `$`, so a Dockerfile's own `$${VERSION}` reaches BuildKit as `${VERSION}`. Other variables stay as
 * written: BuildKit reads `${VAR}` and `${VAR:-default}` as its own (unknown, or the default), which is
 * what Compose makes of them when the variable is not set. `valueIndex` maps the text back to the value.
 */
function interpolateDollars(value: string): { text: string; valueIndex: number[] } {
  if (!value.includes('$$')) return { text: value, valueIndex: value.split('').map((_, i) => i) };
  const parts: string[] = [];
  const valueIndex: number[] = [];
  for (let i = 0; i < value.length; i++) {
    parts.push(value[i] as string);
    valueIndex.push(i);
    if (value[i] === '$' && value[i + 1] === '$') i++;
  }
  return { text: parts.join(''), valueIndex };
}

/** Offsets where the text's lines start, as the Dockerfile parser counts lines (`\n`, `\r\n`, `\r`). */
function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    if (text[i] === '\n' || text[i] === '\r') starts.push(i + 1);
  }
  return starts;
}

/**
 * The inline Dockerfiles of a Compose file's services (`[name, service]`). One written in an anchor that
 * several services merge is one text at one place: it comes once, under the first service's name.
 */
export function inlineDockerfilesOf(
  file: string,
  services: Iterable<readonly [string, YamlNode]>,
  once = true
): InlineDockerfile[] {
  const found: InlineDockerfile[] = [];
  const seen = new Set<string>();
  for (const [name, service] of services) {
    const inline = inlineDockerfileOf(file, name, service.get('build'));
    if (!inline) continue;
    const { startLine, startColumn } = inline.keyRegion;
    const at = `${startLine}:${startColumn}`;
    if (once && seen.has(at)) continue;
    seen.add(at);
    found.push(inline);
  }
  return found;
}
