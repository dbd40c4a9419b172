import type { SiteProfile } from '../types.js';

/**
 * Before It's News: a reader poll and a promoted headline under each title, and the closing
 * notices (reuse, fair use, sharing prompts) of the blogs it republishes.
 */
export const beforeItsNews: SiteProfile = {
  id: 'beforeitsnews',
  name: "Before It's News",
  hosts: ['beforeitsnews.com'],
  cruft: [
    // "63% of readers think this story is Fact. Add your two cents."
    { pattern: /^\d{0,3} ?% of readers think\b.{0,100}$/i, reason: 'poll' },
    // "Headline: Gold Miners Rally as …": the site's promoted story.
    { pattern: /^headline\s?:\s\S.{0,200}$/i, reason: 'teaser' },
    { pattern: /^(?:this|the) (?:content|article|post|material) (?:may|can) be (?:freely )?(?:reproduced|republished|reposted|shared)\b.{0,300}$/i, reason: 'copyright' },
    { pattern: /^.{0,200}?\b(?:fair use doctrine|fair use notice|sec(?:tion|\.)? 107 of (?:the )?U\.?S\.? (?:code|copyright act))\b.{0,2000}$/i, reason: 'copyright' },
    { pattern: /^we encourage you to (?:share|republish|repost)\b.{0,200}$/i, reason: 'share' },
    { pattern: /^spread the word\b.{0,200}$/i, reason: 'share' },
    { pattern: /^to read more\b.{0,200}$/i, reason: 'read-more' },
    { pattern: /^also by [^.!?]{1,60}:?$/i, reason: 'related' },
  ],
};
