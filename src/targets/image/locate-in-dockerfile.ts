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
  const index = originIndex(image, dockerfile);
  if (!index) return undefined;
  const { final, base } = index;
  const fallback = { keyword: 'FROM', region: base.from.region, approximate: true };
  if (logical === USER_LOCATION) return originOf(index.user ?? final.from, false);
  const env = ENV_LOCATION.exec(logical ?? '');
  if (env) return envOrigin(image.config.env[Number(env[1])], index) ?? fallback;
  const history = HISTORY_LOCATION.exec(logical ?? '');
  const entryIndex = history
    ? Number(history[1])
    : index.historyOfLayer.get(index.fileLayer.get(logical ?? '') ?? -1);
  if (entryIndex === undefined) return fallback;
  return historyOrigin(index, entryIndex) ?? fallback;
}

/**
 * What locating needs, computed once per image and Dockerfile: an image with thousands of findings
 * (one per secret-looking `Env` entry or history line) must not rescan its history and the
 * Dockerfile's instructions for each of them.
 */
interface OriginIndex {
  final: DockerStage;
  base: DockerStage;
  user: DockerInstruction | undefined;
  /** `<layer digest>:<path>` → the file's layer. */
  fileLayer: Map<string, number>;
  /** Layer index → the first history entry that made it. */
  historyOfLayer: Map<number, number>;
  /** Per history entry: its normalised text, and how many earlier entries share it. */
  historyText: string[];
  historyRank: number[];
  /** Normalised instruction text → the instructions, base stage first, in build order. */
  instructionsByText: Map<string, DockerInstruction[]>;
  /** `ENV:NAME` / `ARG:NAME` → the instruction and pair that set it last (final stage first). */
  setters: Map<string, { instruction: DockerInstruction; region: Region | undefined }>;
}

const INDEXES = new WeakMap<ImageDocument, WeakMap<DockerfileDocument, OriginIndex | null>>();

function originIndex(image: ImageDocument, dockerfile: DockerfileDocument): OriginIndex | undefined {
  let perImage = INDEXES.get(image);
  if (!perImage) INDEXES.set(image, (perImage = new WeakMap()));
  let index = perImage.get(dockerfile);
  if (index === undefined) perImage.set(dockerfile, (index = buildOriginIndex(image, dockerfile) ?? null));
  return index ?? undefined;
}

function buildOriginIndex(image: ImageDocument, dockerfile: DockerfileDocument): OriginIndex | null {
  const stages = finalImageStages(dockerfile);
  const final = stages[0];
  if (!final) return null;
  const fileLayer = new Map<string, number>();
  for (const file of image.files)
    if (!fileLayer.has(fileLocation(file))) fileLayer.set(fileLocation(file), file.layerIndex);
  const historyOfLayer = new Map<number, number>();
  const historyText: string[] = [];
  const historyRank: number[] = [];
  const seen = new Map<string, number>();
  image.history.forEach((entry, i) => {
    if (entry.layerIndex !== undefined && !historyOfLayer.has(entry.layerIndex))
      historyOfLayer.set(entry.layerIndex, entry.index);
    const text = normaliseCreatedBy(entry.createdBy);
    historyText[i] = text;
    historyRank[i] = seen.get(text) ?? 0;
    seen.set(text, (historyRank[i] ?? 0) + 1);
  });
  const instructionsByText = new Map<string, DockerInstruction[]>();
  for (const stage of [...stages].reverse())
    for (const instruction of stage.instructions) {
      const text = normaliseInstruction(instruction);
      const list = instructionsByText.get(text);
      if (list) list.push(instruction);
      else instructionsByText.set(text, [instruction]);
    }
  // Stages are final first; within a stage the later instruction wins, as it does in the build.
  const setters: OriginIndex['setters'] = new Map();
  let user: DockerInstruction | undefined;
  for (const stage of stages)
    for (let i = stage.instructions.length - 1; i >= 0; i--) {
      const instruction = stage.instructions[i] as DockerInstruction;
      if (instruction.keyword === 'USER') user ??= instruction;
      if (instruction.keyword !== 'ENV' && instruction.keyword !== 'ARG') continue;
      for (let p = instruction.properties.length - 1; p >= 0; p--) {
        const property = instruction.properties[p];
        const key = `${instruction.keyword}:${property?.name ?? ''}`;
        if (property && !setters.has(key)) setters.set(key, { instruction, region: property.region });
      }
    }
  return {
    final,
    base: stages.at(-1) ?? final,
    user,
    fileLayer,
    historyOfLayer,
    historyText,
    historyRank,
    instructionsByText,
    setters
  };
}

function originOf(instruction: DockerInstruction, approximate: boolean, region?: Region): DockerfileOrigin {
  return { keyword: instruction.keyword, region: region ?? instruction.region, approximate };
}

/** The ENV that sets the variable (its `NAME=value` pair), else an ARG of that name (an `ENV K=$K` elsewhere). */
function envOrigin(entry: string | undefined, index: OriginIndex): DockerfileOrigin | undefined {
  if (entry === undefined) return undefined;
  const equals = entry.indexOf('=');
  const name = equals < 0 ? entry : entry.slice(0, equals);
  for (const keyword of ['ENV', 'ARG']) {
    const found = index.setters.get(`${keyword}:${name}`);
    if (found) return originOf(found.instruction, false, found.region);
  }
  return undefined;
}

/**
 * The instruction whose normalised text equals the history entry's. Entries with the same text (two
 * identical RUNs) are paired in order: the n-th such entry goes to the n-th such instruction.
 */
function historyOrigin(index: OriginIndex, entryIndex: number): DockerfileOrigin | undefined {
  const text = index.historyText[entryIndex];
  if (text === undefined) return undefined;
  const matches = index.instructionsByText.get(text) ?? [];
  const instruction = matches[index.historyRank[entryIndex] ?? 0] ?? matches.at(-1);
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
