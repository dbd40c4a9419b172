/**
 * Helpers for the line tables: one combined test before a table is walked row by row.
 *
 * @module
 */

/** A back-reference (`\1`, `\k<name>`) or a named group: a pattern that cannot share a combined expression. */
const NOT_COMBINABLE = /\\[1-9]|\\k<|\(\?<[^=!]/;

/**
 * One expression matching where any source matches. When every source is anchored at the
 * start, the anchor is hoisted out ("^(?:a|b)") so the engine tries position 0 only instead of
 * failing each alternative at every position.
 */
function combine(sources: readonly string[], flags: string): RegExp {
  const anchored = !flags.includes('m') && sources.every((s) => s.startsWith('^'));
  const body = sources.map((s) => `(?:${anchored ? s.slice(1) : s})`).join('|');
  const combined = new RegExp(anchored ? `^(?:${body})` : body, flags);
  PARTS.set(`${combined.flags}/${combined.source}`, sources.map((s) => `${flags}/${s}`));
  return combined;
}

/** The `flags/source` of each pattern a combined expression was built from, by the combined one's `flags/source`. */
const PARTS = new Map<string, readonly string[]>();

/**
 * The patterns (as `flags/source`) an expression built by {@link anyOf} joins, or `undefined`
 * for any other expression. It is linear when each of them is: tried one after another at each
 * position (or at the start only, when anchored), the parts' costs add up.
 */
export function combinedParts(key: string): readonly string[] | undefined {
  return PARTS.get(key);
}

/**
 * Builds a test that says whether any of `patterns` matches a string — the same answer as
 * `patterns.some((p) => p.test(text))` — with one regular expression per flag set (anchored
 * rows apart from unanchored ones, patterns with back-references left whole) instead of
 * one call per pattern. A cheap prefilter: most lines match no row of a table, and those are
 * rejected in one or two calls.
 *
 * @example anyOf([/^scroll up$/i, /^read more$/i])("Read more") === true
 */
export function anyOf(patterns: readonly RegExp[]): (text: string) => boolean {
  // One group per flag set, anchored rows apart from the others so their anchor can be hoisted.
  const groups = new Map<string, { flags: string; sources: string[] }>();
  const alone: RegExp[] = [];
  for (const p of patterns) {
    const flags = p.flags.replace(/[gy]/g, '');
    if (NOT_COMBINABLE.test(p.source)) {
      alone.push(new RegExp(p.source, flags));
      continue;
    }
    const key = `${flags}${p.source.startsWith('^') ? '^' : ''}`;
    const group = groups.get(key);
    if (group) group.sources.push(p.source);
    else groups.set(key, { flags, sources: [p.source] });
  }
  const tests = [...[...groups.values()].map((g) => combine(g.sources, g.flags)), ...alone];
  return (text) => tests.some((t) => t.test(text));
}

/** Special characters of a regular expression. */
const SPECIAL = /[.*+?^${}()|[\]\\]/g;

/**
 * Escapes a string so that it matches itself inside a regular expression.
 *
 * @example new RegExp(escapeRegExp("Rabi' al-Awwal (I)")).test("Rabi' al-Awwal (I)") === true
 */
export function escapeRegExp(text: string): string {
  return text.replace(SPECIAL, '\\$&');
}
