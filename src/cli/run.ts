import { open } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { parseArticle } from '../pipeline.js';
import { defaultProfiles } from '../profiles/index.js';
import type { ParseOptions } from '../types.js';
import { parseCommandLine, USAGE, UsageError, type ParseCommand } from './args.js';
import { readInput } from './readers.js';
import { failure, type InputRecord } from './records.js';
import { createSink, type Sink } from './sink.js';
import { createStyle, wantsColor } from './style.js';
import { createWriter, type Outcome } from './writers.js';

/** The streams and environment the command runs with (the process's own by default). */
export interface CliIO {
  stdin: Readable;
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable;
  env: NodeJS.ProcessEnv;
}

/** Exit statuses: every record parsed, some record failed, bad usage. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Parses one record, turning a throw (which should not happen on a string) into a failure. */
export function parseRecord(record: InputRecord, command: Pick<ParseCommand, 'zone' | 'profile'>): Outcome {
  const options: ParseOptions = { id: record.id, url: record.url };
  if (record.format !== null) options.format = record.format;
  if (command.zone !== null) options.zone = command.zone;
  if (command.profile !== null) options.profile = command.profile;
  try {
    return { ok: true, article: parseArticle(record.text, options), source: record.source };
  } catch (err) {
    const name = err instanceof Error ? err.name : 'Error';
    return failure(record.id, record.source, 'parse-failed', `${name}: ${message(err)}`);
  }
}

async function openOutput(command: ParseCommand, io: CliIO): Promise<{ sink: Sink; color: boolean }> {
  if (command.output === null) {
    return { sink: createSink(io.stdout, false), color: wantsColor(io.stdout.isTTY === true, io.env) };
  }
  const handle = await open(command.output, 'w');
  return { sink: createSink(handle.createWriteStream(), true), color: wantsColor(false, io.env) };
}

/** Runs `parse`: reads every input in order, writes one output record per input record. */
async function parseCommand(command: ParseCommand, io: CliIO): Promise<number> {
  let output;
  try {
    output = await openOutput(command, io);
  } catch (err) {
    io.stderr.write(`news-scrape: cannot write ${command.output}: ${message(err)}\n`);
    return EXIT.usage;
  }
  const { sink, color } = output;
  const writer = createWriter(command.format, sink, createStyle(color));
  let failed = 0;

  outer: for (const path of command.inputs) {
    for await (const read of readInput(path, command.fields, io.stdin)) {
      if (sink.closed) break outer;
      const outcome = read.ok ? parseRecord(read, command) : read;
      if (!outcome.ok) failed++;
      await writer.write(outcome);
    }
  }
  if (!sink.closed) await writer.finish();
  await sink.close();
  if (sink.error) {
    io.stderr.write(`news-scrape: cannot write output: ${sink.error.message}\n`);
    return EXIT.failed;
  }
  return failed > 0 ? EXIT.failed : EXIT.ok;
}

/**
 * Runs the `news-scrape` command line and resolves to its exit status.
 *
 * @example await run(['parse', 'a.txt', '--format', 'json'], { ...process streams })
 */
export async function run(argv: readonly string[], version: string, io: CliIO): Promise<number> {
  let command;
  try {
    command = parseCommandLine(argv, defaultProfiles.map((p) => p.id));
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr.write(`news-scrape: ${err.message}\nTry 'news-scrape --help' for usage.\n`);
    return EXIT.usage;
  }
  switch (command.command) {
    case 'help':
      io.stdout.write(`${USAGE}\n`);
      return EXIT.ok;
    case 'version':
      io.stdout.write(`${version}\n`);
      return EXIT.ok;
    case 'parse':
      return parseCommand(command, io);
  }
}
