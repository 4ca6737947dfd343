import type { Node } from 'yaml';
import { isMap, isScalar, parseDocument } from '../targets/yaml/yaml-library.js';

/** Values deeper than this are not looked at (switches sit near the top of values.yaml). */
const MAX_DEPTH = 6;

/** A value the Windows pass sets: a key path and what it sets it to. */
export interface WindowsSwitch {
  path: string[];
  value: true | 'windows';
}

/**
 * A template comparing a value with "windows" (`eq .Values.targetSystem "windows"`, either order,
 * `$.Values` too): the value is a string switch that selects the Windows workloads.
 */
const COMPARED_WITH_WINDOWS =
  /\b(?:eq|ne)\s+(?:\(\s*)?\$?\.Values\.([A-Za-z0-9_.]+)\s*\)?\s+"windows"|\b(?:eq|ne)\s+"windows"\s+(?:\(\s*)?\$?\.Values\.([A-Za-z0-9_.]+)/gi;

/**
 * Values in a chart's `values.yaml` that are off by default and turn Windows workloads on. Booleans,
 * false by default, whose key path names Windows: `windows.enabled`, `windows: {enabled: false}`,
 * `enableWindows`, `windowsEnabled`, `node.windows.enabled`. And strings that a template compares with
 * "windows" (`templates`: the chart's template files), set to another value by default: DataDog's
 * `targetSystem: "linux"`. CSI and CNI drivers and monitoring agents keep their Windows DaemonSets
 * behind such a switch, so a default render never shows them.
 */
export function findWindowsSwitches(valuesText: string, templates: readonly string[] = []): WindowsSwitch[] {
  let root: Node | null;
  try {
    root = parseDocument(valuesText).contents as Node | null;
  } catch {
    return [];
  }
  const compared = comparedWithWindows(templates);
  const switches: WindowsSwitch[] = [];
  const visit = (node: unknown, path: string[]): void => {
    if (!isMap(node) || path.length >= MAX_DEPTH) return;
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (key === undefined) continue;
      const keyPath = [...path, key];
      const value = isScalar(pair.value) ? pair.value.value : undefined;
      if (value === false && isWindowsSwitch(keyPath)) switches.push({ path: keyPath, value: true });
      else if (
        typeof value === 'string' &&
        value.toLowerCase() !== 'windows' &&
        compared.has(keyPath.join('.'))
      )
        switches.push({ path: keyPath, value: 'windows' });
      else visit(pair.value, keyPath);
    }
  };
  visit(root, []);
  return switches;
}

/** The dotted value paths the templates compare with "windows". */
function comparedWithWindows(templates: readonly string[]): Set<string> {
  const paths = new Set<string>();
  for (const text of templates) {
    if (!/"windows"/i.test(text)) continue;
    for (const match of text.matchAll(COMPARED_WITH_WINDOWS)) paths.add((match[1] ?? match[2]) as string);
  }
  return paths;
}

function isWindowsSwitch(path: string[]): boolean {
  const last = (path.at(-1) ?? '').toLowerCase();
  // A boolean named `windows` is the switch itself (retina's `os: {linux: true, windows: false}`).
  if (/^(windows|enable_?windows|windows_?enabled?|deploy_?windows|install_?windows)$/.test(last))
    return true;
  // `windows.enabled`, and a Windows-only part below it such as `windows.csiproxy.enabled`.
  return (
    /^(enabled?|deploy|install)$/.test(last) &&
    path.slice(0, -1).some(key => /windows|^win$|^win[-_]|[-_]win$/i.test(key))
  );
}

/** A values file that sets every switch (given with `--values`, so dotted keys need no escaping). */
export function switchesOnValues(switches: readonly WindowsSwitch[]): string {
  const root: Record<string, unknown> = {};
  for (const { path, value } of switches) {
    let at = root;
    path.forEach((key, index) => {
      if (index === path.length - 1) at[key] = value;
      else at = (at[key] ??= {}) as Record<string, unknown>;
    });
  }
  return JSON.stringify(root);
}

/** `windows.enabled=true, targetSystem=windows`, for messages and the SARIF property. */
export function describeSwitches(switches: readonly WindowsSwitch[]): string {
  return switches.map(({ path, value }) => `${path.join('.')}=${value}`).join(', ');
}
