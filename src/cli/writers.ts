import { stringify } from 'csv-stringify/sync';
import { toJSON } from '../json.js';
import type { Article } from '../types.js';
import { CSV_DEFAULT_FIELDS, type OutputFormat } from './args.js';
import { MARKDOWN_SEPARATOR, markdownArticle, markdownFailure } from './markdown.js';
import { prettyArticle, prettyFailure, prettySummary } from './pretty.js';
import { errorJSON, failure, type FailedRecord } from './records.js';
import type { Sink } from './sink.js';
import { createStyle, type Style } from './style.js';

/** What one input record became: an article, or a failure to write in its place. */
export type Outcome = { ok: true; article: Article; source: string } | FailedRecord;

/** Writes rendered records in one output format. */
export interface Writer {
  write(record: Rendered): Promise<void>;
  /** Writes whatever closes the output (the `]` of an array, the pretty summary). */
  finish(): Promise<void>;
}

/** The value at a dotted path (`site.name`), or `undefined`. */
export function pick(value: unknown, path: string): unknown {
  let at: unknown = value;
  for (const key of path.split('.')) {
    if (typeof at !== 'object' || at === null || !Object.hasOwn(at, key)) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

/** Only the chosen dotted paths, nested as in the full record; error records are kept whole. */
function select(json: unknown, fields: readonly string[] | null): unknown {
  if (fields === null) return json;
  // Objects without a prototype: a path segment such as `__proto__` is a key like any other.
  const bare = (): Record<string, unknown> => Object.create(null) as Record<string, unknown>;
  const out = bare();
  for (const path of fields) {
    const keys = path.split('.');
    let into = out;
    keys.slice(0, -1).forEach((k) => {
      const next = Object.hasOwn(into, k) ? into[k] : undefined;
      into = typeof next === 'object' && next !== null ? (next as Record<string, unknown>) : (into[k] = bare());
    });
    const v = pick(json, path);
    into[keys[keys.length - 1]!] = v === undefined ? null : v;
  }
  return out;
}

function jsonOf(outcome: Outcome, fields: readonly string[] | null): string {
  return JSON.stringify(outcome.ok ? select(toJSON(outcome.article), fields) : errorJSON(outcome));
}

/** A CSV cell: text as it is, lists one item a line (warnings by code, credits by text), objects as JSON. */
function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    return value
      .map((v: unknown) => {
        if (typeof v === 'string') return v;
        if (typeof v === 'object' && v !== null && 'code' in v) return String((v as { code: unknown }).code);
        if (typeof v === 'object' && v !== null && 'text' in v) return String((v as { text: unknown }).text);
        return JSON.stringify(v);
      })
      .join('\n');
  }
  return JSON.stringify(value);
}

/** How each record is rendered: the format, the chosen fields (for `jsonl`, `json` and `csv`) and, for `pretty`, colour. */
export interface RenderOptions {
  format: OutputFormat;
  /** Dotted paths to keep, or `null` for all (for `csv`: its default columns). */
  fields: readonly string[] | null;
  color: boolean;
  /**
   * `csv` only: `'escape'` prefixes a cell that starts with `=`, `+`, `-`, `@`, a tab or a
   * carriage return with `'`, so a spreadsheet shows it as text instead of running it as a
   * formula (CSV injection); `'keep'` writes cells exactly as they are.
   * @default 'escape'
   */
  csvFormulas?: CsvFormulas;
}

/** What `--format csv` does with cells a spreadsheet would run as formulas. */
export type CsvFormulas = 'escape' | 'keep';

/** One CSV line (with its line break), formula-leading cells escaped unless kept. */
function csvLine(cells: readonly string[], formulas: CsvFormulas = 'escape'): string {
  return stringify([cells], { escape_formulas: formulas === 'escape' });
}

/**
 * One record as its output format writes it, with what the summary counts; plain data, so
 * a worker thread can render it and send back strings instead of a whole `Article`.
 */
export interface Rendered {
  /** The record in the output format, without the separators the writer adds. */
  text: string;
  /** The failure's code, or `null` for a parsed article. */
  error: string | null;
  /** The article's warning codes. */
  warnings: string[];
}

/** The CSV columns: exactly the `--fields` asked for, or the default fields then `source` and `error`. */
function csvColumns(fields: readonly string[] | null): string[] {
  return fields === null ? [...CSV_DEFAULT_FIELDS, 'source', 'error'] : [...fields];
}

/**
 * A CSV row, one cell per column: `source` is where the record came from, `error` the
 * failure (`code: message`, empty for an article). An error record fills only `id`, `source`
 * and `error`; its other cells are empty.
 */
function csvRow(outcome: Outcome, columns: readonly string[]): string[] {
  if (!outcome.ok) {
    const failed: Readonly<Record<string, string>> = { id: outcome.id ?? '', source: outcome.source, error: `${outcome.error.code}: ${outcome.error.message}` };
    return columns.map((f) => (Object.hasOwn(failed, f) ? failed[f]! : ''));
  }
  const json = toJSON(outcome.article);
  return columns.map((f) => (f === 'source' ? outcome.source : f === 'error' ? '' : cell(pick(json, f))));
}

/**
 * Renders one outcome (stateless: headers, separators and the closing summary are the
 * writer's), e.g. a JSON line's text for `jsonl`, a CSV row with its line break for `csv`.
 */
export function render(outcome: Outcome, how: RenderOptions): Rendered {
  let text: string;
  switch (how.format) {
    case 'jsonl':
    case 'json':
      text = jsonOf(outcome, how.fields);
      break;
    case 'csv':
      text = csvLine(csvRow(outcome, csvColumns(how.fields)), how.csvFormulas);
      break;
    case 'pretty': {
      const style = createStyle(how.color);
      text = outcome.ok ? prettyArticle(outcome.article, outcome.source, style) : prettyFailure(outcome, style);
      break;
    }
    case 'markdown':
      text = outcome.ok ? markdownArticle(outcome.article, outcome.source) : markdownFailure(outcome);
      break;
  }
  return { text, error: outcome.ok ? null : outcome.error.code, warnings: outcome.ok ? outcome.article.warnings.map((w) => w.code) : [] };
}

/** Renders one outcome in an output format: {@link render}, or a stand-in in tests. */
export type Renderer = (outcome: Outcome, how: RenderOptions) => Rendered;

/**
 * Renders one outcome like {@link render}, but a record whose rendering throws (its JSON longer
 * than the engine's string limit, say) becomes a `render-failed` error record in its place, so
 * it fails alone instead of taking its batch with it.
 */
export function renderOrFail(outcome: Outcome, how: RenderOptions, renderer: Renderer = render): Rendered {
  try {
    return renderer(outcome, how);
  } catch (err) {
    const id = outcome.ok ? outcome.article.id : outcome.id;
    const why = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    return render(failure(id, outcome.source, 'render-failed', `cannot write the record as ${how.format}: ${why}`), how);
  }
}

/** Flat CSV: a header row, then one row per record (without `--fields`, the last two columns are `source` and `error`). */
function csvWriter(sink: Sink, fields: readonly string[] | null, formulas: CsvFormulas | undefined): Writer {
  let header = true;
  const head = (): string => csvLine(csvColumns(fields), formulas);
  return {
    write(record) {
      const text = header ? head() + record.text : record.text;
      header = false;
      return sink.write(text);
    },
    finish: () => (header ? sink.write(head()) : Promise.resolve()),
  };
}

/** One JSON object per line. */
function jsonlWriter(sink: Sink): Writer {
  return {
    write: (record) => sink.write(`${record.text}\n`),
    finish: () => Promise.resolve(),
  };
}

/** One JSON array, streamed element by element (one element per line). */
function jsonWriter(sink: Sink): Writer {
  let count = 0;
  return {
    write(record) {
      const lead = count++ === 0 ? '[\n' : ',\n';
      return sink.write(lead + record.text);
    },
    finish: () => sink.write(count === 0 ? '[]\n' : '\n]\n'),
  };
}

/** A readable summary per article, a blank line between, and a closing count. */
function prettyWriter(sink: Sink, style: Style): Writer {
  let articles = 0;
  let failed = 0;
  return {
    write(record) {
      if (record.error === null) articles++;
      else failed++;
      return sink.write(`${articles + failed > 1 ? '\n' : ''}${record.text}\n`);
    },
    finish: () => sink.write(`\n${prettySummary(articles, failed, style)}\n`),
  };
}

/** Each record as Markdown, a `---` line (a thematic break) between two records. */
function markdownWriter(sink: Sink): Writer {
  let count = 0;
  return {
    write: (record) => sink.write(`${count++ === 0 ? '' : MARKDOWN_SEPARATOR}${record.text}\n`),
    finish: () => Promise.resolve(),
  };
}

/** The writer for rendered records of `how.format`: headers, separators and what closes the output. */
export function createWriter(sink: Sink, how: RenderOptions): Writer {
  switch (how.format) {
    case 'jsonl':
      return jsonlWriter(sink);
    case 'json':
      return jsonWriter(sink);
    case 'csv':
      return csvWriter(sink, how.fields, how.csvFormulas);
    case 'pretty':
      return prettyWriter(sink, createStyle(how.color));
    case 'markdown':
      return markdownWriter(sink);
  }
}
