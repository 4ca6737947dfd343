import type { Finding } from '../core/finding.js';

/**
 * The key a baseline stores per result: rule id, file and GitHub's `primaryLocationLineHash`. The
 * line hash alone covers only the line's text and its neighbours, so a Dockerfile copied to a second
 * service would otherwise match its original's baseline entry and never count as new.
 */
export function baselineKey(ruleId: string, file: string, fingerprint: string): string {
  return `${ruleId}\u0000${comparablePath(file)}\u0000${fingerprint}`;
}

/**
 * One spelling per file, whether it comes from a scan path or from a decoded SARIF
 * `artifactLocation.uri`: `.` and empty segments dropped, as the SARIF reporter drops them.
 */
function comparablePath(file: string): string {
  return file
    .split('/')
    .filter((segment, i) => segment !== '.' && (segment !== '' || i === 0))
    .join('/');
}

function resultUri(result: Record<string, unknown>): string | undefined {
  const locations = result.locations;
  const first: unknown = Array.isArray(locations) ? locations[0] : undefined;
  const physical = isRecord(first) ? first.physicalLocation : undefined;
  const artifact = isRecord(physical) ? physical.artifactLocation : undefined;
  return isRecord(artifact) && typeof artifact.uri === 'string' ? artifact.uri : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function ruleIdOf(result: Record<string, unknown>, rules: unknown[]): string | undefined {
  if (typeof result.ruleId === 'string') return result.ruleId;
  const rule = result.rule;
  if (isRecord(rule) && typeof rule.id === 'string') return rule.id;
  const index = isRecord(rule) && typeof rule.index === 'number' ? rule.index : result.ruleIndex;
  const meta = typeof index === 'number' ? rules[index] : undefined;
  return isRecord(meta) && typeof meta.id === 'string' ? meta.id : undefined;
}

/**
 * The fingerprints of every result in an earlier SARIF log (`--baseline FILE`): `ruleId`, the primary
 * location's file and `partialFingerprints.primaryLocationLineHash`. Suppressed results count too
 * (they are known). Results without a fingerprint or a file cannot be matched and are skipped.
 *
 * @throws Error when the text is not JSON or not a SARIF log.
 */
export function readBaselineFingerprints(sarifText: string): Set<string> {
  let log: unknown;
  try {
    log = JSON.parse(sarifText.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`The baseline is not valid JSON (${reason}); pass a SARIF file written by a scan.`, {
      cause: error
    });
  }
  if (!isRecord(log) || !Array.isArray(log.runs)) {
    throw new Error(
      'The baseline is not a SARIF log (no "runs" array); pass a SARIF file written by a scan.'
    );
  }
  const keys = new Set<string>();
  for (const run of log.runs) {
    if (!isRecord(run) || !Array.isArray(run.results)) continue;
    const driver = isRecord(run.tool) && isRecord(run.tool.driver) ? run.tool.driver : undefined;
    const rules = driver && Array.isArray(driver.rules) ? driver.rules : [];
    for (const result of run.results) {
      if (!isRecord(result) || !isRecord(result.partialFingerprints)) continue;
      const hash = result.partialFingerprints.primaryLocationLineHash;
      const ruleId = ruleIdOf(result, rules);
      const uri = resultUri(result);
      if (typeof hash === 'string' && ruleId !== undefined && uri !== undefined)
        keys.add(baselineKey(ruleId, decodedUri(uri), hash));
    }
  }
  return keys;
}

function decodedUri(uri: string): string {
  try {
    return decodeURIComponent(uri);
  } catch {
    return uri;
  }
}

/**
 * Whether the finding was already reported in the baseline (same rule, same file, same line fingerprint).
 * A built-image finding placed on its Dockerfile keeps the image's fingerprint and also matches under
 * the image's path: a baseline taken before the Dockerfile was linked to the image still holds it.
 */
export function isInBaseline(finding: Finding, fingerprints: ReadonlySet<string>): boolean {
  const { fingerprint } = finding;
  if (fingerprint === undefined) return false;
  const imageSource = finding.properties?.imageSource;
  return (
    fingerprints.has(baselineKey(finding.ruleId, finding.location.file, fingerprint)) ||
    (typeof imageSource === 'string' &&
      fingerprints.has(baselineKey(finding.ruleId, imageSource, fingerprint)))
  );
}
