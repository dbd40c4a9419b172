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
      // Every field of a paragraph, so the article's paragraph is this value (no copy per line).
      const value: ClaimValues['body'] = { text: b.value, kind: h?.kind ?? 'paragraph', level: h?.level ?? null, row: h?.row ? h.row.index : null };
      return claimBlock(b, 'body', value, CONFIDENCE.fallback, 'body');
    }),
};
