import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

/**
 * The "parts, alone" examples (docs/tour.md, once in the README), spelt out as assertions;
 * test/examples.test.ts also runs the page's code block itself.
 */
describe('"The parts, alone" examples', () => {
  it('reads the dual-calendar page date', () => {
    expect(api.readPageDate('21 March 2018 - Wednesday - 4 Rajab 1439')).toMatchObject({
      gregorian: '2018-03-21',
      weekday: 'Wednesday',
      hijri: { year: 1439, month: 7, day: 4, monthName: 'Rajab' },
      calendar: 'islamic-umalqura',
      offsetDays: 0,
    });
  });
  it('reads the archive counters', () => {
    expect(api.readArchive('20/03/2018 (38) 19/03/2018 (41) Total: 135,520 content')).toEqual({
      daily: [{ date: '2018-03-20', count: 38 }, { date: '2018-03-19', count: 41 }],
      total: 135520,
    });
  });
  it('reads a timestamp in a zone', () => {
    expect(api.readPublished('18 January 2017 22:52', { zone: 'Europe/Istanbul' })).toMatchObject({
      local: '2017-01-18T22:52:00',
      precision: 'minute',
      zone: 'Europe/Istanbul',
      utc: '2017-01-18T19:52:00Z',
    });
  });
  it('splits labels, reads credits, cruft and dumps', () => {
    expect(api.splitLabels('VIDEO: ISIS Huge Reinforcement')).toEqual({ labels: ['VIDEO'], text: 'ISIS Huge Reinforcement' });
    expect(api.splitLabels('DEIR EZZOR: Last stronghold')).toEqual({ labels: [], text: 'DEIR EZZOR: Last stronghold' });
    expect(api.readCredit('By Maria Lindqvist')).toEqual({ text: 'By Maria Lindqvist', role: 'author' });
    expect(api.readCruft('Scroll Up')).toEqual({ text: 'Scroll Up', reason: 'navigation' });
    expect(api.findVarDumps('string(7) "[1,2,3]"')[0]?.embedded).toEqual({ kind: 'php-var-dump', declaredLength: 7, byteLength: 7, valid: true, value: [1, 2, 3] });
    expect(api.runParser(api.cruftParser, 'Body.\n\nScroll Up')).toHaveLength(1);
    expect(typeof api.learnSiteChrome).toBe('function');
    expect(typeof api.createParser).toBe('function');
  });
});
