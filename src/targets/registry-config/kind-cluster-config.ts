import { parseValidYaml } from '../yaml/parse-yaml-documents.js';
import type { YamlNode } from '../yaml/yaml-node.js';
import { containerdFormat } from './containerd-config.js';
import { readEmbeddedConfig } from './embedded-config.js';
import type { RegistryConfigDocument } from './registry-config-document.js';
import type { RegistryFormat } from './registry-format.js';

/** kind's config API groups: `kind.x-k8s.io` (v1alpha4) and the older `kind.sigs.k8s.io` (v1alpha3). */
const KIND_API_VERSION = /^kind\.(?:x-k8s|sigs\.k8s)\.io\//;
const KIND_API_LINE = /^["']?apiVersion["']?[ \t]*:[ \t]*["']?kind\.(?:x-k8s|sigs\.k8s)\.io\//m;
const PATCHES_KEY = /^["']?containerdConfigPatches["']?[ \t]*:/m;
/** Every top-level `kind:` of the file (indented ones are inside `kubeadmConfigPatches` and the like). */
const TOP_LEVEL_KIND = /^["']?kind["']?[ \t]*:[ \t]*["']?([A-Za-z0-9]*)/gm;

/**
 * A kind `Cluster` config (`kind create cluster --config kind.yaml`): each `containerdConfigPatches`
 * item is a fragment of containerd's `config.toml` that kind merges into the node's own before
 * containerd starts. kind's local-registry recipe writes the CRI registry table there
 * (`[plugins."io.containerd.grpc.v1.cri".registry.mirrors."localhost:5000"] endpoint = ["http://…"]`),
 * so each patch is read as a containerd config, its findings at their lines inside the block scalar.
 * Claimed only when every top-level `kind:` of the file is `Cluster`: a file that also holds
 * Kubernetes objects stays a manifest. `containerdConfigPatchesJSON6902` (RFC 6902 patches of the
 * same config) is not read.
 */
export const kindClusterFormat: RegistryFormat = {
  format: 'kind-cluster',

  matches(path, text) {
    if (!/\.ya?ml$/i.test(path) || !PATCHES_KEY.test(text) || !KIND_API_LINE.test(text)) return false;
    const kinds = [...text.matchAll(TOP_LEVEL_KIND)].map(match => match[1]);
    return kinds.length > 0 && kinds.every(kind => kind === 'Cluster');
  },

  parse(text, path) {
    const document: RegistryConfigDocument = {
      format: 'kind-cluster',
      text,
      insecureEndpoints: [],
      listeners: [],
      credentials: [],
      trustWeaknesses: []
    };
    for (const { root } of parseValidYaml(text)) {
      if (!isKindCluster(root)) continue;
      for (const patch of root.get('containerdConfigPatches')?.items() ?? []) {
        if (typeof patch.scalar !== 'string') continue;
        const fragment = readEmbeddedConfig(patch, path, containerdFormat, 'kind containerdConfigPatches');
        document.insecureEndpoints.push(...fragment.insecureEndpoints);
        document.credentials.push(...fragment.credentials);
        if (fragment.configuredRegistries)
          document.configuredRegistries = [
            ...(document.configuredRegistries ?? []),
            ...fragment.configuredRegistries
          ];
      }
    }
    return document;
  }
};

function isKindCluster(root: YamlNode): boolean {
  return root.get('kind')?.text === 'Cluster' && KIND_API_VERSION.test(root.get('apiVersion')?.text ?? '');
}
