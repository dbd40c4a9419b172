import { createContext } from '../context.js';
import { inChromeZone } from '../parsers/cruft.js';
import { clean, PROSE_WORDS, wordCount } from '../text.js';
import type { ChromeLine, CruftReason, SiteProfile } from '../types.js';

const KEBAB_GAPS = /[^a-z0-9]+/g;
const KEBAB_ENDS = /^-|-$/g;

/**
 * One scrape to learn from: its text, and the URL or caller key that groups it with its site's other scrapes.
 *
 * @group Learned chrome
 */
export interface LearnInput {
  /** The scrape as parsed (text or HTML), e.g. `"Subscribe to Example Daily\n\nStory…"`. */
  text: string;
  /** The page's URL; its host (without `www.`) groups the scrape when no `key` is given. */
  url?: string | null;
  /** A caller's group key (e.g. the CSV's `domain` column); wins over the URL's host. */
  key?: string | null;
}

/**
 * Thresholds for {@link learnSiteChrome}; every field is optional.
 *
 * @group Learned chrome
 */
export interface LearnOptions {
  /** A site needs this many scrapes before anything is learned from it. @default 3 */
  minScrapes?: number;
  /** A line must occur in at least this share of its site's scrapes. @default 0.3 */
  minShare?: number;
  /** …and in at least this many scrapes, however small the site. @default 3 */
  minCount?: number;
  /** Share of a line's occurrences that must stand in one zone (head or tail). @default 0.8 */
  minPlaced?: number;
  /** Lines of more words must also keep a steady distance from their end of the scrape. @default 6 */
  shortWords?: number;
  /** How far (in blocks) a long line may drift from its usual distance to the head or tail. @default 2 */
  maxDrift?: number;
  /**
   * A run of this many consecutive lines that recurs verbatim in two different articles of a
   * site (an author's sign-off block) is learned even below `minShare` and `minCount`, still
   * only where it stands in one zone. `0` switches this off. @default 3
   */
  minRun?: number;
}

/**
 * A chrome line as learned: the line, its zone, and how often it was seen.
 *
 * @group Learned chrome
 */
export interface LearnedChromeLine extends ChromeLine {
  /** The line as written (the most frequent spelling), e.g. `"Subscribe to Canada Free Press for FREE"`. */
  text: string;
  /** Where the line stood in most of its occurrences: learning emits `'head'` or `'tail'`; `'any'` is for hand edits. */
  where: 'head' | 'tail' | 'any';
  /** Always `'site-chrome'` when learned. */
  reason: CruftReason;
  /** In how many of the site's scrapes the line occurs (once per scrape). */
  count: number;
  /** `count` over the site's scrapes, rounded to 3 decimals. */
  share: number;
}

/**
 * A site profile learned from a corpus: a plain-JSON {@link SiteProfile} whose `chrome` lines mark site chrome.
 *
 * @group Learned chrome
 */
export interface LearnedProfile extends SiteProfile {
  /** Kebab-case `"learned-<host or key>"`, e.g. `"learned-canadafreepress-com"`. */
  id: string;
  /** The host or key the scrapes were grouped by. */
  name: string;
  /** The URL hosts (without `www.`) of the group's scrapes, sorted. */
  hosts: readonly string[];
  /** The learned lines, head lines first (by usual distance from the top), then tail lines. */
  chrome: readonly LearnedChromeLine[];
  /** What the profile was learned from and with which thresholds. */
  learned: {
    /** How many scrapes of the site it was learned from, e.g. `10`. */
    scrapes: number;
  } & Required<LearnOptions>;
}

/** The default thresholds, see {@link LearnOptions}. */
const DEFAULTS: Required<LearnOptions> = {
  minScrapes: 3,
  minShare: 0.3,
  minCount: 3,
  minPlaced: 0.8,
  shortWords: 6,
  maxDrift: 2,
  minRun: 3,
};

/** A shared run counts only with at most this many words of the scrape beyond it, before or after. */
const EDGE_WORDS = 60;

/** The host of a URL, lower-cased and without `www.`, or `null` when it does not parse. */
function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** Where a line stood in one scrape: its first and last block index and the block count. */
interface Place {
  first: number;
  last: number;
  count: number;
}

/** Everything seen of one line (keyed by clean lower-case text) in one group. */
interface LineStats {
  /** Small number naming the line inside its group. */
  id: number;
  places: Place[];
  spellings: Map<string, number>;
}

interface Group {
  hosts: Set<string>;
  scrapes: number;
  lines: Map<string, LineStats>;
  /** Runs of `minRun` consecutive line ids → the articles (by first paragraph) they occur in. */
  runs: Map<string, { articles: Set<string>; lines: string[] }>;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}

/** The most frequent spelling, ties broken by code-unit order, so input order does not matter. */
function canonical(spellings: Map<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [text, n] of spellings) {
    if (n > bestCount || (n === bestCount && text < best)) {
      best = text;
      bestCount = n;
    }
  }
  return best;
}

/** How well a line's places fit one end: the share in the zone (and, for long lines, near the usual distance). */
function fit(places: readonly Place[], where: 'head' | 'tail', steady: boolean, maxDrift: number): { share: number; distance: number } {
  const distances = places.map((p) => (where === 'head' ? p.first : p.count - 1 - p.last));
  const usual = median(distances);
  let placed = 0;
  places.forEach((p, i) => {
    const index = where === 'head' ? p.first : p.last;
    if (!inChromeZone(index, p.count, where)) return;
    if (steady && Math.abs((distances[i] ?? 0) - usual) > maxDrift) return;
    placed++;
  });
  return { share: places.length ? placed / places.length : 0, distance: usual };
}

/**
 * Records the scrape's runs of `length` consecutive lines that stand at one end of it (at most
 * `EDGE_WORDS` words of the scrape beyond them) and hold at most one paragraph of prose, under
 * the article its first paragraph of prose names.
 */
function recordRuns(group: Group, order: readonly string[], length: number, blocks: readonly { text: string; value: string; words: number }[]): void {
  const article = blocks.find((b) => b.words > PROSE_WORDS)?.value.toLowerCase() ?? order.join('\n');
  // Words before each block: a run is at an end when few words lie beyond it.
  const before: number[] = [0];
  for (const b of blocks) before.push(before[before.length - 1]! + b.words);
  const total = before[before.length - 1]!;
  const prose = blocks.map((b) => b.words > PROSE_WORDS);
  for (let i = 0; i + length <= order.length; i++) {
    const atEnd = before[i]! <= EDGE_WORDS || total - before[i + length]! <= EDGE_WORDS;
    // A sign-off block is mostly short lines; paragraphs two articles share are a quoted or syndicated passage.
    if (!atEnd || prose.slice(i, i + length).filter(Boolean).length > 1) continue;
    const lines = order.slice(i, i + length);
    const key = lines.map((l) => group.lines.get(l)!.id).join(',');
    let run = group.runs.get(key);
    if (!run) group.runs.set(key, (run = { articles: new Set(), lines }));
    run.articles.add(article);
  }
}

/**
 * Lines that belong to a run found in two or more different articles, every line of the run
 * being too rare to be learned alone (a byline next to two frequent chrome lines is no run).
 */
function linesInSharedRuns(group: Group, need: number): Set<string> {
  const out = new Set<string>();
  for (const run of group.runs.values()) {
    if (run.articles.size < 2 || run.lines.some((l) => (group.lines.get(l)?.places.length ?? 0) >= need)) continue;
    for (const l of run.lines) out.add(l);
  }
  return out;
}

/**
 * Learns each site's chrome from a corpus: lines that recur in many of a site's scrapes
 * *and* stand in its head or tail zone, returned as plain-JSON site profiles.
 *
 * @example
 * const stories = ['The council approved the budget.', 'Rain is expected all week.', 'The museum reopened.'];
 * const rows = stories.map((story, n) => ({ text: `Subscribe to Example Daily for FREE\n\nHeadline ${n}\n\n${story}`, url: `https://example.com/${n}` }));
 * const profiles = learnSiteChrome(rows);
 * profiles[0]?.chrome[0]; // { text: 'Subscribe to Example Daily for FREE', where: 'head', reason: 'site-chrome', count: 3, share: 1 }
 * const url = 'https://example.com/0';
 * parseArticle(rows[0]!.text, { url, profile: profileForUrl(profiles, url) ?? false }).cruft.length; // 1
 * learnSiteChrome([{ text: 'x' }], { minShare: -1 }); // TypeError: learnSiteChrome: option minShare must be a non-negative number, but was -1
 *
 * @throws TypeError when a scrape is not `{ text, url?, key? }` or a threshold is not a non-negative number.
 * @group Learned chrome
 */
export function learnSiteChrome(scrapes: Iterable<LearnInput>, options: LearnOptions = {}): LearnedProfile[] {
  const o: Required<LearnOptions> = { ...DEFAULTS };
  for (const [k, v] of Object.entries(options) as [keyof LearnOptions, unknown][]) {
    if (v === undefined) continue;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
      throw new TypeError(`learnSiteChrome: option ${k} must be a non-negative number, but was ${JSON.stringify(v)}`);
    }
    o[k] = v;
  }

  const groups = new Map<string, Group>();
  for (const scrape of scrapes) {
    if (typeof scrape?.text !== 'string') {
      throw new TypeError('learnSiteChrome expects scrapes shaped { text: string, url?, key? }');
    }
    const host = hostOf(scrape.url);
    const key = scrape.key?.trim() || host;
    if (!key) continue;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { hosts: new Set(), scrapes: 0, lines: new Map(), runs: new Map() }));
    if (host) group.hosts.add(host);
    group.scrapes++;

    const blocks = createContext(scrape.text).blocks;
    const seen = new Map<string, Place>();
    const order: string[] = [];
    for (const block of blocks) {
      const text = block.value;
      if (text === '') continue;
      const lower = text.toLowerCase();
      order.push(lower);
      let stats = group.lines.get(lower);
      if (!stats) group.lines.set(lower, (stats = { id: group.lines.size, places: [], spellings: new Map() }));
      const place = seen.get(lower);
      if (place) {
        place.last = block.index;
        continue;
      }
      seen.set(lower, { first: block.index, last: block.index, count: blocks.length });
      stats.spellings.set(text, (stats.spellings.get(text) ?? 0) + 1);
    }
    for (const [lower, place] of seen) group.lines.get(lower)?.places.push(place);
    if (o.minRun > 0) recordRuns(group, order, Math.ceil(o.minRun), blocks);
  }

  const out: LearnedProfile[] = [];
  for (const [key, group] of groups) {
    if (group.scrapes < o.minScrapes) continue;
    const need = Math.max(o.minCount, Math.ceil(o.minShare * group.scrapes - 1e-9));
    const found: (LearnedChromeLine & { distance: number })[] = [];
    const inRun = linesInSharedRuns(group, need);
    for (const [lower, stats] of group.lines) {
      if (stats.places.length < need && !(stats.places.length >= 2 && inRun.has(lower))) continue;
      const text = canonical(stats.spellings);
      const steady = wordCount(text, o.shortWords) > o.shortWords;
      const head = fit(stats.places, 'head', steady, o.maxDrift);
      const tail = fit(stats.places, 'tail', steady, o.maxDrift);
      const headOk = head.share >= o.minPlaced;
      const tailOk = tail.share >= o.minPlaced;
      if (!headOk && !tailOk) continue;
      const where = headOk && (!tailOk || head.distance <= tail.distance) ? 'head' : 'tail';
      found.push({
        text,
        where,
        reason: 'site-chrome',
        count: stats.places.length,
        share: Math.round((stats.places.length / group.scrapes) * 1000) / 1000,
        distance: where === 'head' ? head.distance : tail.distance,
      });
    }
    found.sort(
      (a, b) =>
        (a.where === b.where ? 0 : a.where === 'head' ? -1 : 1) ||
        (a.where === 'head' ? a.distance - b.distance : b.distance - a.distance) ||
        (a.text < b.text ? -1 : a.text > b.text ? 1 : 0),
    );
    if (found.length === 0) continue;
    out.push({
      id: `learned-${key.toLowerCase().replace(KEBAB_GAPS, '-').replace(KEBAB_ENDS, '')}`,
      name: key,
      hosts: [...group.hosts].sort(),
      chrome: found.map(({ distance: _distance, ...line }) => line),
      learned: { scrapes: group.scrapes, ...o },
    });
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * The first profile whose hosts include the URL's host (or a parent domain of it), or `null`.
 *
 * @example
 * const profiles = profilesFromJSON([{ id: 'learned-example-com', name: 'example.com', hosts: ['example.com'] }]);
 * profileForUrl(profiles, 'https://news.example.com/x')?.id; // 'learned-example-com'
 * @group Learned chrome
 */
export function profileForUrl<P extends SiteProfile>(profiles: readonly P[], url: string | null | undefined): P | null {
  const host = hostOf(url);
  if (!host) return null;
  return profiles.find((p) => p.hosts?.some((h) => host === h || host.endsWith(`.${h}`))) ?? null;
}

const WHERE = new Set(['head', 'tail', 'any']);
/** Profile fields that hold patterns or functions, which JSON cannot carry. */
const NOT_JSON = ['fingerprints', 'cruft', 'credits', 'parsers'] as const;

function what(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'string' ? JSON.stringify(v.length > 40 ? `${v.slice(0, 37)}...` : v) : `a ${typeof v}`;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function stringList(v: unknown, at: string): string[] {
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) {
    throw new TypeError(`${at} must be an array of strings, but is ${what(v)}`);
  }
  return v as string[];
}

function readChromeLine(v: unknown, at: string): ChromeLine {
  if (!isObject(v)) throw new TypeError(`${at} must be an object like { "text": "Share", "where": "tail" }, but is ${what(v)}`);
  const { text, where, reason } = v;
  if (typeof text !== 'string' || clean(text) === '') throw new TypeError(`${at}.text must be a non-empty string, but is ${what(text)}`);
  if (where !== undefined && (typeof where !== 'string' || !WHERE.has(where))) {
    throw new TypeError(`${at}.where must be "head", "tail" or "any", but is ${what(where)}`);
  }
  if (reason !== undefined && (typeof reason !== 'string' || reason === '')) {
    throw new TypeError(`${at}.reason must be a non-empty string, but is ${what(reason)}`);
  }
  return { ...v, text } as ChromeLine;
}

function readProfile(v: unknown, at: string): SiteProfile {
  if (!isObject(v)) throw new TypeError(`${at} must be a profile object { "id", "name", "hosts", "chrome" }, but is ${what(v)}`);
  const { id, name, hosts, chrome, zone, dateOrder, disable } = v;
  if (typeof id !== 'string' || id === '') throw new TypeError(`${at}.id must be a non-empty string, but is ${what(id)}`);
  const here = `${at} (${JSON.stringify(id)})`;
  if (typeof name !== 'string') throw new TypeError(`${here}.name must be a string, but is ${what(name)}`);
  for (const field of NOT_JSON) {
    if (v[field] !== undefined) throw new TypeError(`${here}.${field} cannot come from JSON (it holds patterns or functions); use "chrome" lines instead`);
  }
  const profile: SiteProfile = { ...v, id, name };
  if (hosts !== undefined) profile.hosts = stringList(hosts, `${here}.hosts`).map((h) => h.toLowerCase().replace(/^www\./, ''));
  if (chrome !== undefined) {
    if (!Array.isArray(chrome)) throw new TypeError(`${here}.chrome must be an array of lines, but is ${what(chrome)}`);
    profile.chrome = chrome.map((line, i) => readChromeLine(line, `${here}.chrome[${i}]`));
  }
  if (zone !== undefined && typeof zone !== 'string') throw new TypeError(`${here}.zone must be an IANA zone name, but is ${what(zone)}`);
  if (dateOrder !== undefined && dateOrder !== 'dmy' && dateOrder !== 'mdy') {
    throw new TypeError(`${here}.dateOrder must be "dmy" or "mdy", but is ${what(dateOrder)}`);
  }
  if (disable !== undefined) profile.disable = stringList(disable, `${here}.disable`);
  return profile;
}

/**
 * Checks a saved profiles file (an array of profiles, or `{ "profiles": [...] }`) and returns
 * its profiles; a bad shape is a `TypeError` that names the place and what it should be.
 *
 * @example
 * const json = [{ id: 'learned-example-com', name: 'example.com', hosts: ['example.com'], chrome: [{ text: 'Subscribe to Example Daily', where: 'head' }] }];
 * profilesFromJSON(json)[0]?.chrome?.length; // 1
 * profilesFromJSON([{ id: 'x' }]); // TypeError: profiles[0] ("x").name must be a string, but is a undefined
 * @throws TypeError when the JSON is not a list of profiles (or `{ "profiles": [...] }`) of the right shape; the message names the place.
 * @group Learned chrome
 */
export function profilesFromJSON(json: unknown): SiteProfile[] {
  const list = isObject(json) && 'profiles' in json ? json.profiles : json;
  const at = list === json ? 'profiles' : 'profiles file .profiles';
  if (!Array.isArray(list)) {
    throw new TypeError(`a profiles file must hold an array of profiles (or { "profiles": [...] }), but holds ${what(list)}`);
  }
  return list.map((p, i) => readProfile(p, `${at}[${i}]`));
}

/**
 * A site's built-in profile with the chrome learned for the site added: its own rows, zone and
 * the rest stay; the profile itself when nothing was learned.
 *
 * @example
 * const learned = { id: 'learned-example-com', name: 'example.com', chrome: [{ text: 'Listen to our podcast' }] };
 * withLearnedChrome({ id: 'example', name: 'Example Daily' }, learned).chrome; // [{ text: 'Listen to our podcast' }]
 * @group Learned chrome
 */
export function withLearnedChrome(profile: SiteProfile, learned: SiteProfile | null): SiteProfile {
  const chrome = learned?.chrome ?? [];
  return chrome.length === 0 ? profile : { ...profile, chrome: [...(profile.chrome ?? []), ...chrome] };
}
