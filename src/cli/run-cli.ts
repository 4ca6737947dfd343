import { main, type CliIo } from './main.js';

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks);
}

/** Every command but the quick ones, with the process's outputs (bundled as dist/cli-main.js). */
export function runCli(argv: string[], output: Pick<CliIo, 'stdout' | 'stderr'>): Promise<number> {
  return main(argv, {
    cwd: process.cwd(),
    stdout: output.stdout,
    stderr: output.stderr,
    readStdin: () => readAll(process.stdin),
    env: process.env
  });
}
