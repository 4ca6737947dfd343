import type { Region } from '../../core/location.js';
import { InputParseError } from '../../core/errors.js';
import type { YamlNode } from '../yaml/yaml-node.js';
import type { RegistryConfigDocument } from './registry-config-document.js';
import type { RegistryFormat } from './registry-format.js';

/**
 * A registry config written as a YAML string inside another file (a workflow's
 * `buildkitd-config-inline: |`, a kind `Cluster`'s `containerdConfigPatches` items), parsed as
 * `format` with every region moved to the host file's lines and columns. A block scalar is mapped
 * line for line (its content starts on the line after the `|` header, shifted by its indentation);
 * a quoted or plain string cannot be mapped inside, so everything in it is placed at the string. A
 * syntax error is rethrown at its line in the host file, its message starting with `label`.
 */
export function readEmbeddedConfig(
  node: YamlNode,
  path: string,
  format: RegistryFormat,
  label: string
): RegistryConfigDocument {
  const { text, moved } = node.style === 'block' ? blockText(node) : flowText(node);
  try {
    const document = format.parse(text, path);
    return {
      ...document,
      insecureEndpoints: document.insecureEndpoints.map(e => ({ ...e, region: moved(e.region) })),
      listeners: document.listeners.map(l => ({ ...l, region: moved(l.region) })),
      credentials: document.credentials.map(c => ({ ...c, region: moved(c.region) })),
      trustWeaknesses: document.trustWeaknesses.map(w => ({ ...w, region: moved(w.region) })),
      ...(document.shortNames
        ? { shortNames: { ...document.shortNames, region: moved(document.shortNames.region) } }
        : {})
    };
  } catch (error) {
    if (!(error instanceof InputParseError)) throw error;
    const at = moved({
      startLine: error.line,
      startColumn: error.column,
      endLine: error.line,
      endColumn: error.column
    });
    throw new InputParseError(`${label}: ${error.message}`, at.startLine, at.startColumn);
  }
}

interface EmbeddedText {
  text: string;
  moved(region: Region): Region;
}

/** A block scalar's lines as written, less their common indentation. */
function blockText(node: YamlNode): EmbeddedText {
  const lines = (node.raw ?? '').replace(/\r/g, '').split('\n');
  const indent = lines.reduce(
    (least, line) => (line.trim() === '' ? least : Math.min(least, line.length - line.trimStart().length)),
    Number.POSITIVE_INFINITY
  );
  const shift = Number.isFinite(indent) ? indent : 0;
  // The block's content starts on the line after its `|` header.
  const firstLine = node.region.startLine + 1;
  return {
    text: lines.map(line => line.slice(shift)).join('\n'),
    moved: region => ({
      startLine: region.startLine + firstLine - 1,
      startColumn: region.startColumn + shift,
      endLine: region.endLine + firstLine - 1,
      endColumn: region.endColumn + shift
    })
  };
}

/** A quoted or plain string's value; positions inside it are not the file's, so all go to the string. */
function flowText(node: YamlNode): EmbeddedText {
  const at = node.region;
  return { text: node.text ?? '', moved: () => at };
}
