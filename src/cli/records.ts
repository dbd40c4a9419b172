import type { Warning } from '../types.js';

/** One scrape read from an input, ready for `parseArticle`. */
export interface InputRecord {
  ok: true;
  id: string;
  url: string | null;
  /** Where it came from: `path`, `path:row` (CSV) or `path:line` (JSONL). */
  source: string;
  text: string;
  /** `'html'` for .html files and HTML fields; otherwise detected. */
  format: 'html' | null;
  /** The `--key-field` cell that groups the record by site when learning, if any. */
  key: string | null;
  /** The `--title-field` cell, passed to `parseArticle` as `titleHint`, if any. */
  title?: string | null;
  /** The input held bytes that are not UTF-8; they were replaced by U+FFFD. */
  invalidUtf8: boolean;
  /** The date relative dates ("2 days ago") count from: a WARC record's date or the `--date-field` cell (ISO). */
  referenceDate?: string;
  /** What reading the record found odd (e.g. how an HTML file's bytes were decoded); added to the article's warnings. */
  warnings?: Warning[];
}

/** A record that could not be read or parsed; it is written out in place of an article. */
export interface FailedRecord {
  ok: false;
  id: string | null;
  source: string;
  error: { code: string; message: string };
}

/** What a reader yields for each record it finds. */
export type ReadResult = InputRecord | FailedRecord;

/** The JSON line a failed record becomes: `{"id":…,"source":…,"error":{"code":…,"message":…}}`. */
export interface ErrorJSON {
  id: string | null;
  source: string;
  error: { code: string; message: string };
}

/** Builds a failed record. */
export function failure(id: string | null, source: string, code: string, message: string): FailedRecord {
  return { ok: false, id, source, error: { code, message } };
}

/** The JSON form of a failed record, keys in contract order. */
export function errorJSON(record: FailedRecord): ErrorJSON {
  return { id: record.id, source: record.source, error: { code: record.error.code, message: record.error.message } };
}
