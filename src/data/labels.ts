/**
 * Headline prefixes that label a story rather than name a place: "VIDEO: …".
 * A prefix not in this table (such as a place kicker, "DEIR EZZOR: …") stays in the title.
 */
export const TITLE_LABELS: readonly string[] = [
  'VIDEO',
  'VIDEOS',
  'WATCH',
  'BREAKING',
  'BREAKING NEWS',
  'UPDATE',
  'UPDATED',
  'EXCLUSIVE',
  'LIVE',
  'PHOTOS',
  'PHOTO',
  'GALLERY',
  'AUDIO',
  'PODCAST',
  'LISTEN',
  'OPINION',
  'ANALYSIS',
  'EDITORIAL',
  'INFOGRAPHIC',
  'REPORT',
  'MUST WATCH',
  'MUST SEE',
  'JUST IN',
  'DEVELOPING',
  'URGENT',
  'FLASHBACK',
  'EXPOSED',
  'REVEALED',
];
