import { toJSON } from '../json.js';
import type { Article } from '../types.js';
import type { OutputFormat } from './args.js';
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

function jsonOf(outcome: Outcome): string {
  return JSON.stringify(outcome.ok ? toJSON(outcome.article) : errorJSON(outcome));
}

/** One JSON object per line. */
function jsonlWriter(sink: Sink): Writer {
  return {
    write: (outcome) => sink.write(`${jsonOf(outcome)}\n`),
    finish: () => Promise.resolve(),
  };
}

/** One JSON array, streamed element by element (one element per line). */
function jsonWriter(sink: Sink): Writer {
  let count = 0;
  return {
    write(outcome) {
      const lead = count++ === 0 ? '[\n' : ',\n';
      return sink.write(lead + jsonOf(outcome));
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

/** The writer for `format`; `style` only matters for `pretty`. */
export function createWriter(format: OutputFormat, sink: Sink, style: Style): Writer {
  switch (format) {
    case 'jsonl':
      return jsonlWriter(sink);
    case 'json':
      return jsonWriter(sink);
    case 'pretty':
      return prettyWriter(sink, style);
  }
}
