import { describe, expect, it } from '@jest/globals';
import { parseWwwAuthenticate } from './auth.js';

describe('parseWwwAuthenticate', () => {
  it('reads a Docker Hub Bearer challenge', () => {
    expect(
      parseWwwAuthenticate(
        'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/nginx:pull"'
      )
    ).toEqual([
      {
        scheme: 'bearer',
        params: {
          realm: 'https://auth.docker.io/token',
          service: 'registry.docker.io',
          scope: 'repository:library/nginx:pull'
        }
      }
    ]);
  });

  it('reads Basic, unquoted values, escapes and parameter names in any case', () => {
    expect(parseWwwAuthenticate('Basic realm="Registry \\"Realm\\""')).toEqual([
      { scheme: 'basic', params: { realm: 'Registry "Realm"' } }
    ]);
    expect(parseWwwAuthenticate('bearer Realm=https://r.example/t, Service=reg')).toEqual([
      { scheme: 'bearer', params: { realm: 'https://r.example/t', service: 'reg' } }
    ]);
  });

  it('splits several challenges', () => {
    expect(
      parseWwwAuthenticate('Basic realm="a", Bearer realm="https://t.example/token",service="s"')
    ).toEqual([
      { scheme: 'basic', params: { realm: 'a' } },
      { scheme: 'bearer', params: { realm: 'https://t.example/token', service: 's' } }
    ]);
  });

  it('survives junk', () => {
    expect(parseWwwAuthenticate('')).toEqual([]);
    expect(parseWwwAuthenticate('Negotiate abc==, ,"x"')).toEqual(
      expect.arrayContaining([expect.objectContaining({ scheme: 'negotiate' })])
    );
    expect(parseWwwAuthenticate('Bearer realm="unterminated')).toEqual([
      { scheme: 'bearer', params: { realm: 'unterminated' } }
    ]);
  });
});
