/**
 * Words of relative dates ("5 hours ago", "yesterday", "منذ ٣ ساعات"): units with their
 * length in minutes, and whole words that name a day offset. Adding a spelling is one line.
 *
 * @example RELATIVE_UNITS.find((u) => u.name === 'hours')?.minutes === 60
 */
export const RELATIVE_UNITS: readonly { readonly name: string; readonly minutes: number }[] = [
  { name: 'minute', minutes: 1 },
  { name: 'minutes', minutes: 1 },
  { name: 'min', minutes: 1 },
  { name: 'mins', minutes: 1 },
  { name: 'hour', minutes: 60 },
  { name: 'hours', minutes: 60 },
  { name: 'hr', minutes: 60 },
  { name: 'hrs', minutes: 60 },
  { name: 'day', minutes: 1440 },
  { name: 'days', minutes: 1440 },
  { name: 'week', minutes: 10080 },
  { name: 'weeks', minutes: 10080 },
  { name: 'دقيقة', minutes: 1 },
  { name: 'دقائق', minutes: 1 },
  { name: 'ساعة', minutes: 60 },
  { name: 'ساعات', minutes: 60 },
  { name: 'يوم', minutes: 1440 },
  { name: 'أيام', minutes: 1440 },
  { name: 'ايام', minutes: 1440 },
  { name: 'أسبوع', minutes: 10080 },
  { name: 'أسابيع', minutes: 10080 },
];

/**
 * Whole words that name a day relative to the reference day, with the offset in days.
 *
 * @example RELATIVE_DAYS.find((d) => d.name === 'yesterday')?.days === -1
 */
export const RELATIVE_DAYS: readonly { readonly name: string; readonly days: number }[] = [
  { name: 'today', days: 0 },
  { name: 'yesterday', days: -1 },
  { name: 'اليوم', days: 0 },
  { name: 'أمس', days: -1 },
  { name: 'امس', days: -1 },
  { name: 'البارحة', days: -1 },
];

/**
 * Words that turn "5 hours" into a relative date, before ("منذ") or after ("ago") the amount.
 *
 * @example RELATIVE_AGO.after.includes('ago')
 */
export const RELATIVE_AGO: { readonly before: readonly string[]; readonly after: readonly string[] } = {
  before: ['منذ', 'قبل'],
  after: ['ago'],
};

/**
 * Words that stand for the amount one ("an hour ago", "a day ago").
 *
 * @example RELATIVE_ONE.includes('an')
 */
export const RELATIVE_ONE: readonly string[] = ['a', 'an', 'one'];
