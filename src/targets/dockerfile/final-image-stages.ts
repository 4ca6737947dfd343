import type { DockerfileDocument, DockerStage } from './dockerfile-document.js';

/** The final stage and the stages it is built FROM: their layers and history ship in the final image. */
export function finalImageStages(document: DockerfileDocument): DockerStage[] {
  const stages: DockerStage[] = [];
  for (
    let stage = document.finalStage;
    stage;
    stage = stage.base.kind === 'stage' ? stage.base.stage : undefined
  ) {
    stages.push(stage);
  }
  return stages;
}
