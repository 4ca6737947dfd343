import type { DockerfileDocument, DockerInstruction } from './dockerfile-document.js';
import { expandVariables } from './expand-variables.js';

/** One source of a COPY/ADD from the build context, after ARG/ENV substitution. */
export interface CopySource {
  instruction: DockerInstruction;
  source: string;
}

/**
 * Sources that COPY/ADD take from the build context, in every stage: not `--from` (another stage or
 * image), not URLs or git repositories (ADD), not heredocs, not sources whose variables are unknown.
 */
export function copySources(document: DockerfileDocument): CopySource[] {
  const sources: CopySource[] = [];
  for (const stage of document.stages) {
    for (const instruction of stage.instructions) {
      if (instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD') continue;
      if (instruction.flags.some(f => f.name === 'from') || instruction.heredocs.length) continue;
      const words = instruction.execForm ?? instruction.args.map(a => a.value);
      for (const written of words.slice(0, -1)) {
        const expanded = expandVariables(written, instruction.scope, document.escapeChar);
        if (
          !expanded.resolved ||
          /^[a-z][a-z0-9+.-]*:\/\//i.test(expanded.value) ||
          expanded.value.startsWith('git@')
        )
          continue;
        sources.push({ instruction, source: expanded.value });
      }
    }
  }
  return sources;
}
