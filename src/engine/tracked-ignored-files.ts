/**
 * Files git tracks below `dir` although its ignore rules match them (`git add -f`, or a rule added
 * after the file): git never ignores a tracked file, so neither does discovery. Paths relative to
 * `dir`, POSIX separators, in git's order. Undefined when `dir` is not in a work tree or git cannot run.
 *
 * Run only once a walk has left something out by a gitignore rule; `core.fsmonitor` is turned off so
 * that a repository's own config cannot make listing its files run a program.
 */
export function trackedIgnoredFiles(dir: string): string[] | undefined {
  try {
    const listed = process
      .getBuiltinModule('node:child_process')
      .execFileSync(
        'git',
        ['-c', 'core.fsmonitor=false', 'ls-files', '-z', '--cached', '--ignored', '--exclude-standard'],
        {
          cwd: dir,
          encoding: 'utf8',
          maxBuffer: 256 * 1024 * 1024,
          stdio: ['ignore', 'pipe', 'ignore'],
          timeout: 60_000
        }
      );
    return listed.split('\0').filter(path => path !== '');
  } catch {
    return undefined;
  }
}
