import { describe, expect, it } from 'vitest';
import { HIJRI_MONTH_NAMES } from '../../src/data/hijri-months.js';
import { isoWeekday, parseIsoDate } from '../../src/dates/civil.js';
import { gregorianOf } from '../../src/dates/hijri.js';
import { readPageDate } from '../../src/parsers/page-date.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** The spelling as written in the table, and with its apostrophes and hyphens varied. */
function variants(name: string): string[] {
  return [...new Set([name, name.replace(/'/g, 'ʿ'), name.replace(/'/g, '’'), name.replace(/'/g, ''), name.replace(/-/g, ' ')])];
}

/** The banner for 10 <month> 1440 (umm al-qura), as the seed sites print it. */
function banner(spelling: string, month: number, suffix: string): { text: string; gregorian: string } {
  const gregorian = gregorianOf({ year: 1440, month, day: 10 }, 'islamic-umalqura')!;
  const d = parseIsoDate(gregorian)!;
  const weekday = WEEKDAYS[isoWeekday(d.year, d.month, d.day) - 1]!;
  return { text: `${d.day} ${MONTHS[d.month - 1]} ${d.year} - ${weekday} - 10 ${spelling} 1440${suffix}`, gregorian };
}

const CASES = HIJRI_MONTH_NAMES.flatMap((row) =>
  variants(row.name).flatMap((spelling) => ['', ' AH', ' هـ'].map((suffix) => [spelling, row.month, suffix] as const)),
);

describe('the banner family with every Hijri month spelling', () => {
  it.each(CASES)('"10 %s 1440%s" is month %i', (spelling, month, suffix) => {
    const { text, gregorian } = banner(spelling, month, suffix);
    const value = readPageDate(text);
    expect(value, text).toMatchObject({
      gregorian,
      hijri: { year: 1440, month, day: 10, monthName: spelling },
      calendar: 'islamic-umalqura',
      offsetDays: 0,
    });
  });
});
