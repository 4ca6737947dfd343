/**
 * `npm run bench`: scans a seeded synthetic corpus and prints files/s, MB/s, peak RSS, and the ratio
 * to a parse-only floor (reading + parsing the same files without rules) measured in the same run.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scan } from '../src/engine/scan.js';
import { discoverFiles } from '../src/engine/discover-files.js';
import { parseDockerfile } from '../src/targets/dockerfile/parse-dockerfile.js';
import { runScripts } from '../src/targets/dockerfile/run-commands.js';
import { generateCorpus } from './generate-corpus.js';

const count = Number(process.argv[2] ?? 10000);
const dir = mkdtempSync(join(tmpdir(), 'bulkhead-bench-'));
try {
  const bytes = generateCorpus(dir, count);
  const floorStart = performance.now();
  const { files } = await discoverFiles({
    paths: [dir],
    cwd: dir,
    exclude: [],
    useGitignore: true,
    maxFileSize: 5 << 20
  });
  for (const file of files) {
    if (file.path.endsWith('Dockerfile'))
      runScripts(parseDockerfile(readFileSync(file.absolutePath, 'utf8')));
  }
  const floorMs = performance.now() - floorStart;

  const start = performance.now();
  const { result } = await scan({ paths: [dir], cwd: dir });
  const ms = performance.now() - start;
  const rss = process.resourceUsage().maxRSS / 1024;
  console.log(
    `corpus:    ${count} Dockerfiles (+${count} other files), ${(bytes / 1e6).toFixed(1)} MB, seed 42`
  );
  console.log(
    `scan:      ${(ms / 1000).toFixed(2)} s, ${Math.round(count / (ms / 1000))} files/s, ${(bytes / 1e6 / (ms / 1000)).toFixed(2)} MB/s`
  );
  console.log(`findings:  ${result.findings.length}`);
  console.log(
    `floor:     ${(floorMs / 1000).toFixed(2)} s (discover + read + parse + shell-parse, no rules); scan/floor = ${(ms / floorMs).toFixed(2)}`
  );
  console.log(`peak RSS:  ${rss.toFixed(0)} MB`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
