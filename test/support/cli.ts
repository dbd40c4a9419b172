/** Runs the command line in this process, for the CLI tests: what it wrote and its exit status. */
import { Readable, Writable } from 'node:stream';
import { run, type CliIO } from '../../src/cli/run.js';

/** A stream that hands each chunk written to it to `add`. */
export function collecting(add: (s: string) => void): Writable {
  return new Writable({
    write(chunk: Buffer | string, _enc, done) {
      add(String(chunk));
      done();
    },
  });
}

/**
 * Runs `news-scrape argv` with `stdin` (text, or a stream; empty by default) and `stdout` (a
 * collecting stream by default, whose text is returned), without colour.
 */
export async function runCli(
  argv: string[],
  { stdin = '', stdout }: { stdin?: string | Readable; stdout?: Writable } = {},
): Promise<{ status: number; stdout: string; stderr: string }> {
  let out = '';
  let err = '';
  const io: CliIO = {
    stdin: typeof stdin === 'string' ? Readable.from(stdin === '' ? [] : [Buffer.from(stdin)]) : stdin,
    stdout: stdout ?? collecting((s) => (out += s)),
    stderr: collecting((s) => (err += s)),
    env: { NO_COLOR: '1' },
  };
  const status = await run(argv, '0.0.0', io);
  return { status, stdout: out, stderr: err };
}
