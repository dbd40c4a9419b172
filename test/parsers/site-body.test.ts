import { describe, expect, it } from 'vitest';
import { bodyParser, islamicInvitationTurkey, runParser, siteParser } from '../../src/index.js';

describe('site parser', () => {
  it('claims the profile name line at the top with high confidence', () => {
    const text = 'Islamic Invitation Turkey\n\u00a0 21 March 2018 - Wednesday - 4 Rajab 1439\n\nA headline';
    const [claim] = runParser(siteParser, text, {}, islamicInvitationTurkey);
    expect(claim && [text.slice(claim.start, claim.end), claim.confidence]).toEqual(['Islamic Invitation Turkey', 0.95]);
  });

  it.each([
    ['Some News Site\nFacebook Twitter', 'Some News Site'],
    ['Al-Masdar News\n\nbody', 'Al-Masdar News'],
  ])('proposes a short name-like first line at low confidence: %j', (text, name) => {
    const [claim] = runParser(siteParser, text);
    expect(claim?.kind === 'site' && [claim.value.name, claim.confidence]).toEqual([name, 0.3]);
  });

  it.each([
    'A security source disclosed on Wednesday that the ISIL terrorist group has moved forces.',
    'the lower-case start of a line',
    'One Two Three Four Five Six Seven',
    '',
  ])('proposes nothing for %j', (text) => {
    expect(runParser(siteParser, text)).toEqual([]);
  });
});

describe('body parser', () => {
  it('claims every non-blank line, whitespace-normalised (NBSP → space)', () => {
    const text = '  First\u00a0 paragraph.  \n\n\nSecond\tparagraph.\r\n';
    const claims = runParser(bodyParser, text);
    expect(claims.map((c) => (c.kind === 'body' ? c.value.text : null))).toEqual(['First paragraph.', 'Second paragraph.']);
    expect(claims.map((c) => text.slice(c.start, c.end))).toEqual(['First\u00a0 paragraph.', 'Second\tparagraph.']);
    expect(claims.every((c) => c.confidence === 0.1)).toBe(true);
  });

  it.each(['', '   ', '\n\n\u00a0\n'])('claims nothing in blank input %j', (text) => {
    expect(runParser(bodyParser, text)).toEqual([]);
  });
});
