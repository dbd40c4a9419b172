import { CAPTION_FORMS } from '../data/captions.js';
import { anyOf } from '../regex.js';
import { clean, wordCount } from '../text.js';
import type { AnyClaim, Parser } from '../types.js';
import { claimBlock } from './claim.js';
import { CONFIDENCE } from './confidence.js';

/**
 * Reads an image or video caption line, or `null` when the line is not one.
 *
 * @example readCaption("Photo: Syrian troops near Deir Ezzor (SANA)") // "Photo: Syrian troops near Deir Ezzor (SANA)"
 * @group Parts
 * @category Captions
 */
export function readCaption(line: string): string | null {
  return captionOf(wordCount(line, MAX_WORDS), clean(line));
}

const ANY_CAPTION = anyOf(CAPTION_FORMS);
const MAX_WORDS = 60;

/** {@link readCaption} for a line whose word count and clean text are already known. */
function captionOf(words: number, text: string): string | null {
  return words <= MAX_WORDS && ANY_CAPTION(text) ? text : null;
}

/**
 * Claims image and video captions and embed titles: "Photo: …", "[Video]", "… (Photo: AFP)".
 *
 * @example runParser(captionsParser, 'Image: Russian aircraft over Deir ez-Zor')[0]?.kind; // 'caption'
 * @group Parts
 * @category Captions
 */
export const captionsParser: Parser = {
  name: 'captions',
  parse(ctx) {
    const claims: AnyClaim[] = [];
    for (const block of ctx.blocks) {
      const text = captionOf(block.words, block.value);
      if (text !== null) claims.push(claimBlock(block, 'caption', { text }, CONFIDENCE.weak, 'captions'));
    }
    return claims;
  },
};
