import type { Region } from '../../core/location.js';
import type {
  DockerfileDocument,
  DockerInstruction,
  DockerStage
} from '../dockerfile/dockerfile-document.js';
import { finalImageStages } from '../dockerfile/final-image-stages.js';
import { parseCreatedBy } from './history-commands.js';
import { fileLocation, USER_LOCATION } from './image-locations.js';
import type { ImageDocument } from './model.js';

/** The Dockerfile instruction an image finding comes from; `approximate` when it is only the closest one. */
export interface DockerfileOrigin {
  keyword: string;
  region: Region;
  approximate: boolean;
}

const ENV_LOCATION = /^config\.Env\[(\d+)\]$/;
const HISTORY_LOCATION = /^history\[(\d+)\]\.created_by$/;

/**
 * Maps a logical location inside a built image (`config.User`, `config.Env[2]`, `history[5].created_by`,
 * `<layer digest>:<path>`) to the instruction of the Dockerfile that builds it: the final stage's
 * effective USER (else its FROM), the ENV/ARG that sets the variable, the instruction whose history
 * entry matches (COPY/ADD for a file, RUN for a command). Only the final stage and the stages it is
 * built FROM put layers and config into the image. Without a USER the user is the final FROM's. Anything
 * that cannot be matched falls back to the FROM that names the base image, marked approximate: the base
 * image is then the closest known origin.
 */
export function locateInDockerfile(
  logical: string | undefined,
  image: ImageDocument,
  dockerfile: DockerfileDocument
): DockerfileOrigin | undefined {
  const stages = finalImageStages(dockerfile);
  const final = stages[0];
  if (!final) return undefined;
  // The FROM that names the base image (the last stage of the chain) is where anything else came from.
  const base = stages.at(-1) ?? final;
  const fallback = { keyword: 'FROM', region: base.from.region, approximate: true };
  if (logical === USER_LOCATION) {
    const user = lastInstruction(stages, i => i.keyword === 'USER');
    return originOf(user ?? final.from, false);
  }
  const env = ENV_LOCATION.exec(logical ?? '');
  if (env) return envOrigin(image.config.env[Number(env[1])], stages) ?? fallback;
  const history = HISTORY_LOCATION.exec(logical ?? '');
  const file = history ? undefined : image.files.find(f => fileLocation(f) === logical);
  const entryIndex = history
    ? Number(history[1])
    : image.history.find(entry => file && entry.layerIndex === file.layerIndex)?.index;
  if (entryIndex === undefined) return fallback;
  return historyOrigin(image, entryIndex, stages) ?? fallback;
}

function originOf(instruction: DockerInstruction, approximate: boolean, region?: Region): DockerfileOrigin {
  return { keyword: instruction.keyword, region: region ?? instruction.region, approximate };
}

/** Stages are final first; within a stage the later instruction wins, as it does in the build. */
function lastInstruction(
  stages: DockerStage[],
  matches: (instruction: DockerInstruction) => boolean
): DockerInstruction | undefined {
  for (const stage of stages) {
    const found = lastOf(stage.instructions, matches);
    if (found) return found;
  }
  return undefined;
}

function lastOf<T>(items: readonly T[], matches: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (matches(items[i] as T)) return items[i];
  return undefined;
}

/** The ENV that sets the variable (its `NAME=value` pair), else an ARG of that name (an `ENV K=$K` elsewhere). */
function envOrigin(entry: string | undefined, stages: DockerStage[]): DockerfileOrigin | undefined {
  if (entry === undefined) return undefined;
  const equals = entry.indexOf('=');
  const name = equals < 0 ? entry : entry.slice(0, equals);
  for (const keyword of ['ENV', 'ARG']) {
    const found = lastInstruction(
      stages,
      i => i.keyword === keyword && i.properties.some(p => p.name === name)
    );
    const property = found && lastOf(found.properties, p => p.name === name);
    if (found) return originOf(found, false, property?.region);
  }
  return undefined;
}

/**
 * The instruction whose normalised text equals the history entry's. Entries with the same text (two
 * identical RUNs) are paired in order: the n-th such entry goes to the n-th such instruction.
 */
function historyOrigin(
  image: ImageDocument,
  entryIndex: number,
  stages: DockerStage[]
): DockerfileOrigin | undefined {
  const entry = image.history[entryIndex];
  if (!entry) return undefined;
  const text = normaliseCreatedBy(entry.createdBy);
  const earlier = image.history
    .slice(0, entryIndex)
    .filter(e => normaliseCreatedBy(e.createdBy) === text).length;
  const instructions = [...stages].reverse().flatMap(stage => stage.instructions);
  const matches = instructions.filter(i => normaliseInstruction(i) === text);
  const instruction = matches[earlier] ?? matches.at(-1);
  return instruction ? originOf(instruction, false) : undefined;
}

/**
 * `RUN |2 A=1 B=2 /bin/sh -c apk add curl # buildkit` → `RUN apk add curl`; `ENV K=v # buildkit`,
 * `COPY a /dst # buildkit` and the classic builder's `/bin/sh -c #(nop)  USER app` → the instruction
 * as BuildKit writes it. Whitespace runs become one space (line continuations leave several).
 */
export function normaliseCreatedBy(createdBy: string): string {
  const command = parseCreatedBy(createdBy);
  if (command) return collapse(`RUN ${command.script}`);
  const text = collapse(createdBy)
    .replace(/ # buildkit$/, '')
    .replace(/^(?:\/bin\/)?sh -c #\(nop\) /, '');
  return text;
}

/** The instruction as BuildKit records it in history: COPY/ADD without flags, ENV as `K=v` pairs. */
function normaliseInstruction(instruction: DockerInstruction): string {
  const { keyword } = instruction;
  if (keyword === 'RUN')
    return collapse(`RUN ${instruction.execForm ? instruction.execForm.join(' ') : instruction.argsText}`);
  if (keyword === 'COPY' || keyword === 'ADD')
    return collapse(`${keyword} ${instruction.args.map(a => a.value).join(' ')}`);
  if (keyword === 'ENV')
    return collapse(`ENV ${instruction.properties.map(p => `${p.name}=${p.value ?? ''}`).join(' ')}`);
  return collapse(`${keyword} ${instruction.argsText}`);
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
