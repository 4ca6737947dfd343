import type { TargetKind } from '../core/target.js';
import { registryFormatOf } from '../targets/registry-config/parse-registry-config.js';

/** File names that are never Dockerfiles even though they start with `Dockerfile.`. */
const NOT_DOCKERFILE_SUFFIX =
  /\.(dockerignore|md|markdown|rst|txt|json|ya?ml|sh|ps1|bat|cmd|bak|orig|rej|swp|patch|diff|lock|html)$/i;

/** Docker's names: Dockerfile, Containerfile, *.Dockerfile, Dockerfile.* (https://docs.docker.com/build/concepts/dockerfile/#filename). */
export function isDockerfileName(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  if (base === 'dockerfile' || base === 'containerfile') return true;
  if (NOT_DOCKERFILE_SUFFIX.test(base)) return false;
  return /^(dockerfile|containerfile)\.[^/]+$/.test(base) || /\.(dockerfile|containerfile)$/.test(base);
}

/** The first instruction of a Dockerfile is FROM (or ARG, or a parser directive/comment before it). */
function looksLikeDockerfile(text: string): boolean {
  const head = text.slice(0, 4096);
  const first = head.split(/\r?\n/).find(line => line.trim() !== '' && !line.trimStart().startsWith('#'));
  return first !== undefined && /^\s*(FROM|ARG)\s+\S/i.test(first) && /^\s*FROM\s+\S/im.test(head);
}

/** Compose's file names (https://docs.docker.com/compose/intro/compose-application-model/#the-compose-file). */
export function isComposeName(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  return /^(docker-)?compose([.-][^/]*)?\.ya?ml$/.test(base);
}

const YAML_OR_JSON = /\.(ya?ml|json)$/i;
/** Files that may hold registry configuration (RULES.md 8xx): TOML, JSON, registries.conf(.d), scripts, systemd units, workflows. */
const REGISTRY_CANDIDATE = /\.(toml|json|conf|sh|service|ya?ml)$/i;

/**
 * A Kubernetes object has `apiVersion` and `kind` keys: block YAML at the top level, flow YAML
 * (`{ apiVersion: v1, kind: Pod, … }`, as the Kubernetes docs write Windows examples) or JSON.
 */
function looksLikeManifest(text: string): boolean {
  const key = (name: string) => new RegExp(`(^|[{,]\\s*)["']?${name}["']?\\s*:`, 'm');
  return key('apiVersion').test(text) && key('kind').test(text);
}

/**
 * The target a file belongs to, by name first and then by content (RULES.md: "Files are
 * classified by name and content"). Undefined: not ours.
 */
export function classifyFile(path: string, text: string): TargetKind | undefined {
  if (isDockerfileName(path)) return 'dockerfile';
  if (isComposeName(path)) return 'compose';
  if (REGISTRY_CANDIDATE.test(path) && registryFormatOf(path, text)) return 'registry-config';
  if (YAML_OR_JSON.test(path)) return looksLikeManifest(text) ? 'kubernetes' : undefined;
  const base = path.slice(path.lastIndexOf('/') + 1);
  // Only extension-less files are sniffed for Dockerfile content (`build/Dockerfile-alpine` style names are
  // covered by this too), so a README or script never turns into a Dockerfile.
  if (!base.includes('.') && looksLikeDockerfile(text)) return 'dockerfile';
  return undefined;
}

/**
 * A Go/Helm/Jinja template (`{{ … }}`, `{% … %}`) is not a file we can judge before rendering. In YAML
 * and JSON only an unquoted `{{` makes a template: Kyverno policies and Argo workflows carry
 * `"{{ request.object… }}"` expressions inside quoted strings and are real manifests.
 */
export function isTemplate(text: string, structured = false): boolean {
  if (/\{%-?\s.*?%\}/.test(text)) return true;
  return structured ? /^[^"'\n#]*\{\{/m.test(text) : /\{\{-?\s*[^{}\n]*?\s*-?\}\}/.test(text);
}

/** Whether a file could belong to a target, judged by name only (so other files are never read). */
export function mightBeTarget(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1);
  return (
    isDockerfileName(path) || YAML_OR_JSON.test(base) || REGISTRY_CANDIDATE.test(base) || !base.includes('.')
  );
}
