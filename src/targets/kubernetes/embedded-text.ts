import { lineRegion, type Region } from '../../core/location.js';
import type { YamlNode } from '../yaml/yaml-node.js';

/**
 * A manifest value read as the lines of a file it embeds (a ConfigMap's `application.properties`, a
 * Secret's `config.json`), and where a finding about one of those lines goes in the manifest.
 */
export interface EmbeddedText {
  /** The value's lines, for reading embedded config text one setting a line. */
  lines: string[];
  /** Where a finding about `lines[index]` goes: its own line in the file when it has one, else the key's. */
  regionOf: (index: number) => Region;
}

/**
 * The lines of a text value written in the manifest. A block scalar (`|`, `>`) is read from its
 * source lines, so a line of the embedded file maps to its line in the manifest; any other value
 * (quoted with `\n` escapes, a JSON manifest's string) has no line of its own inside the value, so
 * its lines all map to the key's line.
 */
export function writtenText(node: YamlNode, value: string): EmbeddedText {
  const raw = node.style === 'block' ? node.raw : undefined;
  if (raw === undefined) return decodedText(value, node.reportRegion);
  // The block's content starts on the line after its `|`/`>` header.
  const first = node.region.startLine + 1;
  const lines = raw.split(/\r?\n/);
  return { lines, regionOf: index => lineRegion(first + index, lines[index]) };
}

/**
 * The lines of a value decoded from base64 (a Secret's `data`, a ConfigMap's `binaryData`): they are
 * not in the file, so a finding about any of them goes to the key's line.
 */
export function decodedText(value: string, keyRegion: Region): EmbeddedText {
  return { lines: value.split(/\r?\n/), regionOf: () => keyRegion };
}

/** Keys named like a config file: a one-line value under them is read as that file's setting. */
const CONFIG_FILE_KEY = /\.(properties|env|ini|conf|cfg|ya?ml|json|toml)$|^\.env/i;
/**
 * Keys that hold source code, or config in a language of expressions (HCL: Terraform, Nomad; Grafana
 * Alloy and River): there `token=os.environ["HF_TOKEN"]`, `password = args.password` or
 * `password = remote.kubernetes.secret.loki.data["password"]` is an expression, and only a value in
 * quotes is a literal.
 */
const SOURCE_CODE_KEY =
  /\.(py|js|mjs|cjs|ts|rb|go|java|kts?|cs|php|pl|lua|groovy|scala|rs|swift|alloy|river|hcl|tf|tfvars|nomad)$/i;

/** A key named like a config file (`settings.json`, `.env`): a one-line value under it is that file. */
export function isConfigFileKey(key: string): boolean {
  return CONFIG_FILE_KEY.test(key);
}

/** A key named like source code or an expression language's config (`model.py`, `config.alloy`). */
export function isSourceCodeKey(key: string): boolean {
  return SOURCE_CODE_KEY.test(key);
}

/**
 * Knative's documentation key (`_example`, knative.dev/pkg's `configmap.ExampleKey`, also used by
 * Tekton): the ConfigMap's settings written out with their documentation and example values, which
 * the system never reads (net-contour's `default-tls-secret: "some-namespace/some-secret"`).
 */
export function isExampleKey(key: string): boolean {
  return key === '_example';
}
