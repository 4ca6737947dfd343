import { isValidParse, parseYamlDocuments } from '../yaml/parse-yaml-documents.js';
import type { YamlNode } from '../yaml/yaml-node.js';

/**
 * The Compose specification's top-level keys and service keys
 * (https://github.com/compose-spec/compose-spec/blob/main/schema/compose-spec.json): both mappings
 * have `additionalProperties: false` apart from `x-` extensions, so `docker compose` rejects any
 * other key. `volume_driver` is a 2.x file-format key older files still carry.
 */
const TOP_LEVEL_KEYS: ReadonlySet<string> = new Set([
  'version',
  'name',
  'include',
  'services',
  'networks',
  'volumes',
  'configs',
  'secrets',
  'models'
]);
const SERVICE_KEYS: ReadonlySet<string> = new Set(
  [
    'annotations attach blkio_config build cap_add cap_drop cgroup cgroup_parent command configs',
    'container_name cpu_count cpu_percent cpu_period cpu_quota cpu_rt_period cpu_rt_runtime cpu_shares',
    'cpus cpuset credential_spec depends_on deploy develop device_cgroup_rules devices dns dns_opt',
    'dns_search domainname entrypoint env_file environment expose extends external_links extra_hosts',
    'gpus group_add healthcheck hostname image init ipc isolation label_file labels links logging',
    'mac_address mem_limit mem_reservation mem_swappiness memswap_limit models network_mode networks',
    'oom_kill_disable oom_score_adj pid pids_limit platform ports post_start pre_stop privileged',
    'profiles provider pull_policy pull_refresh_after read_only restart runtime scale secrets',
    'security_opt shm_size stdin_open stop_grace_period stop_signal storage_opt sysctls tmpfs tty',
    'ulimits use_api_socket user userns_mode uts volume_driver volumes volumes_from working_dir'
  ]
    .join(' ')
    .split(' ')
);

/**
 * A `services:` key at the start of a line with a block mapping after it: every Compose file has one,
 * and almost no other YAML file does, so the rest of a repository's YAML is never parsed here.
 */
const SERVICES_BLOCK = /^services:[ \t]*(?:#.*)?\r?$/m;

/**
 * Whether a YAML file is a Compose file by its content (RULES.md: "Files are classified by name and
 * content"), for Compose files named after what they add (docker-jitsi-meet's `jibri.yml`, immich's
 * `hwaccel.ml.yml`, a `docker-stack.yml`). The file must be what `docker compose` accepts: a mapping
 * of Compose's top-level keys only, with `services` a non-empty mapping of service mappings whose keys
 * are all Compose service keys. That leaves out the other YAML with `services`: GitHub Actions
 * (`jobs.<id>.services`), GitLab CI and Travis (lists, next to `stages`, `script` or `language`),
 * Bitbucket (`definitions.services`), Woodpecker (`steps`), Symfony's `services.yaml` (`class`,
 * `arguments`), Azure Developer CLI's `azure.yaml` (`project`, `host`), Lando (`type`, `recipe`).
 * The first document is read, as parseCompose does; a file that does not parse is not claimed.
 */
export function looksLikeCompose(text: string): boolean {
  if (!SERVICES_BLOCK.test(text)) return false;
  const parsed = parseYamlDocuments(text);
  const root = parsed.documents[0]?.root;
  if (!isValidParse(parsed) || root?.kind !== 'map') return false;
  const entries = root.entries();
  if (!entries.every(([key]) => TOP_LEVEL_KEYS.has(key) || isExtension(key))) return false;
  const services = root.get('services')?.entries() ?? [];
  return (
    services.length > 0 &&
    services.every(([, service]) => isServiceDefinition(service)) &&
    services.some(([, service]) => service.entries().length > 0)
  );
}

/**
 * A service mapping of Compose keys whose `image` is an image reference (a scalar): a Helm chart's
 * `values.yaml` may hold `services: {api: {image: {repository: …, tag: …}, ports: […]}}`.
 */
function isServiceDefinition(service: YamlNode): boolean {
  const image = service.get('image');
  return (
    service.kind === 'map' &&
    (image === undefined || image.kind === 'scalar') &&
    service.entries().every(([key]) => SERVICE_KEYS.has(key) || isExtension(key))
  );
}

function isExtension(key: string): boolean {
  return key.startsWith('x-');
}
