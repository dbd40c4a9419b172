import type { Article, ArticleJSON, DateJSON, Published } from './types.js';

/** A date in the contract's form: `source` defaults to `'text'`, `implied` to `null`. */
function dateJSON(p: Published | null): DateJSON | null {
  if (p === null) return null;
  return {
    raw: p.raw,
    local: p.local,
    precision: p.precision,
    zone: p.zone,
    utc: p.utc,
    source: p.source ?? 'text',
    zoneSource: p.zoneSource,
    implied: p.implied ? { from: p.implied.from, reference: p.implied.reference } : null,
  };
}

/**
 * Gives the exact JSON form of an article fixed by the contract (version 2): no claims,
 * credits as `{ text, role }`, dates with their `source`, keys in contract order.
 *
 * @example
 * const json = toJSON(parseArticle('Storm Hits Coast\n\n18 January 2017 22:52\n\nThe storm hit the coast.', { id: '000' }));
 * json.published; // { raw: '18 January 2017 22:52', local: '2017-01-18T22:52:00', source: 'text', zoneSource: null, implied: null }
 * JSON.stringify(json).length > 0; // true
 * @group Parse
 */
export function toJSON(article: Article): ArticleJSON {
  return {
    id: article.id,
    url: article.url,
    site: { id: article.site.id, name: article.site.name, social: [...article.site.social] },
    canonicalUrl: article.canonicalUrl,
    language: article.language,
    description: article.description,
    image: article.image,
    section: article.section,
    tags: [...article.tags],
    title: article.title,
    labels: [...article.labels],
    published: dateJSON(article.published),
    updated: dateJSON(article.updated),
    pageDate: article.pageDate && {
      raw: article.pageDate.raw,
      gregorian: article.pageDate.gregorian,
      weekday: article.pageDate.weekday,
      hijri: article.pageDate.hijri && { ...article.pageDate.hijri },
      calendar: article.pageDate.calendar,
      offsetDays: article.pageDate.offsetDays,
    },
    archive: article.archive && {
      daily: article.archive.daily.map((d) => ({ date: d.date, count: d.count })),
      total: article.archive.total,
    },
    credits: article.credits.map((c) => ({ text: c.text, role: c.role })),
    authors: [...article.authors],
    captions: [...article.captions],
    body: [...article.body],
    embedded: article.embedded.map((e) => ({
      kind: e.kind,
      declaredLength: e.declaredLength,
      byteLength: e.byteLength,
      valid: e.valid,
      value: e.value,
    })),
    cruft: article.cruft.map((c) => ({ text: c.text, reason: c.reason })),
    segments: article.segments.map((s) => ({ kind: s.kind, start: s.start, end: s.end })),
    warnings: article.warnings.map((w) => ({ code: w.code, message: w.message, start: w.start, end: w.end })),
  };
}
