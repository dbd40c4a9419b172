/**
 * Class and id values as words: `post-share_bar` → post, share, bar; `relatedStories` →
 * related, stories. Matching whole words keeps `ad` out of `read` and `header` out of `subheader`.
 *
 * @module
 */

import type { HtmlElement } from '../types.js';
import { escapeRegExp } from '../regex.js';

/** A lower-case letter or digit followed by an upper-case letter: a camelCase word boundary. */
const CAMEL = /([a-z0-9])([A-Z])/g;
/** Anything but letters and digits separates words. */
const SEPARATORS = /[^\p{L}\p{N}]+/u;
/** Classes of an element read at most (generated class lists run long). */
const MAX_CLASSES = 12;
/** Longer attribute values are not read (generated class lists, inline data). */
const MAX_VALUE = 200;
/** A value of ASCII letters, digits, `-` and `_` only: split without the Unicode expression. */
const PLAIN = /^[A-Za-z0-9_-]*$/;
const PLAIN_SEPARATORS = /[ _-]+/;
/** Class names repeat within and across pages: their words are remembered (up to this many). */
const CACHE_SIZE = 20000;
const cache = new Map<string, readonly string[]>();

/**
 * The lower-case words of one class or id value.
 *
 * @example attributeWords("relatedStories__list") // ["related", "stories", "list"]
 * @group HTML
 */
export function attributeWords(value: string): readonly string[] {
  if (value.length > MAX_VALUE) return [];
  let found = cache.get(value);
  if (found === undefined) {
    const spaced = value.replace(CAMEL, '$1 $2').toLowerCase();
    found = Object.freeze(
      (PLAIN.test(value) ? spaced.split(PLAIN_SEPARATORS) : spaced.split(SEPARATORS)).filter((w) => w.length > 0),
    );
    if (cache.size >= CACHE_SIZE) cache.clear();
    cache.set(value, found);
  }
  return found;
}

/**
 * A lookup of word entries (`"share"`, `"author bio"`): an entry matches a value when all its
 * words are among the value's words.
 */
export function wordTable<T>(entries: Readonly<Record<string, T>>): (values: readonly (readonly string[])[]) => T | undefined {
  const single = new Map<string, T>();
  /** Entries of several words, by their first word. */
  const multi = new Map<string, { rest: string[]; value: T }[]>();
  for (const [key, value] of Object.entries(entries)) {
    const [first, ...rest] = key.split(' ');
    if (rest.length === 0) single.set(key, value);
    else multi.set(first!, [...(multi.get(first!) ?? []), { rest, value }]);
  }
  return (values) => {
    for (const ws of values) {
      for (const w of ws) {
        const hit = single.get(w);
        if (hit !== undefined) return hit;
      }
      if (ws.length < 2) continue;
      for (const w of ws) {
        for (const m of multi.get(w) ?? []) if (m.rest.every((r) => ws.includes(r))) return m.value;
      }
    }
    return undefined;
  };
}

/**
 * An element lookup in a word table: the entry that the element's id or one of its classes
 * (the first 12) matches, remembered per attribute value, since pages repeat their classes.
 *
 * @example elementTable({ share: 'share' })(element) // "share" for class="post-share_bar"
 */
export function elementTable<T>(entries: Readonly<Record<string, T>>): (element: HtmlElement) => T | undefined {
  const lookup = elementTables([entries]);
  return (element) => lookup(element)[0];
}


/**
 * An expression that finds any of the entries' words as a substring, ignoring case: a quick
 * test that a class value cannot match before it is split into words. Literal alternatives
 * only, so it runs in linear time.
 */
function mentionsAny(entries: readonly string[]): RegExp {
  const words = [...new Set(entries.flatMap((e) => e.toLowerCase().split(' ')))].filter((w) => w.length > 0);
  words.sort((a, b) => b.length - a.length);
  return new RegExp(words.map((w) => escapeRegExp(w)).join('|') || '(?!)', 'i');
}

/**
 * Several word tables looked up at once: for an element, the entry each table's words match
 * in its id or one of its classes (the first 12), remembered per attribute value, so a page's
 * repeated classes are hashed once for all the tables.
 *
 * @example elementTables([{ share: 'share' }, { 'article body': true }])(element) // ["share", undefined]
 */
export function elementTables<T>(tables: readonly Readonly<Record<string, T>>[]): (element: HtmlElement) => readonly (T | undefined)[] {
  const lookups = tables.map((t) => wordTable(t));
  const memo = new Map<string, readonly (T | undefined)[]>();
  const nothing: readonly (T | undefined)[] = Object.freeze(lookups.map(() => undefined));
  const maybe = mentionsAny(tables.flatMap((t) => Object.keys(t)));
  const of = (value: string): readonly (T | undefined)[] => {
    // A value that holds none of the tables' words anywhere needs no splitting.
    if (!maybe.test(value)) return nothing;
    let hit = memo.get(value);
    if (hit === undefined) {
      const words = [attributeWords(value)];
      const found = lookups.map((lookup) => lookup(words));
      hit = found.every((x) => x === undefined) ? nothing : found;
      if (memo.size >= CACHE_SIZE) memo.clear();
      memo.set(value, hit);
    }
    return hit;
  };
  return (element) => {
    // Most elements match nothing: they share the frozen empty answer.
    let out: (T | undefined)[] | null = null;
    const classes = Math.min(element.classes.length, MAX_CLASSES);
    for (let c = element.id === '' ? 0 : -1; c < classes; c++) {
      const hit = of(c < 0 ? element.id : element.classes[c]!);
      if (hit === nothing) continue;
      out ??= lookups.map(() => undefined);
      for (let t = 0; t < out.length; t++) if (out[t] === undefined) out[t] = hit[t];
    }
    return out ?? nothing;
  };
}
