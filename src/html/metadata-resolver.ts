import { dayNumber } from '../dates/civil.js';
import { findTimestamps, offsetZoneName, toPublished } from '../dates/timestamp.js';
import { publishedFromUrl } from '../parsers/published.js';
import { words } from '../slug.js';
import { DATELINE_KEY } from './dateline-parser.js';
import { ORGANIZATION_AUTHOR } from './json-ld-parser.js';
import type { AnyClaim, Claim, MetadataValue, MetaSource, Published, Resolver } from '../types.js';

/** Which source wins a tie in confidence, per kind of field: dates and authors trust JSON-LD first. */
const DATE_SOURCES: readonly MetaSource[] = ['json-ld', 'meta', 'microdata', 'time-element', 'link', 'html', 'text'];
const TEXT_SOURCES: readonly MetaSource[] = ['link', 'html', 'text', 'meta', 'json-ld', 'microdata', 'time-element'];
const PRECISION_RANK = { day: 0, minute: 1, second: 2 } as const;
const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
/** Zone offsets are whole quarter hours, at most 14 hours either way. */
const OFFSET_STEP = 15;
const MAX_OFFSET = 14 * 60;
/** The most negative zone offset, UTC−12, in minutes west. */
const MIN_OFFSET = 12 * 60;
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

/** Whether two dates fall on the same local day, as written. */
function sameDay(a: Published, b: Published): boolean {
  return a.local.slice(0, 10) === b.local.slice(0, 10);
}

/** Whether `m` says more than `t`: a finer precision, or a zone where `t` has none. */
function morePrecise(m: Published, t: Published): boolean {
  const pm = PRECISION_RANK[m.precision];
  const pt = PRECISION_RANK[t.precision];
  return pm > pt || (pm === pt && (m.utc !== null || t.utc === null));
}

/** The best-ranked date, or one the same day that says more (a time where it gives only the day, a zone where it has none). */
function sharpest(dates: readonly DateClaim[]): DateClaim | undefined {
  let best = dates[0];
  for (const d of dates) {
    const [a, b] = [d.value.date, best?.value.date];
    if (b === undefined || !sameDay(a, b)) continue;
    const finer = PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision];
    if (finer > 0 || (finer === 0 && a.utc !== null && b.utc === null)) best = d;
  }
  return best;
}

/**
 * The visible time with its zone when the metadata states the same instant with an offset: a
 * page showing "Nov 18, 2019 11:03 PM" and stating `2019-11-19T07:03:25+00:00` is at UTC−08:00.
 * `null` unless both give the minute, the visible one has no zone, and the difference is a
 * real offset (a multiple of 15 minutes, at most 14 hours).
 */
function zonedBy(t: Published, m: Published): Published | null {
  if (t.utc !== null || m.utc === null || t.precision === 'day' || m.precision === 'day') return null;
  const shown = Date.parse(`${t.local}Z`);
  const instant = Date.parse(m.utc);
  if (Number.isNaN(shown) || Number.isNaN(instant)) return null;
  // The visible time is the instant in its zone, cut to the minute: the offset is the
  // difference rounded up to a whole minute.
  const offset = Math.ceil((shown - instant) / MINUTE_MS);
  if (offset % OFFSET_STEP !== 0 || Math.abs(offset) > MAX_OFFSET) return null;
  const utc = new Date(shown - offset * MINUTE_MS).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return { ...t, zone: offsetZoneName(offset), zoneSource: 'metadata', utc };
}

/**
 * Whether the metadata's instant can be the visible day somewhere on Earth (zones run from
 * UTC−12 to UTC+14): "December 18, 2025" and `2025-12-19T02:41:41Z` can be one moment, so the
 * instant says more than the day. Not when the URL's date is the visible day and not the
 * instant's (`/2025/12/18/`): the site files the article under the day it shows.
 */
function onShownDay(t: Published, m: Published, fromUrl: Published | null): boolean {
  if (t.precision !== 'day' || m.utc === null) return false;
  if (fromUrl !== null && sameDay(fromUrl, t) && !sameDay(fromUrl, m)) return false;
  const dayStart = Date.parse(`${t.local.slice(0, 10)}T00:00:00Z`);
  const instant = Date.parse(m.utc);
  return instant >= dayStart - MAX_OFFSET * MINUTE_MS && instant < dayStart + DAY_MS + MIN_OFFSET * MINUTE_MS;
}

/**
 * The other reading of a visible numeric date whose parts are both 12 or less and that was read
 * by default ("09.10.2024": 9 October read as 10 September), keeping its time and zone; `null`
 * for any other date.
 */
function otherReading(t: Published): Published | null {
  if (t.implied !== undefined || (t.source !== undefined && t.source !== 'text')) return null;
  const read = findTimestamps(t.raw)[0];
  if (read?.numeric?.by !== 'default' || read.numeric.first === read.numeric.second) return null;
  const swapped = findTimestamps(t.raw, { dateOrder: read.numeric.order === 'dmy' ? 'mdy' : 'dmy' })[0];
  if (swapped === undefined || swapped.start !== read.start) return null;
  const value = toPublished(swapped, t.raw, t.zone, t.zoneSource);
  return { ...t, local: value.local, utc: value.utc };
}

/** Whether an authors claim names only organizations: a JSON-LD Organization, or the site's own name. */
function namesOrganizations(c: MetaClaim, siteNames: ReadonlySet<string>): boolean {
  if (c.value.key === ORGANIZATION_AUTHOR) return true;
  return 'list' in c.value && c.value.list.length > 0 && c.value.list.every((n) => siteNames.has(n.toLowerCase()));
}

/** The site's names the metadata states (`og:site_name`, the JSON-LD publisher…), lower-cased. */
function siteNamesOf(claims: readonly AnyClaim[]): Set<string> {
  const out = new Set<string>();
  for (const c of claims) if (isMeta(c) && c.value.field === 'siteName' && 'text' in c.value) out.add(c.value.text.toLowerCase());
  return out;
}

/**
 * Whether an authors claim names only organizations: a JSON-LD Organization, or the site's own
 * name as the page's metadata states it.
 *
 * @example
 * const page = '<html><head><meta property="og:site_name" content="Mill Street Times"><meta name="author" content="Mill Street Times"></head><body><p>Water rose in the old city overnight, officials said.</p></body></html>';
 * const { claims } = parseArticle(page);
 * organizationOnly(chosenAuthors(claims)!, claims); // true
 * @group HTML
 */
export function organizationOnly(c: Claim<'metadata'>, claims: readonly AnyClaim[]): boolean {
  return namesOrganizations(c, siteNamesOf(claims));
}

/**
 * The authors claim that stands among a page's claims: the highest confidence, ties by source
 * (JSON-LD first); a list naming a person before one that is only an Organization's or the
 * site's own name (`og:site_name`, the JSON-LD publisher).
 *
 * @example
 * const page = '<html><head><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Jane Doe"}}</script></head><body><p>Water rose in the old city overnight, officials said.</p></body></html>';
 * chosenAuthors(parseArticle(page).claims)?.value; // { field: 'authors', source: 'json-ld', key: 'author', list: ['Jane Doe'] }
 * @group HTML
 */
export function chosenAuthors(claims: readonly AnyClaim[]): Claim<'metadata'> | undefined {
  const list = claims.filter((c): c is MetaClaim => isMeta(c) && c.value.field === 'authors');
  const siteNames = siteNamesOf(claims);
  // People before organizations: an author list that is only the site's or an Organization's
  // name gives way to a byline that names a person.
  const people = list.filter((c) => !namesOrganizations(c, siteNames));
  return ranked(people.length > 0 ? people : list, DATE_SOURCES)[0];
}

/** The best date of each metadata source, best first. */
function bestPerSource(claims: readonly DateClaim[]): DateClaim[] {
  const out: DateClaim[] = [];
  for (const c of ranked(claims, DATE_SOURCES)) if (!out.some((o) => o.value.source === c.value.source)) out.push(c);
  return out;
}

/**
 * Decides the article's metadata after `overlaps`: one value per field (the highest confidence,
 * ties by source; for authors, a list naming a person before one that is only an Organization
 * or the site's name), every page's tags kept, and the publication and update times
 * cross-checked against the visible date (a date line, else the dateline `html-dateline` reads),
 * compared with the best metadata date that agrees with it, else the best one:
 *
 * - a visible date written relative ("2 days ago") takes the metadata's date;
 * - a visible numeric date read day first because nothing decided ("09.10.2024") is read month
 *   first when only that reading agrees with a stated date (warned `ambiguous-date`);
 * - the same minute in another zone: the visible time stands, with the zone the metadata's
 *   instant implies (`zoneSource` `metadata`);
 * - within a day: the more precise of the two stands (the metadata's, with its offset, unless
 *   the text says more; a day-only visible date takes a metadata instant that can be that day
 *   in some zone, unless the URL's date is the visible day and not the instant's); the segment
 *   stays the visible line;
 * - more than a day apart: `metadata-mismatch` is warned; a visible date that is the page's
 *   stated update time gives way to the stated publication time; otherwise the date more
 *   sources agree on stands — the visible text, each metadata source (JSON-LD, meta,
 *   microdata, `<time>`) and the URL's date each count once; on a tie the visible date stands;
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
      else if (field === 'authors') {
        const best = chosenAuthors(metas);
        if (best) drop.delete(best);
      } else if (field !== 'published' && field !== 'updated') {
        const best = ranked(list, TEXT_SOURCES)[0];
        if (best) drop.delete(best);
      }
    }
    // The visible headline stands; a page whose stated titles all differ from it is warned about.
    const title = claims.find((c): c is Claim<'title'> => c.kind === 'title');
    const titles = (byField.get('title') ?? []).flatMap((c) => ('text' in c.value ? [c.value.text] : []));
    if (title !== undefined && titles.length > 0 && titles.every((t) => titleMatch(t, title.value.text) < MIN_TITLE_MATCH)) {
      ctx.warn(
        'metadata-mismatch',
        `The headline "${title.value.text}" shares little with the page's stated title "${titles[0]}"; the visible headline stands.`,
        { start: title.start, end: title.end },
      );
    }
    const fromUrl = publishedFromUrl(ctx.url);
    // Each metadata source's best date of a field; a dateline is visible text, not a source.
    const stated = (field: 'published' | 'updated'): DateClaim[] =>
      bestPerSource((byField.get(field) ?? []).filter((c): c is DateClaim => isDate(c) && c.value.key !== DATELINE_KEY));
    for (const field of ['published', 'updated'] as const) {
      // A dateline is visible text read from the article's header: it stands for the visible date
      // when no block is a timestamp by itself.
      const dateline = (byField.get(field) ?? []).filter(isDate).find((c) => c.value.key === DATELINE_KEY);
      const dates = stated(field);
      const text = claims.find(
        (c): c is Claim<'published'> => c.kind === 'published' && (c.value.role === 'updated') === (field === 'updated'),
      );
      const shown = text?.value ?? dateline?.value.date;
      // A numeric date that nothing on the page decided ("09.10.2024", read day first) is read
      // the other way when only that reading agrees with a stated date.
      const other = shown === undefined || dates.some((d) => withinADay(d.value.date, shown)) ? null : otherReading(shown);
      const settled = other !== null && dates.some((d) => withinADay(d.value.date, other));
      const t = settled ? other : shown;
      if (settled && t !== undefined) {
        const span = text ?? dateline!;
        ctx.warn('ambiguous-date', `"${t.raw}" reads as day/month or month/day; the page's stated date ${dates.find((d) => withinADay(d.value.date, t))!.value.date.local} settles it: ${t.local.slice(0, 10)}.`, {
          start: span.start,
          end: span.end,
        });
      }
      // The metadata date the visible one is checked against: the best that agrees with it
      // (a video's `uploadDate` ranked first must not outvote the article's own date), else the best.
      const agreeing = t === undefined ? [] : dates.filter((d) => withinADay(d.value.date, t));
      const best = sharpest(agreeing.length > 0 ? agreeing : dates);
      if (best === undefined || t === undefined) {
        const alone = text === undefined ? (best ?? dateline) : undefined;
        if (alone !== undefined) drop.delete(alone);
        continue;
      }
      const m = best.value.date;
      const top = dates[0]!;
      if (top !== best && !withinADay(top.value.date, t)) {
        const span = text ?? dateline!;
        ctx.warn(
          'metadata-mismatch',
          `The ${top.value.source} ${field === 'updated' ? 'update' : 'publication'} date ${top.value.date.local} is more than a day from the visible date ${t.local}, which the ${best.value.source} date agrees with; those stand.`,
          { start: span.start, end: span.end },
        );
      }
      const withRole = (p: Published): Published => (field === 'updated' ? { ...p, role: 'updated' } : p);
      // The metadata's date stands for the visible one: as the text claim's value, or in the dateline's place.
      const takeMetadata = (): void => {
        if (text !== undefined) replace.set(text, { ...text, value: withRole({ ...m }) });
        else drop.delete(best);
      };
      const keepVisible = (value: Published = t): void => {
        if (text !== undefined) {
          if (value !== shown) replace.set(text, { ...text, value: withRole(value) });
        } else if (dateline !== undefined) {
          drop.delete(dateline);
          if (value !== shown) replace.set(dateline, { ...dateline, value: { ...dateline.value, date: withRole(value) } });
        }
      };
      if (t.implied !== undefined && t.implied.from !== 'url') {
        takeMetadata();
      } else if (withinADay(t, m)) {
        // The same minute in another zone: the visible time stands, its zone what the metadata's
        // instant implies. Else, the same day: the more precise stands. A day apart: the metadata
        // is often in UTC while the page shows its own day, so the visible date stands.
        const zoned = zonedBy(t, m);
        if (zoned !== null) keepVisible(zoned);
        else if ((sameDay(t, m) || onShownDay(t, m, fromUrl)) && morePrecise(m, t)) takeMetadata();
        else keepVisible();
      } else {
        // No stated date of this field is within a day of the visible one (else it would be `best`).
        // A visible "publication" date that is the page's stated update time is that update time
        // (a page that shows only "Sep 4, 2025" when it was revised): the stated publication stands.
        const isUpdate = field === 'published' && stated('updated').some((u) => withinADay(u.value.date, t));
        // Otherwise the dates the page states vote for the one they agree with: each metadata
        // source, and the URL's day.
        const agree = (p: Published) => (fromUrl !== null && withinADay(fromUrl, p) ? 1 : 0);
        const forText = 1 + agree(t);
        const forMeta = dates.filter((o) => withinADay(o.value.date, m)).length + agree(m);
        const metaWins = isUpdate || forMeta > forText;
        const span = text ?? dateline!;
        const why = isUpdate
          ? `the visible date is the page's update time, so the ${best.value.source} date stands`
          : `${metaWins ? `the ${best.value.source} date` : 'the visible date'} stands (${Math.max(forText, forMeta)} source${Math.max(forText, forMeta) === 1 ? '' : 's'} against ${Math.min(forText, forMeta)})`;
        ctx.warn(
          'metadata-mismatch',
          `The visible ${field === 'updated' ? 'update' : 'publication'} date ${t.local} and the ${best.value.source} date ${m.local} are more than a day apart; ${why}.`,
          { start: span.start, end: span.end },
        );
        if (metaWins) takeMetadata();
        else keepVisible();
      }
    }
    return claims.filter((c) => !drop.has(c)).map((c) => replace.get(c) ?? c);
  },
};
