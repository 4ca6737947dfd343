import { Instruction } from 'dockerfile-ast';

type Argument = ReturnType<Instruction['getArguments']>[number];
type RawReader = (this: Instruction) => Argument[];

/** Kept on the instruction itself: a WeakMap of ~100 000 short-lived keys cost more in GC than it saved. */
const READ = Symbol('bulkhead.rawArguments');
type Cached = Instruction & { [READ]?: readonly Argument[] };
let installed = false;

/**
 * dockerfile-ast 0.7.1 rescans an instruction's whole text into fresh `Argument`s on every
 * `getRawArguments()`, and its own getters call it about nine times per instruction (the RUN
 * constructor alone three times, then the arguments' content, ranges, flags, heredocs): it was the
 * costliest part of parsing a Dockerfile and a good part of the garbage. The text of a parsed
 * instruction never changes, so the first scan is kept per instruction. Each call returns a copy:
 * `ModifiableInstruction.getArguments()` shifts the flags off the array it gets, and
 * `getExpandedArguments()` replaces entries. `Argument`s themselves are never written to.
 */
export function cacheArgumentReads(): void {
  if (installed) return;
  installed = true;
  const prototype = Instruction.prototype as unknown as { getRawArguments: RawReader };
  const scan = prototype.getRawArguments;
  if (typeof scan !== 'function') return; // another dockerfile-ast layout: leave it alone
  prototype.getRawArguments = function (this: Cached): Argument[] {
    const args = (this[READ] ??= scan.call(this));
    return args.slice();
  };
}
