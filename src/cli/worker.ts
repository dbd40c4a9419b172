import { workerData } from 'node:worker_threads';
import type { SiteProfile } from '../types.js';
import type { ParseCommand } from './args.js';
import type { InputRecord } from './records.js';
import { parseRecord } from './run.js';
import type { Outcome } from './writers.js';

/** What every worker is started with: the parse options and the learned profiles. */
export interface WorkerSetup {
  command: Pick<ParseCommand, 'zone' | 'profile'>;
  learned: readonly SiteProfile[] | null;
}

/** A worker thread's task: parse a batch of records in order (run by piscina from `dist/cli.js`). */
export function parseBatch(records: readonly InputRecord[]): Outcome[] {
  const setup = workerData as WorkerSetup;
  const learned = setup.learned === null ? null : { profiles: setup.learned };
  return records.map((r) => parseRecord(r, setup.command, learned));
}
