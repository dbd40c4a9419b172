import { HEADLINE_DATE_WORDS } from '../data/meta.js';
import { claimBlock } from '../parsers/claim.js';
import { splitLabels } from '../parsers/title.js';
import { firstStartingFrom, isSeparator, textEnd, textIndex } from '../resolve/blocks.js';
import { words } from '../slug.js';
import { clean } from '../text.js';
import type { Block, HtmlElement, HtmlPage, Parser } from '../types.js';
import { elementTable } from './words.js';

/** A separator between a page title's parts: " | ", " - ", " – ", " — ", " · ", " » ", " :: ". */
const SEPARATOR_SOURCE = ' (?:[|\\-–—·•»~]|::) ';
const SEPARATOR = new RegExp(SEPARATOR_SOURCE);
const SEPARATOR_START = new RegExp(`^${SEPARATOR_SOURCE}`);
const SEPARATOR_END = new RegExp(`${SEPARATOR_SOURCE}$`);
/** Characters between a site's name and the rest of a title. */
const TITLE_PUNCTUATION: ReadonlySet<string> = new Set([...' :|-–—·•»~']);
/** A line longer than this is not compared with the title. */
const MAX_WORDS = 40;
/** A trailing part of at most this many words is the site's name. */
const SITE_WORDS = 4;

/**
 * The article's title from a page's `<title>`: without the site's name, which the page states
 * in `og:site_name` or which is the short last part after a separator.
 *
 * @example pageTitle("Floods in Mosul | Alalam News") // "Floods in Mosul"
 */
export function pageTitle(title: string, siteName: string | null = null): string {
  const parts = clean(title).split(SEPARATOR);
  const site = siteName ? clean(siteName).toLowerCase() : null;
  if (site) {
    const kept = parts.filter((p) => p.toLowerCase() !== site);
    if (kept.length > 0 && kept.length < parts.length) return kept.join(' - ');
  }
  if (parts.length >= 2) {
    const last = parts[parts.length - 1]!;
    const rest = parts.slice(0, -1).join(' - ');
    if (last.split(' ').length <= SITE_WORDS && rest.split(' ').length >= 2) return rest;
  }
  return parts.join(' - ');
}

/** A year: four digits of any script. */
const YEAR = /\p{Nd}{4}/u;
/** A letter (a month's name, 年) or a second number beside the year: a date, not a bare year or a time. */
const DATE_PART = /\p{L}|\p{Nd}\P{Nd}+\p{Nd}/u;
/** Four letters of a script written without spaces between words: a headline of its own. */
const UNSPACED_WORDS = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Thai}]{4}/u;
/** Whether an element's class or id words say it holds a date ("title-date", "m-date"). */
const dateWord = elementTable(Object.fromEntries(HEADLINE_DATE_WORDS.map((w) => [w, true])));

/** Whether an element holds a date by its markup: `<time>`, or a class or id word of {@link HEADLINE_DATE_WORDS}. */
function isDateElement(e: HtmlElement): boolean {
  return e.tag === 'time' || dateWord(e) === true;
}

/** Whether a date element's text reads as a date: a year and a month, day or second number ("Dec 2025", "2024-03-03"), not "8pm" or "2024". */
function isDateText(text: string): boolean {
  return YEAR.test(text) && DATE_PART.test(text.replace(YEAR, ' '));
}

/**
 * A heading's text without a date the page prints in it in an element of its own, at its
 * start (`<h1><time>Dec 18 2025</time> Preparing a transition</h1>`) or, after a separator, at
 * its end (`<h2>Porting a parser <span class="title-date">/ Dec 2025</span></h2>`): the date is
 * the page's, not the headline's (it stays in the title's segment, as a label does). A date
 * between words, one that is part of the sentence ("Polls close on <time>March 3, 2024</time>"),
 * a time or a bare year, and a heading that would keep one word, are left as they are.
 *
 * @example datelessText(page, block) // "Preparing a transition" for "Dec 18 2025 Preparing a transition"
 */
export function datelessText(page: HtmlPage, block: Block): string {
  const heading = block.html?.container;
  if (heading === undefined) return block.source;
  const { source } = block;
  const { elements } = page;
  // The page's text before this block ends where the block before it does: a date element that
  // opens before that holds text of an earlier line, not this one's first. (Blocks are in
  // document order; script and style text is in none.)
  const before = page.blocks[firstStartingFrom(page.blocks, block.start) - 1];
  const textBefore = Math.max(heading.start, before?.end ?? 0);
  // The date elements that open from there to the block's end, with where their text starts:
  // the first, if it starts the text, and the last, widened to the outermost date element
  // around it that opens there too (<span class="date"><span>Dec</span> <span
  // class="date-year">2025</span></span>).
  const firstChar = new Map<HtmlElement, number>();
  let lead: HtmlElement | null = null;
  let tail: HtmlElement | null = null;
  for (let k = Math.max(heading.index + 1, firstStartingFrom(elements, textBefore)); k < elements.length && elements[k]!.start < block.end; k++) {
    const e = elements[k]!;
    if (e.textChars === 0 || !isDateElement(e)) continue;
    const i = textIndex(block, e.start);
    firstChar.set(e, i);
    if (i === 0 && lead === null) lead = e;
    tail = e;
  }
  while (tail !== null && tail.parent !== null && firstChar.has(tail.parent)) tail = tail.parent;
  /** A separator (spaces aside) next to a date: "Title / Dec 2025", "Title، 18 ديسمبر 2025". */
  const separator = (c: string | undefined): boolean => c !== undefined && isSeparator(c);
  let from = 0;
  let to = source.length;
  if (lead !== null) {
    const j = textEnd(block, 0, lead.textChars);
    if (j < source.length && isDateText(source.slice(0, j))) {
      from = j;
      // Separators after the date, not a sign that starts a word ("-40 degrees").
      while (from < to && separator(source[from]) && (source[from] === ' ' || from + 1 === to || source[from + 1] === ' ')) from++;
    }
  }
  const at = tail === null ? -1 : firstChar.get(tail)!;
  if (tail !== null && at > from) {
    const j = textEnd(block, at, tail.textChars);
    const date = source.slice(at, j);
    // The date ends the heading and a separator stands before it, inside its element or out.
    const separated = separator(date.trimStart()[0]) || separator(source.slice(from, at).trimEnd().at(-1));
    if (source.slice(j).trim() === '' && separated && isDateText(date)) {
      to = at;
      while (to > from && separator(source[to - 1])) to--;
    }
  }
  if (from === 0 && to === source.length) return source;
  const rest = source.slice(from, to);
  return words(rest).length >= 2 || UNSPACED_WORDS.test(rest) ? rest : source;
}

/** The separator a site's title template puts between a headline and what it appends: " | ". */
const PIPE = ' | ';

/**
 * A visible headline without what a title template appends to it: of its parts between " | "
 * the longest ("Floods in Mosul | World" gives "Floods in Mosul"; on the development pages a
 * headline with pipes repeats the `<title>`'s template on four sites of five). Labels are split
 * before, as in the title parser ("Opinion | …").
 *
 * @example headlineText("Floods in Mosul | World | Alalam News") // "Floods in Mosul"
 */
export function headlineText(text: string): string {
  if (!text.includes(PIPE)) return text;
  return text.split(PIPE).reduce((a, b) => (words(b).length > words(a).length ? b : a)).trim();
}

/**
 * Which end of the `<title>` `part` is, the rest after or before a title separator ("How I
 * built it" is the last part of "Jane's Lab - How I built it"), or `null`. Pages state their
 * title without the site's name in `og:title`.
 */
function endPartOf(title: string, part: string): 'first' | 'last' | null {
  const t = clean(title).toLowerCase();
  const p = clean(part).toLowerCase();
  if (p.length === 0 || p.length >= t.length) return null;
  if (t.startsWith(p) && SEPARATOR_START.test(t.slice(p.length))) return 'first';
  if (t.endsWith(p) && SEPARATOR_END.test(t.slice(0, t.length - p.length))) return 'last';
  return null;
}

/**
 * `og:title` when it is the article's title without the site's name: the `<title>`'s first or
 * last part, and not the site's name itself (`og:site_name`, or a short last part, as
 * {@link pageTitle} reads one).
 */
function statedWithoutSite(title: string, og: string | undefined, site: string | null): string | null {
  if (og === undefined) return null;
  const end = endPartOf(title, og);
  if (end === null || (site !== null && clean(og).toLowerCase() === clean(site).toLowerCase())) return null;
  return end === 'last' && words(og).length <= SITE_WORDS ? null : og;
}

/** Whether the page's structure names a headline that stands above its stated title: an `h1` or `itemprop=headline`. */
export function hasStructuralHeadline(page: HtmlPage & { headline: number }): boolean {
  const h = page.blocks[page.headline]?.html;
  return h !== undefined && (h.level === 1 || h.element.itemprop === 'headline' || h.container.itemprop === 'headline') && siteNameHeadline(page) === null;
}

/**
 * The page's `<title>` without the headline when the headline is the site's name rather than
 * the article's (a blog whose `h1` is its name, "Jane's Notes", and whose title is
 * "Jane's Notes: Week two in the garden"): the headline is short, starts or ends the title,
 * which says at least two words more, and the page says it is the site's name (it is
 * `og:site_name`, the rest of the title is `og:title`, or the headline is a link). `null` otherwise.
 *
 * @example siteNameHeadline(readPage("<title>Jane's Notes: Week two</title><h1><a href='/'>Jane's Notes</a></h1><p>Beans.</p>").page) // "Week two"
 */
export function siteNameHeadline(page: HtmlPage & { headline: number }): string | null {
  const h = page.blocks[page.headline];
  if (h === undefined || page.title === null || h.words > SITE_WORDS) return null;
  const title = clean(page.title);
  const name = h.value.toLowerCase();
  const lower = title.toLowerCase();
  let rest: string | null = null;
  if (lower.startsWith(name)) rest = title.slice(name.length);
  else if (lower.endsWith(name)) rest = title.slice(0, title.length - name.length);
  if (rest === null) return null;
  rest = trimSeparators(rest);
  if (words(rest).length < 2) return null;
  // What says the headline is the site's name: the page names itself so (og:site_name), its
  // stated title is the rest (og:title), or the headline is a link (to the home page).
  const meta = (key: string) => page.meta.find((m) => m.key === key)?.content;
  const same = (a: string | undefined, b: string) => a !== undefined && words(a).join(' ') === words(b).join(' ');
  const linked = h.html !== undefined && h.html.chars > 0 && h.html.linkChars === h.html.chars;
  return same(meta('og:site_name'), h.value) || same(meta('og:title'), rest) || linked ? rest : null;
}

/** Trims spaces and title separators (":", "|", "-", "–", "—", "·", "•", "»", "~") from both ends. */
function trimSeparators(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && TITLE_PUNCTUATION.has(s[a]!)) a++;
  while (b > a && TITLE_PUNCTUATION.has(s[b - 1]!)) b--;
  return s.slice(a, b);
}

/**
 * Claims the page's stated title when its structure names no `h1` headline (or the `h1` is
 * the site's name: a link home, `og:site_name`, or the `<title>` is it and `og:title`): the visible line that repeats the `<title>`
 * (without the site's name), else the `<title>` text in the head.
 *
 * @example
 * const page = '<html><head><title>Floods in Mosul | Alalam</title></head><body><p>Floods in Mosul</p><p>Water rose.</p></body></html>';
 * runParser(htmlTitleParser, page)[0]?.value; // { text: 'Floods in Mosul', labels: [] }
 * @group HTML
 */
export const htmlTitleParser: Parser = {
  name: 'html-title',
  parse(ctx) {
    const page = ctx.page;
    if (!page?.title || !page.titleSpan || hasStructuralHeadline(page)) return [];
    const site = page.meta.find((m) => m.key === 'og:site_name')?.content ?? null;
    const og = statedWithoutSite(page.title, page.meta.find((m) => m.key === 'og:title')?.content, site);
    const text = siteNameHeadline(page) ?? pageTitle(og ?? page.title, site);
    if (!text) return [];
    // The visible line that repeats the stated title is the headline; else the title itself.
    const wanted = words(text).join(' ');
    // (A heading's line is read without a date it prints at its start or end.)
    for (const b of ctx.blocks) {
      if (b.words > MAX_WORDS) continue;
      const heading = b.html?.kind === 'heading' ? datelessText(page, b) : null;
      if (words(heading ?? b.text).join(' ') === wanted) return [claimBlock(b, 'title', splitLabels(heading ?? b.source), 0.95, 'html-title')];
    }
    return [{ kind: 'title', start: page.titleSpan.start, end: page.titleSpan.end, value: splitLabels(text), confidence: 0.95, by: 'html-title' }];
  },
};
