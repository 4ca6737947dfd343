import type { DockerfileDocument, DockerStage } from './dockerfile-document.js';

/**
 * The final stage (or the stage a build targets) and the stages it is built FROM: their layers and
 * history ship in the image.
 */
export function finalImageStages(
  document: DockerfileDocument,
  last: DockerStage | undefined = document.finalStage
): DockerStage[] {
  const stages: DockerStage[] = [];
  for (let stage = last; stage; stage = stage.base.kind === 'stage' ? stage.base.stage : undefined) {
    stages.push(stage);
  }
  return stages;
}
