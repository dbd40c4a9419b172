/**
 * Test-only fault injection for worker threads; not part of the command line. Inert unless
 * the `NEWS_SCRAPE_INJECT_FAULT` environment variable is set to `MODE:ID`, where MODE is
 * `exit` (the worker calls `process.exit`), `throw` (the task throws outside any record) or
 * `oom` (the worker fills its heap), and ID is the id of the record that sets it off.
 *
 * @internal
 */
import type { InputRecord } from './records.js';

const VARIABLE = 'NEWS_SCRAPE_INJECT_FAULT';

/** Sets off the fault `env` names when `records` hold its record; does nothing otherwise. */
export function injectFault(records: readonly InputRecord[], env: NodeJS.ProcessEnv = process.env): void {
  const spec = env[VARIABLE];
  if (spec === undefined || spec === '') return;
  const colon = spec.indexOf(':');
  const mode = spec.slice(0, colon);
  const id = spec.slice(colon + 1);
  if (colon < 0 || !records.some((r) => r.id === id)) return;
  if (mode === 'exit') process.exit(3);
  if (mode === 'throw') throw new Error(`injected fault on record ${id}`);
  if (mode === 'oom') {
    const hoard: number[][] = [];
    for (;;) hoard.push(new Array<number>(1 << 20).fill(hoard.length));
  }
}
