#!/usr/bin/env node
// Writes bench/timestamps.json: timestamp strings in the formats news sites use, each with the
// expected wall-clock value ("YYYY-MM-DDTHH:mm:ss") and precision. Expected values come from
// the generator's own fields, never from a parser. Run once; the file is committed.
import { writeFileSync } from 'node:fs';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const AP_ABBR = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const AR_MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
const LEVANT = ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'];
const AR_DIGITS = '٠١٢٣٤٥٦٧٨٩';
const FA_DIGITS = '۰۱۲۳۴۵۶۷۸۹';

const p2 = (n) => String(n).padStart(2, '0');
const ar = (s) => s.replace(/\d/g, (d) => AR_DIGITS[d]);
const fa = (s) => s.replace(/\d/g, (d) => FA_DIGITS[d]);
const h12 = (h) => ({ h: h % 12 === 0 ? 12 : h % 12, ap: h < 12 ? 'am' : 'pm' });
const weekday = (y, m, d) => WEEKDAYS[(new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7];

// A deterministic spread of days and times (day > 12 so numeric forms are unambiguous).
let seed = 7;
const rnd = (n) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
const corpus = [];
const add = (text, y, mo, d, H, M, S, precision, form) => {
  corpus.push({ text, form, expected: { local: `${y}-${p2(mo)}-${p2(d)}T${p2(H ?? 0)}:${p2(M ?? 0)}:${p2(S ?? 0)}`, precision } });
};
const FORMS = [
  ['d-month-y-hm', (y, mo, d, H, M) => [`${d} ${MONTHS[mo - 1]} ${y} ${p2(H)}:${p2(M)}`, 'minute']],
  ['wd-mon-d-y-hms', (y, mo, d, H, M, S) => [`${weekday(y, mo, d).slice(0, 3)} ${ABBR[mo - 1]} ${d}, ${y} ${p2(H)}:${p2(M)}:${p2(S)}`, 'second']],
  ['month-d-y-at-12h', (y, mo, d, H, M) => { const t = h12(H); return [`${MONTHS[mo - 1]} ${d}, ${y} at ${t.h}:${p2(M)} ${t.ap}`, 'minute']; }],
  ['ap-style-12h', (y, mo, d, H, M) => { const t = h12(H); return [`${AP_ABBR[mo - 1]} ${d}, ${y} ${t.h}:${p2(M)} ${t.ap[0]}.m.`, 'minute']; }],
  ['iso-offset', (y, mo, d, H, M, S) => [`${y}-${p2(mo)}-${p2(d)}T${p2(H)}:${p2(M)}:${p2(S)}+03:00`, 'second']],
  ['numeric-dash', (y, mo, d, H, M) => [`${p2(d)}/${p2(mo)}/${y} - ${p2(H)}:${p2(M)}`, 'minute']],
  ['numeric-dots-bar', (y, mo, d, H, M) => [`${p2(d)}.${p2(mo)}.${y} | ${p2(H)}:${p2(M)}`, 'minute']],
  ['wd-d-month-y', (y, mo, d) => [`${weekday(y, mo, d)} ${d} ${MONTHS[mo - 1]} ${y}`, 'day']],
  ['published-prefix', (y, mo, d, H, M) => [`Published: ${d} ${MONTHS[mo - 1]} ${y} ${p2(H)}:${p2(M)}`, 'minute']],
  ['posted-on', (y, mo, d) => [`Posted on ${MONTHS[mo - 1]} ${d}, ${y}`, 'day']],
  ['arabic-digits', (y, mo, d, H, M) => [ar(`${d} ${AR_MONTHS[mo - 1]} ${y} - ${p2(H)}:${p2(M)}`), 'minute']],
  ['levantine-month', (y, mo, d, H, M) => [`${d} ${LEVANT[mo - 1]} ${y} - ${p2(H)}:${p2(M)}`, 'minute']],
  ['persian-digits-iso', (y, mo, d, H, M) => [fa(`${y}-${p2(mo)}-${p2(d)} ${p2(H)}:${p2(M)}`), 'minute']],
  ['gmt-suffix', (y, mo, d, H, M) => [`${d} ${ABBR[mo - 1]} ${y}, ${p2(H)}:${p2(M)} GMT`, 'minute']],
  ['time-first', (y, mo, d, H, M) => [`${p2(H)}:${p2(M)}, ${d} ${MONTHS[mo - 1]} ${y}`, 'minute']],
  ['ordinal', (y, mo, d) => [`${MONTHS[mo - 1]} ${d}th, ${y}`, 'day']],
];
for (const [form, make] of FORMS) {
  for (let i = 0; i < 20; i++) {
    const y = 2010 + rnd(15);
    const mo = 1 + rnd(12);
    const d = 13 + rnd(16);
    const H = rnd(24);
    const M = rnd(60);
    const S = rnd(60);
    const [text, precision] = make(y, mo, d, H, M, S);
    add(text, y, mo, d, precision === 'day' ? 0 : H, precision === 'day' ? 0 : M, precision === 'second' ? S : 0, precision, form);
  }
}
// Relative forms, against the reference 2030-01-01T12:00:00Z that bench/timestamps.mjs gives both parsers.
for (let n = 1; n <= 10; n++) {
  const at = new Date(Date.UTC(2030, 0, 1, 12) - n * 3_600_000);
  add(`${n} hours ago`, at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate(), at.getUTCHours(), at.getUTCMinutes(), 0, 'minute', 'relative');
}
for (let n = 2; n <= 10; n++) {
  const at = new Date(Date.UTC(2030, 0, 1) - n * 86_400_000);
  add(`${n} days ago`, at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate(), 0, 0, 0, 'day', 'relative');
}
add('yesterday', 2029, 12, 31, 0, 0, 0, 'day', 'relative');
// Things that are not timestamps: expected null.
for (const text of ['Syria won 3-1 on Tuesday', 'version 2.10.3', 'call 555-123-4567', 'since 2014', 'at 12:30', '30 February 2017 10:00', '18 Marching 2017', 'ISBN 978-3-16-148410-0', 'score 21-14', 'room 12.30.4']) {
  corpus.push({ text, form: 'not-a-timestamp', expected: null });
}
writeFileSync(new URL('./timestamps.json', import.meta.url), `${JSON.stringify(corpus, null, 0).replace(/\},\{/g, '},\n{')}\n`);
console.log(`${corpus.length} strings`);
