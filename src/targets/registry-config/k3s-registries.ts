import type { ConfigNode } from '../config-node.js';
import { parseValidYaml } from '../yaml/parse-yaml-documents.js';
import { YamlNode } from '../yaml/yaml-node.js';
import { readRegistryTable, type RegistryTableDialect } from './containerd-config.js';
import { baseName } from './path-segments.js';
import type { RegistryConfigDocument } from './registry-config-document.js';
import type { RegistryFormat } from './registry-format.js';

/**
 * k3s and RKE2 read `registries.yaml` (rancher/wharfie pkg/registries, decoded with go-yaml v2) and
 * write it out as containerd hosts files: `_default` for the `"*"` entries, one directory for every
 * other `mirrors` or `configs` key (k3s pkg/agent/containerd/config.go `getHostConfigs`). So `"*"` is a
 * default only for registries with no entry of their own (k3s docs, "Private Registry Configuration").
 */
const K3S_DIALECT: RegistryTableDialect = {
  // wharfie's AuthConfig: `username`, `password`, `auth`, `identity_token`.
  secretAuthKeys: ['password', 'auth', 'identity_token'],
  configsAreOwn: true,
  isTrue: isYaml11True
};

/** go-yaml v2 resolves these plain scalars to `true` (YAML 1.1), beyond YAML 1.2's `true`. */
const YAML11_TRUE = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON']);

function isYaml11True(node: ConfigNode): boolean {
  if (node.isTrue) return true;
  return node instanceof YamlNode && node.style === 'plain' && YAML11_TRUE.has(node.text ?? '');
}

/** A top-level `mirrors:` or `configs:` key (quoted or not) with a flow mapping, a comment or nothing after it. */
const SECTION_KEY = /^(["']?)(?:mirrors|configs)\1[ \t]*:[ \t]*(\{.*|#.*)?\r?$/gm;

/**
 * k3s / RKE2 `registries.yaml` (`/etc/rancher/k3s/registries.yaml`, `/etc/rancher/rke2/registries.yaml`,
 * k3d's `--registry-config`): containerd's CRI registry model in YAML. `mirrors."<ns>".endpoint` lists
 * mirrors (`http://` is plain HTTP), `configs."<host>".tls.insecure_skip_verify` skips certificate checks,
 * `configs."<host>".auth` may hold credentials; `rewrite`, `ca_file`, `cert_file` and `key_file` are
 * harmless. Claimed by its name and a top-level `mirrors` or `configs` mapping, so another tool's
 * `registries.yaml` (a list of registries, an Ansible variable file) is left alone.
 */
export const k3sRegistriesFormat: RegistryFormat = {
  format: 'k3s-registries',

  matches(path, text) {
    const name = baseName(path).toLowerCase();
    return (name === 'registries.yaml' || name === 'registries.yml') && hasTopLevelMapping(text);
  },

  parse(text) {
    const document: RegistryConfigDocument = {
      format: 'k3s-registries',
      text,
      insecureEndpoints: [],
      listeners: [],
      credentials: [],
      trustWeaknesses: []
    };
    // go-yaml's Unmarshal reads the first document of the file.
    const root = parseValidYaml(text)[0]?.root;
    if (root?.kind === 'map') readRegistryTable(root, document, K3S_DIALECT);
    return document;
  }
};

/** Whether a top-level `mirrors:`/`configs:` holds a mapping: a flow `{…}`, or indented keys on the next line. */
function hasTopLevelMapping(text: string): boolean {
  for (const match of text.matchAll(SECTION_KEY)) {
    if (match[2]?.startsWith('{')) return true;
    if (indentedKeyFollows(text, (match.index ?? 0) + match[0].length)) return true;
  }
  return false;
}

/** Whether the first line after `from` with content (not blank, not a comment) is an indented mapping key. */
function indentedKeyFollows(text: string, from: number): boolean {
  let start = text.indexOf('\n', from) + 1;
  while (start > 0 && start < text.length) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end < 0 ? text.length : end);
    const content = line.trim();
    if (content !== '' && !content.startsWith('#'))
      return /^[ \t]/.test(line) && !/^-(?:[ \t]|$)/.test(content) && content.includes(':');
    start = end + 1;
  }
  return false;
}
