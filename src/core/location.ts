/**
 * A span of text, 1-based like SARIF. `endColumn` is the column after the last character
 * (SARIF's convention), so a one-character region has `endColumn = startColumn + 1`.
 */
export interface Region {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

/** Where a finding is: a path relative to the scan's working directory, POSIX separators. */
export interface Location {
  file: string;
  region: Region;
  /** A logical location inside the file (e.g. a layer digest and path in an image). */
  logical?: string;
}

/** A location that explains a finding (the Dockerfile that sets the user, the config line). */
export interface RelatedLocation extends Location {
  message: string;
}

/** The region covering a whole line (used when only a line is known). */
export function lineRegion(line: number, text?: string): Region {
  return { startLine: line, startColumn: 1, endLine: line, endColumn: (text?.length ?? 0) + 1 };
}
