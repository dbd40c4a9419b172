#!/usr/bin/env node
/**
 * The `news-scrape` command: `news-scrape parse INPUT... [--format jsonl|json|pretty]`.
 * See `news-scrape --help` (the text is in `args.ts`).
 *
 * @module
 */
import { isMainThread } from 'node:worker_threads';
import pkg from '../../package.json' with { type: 'json' };
import { run, type StopSwitch } from './run.js';
import { parseBatch } from './worker.js';

/** In a `--jobs` worker thread this same file is loaded by piscina, which calls this. */
export default parseBatch;

if (isMainThread) main();

function main(): void {
  // SIGINT/SIGTERM during `parse`: stop at a record boundary, so the output is a prefix of
  // whole records; a second signal, or one outside `parse`, ends the process as usual.
  const controller = new AbortController();
  const stop: StopSwitch = { signal: controller.signal, graceful: false };
  const onSignal = (signal: NodeJS.Signals): void => {
    if (stop.graceful && !controller.signal.aborted) return controller.abort(signal);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    process.kill(process.pid, signal);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  run(process.argv.slice(2), pkg.version, {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    workerUrl: import.meta.url,
    stop,
  }).then(
    (code) => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`news-scrape: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = 70;
    },
  );
}
