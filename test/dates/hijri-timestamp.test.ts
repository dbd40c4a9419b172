import { describe, expect, it } from 'vitest';
import { gregorianOf, hijriOf, parseArticle, readPublished, toJSON } from '../../src/index.js';
import { findTimestamps } from '../../src/dates/timestamp.js';

describe('publication times written in the Hijri calendar', () => {
  it.each([
    // [line, Gregorian local time, reckoning]
    ['12 Shawwal 1445 AH, 09:15', '2024-04-21T09:15:00', 'islamic-umalqura'],
    ['Posted on 12 Shawwal 1445 AH', '2024-04-21T00:00:00', 'islamic-umalqura'],
    ['١٢ شوال ١٤٤٥ هـ - ٠٩:١٥ م', '2024-04-21T21:15:00', 'islamic-umalqura'],
    ['الأحد ١٢ شوال ١٤٤٥ هـ', '2024-04-21T00:00:00', 'islamic-umalqura'],
    ['12 Shawwal 1445, 9:15 pm', '2024-04-21T21:15:00', 'islamic-umalqura'],
  ])('%j is %s (%s)', (line, local, calendar) => {
    const p = readPublished(line);
    expect(p?.local).toBe(local);
    expect(p?.implied?.from).toBe('calendar');
    expect(p?.implied?.reference).toContain(calendar);
  });

  it('takes the reckoning a written weekday agrees with', () => {
    // 13 Shawwal 1445 is a Sunday only in a reckoning a day behind Umm al-Qura.
    const m = findTimestamps('Sunday 13 Shawwal 1445 AH')[0];
    expect(m?.weekdayMismatch).toBe(false);
    expect(m?.calendar?.name).not.toBe('islamic-umalqura');
    const back = hijriOf(`${m!.year}-${String(m!.month).padStart(2, '0')}-${String(m!.day).padStart(2, '0')}`, m!.calendar!.name);
    expect(back).toMatchObject({ year: 1445, month: 10, day: 13 });
  });

  it.each([
    ['1 Muharram 1446 AH', { year: 1446, month: 1, day: 1 }],
    ['29 Dhu al-Hijjah 1445 AH', { year: 1445, month: 12, day: 29 }],
    ['15 Ramadan 1444 AH, 03:00', { year: 1444, month: 9, day: 15 }],
  ])('%j is the Gregorian day ICU gives in the reckoning it names', (line, hijri) => {
    const m = findTimestamps(line)[0]!;
    const iso = `${m.year}-${String(m.month).padStart(2, '0')}-${String(m.day).padStart(2, '0')}`;
    expect(iso).toBe(gregorianOf(hijri, m.calendar!.name));
  });

  it.each([
    // A Hijri date alone, with neither era nor time, is a banner's second calendar.
    ['12 Shawwal 1445'],
    // No such month.
    ['12 Shawwalx 1445 AH'],
    // No such day in any reckoning.
    ['31 Shawwal 1445 AH'],
    // Outside the years ICU's Hijri calendars are checked for here.
    ['12 Shawwal 1045 AH'],
  ])('%j is no publication time', (line) => {
    expect(readPublished(line)).toBeNull();
  });

  it('gives the article its publication time, marked implied by the calendar', () => {
    const a = parseArticle('Rain returns to the valley\n\n١٢ شوال ١٤٤٥ هـ - ٠٩:١٥ ص\n\nThe first rain in four months fell on the valley overnight, filling the old cisterns above the town and closing two roads.\n');
    expect(toJSON(a).published).toMatchObject({ local: '2024-04-21T09:15:00', precision: 'minute', implied: { from: 'calendar' } });
    expect(a.body.join(' ')).not.toContain('١٤٤٥');
  });
});
