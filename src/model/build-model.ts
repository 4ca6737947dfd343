import type { RepositoryFacts } from '../core/repository.js';
import type { TargetKind, TargetModels } from '../core/target.js';
import type { ComposeDocument } from '../targets/compose/compose-document.js';
import type { KubernetesDocument } from '../targets/kubernetes/kubernetes-document.js';
import { composeModel, type ComposeModel } from './compose-model.js';
import { kubernetesModel } from './kubernetes-model.js';
import type { KubernetesModel } from './workload-model.js';

declare module '../core/target.js' {
  interface TargetModels {
    kubernetes: KubernetesModel;
    compose: ComposeModel;
  }
}

/**
 * The model stage (discover → classify → parse → model → rules): the facts of one parsed document that
 * several rules need (a pod's OS and why, effective security contexts, who each image runs as),
 * decided once so rules cannot disagree. Rules read them as `RuleContext.model`; targets without
 * a model get `undefined`. Facts are computed on first read (see the models), never twice.
 */
export function buildModel(
  target: TargetKind,
  document: unknown,
  file: string,
  repository: RepositoryFacts
): TargetModels[keyof TargetModels] | undefined {
  if (target === 'kubernetes') return kubernetesModel(document as KubernetesDocument, repository);
  if (target === 'compose') return composeModel(document as ComposeDocument, file, repository);
  return undefined;
}
