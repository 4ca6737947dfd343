import { isPlainHttpUrl, registryHostOf } from './registry-hosts.js';

describe('registryHostOf', () => {
  it('keeps host[:port] as written and drops scheme, user info, path and query', () => {
    expect(registryHostOf('http://mirror.local:5000/v2/proxy')).toBe('mirror.local:5000');
    expect(registryHostOf('HTTPS://Registry.Example.com')).toBe('Registry.Example.com');
    expect(registryHostOf('harbor.corp.internal/proxy.docker.io')).toBe('harbor.corp.internal');
    expect(registryHostOf('http://user:pa@ss@[::1]:5000/')).toBe('[::1]:5000');
    expect(registryHostOf('  reg.local:5000?x=1 ')).toBe('reg.local:5000');
    expect(registryHostOf('')).toBe('');
  });
});

describe('isPlainHttpUrl', () => {
  it('is true only for an http:// scheme', () => {
    expect(isPlainHttpUrl('http://mirror.local')).toBe(true);
    expect(isPlainHttpUrl(' HTTP://mirror.local')).toBe(true);
    expect(isPlainHttpUrl('https://mirror.local')).toBe(false);
    expect(isPlainHttpUrl('mirror.local')).toBe(false);
    expect(isPlainHttpUrl('httpbin.local:80')).toBe(false);
  });
});
