import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findTimestamps,
  isKnownZone,
  offsetZoneName,
  readTimestamp,
  toPublished,
  type TimestampMatch,
} from '../../src/dates/timestamp.js';

/** The one match in a string that must be exactly a timestamp. */
function only(text: string): TimestampMatch {
  const all = findTimestamps(text);
  expect(all, text).toHaveLength(1);
  return all[0]!;
}

describe('findTimestamps: formats', () => {
  it.each([
    // Seeds 000–003.
    ['18 January 2017 22:52', [2017, 1, 18, 22, 52, undefined], 'minute'],
    ['20 July 2017 13:25', [2017, 7, 20, 13, 25, undefined], 'minute'],
    ['30 June 2017 14:33', [2017, 6, 30, 14, 33, undefined], 'minute'],
    ['Thu Jan 19, 2017 11:42:31', [2017, 1, 19, 11, 42, 31], 'second'],
    // Other shapes pages use.
    ['January 18, 2017 at 10:52 pm', [2017, 1, 18, 22, 52, undefined], 'minute'],
    ['January 18, 2017 at 10:52 P.M.', [2017, 1, 18, 22, 52, undefined], 'minute'],
    ['Jan 1, 2017, 12:05 am', [2017, 1, 1, 0, 5, undefined], 'minute'],
    ['Jan. 18, 2017', [2017, 1, 18, undefined, undefined, undefined], 'day'],
    ['Sept. 5, 2017', [2017, 9, 5, undefined, undefined, undefined], 'day'],
    ['March 26th, 2017', [2017, 3, 26, undefined, undefined, undefined], 'day'],
    ['1st of May 2017', [2017, 5, 1, undefined, undefined, undefined], 'day'],
    ['18 January 2017', [2017, 1, 18, undefined, undefined, undefined], 'day'],
    ['18 Jan 2017, 22:52', [2017, 1, 18, 22, 52, undefined], 'minute'],
    ['18 January 2017 - 22:52', [2017, 1, 18, 22, 52, undefined], 'minute'],
    ['Wednesday, 18 January 2017', [2017, 1, 18, undefined, undefined, undefined], 'day'],
    ['Friday Dec 29 2017 04:24', [2017, 12, 29, 4, 24, undefined], 'minute'],
    ['22:52, 18 January 2017', [2017, 1, 18, 22, 52, undefined], 'minute'],
    ['2017-01-18', [2017, 1, 18, undefined, undefined, undefined], 'day'],
    ['2017-01-18 22:52', [2017, 1, 18, 22, 52, undefined], 'minute'],
    ['2017-01-18T22:52:00+03:00', [2017, 1, 18, 22, 52, 0], 'second'],
    ['2017-01-18T22:52:00.123Z', [2017, 1, 18, 22, 52, 0], 'second'],
    ['29 February 2016', [2016, 2, 29, undefined, undefined, undefined], 'day'],
  ] as const)('%j', (text, [year, month, day, hour, minute, second], precision) => {
    const m = only(text);
    expect(m).toMatchObject({ start: 0, end: text.length, year, month, day, precision });
    expect([m.hour, m.minute, m.second]).toEqual([hour, minute, second]);
  });

  it('finds timestamps inside text with indices into that text', () => {
    const text = 'Posted on Thu Jan 19, 2017 11:42:31 and updated 20 January 2017.';
    const all = findTimestamps(text);
    expect(all.map((m) => text.slice(m.start, m.end))).toEqual(['Thu Jan 19, 2017 11:42:31', '20 January 2017']);
  });

  it('reads NBSP and Arabic-Indic digits without moving indices', () => {
    const text = '١٨\u00a0January\u00a0٢٠١٧ ٢٢:٥٢';
    expect(only(text)).toMatchObject({ start: 0, end: text.length, year: 2017, day: 18, hour: 22, minute: 52 });
  });
});

describe('findTimestamps: offsets and weekdays', () => {
  it.each([
    ['2017-01-18T22:52:00+03:00', 180],
    ['2017-01-18T22:52:00-0430', -270],
    ['2017-01-18T22:52:00Z', 0],
    ['18 January 2017 22:52 GMT', 0],
    ['18 January 2017 22:52 UTC+3', 180],
    ['18 January 2017 22:52 GMT-05:00', -300],
    ['18 January 2017 22:52 +0330', 210],
  ])('%j has offset %i', (text, offset) => {
    expect(only(text).offsetMinutes).toBe(offset);
  });

  it.each([
    ['Thu Jan 19, 2017 11:42:31', 'Thu', false],
    ['Wed Jan 19, 2017 11:42:31', 'Wed', true],
    ['Wednesday, 21 March 2018', 'Wednesday', false],
    ['Thursday, 21 March 2018', 'Thursday', true],
    ['Thu. Jan 19, 2017', 'Thu', false],
  ])('%j: weekday %s, mismatch %s', (text, weekday, mismatch) => {
    expect(only(text)).toMatchObject({ weekday, weekdayMismatch: mismatch });
  });
});

describe('findTimestamps: must not match', () => {
  it.each([
    ['a score', 'Syria won 3-1 on Tuesday'],
    ['a version', 'version 2.10.3 released'],
    ['a phone number', 'call 555-123-4567'],
    ['a bare year', 'since 2014'],
    ['a month and year', 'since July 2014'],
    ['a time alone', 'at 12:30'],
    ['a time with a bare year', '12:30 2017'],
    ['30 February', '30 February 2017'],
    ['31 April', 'April 31, 2017'],
    ['month 13', '2017-13-01'],
    // An impossible time spoils the whole timestamp rather than being dropped silently.
    ['hour 25', '2017-01-18T25:00'],
    ['13 pm', 'January 18, 2017 at 13:10 pm'],
    ['minute 60', '18 January 2017 22:60'],
    ['a five-digit year', '18 January 20170'],
    ['a URL path date', 'https://www.naturalnews.com/2017-12-25-legionnaires-in-the-water.html'],
    ['a month name inside a word', '18 Marching 2017'],
    ['day inside a number', '118 January 2017'],
    ['both numeric parts above 12', '20/13/2018'],
    ['a numeric date inside a longer run', '1/20/03/2018'],
    ['a dotted version with a year', 'v2.10.3.2018'],
    ['a phone number with dots', '555.123.4567'],
    ['an empty string', ''],
  ])('%s: %j', (_, text) => {
    expect(findTimestamps(text)).toEqual([]);
  });

});

describe('readTimestamp', () => {
  it.each([
    ['  Jan. 18, 2017 ', true],
    ['18 January 2017 22:52', true],
    ['Posted 18 January 2017', false],
    ['18 January 2017 and 19 January 2017', false],
    ['', false],
  ])('%j → %s', (text, ok) => {
    expect(readTimestamp(text) !== null).toBe(ok);
  });
});

describe('toPublished', () => {
  const at = (text: string): TimestampMatch => only(text);

  it('gives local time and no instant without a zone', () => {
    expect(toPublished(at('18 January 2017 22:52'), '18 January 2017 22:52', null, null)).toEqual({
      raw: '18 January 2017 22:52',
      local: '2017-01-18T22:52:00',
      precision: 'minute',
      zone: null,
      utc: null,
      zoneSource: null,
    });
  });

  it.each([
    ['18 January 2017 22:52', 'Asia/Tehran', 'profile', 'Asia/Tehran', '2017-01-18T19:22:00Z', 'profile'],
    ['Thu Jan 19, 2017 11:42:31', 'Asia/Damascus', 'option', 'Asia/Damascus', '2017-01-19T09:42:31Z', 'option'],
    ['Jan. 18, 2017', 'UTC', 'option', 'UTC', '2017-01-18T00:00:00Z', 'option'],
    // An offset in the text beats the given zone.
    ['2017-01-18T22:52:00+03:00', 'Asia/Tehran', 'profile', 'UTC+03:00', '2017-01-18T19:52:00Z', 'offset'],
    ['2017-01-18T22:52:00Z', null, null, 'UTC', '2017-01-18T22:52:00Z', 'offset'],
    // A summer date in a zone with daylight saving.
    ['18 July 2017 12:00', 'America/New_York', 'option', 'America/New_York', '2017-07-18T16:00:00Z', 'option'],
  ] as const)('%j in %s', (text, zone, source, outZone, utc, outSource) => {
    const p = toPublished(at(text), text, zone, source);
    expect(p).toMatchObject({ raw: text, zone: outZone, utc, zoneSource: outSource });
  });

  it.each(['Mars/Olympus', 'local', 'system', ''])('treats the zone %j as unknown', (zone) => {
    const p = toPublished(at('18 January 2017 22:52'), 'x', zone, 'option');
    expect(p).toMatchObject({ zone: null, utc: null, zoneSource: null, local: '2017-01-18T22:52:00' });
  });

  it.each([
    [0, 'UTC'],
    [180, 'UTC+03:00'],
    [-270, 'UTC-04:30'],
  ])('offsetZoneName(%i) is %s', (minutes, name) => {
    expect(offsetZoneName(minutes)).toBe(name);
    expect(isKnownZone(name)).toBe(true);
  });
});

describe('findTimestamps on hostile text', () => {
  it.each([
    ['digits', '1'.repeat(100_000)],
    ['dates without years', '18 January '.repeat(20_000)],
    ['weekday runs', 'Wednesday, '.repeat(20_000)],
    ['colons', '12:'.repeat(50_000)],
    ['spaces and dashes', '18 January 2017 - '.repeat(5_000) + ' -'.repeat(50_000)],
    ['ISO fragments', '2017-01-'.repeat(20_000)],
  ])('%s in linear time', (_, text) => {
    const t0 = performance.now();
    findTimestamps(text);
    expect(performance.now() - t0).toBeLessThan(1_500);
  });

  it('never throws and keeps spans inside the text, ordered and apart', () => {
    const alphabet = fc.constantFrom(...'0123456789 :-,./TZ+apm'.split(''), 'Jan', 'January', 'Thu', 'at', '2017', '18');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((a) => a.join('')), (text) => {
        let end = 0;
        for (const m of findTimestamps(text)) {
          expect(m.start).toBeGreaterThanOrEqual(end);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(text.length);
          end = m.end;
        }
      }),
      { numRuns: 500 },
    );
  });
});
