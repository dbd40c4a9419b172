import { describe, expect, it } from 'vitest';
import { readSocial, runParser, socialParser } from '../../src/index.js';

describe('social parser', () => {
  it.each([
    ['Facebook Twitter Youtube', ['Facebook', 'Twitter', 'Youtube']],
    ['Facebook Twitter YouTube SoundCloud RSS', ['Facebook', 'Twitter', 'YouTube', 'SoundCloud', 'RSS']],
    ['Facebook | Twitter | Telegram', ['Facebook', 'Twitter', 'Telegram']],
  ])('reads the bar %j', (line, networks) => {
    expect(readSocial(line)).toEqual(networks);
  });

  it('claims the bar at the end of a banner line, with exact offsets', () => {
    const line = '21 March 2018 - Wednesday | Total: 135,520 content \u00a0 Facebook Twitter Youtube';
    const [claim] = runParser(socialParser, line);
    expect(claim?.kind).toBe('social');
    expect(line.slice(claim!.start, claim!.end)).toBe('Facebook Twitter Youtube');
  });

  it.each([
    'Facebook',
    'He posted it on Facebook, Twitter and YouTube before deleting it.',
    'Share on Facebook and Twitter now',
    'The Twitter Files',
  ])('does not claim %j', (line) => {
    expect(runParser(socialParser, line)).toEqual([]);
  });
});
