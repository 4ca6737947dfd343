import type { Finding } from '../core/finding.js';

/** Rule, file, line and message: the same finding reached twice (a base's file in two overlays, a plain file also rendered). */
export function findingKey(finding: Finding): string {
  return `${lineKey(finding)}\u0000${finding.message}`;
}

/**
 * Tells a rendered finding that repeats one already taken (same rule, file, line and message): a
 * base's file in two overlays, an object the Windows pass renders again, one template line rendered
 * for two objects are one result. Two fields of one rendered object that one values line gives
 * (`hostPort: {{ .Values.rtcPort }}` twice) are two, as in a plain file: a key is taken as many times
 * as the one rendered object that reaches it most often does. `render` tells renders apart (by default
 * the root the finding was rendered from).
 */
export function repeatFilter(): (finding: Finding, render?: string) => boolean {
  const taken = new Map<string, number>();
  const byObject = new Map<string, number>();
  return (finding, render = String(finding.properties?.renderedFrom)) => {
    const key = findingKey(finding);
    const objectKey = `${render}\u0000${String(finding.properties?.renderedObject)}\u0000${key}`;
    const nth = (byObject.get(objectKey) ?? 0) + 1;
    byObject.set(objectKey, nth);
    if ((taken.get(key) ?? 0) >= nth) return true;
    taken.set(key, nth);
    return false;
  };
}

/** Rule, file and line: a plain file's finding there and a render's are one, whatever the rendered object's name. */
export function lineKey(finding: Finding): string {
  return `${finding.ruleId}\u0000${finding.location.file}\u0000${finding.location.region.startLine}`;
}
