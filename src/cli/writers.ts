import { stringify } from 'csv-stringify/sync';
import { toJSON } from '../json.js';
import type { Article } from '../types.js';
import { CSV_DEFAULT_FIELDS, type OutputFormat } from './args.js';
import { prettyArticle, prettyFailure, prettySummary } from './pretty.js';
import { errorJSON, type FailedRecord } from './records.js';
import type { Sink } from './sink.js';
import type { Style } from './style.js';

/** What one input record became: an article, or a failure to write in its place. */
export type Outcome = { ok: true; article: Article; source: string } | FailedRecord;

/** Writes outcomes in one output format. */
export interface Writer {
  write(outcome: Outcome): Promise<void>;
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
  const out: Record<string, unknown> = {};
  for (const path of fields) {
    const keys = path.split('.');
    let into = out;
    keys.slice(0, -1).forEach((k) => {
      const next = Object.hasOwn(into, k) ? into[k] : undefined;
      into = typeof next === 'object' && next !== null ? (next as Record<string, unknown>) : (into[k] = {} as Record<string, unknown>);
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

/** Flat CSV: a header row, then one row per record; the last two columns are `source` and `error`. */
function csvWriter(sink: Sink, fields: readonly string[]): Writer {
  let header = true;
  return {
    write(outcome) {
      const columns = [...fields, 'source', 'error'];
      const row = outcome.ok
        ? [...fields.map((f) => cell(pick(toJSON(outcome.article), f))), outcome.source, '']
        : [...fields.map((f) => (f === 'id' ? (outcome.id ?? '') : '')), outcome.source, `${outcome.error.code}: ${outcome.error.message}`];
      const text = stringify(header ? [columns, row] : [row]);
      header = false;
      return sink.write(text);
    },
    finish: () => (header ? sink.write(stringify([[...fields, 'source', 'error']])) : Promise.resolve()),
  };
}

/** One JSON object per line. */
function jsonlWriter(sink: Sink, fields: readonly string[] | null): Writer {
  return {
    write: (outcome) => sink.write(`${jsonOf(outcome, fields)}\n`),
    finish: () => Promise.resolve(),
  };
}

/** One JSON array, streamed element by element (one element per line). */
function jsonWriter(sink: Sink, fields: readonly string[] | null): Writer {
  let count = 0;
  return {
    write(outcome) {
      const lead = count++ === 0 ? '[\n' : ',\n';
      return sink.write(lead + jsonOf(outcome, fields));
    },
    finish: () => sink.write(count === 0 ? '[]\n' : '\n]\n'),
  };
}

/** A readable summary per article, a blank line between, and a closing count. */
function prettyWriter(sink: Sink, style: Style): Writer {
  let articles = 0;
  let failed = 0;
  return {
    write(outcome) {
      const text = outcome.ok ? prettyArticle(outcome.article, outcome.source, style) : prettyFailure(outcome, style);
      if (outcome.ok) articles++;
      else failed++;
      return sink.write(`${articles + failed > 1 ? '\n' : ''}${text}\n`);
    },
    finish: () => sink.write(`\n${prettySummary(articles, failed, style)}\n`),
  };
}

/** The writer for `format`; `style` only matters for `pretty`, `fields` (dotted paths) not for it. */
export function createWriter(format: OutputFormat, sink: Sink, style: Style, fields: readonly string[] | null = null): Writer {
  switch (format) {
    case 'jsonl':
      return jsonlWriter(sink, fields);
    case 'json':
      return jsonWriter(sink, fields);
    case 'csv':
      return csvWriter(sink, fields ?? CSV_DEFAULT_FIELDS);
    case 'pretty':
      return prettyWriter(sink, style);
  }
}
