import { posix } from 'node:path';
import type {
  BuiltImage,
  InsecureRegistry,
  RepositoryFacts,
  RuntimeClassDetails,
  ServiceAccountFact
} from '../core/repository.js';
import type { Note } from '../core/finding.js';
import type { TargetDocuments } from '../core/target.js';
import { insecureRegistriesOf } from '../targets/registry-config/insecure-registries.js';
import { registryFormatOf } from '../targets/registry-config/parse-registry-config.js';
import { isShellScriptWithoutExtension } from '../targets/registry-config/dockerd-command-lines.js';
import { isDockerIgnoreFile, splitBuildTargetKey } from '../core/repository.js';
import type { DockerfileDocument } from '../targets/dockerfile/dockerfile-document.js';
import { effectiveUser } from '../targets/dockerfile/effective-user.js';
import { baseImageOf, finalImageStages } from '../targets/dockerfile/final-image-stages.js';
import { windowsReleaseOfImage } from '../targets/windows-builds.js';
import { parseDockerfile } from '../targets/dockerfile/parse-dockerfile.js';
import { composeDocumentOf } from '../targets/compose/parse-compose.js';
import { inlineDockerfilesOf, type InlineDockerfile } from '../targets/compose/inline-dockerfile.js';
import type { Region, RelatedLocation } from '../core/location.js';
import { maskUnreadDocuments } from '../targets/yaml/mask-unread-documents.js';
import { isValidParse, parseYamlDocuments } from '../targets/yaml/parse-yaml-documents.js';
import type { YamlNode } from '../targets/yaml/yaml-node.js';
import {
  isComposeByContent,
  isComposeName,
  isDockerfile,
  isRegistryCandidateName,
  mightBeDockerfile
} from './classify-file.js';
import { exceedsWorkBudget } from './work-budget.js';
import {
  addBakeContexts,
  addImage,
  bakeContextNames,
  composeBuilds,
  emptyBuildLinks,
  isWorkflowFile,
  mayUseBuildPushAction,
  workflowBuilds,
  type BakeFile
} from './build-links.js';
import { bakeFileReferences, bakeTargets, isBakeFile, mayBeBakeFile } from './bake-file.js';
import type { SourceFile } from './scan-documents.js';

/**
 * What the facts builder needs to read before rules run: every file the scan may take for a Dockerfile
 * (by name, or by content for `Dockerfile_agent` and other names classifyFile sniffs), and the files
 * other facts come from.
 */
export function isFactSource(path: string): boolean {
  return mightBeDockerfile(path) || hasFactName(path);
}

/** Files that give facts other than "this is a Dockerfile", by name. */
function hasFactName(path: string): boolean {
  return (
    isComposeName(path) ||
    isDockerIgnoreFile(path) ||
    isWorkflowFile(path) ||
    mayBeBakeFile(path) ||
    isRegistryCandidateName(path) ||
    KEY_FILE.test(path)
  );
}

/** Facts plus the documents parsed on the way (Dockerfiles, registry configs, Compose files), so the rules' pass does not parse them again. */
export interface RepositoryBuild {
  facts: RepositoryFacts;
  parsed: Map<string, TargetDocuments[keyof TargetDocuments]>;
  /** What the user should know about the facts: a config `images` entry that links no Dockerfile. */
  notes: Note[];
  /**
   * Image name (as `facts.builtImages` keys it) → the one Dockerfile that builds it, parsed, for placing
   * `--image` findings on their instruction. An image that several Dockerfiles claim is left out.
   */
  imageDockerfiles: Map<string, { path: string; document: DockerfileDocument }>;
}

/**
 * Cross-file facts (RULES.md 5xx/6xx "image → Dockerfile", BH203 contexts): which Dockerfile builds
 * which image (config `images`, Compose `build` + `image`, workflow `docker/build-push-action`), who that
 * image runs as, Docker ignore files, and RuntimeClasses that schedule to Windows or Linux.
 * `config.images` paths are relative to the working directory; `config.file` is where they are set.
 */
export function buildRepositoryFacts(
  allFiles: readonly string[],
  sources: SourceFile[],
  config: ConfigImages = { images: {} }
): RepositoryBuild {
  const dockerfiles = new Map<string, DockerfileDocument>();
  const dockerfileTexts = new Map<string, string>();
  // Compose `dockerfile_inline` texts, by their stand-in paths: Dockerfiles for the facts, no files.
  const inlineDockerfiles = new Map<string, InlineDockerfile>();
  const parsed: RepositoryBuild['parsed'] = new Map();
  const links = emptyBuildLinks();
  const { builtBy, contexts: buildContexts, targets: buildTargets } = links;
  const bakes: BakeFile[] = [];
  const bakeReferences: string[] = [];
  const ignoreFiles = new Map<string, string>();
  const runtimeClasses = new Map<string, 'windows' | 'linux'>();
  const runtimeClassDetails = new Map<string, RuntimeClassDetails>();
  const serviceAccounts = new Map<string, ServiceAccountFact[]>();
  const insecureRegistries: InsecureRegistry[] = [];
  const publicKeyFiles = new Set<string>();
  for (const source of sources) {
    const { path, text } = source;
    // What classifyFile decides for the scan, so a Compose `build` or a config `images` entry naming a
    // `Dockerfile_agent` finds it as the scan does. A file read only because it might have been one
    // gives nothing else.
    const dockerfile = isDockerfile(path, text);
    // An extension-less shell script (jpetazzo/dind's `wrapdocker`) is read for its dockerd flags only.
    const scriptOnly = !dockerfile && !hasFactName(path) && isShellScriptWithoutExtension(path, text);
    if (!dockerfile && !hasFactName(path) && !scriptOnly) continue;
    // A file that breaks a parser here gives no facts; its BH000 or note comes when it is scanned itself.
    if (exceedsWorkBudget(dockerfile ? 'dockerfile' : 'kubernetes', path, text)) continue;
    parseQuietly(() => {
      const registryFormat = registryFormatOf(path, text);
      const registryConfig = registryFormat
        ? parseQuietly(() => registryFormat.parse(text, path))
        : undefined;
      if (registryConfig) {
        parsed.set(path, registryConfig);
        for (const entry of insecureRegistriesOf(path, registryConfig, allFiles))
          insecureRegistries.push(entry);
      }
      if (scriptOnly) return;
      if (KEY_FILE.test(path) && holdsOnlyPublicMaterial(text)) publicKeyFiles.add(path);
      if ((isWorkflowFile(path) || /\.sh$/i.test(path)) && text.includes('bake'))
        bakeReferences.push(...bakeFileReferences(text));
      if (isDockerIgnoreFile(path)) ignoreFiles.set(path, text);
      else if (dockerfile) dockerfileTexts.set(path, text);
      // A Compose file by content (classifyFile's order: registry configuration claims it first).
      else if (isComposeName(path) || (!registryFormat && isComposeByContent(path, text))) {
        const yaml = parseYamlDocuments(text);
        for (const document of yaml.documents) {
          composeBuilds(path, document.root, links);
          const services = document.root.get('services')?.entries() ?? [];
          for (const inline of inlineDockerfilesOf(path, services, false))
            inlineDockerfiles.set(inline.path, inline);
        }
        // What parseCompose would do with the same parse (a file with an error is parsed again when
        // scanned, for its BH000).
        if (isValidParse(yaml)) parsed.set(path, composeDocumentOf(text, yaml.documents));
      } else if (isWorkflowFile(path)) {
        if (mayUseBuildPushAction(text)) readYaml(text, root => workflowBuilds(root, links));
      } else if (isBakeFile(path, text))
        bakes.push({ path, names: bakeContextNames(path, text), targets: bakeTargets(path, text) });
      else if (/kind["']?\s*:\s*["']?(RuntimeClass|ServiceAccount)\b/.test(text))
        readYaml(unreadDocumentsSkipped.on ? maskUnreadDocuments(text, isFactKind) : text, root => {
          runtimeClassOs(root, runtimeClasses);
          runtimeClassDetail(path, root, runtimeClassDetails);
          serviceAccountOf(path, root, serviceAccounts);
        });
    });
  }
  addBakeContexts(links, bakes, dockerfileTexts.keys(), bakeReferences);
  // `.bulkhead.yml` `images` is the user's explicit answer: it replaces what Compose and workflows say.
  for (const [image, path] of Object.entries(config.images)) addImage(builtBy, image, path, true);
  // Only the Dockerfiles a fact points at are parsed here: those that build a named image, and the
  // targets of Compose `build:` (the one reader of dockerfileImages is the Compose model, by that
  // path). Every other Dockerfile is parsed once, when it is scanned: with worker threads that is in
  // a worker, where parsing it here as well would be done twice.
  const builds = new Set(buildTargets);
  for (const keys of builtBy.values()) for (const key of keys) builds.add(key);
  const referenced = new Set([
    ...buildContexts.keys(),
    ...[...builds].map(key => splitBuildTargetKey(key).path)
  ]);
  for (const [path, text] of dockerfileTexts) {
    const document = referenced.has(path) ? parseQuietly(() => parseDockerfile(text)) : undefined;
    if (document) dockerfiles.set(path, document);
  }
  for (const [path, inline] of inlineDockerfiles) {
    const document = parseQuietly(() => parseDockerfile(inline.text));
    if (document) dockerfiles.set(path, document);
  }
  const dockerfileImages = new Map<string, BuiltImage>();
  for (const key of new Set([...dockerfiles.keys(), ...builds])) {
    const { path, target } = splitBuildTargetKey(key);
    const document = dockerfiles.get(path);
    const built =
      document && parseQuietly(() => builtImage(path, document, target, inlineDockerfiles.get(path)));
    if (built) dockerfileImages.set(key, built);
  }
  const builtImages = new Map<string, BuiltImage>();
  const imageDockerfiles: RepositoryBuild['imageDockerfiles'] = new Map();
  for (const [image, keys] of builtBy) {
    // The last link found wins for rules, as it always has, among those whose Dockerfile the repository
    // holds: a stale Compose file building the image from a folder that is gone (eShopModernizing's
    // root `docker-compose.yml`) says nothing of it. Only an unambiguous link places image findings.
    const resolved = keys.filter(key => dockerfileImages.has(key));
    const key = (resolved.at(-1) ?? keys.at(-1)) as string;
    const built = dockerfileImages.get(key);
    if (built) builtImages.set(image, built);
    const { path } = splitBuildTargetKey(key);
    const document = dockerfiles.get(path);
    // An inline Dockerfile has no file of its own to place an image's findings in.
    if (document && resolved.length === 1 && !inlineDockerfiles.has(path))
      imageDockerfiles.set(image, { path, document });
  }
  return {
    facts: {
      publicKeyFiles,
      files: allFiles,
      ignoreFiles,
      builtImages,
      dockerfileImages,
      buildContexts,
      namedContexts: links.namedContexts,
      insecureRegistries,
      runtimeClasses,
      runtimeClassDetails,
      serviceAccounts
    },
    parsed: new Map([...parsed, ...[...dockerfiles].filter(([path]) => !inlineDockerfiles.has(path))]),
    notes: unlinkedImageNotes(config, allFiles, dockerfileTexts),
    imageDockerfiles
  };
}

/** `.bulkhead.yml` `images` (image name → Dockerfile path) and the file that sets it. */
export interface ConfigImages {
  images: Record<string, string>;
  file?: string;
}

/**
 * A config `images` entry whose path is no Dockerfile of the scan leaves that image's user unknown:
 * the user is told why, instead of meeting BH602 "unknown" where they expected their Dockerfile's user.
 */
function unlinkedImageNotes(
  config: ConfigImages,
  allFiles: readonly string[],
  dockerfileTexts: ReadonlyMap<string, string>
): Note[] {
  const unlinked = Object.entries(config.images).filter(
    ([, path]) => !dockerfileTexts.has(posix.normalize(path))
  );
  if (!unlinked.length) return [];
  const files = new Set(allFiles);
  return unlinked.map(([image, path]) => ({
    kind: 'info',
    ...(config.file ? { file: config.file } : {}),
    message: `images maps '${image}' to '${path}', which ${
      files.has(posix.normalize(path))
        ? 'the scan does not take for a Dockerfile (by its name or content)'
        : 'is not among the scanned files'
    }; it links no Dockerfile to that image.`
  }));
}

const KEY_FILE = /\.(key|pem)$/i;
/**
 * PEM blocks that hold no secret (RFC 7468 labels, and OpenSSL's for parameters): keys' public halves,
 * certificates, certificate requests and revocation lists, and key-exchange parameters (the RFC 7919
 * `ffdhe*.pem` groups that mail and proxy images ship).
 */
const PUBLIC_BLOCKS = [
  'PGP PUBLIC KEY BLOCK',
  'PUBLIC KEY',
  'RSA PUBLIC KEY',
  'CERTIFICATE',
  'TRUSTED CERTIFICATE',
  'CERTIFICATE REQUEST',
  'NEW CERTIFICATE REQUEST',
  'X509 CRL',
  'DH PARAMETERS',
  'X9.42 DH PARAMETERS',
  'EC PARAMETERS'
];

/**
 * A key-named file that holds a PGP public key block, a certificate or a public key, or parameters,
 * and no private key block: Jenkins' and Microsoft's apt signing keys ship as `*.key`, nginx-proxy its
 * Diffie-Hellman groups as `*.pem` (RULES.md BH203: private material only).
 */
function holdsOnlyPublicMaterial(text: string): boolean {
  return (
    !text.includes('PRIVATE KEY') && PUBLIC_BLOCKS.some(block => text.includes(`-----BEGIN ${block}-----`))
  );
}

/** A broken file yields no facts here; its parse error is reported when the file itself is scanned. */
function parseQuietly<T>(parse: () => T): T | undefined {
  try {
    return parse();
  } catch {
    return undefined;
  }
}

/**
 * The kinds the facts below read (runtimeClassOs, runtimeClassDetail, serviceAccountOf). Any other
 * document of such a file (an operator bundle's CustomResourceDefinitions, mostly) is not parsed here:
 * errors do not matter in this pass, and the file is parsed whole when it is scanned itself (BH000).
 */
const FACT_KINDS = new Set(['RuntimeClass', 'ServiceAccount', 'List']);

function isFactKind(kind: string): boolean {
  return FACT_KINDS.has(kind);
}

/** Internal switch, for the test that proves the skip changes no finding. */
export const unreadDocumentsSkipped = { on: true };

function readYaml(text: string, visit: (root: YamlNode) => void): void {
  for (const document of parseYamlDocuments(text).documents) visit(document.root);
}

/** A RuntimeClass whose scheduling selects `kubernetes.io/os`, or whose handler is Windows' runhcs. */
function runtimeClassOs(root: YamlNode, classes: Map<string, 'windows' | 'linux'>): void {
  if (root.get('kind')?.text !== 'RuntimeClass') return;
  const name = root.at('metadata', 'name')?.text;
  const os = root.at('scheduling', 'nodeSelector', 'kubernetes.io/os')?.text?.toLowerCase();
  const handler = root.get('handler')?.text ?? '';
  if (name && (os === 'windows' || /^runhcs-wcow/.test(handler))) classes.set(name, 'windows');
  else if (name && os === 'linux') classes.set(name, 'linux');
}

/** A RuntimeClass's handler and pinned Windows build (BH612: Hyper-V isolation, or the node build it selects). */
function runtimeClassDetail(path: string, root: YamlNode, details: Map<string, RuntimeClassDetails>): void {
  if (root.get('kind')?.text !== 'RuntimeClass') return;
  const name = root.at('metadata', 'name')?.text;
  if (!name) return;
  const build = root.at('scheduling', 'nodeSelector', 'node.kubernetes.io/windows-build');
  details.set(name, {
    handler: root.get('handler')?.text ?? '',
    ...(build?.text
      ? {
          windowsBuild: build.text,
          location: {
            file: path,
            region: build.reportRegion,
            message: `RuntimeClass '${name}' schedules to nodes of build ${build.text}`
          }
        }
      : {})
  });
}

/** A ServiceAccount and its token default (RULES.md BH517), also as an item of a `List`. */
function serviceAccountOf(path: string, root: YamlNode, accounts: Map<string, ServiceAccountFact[]>): void {
  const objects = root.get('kind')?.text === 'List' ? (root.get('items')?.items() ?? []) : [root];
  for (const object of objects) {
    const kind = object.get('kind');
    const name = object.at('metadata', 'name')?.text;
    if (kind?.text !== 'ServiceAccount' || !name) continue;
    const field = object.get('automountServiceAccountToken');
    const automount = typeof field?.scalar === 'boolean' ? field.scalar : undefined;
    const namespace = object.at('metadata', 'namespace')?.text;
    const message = `ServiceAccount '${name}'${automount === undefined ? ' leaves automountServiceAccountToken unset' : ` sets automountServiceAccountToken: ${String(automount)}`}`;
    const region = (automount === undefined ? kind : (field ?? kind)).reportRegion;
    const list = accounts.get(name) ?? [];
    list.push({ source: path, namespace, automount, location: { file: path, region, message } });
    accounts.set(name, list);
  }
}

/**
 * What a Dockerfile builds, as a stage of it (the final one, or a build's target). The lines it points at
 * are the Dockerfile's, or for an inline one, where the Compose file writes them.
 */
function builtImage(
  path: string,
  document: DockerfileDocument,
  target?: string,
  inline?: InlineDockerfile
): BuiltImage | undefined {
  const at = (region: Region, message: string): RelatedLocation =>
    inline
      ? { file: inline.file, region: inline.regionOf(region), message }
      : { file: path, region, message };
  // A target names a stage (case-insensitive); one the Dockerfile lacks fails the build: nothing is known.
  const stage = target ? document.stages.find(s => s.name?.toLowerCase() === target) : document.finalStage;
  if (!stage) return undefined;
  const effective = effectiveUser(stage, document.escapeChar);
  const instruction = effective.instruction ?? effective.from;
  const root = finalImageStages(document, stage).at(-1);
  const baseImage = root && baseImageOf(root);
  const base = baseImage && windowsReleaseOfImage(baseImage.reference);
  return {
    ...(root && base
      ? {
          windowsBase: {
            build: base.release.build,
            location: at(
              root.baseRegion,
              `The final base image of the Dockerfile that builds the image (${base.release.name})`
            )
          }
        }
      : {}),
    user: effective.user,
    os: stage.os,
    explicit: effective.source === 'instruction',
    location: at(
      instruction.region,
      effective.source === 'instruction'
        ? `USER ${effective.user ?? ''} in the Dockerfile that builds the image`
        : `The final FROM of the Dockerfile that builds the image (${effective.reason})`
    )
  };
}
