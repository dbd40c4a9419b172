import type { Article, ArticleJSON } from './types.js';

/**
 * Gives the exact JSON form of an article fixed by the contract: no claims, credits as
 * strings, `published` without `zoneSource`, keys in contract order.
 *
 * @example JSON.stringify(toJSON(parseArticle(text, { id: "000" })))
 */
export function toJSON(article: Article): ArticleJSON {
  const p = article.published;
  return {
    id: article.id,
    url: article.url,
    site: { id: article.site.id, name: article.site.name, social: [...article.site.social] },
    title: article.title,
    labels: [...article.labels],
    published: p && { raw: p.raw, local: p.local, precision: p.precision, zone: p.zone, utc: p.utc },
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
    credits: article.credits.map((c) => c.text),
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
