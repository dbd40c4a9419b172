import { clearLine, cursorTo } from 'node:readline';
import type { Writable } from 'node:stream';
import type { Style } from './style.js';

/** What a run has done so far: records, failures, warnings by code, and bytes read. */
export interface Tally {
  records: number;
  errors: number;
  errorCodes: Map<string, number>;
  warnings: Map<string, number>;
  bytes: number;
  started: number;
}

/** A fresh tally that starts the clock now. */
export function createTally(now = performance.now()): Tally {
  return { records: 0, errors: 0, errorCodes: new Map(), warnings: new Map(), bytes: 0, started: now };
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
 * `news-scrape: 5 records, 1 error (file-not-found 1), 3 warnings (invalid-utf8 1, …) in 0.42 s, 1.20 MB at 2.86 MB/s`.
 */
export function summaryLine(t: Tally, s: Style, now = performance.now()): string {
  const seconds = Math.max((now - t.started) / 1000, 1e-6);
  const warnings = [...t.warnings.values()].reduce((a, b) => a + b, 0);
  const errors = t.errors === 0 ? s.green('0 errors') : s.red(plural(t.errors, 'error')) + byCode(t.errorCodes);
  return (
    `news-scrape: ${plural(t.records, 'record')}, ${errors}, ${plural(warnings, 'warning')}${byCode(t.warnings)}` +
    ` in ${seconds.toFixed(2)} s, ${mb(t.bytes)} MB at ${mb(t.bytes / seconds)} MB/s`
  );
}

/** A one-line progress display on a terminal: records, MB read, records/s and MB/s. */
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
      const seconds = Math.max((now - t.started) / 1000, 1e-6);
      const spin = SPINNER[frame++ % SPINNER.length] ?? '';
      const errors = t.errors === 0 ? '' : s.red(` · ${plural(t.errors, 'error')}`);
      const line =
        `${s.cyan(spin)} ${plural(t.records, 'record')} · ${mb(t.bytes)} MB${errors}` +
        s.dim(` · ${Math.round(t.records / seconds).toLocaleString('en-US')} rec/s · ${mb(t.bytes / seconds)} MB/s`);
      cursorTo(stream, 0);
      stream.write(line);
      clearLine(stream, 1);
    },
    done() {
      cursorTo(stream, 0);
      clearLine(stream, 0);
    },
  };
}
