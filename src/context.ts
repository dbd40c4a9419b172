import { SOFT_CUTS, selectContent } from './html/content.js';
import { htmlPage, looksLikeHtml } from './input/html.js';
import { textBlocks } from './input/text.js';
import { describe } from './errors.js';
import type { Block, ChromeReason, PageContext, ParseContext, ParseOptions, ResolvedOptions, SiteProfile, Span, Warning, WarningCode } from './types.js';

/** A value as an error message shows it: strings quoted, objects by constructor. */
function shown(value: unknown): string {
  return typeof value === 'string' ? `string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}` : describe(value);
}

/** Options that hold text or `null`, and what each should hold. */
const TEXT_OPTIONS = {
  id: 'a string or null',
  url: 'a string or null',
  zone: 'an IANA zone name (e.g. "Asia/Tehran") or null',
  referenceDate: 'a date string ("YYYY-MM-DD" or ISO) or null',
  titleHint: 'a string or null',
} as const;

/** Options that hold one of a few words. */
const CHOICE_OPTIONS = {
  format: ['auto', 'text', 'html'],
  content: ['article', 'page'],
} as const;

/**
 * Checks the options' types, so misuse is a `TypeError` that names the option and the value
 * instead of an internal error deep in a parser; `undefined` (and `null`, as `??` reads it) is
 * "not given".
 *
 * @example checkOptions({ referenceDate: 12345 }) // TypeError: … option "referenceDate" must be a date string … but was given number 12345
 */
export function checkOptions(options: unknown): asserts options is ParseOptions | undefined {
  if (options === undefined) return;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(`parseArticle expects its options as an object (or nothing), but was given ${Array.isArray(options) ? 'an array' : shown(options)}`);
  }
  const given = options as Record<string, unknown>;
  const bad = (name: string, want: string): TypeError =>
    new TypeError(`parseArticle option "${name}" must be ${want}, but was given ${shown(given[name])}`);
  for (const [name, want] of Object.entries(TEXT_OPTIONS)) {
    const value = given[name];
    if (value !== undefined && value !== null && typeof value !== 'string') throw bad(name, want);
  }
  for (const [name, words] of Object.entries(CHOICE_OPTIONS)) {
    const value = given[name];
    if (value !== undefined && value !== null && !(words as readonly unknown[]).includes(value)) throw bad(name, `one of ${words.map((w) => `"${w}"`).join(', ')}`);
  }
  const profile = given['profile'];
  if (profile !== undefined && profile !== null && profile !== false && typeof profile !== 'string' && typeof profile !== 'object') {
    throw bad('profile', 'a profile id, a SiteProfile object or false');
  }
}

/** Applies defaults to {@link ParseOptions}, after {@link checkOptions}. */
export function resolveOptions(options: ParseOptions = {}): ResolvedOptions {
  checkOptions(options);
  return {
    id: options.id ?? null,
    url: options.url ?? null,
    format: options.format ?? 'auto',
    zone: options.zone ?? null,
    referenceDate: options.referenceDate ?? null,
    titleHint: options.titleHint ?? null,
    content: options.content ?? 'article',
  };
}

/**
 * Reads an HTML page and selects its article: the page with its content selection, and the
 * article's blocks (headline, article header and main content) indexed from 0 for the parsers;
 * with `content: 'page'`, every block of the page and no selection.
 *
 * @group HTML
 */
export function readPage(
  input: string,
  content: 'article' | 'page' = 'article',
): {
  /** The page's structure, head and content selection. */
  page: PageContext;
  /** The blocks the parsers see: the article's (or, with `content: 'page'`, every block). */
  blocks: Block[];
} {
  const page = htmlPage(input);
  const { cut, headline, root } =
    content === 'article' ? selectContent(page) : { cut: page.blocks.map(() => null), headline: -1, root: null };
  const blocks: Block[] = [];
  const blockIndex: number[] = [];
  page.blocks.forEach((b, i) => {
    const reason = cut[i];
    if (reason != null && !SOFT_CUTS.has(reason)) return;
    blockIndex.push(i);
    blocks.push({ ...b, index: blocks.length });
  });
  // The selection's reasons come from the tables in src/data/html-chrome.ts and content.ts's own cuts, all CruftReasons.
  return { page: { ...page, cut: cut as (ChromeReason | null)[], headline, root, blockIndex }, blocks };
}

/**
 * Builds the context parsers read: the input split into blocks (lines of text, or the
 * article's HTML text blocks) with offsets into `input`, the page's structure for HTML,
 * the profile, options and a warning sink.
 *
 * @example createContext("Title\n\nBody.").blocks.length // 2
 * @throws TypeError when an option has the wrong type.
 * @group Low level
 */
export function createContext(
  input: string,
  options: ParseOptions = {},
  profile: SiteProfile | null = null,
  warnings: Warning[] = [],
): ParseContext {
  const resolved = resolveOptions(options);
  const format =
    resolved.format === 'auto' ? (looksLikeHtml(input) ? 'html' : 'text') : resolved.format;
  const read = format === 'html' ? readPage(input, resolved.content) : { page: null, blocks: textBlocks(input) };
  return {
    input,
    format,
    blocks: read.blocks,
    page: read.page,
    url: resolved.url,
    profile,
    options: resolved,
    warn(code: WarningCode, message: string, span?: Span) {
      warnings.push({ code, message, start: span?.start ?? null, end: span?.end ?? null });
    },
  };
}
