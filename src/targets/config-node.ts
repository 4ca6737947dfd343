import type { Region } from '../core/location.js';

/**
 * A read-only view of one node of a structured config file (YAML, JSON or TOML) with positions.
 * `YamlNode` implements it for YAML and JSON, `TomlNode` for TOML, so format parsers that turn
 * registry configs into one model are written once against this interface.
 */
export interface ConfigNode {
  readonly kind: 'map' | 'seq' | 'scalar' | 'null';
  /** The value's region. */
  readonly region: Region;
  /** Where a finding about this field goes: the key's region for a mapping value, else the node's. */
  readonly reportRegion: Region;
  get(key: string): ConfigNode | undefined;
  at(...path: string[]): ConfigNode | undefined;
  entries(): [string, ConfigNode][];
  items(): ConfigNode[];
  readonly scalar: string | number | boolean | undefined;
  readonly text: string | undefined;
  /** Only a real boolean `true`. */
  readonly isTrue: boolean;
}
