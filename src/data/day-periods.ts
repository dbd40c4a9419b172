/**
 * Arabic and Persian markers of a 12-hour clock written after the time, one spelling per line:
 * `pm: false` for the morning ("10:30 ص", "صباحاً"; Persian "ق.ظ"), `pm: true` for the
 * afternoon and evening ("10:30 م", "مساءً"; Persian "ب.ظ"). English "am"/"pm" are read by the
 * timestamp pattern itself. Adding a spelling is one line.
 *
 * @example DAY_PERIODS.find((p) => p.text === 'م')?.pm === true
 */
export const DAY_PERIODS: readonly { readonly text: string; readonly pm: boolean }[] = [
  { text: 'ص', pm: false },
  { text: 'صباحاً', pm: false },
  { text: 'صباحًا', pm: false },
  { text: 'صباحا', pm: false },
  { text: 'صباح', pm: false },
  { text: 'ق.ظ', pm: false },
  { text: 'ق ظ', pm: false },
  { text: 'قبل‌ازظهر', pm: false },
  { text: 'قبل از ظهر', pm: false },

  { text: 'م', pm: true },
  { text: 'مساءً', pm: true },
  { text: 'مساءا', pm: true },
  { text: 'مساء', pm: true },
  { text: 'ظهراً', pm: true },
  { text: 'ظهرا', pm: true },
  { text: 'عصراً', pm: true },
  { text: 'عصرا', pm: true },
  { text: 'ب.ظ', pm: true },
  { text: 'ب ظ', pm: true },
  { text: 'بعدازظهر', pm: true },
  { text: 'بعد از ظهر', pm: true },
];
