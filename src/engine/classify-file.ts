import { Lexer } from '../targets/yaml/yaml-library.js';
import type { TargetKind } from '../core/target.js';
import { registryFormatOf } from '../targets/registry-config/parse-registry-config.js';
import { isRegistriesConfVariantName } from '../targets/registry-config/registries-conf.js';
import { looksLikeCompose } from '../targets/compose/looks-like-compose.js';
import { isShellScriptWithoutExtension } from '../targets/registry-config/dockerd-command-lines.js';

/**
 * Extensions of source code and scripts in other languages. `Dockerfile.<one of these>` is also a
 * common name for a Dockerfile of that language's image (`Dockerfile.go`, `Dockerfile.py`), so such
 * names are read for content (BuildKit's `dockerfile.go` is Go, TeamCity's `Model/Dockerfile.cs` C#).
 * Configuration languages that generate Dockerfiles are among them: docker-haskell's
 * `template/Dockerfile.ncl` is a Nickel function whose string holds the FROM and RUN lines.
 */
const LANGUAGE_EXTENSIONS =
  'sh|ps1|psm1|bat|cmd|go|py|rs|[cm]?[jt]sx?|java|kt|kts|groovy|scala|rb|php|swift|cs|fs|vb|c|cc|cpp|cxx|h|hpp|m|pl|lua|dart|ex|exs|erl|clj|sql|toml|xml|ncl|jsonnet|libsonnet|cue|dhall|nix';

/** File names that are never Dockerfiles by name even though they start with `Dockerfile.`. */
// Docs, data, scripts and source code named after Dockerfiles (BuildKit's `dockerfile.go`).
// Test snapshots and preprocessor inputs too (trivy's `dockerfile.json.golden`, buildah's
// `Containerfile.in`, circleci-images' m4 `android/Dockerfile.m4`), and source in other languages
// (TeamCity's `Model/Dockerfile.cs`).
const NOT_DOCKERFILE_SUFFIX = new RegExp(
  `\\.(dockerignore|md|markdown|rst|txt|json|ya?ml|bak|orig|rej|swp|patch|diff|lock|html|golden|snap|snapshot|expected|actual|out|log|in|m4|csv|tsv|${LANGUAGE_EXTENSIONS})$`,
  'i'
);

/** `Dockerfile.go`, `Containerfile.py`: a Dockerfile or a source file, told apart by content. */
const LANGUAGE_NAMED_DOCKERFILE = new RegExp(`^(dockerfile|containerfile)\\.(${LANGUAGE_EXTENSIONS})$`, 'i');

/**
 * Dockerfile names that are sniffed for content, besides names without a dot:
 * - a dash or underscore whose dots are all a version's (a digit follows each), so the name has no
 *   extension: `Dockerfile-ubi8-8.3-227` (trivy's testdata), `Dockerfile_ubuntu-22.04`;
 *   `Dockerfile-debian.template` (docker-library's) has one;
 * - a number, then at most one suffix that is no extension of other files: `Dockerfile1.alpine`,
 *   `Containerfile2.fedora` (podman's `build -f A -f B` tests);
 * - a language's extension: `Dockerfile.go`, `Dockerfile.py` (LANGUAGE_NAMED_DOCKERFILE).
 */
function isVariantDockerfileName(base: string): boolean {
  return (
    LANGUAGE_NAMED_DOCKERFILE.test(base) ||
    /^(dockerfile|containerfile)[-_][^.]*(\.\d[^.]*)*$/i.test(base) ||
    (/^(dockerfile|containerfile)\d+(\.[^.]+)?$/i.test(base) && !NOT_DOCKERFILE_SUFFIX.test(base))
  );
}

/** Docker's names: Dockerfile, Containerfile, *.Dockerfile, Dockerfile.* (https://docs.docker.com/build/concepts/dockerfile/#filename). */
export function isDockerfileName(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  if (base === 'dockerfile' || base === 'containerfile') return true;
  if (NOT_DOCKERFILE_SUFFIX.test(base)) return false;
  return /^(dockerfile|containerfile)\.[^/]+$/.test(base) || /\.(dockerfile|containerfile)$/.test(base);
}

/**
 * A FROM instruction as Docker takes it: flags, an image, an optional `AS name`, and nothing else, so
 * Python's `from __future__ import print_function` is not one.
 */
const FROM_LINE = /^\s*FROM\s+(?:--\S+\s+)*[^\s-]\S*(?:\s+AS\s+\S+)?\s*$/i;

/** The first instruction of a Dockerfile is FROM (or ARG, or a parser directive/comment before it). */
function looksLikeDockerfile(text: string): boolean {
  const lines = text.slice(0, 4096).split(/\r?\n/);
  const first = lines.find(line => line.trim() !== '' && !line.trimStart().startsWith('#'));
  return (
    first !== undefined &&
    (/^\s*ARG\s+\S/i.test(first) || FROM_LINE.test(first)) &&
    lines.some(l => FROM_LINE.test(l))
  );
}

/** Compose's file names (https://docs.docker.com/compose/intro/compose-application-model/#the-compose-file). */
export function isComposeName(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  return /^(docker-)?compose([.-][^/]*)?\.ya?ml$/.test(base);
}

const YAML_OR_JSON = /\.(ya?ml|json)$/i;
const YAML = /\.ya?ml$/i;
/** A Helm chart's values (`values.yaml`, `values-prod.yaml`, `ci/test-values.yaml`): data for templates, never a Compose file. */
const HELM_VALUES = /(^|\/)([^/]*[-_.])?values([-_.][^/]*)?\.ya?ml$/i;
/** Files that may hold registry configuration (RULES.md 8xx): TOML, JSON, registries.conf(.d), scripts, systemd units, workflows. */
const REGISTRY_EXTENSION = /\.(toml|json|conf|sh|service|ya?ml)$/i;

/** Those names, and copies of registries.conf under another (`registries.conf.sample`, `registries.fedora`). */
export function isRegistryCandidateName(path: string): boolean {
  return REGISTRY_EXTENSION.test(path) || isRegistriesConfVariantName(path);
}

/** A file that may hold registry configuration: by name, or a shell script named without an extension. */
export function isRegistryCandidate(path: string, text: string): boolean {
  return isRegistryCandidateName(path) || isShellScriptWithoutExtension(path, text);
}

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
 * classified by name and content"). Undefined: not ours. Reading YAML content needs the YAML
 * library loaded (load-document-parsers.ts).
 */
export function classifyFile(path: string, text: string): TargetKind | undefined {
  if (isDockerfileName(path)) return 'dockerfile';
  if (isComposeName(path)) return 'compose';
  if (isRegistryCandidate(path, text) && registryFormatOf(path, text)) return 'registry-config';
  if (YAML_OR_JSON.test(path)) {
    if (looksLikeManifest(text)) return 'kubernetes';
    return isComposeByContent(path, text) ? 'compose' : undefined;
  }
  return isDockerfileByContent(path, text) ? 'dockerfile' : undefined;
}

/** Whether a file is a Dockerfile, by name or content: what classifyFile says, without reading YAML. */
export function isDockerfile(path: string, text: string): boolean {
  return isDockerfileName(path) || isDockerfileByContent(path, text);
}

/**
 * Only extension-less files and variants of Dockerfile names (`build/Dockerfile-alpine`, trivy's
 * `Dockerfile-ubi8-8.3-227`, podman's `Dockerfile1.alpine`, `Dockerfile.go`) are sniffed for
 * Dockerfile content, so a README or script never turns into a Dockerfile.
 */
function isDockerfileByContent(path: string, text: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1);
  return (!base.includes('.') || isVariantDockerfileName(base)) && looksLikeDockerfile(text);
}

/**
 * A YAML file that is no Kubernetes manifest but a Compose file by its content (jitsi's `jibri.yml`).
 * The caller has ruled out registry configuration (classifyFile's order). A template (`{{ … }}` where
 * YAML goes, or anywhere in a Helm chart's `templates/`) is not claimed: it is no Compose file until
 * rendered, and a named one would only be skipped with a note.
 */
export function isComposeByContent(path: string, text: string): boolean {
  return (
    YAML.test(path) &&
    !HELM_VALUES.test(path) &&
    looksLikeCompose(text) &&
    !looksLikeManifest(text) &&
    !(text.includes('{{') && (/(^|\/)templates\//.test(path) || isTemplate(text, true)))
  );
}

/**
 * A Go/Helm/Jinja/ERB template (`{{ … }}`, `{% … %}`, `<% … %>`) is not a file we can judge before
 * rendering. In YAML and JSON a template is a `{{` where YAML structure goes (a value, a sequence item,
 * a line of its own): `{{` inside a scalar is text (a PrometheusRule's `description: Pod {{ $labels.pod }}
 * is down`, a ConfigMap's block text, Kyverno's and Argo's `"{{ request.object… }}"`), and Kubernetes
 * reads such a file as it is. Linear in the text: no pattern here can backtrack.
 */
export function isTemplate(text: string, structured = false, toml = false): boolean {
  if (hasOneLineTag(text, JINJA) || hasOneLineTag(text, ERB)) return true;
  if (!text.includes('{{')) return false;
  if (toml) return TOML_TEMPLATE_VALUE.test(text);
  return structured ? hasStructuralBraces(text) : hasActionOnOneLine(text);
}

/**
 * In TOML a `{{` is a template where a value or a line goes (aks-engine's containerd template:
 * `SandboxIsolation = {{sandboxIsolation}}`); in a quoted string (`sandbox_image = "{{pause}}"`) it is text.
 */
const TOML_TEMPLATE_VALUE = /^[ \t]*(?:\{\{|[^#"'=\n]*=[ \t]*\{\{)/m;

/** A template tag: its opening and closing marks, and the characters that may follow the opening one. */
interface TagSyntax {
  open: string;
  close: string;
  flags: string;
}
/** Jinja `{% … %}`, with an optional `-`. */
const JINJA: TagSyntax = { open: '{%', close: '%}', flags: '-' };
/** ERB `<% … %>`, `<%= … %>`, `<%- … -%>`, `<%# … %>` (fluentd's `Dockerfile.template.erb`). */
const ERB: TagSyntax = { open: '<%', close: '%>', flags: '=-#' };

/** A tag of `syntax` opened and closed on one line, with a blank after the opening mark (and its flag). */
function hasOneLineTag(text: string, { open, close, flags }: TagSyntax): boolean {
  for (let at = text.indexOf(open); at >= 0; at = text.indexOf(open, at + 2)) {
    const after = flags.includes(text[at + 2] ?? '\n') ? at + 3 : at + 2;
    if (!/\s/.test(text[after] ?? '')) continue;
    const lineEnd = text.indexOf('\n', after);
    const closeAt = text.indexOf(close, after);
    if (closeAt >= 0 && (lineEnd < 0 || closeAt < lineEnd)) return true;
    if (lineEnd < 0) return false;
    at = lineEnd - 2; // one look per line is enough: any later opening on it closes at the same mark
  }
  return false;
}

/**
 * `{{ … }}` on one line, outside shell quotes (Dockerfiles, where there is no YAML structure to go
 * by): `RUN go list -m -f='{{.Dir}}' …` and `docker inspect --format "{{json .}}"` are text BuildKit
 * passes on, while `FROM {{ .Values.image }}` or a `{{ if … }}` line is a template. So is a line that
 * starts with `{{` closed on a later line (dotnet-docker's Cottle templates, Go's multi-line actions):
 * no instruction starts so.
 */
function hasActionOnOneLine(text: string): boolean {
  // The next `}}` at or after a position; it only moves forward, so the whole look stays linear.
  let close = -2;
  const closeFrom = (from: number) => {
    if (close !== -1 && close < from) close = text.indexOf('}}', from);
    return close;
  };
  for (let at = text.indexOf('{{'); at >= 0;) {
    const lineStart = text.lastIndexOf('\n', at) + 1;
    const lineEnd = text.indexOf('\n', at);
    const end = lineEnd < 0 ? text.length : lineEnd;
    const open = unquotedActionStart(text, lineStart, end);
    if (open >= 0) {
      const found = closeFrom(open + 2);
      if (found >= 0 && (found < end || text.slice(lineStart, open).trim() === '')) return true;
    }
    if (lineEnd < 0) return false;
    at = text.indexOf('{{', lineEnd);
  }
  return false;
}

/** Where the line from `start` to `end` opens a `{{` outside '…' and "…" strings, or -1. One pass. */
function unquotedActionStart(text: string, start: number, end: number): number {
  let quote = '';
  for (let i = start; i < end; i++) {
    const c = text[i] as string;
    if (quote !== '') {
      if (c === quote && text[i - 1] !== '\\') quote = '';
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '{' && text[i + 1] === '{') return i;
  }
  return -1;
}

/** Two adjacent flow-mapping starts as the YAML lexer sees them: a `{{` outside every scalar. */
function hasStructuralBraces(text: string): boolean {
  let previous = '';
  for (const token of new Lexer().lex(text)) {
    if (token === '{' && previous === '{') return true;
    previous = token;
  }
  return false;
}

/** Whether a file could belong to a target, judged by name only (so other files are never read). */
export function mightBeTarget(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1);
  return mightBeDockerfile(path) || YAML_OR_JSON.test(base) || isRegistryCandidateName(base);
}

/** Whether isDockerfile may say yes, judged by name only: a Dockerfile's name, or one that is sniffed. */
export function mightBeDockerfile(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1);
  return isDockerfileName(path) || !base.includes('.') || isVariantDockerfileName(base);
}
