import { describe, expect, it } from 'vitest';
import { HIJRI_MONTH_NAMES } from '../../src/data/hijri-months.js';
import { MONTH_NAMES } from '../../src/data/months.js';
import { WEEKDAY_NAMES } from '../../src/data/weekdays.js';
import {
  HIJRI_NAME_PATTERN,
  hijriKey,
  hijriMonthNumber,
  MONTH_PATTERN,
  monthNumber,
  WEEKDAY_PATTERN,
  weekdayNumber,
} from '../../src/dates/names.js';

describe('Hijri month table', () => {
  it.each(Array.from({ length: 12 }, (_, i) => i + 1))('month %i has Latin and Arabic spellings', (month) => {
    const names = HIJRI_MONTH_NAMES.filter((r) => r.month === month).map((r) => r.name);
    expect(names.some((n) => /[A-Za-z]/.test(n))).toBe(true);
    expect(names.some((n) => /[\u0600-\u06ff]/.test(n))).toBe(true);
  });

  it('has no key that names two months', () => {
    const seen = new Map<string, number>();
    for (const row of HIJRI_MONTH_NAMES) {
      const key = hijriKey(row.name);
      expect(seen.get(key) ?? row.month, row.name).toBe(row.month);
      seen.set(key, row.month);
    }
  });

  it.each(HIJRI_MONTH_NAMES.map((r) => [r.name, r.month] as const))('%s is matched by the name pattern and read as %i', (name, month) => {
    expect(new RegExp(`^${HIJRI_NAME_PATTERN}$`, 'u').test(name)).toBe(true);
    expect(hijriMonthNumber(name)).toBe(month);
  });
});

describe('hijriMonthNumber', () => {
  it.each([
    ['Dhul-Qaʿda', 11], // seed 001, U+02BF
    ['Dhul-Qa’da', 11],
    ['Dhul Qa\'da', 11],
    ['dhul-qaʾda', 11],
    ['DHU AL-QADAH', 11],
    ['Dhul-Qaʿdah', 11],
    ['Jumada al-Thani', 6], // seed 002
    ['Jumada al Thani', 6],
    ['Jumada II', 6],
    ['Jumada I', 5],
    ['Rabi I', 3],
    ['Rabi II', 4],
    ["Rabi' al-Awwal", 3],
    ['Rabiʿ al-Awwal', 3],
    ['Rabiul Awal', 3],
    ['Rabi al-Akhir', 4],
    ['Rajab', 7], // seed 000
    ['RAJAB', 7],
    ['Shaban', 8],
    ['Shaʿbān', 8],
    ['Ramazan', 9],
    ['Ramaḍān', 9],
    ['Dhul Hijjah', 12],
    ['Dhū al-Ḥijjah', 12],
    ['رجب', 7],
    ['جمادى الآخرة', 6],
    ['جمادي الاخره', 6],
    ['ذي القعدة', 11],
    ['ربيع الأول', 3],
    ['ربيع الاول', 3],
  ])('%s → %i', (name, month) => {
    expect(hijriMonthNumber(name)).toBe(month);
  });

  it.each(['', 'March', 'Rojob', 'Jumada', 'Rabi', "'", '-', 'Wednesday'])('%j is not a Hijri month', (name) => {
    expect(hijriMonthNumber(name)).toBeNull();
  });
});

describe('monthNumber and weekdayNumber', () => {
  it.each(MONTH_NAMES.map((r) => [r.name, r.month] as const))('month %s → %i', (name, month) => {
    expect(monthNumber(name)).toBe(month);
    expect(monthNumber(`${name.toUpperCase()}.`)).toBe(month);
    expect(new RegExp(`^${MONTH_PATTERN}$`, 'iu').test(name)).toBe(true);
  });

  it.each(WEEKDAY_NAMES.map((r) => [r.name, r.weekday] as const))('weekday %s → %i', (name, weekday) => {
    expect(weekdayNumber(name)).toBe(weekday);
    expect(weekdayNumber(`${name.toLowerCase()}.`)).toBe(weekday);
    expect(new RegExp(`^${WEEKDAY_PATTERN}$`, 'iu').test(name)).toBe(true);
  });

  it.each(['Marc', 'Janu', 'Septembre', ''])('%j is not a month', (name) => {
    expect(monthNumber(name)).toBeNull();
  });

  it('does not match a month name inside a word', () => {
    expect(new RegExp(MONTH_PATTERN, 'iu').exec('Marching')).toBeNull();
    expect(new RegExp(WEEKDAY_PATTERN, 'iu').exec('Sunny')).toBeNull();
  });
});
