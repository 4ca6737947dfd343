import type { Fix, FixSafety, TextEdit } from '../../core/fix.js';
import type { YamlNode } from '../yaml/yaml-node.js';
import { removeEntry, replaceScalar, setEntries, setEntry } from '../yaml/yaml-edits.js';
import type { PodWorkload, WorkloadContainer } from './kubernetes-document.js';

/** A fix from edits that all could be built; undefined when any could not (the file stays as it is). */
export function fixOf(
  description: string,
  safety: FixSafety,
  edits: readonly (TextEdit | undefined)[]
): Fix | undefined {
  const built = edits.filter((e): e is TextEdit => e !== undefined);
  return built.length === edits.length && built.length > 0
    ? { description, safety, edits: built }
    : undefined;
}

/** As a `fixes` entry of a report: spread `...fixes(fix)`. */
export function fixes(fix: Fix | undefined): { fixes?: Fix[] } {
  return fix ? { fixes: [fix] } : {};
}

/** Sets `securityContext.<path>` of a container to `value`, merged into an existing security context. */
export function containerSettingFix(
  container: WorkloadContainer,
  path: readonly string[],
  value: string,
  safety: FixSafety
): Fix | undefined {
  const description = `Set 'securityContext.${path.join('.')}: ${value}' on container '${container.name}'.`;
  return fixOf(description, safety, [setEntry(container.node, ['securityContext', ...path], value)]);
}

/** Sets `securityContext.<path>` of the pod to `value`, merged into an existing security context. */
export function podSettingFix(
  workload: PodWorkload,
  path: readonly string[],
  value: string,
  safety: FixSafety
): Fix | undefined {
  const description = `Set the pod's 'securityContext.${path.join('.')}: ${value}'.`;
  return fixOf(description, safety, [setEntry(workload.spec, ['securityContext', ...path], value)]);
}

/** Replaces a scalar setting with `value`. */
export function replaceSettingFix(
  node: YamlNode,
  value: string,
  safety: FixSafety,
  what: string
): Fix | undefined {
  return fixOf(`Set ${what} to '${value}'.`, safety, [replaceScalar(node, value)]);
}

/** Removes a field from the mapping that holds it. */
export function removeFieldFix(map: YamlNode | undefined, field: string, why: string): Fix | undefined {
  return map ? fixOf(`Remove '${field}': ${why}`, 'safe', [removeEntry(map, field)]) : undefined;
}

/**
 * Runs the pod's Windows containers as `ContainerUser` (pod-level `windowsOptions.runAsUserName`),
 * dropping a container-level override; review: a process that needs administrator rights stops working.
 */
export function windowsUserFix(workload: PodWorkload, override?: WorkloadContainer): Fix | undefined {
  const edits = [
    setEntry(workload.spec, ['securityContext', 'windowsOptions', 'runAsUserName'], 'ContainerUser')
  ];
  if (override) edits.push(removeOverride(override));
  const dropped = override ? ` and drop container '${override.name}''s own admin user` : '';
  return fixOf(`Run the pod as 'ContainerUser'${dropped}.`, 'review', edits);
}

/** The first mapping of `candidates` that holds `field` at `node`'s position (pod spec or pod security context). */
export function holderOf(
  node: YamlNode,
  field: string,
  candidates: (YamlNode | undefined)[]
): YamlNode | undefined {
  const at = node.reportRegion;
  return candidates.find(map => {
    const own = map?.get(field)?.reportRegion;
    return own?.startLine === at.startLine && own.startColumn === at.startColumn;
  });
}

/** The unprivileged uid the fixes choose: above the ranges distributions hand out to system and login users. */
const APP_UID = '10001';

/**
 * BH502: a container that must not run as root. With an image known to run as root, `runAsNonRoot`
 * alone would stop the kubelet from starting it, so a non-root uid comes with it. Review: files the
 * process writes must be writable by that uid.
 */
export function nonRootFix(container: WorkloadContainer, imageRunsAsRoot: boolean): Fix | undefined {
  const entries: [string, string][] = [['runAsNonRoot', 'true']];
  if (imageRunsAsRoot) entries.push(['runAsUser', APP_UID]);
  const what = imageRunsAsRoot ? `'runAsNonRoot: true' and 'runAsUser: ${APP_UID}'` : "'runAsNonRoot: true'";
  const edits = setEntries(container.node, ['securityContext'], entries);
  return fixOf(
    `Set ${what} on container '${container.name}'.`,
    'review',
    edits?.length ? edits : [undefined]
  );
}

/** BH502 with `runAsUser: 0`: an unprivileged uid instead (review, as above). */
export function unprivilegedUidFix(node: YamlNode): Fix | undefined {
  return replaceSettingFix(node, APP_UID, 'review', "'runAsUser'");
}

/**
 * BH608: the double-quoted user name as the author wrote it, single-quoted, where a backslash is an
 * ordinary character (https://yaml.org/spec/1.2.2/#single-quoted-style). Safe: the value becomes
 * the one the author meant, which Kubernetes then validates.
 */
export function singleQuotedFix(node: YamlNode, intended: string): Fix | undefined {
  if (/[\r\n]/.test(intended)) return undefined; // a multi-line scalar folds differently in each style
  const quoted = `'${intended.replace(/'/g, "''")}'`;
  return fixOf(`Write the user name single-quoted: ${quoted}.`, 'safe', [replaceScalar(node, quoted)]);
}

/** Removes a container's `windowsOptions.runAsUserName`, and the maps that would be left empty. */
function removeOverride(container: WorkloadContainer): TextEdit | undefined {
  const context = container.securityContext;
  const options = context?.get('windowsOptions');
  if (!context || !options) return undefined;
  if (options.entries().length > 1) return removeEntry(options, 'runAsUserName');
  if (context.entries().length > 1) return removeEntry(context, 'windowsOptions');
  return removeEntry(container.node, 'securityContext');
}
