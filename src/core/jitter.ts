/**
 * "Equal jitter": half of `ceiling` is fixed, half random, so parallel jobs retrying after the same
 * outage do not retry in lockstep while the wait still grows per retry. `random` is `Math.random`-like.
 */
export function equalJitter(ceiling: number, random: () => number): number {
  const share = Math.min(Math.max(random(), 0), 1);
  return Math.round(ceiling / 2 + (ceiling / 2) * share);
}
