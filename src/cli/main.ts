#!/usr/bin/env node
/**
 * The `news-scrape` command: `news-scrape parse INPUT... [--format jsonl|json|pretty]`.
 * See `news-scrape --help` (the text is in `args.ts`).
 *
 * @module
 */
import { isMainThread } from 'node:worker_threads';
import pkg from '../../package.json' with { type: 'json' };
import { run } from './run.js';
import { parseBatch } from './worker.js';

/** In a `--jobs` worker thread this same file is loaded by piscina, which calls this. */
export default parseBatch;

if (isMainThread) main();

function main(): void {
  run(process.argv.slice(2), pkg.version, {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    workerUrl: import.meta.url,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`news-scrape: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = 70;
    },
  );
}
