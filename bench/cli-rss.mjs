// Preloaded into the command by bench/cli.mjs: on exit reports the process's peak resident
// memory, its CPU time, and the peak RSS in each quarter of the run (a plateau shows memory
// is flat). Worker threads share the process, so all of it covers main thread and workers.
// (--import is inherited by the workers; only the main thread reports.)
import { isMainThread } from 'node:worker_threads';

if (isMainThread) {
  const started = performance.now();
  const samples = [];
  setInterval(() => samples.push([performance.now() - started, process.memoryUsage.rss()]), 250).unref();
  process.on('exit', () => {
    const usage = process.resourceUsage();
    const cpuMs = Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000);
    const elapsed = performance.now() - started;
    const quarters = [0, 0, 0, 0];
    for (const [t, rss] of samples) {
      const q = Math.min(3, Math.floor((4 * t) / elapsed));
      quarters[q] = Math.max(quarters[q], Math.round(rss / 1024));
    }
    process.stderr.write(`\nBENCH_MAX_RSS_KB=${usage.maxRSS} BENCH_CPU_MS=${cpuMs} BENCH_RSS_QUARTERS_KB=${quarters.join(',')}\n`);
  });
}
