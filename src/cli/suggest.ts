/**
 * "Did you mean" for the command line: the known word closest to a misspelt one.
 *
 * @module
 */

/**
 * Edit distance between two short words: insertions, deletions, substitutions and swaps of
 * two neighbours (`titel` → `title` is 1), in O(a × b) time.
 *
 * @example editDistance('frmat', 'format') // 1
 */
export function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      row.push(d);
    }
    before = previous;
    previous = row;
  }
  return previous[b.length]!;
}

/** Words longer than this are not compared (a pasted paragraph is no misspelt option). */
const MAX_WORD = 64;

/**
 * The candidate closest to `word` (case-insensitive), when it is close enough to be a typo:
 * at most a third of the word's length apart (at least 1, at most 3); `null` otherwise.
 *
 * @example closest('frmat', ['format', 'fields']) // "format"
 */
export function closest(word: string, candidates: Iterable<string>): string | null {
  const w = word.toLowerCase();
  if (w === '' || w.length > MAX_WORD) return null;
  const limit = Math.min(3, Math.max(1, Math.floor(w.length / 3)));
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const c = candidate.toLowerCase();
    if (Math.abs(c.length - w.length) > limit) continue;
    const d = editDistance(w, c);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : null;
}

/** ` (did you mean "x"?)` when a candidate is close to `word`, else the empty string. */
export function didYouMean(word: string, candidates: Iterable<string>, prefix = ''): string {
  const hit = closest(word, candidates);
  return hit === null ? '' : ` (did you mean ${prefix === '' ? `"${hit}"` : prefix + hit}?)`;
}
