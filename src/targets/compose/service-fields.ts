import type { Region } from '../../core/location.js';
import type { YamlNode } from '../yaml/yaml-node.js';
import type { ComposeService, HostVolume } from './compose-document.js';
import { interpolateDefaults, isUnknownVariable } from './interpolate-defaults.js';
import { isComposeTrue } from './compose-boolean.js';

/** A host path mounted into a service: a bind mount, or a Windows named pipe. */
export interface ComposeMount {
  source: string;
  target?: string;
  readOnly: boolean;
  region: Region;
}

/** An environment variable of a service (`environment:` as a map or as a `KEY=value` list). */
export interface ComposeVariable {
  name: string;
  /** Undefined for `KEY` alone (taken from the shell) or a null map value. */
  value?: string;
  region: Region;
  /** The value (map form) or the `KEY=value` item (list form), for fixes. */
  node?: YamlNode;
}

/**
 * Host paths a service mounts (https://docs.docker.com/reference/compose-file/services/#volumes), in
 * document order: short syntax `SRC:DST[:MODE]` whose SRC is a host path (`./data:/data:ro`,
 * `C:\\data:C:\\data`, `\\\\.\\pipe\\docker_engine:\\\\.\\pipe\\docker_engine`), and long syntax
 * `type: bind` or `type: npipe` (a Windows named pipe) with a `source`. Named volumes are not host
 * paths, nor is a one-part short entry (`- /app/node_modules` is an anonymous volume at that
 * container path). Values are interpolated first, as Compose does (`${SOCK:-/var/run/docker.sock}` is
 * its default); a source that is only a variable without a default is unknown, not a finding.
 */
export function hostMounts(service: ComposeService): ComposeMount[] {
  return (service.node.get('volumes')?.items() ?? []).flatMap(item => {
    if (item.kind === 'map') {
      const type = item.get('type')?.text;
      const written = item.get('source')?.text;
      const source = written === undefined ? undefined : interpolateDefaults(written).value;
      const volume = type === 'volume' && source ? service.hostVolumes?.get(source) : undefined;
      if (volume)
        return boundVolume(
          volume,
          item.get('target')?.text,
          isComposeTrue(item.get('read_only')),
          item.region
        );
      if ((type !== 'bind' && type !== 'npipe') || !source || isUnknownVariable(source)) return [];
      return [
        {
          source,
          target: item.get('target')?.text,
          readOnly: isComposeTrue(item.get('read_only')),
          region: item.region
        }
      ];
    }
    const short = item.text;
    if (!short) return [];
    const { source, target, mode } = splitShortVolume(interpolateDefaults(short).value);
    const readOnly = /(^|,)ro(,|$)/.test(mode ?? '');
    const volume = target === undefined ? undefined : service.hostVolumes?.get(source);
    if (volume) return boundVolume(volume, target, readOnly, item.region);
    if (target === undefined || !isHostPath(source) || isUnknownVariable(source)) return [];
    return [{ source, target, readOnly, region: item.region }];
  });
}

/** A named volume that binds a host directory, mounted at `target`: the host path is its device. */
function boundVolume(
  volume: HostVolume,
  target: string | undefined,
  readOnly: boolean,
  region: Region
): ComposeMount[] {
  const source = interpolateDefaults(volume.device).value;
  if (isUnknownVariable(source)) return [];
  return [{ source, target, readOnly: readOnly || volume.readOnly, region }];
}

/** `SRC:DST[:MODE]`, where SRC and DST may start with a Windows drive letter (`C:\\x`). */
function splitShortVolume(spec: string): { source: string; target?: string; mode?: string } {
  const parts: string[] = [];
  let rest = spec;
  while (rest.length) {
    const drive = /^[A-Za-z]:[\\/]/.test(rest) ? 2 : 0;
    const colon = rest.indexOf(':', drive);
    if (colon < 0) {
      parts.push(rest);
      break;
    }
    parts.push(rest.slice(0, colon));
    rest = rest.slice(colon + 1);
  }
  return { source: parts[0] ?? '', target: parts[1], mode: parts[2] };
}

/** Host paths are absolute, relative (`./`, `../`), home (`~`), Windows drives or named pipes; else a named volume. */
function isHostPath(source: string): boolean {
  return /^([./~]|[A-Za-z]:[\\/]|\\\\)/.test(source) || source.startsWith('$');
}

/** `environment:` in map or list form. */
export function environmentOf(service: ComposeService): ComposeVariable[] {
  const environment = service.node.get('environment');
  if (!environment) return [];
  if (environment.kind === 'map') {
    return environment
      .entries()
      .map(([name, node]) => ({ name, value: node.text, region: node.reportRegion, node }));
  }
  return environment.items().flatMap(item => {
    const text = item.text;
    if (!text) return [];
    const at = text.indexOf('=');
    return [
      {
        name: at < 0 ? text : text.slice(0, at),
        value: at < 0 ? undefined : text.slice(at + 1),
        region: item.region,
        node: item
      }
    ];
  });
}

/**
 * A string field of the service (`user`, `network_mode`, `pid`, `ipc`, `isolation`, `platform`),
 * interpolated with its defaults (an unknown variable stays `${VAR}`).
 */
export function serviceText(
  service: ComposeService,
  field: string
): { value: string; node: YamlNode } | undefined {
  const node = service.node.get(field);
  const value = node?.text;
  return node && value !== undefined ? { value: interpolateDefaults(value).value, node } : undefined;
}

/** The items of a list field (`cap_add`, `security_opt`), interpolated, with their nodes. */
export function serviceList(service: ComposeService, field: string): { value: string; node: YamlNode }[] {
  return (service.node.get(field)?.items() ?? []).flatMap(node =>
    node.text !== undefined ? [{ value: interpolateDefaults(node.text).value, node }] : []
  );
}
