/**
 * What each command accepts, its own `--help`, and usage messages a user can act on (a
 * suggestion for a misspelt option or value, the valid names for `--fields`).
 *
 * @module
 */
import { isKnownZone } from '../dates/timestamp.js';
import { toJSON } from '../json.js';
import { parseArticle } from '../pipeline.js';
import { didYouMean } from './suggest.js';

/** The commands of `news-scrape`. */
export type CommandName = 'parse' | 'learn' | 'inspect';

const ALL: readonly CommandName[] = ['parse', 'learn', 'inspect'];
const PARSE: readonly CommandName[] = ['parse'];
const READS_ARTICLES: readonly CommandName[] = ['parse', 'inspect'];
const SUMMARISED: readonly CommandName[] = ['parse', 'learn'];

/** One option as a command's help shows it. */
interface OptionDoc {
  /** The long name, without `--`. */
  name: string;
  /** How it is written in the help, e.g. `-f, --format FORMAT`. */
  usage: string;
  help: string;
  group: string;
  commands: readonly CommandName[];
}

const OUTPUT = 'Output';
const FIELDS = 'Fields of CSV and JSON Lines inputs';
const PARSING = 'Parsing';
const SCALE = 'Large inputs';
const GENERAL = 'General';

/** Every option `news-scrape` knows, the commands it applies to, grouped for the help. */
const OPTION_DOCS: readonly OptionDoc[] = [
  { name: 'format', usage: '-f, --format FORMAT', help: 'jsonl (default), json, pretty, csv or markdown', group: OUTPUT, commands: PARSE },
  { name: 'fields', usage: '    --fields F,G.H', help: 'only these fields (jsonl, json, csv), e.g. id,title,site.name,published.utc;\nwith csv also source and error', group: OUTPUT, commands: PARSE },
  { name: 'csv-formulas', usage: '    --csv-formulas HOW', help: "escape (default): a csv cell starting with = + - @ gets a leading ';\nkeep: cells exactly as parsed", group: OUTPUT, commands: PARSE },
  { name: 'output', usage: '-o, --output FILE', help: 'write to FILE instead of standard output', group: OUTPUT, commands: ALL },
  { name: 'text-field', usage: '    --text-field F', help: 'field with the scrape text (default: content)', group: FIELDS, commands: ALL },
  { name: 'html-field', usage: '    --html-field F', help: 'field with HTML; used when non-empty', group: FIELDS, commands: ALL },
  { name: 'id-field', usage: '    --id-field F', help: 'field with the record id (default: id)', group: FIELDS, commands: ALL },
  { name: 'url-field', usage: '    --url-field F', help: 'field with the page URL (default: url)', group: FIELDS, commands: ALL },
  { name: 'key-field', usage: '    --key-field F', help: "field that groups records by site (default: the URL's host)", group: FIELDS, commands: ALL },
  { name: 'title-field', usage: '    --title-field F', help: "field with a title hint, e.g. the page's HTML title", group: FIELDS, commands: READS_ARTICLES },
  { name: 'date-field', usage: '    --date-field F', help: 'field with the date the page was fetched, the anchor for relative dates\n("2 days ago"), e.g. scraped_at', group: FIELDS, commands: READS_ARTICLES },
  { name: 'stdin-format', usage: '    --stdin-format K', help: 'what standard input (-) holds: text, html, csv or jsonl\n(default: jsonl or html when it plainly is, else text)', group: FIELDS, commands: ALL },
  { name: 'zone', usage: '    --zone Z', help: 'IANA zone for times that state none, e.g. Asia/Tehran', group: PARSING, commands: READS_ARTICLES },
  { name: 'reference-date', usage: '    --reference-date D', help: 'anchor for relative dates when a record has none, e.g. 2024-01-05', group: PARSING, commands: READS_ARTICLES },
  { name: 'url', usage: '    --url U', help: 'the page URL of a single input file or standard input', group: PARSING, commands: READS_ARTICLES },
  { name: 'profile', usage: '    --profile ID', help: 'force a site profile (e.g. alalam), or none', group: PARSING, commands: READS_ARTICLES },
  { name: 'profiles', usage: '    --profiles FILE', help: 'learned profiles (from news-scrape learn)', group: PARSING, commands: READS_ARTICLES },
  { name: 'learn', usage: '    --learn', help: 'learn chrome from the inputs first, then parse (two passes)', group: PARSING, commands: PARSE },
  { name: 'jobs', usage: '-j, --jobs N', help: 'worker threads that parse (default: the cores, once the input is\nlarge enough to gain from them)', group: SCALE, commands: PARSE },
  { name: 'unordered', usage: '    --unordered', help: 'write records as their worker finishes, not in input order', group: SCALE, commands: PARSE },
  { name: 'shard', usage: '    --shard K/N', help: 'take only records i with i mod N = K-1', group: SCALE, commands: PARSE },
  { name: 'max-record-bytes', usage: '    --max-record-bytes N', help: 'a record with more text than N bytes (or 64K, 16M, 1G) is a\ntoo-large error record (default: 64M)', group: SCALE, commands: PARSE },
  { name: 'quiet', usage: '-q, --quiet', help: 'no progress line and no summary on standard error', group: GENERAL, commands: SUMMARISED },
  { name: 'help', usage: '-h, --help', help: 'show this help', group: GENERAL, commands: ALL },
];

const SUMMARY: Readonly<Record<CommandName, string>> = {
  parse: 'Usage: news-scrape parse INPUT... [options]\n\nParses news scrapes into Article records, one output record per input record.',
  learn: "Usage: news-scrape learn INPUT... -o profiles.json [options]\n\nLearns each site's chrome (lines repeated across its scrapes) into a profiles file.",
  inspect: 'Usage: news-scrape inspect INPUT... [options]\n\nPrints each scrape with every segment labelled by kind (cruft with its reason).',
};

const INPUTS_LINE = 'INPUT: files (.txt .html .htm .csv .jsonl .ndjson .warc, plain or .gz), folders, quoted globs,\nor - for standard input. `news-scrape --help` tells more.';

/**
 * The help of one command: its usage line, then only the options it takes, grouped.
 *
 * @example commandHelp('learn') // "Usage: news-scrape learn INPUT... -o profiles.json …"
 */
export function commandHelp(command: CommandName): string {
  const parts = [SUMMARY[command], INPUTS_LINE];
  const groups = [...new Set(OPTION_DOCS.map((o) => o.group))];
  for (const group of groups) {
    const options = OPTION_DOCS.filter((o) => o.group === group && o.commands.includes(command));
    if (options.length === 0) continue;
    const rows = options.map((o) => {
      const [first = '', ...rest] = o.help.split('\n');
      const head = `  ${o.usage}`;
      const pad = ' '.repeat(26);
      const lead = head.length < 26 ? head.padEnd(26) + first : `${head}\n${pad}${first}`;
      return [lead, ...rest.map((line) => pad + line)].join('\n');
    });
    parts.push(`${group}\n${rows.join('\n')}`);
  }
  parts.push('Exit status: 0 all records read, 1 some record failed, 2 bad usage.');
  return parts.join('\n\n');
}

/** Whether `word` names a command (for `news-scrape parse --help`). */
export function isCommandName(word: string | undefined): word is CommandName {
  return word !== undefined && (ALL as readonly string[]).includes(word);
}

/**
 * The message for an option given to a command it does not apply to (`learn --format csv`),
 * or `null` when every given option applies. Options this table does not know are let through.
 */
export function misplacedOption(command: CommandName, given: Readonly<Record<string, unknown>>): string | null {
  for (const doc of OPTION_DOCS) {
    if (given[doc.name] === undefined || doc.commands.includes(command)) continue;
    const takers = doc.commands.join(' and ');
    return `--${doc.name} does not apply to ${command} (only to ${takers}); see 'news-scrape ${command} --help'`;
  }
  return null;
}

const UNKNOWN_OPTION = /^Unknown option '(-{1,2})([^']*)'/;

/**
 * A suggestion to add to parseArgs's "Unknown option '--frmat'" (`; did you mean --format?`),
 * or the empty string.
 */
export function unknownOptionHint(message: string, known: readonly string[]): string {
  const m = UNKNOWN_OPTION.exec(message);
  if (!m || m[1] !== '--') return '';
  return didYouMean(m[2]!, known, '--');
}

/** `unknown --NAME "value"; use one of a, b, c` with a suggestion when one is close. */
export function unknownValue(option: string, value: string, valid: readonly string[]): string {
  return `unknown --${option} "${value}"${didYouMean(value, valid)}; use one of ${valid.join(', ')}`;
}

/** The IANA zones the platform knows, for suggestions. */
function zoneNames(): string[] {
  try {
    return ['UTC', ...Intl.supportedValuesOf('timeZone')];
  } catch {
    return ['UTC'];
  }
}

/** The message for a `--zone` the platform does not know (with the closest zone), or `null` when it is known. */
export function zoneProblem(zone: string): string | null {
  if (isKnownZone(zone)) return null;
  return `unknown --zone "${zone}"${didYouMean(zone, zoneNames())}; give an IANA zone such as Asia/Tehran, Europe/London or UTC`;
}

/** The names `--fields` accepts besides the article's: where a record came from and why it failed (`--format csv`). */
const CSV_EXTRA_FIELDS: readonly string[] = ['source', 'error'];

/** A scrape whose JSON has every nested object filled, so its keys can be read off. */
const SAMPLE = 'Sample Headline For The Field Names\n\n18 January 2017 22:52\n\nSome body text of the sample article, long enough to be prose.';

let known: { top: Map<string, Set<string> | null> } | null = null;

/**
 * The article's JSON fields: every top-level name (from an empty article, where each is
 * present), and for those holding an object, the names inside it (from a sample article).
 */
function articleFields(): Map<string, Set<string> | null> {
  if (known !== null) return known.top;
  const empty = toJSON(parseArticle('')) as unknown as Record<string, unknown>;
  const full = toJSON(parseArticle(SAMPLE)) as unknown as Record<string, unknown>;
  const top = new Map<string, Set<string> | null>();
  for (const name of Object.keys(empty)) {
    const value = full[name] ?? empty[name];
    top.set(name, typeof value === 'object' && value !== null && !Array.isArray(value) ? new Set(Object.keys(value)) : null);
  }
  known = { top };
  return top;
}

/**
 * The message for a `--fields` path that names no field of an article's JSON (with the
 * valid names and the closest one), or `null` when every path is a field. The first two
 * levels are checked (`site.nmae` is caught); below that a path is taken as written.
 */
export function fieldsProblem(paths: readonly string[], format: string): string | null {
  if (format === 'pretty' || format === 'markdown') return `--fields does not apply to --format ${format} (only to jsonl, json and csv)`;
  const fields = articleFields();
  const extra = format === 'csv' ? CSV_EXTRA_FIELDS : [];
  for (const path of paths) {
    const [head = '', sub] = path.split('.');
    if (extra.includes(head) && sub === undefined) continue;
    if (!fields.has(head)) {
      const valid = [...fields.keys(), ...extra];
      return `--fields "${path}": no field "${head}"${didYouMean(head, valid)}; the fields are: ${valid.join(', ')}`;
    }
    const inner = fields.get(head);
    if (sub !== undefined && inner != null && !inner.has(sub)) {
      return `--fields "${path}": ${head} has no field "${sub}"${didYouMean(sub, inner)}; ${head}'s fields are: ${[...inner].join(', ')}`;
    }
  }
  return null;
}
