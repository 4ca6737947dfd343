import { isSensitiveHostPath, isSocketPath, sensitiveHostPath } from './host-paths.js';

describe('isSensitiveHostPath', () => {
  it.each([
    '/',
    '//',
    '/etc',
    '/etc/',
    '/etc/kubernetes/pki',
    '//etc//ssl',
    '/tmp/../etc/passwd',
    '/var/run',
    '/var/run/docker.sock',
    '/run/containerd/containerd.sock',
    '/proc',
    '/proc/sys/kernel',
    '/root',
    '/root/.ssh',
    '/home',
    '/home/dev/.kube',
    '~',
    '~/.aws',
    'C:\\',
    'c:\\',
    'C:/',
    'C:',
    'C:\\Windows',
    'c:\\windows\\system32\\config',
    'C:/Windows/System32',
    'C:\\ProgramData\\docker',
    'C:\\ProgramData\\Docker\\config\\daemon.json',
    'C:\\var\\lib\\kubelet',
    'c:/var/lib/kubelet/pods',
    'C:\\k',
    'C:\\k\\config',
    '\\\\.\\pipe\\docker_engine',
    '//./pipe/docker_engine',
    '\\\\.\\pipe\\DOCKER_ENGINE',
    '\\\\.\\pipe\\containerd-containerd'
  ])('%s is sensitive', path => {
    expect(isSensitiveHostPath(path)).toBe(true);
  });

  it.each([
    '/etcd',
    '/etc-backup',
    '/home2',
    '/rootfs',
    '/var/running',
    '/var/log',
    '/var/lib/docker',
    '/dev',
    '/ETC',
    './etc',
    'etc',
    'db-data',
    '${HOST_DIR}',
    'C:\\kube',
    'C:\\Windows.old',
    'C:\\data',
    'D:\\',
    'D:\\Windows',
    '\\\\.\\pipe\\docker_engine_linux',
    '\\\\.\\pipe\\my-app'
  ])('%s is not sensitive', path => {
    expect(isSensitiveHostPath(path)).toBe(false);
  });

  it('says what the path exposes, and under which sensitive root', () => {
    expect(sensitiveHostPath('/')).toBe("the host's whole file system");
    expect(sensitiveHostPath('/etc/ssl')).toBe("inside '/etc': the host's configuration and credentials");
    expect(sensitiveHostPath('c:\\windows\\system32')).toBe(
      "inside 'C:\\Windows': the Windows system directory"
    );
    expect(sensitiveHostPath('/var/run/docker.sock')).toMatch(/^the Docker daemon's API/);
  });
});

describe('isSocketPath', () => {
  it.each([
    ['/var/run/docker.sock', true],
    ['/run/containerd/containerd.sock', true],
    ['\\\\.\\pipe\\docker_engine', true],
    ['//./pipe/docker_engine', true],
    ['/var/run', false],
    ['C:\\data', false]
  ])('%s → %s', (path, expected) => {
    expect(isSocketPath(path)).toBe(expected);
  });
});
