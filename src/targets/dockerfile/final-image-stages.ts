import type { DockerfileDocument, DockerStage } from './dockerfile-document.js';
import type { ImageReference } from './image-reference.js';

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

/**
 * The image a stage is built FROM as far as its text says: the reference, or the literal parts of one
 * with variables (`app:${V}-windowsservercore-ltsc2019` still names Windows Server 2019); `written` is
 * the FROM's text for messages.
 */
export function baseImageOf(stage: DockerStage): { reference: ImageReference; written: string } | undefined {
  const { base } = stage;
  if (base.kind === 'image') return { reference: base.reference, written: base.reference.raw };
  if (base.kind === 'unresolved' && base.repository)
    return { reference: base.repository, written: base.text };
  return undefined;
}
