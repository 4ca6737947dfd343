import type { DockerfileDocument, DockerInstruction } from './dockerfile-document.js';

/** 1-based line of a string offset. */
export function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
  }
  return line;
}

/** The instruction whose lines include `line` (heredoc bodies belong to their instruction). */
export function instructionAtLine(document: DockerfileDocument, line: number): DockerInstruction | undefined {
  return document.instructions.find(i => i.region.startLine <= line && line <= i.region.endLine);
}
