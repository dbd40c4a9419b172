import type { AnyClaim, ClaimKind, Resolver } from '../types.js';

/** Which kind wins when two claims overlap: higher first. */
export const KIND_RANK: Readonly<Record<ClaimKind, number>> = {
  embedded: 10,
  'page-date': 9,
  archive: 9,
  published: 8,
  site: 8,
  social: 8,
  cruft: 7,
  credit: 6,
  title: 5,
  caption: 4,
  body: 0,
};

/** Kinds an article has at most one of. */
export const SINGLE_KINDS: ReadonlySet<ClaimKind> = new Set(['site', 'page-date', 'archive', 'published', 'title']);

/** Index of the first value in sorted `values` that is not below `x`. */
function lowerBound(values: readonly number[], x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Drops overlapping claims: ranks by kind, then confidence, then length and position, and
 * keeps each claim that overlaps none kept before it (and at most one of each single kind).
 * Returns the survivors in input order.
 *
 * @example a body claim over "Scroll Up" loses to the cruft claim over the same line
 */
export const overlapsResolver: Resolver = {
  name: 'overlaps',
  resolve(claims) {
    const ranked = [...claims].sort(
      (a, b) =>
        KIND_RANK[b.kind] - KIND_RANK[a.kind] ||
        b.confidence - a.confidence ||
        b.end - b.start - (a.end - a.start) ||
        a.start - b.start,
    );
    const kept: AnyClaim[] = [];
    const starts: number[] = [];
    const seen = new Set<ClaimKind>();
    for (const c of ranked) {
      if (c.end <= c.start) continue;
      if (SINGLE_KINDS.has(c.kind) && seen.has(c.kind)) continue;
      // kept is sorted by start and has no overlaps: only its neighbours at c.start can overlap c.
      const at = lowerBound(starts, c.start);
      const before = kept[at - 1];
      const after = kept[at];
      if ((before && before.end > c.start) || (after && after.start < c.end)) continue;
      seen.add(c.kind);
      kept.splice(at, 0, c);
      starts.splice(at, 0, c.start);
    }
    return kept;
  },
};
