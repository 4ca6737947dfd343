/**
 * A fuzz campaign: `count` inputs of `seed`, scanned in batches of `batchSize` (one CLI process per
 * batch), each failing batch shrunk to a minimal reproducer and written to `outDir`.
 */
import { cpSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildImage } from '../builders/image-fixture.js';
import type { FuzzFile, FuzzInput } from './fuzz-input.js';
import { generateInput, type GeneratorFilter } from './generate-input.js';
import {
  DEFAULT_CLI,
  REPO_ROOT,
  scanBatch,
  type CliCommand,
  type Failure,
  type ScanLimits
} from './run-batch.js';
import { loadSeedCorpus } from './seed-corpus.js';
import { shrinkFailure } from './shrink-failure.js';

export interface CampaignOptions {
  seed: number;
  count: number;
  /** Inputs per CLI process. */
  batchSize: number;
  /** Index of the first input (to resume or to replay one input: `--from I --count 1`). */
  from?: number;
  limits: ScanLimits;
  cli?: CliCommand;
  filter?: GeneratorFilter;
  /** Shrink failures (default true) with at most this many CLI runs each. */
  shrink?: boolean;
  maxShrinkRuns?: number;
  /** Where reproducers go (one folder per failure); nothing is written without it. */
  outDir?: string;
  /** Failures whose signature contains one of these are counted as known, not shrunk or failed. */
  ignore?: string[];
  /** Stop after this many distinct failures (default: never). */
  maxFailures?: number;
  log?: (line: string) => void;
}

export interface CampaignFailure {
  seed: number;
  /** The inputs of the failing batch. */
  batch: number[];
  failure: Failure;
  /** The minimal reproducer (when shrinking ran), else the batch's first input. */
  reproducer: FuzzInput;
  shrunkFailure: Failure;
  /** The reproducer's folder in `outDir`. */
  savedTo?: string;
}

export interface CampaignResult {
  inputs: number;
  batches: number;
  failures: CampaignFailure[];
  /** Batches that failed only with an ignored (known) signature, by signature. */
  ignored: Map<string, number>;
  /** Peak RSS and CPU of the heaviest batch. */
  maxRssMb: number;
  maxCpuMs: number;
}

/** A printable view of a file's bytes: JSON string for text, base64 for anything else or anything large. */
export function describeBytes(bytes: Buffer): string {
  if (bytes.length > 600) return `${bytes.length} bytes (see the saved file)`;
  const text = bytes.toString('utf8');
  if (Buffer.from(text, 'utf8').equals(bytes)) return `${bytes.length} bytes: ${JSON.stringify(text)}`;
  return `${bytes.length} bytes, base64: ${bytes.toString('base64')}`;
}

function describeFile(file: FuzzFile): string {
  if ('bytes' in file) return `${file.path}  ${describeBytes(file.bytes)}`;
  if ('symlink' in file) return `${file.path} -> ${file.symlink} (symlink)`;
  if ('fifo' in file) return `${file.path} (FIFO)`;
  return `${file.path}/ (directory)`;
}

/** Human-readable summary of one failure, as printed by `npm run fuzz`. */
export function describeFailure(failure: CampaignFailure): string {
  const { reproducer } = failure;
  const lines = [
    `FAIL ${failure.shrunkFailure.kind}: ${failure.shrunkFailure.signature}`,
    `  seed ${failure.seed}, ${failure.batch.length > 1 && reproducer.index === failure.batch[0] && failure.failure === failure.shrunkFailure ? 'batch starting at ' : ''}input #${reproducer.index} (${reproducer.generator}${reproducer.from ? ` from ${reproducer.from}` : ''}); batch ${failure.batch[0]}..${failure.batch.at(-1)}`,
    `  replay: npm run fuzz -- --seed ${failure.seed} --from ${reproducer.index} --count 1`,
    ...reproducer.files.map(file => `  file ${describeFile(file)}`),
    ...(reproducer.image ? [`  image: ${reproducer.image.form} built by ${reproducer.generator}`] : []),
    ...failure.shrunkFailure.detail
      .split('\n')
      .slice(0, 12)
      .map(line => `  | ${line}`)
  ];
  if (failure.savedTo) lines.push(`  saved to ${failure.savedTo}`);
  return lines.join('\n');
}

async function saveReproducer(outDir: string, failure: CampaignFailure): Promise<string> {
  const name = `seed${failure.seed}-input${failure.reproducer.index}-${failure.shrunkFailure.kind}`;
  const dir = join(outDir, name);
  rmSync(dir, { recursive: true, force: true });
  const files = join(dir, 'files');
  mkdirSync(files, { recursive: true });
  for (const file of failure.reproducer.files) {
    const path = join(files, file.path);
    mkdirSync(join(path, '..'), { recursive: true });
    if ('bytes' in file) writeFileSync(path, file.bytes);
    else if ('symlink' in file) symlinkSync(file.symlink, path);
    else if ('directory' in file) mkdirSync(path, { recursive: true });
    else writeFileSync(`${path}.FIFO`, 'this path was a FIFO (mkfifo) in the failing run\n');
  }
  if (failure.reproducer.image) {
    const image = await buildImage(failure.reproducer.image);
    cpSync(image.path, join(dir, 'image', image.path.split('/').pop() ?? 'image'), { recursive: true });
    await image.cleanup();
  }
  writeFileSync(
    join(dir, 'failure.txt'),
    `${describeFailure({ ...failure, savedTo: dir })}\n\n${failure.shrunkFailure.detail}\n`
  );
  return dir;
}

export async function runCampaign(options: CampaignOptions): Promise<CampaignResult> {
  const log = options.log ?? (() => undefined);
  const cli = options.cli ?? DEFAULT_CLI;
  const corpus = loadSeedCorpus(REPO_ROOT);
  const first = options.from ?? 0;
  const result: CampaignResult = {
    inputs: 0,
    batches: 0,
    failures: [],
    ignored: new Map(),
    maxRssMb: 0,
    maxCpuMs: 0
  };
  const seen = new Set<string>();
  for (let start = first; start < first + options.count; start += options.batchSize) {
    const end = Math.min(start + options.batchSize, first + options.count);
    const inputs: FuzzInput[] = [];
    for (let index = start; index < end; index++)
      inputs.push(await generateInput(options.seed, index, corpus, options.filter));
    const { failure, outcome } = await scanBatch(inputs, options.limits, cli);
    result.inputs += inputs.length;
    result.batches++;
    result.maxRssMb = Math.max(result.maxRssMb, Math.round((outcome.maxRssKb ?? 0) / 1024));
    result.maxCpuMs = Math.max(result.maxCpuMs, outcome.cpuMs ?? 0);
    log(
      `batch ${start}..${end - 1}: ${failure ? `FAIL ${failure.signature}` : 'ok'} (${outcome.wallMs} ms wall, ${outcome.cpuMs ?? '?'} ms CPU, ${Math.round((outcome.maxRssKb ?? 0) / 1024)} MB)`
    );
    if (!failure) continue;
    if (options.ignore?.some(known => failure.signature.includes(known))) {
      result.ignored.set(failure.signature, (result.ignored.get(failure.signature) ?? 0) + 1);
      continue;
    }
    const shrunk =
      options.shrink === false
        ? { input: inputs[0] as FuzzInput, failure, runs: 0 }
        : await shrinkFailure(inputs, failure, options.limits, cli, options.maxShrinkRuns ?? 300, log);
    const found: CampaignFailure = {
      seed: options.seed,
      batch: inputs.map(input => input.index),
      failure,
      reproducer: shrunk.input,
      shrunkFailure: shrunk.failure
    };
    if (options.outDir) found.savedTo = await saveReproducer(options.outDir, found);
    log(describeFailure(found));
    // The same root cause found again is still reported, but counts once toward maxFailures.
    seen.add(shrunk.failure.signature);
    result.failures.push(found);
    if (options.maxFailures !== undefined && seen.size >= options.maxFailures) break;
  }
  return result;
}
