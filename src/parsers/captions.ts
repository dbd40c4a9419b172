import { CAPTION_FORMS } from '../data/captions.js';
import { clean, wordCount } from '../text.js';
import type { AnyClaim, Parser } from '../types.js';
import { claimBlock } from './claim.js';

/**
 * Reads an image or video caption line, or `null` when the line is not one.
 *
 * @example readCaption("Photo: Syrian troops near Deir Ezzor (SANA)") // "Photo: Syrian troops near Deir Ezzor (SANA)"
 */
export function readCaption(line: string): string | null {
  if (wordCount(line, 60) > 60) return null;
  const text = clean(line);
  return CAPTION_FORMS.some((p) => p.test(text)) ? text : null;
}

/**
 * Claims image and video captions and embed titles: "Photo: …", "[Video]", "… (Photo: AFP)".
 *
 * @example "Image: Russian aircraft over Deir ez-Zor" → caption
 */
export const captionsParser: Parser = {
  name: 'captions',
  parse(ctx) {
    const claims: AnyClaim[] = [];
    for (const block of ctx.blocks) {
      const text = readCaption(block.source);
      if (text !== null) claims.push(claimBlock(block, 'caption', { text }, 0.6, 'captions'));
    }
    return claims;
  },
};
