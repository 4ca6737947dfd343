import type { Finding } from '../core/finding.js';
import { errorMessage } from '../core/errors.js';
import { openRegistryImage } from '../sources/registry/open-registry-image.js';
import type { LoadImageOptions } from '../targets/image/model.js';

/** Resolves an image reference to the digest of the manifest (or index) it names now. */
export type ResolveDigest = (reference: string) => Promise<string>;

/** The registry client's answer for the reference: the top manifest's digest, with nothing else pulled. */
export function registryDigests(options: LoadImageOptions): ResolveDigest {
  return async reference => {
    const image = await openRegistryImage(reference, options);
    await image.source.close();
    return image.index.digest;
  };
}

function lineOf(text: string, line: number): string {
  return text.split(/\r\n|\r|\n/)[line - 1] ?? '';
}

/**
 * `--pin-digests`: gives each BH403 finding a fix that appends `@<digest>` to the reference, the
 * digest resolved through the registry client (rules stay pure, so this is the CLI's step). A
 * reference with a variable, or one the registry does not answer for, gets no fix and a warning.
 */
export async function addDigestFixes(
  findings: readonly Finding[],
  textOf: (file: string) => string | undefined,
  resolveDigest: ResolveDigest,
  warn: (message: string) => void
): Promise<void> {
  const digests = new Map<string, Promise<string | undefined>>();
  for (const finding of findings) {
    const { region, file, logical } = finding.location;
    if (finding.ruleId !== 'BH403' || finding.fixes?.length || logical || region.startLine !== region.endLine)
      continue;
    const text = textOf(file);
    if (text === undefined) continue;
    const line = lineOf(text, region.startLine);
    let start = region.startColumn;
    let written = line.slice(region.startColumn - 1, region.endColumn - 1);
    // Manifests and Compose files report at the `image:` key: the reference is its value.
    const value = /^(\s*:\s*)([^\s#]+)/.exec(line.slice(region.endColumn - 1));
    if (written === 'image' && value) {
      start = region.endColumn + (value[1] as string).length;
      written = value[2] as string;
    }
    const end = start + written.length;
    const quoted = /^(["'])(.*)\1$/.exec(written);
    const reference = quoted ? (quoted[2] as string) : written;
    if (!reference || /[\s$"'{}]/.test(reference) || reference.includes('@')) continue;
    let pending = digests.get(reference);
    if (!pending) {
      pending = resolveDigest(reference).catch((error: unknown) => {
        warn(`cannot pin '${reference}': ${errorMessage(error)}`);
        return undefined;
      });
      digests.set(reference, pending);
    }
    const digest = await pending;
    if (!digest) continue;
    const at = end - (quoted ? 1 : 0);
    finding.fixes = [
      {
        description: `Pin '${reference}' to the digest it names now (${digest.slice(0, 19)}…).`,
        safety: 'safe',
        edits: [
          {
            region: {
              startLine: region.startLine,
              startColumn: at,
              endLine: region.startLine,
              endColumn: at
            },
            replacement: `@${digest}`
          }
        ]
      }
    ];
  }
}
