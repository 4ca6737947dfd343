import { InputParseError } from '../../core/errors.js';
import { formatBytes } from '../../targets/image/limits.js';
import { parseJsonObject, type JsonObject } from '../../targets/image/json-object.js';
import type { Descriptor, ImageBlobSource, ImageLimits } from '../../targets/image/model.js';
import { matchesDigest, parseDigest } from './blob-digest.js';

/**
 * Reads a small blob (index, manifest, config), checks its size and that it hashes to its digest,
 * and parses it as a JSON object; anything else is an `InputParseError` naming `what` it should be.
 */
export async function readJsonBlob(
  source: ImageBlobSource,
  descriptor: Descriptor,
  what: string,
  limits: ImageLimits
): Promise<JsonObject> {
  const tooLarge = () =>
    new InputParseError(
      `The ${what} '${descriptor.digest}' is larger than ${formatBytes(limits.maxJsonBytes)}.`
    );
  if (!parseDigest(descriptor.digest)) {
    throw new InputParseError(`The ${what} has an invalid digest '${descriptor.digest}'.`);
  }
  if ((descriptor.size ?? 0) > limits.maxJsonBytes) throw tooLarge();
  const bytes = await source.readBlob(descriptor);
  if (bytes.length > limits.maxJsonBytes) throw tooLarge();
  if (!matchesDigest(bytes, descriptor.digest)) {
    throw new InputParseError(`The ${what} does not match its digest '${descriptor.digest}'.`);
  }
  return parseJsonObject(bytes, `The ${what} '${descriptor.digest}'`);
}
