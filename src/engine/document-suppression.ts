import type { Finding, Suppression } from '../core/finding.js';
import type { TargetDocuments, TargetKind } from '../core/target.js';
import { annotationIgnores } from '../targets/kubernetes/annotation-ignores.js';
import type { KubernetesDocument } from '../targets/kubernetes/kubernetes-document.js';

/** Suppressions a target declares inside its own structure (Kubernetes annotations), beyond comments. */
export function documentSuppression(
  target: TargetKind,
  document: TargetDocuments[keyof TargetDocuments]
): ((finding: Finding) => Suppression | undefined) | undefined {
  if (target !== 'kubernetes') return undefined;
  const ignores = annotationIgnores(document as KubernetesDocument);
  if (ignores.length === 0) return undefined;
  return finding => {
    const line = finding.location.region.startLine;
    const ignore = ignores.find(
      i => i.rules.has(finding.ruleId) && i.region.startLine <= line && line <= i.region.endLine
    );
    return ignore ? { kind: 'inSource', justification: ignore.reason } : undefined;
  };
}
