/**
 * Shrinks a failing batch to a minimal reproducer: first the batch's inputs (which input fails), then
 * the input's files, then the failing file's lines and finally its bytes (delta debugging, Zeller's
 * ddmin), keeping only changes after which the scan still fails with the same signature.
 */
import type { FuzzFile, FuzzInput } from './fuzz-input.js';
import { scanBatch, type CliCommand, type Failure, type ScanLimits } from './run-batch.js';

/** The classic ddmin: a 1-minimal subsequence of `items` for which `fails` holds (within `budget` tests). */
export async function deltaDebug<T>(
  items: readonly T[],
  fails: (subset: readonly T[]) => Promise<boolean>,
  budget: { tests: number }
): Promise<T[]> {
  let current = [...items];
  let granularity = 2;
  while (current.length >= 2 && budget.tests > 0) {
    const size = Math.ceil(current.length / granularity);
    const chunks: T[][] = [];
    for (let i = 0; i < current.length; i += size) chunks.push(current.slice(i, i + size));
    let reduced = false;
    // Try each chunk alone, then each complement.
    for (const chunk of chunks) {
      if (budget.tests-- <= 0) break;
      if (await fails(chunk)) {
        current = chunk;
        granularity = 2;
        reduced = true;
        break;
      }
    }
    if (!reduced && chunks.length > 2) {
      for (let i = 0; i < chunks.length; i++) {
        if (budget.tests-- <= 0) break;
        const complement = chunks.filter((_, j) => j !== i).flat();
        if (await fails(complement)) {
          current = complement;
          granularity = Math.max(granularity - 1, 2);
          reduced = true;
          break;
        }
      }
    }
    if (!reduced) {
      if (granularity >= current.length) break;
      granularity = Math.min(granularity * 2, current.length);
    }
  }
  return current;
}

function splitLines(bytes: Buffer): Buffer[] {
  const lines: Buffer[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      lines.push(bytes.subarray(start, i + 1));
      start = i + 1;
    }
  }
  if (start < bytes.length) lines.push(bytes.subarray(start));
  return lines;
}

export interface ShrinkResult {
  input: FuzzInput;
  failure: Failure;
  /** CLI runs spent. */
  runs: number;
}

const HANG_SHRINK_TIMEOUT_MS = 30_000;

/** Byte-level ddmin only below this size: above it, lines are as far as a sensible budget goes. */
const MAX_BYTES_FOR_BYTE_SHRINK = 4096;

export async function shrinkFailure(
  inputs: readonly FuzzInput[],
  failure: Failure,
  limits: ScanLimits,
  cli: CliCommand,
  maxRuns = 300,
  log: (line: string) => void = () => undefined
): Promise<ShrinkResult> {
  const budget = { tests: maxRuns };
  // A hang needs the whole time limit to show; while shrinking, a shorter one (still far above a normal
  // scan of a few inputs) keeps the dozens of runs affordable.
  const shrinkLimits =
    failure.kind === 'hang'
      ? { ...limits, timeoutMs: Math.min(limits.timeoutMs, HANG_SHRINK_TIMEOUT_MS) }
      : limits;
  let runs = 0;
  let last = failure;
  const failsLike = async (candidate: readonly FuzzInput[]): Promise<boolean> => {
    runs++;
    const { failure: found } = await scanBatch(candidate, shrinkLimits, cli);
    if (found && found.signature === failure.signature) {
      last = found;
      return true;
    }
    return false;
  };

  // 1. Which inputs of the batch (usually one).
  const kept = inputs.length > 1 ? await deltaDebug(inputs, failsLike, budget) : [...inputs];
  log(`  shrink: ${inputs.length} inputs -> ${kept.length} (${runs} runs)`);
  if (kept.length !== 1) return { input: mergeInputs(kept), failure: last, runs };
  let input = kept[0] as FuzzInput;
  if (input.image) return { input, failure: last, runs };

  // 2. Which files of the input.
  if (input.files.length > 1) {
    const files = await deltaDebug(
      input.files,
      subset => failsLike([{ ...input, files: [...subset] }]),
      budget
    );
    input = { ...input, files };
    log(`  shrink: files -> ${files.length} (${runs} runs)`);
  }

  // 3. Lines, then bytes, of each remaining text file.
  for (let f = 0; f < input.files.length; f++) {
    const file = input.files[f] as FuzzFile;
    if (!('bytes' in file)) continue;
    const withBytes = (bytes: Buffer): FuzzInput => ({
      ...input,
      files: input.files.map((other, j) => (j === f ? { path: file.path, bytes } : other))
    });
    const lines = splitLines(file.bytes);
    let bytes = file.bytes;
    if (lines.length > 1) {
      bytes = Buffer.concat(
        await deltaDebug(lines, subset => failsLike([withBytes(Buffer.concat(subset))]), budget)
      );
      input = withBytes(bytes);
      log(`  shrink: ${file.path}: ${lines.length} lines -> ${splitLines(bytes).length} (${runs} runs)`);
    }
    if (bytes.length > 1 && bytes.length <= MAX_BYTES_FOR_BYTE_SHRINK) {
      const single = [...bytes].map(byte => Buffer.from([byte]));
      bytes = Buffer.concat(
        await deltaDebug(single, subset => failsLike([withBytes(Buffer.concat(subset))]), budget)
      );
      input = withBytes(bytes);
      log(`  shrink: ${file.path}: ${file.bytes.length} bytes -> ${bytes.length} (${runs} runs)`);
    }
  }
  return { input, failure: last, runs };
}

/** Several inputs that only fail together, as one input (their folders kept apart). */
function mergeInputs(inputs: readonly FuzzInput[]): FuzzInput {
  const first = inputs[0] as FuzzInput;
  return {
    index: first.index,
    generator: inputs.map(input => input.generator).join(' & '),
    files: inputs.flatMap(input =>
      input.files.map(file => ({ ...file, path: `${input.index}/${file.path}` }))
    )
  };
}
