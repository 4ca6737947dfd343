import { ConfigurationError } from '../../core/errors.js';

/** A platform as `--platform` names it, or as a descriptor/config states it. */
export interface PlatformSpec {
  os: string;
  architecture: string;
  variant?: string;
}

// containerd `platforms.Normalize`: common aliases of the same architecture.
const ARCH_ALIASES: Record<string, string> = {
  x86_64: 'amd64',
  'x86-64': 'amd64',
  aarch64: 'arm64',
  i386: '386'
};
// The variant an architecture has when none is named.
const DEFAULT_VARIANT: Record<string, string> = { arm64: 'v8', arm: 'v7' };

/** Parses `os/arch[/variant]`; anything else is a usage error. */
export function parsePlatformSpec(spec: string): PlatformSpec {
  const parts = spec.split('/');
  if (parts.length < 2 || parts.length > 3 || parts.some(part => part.trim() === '')) {
    throw new ConfigurationError(
      `Invalid platform '${spec}': expected os/arch or os/arch/variant, e.g. linux/arm64.`
    );
  }
  const [os = '', architecture = '', variant] = parts;
  return variant === undefined ? { os, architecture } : { os, architecture, variant };
}

/** Whether `platform` is the one `wanted` names (a variant is only compared when `wanted` has one). */
export function platformMatches(wanted: PlatformSpec, platform: Partial<PlatformSpec>): boolean {
  const a = normalisePlatform(wanted);
  const b = normalisePlatform({
    os: platform.os ?? '',
    architecture: platform.architecture ?? '',
    ...platform
  });
  if (a.os !== b.os || a.architecture !== b.architecture) return false;
  return wanted.variant === undefined || a.variant === b.variant;
}

/** `os/arch[/variant]` for messages. */
export function formatPlatform(platform: Partial<PlatformSpec>): string {
  const parts = [platform.os || 'unknown', platform.architecture || 'unknown'];
  if (platform.variant) parts.push(platform.variant);
  return parts.join('/');
}

function normalisePlatform(platform: PlatformSpec): PlatformSpec {
  const lower = platform.architecture.toLowerCase();
  const architecture = ARCH_ALIASES[lower] ?? lower;
  const variant = platform.variant?.toLowerCase() || DEFAULT_VARIANT[architecture];
  return { os: platform.os.toLowerCase(), architecture, ...(variant !== undefined && { variant }) };
}
