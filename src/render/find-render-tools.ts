import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';

/** How to call each renderer; a missing entry means the tool was not found. */
export interface RenderTools {
  helm?: string;
  /** `kubectl kustomize` (kubectl ships kustomize) or `kustomize build`. */
  kustomize?: { command: string; args: string[] };
}

/** Paths from `.bulkhead.yml` `render:` (relative to the config's directory). */
export interface ConfiguredToolPaths {
  helm?: string;
  kubectl?: string;
  kustomize?: string;
}

/**
 * Finds the renderers: a path from the config wins, then `BULKHEAD_HELM` / `BULKHEAD_KUBECTL` /
 * `BULKHEAD_KUSTOMIZE`, then `PATH` (GitHub-hosted runners have helm and kubectl there).
 */
export function findRenderTools(
  env: Readonly<Record<string, string | undefined>>,
  configured: ConfiguredToolPaths = {},
  configDir = '.'
): RenderTools {
  const pick = (name: 'helm' | 'kubectl' | 'kustomize', variable: string): string | undefined => {
    const explicit = configured[name] ? resolve(configDir, configured[name]) : env[variable];
    if (explicit) return isExecutable(explicit) ? explicit : undefined;
    return findOnPath(name, env);
  };
  const helm = pick('helm', 'BULKHEAD_HELM');
  const kubectl = pick('kubectl', 'BULKHEAD_KUBECTL');
  const kustomize = kubectl ? undefined : pick('kustomize', 'BULKHEAD_KUSTOMIZE');
  return {
    ...(helm ? { helm } : {}),
    ...(kubectl
      ? { kustomize: { command: kubectl, args: ['kustomize'] } }
      : kustomize
        ? { kustomize: { command: kustomize, args: ['build'] } }
        : {})
  };
}

function findOnPath(name: string, env: Readonly<Record<string, string | undefined>>): string | undefined {
  const path = env.PATH ?? env.Path ?? '';
  const extensions = process.platform === 'win32' ? (env.PATHEXT ?? '.EXE').split(';') : [''];
  for (const dir of path.split(delimiter)) {
    if (!dir) continue;
    for (const extension of extensions) {
      const candidate = join(dir, name + extension.toLowerCase());
      if (isExecutable(candidate)) return candidate;
    }
  }
  return undefined;
}

function isExecutable(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    if (process.platform !== 'win32') accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
