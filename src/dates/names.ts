/**
 * Generic readers for the name tables in `src/data/`: Gregorian months, weekdays and
 * Hijri months. Each table is looked up by a normalised key and turned into a regex
 * alternation here, so adding a spelling never touches this code.
 *
 * @module
 */
import { HIJRI_EPITHET_ARTICLES, HIJRI_MONTH_EPITHETS, HIJRI_MONTH_NAMES } from '../data/hijri-months.js';
import { MONTH_NAMES } from '../data/months.js';
import { PERSIAN_MONTH_NAMES, PERSIAN_MONTH_WORDS } from '../data/persian-months.js';
import { WEEKDAY_NAMES } from '../data/weekdays.js';
import { escapeRegExp } from '../regex.js';

/** Combining marks, Arabic tatweel and spacing modifier letters (ʿ ʾ ʻ ʼ). */
const MARKS = /[\p{M}\u0640\u02b0-\u02ff]/gu;
/** Everything that is not a letter or digit: spaces, hyphens, apostrophes, dots. */
const NON_WORD = /[^\p{L}\p{N}]/gu;
/** Arabic letter variants that spellings use interchangeably, folded to one form. */
const ARABIC_VARIANTS: ReadonlyMap<string, string> = new Map([
  ['\u0671', '\u0627'], // ٱ alef wasla → ا
  ['\u0649', '\u064a'], // ى alef maqsura → ي
  ['\u06cc', '\u064a'], // ی Farsi yeh → ي
  ['\u0629', '\u0647'], // ة teh marbuta → ه
  ['\u06a9', '\u0643'], // ک keheh → ك
]);
const ARABIC_VARIANT = /[\u0671\u0649\u06cc\u0629\u06a9]/g;
const TRAILING_DOT = /\.$/;

/**
 * The lookup key of a Hijri month spelling: case, diacritics, ʿ ' ’ ʾ, hyphens, spaces and
 * Arabic letter variants are ignored, so table and text are normalised the same way.
 *
 * @example hijriKey("Dhul-Qaʿda") === hijriKey("dhul qa'da") // both "dhulqada"
 */
export function hijriKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(ARABIC_VARIANT, (ch) => ARABIC_VARIANTS.get(ch) ?? ch)
    .toLowerCase()
    .replace(NON_WORD, '');
}

/**
 * A month or weekday name as written without its abbreviation dot, "Wed." → "Wed".
 *
 * @example withoutDot("Wed.") === "Wed"
 */
export function withoutDot(name: string): string {
  return name.replace(TRAILING_DOT, '');
}

/** The lookup key of a Gregorian month or weekday name: lower case, no trailing ".". */
function nameKey(name: string): string {
  return withoutDot(name.trim().toLowerCase());
}

const HIJRI_BY_KEY: ReadonlyMap<string, number> = new Map(
  HIJRI_MONTH_NAMES.map((row) => [hijriKey(row.name), row.month]),
);
/** A Latin epithet's own leading article ("al-", "ash-"), replaced by each of {@link HIJRI_EPITHET_ARTICLES}. */
const EPITHET_ARTICLE = /^(?:al|ash|el|ul)[- ]/i;
const LATIN = /^[\p{Script=Latin}\p{M}\p{P}\s]+$/u;

/** Epithet keys with the months each may follow: Latin ones with every article, Arabic ones as written. */
const EPITHET_MONTHS: ReadonlyMap<string, ReadonlySet<number>> = (() => {
  const map = new Map<string, Set<number>>();
  for (const { epithet, months } of HIJRI_MONTH_EPITHETS) {
    const bare = epithet.replace(EPITHET_ARTICLE, '');
    const forms = LATIN.test(epithet) ? HIJRI_EPITHET_ARTICLES.map((a) => a + bare) : [epithet];
    for (const form of forms) {
      const key = hijriKey(form);
      const set = map.get(key) ?? new Set<number>();
      for (const m of months) set.add(m);
      map.set(key, set);
    }
  }
  return map;
})();

/** The month of a key that is a month spelling followed by one of its epithets, or `null`. */
function monthWithEpithet(key: string): number | null {
  for (const [epithet, months] of EPITHET_MONTHS) {
    if (key.length <= epithet.length || !key.endsWith(epithet)) continue;
    const month = HIJRI_BY_KEY.get(key.slice(0, key.length - epithet.length));
    if (month !== undefined && months.has(month)) return month;
  }
  return null;
}

const PERSIAN_BY_KEY: ReadonlyMap<string, number> = new Map(
  PERSIAN_MONTH_NAMES.map((row) => [hijriKey(row.name), row.month]),
);
const PERSIAN_WORD_KEYS: readonly string[] = PERSIAN_MONTH_WORDS.map(hijriKey);

/**
 * The Solar Hijri (Persian) month number (1..12) of a spelling in Persian script or a
 * transliteration, optionally followed by "ماه" ("دی ماه"), or `null`; keys as {@link hijriKey}.
 *
 * @example persianMonthNumber("Dey") === 10 && persianMonthNumber("دي") === 10
 */
export function persianMonthNumber(name: string): number | null {
  const key = hijriKey(name);
  if (key === '') return null;
  const month = PERSIAN_BY_KEY.get(key);
  if (month !== undefined) return month;
  for (const word of PERSIAN_WORD_KEYS) {
    if (key.length > word.length && key.endsWith(word)) return PERSIAN_BY_KEY.get(key.slice(0, key.length - word.length)) ?? null;
  }
  return null;
}

const MONTH_BY_KEY: ReadonlyMap<string, number> = new Map(
  MONTH_NAMES.map((row) => [nameKey(row.name), row.month]),
);
const WEEKDAY_BY_KEY: ReadonlyMap<string, number> = new Map(
  WEEKDAY_NAMES.map((row) => [nameKey(row.name), row.weekday]),
);

/**
 * The Hijri month number (1..12) of a spelling in any table form, alone or followed by one of
 * its customary epithets ("Muharram al-Haram", "رمضان المبارك"), or `null`.
 *
 * @example hijriMonthNumber("Jumada al-Thani") === 6
 * @example hijriMonthNumber("Safar-ul-Muzaffar") === 2
 */
export function hijriMonthNumber(name: string): number | null {
  const key = hijriKey(name);
  return key === '' ? null : (HIJRI_BY_KEY.get(key) ?? monthWithEpithet(key));
}

/**
 * The Gregorian month number (1..12) of an English month name or abbreviation, or `null`.
 *
 * @example monthNumber("Sept.") === 9
 */
export function monthNumber(name: string): number | null {
  return MONTH_BY_KEY.get(nameKey(name)) ?? null;
}

/**
 * The ISO weekday (1 = Monday … 7 = Sunday) of an English weekday name, or `null`.
 *
 * @example weekdayNumber("Thu") === 4
 */
export function weekdayNumber(name: string): number | null {
  return WEEKDAY_BY_KEY.get(nameKey(name)) ?? null;
}

/** A regex alternation of literal names, longest first so "Sept" is tried before "Sep". */
function alternation(names: readonly string[]): string {
  return [...new Set(names)]
    .sort((a, b) => b.length - a.length)
    .map((n) => escapeRegExp(n))
    .join('|');
}

/**
 * Regex source matching one English month name from the table, not followed by a letter
 * (compile with flags `iu`); an optional "." is left to the caller.
 *
 * @example new RegExp(MONTH_PATTERN, 'iu').test("Jan.") === true
 */
export const MONTH_PATTERN = `(?:${alternation(MONTH_NAMES.map((r) => r.name))})(?!\\p{L})`;

/**
 * Regex source matching one English weekday name from the table and an optional ".",
 * not followed by a letter (compile with flags `iu`).
 *
 * @example new RegExp(WEEKDAY_PATTERN, 'iu').test("Wednesday") === true
 */
export const WEEKDAY_PATTERN = `(?:${alternation(WEEKDAY_NAMES.map((r) => r.name))})(?!\\p{L})\\.?`;

/** A letter of a Hijri or Persian month spelling: letters, marks, the apostrophes transliterations use and the zero-width non-joiner. */
const HIJRI_LETTER = "[\\p{L}\\p{M}'\\u2018\\u2019`\\u00b4\\u200c]";

/**
 * Regex source for a candidate Hijri month name: one to six words of at most 20 letters
 * (a name and its epithet, "Rabi' al-Awwal al-Sharif"),
 * joined by one space or hyphen (compile with flag `u`); check it with {@link hijriMonthNumber}.
 *
 * @example new RegExp(`^${HIJRI_NAME_PATTERN}$`, 'u').test("Dhul-Qaʿda") === true
 */
export const HIJRI_NAME_PATTERN = `${HIJRI_LETTER}{1,20}(?:[ \\-]${HIJRI_LETTER}{1,20}){0,5}`;
