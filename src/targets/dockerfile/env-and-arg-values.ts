import type { DockerfileDocument, DockerInstruction, DockerStage } from './dockerfile-document.js';
import { expandVariables } from './expand-variables.js';

/** An ENV value or ARG default as the image will hold it. */
export interface NamedValue {
  instruction: DockerInstruction;
  stage?: DockerStage;
  name: string;
  /** After substitution when every reference resolves (an ENV taking a literal from an ARG default), else as written. */
  value: string;
}

/** Every ENV value and ARG default of the Dockerfile, global ARGs included; bare `ARG X` is left out. */
export function envAndArgValues(document: DockerfileDocument): NamedValue[] {
  const values: NamedValue[] = [];
  for (const instruction of document.instructions) {
    if (instruction.keyword !== 'ENV' && instruction.keyword !== 'ARG') continue;
    const stage = document.stages[instruction.stageIndex];
    for (const property of instruction.properties) {
      if (property.value === undefined) continue;
      const expanded = expandVariables(property.value, instruction.scope, document.escapeChar);
      values.push({
        instruction,
        stage,
        name: property.name,
        value: expanded.resolved ? expanded.value : property.value
      });
    }
  }
  return values;
}
