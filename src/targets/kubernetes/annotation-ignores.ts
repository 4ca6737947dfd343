import type { Region } from '../../core/location.js';
import type { YamlNode } from '../yaml/yaml-node.js';
import type { KubernetesDocument } from './kubernetes-document.js';

export const IGNORE_ANNOTATION = 'bulkhead.io/ignore';
export const IGNORE_REASON_ANNOTATION = 'bulkhead.io/ignore-reason';

/** Rules an object ignores through its annotations, and the lines the object spans. */
export interface AnnotationIgnore {
  region: Region;
  rules: Set<string>;
  reason?: string;
}

/**
 * `bulkhead.io/ignore: "BH601,BH508"` (with `bulkhead.io/ignore-reason`) on an object's metadata or on
 * its pod template's metadata (RULES.md "Suppression").
 */
export function annotationIgnores(document: KubernetesDocument): AnnotationIgnore[] {
  const ignores: AnnotationIgnore[] = [];
  // A lookup per object rather than a search of every workload: a bundle of 10,000 objects stays linear.
  const templates = new Map(document.workloads.map(w => [w.object, w.templateMetadata]));
  for (const object of document.objects) {
    const template = templates.get(object);
    for (const metadata of [object.root.get('metadata'), template]) {
      const ignore = fromMetadata(metadata, object.root.region);
      if (ignore) ignores.push(ignore);
    }
  }
  return ignores;
}

function fromMetadata(metadata: YamlNode | undefined, region: Region): AnnotationIgnore | undefined {
  const annotations = metadata?.get('annotations');
  const list = annotations?.get(IGNORE_ANNOTATION)?.text;
  if (!list) return undefined;
  const rules = new Set(
    list
      .split(',')
      .map(id => id.trim().toUpperCase())
      .filter(id => /^BH\d{3}$/.test(id))
  );
  return rules.size ? { region, rules, reason: annotations?.get(IGNORE_REASON_ANNOTATION)?.text } : undefined;
}
