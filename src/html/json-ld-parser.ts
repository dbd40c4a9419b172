import { ARTICLE_TYPES, ORGANIZATION_TYPES, PAGE_TYPES } from '../data/meta.js';
import { metadataNames } from '../parsers/authors.js';
import { clean } from '../text.js';
import type { AnyClaim, MetadataValue, MetaTextField, Parser, Span } from '../types.js';
import { decodeEntities, MAX_JSON_LD_DEPTH, readJsonLd } from './json-ld.js';
import { absoluteUrl, languageTag, metaDate, metadataClaim, splitTags } from './metadata.js';

const NAME = 'html-json-ld';
/** At most this many nodes are visited per page (a page of product listings can hold thousands). */
const MAX_NODES = 2000;
const TYPE_PREFIX = /^(?:https?:\/\/schema\.org\/|schema:)/i;
const ARTICLE_RANK: ReadonlyMap<string, number> = new Map(ARTICLE_TYPES.map((t, i) => [t.toLowerCase(), i]));
const PAGE_RANK: ReadonlySet<string> = new Set(PAGE_TYPES.map((t) => t.toLowerCase()));

type Node = Record<string, unknown>;
/** The fields a weaker article node may fill. */
const DATE_FIELDS: ReadonlySet<string> = new Set(['published', 'updated']);

function isNode(v: unknown): v is Node {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A URL without its fragment, query and trailing slash: `https://x.org/a/#article` → `https://x.org/a`. */
function withoutFragment(url: string): string {
  const cut = url.search(/[#?]/);
  return (cut < 0 ? url : url.slice(0, cut)).replace(/\/$/, '');
}

/** The page a node says it is about: its `url`, `@id` and `mainEntityOfPage` (a string or a node's `@id`/`url`), without fragments. */
function pageRefs(node: Node | undefined): string[] {
  if (node === undefined) return [];
  const main = node['mainEntityOfPage'];
  const values = [node['url'], node['@id'], main, ...(isNode(main) ? [main['@id'], main['url']] : [])];
  return values.filter((v): v is string => typeof v === 'string' && v.length > 0).map(withoutFragment);
}

/** The `key` of authors that are Organizations, not people: the `metadata` resolver takes them last. */
export const ORGANIZATION_AUTHOR = 'author-organization';

/** The `@type`s of a node, lower-cased, without a schema.org prefix. */
function typesOf(node: Node): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(TYPE_PREFIX, '').toLowerCase());
}

/** Every node of the values, through arrays, `@graph` and `mainEntity`, depth and count bounded. */
function nodesOf(values: readonly unknown[]): Node[] {
  const out: Node[] = [];
  const visit = (v: unknown, depth: number) => {
    if (depth > MAX_JSON_LD_DEPTH || out.length >= MAX_NODES) return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1);
      return;
    }
    if (!isNode(v)) return;
    out.push(v);
    visit(v['@graph'], depth + 1);
    visit(v['mainEntity'], depth + 1);
  };
  for (const v of values) visit(v, 0);
  return out;
}

/** A node's `@id` target in the page's graph, or the node itself. */
function deref(v: unknown, ids: ReadonlyMap<string, Node>): unknown {
  if (isNode(v) && typeof v['@id'] === 'string' && Object.keys(v).length === 1) return ids.get(v['@id']) ?? v;
  return v;
}

/** A string property, entity-decoded and whitespace-cleaned, or `null`. */
function text(v: unknown): string | null {
  if (typeof v === 'number') return String(v);
  if (typeof v !== 'string') return null;
  const t = clean(decodeEntities(v));
  return t.length > 0 ? t : null;
}

/** The first string of a string or an array of them. */
function firstText(v: unknown): string | null {
  return Array.isArray(v) ? (v.map(text).find((x) => x !== null) ?? null) : text(v);
}

/** Names of an `author`: a string, a Person or Organization (`name`), or an array of them; `organizations` gets the Organizations' names. */
function namesOf(v: unknown, ids: ReadonlyMap<string, Node>, organizations: string[], depth = 0): string[] {
  if (depth > 3) return [];
  const d = deref(v, ids);
  if (Array.isArray(d)) return d.flatMap((x) => namesOf(x, ids, organizations, depth + 1));
  if (typeof d === 'string') return metadataNames(decodeEntities(d));
  if (isNode(d)) {
    const name = text(d['name']) ?? [text(d['givenName']), text(d['familyName'])].filter(Boolean).join(' ');
    if (!name) return [];
    if (typesOf(d).some((t) => ORGANIZATION_TYPES.has(t))) {
      organizations.push(...metadataNames(name));
      return [];
    }
    return metadataNames(name);
  }
  return [];
}

/** An image's URL: a string, an ImageObject (`url`, `contentUrl`) or the first of an array. */
function imageOf(v: unknown, ids: ReadonlyMap<string, Node>, depth = 0): string | null {
  if (depth > 3) return null;
  const d = deref(v, ids);
  if (Array.isArray(d)) {
    for (const x of d) {
      const url = imageOf(x, ids, depth + 1);
      if (url) return url;
    }
    return null;
  }
  if (isNode(d)) return text(d['url']) ?? text(d['contentUrl']);
  return text(d);
}

/** The fields of an article node, as metadata values. */
function valuesOf(node: Node, ids: ReadonlyMap<string, Node>, base: string | null): MetadataValue[] {
  const out: MetadataValue[] = [];
  const source = 'json-ld';
  const textField = (field: MetaTextField, key: string, value: string | null) => {
    if (value) out.push({ field, source, key, text: value });
  };
  textField('title', 'headline', text(node['headline']) ?? text(node['name']));
  for (const [key, field] of [
    ['datePublished', 'published'],
    ['dateCreated', 'published'],
    ['uploadDate', 'published'],
    ['dateModified', 'updated'],
  ] as const) {
    const raw = text(node[key]);
    const date = raw === null ? null : metaDate(raw, 'json-ld');
    if (date !== null && !out.some((v) => v.field === field)) out.push({ field, source, key, date });
  }
  const organizations: string[] = [];
  const authors = namesOf(node['author'] ?? node['creator'], ids, organizations);
  if (authors.length > 0) out.push({ field: 'authors', source, key: 'author', list: authors });
  // An Organization as the author is a fallback: a byline that names a person says more.
  else if (organizations.length > 0) out.push({ field: 'authors', source, key: ORGANIZATION_AUTHOR, list: organizations });
  const publisher = deref(node['publisher'], ids);
  textField('siteName', 'publisher', isNode(publisher) ? text(publisher['name']) : firstText(publisher));
  const image = imageOf(node['image'] ?? node['thumbnailUrl'], ids);
  textField('image', 'image', image && absoluteUrl(image, base));
  const keywords = node['keywords'];
  const tags = Array.isArray(keywords) ? keywords.flatMap((k) => (typeof k === 'string' ? splitTags(decodeEntities(k)) : [])) : typeof keywords === 'string' ? splitTags(decodeEntities(keywords)) : [];
  if (tags.length > 0) out.push({ field: 'tags', source, key: 'keywords', list: tags });
  textField('section', 'articleSection', firstText(node['articleSection']));
  const lang = deref(node['inLanguage'], ids);
  const langText = isNode(lang) ? (text(lang['alternateName']) ?? text(lang['name'])) : firstText(lang);
  textField('language', 'inLanguage', langText && languageTag(langText));
  textField('description', 'description', text(node['description']));
  return out;
}

/**
 * Reads every `application/ld+json` script of the page: through `@graph`, arrays and
 * `mainEntity`, the first node of the Article family (`NewsArticle`, `Article`,
 * `BlogPosting`, `ReportageNewsArticle`, `LiveBlogPosting`, `TechArticle`, `Report`…; the
 * next one only for the dates it lacks; a `WebPage` for what it lacks; both at lower
 * confidence) gives headline, dates, authors,
 * publisher, image, keywords, section, language and description; a `WebSite` gives the site's
 * name when no publisher does. Broken scripts are read where they can be (comments, trailing
 * commas, entities, glued objects), else warn `json-ld-invalid`.
 *
 * @example
 * const page = '<html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-11-19T06:56:43-05:00"}</script></head><body><p>Water rose.</p></body></html>';
 * runParser(htmlJsonLdParser, page)[0]?.value; // { field: 'published', source: 'json-ld', key: 'datePublished' }
 * @group HTML
 */
export const htmlJsonLdParser: Parser = {
  name: NAME,
  parse(ctx) {
    const page = ctx.page;
    if (!page || page.jsonLd.length === 0) return [];
    const found: { node: Node; span: Span; rank: number }[] = [];
    const sites: { name: string; span: Span }[] = [];
    const ids = new Map<string, Node>();
    for (const script of page.jsonLd) {
      const span: Span = { start: script.start, end: Math.max(script.end, script.start + 1) };
      const read = readJsonLd(script.text);
      if (read.problem !== null) ctx.warn('json-ld-invalid', `A JSON-LD script could not be read: ${read.problem}.`, span);
      const nodes = nodesOf(read.values);
      for (const node of nodes) if (typeof node['@id'] === 'string' && !ids.has(node['@id'])) ids.set(node['@id'], node);
      for (const node of nodes) {
        const types = typesOf(node);
        let rank = Infinity;
        for (const t of types) rank = Math.min(rank, ARTICLE_RANK.get(t) ?? (PAGE_RANK.has(t) ? 100 : Infinity));
        if (rank < Infinity) found.push({ node, span, rank });
        const name = types.includes('website') ? text(node['name']) : null;
        if (name) sites.push({ name, span });
      }
    }
    if (found.length === 0 && sites.length === 0) return [];
    // The strongest article node gives each field; a weaker article node (a second script's
    // BlogPosting beside an Article without dates) the dates it lacks, and a WebPage node fills
    // what it lacks, each at lower confidence.
    const [article, ...others] = found.filter((f) => f.rank < 100).sort((a, b) => a.rank - b.rank);
    const webPage = found.find((f) => f.rank >= 100);
    const claims: AnyClaim[] = [];
    const add = (pick: (typeof found)[number] | undefined, confidence: number, only?: (field: string) => boolean): void => {
      if (pick === undefined) return;
      for (const value of valuesOf(pick.node, ids, ctx.url))
        if (only === undefined || only(value.field)) claims.push(metadataClaim(value, pick.span, confidence, NAME));
    };
    add(article, 0.9);
    // Only a node of the same page fills dates: a related story's node states its own.
    const here = new Set([...pageRefs(article?.node), ...(ctx.url ? [withoutFragment(ctx.url)] : [])]);
    for (const other of others) {
      if (!pageRefs(other.node).some((ref) => here.has(ref))) continue;
      const given = new Set<string>(claims.flatMap((c) => (c.kind === 'metadata' ? [c.value.field] : [])));
      add(other, 0.8, (field) => DATE_FIELDS.has(field) && !given.has(field));
    }
    add(webPage, 0.5);
    const site = sites[0];
    if (site && !claims.some((c) => c.kind === 'metadata' && c.value.field === 'siteName'))
      claims.push(metadataClaim({ field: 'siteName', source: 'json-ld', key: 'WebSite', text: site.name }, site.span, 0.6, NAME));
    return claims.filter((c) => c.end <= ctx.input.length && c.end > c.start);
  },
};
