import type { Parser } from '../types.js';
import { claimBlock } from './claim.js';

/**
 * Claims every block as a body paragraph at the lowest confidence; resolvers let any
 * more specific claim win, so what is left over is the article's prose.
 *
 * @example "The source added that …" → body "The source added that …"
 */
export const bodyParser: Parser = {
  name: 'body',
  parse: (ctx) => ctx.blocks.map((b) => claimBlock(b, 'body', { text: b.value }, 0.1, 'body')),
};
