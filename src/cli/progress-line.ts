/** A "Scanning… n/total files" line on stderr, only for a terminal, only after a second, never in CI. */
export function startProgress(
  stderr: { write(text: string): unknown; isTTY?: boolean },
  env: Record<string, string | undefined>
): { update: (done: number, total: number) => void; stop: () => void } {
  const enabled = stderr.isTTY === true && !env.CI;
  let latest = '';
  let shown = false;
  const timer = enabled
    ? setInterval(() => {
        if (!latest) return;
        shown = true;
        stderr.write(`\r\x1b[2KScanning… ${latest}`);
      }, 1000)
    : undefined;
  timer?.unref();
  return {
    update: (done, total) => {
      latest = `${done}/${total} files`;
    },
    stop: () => {
      if (timer) clearInterval(timer);
      if (shown) stderr.write('\r\x1b[2K');
    }
  };
}
