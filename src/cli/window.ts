/** How {@link runWindowed} hands results on. */
export interface WindowOptions {
  /** The most tasks started and not yet written; the source is not read further while it is full. */
  window: number;
  /** `true`: write results in the order the tasks came; `false`: as each one finishes. */
  ordered: boolean;
  /** Checked before each task and each write; `true` stops the run (the reader hung up). @default () => false */
  stopped?: () => boolean;
}

/** A started task and, once it settles, its result. */
interface Slot<R> {
  done: boolean;
  result: R | undefined;
  settled: Promise<Slot<R>>;
}

function track<R>(promise: Promise<R>): Slot<R> {
  const slot: Slot<R> = { done: false, result: undefined, settled: undefined as unknown as Promise<Slot<R>> };
  slot.settled = promise.then((result) => {
    slot.done = true;
    slot.result = result;
    return slot;
  });
  return slot;
}

/**
 * Starts `start(task)` for each task of `tasks` and passes every result to `write`, keeping at
 * most `window` tasks between starting and writing: the next task is pulled from `tasks` only
 * when there is room, so a large input is never read far ahead of the workers. Results that
 * are already done are written before the next task is pulled; ordered, a result waits for
 * the results before it. `start` should not reject (a rejection ends the run with it).
 *
 * @example await runWindowed(batches, (b) => pool.run(b), writeBatch, { window: 4, ordered: false })
 */
export async function runWindowed<T, R>(
  tasks: AsyncIterable<T>,
  start: (task: T) => Promise<R>,
  write: (result: R) => Promise<void>,
  options: WindowOptions,
): Promise<void> {
  const window = Math.max(1, options.window);
  const stopped = options.stopped ?? (() => false);
  const slots: Slot<R>[] = [];

  const take = async (slot: Slot<R>): Promise<void> => {
    slots.splice(slots.indexOf(slot), 1);
    await write(slot.result as R);
  };
  /** The next slot that may be written now, without waiting. */
  const ready = (): Slot<R> | undefined => (options.ordered ? (slots[0]?.done ? slots[0] : undefined) : slots.find((s) => s.done));
  /** Waits for the next slot that may be written: the oldest when ordered, else the first to finish. */
  const next = async (): Promise<Slot<R>> => ready() ?? (options.ordered ? slots[0]!.settled : Promise.race(slots.map((s) => s.settled)));

  for await (const task of tasks) {
    if (stopped()) break;
    slots.push(track(start(task)));
    for (let slot = ready(); slot !== undefined && !stopped(); slot = ready()) await take(slot);
    while (slots.length >= window && !stopped()) await take(await next());
    if (stopped()) break;
  }
  while (slots.length > 0 && !stopped()) await take(await next());
}
