/**
 * Learning site chrome from a corpus: {@link learnSiteChrome} and the JSON helpers around it.
 *
 * @module
 */
export { learnSiteChrome, profileForUrl, profilesFromJSON, withLearnedChrome } from './chrome.js';
export type { LearnedChromeLine, LearnedProfile, LearnInput, LearnOptions } from './chrome.js';
