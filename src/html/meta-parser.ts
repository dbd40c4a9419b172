import {
  CANONICAL_RELS,
  CARD_AUTHOR_LABELS,
  DATE_KEY_COMPOUNDS,
  DATE_KEY_FIELDS,
  DATE_KEY_WORDS,
  HANDLE_KEYS,
  LATEST_KEY_WORDS,
  META_KEYS,
  NOT_DATE_KEY_WORDS,
  type MetaKeyField,
} from '../data/meta.js';
import { addNames, metadataNames } from '../parsers/authors.js';
import { dayNumber } from '../dates/civil.js';
import { escapeRegExp } from '../regex.js';
import { clean } from '../text.js';
import type { AnyClaim, MetadataValue, Parser, Published, Span } from '../types.js';
import { absoluteUrl, attributeSpan, languageTag, metaDate, metadataClaim, splitTags } from './metadata.js';
import { attributeWords } from './words.js';

const NAME = 'html-meta';
/** Each key's field and confidence: within a field, earlier keys in the table are worth more (0.9, 0.89, …). */
const RANK: ReadonlyMap<string, { field: MetaKeyField; confidence: number }> = new Map(
  META_KEYS.map((k) => {
    const within = META_KEYS.filter((o) => o.field === k.field).indexOf(k);
    return [k.key, { field: k.field, confidence: Math.max(0.5, Math.round((0.9 - within * 0.01) * 100) / 100) }];
  }),
);

/** A date key outside the table, read by its words, ranks below every key of the table. */
const WORD_KEY_CONFIDENCE = 0.5;
const FIELD_WORDS: ReadonlyMap<string, 'published' | 'updated'> = new Map(Object.entries(DATE_KEY_FIELDS));
/** Any field word as a substring, a quick test before a key is split into words (literal alternatives: linear time). */
const MAY_NAME_FIELD = new RegExp([...FIELD_WORDS.keys(), ...Object.keys(DATE_KEY_COMPOUNDS)].map(escapeRegExp).join('|'), 'i');
const COMPOUND_KEYS: ReadonlyMap<string, 'published' | 'updated'> = new Map(Object.entries(DATE_KEY_COMPOUNDS));

/**
 * The field a date key outside the table names by its words ("w-published-date",
 * "og:datePublished", "modified-time"), or `undefined`: a word of one field and a word of
 * time, or a one-word compound of both, and no word of another kind of time ("expiration").
 */
function dateKeyField(key: string): 'published' | 'updated' | undefined {
  if (!MAY_NAME_FIELD.test(key)) return undefined;
  let field: 'published' | 'updated' | undefined;
  let time = false;
  let latest = false;
  for (const w of attributeWords(key)) {
    if (NOT_DATE_KEY_WORDS.has(w)) return undefined;
    const named = FIELD_WORDS.get(w) ?? COMPOUND_KEYS.get(w);
    if (named !== undefined) {
      if (field !== undefined && field !== named) return undefined;
      field = named;
    }
    time ||= DATE_KEY_WORDS.has(w) || COMPOUND_KEYS.has(w);
    latest ||= LATEST_KEY_WORDS.has(w);
  }
  if (field === undefined || !time) return undefined;
  // The last publication of a page is its update time.
  return latest ? 'updated' : field;
}

/** Keys of the Highwire Press tags scholarly pages use (`citation_author`), which write a name "Last, First". */
const CITATION = 'citation_';
/** "Roy, Aniruddha" or "Kaufman, Jeff T.": a one-word surname, a comma, the given names. */
const LAST_FIRST = /^([\p{L}\p{M}'’-]{1,40}), ([\p{L}\p{M}.'’ -]{1,60})$/u;

/** A "Last, First" name as "First Last"; any other value unchanged. */
function firstLast(content: string): string {
  const m = LAST_FIRST.exec(content.trim());
  return m === null ? content : `${m[2]!.trim()} ${m[1]}`;
}

const SPACE = /\s/;
/** A Twitter card's labelled pair, `twitter:label1` and `twitter:data1`: the digit pairs them. */
const CARD_PAIR = /^twitter:(label|data)([1-9])$/;
/** A card's author ("Written by" / "Jane Doe") is a fallback: below every byline the page shows. */
const CARD_CONFIDENCE = 0.4;

/** Whether the day `a` was written on is more than a day after `b`'s. */
function isAfter(a: Published, b: Published): boolean {
  const da = dayNumber(a.local.slice(0, 10));
  const db = dayNumber(b.local.slice(0, 10));
  return da !== null && db !== null && da - db > 1;
}

/** The value a `<meta>` key gives for its field, or `null` when the content does not read as one. */
function valueOf(field: MetaKeyField, key: string, content: string, base: string | null): MetadataValue | null {
  const source = 'meta';
  switch (field) {
    case 'published':
    case 'updated': {
      const date = metaDate(content, 'meta');
      return date && { field, source, key, date };
    }
    case 'authors': {
      if (HANDLE_KEYS.has(key) && !SPACE.test(content.trim())) return null;
      const list = metadataNames(key.startsWith(CITATION) ? firstLast(content) : content);
      return list.length > 0 ? { field, source, key, list } : null;
    }
    case 'tags': {
      const list = splitTags(content);
      return list.length > 0 ? { field, source, key, list } : null;
    }
    case 'image':
    case 'canonicalUrl': {
      const url = absoluteUrl(content, base);
      return url ? { field, source, key, text: url } : null;
    }
    case 'language': {
      const tag = languageTag(content);
      return tag ? { field, source, key, text: tag } : null;
    }
    default: {
      const text = clean(content);
      return text ? { field, source, key, text } : null;
    }
  }
}

/**
 * Reads what a page's head says about the article: `<meta>` elements by the table in
 * `src/data/meta.ts` (Open Graph, `article:*`, Twitter cards, Dublin Core, `parsely-*`,
 * `sailthru.*`, `pubdate`, `author`, `description`, `keywords`…), a Twitter card's labelled
 * author (`twitter:label1` "Written by", `twitter:data1` "Jane Doe", a fallback below any
 * byline), `<link rel=canonical>` and `<html lang>`; a date key outside the table by its words
 * ("w-published-date", "modified-time"), ranked last. Each value is a `metadata` claim over the
 * `content` it was read from.
 *
 * @example
 * const page = '<head><meta property="article:published_time" content="2019-11-19T06:56:43-05:00"></head><p>Water rose.</p>';
 * runParser(htmlMetaParser, page)[0]?.value; // { field: 'published', source: 'meta', date: { utc: '2019-11-19T11:56:43Z' } }
 * @group HTML
 */
export const htmlMetaParser: Parser = {
  name: NAME,
  parse(ctx) {
    const page = ctx.page;
    if (!page) return [];
    const claims: AnyClaim[] = [];
    const lists = new Map<string, string[]>();
    const base = ctx.url;
    const cardLabels = new Map<string, string>();
    const cardData: { n: string; start: number; content: string }[] = [];
    /** Publication times read from keys outside the table, checked against the update times below. */
    const byWords = new Set<AnyClaim>();
    for (const el of page.elements) {
      if (el.tag !== 'meta') continue;
      // A `<meta itemprop>` is microdata, read by `html-microdata`.
      const written = (el.attrs['property'] ?? el.attrs['name'] ?? '').trim();
      const key = written.toLowerCase();
      const content = el.attrs['content'];
      if (content === undefined) continue;
      const card = CARD_PAIR.exec(key);
      if (card !== null) {
        if (card[1] === 'label') cardLabels.set(card[2]!, clean(content).toLowerCase());
        else cardData.push({ n: card[2]!, start: el.start, content });
        continue;
      }
      let rank = RANK.get(key);
      const field = rank === undefined ? dateKeyField(written) : undefined;
      if (field !== undefined) rank = { field, confidence: WORD_KEY_CONFIDENCE };
      if (rank === undefined) continue;
      const value = valueOf(rank.field, key, content, base);
      if (value === null) continue;
      // A key given once per author (`citation_author`, `author`) lists them all in one claim.
      const earlier = 'list' in value ? lists.get(key) : undefined;
      if (earlier !== undefined && 'list' in value) {
        addNames(earlier, value.list);
        continue;
      }
      if ('list' in value) lists.set(key, value.list);
      const claim = metadataClaim(value, attributeSpan(ctx.input, el.start, content), rank.confidence, NAME);
      if (field === 'published') byWords.add(claim);
      claims.push(claim);
    }
    // A card's "Written by" label names the author in its data; one word there is a display
    // name ("Brett"), as a handle is in `twitter:creator`.
    for (const { n, start, content } of cardData) {
      const label = cardLabels.get(n);
      const named = label !== undefined && CARD_AUTHOR_LABELS.has(label) && SPACE.test(content.trim());
      const value = named ? valueOf('authors', `twitter:data${n}`, content, base) : null;
      if (value !== null) claims.push(metadataClaim(value, attributeSpan(ctx.input, start, content), CARD_CONFIDENCE, NAME));
    }
    // A publication time after the page's stated update time is none (a page's build time
    // under a key of its own, "published-time"): checked for the keys read by their words.
    // Against the earliest update: one comparison per claim, however many keys a page has.
    let earliest: Published | null = null;
    for (const c of claims) {
      if (c.kind === 'metadata' && c.value.field === 'updated' && 'date' in c.value && (earliest === null || c.value.date.local < earliest.local)) earliest = c.value.date;
    }
    const afterUpdate = (c: AnyClaim): boolean => {
      if (!byWords.has(c) || c.kind !== 'metadata' || !('date' in c.value)) return false;
      const date = c.value.date;
      return earliest !== null && isAfter(date, earliest);
    };
    // http-equiv keys (Content-Language) are in the head's meta list only.
    for (const m of page.meta) {
      if (m.key !== 'content-language' || claims.some((c) => c.kind === 'metadata' && c.value.key === m.key)) continue;
      const tag = languageTag(m.content);
      const at = ctx.input.indexOf(m.content);
      const span: Span = at >= 0 ? { start: at, end: at + m.content.length } : { start: 0, end: Math.min(1, ctx.input.length) };
      if (tag) claims.push(metadataClaim({ field: 'language', source: 'meta', key: m.key, text: tag }, span, 0.5, NAME));
    }
    for (const link of page.links) {
      if (!link.rel.split(/\s+/).some((r) => CANONICAL_RELS.has(r))) continue;
      const url = absoluteUrl(link.href, base);
      const at = ctx.input.indexOf(link.href);
      const span: Span = at >= 0 ? { start: at, end: at + link.href.length } : { start: 0, end: Math.min(1, ctx.input.length) };
      if (url) claims.push(metadataClaim({ field: 'canonicalUrl', source: 'link', key: 'canonical', text: url }, span, 0.95, NAME));
      break;
    }
    if (page.lang) {
      const tag = languageTag(page.lang);
      const html = page.elements.find((e) => e.tag === 'html');
      const span = html ? attributeSpan(ctx.input, html.start, page.lang) : { start: 0, end: Math.min(1, ctx.input.length) };
      if (tag) claims.push(metadataClaim({ field: 'language', source: 'html', key: 'lang', text: tag }, span, 0.95, NAME));
    }
    return claims.filter((c) => c.end > c.start && !afterUpdate(c));
  },
};
