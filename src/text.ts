import { DIGIT_ZEROS } from './data/digits.js';

const SPACE_LIKE = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const NON_ASCII_DIGIT = new RegExp(
  `[${DIGIT_ZEROS.map((z) => `\\u{${z.toString(16)}}-\\u{${(z + 9).toString(16)}}`).join('')}]`,
  'gu',
);
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
 */
export function fold(s: string): string {
  return s.replace(SPACE_LIKE, ' ').replace(NON_ASCII_DIGIT, (d) => DIGIT_VALUE.get(d) ?? d);
}

const WS_RUN = /\s+/g;

/**
 * Normalises text for a value: NFC, every whitespace run (NBSP included) to one space, trimmed.
 *
 * @example clean("  Alalam\u00a0 Syria ") === "Alalam Syria"
 */
export function clean(s: string): string {
  return s.normalize('NFC').replace(WS_RUN, ' ').trim();
}

/** Whether a character is whitespace by JavaScript's `\s` (NBSP and BOM included). */
export function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && /\s/.test(ch);
}

/** Counts whitespace-separated words. */
export function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (const ch of s) {
    const space = /\s/.test(ch);
    if (!space && !inWord) n++;
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
