import type { SiteProfile } from '../types.js';

/**
 * Before It's News: a reader poll and a promoted headline under each title, and the closing
 * notices (reuse, fair use, sharing prompts) and credit lines of the blogs it republishes.
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
  // Credit lines of the republished blogs that no other development site prints.
  credits: [
    // "Steven Greenhut writes:"
    /^[\p{Lu}][\p{L}.'’ -]{1,60} (?:writes|reports|explains):$/u,
    // "Guest writer for Wake Up World", "Received by Mercedes Kirkel"
    /^guest (?:writer|author|post|contributor)\b.{0,80}$/i,
    /^(?:[Rr]eceived|RECEIVED) (?:[Bb]y|BY)\s\p{Lu}.{0,60}$/u,
    // "VIDEO Source:"
    /^(?:video |image |photo )?sources?:$/i,
    // "Republished with permission from …", "This article has been contributed by SHTF Plan. …", "Delivered by The Daily Sheeple"
    /^(?:this (?:article|post|piece) (?:has been|was|is) )?(?:contributed|republished|reprinted|reposted|syndicated|delivered)(?: with permission)? (?:by|from)\b.{1,300}$/i,
    // "WPTV – http://www.wptv.com/", "http://ufocon.blogspot.com – The UFO Iconoclast(s)"
    /^[^\n]{1,60} [–—-] (?:https?:\/\/|www\.)\S{1,300}$/,
    /^(?:https?:\/\/|www\.)\S{1,300} [–—-] [^\n]{1,60}$/,
    // "news.goldseek.com / By: Jim Willie CB, GoldenJackass.com / 26 December 2017"
    /^[^/\n]{1,80} \/ (?:[Bb]y|BY):? \p{Lu}[^\n]{0,120}$/u,
    // "This article was originally published by …", "Originally published at …"
    /^(?:this (?:article|story|piece|post) (?:was )?)?(?:originally|first) (?:published|appeared|produced|posted)\b.{0,200}$/i,
  ],
};
