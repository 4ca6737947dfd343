import type { Region } from '../../core/location.js';
import type { DockerfileDocument } from './dockerfile-document.js';
import { expandVariables } from './expand-variables.js';
import { parseImageReference, type ImageReference } from './image-reference.js';

/** An image a Dockerfile pulls: a FROM base or a `COPY --from` image (never a stage or `scratch`). */
export interface ImageUse {
  reference: ImageReference;
  /** The text as written, before ARG substitution. */
  written: string;
  region: Region;
  via: 'FROM' | 'COPY --from';
}

/**
 * Every external image the Dockerfile references. References whose variables have no default are
 * left out: we cannot know what they pull. So are names of the build contexts its builds give it
 * (`namedContexts`, lower case: RepositoryFacts.namedContexts), which BuildKit takes before an image.
 */
export function imageUses(document: DockerfileDocument, namedContexts?: ReadonlySet<string>): ImageUse[] {
  const uses: ImageUse[] = [];
  const isNamedContext = (value: string) => namedContexts?.has(value.toLowerCase()) === true;
  for (const stage of document.stages) {
    if (stage.base.kind === 'image' && !isNamedContext(stage.base.reference.raw)) {
      uses.push({
        reference: stage.base.reference,
        written: stage.baseText,
        region: stage.baseRegion,
        via: 'FROM'
      });
    }
    for (const instruction of stage.instructions) {
      const from =
        instruction.keyword === 'COPY' ? instruction.flags.find(f => f.name === 'from') : undefined;
      if (!from?.value) continue;
      const expanded = expandVariables(from.value, instruction.scope, document.escapeChar);
      if (!expanded.resolved || isStageReference(expanded.value, document, stage.index)) continue;
      if (isNamedContext(expanded.value)) continue;
      const reference = parseImageReference(expanded.value);
      if (reference) uses.push({ reference, written: from.value, region: from.region, via: 'COPY --from' });
    }
  }
  return uses;
}

/** `COPY --from` takes an earlier stage's name or index, else an image. */
function isStageReference(value: string, document: DockerfileDocument, before: number): boolean {
  if (/^\d+$/.test(value)) return true;
  const lower = value.toLowerCase();
  return lower === 'scratch' || document.stages.some(s => s.index < before && s.name === lower);
}

/**
 * FROM bases whose tag or digest is an ARG without a default while the registry and repository are
 * written out (`mcr.microsoft.com/windows/servercore:${WINDOWS_VERSION}`): where the image comes
 * from is known even though its version is not. A variable in the host or path part leaves it unknown
 * (`${REGISTRY}app:1.0` too, whose registry is glued to the name).
 */
export function partlyResolvedBases(document: DockerfileDocument): Omit<ImageUse, 'via'>[] {
  const uses: Omit<ImageUse, 'via'>[] = [];
  for (const stage of document.stages) {
    const { base } = stage;
    if (base.kind !== 'unresolved' || !base.repository || base.repository.unresolved?.registry) continue;
    const slash = base.text.indexOf('/');
    if (slash !== -1 && base.text.slice(0, slash).includes('$')) continue;
    uses.push({ reference: base.repository, written: base.text, region: stage.baseRegion });
  }
  return uses;
}
