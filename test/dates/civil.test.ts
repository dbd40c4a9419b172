import { describe, expect, it } from 'vitest';
import { dayNumber, fromDayNumber, isoDate, isoWeekday, isValidDate, parseIsoDate } from '../../src/dates/civil.js';

describe('civil dates', () => {
  it.each([
    [2016, 2, 29, true],
    [2017, 2, 29, false],
    [2018, 2, 30, false],
    [2018, 4, 31, false],
    [2018, 12, 31, true],
    [2018, 13, 1, false],
    [2018, 0, 1, false],
    [0, 1, 1, false],
    [99, 1, 1, true],
    [2018.5, 1, 1, false],
  ])('isValidDate(%i, %i, %i) is %s', (y, m, d, ok) => {
    expect(isValidDate(y, m, d)).toBe(ok);
  });

  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['2018-03-21', 17611],
    ['0099-01-01', -683_368],
  ])('%s is day %i and back', (iso, n) => {
    expect(dayNumber(iso)).toBe(n);
    expect(fromDayNumber(n)).toBe(iso);
  });

  it.each(['2018-02-30', '18-03-21', '2018-03-21T00:00', ''])('%j is not a day', (s) => {
    expect(parseIsoDate(s)).toBeNull();
    expect(dayNumber(s)).toBeNull();
  });

  it.each([
    [2018, 3, 21, 3],
    [2018, 7, 20, 5],
    [2019, 2, 15, 5],
    [2017, 1, 19, 4],
    [2017, 1, 22, 7],
  ])('isoWeekday(%i, %i, %i) is %i', (y, m, d, w) => {
    expect(isoWeekday(y, m, d)).toBe(w);
  });

  it('pads isoDate', () => {
    expect(isoDate(99, 1, 2)).toBe('0099-01-02');
  });
});
