/**
 * Time-zone abbreviations as pages print them after a time ("10:52 p.m. ET"), one per line.
 * A row names either an IANA zone (the abbreviation follows daylight saving, "ET") or a fixed
 * offset in minutes east of UTC ("EST" is always −05:00). An abbreviation with several rows
 * is ambiguous ("AST", "IST", "CST"): `region` is the IANA area a site's zone must lie in for
 * that reading to be chosen. Adding an abbreviation or a reading is one line.
 *
 * @example ZONE_ABBREVIATIONS.filter((z) => z.abbr === 'IST').length === 3
 */
export const ZONE_ABBREVIATIONS: readonly {
  readonly abbr: string;
  readonly zone?: string;
  readonly offset?: number;
  readonly region?: string;
  readonly name: string;
}[] = [
  { abbr: 'UTC', offset: 0, name: 'Coordinated Universal Time' },
  { abbr: 'GMT', offset: 0, name: 'Greenwich Mean Time' },
  { abbr: 'WET', offset: 0, name: 'Western European Time' },
  { abbr: 'WEST', offset: 60, name: 'Western European Summer Time' },
  { abbr: 'BST', offset: 60, region: 'Europe', name: 'British Summer Time' },
  { abbr: 'BST', offset: 360, region: 'Asia', name: 'Bangladesh Standard Time' },
  { abbr: 'CET', offset: 60, name: 'Central European Time' },
  { abbr: 'CEST', offset: 120, name: 'Central European Summer Time' },
  { abbr: 'EET', offset: 120, name: 'Eastern European Time' },
  { abbr: 'EEST', offset: 180, name: 'Eastern European Summer Time' },
  { abbr: 'MSK', offset: 180, name: 'Moscow Time' },
  { abbr: 'TRT', offset: 180, name: 'Turkey Time' },
  { abbr: 'IRST', offset: 210, name: 'Iran Standard Time' },
  { abbr: 'IRDT', offset: 270, name: 'Iran Daylight Time' },
  { abbr: 'GST', offset: 240, name: 'Gulf Standard Time' },
  { abbr: 'AFT', offset: 270, name: 'Afghanistan Time' },
  { abbr: 'PKT', offset: 300, name: 'Pakistan Standard Time' },
  { abbr: 'IST', offset: 330, region: 'Asia', name: 'India Standard Time' },
  { abbr: 'IST', offset: 120, region: 'Asia', name: 'Israel Standard Time' },
  { abbr: 'IST', offset: 60, region: 'Europe', name: 'Irish Standard Time' },
  { abbr: 'IDT', offset: 180, name: 'Israel Daylight Time' },
  { abbr: 'AST', offset: 180, region: 'Asia', name: 'Arabia Standard Time' },
  { abbr: 'AST', offset: -240, region: 'America', name: 'Atlantic Standard Time' },
  { abbr: 'EAT', offset: 180, name: 'East Africa Time' },
  { abbr: 'CAT', offset: 120, name: 'Central Africa Time' },
  { abbr: 'WAT', offset: 60, name: 'West Africa Time' },
  { abbr: 'SAST', offset: 120, name: 'South Africa Standard Time' },
  { abbr: 'HKT', offset: 480, name: 'Hong Kong Time' },
  { abbr: 'SGT', offset: 480, name: 'Singapore Time' },
  { abbr: 'CST', offset: -360, region: 'America', name: 'Central Standard Time (North America)' },
  { abbr: 'CST', offset: 480, region: 'Asia', name: 'China Standard Time' },
  { abbr: 'JST', offset: 540, name: 'Japan Standard Time' },
  { abbr: 'KST', offset: 540, name: 'Korea Standard Time' },
  { abbr: 'AEST', offset: 600, name: 'Australian Eastern Standard Time' },
  { abbr: 'AEDT', offset: 660, name: 'Australian Eastern Daylight Time' },
  { abbr: 'ET', zone: 'America/New_York', name: 'Eastern Time' },
  { abbr: 'EST', offset: -300, name: 'Eastern Standard Time' },
  { abbr: 'EDT', offset: -240, name: 'Eastern Daylight Time' },
  { abbr: 'CT', zone: 'America/Chicago', name: 'Central Time' },
  { abbr: 'CDT', offset: -300, name: 'Central Daylight Time' },
  { abbr: 'MT', zone: 'America/Denver', name: 'Mountain Time' },
  { abbr: 'MST', offset: -420, name: 'Mountain Standard Time' },
  { abbr: 'MDT', offset: -360, name: 'Mountain Daylight Time' },
  { abbr: 'PT', zone: 'America/Los_Angeles', name: 'Pacific Time' },
  { abbr: 'PST', offset: -480, name: 'Pacific Standard Time' },
  { abbr: 'PDT', offset: -420, name: 'Pacific Daylight Time' },
];
