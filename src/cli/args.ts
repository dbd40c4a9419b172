import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { isDynamicPattern } from 'tinyglobby';
import { readReferenceDate } from '../dates/reference.js';
import { kindOf } from './readers.js';
import { fieldsProblem, isCommandName, misplacedOption, unknownOptionHint, unknownValue, zoneProblem, type CommandName } from './usage.js';
import { didYouMean } from './suggest.js';
import { STDIN_FORMATS, type StdinFormat } from './stdin.js';

/** How records are written: one JSON object a line, one JSON array, a readable summary, flat CSV columns, or Markdown. */
export type OutputFormat = 'jsonl' | 'json' | 'pretty' | 'csv' | 'markdown';

const FORMATS: readonly OutputFormat[] = ['jsonl', 'json', 'pretty', 'csv', 'markdown'];

/** Which cells of a CSV row or JSON line hold the scrape, its id and its URL. */
export interface FieldOptions {
  /** @default "content" */
  textField: string;
  /** When set and the cell is non-empty, it is parsed as HTML instead of the text field. @default null */
  htmlField: string | null;
  /** @default "id" */
  idField: string;
  /** @default "url" */
  urlField: string;
  /** The field that groups records by site for learning (instead of the URL's host). @default null */
  keyField: string | null;
  /** The field with a title hint (e.g. the page's HTML title), passed as `titleHint`. @default null */
  titleField: string | null;
  /** The field with the record's reference date for relative dates (e.g. FakeNewsCorpus's `scraped_at`). @default null */
  dateField?: string | null;
}

/** This process's share of the records: record `i` (0-based, over all inputs) is taken when `i % count === index - 1`. */
export interface Shard {
  /** 1..count */
  index: number;
  count: number;
}

/** Everything `news-scrape parse` was asked to do. */
export interface ParseCommand {
  command: 'parse';
  inputs: string[];
  /** What standard input holds (`--stdin-format`); `auto` sniffs JSON Lines and HTML. @default 'auto' */
  stdinFormat: StdinFormat;
  format: OutputFormat;
  fields: FieldOptions;
  zone: string | null;
  /** `--reference-date`: the date relative dates count from, for records that bring none of their own (ISO). @default null */
  referenceDate: string | null;
  /** `--url`: the page URL of the one text or HTML input. @default null */
  url: string | null;
  /** A profile id, `false` for `--profile none`, or `null` to detect it. */
  profile: string | false | null;
  output: string | null;
  /** Output fields as dotted paths (`site.name`), or `null` for all. */
  select: string[] | null;
  /** A learned-profiles file to apply where no built-in profile matches the URL. */
  profiles: string | null;
  /** Learn site chrome from the inputs first, then parse with it (two passes). */
  learn: boolean;
  shard: Shard | null;
  /** Worker threads that parse; `null` for the core count. */
  jobs: number | null;
  /** `--format csv`: escape formula-leading cells (`'escape'`) or write them as they are. @default 'escape' */
  csvFormulas: 'escape' | 'keep';
  /** Write each batch as soon as its worker is done instead of in input order. @default false */
  unordered: boolean;
  /** A record whose text holds more UTF-8 bytes than this is a `too-large` error record, not parsed. @default 67108864 (64 MB) */
  maxRecordBytes: number;
  quiet: boolean;
}

/** Everything `news-scrape learn` was asked to do. */
export interface LearnCommand {
  command: 'learn';
  inputs: string[];
  /** What standard input holds (`--stdin-format`). @default 'auto' */
  stdinFormat: StdinFormat;
  fields: FieldOptions;
  output: string | null;
  quiet: boolean;
}

/** Everything `news-scrape inspect` was asked to do. */
export interface InspectCommand {
  command: 'inspect';
  inputs: string[];
  /** What standard input holds (`--stdin-format`). @default 'auto' */
  stdinFormat: StdinFormat;
  fields: FieldOptions;
  zone: string | null;
  /** As for `parse`. @default null */
  referenceDate: string | null;
  /** As for `parse`. @default null */
  url: string | null;
  profile: string | false | null;
  profiles: string | null;
  output: string | null;
}

/** What the command line asks for. */
export type Command = ParseCommand | LearnCommand | InspectCommand | { command: 'help'; topic?: CommandName } | { command: 'version' };

/** Bad usage: an unknown option, a missing input, a value out of range. The CLI exits with 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The fields `--format csv` writes when `--fields` is not given. */
export const CSV_DEFAULT_FIELDS: readonly string[] = [
  'id',
  'url',
  'site.id',
  'site.name',
  'title',
  'labels',
  'published.local',
  'published.zone',
  'published.utc',
  'pageDate.gregorian',
  'credits',
  'authors',
  'captions',
  'body',
  'warnings',
];

/** The text `news-scrape --help` prints. */
export const USAGE = `Usage: news-scrape parse INPUT... [options]
       news-scrape learn INPUT... -o profiles.json [options]
       news-scrape inspect INPUT... [options]

parse    Parse news scrapes into Article records, one output record per input record.
learn    Learn each site's chrome (lines repeated across its scrapes) into a profiles file.
inspect  Print each scrape with every segment labelled by kind (cruft with its reason),
         coloured on a terminal, so you can see what was kept and what was cut.

Inputs (any mix, read in the order given)
  FILE.txt               one record; id = the file stem
  FILE.html, FILE.htm    one record parsed as HTML; id = the file stem
  FILE.csv               one record per row (header row names the columns)
  FILE.jsonl, .ndjson    one record per line (a JSON object per line)
  FILE.warc              one record per HTML page of a 200 response or resource record
                         (id = WARC-Record-ID, url = WARC-Target-URI, reference date =
                         WARC-Date); other WARC records are counted in the summary
  FILE.<kind>.gz         any of the above, gzipped (e.g. dump.csv.gz, crawl.warc.gz)
  FOLDER                 every .txt/.html/.htm/.csv/.jsonl/.ndjson/.warc (and .gz) file in it,
                         recursively, in sorted path order (hidden files skipped)
  'GLOB'                 e.g. 'corpus/**/*.txt' (quote it; sorted path order)
  -                      standard input: JSON Lines or HTML when it plainly is, else one
                         text record (id "stdin"); --stdin-format text|html|csv|jsonl says
  A file named input.* takes its id from its folder: seeds/000_f69f/input.txt -> "000_f69f".
  Any other extension is read as one text record. A UTF-8 BOM is dropped; invalid UTF-8
  bytes become U+FFFD and the record gets an "invalid-utf8" warning. HTML bytes (.html
  files, WARC pages, HTML on standard input) are decoded as browsers do: BOM, HTTP
  charset, <meta charset>, else UTF-8 (windows-1252 with "charset-guessed" if not UTF-8).

Options
  -f, --format FORMAT    jsonl (default), json (one array), pretty (readable summary),
                         csv (flat columns with a header row, for spreadsheets) or
                         markdown (each article as Markdown: title, date and credits,
                         body with its headings, lists, quotes and code; a --- line
                         between records, an error record as a short note)
      --fields F,G.H     output only these fields (jsonl, json, csv; dotted paths, e.g.
                         id,title,site.name,published.utc); csv default: id,url,site.id,
                         site.name,title,labels,published.local,published.zone,
                         published.utc,pageDate.gregorian,credits,authors,captions,body,
                         warnings
      --csv-formulas HOW escape (default): a csv cell starting with = + - @, a tab or
                         a CR gets a leading ' so a spreadsheet shows it as text,
                         never runs it as a formula; keep: cells exactly as parsed
      --text-field F     CSV/JSONL field with the scrape text        (default: content)
      --html-field F     CSV/JSONL field with HTML; used when non-empty
      --id-field F       CSV/JSONL field with the record id         (default: id)
      --url-field F      CSV/JSONL field with the page URL          (default: url)
      --key-field F      CSV/JSONL field that groups records by site when learning
                         (default: the URL's host)
      --title-field F    CSV/JSONL field with a title hint, e.g. the page's HTML title
                         (a hint: the headline line it names wins; none by default)
      --date-field F     CSV/JSONL field with the record's reference date for relative
                         dates, e.g. scraped_at (ISO, or "2018-01-25 16:17:44")
      --reference-date D the date relative dates ("2 days ago") count from, for records
                         with no date of their own: ISO, e.g. 2024-01-05T10:00:00Z
      --url U            the page URL of the one text or HTML file (or standard input)
      --zone Z           IANA zone for times that state none, e.g. Asia/Tehran
      --profile ID       force a site profile (e.g. alalam), or "none" to detect none
      --profiles FILE    learned profiles (from news-scrape learn), used for a record
                         whose URL matches no built-in profile
      --learn            learn chrome from the inputs first, then parse (two passes;
                         not for standard input)
      --shard K/N        take only records i with i mod N = K-1 (i counts every record
                         over all inputs from 0, error records included); run K=1..N
  -j, --jobs N           worker threads that parse (default: the number of cores, once
                         8,192 records or 32 MB have been read; at
                         most 4 per core, and never more threads than batches of
                         64 records); output order is kept whatever N is (unless
                         --unordered)
      --max-record-bytes N  a record with more text than N bytes (or 64K, 16M, 1G)
                         comes out as a too-large error record, not parsed
                         (default: 64M)
      --unordered        write records as soon as their worker is done, not in input
                         order (keeps every thread busy when records vary in size);
                         still one output record per input record, error records too
  -o, --output FILE      write to FILE instead of standard output
  -q, --quiet            no progress line and no summary on standard error
  -h, --help             show this help
      --version          show the version

Records that cannot be read (missing file, unreadable gzip, binary file, CSV error,
bad JSON line, broken or cut-off WARC record, too-large), whose worker died
(worker-crashed) or that cannot be written (render-failed) come out as
  {"id":...,"source":"path[:row|line|record]","error":{"code":"...","message":"..."}}
in their place and the run goes on. CSV sources count data rows from 1; JSONL lines;
WARC every record of the file.
Output keeps input order (with --unordered, the order records finish in). At the end a
summary goes to standard error (records, errors, warnings by code, time, MB/s); while
the run goes on, a progress line too when it is a terminal (records, MB, rate, and an
ETA when the inputs' size on disk is known: never for standard input).

pretty and inspect are coloured on a terminal; NO_COLOR=1 turns colour off, FORCE_COLOR=1 on.

Exit status: 0 all records parsed, 1 some record failed, 2 bad usage.

Examples
  news-scrape parse fixtures/seeds/*/input.txt --format pretty
  news-scrape parse corpus/ -o articles.jsonl
  news-scrape parse 'dumps/**/*.jsonl.gz' --text-field text
  news-scrape parse corpus.csv --text-field content --id-field id -o articles.jsonl
  news-scrape parse corpus.csv --format csv --fields id,title,published.utc -o out.csv
  news-scrape parse page.html --format markdown > page.md
  news-scrape parse CC-NEWS-20240101000000-00000.warc.gz -o out.jsonl
  news-scrape parse fakenews.csv --date-field scraped_at -o out.jsonl
  news-scrape parse page.html --url https://example.com/news/a --reference-date 2024-01-05
  news-scrape parse corpus.csv --shard 2/4 -o part-2.jsonl
  news-scrape parse corpus.csv --jobs 4 --unordered -o articles.jsonl
  news-scrape learn corpus.csv -o profiles.json
  news-scrape parse corpus.csv --profiles profiles.json
  news-scrape inspect fixtures/seeds/000_f69f3540a3bdc296/input.txt
  curl -s https://example.com/a | news-scrape parse - --format pretty`;

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  fields: { type: 'string' },
  'text-field': { type: 'string' },
  'html-field': { type: 'string' },
  'id-field': { type: 'string' },
  'url-field': { type: 'string' },
  'key-field': { type: 'string' },
  'title-field': { type: 'string' },
  'csv-formulas': { type: 'string' },
  'date-field': { type: 'string' },
  'reference-date': { type: 'string' },
  url: { type: 'string' },
  zone: { type: 'string' },
  profile: { type: 'string' },
  profiles: { type: 'string' },
  learn: { type: 'boolean' },
  shard: { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  'max-record-bytes': { type: 'string' },
  unordered: { type: 'boolean' },
  'stdin-format': { type: 'string' },
  output: { type: 'string', short: 'o' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

function nonEmpty(name: string, value: string | undefined): string | undefined {
  if (value !== undefined && value.trim() === '') throw new UsageError(`--${name} needs a non-empty value`);
  return value;
}

/** Turns a `node:util` parseArgs message into a short one ("Unknown option '--x'"). */
function shortMessage(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.split('. ')[0]?.replace(/\.$/, '') ?? message;
}

const SHARD = /^(\d+)\/(\d+)$/;

/** Reads `K/N` (1 <= K <= N). */
function readShard(value: string | undefined): Shard | null {
  if (value === undefined) return null;
  const m = SHARD.exec(value.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) {
    throw new UsageError(`--shard needs K/N with 1 <= K <= N, e.g. --shard 2/4, not "${value}"`);
  }
  return { index, count };
}

const COUNT = /^\d+$/;

/** `--jobs` may ask for at most this many threads per core: more only adds memory and contention. */
export const JOBS_PER_CORE = 4;

/** The most threads `--jobs` accepts on a machine with `cores` cores: {@link JOBS_PER_CORE} × cores. */
export function maxJobs(cores: number): number {
  return JOBS_PER_CORE * Math.max(1, cores);
}

/** Reads `--jobs N` (1 <= N <= {@link maxJobs}). */
function readJobs(value: string | undefined, cores: number): number | null {
  if (value === undefined) return null;
  const n = Number(value.trim());
  if (!COUNT.test(value.trim()) || n < 1) throw new UsageError(`--jobs needs a whole number of threads >= 1, not "${value}"`);
  const max = maxJobs(cores);
  if (n > max) {
    throw new UsageError(`--jobs ${n} is more than the maximum of ${max} (${JOBS_PER_CORE} per core, ${cores} core${cores === 1 ? '' : 's'}); more threads than cores only add memory`);
  }
  return n;
}

/** The default `--max-record-bytes`: 64 MB of text, far beyond any article, well within the engine's string limit. */
export const MAX_RECORD_BYTES = 64 * 1024 * 1024;

const SIZE = /^(\d+)\s*([kmg]?)b?$/i;
const UNITS: Readonly<Record<string, number>> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** Reads `--max-record-bytes N` (bytes, or with a K, M or G suffix: 64M). */
function readMaxRecordBytes(value: string | undefined): number {
  if (value === undefined) return MAX_RECORD_BYTES;
  const m = SIZE.exec(value.trim());
  const n = m ? Number(m[1]) * (UNITS[m[2]!.toLowerCase()] ?? 1) : NaN;
  if (!(n >= 1) || !Number.isSafeInteger(n)) throw new UsageError(`--max-record-bytes needs a size >= 1 in bytes, e.g. 1048576 or 64M, not "${value}"`);
  return n;
}

const CSV_FORMULAS = ['escape', 'keep'] as const;

/** Reads `--csv-formulas escape|keep` (default escape). */
function readCsvFormulas(value: string | undefined): 'escape' | 'keep' {
  if (value === undefined) return 'escape';
  const how = value.trim();
  if (!(CSV_FORMULAS as readonly string[]).includes(how)) throw new UsageError(`--csv-formulas needs escape or keep, not "${value}"${didYouMean(how, CSV_FORMULAS)}`);
  return how as 'escape' | 'keep';
}

/** Names every object inherits; no article field has them, and reading them would reach the prototype. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Reads `--zone Z`: an IANA zone the platform knows, else a usage error with the closest zone. */
function readZone(value: string | undefined): string | null {
  const zone = nonEmpty('zone', value)?.trim();
  if (zone === undefined) return null;
  const problem = zoneProblem(zone);
  if (problem !== null) throw new UsageError(problem);
  return zone;
}

/** Reads `a,b.c` into dotted paths; an empty or inherited name, or one no article has, is a usage error. */
function readSelect(value: string | undefined, format: string): string[] | null {
  if (value === undefined) return null;
  const list = value.split(',').map((f) => f.trim()).filter((f) => f !== '');
  if (list.length === 0) throw new UsageError('--fields needs one or more field names, e.g. --fields id,title,site.name');
  for (const path of list) {
    const keys = path.split('.');
    if (keys.includes('')) throw new UsageError(`--fields "${path}" has an empty name between dots`);
    const inherited = keys.find((k) => FORBIDDEN_KEYS.has(k));
    if (inherited !== undefined) throw new UsageError(`--fields "${path}": "${inherited}" is not a field of an article`);
  }
  const problem = fieldsProblem(list, format);
  if (problem !== null) throw new UsageError(problem);
  return list;
}

/** Reads `--reference-date D`: an ISO date or date-time (`2024-01-05`, `2024-01-05T10:00:00Z`). */
function readReferenceDateFlag(value: string | undefined): string | null {
  if (value === undefined) return null;
  const date = readReferenceDate(value);
  if (date === null) throw new UsageError(`--reference-date needs an ISO date or date-time, e.g. 2024-01-05 or 2024-01-05T10:00:00Z, not "${value}"`);
  return date;
}

/** Whether `path` is a folder (a missing path is not: it becomes a file-not-found record). */
function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Reads `--url U`: an absolute URL, for exactly one text or HTML file or standard input. */
function readUrl(value: string | undefined, inputs: readonly string[]): string | null {
  if (value === undefined) return null;
  if (!URL.canParse(value.trim())) throw new UsageError(`--url needs an absolute URL such as https://example.com/news/a, not "${value}"`);
  const [input] = inputs;
  const one = inputs.length === 1 && input !== undefined && (input === '-' || (!isDynamicPattern(input) && !isFolder(input)));
  const kind = one ? kindOf(input) : null;
  if (kind !== 'text' && kind !== 'html' && kind !== 'stdin') {
    throw new UsageError('--url names the page of one text or HTML file or of standard input; for CSV and JSON Lines use --url-field, and a WARC record has its own URL');
  }
  return value.trim();
}

const COMMANDS = ['parse', 'learn', 'inspect'] as const;

/**
 * Reads the command line (without `node` and the script).
 *
 * @example parseCommandLine(['parse', 'a.txt', '--format', 'pretty'])
 * @param cores The core count `--jobs` is capped by (4 per core).
 * @throws UsageError on an unknown option, a bad value or no inputs.
 */
export function parseCommandLine(argv: readonly string[], knownProfiles: readonly string[] = [], cores: number = availableParallelism()): Command {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(shortMessage(err) + unknownOptionHint(shortMessage(err), Object.keys(OPTIONS)));
  }
  const { values, positionals } = parsed;
  if (values.help) return isCommandName(positionals[0]) ? { command: 'help', topic: positionals[0] } : { command: 'help' };
  if (values.version) return { command: 'version' };

  const [command, ...inputs] = positionals;
  if (command === undefined) throw new UsageError('missing command: news-scrape parse|learn|inspect INPUT...');
  if (command === 'help') return isCommandName(inputs[0]) ? { command: 'help', topic: inputs[0] } : { command: 'help' };
  if (!(COMMANDS as readonly string[]).includes(command)) {
    throw new UsageError(`unknown command "${command}"${didYouMean(command, COMMANDS)}; the commands are: news-scrape parse|learn|inspect INPUT...`);
  }
  const misplaced = misplacedOption(command as CommandName, values);
  if (misplaced !== null) throw new UsageError(misplaced);
  if (inputs.length === 0) throw new UsageError('no inputs: give files, folders, globs, or - for standard input');

  const format = values.format ?? 'jsonl';
  if (!FORMATS.includes(format as OutputFormat)) {
    throw new UsageError(unknownValue('format', format, FORMATS));
  }

  let profile: string | false | null = null;
  const profileArg = nonEmpty('profile', values.profile);
  if (profileArg === 'none') profile = false;
  else if (profileArg !== undefined) {
    if (knownProfiles.length > 0 && !knownProfiles.includes(profileArg)) {
      throw new UsageError(`unknown --profile "${profileArg}"${didYouMean(profileArg, [...knownProfiles, 'none'])}; known profiles: ${knownProfiles.join(', ')}, or none`);
    }
    profile = profileArg;
  }

  const fields: FieldOptions = {
    textField: nonEmpty('text-field', values['text-field']) ?? 'content',
    htmlField: nonEmpty('html-field', values['html-field']) ?? null,
    idField: nonEmpty('id-field', values['id-field']) ?? 'id',
    urlField: nonEmpty('url-field', values['url-field']) ?? 'url',
    keyField: nonEmpty('key-field', values['key-field']) ?? null,
    titleField: nonEmpty('title-field', values['title-field']) ?? null,
    dateField: nonEmpty('date-field', values['date-field']) ?? null,
  };
  const referenceDate = readReferenceDateFlag(values['reference-date']);
  const url = readUrl(values.url, inputs);
  const output = nonEmpty('output', values.output) ?? null;
  const profiles = nonEmpty('profiles', values.profiles) ?? null;
  const quiet = values.quiet === true;
  const stdinFormat = values['stdin-format'] ?? 'auto';
  if (!(STDIN_FORMATS as readonly string[]).includes(stdinFormat)) throw new UsageError(unknownValue('stdin-format', stdinFormat, STDIN_FORMATS));

  if (command === 'learn') {
    if (output === null) throw new UsageError('learn needs -o FILE for the profiles it learns, e.g. -o profiles.json');
    return { command, inputs, stdinFormat: stdinFormat as StdinFormat, fields, output, quiet };
  }
  const zone = readZone(values.zone);
  if (command === 'inspect') return { command, inputs, stdinFormat: stdinFormat as StdinFormat, fields, zone, referenceDate, url, profile, profiles, output };

  const learn = values.learn === true;
  if (learn && inputs.includes('-')) throw new UsageError('--learn reads the inputs twice, so it cannot read standard input (-)');
  if (learn && profiles !== null) throw new UsageError('give --learn or --profiles FILE, not both');
  return {
    command: 'parse',
    inputs,
    stdinFormat: stdinFormat as StdinFormat,
    format: format as OutputFormat,
    fields,
    zone,
    referenceDate,
    url,
    profile,
    output,
    select: readSelect(values.fields, format),
    profiles,
    learn,
    shard: readShard(values.shard),
    jobs: readJobs(values.jobs, cores),
    unordered: values.unordered === true,
    maxRecordBytes: readMaxRecordBytes(values['max-record-bytes']),
    csvFormulas: readCsvFormulas(values['csv-formulas']),
    quiet,
  };
}
