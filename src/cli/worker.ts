import { workerData } from 'node:worker_threads';
import type { SiteProfile } from '../types.js';
import type { ParseCommand } from './args.js';
import type { InputRecord } from './records.js';
import { parseRecord } from './run.js';
import { render, type Rendered, type RenderOptions } from './writers.js';

/** What every worker is started with: the parse options, the learned profiles and how to render. */
export interface WorkerSetup {
  command: Pick<ParseCommand, 'zone' | 'profile'>;
  learned: readonly SiteProfile[] | null;
  render: RenderOptions;
}

/**
 * A worker thread's task: parse a batch of records in order and render each in the output
 * format (run by piscina from `dist/cli.js`), so only strings travel back to the main thread.
 */
export function parseBatch(records: readonly InputRecord[]): Rendered[] {
  const setup = workerData as WorkerSetup;
  const learned = setup.learned === null ? null : { profiles: setup.learned };
  return records.map((r) => render(parseRecord(r, setup.command, learned), setup.render));
}
