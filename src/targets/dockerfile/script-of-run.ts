import { runScriptSource, type RunScript } from './run-commands.js';
import type { BuildScript } from '../shell/transport-script.js';

// Lives with the Dockerfile target, not in shell/: the shell layer knows scripts, not instructions,
// and importing run-commands from there made shell/ and dockerfile/ import each other.
const fromRuns = new WeakMap<RunScript, BuildScript>();

/** The build script of a RUN, shared by the rules that look at it. */
export function scriptOfRun(run: RunScript): BuildScript {
  let script = fromRuns.get(run);
  if (!script) {
    const { instruction, stage } = run;
    const { text, dialect } = runScriptSource(instruction, stage);
    const { commands, assignments } = run;
    script = { text, dialect, commands, assignments, outer: name => instruction.scope.get(name) };
    fromRuns.set(run, script);
  }
  return script;
}
