/**
 * Weekday names as pages print them, in English, Arabic and Persian, one spelling per line with its ISO
 * weekday number (1 = Monday … 7 = Sunday). Matching ignores case and a trailing ".".
 *
 * @example WEEKDAY_NAMES.find((w) => w.name === 'Thu')?.weekday === 4
 */
export const WEEKDAY_NAMES: readonly { readonly name: string; readonly weekday: number }[] = [
  { name: 'Monday', weekday: 1 },
  { name: 'Mon', weekday: 1 },
  { name: 'Tuesday', weekday: 2 },
  { name: 'Tues', weekday: 2 },
  { name: 'Tue', weekday: 2 },
  { name: 'Wednesday', weekday: 3 },
  { name: 'Wed', weekday: 3 },
  { name: 'Thursday', weekday: 4 },
  { name: 'Thurs', weekday: 4 },
  { name: 'Thur', weekday: 4 },
  { name: 'Thu', weekday: 4 },
  { name: 'Friday', weekday: 5 },
  { name: 'Fri', weekday: 5 },
  { name: 'Saturday', weekday: 6 },
  { name: 'Sat', weekday: 6 },
  { name: 'Sunday', weekday: 7 },
  { name: 'Sun', weekday: 7 },
  { name: 'الاثنين', weekday: 1 },
  { name: 'الإثنين', weekday: 1 },
  { name: 'الثلاثاء', weekday: 2 },
  { name: 'الأربعاء', weekday: 3 },
  { name: 'الاربعاء', weekday: 3 },
  { name: 'الخميس', weekday: 4 },
  { name: 'الجمعة', weekday: 5 },
  { name: 'السبت', weekday: 6 },
  { name: 'الأحد', weekday: 7 },
  { name: 'الاحد', weekday: 7 },
  // Persian, with and without the zero-width non-joiner (or a space) inside compounds.
  { name: 'دوشنبه', weekday: 1 },
  { name: 'سه‌شنبه', weekday: 2 },
  { name: 'سه شنبه', weekday: 2 },
  { name: 'سهشنبه', weekday: 2 },
  { name: 'چهارشنبه', weekday: 3 },
  { name: 'چهار‌شنبه', weekday: 3 },
  { name: 'پنجشنبه', weekday: 4 },
  { name: 'پنج‌شنبه', weekday: 4 },
  { name: 'پنج شنبه', weekday: 4 },
  { name: 'جمعه', weekday: 5 },
  { name: 'شنبه', weekday: 6 },
  { name: 'یکشنبه', weekday: 7 },
  { name: 'یک‌شنبه', weekday: 7 },
];
