import type { Note } from '../core/finding.js';
import type { Region } from '../core/location.js';
import type { TargetDocuments, TargetKind } from '../core/target.js';
import { parseDockerfile } from '../targets/dockerfile/parse-dockerfile.js';
import { isTemplate } from './classify-file.js';

/** What parsing a file gave: a document for the rules, a parse error (BH000), or a reason to skip it. */
export type ParseOutcome =
  | { kind: 'document'; document: TargetDocuments[keyof TargetDocuments] }
  | { kind: 'error'; message: string; region: Region }
  | { kind: 'skip'; note: Note };

type Parser = (text: string, path: string) => ParseOutcome;

const PARSERS: Partial<Record<TargetKind, Parser>> = {
  dockerfile: (text, path) => {
    if (isTemplate(text)) {
      return {
        kind: 'skip',
        note: {
          kind: 'template',
          file: path,
          message: 'Template file (`{{ … }}`): skipped; scan the rendered output instead.'
        }
      };
    }
    return { kind: 'document', document: parseDockerfile(text) };
  }
};

/** Parses a classified file. Never throws: an exception from a parser becomes a parse error at line 1. */
export function parseTarget(kind: TargetKind, text: string, path: string): ParseOutcome {
  const parser = PARSERS[kind];
  if (!parser)
    return { kind: 'skip', note: { kind: 'skipped', file: path, message: `No parser for ${kind} yet.` } };
  try {
    return parser(text, path);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      kind: 'error',
      message: `Could not parse the file: ${message}`,
      region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 }
    };
  }
}
