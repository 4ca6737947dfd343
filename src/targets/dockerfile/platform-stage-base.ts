import type { DockerStage, StageBase } from './dockerfile-document.js';
import { effectiveUser } from './effective-user.js';
import { expandVariables, type VariableScope } from './expand-variables.js';

/**
 * BuildKit's automatic platform ARGs (https://docs.docker.com/build/building/variables/#multi-platform-build-arguments).
 * The build always sets them, to a platform word (`amd64`, `arm64`, `linux`, `v7`), never to an image
 * name, so a FROM that uses them in a stage's name picks one of the stages so named.
 */
const PLATFORM_ARGS = new Set([
  'TARGETPLATFORM',
  'TARGETOS',
  'TARGETARCH',
  'TARGETVARIANT',
  'BUILDPLATFORM',
  'BUILDOS',
  'BUILDARCH',
  'BUILDVARIANT'
]);

/** Stands for a platform ARG's value while the FROM is read; no stage name or reference holds it. */
const PLATFORM_PART = '\u0001';

/** What a platform ARG's value may be inside a stage name: `amd64`, `arm64`, `s390x`, `v7`, or nothing. */
const PLATFORM_WORD = '[a-z0-9]*';

/** Characters of a stage name (BuildKit: `^[a-z][a-z0-9-_.]*$`); a `/`, `:` or `@` makes an image reference. */
const STAGE_NAME_TEXT = /^[a-z0-9_.-]+$/;

/**
 * The stage a FROM names through a platform ARG: `FROM base-$TARGETARCH` (swift-docker's buildx
 * images, with `FROM base AS base-amd64` and `FROM base AS base-arm64` before it) is one of the stages
 * whose names fit, whichever platform the build is for. When every such stage has the same OS and the
 * same effective user, the image is built on that user either way (RULES.md 1xx "the effective user of
 * the stage it is built FROM"), so the first of them stands for all; when they differ, or none fits, or
 * another variable is unresolved, the base stays unresolved. `written` is the FROM's image word,
 * unquoted; a platform ARG the Dockerfile gives a default (`ARG TARGETARCH=amd64`) is that default.
 */
export function platformVariantStage(
  written: string,
  earlier: DockerStage[],
  globals: VariableScope,
  escapeChar: string
): StageBase | undefined {
  const scope: VariableScope = {
    get: name => globals.get(name) ?? (PLATFORM_ARGS.has(name) ? PLATFORM_PART : undefined)
  };
  const expanded = expandVariables(written, scope, escapeChar);
  const name = expanded.value.toLowerCase();
  const parts = name.split(PLATFORM_PART);
  const literal = parts.join('');
  if (!expanded.resolved || parts.length < 2 || literal === '' || !STAGE_NAME_TEXT.test(literal))
    return undefined;
  const pattern = new RegExp(`^${parts.map(part => part.replace(/[.]/g, '\\.')).join(PLATFORM_WORD)}$`);
  const candidates = earlier.filter(stage => stage.name !== undefined && pattern.test(stage.name));
  const first = candidates[0];
  if (!first) return undefined;
  const user = effectiveUser(first, escapeChar).user;
  const agree = candidates.every(
    stage => stage.os === first.os && effectiveUser(stage, escapeChar).user === user
  );
  return agree && user !== undefined ? { kind: 'stage', stage: first } : undefined;
}
