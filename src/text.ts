import { DIGIT_ZEROS } from './data/digits.js';

const SPACE_LIKE = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const NON_ASCII_DIGIT = new RegExp(
  `[${DIGIT_ZEROS.map((z) => `\\u{${z.toString(16)}}-\\u{${(z + 9).toString(16)}}`).join('')}]`,
  'gu',
);
/** `\uXXXX` for a code point of the Basic Multilingual Plane. */
const hex4 = (c: number): string => `\\u${c.toString(16).padStart(4, '0')}`;
/**
 * Any character {@link fold} changes: one scan decides whether the two replacements are needed.
 * Without the `u` flag when every digit range is in the Basic Multilingual Plane (a class scan
 * without `u` is several times faster).
 */
const NEEDS_FOLD = DIGIT_ZEROS.every((z) => z + 9 < 0x10000)
  ? new RegExp(`${SPACE_LIKE.source.slice(0, -1)}${DIGIT_ZEROS.map((z) => `${hex4(z)}-${hex4(z + 9)}`).join('')}]`)
  : new RegExp(`${SPACE_LIKE.source.slice(0, -1)}${NON_ASCII_DIGIT.source.slice(1)}`, 'u');
const DIGIT_VALUE = new Map<string, string>();
for (const zero of DIGIT_ZEROS) {
  for (let d = 0; d < 10; d++) DIGIT_VALUE.set(String.fromCodePoint(zero + d), String(d));
}

/**
 * Folds a string without changing its length: space-like characters (NBSP, thin
 * spaces, tabs) become a space and non-Latin decimal digits become ASCII, so an
 * index into the result is an index into the original.
 *
 * @example fold("20/03/2018\u00a0(38)") === "20/03/2018 (38)"
 * @group Low level
 */
export function fold(s: string): string {
  if (!NEEDS_FOLD.test(s)) return s;
  return s.replace(SPACE_LIKE, ' ').replace(NON_ASCII_DIGIT, (d) => DIGIT_VALUE.get(d) ?? d);
}

/**
 * A block with more words than this is a paragraph of prose (rather than a headline, byline,
 * date or chrome line); the parsers and resolvers that look for "the article's prose" share it.
 */
export const PROSE_WORDS = 30;

/*
 * How a line ends, for the parsers and resolvers that tell a sentence from a headline, a tagline
 * or a sign-off. Three tests, not one: they differ on purpose in "!" and in a closing mark alone.
 */

/** A line ending as a sentence does: ".", "!", "?" or "…", maybe before one closing quote or bracket. */
export const ENDS_SENTENCE = /[.!?…]["”’)]?$/;

/** A line ending in a stop other than "!" (". ? : ; ,"), maybe before one closing quote or bracket; a tagline does not ("… your Ultimate Life!"). */
export const ENDS_WITH_STOP = /[.?:;,]["”’)]?$/;

/** A line whose last character is a stop other than "!", an ellipsis or a closing mark; a sign-off does not end so ("Caroline’s Blog"). */
export const ENDS_PUNCTUATED = /[.?:;,…"”’)\]]$/;

/** A bare URL on a line of its own: "https://example.org/a/b", "www.example.org". */
export const BARE_URL = /^(?:https?:\/\/|www\.)\S{1,2000}$/i;

const WS_RUN = /\s+/g;
/** Text NFC leaves as it is: no combining marks or other characters from U+0300 up, general punctuation aside. */
const NFC_STABLE = /^[\x00-\u02ff\u2000-\u206f]*$/;

/**
 * Normalises text for a value: NFC, every whitespace run (NBSP included) to one space, trimmed.
 *
 * @example clean("  Alalam\u00a0 Syria ") === "Alalam Syria"
 * @group Low level
 */
export function clean(s: string): string {
  const nfc = NFC_STABLE.test(s) ? s : s.normalize('NFC');
  return needsClean(nfc) ? nfc.replace(WS_RUN, ' ').trim() : nfc;
}

/** Whitespace other than U+0020 (JavaScript's `\s` less the plain space). */
const OTHER_SPACE = /[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/** Whether a string needs work from {@link clean}: a space at either end, two in a row, or a space other than U+0020 (native scans, no loop per character). */
function needsClean(s: string): boolean {
  if (s.length === 0) return false;
  return isSpaceCode(s.charCodeAt(0)) || isSpaceCode(s.charCodeAt(s.length - 1)) || s.includes('  ') || OTHER_SPACE.test(s);
}

/**
 * Counts the words of text {@link clean} returned (single spaces, trimmed): its spaces plus one.
 *
 * @example cleanWordCount("Scroll Up") === 2
 */
export function cleanWordCount(cleaned: string): number {
  if (cleaned.length === 0) return 0;
  let n = 1;
  for (let i = cleaned.indexOf(' '); i >= 0; i = cleaned.indexOf(' ', i + 1)) n++;
  return n;
}

/** Whether a character is whitespace by JavaScript's `\s` (NBSP and BOM included). */
export function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && ch.length > 0 && isSpaceCode(ch.charCodeAt(0));
}

/** Whether a UTF-16 code unit is whitespace by JavaScript's `\s`. */
export function isSpaceCode(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * Counts whitespace-separated words, stopping early once the count passes `limit`.
 *
 * @example wordCount("Scroll Up") === 2
 */
export function wordCount(s: string, limit = Infinity): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = isSpaceCode(s.charCodeAt(i));
    if (!space && !inWord && ++n > limit) return n;
    inWord = !space;
  }
  return n;
}

/** UTF-8 byte length of a string (lone surrogates count as the 3 bytes of U+FFFD). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}
