import { availableParallelism, cpus } from 'node:os';
import { posix, resolve } from 'node:path';
import type { Finding, Note } from '../core/finding.js';
import { ConfigurationError } from '../core/errors.js';
import { loadDocumentParsers } from './load-document-parsers.js';
import {
  compareRoots,
  discoverRenderRoots,
  isRenderRootFile,
  KUSTOMIZATION_NAMES,
  libraryChartDirs,
  type RenderRoot
} from '../render/discover-render-roots.js';
import {
  isPatchName,
  isWorkloadFragment,
  kustomizationPatches,
  unlistedPatchFiles
} from '../render/kustomization-patches.js';
import { fallbackSentence, KustomizationGraph } from '../render/fallback-roots.js';
import { findRenderTools, type RenderTools } from '../render/find-render-tools.js';
import type { MappingContext } from '../render/mapping-context.js';
import { kustomizationFiles } from '../render/kustomization-files.js';
import { renderChart, withPeriod } from '../render/render-chart.js';
import { renderKustomize } from '../render/render-kustomize.js';
import { readOptionalText } from '../render/read-optional-text.js';
import type { ToolOutcome } from '../render/run-render-tool.js';
import { withoutGeneratedSecrets } from '../render/generated-secrets.js';
import type { RenderConfig } from './config-file.js';
import type { DocumentsResult, EngineOptions } from './scan-documents.js';
import type { RenderedRoot } from '../core/scan-result.js';
import { scanRendered } from './scan-rendered-stream.js';
import { addWindowsPass, type WindowsPass } from './scan-windows-pass.js';

export const DEFAULT_RENDER_CONFIG: RenderConfig = {
  helm: 'auto',
  kustomize: 'auto',
  fetchDependencies: false,
  windowsSwitches: true,
  timeout: 120,
  charts: {}
};

export interface RenderScanInput {
  /** Every discovered file, relative to `cwd`, POSIX separators. */
  files: readonly string[];
  cwd: string;
  config: RenderConfig;
  /** The config file's directory (config paths are relative to it). */
  configDir: string;
  env: Readonly<Record<string, string | undefined>>;
  engine: EngineOptions;
}

export interface RenderScanResult extends DocumentsResult {
  roots: RenderedRoot[];
  /** Kustomize patch files of the repository: fragments, judged only as applied in a render. */
  patchFiles: Set<string>;
  /** Files named as patches beside a kustomization that does not use them (commented out): no workloads. */
  unlistedPatches: Set<string>;
  /**
   * Plain manifests whose objects every kustomization that uses them deployed in a render: files the
   * rendered objects came from, less those of any Kustomize root that was not rendered; and the files
   * of a rendered chart that its templates paste (`.Files.Get`, `.Files.Glob`) and that rendered.
   */
  renderedSources: Set<string>;
  /** Library charts' directories: their templates are rendered only through the charts that use them. */
  libraryCharts: string[];
}

/**
 * Renders every Helm chart and Kustomize root with the real tools, runs the rules on the rendered
 * objects and points each finding at the template, values, resource or patch line behind it. A root that
 * cannot be rendered is one note; the rest of the scan never depends on it.
 */
export async function scanRenderRoots(input: RenderScanInput): Promise<RenderScanResult> {
  // Finding the roots parses kustomization files (and rendering parses YAML): a tree without any
  // does not load the YAML parser here.
  if (input.files.some(isRenderRootFile)) await loadDocumentParsers();
  const texts = new Map<string, string | undefined>();
  const readText = (path: string): string | undefined => {
    if (!texts.has(path)) texts.set(path, readOptionalText(resolve(input.cwd, path)));
    return texts.get(path);
  };
  const roots = discoverRenderRoots(input.files, readText);
  const result: RenderScanResult = {
    findings: [],
    notes: [],
    files: [],
    complete: true,
    roots: [],
    patchFiles: new Set(),
    unlistedPatches: new Set(),
    renderedSources: new Set(),
    libraryCharts: libraryChartDirs(input.files, readText)
  };
  if (roots.length === 0) return result;
  const tools = findRenderTools(
    input.env,
    { helm: input.config.helmPath, kubectl: input.config.kubectlPath, kustomize: input.config.kustomizePath },
    input.configDir
  );
  for (const kind of ['helm', 'kustomize'] as const)
    if (input.config[kind] === 'on' && !tools[kind] && roots.some(r => r.kind === kind))
      throw new ConfigurationError(
        `render.${kind} is 'on' but ${toolName(kind)} was not found (PATH, config or ${toolVariable(kind)}).`
      );
  const render = (root: RenderRoot) => renderRoot(root, tools, input, readText);
  const limit = Math.max(1, availableParallelism?.() ?? cpus().length);
  const firstOutcomes = await runBounded(
    roots.map(root => () => render(root)),
    limit
  );
  const renders = roots.map((root, index) => ({ root, outcome: firstOutcomes[index] as RootOutcome }));
  const fallbacks = await renderFallbacks(renders, render, limit, input.files, readText);
  renders.sort((a, b) => compareRoots(a.root, b.root));
  const outcomes = renders.map(({ outcome }) => outcome);
  for (const outcome of outcomes) {
    result.roots.push(outcome.summary);
    for (const note of outcome.notes) result.notes.push(note);
    for (const file of outcome.sourceFiles ?? []) result.renderedSources.add(file);
  }
  // A chart's templates also render in a chart that takes it as a `file://` dependency (SonarQube's
  // Azure chart): the same finding from both is first the one of the chart whose file it is.
  const inOwnRoot = (finding: Finding, root: string) =>
    root === '.' || finding.location.file.startsWith(`${root}/`);
  for (const own of [true, false])
    for (const outcome of outcomes)
      for (const finding of outcome.findings)
        if (inOwnRoot(finding, outcome.summary.root) === own) result.findings.push(finding);
  if (result.renderedSources.size) {
    // What a root that did not render would deploy is unknown: its files keep their findings as files.
    // An app-of-apps that only lists kustomizations rendered on their own would deploy their renders.
    const files = new Set(input.files);
    const unrendered = (dir: string) =>
      fallbacks
        ? fallbacks.graph.unrenderedFiles(dir, files, readText, fallbacks.alone)
        : kustomizationFiles(dir, files, readText);
    for (const { root, outcome } of renders)
      if (root.kind === 'kustomize' && outcome.summary.status !== 'rendered')
        for (const file of unrendered(root.dir)) result.renderedSources.delete(file);
  }
  // Patches by directory, gathered once: each kustomization then looks at its own folder only. A
  // patch is named as one, or is a workload fragment whose containers name no image (cloudnative-pg's
  // env_override.yaml, which its Makefile adds with `kustomize edit add patch`).
  const kustomizationDirs = new Set(
    input.files.filter(file => KUSTOMIZATION_NAMES.includes(posix.basename(file))).map(posix.dirname)
  );
  const patchNamed = new Map<string, string[]>();
  for (const file of input.files) {
    const dir = posix.dirname(file);
    if (!kustomizationDirs.has(dir) || KUSTOMIZATION_NAMES.includes(posix.basename(file))) continue;
    if (isPatchName(file) || (/\.ya?ml$/i.test(file) && isWorkloadFragment(readText(file)))) {
      const inDir = patchNamed.get(dir);
      if (inDir) inDir.push(file);
      else patchNamed.set(dir, [file]);
    }
  }
  for (const file of input.files)
    if (KUSTOMIZATION_NAMES.includes(posix.basename(file))) {
      for (const patch of kustomizationPatches(file, readText)) result.patchFiles.add(patch);
      const besides = patchNamed.get(posix.dirname(file)) ?? [];
      for (const patch of unlistedPatchFiles(file, besides, readText)) result.unlistedPatches.add(patch);
    }
  return result;
}

/** A root and what rendering it gave. */
interface RootRender {
  root: RenderRoot;
  outcome: RootOutcome;
}

/**
 * When a Kustomize root fails, renders on their own the kustomizations it uses that no rendered root
 * renders through: one broken child of an app-of-apps (a remote dashboard offline) must not hide
 * the generators and patches of the hundred others. A fallback that fails has its own used in
 * turn. Each kustomization is tried at most once, and in the order of their directories, so the
 * renders stay bounded by the repository's kustomizations and the result does not depend on timing.
 * The failed root's note names those rendered on their own. Returns the graph and the kustomizations
 * tried on their own, or nothing when no Kustomize root failed.
 */
async function renderFallbacks(
  renders: RootRender[],
  render: (root: RenderRoot) => Promise<RootOutcome>,
  limit: number,
  files: readonly string[],
  readText: (path: string) => string | undefined
): Promise<{ graph: KustomizationGraph; alone: Set<string> } | undefined> {
  const failed = (list: readonly RootRender[]) =>
    list.filter(({ root, outcome }) => root.kind === 'kustomize' && outcome.summary.status === 'failed');
  let failures = failed(renders);
  if (!failures.length) return undefined;
  const graph = new KustomizationGraph(files, readText);
  const tried = new Set(renders.filter(({ root }) => root.kind === 'kustomize').map(({ root }) => root.dir));
  const alone = new Set<string>();
  while (failures.length) {
    const covered = graph.usedBy(
      renders
        .filter(({ root, outcome }) => root.kind === 'kustomize' && outcome.summary.status === 'rendered')
        .map(({ root }) => root.dir)
    );
    const wanted = failures.map(({ root }) => graph.fallbacksOf(root.dir, covered, tried));
    // One that another of this round uses renders through it; it is tried alone only if that one fails.
    const inner = graph.usedBy(wanted.flat().map(root => root.dir));
    const wave = new Map<string, RenderRoot>();
    for (const [index, { root, outcome }] of failures.entries()) {
      const fallbacks = (wanted[index] ?? []).filter(fallback => !inner.has(fallback.dir));
      if (!fallbacks.length) continue;
      const note = outcome.notes.find(n => n.kind === 'render' && n.file === root.file);
      if (note) note.message = `${note.message} ${fallbackSentence(fallbacks)}`;
      for (const fallback of fallbacks) wave.set(fallback.dir, fallback);
    }
    const next = [...wave.values()].sort(compareRoots);
    for (const root of next) {
      tried.add(root.dir);
      alone.add(root.dir);
    }
    const outcomes = await runBounded(
      next.map(root => () => render(root)),
      limit
    );
    const added = next.map((root, index) => ({ root, outcome: outcomes[index] as RootOutcome }));
    renders.push(...added);
    failures = failed(added);
  }
  return { graph, alone };
}

interface RootOutcome {
  summary: RenderedRoot;
  findings: Finding[];
  notes: Note[];
  /** The repository files the rendered objects came from: Kustomize resources, chart files templates paste. */
  sourceFiles?: string[];
}

async function renderRoot(
  root: RenderRoot,
  tools: RenderTools,
  input: RenderScanInput,
  readText: (path: string) => string | undefined
): Promise<RootOutcome> {
  const summary: RenderedRoot = { root: root.dir, kind: root.kind, status: 'skipped' };
  const note = (reason: string): RootOutcome => {
    summary.reason = reason;
    const verb = summary.status === 'failed' ? 'could not be rendered' : 'was not rendered';
    const what = root.kind === 'helm' ? 'Helm chart' : 'Kustomize root';
    return {
      summary,
      findings: [],
      notes: [
        {
          kind: 'render',
          file: root.file,
          message: `${what} '${root.dir}' ${verb}: ${withPeriod(reason)} ${root.kind === 'helm' ? 'Its templates were not scanned.' : 'Only its plain manifests were scanned, as files.'}`
        }
      ]
    };
  };
  if (input.config[root.kind] === 'off') return note(`render.${root.kind} is off in the config.`);
  const timeoutMs = input.config.timeout * 1000;
  const absolute = resolve(input.cwd, root.dir);
  const context: MappingContext = { root, cwd: input.cwd, readText, valuesFiles: [], files: input.files };
  let first: ToolOutcome;
  let windowsPass: WindowsPass | undefined;
  const renderedWith: string[] = [];
  let rerender: (() => Promise<ToolOutcome>) | undefined;
  if (root.kind === 'helm') {
    if (!tools.helm) return note(`helm was not found (PATH, render.helm-path or BULKHEAD_HELM).`);
    const chart = await renderChart({
      helm: tools.helm,
      root,
      cwd: input.cwd,
      charts: input.config.charts,
      configDir: input.configDir,
      fetchDependencies: input.config.fetchDependencies,
      windowsSwitches: input.config.windowsSwitches,
      timeoutMs,
      env: input.env,
      files: input.files,
      readText
    });
    first = chart.outcome;
    context.valuesFiles = chart.valuesFiles;
    if (chart.localCharts.size) context.localCharts = chart.localCharts;
    if (chart.ciValuesFile) summary.valuesFile = chart.ciValuesFile;
    renderedWith.push(...chart.notes);
    if (chart.windowsPass) windowsPass = { switches: chart.switches, render: chart.windowsPass };
    rerender = chart.rerender;
  } else {
    if (!tools.kustomize)
      return note(`kubectl or kustomize was not found (PATH, render.kubectl-path or BULKHEAD_KUBECTL).`);
    const rendered = await renderKustomize({
      tool: tools.kustomize,
      rootDir: absolute,
      shown: { dir: root.dir, cwd: input.cwd },
      timeoutMs,
      allowNetwork: input.config.fetchDependencies,
      env: input.env
    });
    context.originBase = rendered.originBase;
    first = rendered;
  }
  if (!first.ok) {
    summary.status = 'failed';
    return note(first.reason);
  }
  const base = scanRendered(first.stdout, root, context, input.engine);
  summary.status = 'rendered';
  summary.objects = base.objects;
  const findings = rerender ? await withoutGeneratedSecrets(base, first.stdout, rerender) : base.findings;
  const notes = base.notes;
  notes.unshift(...renderedWith.map(message => ({ kind: 'render' as const, file: root.file, message })));
  if (windowsPass) await addWindowsPass(windowsPass, root, context, input.engine, summary, findings, notes);
  return { summary, findings, notes, sourceFiles: base.sourceFiles };
}

async function runBounded<T>(jobs: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array<T>(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const index = next++;
      results[index] = await (jobs[index] as () => Promise<T>)();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  return results;
}

function toolName(kind: 'helm' | 'kustomize'): string {
  return kind === 'helm' ? 'helm' : 'kubectl or kustomize';
}

function toolVariable(kind: 'helm' | 'kustomize'): string {
  return kind === 'helm' ? 'BULKHEAD_HELM' : 'BULKHEAD_KUBECTL';
}
