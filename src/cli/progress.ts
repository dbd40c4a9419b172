import { clearLine, cursorTo } from 'node:readline';
import type { Writable } from 'node:stream';
import type { Style } from './style.js';

/** What a run has done so far: records, failures, warnings by code, and bytes read (of `total`, when known). */
export interface Tally {
  records: number;
  errors: number;
  errorCodes: Map<string, number>;
  warnings: Map<string, number>;
  /** WARC records that are not articles (requests, redirects, images, …), by kind: counted, not parsed. */
  skipped: Map<string, number>;
  bytes: number;
  /** The bytes the inputs hold on disk, or `null` while unknown (standard input never has one). */
  total: number | null;
  started: number;
  /** Files a folder scan passed over, by extension (`.pdf`), when any. */
  skippedFiles?: Map<string, number>;
}

/** A fresh tally that starts the clock now. */
export function createTally(now = performance.now()): Tally {
  return { records: 0, errors: 0, errorCodes: new Map(), warnings: new Map(), skipped: new Map(), bytes: 0, total: null, started: now };
}

/** Adds one to `code`'s count. */
export function bump(counts: Map<string, number>, code: string): void {
  counts.set(code, (counts.get(code) ?? 0) + 1);
}

function mb(bytes: number): string {
  return (bytes / 1e6).toFixed(bytes < 1e7 ? 2 : 1);
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

function byCode(counts: Map<string, number>): string {
  if (counts.size === 0) return '';
  const list = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([code, n]) => `${code} ${n}`);
  return ` (${list.join(', ')})`;
}

/**
 * The closing line on standard error, e.g.
 * `news-scrape: 5 records, 1 error (file-not-found 1), 3 warnings (invalid-utf8 1, …) in 0.42 s, 1.20 MB at 2.86 MB/s`;
 * after a WARC input, also the WARC records that were not articles: `, 183 other WARC records (request 181, warcinfo 2)`.
 */
export function summaryLine(t: Tally, s: Style, now = performance.now()): string {
  const seconds = Math.max((now - t.started) / 1000, 1e-6);
  const warnings = [...t.warnings.values()].reduce((a, b) => a + b, 0);
  const errors = t.errors === 0 ? s.green('0 errors') : s.red(plural(t.errors, 'error')) + byCode(t.errorCodes);
  const skipped = [...t.skipped.values()].reduce((a, b) => a + b, 0);
  const warc = skipped === 0 ? '' : `, ${plural(skipped, 'other WARC record')}${byCode(t.skipped)}`;
  return (
    `news-scrape: ${plural(t.records, 'record')}, ${errors}, ${plural(warnings, 'warning')}${byCode(t.warnings)}${warc}` +
    ` in ${seconds.toFixed(2)} s, ${mb(t.bytes)} MB at ${mb(t.bytes / seconds)} MB/s` +
    (t.skippedFiles && t.skippedFiles.size > 0 ? `; ${plural([...t.skippedFiles.values()].reduce((a, b) => a + b, 0), 'file')} skipped in folders${byCode(t.skippedFiles)}` : '')
  );
}

/**
 * A duration for the ETA, rounded to the second: `"42s"`, `"1m05s"`, `"2h03m"`.
 *
 * @example formatDuration(65) // "1m05s"
 */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  const minutes = Math.round(s / 60);
  return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`;
}

/**
 * Seconds left at the average rate so far, or `null` when that cannot be told: the total is
 * unknown or zero, or nothing has been read yet (a rate of 0 gives no estimate, not infinity).
 */
export function etaSeconds(t: Tally, now: number): number | null {
  if (t.total === null || t.total <= 0 || t.bytes <= 0) return null;
  const seconds = (now - t.started) / 1000;
  if (!(seconds > 0)) return null;
  return Math.max(0, t.total - t.bytes) / (t.bytes / seconds);
}

/**
 * The progress line's text at time `now` (ms, as `performance.now()`), e.g.
 * `⠋ 1,200 records · 20.0/85.0 MB (24%) · 60 rec/s · 1.00 MB/s · ETA 1m05s`;
 * without a known total it is `⠋ 1,200 records · 20.0 MB · 60 rec/s · 1.00 MB/s`.
 */
export function progressLine(t: Tally, s: Style, now: number, frame = 0): string {
  const seconds = Math.max((now - t.started) / 1000, 1e-6);
  const spin = SPINNER[frame % SPINNER.length] ?? '';
  const errors = t.errors === 0 ? '' : s.red(` · ${plural(t.errors, 'error')}`);
  const total = t.total ?? 0;
  const read = total > 0 ? `${mb(t.bytes)}/${mb(total)} MB (${Math.min(100, Math.floor((100 * t.bytes) / total))}%)` : `${mb(t.bytes)} MB`;
  const eta = etaSeconds(t, now);
  return (
    `${s.cyan(spin)} ${plural(t.records, 'record')} · ${read}${errors}` +
    s.dim(` · ${Math.round(t.records / seconds).toLocaleString('en-US')} rec/s · ${mb(t.bytes / seconds)} MB/s`) +
    (eta === null ? '' : ` · ETA ${formatDuration(eta)}`)
  );
}

/** A one-line progress display on a terminal: records, MB read, records/s, MB/s and ETA. */
export interface Progress {
  /** Redraws at most every 100 ms. */
  tick(): void;
  /** Clears the line so the summary can take its place. */
  done(): void;
}

const NO_PROGRESS: Progress = { tick: () => undefined, done: () => undefined };
const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/**
 * A progress line redrawn in place with `readline.cursorTo` (no dependency needed for one
 * line); a no-op unless `enabled` (stderr is a terminal and not `--quiet`).
 */
export function createProgress(stream: Writable, t: Tally, s: Style, enabled: boolean): Progress {
  if (!enabled) return NO_PROGRESS;
  let last = 0;
  let frame = 0;
  return {
    tick() {
      const now = performance.now();
      if (now - last < 100) return;
      last = now;
      cursorTo(stream, 0);
      stream.write(progressLine(t, s, now, frame++));
      clearLine(stream, 1);
    },
    done() {
      cursorTo(stream, 0);
      clearLine(stream, 0);
    },
  };
}
