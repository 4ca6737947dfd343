import type { Node } from 'yaml';
import { isMap, isScalar, parseDocument } from '../targets/yaml/yaml-library.js';

/** Values deeper than this are not looked at (switches sit near the top of values.yaml). */
const MAX_DEPTH = 6;

/** A value the Windows pass sets: a key path and what it sets it to. */
export interface WindowsSwitch {
  path: string[];
  value: true | 'windows';
}

/** A values reference (`.Values.os`, `$.Values.os`, `$root.Values.os`): group 1 is its path. */
const VALUE = String.raw`(?:\$\w*)?\.Values\.([A-Za-z0-9_.]+)`;

/** What a template may do to the value before the test: `lower`, `default "linux"`, `splitList " "`. */
const FILTER = String.raw`(?:lower|upper|trim|toString|default\s+"[^"]*"|splitList\s+"[^"]*")`;

/** The value as an argument: `.Values.os`, `(lower .Values.os)`, `(splitList " " (lower .Values.os))`. */
const ARGUMENT = String.raw`(?:\(\s*|${FILTER}\s+)*${VALUE}`;

/** Closing parentheses (each space run is matched one way only, so a long one costs no backtracking). */
const CLOSE = String.raw`(?:\s*\))*`;

/** The value piped on to the test: `.Values.os | lower |`, `(lower .Values.os) |`. */
const PIPED = String.raw`${VALUE}${CLOSE}(?:\s*\|\s*${FILTER}${CLOSE})*\s*\|\s*`;

const pattern = (source: string): RegExp => new RegExp(source, 'gi');

/**
 * A template comparing a value with "windows" (`eq .Values.targetSystem "windows"`, either order,
 * piped, or lowered first): the value is a string switch that selects the Windows workloads.
 */
const EQUALS_WINDOWS = [
  pattern(String.raw`\b(?:eq|ne)\s+${ARGUMENT}${CLOSE}\s+"windows"`),
  pattern(String.raw`\b(?:eq|ne)\s+"windows"\s+${ARGUMENT}`),
  pattern(String.raw`${PIPED}(?:eq|ne)\s+"windows"`)
];

/**
 * A template looking for "windows" in a value: `contains` (aws-node-termination-handler's
 * `lower .Values.targetNodeOs | contains "windows"`, its value "linux", "windows" or "linux windows"),
 * `has` in a split list, or a `regexMatch` pattern naming Windows. Tests like these also fit values
 * that are no OS choice (an image name), so they only make a switch of a value that is `linux`.
 */
const MENTIONS_TEST = String.raw`(?:contains\s+"windows"|has\s+"windows"|regexMatch\s+"[^"]*windows[^"]*")`;
const MENTIONS_WINDOWS = [
  pattern(String.raw`\b${MENTIONS_TEST}\s+${ARGUMENT}`),
  pattern(String.raw`${PIPED}${MENTIONS_TEST}`)
];

/**
 * Values in a chart's `values.yaml` that are off by default and turn Windows workloads on. Booleans,
 * false by default, whose key path names Windows: `windows.enabled`, `windows: {enabled: false}`,
 * `enableWindows`, `windowsEnabled`, `node.windows.enabled`. And strings that a template compares with
 * "windows" (`templates`: the chart's template files), set to another value by default: DataDog's
 * `targetSystem: "linux"`; or that a template looks for "windows" in, `linux` by default:
 * aws-node-termination-handler's `targetNodeOs: linux`. CSI and CNI drivers and monitoring agents
 * keep their Windows DaemonSets behind such a switch, so a default render never shows them.
 */
export function findWindowsSwitches(valuesText: string, templates: readonly string[] = []): WindowsSwitch[] {
  let root: Node | null;
  try {
    root = parseDocument(valuesText).contents as Node | null;
  } catch {
    return [];
  }
  const equals = valuesTested(templates, EQUALS_WINDOWS);
  const mentions = valuesTested(templates, MENTIONS_WINDOWS);
  // A value the templates look for "windows" in is a switch only when it is `linux` by default.
  const isStringSwitch = (path: string, value: string): boolean =>
    value.toLowerCase() !== 'windows' &&
    (equals.has(path) || (mentions.has(path) && value.trim().toLowerCase() === 'linux'));
  const switches: WindowsSwitch[] = [];
  const visit = (node: unknown, path: string[]): void => {
    if (!isMap(node) || path.length >= MAX_DEPTH) return;
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (key === undefined) continue;
      const keyPath = [...path, key];
      const value = isScalar(pair.value) ? pair.value.value : undefined;
      if (value === false && isWindowsSwitch(keyPath)) switches.push({ path: keyPath, value: true });
      else if (typeof value === 'string' && isStringSwitch(keyPath.join('.'), value))
        switches.push({ path: keyPath, value: 'windows' });
      else visit(pair.value, keyPath);
    }
  };
  visit(root, []);
  return switches;
}

/** The dotted value paths the templates test with one of `patterns`. */
function valuesTested(templates: readonly string[], patterns: readonly RegExp[]): Set<string> {
  const paths = new Set<string>();
  for (const text of templates) {
    if (!/windows/i.test(text)) continue;
    for (const re of patterns) for (const match of text.matchAll(re)) paths.add(match[1] as string);
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
