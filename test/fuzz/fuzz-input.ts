import type { FixtureSpec } from '../builders/image-fixture.js';

/** One entry the fuzzer writes into an input's directory. */
export type FuzzFile =
  | { path: string; bytes: Buffer }
  | { path: string; symlink: string }
  | { path: string; fifo: true }
  | { path: string; directory: true };

/** One generated input: files under its own directory of the batch, and optionally a built image. */
export interface FuzzInput {
  /** Position in the campaign: with the seed, enough to generate it again. */
  index: number;
  /** The generator that made it (`mutate:flipBytes+truncate`, `yaml-alias-bomb`, `image-tar-escape`…). */
  generator: string;
  /** The seed file it started from, when it is a mutation. */
  from?: string;
  files: FuzzFile[];
  /** An image built with the fixture builder and scanned with `--image`. */
  image?: FixtureSpec;
}

export function isBytesFile(file: FuzzFile): file is { path: string; bytes: Buffer } {
  return 'bytes' in file;
}
