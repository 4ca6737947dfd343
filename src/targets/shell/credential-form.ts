import type { InlineCredential } from './inline-credentials.js';
import type { ShellCommand, ShellWord } from './shell-commands.js';

/** What a command reads on standard input, worked out only when asked (undefined when not visible). */
export type Feed = () => string | undefined;

/** One command as a credential form sees it. */
export interface FormInput {
  command: ShellCommand;
  /** The program as written, without directories or `.exe`: `ConvertTo-SecureString`, `mysql`. */
  program: string;
  args: ShellWord[];
  /** The argument values, and the same lower-cased. */
  words: string[];
  lower: string[];
  feed: Feed;
  /** A `password` credential for each defined value, of program `who` (the program by default). */
  password(values: (string | undefined)[], who?: string): InlineCredential[];
}

/** How one program takes credentials on its command line: what it is given as literals. */
export type CredentialForm = (input: FormInput) => InlineCredential[];

/** Program name (`command.program`) → form, from pairs of space-separated program names and their form. */
export function formsByProgram(entries: [string, CredentialForm][]): Map<string, CredentialForm> {
  return new Map(
    entries.flatMap(([programs, form]) => programs.split(' ').map(name => [name, form] as const))
  );
}
