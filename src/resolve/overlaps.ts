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
  metadata: -1,
};

/** Kinds an article has at most one of. */
export const SINGLE_KINDS: ReadonlySet<ClaimKind> = new Set(['site', 'page-date', 'archive', 'published', 'title']);

/**
 * Which of a fixed set of elementary ranges are taken: `take(i, j)` marks ranges `i..j-1`,
 * `free(i, j)` tells whether none of them is taken yet. A bottom-up segment tree of "anything
 * taken below": the kept claims never overlap, so each range is marked once and each node set
 * once (all takes together are linear), and a query is O(log n) without recursion (array
 * inserts made many claims quadratic).
 */
class Occupancy {
  private readonly size: number;
  /** Whether any range under a node is taken; leaves at `size + i`, node k's children at 2k and 2k+1. */
  private readonly any: Uint8Array;

  constructor(n: number) {
    let size = 1;
    while (size < n) size *= 2;
    this.size = size;
    this.any = new Uint8Array(2 * size);
  }

  free(i: number, j: number): boolean {
    const any = this.any;
    let lo = i + this.size;
    let hi = j + this.size;
    while (lo < hi) {
      if (lo & 1 && any[lo++]) return false;
      if (hi & 1 && any[--hi]) return false;
      lo >>= 1;
      hi >>= 1;
    }
    return true;
  }

  /** Marks ranges `i..j-1`, which must be free: each leaf and the nodes above it up to one already set. */
  take(i: number, j: number): void {
    const any = this.any;
    for (let k = i; k < j; k++) {
      for (let node = k + this.size; node >= 1 && !any[node]; node >>= 1) any[node] = 1;
    }
  }
}

/**
 * Index of `x` in sorted, distinct `values`, searched from `hint` (the last index found):
 * claims come mostly in input order, so a gallop forward from the hint finds it in a few
 * steps; anything else is a binary search.
 */
function indexOf(values: Float64Array, x: number, hint: number): number {
  let lo = 0;
  let hi = values.length;
  if (hint < values.length && values[hint]! <= x) {
    // Gallop: hint, hint+1, hint+3, hint+7, … until past x.
    lo = hint;
    let step = 1;
    while (lo + step < hi && values[lo + step]! <= x) {
      lo += step;
      step *= 2;
    }
    hi = Math.min(hi, lo + step);
  }
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Runs of a concatenation of sorted lists merged at most this often before a plain sort is cheaper. */
const MAX_RUNS = 64;

/**
 * Sorts `values` in place. The claims' points come as a few sorted runs (each parser claims
 * in input order), so the runs are merged (n log runs, linear in n); values with many runs
 * get the built-in sort.
 */
function sortPoints(values: Float64Array): void {
  const starts: number[] = [0];
  for (let i = 1; i < values.length; i++) {
    if (values[i]! < values[i - 1]!) {
      starts.push(i);
      if (starts.length > MAX_RUNS) {
        values.sort();
        return;
      }
    }
  }
  let from: Float64Array = values;
  let to: Float64Array = new Float64Array(values.length);
  let bounds = [...starts, values.length];
  while (bounds.length > 2) {
    const next: number[] = [];
    for (let r = 0; r + 1 < bounds.length; r += 2) {
      const lo = bounds[r]!;
      const mid = bounds[r + 1]!;
      const hi = bounds[r + 2] ?? mid;
      next.push(lo);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) to[k++] = from[j]! < from[i]! ? from[j++]! : from[i++]!;
      while (i < mid) to[k++] = from[i++]!;
      while (j < hi) to[k++] = from[j++]!;
    }
    next.push(values.length);
    bounds = next;
    [from, to] = [to, from];
  }
  if (from !== values) values.set(from);
}

/**
 * The claims in the order they are tried: kind rank, then confidence (both descending), then
 * longer first, then earlier first. Claims of one rank and confidence that are already in start
 * order and do not overlap (a parser's one claim per block, such as `body`) are left in their
 * order: none of them can take another's place, so sorting them (n log n on a million-line
 * scrape) would change nothing. Single kinds and metadata are always sorted.
 */
function rankedClaims(claims: readonly AnyClaim[]): AnyClaim[] {
  // By rank, then confidence: nested maps, so no key is built per claim.
  const byRank = new Map<number, Map<number, AnyClaim[]>>();
  for (const c of claims) {
    const rank = KIND_RANK[c.kind];
    let byConfidence = byRank.get(rank);
    if (byConfidence === undefined) byRank.set(rank, (byConfidence = new Map()));
    const bucket = byConfidence.get(c.confidence);
    if (bucket === undefined) byConfidence.set(c.confidence, [c]);
    else bucket.push(c);
  }
  const order = [...byRank.values()].flatMap((m) => [...m.values()]).sort((a, b) => KIND_RANK[b[0]!.kind] - KIND_RANK[a[0]!.kind] || b[0]!.confidence - a[0]!.confidence);
  // Every claim lands in the output: sized once, not grown a million times.
  const out = new Array<AnyClaim>(claims.length);
  let k = 0;
  for (const bucket of order) {
    if (!disjointInOrder(bucket)) bucket.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    for (const c of bucket) out[k++] = c;
  }
  return out;
}

/** Whether claims are in start order, none overlaps the next, and none is a single kind or metadata. */
function disjointInOrder(bucket: readonly AnyClaim[]): boolean {
  for (let i = 0; i < bucket.length; i++) {
    const c = bucket[i]!;
    if (c.kind === 'metadata' || SINGLE_KINDS.has(c.kind) || c.end <= c.start) return false;
    if (i > 0 && bucket[i - 1]!.end > c.start) return false;
  }
  return true;
}

/**
 * Drops overlapping claims: ranks by kind, then confidence, then length and position, and
 * keeps each claim that overlaps none kept before it (and at most one of each single kind).
 * Metadata claims pass through untouched (see the `metadata` resolver). Returns the survivors in input order.
 *
 * @example
 * // The body parser claims "Scroll Up" as a paragraph too; the cruft claim stands.
 * parseArticle('Storm Hits Coast\n\nThe storm hit the coast.\n\nScroll Up').cruft; // [{ text: 'Scroll Up', reason: 'navigation' }]
 * @group Low level
 */
export const overlapsResolver: Resolver = {
  name: 'overlaps',
  resolve(claims) {
    const ranked = rankedClaims(claims);
    // The claims' starts and ends cut the input into elementary ranges; a claim takes a run of them.
    const points = new Float64Array(claims.length * 2);
    claims.forEach((c, i) => {
      points[2 * i] = c.start;
      points[2 * i + 1] = c.end;
    });
    sortPoints(points);
    let distinct = 0;
    for (let i = 0; i < points.length; i++) if (i === 0 || points[i] !== points[distinct - 1]) points[distinct++] = points[i]!;
    const cuts = points.subarray(0, distinct);
    const taken = new Occupancy(Math.max(1, distinct));
    const kept: AnyClaim[] = [];
    const seen = new Set<ClaimKind>();
    let hint = 0;
    for (const c of ranked) {
      // Metadata claims point into the markup and are not segments: the metadata resolver decides them.
      if (c.kind === 'metadata') {
        kept.push(c);
        continue;
      }
      if (c.end <= c.start) continue;
      if (SINGLE_KINDS.has(c.kind) && seen.has(c.kind)) continue;
      const from = indexOf(cuts, c.start, hint);
      const to = indexOf(cuts, c.end, from);
      hint = to;
      if (!taken.free(from, to)) continue;
      seen.add(c.kind);
      taken.take(from, to);
      kept.push(c);
    }
    kept.sort((a, b) => a.start - b.start);
    return kept;
  },
};
