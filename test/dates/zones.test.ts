import { describe, expect, it } from 'vitest';
import { ZONE_ABBREVIATIONS } from '../../src/data/zones.js';
import { findTimestamps, toPublished } from '../../src/dates/timestamp.js';
import { readZoneAbbreviation } from '../../src/dates/zones.js';

const WINTER = { year: 2017, month: 1, day: 18, hour: 22, minute: 52, second: 0 };
const SUMMER = { year: 2017, month: 7, day: 18, hour: 22, minute: 52, second: 0 };

describe('readZoneAbbreviation', () => {
  it.each([
    ['GMT', [], { offset: 0 }],
    ['UTC', [], { offset: 0 }],
    ['ET', [], { zone: 'America/New_York' }],
    ['EST', [], { offset: -300 }],
    ['EDT', [], { offset: -240 }],
    ['PT', [], { zone: 'America/Los_Angeles' }],
    ['PST', [], { offset: -480 }],
    ['CET', [], { offset: 60 }],
    ['CEST', [], { offset: 120 }],
    ['IRST', [], { offset: 210 }],
    ['TRT', [], { offset: 180 }],
    ['EET', [], { offset: 120 }],
    ['MSK', [], { offset: 180 }],
    ['AST', ['Asia/Riyadh'], { offset: 180 }],
    ['AST', ['America/Halifax'], { offset: -240 }],
    ['IST', ['Asia/Kolkata'], { offset: 330 }],
    ['IST', ['Asia/Jerusalem'], { offset: 120 }],
    ['IST', ['Europe/Dublin'], { offset: 60 }],
    ['CST', ['America/Chicago'], { offset: -360 }],
    ['CST', ['America/New_York'], { offset: -360 }],
    ['CST', ['Asia/Shanghai'], { offset: 480 }],
    ['ist', ['Asia/Kolkata'], { offset: 330 }],
  ] as const)('%s with hints %j', (abbr, hints, expected) => {
    expect(readZoneAbbreviation(abbr, WINTER, hints)).toEqual({ abbr: abbr.toUpperCase(), unresolved: [], ...expected });
  });

  it.each([
    ['AST', []],
    ['IST', []],
    ['CST', []],
    ['IST', ['Asia/Tehran']],
    ['BST', ['Africa/Cairo']],
  ] as const)('%s with hints %j is unresolved, listing the readings', (abbr, hints) => {
    const r = readZoneAbbreviation(abbr, SUMMER, hints);
    expect(r?.unresolved.length).toBeGreaterThan(1);
    expect(r?.offset).toBeUndefined();
    expect(r?.zone).toBeUndefined();
  });

  it.each(['XYZ', '', 'Tehran'])('%j is not in the table', (abbr) => {
    expect(readZoneAbbreviation(abbr, WINTER, [])).toBeNull();
  });

  it('has one reading per ambiguous row with a region', () => {
    const counts = new Map<string, number>();
    for (const z of ZONE_ABBREVIATIONS) counts.set(z.abbr, (counts.get(z.abbr) ?? 0) + 1);
    for (const z of ZONE_ABBREVIATIONS) if ((counts.get(z.abbr) ?? 0) > 1) expect(z.region, z.abbr).toBeDefined();
    for (const z of ZONE_ABBREVIATIONS) expect((z.zone === undefined) !== (z.offset === undefined), z.abbr).toBe(true);
  });
});

describe('timestamps with zone abbreviations', () => {
  it.each([
    ['Jan. 18, 2017 10:52 p.m. ET', null, 'America/New_York', '2017-01-19T03:52:00Z'],
    ['July 18, 2017 10:52 p.m. ET', null, 'America/New_York', '2017-07-19T02:52:00Z'],
    ['18 January 2017 22:52 EST', null, 'UTC-05:00', '2017-01-19T03:52:00Z'],
    ['18 January 2017 22:52 IRST', null, 'UTC+03:30', '2017-01-18T19:22:00Z'],
    ['18 January 2017 22:52 TRT', null, 'UTC+03:00', '2017-01-18T19:52:00Z'],
    ['18 January 2017 22:52 (MSK)', null, 'UTC+03:00', '2017-01-18T19:52:00Z'],
    ['18 January 2017 22:52 AST', 'Asia/Riyadh', 'UTC+03:00', '2017-01-18T19:52:00Z'],
    ['18 January 2017 22:52 AST', null, null, null],
    // A stated abbreviation beats the site's zone.
    ['18 January 2017 22:52 CET', 'Asia/Tehran', 'UTC+01:00', '2017-01-18T21:52:00Z'],
  ])('%j (site zone %s) → %s %s', (text, zone, expectedZone, utc) => {
    const m = findTimestamps(text)[0]!;
    expect(m.end).toBe(text.length);
    const p = toPublished(m, text, zone, zone === null ? null : 'profile');
    expect([p.zone, p.utc]).toEqual([expectedZone, utc]);
    expect(p.zoneSource).toBe(utc === null ? null : 'abbreviation');
  });

  it.each(['18 January 2017 22:52 ETA', '18 January 2017 22:52 ESTATE'])('%j: a word is not a zone', (text) => {
    expect(findTimestamps(text)[0]?.zoneAbbr).toBeUndefined();
  });
});
