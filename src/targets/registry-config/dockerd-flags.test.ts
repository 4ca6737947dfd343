import { InputParseError } from '../../core/errors.js';
import { dockerdFlagsFormat } from './dockerd-flags.js';

/** A drop-in that opens the API on TCP and adds registry options (the docs' systemd recipe, extended). */
const OVERRIDE = `[Service]
ExecStart=
ExecStart=/usr/bin/dockerd -H fd:// -H tcp://0.0.0.0:2375 \\
  --insecure-registry=registry.lan:5000 \\
  --registry-mirror http://mirror.lan:5001 \\
  --containerd=/run/containerd/containerd.sock
`;

/** A full unit file whose daemon verifies TLS clients. */
const UNIT = `[Unit]
Description=Docker Application Container Engine
After=network-online.target containerd.service
Wants=network-online.target

[Service]
Type=notify
ExecStart=/usr/bin/dockerd --tlsverify --tlscacert=/etc/docker/ca.pem --tlscert=/etc/docker/server-cert.pem --tlskey=/etc/docker/server-key.pem -H=0.0.0.0:2376 -H fd://
ExecReload=/bin/kill -s HUP $MAINPID
Restart=always

[Install]
WantedBy=multi-user.target
`;

/** A provisioning script: a background daemon, then a drop-in written through a here-document. */
const SCRIPT = `#!/usr/bin/env bash
set -euo pipefail
# Start a throw-away daemon for the integration tests.
sudo nohup dockerd -D -H unix:///var/run/docker.sock -H tcp://0.0.0.0:2375 \\
  --insecure-registry "$CI_REGISTRY" --insecure-registry 127.0.0.1:5000 > /var/log/dockerd.log 2>&1 &
mkdir -p /etc/systemd/system/docker.service.d
cat > /etc/systemd/system/docker.service.d/override.conf <<EOF
[Service]
ExecStart=
ExecStart=/usr/bin/dockerd -H fd:// --insecure-registry=nexus.corp.example:8082
EOF
systemctl daemon-reload
`;

/** A workflow starting dockerd on Linux and Windows runners. */
const WORKFLOW = `name: integration
on: [push]
jobs:
  linux:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Start a daemon with a local registry
        run: |
          sudo systemctl stop docker
          sudo dockerd \\
            --insecure-registry=registry.ci.internal:5000 \\
            -H unix:///var/run/docker.sock &
          sleep 5
      - name: Folded
        run: >-
          dockerd
          --registry-mirror=http://10.0.0.9:5000
      - run: 'dockerd --host tcp://0.0.0.0:2375'
  windows:
    runs-on: [self-hosted, windows]
    steps:
      - name: Register the service
        run: |
          & "C:\\Program Files\\Docker\\dockerd.exe" --register-service -H npipe:// -H 0.0.0.0:2375
      - name: Python step (not a shell)
        shell: python
        run: print("dockerd --insecure-registry skipped.example")
`;

/** A GitLab CI pipeline: dind services with daemon options, and dockerd started in scripts. */
const GITLAB = `default:
  before_script:
    - dockerd --insecure-registry=default.corp.example:5000 &
services:
  - name: docker:27-dind
    alias: docker
    command: ["--insecure-registry=registry.corp.example:5000", "--registry-mirror", "http://mirror.corp.example"]
.start: &start
  - sudo dockerd -H tcp://0.0.0.0:2375 &
build:
  image: docker:27
  services:
    - name: registry.gitlab.com/group/mirror/docker:24.0-dind
      command:
        - dockerd
        - --host=tcp://0.0.0.0:2375
    - name: postgres:16
      command: ["postgres", "-H", "tcp://0.0.0.0:2375", "--insecure-registry=skipped"]
  script:
    - *start
    - docker build -t app .
  after_script: echo done
variables:
  DOCKER_HOST: tcp://docker:2375
`;

function parse(text: string, path: string) {
  return dockerdFlagsFormat.parse(text, path);
}

/** [registry/address, line, start column] of everything found. */
function found(text: string, path: string) {
  const document = parse(text, path);
  return {
    endpoints: document.insecureEndpoints.map(e => [
      e.setting,
      e.registry,
      e.region.startLine,
      e.region.startColumn
    ]),
    listeners: document.listeners.map(l => [l.address, l.tlsVerify, l.region.startLine, l.region.startColumn])
  };
}

describe('dockerdFlagsFormat.matches', () => {
  it.each([
    ['etc/systemd/system/docker.service.d/override.conf', OVERRIDE],
    ['etc/systemd/system/docker.service.d/10-tcp.conf', OVERRIDE],
    ['lib/systemd/system/docker.service', UNIT],
    ['scripts/provision.sh', SCRIPT],
    ['scripts/provision.bash', SCRIPT],
    ['.github/workflows/integration.yml', WORKFLOW],
    ['.github/workflows/integration.yaml', WORKFLOW],
    ['windows\\setup-docker.ps1', 'dockerd --register-service -H npipe:// -H 0.0.0.0:2375\r\n'],
    ['start.sh', 'exec dockerd --host=tcp://0.0.0.0:2375'],
    ['.gitlab-ci.yml', GITLAB],
    ['.gitlab/ci/docker.yml', GITLAB],
    ['templates/Docker.gitlab-ci.yml', GITLAB],
    // Extension-less scripts by their #! line (jpetazzo/dind's wrapdocker, image entrypoints).
    ['wrapdocker', '#!/bin/bash\nexec dockerd -H 0.0.0.0:$PORT -H unix:///var/run/docker.sock\n'],
    ['bin/docker-entrypoint', '#!/usr/bin/env sh\nset -e\nexec dockerd --insecure-registry reg:5000 "$@"\n'],
    ['hack/dind', '#!/bin/sh -e\ndockerd --host=tcp://0.0.0.0:2375 &\n']
  ])('claims %s', (path, text) => {
    expect(dockerdFlagsFormat.matches(path, text)).toBe(true);
  });

  it.each([
    ['a script without dockerd', 'deploy.sh', 'docker -H tcp://build-host:2375 ps\n'],
    ['a script with dockerd but none of the options', 'start.sh', 'dockerd --data-root /mnt/docker &\n'],
    ['a Dockerfile', 'Dockerfile', 'FROM docker:dind\nCMD ["dockerd", "--insecure-registry", "reg:5000"]\n'],
    ['a Kubernetes manifest', 'k8s/dind.yaml', 'args: ["dockerd", "--insecure-registry=reg:5000"]\n'],
    ['a workflow outside .github/workflows', 'ci/workflow.yml', WORKFLOW],
    ['a GitLab pipeline outside its places', 'ci/pipeline.yml', GITLAB],
    [
      'a GitLab pipeline that starts no dockerd and whose dind service takes no options',
      '.gitlab-ci.yml',
      'services: [docker:27-dind]\nbuild:\n  script: [docker build -t app .]\n'
    ],
    ['a README', 'README.md', 'Run `dockerd --insecure-registry reg:5000`.\n'],
    [
      'an unrelated .conf',
      'etc/nginx/conf.d/site.conf',
      'ExecStart=/usr/bin/dockerd -H tcp://0.0.0.0:2375\n'
    ],
    ['an extension-less file without a #! line', 'NOTES', 'dockerd -H tcp://0.0.0.0:2375\n'],
    [
      'a Python script',
      'tools/start-daemon',
      '#!/usr/bin/env python3\nos.system("dockerd -H tcp://0.0.0.0:2375")\n'
    ],
    ['a #! line that is not the first', 'wrapdocker', '\n#!/bin/sh\ndockerd -H tcp://0.0.0.0:2375\n'],
    [
      'a shell script whose name has an unread extension',
      'start.txt',
      '#!/bin/sh\ndockerd -H tcp://0.0.0.0:2375\n'
    ]
  ])('does not claim %s', (_label, path, text) => {
    expect(dockerdFlagsFormat.matches(path, text)).toBe(false);
  });
});

describe('dockerdFlagsFormat.parse: systemd units', () => {
  it('reads the ExecStart of a drop-in, following continuation lines, each option at its line', () => {
    const document = parse(OVERRIDE, 'etc/systemd/system/docker.service.d/override.conf');
    expect(document.format).toBe('dockerd-flags');
    expect(document.insecureEndpoints).toEqual([
      {
        setting: 'insecure-registry',
        registry: 'registry.lan:5000',
        key: '--insecure-registry',
        region: { startLine: 4, startColumn: 3, endLine: 4, endColumn: 40 },
        lowRisk: false
      },
      {
        setting: 'plain-http',
        registry: 'mirror.lan:5001',
        mirrorOf: 'docker.io',
        key: '--registry-mirror',
        region: { startLine: 5, startColumn: 3, endLine: 5, endColumn: 43 },
        lowRisk: false
      }
    ]);
    expect(document.listeners).toEqual([
      {
        address: 'tcp://0.0.0.0:2375',
        tlsVerify: false,
        key: '-H',
        region: { startLine: 3, startColumn: 37, endLine: 3, endColumn: 58 }
      }
    ]);
  });

  it('sees --tlsverify on the unit command line; fd:// is not a listener', () => {
    expect(found(UNIT, 'lib/systemd/system/docker.service')).toEqual({
      endpoints: [],
      listeners: [['0.0.0.0:2376', true, 8, 145]]
    });
  });

  it('reads ExecStart command-line prefixes and CRLF line ends', () => {
    const text = '[Service]\r\nExecStart=-/usr/bin/dockerd \\\r\n  -H tcp://10.1.1.1:2375\r\n';
    expect(found(text, 'docker.service').listeners).toEqual([['tcp://10.1.1.1:2375', false, 3, 3]]);
  });
  it('reads a continued line that says ExecStart= as part of the value before it, once', () => {
    // systemd joins the lines: the second `ExecStart=` is an argument of the first command line.
    const text =
      '[Service]\nExecStart=/usr/bin/dockerd \\\nExecStart=/usr/bin/dockerd -H tcp://0.0.0.0:2375\n';
    expect(found(text, 'docker.service').listeners).toEqual([['tcp://0.0.0.0:2375', false, 3, 28]]);
    // A fuzzed drop-in repeated that line 3,000 times: one listener per line, not one per line pair.
    const repeated = `[Service]\n${'ExecStart=/usr/bin/dockerd -H tcp://0.0.0.0:2375 \\\n'.repeat(3_000)}  --debug\n`;
    const { listeners } = found(repeated, 'docker.service.d/override.conf');
    expect(listeners).toHaveLength(3_000);
    expect(listeners.at(-1)).toEqual(['tcp://0.0.0.0:2375', false, 3_001, 28]);
  });
});

describe('dockerdFlagsFormat.parse: scripts', () => {
  it('reads dockerd behind sudo/nohup, variables as written, loopback as low risk, and here-document drop-ins', () => {
    const document = parse(SCRIPT, 'scripts/provision.sh');
    expect(
      document.insecureEndpoints.map(e => [e.registry, e.lowRisk, e.region.startLine, e.region.startColumn])
    ).toEqual([
      ['$CI_REGISTRY', false, 5, 3],
      ['127.0.0.1:5000', true, 5, 38],
      ['nexus.corp.example:8082', false, 10, 37]
    ]);
    expect(
      document.listeners.map(l => [l.address, l.tlsVerify, l.region.startLine, l.region.startColumn])
    ).toEqual([['tcp://0.0.0.0:2375', false, 4, 54]]);
  });

  it.each([
    ['--tlsverify', true],
    ['--tlsverify=true', true],
    ['--tlsverify=1', true],
    ['--tlsverify=false', false],
    ['--tls', true],
    ['--tls --tlsverify=false', false],
    ['--tls=false', false],
    ['--tlsverify false', true], // pflag: a switch only takes a value after '='
    ['', false]
  ])('TLS verification with %p', (options, expected) => {
    const { listeners } = found(`dockerd -H tcp://0.0.0.0:2376 ${options}\n`, 'start.sh');
    expect(listeners.map(l => l[1])).toEqual([expected]);
  });

  it('takes DOCKER_TLS_VERIFY from the command environment', () => {
    expect(found('DOCKER_TLS_VERIFY=1 dockerd -H tcp://0.0.0.0:2376\n', 'start.sh').listeners[0]?.[1]).toBe(
      true
    );
    expect(found('DOCKER_TLS_VERIFY= dockerd -H tcp://0.0.0.0:2376\n', 'start.sh').listeners[0]?.[1]).toBe(
      false
    );
  });

  it.each([
    ['-H tcp://0.0.0.0:2375', 'tcp://0.0.0.0:2375'],
    ['-H=tcp://0.0.0.0:2375', 'tcp://0.0.0.0:2375'],
    ['-Htcp://0.0.0.0:2375', 'tcp://0.0.0.0:2375'],
    ['-DH tcp://0.0.0.0:2375', 'tcp://0.0.0.0:2375'],
    ['--host tcp://0.0.0.0:2375', 'tcp://0.0.0.0:2375'],
    ['--host=:2375', ':2375'],
    ['-H "tcp://${BIND_ADDR}:2375"', 'tcp://${BIND_ADDR}:2375'],
    // No scheme is TCP to dockerd, and a variable after a written host cannot add one.
    ['-H 0.0.0.0:$PORT', '0.0.0.0:$PORT'],
    ['--host="localhost:${DOCKER_PORT:-2375}"', 'localhost:${DOCKER_PORT:-2375}'],
    ['-H [::]:$PORT', '[::]:$PORT']
  ])('reads the listener in %p', (options, address) => {
    expect(found(`dockerd ${options}\n`, 'start.sh').listeners.map(l => l[0])).toEqual([address]);
  });

  it.each([
    ['a unix socket', '-H unix:///var/run/docker.sock'],
    ['socket activation', '-H fd://'],
    ['a variable address', '-H "$DOCKER_HOST"'],
    ['a variable host and a port', '-H "$BIND:2375"'],
    ['a unix socket at a variable path', '-H "unix://$SOCKET_DIR/docker.sock"'],
    ['-H as the value of -G', '-GH tcp://0.0.0.0:2375'],
    ['options after --', '-- -H tcp://0.0.0.0:2375'],
    ['a missing value', '-H']
  ])('finds no listener for %s', (_label, options) => {
    expect(found(`dockerd ${options}\n`, 'start.sh').listeners).toEqual([]);
  });

  it('reads dind and the dind entrypoint, not the docker client or echo', () => {
    const text = `dind dockerd --insecure-registry a.example:5000
dockerd-entrypoint.sh --insecure-registry=b.example:5000
docker -H tcp://build-host:2375 run --rm docker:dind --insecure-registry c.example:5000
echo "dockerd --insecure-registry d.example:5000"
# dockerd --insecure-registry e.example:5000
`;
    expect(found(text, 'ci/dind.sh').endpoints.map(e => e[1])).toEqual(['a.example:5000', 'b.example:5000']);
    expect(found(text, 'ci/dind.sh').listeners).toEqual([]);
  });

  it("reads the command line the docker:dind entrypoint builds with `set --` (Harbor's test engine)", () => {
    const text = `#!/bin/sh
set -eu
if [ "$#" -eq 0 ] || [ "\${1#-}" != "$1" ]; then
  set -- dockerd \\
    --host=unix:///var/run/docker.sock \\
    --host=tcp://0.0.0.0:2375 \\
    --storage-driver=vfs \\
    --insecure-registry=0.0.0.0/0 \\
    "$@"
fi
set -- positional words
exec "$@"
`;
    const document = found(text, 'tests/test-engine-image/dockerd-entrypoint.sh');
    expect(document.endpoints.map(e => e[1])).toEqual(['0.0.0.0/0']);
    expect(document.listeners).toHaveLength(1);
  });

  it('keeps https mirrors out and strips the scheme of an insecure registry', () => {
    expect(
      found(
        'dockerd --registry-mirror=https://mirror.gcr.io --insecure-registry http://reg.lan:5000/\n',
        'a.sh'
      ).endpoints
    ).toEqual([['insecure-registry', 'reg.lan:5000', 1, 49]]);
  });

  it('reports a password in a mirror URL as a credential', () => {
    const document = parse(
      'dockerd --registry-mirror https://pull:Vb7-Kq2zLw9x@mirror.corp.example\n',
      'a.sh'
    );
    expect(document.credentials.map(c => [c.registry, c.key, c.value, c.region.startLine])).toEqual([
      ['mirror.corp.example', '--registry-mirror', 'Vb7-Kq2zLw9x', 1]
    ]);
  });

  it('reads PowerShell scripts', () => {
    const text =
      '$ErrorActionPreference = "Stop"\r\n& "$env:ProgramFiles\\Docker\\dockerd.exe" --register-service -H npipe:// -H tcp://0.0.0.0:2375 --insecure-registry=reg.corp.example:5000\r\n';
    expect(found(text, 'setup-docker.ps1')).toEqual({
      endpoints: [['insecure-registry', 'reg.corp.example:5000', 2, 95]],
      listeners: [['tcp://0.0.0.0:2375', false, 2, 73]]
    });
  });

  it('never throws on broken shell', () => {
    const text = 'dockerd -H tcp://0.0.0.0:2375 "unterminated\nif then fi ((\n';
    expect(found(text, 'broken.sh').listeners.map(l => l[0])).toEqual(['tcp://0.0.0.0:2375']);
    expect(() => parse('\u0000\u0001dockerd -H', 'x.sh')).not.toThrow();
  });
});

describe('dockerdFlagsFormat.parse: GitLab CI', () => {
  it("reads job scripts (nested lists too) and the dind services' command, each option on its line", () => {
    expect(found(GITLAB, '.gitlab-ci.yml')).toEqual({
      endpoints: [
        ['insecure-registry', 'registry.corp.example:5000', 7, 15],
        ['plain-http', 'mirror.corp.example', 7, 65],
        ['insecure-registry', 'default.corp.example:5000', 3, 15]
      ],
      // The script that a YAML alias puts into the job is read where the anchor wrote it.
      listeners: [
        ['tcp://0.0.0.0:2375', false, 9, 18],
        ['tcp://0.0.0.0:2375', false, 16, 11]
      ]
    });
  });
});

describe('dockerdFlagsFormat.parse: workflows', () => {
  it('reads run steps in literal, folded and quoted styles, in the shell of the runner', () => {
    expect(found(WORKFLOW, '.github/workflows/integration.yml')).toEqual({
      endpoints: [
        ['insecure-registry', 'registry.ci.internal:5000', 12, 13],
        ['plain-http', '10.0.0.9:5000', 18, 11]
      ],
      listeners: [
        ['tcp://0.0.0.0:2375', false, 19, 23],
        ['0.0.0.0:2375', false, 25, 82]
      ]
    });
  });

  it('honours shell: and defaults.run.shell', () => {
    const text = `defaults:
  run:
    shell: pwsh
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: dockerd -H tcp://0.0.0.0:2375
      - shell: bash -e {0}
        run: dockerd --insecure-registry=reg:5000
  b:
    runs-on: ubuntu-latest
    defaults:
      run:
        shell: python
    steps:
      - run: dockerd --insecure-registry=skipped:5000
`;
    expect(found(text, '.github/workflows/x.yml')).toEqual({
      endpoints: [['insecure-registry', 'reg:5000', 10, 22]],
      listeners: [['tcp://0.0.0.0:2375', false, 8, 22]]
    });
  });

  it('reads a drop-in written by a run step', () => {
    const text = `jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: |
          sudo tee /etc/systemd/system/docker.service.d/override.conf <<'EOF'
          [Service]
          ExecStart=
          ExecStart=/usr/bin/dockerd -H fd:// -H tcp://0.0.0.0:2375
          EOF
`;
    expect(found(text, '.github/workflows/x.yml').listeners).toEqual([['tcp://0.0.0.0:2375', false, 9, 47]]);
  });

  it('ignores jobs without steps and reusable-workflow jobs', () => {
    const text = `jobs:
  call:
    uses: org/repo/.github/workflows/dind.yml@v1
    with: { args: "dockerd --insecure-registry=reg:5000" }
  empty: {}
`;
    expect(found(text, '.github/workflows/x.yml')).toEqual({ endpoints: [], listeners: [] });
  });

  it('maps multi-line plain scalars and CRLF files back to their lines', () => {
    const text =
      'jobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          echo hi\n          dockerd \\\n            -H tcp://0.0.0.0:2375\n      - run: dockerd\n          --insecure-registry r:1\n';
    for (const variant of [text, text.replace(/\n/g, '\r\n')]) {
      expect(found(variant, '.github/workflows/x.yml')).toEqual({
        endpoints: [['insecure-registry', 'r:1', 10, 11]],
        listeners: [['tcp://0.0.0.0:2375', false, 8, 13]]
      });
    }
  });

  it('malformed workflow YAML is an InputParseError with its line', () => {
    const text = 'jobs:\n  a:\n    steps:\n      - run: dockerd -H tcp://0.0.0.0:2375\n     bad: [\n';
    let thrown: unknown;
    try {
      parse(text, '.github/workflows/x.yml');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InputParseError);
    expect((thrown as InputParseError).line).toBeGreaterThanOrEqual(5);
  });
});
