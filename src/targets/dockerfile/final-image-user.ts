import type { Region } from '../../core/location.js';
import type { DockerfileDocument, DockerStage, StageOs } from './dockerfile-document.js';
import { effectiveUser } from './effective-user.js';

/** The known user of a Dockerfile's final image, and where a finding about it belongs. */
export interface FinalImageUser {
  stage: DockerStage;
  user: string;
  /** `explicit`: a USER of the final stage; `inherited`: a USER of a stage it is built on; `byDefault`: the base's default. */
  how: 'explicit' | 'inherited' | 'byDefault';
  /** The deciding USER, else the final FROM's image (RULES.md 1xx "Location"). */
  region: Region;
  /** Message data: `user`, `line` of the USER, `reason` for defaults. */
  data: Record<string, string | number>;
}

/** The final image's user when the final stage is of `os` and the user is known; else undefined. */
export function finalImageUser(document: DockerfileDocument, os: StageOs): FinalImageUser | undefined {
  const stage = document.finalStage;
  if (!stage || stage.os !== os) return undefined;
  const effective = effectiveUser(stage, document.escapeChar);
  if (effective.user === undefined) return undefined;
  const user = effective.instruction;
  if (user) {
    return {
      stage,
      user: effective.user,
      how: user.stageIndex === stage.index ? 'explicit' : 'inherited',
      region: user.region,
      data: { user: effective.user, line: user.region.startLine }
    };
  }
  return {
    stage,
    user: effective.user,
    how: 'byDefault',
    region: stage.baseRegion,
    data: { user: effective.user, reason: effective.reason }
  };
}
