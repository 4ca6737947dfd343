/**
 * The first index in `[0, length)` where `before` is false, or `length` when it holds everywhere: a binary
 * search over a list that `before` splits in two, true on a leading run and false after it (an ordered
 * list asked "does this element come before the one sought?").
 */
export function partitionPoint(length: number, before: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (before(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}
