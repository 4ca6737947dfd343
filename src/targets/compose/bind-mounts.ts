import type { ComposeService } from './compose-document.js';
import { hostMounts, type ComposeMount } from './service-fields.js';

/**
 * Host paths a service mounts: bind mounts, minus one-part short entries (`- /app/node_modules` is an
 * anonymous volume at that container path, not a host path), plus long-syntax `type: npipe` mounts
 * of Windows named pipes (`\\.\pipe\docker_engine`)
 * (https://docs.docker.com/reference/compose-file/services/#volumes).
 */
export function bindMounts(service: ComposeService): ComposeMount[] {
  const pipes = (service.node.get('volumes')?.items() ?? []).flatMap(item => {
    const source = item.get('source')?.text;
    if (item.get('type')?.text !== 'npipe' || !source) return [];
    const target = item.get('target')?.text;
    return [{ source, target, readOnly: item.get('read_only')?.isTrue === true, region: item.region }];
  });
  const mounts = [...hostMounts(service).filter(mount => mount.target !== undefined), ...pipes];
  return mounts.sort((a, b) => a.region.startLine - b.region.startLine);
}
