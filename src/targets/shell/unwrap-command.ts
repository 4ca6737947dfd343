import type { ShellAssignment, ShellCommand, ShellWord } from './shell-commands.js';
import { programName } from './shell-words.js';

/** Options of wrappers that take a value (`sudo -u app`); after the options comes the wrapped command. */
const WRAPPERS: Record<string, { valued: string[]; skip?: number }> = {
  sudo: { valued: ['-u', '-g', '-h', '-p', '-C', '-D', '-r', '-t', '-U', '-T'] },
  doas: { valued: ['-u', '-C'] },
  env: { valued: ['-u', '-C', '-S'] },
  nohup: { valued: [] },
  exec: { valued: ['-a'] },
  time: { valued: ['-f', '-o'] },
  nice: { valued: ['-n'] },
  stdbuf: { valued: ['-i', '-o', '-e'] },
  timeout: { valued: ['-s', '-k'], skip: 1 },
  gosu: { valued: [], skip: 1 },
  'su-exec': { valued: [], skip: 1 }
};

/** `sudo -u app env PGPASSWORD=x psql …` → `psql …` with `PGPASSWORD=x` among its env prefixes. */
export function unwrapCommand(command: ShellCommand): ShellCommand {
  let current = command;
  for (let depth = 0; depth < 4; depth++) {
    const wrapper = Object.hasOwn(WRAPPERS, current.program) ? WRAPPERS[current.program] : undefined;
    if (!wrapper || current.dialect !== 'posix') return current;
    const env: ShellAssignment[] = [...current.env];
    let i = 0;
    const { args } = current;
    while (i < args.length) {
      const word = (args[i] as ShellWord).value;
      const assignment = current.program === 'env' ? /^([A-Za-z_]\w*)=(.*)$/s.exec(word) : null;
      if (assignment)
        env.push({
          name: assignment[1] as string,
          value: { ...(args[i] as ShellWord), value: assignment[2] ?? '' }
        });
      else if (word.startsWith('-') && word !== '-') i += wrapper.valued.includes(word) ? 1 : 0;
      else break;
      i++;
    }
    i += wrapper.skip ?? 0;
    const name = args[i];
    if (!name) return current;
    current = {
      ...current,
      name,
      program: programName(name.value),
      args: args.slice(i + 1),
      env,
      redirects: current.redirects
    };
  }
  return current;
}
