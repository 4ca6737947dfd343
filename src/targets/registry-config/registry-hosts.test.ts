import { isPlainHttpUrl, redactUserinfo, registryHostOf } from './registry-hosts.js';

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

describe('redactUserinfo', () => {
  it.each([
    ['http://deploy:Mx7qPz2KvL9wRt4N@mirror.local:5000/v2', 'http://deploy:Mx7q…@mirror.local:5000/v2'],
    ['deploy:Mx7qPz2KvL9wRt4N@registry.example.com/team', 'deploy:Mx7q…@registry.example.com/team'],
    ['host."http://u:pa@ss-Mx7qPz2K@[::1]:5000"', 'host."http://u:pa@…@[::1]:5000"'],
    ['https://Mx7qPz2KvL9wRt4N@git.example.com', 'https://Mx7q…@git.example.com'],
    ['http://mirror.local:5000', 'http://mirror.local:5000'],
    ['registry.example.com/team@sha256', 'registry.example.com/team@sha256'],
    ['insecure', 'insecure'],
    ['http://deploy:Mx7q…@mirror.local:5000', 'http://deploy:Mx7q…@mirror.local:5000']
  ])('%s → %s', (value, expected) => {
    expect(redactUserinfo(value)).toBe(expected);
  });
});
