import type { Finding, Suppression } from '../core/finding.js';
import type { TargetDocuments, TargetKind } from '../core/target.js';
import { annotationIgnores, type AnnotationIgnore } from '../targets/kubernetes/annotation-ignores.js';
import type { KubernetesDocument } from '../targets/kubernetes/kubernetes-document.js';
import { partitionPoint } from '../core/partition-point.js';

/** Suppressions a target declares inside its own structure (Kubernetes annotations), beyond comments. */
export function documentSuppression(
  target: TargetKind,
  document: TargetDocuments[keyof TargetDocuments]
): ((finding: Finding) => Suppression | undefined) | undefined {
  if (target !== 'kubernetes') return undefined;
  const ignores = annotationIgnores(document as KubernetesDocument);
  if (ignores.length === 0) return undefined;
  const byRule = new Map<string, AnnotationIgnore[]>();
  for (const ignore of ignores)
    for (const rule of ignore.rules) {
      const list = byRule.get(rule);
      if (list) list.push(ignore);
      else byRule.set(rule, [ignore]);
    }
  const ordered = new Set([...byRule.values()].filter(isOrdered));
  return finding => {
    const list = byRule.get(finding.ruleId);
    const ignore = list && firstCovering(list, ordered.has(list), finding.location.region.startLine);
    return ignore ? { kind: 'inSource', justification: ignore.reason } : undefined;
  };
}

/**
 * The first ignore (in document order) whose object spans the line. Objects follow each other in the
 * text, so both their first and last lines never decrease along the list, and a binary search on the
 * last line finds the only candidate: a manifest of 10,000 annotated objects stays linear. A list out
 * of that order (never built by the parser today) is searched one by one.
 */
function firstCovering(
  list: AnnotationIgnore[],
  inOrder: boolean,
  line: number
): AnnotationIgnore | undefined {
  if (!inOrder) return list.find(i => i.region.startLine <= line && line <= i.region.endLine);
  const candidate =
    list[partitionPoint(list.length, i => (list[i] as AnnotationIgnore).region.endLine < line)];
  return candidate && candidate.region.startLine <= line ? candidate : undefined;
}

function isOrdered(list: AnnotationIgnore[]): boolean {
  for (let i = 1; i < list.length; i++) {
    const [before, after] = [(list[i - 1] as AnnotationIgnore).region, (list[i] as AnnotationIgnore).region];
    if (after.startLine < before.startLine || after.endLine < before.endLine) return false;
  }
  return true;
}
