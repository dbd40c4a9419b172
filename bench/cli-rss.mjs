// Preloaded into the command by bench/cli.mjs: reports its peak resident memory on exit.
process.on('exit', () => {
  process.stderr.write(`\nBENCH_MAX_RSS_KB=${process.resourceUsage().maxRSS}\n`);
});
