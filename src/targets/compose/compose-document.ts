import type { Region } from '../../core/location.js';
import type { YamlNode } from '../yaml/yaml-node.js';

/** One Compose service. Fields are the raw YAML nodes; helpers in this folder normalise the syntaxes. */
export interface ComposeService {
  name: string;
  /** The service's key line: where findings about a missing field go. */
  region: Region;
  node: YamlNode;
  image?: YamlNode;
}

/** A parsed Compose file (https://docs.docker.com/reference/compose-file/). */
export interface ComposeDocument {
  text: string;
  services: ComposeService[];
}

declare module '../../core/target.js' {
  interface TargetDocuments {
    compose: ComposeDocument;
  }
}
