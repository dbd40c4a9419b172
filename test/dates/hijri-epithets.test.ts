import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HIJRI_EPITHET_ARTICLES, HIJRI_MONTH_EPITHETS, HIJRI_MONTH_NAMES } from '../../src/data/hijri-months.js';
import { isoWeekday, parseIsoDate } from '../../src/dates/civil.js';
import { gregorianOf } from '../../src/dates/hijri.js';
import { HIJRI_NAME_PATTERN, hijriMonthNumber } from '../../src/dates/names.js';
import { parseArticle, toJSON } from '../../src/index.js';
import { readPageDate } from '../../src/parsers/page-date.js';

const ARABIC = /[\u0600-\u06ff]/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const NAME = new RegExp(`^${HIJRI_NAME_PATTERN}$`, 'u');

/** The spelling with its apostrophes and hyphens varied. */
function variants(name: string): string[] {
  return [...new Set([name, name.replace(/'/g, 'ʿ'), name.replace(/'/g, '’'), name.replace(/['’]/g, ''), name.replace(/-/g, ' ')])];
}

/** The month spelling, epithet and joiner of each written pair. */
const PARTS = new Map<string, readonly [string, string, string]>();

/** Every month spelling with every epithet of its month in the same script, joined by a space or a hyphen. */
const PAIRS = HIJRI_MONTH_NAMES.flatMap((row) =>
  HIJRI_MONTH_EPITHETS.filter((e) => e.months.includes(row.month) && ARABIC.test(e.epithet) === ARABIC.test(row.name)).flatMap(
    (e) =>
      (ARABIC.test(e.epithet) ? [' '] : [' ', '-']).map((joiner) => {
        const written = `${row.name}${joiner}${e.epithet}`;
        PARTS.set(written, [row.name, e.epithet, joiner]);
        return [written, row.month] as const;
      }),
  ),
);

describe('Hijri months with their epithets', () => {
  it('covers every month that has a customary epithet, in both scripts', () => {
    for (const month of [1, 2, 3, 7, 8, 9, 10, 11, 12]) {
      const scripts = HIJRI_MONTH_EPITHETS.filter((e) => e.months.includes(month)).map((e) => ARABIC.test(e.epithet));
      expect(scripts, `month ${month}`).toContain(true);
      expect(scripts, `month ${month}`).toContain(false);
    }
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])('month %i: every spelling × epithet × article × apostrophe/hyphen form is read', (month) => {
    for (const [written, m] of PAIRS.filter(([, m]) => m === month)) {
      const [name, epithet, joiner] = PARTS.get(written)!;
      const bare = epithet.replace(/^(?:al|ash)-/, '');
      const forms = ARABIC.test(written)
        ? [written]
        : HIJRI_EPITHET_ARTICLES.flatMap((a) => variants(`${name}${joiner}${a === '' ? '' : `${a}-`}${bare}`));
      for (const form of forms) {
        expect(hijriMonthNumber(form), form).toBe(m);
        expect(NAME.test(form), form).toBe(true);
      }
    }
  });

  it.each([
    ['Muharram al-Haram', 1],
    ['Muharram-ul-Haram', 1],
    ['Safar al-Muzaffar', 2],
    ['Safar-ul-Muzaffar', 2],
    ['Safar al-Khayr', 2],
    ["Rabi' al-Awwal al-Sharif", 3],
    ['Rabi ul Awwal Sharif', 3],
    ["Rabi' al-Anwar", 3],
    ['Rajab al-Murajjab', 7],
    ['Rajab al-Asabb', 7],
    ["Sha'ban al-Mu'azzam", 8],
    ['Ramadan al-Mubarak', 9],
    ['Ramazan-ul-Mubarak', 9],
    ['Ramadan Kareem', 9],
    ['Shawwal al-Mukarram', 10],
    ["Dhu al-Qa'dah al-Haram", 11],
    ['Dhul Hijjah al-Haram', 12],
    ['محرم الحرام', 1],
    ['صفر المظفر', 2],
    ['صفر الخير', 2],
    ['ربيع الأول الشريف', 3],
    ['ربيع الأنور', 3],
    ['رجب المرجب', 7],
    ['رجب الأصب', 7],
    ['شعبان المعظم', 8],
    ['رمضان المبارك', 9],
    ['رمضان الكريم', 9],
    ['شوال المكرم', 10],
    ['ذو القعدة الحرام', 11],
    ['ذو الحجة الحرام', 12],
  ] as const)('%s is month %i', (name, month) => {
    expect(hijriMonthNumber(name)).toBe(month);
  });

  it.each([
    'al-Haram', // an epithet alone
    'Safar al-Mubarak', // an epithet of another month
    'Shawwal al-Haram', // Shawwal is not a sacred month
    'رمضان المظفر',
    'Ramadan al-Mubarak al-Mubarak',
    'March al-Haram',
  ])('%s is not a month', (name) => {
    expect(hijriMonthNumber(name)).toBeNull();
  });
});

/** The banner for 10 <month> 1440 (umm al-qura), as the seed sites print it. */
function banner(spelling: string, month: number): { text: string; gregorian: string } {
  const gregorian = gregorianOf({ year: 1440, month, day: 10 }, 'islamic-umalqura')!;
  const d = parseIsoDate(gregorian)!;
  const weekday = WEEKDAYS[isoWeekday(d.year, d.month, d.day) - 1]!;
  return { text: `${d.day} ${MONTHS[d.month - 1]} ${d.year} - ${weekday} - 10 ${spelling} 1440`, gregorian };
}

describe('page dates whose month carries its epithet', () => {
  it.each(PAIRS.flatMap(([written, month]) => ['', ' AH', ' هـ'].map((suffix) => [written, month, suffix] as const)))(
    '"10 %s 1440%s" is month %i, monthName as written',
    (written, month, suffix) => {
      const { text, gregorian } = banner(written, month);
      expect(readPageDate(text + suffix), text).toMatchObject({
        gregorian,
        hijri: { year: 1440, month, day: 10, monthName: written },
        calendar: 'islamic-umalqura',
        offsetDays: 0,
      });
    },
  );

  it.each([
    ['000_f69f3540a3bdc296', '4 Rajab 1439', '4 Rajab al-Murajjab 1439', 'Rajab al-Murajjab'],
    ['000_f69f3540a3bdc296', '4 Rajab 1439', '4 رجب المرجب 1439', 'رجب المرجب'],
    ['001_afca6202e326a0f2', '7 Dhul-Qaʿda 1439', '7 Dhul-Qaʿda al-Haram 1439', 'Dhul-Qaʿda al-Haram'],
  ])('seed %s with "%s" written "%s": title, counters, site and page date still read', (seed, from, to, monthName) => {
    const dir = new URL(`../../fixtures/seeds/${seed}/`, import.meta.url);
    const input = readFileSync(new URL('input.txt', dir), 'utf8');
    expect(input).toContain(from);
    const expected = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8'));
    const got = toJSON(parseArticle(input.replace(from, to)));
    expect(got.title).toBe(expected.title);
    expect(got.archive).toEqual(expected.archive);
    expect(got.site).toEqual(expected.site);
    expect(got.body).toEqual(expected.body);
    expect(got.pageDate).toEqual({
      ...expected.pageDate,
      raw: expected.pageDate.raw.replace(from, to),
      hijri: { ...expected.pageDate.hijri, monthName },
    });
  });

  it.each(
    HIJRI_MONTH_EPITHETS.flatMap((e) =>
      e.months.map((month) => {
        const name = HIJRI_MONTH_NAMES.find((r) => r.month === month && ARABIC.test(r.name) === ARABIC.test(e.epithet))!.name;
        return [`${name} ${e.epithet}`, month] as const;
      }),
    ),
  )('seed 000 with its Hijri month written "%s": title, counters and social bar kept, month %i read', (written, month) => {
    const dir = new URL('../../fixtures/seeds/000_f69f3540a3bdc296/', import.meta.url);
    const input = readFileSync(new URL('input.txt', dir), 'utf8');
    const expected = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8'));
    const got = toJSON(parseArticle(input.replace('4 Rajab 1439', `4 ${written} 1439`)));
    expect(got.title).toBe(expected.title);
    expect(got.archive).toEqual(expected.archive);
    expect(got.site).toEqual(expected.site);
    expect(got.pageDate?.gregorian).toBe('2018-03-21');
    expect(got.pageDate?.hijri).toEqual({ year: 1439, month, day: 4, monthName: written });
  });
});
