import type { DockerInstruction, DockerStage } from './dockerfile-document.js';
import { expandVariables } from './expand-variables.js';
import { defaultUserDependsOnTag, lookupBaseImageDefault } from './base-images.js';

/** Who a stage's image runs as, and why we think so. */
export interface EffectiveUser {
  /** The user as resolved (`root`, `1000:1000`, `ContainerUser`); undefined when it cannot be known. */
  user?: string;
  /**
   * `instruction`: a USER in the stage or a stage it is built on; `base-default`: the base image's
   * known default (table); `docker-default`: no user anywhere, so Docker runs Linux images as root;
   * `unknown`: a variable without default, or a Windows base not in the table.
   */
  source: 'instruction' | 'base-default' | 'docker-default' | 'unknown';
  /** The USER that decides it, possibly in an ancestor stage. */
  instruction?: DockerInstruction;
  /** The FROM whose base decides it, when no USER does. */
  from: DockerInstruction;
  /** A short explanation for messages. */
  reason: string;
}

/**
 * The effective user of an image built from `stage`: its last USER, else the effective user of the
 * stage it is built FROM, else the base image's default (RULES.md 1xx).
 */
export function effectiveUser(stage: DockerStage, escapeChar: string): EffectiveUser {
  const user = [...stage.instructions].reverse().find(i => i.keyword === 'USER');
  if (user) {
    const expanded = expandVariables(user.argsText.trim(), user.scope, escapeChar);
    return expanded.resolved && expanded.value !== ''
      ? {
          user: unquote(expanded.value, escapeChar),
          source: 'instruction',
          instruction: user,
          from: stage.from,
          reason: 'USER'
        }
      : {
          source: 'unknown',
          instruction: user,
          from: stage.from,
          reason: `USER '${user.argsText}' is not resolvable`
        };
  }
  const base = stage.base;
  switch (base.kind) {
    case 'stage':
      return effectiveUser(base.stage, escapeChar);
    case 'scratch':
      return { user: 'root', source: 'base-default', from: stage.from, reason: "'scratch' has no users" };
    case 'unresolved': {
      // With nothing of its tag known, a default that only some tags have is unknown (distroless
      // `:nonroot`); `static:latest-${ARCH}` still says `latest`.
      const repository =
        base.repository && (base.repository.tag !== undefined || !defaultUserDependsOnTag(base.repository))
          ? base.repository
          : undefined;
      const known = repository && lookupBaseImageDefault(repository);
      if (known) return { user: known.user, source: 'base-default', from: stage.from, reason: known.reason };
      if (repository && stage.os === 'linux')
        return {
          user: 'root',
          source: 'docker-default',
          from: stage.from,
          reason: `Docker runs '${repository.raw}' as root unless the image sets a user`
        };
      return { source: 'unknown', from: stage.from, reason: `base '${base.text}' is not resolvable` };
    }
    case 'image': {
      const known = lookupBaseImageDefault(base.reference);
      if (known) return { user: known.user, source: 'base-default', from: stage.from, reason: known.reason };
      if (stage.os === 'linux') {
        return {
          user: 'root',
          source: 'docker-default',
          from: stage.from,
          reason: `Docker runs '${base.reference.raw}' as root unless the image sets a user`
        };
      }
      return {
        source: 'unknown',
        from: stage.from,
        reason: `the default user of '${base.reference.raw}' is not known`
      };
    }
  }
}

/**
 * A USER quoted as a whole, as BuildKit's word processing reads it (frontend/dockerfile/shell/lex.go):
 * the quotes go; single-quoted text is literal; inside double quotes the escape character escapes only
 * `"`, `$` and itself, so `"NT Authority\\System"` is `NT Authority\System` while `"NT AUTHORITY\SYSTEM"`
 * keeps its backslash; under the backtick escape directive a backslash is just a backslash. (`$` was
 * taken by expandVariables.)
 */
function unquote(value: string, escapeChar: string): string {
  const match = /^(["'])(.*)\1$/.exec(value);
  if (!match) return value;
  const inner = match[2] as string;
  if (match[1] === "'") return inner;
  let unescaped = '';
  for (let i = 0; i < inner.length; i++) {
    const next = inner[i + 1];
    if (inner[i] === escapeChar && (next === '"' || next === escapeChar)) i++;
    unescaped += inner[i];
  }
  return unescaped;
}
