/** coveredBlocks against the rule read plainly, on made-up lines and random claims. */
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/context.js';
import { coveredBlocks, isSeparator } from '../../src/resolve/blocks.js';
import type { AnyClaim, ClaimKind } from '../../src/types.js';

const claim = (kind: ClaimKind, start: number, end: number): AnyClaim =>
  ({ kind, start, end, value: { text: '' }, confidence: 0.5, by: 'test' }) as unknown as AnyClaim;

/**
 * A block is covered when every character of it but separators lies in a claim of the kinds;
 * a claim counts from the block its start is in (one starting between blocks counts nowhere)
 * to the block that holds its last character.
 */
function naive(text: string, blocks: readonly { start: number; end: number }[], claims: readonly AnyClaim[], kinds: ReadonlySet<ClaimKind>): boolean[] {
  const inBlock = (at: number) => blocks.findIndex((b) => b.start <= at && at < b.end);
  const mine = (c: AnyClaim, k: number) => {
    const first = inBlock(c.start);
    return kinds.has(c.kind) && first >= 0 && first <= k && k <= Math.max(first, inBlock(Math.max(c.start, c.end - 1)));
  };
  return blocks.map((b, k) => {
    const own = claims.filter((c) => mine(c, k));
    if (own.length === 0) return false;
    let rest = '';
    for (let i = b.start; i < b.end; i++) if (!own.some((c) => c.start <= i && i < c.end)) rest += text[i];
    return isSeparator(rest);
  });
}

describe('coveredBlocks', () => {
  const text = 'Facebook | Twitter\n\nThe Headline Here\n\nA body line that runs on.\n\nScroll Up\n\nMore | Less';
  const ctx = createContext(text);
  const kinds: ReadonlySet<ClaimKind> = new Set(['social', 'cruft']);
  it('agrees with the plain rule on random claims', () => {
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    for (let round = 0; round < 300; round++) {
      const claims: AnyClaim[] = [];
      for (let k = random(6); k > 0; k--) {
        const start = random(text.length);
        claims.push(claim((['social', 'cruft', 'body'] as const)[random(3)]!, start, start + 1 + random(30)));
      }
      // Whole lines too, as parsers claim them.
      for (const b of ctx.blocks) if (random(3) === 0) claims.push(claim(random(2) ? 'cruft' : 'body', b.start, b.end));
      expect(coveredBlocks(ctx, claims, kinds)).toEqual(naive(text, ctx.blocks, claims, kinds));
    }
  });
});
