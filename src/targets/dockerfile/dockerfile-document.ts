import type { Region } from '../../core/location.js';
import type { ImageReference } from './image-reference.js';
import type { ShellDialect } from '../shell/shell-commands.js';
import type { VariableScope } from './expand-variables.js';

/** A word of an instruction's arguments (flags excluded), with its position. */
export interface DockerArgument {
  value: string;
  region: Region;
}

/** A `--name=value` flag of FROM, COPY, ADD or RUN. */
export interface DockerFlag {
  name: string;
  value: string | undefined;
  region: Region;
}

/** A `NAME=value` pair of ENV, ARG or LABEL (`value` undefined for `ARG NAME`). */
export interface DockerProperty {
  name: string;
  value: string | undefined;
  region: Region;
}

export interface DockerHeredoc {
  name: string;
  body: string;
  region: Region;
}

/** One instruction, positions 1-based. */
export interface DockerInstruction {
  /** Upper-case keyword (`RUN`), or the unknown word as written, upper-cased. */
  keyword: string;
  /** The whole instruction, continuation lines included. */
  region: Region;
  /** Arguments as one string, line continuations removed. */
  argsText: string;
  /** Words of FROM, COPY and ADD (flags excluded); empty for other instructions, which are read as text. */
  args: DockerArgument[];
  flags: DockerFlag[];
  /** ENV/ARG/LABEL pairs. */
  properties: DockerProperty[];
  /** The JSON array of exec form (`RUN ["a", "b"]`), exact strings. */
  execForm?: string[];
  heredocs: DockerHeredoc[];
  /** Index of the stage the instruction belongs to; -1 before the first FROM. */
  stageIndex: number;
  /** Variables visible to this instruction (before it takes effect). */
  scope: VariableScope;
  /** For RUN: the shell that runs its shell form (the last SHELL before it, else the stage's). */
  shell?: StageShell;
}

/** A shell that runs shell-form instructions. */
export interface StageShell {
  dialect: ShellDialect;
  argv: string[];
}

/** What a stage is built on. */
export type StageBase =
  | { kind: 'image'; reference: ImageReference }
  | { kind: 'stage'; stage: DockerStage }
  | { kind: 'scratch' }
  /**
   * A base with a variable no default resolves. `repository` is the part that is known when only the
   * tag, digest or registry host is a variable (`mcr.microsoft.com/windows/nanoserver:${OSVERSION}`).
   */
  | { kind: 'unresolved'; text: string; repository?: ImageReference };

export type StageOs = 'windows' | 'linux' | 'unknown';

/** A build stage: a FROM and the instructions up to the next FROM. */
export interface DockerStage {
  index: number;
  /** `AS name`, lower-cased (stage names are case-insensitive). */
  name?: string;
  from: DockerInstruction;
  /** The base as written and after ARG substitution. */
  baseText: string;
  base: StageBase;
  /** Region of the image word of the FROM line. */
  baseRegion: Region;
  /** `--platform` after substitution, when known. */
  platform?: string;
  os: StageOs;
  /** Why the stage counts as Windows or Linux, for messages. */
  osEvidence: string;
  /** True when nothing but the absence of Windows evidence says the stage is Linux. */
  osAssumed: boolean;
  /** The shell the stage starts with (its base stage's last SHELL, else the OS default). */
  shell: StageShell;
  /** The shell in effect at the end of the stage (inherited by stages built FROM it). */
  shellAtEnd: StageShell;
  /** ENV at the end of the stage (inherited by stages built FROM it). */
  env: VariableScope;
  /** Instructions after the FROM, in order. */
  instructions: DockerInstruction[];
}

/** A Dockerfile parsed into our own typed model. */
export interface DockerfileDocument {
  text: string;
  lines: string[];
  escapeChar: string;
  instructions: DockerInstruction[];
  stages: DockerStage[];
  finalStage?: DockerStage;
  /** Problems that make the file invalid for Docker (reported as BH000). */
  problems: { message: string; region: Region }[];
}

declare module '../../core/target.js' {
  interface TargetDocuments {
    dockerfile: DockerfileDocument;
  }
}
