import type { ClaimValues, Parser } from '../types.js';
import { claimBlock } from './claim.js';
import { CONFIDENCE } from './confidence.js';

/**
 * Claims every block as a body paragraph at the lowest confidence; resolvers let any
 * more specific claim win, so what is left over is the article's prose.
 *
 * @example runParser(bodyParser, 'The source added that the convoy left at dawn.')[0]?.value; // { text: 'The source added that the convoy left at dawn.' }
 * @group Parts
 * @category Body
 */
export const bodyParser: Parser = {
  name: 'body',
  parse: (ctx) =>
    ctx.blocks.map((b) => {
      const h = b.html;
      const value: ClaimValues['body'] = h ? { text: b.value, kind: h.kind } : { text: b.value };
      if (h?.level != null) value.level = h.level;
      if (h?.row) value.row = h.row.index;
      return claimBlock(b, 'body', value, CONFIDENCE.fallback, 'body');
    }),
};
