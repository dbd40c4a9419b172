import { describe, expect, it } from 'vitest';
import { runWindowed } from '../../src/cli/window.js';

/** A task source that counts how far it has been read. */
function source(n: number): { tasks: AsyncIterable<number>; pulled: () => number } {
  let pulled = 0;
  async function* tasks(): AsyncGenerator<number> {
    for (let i = 0; i < n; i++) {
      pulled++;
      yield i;
    }
  }
  return { tasks: tasks(), pulled: () => pulled };
}

/** Tasks that finish only when the test says so, in any order. */
function manual(): { start: (i: number) => Promise<number>; finish: (i: number) => void; started: number[] } {
  const resolvers = new Map<number, (v: number) => void>();
  const started: number[] = [];
  return {
    start: (i) =>
      new Promise<number>((resolve) => {
        started.push(i);
        resolvers.set(i, resolve);
      }),
    finish: (i) => resolvers.get(i)?.(i),
    started,
  };
}

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Task i takes `delays[i]` ms. */
const sleepy = (delays: readonly number[]) => (i: number) => new Promise<number>((resolve) => setTimeout(() => resolve(i), delays[i]));

describe('runWindowed', () => {
  // 2 finishes first; 1 is the slowest, so an ordered run must hold 2..5 back for it.
  const delays = [10, 60, 1, 1, 30, 1];

  it('ordered: writes every result in the order the tasks came, however they finish', async () => {
    const written: number[] = [];
    await runWindowed(source(6).tasks, sleepy(delays), async (r) => void written.push(r), { window: 3, ordered: true });
    expect(written).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('unordered: writes each result as it finishes, still every one exactly once', async () => {
    const written: number[] = [];
    await runWindowed(source(6).tasks, sleepy(delays), async (r) => void written.push(r), { window: 3, ordered: false });
    expect(written[0]).toBe(2);
    expect(written.indexOf(1)).toBeGreaterThan(written.indexOf(3)); // nothing waits for the slow one
    expect([...written].sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('unordered: a finished task is written, and the next one started, while an older one is still running', async () => {
    const m = manual();
    const written: number[] = [];
    const { tasks, pulled } = source(10);
    const done = runWindowed(tasks, m.start, async (r) => void written.push(r), { window: 2, ordered: false });
    await tick();
    expect(m.started).toEqual([0, 1]);
    m.finish(1);
    await tick();
    expect(written).toEqual([1]);
    expect(m.started).toEqual([0, 1, 2]);
    expect(pulled()).toBe(3);
    for (let round = 0; round < 100 && written.length < 10; round++) {
      for (const i of m.started) m.finish(i);
      await tick();
    }
    await done;
    expect([...written].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it.each([true, false])('never reads more than `window` tasks ahead of what is written (ordered: %s)', async (ordered) => {
    const m = manual();
    const { tasks, pulled } = source(100);
    let written = 0;
    let most = 0;
    const finished = new Set<number>();
    const done = runWindowed(tasks, m.start, async () => void written++, { window: 4, ordered });
    for (let round = 0; round < 1000 && written < 100; round++) {
      await tick();
      most = Math.max(most, pulled() - written);
      // Finish the newest running task first: the worst case for an ordered run.
      const running = m.started.filter((i) => !finished.has(i));
      const pick = round % 3 === 2 ? running : running.slice(-1);
      for (const i of pick) {
        finished.add(i);
        m.finish(i);
      }
    }
    await done;
    expect(written).toBe(100);
    expect(most).toBeLessThanOrEqual(4);
  });

  it('stops reading and writing once stopped() says so', async () => {
    const written: number[] = [];
    const { tasks, pulled } = source(1000);
    await runWindowed(tasks, async (i) => i, async (r) => void written.push(r), { window: 2, ordered: false, stopped: () => written.length >= 5 });
    expect(written).toEqual([0, 1, 2, 3, 4]);
    expect(pulled()).toBeLessThan(10);
  });
});
