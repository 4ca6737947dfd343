/**
 * `npm run fuzz -- [--count N] [--seed S] [--from I] [--batch B] [--timeout SECONDS] [--max-rss MB]
 * [--dry-run] [--only PREFIX,…] [--skip PREFIX,…] [--ignore SIGNATURE-PART,…] [--no-shrink] [--out DIR] [--max-failures N] [--cli PATH]`
 *
 * Scans N generated inputs with the built CLI (dist/cli.js; run `npm run build` first) and exits 1 when
 * any batch crashes, hangs, blows up memory or loses a planted finding, after printing each minimal
 * reproducer (also written under --out, default fuzz-failures/).
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { generateInput, generatorNames } from './generate-input.js';
import { REPO_ROOT } from './run-batch.js';
import { loadSeedCorpus } from './seed-corpus.js';
import { runCampaign } from './run-campaign.js';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    seed: { type: 'string', default: String(Date.now() % 2 ** 31) },
    from: { type: 'string', default: '0' },
    batch: { type: 'string', default: '100' },
    timeout: { type: 'string', default: '120' },
    'max-rss': { type: 'string', default: '1536' },
    only: { type: 'string' },
    skip: { type: 'string' },
    ignore: { type: 'string' },
    'no-shrink': { type: 'boolean', default: false },
    'max-shrink-runs': { type: 'string', default: '300' },
    'max-failures': { type: 'string' },
    out: { type: 'string', default: 'fuzz-failures' },
    cli: { type: 'string' },
    list: { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false }
  }
});

if (values.list) {
  process.stdout.write(`${generatorNames().join('\n')}\n`);
  process.exit(0);
}

const integer = (name: string, text: string | undefined): number => {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) {
    process.stderr.write(`fuzz: --${name} needs a non-negative integer, got '${text}'.\n`);
    process.exit(2);
  }
  return value;
};
const list = (text: string | undefined) => (text ? text.split(',').filter(Boolean) : undefined);

const seed = integer('seed', values.seed);
const count = integer('count', values.count);

if (values['dry-run']) {
  // What each input is, without scanning: for looking at a failing batch's neighbours.
  const corpus = loadSeedCorpus(REPO_ROOT);
  const from = integer('from', values.from);
  for (let index = from; index < from + count; index++) {
    const input = await generateInput(seed, index, corpus, {
      only: list(values.only),
      skip: list(values.skip)
    });
    const files = input.files.map(
      file => `${file.path}${'bytes' in file ? ` (${file.bytes.length} B)` : ''}`
    );
    process.stdout.write(
      `#${index} ${input.generator}${input.from ? ` from ${input.from}` : ''}: ${files.join(', ')}${input.image ? ` image ${input.image.form}` : ''}\n`
    );
  }
  process.exit(0);
}
const maxRssMb = integer('max-rss', values['max-rss']);
const started = Date.now();
process.stdout.write(
  `fuzz: seed ${seed}, ${count} inputs from #${values.from}, batches of ${values.batch}\n`
);

const result = await runCampaign({
  seed,
  count,
  from: integer('from', values.from),
  batchSize: Math.max(1, integer('batch', values.batch)),
  limits: {
    timeoutMs: integer('timeout', values.timeout) * 1000,
    maxRssMb,
    maxHeapMb: Math.max(256, maxRssMb - 512)
  },
  filter: { only: list(values.only), skip: list(values.skip) },
  shrink: !values['no-shrink'],
  ignore: list(values.ignore),
  maxShrinkRuns: integer('max-shrink-runs', values['max-shrink-runs']),
  ...(values['max-failures'] !== undefined && {
    maxFailures: integer('max-failures', values['max-failures'])
  }),
  outDir: resolve(values.out),
  ...(values.cli && { cli: [resolve(values.cli)] }),
  log: line => process.stdout.write(`${line}\n`)
});

const distinct = new Set(result.failures.map(failure => failure.shrunkFailure.signature));
process.stdout.write(
  `fuzz: ${result.inputs} inputs in ${result.batches} batches, ${Math.round((Date.now() - started) / 1000)} s; ` +
    `heaviest batch ${result.maxCpuMs} ms CPU, ${result.maxRssMb} MB RSS; ` +
    `${result.failures.length} failing batches, ${distinct.size} distinct failures\n`
);
for (const signature of distinct) process.stdout.write(`  - ${signature}\n`);
for (const [signature, times] of result.ignored)
  process.stdout.write(`  (ignored, ${times}x) ${signature}\n`);
process.exitCode = result.failures.length > 0 ? 1 : 0;
