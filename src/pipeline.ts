import { assemble } from './assemble.js';
import { checkOptions, createContext } from './context.js';
import { describe, UnknownProfileError } from './errors.js';
import { defaultParsers } from './parsers/index.js';
import { defaultProfiles } from './profiles/index.js';
import { defaultResolvers } from './resolve/index.js';
import type { AnyClaim, Article, ParseContext, ParseOptions, Parser, Resolver, SiteProfile, Warning } from './types.js';

/**
 * How to build a parser: extra or replacement parsers, resolvers and profiles.
 *
 * @group Customise
 */
export interface ParserConfig {
  /** Parsers to add; one with the same name as a default replaces it. */
  parsers?: readonly Parser[];
  /** Names of parsers or resolvers to switch off. */
  disable?: readonly string[];
  /** Resolvers to add (run before `overlaps`); one with a default's name replaces it. */
  resolvers?: readonly Resolver[];
  /** Profiles to add; one with a default's id replaces it. */
  profiles?: readonly SiteProfile[];
  /** Whether to start from the built-in parsers, resolvers and profiles. @default true */
  defaults?: boolean;
}

/**
 * A configured parser: the same stages as {@link parseArticle}, each callable alone.
 *
 * @group Customise
 */
export interface ArticleParser {
  /**
   * Parses one scrape (text or HTML) into an {@link Article}; never throws on a string.
   *
   * @throws TypeError or {@link UnknownProfileError}, as {@link parseArticle} does.
   */
  parse(input: string, options?: ParseOptions): Article;
  /**
   * The profile that applies to a scrape: `options.profile`, else the URL's host, else the
   * first profile whose fingerprint matches the scrape's text (its blocks, one per line).
   *
   * @throws {@link UnknownProfileError} when `options.profile` is an id no profile has.
   */
  profileFor(input: string | ParseContext, options?: ParseOptions): SiteProfile | null;
  /** Runs the parsers alone and returns every claim before resolution. */
  claims(ctx: ParseContext): AnyClaim[];
  /** Runs the resolvers alone. */
  resolve(claims: AnyClaim[], ctx: ParseContext): AnyClaim[];
  /** The parsers it runs: the defaults merged with the config's (same name replaces), minus those switched off. */
  readonly parsers: readonly Parser[];
  /** The resolvers it runs, in order, merged the same way. */
  readonly resolvers: readonly Resolver[];
  /** The site profiles it chooses from, e.g. the three built-in ones and yours. */
  readonly profiles: readonly SiteProfile[];
}

/** Merges named items: a later item with the same key replaces the earlier one in place. */
function mergeByName<T>(base: readonly T[], extra: readonly T[], key: (t: T) => string, disable: ReadonlySet<string>): T[] {
  const out = [...base];
  for (const item of extra) {
    const i = out.findIndex((x) => key(x) === key(item));
    if (i >= 0) out[i] = item;
    else out.push(item);
  }
  return out.filter((x) => !disable.has(key(x)));
}

/** Defaults in order, a same-named resolver replacing its default, new ones just before `overlaps`. */
function orderResolvers(base: readonly Resolver[], extra: readonly Resolver[], disable: ReadonlySet<string>): Resolver[] {
  const replacing = new Map(extra.filter((r) => base.some((b) => b.name === r.name)).map((r) => [r.name, r]));
  const added = extra.filter((r) => !replacing.has(r.name));
  const out: Resolver[] = [];
  for (const r of base) {
    if (r.name === 'overlaps') out.push(...added);
    out.push(replacing.get(r.name) ?? r);
  }
  if (!base.some((r) => r.name === 'overlaps')) out.push(...added);
  return out.filter((r) => !disable.has(r.name));
}

function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

/**
 * Builds an article parser from parsers, resolvers and profiles: the defaults plus yours,
 * replaced or switched off by name.
 *
 * @example
 * const example = { id: 'example', name: 'Example Daily', hosts: ['example.com'], zone: 'Europe/London' };
 * const parser = createParser({ disable: ['captions'], profiles: [example] });
 * const article = parser.parse('Storm Hits Coast\n\n18 January 2017 22:52\n\nThe storm hit.', { url: 'https://example.com/a' });
 * article.site.id; // 'example'
 * article.published?.utc; // '2017-01-18T22:52:00Z'
 * @group Customise
 */
export function createParser(config: ParserConfig = {}): ArticleParser {
  const disable = new Set(config.disable ?? []);
  const useDefaults = config.defaults ?? true;
  const parsers = mergeByName(useDefaults ? defaultParsers : [], config.parsers ?? [], (p) => p.name, disable);
  const resolvers = orderResolvers(useDefaults ? defaultResolvers : [], config.resolvers ?? [], disable);
  const profiles = mergeByName(useDefaults ? defaultProfiles : [], config.profiles ?? [], (p) => p.id, new Set());

  function profileFor(input: string | ParseContext, options: ParseOptions = {}): SiteProfile | null {
    const chosen = options.profile;
    if (chosen === false) return null;
    if (typeof chosen === 'object' && chosen !== null) return chosen;
    if (typeof chosen === 'string') {
      const found = profiles.find((p) => p.id === chosen);
      if (!found) throw new UnknownProfileError(chosen, profiles.map((p) => p.id));
      return found;
    }
    const host = hostOf(options.url);
    if (host) {
      const byHost = profiles.find((p) => p.hosts?.some((h) => host === h || host.endsWith(`.${h}`)));
      if (byHost) return byHost;
    }
    if (!profiles.some((p) => p.fingerprints?.length)) return null;
    const ctx = typeof input === 'string' ? createContext(input, options) : input;
    const text = ctx.blocks.map((b) => b.text).join('\n');
    return profiles.find((p) => p.fingerprints?.some((f) => f.test(text))) ?? null;
  }

  function parsersFor(profile: SiteProfile | null): readonly Parser[] {
    if (!profile || (!profile.parsers?.length && !profile.disable?.length)) return parsers;
    return mergeByName(parsers, profile.parsers ?? [], (p) => p.name, new Set(profile.disable ?? []));
  }

  function claims(ctx: ParseContext): AnyClaim[] {
    return parsersFor(ctx.profile).flatMap((p) => p.parse(ctx));
  }

  function resolve(all: AnyClaim[], ctx: ParseContext): AnyClaim[] {
    return resolvers.reduce((cs, r) => r.resolve(cs, ctx), all);
  }

  function parse(input: string, options: ParseOptions = {}): Article {
    if (typeof input !== 'string') {
      throw new TypeError(`parseArticle expects the scrape as a string, but was given ${describe(input)}`);
    }
    checkOptions(options);
    const warnings: Warning[] = [];
    const bare = createContext(input, options, null, warnings);
    const ctx: ParseContext = { ...bare, profile: profileFor(bare, options) };
    const resolved = resolve(claims(ctx), ctx).sort((a, b) => a.start - b.start);
    return assemble(ctx, resolved, warnings);
  }

  return { parse, profileFor, claims, resolve, parsers, resolvers, profiles };
}

const defaultParser = createParser();

/**
 * Parses one news scrape (plain text or HTML) into a typed {@link Article}.
 * Never throws on a string; a non-string, or an option of the wrong type, is a `TypeError`
 * that names it.
 *
 * @example
 * const article = parseArticle('VIDEO: ISIS Huge Reinforcement\n\nThu Jan 19, 2017 11:42:31\n\nAccording to local reports, …');
 * article.labels; // ["VIDEO"]
 * article.published?.local; // "2017-01-19T11:42:31"
 * parseArticle(42 as unknown as string); // TypeError: parseArticle expects the scrape as a string, but was given number 42
 * parseArticle('Body.', { profile: 'no-such-site' }); // UnknownProfileError: unknown site profile "no-such-site"; known profiles: …
 *
 * @throws TypeError when `input` is not a string, or an option has the wrong type (the message names it).
 * @throws {@link UnknownProfileError} when `options.profile` is an id no profile has.
 * @group Parse
 */
export function parseArticle(input: string, options?: ParseOptions): Article {
  return defaultParser.parse(input, options);
}

/**
 * Runs one parser alone on a string and returns its claims, e.g. to use the timestamp or
 * banner parser outside the pipeline.
 *
 * @example runParser(cruftParser, "Scroll Up")[0].value // { text: "Scroll Up", reason: "navigation" }
 * @throws TypeError when an option has the wrong type.
 * @group Customise
 */
export function runParser(parser: Parser, input: string, options: ParseOptions = {}, profile: SiteProfile | null = null): AnyClaim[] {
  return parser.parse(createContext(input, options, profile));
}
