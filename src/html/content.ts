/**
 * Main-content selection: which blocks of an HTML page are the article, and why each other
 * block is not. Signals, in order: the headline (a heading like the page's stated title);
 * chrome by element, ARIA role and class/id words, unless the element is a wrapper (it holds
 * most of the prose, or the headline); teaser cards and nested story cards; hidden text,
 * unless the page shows it by script; the content root (the deepest element holding most of
 * the prose left, grown to its parent while the parent adds prose, and to the headline); and
 * link lists inside the root. See docs/html.md.
 *
 * @module
 */

import { CHROME_ROLES, CHROME_TAGS, CHROME_WORDS, CONTENT_ITEMPROPS, CONTENT_WORDS, PAGE_CHROME_TAGS } from '../data/html-chrome.js';
import { words } from '../slug.js';
import type { Block, HtmlElement, HtmlPage } from '../types.js';
import { absoluteUrl } from './metadata.js';
import { elementTables } from './words.js';

/**
 * The reason given to blocks outside the content root.
 *
 * @group HTML
 */
export const OUTSIDE_ARTICLE = 'outside-article';
/**
 * The reason given to text between the headline and the content root that no parser claims.
 *
 * @group HTML
 */
export const ARTICLE_HEADER = 'article-header';
/**
 * The reason given to a block of links inside the article that no parser claims.
 *
 * @group HTML
 */
export const LINK_LIST = 'link-list';
/**
 * Cuts that the parsers still see: a block so cut stays in `ParseContext.blocks`, where it may
 * be a title, date, credit or caption; only as body text is it cut (resolver `html-header`).
 *
 * @group HTML
 */
export const SOFT_CUTS: ReadonlySet<string> = new Set([ARTICLE_HEADER, LINK_LIST]);

/**
 * Which blocks are the article: for each page block `null` (article), a soft cut ({@link SOFT_CUTS}) or a cut reason.
 *
 * @group HTML
 */
export interface ContentSelection {
  /** For each of the page's blocks: `null` when it is article text, else why it is cut, e.g. `"navigation"` (see {@link CruftReason}). */
  cut: (string | null)[];
  /** Index of the headline block, or -1. */
  headline: number;
  /** The element chosen as the article's content root, e.g. the `<article>`; `null` when the page has no clear one. */
  root: HtmlElement | null;
}

/** The chrome reason and the content mark that an element's class and id words give, in one lookup. */
const marksOf = elementTables<string>([CHROME_WORDS, Object.fromEntries(CONTENT_WORDS.map((w) => [w, 'content']))]);
const CONTENT_PROPS = new Set(CONTENT_ITEMPROPS);
const SPACES = /\s+/;

/** A block's characters outside links count as prose when it has this many… */
const PROSE_CHARS = 60;
/** …or ends a sentence and has this many. */
const SENTENCE_CHARS = 25;
/** A block that ends a sentence: "…said on Monday.", "…a question?" (in any script's full stop). */
export const SENTENCE_END = /[.!?。！？…]["'”’»)]*$/u;
/** A block whose link text is more than this share of its text is a link, not prose. */
const LINK_SHARE = 0.5;
/** Inside the article, a block whose link text is more than this share of it is a link list. */
const LIST_LINK_SHARE = 0.8;
/** A chrome element holding more than this share of the page's prose is a wrapper, not chrome. */
const WRAPPER_SHARE = 0.5;
/** A chrome element is a wrapper when it holds this many times the root's prose… */
const WRAPPER_RATIO = 1;
/** …in at least this many paragraphs. */
const WRAPPER_PARAGRAPHS = 3;
/** How many leading characters of a block tell a hidden copy of visible text. */
const PROBE = 40;
/** A hidden element with this many paragraphs of its own is shown by script, not chrome. */
const REVEALED_PARAGRAPHS = 2;
/** When more than this share of a page's prose is hidden, the page shows it by script and `hidden` cuts nothing. */
const HIDDEN_SHARE = 0.75;
/** The root grows to its parent while the text the parent adds is at least this share prose. */
const GROW_SHARE = 0.85;
/** Elements the root never grows into. */
const TOP_LEVEL: ReadonlySet<string> = new Set(['html', 'body']);
/** The content root is the deepest element holding at least this share of the prose. */
const ROOT_SHARE = 0.6;

/** Form controls: their text (a drop-down's options) is never prose. */
const NOT_TEXT: ReadonlySet<string> = new Set(['option', 'optgroup', 'select', 'textarea', 'button']);
/** Text outside links that does not read as prose (a label, a date, a short line) counts this much. */
const SHORT_WEIGHT = 0.3;
/** Elements that hold one block of text: a content root is never one of them. */
const LEAF_BLOCKS: ReadonlySet<string> = new Set(['p', 'li', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'pre', 'figcaption', 'caption', 'span', 'a', 'b', 'i', 'em', 'strong', 'font']);
/** A card (one linked headline and its teaser) holds at most this share of the page's prose… */
const CARD_SHARE = 0.3;
/** …and at most this much prose, in at most one paragraph (a listicle's item says more)… */
const CARD_PROSE = 700;
/** …in at most this many blocks of text: headline, summary, date, byline. */
const CARD_BLOCKS = 4;

/**
 * How much prose a block carries: its characters outside links, in full when it reads as
 * prose (60 characters, or 25 ending a sentence), else 0.3 of them; nothing for a link or a form control.
 *
 * @group HTML
 */
export function proseMass(block: Block): number {
  const h = block.html;
  if (!h || h.chars === 0 || NOT_TEXT.has(h.container.tag)) return 0;
  const own = h.chars - h.linkChars;
  if (h.linkChars / h.chars > LINK_SHARE) return 0;
  if (own >= PROSE_CHARS || (own >= SENTENCE_CHARS && SENTENCE_END.test(block.text))) return own;
  return own * SHORT_WEIGHT;
}

/** The tag and role tables as maps: a lookup never finds what `Object.prototype` has (`constructor`). */
const CHROME_TAG = new Map(Object.entries(CHROME_TAGS));
const CHROME_ROLE = new Map(Object.entries(CHROME_ROLES));
const PAGE_CHROME_TAG = new Map(Object.entries(PAGE_CHROME_TAGS));

/** Whether a block is a headline that links elsewhere: a heading whose text is mostly a link. */
function isLinkedHeading(block: Block): boolean {
  const h = block.html;
  return h !== undefined && h.kind === 'heading' && h.chars > 0 && h.linkChars / h.chars > LINK_SHARE;
}

/**
 * Why an element is page chrome by its own markup, or `null`; `hidden` is not asked when the
 * page shows its text by script (most of its prose is hidden).
 *
 * @group HTML
 */
export function chromeReason(element: HtmlElement, hidden = true, marks: readonly (string | undefined)[] = marksOf(element)): string | null {
  if (element.hidden && hidden) return 'hidden';
  const byTag = CHROME_TAG.get(element.tag);
  if (byTag) return byTag;
  if (element.role) {
    const byRole = CHROME_ROLE.get(element.role);
    if (byRole) return byRole;
  }
  return marks[0] ?? null;
}

/**
 * Whether an element's markup names it the article's body.
 *
 * @group HTML
 */
export function isContentElement(element: HtmlElement, marks: readonly (string | undefined)[] = marksOf(element)): boolean {
  if (element.itemprop && element.itemprop.split(SPACES).some((p) => CONTENT_PROPS.has(p))) return true;
  return marks[1] !== undefined;
}

/** For each element, whether it is `root` or inside it (one pass, parents first). */
function insideOf(elements: readonly HtmlElement[], root: HtmlElement | null): Uint8Array {
  const inside = new Uint8Array(elements.length);
  if (!root) return inside;
  for (let k = root.index; k < elements.length; k++) {
    const e = elements[k]!;
    if (e === root || (e.parent && inside[e.parent.index])) inside[k] = 1;
  }
  return inside;
}

/** A word without a plural or possessive `s`, so "Certifications" meets "Certification". */
const stem = (w: string): string => (w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w);

/** Lower-case stemmed word set of a title, for comparing headlines. */
function wordSet(text: string): Set<string> {
  return new Set(words(text).map(stem));
}

/** How alike a heading and the page's stated titles are: the best Dice coefficient of their word sets, 0..1. */
function titleMatch(block: Block, titles: readonly Set<string>[]): number {
  const have = wordSet(block.text);
  if (have.size === 0) return 0;
  let best = 0;
  for (const t of titles) {
    let common = 0;
    for (const w of have) if (t.has(w)) common++;
    best = Math.max(best, (2 * common) / (have.size + t.size));
  }
  return best;
}

/** The page's stated titles, from `og:title`, `twitter:title` and `<title>`. */
function statedTitles(page: HtmlPage): Set<string>[] {
  const out: Set<string>[] = [];
  for (const m of page.meta) if (m.key === 'og:title' || m.key === 'twitter:title') out.push(wordSet(m.content));
  if (page.title) out.push(wordSet(page.title));
  return out.filter((s) => s.size > 0);
}

/**
 * What a heading below the page's own `h1` (not a link, or a link to the page itself) loses
 * when prose stands between them: a section of the story ("What is social commerce?" under the
 * `h1` "An introduction to social commerce…"), however closely it repeats the `<title>`'s
 * words. A heading just below an `h1` with no prose between (the site's name, a series'
 * band above the story's `h2`) loses nothing.
 */
const SECTION_PENALTY = 1;

/** What a heading that links to another page loses against one that does not: a teaser's headline. */
const TEASER_PENALTY = 2;

/** An `href` longer than this is no permalink worth resolving. */
const MAX_HREF = 2000;

/** An absolute URL's host and path for comparing links: decoded, lower-cased, without a trailing slash or `index.html`. */
function urlKey(href: string): string {
  const url = new URL(href);
  let path = url.pathname;
  try {
    path = decodeURI(path);
  } catch {
    // A malformed escape: compare the path as written.
  }
  path = path.replace(/\/index\.(?:html?|php)$/i, '/');
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return `${url.host}${path}`.toLowerCase();
}

/** The page's own addresses as the page states them (`<link rel=canonical>`, `og:url`): absolute `http(s)` URLs only. */
function selfUrls(page: HtmlPage): string[] {
  const stated = [...page.links.filter((l) => l.rel === 'canonical').map((l) => l.href), ...page.meta.filter((m) => m.key === 'og:url').map((m) => m.content)];
  return stated.flatMap((href) => (href.length > MAX_HREF ? [] : (absoluteUrl(href, null) ?? [])));
}

/**
 * Whether a linked heading's link points at the page itself: a fragment or an empty `href`, or
 * one that resolves (against the page's canonical URL) to one of `self`'s host and path. The
 * link is the nearest `<a>` around the heading's first text, up to the element around the
 * heading; when the text starts outside the link ("<span>Update:</span> <a…>"), nothing tells,
 * and the heading counts as the page's own.
 */
function linksToSelf(block: Block, self: readonly string[]): boolean {
  const stop = block.html!.container.parent?.parent ?? null;
  for (let e: HtmlElement | null = block.html!.element; e && e !== stop; e = e.parent) {
    if (e.tag !== 'a') continue;
    const href = (e.attrs['href'] ?? '').trim();
    if (href === '' || href.startsWith('#')) return true;
    const url = href.length > MAX_HREF ? null : absoluteUrl(href, self[0]!);
    return url !== null && self.some((u) => urlKey(u) === urlKey(url));
  }
  return true;
}

/** A heading less like the stated title than this is not the headline (when the page states one). */
const MIN_TITLE_MATCH = 0.3;

/**
 * Picks the headline: a heading (or an `itemprop=headline` element) outside navigation and
 * hidden elements, scored by how alike it is to the page's stated title (`og:title`,
 * `<title>`), its level (`h1` first; a section heading below the page's own `h1` and its first
 * prose loses {@link SECTION_PENALTY}) and `itemprop=headline`, less for a heading that links
 * to another page than the one the page states as its own (`rel=canonical`, `og:url`): a
 * teaser's headline. The first of equals wins.
 */
function pickHeadline(page: HtmlPage, excluded: Uint8Array, mass: readonly number[]): number {
  const titles = statedTitles(page);
  const self = selfUrls(page);
  let best = -1;
  let bestScore = -Infinity;
  // Prose after the page's own h1: a heading below it is a section of the story.
  let ownH1 = false;
  let proseAfterH1 = false;
  page.blocks.forEach((b, i) => {
    const h = b.html;
    if (!h || excluded[h.element.index]) return;
    if (ownH1 && !proseAfterH1 && mass[i]! >= PROSE_CHARS) proseAfterH1 = true;
    if (b.words === 0 || b.words > 40) return;
    const headline = h.element.itemprop === 'headline' || h.container.itemprop === 'headline';
    if (!headline && (h.kind !== 'heading' || (h.level ?? 9) > 3)) return;
    const match = titleMatch(b, titles);
    if (titles.length > 0 && match < MIN_TITLE_MATCH) return;
    // Only a page that states its own address can tell a teaser's link from a permalink; a
    // heading that links nowhere, or to the page itself, is the page's own.
    const linked = isLinkedHeading(b);
    const permalink = linked && self.length > 0 && linksToSelf(b, self);
    const teaser = linked && self.length > 0 && !permalink;
    const section = h.level !== 1 && proseAfterH1;
    const level = h.level === 1 ? 2 : h.level === 2 ? 1 : 0.5;
    const score = match * 4 + level + (headline ? 2 : 0) - (teaser ? TEASER_PENALTY : 0) - (section ? SECTION_PENALTY : 0);
    if (h.level === 1 && (!linked || permalink)) ownH1 = true;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}

/**
 * For each hidden element at the top of a hidden subtree, whether it holds text the page
 * shows by script: two paragraphs of prose or more, most of them not also visible (a tab,
 * an accordion, a streamed section), unlike a hidden copy of the article or a menu. A
 * paragraph is a copy when a visible block starts with the same 40 characters.
 */
function revealedByScript(page: HtmlPage, underHidden: Uint8Array, mass: readonly number[]): Uint8Array {
  const { elements, blocks } = page;
  const top = new Int32Array(elements.length).fill(-1);
  for (let k = 1; k < elements.length; k++) {
    const e = elements[k]!;
    const above = e.parent ? top[e.parent.index]! : -1;
    top[k] = above >= 0 ? above : e.hidden ? k : -1;
  }
  const visible = new Set<string>();
  blocks.forEach((b) => {
    if (b.html && !underHidden[b.html.element.index] && !b.html.element.hidden) visible.add(b.value.slice(0, PROBE));
  });
  const paragraphs = new Uint32Array(elements.length);
  const copies = new Uint32Array(elements.length);
  blocks.forEach((b, i) => {
    const t = b.html ? top[b.html.element.index]! : -1;
    if (t < 0 || mass[i]! < PROSE_CHARS) return;
    paragraphs[t]!++;
    if (visible.has(b.value.slice(0, PROBE))) copies[t]!++;
  });
  const revealed = new Uint8Array(elements.length);
  for (let k = 0; k < elements.length; k++) {
    if (paragraphs[k]! >= REVEALED_PARAGRAPHS && copies[k]! * 2 < paragraphs[k]!) revealed[k] = 1;
  }
  return revealed;
}

/**
 * Decides which blocks of a page are the article: blocks under chrome elements are cut with
 * the element's reason, blocks outside the content root with `outside-article`, link lists
 * inside it with `link-list`; the headline and the short stretch between it and the root
 * (`article-header`: bylines, dates, standfirst) stay for the parsers.
 *
 * @example
 * const page = '<nav><a href="/">Home</a></nav><article><h1>Floods in Mosul</h1><p>Water rose in the old city overnight, officials said on Monday.</p></article><div class="comments"><p>Great story!</p></div>';
 * selectContent(htmlPage(page)).cut; // ['navigation', null, null, 'comments']
 * @group HTML
 */
export function selectContent(page: HtmlPage): ContentSelection {
  const { elements, blocks } = page;
  const n = elements.length;
  const mass = blocks.map(proseMass);
  /** Sums a per-block measure into every element that holds the block. */
  const sumUp = (count: (b: Block, i: number) => number): Float64Array => {
    const out = new Float64Array(n);
    blocks.forEach((b, i) => {
      if (b.html) out[b.html.container.index]! += count(b, i);
    });
    for (let k = n - 1; k > 0; k--) {
      const p = elements[k]!.parent;
      if (p) out[p.index]! += out[k]!;
    }
    return out;
  };
  const prose = sumUp((_, i) => mass[i]!);
  const paragraphs = sumUp((_, i) => (mass[i]! >= PROSE_CHARS ? 1 : 0));
  const blockCount = sumUp(() => 1);
  const total = prose[0] ?? 0;
  // Most of the prose hidden: the page reveals it by script (streamed or tabbed content).
  let hiddenProse = 0;
  const underHidden = new Uint8Array(n);
  for (let k = 1; k < n; k++) {
    const e = elements[k]!;
    const above = e.parent ? underHidden[e.parent.index]! : 0;
    if (e.hidden && !above) hiddenProse += prose[k]!;
    underHidden[k] = above || (e.hidden ? 1 : 0);
  }
  const hiddenCuts = hiddenProse <= HIDDEN_SHARE * total;
  // The headline, outside navigation, hidden text and chrome elements (forms, asides, dialogs;
  // a page header may hold it); the elements around it are not chrome.
  const revealed = revealedByScript(page, underHidden, mass);
  const marks = elements.map(marksOf);
  // A menu is links: an element that only its class or id calls navigation but that holds
  // paragraphs of prose is a section of the article ("content-nav-section", an in-page menu's target).
  const own = elements.map((e, k) => {
    const reason = chromeReason(e, hiddenCuts && !revealed[k], marks[k]);
    const byWords = reason === 'navigation' && marks[k]![0] === 'navigation' && CHROME_TAG.get(e.tag) === undefined && (e.role === null || CHROME_ROLE.get(e.role) === undefined);
    return byWords && paragraphs[k]! >= WRAPPER_PARAGRAPHS ? null : reason;
  });
  const excluded = new Uint8Array(n);
  for (let k = 1; k < n; k++) {
    const e = elements[k]!;
    const marked =
      own[k] === 'navigation' ||
      own[k] === 'hidden' ||
      CHROME_TAG.get(e.tag) !== undefined ||
      (e.role !== null && CHROME_ROLE.get(e.role) !== undefined && own[k] !== 'header');
    const chrome = marked && prose[k]! <= WRAPPER_SHARE * total;
    excluded[k] = (e.parent && excluded[e.parent.index]) || chrome ? 1 : 0;
  }
  const headline = pickHeadline(page, excluded, mass);
  const keep = new Uint8Array(n);
  for (let e = blocks[headline]?.html?.element ?? null; e; e = e.parent) keep[e.index] = 1;
  // Cards: an element with one linked headline and more text, among siblings that hold more.
  const linked = sumUp((b) => (isLinkedHeading(b) ? 1 : 0));
  const linkedChars = sumUp((b) => (isLinkedHeading(b) ? b.html!.chars : 0));
  const isCard = (e: HtmlElement): boolean =>
    e.parent !== null &&
    linked[e.index] === 1 &&
    linked[e.parent.index]! >= 2 &&
    e.textChars > linkedChars[e.index]! + SENTENCE_CHARS &&
    prose[e.index]! <= Math.min(CARD_SHARE * total, CARD_PROSE) &&
    paragraphs[e.index]! <= 1 &&
    blockCount[e.index]! <= CARD_BLOCKS;
  // A card with a paragraph among three paragraphs of the story's own, outside cards, in the
  // same parent is an item of the story (a listicle's linked heading and its paragraph), not a
  // teaser: the paragraphs each element's cards hold, so a parent's prose outside them is known.
  const cards = elements.map(isCard);
  const inCards = new Float64Array(n);
  // (A card has a parent: isCard says so.)
  for (let k = 1; k < n; k++) if (cards[k]) inCards[elements[k]!.parent!.index]! += paragraphs[k]!;
  const teaser = (e: HtmlElement): boolean => {
    if (!cards[e.index]) return false;
    const p = e.parent!.index;
    return paragraphs[e.index]! === 0 || paragraphs[p]! - inCards[p]! < WRAPPER_PARAGRAPHS;
  };
  const inArticle = new Uint8Array(n);
  const nested = new Uint8Array(n);
  for (let k = 1; k < n; k++) {
    const e = elements[k]!;
    const p = e.parent;
    inArticle[k] = (p && inArticle[p.index]) || e.tag === 'article' || e.tag === 'main' || e.role === 'main' || e.role === 'article' ? 1 : 0;
    nested[k] = p && (nested[p.index] || p.tag === 'article') ? 1 : 0;
  }
  // Why each element would be cut by its own markup or place, before any is kept.
  const reasons = elements.map((e, k): string | null => {
    if (k === 0 || isContentElement(e, marks[k])) return null;
    if (own[k]) return own[k]!;
    const pageChrome = inArticle[k] ? undefined : PAGE_CHROME_TAG.get(e.tag);
    if (pageChrome) return pageChrome;
    // A story card nested in the article: little of the page's prose, in fewer paragraphs than a
    // section of the story has (a listicle's items are `<article>`s of their own).
    if (teaser(e) || (e.tag === 'article' && nested[k] && prose[k]! <= CARD_SHARE * total && paragraphs[k]! < WRAPPER_PARAGRAPHS)) return 'related';
    return null;
  });

  // Cut top-down (an element inherits its parent's cut) and find the content root: the deepest
  // element holding most of the prose left. A chrome element is kept when it holds most of the
  // page's prose or the headline (a wrapper: `<form>` around an ASP.NET page, `has-sidebar` on
  // the body; reader comments only when they hold the headline), and, after a first pass,
  // when it holds three paragraphs and more prose than the root it left (`sidebar-layout`
  // around article and sidebar); comments, teasers and hidden text are never kept so.
  let cutOf: (string | null)[] = [];
  let root: HtmlElement | null = null;
  for (let pass = 0; pass < 3; pass++) {
    cutOf = new Array<string | null>(n).fill(null);
    for (let k = 1; k < n; k++) {
      const inherited = cutOf[elements[k]!.parent!.index] ?? null;
      if (inherited !== null) cutOf[k] = inherited;
      else if (reasons[k] !== null && !keep[k] && (reasons[k] === 'comments' || !(prose[k]! > WRAPPER_SHARE * total))) cutOf[k] = reasons[k]!;
    }
    const kept = sumUp((b, i) => (cutOf[b.html!.container.index] === null ? mass[i]! : 0));
    const left = kept[0] ?? 0;
    root = null;
    if (left > 0) {
      // Down from the page, into the first child holding the share each time: in document
      // order a parent comes before its children, and a child's subtree before its next sibling.
      let at = 0;
      for (let k = 1; k < n; k++) if (elements[k]!.parent!.index === at && kept[k]! >= ROOT_SHARE * left) at = k;
      // A paragraph or list item is one block of text, not the article: its container is.
      while (at > 0 && LEAF_BLOCKS.has(elements[at]!.tag)) at = elements[at]!.parent!.index;
      // The article may go on outside that element (an intro in a box of its own): take the
      // parent while what it adds is mostly prose.
      const keptChars = sumUp((b) => (cutOf[b.html!.container.index] === null ? b.html!.chars : 0));
      for (;;) {
        const parent = elements[at]!.parent;
        if (!parent || parent.index === 0 || TOP_LEVEL.has(parent.tag)) break;
        const addedProse = kept[parent.index]! - kept[at]!;
        const addedChars = keptChars[parent.index]! - keptChars[at]!;
        if (addedProse <= 0 || addedProse < GROW_SHARE * addedChars) break;
        at = parent.index;
      }
      root = elements[at]!;
    }
    const rootProse = root ? kept[root.index]! : 0;
    let wrapper = -1;
    for (let k = 1; k < n; k++) {
      const r = reasons[k];
      const top = cutOf[k] !== null && cutOf[elements[k]!.parent!.index] === null;
      const bigger = prose[k]! > WRAPPER_RATIO * rootProse && paragraphs[k]! >= WRAPPER_PARAGRAPHS;
      if (top && bigger && r !== 'comments' && r !== 'related' && r !== 'hidden' && (wrapper < 0 || prose[k]! > prose[wrapper]!)) wrapper = k;
    }
    if (wrapper < 0) break;
    keep[wrapper] = 1;
  }
  // Prose between the headline and the root means the root stopped short of the article:
  // it grows to hold the headline too.
  const headElement = blocks[headline]?.html?.element ?? null;
  if (root && headElement) {
    const inside = insideOf(elements, root);
    if (!inside[headElement.index]) {
      const rootFirst = blocks.findIndex((b) => b.html && inside[b.html.container.index] && cutOf[b.html.container.index] === null);
      let between = 0;
      let lastProse: HtmlElement | null = null;
      for (let i = headline + 1; i >= 0 && i < rootFirst; i++) {
        const c = blocks[i]!.html?.container;
        if (!c || cutOf[c.index] !== null || mass[i]! < PROSE_CHARS) continue;
        between++;
        lastProse = c;
      }
      if (between >= 2) {
        // The headline's ancestor that holds the root; when that is the page itself (a title
        // band above the columns), the root's ancestor that holds the prose just before it.
        const common = (from: HtmlElement): HtmlElement | null => {
          const above = new Uint8Array(n);
          for (let e: HtmlElement | null = from; e; e = e.parent) above[e.index] = 1;
          let lca: HtmlElement | null = root;
          while (lca && !above[lca.index]) lca = lca.parent;
          return lca && !TOP_LEVEL.has(lca.tag) && lca.index !== 0 ? lca : null;
        };
        root = common(headElement) ?? (lastProse ? common(lastProse) : null) ?? root;
      }
    }
  }
  const inRoot = insideOf(elements, root);
  const cut = blocks.map((b): string | null => {
    const h = b.html;
    if (!h) return null;
    const reason = cutOf[h.container.index] ?? cutOf[h.element.index] ?? null;
    if (reason) return reason;
    if (root && !inRoot[h.container.index]) return OUTSIDE_ARTICLE;
    return null;
  });
  // Links inside the article: a block that is nearly all link text and is neither a sentence
  // nor a (linked) subheading; a byline's linked name stays for the parsers (see SOFT_CUTS).
  blocks.forEach((b, i) => {
    const h = b.html;
    if (cut[i] !== null || !h || h.chars === 0) return;
    if (h.kind !== 'heading' && h.linkChars / h.chars > LIST_LINK_SHARE && !SENTENCE_END.test(b.text)) cut[i] = LINK_LIST;
  });
  const rootStart = blocks.find((b, i) => cut[i] === null && b.html && inRoot[b.html.container.index])?.start ?? Infinity;
  if (headline >= 0) {
    cut[headline] = null;
    // Between the headline and the root: the article's header (byline, date, standfirst).
    for (let i = headline + 1; i < blocks.length && blocks[i]!.start < rootStart; i++) {
      if (cut[i] === OUTSIDE_ARTICLE) cut[i] = ARTICLE_HEADER;
    }
  }
  return { cut, headline, root };
}
