import { main, type CliIo } from '../../src/cli/main.js';

/** Runs the CLI in-process with captured output. */
export async function runCli(
  argv: string[],
  options: { cwd?: string; stdin?: string; tty?: boolean; env?: Record<string, string> } = {}
) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    cwd: options.cwd ?? process.cwd(),
    stdout: { write: (text: string) => (stdout += text), isTTY: options.tty ?? false },
    stderr: { write: (text: string) => (stderr += text), isTTY: options.tty ?? false },
    readStdin: async () => new TextEncoder().encode(options.stdin ?? ''),
    env: options.env ?? {}
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
