/**
 * `target.push(...items)` without the limit on a call's argument count: spreading 100,000+ items (the
 * findings of a junk file, a config's entries) into a call throws "Maximum call stack size exceeded".
 */
export function append<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
