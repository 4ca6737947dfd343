import { join, relative, resolve } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Finding, Note } from '../core/finding.js';
import type { Rule } from '../core/rule.js';
import { DEFAULT_RULE_SETTINGS, type RuleSettings } from '../core/settings.js';
import { ALL_RULES } from '../rules/index.js';
import type { BulkheadConfig } from './config-file.js';
import { isDockerfileName, mightBeTarget } from './classify-file.js';
import { buildRepositoryFacts, isFactSource, type RepositoryBuild } from './repository-facts.js';
import { compileExcludedPath, discoverFiles, type DiscoveredFile } from './discover-files.js';
import { CONFIG_FILE_NAME, loadConfig, type ReadRemoteConfig } from './load-config.js';
import { loadImages, type ImageScanOptions } from './load-images.js';
import { readTextFile } from './read-text-file.js';
import { redactFindings } from '../secrets/redact-findings.js';
import { scanDocuments, type DocumentsResult, type SourceFile } from './scan-documents.js';
import { loadShellParser, mayParseShell } from './load-shell-parser.js';
import { loadDocumentParsers, mayParseDocuments } from './load-document-parsers.js';
import { loadGlobsFor } from './glob-library.js';
import { scanImageDocuments } from './scan-images.js';
import type { RenderScanResult } from './scan-rendered.js';
import { lineKey, repeatFilter } from './rendered-repeats.js';
import { isRenderRootFile } from '../render/discover-render-roots.js';
import type { ScanResult } from '../core/scan-result.js';
import { compareFindings } from '../core/sort-findings.js';
import { unknownConfigRuleNotes } from './suppressions.js';
import { createChunkScanner, createConfigIgnores, shippedRuleIds, type ChunkSetup } from './scan-chunk.js';
import {
  chunkByLane,
  chunkFiles,
  POOL_CHUNK,
  poolSize,
  runScanPool,
  startScanWorkers,
  stopScanWorkers
} from './scan-pool.js';

export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

/** What to scan and how: the CLI and the Action both build this. */
export interface ScanOptions {
  /** Files or directories; empty with `stdin` set means only stdin. */
  paths: string[];
  cwd: string;
  /** Extra `--exclude` globs (added to the config's). */
  exclude?: string[];
  useGitignore?: boolean;
  maxFileSize?: number;
  /** `--config`; otherwise `.bulkhead.yml` is looked up. */
  configFile?: string;
  /** Flags that override the config file. */
  settings?: Partial<RuleSettings>;
  /** `-` with `--stdin-filename`. */
  stdin?: { filename: string; text: string };
  /** `YYYY-MM-DD`, for ignore expiry (default: today, UTC). */
  today?: string;
  rules?: readonly Rule[];
  /** `--image`: built images to scan after the files (with the files' cross-file facts). */
  image?: ImageScanOptions;
  onProgress?: (done: number, total: number) => void;
  /** Reads `extends: owner/repo/path@ref` (the shells build it on GitHub's API with their token). */
  readRemoteConfig?: ReadRemoteConfig;
  /** Where render tools are looked up (`PATH`, `BULKHEAD_HELM`, `BULKHEAD_KUBECTL`); default `process.env`. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Texts to scan instead of the files' own (path as discovered → text): `bulkhead fix` re-scans its edits before writing them. */
  overrides?: ReadonlyMap<string, string>;
  /** `--jobs`: threads that scan files (1: this thread only); default: one per core, at most 8. */
  jobs?: number;
  /** Target files below which no worker starts (default POOL_MIN_TARGETS); tests lower it to force the pool. */
  poolMinTargets?: number;
}

export interface ScanOutcome {
  result: ScanResult;
  config?: BulkheadConfig;
}

const CHUNK = 128;

/** A file the scan reads: a target or a source of cross-file facts (the rest are only listed). */
function isCandidate(path: string): boolean {
  return mightBeTarget(path) || isFactSource(path);
}

/** Discovers, reads and scans files; throws ConfigurationError for bad paths or config. */
export async function scan(options: ScanOptions): Promise<ScanOutcome> {
  const startedAt = new Date().toISOString();
  const config = await loadConfig(
    options.configFile,
    options.paths[0],
    options.cwd,
    options.readRemoteConfig
  );
  const settings: RuleSettings = {
    ...DEFAULT_RULE_SETTINGS,
    ...definedOnly({
      podSecurityLevel: config?.podSecurityLevel,
      trustedRegistries: config?.trustedRegistries,
      trustedRegistriesSource: config?.trustedRegistries
        ? `set in ${relative(options.cwd, resolve(options.cwd, config.file)).split('\\').join('/')}`
        : undefined,
      requireDigest: config?.requireDigest
    }),
    ...definedOnly(options.settings ?? {})
  };
  // A list given by the caller replaces the config's: never credit it to the config file.
  if (options.settings?.trustedRegistries && !options.settings.trustedRegistriesSource)
    delete settings.trustedRegistriesSource;
  const rules = [...(options.rules ?? ALL_RULES)];
  const today = options.today ?? startedAt.slice(0, 10);
  settings.today ??= today;
  const configDir = config?.baseDir ?? options.cwd;
  const ignoreSetup = { list: config?.ignore ?? [], today, configDir, cwd: options.cwd };
  await loadGlobsFor([], ignoreSetup.list);
  const ignores = createConfigIgnores(ignoreSetup);
  const engine = { rules, settings, ruleConfig: config?.rules, ignores };

  const total: DocumentsResult = { findings: [], notes: [], files: [], complete: true };
  const configFile =
    config &&
    relative(options.cwd, config.file ?? join(config.baseDir, CONFIG_FILE_NAME))
      .split('\\')
      .join('/');
  if (config && configFile !== undefined) {
    const known = new Set(ALL_RULES.map(rule => rule.meta.id));
    for (const note of unknownConfigRuleNotes(config, configFile, known)) total.notes.push(note);
  }
  if (options.stdin) {
    const stdin = { path: options.stdin.filename, text: options.stdin.text };
    if (mayParseDocuments([stdin])) await loadDocumentParsers();
    merge(total, scanDocuments([stdin], engine));
  }

  const exclude = [
    ...(config?.exclude ?? []).map(g => relativeGlob(g, configDir, options.cwd)),
    ...(options.exclude ?? [])
  ];
  const discovery = options.paths.length
    ? await discoverFiles({
        paths: options.paths,
        cwd: options.cwd,
        exclude,
        useGitignore: options.useGitignore ?? true,
        maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
        willRead: isCandidate
      })
    : { files: [], notes: [] };
  for (const note of discovery.notes) total.notes.push(note);
  // Every candidate is read once, up front: cross-file facts (which Dockerfile builds which image,
  // .dockerignore files, RuntimeClasses) must be known before any rule runs.
  const candidates = discovery.files.filter(f => isCandidate(f.path));
  // The workers start now, so that their cold start overlaps reading the files and the facts pass.
  // Their number follows the files discovery found (a file that turns out binary or unreadable
  // changes no output, whatever the number of threads).
  const ruleIds = shippedRuleIds(rules);
  const discoveredTargets = candidates.filter(f => mightBeTarget(f.path)).length;
  const workerCount = ruleIds
    ? poolSize({
        jobs: options.jobs,
        targets: discoveredTargets,
        chunks: Math.ceil(discoveredTargets / POOL_CHUNK),
        minTargets: options.poolMinTargets
      })
    : 0;
  const workerSetup = ruleIds && { settings, ruleConfig: config?.rules, ruleIds, ignores: ignoreSetup };
  const workers = workerSetup && workerCount > 0 ? startScanWorkers(workerCount, workerSetup) : undefined;
  try {
    const sources: SourceFile[] = [];
    for (let i = 0; i < candidates.length; i += CHUNK) {
      for (const source of readSources(candidates.slice(i, i + CHUNK), total.notes, options.overrides))
        sources.push(source);
      // Reading is synchronous (read-text-file.ts): a turn of the event loop between batches lets
      // timers and I/O callbacks in.
      await nextTurn();
    }
    // WebAssembly loads asynchronously, and the rules parse shell synchronously: it is loaded before any
    // rule runs, here or (for --image) for the image histories below.
    if (options.image?.images.length || sources.some(s => mayParseShell(s.path, s.text)))
      await loadShellParser();
    // The YAML and TOML parsers likewise, unless only Dockerfiles are scanned.
    if (options.image?.images.length || mayParseDocuments(sources)) await loadDocumentParsers();
    const configImages = Object.fromEntries(
      Object.entries(config?.images ?? {}).map(([image, path]) => [
        image,
        relative(options.cwd, resolve(configDir, path)).split('\\').join('/')
      ])
    );
    const repository = buildRepositoryFacts(
      discovery.files.map(f => f.path),
      sources.filter(s => isFactSource(s.path)),
      { images: configImages, file: configFile }
    );
    // With `--image` alone no file is scanned: that the config's Dockerfiles are not among them is no news.
    if (options.paths.length) for (const note of repository.notes) total.notes.push(note);
    const targets = sources.filter(s => mightBeTarget(s.path));
    // From here the texts live only in the chunks, and each chunk is let go once it is scanned.
    sources.length = 0;
    const targetCount = targets.length;
    // Chunk boundaries change no output: a file's findings stay in one chunk, and chunks merge in order.
    const { chunks, workerLane }: { chunks: (SourceFile[] | undefined)[]; workerLane?: boolean[] } = workers
      ? chunkByLane(targets, POOL_CHUNK, workers.slots.length, s => inWorkerLane(s.path, repository))
      : { chunks: chunkFiles(targets, CHUNK, 0) };
    targets.length = 0;
    const chunkSizes = chunks.map(chunk => chunk?.length ?? 0);
    let done = 0;
    // Chunks are handed on in order, each once.
    const progress = (index: number) => {
      done += chunkSizes[index] ?? 0;
      options.onProgress?.(done, targetCount);
    };
    if (workerSetup && workers) {
      const setup: ChunkSetup = { ...workerSetup, facts: repository.facts };
      await runScanPool({
        chunks,
        workerLane,
        facts: repository.facts,
        workers,
        scanHere: createChunkScanner(setup, repository),
        // A worker parses its files itself: the facts pass's documents of them would only be kept alive here.
        onDispatch: sources => {
          for (const source of sources) repository.parsed.delete(source.path);
        },
        onResult: (outcome, index) => {
          merge(total, outcome.result);
          ignores.markExpiredUsed(outcome.expiredIgnores);
          progress(index);
        }
      });
    } else
      for (let i = 0; i < chunks.length; i++) {
        merge(total, scanDocuments(chunks[i] as SourceFile[], { ...engine, repository }));
        chunks[i] = undefined;
        progress(i);
        // Rules are synchronous: without a turn of the event loop between chunks, timers (the CLI's
        // progress line) and I/O callbacks would only run after the whole scan.
        await nextTurn();
      }
    // The render step (about a tenth of the code a scan loads) is loaded only for a tree with a chart or
    // a kustomization: without one it finds no root and adds nothing.
    const renders = discovery.files.some(f => isRenderRootFile(f.path))
      ? await import('./scan-rendered.js').then(({ DEFAULT_RENDER_CONFIG, scanRenderRoots }) =>
          scanRenderRoots({
            files: discovery.files.map(f => f.path),
            cwd: options.cwd,
            config: config?.render ?? DEFAULT_RENDER_CONFIG,
            configDir,
            env: options.env ?? process.env,
            engine: { ...engine, repository }
          })
        )
      : undefined;
    if (renders) mergeRendered(total, renders, compileExcludedPath(exclude, options.paths, options.cwd));
    if (options.image?.images.length) {
      const images = await loadImages(options.image, options.cwd, engine);
      merge(total, {
        findings: images.findings,
        notes: images.notes,
        files: images.findings.map(f => ({ path: f.location.file, target: 'image' as const })),
        complete: images.complete
      });
      merge(total, scanImageDocuments(images.documents, { ...engine, repository }));
    }
    for (const note of ignores.expiredNotes()) total.notes.push(note);
    total.findings.sort(compareFindings);
    redactFindings(total.findings, total.notes, renders?.roots);
    return {
      config,
      result: {
        findings: total.findings,
        notes: total.notes,
        files: total.files,
        ...(renders?.roots.length ? { renders: renders.roots } : {}),
        rules: rules.filter(r => config?.rules[r.meta.id] !== 'off').map(r => r.meta),
        complete: total.complete,
        startedAt,
        finishedAt: new Date().toISOString()
      }
    };
  } finally {
    // Already stopped once the pool has run; this covers a scan that throws before it.
    if (workers) stopScanWorkers(workers);
  }
}

/**
 * The workers' lane: Dockerfiles the facts pass did not parse. Workers warm up on a Dockerfile, and
 * this thread has warmed the YAML parser on the facts pass (Compose files, workflows): each thread
 * scanning mostly one kind pays one warm-up per parser, not two.
 */
function inWorkerLane(path: string, repository: RepositoryBuild): boolean {
  return isDockerfileName(path) && !repository.parsed.has(path);
}

function readSources(
  files: DiscoveredFile[],
  notes: Note[],
  overrides?: ReadonlyMap<string, string>
): SourceFile[] {
  const read = files.map(f => {
    const text = overrides?.get(f.path);
    return text === undefined ? readTextFile(f.absolutePath) : { kind: 'text' as const, text };
  });
  const sources: SourceFile[] = [];
  read.forEach((content, index) => {
    const path = (files[index] as DiscoveredFile).path;
    if (content.kind === 'text') sources.push({ path, text: content.text });
    else if (content.kind === 'binary')
      notes.push({ kind: 'binary', file: path, message: 'Binary file: skipped.' });
    else
      notes.push({
        kind: content.kind === 'too-large' ? 'too-large' : 'unreadable',
        file: path,
        message: content.message
      });
  });
  return sources;
}

/**
 * Adds what rendering found. A plain manifest that a rendered root includes maps back to the same file
 * and line, so a finding already reported there is not reported twice; a plain manifest that only
 * rendered roots use gets its image and workload findings from the renders alone; the templates of a rendered chart
 * lose their "template skipped" note, since their rendered output was scanned. Kustomize patches are
 * judged only as applied. Nothing is reported on a file the user excluded.
 */
function mergeRendered(
  total: DocumentsResult,
  renders: RenderScanResult,
  isExcluded: (file: string) => boolean
): void {
  // A strategic-merge patch parses as a Deployment with no image and no limits: judged alone it only
  // gives false findings, and what it sets is reported (at its lines) through the rendered overlay
  // (or, without kubectl, the overlay's note says it was not scanned).
  // A base's Deployment says `image: app` and its kustomization `images: [{name: app, newTag: 1.4.2}]`:
  // read alone, the file states what no overlay deploys. Where every kustomization that uses a file
  // was rendered, its image and workload findings (4xx-6xx) are the renders'. Secrets (2xx) stay:
  // a committed secret is in the repository whatever an overlay makes of it.
  // A patch no kustomization uses (commented out) is no workload either; what it commits still counts.
  // A chart's files its rendered templates paste (`.Files.Get`, `.Files.Glob`) are among the rendered sources.
  const judgedRendered = (f: Finding) =>
    (renders.renderedSources.has(f.location.file) || renders.unlistedPatches.has(f.location.file)) &&
    f.target === 'kubernetes' &&
    /^BH[456]/.test(f.ruleId);
  if (renders.patchFiles.size || renders.renderedSources.size || renders.unlistedPatches.size) {
    const kept = total.findings.filter(f => !renders.patchFiles.has(f.location.file) && !judgedRendered(f));
    total.findings.length = 0;
    for (const finding of kept) total.findings.push(finding);
  }
  // The file's own finding at that line is the same one, whatever name an overlay's `namePrefix`
  // gives the object in the rendered message (`Secret 'demo-mysql-pass'` for `mysql-pass`).
  // Keyed only when there is something to add: a tree with no chart keys every finding for nothing.
  const asFile = new Set(renders.findings.length ? total.findings.map(lineKey) : []);
  const isRepeat = repeatFilter();
  for (const finding of renders.findings) {
    // A chart renders whole: what lands on an excluded template or values file is left out with it.
    if (isExcluded(finding.location.file) || asFile.has(lineKey(finding)) || isRepeat(finding)) continue;
    total.findings.push(finding);
  }
  // A library chart's templates hold named templates for other charts: nothing there renders alone.
  const rendered = [
    ...renders.roots.filter(r => r.status === 'rendered' && r.kind === 'helm').map(r => r.root),
    ...renders.libraryCharts
  ];
  const inRendered = (file: string) => rendered.some(dir => dir === '.' || file.startsWith(`${dir}/`));
  const notes = total.notes.filter(n => n.kind !== 'template' || n.file === undefined || !inRendered(n.file));
  total.notes.length = 0;
  for (const note of notes) total.notes.push(note);
  for (const note of renders.notes) total.notes.push(note);
}

/** Appends one by one: spreading an array of 100,000+ findings into `push` overflows the call stack. */
function merge(into: DocumentsResult, from: DocumentsResult): void {
  for (const finding of from.findings) into.findings.push(finding);
  for (const note of from.notes) into.notes.push(note);
  for (const file of from.files) into.files.push(file);
  into.complete &&= from.complete;
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Config globs are relative to the config file's directory; discovery matches relative to cwd. */
function relativeGlob(glob: string, configDir: string, cwd: string): string {
  const prefix = relative(cwd, configDir).split('\\').join('/');
  return prefix && !glob.startsWith('**') ? `${prefix}/${glob}` : glob;
}
