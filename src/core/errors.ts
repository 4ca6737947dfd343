/** A problem with what the user asked for (flags, config file, unreadable path): exit code 2. */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
}

/** A file of a known target could not be parsed; becomes a BH000 finding, never a crash. */
export class InputParseError extends Error {
  override name = 'InputParseError';
  constructor(
    message: string,
    readonly line = 1,
    readonly column = 1
  ) {
    super(message);
  }
}

/** A file within the size limit whose parse would need more memory than a scan allows: skipped with a note. */
export class InputTooLargeError extends Error {
  override name = 'InputTooLargeError';
}

/** The message of anything thrown. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
