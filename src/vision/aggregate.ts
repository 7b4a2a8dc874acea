// Window statistics: medians, shares and the most frequent value, so that one blink or one
// motion-blurred frame does not decide a check (the checks aggregate their findings with these).

export function median(values: readonly number[]): number | undefined {
  const finite = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (finite.length === 0) return undefined;
  const mid = Math.floor(finite.length / 2);
  return finite.length % 2 ? finite[mid] : (finite[mid - 1]! + finite[mid]!) / 2;
}

export function share<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  return items.length ? items.filter(predicate).length / items.length : 0;
}

/** The most frequent value (first seen wins a tie). */
export function mode<T>(items: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  let best: T | undefined, bestCount = 0;
  for (const item of items) {
    const count = (counts.get(item) ?? 0) + 1;
    counts.set(item, count);
    if (count > bestCount) [best, bestCount] = [item, count];
  }
  return best;
}

/** Median frame-to-frame movement of the face centre, in face widths (head stability). */
export function medianMotion(centres: readonly { x: number; y: number; width: number }[], aspect: number): number | undefined {
  const steps: number[] = [];
  for (let i = 1; i < centres.length; i++) {
    const a = centres[i - 1]!, b = centres[i]!;
    const width = (a.width + b.width) / 2;
    if (width > 0) steps.push(Math.hypot(b.x - a.x, (b.y - a.y) / aspect) / width);
  }
  return median(steps);
}
