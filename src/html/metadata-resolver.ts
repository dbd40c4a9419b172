import { dayNumber } from '../dates/civil.js';
import { words } from '../slug.js';
import type { AnyClaim, Claim, MetadataValue, MetaSource, Published, Resolver } from '../types.js';

/** Which source wins a tie in confidence, per kind of field: dates and authors trust JSON-LD first. */
const DATE_SOURCES: readonly MetaSource[] = ['json-ld', 'meta', 'microdata', 'time-element', 'link', 'html'];
const TEXT_SOURCES: readonly MetaSource[] = ['link', 'html', 'meta', 'json-ld', 'microdata', 'time-element'];
const PRECISION_RANK = { day: 0, minute: 1, second: 2 } as const;
const DAY_MS = 86_400_000;
/** A headline that shares less than this (Dice coefficient of word sets) with every stated title is warned about. */
const MIN_TITLE_MATCH = 0.3;

/** Dice coefficient of two texts' word sets, 0..1. */
function titleMatch(a: string, b: string): number {
  const x = new Set(words(a));
  const y = new Set(words(b));
  if (x.size === 0 || y.size === 0) return 0;
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  return (2 * common) / (x.size + y.size);
}

type MetaClaim = Claim<'metadata'>;
type DateClaim = MetaClaim & { value: Extract<MetadataValue, { date: Published }> };

function isMeta(c: AnyClaim): c is MetaClaim {
  return c.kind === 'metadata';
}

function isDate(c: MetaClaim): c is DateClaim {
  return 'date' in c.value;
}

/** Orders claims of one field: confidence, then the source order, then position. */
function ranked<T extends MetaClaim>(claims: readonly T[], sources: readonly MetaSource[]): T[] {
  return [...claims].sort(
    (a, b) => b.confidence - a.confidence || sources.indexOf(a.value.source) - sources.indexOf(b.value.source) || a.start - b.start,
  );
}

/**
 * Whether two dates are at most a day apart: as instants when both have a zone and a time, else by their days.
 *
 * @group HTML
 */
export function withinADay(a: Published, b: Published): boolean {
  if (a.utc !== null && b.utc !== null && a.precision !== 'day' && b.precision !== 'day')
    return Math.abs(Date.parse(a.utc) - Date.parse(b.utc)) <= DAY_MS;
  const da = dayNumber(a.local.slice(0, 10));
  const db = dayNumber(b.local.slice(0, 10));
  return da !== null && db !== null && Math.abs(da - db) <= 1;
}

/** Whether `m` says more than `t`: a finer precision, or a zone where `t` has none. */
function morePrecise(m: Published, t: Published): boolean {
  const pm = PRECISION_RANK[m.precision];
  const pt = PRECISION_RANK[t.precision];
  return pm > pt || (pm === pt && (m.utc !== null || t.utc === null));
}

/** The best date of each metadata source, best first. */
function bestPerSource(claims: readonly DateClaim[]): DateClaim[] {
  const out: DateClaim[] = [];
  for (const c of ranked(claims, DATE_SOURCES)) if (!out.some((o) => o.value.source === c.value.source)) out.push(c);
  return out;
}

/**
 * Decides the article's metadata after `overlaps`: one value per field (the highest confidence,
 * ties by source), every page's tags kept, and the publication and update times cross-checked
 * against the visible text:
 *
 * - a visible date written relative ("2 days ago") takes the metadata's date;
 * - when the visible date and the metadata agree within a day, the more precise of the two
 *   stands (the metadata's, with its offset, unless the text says more); the segment stays the
 *   visible line;
 * - when they disagree by more than a day, `metadata-mismatch` is warned and the date more
 *   sources agree on stands — the visible text, each metadata source (JSON-LD, meta,
 *   microdata, `<time>`) and the URL's date each count once; on a tie the metadata stands, since a
 *   visible date may be a "today" banner or a teaser's;
 * - with no visible date, the metadata's date stands alone (a `metadata` claim, no segment).
 *
 * A visible headline that shares less than 30% of its words with every title the metadata
 * states (`og:title`, JSON-LD `headline`…) is warned about too (`metadata-mismatch`); it stands.
 *
 * @example
 * const page = '<article><h1>Floods</h1><p><time datetime="2019-11-19T06:56:43-05:00">Nov. 19, 2019</time></p><p>Water rose in the old city overnight, officials said.</p></article>';
 * parseArticle(page).published; // { local: '2019-11-19T06:56:43', zone: 'UTC-05:00', source: 'time-element' }
 * @group HTML
 */
export const metadataResolver: Resolver = {
  name: 'metadata',
  resolve(claims, ctx) {
    const metas = claims.filter(isMeta);
    if (metas.length === 0) return claims;
    const drop = new Set<AnyClaim>(metas);
    const replace = new Map<AnyClaim, AnyClaim>();
    const byField = new Map<string, MetaClaim[]>();
    for (const m of metas) {
      const list = byField.get(m.value.field);
      if (list === undefined) byField.set(m.value.field, [m]);
      else list.push(m);
    }
    for (const [field, list] of byField) {
      if (field === 'tags') for (const c of list) drop.delete(c);
      else if (field !== 'published' && field !== 'updated') {
        const best = ranked(list, field === 'authors' ? DATE_SOURCES : TEXT_SOURCES)[0];
        if (best) drop.delete(best);
      }
    }
    // The visible headline stands; a page whose stated titles all differ from it is warned about.
    const title = claims.find((c): c is Claim<'title'> => c.kind === 'title');
    const stated = (byField.get('title') ?? []).flatMap((c) => ('text' in c.value ? [c.value.text] : []));
    if (title !== undefined && stated.length > 0 && stated.every((t) => titleMatch(t, title.value.text) < MIN_TITLE_MATCH)) {
      ctx.warn(
        'metadata-mismatch',
        `The headline "${title.value.text}" shares little with the page's stated title "${stated[0]}"; the visible headline stands.`,
        { start: title.start, end: title.end },
      );
    }
    const urlDate = ctx.url === null ? null : /\/(\d{4})\/(\d{2})\/(\d{2})(?=\/|$|[?#])/.exec(ctx.url);
    for (const field of ['published', 'updated'] as const) {
      const dates = bestPerSource((byField.get(field) ?? []).filter(isDate));
      const best = dates[0];
      if (best === undefined) continue;
      const text = claims.find(
        (c): c is Claim<'published'> => c.kind === 'published' && (c.value.role === 'updated') === (field === 'updated'),
      );
      if (text === undefined) {
        drop.delete(best);
        continue;
      }
      const t = text.value;
      const m = best.value.date;
      const withRole = (p: Published): Published => (field === 'updated' ? { ...p, role: 'updated' } : p);
      if (t.implied !== undefined && t.implied.from !== 'url') {
        replace.set(text, { ...text, value: withRole({ ...m }) });
      } else if (withinADay(t, m)) {
        // The same day: the more precise stands. A day apart: the metadata is often in UTC while
        // the page shows its own day, so the visible date stands.
        if (t.local.slice(0, 10) === m.local.slice(0, 10) && morePrecise(m, t)) replace.set(text, { ...text, value: withRole({ ...m }) });
      } else {
        // Every other date the page states supports the one it agrees with: each metadata source
        // (both fields: a visible date is often the update time), and the URL's day.
        const stated = (['published', 'updated'] as const).flatMap((f) => bestPerSource((byField.get(f) ?? []).filter(isDate)).map((d) => d.value.date));
        const fromUrl: Published | null =
          urlDate === null ? null : { ...m, local: `${urlDate[1]}-${urlDate[2]}-${urlDate[3]}T00:00:00`, precision: 'day', utc: null };
        const agree = (p: Published) => (fromUrl !== null && withinADay(fromUrl, p) ? 1 : 0);
        const forText = 1 + stated.filter((o) => withinADay(o, t)).length + agree(t);
        const forMeta = dates.filter((o) => withinADay(o.value.date, m)).length + agree(m);
        const metaWins = forMeta > forText;
        ctx.warn(
          'metadata-mismatch',
          `The visible ${field === 'updated' ? 'update' : 'publication'} date ${t.local} and the ${best.value.source} date ${m.local} are more than a day apart; ${metaWins ? `the ${best.value.source} date` : 'the visible date'} stands (${Math.max(forText, forMeta)} source${Math.max(forText, forMeta) === 1 ? '' : 's'} against ${Math.min(forText, forMeta)}).`,
          { start: text.start, end: text.end },
        );
        if (metaWins) replace.set(text, { ...text, value: withRole({ ...m }) });
      }
    }
    return claims.filter((c) => !drop.has(c)).map((c) => replace.get(c) ?? c);
  },
};
