import { baseName, pathSegments } from './path-segments.js';

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

describe('baseName', () => {
  it("gives a file's name after either separator, as the last of pathSegments", () => {
    for (const path of [
      'daemon.json',
      'etc/docker/daemon.json',
      '/etc/containerd/certs.d/docker.io/hosts.toml',
      'C:\\ProgramData\\docker\\config\\daemon.json',
      'deploy\\mixed/config.toml'
    ])
      expect(baseName(path)).toBe(pathSegments(path).at(-1));
    expect(baseName('etc\\docker/daemon.json')).toBe('daemon.json');
  });
});
