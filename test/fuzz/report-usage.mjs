// Preloaded into the scanned CLI (`node --import`): on exit, writes the process's peak RSS and CPU time
// to the file named by BULKHEAD_FUZZ_USAGE_FILE, so the fuzzer measures the child without a wrapper.
import { writeFileSync } from 'node:fs';

const target = process.env.BULKHEAD_FUZZ_USAGE_FILE;
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(
      target,
      JSON.stringify({
        maxRssKb: usage.maxRSS,
        cpuMs: Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000)
      })
    );
  });
}
