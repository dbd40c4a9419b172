/**
 * English Gregorian month names as pages print them, one spelling per line with its
 * month number (1..12). Matching ignores case and a trailing "." ("Jan." is "Jan").
 *
 * @example MONTH_NAMES.find((m) => m.name === 'Sept')?.month === 9
 */
export const MONTH_NAMES: readonly { readonly name: string; readonly month: number }[] = [
  { name: 'January', month: 1 },
  { name: 'Jan', month: 1 },
  { name: 'February', month: 2 },
  { name: 'Feb', month: 2 },
  { name: 'March', month: 3 },
  { name: 'Mar', month: 3 },
  { name: 'April', month: 4 },
  { name: 'Apr', month: 4 },
  { name: 'May', month: 5 },
  { name: 'June', month: 6 },
  { name: 'Jun', month: 6 },
  { name: 'July', month: 7 },
  { name: 'Jul', month: 7 },
  { name: 'August', month: 8 },
  { name: 'Aug', month: 8 },
  { name: 'September', month: 9 },
  { name: 'Sept', month: 9 },
  { name: 'Sep', month: 9 },
  { name: 'October', month: 10 },
  { name: 'Oct', month: 10 },
  { name: 'November', month: 11 },
  { name: 'Nov', month: 11 },
  { name: 'December', month: 12 },
  { name: 'Dec', month: 12 },
];
