// Preloaded into the scanned CLI (`node --import`): on exit, writes the process's peak RSS and CPU time
// to the file named by BULKHEAD_FUZZ_USAGE_FILE, so the fuzzer measures the child without a wrapper.
import { readFileSync, writeFileSync } from 'node:fs';

/**
 * The peak RSS of this process's own memory. Linux keeps `ru_maxrss` across exec, so
 * `resourceUsage().maxRSS` of a spawned child starts at its parent's RSS at fork time (a fuzzer that
 * holds a 1.8 GB generated input reported every child as using 1.8 GB). `VmHWM` belongs to the
 * address space exec created; elsewhere, maxRSS is all there is.
 */
function peakRssKb(usage) {
  try {
    const match = /^VmHWM:\s*(\d+)\s*kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match) return Number(match[1]);
  } catch {
    // Not Linux.
  }
  return usage.maxRSS;
}

const target = process.env.BULKHEAD_FUZZ_USAGE_FILE;
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(
      target,
      JSON.stringify({
        maxRssKb: peakRssKb(usage),
        cpuMs: Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000)
      })
    );
  });
}
