/**
 * Solar Hijri (Persian) month names in Persian script and common English transliterations,
 * one spelling per line with its month number (1 = Farvardin … 12 = Esfand). Lookup compares
 * the same normalised keys as Hijri months (`hijriKey` in `src/dates/names.ts`): case,
 * diacritics, apostrophes, hyphens, spaces, zero-width non-joiners and Persian/Arabic letter
 * variants (ی/ي, ک/ك) are ignored. Adding a spelling is one line.
 *
 * @example PERSIAN_MONTH_NAMES.find((m) => m.name === 'Dey')?.month === 10
 */
export const PERSIAN_MONTH_NAMES: readonly { readonly name: string; readonly month: number }[] = [
  { name: 'فروردین', month: 1 },
  { name: 'Farvardin', month: 1 },
  { name: 'Farvardeen', month: 1 },
  { name: 'Farwardin', month: 1 },

  { name: 'اردیبهشت', month: 2 },
  { name: 'Ordibehesht', month: 2 },
  { name: 'Ordibehasht', month: 2 },
  { name: 'Ardibehesht', month: 2 },
  { name: 'Ordibehest', month: 2 },

  { name: 'خرداد', month: 3 },
  { name: 'Khordad', month: 3 },
  { name: 'Khordaad', month: 3 },
  { name: 'Xordad', month: 3 },

  { name: 'تیر', month: 4 },
  { name: 'Tir', month: 4 },
  { name: 'Teer', month: 4 },

  { name: 'مرداد', month: 5 },
  { name: 'امرداد', month: 5 },
  { name: 'Mordad', month: 5 },
  { name: 'Mordaad', month: 5 },
  { name: 'Amordad', month: 5 },

  { name: 'شهریور', month: 6 },
  { name: 'Shahrivar', month: 6 },
  { name: 'Shahriver', month: 6 },
  { name: 'Shahriwar', month: 6 },

  { name: 'مهر', month: 7 },
  { name: 'Mehr', month: 7 },
  { name: 'Mihr', month: 7 },

  { name: 'آبان', month: 8 },
  { name: 'Aban', month: 8 },
  { name: 'Abaan', month: 8 },

  { name: 'آذر', month: 9 },
  { name: 'Azar', month: 9 },
  { name: 'Azer', month: 9 },
  { name: 'Adhar', month: 9 },

  { name: 'دی', month: 10 },
  { name: 'Dey', month: 10 },
  { name: 'Dei', month: 10 },

  { name: 'بهمن', month: 11 },
  { name: 'Bahman', month: 11 },

  { name: 'اسفند', month: 12 },
  { name: 'اسپند', month: 12 },
  { name: 'Esfand', month: 12 },
  { name: 'Esfend', month: 12 },
  { name: 'Esfahnd', month: 12 },
  { name: 'Isfand', month: 12 },
  { name: 'Espand', month: 12 },
];

/**
 * Words written after a Persian month name that do not change it: "۳۰ دی ماه ۱۳۹۵" ("the month
 * of Dey").
 *
 * @example PERSIAN_MONTH_WORDS.includes('ماه') === true
 */
export const PERSIAN_MONTH_WORDS: readonly string[] = ['ماه', 'mah', 'maah'];
