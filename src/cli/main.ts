#!/usr/bin/env node
/**
 * The `news-scrape` command: `news-scrape parse INPUT... [--format jsonl|json|pretty]`.
 * See `news-scrape --help` (the text is in `args.ts`).
 *
 * @module
 */
import pkg from '../../package.json' with { type: 'json' };
import { run } from './run.js';

run(process.argv.slice(2), pkg.version, {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`news-scrape: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 70;
  },
);
