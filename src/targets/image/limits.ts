import type { ImageLimits } from './model.js';

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

/** Limits used when `LoadImageOptions.limits` leaves one out: generous for real images, fatal for bombs. */
export const DEFAULT_IMAGE_LIMITS: Readonly<ImageLimits> = Object.freeze({
  maxJsonBytes: 8 * MiB,
  maxLayerBytes: 10 * GiB,
  maxUncompressedLayerBytes: 20 * GiB,
  maxCompressionRatio: 200,
  maxEntriesPerLayer: 1_000_000,
  maxLayers: 256
});

/** Output past which the compression ratio is checked: small layers of zeros legitimately compress well. */
export const RATIO_CHECK_AFTER_BYTES = 16 * MiB;

/** The defaults with the caller's overrides applied. */
export function resolveImageLimits(overrides?: Partial<ImageLimits>): ImageLimits {
  const limits = { ...DEFAULT_IMAGE_LIMITS };
  for (const [key, value] of Object.entries(overrides ?? {}) as [keyof ImageLimits, number | undefined][]) {
    if (typeof value === 'number' && value > 0) limits[key] = value;
  }
  return limits;
}

/** A byte count for messages: `512 B`, `16 MiB`, `1.5 GiB`. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${units[unit]}`;
}
