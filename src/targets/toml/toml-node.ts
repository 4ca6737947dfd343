import type { AST } from 'toml-eslint-parser';
import { ParseError, parseTOML } from './toml-library.js';
import { InputParseError, errorMessage } from '../../core/errors.js';
import type { Region } from '../../core/location.js';
import type { ConfigNode } from '../config-node.js';

/**
 * The logical TOML tree: table headers (`[a.b]`, `[[x]]`), dotted keys and inline tables merged into
 * one tree the way TOML defines them (https://toml.io/en/v1.0.0#table), each value with its position.
 */
export type TomlTree = TomlMap | TomlSeq | TomlScalar;

interface TomlBase {
  /** The value's region (for a table: its header and body; for an array of tables item: its `[[…]]` table). */
  region: Region;
  /** The key's region: for a table defined by a header, the key part in the header. */
  keyRegion?: Region;
}

interface TomlMap extends TomlBase {
  kind: 'map';
  entries: Map<string, TomlTree>;
  /** Created by a longer header or dotted key, not (yet) by its own header. */
  implicit: boolean;
}

interface TomlSeq extends TomlBase {
  kind: 'seq';
  items: TomlTree[];
}

interface TomlScalar extends TomlBase {
  kind: 'scalar';
  value: string | number | boolean;
}

/**
 * A read-only view of one TOML value with 1-based positions, implementing ConfigNode like YamlNode.
 * `reportRegion` is the key's region for a table entry (for a table defined by a header: the key part
 * in the header), and for an `[[array]]` item the `x` of its own `[[x]]` header, so findings land on
 * the line that names the setting.
 */
export class TomlNode implements ConfigNode {
  constructor(private readonly tree: TomlTree) {}

  get kind(): 'map' | 'seq' | 'scalar' {
    return this.tree.kind;
  }

  get region(): Region {
    return this.tree.region;
  }

  get keyRegion(): Region | undefined {
    return this.tree.keyRegion;
  }

  get reportRegion(): Region {
    return this.tree.keyRegion ?? this.tree.region;
  }

  get line(): number {
    return this.reportRegion.startLine;
  }

  get(key: string): TomlNode | undefined {
    if (this.tree.kind !== 'map') return undefined;
    const child = this.tree.entries.get(key);
    return child ? new TomlNode(child) : undefined;
  }

  at(...path: string[]): TomlNode | undefined {
    return path.reduce<TomlNode | undefined>((node, key) => node?.get(key), this);
  }

  entries(): [string, TomlNode][] {
    if (this.tree.kind !== 'map') return [];
    return [...this.tree.entries].map(([key, child]) => [key, new TomlNode(child)]);
  }

  items(): TomlNode[] {
    return this.tree.kind === 'seq' ? this.tree.items.map(item => new TomlNode(item)) : [];
  }

  /** Strings, numbers and booleans as parsed; date-times as written. */
  get scalar(): string | number | boolean | undefined {
    return this.tree.kind === 'scalar' ? this.tree.value : undefined;
  }

  get text(): string | undefined {
    const value = this.scalar;
    return value === undefined ? undefined : String(value);
  }

  /** Only a TOML boolean `true` (the string "true" is not). */
  get isTrue(): boolean {
    return this.scalar === true;
  }

  /** The strings of an array (other items skipped); a single string as a one-item list. */
  strings(): TomlNode[] {
    if (this.tree.kind === 'scalar') return typeof this.tree.value === 'string' ? [this] : [];
    return this.items().filter(item => typeof item.scalar === 'string');
  }
}

/**
 * Parses a TOML file into its root table. Syntax errors (and what TOML forbids, such as defining a key
 * twice) throw InputParseError at the parser's position; pathological input (nesting deep enough to
 * exhaust the stack) throws InputParseError too, never anything else.
 */
export function parseToml(text: string): TomlNode {
  // A BOM is not valid TOML; a space keeps every offset, so positions still match the file.
  const source = text.startsWith('\uFEFF') ? ` ${text.slice(1)}` : text;
  let program: AST.TOMLProgram;
  try {
    program = parseTOML(source);
  } catch (error) {
    if (error instanceof ParseError)
      throw new InputParseError(`Invalid TOML: ${error.message}`, error.lineNumber, error.column + 1);
    throw new InputParseError(`Invalid TOML: ${errorMessage(error)}`);
  }
  try {
    return new TomlNode(buildTree(program));
  } catch (error) {
    throw new InputParseError(`Invalid TOML: ${errorMessage(error)}`);
  }
}

function buildTree(program: AST.TOMLProgram): TomlTree {
  const top = program.body[0];
  const root: TomlMap = { kind: 'map', entries: new Map(), implicit: false, region: regionOf(program.loc) };
  for (const node of top.body) {
    if (node.type === 'TOMLKeyValue') addKeyValue(root, node);
    else addTable(root, node);
  }
  return root;
}

function addTable(root: TomlMap, table: AST.TOMLTable): void {
  const parts = table.key.keys;
  const last = parts[parts.length - 1];
  if (!last) return;
  let parent = root;
  for (const part of parts.slice(0, -1)) parent = descend(parent, part, regionOf(table.loc));
  const name = keyName(last);
  const keyRegion = regionOf(last.loc);
  let target: TomlMap;
  if (table.kind === 'array') {
    let seq = parent.entries.get(name);
    if (seq?.kind !== 'seq') {
      seq = { kind: 'seq', items: [], region: regionOf(table.loc), keyRegion };
      parent.entries.set(name, seq);
    }
    target = { kind: 'map', entries: new Map(), implicit: false, region: regionOf(table.loc), keyRegion };
    seq.items.push(target);
  } else {
    const existing = parent.entries.get(name);
    if (existing?.kind === 'map') {
      target = existing;
      if (target.implicit) Object.assign(target, { implicit: false, region: regionOf(table.loc), keyRegion });
    } else {
      target = { kind: 'map', entries: new Map(), implicit: false, region: regionOf(table.loc), keyRegion };
      parent.entries.set(name, target);
    }
  }
  for (const keyValue of table.body) addKeyValue(target, keyValue);
}

/** The table a key part names, created (implicitly) when missing; `[[x]]` parts continue in the last item. */
function descend(parent: TomlMap, part: AST.TOMLBare | AST.TOMLQuoted, region: Region): TomlMap {
  const name = keyName(part);
  const existing = parent.entries.get(name);
  if (existing?.kind === 'map') return existing;
  if (existing?.kind === 'seq') {
    const last = existing.items[existing.items.length - 1];
    if (last?.kind === 'map') return last;
  }
  const created: TomlMap = {
    kind: 'map',
    entries: new Map(),
    implicit: true,
    region,
    keyRegion: regionOf(part.loc)
  };
  parent.entries.set(name, created);
  return created;
}

function addKeyValue(table: TomlMap, keyValue: AST.TOMLKeyValue): void {
  const parts = keyValue.key.keys;
  const last = parts[parts.length - 1];
  if (!last) return;
  let parent = table;
  for (const part of parts.slice(0, -1)) parent = descend(parent, part, regionOf(keyValue.loc));
  const value = valueOf(keyValue.value);
  value.keyRegion = regionOf(last.loc);
  parent.entries.set(keyName(last), value);
}

function valueOf(node: AST.TOMLContentNode): TomlTree {
  const region = regionOf(node.loc);
  switch (node.type) {
    case 'TOMLArray':
      return { kind: 'seq', items: node.elements.map(valueOf), region };
    case 'TOMLInlineTable': {
      const map: TomlMap = { kind: 'map', entries: new Map(), implicit: false, region };
      for (const keyValue of node.body) addKeyValue(map, keyValue);
      return map;
    }
    default:
      return { kind: 'scalar', value: scalarOf(node), region };
  }
}

function scalarOf(node: AST.TOMLValue): string | number | boolean {
  switch (node.kind) {
    case 'string':
    case 'integer':
    case 'float':
    case 'boolean':
      return node.value;
    default:
      return node.datetime;
  }
}

function keyName(part: AST.TOMLBare | AST.TOMLQuoted): string {
  return part.type === 'TOMLBare' ? part.name : part.value;
}

/** toml-eslint-parser columns are 0-based with an exclusive end: +1 gives our 1-based exclusive end. */
function regionOf(loc: AST.SourceLocation): Region {
  return {
    startLine: loc.start.line,
    startColumn: loc.start.column + 1,
    endLine: loc.end.line,
    endColumn: loc.end.column + 1
  };
}
