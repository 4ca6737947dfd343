import { parseCompose } from './parse-compose.js';
import { environmentOf, hostMounts, serviceList, serviceText } from './service-fields.js';

/** The first service of a Compose file. */
function service(yaml: string) {
  const first = parseCompose(`services:\n  app:\n${yaml}`).services[0];
  if (!first) throw new Error('no service');
  return first;
}

/** A service whose `volumes:` list has these lines (indented relative to the list). */
const withVolumes = (...lines: string[]) =>
  service(['    volumes:', ...lines.map(l => `      ${l}`), ''].join('\n'));

/** `source`, `target` and `readOnly` of each host mount of such a service, without regions. */
function mounts(...lines: string[]) {
  return hostMounts(withVolumes(...lines)).map(({ source, target, readOnly }) => ({
    source,
    target,
    readOnly
  }));
}

describe('hostMounts', () => {
  it('reads short-syntax bind mounts of host paths, with their mode', () => {
    expect(
      mounts(
        '- ./data:/data:ro',
        '- ../shared:/shared:rw',
        '- /var/run/docker.sock:/var/run/docker.sock',
        '- ~/.ssh:/root/.ssh:ro,z',
        '- ${HOME}/cache:/cache'
      )
    ).toEqual([
      { source: './data', target: '/data', readOnly: true },
      { source: '../shared', target: '/shared', readOnly: false },
      { source: '/var/run/docker.sock', target: '/var/run/docker.sock', readOnly: false },
      { source: '~/.ssh', target: '/root/.ssh', readOnly: true },
      { source: '${HOME}/cache', target: '/cache', readOnly: false }
    ]);
  });

  it('splits Windows drive letters and named pipes in short syntax', () => {
    expect(
      mounts(
        '- C:\\data:C:\\data:ro',
        '- d:/logs:c:/logs',
        '- \\\\.\\pipe\\docker_engine:\\\\.\\pipe\\docker_engine'
      )
    ).toEqual([
      { source: 'C:\\data', target: 'C:\\data', readOnly: true },
      { source: 'd:/logs', target: 'c:/logs', readOnly: false },
      { source: '\\\\.\\pipe\\docker_engine', target: '\\\\.\\pipe\\docker_engine', readOnly: false }
    ]);
  });

  it('ignores named volumes', () => {
    expect(mounts('- data:/var/lib/data', '- cache:/cache:ro')).toEqual([]);
  });

  it('ignores one-part short entries: anonymous volumes at a container path, not host paths', () => {
    expect(mounts('- /project/node_modules', '- C:\\app\\node_modules', '- ./src:/project/src')).toEqual([
      { source: './src', target: '/project/src', readOnly: false }
    ]);
  });

  it('reads long-syntax bind mounts and skips volume, tmpfs and source-less entries', () => {
    expect(
      mounts(
        '- type: bind',
        '  source: /etc',
        '  target: /host/etc',
        '  read_only: true',
        '- type: volume',
        '  source: data',
        '  target: /data',
        '- type: tmpfs',
        '  target: /tmp',
        '- type: bind',
        '  target: /nowhere'
      )
    ).toEqual([{ source: '/etc', target: '/host/etc', readOnly: true }]);
  });

  it('reads read_only as Compose casts it: a string or an interpolated default of true is read-only', () => {
    const bind = (readOnly: string) => [
      '- type: bind',
      '  source: ./conf',
      '  target: /conf',
      `  read_only: ${readOnly}`
    ];
    const readOnly = (value: string) => mounts(...bind(value))[0]?.readOnly;
    for (const on of ['true', '"true"', 'yes', 'On', '"Y"', '${CONF_RO:-true}'])
      expect([on, readOnly(on)]).toEqual([on, true]);
    for (const off of ['false', '"false"', 'no', '${CONF_RO:-false}', '${CONF_RO}', '"1"'])
      expect([off, readOnly(off)]).toEqual([off, false]);
  });

  it('reads long-syntax npipe mounts of Windows named pipes as host mounts', () => {
    expect(
      mounts(
        '- type: npipe',
        '  source: \\\\.\\pipe\\docker_engine',
        '  target: \\\\.\\pipe\\docker_engine',
        '- type: npipe',
        '  source: \\\\.\\pipe\\containerd-containerd',
        '  target: \\\\.\\pipe\\containerd-containerd',
        '  read_only: true'
      )
    ).toEqual([
      { source: '\\\\.\\pipe\\docker_engine', target: '\\\\.\\pipe\\docker_engine', readOnly: false },
      {
        source: '\\\\.\\pipe\\containerd-containerd',
        target: '\\\\.\\pipe\\containerd-containerd',
        readOnly: true
      }
    ]);
  });

  it('keeps document order across short and long syntax, with each entry’s region', () => {
    const found = hostMounts(
      withVolumes(
        '- type: npipe',
        '  source: \\\\.\\pipe\\docker_engine',
        '  target: \\\\.\\pipe\\docker_engine',
        '- /app/node_modules',
        '- ./src:/app/src'
      )
    );
    expect(found.map(m => [m.source, m.region.startLine])).toEqual([
      ['\\\\.\\pipe\\docker_engine', 4],
      ['./src', 8]
    ]);
  });

  it('interpolates before splitting: a default is the source, a `:` inside `${…}` never splits', () => {
    expect(
      mounts(
        '- ${DOCKER_SOCK:-/var/run/docker.sock}:/var/run/docker.sock',
        '- ${DATA_DIR-./data}:/data:${MOUNT_MODE:-ro}',
        '- "${CERTS:-${HOME:-/root}/.certs}:/certs"',
        '- type: bind',
        '  source: ${PIPE:-\\\\.\\pipe\\docker_engine}',
        '  target: \\\\.\\pipe\\docker_engine'
      )
    ).toEqual([
      { source: '/var/run/docker.sock', target: '/var/run/docker.sock', readOnly: false },
      { source: './data', target: '/data', readOnly: true },
      { source: '/root/.certs', target: '/certs', readOnly: false },
      { source: '\\\\.\\pipe\\docker_engine', target: '\\\\.\\pipe\\docker_engine', readOnly: false }
    ]);
  });

  it('treats a source that is only a variable without a default as unknown, not a host path', () => {
    expect(
      mounts(
        '- ${DATA_DIR}:/data',
        '- $LOGS:/logs',
        '- ${SOCK:?set SOCK}:/var/run/docker.sock',
        '- type: bind',
        '  source: ${CONFIG_DIR}',
        '  target: /config',
        '- ${HOME}/.aws:/root/.aws:ro'
      )
    ).toEqual([{ source: '${HOME}/.aws', target: '/root/.aws', readOnly: true }]);
  });

  it('returns nothing without volumes', () => {
    expect(hostMounts(service('    image: nginx\n'))).toEqual([]);
  });
});

describe('hostMounts of named volumes that bind a host directory', () => {
  // portainer-style and docker-library examples: a named volume of the local driver bound to a host path.
  const file = (volumes: string, mounts: string) => {
    const first = parseCompose(
      `services:\n  agent:\n    image: portainer/agent:2.21.0\n    volumes:\n${mounts}volumes:\n${volumes}`
    ).services[0];
    if (!first) throw new Error('no service');
    return first;
  };
  const bind = (name: string, options: string) =>
    `  ${name}:\n    driver: local\n    driver_opts:\n      type: none\n      o: ${options}\n`;
  const of = (volumes: string, mounts: string) =>
    hostMounts(file(volumes, mounts)).map(({ source, target, readOnly }) => ({
      source,
      target,
      readOnly
    }));

  it('mounts the volume device, in short and long syntax, read-only by the mount or the volume', () => {
    expect(
      of(
        `${bind('varrun', 'bind')}      device: /var/run\n${bind('etc', 'rbind,ro')}      device: \${ETC:-/etc}\n`,
        '      - varrun:/host/run\n      - type: volume\n        source: etc\n        target: /host/etc\n      - varrun:/again:ro\n'
      )
    ).toEqual([
      { source: '/var/run', target: '/host/run', readOnly: false },
      { source: '/etc', target: '/host/etc', readOnly: true },
      { source: '/var/run', target: '/again', readOnly: true }
    ]);
  });

  it('leaves plain named volumes, other drivers and unknown devices alone', () => {
    const volumes = [
      '  data: {}\n',
      '  nfs:\n    driver: local\n    driver_opts:\n      type: nfs\n      o: addr=10.0.0.5,rw\n      device: ":/exports"\n',
      '  plugin:\n    driver: rexray/ebs\n    driver_opts:\n      o: bind\n      device: /srv\n',
      `${bind('unknown', 'bind')}      device: \${DATA_DIR}\n`,
      '  nodevice:\n    driver_opts:\n      o: bind\n'
    ].join('');
    const mounts = ['data', 'nfs', 'plugin', 'unknown', 'nodevice'].map(n => `      - ${n}:/${n}\n`).join('');
    expect(of(volumes, mounts)).toEqual([]);
  });
});

describe('environmentOf', () => {
  const variables = (yaml: string) =>
    environmentOf(service(`    environment:\n${yaml}`)).map(({ name, value }) => ({ name, value }));

  it('reads the map form', () => {
    expect(variables('      A: one\n      B:\n')).toEqual([
      { name: 'A', value: 'one' },
      { name: 'B', value: undefined }
    ]);
  });

  it('reads the list form, splitting at the first =', () => {
    expect(variables('      - A=x=y\n      - B\n')).toEqual([
      { name: 'A', value: 'x=y' },
      { name: 'B', value: undefined }
    ]);
  });
});

describe('serviceText and serviceList', () => {
  it('read scalar and list fields', () => {
    const app = service('    user: "1000"\n    cap_add: [NET_ADMIN, SYS_TIME]\n');
    expect(serviceText(app, 'user')?.value).toBe('1000');
    expect(serviceText(app, 'platform')).toBeUndefined();
    expect(serviceList(app, 'cap_add').map(item => item.value)).toEqual(['NET_ADMIN', 'SYS_TIME']);
  });
});
