import type { Node } from 'yaml';
import { isMap, isScalar, parseDocument } from '../targets/yaml/yaml-library.js';

/** Values deeper than this are not looked at (switches sit near the top of values.yaml). */
const MAX_DEPTH = 6;

/**
 * Boolean values in a chart's `values.yaml` that are off by default and turn Windows workloads on:
 * `windows.enabled`, `windows: {enabled: false}`, `enableWindows`, `windowsEnabled`,
 * `node.windows.enabled`. Returned as key paths. CSI and CNI drivers keep their HostProcess DaemonSets
 * behind such a switch, so a default render never shows them.
 */
export function findWindowsSwitches(valuesText: string): string[][] {
  let root: Node | null;
  try {
    root = parseDocument(valuesText).contents as Node | null;
  } catch {
    return [];
  }
  const switches: string[][] = [];
  const visit = (node: unknown, path: string[]): void => {
    if (!isMap(node) || path.length >= MAX_DEPTH) return;
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (key === undefined) continue;
      const keyPath = [...path, key];
      if (isScalar(pair.value) && pair.value.value === false && isWindowsSwitch(keyPath))
        switches.push(keyPath);
      else visit(pair.value, keyPath);
    }
  };
  visit(root, []);
  return switches;
}

function isWindowsSwitch(path: string[]): boolean {
  const last = (path.at(-1) ?? '').toLowerCase();
  if (/^(enable_?windows|windows_?enabled?|deploy_?windows|install_?windows)$/.test(last)) return true;
  // `windows.enabled`, and a Windows-only part below it such as `windows.csiproxy.enabled`.
  return (
    /^(enabled?|deploy|install)$/.test(last) &&
    path.slice(0, -1).some(key => /windows|^win$|^win[-_]|[-_]win$/i.test(key))
  );
}

/** A values file that sets every switch to true (given with `--values`, so dotted keys need no escaping). */
export function switchesOnValues(switches: string[][]): string {
  const root: Record<string, unknown> = {};
  for (const path of switches) {
    let at = root;
    path.forEach((key, index) => {
      if (index === path.length - 1) at[key] = true;
      else at = (at[key] ??= {}) as Record<string, unknown>;
    });
  }
  return JSON.stringify(root);
}

/** `windows.enabled=true, enableWindows=true`, for messages and the SARIF property. */
export function describeSwitches(switches: string[][]): string {
  return switches.map(path => `${path.join('.')}=true`).join(', ');
}
