import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/context.js';
import { learnSiteChrome, profileForUrl, profilesFromJSON } from '../../src/learn/index.js';
import type { LearnInput, LearnedProfile } from '../../src/learn/index.js';
import { parseArticle } from '../../src/pipeline.js';
import { clean } from '../../src/text.js';

interface FixtureScrape {
  id: string;
  url: string;
  text: string;
}

const FIXTURE = fileURLToPath(new URL('../../fixtures/learn/scrapes.jsonl', import.meta.url));
const SCRAPES: FixtureScrape[] = readFileSync(FIXTURE, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as FixtureScrape);

const SUBSCRIBE = 'Subscribe to Canada Free Press for FREE';
const POSTED = 'Posted on by willyloman';

/** Real lines of the fixture that are prose (long), none of them chrome. */
const PROSE = [...new Set(SCRAPES.flatMap((s) => createContext(s.text).blocks.map((b) => clean(b.source))))].filter(
  (l) => l.split(' ').length >= 12 && !/commenting policy/i.test(l),
);

/** Builds a scrape from lines. */
const scrape = (lines: readonly string[], url: string): LearnInput => ({ text: `${lines.join('\n\n')}\n`, url });

const linesOf = (profiles: readonly LearnedProfile[], name: string): string[] =>
  profiles.find((p) => p.name === name)?.chrome.map((c) => c.text) ?? [];

describe('learnSiteChrome on real scrapes', () => {
  const profiles = learnSiteChrome(SCRAPES);

  it('has prose to build synthetic groups from', () => {
    expect(PROSE.length).toBeGreaterThanOrEqual(30);
  });

  it('learns each site’s masthead and footer, with where, count and share', () => {
    expect(profiles.map((p) => p.id)).toEqual(['learned-canadafreepress-com', 'learned-willyloman-wordpress-com']);
    const cfp = profiles[0]!;
    expect(cfp.hosts).toEqual(['canadafreepress.com']);
    expect(cfp.chrome[0]).toEqual({ text: SUBSCRIBE, where: 'head', reason: 'site-chrome', count: 4, share: 1 });
    expect(cfp.chrome[1]).toMatchObject({ where: 'tail', count: 4 });
    expect(cfp.chrome[1]!.text).toMatch(/^Please adhere to our commenting policy/);
    expect(cfp.learned).toMatchObject({ scrapes: 4, minShare: 0.3, minCount: 3, minScrapes: 3 });
    expect(linesOf(profiles, 'willyloman.wordpress.com')).toEqual([POSTED, 'Advertisements']);
  });

  it('learns nothing from article text: no title or paragraph of one scrape becomes chrome', () => {
    const learned = new Set(profiles.flatMap((p) => p.chrome.map((c) => c.text)));
    expect(learned.size).toBe(4);
    for (const line of PROSE) expect(learned.has(line)).toBe(false);
  });

  it('learns a masthead that opens every scrape of a synthetic site', () => {
    const group = [0, 1, 2, 3].map((i) => scrape(['The Example Daily', ...PROSE.slice(i * 5, i * 5 + 5)], `https://www.example.org/a/${i}`));
    expect(learnSiteChrome(group)).toEqual([
      expect.objectContaining({ id: 'learned-example-org', hosts: ['example.org'], chrome: [{ text: 'The Example Daily', where: 'head', reason: 'site-chrome', count: 4, share: 1 }] }),
    ]);
  });

  it('does not learn a sentence several articles quote inside their bodies', () => {
    // The quote recurs in all five scrapes, but at a different depth in each: text, not position.
    const quote = PROSE[0]!;
    const body = PROSE.slice(1);
    const group = [0, 2, 4, 6, 8].map((at, i) => {
      const lines = Array.from({ length: 8 }, (_, k) => body[(i * 6 + k) % body.length]!);
      lines.splice(at, 0, quote);
      return scrape(['The Example Daily', ...lines], `https://example.org/story/${i}`);
    });
    expect(linesOf(learnSiteChrome(group), 'example.org')).toEqual(['The Example Daily']);
    // By text and zone alone (no steady distance) it would pass: the position test is what stops it.
    expect(linesOf(learnSiteChrome(group, { maxDrift: 99 }), 'example.org')).toContain(quote);
  });

  it('does not learn a line that recurs in only 2 scrapes, however it is placed', () => {
    const group = [0, 1, 2, 3, 4].map((i) => scrape([i < 2 ? 'Support Example Daily' : `Story ${i}`, ...PROSE.slice(i * 3, i * 3 + 3)], `https://example.org/${i}`));
    expect(learnSiteChrome(group)).toEqual([]);
    expect(learnSiteChrome(group, { minCount: 2, minShare: 0.4 })).toHaveLength(1);
  });

  it('does not learn from a site with fewer than minScrapes scrapes', () => {
    const group = [0, 1].map((i) => scrape(['The Example Daily', PROSE[i]!], `https://example.org/${i}`));
    expect(learnSiteChrome(group)).toEqual([]);
    expect(learnSiteChrome(group, { minScrapes: 2, minCount: 2 })).toHaveLength(1);
  });

  it('keeps different hosts apart, and groups by key when one is given', () => {
    const a = [0, 1].map((i) => scrape(['Shared Masthead', PROSE[i]!], `https://one.example/${i}`));
    const b = [2, 3].map((i) => scrape(['Shared Masthead', PROSE[i]!], `https://two.example/${i}`));
    expect(learnSiteChrome([...a, ...b])).toEqual([]);
    const keyed = learnSiteChrome([...a, ...b].map((s) => ({ ...s, key: 'network' })));
    expect(keyed.map((p) => [p.id, p.hosts])).toEqual([['learned-network', ['one.example', 'two.example']]]);
  });

  it('is deterministic: shuffled input gives the same JSON', () => {
    const reversed = [...SCRAPES].reverse();
    const interleaved = [...SCRAPES.filter((_, i) => i % 2 === 1), ...SCRAPES.filter((_, i) => i % 2 === 0)];
    const once = JSON.stringify(learnSiteChrome(SCRAPES));
    expect(JSON.stringify(learnSiteChrome(reversed))).toBe(once);
    expect(JSON.stringify(learnSiteChrome(interleaved))).toBe(once);
  });

  it('finds a profile by URL host, subdomains included', () => {
    expect(profileForUrl(profiles, 'https://www.canadafreepress.com/article/x')?.id).toBe('learned-canadafreepress-com');
    expect(profileForUrl(profiles, 'https://example.org/')).toBeNull();
    expect(profileForUrl(profiles, 'not a url')).toBeNull();
  });

  it('rejects bad options with a TypeError', () => {
    expect(() => learnSiteChrome(SCRAPES, { minShare: -1 })).toThrow(TypeError);
    expect(() => learnSiteChrome([{ text: 3 } as unknown as LearnInput])).toThrow(/text: string/);
  });
});

describe('profilesFromJSON', () => {
  const profiles = learnSiteChrome(SCRAPES);

  it('round-trips learned profiles through JSON', () => {
    const back = profilesFromJSON(JSON.parse(JSON.stringify(profiles)));
    expect(back).toEqual(profiles);
    expect(profilesFromJSON({ profiles: JSON.parse(JSON.stringify(profiles)) })).toEqual(profiles);
  });

  it.each([
    [{}, /array of profiles/],
    [[null], /profiles\[0\] must be a profile object/],
    [[{ id: '', name: 'x' }], /profiles\[0\]\.id/],
    [[{ id: 'a', name: 'a', chrome: 'Share' }], /chrome must be an array/],
    [[{ id: 'a', name: 'a', chrome: [{ text: 'Share', where: 'top' }] }], /chrome\[0\]\.where must be "head", "tail" or "any"/],
    [[{ id: 'a', name: 'a', chrome: [{ text: '  ' }] }], /chrome\[0\]\.text/],
    [[{ id: 'a', name: 'a', hosts: 'a.com' }], /hosts must be an array of strings/],
    [[{ id: 'a', name: 'a', fingerprints: ['x'] }], /cannot come from JSON/],
  ])('rejects %j', (json, message) => {
    expect(() => profilesFromJSON(json)).toThrow(TypeError);
    expect(() => profilesFromJSON(json)).toThrow(message);
  });
});

describe('a learned profile in parseArticle', () => {
  const profiles = learnSiteChrome(SCRAPES);

  // The phrase tables may claim a line first ("Subscribe to …" is reason "subscribe"); either way it is cruft.
  it.each(SCRAPES.map((s) => [s.id, s] as const))('scrape %s reports its learned chrome as cruft', (_id, s) => {
    const profile = profileForUrl(profiles, s.url);
    expect(profile).not.toBeNull();
    const article = parseArticle(s.text, { id: s.id, url: s.url, profile: profile! });
    const present = profile!.chrome.filter((c) => createContext(s.text).blocks.some((b) => clean(b.source) === c.text));
    expect(present.length).toBeGreaterThan(0);
    for (const line of present) {
      const cruft = article.cruft.find((c) => c.text === line.text);
      expect(cruft, line.text).toBeDefined();
      expect(article.body).not.toContain(line.text);
    }
  });

  it('reports a learned masthead the phrase tables do not know as site-chrome', () => {
    const group = [0, 1, 2].map((i) => scrape(['The Example Daily', ...PROSE.slice(i * 4, i * 4 + 4)], `https://example.org/${i}`));
    const [learned] = learnSiteChrome(group);
    const article = parseArticle(group[0]!.text, { profile: learned! });
    expect(article.cruft).toContainEqual({ text: 'The Example Daily', reason: 'site-chrome' });
    expect(parseArticle(group[0]!.text, { profile: false }).cruft).not.toContainEqual({ text: 'The Example Daily', reason: 'site-chrome' });
  });
});

describe('learnSiteChrome: a sign-off block shared by two articles', () => {
  const signOff = ['ARE YOU COMPLETELY PREPARED?', 'IT’S THE MOST IMPORTANT PREP YOU CAN DO !', 'The Bible tells us that every human has sinned and fallen short of the glory of God.'];
  /** Ten scrapes of one site, each its own article (distinct real paragraphs). */
  const site = (withSignOff: number[], url = (i: number) => `https://blog.example.com/${i}`) =>
    Array.from({ length: 10 }, (_, i) => {
      const body = PROSE.slice(i * 3, i * 3 + 3);
      return scrape(withSignOff.includes(i) ? [...body, ...signOff] : body, url(i));
    });

  it('learns three consecutive lines that close two different articles, in the tail', () => {
    const learned = learnSiteChrome(site([2, 7]));
    const lines = learned[0]?.chrome ?? [];
    expect(lines.map((c) => [c.text, c.where, c.count])).toEqual(signOff.map((t) => [t, 'tail', 2]));
  });

  it('learns nothing from the same article scraped twice', () => {
    const twice = site([]);
    twice[7] = { ...twice[2]!, url: 'https://blog.example.com/copy' };
    twice[2] = scrape([...PROSE.slice(6, 9), ...signOff], 'https://blog.example.com/2');
    twice[7] = scrape([...PROSE.slice(6, 9), ...signOff], 'https://blog.example.com/copy');
    expect(learnSiteChrome(twice)).toEqual([]);
  });

  it('does not learn three paragraphs of prose two articles share (a syndicated passage)', () => {
    const shared = PROSE.filter((p) => p.split(' ').length > 30).slice(0, 3).map((p) => `${p} (quoted)`);
    const two = site([]).map((s, i) => (i === 2 || i === 7 ? scrape([`Opening paragraph of article ${i}, which is its own. `.repeat(4), ...shared], s.url!) : s));
    expect(learnSiteChrome(two).flatMap((p) => p.chrome.map((c) => c.text))).not.toContain(shared[0]);
  });

  it('learns nothing from two lines in a row, or with minRun 0', () => {
    const pair = site([]).map((s, i) => (i === 2 || i === 7 ? scrape([...PROSE.slice(i * 3, i * 3 + 3), ...signOff.slice(0, 2)], s.url!) : s));
    expect(learnSiteChrome(pair)).toEqual([]);
    expect(learnSiteChrome(site([2, 7]), { minRun: 0 })).toEqual([]);
  });

  it('does not learn a shared run standing in the middle of the articles', () => {
    const middle = Array.from({ length: 10 }, (_, i) => {
      const body = PROSE.slice(i * 3, i * 3 + 3);
      // Long real paragraphs on both sides, marked so no other scrape shares them.
      const own = (from: number) => PROSE.slice(from, from + 3).map((p) => `${p} (${i})`);
      const lines = i === 2 || i === 7 ? [...own(2 + i), ...signOff, ...own(12 + i)] : body;
      return scrape(lines, `https://blog.example.com/${i}`);
    });
    expect(learnSiteChrome(middle)).toEqual([]);
  });
});

// The head and tail zones are the first or last 12 blocks, or a third of the scrape, at most
// 1,000 blocks: a page's frame is never longer.
describe('chrome zones of a long scrape', () => {
  const profile = { id: 'zone-test', name: 'Zone Test', chrome: [{ text: 'Members Corner', where: 'head' as const, reason: 'site-chrome' as const }] };
  const scrape = (at: number): string =>
    Array.from({ length: 4000 }, (_, i) => (i === at ? 'Members Corner' : `The council met for the ${i}th time to discuss the bridge repairs in full.`)).join('\n\n');
  it.each([
    [900, true],
    [1200, false],
  ])('a learned head line at block %i is chrome: %s', (at, chrome) => {
    const article = parseArticle(scrape(at), { profile });
    expect(article.cruft.some((c) => c.text === 'Members Corner')).toBe(chrome);
  });
});
