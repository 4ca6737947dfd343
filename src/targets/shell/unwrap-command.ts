import type { ShellAssignment, ShellCommand, ShellWord } from './shell-commands.js';
import { programName } from './shell-words.js';

/** How a command that runs another command given as its arguments reads its own words. */
interface Wrapper {
  /** Options that take the next word as their value (`sudo -u app`, `timeout --signal KILL`). */
  valued: string[];
  /** Options with which the wrapper runs nothing (`sudo -l` lists, `command -v` looks up, `doas -C` checks). */
  inert?: string[];
  /** Options whose value is itself a command line (`env -S 'curl -k …'`): left as written. */
  commandLine?: string[];
  /** Words between the options and the command: timeout's duration, gosu's user, chroot's new root. */
  skip?: number;
}

/**
 * Commands that run the command after their own options, checked the same as when it is run
 * directly (GNU coreutils and sudo manuals). `xargs` adds arguments from its input but still runs
 * the command with the options written; `exec` replaces the shell with it.
 */
const WRAPPERS: Record<string, Wrapper> = {
  sudo: {
    valued: [
      ...'-u -g -h -p -C -D -r -t -U -T -R'.split(' '),
      ...'--user --group --host --prompt --close-from --chdir --role --type --other-user --command-timeout --chroot'.split(
        ' '
      )
    ],
    inert: ['-l', '--list', '-v', '--validate', '-K', '--remove-timestamp', '-e', '--edit', '-V', '--version']
  },
  doas: { valued: ['-u'], inert: ['-C'] },
  env: {
    valued: ['-u', '-C', '--unset', '--chdir'],
    commandLine: ['-S', '--split-string']
  },
  nohup: { valued: [] },
  exec: { valued: ['-a'] },
  time: { valued: ['-f', '-o', '--format', '--output'] },
  nice: { valued: ['-n', '--adjustment'] },
  ionice: {
    valued: ['-c', '-n', '--class', '--classdata'],
    inert: ['-p', '-P', '-u', '--pid', '--pgid', '--uid']
  },
  stdbuf: { valued: ['-i', '-o', '-e', '--input', '--output', '--error'] },
  timeout: { valued: ['-s', '-k', '--signal', '--kill-after'], skip: 1 },
  xargs: {
    valued: [
      ...'-a -d -E -I -L -n -P -s'.split(' '),
      ...'--arg-file --delimiter --max-args --max-procs --max-chars --process-slot-var'.split(' ')
    ],
    inert: ['--show-limits']
  },
  command: { valued: [], inert: ['-v', '-V'] },
  setsid: { valued: [] },
  eatmydata: { valued: [] },
  chroot: { valued: [], skip: 1 },
  gosu: { valued: [], skip: 1 },
  'su-exec': { valued: [], skip: 1 }
};

/** How many wrappers deep `timeout 60 sudo -E env X=1 curl …` is followed. */
const MAX_WRAPPERS = 4;

/**
 * The command a wrapper runs, with the wrappers as written in `wrappers` (outermost first):
 * `sudo -u app env PGPASSWORD=x psql …` → `psql …` with `PGPASSWORD=x` among its env prefixes.
 * A wrapper that runs nothing it names (`sudo -l`, `command -v curl`, `env` alone) is returned as is.
 */
export function unwrapCommand(command: ShellCommand): ShellCommand {
  let current = command;
  const wrappers: ShellCommand[] = [...(command.wrappers ?? [])];
  for (let depth = 0; depth < MAX_WRAPPERS; depth++) {
    const wrapper = Object.hasOwn(WRAPPERS, current.program) ? WRAPPERS[current.program] : undefined;
    if (!wrapper || current.dialect !== 'posix') break;
    const wrapped = wrappedCommand(current, wrapper);
    if (!wrapped) break;
    const { wrappers: _own, ...outer } = current;
    wrappers.push(outer);
    current = wrapped;
  }
  return current === command ? command : { ...current, wrappers };
}

function wrappedCommand(command: ShellCommand, wrapper: Wrapper): ShellCommand | undefined {
  const env: ShellAssignment[] = [...command.env];
  const { args } = command;
  let i = 0;
  for (; i < args.length; i++) {
    const word = (args[i] as ShellWord).value;
    if (word === '--') {
      i++;
      break;
    }
    const assignment = command.program === 'env' ? /^([A-Za-z_]\w*)=(.*)$/s.exec(word) : null;
    if (assignment) {
      env.push({
        name: assignment[1] as string,
        value: { ...(args[i] as ShellWord), value: assignment[2] ?? '' }
      });
      continue;
    }
    if (!word.startsWith('-') || (word === '-' && command.program !== 'env')) break;
    if (
      hasOption(word, wrapper.inert, wrapper.valued) ||
      hasOption(word, wrapper.commandLine, wrapper.valued)
    )
      return undefined;
    if (takesValue(word, wrapper.valued)) i++;
  }
  i += wrapper.skip ?? 0;
  const name = args[i];
  if (!name) return undefined;
  return { ...command, name, program: programName(name.value), args: args.slice(i + 1), env };
}

/** Whether an option word is one of `options`: `-l`, `--list`, `--list=…`, or a letter of a cluster (`-El`). */
function hasOption(word: string, options: string[] | undefined, valued: string[]): boolean {
  if (!options) return false;
  if (word.startsWith('--')) return options.includes(word.split('=')[0] as string);
  return optionLetters(word, valued).some(letter => options.includes(`-${letter}`));
}

/**
 * Whether an option word takes the next word as its value: `-u` in `-u app`, `--user` (not
 * `--user=app`), or a cluster that ends in a letter with a value (`-Eu app`; in `-uapp` the rest
 * of the cluster is the value).
 */
function takesValue(word: string, valued: string[]): boolean {
  if (valued.includes(word)) return true;
  const letters = optionLetters(word, valued);
  return letters.length === word.length - 1 && valued.includes(`-${letters.at(-1) ?? ''}`);
}

/** The option letters of a short cluster, up to the first that takes a value (`-Euapp` → E, u). */
function optionLetters(word: string, valued: string[]): string[] {
  if (word.startsWith('--') || !/^-[A-Za-z]/.test(word)) return [];
  const letters: string[] = [];
  for (const letter of word.slice(1)) {
    if (!/[A-Za-z]/.test(letter)) break;
    letters.push(letter);
    if (valued.includes(`-${letter}`)) break;
  }
  return letters;
}
