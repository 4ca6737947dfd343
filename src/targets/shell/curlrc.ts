import type { ShellCommand } from './shell-commands.js';
import { writtenTexts } from './transport-words.js';

/**
 * curl's config file, read on every run without `-q`: `~/.curlrc`, `$XDG_CONFIG_HOME/curlrc`, and
 * `_curlrc` on Windows (curl's manual, `-K, --config`).
 */
const CURLRC = /(?:^|[/\\])[._]curlrc$|(?:[/\\]\.config|XDG_CONFIG_HOME\}?)[/\\]curlrc$/i;
/**
 * A curlrc line that is `curl -k`: long options are written with or without their dashes
 * (`insecure`, `--insecure`), short ones with theirs (`-k`). `--proxy-insecure` is the proxy's
 * `-k`. A `#` line is a comment.
 */
const INSECURE_LINE = /^(?:-k|(?:--)?(?:proxy-)?insecure)$/;
/** Operators that write a command's standard output to the file after them. */
const WRITE_OPERATORS = new Set(['>', '>>', '>|', '&>', '&>>']);
/** PowerShell cmdlets that write their `-Value` (or input) to the file they name. */
const POWERSHELL_WRITERS = new Set(['set-content', 'add-content', 'out-file']);

/**
 * The `-k` lines a command writes into a curlrc, each as `<line> in <file>`: `echo insecure >> ~/.curlrc`,
 * `printf -- '-k\n' > /root/.curlrc`, `cat > ~/.curlrc <<EOF` (so also `COPY <<EOF /root/.curlrc`),
 * `echo insecure | tee -a ~/.curlrc` (the text of `previous`, the pipeline element before `tee`),
 * PowerShell `Add-Content $HOME\_curlrc insecure`. Only the curlrc is judged: `insecure` in other
 * files means nothing to curl.
 */
export function curlrcInsecureLines(cmd: ShellCommand, previous: ShellCommand | undefined): string[] {
  const file = curlrcWrittenBy(cmd);
  if (!file) return [];
  const texts = cmd.program === 'tee' && previous ? textsOf(previous) : textsOf(cmd);
  const lines = texts.flatMap(text => text.split(/\r?\n|\\n/)).map(line => line.trim());
  return [...new Set(lines.filter(line => INSECURE_LINE.test(line)))].map(line => `${line} in ${file}`);
}

/** The curlrc a command writes to, as written. */
function curlrcWrittenBy(cmd: ShellCommand): string | undefined {
  for (const redirect of cmd.redirects) {
    const target = redirect.target?.value ?? '';
    if (WRITE_OPERATORS.has(redirect.op) && (redirect.fd ?? '1') === '1' && CURLRC.test(target))
      return target;
  }
  if (cmd.program === 'tee' || POWERSHELL_WRITERS.has(cmd.program))
    return cmd.args.map(arg => arg.value).find(value => CURLRC.test(value));
  return undefined;
}

/**
 * What a command writes, without echo's and printf's own options (`echo -e 'insecure\n'`,
 * `printf -- '-k\n'`); for a PowerShell cmdlet, each of its values but the file.
 */
function textsOf(cmd: ShellCommand): string[] {
  if (POWERSHELL_WRITERS.has(cmd.program))
    return cmd.args.map(arg => arg.value).filter(value => !value.startsWith('-') && !CURLRC.test(value));
  const texts = writtenTexts(cmd);
  if (cmd.program === 'echo') return texts.map(text => text.replace(/^(?:-[neE]+\s+)+/, ''));
  if (cmd.program === 'printf') return texts.map(text => text.replace(/^--\s+/, ''));
  return texts;
}
