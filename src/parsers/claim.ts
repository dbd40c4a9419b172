import type { AnyClaim, Block, ClaimKind, ClaimValues, Claim } from '../types.js';

/**
 * Makes a claim over `block.text[from, to)`, mapping text indices to input offsets.
 *
 * @example claimIn(block, 0, block.text.length, 'cruft', { text: 'Scroll Up', reason: 'navigation' }, 0.9, 'cruft')
 */
export function claimIn<K extends ClaimKind>(
  block: Block,
  from: number,
  to: number,
  kind: K,
  value: ClaimValues[K],
  confidence: number,
  by: string,
): AnyClaim {
  const claim: Claim<K> = { kind, start: block.at(from), end: block.at(to), value, confidence, by };
  return claim as unknown as AnyClaim;
}

/** Claims a whole block. */
export function claimBlock<K extends ClaimKind>(
  block: Block,
  kind: K,
  value: ClaimValues[K],
  confidence: number,
  by: string,
): AnyClaim {
  return claimIn(block, 0, block.text.length, kind, value, confidence, by);
}
