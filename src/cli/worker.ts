import { workerData } from 'node:worker_threads';
import type { SiteProfile } from '../types.js';
import { injectFault } from './faults.js';
import type { InputRecord } from './records.js';
import { parseAndRender, type RecordOptions } from './run.js';
import type { Rendered, RenderOptions } from './writers.js';

/** What every worker is started with: the parse options, the learned profiles and how to render. */
export interface WorkerSetup {
  command: RecordOptions;
  learned: readonly SiteProfile[] | null;
  render: RenderOptions;
}

/**
 * A worker thread's task: `parseAndRender` a batch (run by piscina from `dist/cli.js`),
 * so only strings travel back to the main thread.
 */
export function parseBatch(records: readonly InputRecord[]): Rendered[] {
  injectFault(records);
  return parseAndRender(records, workerData as WorkerSetup);
}
