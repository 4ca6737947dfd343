import { ConfigurationError } from '../../core/errors.js';
import { formatPlatform, parsePlatformSpec, platformMatches } from './image-platform.js';

describe('image platforms', () => {
  it('parses os/arch[/variant] and refuses anything else', () => {
    expect(parsePlatformSpec('linux/amd64')).toEqual({ os: 'linux', architecture: 'amd64' });
    expect(parsePlatformSpec('linux/arm/v7')).toEqual({ os: 'linux', architecture: 'arm', variant: 'v7' });
    for (const bad of ['linux', 'linux/', '/amd64', 'a/b/c/d', '']) {
      expect(() => parsePlatformSpec(bad)).toThrow(ConfigurationError);
    }
  });

  it.each([
    ['linux/amd64', { os: 'linux', architecture: 'amd64' }, true],
    ['linux/x86_64', { os: 'linux', architecture: 'amd64' }, true],
    ['Linux/AMD64', { os: 'linux', architecture: 'amd64' }, true],
    ['linux/arm64', { os: 'linux', architecture: 'arm64', variant: 'v8' }, true],
    ['linux/arm64/v8', { os: 'linux', architecture: 'arm64' }, true],
    ['linux/arm/v6', { os: 'linux', architecture: 'arm', variant: 'v7' }, false],
    ['linux/arm', { os: 'linux', architecture: 'arm', variant: 'v6' }, true],
    ['windows/amd64', { os: 'linux', architecture: 'amd64' }, false]
  ])('%s matches %j: %s', (spec, platform, expected) => {
    expect(platformMatches(parsePlatformSpec(spec), platform)).toBe(expected);
  });

  it('formats platforms for messages', () => {
    expect(formatPlatform({ os: 'linux', architecture: 'arm64', variant: 'v8' })).toBe('linux/arm64/v8');
    expect(formatPlatform({})).toBe('unknown/unknown');
  });
});
