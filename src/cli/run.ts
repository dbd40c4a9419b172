import { constants } from 'node:fs';
import { access, open, readFile, stat, truncate, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { availableParallelism, constants as osConstants } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import type { Readable, Writable } from 'node:stream';
import { learnSiteChrome, profileForUrl, profilesFromJSON, withLearnedChrome, type LearnedProfile, type LearnInput } from '../learn/index.js';
import { parseArticle } from '../pipeline.js';
import { defaultProfiles } from '../profiles/index.js';
import type { ParseOptions, SiteProfile } from '../types.js';
import { MAX_RECORD_BYTES, parseCommandLine, USAGE, UsageError, type FieldOptions, type InspectCommand, type LearnCommand, type ParseCommand, type Shard } from './args.js';
import { inspectArticle } from './inspect.js';
import type { StdinFormat } from './stdin.js';
import { emptyInput, preflight, skippedFiles } from './preflight.js';
import { commandHelp, isCommandName } from './usage.js';
import { inputSize, limitRecordSize, readAll, withUrl, type Meter } from './readers.js';
import { failure, type InputRecord, type ReadResult } from './records.js';
import { bump, createProgress, createTally, summaryLine, type Tally } from './progress.js';
import { createSink, type Sink } from './sink.js';
import { createStyle, wantsColor } from './style.js';
import { Piscina } from 'piscina';
import type { WorkerSetup } from './worker.js';
import { runWindowed } from './window.js';
import { createWriter, render, renderOrFail, type Outcome, type Rendered, type Renderer } from './writers.js';

/** The streams and environment the command runs with (the process's own by default). */
export interface CliIO {
  stdin: Readable;
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  /** The module piscina loads in `--jobs` worker threads (`dist/cli.js`); without it, parsing stays on this thread. */
  workerUrl?: string;
  /** Aborted (with the signal's name) when the user asks the run to stop; `parse` then stops at a record boundary. */
  stop?: StopSwitch;
}

/** How `main` asks a run to stop on SIGINT/SIGTERM: `graceful` while `parse` can stop at a record boundary. */
export interface StopSwitch {
  readonly signal: AbortSignal;
  graceful: boolean;
}

/** Exit status after a stop on `signal`: 128 + its number, as a shell reports a process killed by it. */
function signalStatus(signal: unknown): number {
  const n = typeof signal === 'string' ? (osConstants.signals as Record<string, number | undefined>)[signal] : undefined;
  return 128 + (n ?? 15);
}

/** Exit statuses: every record parsed, some record failed, bad usage. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Learned profiles and how to pick one for a record. */
export interface Learned {
  profiles: readonly SiteProfile[];
}

/**
 * The learned profile for a record: the one named by its `--key-field` cell, else the one whose
 * hosts hold its URL's host. When a built-in profile claims the URL, that profile with the
 * learned chrome added (its own rows stay), or `null` (the built-in one applies) when nothing
 * was learned for the site.
 */
export function learnedProfileFor(record: InputRecord, learned: Learned | null): SiteProfile | null {
  if (learned === null || learned.profiles.length === 0) return null;
  let found: SiteProfile | null = null;
  if (record.key !== null) found = learned.profiles.find((p) => p.name === record.key) ?? null;
  found ??= profileForUrl(learned.profiles, record.url);
  const builtIn = profileForUrl(defaultProfiles, record.url);
  if (builtIn === null) return found;
  const merged = withLearnedChrome(builtIn, found);
  return merged === builtIn ? null : merged;
}

/** Opens the output like {@link openOutput}, or says why it cannot on stderr and gives `null`. */
async function openOutputOrSay(output: string | null, io: CliIO): Promise<{ sink: Sink; color: boolean } | null> {
  try {
    return await openOutput(output, io);
  } catch (err) {
    io.stderr.write(`news-scrape: cannot write ${output}: ${message(err)}\n`);
    return null;
  }
}

/** The command's options every record is parsed with; `referenceDate` is for records that bring no date of their own. */
export type RecordOptions = Pick<ParseCommand, 'zone' | 'profile'> & { referenceDate?: string | null };

/** Parses one record, turning a throw (which should not happen on a string) into a failure. */
export function parseRecord(record: InputRecord, command: RecordOptions, learned: Learned | null = null): Outcome {
  const options: ParseOptions = { id: record.id, url: record.url };
  if (record.format !== null) options.format = record.format;
  if (record.title) options.titleHint = record.title;
  const referenceDate = record.referenceDate ?? command.referenceDate ?? null;
  if (referenceDate !== null) options.referenceDate = referenceDate;
  if (command.zone !== null) options.zone = command.zone;
  if (command.profile !== null) options.profile = command.profile;
  else {
    const profile = learnedProfileFor(record, learned);
    if (profile !== null) options.profile = profile;
  }
  try {
    const article = parseArticle(record.text, options);
    if (record.warnings) article.warnings.push(...record.warnings);
    if (record.invalidUtf8) {
      article.warnings.push({
        code: 'invalid-utf8',
        message: 'the input held bytes that are not UTF-8; they were replaced by U+FFFD',
        start: null,
        end: null,
      });
    }
    if (record.text.trim() === '') article.warnings.push(emptyInput(record));
    return { ok: true, article, source: record.source };
  } catch (err) {
    const name = err instanceof Error ? err.name : 'Error';
    return failure(record.id, record.source, 'parse-failed', `${name}: ${message(err)}`);
  }
}

/**
 * Parses records in order and renders each in the output format; a record that fails to
 * parse or to render becomes an error record in its place, and the others are unaffected.
 * A worker thread runs this on each batch; so does this thread with `--jobs 1`.
 */
export function parseAndRender(records: readonly InputRecord[], setup: WorkerSetup, renderer: Renderer = render): Rendered[] {
  const learned = setup.learned === null ? null : { profiles: setup.learned };
  return records.map((r) => renderOrFail(parseRecord(r, setup.command, learned), setup.render, renderer));
}

async function openOutput(output: string | null, io: CliIO): Promise<{ sink: Sink; color: boolean }> {
  if (output === null) {
    return { sink: createSink(io.stdout, false), color: wantsColor(io.stdout.isTTY === true, io.env) };
  }
  await checkWritable(output);
  const handle = await open(output, 'w');
  return { sink: createSink(handle.createWriteStream(), true), color: wantsColor(false, io.env) };
}

/**
 * Checks, without changing it, that `path` can be written: an existing file opens for writing,
 * or a new one's folder exists and is writable. Throws an error saying why otherwise (`no such
 * folder: /x`, `it is a folder, not a file`, `permission denied`).
 */
export async function checkWritable(path: string): Promise<void> {
  const folder = dirname(resolve(path));
  try {
    await (await open(path, 'r+')).close();
    return;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException | null)?.code;
    if (code === 'EISDIR') throw new Error('it is a folder, not a file');
    if (code === 'EACCES' || code === 'EPERM') throw new Error('permission denied');
    if (code !== 'ENOENT') throw err;
  }
  let isFolder: boolean;
  try {
    isFolder = (await stat(folder)).isDirectory();
  } catch {
    throw new Error(`no such folder: ${folder}`);
  }
  if (!isFolder) throw new Error(`${folder} is not a folder`);
  try {
    await access(folder, constants.W_OK);
  } catch {
    throw new Error(`permission denied in ${folder}`);
  }
}

/** Reads and checks a profiles file; a problem is a usage error naming the file. */
async function loadProfiles(path: string): Promise<Learned> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (err) {
    throw new UsageError(`cannot read --profiles ${path}: ${message(err)}`);
  }
  try {
    return { profiles: profilesFromJSON(json) };
  } catch (err) {
    throw new UsageError(`--profiles ${path}: ${message(err)}`);
  }
}

/** Shared by every command: the tally, the byte meter, the progress line and the closing summary. */
class Run {
  readonly tally: Tally = createTally();
  readonly meter: Meter;
  private readonly progress;
  private readonly style;

  constructor(
    private readonly io: CliIO,
    private readonly quiet: boolean,
    inputs: readonly string[],
  ) {
    const tally = this.tally;
    this.meter = {
      get bytes() {
        return tally.bytes;
      },
      set bytes(n: number) {
        tally.bytes = n;
      },
      skip: (kind: string) => bump(tally.skipped, kind),
    };
    this.style = createStyle(wantsColor(io.stderr.isTTY === true, io.env));
    const shown = !quiet && io.stderr.isTTY === true;
    this.progress = createProgress(io.stderr, this.tally, this.style, shown);
    // The inputs' size on disk gives the progress line its ETA; only worth a look when it is shown.
    if (shown) {
      inputSize(inputs).then(
        (total) => {
          tally.total = total;
        },
        () => undefined,
      );
    }
  }

  /** Counts one record: its failure's code (`null` when it parsed) and its warning codes. */
  count(error: string | null, warnings: readonly string[] = []): void {
    this.tally.records++;
    if (error !== null) {
      this.tally.errors++;
      bump(this.tally.errorCodes, error);
    }
    for (const code of warnings) bump(this.tally.warnings, code);
    this.progress.tick();
  }

  finish(): void {
    this.progress.done();
    if (!this.quiet) this.io.stderr.write(`${summaryLine(this.tally, this.style)}\n`);
  }
}

/** Pass one of `learn` and `parse --learn`: learns chrome from every readable record. */
async function learnFrom(inputs: readonly string[], fields: FieldOptions, io: CliIO, run: Run | null, stdinFormat: StdinFormat = 'auto'): Promise<LearnedProfile[]> {
  const scrapes: LearnInput[] = [];
  for await (const read of readAll(inputs, fields, io.stdin, run?.meter ?? { bytes: 0 }, stdinFormat)) {
    run?.count(read.ok ? null : read.error.code);
    if (read.ok) scrapes.push({ text: read.text, url: read.url, key: read.key });
  }
  return learnSiteChrome(scrapes);
}

/**
 * The old-generation heap limit of each worker thread, in MB: 1 GB, or 16 bytes per byte of the
 * largest record `--max-record-bytes` lets through when that is more, and never more than this
 * process's own limit (`--max-old-space-size`). V8 lets a heap grow past its live data by a
 * factor it picks from the heap's limit: up to 4× under the default limit of a large machine
 * (several GB), about 1.6× under 1 GB. Parsing HTML makes much short-lived garbage, so with the
 * default a 2-thread run over a WARC took 0.8–0.9 GB at 200 MB of input and 1.2 GB at 1 GB;
 * under 1 GB about 0.6 GB at both, for the same CPU time.
 *
 * @example workerHeapMb(64 * 1024 * 1024) // 1024
 */
export function workerHeapMb(maxRecordBytes: number, processLimitBytes: number = getHeapStatistics().heap_size_limit): number {
  const wanted = Math.max(WORKER_HEAP_MB, Math.ceil((16 * maxRecordBytes) / 2 ** 20));
  return Math.max(64, Math.min(wanted, Math.floor(processLimitBytes / 2 ** 20)));
}

/** The least heap limit a worker gets (MB): see {@link workerHeapMb}. */
const WORKER_HEAP_MB = 1024;

/** Records per task sent to a worker, and the most text (UTF-16 units) one task carries. */
const BATCH_RECORDS = 64;
const BATCH_CHARS = 1 << 20;

/** The records of one task, and whether the batch is full (only a full batch starts the pool). */
export interface Batch {
  records: ReadResult[];
  full: boolean;
}

/**
 * Groups this shard's records into batches of {@link BATCH_RECORDS} records or
 * {@link BATCH_CHARS} of text, in input order; error records ride along in their place.
 */
async function* batchesOf(reads: AsyncIterable<ReadResult>, shard: Shard | null): AsyncGenerator<Batch> {
  let records: ReadResult[] = [];
  let chars = 0;
  let index = -1;
  for await (const read of reads) {
    index++;
    if (shard !== null && index % shard.count !== shard.index - 1) continue;
    records.push(read);
    chars += read.ok ? read.text.length : 0;
    if (records.length >= BATCH_RECORDS || chars >= BATCH_CHARS) {
      yield { records, full: true };
      records = [];
      chars = 0;
    }
  }
  if (records.length > 0) yield { records, full: false };
}

/** How much input parsing sees on this thread before a pool may start: records, or UTF-16 units of text. */
export interface PoolThreshold {
  records: number;
  chars: number;
}

/**
 * Without `--jobs`, the pool starts only past this much input: on a loaded 2-core machine
 * `--jobs 2` lost to `--jobs 1` up to about 8,000 records (34 MB) and won from 16,000
 * (69 MB) on (`node bench/jobs.mjs`; docs/command-line.md has the figures).
 */
export const DEFAULT_POOL_THRESHOLD: PoolThreshold = { records: 8192, chars: 32 * 1024 * 1024 };

/**
 * Parses and renders batches of records: on this thread, or, with more than one job, on a
 * piscina pool started when the first full batch is ready (so a few small files never pay
 * for starting threads) and grown a thread at a time while batches wait, up to `jobs`.
 */
export class Parsers {
  private pool: Piscina | null = null;
  private seen = { records: 0, chars: 0 };

  constructor(
    private readonly jobs: number,
    private readonly workerUrl: string | undefined,
    private readonly setup: WorkerSetup,
    /** How records are rendered on this thread (a stand-in in tests); workers use `render`. */
    private readonly renderer: Renderer = render,
    /** Each worker's old-generation heap limit, in MB (see {@link workerHeapMb}). */
    private readonly heapMb: number = workerHeapMb(MAX_RECORD_BYTES),
    /** The input parsed on this thread before the pool may start (none with an explicit `--jobs`). */
    private readonly startAfter: PoolThreshold = { records: 0, chars: 0 },
  ) {}

  /** Whether the records seen so far reach {@link startAfter}. */
  private bigEnough(): boolean {
    return this.seen.records >= this.startAfter.records || this.seen.chars >= this.startAfter.chars;
  }

  /** One rendered record per record of the batch, in its order; never rejects. */
  parse(batch: Batch): Promise<Rendered[]> {
    for (const r of batch.records) {
      this.seen.records++;
      this.seen.chars += r.ok ? r.text.length : 0;
    }
    if (this.pool === null && batch.full && this.jobs > 1 && this.workerUrl !== undefined && this.bigEnough()) {
      this.pool = new Piscina({
        filename: this.workerUrl,
        // Threads start as batches arrive (piscina adds one while a task waits), up to `jobs`:
        // a 2-batch input never starts more than 2 threads, whatever --jobs says.
        minThreads: 1,
        maxThreads: this.jobs,
        // A thread once started stays until the run ends, rather than being torn down between batches.
        idleTimeout: Number.POSITIVE_INFINITY,
        workerData: this.setup,
        // Idle workers go back to their event loop, where V8 runs its GC tasks; blocked in
        // Atomics.wait their heaps grew all through a 1 GB input. Tasks are whole batches,
        // so the slower hand-off costs nothing.
        atomics: 'disabled',
        resourceLimits: { maxOldGenerationSizeMb: this.heapMb },
      });
    }
    const { pool, setup, renderer } = this;
    const records = batch.records;
    const ok = records.filter((r): r is InputRecord => r.ok);
    const parsed: Promise<Rendered[]> =
      pool === null || ok.length === 0 ? Promise.resolve(parseAndRender(ok, setup, renderer)) : (pool.run(ok) as Promise<Rendered[]>);
    const merge = (rendered: readonly Rendered[]): Rendered[] => {
      let i = 0;
      return records.map((r) => (r.ok ? rendered[i++]! : renderOrFail(r, setup.render, renderer)));
    };
    // A worker that dies (throws outside a record, exits, runs out of memory) is replaced by
    // piscina; its batch is retried a record at a time so only the record that kills it fails.
    return parsed.then(merge, () => (pool === null ? merge(ok.map((r) => this.crashed(r, 'the batch failed'))) : this.retry(pool, ok).then(merge)));
  }

  /** Each record of a failed batch as a task of its own; one that fails again is `worker-crashed`. */
  private retry(pool: Piscina, records: readonly InputRecord[]): Promise<Rendered[]> {
    return Promise.all(
      records.map((r) =>
        (pool.run([r]) as Promise<Rendered[]>).then(
          (one) => one[0] ?? this.crashed(r, 'no result'),
          (err: unknown) => this.crashed(r, message(err)),
        ),
      ),
    );
  }

  private crashed(record: InputRecord, why: string): Rendered {
    return renderOrFail(failure(record.id, record.source, 'worker-crashed', `the worker thread died on this record: ${why}`), this.setup.render, this.renderer);
  }

  /** The worker threads started so far (0 while parsing stays on this thread). */
  get threads(): number {
    return this.pool?.threads.length ?? 0;
  }

  /** Stops the pool; batches still in flight (the reader hung up) turn into failures nobody writes. */
  async close(): Promise<void> {
    await this.pool?.destroy();
  }
}

/**
 * Runs `parse`: reads every input in order, writes one output record per input record (of its
 * shard): in input order, or with `--unordered` each batch as soon as its worker is done. At
 * most `2 × jobs` batches are between reading and writing, so memory stays bounded.
 */
async function parseCommand(command: ParseCommand, io: CliIO): Promise<number> {
  let learned: Learned | null = null;
  if (command.profiles !== null) learned = await loadProfiles(command.profiles);
  // Checked before any work (--learn reads the whole corpus), so a bad -o or field flag fails at
  // once; the columns first when they are read from files, so a usage error leaves -o untouched
  // (standard input is read whole for its check, so a bad -o is said before that).
  const stdinFirst = command.inputs.includes('-');
  if (!stdinFirst) io = { ...io, stdin: await preflight(command, io.stdin) };
  const output = await openOutputOrSay(command.output, io);
  if (output === null) return EXIT.usage;
  if (stdinFirst) io = { ...io, stdin: await preflight(command, io.stdin) };
  const { sink, color } = output;
  if (command.learn) learned = { profiles: await learnFrom(command.inputs, command.fields, io, null) };

  const how = { format: command.format, fields: command.select, color, csvFormulas: command.csvFormulas };
  const writer = createWriter(sink, how);
  const run = new Run(io, command.quiet, command.inputs);
  run.tally.skippedFiles = await skippedFiles(command.inputs);
  const jobs = command.jobs ?? availableParallelism();
  const parsers = new Parsers(
    jobs,
    io.workerUrl,
    { command: { zone: command.zone, profile: command.profile, referenceDate: command.referenceDate }, learned: learned?.profiles ?? null, render: how },
    render,
    workerHeapMb(command.maxRecordBytes),
    command.jobs === null ? DEFAULT_POOL_THRESHOLD : undefined,
  );

  const stopSignal = io.stop?.signal;
  const stopped = (): boolean => sink.closed || stopSignal?.aborted === true;
  const write = async (records: readonly Rendered[]): Promise<void> => {
    for (const record of records) {
      if (stopped()) return;
      run.count(record.error, record.warnings);
      await writer.write(record);
    }
  };
  if (io.stop) io.stop.graceful = true;
  try {
    const reads = withUrl(readAll(command.inputs, command.fields, io.stdin, run.meter, command.stdinFormat), command.url);
    const batches = batchesOf(limitRecordSize(reads, command.maxRecordBytes), command.shard);
    await runWindowed(batches, (batch) => parsers.parse(batch), write, {
      window: Math.max(2, jobs * 2),
      ordered: !command.unordered,
      stopped,
    });
  } finally {
    if (io.stop) io.stop.graceful = false;
    await parsers.close();
  }
  // Stopped by a signal, the output ends after the last whole record (a JSON array is left open).
  if (!stopped()) await writer.finish();
  await sink.close();
  if (sink.error) {
    // A full disk can take half a line: the file is cut back to the end of the last whole write.
    if (command.output !== null) await truncate(command.output, sink.written).catch(() => undefined);
    run.tally.errors++;
    bump(run.tally.errorCodes, 'write-error');
  }
  run.finish();
  if (!command.quiet && command.format === 'csv' && command.select !== null && !command.select.includes('error') && run.tally.errors > 0) {
    const n = run.tally.errors;
    io.stderr.write(`news-scrape: ${n} record${n === 1 ? '' : 's'} failed; ${n === 1 ? 'its csv row holds' : 'their csv rows hold'} only the id (add error to --fields to see why)\n`);
  }
  if (sink.error) {
    io.stderr.write(`news-scrape: cannot write output: ${sink.error.message}; the output ends after the last whole record written (${sink.written} bytes)\n`);
    return EXIT.failed;
  }
  if (stopSignal?.aborted === true) {
    io.stderr.write(`news-scrape: stopped by ${String(stopSignal.reason)} after ${run.tally.records} records; the output holds them whole\n`);
    return signalStatus(stopSignal.reason);
  }
  return run.tally.errors > 0 ? EXIT.failed : EXIT.ok;
}

/** Runs `learn`: learns each site's chrome and writes the profiles as JSON (`{ "profiles": [...] }`). */
async function learnCommand(command: LearnCommand, io: CliIO): Promise<number> {
  const path = command.output ?? '-';
  try {
    await checkWritable(path);
  } catch (err) {
    io.stderr.write(`news-scrape: cannot write ${path}: ${message(err)}\n`);
    return EXIT.usage;
  }
  io = { ...io, stdin: await preflight(command, io.stdin) };
  const run = new Run(io, command.quiet, command.inputs);
  run.tally.skippedFiles = await skippedFiles(command.inputs);
  const profiles = await learnFrom(command.inputs, command.fields, io, run, command.stdinFormat);
  try {
    await writeFile(path, `${JSON.stringify({ profiles }, null, 2)}\n`);
  } catch (err) {
    io.stderr.write(`news-scrape: cannot write ${path}: ${message(err)}\n`);
    return EXIT.usage;
  }
  run.finish();
  if (!command.quiet) {
    const lines = profiles.reduce((n, p) => n + p.chrome.length, 0);
    io.stderr.write(`news-scrape: learned ${lines} chrome lines for ${profiles.length} sites -> ${path}\n`);
  }
  return run.tally.errors > 0 ? EXIT.failed : EXIT.ok;
}

/** Runs `inspect`: every record's text with each segment labelled by kind (cruft with its reason). */
async function inspectCommand(command: InspectCommand, io: CliIO): Promise<number> {
  const learned = command.profiles === null ? null : await loadProfiles(command.profiles);
  // As for parse: the columns of files before -o is opened, standard input's after.
  const stdinFirst = command.inputs.includes('-');
  if (!stdinFirst) io = { ...io, stdin: await preflight(command, io.stdin) };
  const output = await openOutputOrSay(command.output, io);
  if (output === null) return EXIT.usage;
  if (stdinFirst) io = { ...io, stdin: await preflight(command, io.stdin) };
  const { sink, color } = output;
  const s = createStyle(color);
  let failed = 0;
  let n = 0;
  for await (const read of withUrl(readAll(command.inputs, command.fields, io.stdin, { bytes: 0 }, command.stdinFormat), command.url)) {
    if (sink.closed) break;
    const outcome = read.ok ? parseRecord(read, command, learned) : read;
    if (!outcome.ok || !read.ok) {
      failed++;
      // Errors go to standard error, as every command's do; the output holds only scrapes.
      if (!outcome.ok) io.stderr.write(`news-scrape: ${outcome.source}: ${outcome.error.code}: ${outcome.error.message}\n`);
      continue;
    }
    const head = `${n++ === 0 ? '' : '\n'}${s.bold(`══ ${outcome.article.id ?? '(no id)'}`)} ${s.dim(outcome.source)}\n`;
    await sink.write(`${head}${inspectArticle(outcome.article, read.text, s)}\n`);
  }
  await sink.close();
  return failed > 0 ? EXIT.failed : EXIT.ok;
}

/**
 * Runs the `news-scrape` command line and resolves to its exit status.
 *
 * @example await run(['parse', 'a.txt', '--format', 'json'], { ...process streams })
 */
export async function run(argv: readonly string[], version: string, io: CliIO): Promise<number> {
  try {
    const command = parseCommandLine(argv, defaultProfiles.map((p) => p.id));
    switch (command.command) {
      case 'help':
        io.stdout.write(`${command.topic === undefined ? USAGE : commandHelp(command.topic)}\n`);
        return EXIT.ok;
      case 'version':
        io.stdout.write(`${version}\n`);
        return EXIT.ok;
      case 'parse':
        return await parseCommand(command, io);
      case 'learn':
        return await learnCommand(command, io);
      case 'inspect':
        return await inspectCommand(command, io);
    }
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    const help = isCommandName(argv[0]) ? `news-scrape ${argv[0]} --help` : 'news-scrape --help';
    io.stderr.write(`news-scrape: ${err.message}\nTry '${help}' for usage.\n`);
    return EXIT.usage;
  }
}
