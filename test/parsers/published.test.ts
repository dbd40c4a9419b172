import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/context.js';
import { publishedParser, readPublished } from '../../src/parsers/published.js';
import { runParser } from '../../src/pipeline.js';
import type { ParseOptions, SiteProfile, Warning } from '../../src/types.js';

/** The first lines of seeds 000 and 003, as scraped. */
const SEED_000_HEAD =
  'Islamic Invitation Turkey\n\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0 21 March 2018 - Wednesday - 4 Rajab 1439 | 20/03/2018\u00a0(38) 19/03/2018\u00a0(41) 18/03/2018\u00a0(39) 17/03/2018\u00a0(37) 16/03/2018\u00a0(42) Total: 135,520 content \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0 Facebook Twitter Youtube\n\nSecurity Source: ISIL Dispatching More Militants to Deir Ezzur\n\n18 January 2017 22:52\n\n\n\nA security source disclosed on Wednesday that the ISIL terrorist group has forwarded al large number of its highly trained forces known as Jeish al-Khelafa from Palmyra and Iraq’s Mosul to Deir Ezzur after it failed to conquer the airbase and large parts of the city.\n';
const SEED_003_HEAD =
  'VIDEO: ISIS Huge Reinforcement After Severe Losses in Deir Ezzor\n\nThu Jan 19, 2017 11:42:31\n\nAccording to local reports, ISIS sending a huge amount of reinforcement to Deir Ezzor After series of devastating losses in fight against Syrian Army in Deir Ezzor military airport surroundings.\n\nAlalam Syria\n';

/** Runs the parser over an input and returns its claims (with their text) and warnings. */
function run(input: string, options: ParseOptions = {}, profile: SiteProfile | null = null) {
  const warnings: Warning[] = [];
  const ctx = createContext(input, options, profile, warnings);
  const claims = publishedParser
    .parse(ctx)
    .flatMap((c) => (c.kind === 'published' ? [{ ...c, text: input.slice(c.start, c.end) }] : []));
  return { claims, warnings };
}

describe('publishedParser on the seeds', () => {
  it.each([
    ['000', SEED_000_HEAD, '18 January 2017 22:52', '2017-01-18T22:52:00', 'minute'],
    ['001', 'Islamic Invitation Turkey\n\nISIL Commanders Fleeing\n\n20 July 2017 13:25\n\n\nLocal sources confirmed.\n', '20 July 2017 13:25', '2017-07-20T13:25:00', 'minute'],
    ['002', 'Islamic Invitation Turkey\n\nISIS in trouble\n\n30 June 2017 14:33\n\n\nAfter being left untouched since 2014.\n', '30 June 2017 14:33', '2017-06-30T14:33:00', 'minute'],
    ['003', SEED_003_HEAD, 'Thu Jan 19, 2017 11:42:31', '2017-01-19T11:42:31', 'second'],
  ] as const)('seed %s gives the gold publication time', (_, input, raw, local, precision) => {
    const { claims, warnings } = run(input);
    expect(warnings).toEqual([]);
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ kind: 'published', by: 'published', text: raw });
    expect(claims[0]!.value).toEqual({ raw, local, precision, zone: null, utc: null, zoneSource: null });
  });
});

describe('publishedParser labels', () => {
  it.each([
    ['Published: 18 January 2017 22:52', '18 January 2017 22:52'],
    ['Posted on Thu Jan 19, 2017 11:42:31', 'Thu Jan 19, 2017 11:42:31'],
    ['Posted on: January 18, 2017 at 10:52 pm', 'January 18, 2017 at 10:52 pm'],
    ['Date: Jan. 18, 2017', 'Jan. 18, 2017'],
    ['Publish date: 18 January 2017', '18 January 2017'],
    ['PUBLISHED ON 2017-01-18T22:52:00+03:00', '2017-01-18T22:52:00+03:00'],
    ['Last updated: 18 January 2017 22:52', '18 January 2017 22:52'],
    ['18 January 2017 22:52.', '18 January 2017 22:52'],
  ])('%j claims the whole line, raw %j', (line, raw) => {
    const { claims } = run(`Title\n${line}\n`);
    expect(claims).toHaveLength(1);
    expect(claims[0]!.text).toBe(line);
    expect(claims[0]!.value.raw).toBe(raw);
  });

  it('trusts an update label less than a publication label', () => {
    const published = run('Published: 18 January 2017 22:52').claims[0]!.confidence;
    const plain = run('18 January 2017 22:52').claims[0]!.confidence;
    const updated = run('Updated: 18 January 2017 22:52').claims[0]!.confidence;
    expect(published).toBeGreaterThan(plain);
    expect(plain).toBeGreaterThan(updated);
  });

  it('gives earlier blocks higher confidence', () => {
    const { claims } = run('18 January 2017 22:52\nA\nB\nC\nD\n19 January 2017 10:00\n');
    expect(claims).toHaveLength(2);
    expect(claims[0]!.confidence).toBeGreaterThan(claims[1]!.confidence);
    expect(claims[1]!.confidence).toBeGreaterThanOrEqual(0.5);
  });
});

describe('publishedParser zones', () => {
  const TEHRAN: SiteProfile = { id: 'alalam', name: 'Alalam', zone: 'Asia/Tehran' };
  const MARS: SiteProfile = { id: 'mars', name: 'Mars', zone: 'Mars/Olympus' };

  it.each([
    ['no zone anywhere', '18 January 2017 22:52', {}, null, null, null, null],
    ['the caller option', '18 January 2017 22:52', { zone: 'Asia/Damascus' }, null, 'Asia/Damascus', '2017-01-18T20:52:00Z', 'option'],
    ['the profile beats the option', '18 January 2017 22:52', { zone: 'Asia/Damascus' }, TEHRAN, 'Asia/Tehran', '2017-01-18T19:22:00Z', 'profile'],
    ['an offset beats the profile', '2017-01-18T22:52:00+03:00', {}, TEHRAN, 'UTC+03:00', '2017-01-18T19:52:00Z', 'offset'],
    ['Z is an offset', '2017-01-18T22:52:00Z', { zone: 'Asia/Tehran' }, null, 'UTC', '2017-01-18T22:52:00Z', 'offset'],
  ] as const)('%s', (_, line, options, profile, zone, utc, zoneSource) => {
    const { claims, warnings } = run(line, options, profile);
    expect(warnings).toEqual([]);
    expect(claims[0]!.value).toMatchObject({ zone, utc, zoneSource, local: '2017-01-18T22:52:00' });
  });

  it('warns unknown-zone and falls back to the next source', () => {
    const { claims, warnings } = run('18 January 2017 22:52', { zone: 'Asia/Tehran' }, MARS);
    expect(warnings.map((w) => w.code)).toEqual(['unknown-zone']);
    expect(claims[0]!.value).toMatchObject({ zone: 'Asia/Tehran', zoneSource: 'option' });
  });

  it('warns unknown-zone and leaves the zone unknown when nothing else is given', () => {
    const { claims, warnings } = run('18 January 2017 22:52', { zone: 'Nowhere/City' });
    expect(warnings.map((w) => w.code)).toEqual(['unknown-zone']);
    expect(claims[0]!.value).toMatchObject({ zone: null, utc: null, zoneSource: null });
  });
});

describe('publishedParser warnings', () => {
  it('warns weekday-mismatch over the timestamp and still claims it', () => {
    const input = 'Title\nPosted on Wed Jan 19, 2017 11:42:31\n';
    const { claims, warnings } = run(input);
    expect(warnings).toEqual([
      expect.objectContaining({
        code: 'weekday-mismatch',
        start: input.indexOf('Wed'),
        end: input.indexOf('31\n') + 2,
      }),
    ]);
    expect(claims).toHaveLength(1);
  });
});

describe('publishedParser must not match', () => {
  it.each([
    ['prose with a date', 'A security source disclosed on 18 January 2017 22:52 that the ISIL group had moved.'],
    ['a long line ending in a date', `${'word '.repeat(30)}18 January 2017`],
    ['a byline and a date', 'By Pam Martens and Russ Martens: April 4, 2016'],
    ['two timestamps', '18 January 2017 22:52 - 19 January 2017 10:00'],
    ['the page-date banner', '21 March 2018 - Wednesday - 4 Rajab 1439'],
    ['a time alone', '12:30'],
    ['a month and year', 'July 2014'],
    ['a score', '3-1'],
    ['an impossible day', '30 February 2017 22:52'],
    ['an unknown label', 'Filed: 18 January 2017 22:52'],
    ['an empty input', ''],
  ])('%s: %j', (_, line) => {
    expect(run(line)).toEqual({ claims: [], warnings: [] });
  });
});

describe('readPublished', () => {
  it.each([
    ['18 January 2017 22:52', {}, { local: '2017-01-18T22:52:00', zone: null, utc: null, zoneSource: null }],
    ['  Published: 18 January 2017 22:52 ', { zone: 'Asia/Tehran' }, { raw: '18 January 2017 22:52', utc: '2017-01-18T19:22:00Z', zoneSource: 'option' }],
    ['2017-01-18T22:52:00+03:00', { zone: 'Asia/Tehran' }, { zone: 'UTC+03:00', zoneSource: 'offset' }],
    ['Thu Jan 19, 2017 11:42:31', { zone: null }, { precision: 'second', zone: null }],
  ] as const)('%j', (text, options, expected) => {
    expect(readPublished(text, options)).toMatchObject(expected);
  });

  it.each(['', 'hello', 'On 18 January 2017 the army advanced', '12:30'])('is null for %j', (text) => {
    expect(readPublished(text)).toBeNull();
  });
});

describe('publishedParser on random text', () => {
  it('never throws, and every claim is a whole block', () => {
    const piece = fc.constantFrom('18', 'January', '2017', '22:52', ' ', 'Published:', 'Thu', ',', 'at', 'pm', '\n', '+03:00', 'T');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 25 }).map((a) => a.join('')), (input) => {
        const ctx = createContext(input);
        for (const c of publishedParser.parse(ctx)) {
          expect(ctx.blocks.some((b) => b.start === c.start && b.end === c.end)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('publishedParser: formats, evidence, zones and relative dates', () => {
  it.each([
    ['Jan. 18, 2017 10:52 p.m. ET', '2017-01-18T22:52:00', 'America/New_York', '2017-01-19T03:52:00Z'],
    ['Wednesday 18 January 2017', '2017-01-18T00:00:00', null, null],
    ['18/01/2017 - 22:52', '2017-01-18T22:52:00', null, null],
    ['18.01.2017 | 22:52', '2017-01-18T22:52:00', null, null],
    ['Posted on January 18, 2017 at 10:52 pm', '2017-01-18T22:52:00', null, null],
    ['نشر في: ١٨ يناير ٢٠١٧ - ٢٢:٥٢', '2017-01-18T22:52:00', null, null],
  ])('%j', (line, local, zone, utc) => {
    const { claims, warnings } = run(`Title\n${line}\nBody text.\n`);
    expect(warnings).toEqual([]);
    expect(claims[0]!.value).toMatchObject({ local, zone, utc });
  });

  it('keeps raw from the source: Arabic digits stay as written', () => {
    const { claims } = run('Title\n١٨ يناير ٢٠١٧ - ٢٢:٥٢\n');
    expect(claims[0]!.value.raw).toBe('١٨ يناير ٢٠١٧ - ٢٢:٥٢');
  });

  it.each([
    ['no evidence', 'Title\n03/04/2017 - 22:52\n', {}, null, '2017-04-03', ['ambiguous-date']],
    ['the site profile', 'Title\n03/04/2017 - 22:52\n', {}, 'mdy', '2017-03-04', []],
    ['the URL', 'Title\n03/04/2017 - 22:52\n', { url: 'https://x.org/2017/03/04/story' }, null, '2017-03-04', []],
    ['another date on the page', 'Title\n03/04/2017 - 22:52\nSee also 12/25/2016.\n', {}, null, '2017-03-04', []],
    ['the archive run', 'Title\n03/04/2017 - 22:52\n02/04/2017 (3) 01/04/2017 (5) 31/03/2017 (4)\n', {}, null, '2017-04-03', []],
    ['a part above 12', 'Title\n13/04/2017 - 22:52\n', {}, null, '2017-04-13', []],
  ] as const)('a numeric date decided by %s', (_, input, options, dateOrder, day, codes) => {
    const profile: SiteProfile | null = dateOrder === null ? null : { id: 'x', name: 'X', dateOrder };
    const { claims, warnings } = run(input, options, profile);
    expect(claims[0]!.value.local.slice(0, 10)).toBe(day);
    expect(warnings.map((w) => w.code)).toEqual(codes);
  });

  it.each([
    ['AST', null, ['ambiguous-zone'], null],
    ['AST', 'Asia/Riyadh', [], 'UTC+03:00'],
    ['IST', 'Asia/Kolkata', [], 'UTC+05:30'],
  ])('%s with profile zone %s', (abbr, zone, codes, expected) => {
    const profile: SiteProfile | null = zone === null ? null : { id: 'x', name: 'X', zone };
    const { claims, warnings } = run(`Title\n18 January 2017 22:52 ${abbr}\n`, {}, profile);
    expect(warnings.map((w) => w.code)).toEqual(codes);
    expect(claims[0]!.value.zone).toBe(expected);
  });

  it.each([
    ['5 hours ago', { referenceDate: '2017-01-19T03:00:00+03:00' }, '2017-01-18T22:00:00', 'minute', 'reference-date'],
    ['Posted 2 days ago', { referenceDate: '2017-01-19' }, '2017-01-17T00:00:00', 'day', 'reference-date'],
    ['yesterday', { referenceDate: '2017-01-19' }, '2017-01-18T00:00:00', 'day', 'reference-date'],
    ['منذ ٣ ساعات', { referenceDate: '2017-01-19T03:00' }, '2017-01-19T00:00:00', 'minute', 'reference-date'],
  ] as const)('%j resolves against %j', (line, options, local, precision, from) => {
    const { claims, warnings } = run(`Title\n${line}\n`, options);
    expect(warnings).toEqual([]);
    expect(claims[0]!.value).toMatchObject({ raw: line.replace('Posted ', ''), local, precision, implied: { from } });
  });

  it('resolves a relative date against the page date when no reference is given', () => {
    const { claims } = run(`${SEED_000_HEAD.split('\n').slice(0, 2).join('\n')}\nTitle\nyesterday\n`);
    expect(claims[0]!.value).toMatchObject({ local: '2018-03-20T00:00:00', implied: { from: 'page-date', reference: '2018-03-21' } });
  });

  it.each([
    ['5 hours ago', {}],
    ['5 hours ago', { referenceDate: '2017-01-19' }],
  ])('%j with %j is not claimed and warns', (line, options) => {
    const { claims, warnings } = run(`Title\n${line}\n`, options);
    expect(claims).toEqual([]);
    expect(warnings.map((w) => w.code)).toEqual(['relative-date-unresolved']);
  });

  it.each(['Today', 'Menu Today', 'Syria won 3-1', 'Call 555-123-4567', 'Version 2.10.3', '2017'])('%j is not claimed', (line) => {
    expect(run(`Title\n${line}\n`, { referenceDate: '2017-01-19' }).claims).toEqual([]);
  });

  it.each(['Last updated: 19 January 2017 09:10', 'آخر تحديث: 19 يناير 2017'])('%j is an update time', (line) => {
    const { claims } = run(`Title\n${line}\n`);
    expect(claims[0]!.value.role).toBe('updated');
    expect(claims[0]!.confidence).toBeLessThan(0.5);
  });
});

describe('published parser: a date inside the text', () => {
  const long = (i: number) =>
    `Paragraph ${i} of the article carries on for well over thirty words, because a paragraph of prose is long: it makes a point, gives the evidence for it, quotes somebody who saw it happen and then ends like a sentence should.`;
  const dates = (text: string) => runParser(publishedParser, text).map((c) => text.slice(c.start, c.end));

  it('does not read a bare date line between paragraphs of prose (a date in a quoted bill) as the publication date', () => {
    expect(dates([long(1), long(2), 'IN THE HOUSE OF REPRESENTATIVES', 'June 25, 2015', long(3)].join('\n\n'))).toEqual([]);
  });

  it('still reads a labelled one there, and a bare one above or below the prose', () => {
    expect(dates([long(1), long(2), 'Posted on June 25, 2015', long(3)].join('\n\n'))).toEqual(['Posted on June 25, 2015']);
    // One paragraph above the date may be the article's deck.
    expect(dates([long(1), 'June 25, 2015', long(2), long(3)].join('\n\n'))).toEqual(['June 25, 2015']);
    expect(dates(['June 25, 2015', long(1), long(2)].join('\n\n'))).toEqual(['June 25, 2015']);
    expect(dates([long(1), long(2), 'June 25, 2015'].join('\n\n'))).toEqual(['June 25, 2015']);
  });
});

describe('published parser: datelines', () => {
  it.each([
    ['[January 24, 2018 - ZurichTimes.net]', '2018-01-24T00:00:00', 'January 24, 2018'],
    ['January 24, 2018 | Reuters', '2018-01-24T00:00:00', 'January 24, 2018'],
    ['(Published: 18 January 2017 22:52)', '2017-01-18T22:52:00', '18 January 2017 22:52'],
  ])('reads %j', (line, local, raw) => {
    expect(readPublished(line)).toMatchObject({ local, raw });
  });

  it.each(['January 24, 2018 - The president said so', '[January 24, 2018 - ZurichTimes.net', 'January 24, 2018 - ZurichTimes.net, Reuters and AP'])(
    'does not read %j',
    (line) => expect(readPublished(line)).toBeNull(),
  );
});
