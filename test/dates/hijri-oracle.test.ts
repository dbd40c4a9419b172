import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { dayNumber, fromDayNumber } from '../../src/dates/civil.js';
import { hijriOf } from '../../src/dates/hijri.js';

// Test oracle only: hijri-date (devDependency) implements the arithmetical (tabular) reckoning.
const require = createRequire(import.meta.url);
const { toHijri } = require('hijri-date/lib/safe') as {
  toHijri(d: Date): { getFullYear(): number; getMonth(): number; getDate(): number };
};

describe('islamic-tbla against the hijri-date oracle', () => {
  it('agrees on every day from 1900-01-01 to 2100-12-31', () => {
    const disagreements: string[] = [];
    const last = dayNumber('2100-12-31')!;
    for (let n = dayNumber('1900-01-01')!; n <= last; n++) {
      const iso = fromDayNumber(n);
      // hijri-date reads a Date in local time; noon UTC keeps the civil day in any zone within ±12 h.
      const h = toHijri(new Date(`${iso}T12:00:00Z`));
      const ours = hijriOf(iso, 'islamic-tbla');
      if (ours === null || ours.year !== h.getFullYear() || ours.month !== h.getMonth() || ours.day !== h.getDate()) {
        disagreements.push(iso);
      }
    }
    expect(disagreements).toEqual([]);
  }, 60_000);
});
