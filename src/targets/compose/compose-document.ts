import type { Region } from '../../core/location.js';
import type { YamlNode } from '../yaml/yaml-node.js';

/** One Compose service. Fields are the raw YAML nodes; helpers in this folder normalise the syntaxes. */
export interface ComposeService {
  name: string;
  /** The service's key line: where findings about a missing field go. */
  region: Region;
  node: YamlNode;
  image?: YamlNode;
  /**
   * The file's named volumes that bind a host directory (top-level `volumes:` with the local driver's
   * `o: bind` and a `device`), by name: mounting one mounts that host path.
   */
  hostVolumes?: ReadonlyMap<string, HostVolume>;
}

/** A named volume of the local driver that binds a host directory (`driver_opts: {type: none, o: bind, device: /srv}`). */
export interface HostVolume {
  device: string;
  readOnly: boolean;
}

/** A parsed Compose file (https://docs.docker.com/reference/compose-file/). */
export interface ComposeDocument {
  text: string;
  services: ComposeService[];
  /**
   * Compose file format 1: services at the top level, with no `services:` key (docker-compose 1.x).
   * Its services are read from there; Docker Compose v2 does not read such a file (a note says so).
   */
  legacyFormat?: boolean;
}

declare module '../../core/target.js' {
  interface TargetDocuments {
    compose: ComposeDocument;
  }
}
