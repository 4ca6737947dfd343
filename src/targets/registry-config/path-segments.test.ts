import { pathSegments } from './path-segments.js';

describe('pathSegments', () => {
  it('splits POSIX and Windows paths alike, without empty or "." segments', () => {
    expect(pathSegments('/etc/containerd/certs.d/docker.io/hosts.toml')).toEqual([
      'etc',
      'containerd',
      'certs.d',
      'docker.io',
      'hosts.toml'
    ]);
    expect(pathSegments('C:\\Program Files\\containerd\\config.toml')).toEqual([
      'C:',
      'Program Files',
      'containerd',
      'config.toml'
    ]);
    expect(pathSegments('./registries.conf.d//01.conf')).toEqual(['registries.conf.d', '01.conf']);
    expect(pathSegments('')).toEqual([]);
  });
});
