import { describe, expect, it } from 'vitest';
import { findTimestamps, FORMATS } from '../../src/dates/timestamp.js';

/** The one timestamp of `text`, which spans it all and reads as the given parts. */
function onlyTimestamp(text: string, [year, month, day, hour, minute]: readonly (number | undefined)[]) {
  const [m, ...rest] = findTimestamps(text);
  expect(rest).toEqual([]);
  expect(m).toMatchObject({ start: 0, end: text.length, year, month, day });
  expect([m!.hour, m!.minute]).toEqual([hour, minute]);
  return m!;
}

describe('findTimestamps: numeric and Arabic forms', () => {
  it.each([
    ['18/01/2017 - 22:52', [2017, 1, 18, 22, 52], 'dmy', 'intrinsic'],
    ['18.01.2017 | 22:52', [2017, 1, 18, 22, 52], 'dmy', 'intrinsic'],
    ['18-01-2017 22:52', [2017, 1, 18, 22, 52], 'dmy', 'intrinsic'],
    ['01/18/2017 10:52 pm', [2017, 1, 18, 22, 52], 'mdy', 'intrinsic'],
    ['05/05/2017', [2017, 5, 5, undefined, undefined], 'dmy', 'intrinsic'],
    ['03/04/2017', [2017, 4, 3, undefined, undefined], 'dmy', 'default'],
    ['Wed 18/01/2017', [2017, 1, 18, undefined, undefined], 'dmy', 'intrinsic'],
  ] as const)('%j', (text, parts, order, by) => {
    expect(onlyTimestamp(text, parts).numeric).toMatchObject({ order, by });
  });

  it.each([
    ['2017.01.18', [2017, 1, 18, undefined, undefined]],
    ['2017/01/18 22:52', [2017, 1, 18, 22, 52]],
    ['2017.03.04', [2017, 3, 4, undefined, undefined]],
  ] as const)('%j is read year, month, day', (text, parts) => {
    expect(onlyTimestamp(text, parts).numeric).toBeUndefined();
  });

  it.each([['2017.1.18'], ['2017.01/18'], ['2017.13.01'], ['v2017.01.18'], ['2017.01.18.2'], ['1395/10/30'], ['2017-01.18']])(
    '%j is no year-first date',
    (text) => {
      expect(findTimestamps(text).filter((m) => m.year === 2017 || m.year === 1395)).toEqual([]);
    },
  );

  it.each([
    ['03/04/2017', 'mdy', [3, 4]],
    ['03/04/2017', 'dmy', [4, 3]],
    ['13/04/2017', 'mdy', [4, 13]],
  ] as const)('%j read %s gives month/day %j', (text, dateOrder, [month, day]) => {
    expect(findTimestamps(text, { dateOrder })[0]).toMatchObject({ month, day });
  });

  it.each([
    ['١٨ يناير ٢٠١٧ - ٢٢:٥٢', [2017, 1, 18, 22, 52]],
    ['18 كانون الثاني 2017 - 22:52', [2017, 1, 18, 22, 52]],
    ['3 تشرين الأول 2017', [2017, 10, 3, undefined, undefined]],
    ['الأربعاء، 18 يناير 2017', [2017, 1, 18, undefined, undefined]],
    ['الأربعاء 18 يناير 2017 الساعة 22:52', [2017, 1, 18, 22, 52]],
    ['۱۸ January ۲۰۱۷ ۲۲:۵۲', [2017, 1, 18, 22, 52]],
    ['١٨/٠١/٢٠١٧ - ٢٢:٥٢', [2017, 1, 18, 22, 52]],
    ['5 جوان 2017', [2017, 6, 5, undefined, undefined]],
  ] as const)('%j', (text, parts) => {
    onlyTimestamp(text, parts);
  });

  it.each([
    ['١٨ يناير ٢٠١٧ - ١٠:٥٢ م', 22, 52],
    ['١٨ يناير ٢٠١٧ - ١٠:٥٢ ص', 10, 52],
    ['18 يناير 2017 الساعة 12:05 ص', 0, 5],
    ['18 يناير 2017 الساعة 12:05 م', 12, 5],
    ['18 يناير 2017 10:52 مساءً', 22, 52],
    ['18 يناير 2017 10:52 صباحاً', 10, 52],
    ['18 يناير 2017 10:52م', 22, 52],
    ['18 January 2017 ۱۰:۵۲ ب.ظ', 22, 52],
    ['18 January 2017 ۱۰:۵۲ ق.ظ', 10, 52],
    ['18/01/2017 - 03:15 م', 15, 15],
    ['18 يناير 2017 - 22:52 م', 22, 52],
  ] as const)('%j: the Arabic or Persian 12-hour marker gives hour %i', (text, hour, minute) => {
    const [m, ...rest] = findTimestamps(text);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ start: 0, end: text.length, year: 2017, month: 1, day: 18, hour, minute });
  });

  it('does not take the first letter of a following word for a marker', () => {
    const text = '18 يناير 2017 10:52 مكة المكرمة';
    expect(findTimestamps(text).map((m) => [text.slice(m.start, m.end), m.hour])).toEqual([['18 يناير 2017 10:52', 10]]);
  });

  it.each([
    ['الخميس 18 يناير 2017', true],
    ['الأربعاء 18 يناير 2017', false],
  ])('%j: weekday mismatch %s', (text, mismatch) => {
    expect(findTimestamps(text)[0]?.weekdayMismatch).toBe(mismatch);
  });

  it.each([
    ['a score', 'won 3-1'],
    ['a version', '2.10.3'],
    ['a phone number', '555-123-4567'],
    ['a dotted phone number', '555.123.4567'],
    ['a bare year', '2017'],
    ['a month and day', '03/04'],
    ['mixed separators', '03/04-2017'],
    ['both parts above 12', '13/13/2017'],
    ['an impossible day', '31/04/2017'],
    ['a longer number run', '12/03/2017/5'],
    ['a two-digit year with dots (a version)', '03.04.17'],
  ])('%s: %j is not a timestamp', (_, text) => {
    expect(findTimestamps(text)).toEqual([]);
  });
});

// findTimestamps walks each format with exec: a format that matched an empty string would stall
// the walk, so none does, here or between the characters of a line (astral ones included).
describe('no format matches an empty string', () => {
  it.each(FORMATS.map((f) => [f.name, f] as const))('%s', (_, format) => {
    for (const text of ['', 'a\u{1D7D0}b', ' 2024 ']) {
      const sticky = new RegExp(format.pattern.source, format.pattern.flags);
      for (const m of text.matchAll(sticky)) expect(m[0].length).toBeGreaterThan(0);
    }
  });
});
