/**
 * Publishing counters in a page's chrome: "20/03/2018 (38) 19/03/2018 (41) … Total: 135,520 content".
 *
 * @module
 */
import { dayNumber, isoDate, isValidDate } from '../dates/civil.js';
import { fold } from '../text.js';
import { ARCHIVE_NOUNS } from '../data/archive-nouns.js';
import type { AnyClaim, Archive, Parser } from '../types.js';
import { claimIn } from './claim.js';
import { CONFIDENCE } from './confidence.js';

/**
 * How to read a numeric date such as "03/04/2018": day first (`dmy`) or month first (`mdy`).
 *
 * @group Parts
 * @category Archive
 */
export type DateOrder = 'dmy' | 'mdy';

/**
 * A problem found while reading counters, before it is placed in the input, e.g. `ambiguous-date` for "03/04/2018 (7) Total: 99 content".
 *
 * @group Parts
 * @category Archive
 */
export interface ArchiveIssue {
  /** The warning code it becomes, e.g. `"ambiguous-date"`. */
  code: 'ambiguous-date' | 'invalid-date';
  /** What is wrong, e.g. `"The counter dates are not real days in either order."`. */
  message: string;
}

/**
 * Counters found in a string, e.g. "20/03/2018 (38) Total: 135,520 content": `[start, end)` indices, the value (null when the dates cannot be read) and problems.
 *
 * @group Parts
 * @category Archive
 */
export interface ArchiveMatch {
  /** Index in the string where the counters start. */
  start: number;
  /** Index just past them. */
  end: number;
  /** The counters read, e.g. `{ daily: [{ date: "2018-03-20", count: 38 }], total: 135520 }`; `null` when the dates cannot be read. */
  value: Archive | null;
  /** What is odd about them; `[]` when nothing is. */
  issues: ArchiveIssue[];
}


const NAME = 'archive';
/** At least this many daily entries make counters without a total. */
const MIN_DAILY_ALONE = 2;
const MAX_GAP = 9;

const NOUNS = `(?:${[...ARCHIVE_NOUNS].sort((a, b) => b.length - a.length).join('|')})(?!\\p{L})`;
/** "20/03/2018 (38)", also with "." or "-" between the date's parts. */
const ENTRY = /(?<![\p{N}/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d/.-]\d)[ ]{0,3}\((\d{1,3}(?:,\d{3}){1,3}|\d{1,9})\)/gu;
/** What may separate two entries, or the last entry and the total. */
const GAP = /^[ ]{0,4}[|,;·•-]?[ ]{0,4}$/;
const TOTAL_BODY = `Total(?:[ ]{1,3}(?<n1>${NOUNS}))?[ ]{0,3}:?[ ]{0,3}(?<total>\\d{1,3}(?:[,.]\\d{3}){1,4}|\\d{1,12})(?![\\d,.]?\\d)(?:[ ]{1,3}(?<n2>${NOUNS}))?`;
/** A total anywhere: "Total: 135,520 content". */
const TOTAL = new RegExp(`(?<!\\p{L})${TOTAL_BODY}`, 'giu');
/** A total right after the daily entries. */
const TOTAL_AFTER = new RegExp(`[ ]{0,4}[|,;·•-]?[ ]{0,4}${TOTAL_BODY}`, 'iuy');
const THOUSANDS = /[,.]/g;
const DIGIT = /\d/;
const TOTAL_WORD = /total/i;

/** One "date (count)" entry, with both readings of the date still open. */
interface Entry {
  /** The date as written, "03/04/2018". */
  date: string;
  start: number;
  end: number;
  first: number;
  second: number;
  year: number;
  count: number;
}

/** The entries' dates read in one order, or `null` when one of them is not a real day. */
function readDates(entries: readonly Entry[], order: DateOrder): string[] | null {
  const dates: string[] = [];
  for (const e of entries) {
    const [day, month] = order === 'dmy' ? [e.first, e.second] : [e.second, e.first];
    if (!isValidDate(e.year, month, day)) return null;
    dates.push(isoDate(e.year, month, day));
  }
  return dates;
}

/** Whether dates run one day apart, all forwards or all backwards. */
function consecutive(dates: readonly string[] | null): boolean {
  if (dates === null || dates.length < 2) return false;
  const days = dates.map(dayNumber);
  const step = (days[1] ?? NaN) - (days[0] ?? NaN);
  if (step !== 1 && step !== -1) return false;
  return days.every((d, i) => i === 0 || d === (days[i - 1] ?? NaN) + step);
}

/**
 * Decides the numeric date order from evidence: only one reading gives real days, or only
 * one gives consecutive days; else the site's order; else day first with an `ambiguous-date` issue.
 */
function dailyOf(
  entries: readonly Entry[],
  dateOrder: DateOrder | undefined,
  issues: ArchiveIssue[],
): Archive['daily'] | null {
  const dmy = readDates(entries, 'dmy');
  const mdy = readDates(entries, 'mdy');
  let dates: string[] | null;
  if (dmy === null || mdy === null || dmy.join() === mdy.join()) dates = dmy ?? mdy;
  else if (consecutive(dmy) !== consecutive(mdy)) dates = consecutive(dmy) ? dmy : mdy;
  else if (dateOrder !== undefined) dates = dateOrder === 'dmy' ? dmy : mdy;
  else {
    dates = dmy;
    issues.push({
      code: 'ambiguous-date',
      message: `Dates such as "${entries[0]?.date}" read either way and nothing decides; read as day/month.`,
    });
  }
  if (dates === null) {
    issues.push({ code: 'invalid-date', message: 'The counter dates are not real days in either order.' });
    return null;
  }
  return dates.map((date, i) => ({ date, count: entries[i]?.count ?? 0 }));
}

/** Reads the number of a total such as "135,520". */
function totalOf(digits: string | undefined): number | null {
  return digits === undefined ? null : Number(digits.replace(THOUSANDS, ''));
}

/** Groups entries separated only by spaces or a single "|" into runs. */
function runsOf(text: string, entries: readonly Entry[]): Entry[][] {
  const runs: Entry[][] = [];
  let run: Entry[] = [];
  for (const e of entries) {
    const last = run[run.length - 1];
    if (last !== undefined) {
      const gap = e.start - last.end;
      if (gap > MAX_GAP || !GAP.test(text.slice(last.end, e.start))) {
        runs.push(run);
        run = [];
      }
    }
    run.push(e);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * Finds publishing counters in a string: runs of "dd/mm/yyyy (n)" and an optional
 * "Total: n content", or a total alone when a noun such as "content" marks it.
 *
 * @example findArchives("20/03/2018 (38) 19/03/2018 (41) Total: 135,520 content")[0]?.value?.total === 135520
 * @group Parts
 * @category Archive
 */
export function findArchives(text: string, dateOrder?: DateOrder): ArchiveMatch[] {
  return archivesIn(fold(text), dateOrder);
}

/** {@link findArchives} in text already folded (a block's `text`). */
export function archivesIn(folded: string, dateOrder?: DateOrder): ArchiveMatch[] {
  // Cheap tests first: an entry needs "(" and a digit, a total the word "Total".
  const hasTotal = TOTAL_WORD.test(folded);
  if (!DIGIT.test(folded) || (!hasTotal && !folded.includes('('))) return [];
  const entries: Entry[] = [];
  for (const m of folded.matchAll(ENTRY)) {
    entries.push({
      date: `${m[1]}${m[2]}${m[3]}${m[2]}${m[4]}`,
      start: m.index,
      end: m.index + m[0].length,
      first: Number(m[1]),
      second: Number(m[3]),
      year: Number(m[4]),
      count: Number((m[5] ?? '0').replace(THOUSANDS, '')),
    });
  }
  const found: ArchiveMatch[] = [];
  for (const run of runsOf(folded, entries)) {
    const first = run[0];
    const last = run[run.length - 1];
    if (first === undefined || last === undefined) continue;
    TOTAL_AFTER.lastIndex = last.end;
    const t = TOTAL_AFTER.exec(folded);
    if (t === null && run.length < MIN_DAILY_ALONE) continue;
    const end = t === null ? last.end : last.end + t[0].length;
    const issues: ArchiveIssue[] = [];
    const daily = dailyOf(run, dateOrder, issues);
    const value = daily === null ? null : { daily, total: totalOf(t?.groups?.total) };
    found.push({ start: first.start, end, value, issues });
  }
  const whole = folded.trim();
  for (const m of hasTotal ? folded.matchAll(TOTAL) : []) {
    if (found.some((f) => m.index < f.end && m.index + m[0].length > f.start)) continue;
    const g = m.groups ?? {};
    if (g.n1 === undefined && g.n2 === undefined && m[0] !== whole) continue;
    found.push({ start: m.index, end: m.index + m[0].length, value: { daily: [], total: totalOf(g.total) }, issues: [] });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Reads the first publishing counters in a string, or `null`; problems are not reported.
 *
 * @example readArchive("20/03/2018 (38) 19/03/2018 (41) Total: 135,520 content")?.daily[0] // { date: "2018-03-20", count: 38 }
 * @group Parts
 * @category Archive
 */
export function readArchive(text: string, options: { dateOrder?: DateOrder } = {}): Archive | null {
  for (const match of findArchives(text, options.dateOrder)) if (match.value) return match.value;
  return null;
}

/**
 * Claims publishing counters inside any block, "20/03/2018 (38) … Total: 135,520 content", and
 * warns `ambiguous-date` (order not decidable, read day first) or `invalid-date`.
 *
 * @example
 * runParser(archiveParser, '20/03/2018 (38) 19/03/2018 (41) Total: 135,520 content')[0]?.value;
 * // { daily: [{ date: '2018-03-20', count: 38 }, { date: '2018-03-19', count: 41 }], total: 135520 }
 * @group Parts
 * @category Archive
 */
export const archiveParser: Parser = {
  name: NAME,
  parse(ctx) {
    const claims: AnyClaim[] = [];
    for (const block of ctx.blocks) {
      for (const match of archivesIn(block.text, ctx.profile?.dateOrder)) {
        const span = { start: block.at(match.start), end: block.at(match.end) };
        for (const issue of match.issues) ctx.warn(issue.code, issue.message, span);
        if (match.value === null) continue;
        const { daily, total } = match.value;
        const confidence =
          daily.length > 0 && total !== null ? CONFIDENCE.strong : daily.length > 0 ? CONFIDENCE.good : CONFIDENCE.fair;
        claims.push(claimIn(block, match.start, match.end, 'archive', match.value, confidence, NAME));
      }
    }
    return claims;
  },
};
