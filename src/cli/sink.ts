import type { Writable } from 'node:stream';

/** A text destination that respects backpressure and goes quiet when the reader hangs up. */
export interface Sink {
  /** Writes `text`, waiting for `drain` when the stream's buffer is full. */
  write(text: string): Promise<void>;
  /** Ends the stream and waits until it is flushed (stdout is left open). */
  close(): Promise<void>;
  /** True once the reader has gone away (EPIPE) or the stream failed; later writes are dropped. */
  readonly closed: boolean;
  /** The error that closed the stream, other than EPIPE. */
  readonly error: Error | null;
  /** Bytes of whole writes the stream has accepted: after a failure, where the last complete write ends. */
  readonly written: number;
}

function isBrokenPipe(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED';
}

/**
 * Wraps a writable stream: `await sink.write(text)` returns once the stream can take more,
 * and a closed pipe (`news-scrape … | head`) stops output without an error.
 *
 * @param end Whether `close()` ends the stream (true for files, false for stdout).
 */
export function createSink(stream: Writable, end: boolean): Sink {
  let closed = false;
  let failure: Error | null = null;
  let written = 0;
  const waiting = new Set<() => void>();
  const wakeAll = (): void => {
    for (const wake of waiting) wake();
    waiting.clear();
  };

  const fail = (err: Error): void => {
    closed = true;
    if (failure === null && !isBrokenPipe(err)) failure = err;
    wakeAll();
  };
  // A file stream reports a failed write to its callback at once, but emits 'error' only once its file is closed.
  stream.on('error', fail);

  return {
    get closed() {
      return closed;
    },
    get error() {
      return failure;
    },
    get written() {
      return written;
    },
    write(text: string): Promise<void> {
      if (closed || text === '') return Promise.resolve();
      const bytes = Buffer.byteLength(text, 'utf8');
      const accepted = (err?: Error | null): void => {
        if (err) fail(err);
        else written += bytes;
      };
      if (stream.write(text, accepted)) return Promise.resolve();
      return new Promise((resolve) => {
        const wake = (): void => {
          stream.off('drain', wake);
          waiting.delete(wake);
          resolve();
        };
        waiting.add(wake);
        stream.once('drain', wake);
      });
    },
    close(): Promise<void> {
      if (closed) return Promise.resolve();
      return new Promise((resolve) => {
        const done = (): void => resolve();
        if (end) {
          stream.once('error', done);
          stream.end((err?: Error | null) => {
            if (err) fail(err);
            done();
          });
        } else {
          // Resolve once everything written so far is flushed.
          stream.once('error', done);
          stream.write('', done);
        }
      });
    },
  };
}
