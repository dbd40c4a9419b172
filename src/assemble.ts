import { addNames, bylineNames } from './parsers/authors.js';
import { HTML_BYLINE } from './html/byline-parser.js';
import { publishedFromUrl } from './parsers/published.js';
import { firstBlockEndingAfter, isSeparator, textIndex } from './resolve/blocks.js';
import { clean } from './text.js';
import type { AnyClaim, Article, Paragraph, ParseContext, Segment, SegmentKind, Warning } from './types.js';

/**
 * A segment while it is being built; `leftover` marks unclaimed text inside a block.
 *
 * @group Low level
 */
export interface Piece extends Segment {
  /** Unclaimed text inside a block that is not a separator: reported as cruft. */
  leftover?: string;
}

/**
 * The partition being built: pieces are added in input order and merged as they come
 * (separators join the claimed piece before them, blank runs join), so a long scrape needs
 * one array and one pass.
 */
class Pieces {
  readonly out: Piece[] = [];
  /** First block that may hold the next gap: gaps come in input order, so it only moves forward. */
  private block = 0;
  /** Where the last gap started. */
  private from = 0;

  constructor(private readonly ctx: ParseContext) {}

  /** Adds one piece, merging it into the one before where the rules say so. */
  add(kind: Piece['kind'], start: number, end: number, leftover: string | undefined): void {
    const prev = this.out[this.out.length - 1];
    const separator = leftover === '';
    if (prev !== undefined && prev.leftover === undefined) {
      if (separator && prev.kind !== 'blank') {
        prev.end = end;
        return;
      }
      if (!separator && kind === 'blank' && prev.kind === 'blank') {
        prev.end = end;
        return;
      }
    }
    this.out.push(leftover === undefined || separator ? { kind: separator ? 'blank' : kind, start, end } : { kind, start, end, leftover });
  }

  /** Splits the unclaimed range `[from, to)` into blank stretches, separators and leftover text. */
  gap(from: number, to: number): void {
    const blocks = this.ctx.blocks;
    let b = this.block;
    // Gaps come in order: step forward from the last block (a jump far ahead, or a gap before
    // the last one when claims come out of order, is found by binary search).
    if (from < this.from) b = firstBlockEndingAfter(blocks, from);
    else if (b < blocks.length && blocks[b]!.end <= from) {
      b++;
      if (b < blocks.length && blocks[b]!.end <= from) b = firstBlockEndingAfter(blocks, from);
    }
    this.block = b;
    this.from = from;
    let at = from;
    for (; b < blocks.length && at < to; b++) {
      const block = blocks[b]!;
      if (block.start >= to) break;
      const s = Math.max(at, block.start);
      const e = Math.min(to, block.end);
      if (s > at) this.add('blank', at, s, undefined);
      if (e > s) {
        const text = block.source.slice(textIndex(block, s), textIndex(block, e));
        this.add(isSeparator(text) ? 'blank' : 'cruft', s, e, isSeparator(text) ? '' : clean(text));
      }
      at = Math.max(at, e);
    }
    if (to > at) this.add('blank', at, to, undefined);
  }
}

/**
 * Builds the lossless partition of the input: one segment per claim, unclaimed space as
 * `blank`, separators inside a line joined to the segment before them, and any other
 * unclaimed text as `cruft`. The claims must be in input order and must not overlap, as the
 * resolvers leave them.
 *
 * @group Low level
 */
export function segmentsOf(ctx: ParseContext, claims: readonly AnyClaim[]): Piece[] {
  const pieces = new Pieces(ctx);
  let at = 0;
  for (const c of claims) {
    // Metadata claims point into the markup they were read from; they are not segments.
    if (c.kind === 'metadata') continue;
    if (c.start > at) pieces.gap(at, c.start);
    pieces.add(c.kind, c.start, c.end, undefined);
    at = c.end;
  }
  if (ctx.input.length > at) pieces.gap(at, ctx.input.length);
  return pieces.out;
}

/**
 * The warnings without those a later stage said again for the same span and code: the later
 * message stands ("nothing in the text decides" gives way to "the page's stated date settles
 * it"). Warnings without a span are all kept.
 */
function latestWord(warnings: readonly Warning[]): Warning[] {
  const last = new Map<string, number>();
  warnings.forEach((w, i) => {
    if (w.start !== null) last.set(`${w.code} ${w.start} ${w.end}`, i);
  });
  return warnings.filter((w, i) => w.start === null || last.get(`${w.code} ${w.start} ${w.end}`) === i);
}

/**
 * Turns resolved claims (in input order, non-overlapping) into an {@link Article}.
 *
 * @group Low level
 */
export function assemble(ctx: ParseContext, claims: AnyClaim[], warnings: Warning[]): Article {
  const article: Article = {
    id: ctx.options.id,
    url: ctx.url,
    site: { id: ctx.profile?.id ?? null, name: ctx.profile?.name ?? null, social: [] },
    canonicalUrl: null,
    language: null,
    description: null,
    image: null,
    section: null,
    tags: [],
    title: null,
    labels: [],
    published: null,
    updated: null,
    pageDate: null,
    archive: null,
    credits: [],
    authors: [],
    captions: [],
    body: [],
    paragraphs: [],
    embedded: [],
    cruft: [],
    segments: [],
    warnings: latestWord(warnings),
    claims,
    format: ctx.format,
  };
  // Unclaimed text is found among all of a page's blocks, not only the article's.
  const pieces = segmentsOf(ctx.page ? { ...ctx, blocks: ctx.page.blocks } : ctx, claims);
  const leftovers = new Map<number, string>();
  for (const p of pieces) if (p.leftover) leftovers.set(p.start, p.leftover);
  let next = 0;
  const flushLeftovers = (upTo: number) => {
    for (; next < pieces.length && pieces[next]!.start < upTo; next++) {
      const text = leftovers.get(pieces[next]!.start);
      if (text && pieces[next]!.kind === 'cruft') article.cruft.push({ text, reason: 'unclaimed' });
    }
  };
  for (const c of claims) {
    flushLeftovers(c.start);
    switch (c.kind) {
      case 'site':
        article.site.name = c.value.name;
        break;
      case 'social':
        article.site.social.push(...c.value.networks);
        break;
      case 'title':
        article.title = c.value.text;
        article.labels = c.value.labels;
        break;
      case 'published':
        if (c.value.role === 'updated') article.updated = c.value;
        else article.published = c.value;
        break;
      case 'page-date':
        article.pageDate = c.value;
        break;
      case 'archive':
        article.archive = c.value;
        break;
      case 'credit':
        article.credits.push(c.value);
        break;
      case 'caption':
        article.captions.push(c.value.text);
        break;
      case 'body':
        if (c.value.text) {
          article.body.push(c.value.text);
          const v = c.value;
          // The body parser's values are paragraphs already; other claims' are completed.
          article.paragraphs.push(
            v.kind !== undefined && v.level !== undefined && v.row !== undefined
              ? (v as Paragraph)
              : { text: v.text, kind: v.kind ?? 'paragraph', level: v.level ?? null, row: v.row ?? null },
          );
        }
        break;
      case 'embedded':
        article.embedded.push(c.value);
        break;
      case 'cruft':
        article.cruft.push(c.value);
        break;
      case 'metadata':
        break;
    }
  }
  flushLeftovers(Infinity);
  fillMetadata(article, ctx, claims);
  // No publication time in the text or the metadata: a date in the URL path, precision day, marked implied.
  article.published ??= publishedFromUrl(ctx.url);
  // Only an update time stated ("Updated on July 9, 2025"): the article was published by then;
  // that time stands for the publication, marked implied from the update.
  if (article.published === null && article.updated !== null) {
    const { role: _role, ...updated } = article.updated;
    article.published = { ...updated, implied: { from: 'updated', reference: article.updated.raw } };
  }
  if (article.published && article.published.source === undefined) article.published = { ...article.published, source: 'text' };
  if (article.updated && article.updated.source === undefined) article.updated = { ...article.updated, source: 'text' };
  // A piece without leftover text is a segment as it is (no copy per line of a long scrape).
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    if (p.leftover !== undefined) pieces[i] = { kind: p.kind as SegmentKind, start: p.start, end: p.end };
  }
  article.segments = pieces;
  return article;
}

/**
 * Fills the fields the page states about itself: authors from bylines (credits with role
 * `author`) then metadata, and description, language, image, canonical URL, section, tags,
 * and, when no text gave them, the publication and update times and the site's name.
 */
function fillMetadata(article: Article, ctx: ParseContext, claims: readonly AnyClaim[]): void {
  // A byline the HTML structure showed (`html-byline`) was read by that parser: its names are its metadata claim's.
  // Names are gathered first and de-duplicated once: a page of a thousand credits stays linear.
  const names: string[] = [];
  for (const c of claims) if (c.kind === 'credit' && c.value.role === 'author' && c.by !== HTML_BYLINE) for (const n of bylineNames(c.value.text)) names.push(n);
  let siteName: string | null = null;
  const tags: string[] = [];
  for (const c of claims) {
    if (c.kind !== 'metadata') continue;
    const v = c.value;
    if ('date' in v) {
      if (v.field === 'published') article.published ??= v.date;
      else article.updated ??= { ...v.date, role: 'updated' };
    } else if ('list' in v) {
      // A loop, not a spread: a list of a million keywords must not overflow the call stack.
      for (const item of v.list) (v.field === 'authors' ? names : tags).push(item);
    } else if (v.field === 'siteName') siteName ??= v.text;
    else if (v.field !== 'title') article[v.field] ??= v.text;
  }
  addNames(article.authors, names);
  addNames(article.tags, tags);
  // A profile names its site; else the page's og:site_name or JSON-LD publisher does, before a guessed site line.
  if (ctx.profile === null && siteName !== null) article.site.name = siteName;
}
