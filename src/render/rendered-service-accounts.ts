import type { RepositoryFacts, ServiceAccountFact } from '../core/repository.js';
import { lineRegion } from '../core/location.js';
import { isMap, isScalar } from '../targets/yaml/yaml-library.js';
import { mapRenderedLocation } from './map-rendered-location.js';
import type { MappingContext } from './mapping-context.js';
import type { RenderedObject } from './rendered-objects.js';

const FIELD = 'automountServiceAccountToken';

/**
 * The repository's facts with the ServiceAccounts of a rendered stream first: a pod of the render runs
 * as the account the render makes, under the name the render gives it (an overlay's `namePrefix` turns
 * `app` into `prod-app`; a chart names it after the release), and with the field its values set
 * (RULES.md BH517: the ServiceAccount's field applies when the pod's is unset). `stream` is the
 * rendered stream's path, the file its pods are scanned as: their lookup prefers these accounts.
 */
export function withRenderedServiceAccounts(
  facts: RepositoryFacts,
  objects: readonly RenderedObject[],
  context: MappingContext,
  stream: string
): RepositoryFacts {
  const accounts = objects.filter(o => o.kind === 'ServiceAccount' && o.name !== undefined);
  if (accounts.length === 0) return facts;
  const serviceAccounts = new Map<string, ServiceAccountFact[]>();
  for (const object of accounts) {
    const name = object.name as string;
    const contents = object.document.contents;
    const pair = topLevelPair(contents, FIELD);
    const value = isScalar(pair?.value) ? pair.value.value : undefined;
    const automount = typeof value === 'boolean' ? value : undefined;
    // The field when set, else the `kind:` line, as for an account in a plain manifest.
    const key = (pair ?? topLevelPair(contents, 'kind'))?.key;
    const offset = isScalar(key) ? key.range?.[0] : undefined;
    const line = offset === undefined ? object.startLine : object.lineCounter.linePos(offset).line;
    const mapped = mapRenderedLocation(object, line, context);
    const text = context.readText(mapped.file)?.split(/\r\n|\r|\n/)[mapped.line - 1];
    const namespace = object.document.getIn(['metadata', 'namespace']);
    const list = serviceAccounts.get(name) ?? [];
    list.push({
      source: stream,
      ...(typeof namespace === 'string' ? { namespace } : {}),
      ...(automount !== undefined ? { automount } : {}),
      location: {
        file: mapped.file,
        region: lineRegion(mapped.line, text),
        // Named as the file at that line names it (the base's `app`, not an overlay's `prod-app`).
        message: `ServiceAccount '${mapped.sourceName ?? name}'${automount === undefined ? ` leaves ${FIELD} unset` : ` sets ${FIELD}: ${String(automount)}`}`
      }
    });
    serviceAccounts.set(name, list);
  }
  for (const [name, list] of facts.serviceAccounts)
    serviceAccounts.set(name, [...(serviceAccounts.get(name) ?? []), ...list]);
  return { ...facts, serviceAccounts };
}

/** A top-level field of a rendered object. */
function topLevelPair(contents: unknown, field: string) {
  return isMap(contents) ? contents.items.find(p => isScalar(p.key) && p.key.value === field) : undefined;
}
