import rule from './docker-daemon-exposed.js';
import { testRule } from '../../../test/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: "a workflow's setup-docker-action daemon-config with a local socket only",
      filename: '.github/workflows/integration.yml',
      code: `jobs:
  test:
    steps:
      - uses: docker/setup-docker-action@v4
        with:
          daemon-config: '{"hosts": ["unix:///var/run/docker.sock"], "features": {"containerd-snapshotter": true}}'
`
    },
    {
      name: 'daemon.json: TCP with TLS client verification on 2376',
      filename: 'etc/docker/daemon.json',
      code: `{
  "hosts": ["unix:///var/run/docker.sock", "tcp://0.0.0.0:2376"],
  "tlsverify": true,
  "tlscacert": "/etc/docker/tls/ca.pem",
  "tlscert": "/etc/docker/tls/server-cert.pem",
  "tlskey": "/etc/docker/tls/server-key.pem"
}
`,
      docs: true
    },
    {
      name: 'daemon.json: local sockets only (Linux and Windows)',
      filename: 'etc/docker/daemon.json',
      code: '{ "hosts": ["unix:///var/run/docker.sock", "fd://"], "live-restore": true }\n'
    },
    {
      name: 'Windows daemon.json: named pipe',
      filename: 'ProgramData/docker/config/daemon.json',
      code: '{ "hosts": ["npipe:////./pipe/docker_engine"] }\n'
    },
    {
      name: 'dockerd with --tlsverify in a script',
      filename: 'scripts/start-docker.sh',
      code: '#!/bin/sh\nexec dockerd -H tcp://0.0.0.0:2376 --tlsverify --tlscacert=/certs/ca.pem --tlscert=/certs/cert.pem --tlskey=/certs/key.pem\n'
    }
  ],
  invalid: [
    {
      name: "a workflow's setup-docker-action daemon-config listening on all interfaces without TLS",
      filename: '.github/workflows/integration.yml',
      code: `on: push
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: docker/setup-docker-action@v4
        with:
          daemon-config: |
            {
              "hosts": ["unix:///var/run/docker.sock", "tcp://0.0.0.0:2375"]
            }
`,
      errors: [{ messageId: 'allInterfaces', line: 10 }]
    },
    {
      name: 'daemon.json: all interfaces on 2375',
      filename: 'etc/docker/daemon.json',
      code: `{
  "data-root": "/var/lib/docker",
  "hosts": [
    "unix:///var/run/docker.sock",
    "tcp://0.0.0.0:2375"
  ]
}
`,
      errors: [
        {
          messageId: 'allInterfaces',
          line: 5,
          message:
            "Docker daemon listens on all interfaces at 'tcp://0.0.0.0:2375' without TLS client verification ('hosts'): anyone who reaches the port controls the host."
        }
      ],
      docs: true
    },
    {
      name: 'daemon.json: TLS without client verification is still open (any port)',
      filename: 'etc/docker/daemon.json',
      code: `{
  "hosts": ["tcp://10.0.0.12:2376"],
  "tls": true,
  "tlsverify": false,
  "tlscert": "/etc/docker/tls/server-cert.pem",
  "tlskey": "/etc/docker/tls/server-key.pem"
}
`,
      errors: [
        {
          messageId: 'exposed',
          line: 2,
          message:
            "Docker daemon listens on 'tcp://10.0.0.12:2376' without TLS client verification ('hosts')."
        }
      ]
    },
    {
      name: 'dockerd -H in a start script',
      filename: 'scripts/start-docker.sh',
      code: `#!/bin/sh
set -eu
exec dockerd \\
  -H unix:///var/run/docker.sock \\
  -H tcp://0.0.0.0:2375
`,
      errors: [
        {
          messageId: 'allInterfaces',
          line: 5,
          message: /'tcp:\/\/0\.0\.0\.0:2375' without TLS client verification \('-H'\)/
        }
      ],
      docs: true
    },
    {
      // jpetazzo/dind's wrapdocker: a #!/bin/bash wrapper named without an extension, with no scheme
      // on the listener (TCP to dockerd) and the port from the environment.
      name: 'dockerd -H in an extension-less wrapper script',
      filename: 'wrapdocker',
      code: `#!/bin/bash
rm -rf /var/run/docker.pid
if [ "$PORT" ]
then
	exec dockerd -H 0.0.0.0:$PORT -H unix:///var/run/docker.sock \\
		$DOCKER_DAEMON_ARGS
fi
`,
      errors: [
        {
          messageId: 'allInterfaces',
          line: 5,
          message: /'0\.0\.0\.0:\$PORT' without TLS client verification \('-H'\)/
        }
      ]
    },
    {
      name: 'Windows daemon.json: the API on TCP next to the named pipe',
      filename: 'ProgramData/docker/config/daemon.json',
      code: `{
  "hosts": ["tcp://0.0.0.0:2375", "npipe://"],
  "data-root": "D:\\\\docker"
}
`,
      errors: [{ messageId: 'allInterfaces', line: 2 }]
    },
    {
      name: 'IPv6 any-address',
      filename: 'etc/docker/daemon.json',
      code: '{ "hosts": ["fd://", "tcp://[::]:2375"] }\n',
      errors: [{ messageId: 'allInterfaces', line: 1, message: /'tcp:\/\/\[::\]:2375'/ }]
    },
    {
      name: 'systemd unit: loopback TCP is still reachable by every local process',
      filename: 'docker.service',
      code: `[Service]
Type=notify
ExecStart=/usr/bin/dockerd -H fd:// -H tcp://127.0.0.1:2375
`,
      errors: [{ messageId: 'exposed', line: 3, message: /'tcp:\/\/127\.0\.0\.1:2375'/ }]
    }
  ]
});
