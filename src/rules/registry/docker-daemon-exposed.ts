import { defineRule } from '../../core/rule.js';

/** BH803: the Docker API on TCP without TLS client verification. */
export default defineRule({
  meta: {
    id: 'BH803',
    slug: 'docker-daemon-exposed',
    title: 'Docker daemon exposed on TCP without TLS client verification',
    description:
      'dockerd listens on a `tcp://` socket (`hosts` in `daemon.json`, `-H`/`--host` on its command line) without `tlsverify`. Whoever reaches the port can start a privileged container that mounts the host: root on the machine, with no password. On `0.0.0.0` (all interfaces) that is anyone on the network; on loopback still any local process or a browser-driven request.',
    severity: 'critical',
    remediation:
      'Do not publish the Docker API over plain TCP. Keep the default local socket (`unix:///var/run/docker.sock`, Windows `npipe:////./pipe/docker_engine`) and reach remote engines over SSH (`DOCKER_HOST=ssh://user@host`, `docker context create --docker host=ssh://…`). If TCP is required, set `"tlsverify": true` with `tlscacert`, `tlscert` and `tlskey` from a private CA dedicated to Docker clients, and listen on port 2376.',
    references: [
      'https://docs.docker.com/engine/security/protect-access/',
      'https://docs.docker.com/reference/cli/dockerd/#daemon-socket-option',
      'https://docs.docker.com/engine/daemon/remote-access/'
    ],
    tags: ['CWE-306', 'CWE-319', 'registry'],
    messages: {
      exposed: "Docker daemon listens on '{address}' without TLS client verification ('{key}').",
      allInterfaces:
        "Docker daemon listens on all interfaces at '{address}' without TLS client verification ('{key}'): anyone who reaches the port controls the host."
    }
  },
  checks: {
    'registry-config'({ document, report }) {
      for (const { address, tlsVerify, key, region } of document.listeners) {
        const host = tcpHost(address);
        if (host === undefined || tlsVerify) continue;
        const everywhere = ['0.0.0.0', '::', '[::]'].includes(host);
        report({ messageId: everywhere ? 'allInterfaces' : 'exposed', data: { address, key }, region });
      }
    }
  }
});

/**
 * The host of a TCP listener, '' for the default; undefined for `unix://`, `fd://`, `npipe://`,
 * `ssh://`. An address without a scheme is TCP (moby `opts.ParseHost`); an empty host means
 * the default, 127.0.0.1 (moby `opts.ParseTCPAddr`).
 */
function tcpHost(address: string): string | undefined {
  const match = /^(?:([a-z]+):\/\/)?(.*)$/i.exec(address.trim());
  if (!match || (match[1] !== undefined && match[1].toLowerCase() !== 'tcp')) return undefined;
  const rest = (match[2] ?? '').split('/')[0] ?? '';
  const bracketed = /^(\[[^\]]*\])/.exec(rest);
  if (bracketed) return bracketed[1];
  const colon = rest.lastIndexOf(':');
  return colon < 0 ? rest : rest.slice(0, colon);
}
