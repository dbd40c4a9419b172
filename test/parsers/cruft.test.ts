import { describe, expect, it } from 'vitest';
import { cruftParser, readCruft, runParser } from '../../src/index.js';

describe('readCruft', () => {
  it.each([
    ['Scroll Up', 'navigation'],
    ['Back to top', 'navigation'],
    ['READ MORE SYRIA NEWS AT:\u00a021st Century Wire Syria Files', 'read-more'],
    ['Read more about this here: https://example.com/x', 'read-more'],
    ['Advertisement', 'advertisement'],
    ['© 2017 Alalam News Network. All rights reserved.', 'copyright'],
    ['Related Posts:', 'related'],
    ['Tags: Syria, ISIS, Deir Ezzor', 'tags'],
    ['اقرأ أيضا:', 'related'],
  ])('reads %j', (line, reason) => {
    expect(readCruft(line)?.reason).toBe(reason);
  });

  it.each([
    'Scroll up to see the map of the front lines, which the army published on Sunday.',
    'Read the RT report here:',
    'Related reports said on Tuesday that the army troops advanced.',
    'Top commanders fled the town.',
  ])('does not read %j', (line) => expect(readCruft(line)).toBeNull());
});

describe('cruft parser: repeated lines in the tail', () => {
  it('claims both copies of a promo line repeated at the end', () => {
    const text = 'Title\n\nBody one is here.\n\nGet Your Copy of New Dawn Magazine #203 - Mar-Apr Issue\nGet Your Copy of New Dawn Magazine #203 - Mar-Apr Issue';
    const claims = runParser(cruftParser, text);
    expect(claims.map((c) => [c.kind, text.slice(c.start, c.end)])).toEqual([
      ['cruft', 'Get Your Copy of New Dawn Magazine #203 - Mar-Apr Issue'],
      ['cruft', 'Get Your Copy of New Dawn Magazine #203 - Mar-Apr Issue'],
    ]);
  });

  it('does not claim a line repeated only in the head of a long article', () => {
    const para = 'This paragraph is long enough to be prose and it carries on for a good while, sentence after sentence.';
    const text = ['Quote of the day', 'Quote of the day', ...Array.from({ length: 10 }, (_, i) => `${para} ${i}`)].join('\n\n');
    expect(runParser(cruftParser, text)).toEqual([]);
  });
});
