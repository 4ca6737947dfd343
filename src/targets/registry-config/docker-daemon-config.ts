import type { YamlNode } from '../yaml/yaml-node.js';
import { jsonStringItems, parseJsonConfig, probeJson } from './json-config.js';
import { dockerInsecureRegistry, dockerRegistryMirror, isTcpAddress } from './docker-daemon-settings.js';
import type { RegistryConfigDocument } from './registry-config-document.js';
import type { RegistryFormat } from './registry-format.js';
import { baseName } from './path-segments.js';

/**
 * The keys dockerd accepts in daemon.json (moby `daemon/config`, docker/cli `docs/reference/dockerd.md`
 * "Daemon configuration file"). dockerd refuses to start on an unknown key, so a file whose keys are
 * all in this list is daemon configuration; the transport keys alone are enough too (the list may
 * lag behind new engine releases).
 */
const TRANSPORT_KEYS = ['insecure-registries', 'registry-mirrors', 'hosts', 'tls', 'tlsverify'];
/** The transport keys no other tool's JSON is likely to have at its top. */
const OWN_TRANSPORT_KEYS = ['insecure-registries', 'registry-mirrors'];
const DAEMON_KEYS = new Set([
  ...TRANSPORT_KEYS,
  ...'allow-direct-routing allow-nondistributable-artifacts api-cors-header authorization-plugins bip bip6 bridge builder cdi-spec-dirs cgroup-parent cluster-advertise cluster-store cluster-store-opts containerd containerd-namespace containerd-plugins-namespace cpu-rt-period cpu-rt-runtime cri-containerd data-root debug default-address-pools default-cgroupns-mode default-gateway default-gateway-v6 default-ipc-mode default-network-opts default-runtime default-shm-size default-ulimits disable-legacy-registry dns dns-opts dns-search exec-opts exec-root experimental features firewall-backend fixed-cidr fixed-cidr-v6 graph group host-gateway-ip host-gateway-ips hosts icc init init-path ip ip-forward ip-forward-no-drop ip-masq ip6tables iptables ipv6 isolation labels live-restore log-driver log-format log-level log-opts max-concurrent-downloads max-concurrent-uploads max-download-attempts metrics-addr min-api-version mtu network-control-plane-mtu no-new-privileges node-generic-resources oom-score-adjust pidfile proxies raw-logs runtimes seccomp-profile selinux-enabled shutdown-timeout storage-driver storage-opts swarm-default-advertise-addr tlscacert tlscert tlskey userland-proxy userland-proxy-path userns-remap'.split(
    ' '
  )
]);

/**
 * Docker Engine's `daemon.json` (Linux `/etc/docker/daemon.json`, rootless
 * `~/.config/docker/daemon.json`, Windows `C:\ProgramData\docker\config\daemon.json`):
 * `insecure-registries` (host[:port] or CIDR; TLS unverified with HTTP fallback), `registry-mirrors`
 * (Docker Hub mirrors; an `http://` one is plain HTTP) and `hosts` (TCP listeners, with
 * `tls`/`tlsverify`). An empty file or `{}` is daemon configuration that configures nothing.
 */
export const dockerDaemonFormat: RegistryFormat = {
  format: 'docker-daemon',
  matches(path, text) {
    const name = baseName(path);
    if (name !== 'daemon.json') return isRenamedDaemonConfig(name, text);
    const probe = probeJson(text);
    switch (probe.kind) {
      case 'empty':
        return true;
      case 'object': {
        const keys = Object.keys(probe.value);
        return keys.every(key => DAEMON_KEYS.has(key)) || keys.some(key => TRANSPORT_KEYS.includes(key));
      }
      case 'invalid':
        // A broken daemon.json still belongs here (BH000), when it visibly is one.
        return (
          /^\s*\{/.test(text.replace(/^\uFEFF/, '')) && TRANSPORT_KEYS.some(key => text.includes(`"${key}"`))
        );
      default:
        return false;
    }
  },
  parse(text) {
    const document: RegistryConfigDocument = {
      format: 'docker-daemon',
      text,
      insecureEndpoints: [],
      listeners: [],
      credentials: [],
      trustWeaknesses: []
    };
    const root = parseJsonConfig(text, 'daemon.json');
    if (!root) return document;
    for (const item of jsonStringItems(root.get('insecure-registries'))) {
      const endpoint = dockerInsecureRegistry(item.text as string, 'insecure-registries', item.region);
      if (endpoint) document.insecureEndpoints.push(endpoint);
    }
    for (const item of jsonStringItems(root.get('registry-mirrors'))) {
      const { endpoint, credential } = dockerRegistryMirror(
        item.text as string,
        'registry-mirrors',
        item.region
      );
      if (endpoint) document.insecureEndpoints.push(endpoint);
      if (credential) document.credentials.push(credential);
    }
    const tlsVerify = effectiveTlsVerify(root.get('tlsverify'), root.get('tls'));
    for (const item of jsonStringItems(root.get('hosts'))) {
      const address = (item.text as string).trim();
      if (!isTcpAddress(address)) continue;
      document.listeners.push({ address, tlsVerify, key: 'hosts', region: item.region });
    }
    return document;
  }
};

/**
 * A daemon.json kept under another name, to be copied into place (kubespray's
 * `contrib/offline/docker-daemon.json`, `docker_daemon.json`, `etc.docker.daemon.json`): a `.json` name
 * that says docker or daemon, holding a JSON object with a transport key at the top. `hosts`, `tls` and
 * `tlsverify` are common words, so with only those every key must be dockerd's; `insecure-registries`
 * and `registry-mirrors` are dockerd's own. Renovate's `docker.json` presets, Packer templates and JSON
 * Schemas (whose keys sit under `properties`) have none of these at the top; the client's
 * `dockerconfig.json` is another format.
 */
function isRenamedDaemonConfig(name: string, text: string): boolean {
  const lower = name.toLowerCase();
  if (!lower.endsWith('.json') || !/docker|daemon/.test(lower) || lower === 'dockerconfig.json') return false;
  const probe = probeJson(text);
  if (probe.kind !== 'object') return false;
  const keys = Object.keys(probe.value);
  return (
    keys.some(key => OWN_TRANSPORT_KEYS.includes(key)) ||
    (keys.some(key => TRANSPORT_KEYS.includes(key)) && keys.every(key => DAEMON_KEYS.has(key)))
  );
}

/**
 * Whether dockerd verifies TLS clients: `tlsverify` when set; otherwise it copies `tls` (moby
 * `daemon/command/daemon.go`: `if conf.TLSVerify == nil && conf.TLS != nil { conf.TLSVerify = conf.TLS }`),
 * so `"tls": true` alone does require client certificates.
 */
function effectiveTlsVerify(tlsverify: YamlNode | undefined, tls: YamlNode | undefined): boolean {
  if (typeof tlsverify?.scalar === 'boolean') return tlsverify.scalar;
  return tls?.scalar === true;
}
