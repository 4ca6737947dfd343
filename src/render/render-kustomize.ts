import { mkdirSync, writeFileSync } from 'node:fs';
import { isAbsolute, relative, join } from 'node:path';
import { runRenderTool, withScratchDirectory, type ToolOutcome } from './run-render-tool.js';

export interface KustomizeRender {
  tool: { command: string; args: string[] };
  /** The kustomization directory, absolute. */
  rootDir: string;
  /** The kustomization directory as notes name it (relative to the working directory), and that directory. */
  shown?: { dir: string; cwd: string };
  timeoutMs: number;
  allowNetwork: boolean;
  env: Readonly<Record<string, string | undefined>>;
}

/** Rendered objects plus the scratch directory the origin paths in them are relative to. */
export type KustomizeOutcome = ToolOutcome & { originBase: string };

/**
 * Renders a root through a scratch kustomization that lists it as its only resource and asks for
 * `buildMetadata: [originAnnotations, transformerAnnotations]`: every object then says which file it
 * came from and which kustomization patched it, and the user's files are never edited. Exec and KRM
 * function plugins stay off (kustomize needs `--enable-alpha-plugins`/`--enable-exec` for them) and
 * `helmCharts` need `--enable-helm`, which is never passed. Origin paths are relative to the scratch
 * directory, which is gone when this returns, so `originBase` says what it was.
 */
export function renderKustomize(render: KustomizeRender): Promise<KustomizeOutcome> {
  return withScratchDirectory(async scratch => {
    const wrapper = join(scratch, 'wrapper');
    const reference = relative(wrapper, render.rootDir).split('\\').join('/');
    if (isAbsolute(reference))
      return {
        ok: false,
        reason: 'the root is on another drive than the temporary directory',
        originBase: wrapper
      };
    mkdirSync(wrapper);
    writeFileSync(
      join(wrapper, 'kustomization.yaml'),
      `resources:\n  - ${JSON.stringify(reference)}\nbuildMetadata: [originAnnotations, transformerAnnotations]\n`
    );
    const outcome = await runRenderTool({
      command: render.tool.command,
      args: [...render.tool.args, wrapper],
      cwd: scratch,
      scratch,
      timeoutMs: render.timeoutMs,
      allowNetwork: render.allowNetwork,
      env: render.env,
      ...(render.shown ? { rewriteErrors: asShown(reference, render.shown) } : {})
    });
    return { ...outcome, originBase: wrapper };
  });
}

/**
 * kustomize names the root as the scratch kustomization reaches it (`'../../repo/app`) and files by
 * absolute path: a note names them as the user does, relative to the working directory.
 */
function asShown(reference: string, shown: { dir: string; cwd: string }): (stderr: string) => string {
  return stderr =>
    stderr
      .split(`'${reference}`)
      .join(`'${shown.dir}`)
      .split(`${shown.cwd.split('\\').join('/')}/`)
      .join('');
}
