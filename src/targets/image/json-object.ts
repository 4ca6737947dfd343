import { InputParseError } from '../../core/errors.js';
import type { Descriptor } from './model.js';
import { jsonSyntaxMessage } from '../json-syntax-message.js';

/** A parsed JSON object, fields unchecked. */
export type JsonObject = Record<string, unknown>;

/** Parses bytes (UTF-8, BOM tolerated) as a JSON object; `label` starts the error message. */
export function parseJsonObject(bytes: Uint8Array, label: string): JsonObject {
  let value: unknown;
  try {
    value = JSON.parse(
      Buffer.from(bytes)
        .toString('utf8')
        .replace(/^\uFEFF/, '')
    );
  } catch (error) {
    throw new InputParseError(`${label} is not valid JSON (${jsonSyntaxMessage(error)}).`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputParseError(`${label} is not a JSON object.`);
  }
  return value as JsonObject;
}

/** The value when it is a JSON object, else undefined. */
export function asObject(value: unknown): JsonObject | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as JsonObject)
    : undefined;
}

/** The value when it is a string, else undefined. */
export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The strings of an array (other items dropped), or undefined when it is not an array. */
export function asStrings(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : undefined;
}

/** A descriptor parsed from JSON, or undefined when `mediaType` or `digest` is missing. */
export function asDescriptor(value: unknown): Descriptor | undefined {
  const object = asObject(value);
  const mediaType = asString(object?.mediaType);
  const digest = asString(object?.digest);
  if (!object || mediaType === undefined || digest === undefined) return undefined;
  const descriptor: Descriptor = { mediaType, digest };
  if (typeof object.size === 'number') descriptor.size = object.size;
  const urls = asStrings(object.urls);
  if (urls && urls.length > 0) descriptor.urls = urls;
  const platform = asObject(object.platform);
  if (platform) {
    descriptor.platform = {};
    for (const key of ['os', 'architecture', 'variant', 'os.version'] as const) {
      const field = asString(platform[key]);
      if (field !== undefined) descriptor.platform[key] = field;
    }
  }
  const annotations = asObject(object.annotations);
  if (annotations) {
    descriptor.annotations = Object.fromEntries(
      Object.entries(annotations).filter((entry): entry is [string, string] => typeof entry[1] === 'string')
    );
  }
  return descriptor;
}
