import { describe, expect, it } from 'vitest';
import { findRelative, resolveRelative } from '../../src/dates/relative.js';

describe('findRelative', () => {
  it.each([
    ['5 hours ago', { minutes: 300 }],
    ['an hour ago', { minutes: 60 }],
    ['30 mins ago', { minutes: 30 }],
    ['2 days ago', { minutes: 2880 }],
    ['1 week ago', { minutes: 10080 }],
    ['yesterday', { days: -1 }],
    ['Today', { days: 0 }],
    ['منذ ٣ ساعات', { minutes: 180 }],
    ['منذ ساعة', { minutes: 60 }],
    ['أمس', { days: -1 }],
  ])('%j', (text, expected) => {
    expect(findRelative(text)).toEqual([{ start: 0, end: text.length, ...expected }]);
  });

  it.each(['5 hours', 'ago', 'hours ago', 'yesterdays', 'todayish', 'the 3-1 win', '2.10.3', ''])('%j is not relative', (text) => {
    expect(findRelative(text)).toEqual([]);
  });
});

describe('resolveRelative', () => {
  it.each([
    [{ start: 0, end: 9, days: -1 }, '2017-01-19', [2017, 1, 18, undefined, undefined], 'day'],
    [{ start: 0, end: 9, days: -1 }, '2017-03-01T10:00:00Z', [2017, 2, 28, undefined, undefined], 'day'],
    [{ start: 0, end: 9, minutes: 2880 }, '2017-01-19', [2017, 1, 17, undefined, undefined], 'day'],
    [{ start: 0, end: 9, minutes: 300 }, '2017-01-19T03:00:00+03:00', [2017, 1, 18, 22, 0], 'minute'],
    [{ start: 0, end: 9, minutes: 45 }, '2017-01-19T00:30', [2017, 1, 18, 23, 45], 'minute'],
  ] as const)('%j against %s', (match, reference, [year, month, day, hour, minute], precision) => {
    const r = resolveRelative(match, reference)!;
    expect([r.year, r.month, r.day, r.hour, r.minute]).toEqual([year, month, day, hour, minute]);
    expect(r.precision).toBe(precision);
  });

  it('keeps the offset of a reference that states one', () => {
    expect(resolveRelative({ start: 0, end: 1, minutes: 60 }, '2017-01-19T03:00:00+03:00')?.offsetMinutes).toBe(180);
    expect(resolveRelative({ start: 0, end: 1, minutes: 60 }, '2017-01-19T03:00:00')?.offsetMinutes).toBeUndefined();
  });

  it.each([
    [{ start: 0, end: 1, minutes: 300 }, '2017-01-19'],
    [{ start: 0, end: 1, days: -1 }, 'not a date'],
    [{ start: 0, end: 1, days: -1 }, ''],
  ])('%j against %j is null', (match, reference) => {
    expect(resolveRelative(match, reference)).toBeNull();
  });
});
