import { parseArgs } from 'node:util';

/** How records are written: one JSON object a line, one JSON array, or a readable summary. */
export type OutputFormat = 'jsonl' | 'json' | 'pretty';

const FORMATS: readonly OutputFormat[] = ['jsonl', 'json', 'pretty'];

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
}

/** Everything `news-scrape parse` was asked to do. */
export interface ParseCommand {
  command: 'parse';
  inputs: string[];
  format: OutputFormat;
  fields: FieldOptions;
  zone: string | null;
  /** A profile id, `false` for `--profile none`, or `null` to detect it. */
  profile: string | false | null;
  output: string | null;
}

/** What the command line asks for. */
export type Command = ParseCommand | { command: 'help' } | { command: 'version' };

/** Bad usage: an unknown option, a missing input, a value out of range. The CLI exits with 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The text `news-scrape --help` prints. */
export const USAGE = `Usage: news-scrape parse INPUT... [options]

Parse news scrapes into Article records, one output record per input record.

Inputs
  FILE.txt               one record; id = the file stem
  FILE.html, FILE.htm    one record parsed as HTML; id = the file stem
  FILE.csv               one record per row (header row names the columns)
  FILE.jsonl, .ndjson    one record per line (a JSON object per line)
  -                      standard input, as one text record (id "stdin")
  A file named input.* takes its id from its folder: seeds/000_f69f/input.txt -> "000_f69f".
  Any other extension is read as one text record.

Options
  -f, --format FORMAT    jsonl (default), json (one array) or pretty (readable summary)
      --text-field F     CSV/JSONL field with the scrape text        (default: content)
      --html-field F     CSV/JSONL field with HTML; used when non-empty
      --id-field F       CSV/JSONL field with the record id         (default: id)
      --url-field F      CSV/JSONL field with the page URL          (default: url)
      --zone Z           IANA zone for times that state none, e.g. Asia/Tehran
      --profile ID       force a site profile (e.g. alalam), or "none" to detect none
  -o, --output FILE      write to FILE instead of standard output
  -h, --help             show this help
      --version          show the version

Records that cannot be read (missing file, CSV error, bad JSON line) come out as
  {"id":...,"source":"path[:row|line]","error":{"code":"...","message":"..."}}
and the run goes on. CSV sources count data rows from 1; JSONL sources count lines.

pretty output is coloured on a terminal; NO_COLOR=1 turns colour off, FORCE_COLOR=1 on.

Exit status: 0 all records parsed, 1 some record failed, 2 bad usage.

Examples
  news-scrape parse fixtures/seeds/*/input.txt --format pretty
  news-scrape parse corpus.csv --text-field content --id-field id -o articles.jsonl
  curl -s https://example.com/a | news-scrape parse - --format pretty`;

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  'text-field': { type: 'string' },
  'html-field': { type: 'string' },
  'id-field': { type: 'string' },
  'url-field': { type: 'string' },
  zone: { type: 'string' },
  profile: { type: 'string' },
  output: { type: 'string', short: 'o' },
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

/**
 * Reads the command line (without `node` and the script).
 *
 * @example parseCommandLine(['parse', 'a.txt', '--format', 'pretty'])
 * @throws UsageError on an unknown option, a bad value or no inputs.
 */
export function parseCommandLine(argv: readonly string[], knownProfiles: readonly string[] = []): Command {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(shortMessage(err));
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help' };
  if (values.version) return { command: 'version' };

  const [command, ...inputs] = positionals;
  if (command === undefined) throw new UsageError('missing command: news-scrape parse INPUT...');
  if (command === 'help') return { command: 'help' };
  if (command !== 'parse') throw new UsageError(`unknown command "${command}"; the command is: news-scrape parse INPUT...`);
  if (inputs.length === 0) throw new UsageError('no inputs: give one or more files, or - for standard input');

  const format = values.format ?? 'jsonl';
  if (!FORMATS.includes(format as OutputFormat)) {
    throw new UsageError(`unknown --format "${format}"; use one of ${FORMATS.join(', ')}`);
  }

  let profile: string | false | null = null;
  const profileArg = nonEmpty('profile', values.profile);
  if (profileArg === 'none') profile = false;
  else if (profileArg !== undefined) {
    if (knownProfiles.length > 0 && !knownProfiles.includes(profileArg)) {
      throw new UsageError(`unknown --profile "${profileArg}"; known profiles: ${knownProfiles.join(', ')}, or none`);
    }
    profile = profileArg;
  }

  return {
    command: 'parse',
    inputs,
    format: format as OutputFormat,
    fields: {
      textField: nonEmpty('text-field', values['text-field']) ?? 'content',
      htmlField: nonEmpty('html-field', values['html-field']) ?? null,
      idField: nonEmpty('id-field', values['id-field']) ?? 'id',
      urlField: nonEmpty('url-field', values['url-field']) ?? 'url',
    },
    zone: nonEmpty('zone', values.zone) ?? null,
    profile,
    output: nonEmpty('output', values.output) ?? null,
  };
}
