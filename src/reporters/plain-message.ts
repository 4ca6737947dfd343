/**
 * A finding message without SARIF's embedded links to related locations. Messages may say
 * `see [the volume](1)`, which code scanning turns into a link to `relatedLocations` id 1;
 * outputs that cannot link show just the link text. A literal bracket escaped for SARIF
 * (`\[`, `\]`) loses its backslash.
 */
export function plainMessage(message: string): string {
  return message.replace(/(?<!\\)\[((?:[^\]\\]|\\.)*)\]\(\d+\)/g, '$1').replace(/\\([[\]])/g, '$1');
}
