/**
 * A Kubernetes label selector string (`app=api,tier in (web, edge),!legacy`), as a kustomize patch
 * `target`'s `labelSelector` and `annotationSelector` give it (kyaml `MatchesLabelSelector`, which parses
 * it with apimachinery's `labels.Parse`): every requirement must hold.
 * https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors
 */

/** Whether the labels satisfy the selector; undefined when the selector is not understood. */
export function matchesLabelSelector(
  selector: string,
  labels: Readonly<Record<string, string>>
): boolean | undefined {
  const requirements = splitRequirements(selector);
  if (!requirements) return undefined;
  let matches = true;
  for (const requirement of requirements) {
    const holds = holdsFor(requirement, labels);
    if (holds === undefined) return undefined;
    matches &&= holds;
  }
  return matches;
}

/** The selector's requirements: split at the commas outside `in (…)` sets. */
function splitRequirements(selector: string): string[] | undefined {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const c of selector) {
    if (c === '(') depth++;
    if (c === ')') depth--;
    if (depth < 0 || depth > 1) return undefined;
    if (c === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += c;
  }
  if (depth !== 0) return undefined;
  parts.push(current);
  const requirements = parts.map(p => p.trim());
  // An empty selector selects everything; an empty requirement between commas is an error.
  if (requirements.length === 1 && requirements[0] === '') return [];
  return requirements.includes('') ? undefined : requirements;
}

function holdsFor(requirement: string, labels: Readonly<Record<string, string>>): boolean | undefined {
  const has = (key: string) => Object.prototype.hasOwnProperty.call(labels, key);
  const set = /^(\S+)\s+(in|notin)\s*\(([^()]*)\)$/.exec(requirement);
  if (set) {
    const [, key, operator, list] = set as unknown as [string, string, string, string];
    const values = list.split(',').map(v => v.trim());
    const inSet = has(key) && values.includes(labels[key] as string);
    return operator === 'in' ? inSet : !inSet;
  }
  const compared = /^([^\s=!<>]+)\s*(==|=|!=|<|>)\s*([^\s=!<>]*)$/.exec(requirement);
  if (compared) {
    const [, key, operator, value] = compared as unknown as [string, string, string, string];
    const actual = labels[key];
    if (operator === '!=') return !has(key) || actual !== value;
    if (operator === '=' || operator === '==') return has(key) && actual === value;
    // `gt`/`lt`: integers on both sides.
    if (!/^-?\d+$/.test(value)) return undefined;
    if (actual === undefined || !/^-?\d+$/.test(actual)) return false;
    return operator === '>' ? Number(actual) > Number(value) : Number(actual) < Number(value);
  }
  const exists = /^(!?)\s*([^\s=!<>(),]+)$/.exec(requirement);
  if (exists) return exists[1] === '!' ? !has(exists[2] as string) : has(exists[2] as string);
  return undefined;
}
