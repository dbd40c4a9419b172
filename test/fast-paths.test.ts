/**
 * The shortcuts taken for speed give the same answers as the plain definitions they replace:
 * a combined table test, a sticky timestamp read, and the whitespace checks of `clean` and `fold`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAPTION_FORMS } from '../src/data/captions.js';
import { CREDIT_FORMS } from '../src/data/credits.js';
import { CRUFT_PHRASES } from '../src/data/cruft.js';
import { hijriOf } from '../src/dates/hijri.js';
import { findRelative, relativeAt } from '../src/dates/relative.js';
import { findTimestamps, FORMATS, readTimestamp, timestampAt } from '../src/dates/timestamp.js';
import { anyOf } from '../src/regex.js';
import { words } from '../src/slug.js';
import { clean, cleanWordCount, fold, isSpaceCode, wordCount } from '../src/text.js';
import { loadFixtures } from './support/fixtures.js';

const lines = loadFixtures().flatMap((f) => f.input.split('\n'));
const tables: [string, readonly RegExp[]][] = [
  ['cruft phrases', CRUFT_PHRASES.map((p) => p.pattern)],
  ['credit forms', CREDIT_FORMS.map((p) => p.pattern)],
  ['caption forms', CAPTION_FORMS],
];
const spaces = fc.constantFrom(' ', '  ', '\t', '\u00a0', '\u2009', '\n', '\u3000', '\ufeff', '');
const text = fc.array(fc.oneof(fc.string({ maxLength: 12 }), spaces, fc.constantFrom(...lines)), { maxLength: 8 }).map((a) => a.join(''));

describe('anyOf', () => {
  it.each(tables)('answers as `some` over the %s on every fixture line and on random text', (_, table) => {
    const any = anyOf(table);
    for (const line of lines) expect(any(clean(line)), line).toBe(table.some((p) => p.test(clean(line))));
    fc.assert(fc.property(text, (s) => any(s) === table.some((p) => p.test(s))));
  });

  it('keeps flags apart: a case-sensitive row stays case-sensitive beside a case-insensitive one', () => {
    const any = anyOf([/^Says$/, /^scroll up$/i]);
    expect([any('Says'), any('says'), any('SCROLL UP'), any('x Says')]).toEqual([true, false, true, false]);
  });

  it('leaves patterns with back-references whole', () => {
    const any = anyOf([/^(\d)-\1$/, /^(?<a>x)\k<a>$/, /^y$/]);
    expect([any('3-3'), any('3-4'), any('xx'), any('y'), any('xy')]).toEqual([true, false, true, true, false]);
  });
});

describe('caption rows written from the "(" backwards', () => {
  // The forms they replace, kept here as the definition.
  const before = [
    /^.{1,300}\((?:photo|image|picture|video|screenshot|credit|file)\b[^()]{0,100}\)$/i,
    /^.{1,300}\(\s?(?:REUTERS|AP|AFP|Getty|EPA|UPI|Bloomberg|Shutterstock)\b[^()]{0,100}\)$/i,
    /^.{1,200}\s(?:\/|\||–|-)\s?(?:Getty Images|AFP|Reuters|AP Photo|Shutterstock|Wikimedia Commons|YouTube)\b[^.!?]{0,60}$/i,
  ];
  // The rows written backwards are the ones with a look-behind, wherever they stand in the table.
  const after = CAPTION_FORMS.filter((p) => p.source.includes('(?<='));
  const pieces = fc.constantFrom('(Photo: AFP)', '( REUTERS/Jane Doe )', ' - Getty Images', ' | YouTube', '(', ')', 'x', ' ', 'Troops near Deir Ezzor', '.', '\u2028');
  const line = fc.oneof(
    fc.tuple(fc.nat({ max: 320 }), fc.array(pieces, { maxLength: 6 })).map(([n, p]) => 'a'.repeat(n) + p.join('')),
    text,
  );
  // Lines each definition matches and the others do not, to pair a row with its definition by what it matches.
  const witnesses = ['Troops near Deir Ezzor (Photo: AFP)', 'Troops near Deir Ezzor ( REUTERS/Jane Doe )', 'Troops near Deir Ezzor - Getty Images'];
  const definitionOf = (row: RegExp) => before.find((b) => witnesses.every((w) => b.test(w) === row.test(w)));

  it('finds one backwards row for each definition', () => {
    expect(after.map(definitionOf)).toEqual(before);
  });

  it.each(before.map((b, i) => [i, b] as const))('the row for definition %i matches exactly where the definition does', (_, definition) => {
    const row = after.find((r) => definitionOf(r) === definition)!;
    for (const l of lines) expect(row.test(l), l).toBe(definition.test(l));
    fc.assert(fc.property(line, (l) => row.test(l) === definition.test(l)), { numRuns: 2000 });
  });
});

describe('timestampAt', () => {
  it('gives the match findTimestamps keeps at that index, on fixture lines', () => {
    let compared = 0;
    for (const line of lines) {
      for (const m of findTimestamps(line)) {
        expect(timestampAt(fold(line), m.start), line).toEqual(m);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(5);
  });

  it('reads a whole-string timestamp as the one-match definition did', () => {
    const old = (text: string) => {
      const trimmed = text.trimEnd();
      const lead = trimmed.length - trimmed.trimStart().length;
      const all = findTimestamps(trimmed);
      return all.length === 1 && all[0]!.start === lead && all[0]!.end === trimmed.length ? all[0]! : null;
    };
    const stamps = fc.constantFrom(' 18 January 2017 22:52', 'Jan. 18, 2017', '2017-01-18T22:52:00Z', '18/01/2017', ' 3-6-16 ', 'x', ' ', '.', '30 February 2017');
    fc.assert(fc.property(fc.array(stamps, { maxLength: 3 }).map((a) => a.join('')), (s) => JSON.stringify(readTimestamp(s)) === JSON.stringify(old(s))));
    for (const line of lines) expect(readTimestamp(line), line).toEqual(old(line));
  });

  it('finds nothing where no timestamp starts', () => {
    expect(timestampAt('Posted 18 January 2017 22:52', 0)).toBeNull();
    expect(timestampAt('Posted 18 January 2017 22:52', 8)).toBeNull();
    expect(timestampAt('no digits here', 0)).toBeNull();
    expect(timestampAt('Posted 18 January 2017 22:52', 7)).toMatchObject({ start: 7, end: 28, hour: 22 });
  });
});

describe('relativeAt', () => {
  it.each(['Posted 5 hours ago', 'Yesterday, 10:32', 'منذ 3 ساعات', 'a week ago and 2 days ago', 'Updated today', 'no date here'])(
    'gives what findRelative finds at each index of %j',
    (line) => {
      for (let i = 0; i < line.length; i++) {
        const found = findRelative(line).find((m) => m.start === i) ?? null;
        expect(relativeAt(fold(line), i)).toEqual(found);
      }
    },
  );
});

describe('clean and fold', () => {
  it('isSpaceCode is `/\\s/` on every UTF-16 code unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });

  it("each timestamp format's quick test holds wherever the format matches (findTimestamps skips the format without it)", () => {
    const shapes = [
      'Filed 2023-04-05T10:20:00Z', 'on 5 April 2023, 10:20', 'April 5th, 2023 at 10:20 pm', '10:20 - 5 April 2023',
      '10:20 AM, April 5, 2023', 'Mon 05/04/2023', '2023.04.05', '4/5/23', '١٤ شوال ١٤٤٤ هـ', '5 Shawwal 1444 AH',
    ];
    for (const shape of shapes) expect(findTimestamps(shape), shape).not.toHaveLength(0);
    const texts = [...shapes, ...lines].map(fold);
    let matched = 0;
    for (const format of FORMATS) {
      for (const t of texts) {
        for (const m of t.matchAll(format.pattern)) {
          matched++;
          expect(format.needs.test(m[0]), `${format.name}: ${m[0]}`).toBe(true);
        }
      }
    }
    expect(matched).toBeGreaterThan(shapes.length + 15);
    fc.assert(fc.property(text, (s) => FORMATS.every((f) => [...fold(s).matchAll(f.pattern)].every((m) => f.needs.test(m[0])))));
  });

  it('counting the spaces of clean text counts the words of the text', () => {
    fc.assert(fc.property(text, (s) => cleanWordCount(clean(s)) === wordCount(s)));
  });

  it('clean equals NFC, whitespace runs to one space, trimmed', () => {
    fc.assert(fc.property(text, (s) => clean(s) === s.normalize('NFC').replace(/\s+/g, ' ').trim()));
  });

  it('fold keeps the length and leaves text without space-like characters or non-ASCII digits as it is', () => {
    fc.assert(
      fc.property(text, (s) => {
        const f = fold(s);
        return f.length === s.length && (/[\t\u00a0\u2000-\u200a\u3000\u0660-\u0669]/.test(s) || f === s);
      }),
    );
    expect(fold('٢٠١٨\u00a0x')).toBe('2018 x');
  });
});

describe('hijriOf memo', () => {
  it('gives a fresh object each call, so a caller changing one cannot change the next answer', () => {
    const first = hijriOf('2018-03-21', 'islamic-umalqura')!;
    first.day = 99;
    expect(hijriOf('2018-03-21', 'islamic-umalqura')).toEqual({ year: 1439, month: 7, day: 4 });
  });
});

describe('words and clean skip normalisation only where it changes nothing', () => {
  const unicode = fc.string({ unit: 'binary', maxLength: 30 });
  const latin = fc.array(fc.constantFrom('a', 'É', 'é', 'ª', '²', '½', '…', '’', '\u00a0', '\u2009', 'ﬁ', 'e\u0301', 'Å', '\u212b', ' ', '-', '“'), { maxLength: 20 }).map((a) => a.join(''));
  const punctuation = fc
    .array(fc.oneof(fc.integer({ min: 0x2000, max: 0x206f }).map((c) => String.fromCharCode(c)), fc.constantFrom('a', 'B', '1', ' ', "'")), { maxLength: 20 })
    .map((a) => a.join(''));
  const reference = (text: string) =>
    text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/['’‘`´]/g, '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);

  it('words equals the full NFKD path', () => {
    fc.assert(fc.property(fc.oneof(unicode, latin, punctuation, text), (s) => JSON.stringify(words(s)) === JSON.stringify(reference(s))));
  });

  it('clean equals the full NFC path', () => {
    fc.assert(fc.property(fc.oneof(unicode, latin, punctuation, text), (s) => clean(s) === s.normalize('NFC').replace(/\s+/g, ' ').trim()));
  });
});
