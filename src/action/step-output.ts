import { appendFileSync, existsSync } from 'node:fs';
import { EOL } from 'node:os';

/**
 * Sets a step output. A value on one line is appended to the runner's output file as `name=value`, the
 * form GitHub documents for a single line. A value with a line break, or a run without an output file,
 * goes to `fallback` (`@actions/core`'s `setOutput`): its multi-line form needs a random delimiter, so
 * node:crypto, whose loading was about 5 ms of every run when each output took that path.
 */
export function setStepOutput(
  name: string,
  value: string | number,
  fallback: (name: string, value: string | number) => void,
  env: NodeJS.ProcessEnv = process.env
): void {
  const file = env.GITHUB_OUTPUT;
  const text = String(value);
  // The runner reads `name=value` when `=` comes before any `<<`: a name without either keeps it so.
  // A missing file is the library's error to raise.
  if (!file || !existsSync(file) || /[\r\n]/.test(text) || /[=\r\n]|<</.test(name))
    return fallback(name, value);
  appendFileSync(file, `${name}=${text}${EOL}`, 'utf8');
}
