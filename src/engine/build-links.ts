/**
 * What a repository says about its builds outside the Dockerfiles: Compose `build:`, workflow
 * `docker/build-push-action` steps and Buildx bake files link a Dockerfile to the image it builds,
 * its build context, the stage it stops at, and the named build contexts it may use in place of an
 * image (`FROM name`, `COPY --from=name`).
 */
import { posix } from 'node:path';
import { buildTargetKey } from '../core/repository.js';
import { parseImageReference } from '../targets/dockerfile/image-reference.js';
import { composeBuildPaths } from '../targets/compose/build-paths.js';
import type { YamlNode } from '../targets/yaml/yaml-node.js';
import { bakeWorkingDirectory, type BakeTarget } from './bake-file.js';

/** What Compose files, workflows and bake files say about builds. */
export interface BuildLinks {
  /** Image name → builds (buildTargetKey). */
  builtBy: Map<string, string[]>;
  /** Dockerfile path → context directory. */
  contexts: Map<string, string>;
  /** Builds that stop at a named stage (buildTargetKey). */
  targets: Set<string>;
  /** Dockerfile path → names of the build contexts a build gives it besides the main one (lower case). */
  namedContexts: Map<string, Set<string>>;
}

export function emptyBuildLinks(): BuildLinks {
  return { builtBy: new Map(), contexts: new Map(), targets: new Set(), namedContexts: new Map() };
}

export function isWorkflowFile(path: string): boolean {
  return /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(path);
}

/** Records that `dockerfile` builds `image` (a tag or a name; anything that is no reference is ignored). */
export function addImage(
  builtBy: Map<string, string[]>,
  image: string | undefined,
  dockerfile: string,
  replace = false
): void {
  const reference = image ? parseImageReference(image.trim()) : undefined;
  if (!reference) return;
  const name = reference.name.toLowerCase();
  const path = posix.normalize(dockerfile);
  const paths = replace ? [] : (builtBy.get(name) ?? []);
  if (!paths.includes(path)) paths.push(path);
  builtBy.set(name, paths);
}

function addNamedContexts(links: BuildLinks, dockerfile: string, names: Iterable<string>): void {
  const known = links.namedContexts.get(dockerfile) ?? new Set<string>();
  for (const name of names) if (name) known.add(name.toLowerCase());
  if (known.size) links.namedContexts.set(dockerfile, known);
}

/**
 * Compose `build: ctx` or `build: { context, dockerfile, target, additional_contexts }` with `image:`
 * names the image it builds. `additional_contexts` is a map (`name: path`) or a list (`name=path`).
 * The paths are the Compose model's own (composeBuildPaths), so the user a service gets and the
 * context BH203 searches come from one reading of `build`.
 */
export function composeBuilds(path: string, root: YamlNode, links: BuildLinks): void {
  for (const [name, service] of root.get('services')?.entries() ?? []) {
    const build = service.get('build');
    const paths = composeBuildPaths(path, build, name);
    if (!build || !paths) continue;
    const file = paths.dockerfile;
    links.contexts.set(file, paths.context);
    const key = buildTargetKey(file, build.get('target')?.text);
    if (key !== file) links.targets.add(key);
    addImage(links.builtBy, service.get('image')?.text, key);
    const additional = build.get('additional_contexts');
    const names =
      additional?.kind === 'map'
        ? additional.entries().map(([name]) => name)
        : (additional?.items() ?? []).map(item => (item.text ?? '').split('=')[0] ?? '');
    addNamedContexts(links, file, names);
  }
}

/**
 * Whether a workflow may have a `docker/build-push-action` step: most workflows do not, and are not parsed.
 * The name is in the text unless a double-quoted scalar spells it with escapes (any backslash: parsed).
 */
export function mayUseBuildPushAction(text: string): boolean {
  return text.includes('docker/build-push-action') || text.includes('\\');
}

/**
 * `uses: docker/build-push-action@…` with `context`, `file`, `tags` (comma or newline separated) and
 * `build-contexts` (`name=value`, one per line or comma separated). Tags that come from an earlier
 * `docker/metadata-action` step of the job (`${{ steps.meta.outputs.tags }}`, or its `json` output's
 * `tags`) name that step's `images`, which are linked as literal tags are.
 */
export function workflowBuilds(root: YamlNode, links: BuildLinks): void {
  for (const [, job] of root.get('jobs')?.entries() ?? []) {
    const metadata = new Map<string, string[]>();
    for (const step of job.get('steps')?.items() ?? []) {
      const uses = step.get('uses')?.text ?? '';
      const id = step.get('id')?.text;
      if (id && METADATA_ACTIONS.some(action => uses.startsWith(action)))
        metadata.set(id, metadataImages(step.at('with', 'images')?.text ?? ''));
      if (!uses.startsWith('docker/build-push-action')) continue;
      const inputs = step.get('with');
      const context = inputs?.get('context')?.text ?? '.';
      const file = posix.normalize(inputs?.get('file')?.text ?? posix.join(context, 'Dockerfile'));
      links.contexts.set(file, posix.normalize(context));
      const key = buildTargetKey(file, inputs?.get('target')?.text);
      if (key !== file) links.targets.add(key);
      const tags = inputs?.get('tags')?.text ?? '';
      for (const tag of tags.split(/[,\n]/)) addImage(links.builtBy, tag, key);
      for (const [, stepId] of tags.matchAll(METADATA_TAGS))
        for (const image of metadata.get(stepId ?? '') ?? []) addImage(links.builtBy, image, key);
      const contexts = (inputs?.get('build-contexts')?.text ?? '').split(/[,\n]/);
      addNamedContexts(
        links,
        file,
        contexts.map(entry => (entry.split('=')[0] ?? '').trim())
      );
    }
  }
}

/** docker/metadata-action, and the name it had before (same `images` input). */
const METADATA_ACTIONS = ['docker/metadata-action', 'crazy-max/ghaction-docker-meta'];
/** `steps.<id>.outputs.tags`, or `fromJSON(steps.<id>.outputs.json).tags`, in an expression. */
const METADATA_TAGS = /\bsteps\.([\w-]+)\.outputs\.(?:tags|json\s*\)\s*\.\s*tags)\b/g;

/**
 * The image names a metadata-action `images` input gives tags to, as the action reads it: one image a
 * line (`#` lines are comments), each `name` or `name=…,enable=…`; a single line of names without `=`
 * is a comma-separated list. `enable=false` builds nothing; an `enable=${{ … }}` condition may build, so
 * its image counts. A name with an expression (`ghcr.io/${{ github.repository }}`) is skipped: the scan
 * does not know the repository's name or the workflow's variables.
 */
export function metadataImages(input: string): string[] {
  const lines = input
    .split('\n')
    .map(line => line.trim())
    .filter(line => line && !line.startsWith('#'));
  const fields = (line: string) =>
    line
      .split(',')
      .map(field => field.trim().replace(/^"(.*)"$/, '$1'))
      .filter(Boolean);
  const only = lines.length === 1 ? fields(lines[0] as string) : [];
  const names =
    only.length && only.every(field => !field.includes('='))
      ? only
      : lines.flatMap(line => {
          let name = '';
          let enabled = true;
          for (const field of fields(line)) {
            const [key = '', ...rest] = field.split('=');
            const value = rest.join('=').trim();
            if (!rest.length) name = key;
            else if (key.trim().toLowerCase() === 'name') name = value;
            else if (key.trim().toLowerCase() === 'enable') enabled = value.toLowerCase() !== 'false';
          }
          return enabled && name ? [name] : [];
        });
  return names.filter(name => !name.includes('${{'));
}

/** `contexts = { name = "…", "other" = "…" }` in a bake file's HCL; `"contexts": {…}` in its JSON. */
const HCL_CONTEXTS = /\bcontexts\s*=\s*\{([^}]*)\}/g;
const HCL_KEY = /^\s*(?:"([^"\n]+)"|([A-Za-z0-9_][\w.:/-]*))\s*=/gm;

/**
 * The named contexts of a bake file's targets. Bake computes each target's Dockerfile from variables,
 * matrices and inheritance, which this does not evaluate: the names apply to every Dockerfile below the
 * bake file's folder (discourse_docker's `contexts = { templates = "../templates" }`).
 */
export function bakeContextNames(path: string, text: string): string[] {
  const names: string[] = [];
  if (path.toLowerCase().endsWith('.json')) {
    let bake: unknown;
    try {
      bake = JSON.parse(text);
    } catch {
      return names;
    }
    const targets = (bake as { target?: unknown } | null)?.target;
    if (targets === null || typeof targets !== 'object') return names;
    for (const target of Object.values(targets)) {
      const contexts = (target as { contexts?: unknown } | null)?.contexts;
      if (contexts !== null && typeof contexts === 'object') names.push(...Object.keys(contexts));
    }
    return names;
  }
  for (const block of text.matchAll(HCL_CONTEXTS))
    for (const key of (block[1] ?? '').matchAll(HCL_KEY)) names.push(key[1] ?? key[2] ?? '');
  return names.filter(name => name !== '');
}

/** What the facts pass keeps of a bake file: its path, every context name in it, and its targets. */
export interface BakeFile {
  path: string;
  names: readonly string[];
  targets: readonly BakeTarget[];
}

/**
 * Gives bake files' named contexts to the Dockerfiles they build. Every Dockerfile below a bake file's
 * folder gets all of that file's names, as bake may compute a target's Dockerfile. Besides, each target
 * whose `context` and `dockerfile` are literal gets its own names on the Dockerfile they name.
 *
 * Bake resolves `context` against the directory it runs in, not the bake file's (and `dockerfile`
 * against the context), and that directory is not in the file. So the target's Dockerfile is looked for
 * from the bake file's folder first (where `docker buildx bake` finds `docker-bake.hcl` itself), then
 * from the directories a workflow or script runs `bake --file <this file>` in (`workingDirectories`:
 * the `--file` arguments seen in the repository), then from the repository root (Mailu's
 * `tests/build.hcl`, run from the root: "context = core/admin/"). The first of these where the
 * Dockerfile exists wins; a target whose Dockerfile exists from none of them gives nothing more.
 */
export function addBakeContexts(
  links: BuildLinks,
  bakes: readonly BakeFile[],
  dockerfiles: Iterable<string>,
  bakeReferences: readonly string[] = []
): void {
  if (!bakes.length) return;
  const known = new Set(dockerfiles);
  for (const dockerfile of known)
    for (const { path, names } of bakes) {
      const dir = posix.dirname(path);
      if (dir === '.' || dockerfile.startsWith(`${dir}/`)) addNamedContexts(links, dockerfile, names);
    }
  for (const { path, targets } of bakes) {
    const callers = bakeReferences.map(reference => bakeWorkingDirectory(path, reference));
    const bases = [
      ...new Set([posix.dirname(path), ...callers.filter((dir): dir is string => dir !== undefined), '.'])
    ];
    for (const target of targets) {
      if (!target.contexts.length) continue;
      const dockerfile = bakeTargetDockerfile(target, bases, known);
      if (dockerfile) addNamedContexts(links, dockerfile, target.contexts);
    }
  }
}

/** The Dockerfile a bake target builds from the first of `bases` where it exists; nothing for a computed or remote one. */
function bakeTargetDockerfile(
  target: BakeTarget,
  bases: readonly string[],
  dockerfiles: ReadonlySet<string>
): string | undefined {
  if (target.context === null || target.dockerfile === null) return undefined;
  const context = target.context ?? '.';
  const dockerfile = target.dockerfile ?? 'Dockerfile';
  // A URL (`https://…`, `git@host:…`), another target (`target:base`) or an absolute path is no repository folder.
  if ([context, dockerfile].some(path => path.includes(':') || posix.isAbsolute(path))) return undefined;
  for (const base of bases) {
    const file = posix.normalize(posix.join(base, context, dockerfile));
    if (dockerfiles.has(file)) return file;
  }
  return undefined;
}
