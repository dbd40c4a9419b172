/**
 * Words of a URL slug and a title hint, and how well a line matches them: the evidence
 * that picks a headline out of a scrape's first lines.
 *
 * @module
 */

const SPLIT = /[^\p{L}\p{N}]+/u;
const APOSTROPHES = /['’‘`´]/g;
const MARKS = /\p{M}/gu;
const FILE_EXT = /\.(?:s?html?|php|aspx?|jsp|cfm)$/i;
const NUMERIC = /^\d+$/;
/** Characters NFKD maps to themselves or to separators only: ASCII, NBSP and general punctuation (quotes, dashes, "…"). */
const NFKD_STABLE = /^[\x00-\x7f\u00a0\u2000-\u206f]*$/;
/** Slug words that carry no content. */
const NOISE = new Set(['html', 'htm', 'php', 'amp', 'index', 'www', 'com']);

/**
 * Lower-cased content words of a text, accents and apostrophes removed ("It’s" → "its").
 *
 * @group Low level
 */
export function words(text: string): string[] {
  if (NFKD_STABLE.test(text)) return plainWords(text);
  return text
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(APOSTROPHES, '')
    .toLowerCase()
    .split(SPLIT)
    .filter((w) => w.length > 0);
}

/** Whether a UTF-16 code unit is one of the apostrophes {@link words} drops ("It’s" → "its"). */
function isApostrophe(c: number): boolean {
  return c === 39 || c === 96 || c === 0xb4 || c === 0x2018 || c === 0x2019;
}

/**
 * {@link words} for text whose only letters and digits are ASCII (see `NFKD_STABLE`): one
 * scan instead of normalising and splitting with a Unicode expression.
 */
function plainWords(text: string): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  let start = -1;
  let apostrophes = false;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (start < 0) start = i;
    } else if (isApostrophe(c)) {
      apostrophes = true;
    } else if (start >= 0) {
      const word = lower.slice(start, i);
      out.push(apostrophes ? word.replace(APOSTROPHES, '') : word);
      start = -1;
      apostrophes = false;
    } else apostrophes = false;
  }
  return out;
}

/**
 * The words of a URL's slug — its wordiest path segment — or `null` when the URL has none
 * with at least three words (an id such as `/news/1912467` says nothing about the title).
 *
 * @example slugWords("http://canadafreepress.com/article/its-not-really-president-trump") // ["its","not","really","president","trump"]
 * @group Low level
 */
export function slugWords(url: string | null | undefined): readonly string[] | null {
  if (!url) return null;
  // The title parser and the title-position resolver both ask, for the same URL, one after the other.
  if (url === lastSlug.url) return lastSlug.words;
  const read = readSlug(url);
  const words = read === null ? null : Object.freeze(read);
  lastSlug = { url, words };
  return words;
}

/** The last URL {@link slugWords} read, and its words. */
let lastSlug: { url: string; words: readonly string[] | null } = { url: '', words: null };

/** {@link slugWords} without the memo. */
function readSlug(url: string): readonly string[] | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  let best: string[] = [];
  for (const segment of path.split('/')) {
    let decoded = segment;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      // keep the raw segment
    }
    const ws = words(decoded.replace(FILE_EXT, '')).filter((w) => !NUMERIC.test(w) && !NOISE.has(w));
    if (ws.length > best.length) best = ws;
  }
  return best.length >= 3 ? best : null;
}

/** Lines shorter than this are not matched by how much of them the slug covers. */
const MIN_REVERSE_WORDS = 4;

/**
 * How well a line matches wanted words (0..1): the share of wanted words found in the line,
 * or — for a line of four words or more — the share of the line's words found among the
 * wanted ones, whichever is higher (a slug or a headline may each be cut short). The last
 * wanted word may be cut short, as slugs often are ("…washed-out-wit").
 *
 * @example matchScore(["isis","in","trouble"], "ISIS in trouble as Syrian Army …") === 1
 * @group Low level
 */
export function matchScore(wanted: readonly string[], line: string): number {
  return wanted.length === 0 ? 0 : scoreWords(wanted, words(line));
}

/** {@link matchScore} for a line already split into {@link words}; pass `wantedSet` when scoring many lines against the same words. */
export function scoreWords(wanted: readonly string[], have: readonly string[], wantedSet: ReadonlySet<string> = new Set(wanted)): number {
  if (wanted.length === 0 || have.length === 0) return 0;
  // One pass over the line: which wanted words it has, and how many of its words are wanted.
  const present = new Set<string>();
  let found = 0;
  for (const h of have) {
    if (wantedSet.has(h)) {
      present.add(h);
      found++;
    }
  }
  const last = wanted.length - 1;
  let hits = 0;
  for (let i = 0; i <= last; i++) {
    const w = wanted[i]!;
    if (present.has(w)) hits++;
    else if (i === last && w.length >= 2 && have.some((h) => h.startsWith(w))) hits++;
  }
  const forward = hits / wanted.length;
  return have.length < MIN_REVERSE_WORDS ? forward : Math.max(forward, found / have.length);
}
