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
  const candidates = earlier.filter(stage => stage.name !== undefined && fitsParts(stage.name, parts));
  const first = candidates[0];
  if (!first) return undefined;
  const user = effectiveUser(first, escapeChar).user;
  const agree = candidates.every(
    stage => stage.os === first.os && effectiveUser(stage, escapeChar).user === user
  );
  return agree && user !== undefined ? { kind: 'stage', stage: first } : undefined;
}

/**
 * Whether `name` is `parts` joined by platform words: a platform ARG's value in a stage name is
 * `[a-z0-9]*` (`amd64`, `arm64`, `s390x`, `v7`, or nothing). Matched by hand, as no regular expression
 * is compiled from input text (DESIGN.md). Part by part, the set of positions where the next part
 * may start: the work is bounded by the name's length squared times the parts', with no backtracking.
 */
function fitsParts(name: string, parts: readonly string[]): boolean {
  // Positions where part `index` may start, from the first part's only one (0) on.
  let starts = new Set<number>([0]);
  for (const [index, part] of parts.entries()) {
    const next = new Set<number>();
    for (const at of starts) {
      if (!name.startsWith(part, at)) continue;
      let end = at + part.length;
      if (index === parts.length - 1) {
        if (end === name.length) return true;
        continue;
      }
      // The platform word after this part: any run of [a-z0-9], empty included.
      next.add(end);
      while (end < name.length && PLATFORM_CHAR.test(name.charAt(end))) next.add(++end);
    }
    if (next.size === 0) return false;
    starts = next;
  }
  return false;
}

const PLATFORM_CHAR = /[a-z0-9]/;
