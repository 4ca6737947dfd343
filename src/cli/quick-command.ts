/** `bulkhead --version` and `bulkhead --help [topic]`: what argv asks of them, if that is all it asks. */
export type QuickCommand = { command: 'help'; topic?: string } | { command: 'version' };

/**
 * The commands answered from static text. Read from the first argument alone, as the CLI always has;
 * `src/cli/index.ts` answers them before loading the scanner, and `parseCliArgs` reads them here too,
 * so both agree.
 */
export function quickCommand(argv: readonly string[]): QuickCommand | undefined {
  const [first, topic] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help')
    return { command: 'help', topic };
  if (first === '--version' || first === '-v' || first === 'version') return { command: 'version' };
  return undefined;
}
