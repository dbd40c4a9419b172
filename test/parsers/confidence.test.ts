import { describe, expect, it } from 'vitest';
import { CONFIDENCE } from '../../src/parsers/confidence.js';
import { MATCHED_CONFIDENCE } from '../../src/parsers/title.js';

describe('CONFIDENCE', () => {
  it('is a scale: highest first, each level below the one before, all between 0 and 1', () => {
    const levels = Object.values(CONFIDENCE);
    expect(levels.length).toBeGreaterThan(1);
    levels.forEach((level, i) => {
      expect(level).toBeGreaterThan(0);
      expect(level).toBeLessThan(1);
      if (i > 0) expect(level).toBeLessThan(levels[i - 1]!);
    });
  });

  it('keeps a guessed site line below the 0.5 the site-banner resolver tests, and a profile one above', () => {
    expect(CONFIDENCE.guess).toBeLessThan(0.5);
    expect(CONFIDENCE.certain).toBeGreaterThanOrEqual(0.5);
  });

  it('puts a headline the slug names above every merely headline-shaped line', () => {
    expect(MATCHED_CONFIDENCE).toBeGreaterThan(CONFIDENCE.good);
  });
});
