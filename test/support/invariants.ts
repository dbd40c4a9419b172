import { expect } from 'vitest';
import type { Article } from '../../src/index.js';

/** Asserts the contract's invariants on one parse. */
export function expectInvariants(input: string, article: Article): void {
  // Segments partition the input: contiguous, non-empty, from 0 to input.length.
  let at = 0;
  for (const s of article.segments) {
    expect(s.start).toBe(at);
    expect(s.end).toBeGreaterThan(s.start);
    at = s.end;
  }
  expect(at).toBe(input.length);
  expect(article.segments.map((s) => input.slice(s.start, s.end)).join('')).toBe(input);
  // Claims are inside the input, in order, and do not overlap; metadata claims point into the
  // markup they were read from, are no segment and may overlap each other.
  let last = 0;
  for (const c of article.claims) {
    if (c.kind === 'metadata') {
      expect(c.start).toBeGreaterThanOrEqual(0);
      expect(c.end).toBeLessThanOrEqual(input.length);
      expect(c.end).toBeGreaterThan(c.start);
      continue;
    }
    expect(c.start).toBeGreaterThanOrEqual(last);
    expect(c.end).toBeLessThanOrEqual(input.length);
    last = c.end;
  }
}

