#!/usr/bin/env node
import { createRequire as __bulkheadRequire } from 'node:module';
const require = __bulkheadRequire(import.meta.url);
import {
  repeatFilter
} from "./chunk-BTHUH27J.js";
import {
  accessSync,
  constants,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync
} from "./chunk-27DCNQHF.js";
import {
  KUSTOMIZATION_NAMES,
  LineCounter,
  compareRoots,
  computeLineFingerprints,
  discoverRenderRoots,
  inlineSuppression,
  isAlias,
  isMap,
  isNode,
  isRenderRootFile,
  isScalar,
  isSeq,
  libraryChartDirs,
  lineRegion,
  loadDocumentParsers,
  maskUnreadDocuments,
  parse,
  parseAllDocuments,
  parseDocument,
  parseInlineSuppressions,
  readKustomization,
  referencedPath,
  reindentedYaml,
  scanDocuments
} from "./chunk-3UFK2WML.js";
import "./chunk-MFQIY6JZ.js";
import "./chunk-R7SXB4GR.js";
import {
  ConfigurationError
} from "./chunk-FYCLPXZE.js";
import "./chunk-QLIY3PYG.js";

// src/engine/scan-rendered.ts
import { availableParallelism, cpus } from "node:os";
import { posix as posix13, resolve as resolve8 } from "node:path";

// src/render/kustomization-patches.ts
import { posix } from "node:path";
function kustomizationPatches(kustomization, readText) {
  return patchPaths(kustomization, readKustomization(readText(kustomization)));
}
function patchPaths(kustomization, entries) {
  const dir = posix.dirname(kustomization);
  return entries.patches.map((e) => posix.normalize(posix.join(dir, e)));
}
var PATCH_NAME = /(^|[-_.])patch(es)?([-_.][^/]*)?\.ya?ml$/i;
function isPatchName(path) {
  return PATCH_NAME.test(path.slice(path.lastIndexOf("/") + 1));
}
var WORKLOAD_KIND = /^kind:[ \t]*["']?(Deployment|StatefulSet|DaemonSet|ReplicaSet|Job|CronJob|Pod)["']?[ \t]*(#.*)?$/m;
function isWorkloadFragment(text) {
  return text !== void 0 && WORKLOAD_KIND.test(text) && /^[ \t]*(?:-[ \t]+)?containers[ \t]*:/m.test(text) && !/^[ \t]*(?:-[ \t]+)?["']?image["']?[ \t]*:/m.test(text);
}
function unlistedPatchFiles(kustomization, besides, readText) {
  if (besides.length === 0) return [];
  const dir = posix.dirname(kustomization);
  const entries = readKustomization(readText(kustomization));
  const listed = new Set(patchPaths(kustomization, entries));
  for (const reference of entries.references) listed.add(referencedPath(dir, reference));
  return besides.filter((file) => !listed.has(file));
}

// src/render/fallback-roots.ts
import { posix as posix3 } from "node:path";

// src/render/kustomization-files.ts
import { posix as posix2 } from "node:path";
function kustomizationFiles(dir, files, readText, leave = /* @__PURE__ */ new Set()) {
  const top = posix2.normalize(dir);
  const found = /* @__PURE__ */ new Set();
  const visited = /* @__PURE__ */ new Set();
  const visit = (at) => {
    if (visited.has(at)) return;
    visited.add(at);
    const file = KUSTOMIZATION_NAMES.map((name) => at === "." ? name : `${at}/${name}`).find(
      (f) => files.has(f)
    );
    if (file === void 0) return;
    for (const reference of readKustomization(readText(file)).references) {
      const path = referencedPath(at, reference);
      if (files.has(path)) found.add(path);
      else if (at !== top || !leave.has(path)) visit(path);
    }
  };
  visit(top);
  return found;
}

// src/render/fallback-roots.ts
var LISTING_FIELDS = /* @__PURE__ */ new Set(["apiVersion", "kind", "metadata", "resources", "bases"]);
var KustomizationGraph = class {
  nodes = /* @__PURE__ */ new Map();
  constructor(files, readText) {
    const found = /* @__PURE__ */ new Map();
    for (const file of files) {
      const dir = posix3.dirname(file);
      if (KUSTOMIZATION_NAMES.includes(posix3.basename(file)) && !found.has(dir)) found.set(dir, file);
    }
    for (const [dir, file] of found) {
      const kustomization = readKustomization(readText(file));
      const uses = kustomization.references.map((reference) => referencedPath(dir, reference)).filter((path) => found.has(path));
      this.nodes.set(dir, {
        file,
        component: kustomization.kind === "Component",
        listsOnly: onlyListing(readText(file)),
        uses: [...new Set(uses)]
      });
    }
  }
  /** Every kustomization the ones in `dirs` use, at any depth (not those in `dirs` themselves, unless used). */
  usedBy(dirs) {
    const reached = /* @__PURE__ */ new Set();
    const pending = [...dirs];
    for (let dir = pending.pop(); dir !== void 0; dir = pending.pop())
      for (const used of this.nodes.get(dir)?.uses ?? [])
        if (!reached.has(used)) {
          reached.add(used);
          pending.push(used);
        }
    return reached;
  }
  /**
   * What to render on its own because the root in `dir` failed: the kustomizations it uses that no
   * root rendered through (`covered`) and none tried already (`tried`), in order. A Component cannot
   * be built alone: the kustomizations it lists stand in for it. Deeper ones wait for these: they
   * render through them, or are tried in turn when one of these fails.
   */
  fallbacksOf(dir, covered, tried) {
    const roots = [];
    const seen = /* @__PURE__ */ new Set([dir]);
    const visit = (at) => {
      for (const used of this.nodes.get(at)?.uses ?? []) {
        if (seen.has(used)) continue;
        seen.add(used);
        const node = this.nodes.get(used);
        if (node.component) visit(used);
        else if (!covered.has(used) && !tried.has(used))
          roots.push({ kind: "kustomize", dir: used, file: node.file });
      }
    };
    visit(dir);
    return roots.sort(compareRoots);
  }
  /**
   * The repository files the failed root in `dir` takes objects from, less those of the kustomizations
   * it lists that were tried on their own (`alone`) when it only lists them: it would deploy what they
   * render, and one that failed accounts for its own files. A root that patches, prefixes or pins
   * images changes what it lists, so all its files stay unknown.
   */
  unrenderedFiles(dir, files, readText, alone) {
    const node = this.nodes.get(dir);
    const left = node?.listsOnly ? node.uses.filter((used) => alone.has(used)) : [];
    return kustomizationFiles(dir, files, readText, new Set(left));
  }
};
function onlyListing(text) {
  let data;
  try {
    data = text === void 0 ? void 0 : parse(text, { maxAliasCount: 100 });
  } catch {
    return false;
  }
  return !!data && typeof data === "object" && Object.keys(data).every((key) => LISTING_FIELDS.has(key));
}
function fallbackSentence(roots) {
  const names = roots.slice(0, 3).map((root) => `'${root.dir}'`);
  const more = roots.length - names.length;
  const last = more > 0 ? `${more} more` : names.pop();
  const list = names.length ? `${names.join(", ")} and ${last}` : last;
  return roots.length === 1 ? `${list}, which it uses, was rendered on its own.` : `${roots.length} kustomizations it uses were rendered on their own: ${list}.`;
}

// src/render/find-render-tools.ts
import { delimiter, join, resolve } from "node:path";
function findRenderTools(env, configured = {}, configDir = ".") {
  const pick = (name, variable) => {
    const explicit = configured[name] ? resolve(configDir, configured[name]) : env[variable];
    if (explicit) return isExecutable(explicit) ? explicit : void 0;
    return findOnPath(name, env);
  };
  const helm = pick("helm", "BULKHEAD_HELM");
  const kubectl = pick("kubectl", "BULKHEAD_KUBECTL");
  const kustomize = kubectl ? void 0 : pick("kustomize", "BULKHEAD_KUSTOMIZE");
  return {
    ...helm ? { helm } : {},
    ...kubectl ? { kustomize: { command: kubectl, args: ["kustomize"] } } : kustomize ? { kustomize: { command: kustomize, args: ["build"] } } : {}
  };
}
function findOnPath(name, env) {
  const path = env.PATH ?? env.Path ?? "";
  const extensions = process.platform === "win32" ? (env.PATHEXT ?? ".EXE").split(";") : [""];
  for (const dir of path.split(delimiter)) {
    if (!dir) continue;
    for (const extension of extensions) {
      const candidate = join(dir, name + extension.toLowerCase());
      if (isExecutable(candidate)) return candidate;
    }
  }
  return void 0;
}
function isExecutable(file) {
  try {
    if (!statSync(file).isFile()) return false;
    if (process.platform !== "win32") accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

// src/render/render-chart.ts
import { posix as posix4, relative as relative3, resolve as resolve5 } from "node:path";

// src/render/local-chart-dependencies.ts
import { dirname, isAbsolute, join as join3, relative, resolve as resolve2, sep } from "node:path";

// src/render/helm-ignore.ts
import { join as join2 } from "node:path";

// src/render/helm-glob.ts
var MAX_PATTERN = 500;
var MAX_EXPANSIONS = 64;
function helmGlobMatcher(pattern2) {
  if (pattern2.length > MAX_PATTERN) return void 0;
  const plain = expandAlternatives(pattern2);
  if (!plain) return void 0;
  const compiled = [];
  for (const each of plain) {
    const tokens = tokenize(each);
    if (!tokens) return void 0;
    compiled.push(tokens);
  }
  return (name) => compiled.some((tokens) => matches(tokens, Array.from(name)));
}
function expandAlternatives(pattern2) {
  let open = -1;
  for (let i = 0; i < pattern2.length; i++) {
    if (pattern2[i] === "\\") i++;
    else if (pattern2[i] === "[") {
      const close2 = classEnd(pattern2, i);
      if (close2 < 0) return void 0;
      i = close2;
    } else if (pattern2[i] === "{") {
      open = i;
      break;
    } else if (pattern2[i] === "}") return void 0;
  }
  if (open < 0) return [pattern2];
  const options = [];
  let depth = 0;
  let start = open + 1;
  let close = -1;
  for (let i = open + 1; i < pattern2.length && close < 0; i++) {
    const char = pattern2[i];
    if (char === "\\") i++;
    else if (char === "[") {
      const end = classEnd(pattern2, i);
      if (end < 0) return void 0;
      i = end;
    } else if (char === "{") depth++;
    else if (char === "}" && depth > 0) depth--;
    else if (char === "}") {
      options.push(pattern2.slice(start, i));
      close = i;
    } else if (char === "," && depth === 0) {
      options.push(pattern2.slice(start, i));
      start = i + 1;
    }
  }
  if (close < 0) return void 0;
  const before = pattern2.slice(0, open);
  const after = pattern2.slice(close + 1);
  const expanded = [];
  for (const option of options) {
    const each = expandAlternatives(`${before}${option}${after}`);
    if (!each) return void 0;
    expanded.push(...each);
    if (expanded.length > MAX_EXPANSIONS) return void 0;
  }
  return expanded;
}
function classEnd(pattern2, open) {
  let i = open + 1;
  if (pattern2[i] === "!") i++;
  for (; i < pattern2.length; i++) {
    if (pattern2[i] === "\\") i++;
    else if (pattern2[i] === "]") return i;
  }
  return -1;
}
function tokenize(pattern2) {
  const chars = Array.from(pattern2);
  const tokens = [];
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i];
    if (char === "\\") {
      const next = chars[++i];
      if (next === void 0) return void 0;
      tokens.push({ type: "literal", char: next });
    } else if (char === "*") {
      if (chars[i + 1] === "*") {
        i++;
        tokens.push({ type: "any" });
      } else tokens.push({ type: "segment" });
    } else if (char === "?") tokens.push({ type: "one" });
    else if (char === "[") {
      const parsed2 = parseClass(chars, i);
      if (!parsed2) return void 0;
      tokens.push(parsed2.token);
      i = parsed2.end;
    } else tokens.push({ type: "literal", char });
  }
  return tokens;
}
function parseClass(chars, open) {
  let i = open + 1;
  const negated = chars[i] === "!";
  if (negated) i++;
  const ranges = [];
  for (; i < chars.length && chars[i] !== "]"; i++) {
    let low = chars[i];
    if (low === "\\") low = chars[++i] ?? "";
    if (chars[i + 1] === "-" && chars[i + 2] !== void 0 && chars[i + 2] !== "]") {
      let high = chars[i + 2];
      i += 2;
      if (high === "\\") high = chars[++i] ?? "";
      ranges.push([low, high]);
    } else ranges.push([low, low]);
  }
  if (chars[i] !== "]" || ranges.length === 0) return void 0;
  const test = (char) => ranges.some(([low, high]) => char >= low && char <= high);
  return { token: { type: "class", negated, test }, end: i };
}
function matches(tokens, name) {
  let reach = new Array(name.length + 1).fill(false);
  reach[0] = true;
  for (const token of tokens) {
    const next = new Array(name.length + 1).fill(false);
    for (let p = 0; p <= name.length; p++) {
      if (!reach[p]) continue;
      if (token.type === "any" || token.type === "segment") {
        next[p] = true;
        for (let q = p; q < name.length && (token.type === "any" || name[q] !== "/"); q++) next[q + 1] = true;
        continue;
      }
      const char = name[p];
      if (char === void 0) continue;
      const fits = token.type === "literal" ? char === token.char : token.type === "one" ? char !== "/" : token.test(char) !== token.negated;
      if (fits) next[p + 1] = true;
    }
    reach = next;
  }
  return reach[name.length] === true;
}

// src/render/read-optional-text.ts
function readOptionalText(path) {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return void 0;
  }
}

// src/render/helm-ignore.ts
var MAX_RULES = 500;
function helmIgnore(chartDir) {
  const rules = parseRules(readOptionalText(join2(chartDir, ".helmignore")) ?? "");
  if (!rules.length) return () => false;
  return (path, directory) => {
    const segments = path.split("/").filter((segment) => segment !== "" && segment !== ".");
    for (let end = 1; end <= segments.length; end++)
      if (ignored(rules, segments.slice(0, end).join("/"), end < segments.length || directory)) return true;
    return false;
  };
}
function parseRules(text) {
  const rules = [];
  for (const raw of text.split(/\r\n|\r|\n/).slice(0, MAX_RULES)) {
    let rule = raw.trim();
    if (rule === "" || rule.startsWith("#") || rule.includes("**")) continue;
    const negate = rule.startsWith("!");
    if (negate) rule = rule.slice(1);
    const directoryOnly = rule.endsWith("/");
    if (directoryOnly) rule = rule.slice(0, -1);
    const wholePath = rule.includes("/");
    const match = helmGlobMatcher(rule.replace(/^\//, ""));
    if (match) rules.push({ negate, directoryOnly, wholePath, match });
  }
  return rules;
}
function ignored(rules, path, directory) {
  const base = path.slice(path.lastIndexOf("/") + 1);
  for (const rule of rules) {
    const matches2 = rule.match(rule.wholePath ? path : base);
    if (rule.negate) {
      if (rule.directoryOnly && !directory || !matches2) return true;
      continue;
    }
    if (rule.directoryOnly && !directory) continue;
    if (matches2) return true;
  }
  return false;
}

// src/render/local-chart-dependencies.ts
var MAX_DEPTH = 8;
function readLocalCharts(chartDir, boundary) {
  const realBoundary = realPath(boundary) ?? resolve2(boundary);
  return dependenciesOf(chartDir, realBoundary, [realPath(chartDir) ?? resolve2(chartDir)]);
}
function dependenciesOf(chartDir, boundary, chain) {
  const listed = chartDependencies(chartDir).filter(
    (entry) => entry.repository?.startsWith("file://") === true
  );
  return listed.map(({ name, alias, repository }) => {
    const vendored = vendoredAs(chartDir, name);
    const path = repository.slice("file://".length);
    const dir = isAbsolute(path) ? resolve2(path) : resolve2(chartDir, path);
    const realDir = realPath(dir);
    const chart = {
      name,
      ...alias ? { alias } : {},
      repository,
      dir,
      ...realDir ? { realDir } : {},
      vendored: vendored !== void 0,
      archived: vendored === "archive",
      dependencies: []
    };
    const problem = problemOf(realDir, boundary, chain);
    if (problem) chart.problem = problem;
    else if (realDir && chain.length < MAX_DEPTH)
      chart.dependencies = dependenciesOf(dir, boundary, [...chain, realDir]);
    return chart;
  });
}
function problemOf(realDir, boundary, chain) {
  if (!realDir || !existsSync(join3(realDir, "Chart.yaml"))) return "there is no chart at that path";
  if (!isInside(realDir, boundary)) return "it is outside the working directory, which is all a scan reads";
  if (chain.some((chart) => chart === realDir || packagedAsSubchart(chart, realDir)))
    return "it holds a chart that depends on it, so the chain never ends";
  return chain.length >= MAX_DEPTH ? `it is more than ${MAX_DEPTH} charts deep` : void 0;
}
function packagedAsSubchart(chart, dir) {
  if (!isInside(chart, dir)) return false;
  const path = relative(dir, chart).split(sep).join("/");
  return path.startsWith("charts/") && !helmIgnore(dir)(path, true);
}
function chartDependencies(chartDir) {
  return [
    ...listedDependencies(readOptionalText(join3(chartDir, "Chart.yaml"))),
    ...listedDependencies(readOptionalText(join3(chartDir, "requirements.yaml")))
  ];
}
function listedDependencies(text) {
  if (text === void 0 || !text.includes("dependencies")) return [];
  let data;
  try {
    data = parse(text, { maxAliasCount: 100 });
  } catch {
    return [];
  }
  const entries = data?.dependencies;
  if (!Array.isArray(entries)) return [];
  return entries.flatMap((entry) => {
    const { name, alias, repository } = entry ?? {};
    if (typeof name !== "string" || name === "" || /[\\/]/.test(name)) return [];
    return [
      {
        name,
        ...typeof alias === "string" && alias && !/[\\/]/.test(alias) ? { alias } : {},
        ...typeof repository === "string" ? { repository } : {}
      }
    ];
  });
}
function vendoredAs(chartDir, name) {
  const charts = join3(chartDir, "charts");
  let entries;
  try {
    entries = readdirSync(charts);
  } catch {
    return void 0;
  }
  if (entries.some((entry) => chartName(readOptionalText(join3(charts, entry, "Chart.yaml"))) === name))
    return "directory";
  const archive = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}-\\d.*\\.tgz$`);
  return entries.some((entry) => archive.test(entry)) ? "archive" : void 0;
}
function chartName(text) {
  return text === void 0 ? void 0 : /^name:[ \t]*["']?([^"'\s#]+)["']?[ \t]*(#.*)?$/m.exec(text)?.[1];
}
function unvendored(charts) {
  return charts.filter((chart) => !chart.vendored);
}
function localChartProblem(charts, all) {
  for (const chart of all ? charts : unvendored(charts)) {
    if (chart.problem)
      return `its dependency '${chart.name}' (${chart.repository}) ${chart.vendored ? "cannot be built from its path" : "is not in charts/ and cannot be copied there"}: ${chart.problem}.`;
    const inner = localChartProblem(chart.dependencies, false);
    if (inner) return inner;
  }
  return void 0;
}
function placeLocalCharts(copy, charts) {
  const placed = /* @__PURE__ */ new Set();
  for (const chart of unvendored(charts)) {
    if (placed.has(chart.name) || !chart.realDir) continue;
    placed.add(chart.name);
    let target = join3(copy, "charts", chart.name);
    for (let n = 2; existsSync(target); n++) target = join3(copy, "charts", `${chart.name}-${n}`);
    placeLocalCharts(copyChart(chart.realDir, target), chart.dependencies);
  }
  return copy;
}
function mirrorLocalCharts(chartDir, charts, tree) {
  const usable = charts.filter((chart) => chart.realDir && !chart.problem);
  let base = resolve2(chartDir);
  for (const chart of usable) while (!isInside(chart.dir, base)) base = dirname(base);
  const copyOf = (dir) => join3(tree, relative(base, dir));
  copyChart(realPath(chartDir) ?? chartDir, copyOf(chartDir));
  const copied = [resolve2(chartDir)];
  const placed = /* @__PURE__ */ new Set();
  for (const chart of usable) {
    if (!copied.some((dir) => isInside(chart.dir, dir))) {
      copyChart(chart.realDir, copyOf(chart.dir));
      copied.push(chart.dir);
    }
    if (!placed.has(chart.dir)) placeLocalCharts(copyOf(chart.dir), chart.dependencies);
    placed.add(chart.dir);
  }
  return copyOf(chartDir);
}
function localChartDirectories(charts, cwd, all, prefix = "") {
  const dirs = /* @__PURE__ */ new Map();
  const realCwd = realPath(cwd) ?? resolve2(cwd);
  for (const chart of all ? charts : charts.filter((chart2) => !chart2.vendored || chart2.archived)) {
    if (!chart.realDir || chart.problem) continue;
    const rendered = `${prefix}charts/${chart.alias ?? chart.name}`;
    dirs.set(rendered, relative(realCwd, chart.realDir).split(sep).join("/") || ".");
    for (const [inner, dir] of localChartDirectories(chart.dependencies, cwd, false, `${rendered}/`))
      dirs.set(inner, dir);
  }
  return dirs;
}
function copyChart(from, to) {
  cpSync(from, to, { recursive: true, filter: (source) => !/[\\/]\.git$/.test(source) });
  return to;
}
function isInside(path, dir) {
  const rel = relative(dir, path);
  return rel === "" || rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}
function realPath(path) {
  try {
    return realpathSync(path);
  } catch {
    return void 0;
  }
}

// src/render/render-helm.ts
import { join as join5, resolve as resolve3 } from "node:path";

// src/render/run-render-tool.ts
import { tmpdir } from "node:os";
import { join as join4 } from "node:path";
var MAX_OUTPUT = 64 * 1024 * 1024;
function runRenderTool(run) {
  const env = isolatedEnvironment(run);
  const { execFile } = process.getBuiltinModule("node:child_process");
  return new Promise((resolvePromise) => {
    execFile(
      run.command,
      run.args,
      {
        cwd: run.cwd,
        env,
        timeout: run.timeoutMs,
        maxBuffer: MAX_OUTPUT,
        killSignal: "SIGKILL",
        windowsHide: true
      },
      (error, stdout, stderr) => {
        if (!error) return resolvePromise({ ok: true, stdout });
        const killed = error.killed;
        const reason = killed ? `it did not finish within ${Math.round(run.timeoutMs / 1e3)} s` : lastErrorLine(offlineReason((run.rewriteErrors ?? String)(String(stderr)), run.allowNetwork)) || error.message;
        resolvePromise({ ok: false, reason });
      }
    );
  });
}
async function withScratchDirectory(body) {
  const dir = mkdtempSync(join4(tmpdir(), "bulkhead-render-"));
  try {
    return await body(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
function isolatedEnvironment(run) {
  const home = join4(run.scratch, "home");
  for (const sub of ["config", "cache", "data", "plugins"]) mkdirSync(join4(home, sub), { recursive: true });
  const kubeconfig = join4(home, "kubeconfig");
  writeFileSync(kubeconfig, "apiVersion: v1\nkind: Config\n");
  const env = {
    HOME: home,
    USERPROFILE: home,
    HELM_CONFIG_HOME: join4(home, "config"),
    HELM_CACHE_HOME: join4(home, "cache"),
    HELM_DATA_HOME: join4(home, "data"),
    HELM_PLUGINS: join4(home, "plugins"),
    KUBECONFIG: kubeconfig,
    TMPDIR: run.scratch,
    GIT_TERMINAL_PROMPT: "0"
  };
  for (const name of ["PATH", "Path", "PATHEXT", "SystemRoot", "SYSTEMROOT", "TEMP", "TMP", "LANG"])
    if (run.env[name]) env[name] = run.env[name];
  if (run.allowNetwork) {
    for (const name of ["HTTPS_PROXY", "HTTP_PROXY", "NO_PROXY", "https_proxy", "http_proxy", "no_proxy"])
      if (run.env[name]) env[name] = run.env[name];
  } else {
    for (const name of ["HTTPS_PROXY", "HTTP_PROXY", "https_proxy", "http_proxy"])
      env[name] = "http://127.0.0.1:9";
    env.NO_PROXY = "";
    env.no_proxy = "";
    env.GIT_ALLOW_PROTOCOL = "file";
  }
  return env;
}
var OFFLINE_PROXY = /proxyconnect tcp: dial tcp 127\.0\.0\.1:9: connect: connection refused/g;
var OFFLINE_GIT = /fatal: transport '[a-z+]+' not allowed/g;
var OFFLINE = "not fetched (render.fetch-dependencies is off)";
function offlineReason(stderr, allowNetwork) {
  return allowNetwork ? stderr : stderr.replace(OFFLINE_PROXY, OFFLINE).replace(OFFLINE_GIT, OFFLINE);
}
var KLOG_HEADER = /^[IWEF]\d{4} \d{2}:\d{2}:\d{2}\.\d+\s+\d+ [\w./-]+:\d+\]\s*/;
var KLOG_ERROR = /^[IWEF]\d{4} [^\]]*\]\s*"[^"]*"\s+err=(?:<$|("(?:[^"\\]|\\.)*")$)/;
function lastErrorLine(stderr) {
  const text = klogError(stderr) ?? toolError(stderr);
  if (text.length <= 300) return text;
  const headEnd = text.lastIndexOf(" ", 100);
  const tailStart = text.indexOf(" ", text.length - 190);
  const head = text.slice(0, headEnd > 50 ? headEnd : 100).trimEnd();
  const tail = text.slice(tailStart > 0 && tailStart < text.length - 120 ? tailStart : -190).trimStart();
  return `${head} \u2026 ${tail}`;
}
function toolError(stderr) {
  const all = stderr.split(/\r?\n/);
  const at = all.findIndex((line) => /^error:/i.test(line.trim()));
  let start = at;
  if (start < 0) for (start = all.length - 1; start > 0 && all[start].trim() === ""; ) start--;
  let end = start + 1;
  while (at >= 0 && end < all.length && all[end].trim() !== "") end++;
  if (at >= 0 && /:\s*$/.test(all[end - 1])) {
    while (end < all.length && all[end].trim() === "") end++;
    while (end < all.length && all[end].trim() !== "") end++;
  }
  return all.slice(start, end).filter((line) => line.trim() !== "").map((line) => line.trim().replace(KLOG_HEADER, "")).join(" ").replace(/^error:\s*/i, "");
}
function klogError(stderr) {
  const all = stderr.split(/\r?\n/);
  for (let index = all.length - 1; index >= 0; index--) {
    const match = KLOG_ERROR.exec(all[index]);
    if (!match) continue;
    if (match[1] !== void 0) return unquoteGo(match[1]);
    const lines = [];
    for (const line of all.slice(index + 1)) {
      if (line.trim() === ">") break;
      lines.push(line.trim());
    }
    return lines.join(" ").trim();
  }
  return void 0;
}
function unquoteGo(quoted) {
  try {
    return JSON.parse(quoted).replace(/\s*\n\s*/g, " ").trim();
  } catch {
    return quoted.slice(1, -1);
  }
}

// src/render/render-helm.ts
var RELEASE_NAME = "bulkhead";
var OTHER_NAMESPACE = "bulkhead";
function refusesDefaultNamespace(reason) {
  return /execution error/i.test(reason) && /\bnamespace\b/i.test(reason) && /\bdefault\b/i.test(reason);
}
function renderHelm(render) {
  return withScratchDirectory(async (scratch) => {
    const base = {
      command: render.helm,
      cwd: scratch,
      scratch,
      timeoutMs: render.timeoutMs,
      env: render.env
    };
    const chart = stageChart(render, scratch);
    if (typeof chart !== "string") return chart;
    if (render.fetchDependencies) {
      const built = await runRenderTool({
        ...base,
        args: ["dependency", "build", chart],
        allowNetwork: true
      });
      if (!built.ok) return { ok: false, reason: `helm dependency build failed: ${built.reason}` };
    }
    const args = ["template", RELEASE_NAME, chart, "--namespace", render.namespace ?? "default"];
    for (const file of render.valuesFiles) args.push("--values", resolve3(file));
    for (const [key, value] of Object.entries(render.set)) args.push("--set", `${key}=${String(value)}`);
    if (render.skipSchemaValidation) args.push("--skip-schema-validation");
    if (render.extraValues !== void 0) {
      const extra = join5(scratch, "bulkhead-switches.yaml");
      writeFileSync(extra, render.extraValues);
      args.push("--values", extra);
    }
    return runRenderTool({ ...base, args, allowNetwork: render.fetchDependencies });
  });
}
function stageChart(render, scratch) {
  const local = render.localCharts ?? [];
  const needed = render.fetchDependencies || unvendored(local).length > 0;
  if (!needed) return render.chartDir;
  const problem = localChartProblem(local, render.fetchDependencies);
  if (problem) return { ok: false, reason: problem };
  try {
    if (render.fetchDependencies)
      return local.length ? mirrorLocalCharts(render.chartDir, local, join5(scratch, "tree")) : copyChart(render.chartDir, join5(scratch, "chart"));
    return placeLocalCharts(copyChart(render.chartDir, join5(scratch, "chart")), local);
  } catch (error) {
    return {
      ok: false,
      reason: `the chart could not be copied with its local dependencies: ${String(error)}`
    };
  }
}
function unloadableSchemaReference(reason) {
  if (!reason.includes("values don't meet the specifications of the schema")) return void 0;
  return /(?:failing loading|Get) "(https?:\/\/[^"]+)"/.exec(reason)?.[1];
}

// src/render/vendored-charts.ts
import { join as join6, relative as relative2, resolve as resolve4, sep as sep2 } from "node:path";

// src/render/chart-archive.ts
import { gunzipSync } from "node:zlib";
var MAX_ARCHIVE_BYTES = 16 * 1024 * 1024;
var MAX_TAR_BYTES = 64 * 1024 * 1024;
var MAX_FILE_BYTES = 4 * 1024 * 1024;
var MAX_ENTRIES = 5e3;
var BLOCK = 512;
function readChartArchive(path) {
  let tar;
  try {
    if (statSync(path).size > MAX_ARCHIVE_BYTES) return void 0;
    tar = gunzipSync(readFileSync(path), { maxOutputLength: MAX_TAR_BYTES });
  } catch {
    return void 0;
  }
  const entries = tarFiles(tar);
  const top = entries[0]?.path.split("/")[0];
  if (!top || entries.some((entry) => !entry.path.startsWith(`${top}/`))) return void 0;
  const files = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    const inChart = entry.path.slice(top.length + 1);
    if (inChart && !inChart.split("/").includes("..")) files.set(inChart, entry.text);
  }
  const name = chartName(files.get("Chart.yaml"));
  return name ? { name, files } : void 0;
}
function tarFiles(tar) {
  const files = [];
  let longName;
  for (let at = 0, count = 0; at + BLOCK <= tar.length && count < MAX_ENTRIES; count++) {
    const header = tar.subarray(at, at + BLOCK);
    if (header.every((byte) => byte === 0)) break;
    const size = Number.parseInt(field(header, 124, 12).trim() || "0", 8);
    if (!Number.isSafeInteger(size) || size < 0) break;
    const body = tar.subarray(at + BLOCK, at + BLOCK + size);
    at += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    const type = String.fromCharCode(header[156] ?? 0);
    if (type === "x") {
      longName = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(body.toString("utf8"))?.[1] ?? longName;
      continue;
    }
    if (type === "L") {
      longName = body.toString("utf8").replace(/\0+$/, "");
      continue;
    }
    const prefix = field(header, 345, 155);
    const path = (longName ?? (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100))).replace(/^\.\//, "");
    longName = void 0;
    if ((type === "0" || type === "\0") && size <= MAX_FILE_BYTES && body.length === size)
      files.push({ path, text: body.toString("utf8") });
  }
  return files;
}
function field(header, offset, length) {
  const raw = header.subarray(offset, offset + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end < 0 ? raw.length : end).toString("utf8");
}

// src/render/vendored-charts.ts
var MAX_DEPTH2 = 8;
var MAX_FOLDERS = 1e3;
function vendoredChartDirectories(chartDir, cwd) {
  const walk = { cwd: resolve4(cwd), dirs: /* @__PURE__ */ new Map(), budget: MAX_FOLDERS };
  collect(resolve4(chartDir), "", 0, walk);
  return walk.dirs;
}
function collect(chartDir, prefix, depth, walk) {
  if (depth >= MAX_DEPTH2 || walk.budget <= 0) return;
  const folders = chartFolders(join6(chartDir, "charts"), walk);
  const dependencies = chartDependencies(chartDir);
  const renderedNames = (name) => namesInRender(name, dependencies);
  const claimed = /* @__PURE__ */ new Set();
  const ordered = [...folders].sort((a, b) => Number(b.folder === b.name) - Number(a.folder === a.name));
  for (const { folder, name } of ordered)
    for (const rendered of renderedNames(name)) {
      if (claimed.has(rendered)) continue;
      claimed.add(rendered);
      const path = `${prefix}charts/${rendered}`;
      const dir = join6(chartDir, "charts", folder);
      if (folder !== rendered) walk.dirs.set(path, relative2(walk.cwd, dir).split(sep2).join("/") || ".");
      collect(dir, `${path}/`, depth + 1, walk);
    }
}
function namesInRender(name, dependencies) {
  const listed = dependencies.filter((d) => d.name === name);
  const aliases = listed.flatMap((d) => d.alias ? [d.alias] : []);
  return listed.some((d) => !d.alias) || aliases.length === 0 ? [name, ...aliases] : aliases;
}
var MAX_ARCHIVES = 100;
function archivedSubchart(chartDir, rendered) {
  const charts = join6(chartDir, "charts");
  let entries;
  try {
    entries = readdirSync(charts).filter((entry) => entry.endsWith(".tgz")).sort();
  } catch {
    return void 0;
  }
  const dependencies = chartDependencies(chartDir);
  for (const entry of entries.slice(0, MAX_ARCHIVES)) {
    const archive = readChartArchive(join6(charts, entry));
    if (archive && namesInRender(archive.name, dependencies).includes(rendered)) return archive;
  }
  return void 0;
}
function chartFolders(charts, walk) {
  let entries;
  try {
    entries = readdirSync(charts).sort();
  } catch {
    return [];
  }
  return entries.flatMap((folder) => {
    const dir = join6(charts, folder);
    if (walk.budget <= 0 || !isDirectory(dir)) return [];
    walk.budget--;
    const name = chartName(readOptionalText(join6(dir, "Chart.yaml")));
    return name ? [{ folder, name }] : [];
  });
}
function isDirectory(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

// src/render/windows-switches.ts
var MAX_DEPTH3 = 6;
var VALUE = String.raw`(?:\$\w*)?\.Values\.([A-Za-z0-9_.]+)`;
var FILTER = String.raw`(?:lower|upper|trim|toString|default\s+"[^"]*"|splitList\s+"[^"]*")`;
var ARGUMENT = String.raw`(?:\(\s*|${FILTER}\s+)*${VALUE}`;
var CLOSE = String.raw`(?:\s*\))*`;
var PIPED = String.raw`${VALUE}${CLOSE}(?:\s*\|\s*${FILTER}${CLOSE})*\s*\|\s*`;
var pattern = (source) => new RegExp(source, "gi");
var EQUALS_WINDOWS = [
  pattern(String.raw`\b(?:eq|ne)\s+${ARGUMENT}${CLOSE}\s+"windows"`),
  pattern(String.raw`\b(?:eq|ne)\s+"windows"\s+${ARGUMENT}`),
  pattern(String.raw`${PIPED}(?:eq|ne)\s+"windows"`)
];
var MENTIONS_TEST = String.raw`(?:contains\s+"windows"|has\s+"windows"|regexMatch\s+"[^"]*windows[^"]*")`;
var MENTIONS_WINDOWS = [
  pattern(String.raw`\b${MENTIONS_TEST}\s+${ARGUMENT}`),
  pattern(String.raw`${PIPED}${MENTIONS_TEST}`)
];
function findWindowsSwitches(valuesText, templates = []) {
  let root;
  try {
    root = parseDocument(valuesText).contents;
  } catch {
    return [];
  }
  const equals = valuesTested(templates, EQUALS_WINDOWS);
  const mentions = valuesTested(templates, MENTIONS_WINDOWS);
  const isStringSwitch = (path, value) => value.toLowerCase() !== "windows" && (equals.has(path) || mentions.has(path) && value.trim().toLowerCase() === "linux");
  const switches = [];
  const visit = (node, path) => {
    if (!isMap(node) || path.length >= MAX_DEPTH3) return;
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : void 0;
      if (key === void 0) continue;
      const keyPath = [...path, key];
      const value = isScalar(pair.value) ? pair.value.value : void 0;
      if (value === false && isWindowsSwitch(keyPath)) switches.push({ path: keyPath, value: true });
      else if (typeof value === "string" && isStringSwitch(keyPath.join("."), value))
        switches.push({ path: keyPath, value: "windows" });
      else visit(pair.value, keyPath);
    }
  };
  visit(root, []);
  return switches;
}
function valuesTested(templates, patterns) {
  const paths = /* @__PURE__ */ new Set();
  for (const text of templates) {
    if (!/windows/i.test(text)) continue;
    for (const re of patterns) for (const match of text.matchAll(re)) paths.add(match[1]);
  }
  return paths;
}
function isWindowsSwitch(path) {
  const last = (path.at(-1) ?? "").toLowerCase();
  if (/^(windows|enable_?windows|windows_?enabled?|deploy_?windows|install_?windows)$/.test(last))
    return true;
  return /^(enabled?|deploy|install)$/.test(last) && path.slice(0, -1).some((key) => /windows|^win$|^win[-_]|[-_]win$/i.test(key));
}
function switchesOnValues(switches) {
  const root = {};
  for (const { path, value } of switches) {
    let at = root;
    path.forEach((key, index) => {
      if (index === path.length - 1) at[key] = value;
      else at = at[key] ??= {};
    });
  }
  return JSON.stringify(root);
}
function describeSwitches(switches) {
  return switches.map(({ path, value }) => `${path.join(".")}=${value}`).join(", ");
}

// src/render/render-chart.ts
async function renderChart(input) {
  const { root } = input;
  const chart = chartOptions(input);
  const notes = [];
  let valuesFiles = chart.values;
  let ciValues;
  const chartDir = resolve5(input.cwd, root.dir);
  const localCharts = readLocalCharts(chartDir, input.cwd);
  const render = {
    helm: input.helm,
    chartDir,
    valuesFiles: chart.values.map((v) => resolve5(input.cwd, v)),
    set: chart.set,
    fetchDependencies: input.fetchDependencies,
    localCharts,
    timeoutMs: input.timeoutMs,
    env: input.env
  };
  let outcome = await renderHelm(render);
  const remoteSchema = outcome.ok || render.fetchDependencies ? void 0 : unloadableSchemaReference(outcome.reason);
  if (!outcome.ok && remoteSchema) {
    render.skipSchemaValidation = true;
    outcome = await renderHelm(render);
    if (outcome.ok)
      notes.push(
        `Helm chart '${root.dir}' was rendered without checking its values schema, which refers to '${remoteSchema}' (not fetched: render.fetch-dependencies is off).`
      );
  }
  if (!outcome.ok && refusesDefaultNamespace(outcome.reason)) {
    const refused = outcome.reason;
    render.namespace = OTHER_NAMESPACE;
    outcome = await renderHelm(render);
    if (outcome.ok)
      notes.push(
        `Helm chart '${root.dir}' was rendered in namespace '${OTHER_NAMESPACE}': it refuses 'default': ${withPeriod(refused)}`
      );
    else {
      delete render.namespace;
      outcome = { ok: false, reason: refused };
    }
  }
  const ciFile = !outcome.ok && chart.values.length === 0 ? ciValuesFile(root, outcome.reason, input.files) : void 0;
  if (!outcome.ok && ciFile) {
    const defaultsFailed = outcome.reason;
    render.valuesFiles = [resolve5(input.cwd, ciFile)];
    valuesFiles = [ciFile];
    outcome = await renderHelm(render);
    if (outcome.ok) {
      ciValues = ciFile;
      notes.push(
        `Helm chart '${root.dir}' was rendered with '${ciFile}': its default values fail: ${withPeriod(defaultsFailed)}`
      );
    } else
      outcome = { ok: false, reason: `${withPeriod(defaultsFailed)} With '${ciFile}': ${outcome.reason}` };
  }
  const values = input.readText(posix4.join(root.dir, "values.yaml"));
  const switches = input.windowsSwitches && values !== void 0 ? findWindowsSwitches(values, chartTemplates(root, input.files, input.readText)) : [];
  return {
    outcome,
    valuesFiles,
    ciValuesFile: ciValues,
    notes,
    switches,
    windowsPass: switches.length ? (on) => renderHelm({ ...render, extraValues: switchesOnValues(on) }) : void 0,
    rerender: () => renderHelm(render),
    // A `file://` dependency Helm takes from its path is that path's, whatever `charts/` holds.
    localCharts: new Map([
      ...vendoredChartDirectories(chartDir, input.cwd),
      ...localChartDirectories(localCharts, input.cwd, input.fetchDependencies)
    ])
  };
}
function withPeriod(text) {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
function chartOptions(input) {
  for (const [dir, chart] of Object.entries(input.charts)) {
    const chartDir = relative3(input.cwd, resolve5(input.configDir, dir)).split("\\").join("/") || ".";
    if (chartDir !== input.root.dir) continue;
    return { values: chart.values.map((v) => valuesFilePath(input, dir, v)), set: chart.set };
  }
  return { values: [], set: {} };
}
function valuesFilePath(input, chartDir, file) {
  const fromConfig = resolve5(input.configDir, file);
  const fromChart = resolve5(input.configDir, chartDir, file);
  const path = existsSync(fromConfig) || !existsSync(fromChart) ? fromConfig : fromChart;
  return relative3(input.cwd, path).split("\\").join("/");
}
function chartTemplates(root, files, readText) {
  const dir = root.dir === "." ? "templates/" : `${root.dir}/templates/`;
  return files.flatMap((file) => {
    const text = file.startsWith(dir) ? readText(file) : void 0;
    return text === void 0 ? [] : [text];
  });
}
function ciValuesFile(root, reason, files) {
  if (!reason.includes("execution error") && !reason.includes("values don't meet the specifications of the schema"))
    return void 0;
  const dir = root.dir === "." ? "ci/" : `${root.dir}/ci/`;
  return files.filter((file) => file.startsWith(dir) && /^[^/]*values\.ya?ml$/.test(file.slice(dir.length))).sort()[0];
}

// src/render/render-kustomize.ts
import { isAbsolute as isAbsolute2, relative as relative4, join as join7 } from "node:path";
function renderKustomize(render) {
  return withScratchDirectory(async (scratch) => {
    const wrapper = join7(scratch, "wrapper");
    const reference = relative4(wrapper, render.rootDir).split("\\").join("/");
    if (isAbsolute2(reference))
      return {
        ok: false,
        reason: "the root is on another drive than the temporary directory",
        originBase: wrapper
      };
    mkdirSync(wrapper);
    writeFileSync(
      join7(wrapper, "kustomization.yaml"),
      `resources:
  - ${JSON.stringify(reference)}
buildMetadata: [originAnnotations, transformerAnnotations]
`
    );
    const outcome = await runRenderTool({
      command: render.tool.command,
      args: [...render.tool.args, wrapper],
      cwd: scratch,
      scratch,
      timeoutMs: render.timeoutMs,
      allowNetwork: render.allowNetwork,
      env: render.env,
      ...render.shown ? { rewriteErrors: asShown(reference, render.shown) } : {}
    });
    return { ...outcome, originBase: wrapper };
  });
}
function asShown(reference, shown) {
  return (stderr) => stderr.split(`'${reference}`).join(`'${shown.dir}`).split(`${shown.cwd.split("\\").join("/")}/`).join("");
}

// src/render/generated-secrets.ts
async function withoutGeneratedSecrets(scanned, stream, rerender) {
  const secrets = scanned.findings.filter((finding) => /^BH2\d\d$/.test(finding.ruleId));
  if (secrets.length === 0) return scanned.findings;
  const again = await rerender();
  if (!again.ok) return scanned.findings;
  const first = stream.split(/\r?\n/);
  const second = again.stdout.split(/\r?\n/);
  if (first.length !== second.length) return scanned.findings;
  const generated = new Set(
    secrets.filter((finding) => {
      const line = scanned.renderedLines.get(finding);
      return line !== void 0 && entryText(first, line) !== entryText(second, line);
    })
  );
  return scanned.findings.filter((finding) => !generated.has(finding));
}
function entryText(lines, line) {
  const first = lines[line - 1] ?? "";
  if (first.trimStart().startsWith("-----BEGIN ")) {
    const end2 = lines.findIndex((text, at) => at >= line - 1 && text.includes("-----END "));
    if (end2 >= 0) return lines.slice(line - 1, end2 + 1).join("\n");
  }
  const indent = indentOf(first);
  let end = line;
  while (end < lines.length && (lines[end].trim() === "" || indentOf(lines[end]) > indent))
    end++;
  return lines.slice(line - 1, end).join("\n");
}
function indentOf(line) {
  return line.length - line.trimStart().length;
}

// src/render/chart-file-reads.ts
import { posix as posix6 } from "node:path";

// src/render/template-key-lines.ts
var ANCHORED_SCALAR = /&([A-Za-z0-9_-]+)[ \t]+["']?([^"'{}#\s*&]+)/g;
var KEY_LINE = /^( *)((?:- +)*)(?:"([^"]+)"|'([^']+)'|([A-Za-z0-9_./-]+)) *:(?: |$)/;
function unquoteScalar(text) {
  const quote = text[0];
  if (quote !== '"' && quote !== "'") return text;
  const end = text.lastIndexOf(quote);
  const after = text.slice(end + 1).trim();
  return end > 0 && (after === "" || after.startsWith("#")) ? text.slice(1, end) : text;
}
function indexTemplateKeys(text) {
  const entries = [];
  const lines = text.split(/\r\n|\r|\n/);
  let stack = [];
  const items = [];
  let documentStart = 0;
  const documentKinds = [];
  const anchors = /* @__PURE__ */ new Map();
  lines.forEach((line, index) => {
    const trimmed = line.trim();
    if (line.includes("&"))
      for (const [, anchor, value] of line.matchAll(ANCHORED_SCALAR))
        anchors.set(anchor, value);
    if (trimmed === "---" || trimmed.startsWith("--- ")) {
      stack = [];
      documentStart = entries.length;
      return;
    }
    const match = KEY_LINE.exec(line.replace(/\t/g, " "));
    if (!match || trimmed.startsWith("#")) return;
    const indent = (match[1] ?? "").length + (match[2] ?? "").length;
    const key = match[3] ?? match[4] ?? match[5];
    let sibling;
    while (stack.length && stack.at(-1).indent >= indent) sibling = stack.pop();
    const item = match[2] ? {} : sibling?.indent === indent ? sibling.item : void 0;
    if (item && key === "name") {
      const written = /:\s*["']?([^"'{}#\s]+)["']?\s*(#.*)?$/.exec(line)?.[1];
      const name = written?.startsWith("*") ? anchors.get(written.slice(1)) : written;
      if (name) item.name = name;
      else if (line.includes("{{")) item.template = unquoteScalar(line.slice(line.indexOf(":") + 1).trim());
    }
    stack.push({ indent, key, ...item ? { item } : {} });
    const entry = {
      line: index + 1,
      indent,
      keys: stack.map((s) => s.key),
      itemNames: [],
      itemNameTemplates: []
    };
    entries.push(entry);
    items.push({ entry, levels: [...stack] });
    if (stack.length === 1 && key === "kind") {
      const kind = /^\s*kind:\s*["']?([A-Za-z0-9]+)["']?\s*$/.exec(line)?.[1];
      if (kind) documentKinds.push({ start: documentStart, kind });
    }
  });
  for (const { entry, levels } of items)
    for (const level of levels)
      if (level.item) {
        entry.itemNames.push(level.item.name);
        entry.itemNameTemplates.push(level.item.template);
      }
  documentKinds.forEach(({ start, kind }, n) => {
    const end = documentKinds.slice(n + 1).find((d) => d.start > start)?.start ?? entries.length;
    for (let i = start; i < end; i++) if (entries[i]) entries[i].kind = kind;
  });
  return entries;
}
var VALUES_REFERENCE = /\$?\.Values((?:\.[A-Za-z0-9_]+)+)(?:\s*\)((?:\.[A-Za-z0-9_]+)+))?/g;
function valuesReferences(text) {
  const references = [];
  for (const match of text.matchAll(VALUES_REFERENCE))
    references.push(`${match[1]}${match[2] ?? ""}`.slice(1).split("."));
  return references;
}
function defaultedValuesPaths(block) {
  const piped = PIPED_DEFAULT.exec(block);
  const prefixed = piped ? void 0 : PREFIX_DEFAULT.exec(block);
  const [value, fallback] = piped ? [piped[1], piped[2]] : prefixed ? [prefixed[2], prefixed[1]] : [];
  if (value === void 0 || fallback === void 0) return void 0;
  return [value.slice(1).split("."), fallback.slice(1).split(".")];
}
var VALUES_PATH = String.raw`\$?\.Values((?:\.[A-Za-z0-9_]+)+)`;
var PIPED_DEFAULT = new RegExp(
  String.raw`toYaml\s+\(\s*${VALUES_PATH}\s*\|\s*default\s+${VALUES_PATH}\s*\)`
);
var PREFIX_DEFAULT = new RegExp(String.raw`toYaml\s+\(\s*default\s+${VALUES_PATH}\s+${VALUES_PATH}\s*\)`);
function blockValuesPath(block) {
  const direct = /toYaml\s+[^|}\n]*?\.Values((?:\.[A-Za-z0-9_]+)+)/.exec(block);
  if (direct) return direct[1].slice(1).split(".");
  const piped = /\{\{-?\s*\$?\.Values((?:\.[A-Za-z0-9_]+)+)\s*\|\s*toYaml\b/.exec(block);
  if (piped) return piped[1].slice(1).split(".");
  const withBlock = /with\s+\$?\.Values((?:\.[A-Za-z0-9_]+)+)\s*-?}}[\s\S]*?toYaml\s+\.\s/.exec(block);
  if (withBlock) return withBlock[1].slice(1).split(".");
  return void 0;
}

// src/render/inline-includes.ts
var MAX_DEPTH4 = 4;
var MAX_LINES = 2e4;
var INCLUDE_LINE = /^( *)((?:- +)?(?:"[^"]*"|'[^']*'|[A-Za-z0-9_./-]+) *: *)?\{\{-?\s*(?:include|template)\s+"([^"]+)"(.*?)-?\}\}\s*$/;
var INDENT = /\|\s*(n?)indent\s+(\d+)\s*$/;
function inlineIncludes(file, text, chartDirs, sources) {
  const defines = { get: (name) => findDefinition(name, chartDirs, sources) };
  const leads2 = /* @__PURE__ */ new Map();
  const leadsToBlock = (definition, depth) => {
    if (definition.blockShaped) return true;
    const known = leads2.get(definition);
    if (known !== void 0) return known;
    leads2.set(definition, false);
    const found = depth < MAX_DEPTH4 && definition.lines.some((line) => {
      const name = INCLUDE_LINE.exec(line)?.[3];
      const inner = name === void 0 ? void 0 : defines.get(name);
      return inner !== void 0 && leadsToBlock(inner, depth + 1);
    });
    leads2.set(definition, found);
    return found;
  };
  const out = [];
  const origins = [];
  const paste = (lines, from, firstLine, indent, depth) => {
    lines.forEach((line, index) => {
      const match = depth < MAX_DEPTH4 && out.length < MAX_LINES ? INCLUDE_LINE.exec(line) : null;
      const found = match ? defines.get(match[3]) : void 0;
      const definition = found && leadsToBlock(found, depth + 1) ? found : void 0;
      const pipeline = match?.[4] ?? "";
      const indentBy = INDENT.exec(pipeline);
      const block = match && definition && (indentBy || !match[2]);
      if (!block) {
        out.push(line === "" ? "" : " ".repeat(indent) + line);
        origins.push({ file: from, line: firstLine + index });
        return;
      }
      if (match[2]) {
        out.push(" ".repeat(indent) + (match[1] ?? "") + (match[2] ?? "").trimEnd());
        origins.push({ file: from, line: firstLine + index });
      }
      const by = indentBy ? Number(indentBy[2]) : (match[1] ?? "").length;
      paste(bodyLines(definition), definition.file, definition.firstLine, indent + by, depth + 1);
    });
  };
  paste(text.split(/\r\n|\r|\n/), file, 1, 0, 0);
  if (indexTemplateKeys(out.join("\n")).length === 0) {
    const named = [...text.matchAll(/\b(?:include|template)\s+"([^"]+)"/g)].map((match) => defines.get(match[1])).find((definition) => definition !== void 0 && leadsToBlock(definition, 1));
    if (named) {
      out.length = 0;
      origins.length = 0;
      paste(bodyLines(named), named.file, named.firstLine, 0, 1);
    }
  }
  return {
    text: out.join("\n"),
    origin: (line) => origins[line - 1] ?? { file, line: 1 }
  };
}
function bodyLines(definition) {
  return definition.blockShaped ? definition.lines : definition.lines.map((line) => line.replace(/^[ \t]+(?=\{\{-)/, ""));
}
function definitionText(name, chartDirs, sources) {
  return findDefinition(name, chartDirs, sources)?.lines.join("\n");
}
function findDefinition(name, chartDirs, sources) {
  for (const dir of [chartDirs.own, chartDirs.root, ...chartDirs.local ?? []]) {
    const found = definitionsIn(dir, sources).get(name);
    if (found) return found;
  }
  return void 0;
}
var cache = /* @__PURE__ */ new WeakMap();
function definitionsIn(chartDir, sources) {
  let byChart = cache.get(sources);
  if (!byChart) cache.set(sources, byChart = /* @__PURE__ */ new Map());
  let defines = byChart.get(chartDir);
  if (defines) return defines;
  defines = /* @__PURE__ */ new Map();
  const prefix = chartDir === "." || chartDir === "" ? "" : `${chartDir}/`;
  for (const file of sources.files ?? []) {
    if (!file.startsWith(prefix) || !/(?:^|\/)templates\/(?:[^/]+\/)*[^/]*\.(?:tpl|ya?ml)$/.test(file))
      continue;
    const text = sources.readText(file);
    if (text === void 0 || !text.includes("define")) continue;
    for (const [name, definition] of definitionsOf(file, text))
      if (!defines.has(name)) defines.set(name, definition);
  }
  byChart.set(chartDir, defines);
  return defines;
}
var DEFINE = /^\s*\{\{-?\s*define\s+"([^"]+)"\s*-?\}\}\s*$/;
var END = /^\s*\{\{-?\s*end\s*-?\}\}\s*$/;
var COMMENT_END = /\*\/\s*-?\}\}$/;
function commentStart(lines, close, top) {
  for (let at = close; at >= top; at--) {
    const line = lines[at].trim();
    if (/^\{\{-?\s*\/\*/.test(line)) return at;
    if (at < close && line.includes("*/")) return void 0;
  }
  return void 0;
}
function definitionsOf(file, text) {
  const lines = text.split(/\r\n|\r|\n/);
  const found = [];
  for (let i = 0; i < lines.length; i++) {
    const name = DEFINE.exec(lines[i])?.[1];
    if (!name) continue;
    let end = i + 1;
    while (end < lines.length && !DEFINE.test(lines[end])) end++;
    let last = end;
    while (last > i + 1) {
      const line = lines[last - 1].trim();
      const opening = COMMENT_END.test(line) ? commentStart(lines, last - 1, i + 1) : void 0;
      if (line === "") last--;
      else if (opening !== void 0) last = opening;
      else {
        if (END.test(line)) last--;
        break;
      }
    }
    const body = lines.slice(i + 1, last);
    const blockShaped = indexTemplateKeys(body.join("\n")).length > 0;
    const common = Math.min(
      ...body.filter((line) => line.trim() !== "" && !line.trim().startsWith("{{")).map((line) => line.length - line.trimStart().length)
    );
    const strip = Number.isFinite(common) ? common : 0;
    found.push([
      name,
      {
        file,
        firstLine: i + 2,
        blockShaped,
        lines: body.map((line) => line.slice(0, strip).trim() === "" ? line.slice(strip) : line)
      }
    ]);
    i = end - 1;
  }
  return found;
}

// src/render/mapping-context.ts
import { posix as posix5 } from "node:path";
function helmChartPath(context, segments) {
  for (let end = segments.length; end >= 2 && context.localCharts?.size; end--) {
    const dir = context.localCharts.get(segments.slice(0, end).join("/"));
    if (dir !== void 0) return posix5.join(dir, ...segments.slice(end));
  }
  return posix5.join(context.root.dir, ...segments);
}
function lineInText(text, wanted, after) {
  const needle = wanted.trim();
  if (text === void 0 || needle === "") return void 0;
  const lines = text.split(/\r\n|\r|\n/).slice(after, after + 5e3);
  const same = lines.findIndex((line) => line.trim() === needle);
  if (same >= 0) return after + same + 1;
  const templated = lines.findIndex((line) => {
    const literal2 = line.trim().split("{{")[0];
    return line.includes("{{") && literal2.length >= 3 && needle.startsWith(literal2);
  });
  return templated >= 0 ? after + templated + 1 : void 0;
}

// src/render/chart-file-reads.ts
var COMMENT = /\{\{-?\s*\/\*[\s\S]*?\*\/\s*-?\}\}/g;
var LITERAL_READ = /\bFiles\.(Get|GetBytes|Glob)\s+(?:"((?:[^"\\\n]|\\.)*)"|`([^`]*)`)/g;
var PARAMETER_READ = /\bFiles\.(Get|GetBytes|Glob)\s+(?:\(\s*printf\s+"([^"%\\\n]*)%s"\s+)?\.([A-Za-z_][A-Za-z0-9_]*)(?![.\w])/g;
var INCLUDE = /\b(?:include|template)\s+"([^"]+)"/g;
var PAIR = /"([A-Za-z_][A-Za-z0-9_]*)"\s+"((?:[^"\\\n]|\\.)*)"/g;
var MAX_INCLUDES = 30;
var NOT_FILES = /* @__PURE__ */ new Set([
  "Chart.yaml",
  "Chart.lock",
  "values.yaml",
  "values.schema.json",
  "requirements.yaml",
  "requirements.lock"
]);
var cache2 = /* @__PURE__ */ new WeakMap();
var namesCache = /* @__PURE__ */ new WeakMap();
function templateFileReads(source, context) {
  let byTemplate = cache2.get(context);
  if (!byTemplate) cache2.set(context, byTemplate = /* @__PURE__ */ new Map());
  const known = byTemplate.get(source.template);
  if (known) return known;
  const reads = readsOf(source, context);
  byTemplate.set(source.template, reads);
  return reads;
}
function readsOf({ template, chartDir }, context) {
  const text = withoutComments(context.readText(template) ?? "");
  const files = /* @__PURE__ */ new Set();
  const add = (how, path) => {
    for (const name of resolveRead(how, path, chartFileNames(chartDir, context)))
      files.add(posix6.join(chartDir, name));
  };
  for (const [how, path] of literalReads(text)) add(how, path);
  const definitions = [];
  const included = [...new Set([...text.matchAll(INCLUDE)].map((match) => match[1]))];
  if (included.length) {
    const passed = /* @__PURE__ */ new Map();
    for (const [, key, value] of text.matchAll(PAIR)) {
      const decoded = goString(`"${value}"`);
      if (decoded !== void 0) passed.set(key, [...passed.get(key) ?? [], decoded]);
    }
    const local = [...context.localCharts?.values() ?? []];
    const chartDirs = {
      own: chartDir,
      root: context.root.dir,
      ...local.length ? { local } : {}
    };
    for (const name of included.slice(0, MAX_INCLUDES)) {
      const body = definitionText(name, chartDirs, context);
      if (body === void 0) continue;
      const definition = withoutComments(body);
      definitions.push(definition);
      if (!definition.includes("Files.")) continue;
      for (const [how, path] of literalReads(definition)) add(how, path);
      for (const [, how, prefix, field2] of definition.matchAll(PARAMETER_READ))
        for (const value of passed.get(field2) ?? []) add(how, `${prefix ?? ""}${value}`);
    }
  }
  const writesKeys = files.size > 0 && [text, ...definitions].some((each) => indexTemplateKeys(each).length > 0);
  return { files: [...files], writesKeys };
}
function renderedChartFiles(objects, context) {
  if (context.root.kind !== "helm") return [];
  const templates = /* @__PURE__ */ new Map();
  for (const object of objects) {
    const source = objectTemplate(object, context);
    if (source) templates.set(source.template, source);
  }
  const files = /* @__PURE__ */ new Set();
  for (const source of templates.values())
    for (const file of templateFileReads(source, context).files) files.add(file);
  return [...files];
}
function objectTemplate(object, context) {
  if (!object.helmSource) return void 0;
  const segments = object.helmSource.split("/").slice(1);
  const templates = segments.lastIndexOf("templates");
  if (templates < 0) return void 0;
  return {
    template: helmChartPath(context, segments),
    chartDir: helmChartPath(context, segments.slice(0, templates))
  };
}
function literalReads(text) {
  const reads = [];
  for (const [, how, quoted, raw] of text.matchAll(LITERAL_READ)) {
    const path = raw ?? goString(`"${quoted}"`);
    if (path !== void 0) reads.push([how, path]);
  }
  return reads;
}
function resolveRead(how, path, names) {
  if (how !== "Glob") return names.includes(path) ? [path] : [];
  const matches2 = helmGlobMatcher(path);
  return matches2 ? names.filter(matches2) : [];
}
function chartFileNames(chartDir, context) {
  let byChart = namesCache.get(context);
  if (!byChart) namesCache.set(context, byChart = /* @__PURE__ */ new Map());
  const known = byChart.get(chartDir);
  if (known) return known;
  const prefix = chartDir === "." || chartDir === "" ? "" : `${chartDir}/`;
  const names = (context.files ?? []).filter((file) => file.startsWith(prefix)).map((file) => file.slice(prefix.length)).filter((name) => !name.startsWith("templates/") && !name.startsWith("charts/") && !NOT_FILES.has(name));
  byChart.set(chartDir, names);
  return names;
}
function withoutComments(text) {
  return text.replace(COMMENT, (match) => match.replace(/[^\n]/g, " "));
}
function goString(literal2) {
  try {
    const value = JSON.parse(literal2);
    return typeof value === "string" ? value : void 0;
  } catch {
    return void 0;
  }
}

// src/render/find-yaml-key.ts
function findYamlKey(text, path, search = {}) {
  const lineCounter = new LineCounter();
  let documents;
  try {
    documents = parseAllDocuments(text, { lineCounter });
  } catch {
    return void 0;
  }
  let best;
  const candidates = documents.filter(
    (document) => document.contents && (search.kind === void 0 || document.get("kind") === void 0 || document.get("kind") === search.kind)
  );
  const nameOf2 = (document) => document.getIn(["metadata", "name"]);
  let longest = -1;
  for (const document of candidates) {
    const name = nameOf2(document);
    if (search.name !== void 0 && typeof name === "string" && search.name.includes(name))
      longest = Math.max(longest, name.length);
  }
  const renamed = search.origin === true && search.name !== void 0 && longest < 0 ? candidates.filter((document) => document.get("kind") === search.kind) : [];
  if (renamed.length === 1) return walkKeyPath(renamed[0]?.contents, path, search, lineCounter);
  for (const document of candidates) {
    const name = nameOf2(document);
    if (search.name !== void 0 && typeof name === "string" && (!search.name.includes(name) || name.length < longest))
      continue;
    const match = walkKeyPath(document.contents, path, search, lineCounter);
    if (match && (!best || match.matched > best.matched)) best = match;
  }
  return best;
}
function walkKeyPath(root, path, search, lineCounter) {
  let node = root;
  let match;
  for (const [index, segment] of path.entries()) {
    let next;
    let start;
    if (isMap(node) && typeof segment === "string") {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === segment);
      if (!pair) break;
      next = pair.value;
      start = pair.key.range?.[0];
    } else if (isSeq(node) && typeof segment === "number") {
      const wanted = search.itemName?.(index);
      next = wanted !== void 0 ? node.items.find((item) => isMap(item) && item.get("name") === wanted) : node.items[segment];
      if (next === void 0) break;
      start = next.range?.[0];
    } else break;
    if (start === void 0) break;
    match = { matched: index + 1, line: lineCounter.linePos(start).line };
    node = next;
  }
  if (match?.matched === path.length && isScalar(node)) match.value = node.value;
  return match;
}

// src/render/map-chart-file.ts
var MAX_FILE = 2e6;
var MAX_FILES = 50;
var parsed = /* @__PURE__ */ new WeakMap();
function mapChartFileObject(object, path, context) {
  if (path.length === 0 || object.kind === void 0) return void 0;
  const source = objectTemplate(object, context);
  if (!source) return void 0;
  const reads = templateFileReads(source, context);
  if (reads.writesKeys || reads.files.length === 0 || reads.files.length > MAX_FILES) return void 0;
  const ofKind = reads.files.flatMap((file) => documentsOf(file, context)).filter((d) => d.kind === object.kind);
  const named = ofKind.filter((d) => d.name === object.name);
  const candidates = named.length ? named : ofKind.length === 1 ? ofKind : [];
  if (!candidates.length) return void 0;
  const rendered = object.document.getIn(path, true);
  const scalar = isScalar(rendered);
  if (!scalar && !isMap(rendered) && !isSeq(rendered)) return void 0;
  const itemName2 = (index) => {
    const item = object.document.getIn(path.slice(0, index + 1));
    const name = isMap(item) ? item.get("name") : void 0;
    return typeof name === "string" ? name : void 0;
  };
  const identity = path.at(-1) === "name" && typeof path.at(-2) === "number";
  let found;
  for (const candidate of candidates) {
    const match = walkKeyPath(candidate.document.contents, path, { itemName: itemName2 }, candidate.lineCounter);
    if (match?.matched !== path.length) continue;
    const same = scalar ? match.value !== void 0 && match.value === rendered.value : isMap(rendered) === isMap(candidate.document.getIn(path, true)) && isSeq(rendered) === isSeq(candidate.document.getIn(path, true));
    if (!same) continue;
    found = { file: candidate.file, line: match.line };
    if (!scalar || identity) break;
  }
  return found ? { ...found, exact: true, via: "template" } : void 0;
}
function documentsOf(file, context) {
  let byFile = parsed.get(context);
  if (!byFile) parsed.set(context, byFile = /* @__PURE__ */ new Map());
  const known = byFile.get(file);
  if (known) return known;
  const text = context.readText(file);
  const documents = [];
  if (text !== void 0 && text.length <= MAX_FILE) {
    const lineCounter = new LineCounter();
    try {
      for (const document of parseAllDocuments(text, { lineCounter }))
        if (document.contents && document.errors.length === 0)
          documents.push({
            file,
            kind: document.get("kind"),
            name: document.getIn(["metadata", "name"]),
            document,
            lineCounter
          });
    } catch {
    }
  }
  byFile.set(file, documents);
  return documents;
}

// src/render/helm-values.ts
import { posix as posix7 } from "node:path";

// src/render/values-loops.ts
var ACTION = /\{\{-?\s*([\s\S]*?)\s*-?\}\}/g;
var OVER_VALUES = /^(range|with)\s+(?:(\$[A-Za-z0-9_]*)\s*(?:,\s*(\$[A-Za-z0-9_]*)\s*)?:=\s*)?\$?\.Values((?:\.[A-Za-z0-9_]+)+)$/;
var OVER_FIELD = /^(range|with)\s+(?:(\$[A-Za-z0-9_]*)\s*(?:,\s*(\$[A-Za-z0-9_]*)\s*)?:=\s*)?(\$[A-Za-z0-9_]+)?((?:\.[A-Za-z0-9_]+)+)$/;
var ROOT_FIELDS = /* @__PURE__ */ new Set(["Values", "Release", "Chart", "Capabilities", "Template", "Files", "Subcharts"]);
var OPENS = /^(?:if|range|with|define|block)\b/;
var SETS_DOT = /^(?:range|with|define|block)\b/;
function valuesLoopsByLine(text) {
  const open = [];
  const byLine = [[]];
  const actions = text.matchAll(ACTION);
  let next = actions.next();
  let lineStart = 0;
  for (const line of text.split("\n")) {
    while (!next.done && next.value.index < lineStart) {
      apply(open, next.value[1].trim());
      next = actions.next();
    }
    const dotBlock = [...open].reverse().find((block) => block.setsDot);
    byLine.push(
      open.flatMap((block) => {
        if (!block.loop) return [];
        return [block === dotBlock ? { ...block.loop, dot: true } : block.loop];
      })
    );
    lineStart += line.length + 1;
  }
  return byLine;
}
function apply(open, action) {
  if (action.startsWith("/*")) return;
  if (action === "end" || action.startsWith("end ")) open.pop();
  else if (action === "else" || action.startsWith("else ")) {
    const last = open.at(-1);
    if (last) {
      delete last.loop;
      last.setsDot = action.startsWith("else with");
    }
  } else if (OPENS.test(action)) {
    const over = OVER_VALUES.exec(action);
    const setsDot = SETS_DOT.test(action);
    const field2 = over ? void 0 : OVER_FIELD.exec(action);
    const within = field2 ? itemLoop(open, field2[4]) : void 0;
    const matched = over ?? (within && !ROOT_FIELDS.has((field2?.[5]).split(".")[1]) ? field2 : null);
    if (!matched) {
      const declares = /^(?:range|with)\s+(\$[A-Za-z0-9_]*)\s*(?:,\s*(\$[A-Za-z0-9_]*)\s*)?:=/.exec(action);
      open.push({
        setsDot,
        ...declares ? { declares: declares.slice(1).filter((v) => v !== void 0) } : {}
      });
      return;
    }
    const [, kind, first, second] = matched;
    const path = matched[over ? 4 : 5];
    const range = kind === "range";
    const keyVariable = range && second ? first : void 0;
    const valueVariable = second ?? first;
    const loop = {
      valuesPath: path.slice(1).split("."),
      range,
      ...keyVariable ? { keyVariable } : {},
      ...valueVariable ? { valueVariable } : {},
      ...within ? { within } : {}
    };
    open.push({ loop, setsDot });
  }
}
function itemLoop(open, variable) {
  const loop = variable === void 0 ? [...open].reverse().find((block) => block.setsDot)?.loop : [...open].reverse().find((block) => block.loop?.valueVariable === variable || block.declares?.includes(variable))?.loop;
  return loop?.range && !loop.within ? loop : void 0;
}
function isEmptyValue(value) {
  if (value === void 0 || value === null || value === false || value === 0 || value === "") return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === "object" && Object.keys(value).length === 0;
}

// src/render/helm-values.ts
function valuesSources(subchart, context) {
  const subName = subchart.length >= 2 ? subchart.at(-1) : void 0;
  const sources = [];
  const prefix = subName ? [subName] : [];
  for (const file of [...context.valuesFiles].reverse()) sources.push({ file, prefix });
  sources.push({ file: posix7.join(context.root.dir, "values.yaml"), prefix });
  if (subchart.length)
    sources.push({ file: helmChartPath(context, [...subchart, "values.yaml"]), prefix: [] });
  return sources;
}
function valuesList(valuesPath, subchart, context) {
  const first = valuesSettings(valuesPath, subchart, context).next();
  return !first.done && Array.isArray(first.value) ? first.value : void 0;
}
function valuesItems(valuesPath, subchart, context) {
  const keys = /* @__PURE__ */ new Set();
  for (const data of valuesSettings(valuesPath, subchart, context)) {
    if (Array.isArray(data)) return keys.size ? [...keys] : data.map((_, index) => index);
    if (typeof data !== "object" || data === null) break;
    for (const key of Object.keys(data)) keys.add(key);
  }
  return keys.size ? [...keys] : void 0;
}
function valuesValue(valuesPath, subchart, context) {
  const first = valuesSettings(valuesPath, subchart, context).next();
  return first.done ? void 0 : first.value;
}
function valuesEmpty(valuesPath, subchart, context) {
  for (const data of valuesSettings(valuesPath, subchart, context)) {
    if (!isEmptyValue(data)) return false;
    if (typeof data !== "object" || data === null || Array.isArray(data)) return true;
  }
  return true;
}
var parsedValues = /* @__PURE__ */ new WeakMap();
function parsedValuesFile(file, context) {
  let parsed2 = parsedValues.get(context);
  if (!parsed2) parsedValues.set(context, parsed2 = /* @__PURE__ */ new Map());
  if (!parsed2.has(file)) {
    const text = context.readText(file);
    let document;
    try {
      document = text === void 0 ? void 0 : parseDocument(text);
    } catch {
      document = void 0;
    }
    parsed2.set(file, document);
  }
  return parsed2.get(file);
}
function* valuesSettings(valuesPath, subchart, context) {
  for (const source of valuesSources(subchart, context)) {
    const document = parsedValuesFile(source.file, context);
    const wanted = [...source.prefix, ...valuesPath];
    if (!document?.hasIn(wanted)) continue;
    const node = document.getIn(wanted, true);
    yield isNode(node) ? node.toJSON() : node;
  }
}
function lookupValues(valuesPath, subchart, context) {
  let partial;
  for (const source of valuesSources(subchart, context)) {
    const text = context.readText(source.file);
    if (text === void 0) continue;
    const wanted = [...source.prefix, ...valuesPath];
    const match = findYamlKey(text, wanted);
    if (!match) continue;
    if (match.matched === wanted.length)
      return { file: source.file, line: match.line, exact: true, via: "values", value: match.value };
    if (!partial && match.matched > source.prefix.length + Math.min(1, valuesPath.length - 1))
      partial = { file: source.file, line: match.line, exact: false, via: "values" };
  }
  return partial;
}
function takenAppVersion(valueText, rendered, subchart, context) {
  if (!valueText.includes(".Chart.AppVersion") || typeof rendered !== "string") return void 0;
  const taken = [...valueText.matchAll(/\{\{([\s\S]*?)\}\}/g)].some(
    ([, action]) => action?.includes(".Chart.AppVersion") && valuesReferences(action).every((path) => isEmptyValue(lookupValues(path, subchart, context)?.value))
  );
  if (!taken) return void 0;
  const file = helmChartPath(context, [...subchart, "Chart.yaml"]);
  const text = context.readText(file);
  const match = text === void 0 ? void 0 : findYamlKey(text, ["appVersion"]);
  const value = match?.matched === 1 ? match.value : void 0;
  if (typeof value !== "string" && typeof value !== "number") return void 0;
  const shown = String(value);
  return shown !== "" && rendered.includes(shown) && match ? { file, line: match.line, value: shown } : void 0;
}

// src/render/rendered-item-names.ts
function renderedItemNames(object, path) {
  const names = [];
  path.forEach((segment, at) => {
    if (typeof segment !== "number") return;
    const item = object.document.getIn(path.slice(0, at + 1));
    const node = isMap(item) ? item.get("name", true) : void 0;
    const name = isAlias(node) ? node.resolve(object.document) : node;
    names.push(isScalar(name) && typeof name.value === "string" ? name.value : void 0);
  });
  return names;
}
function pickByItemNames(candidates, names, templatedMatches) {
  let best;
  let bestScore = -1;
  for (const candidate of candidates) {
    let score = 0;
    let excluded = false;
    candidate.itemNames.forEach((name, i) => {
      const rendered = names[i];
      const template = candidate.itemNameTemplates[i];
      if (rendered === void 0) return;
      const matches2 = name !== void 0 ? name === rendered : template ? templatedMatches(template, rendered, candidate) : void 0;
      if (matches2 === true) score++;
      else if (matches2 === false) excluded = true;
    });
    if (!excluded && score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}
function templatedNameMatches(template, rendered, subchart, context, chartDirs) {
  let matched;
  for (const reference of valuesReferences(template)) {
    const value = lookupValues(reference, subchart, context)?.value;
    if (typeof value !== "string" && typeof value !== "number") continue;
    if (!rendered.includes(String(value))) return false;
    matched = true;
  }
  if (matched !== void 0) return matched;
  const fragments = printedText(template, (name) => definitionText(name, chartDirs, context));
  return fragments.length ? fragments.some((fragment) => rendered.includes(fragment)) : void 0;
}
function printedText(template, definition, depth = 0) {
  const fragments = [];
  let last = 0;
  for (const match of template.matchAll(/\{\{-?([\s\S]*?)-?\}\}/g)) {
    fragments.push(template.slice(last, match.index));
    last = match.index + match[0].length;
    const action = match[1];
    const included = /^\s*(?:include|template)\s+"([^"]+)"/.exec(action)?.[1];
    const body = included !== void 0 && depth < 2 ? definition(included) : void 0;
    if (body !== void 0) fragments.push(...printedText(body, definition, depth + 1));
    else if (/^\s*(?:print|printf|quote)\b|^\s*"[^"]*"\s*$/.test(action))
      for (const quoted of action.matchAll(/"([^"]*)"/g))
        fragments.push(...quoted[1].split(/%[a-z]/));
  }
  fragments.push(template.slice(last));
  return fragments.map((fragment) => fragment.trim()).filter((fragment) => /[a-z0-9].*[a-z0-9]/i.test(fragment));
}

// src/render/map-archived-subchart.ts
import { posix as posix8, resolve as resolve6 } from "node:path";
var inPlace = /* @__PURE__ */ new WeakMap();
var archiveContexts = /* @__PURE__ */ new WeakSet();
function mapArchivedSubchart(object, path, segments, context, mapHelm2) {
  const owner = archiveOwner(segments, context);
  if (!owner) return void 0;
  const chartYaml = owner.at === 0 ? void 0 : { file: owner.chartYaml, line: 1, exact: false, via: "root" };
  if (archiveContexts.has(context)) return chartYaml;
  const archive = archiveInPlace(segments.slice(0, owner.at + 2), owner.chartYaml, context);
  const mapped = archive ? mapHelm2(object, path, archive.context) : void 0;
  if (!archive || !mapped || archive.files.has(mapped.file) || context.readText(mapped.file) === void 0)
    return chartYaml;
  const { appVersion, ...rest } = mapped;
  return appVersion && !archive.files.has(appVersion.file) ? mapped : rest;
}
function archiveOwner(segments, context) {
  for (let at = segments.lastIndexOf("charts"); at >= 0; at = at ? segments.lastIndexOf("charts", at - 1) : -1) {
    const chartYaml = helmChartPath(context, [...segments.slice(0, at), "Chart.yaml"]);
    if (context.readText(chartYaml) !== void 0) return { chartYaml, at };
  }
  return void 0;
}
function archiveInPlace(subchart, ownerChartYaml, context) {
  let byFolder = inPlace.get(context);
  if (!byFolder) inPlace.set(context, byFolder = /* @__PURE__ */ new Map());
  const folder = helmChartPath(context, subchart);
  const known = byFolder.get(folder);
  if (known !== void 0) return known ?? void 0;
  const archive = archivedSubchart(
    resolve6(context.cwd, posix8.dirname(ownerChartYaml)),
    subchart.at(-1)
  );
  let found = null;
  if (archive) {
    const texts = new Map([...archive.files].map(([file, text]) => [posix8.join(folder, file), text]));
    const inArchive = {
      ...context,
      readText: (file) => texts.get(file) ?? context.readText(file),
      files: [...context.files ?? [], ...texts.keys()]
    };
    archiveContexts.add(inArchive);
    found = { context: inArchive, files: new Set(texts.keys()) };
  }
  byFolder.set(folder, found);
  return found ?? void 0;
}

// src/render/loop-references.ts
var REFERENCE = /(\$[A-Za-z_][A-Za-z0-9_]*)((?:\.[A-Za-z_][A-Za-z0-9_]*)*)|(?<![A-Za-z0-9_)\].$])((?:\.[A-Za-z_][A-Za-z0-9_]*)+|\.(?![A-Za-z0-9_.]))/g;
var PRINTED_NAME = /^"?\{\{-?\s*(\$[A-Za-z_][A-Za-z0-9_]*|(?=\.))((?:\.[A-Za-z_][A-Za-z0-9_]*)*|\.)\s*(?:\|\s*quote\s*)?-?\}\}"?$/;
var ROOT_FIELDS2 = /* @__PURE__ */ new Set(["Values", "Release", "Chart", "Capabilities", "Template", "Files", "Subcharts"]);
var MAX_ITEMS = 1e3;
function loopValuesReferences(valueText, rendered, scope) {
  if (!scope.loops.length) return [];
  const references = [];
  for (const [action] of valueText.matchAll(/\{\{[\s\S]*?\}\}/g))
    for (const match of action.matchAll(REFERENCE)) {
      const variable = match[1];
      const fields = fieldsOf(match[2] ?? match[3] ?? "");
      if (!variable && ROOT_FIELDS2.has(fields[0] ?? "")) continue;
      const loop = variable ? [...scope.loops].reverse().find((open) => open.valueVariable === variable) : scope.loops.find((open) => open.dot);
      if (!loop || loop.within) continue;
      if (!loop.range) {
        references.push([...loop.valuesPath, ...fields]);
        continue;
      }
      const item = loopItem(loop, fields, rendered, scope);
      if (item !== void 0) references.push([...loop.valuesPath, item, ...fields]);
    }
  return references;
}
function loopItem(loop, fields, rendered, scope) {
  const items = scope.items(loop.valuesPath)?.slice(0, MAX_ITEMS);
  if (!items) return void 0;
  const valueOf = (item, at) => scope.value([...loop.valuesPath, item, ...at]);
  for (const { template, rendered: name } of scope.itemNames) {
    const printed = template === void 0 ? null : PRINTED_NAME.exec(template);
    if (!printed || name === void 0) continue;
    const variable = printed[1];
    const nameFields = fieldsOf(printed[2]);
    let named;
    if (variable !== "" && variable === loop.keyVariable && nameFields.length === 0)
      named = items.filter((item) => String(item) === name);
    else if (variable === "" && loop.dot || variable !== "" && variable === loop.valueVariable)
      named = items.filter((item) => sameScalar(name, valueOf(item, nameFields)));
    else continue;
    if (named.length === 1) return named[0];
  }
  if (!isScalarValue(rendered)) return void 0;
  const holding = items.filter((item) => sameScalar(rendered, valueOf(item, fields)));
  return holding.length === 1 ? holding[0] : void 0;
}
function fieldsOf(text) {
  return text === "." || text === "" ? [] : text.slice(1).split(".");
}
function isScalarValue(value) {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean";
}
function sameScalar(rendered, value) {
  return isScalarValue(value) && String(value) === String(rendered);
}
function resolveKeyLoop(keyTemplate, renderedKey, loops, items) {
  const printed = PRINTED_NAME.exec(keyTemplate.trim());
  const variable = printed?.[1];
  if (!variable || printed[2] !== "") return void 0;
  const loop = [...loops].reverse().find((open) => open.keyVariable === variable || open.valueVariable === variable);
  if (!loop?.range || loop.keyVariable !== variable) return void 0;
  const holds = (valuesPath) => {
    const keys = items(valuesPath)?.slice(0, MAX_ITEMS);
    return keys === void 0 ? void 0 : keys.some((key) => String(key) === renderedKey);
  };
  const { within, ...own } = loop;
  if (!within) return holds(loop.valuesPath) === void 0 ? void 0 : holds(loop.valuesPath) && own;
  const outer = items(within.valuesPath)?.slice(0, MAX_ITEMS);
  if (!outer) return void 0;
  const paths = outer.map((item) => [...within.valuesPath, item, ...loop.valuesPath]);
  const known = paths.map(holds);
  const holding = paths.filter((_, i) => known[i] === true);
  if (holding.length === 1) return { ...own, valuesPath: holding[0] };
  return holding.length === 0 && !known.includes(void 0) ? false : void 0;
}

// src/render/templated-keys.ts
var TEMPLATED_KEY = /^( *)("?)(\{\{-?[^:{}]*?-?\}\})\2 *:(?: |$)/;
var CONTROL = /^\{\{-?\s*(?:if|else|end|range|with|\/\*|\$[A-Za-z0-9_]*\s*:?=)/;
function templatedKeysUnder(entry, entries, lines) {
  const next = entries.find((e) => e.line > entry.line && e.indent <= entry.indent)?.line ?? lines.length + 1;
  const keys = [];
  const parents = [];
  let pastes = false;
  for (let line = entry.line + 1; line < next; line++) {
    const text = lines[line - 1].replace(/\t/g, " ");
    const trimmed = text.trim();
    if (trimmed === "---" || trimmed.startsWith("--- ")) break;
    const literal2 = entries.find((e) => e.line === line);
    const templated = literal2 ? void 0 : TEMPLATED_KEY.exec(text);
    if (literal2 || templated) {
      const indent = literal2 ? literal2.indent : (templated?.[1]).length;
      while (parents.length && parents.at(-1) >= indent) parents.pop();
      if (templated && indent > entry.indent && !parents.length)
        keys.push({ line, indent, keyTemplate: templated[3] });
      parents.push(indent);
      continue;
    }
    if (trimmed.startsWith("{{") && !CONTROL.test(trimmed)) pastes = true;
  }
  return { keys, pastes };
}

// src/render/values-variables.ts
var ACTION2 = /\{\{-?([\s\S]*?)-?\}\}/g;
var NAME = String.raw`\$[A-Za-z_][A-Za-z0-9_]*`;
var FIELDS = String.raw`(?:\.[A-Za-z0-9_]+)*`;
var ASSIGNMENT = new RegExp(String.raw`^(${NAME})\s*:?=\s*([\s\S]+)$`);
var MUTATION = new RegExp(
  String.raw`\b(set|unset|merge|mergeOverwrite)\s+\(?\s*(${NAME})(${FIELDS})(?:\s*\))?(?:\s+"([^"]*)"(?=[\s)]|$))?`,
  "g"
);
var REFERENCE2 = new RegExp(String.raw`(${NAME})(${FIELDS})(?![A-Za-z0-9_])(?!\s*:?=)`, "g");
var DECLARED = new RegExp(String.raw`${NAME}(?=\s*(?:,\s*${NAME}\s*)?:?=)`, "g");
var VALUES_PATH2 = new RegExp(String.raw`^(\$?)\.Values(${FIELDS})$`);
var VARIABLE_PATH = new RegExp(String.raw`^(${NAME})(${FIELDS})$`);
var MAX_DEPTH5 = 8;
function bindValuesVariables(text, values) {
  if (!text.includes("$")) return { text, rewritten: /* @__PURE__ */ new Set(), changed: [] };
  const actions = readActions(text);
  const bindings = /* @__PURE__ */ new Map();
  const declared = /* @__PURE__ */ new Set();
  for (const action of actions) {
    if (action.inDefine) continue;
    const body = action.body.trim();
    if (/^(?:if|else|with|range)\b/.test(body)) {
      for (const [name2] of body.matchAll(DECLARED)) declared.add(name2);
      continue;
    }
    const assignment = ASSIGNMENT.exec(body);
    if (!assignment) continue;
    const name = assignment[1];
    bindings.set(name, [
      ...bindings.get(name) ?? [],
      { expression: assignment[2], dotChanged: action.dotChanged }
    ]);
  }
  const resolved = /* @__PURE__ */ new Map();
  const resolve9 = (name, depth) => {
    if (resolved.has(name)) return resolved.get(name);
    if (depth > MAX_DEPTH5 || declared.has(name) || name === "$_") return void 0;
    resolved.set(name, void 0);
    const paths = (bindings.get(name) ?? []).map(
      (binding) => evaluate(binding.expression, {
        dotChanged: binding.dotChanged,
        variable: (other) => resolve9(other, depth + 1),
        values
      })
    );
    const first = paths[0];
    const same = first !== void 0 && paths.every((path) => path !== void 0 && samePath(path, first));
    resolved.set(name, same ? first : void 0);
    return same ? first : void 0;
  };
  for (const name of bindings.keys()) resolve9(name, 0);
  const changed = [];
  const rewritten = /* @__PURE__ */ new Set();
  let out = "";
  let last = 0;
  const lines = { index: 0, line: 1 };
  for (const action of actions) {
    if (action.inDefine) continue;
    for (const [, call, name, fields, key] of action.body.matchAll(MUTATION)) {
      const path = resolved.get(name);
      if (!path) continue;
      const at = [...path, ...splitFields(fields)];
      changed.push(key !== void 0 && (call === "set" || call === "unset") ? [...at, key] : at);
    }
    const body = action.body.replace(REFERENCE2, (reference, name, fields) => {
      const path = resolved.get(name);
      if (!path) return reference;
      return `.Values${[...path, ...splitFields(fields)].map((segment) => `.${segment}`).join("")}`;
    });
    if (body === action.body) continue;
    const bodyStart = text.indexOf(action.body, action.start);
    out += text.slice(last, bodyStart) + body;
    last = bodyStart + action.body.length;
    const firstLine = lineOnFrom(lines, text, action.start);
    const lastLine = firstLine + (text.slice(action.start, action.end).match(/\n/g)?.length ?? 0);
    for (let line = firstLine; line <= lastLine; line++) rewritten.add(line);
  }
  out += text.slice(last);
  return { text: out, rewritten, changed };
}
function evaluate(expression, scope) {
  const trimmed = unparenthesize(expression.trim());
  const values = VALUES_PATH2.exec(trimmed);
  if (values) return values[1] === "$" || !scope.dotChanged ? splitFields(values[2]) : void 0;
  const bound = VARIABLE_PATH.exec(trimmed);
  if (bound) {
    const path = scope.variable(bound[1]);
    return path ? [...path, ...splitFields(bound[2])] : void 0;
  }
  const words = splitArguments(trimmed);
  const [call, ...args] = words ?? [];
  if (call === "deepCopy" && args.length === 1) return evaluate(args[0], scope);
  if ((call === "merge" || call === "mergeOverwrite") && args.length >= 2) {
    const maps = args.filter((arg) => unparenthesize(arg) !== "dict");
    return maps.length === 1 ? evaluate(maps[0], scope) : void 0;
  }
  if (call === "ternary" && args.length === 3) {
    const taken = truth(args[2], scope);
    return taken === void 0 ? void 0 : evaluate(taken ? args[0] : args[1], scope);
  }
  return void 0;
}
function truth(expression, scope) {
  if (!scope.values) return void 0;
  const [call, ...args] = splitArguments(unparenthesize(expression.trim())) ?? [];
  if (call === void 0) return void 0;
  if (args.length === 0) {
    const path = evaluate(call, scope);
    return path ? !scope.values.empty(path) : void 0;
  }
  if (call === "not" && args.length === 1) {
    const inner = truth(args[0], scope);
    return inner === void 0 ? void 0 : !inner;
  }
  if (call === "empty" && args.length === 1) {
    const path = evaluate(args[0], scope);
    return path ? scope.values.empty(path) : void 0;
  }
  const key = /^"([^"]*)"$/.exec(args[1] ?? "")?.[1];
  if (call === "hasKey" && args.length === 2 && key !== void 0) {
    const path = evaluate(args[0], scope);
    return path ? scope.values.hasKey(path, key) : void 0;
  }
  if ((call === "and" || call === "or") && args.length >= 2) {
    const each = args.map((arg) => truth(arg, scope));
    if (each.includes(void 0)) return void 0;
    return call === "and" ? each.every(Boolean) : each.some(Boolean);
  }
  return void 0;
}
function splitArguments(expression) {
  const words = [];
  let depth = 0;
  let word = "";
  let quoted = false;
  for (const char of expression) {
    if (quoted) {
      if (char === "\\") return void 0;
      if (char === '"') quoted = false;
      word += char;
      continue;
    }
    if (/['`|]/.test(char)) return void 0;
    if (char === '"') quoted = true;
    if (char === "(") depth++;
    if (char === ")") depth--;
    if (depth < 0) return void 0;
    if (/\s/.test(char) && depth === 0) {
      if (word) words.push(word);
      word = "";
    } else word += char;
  }
  if (word) words.push(word);
  return depth === 0 && !quoted ? words : void 0;
}
function unparenthesize(expression) {
  let inner = expression;
  while (inner.startsWith("(") && inner.endsWith(")") && splitArguments(inner.slice(1, -1)) !== void 0)
    inner = inner.slice(1, -1).trim();
  return inner;
}
function splitFields(fields) {
  return fields === "" ? [] : fields.slice(1).split(".");
}
function samePath(a, b) {
  return a.length === b.length && a.every((segment, i) => segment === b[i]);
}
function lineOnFrom(cursor, text, index) {
  for (let i = text.indexOf("\n", cursor.index); i >= 0 && i < index; i = text.indexOf("\n", i + 1)) {
    cursor.line++;
    cursor.index = i + 1;
  }
  return cursor.line;
}
function readActions(text) {
  const actions = [];
  const open = [];
  for (const match of text.matchAll(ACTION2)) {
    const body = match[1];
    const trimmed = body.trim();
    const inDefine = open.some((block) => block.define);
    const dotChanged = open.some((block) => block.dot);
    actions.push({ body, start: match.index, end: match.index + match[0].length, inDefine, dotChanged });
    if (trimmed.startsWith("/*")) continue;
    if (/^end\b/.test(trimmed)) open.pop();
    else if (/^else\b/.test(trimmed)) {
      const top = open.at(-1);
      if (top) top.dot = /^else\s+with\b/.test(trimmed);
    } else if (/^(?:define|block)\b/.test(trimmed)) open.push({ define: true, dot: true });
    else if (/^(?:with|range)\b/.test(trimmed)) open.push({ define: false, dot: true });
    else if (/^if\b/.test(trimmed)) open.push({ define: false, dot: false });
  }
  return actions;
}

// src/render/helm-matched-key.ts
function chartDirsOf(subchart, context) {
  const local = [...context.localCharts?.values() ?? []];
  return {
    own: helmChartPath(context, subchart),
    root: context.root.dir,
    ...local.length ? { local } : {}
  };
}

// src/render/map-helm-key-line.ts
import { Buffer } from "node:buffer";

// src/render/values-list-item.ts
function placeListItem(rendered, index, lists) {
  const unmatched = [];
  for (const [list, items] of lists.entries()) {
    const start = runStart(rendered, items);
    if (start === void 0) unmatched.push(list);
    else if (index >= start && index < start + items.length) return { list, index: index - start };
  }
  const name = nameOf(rendered[index]);
  for (const list of unmatched) {
    const named = lists[list].flatMap(
      (item, i) => name !== void 0 && nameOf(item) === name ? [i] : []
    );
    if (named.length === 1) return { list, index: named[0] };
  }
  return unmatched.length === 0 && lists.length > 0 ? "template" : void 0;
}
function runStart(rendered, items) {
  for (let start = 0; start + items.length <= rendered.length; start++)
    if (items.every((item, i) => sameData(item, rendered[start + i]))) return start;
  return void 0;
}
function nameOf(item) {
  const name = isRecord(item) ? item.name : void 0;
  return typeof name === "string" ? name : void 0;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
var MAX_DEPTH6 = 64;
function sameData(a, b, depth = 0) {
  if (a === b) return true;
  if (depth >= MAX_DEPTH6) return false;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, i) => sameData(item, b[i], depth + 1));
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && sameData(a[key], b[key], depth + 1));
  }
  return false;
}

// src/render/helm-pasted-sources.ts
import { posix as posix9 } from "node:path";

// src/render/block-lines.ts
function sameLinesInBlock(text, keyLine, lineText) {
  const wanted = lineText.trim();
  if (wanted === "") return [];
  const lines = text.split(/\r\n|\r|\n/);
  const keyIndent = keyLine > 0 ? indentOf2(lines[keyLine - 1] ?? "") : -1;
  const found = [];
  for (let index = keyLine; index < lines.length && index < keyLine + 5e3; index++) {
    const source = lines[index];
    const trimmed = source.trim();
    if (trimmed !== "" && !trimmed.startsWith("{{") && indentOf2(source) <= keyIndent) break;
    if (trimmed === wanted) found.push(index + 1);
  }
  return found;
}
function indentOf2(line) {
  return line.length - line.trimStart().length;
}

// src/render/helm-pasted-sources.ts
function valuesLineOfBlock(location, lineText, context, repeats = 0) {
  const lines = (context.readText(location.file) ?? "").split(/\r\n|\r|\n/);
  const keyLine = lines[location.line - 1] ?? "";
  const indent = keyLine.length - keyLine.trimStart().length;
  const block = [];
  for (let i = location.line; i < lines.length && block.length < 200; i++) {
    const line = lines[i];
    const content = line.trim();
    if (content !== "" && !content.startsWith("{{") && line.length - line.trimStart().length <= indent) break;
    block.push(line);
  }
  for (const reference of valuesReferences(block.join("\n"))) {
    const found = lookupValues(reference, [], context);
    if (!found?.exact) continue;
    const line = repeatedLine(context.readText(found.file), found.line, lineText, repeats);
    if (line) return { file: found.file, line, exact: true, via: "values" };
  }
  for (const file of chartFilesRead(block.join("\n"), location.file)) {
    const line = repeatedLine(context.readText(file), 0, lineText, repeats);
    if (line) return { file, line, exact: true, via: "template" };
  }
  return void 0;
}
function repeatedLine(text, keyLine, lineText, repeats) {
  if (text === void 0) return void 0;
  return (repeats > 0 ? sameLinesInBlock(text, keyLine, lineText)[repeats] : void 0) ?? lineInText(text, lineText, Math.max(0, keyLine - 1));
}
function chartFilesRead(text, template) {
  const at = template.lastIndexOf("/templates/");
  const chartDir = at < 0 ? posix9.dirname(posix9.dirname(template)) : template.slice(0, at);
  return literalReads(text).filter(([how]) => how === "Get").map(([, path]) => posix9.normalize(posix9.join(chartDir, path)));
}

// src/render/map-helm-key-line.ts
function changedInTemplate(valuesPath, changed) {
  return changed.some(
    (path) => path.every((segment, i) => i >= valuesPath.length || valuesPath[i] === segment)
  );
}
function mapKeyLine(matched, rendered) {
  const { entry, lines, at, subchart, context, variables } = matched;
  const lineText = lines[entry.line - 1] ?? "";
  const valueText = lineText.slice(lineText.indexOf(":") + 1);
  const chartDirs = chartDirsOf(subchart, context);
  const definitions = [...valueText.matchAll(/\b(?:include|template)\s+"([^"]+)"/g)].map(
    (match) => definitionText(match[1], chartDirs, context) ?? ""
  );
  const included = definitions.some((definition) => printsLiterally(definition, rendered)) ? [] : definitions.flatMap((definition) => valuesReferences(definition));
  const own = valuesReferences(valueText).reverse();
  const looped = matched.ownLine(entry.line) ? loopReferences(matched, valueText, rendered) : [];
  for (const reference of [...own, ...looped, ...included.reverse()]) {
    const found = lookupValues(reference, subchart, context);
    const scalar = !own.includes(reference) ? ["string", "number", "boolean"].includes(typeof found?.value) : true;
    if (found?.exact && scalar && !changedInTemplate(reference, variables.changed) && found.value !== "" && found.value !== null && renderedFrom(rendered, found.value))
      return withoutValue(found);
  }
  const read = chartFilesRead(valueText, at(entry.line).file)[0];
  if (read && context.readText(read) !== void 0)
    return { file: read, line: 1, exact: true, via: "template" };
  return { ...at(entry.line), exact: true, via: "template" };
}
function printsLiterally(definition, rendered) {
  if (typeof rendered !== "string" || rendered === "") return false;
  return definition.split("\n").some((line) => !line.includes("{{") && line.trim().replace(/^"(.*)"$/, "$1") === rendered);
}
function loopReferences(matched, valueText, rendered) {
  const { object, path, entry, subchart, context } = matched;
  const loops = matched.loopsAt(entry.line);
  if (!loops.length) return [];
  const names = renderedItemNames(object, path);
  return loopValuesReferences(valueText, rendered, {
    loops,
    itemNames: [
      ...entry.itemNameTemplates.map((template, i) => ({
        ...template !== void 0 ? { template } : {},
        ...names[i] !== void 0 ? { rendered: names[i] } : {}
      })),
      ...matched.templatedKey ? [matched.templatedKey] : []
    ],
    items: (valuesPath) => valuesItems(valuesPath, subchart, context),
    value: (valuesPath) => valuesValue(valuesPath, subchart, context)
  });
}
function mapPastedBlock(matched) {
  const { object, path, keys, depth, entry, entries, lines, at, subchart, context, variables } = matched;
  const next = entries.find((e) => e.line > entry.line && e.indent <= entry.indent);
  const block = lines.slice(entry.line - 1, (next?.line ?? lines.length + 1) - 1).join("\n").slice(0, 4e3);
  const above = withLineAbove(lines, entry.line - 1);
  const blockText = `${above}${block}`;
  const fromVariable = variables.rewritten(
    entry.line - (above ? 1 : 0),
    (next?.line ?? lines.length + 1) - 1
  );
  const rendered = object.document.getIn(path);
  const values = (valuesPath) => {
    if (changedInTemplate(valuesPath, variables.changed)) return void 0;
    const found = lookupValues(valuesPath, subchart, context);
    return !fromVariable || !isScalarValue(rendered) || found?.exact && sameScalar(rendered, found.value) ? found : void 0;
  };
  const defaulted = defaultedValuesPaths(blockText);
  const blockPath = defaulted ? defaulted.find((candidate) => !valuesEmpty(candidate, subchart, context)) ?? defaulted[1] : blockValuesPath(blockText);
  const keyAt = keys[depth - 1].at;
  const rest = path.slice(keyAt + 1);
  const item = typeof rest[0] === "number" ? valuesListItem(object, path.slice(0, keyAt + 1), rest[0], blockText, subchart, context) : void 0;
  if (item === "template") return { ...at(entry.line), exact: false, via: "template" };
  if (item) {
    const found = values([...item, ...rest.slice(1)]);
    if (found) return withoutValue(found);
  } else if (blockPath) {
    const found = values([...blockPath, ...rest]);
    if (found) return withoutValue(found);
  }
  if (!item && isScalarValue(rendered)) {
    const end = (next?.line ?? lines.length + 1) - 1;
    const found = pastedFromLoopItem(matched, entry.line + 1, end, rest, rendered, values);
    if (found) return withoutValue(found);
  }
  return { ...at(entry.line), exact: false, via: "template" };
}
var PASTED_FIELD = /toYaml\s+\(?\s*(\$[A-Za-z0-9_]+)?((?:\.[A-Za-z0-9_]+)+|\.)(?=[\s)|]|-?\}\})|\{\{-?\s*(\$[A-Za-z0-9_]+)?((?:\.[A-Za-z0-9_]+)+|\.)\s*\|\s*toYaml\b/;
function pastedFromLoopItem(matched, from, to, rest, rendered, values) {
  const { lines, subchart, context } = matched;
  const found = [];
  for (let line = from; line <= to && found.length < 2; line++) {
    const pasted = PASTED_FIELD.exec(lines[line - 1] ?? "");
    if (!pasted) continue;
    const variable = pasted[1] ?? pasted[3];
    const fieldText = pasted[2] ?? pasted[4];
    const fields = fieldText === "." ? [] : fieldText.slice(1).split(".");
    if (!variable && ["Values", "Release", "Chart", "Files", "Capabilities", "Template"].includes(fields[0] ?? ""))
      continue;
    const open = matched.loopsAt(line);
    const loop = variable ? [...open].reverse().find((other) => other.valueVariable === variable) : open.find((other) => other.dot);
    if (!loop || loop.within && loop.range) continue;
    const outer = loop.within ?? loop;
    const inner = loop.within ? loop.valuesPath : [];
    const itemsOf = outer.range ? valuesItems(outer.valuesPath, subchart, context) ?? [] : [void 0];
    for (const item of itemsOf.slice(0, 1e3)) {
      const at = [...outer.valuesPath, ...item === void 0 ? [] : [item], ...inner, ...fields, ...rest];
      const value = values(at);
      if (value?.exact && sameScalar(rendered, value.value)) found.push(value);
    }
  }
  return found.length === 1 ? found[0] : void 0;
}
function valuesListItem(object, listPath, index, blockText, subchart, context) {
  const rendered = object.document.getIn(listPath);
  if (!isSeq(rendered)) return void 0;
  const first = blockValuesPath(blockText);
  const paths = [...first ? [first] : [], ...valuesReferences(blockText)].filter(
    (candidate, i, all) => all.findIndex((other) => other.join(".") === candidate.join(".")) === i
  );
  const lists = [];
  for (const candidate of paths.slice(0, 20)) {
    const items = valuesList(candidate, subchart, context);
    if (items) lists.push({ path: candidate, items });
  }
  const place = placeListItem(
    rendered.toJSON(),
    index,
    lists.map((list) => list.items)
  );
  if (place === void 0 || place === "template") return place;
  return [...lists[place.list].path, place.index];
}
function rendersTo(lineText, rendered, subchart, context) {
  if (typeof rendered !== "string" && typeof rendered !== "number" && typeof rendered !== "boolean")
    return false;
  const value = lineText.slice(lineText.indexOf(":") + 1).trim().replace(/\s+#[^"'{}]*$/, "").replace(/^"(.*)"$|^'(.*)'$/, "$1$2");
  let resolvable = true;
  const filled = value.replace(
    /\{\{-?\s*\$?\.Values((?:\.[A-Za-z0-9_]+)+)\s*(?:\|\s*quote\s*)?-?\}\}|\{\{[\s\S]*?\}\}/g,
    (action, path) => {
      const found = path === void 0 ? void 0 : lookupValues(path.slice(1).split("."), subchart, context)?.value;
      if (typeof found === "string" || typeof found === "number" || typeof found === "boolean")
        return String(found);
      resolvable = false;
      return action;
    }
  );
  return resolvable && filled.replace(/^"(.*)"$/, "$1") === String(rendered);
}
function renderedFrom(rendered, value) {
  if (typeof rendered !== "string" && typeof rendered !== "number" && typeof rendered !== "boolean")
    return true;
  if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") return true;
  const shown = String(rendered).toLowerCase();
  const given = String(value).toLowerCase();
  return shown.includes(given) || shown.length >= 3 && given.startsWith(shown) || String(rendered) === Buffer.from(String(value)).toString("base64");
}
function withLineAbove(lines, at) {
  const above = lines[at - 1] ?? "";
  return /^\s*\{\{-?\s*with\s+\$?\.Values(\.[A-Za-z0-9_]+)+\s*-?\}\}\s*$/.test(above) ? `${above}
` : "";
}
function withoutValue(found) {
  const { value: _value, ...mapped } = found;
  return mapped;
}

// src/render/map-helm.ts
function mapHelm(object, path, context) {
  if (!object.helmSource) return void 0;
  const segments = object.helmSource.split("/").slice(1);
  const templates = segments.lastIndexOf("templates");
  const template = helmChartPath(context, segments);
  const text = context.readText(template);
  if (text === void 0) return mapArchivedSubchart(object, path, segments, context, mapHelm);
  if (templates < 0) return void 0;
  const subchart = segments.slice(0, templates);
  const keys = [];
  path.forEach((segment, at2) => typeof segment === "string" && keys.push({ key: segment, at: at2 }));
  const bound = boundVariables(template, text, subchart, context);
  const inlined = inlineIncludes(template, bound.text, chartDirsOf(subchart, context), context);
  const at = (line) => inlined.origin(line);
  const variables = {
    changed: bound.changed,
    rewritten: (from, to) => {
      for (let line = from; line <= to; line++) {
        const origin = at(line);
        if (origin.file === template && bound.rewritten.has(origin.line)) return true;
      }
      return false;
    }
  };
  const entries = indexTemplateKeys(inlined.text);
  const sameKind = entries.filter((e) => e.kind === void 0 || e.kind === object.kind);
  const candidates = sameKind.length ? sameKind : entries;
  const names = renderedItemNames(object, path);
  let depth = 0;
  let entry;
  const lines = inlined.text.split("\n");
  const rendered = object.document.getIn(path);
  let loops;
  const loopsAt = (line) => (loops ??= valuesLoopsByLine(inlined.text))[line] ?? [];
  const renders = (e) => !loopsAt(e.line).some((loop) => !loop.within && valuesEmpty(loop.valuesPath, subchart, context));
  for (let j = keys.length; j > 0 && !entry; j--) {
    const wanted = keys.slice(0, j).map((k) => k.key);
    const written = candidates.filter((e) => e.keys.length === j && e.keys.every((k, i) => k === wanted[i]));
    const live = written.length > 1 ? written.filter(renders) : written;
    const sameKeys = live.length ? live : written;
    const taken = j === keys.length && sameKeys.length > 1 ? sameKeys.filter((e) => rendersTo(lines[e.line - 1] ?? "", rendered, subchart, context)) : [];
    const byName = (template2, value) => templatedNameMatches(template2, value, subchart, context, chartDirsOf(subchart, context));
    const pick = (from) => pickByItemNames(from, names, (template2, value, candidate) => {
      const loop = resolveKeyLoop(
        template2,
        value,
        loopsAt(candidate.line),
        (valuesPath) => valuesItems(valuesPath, subchart, context)
      );
      return loop === void 0 ? byName(template2, value) : loop !== false;
    }) ?? pickByItemNames(from, names, byName);
    entry = (taken.length ? pick(taken) : void 0) ?? pick(sameKeys);
    if (entry) depth = j;
  }
  if (!entry) {
    const kindLine = candidates.find((e) => e.keys.length === 1 && e.keys[0] === "kind")?.line ?? 1;
    return { ...at(kindLine), exact: false, via: "template" };
  }
  const matched = {
    object,
    path,
    keys,
    depth,
    entry,
    entries,
    lines,
    at,
    subchart,
    context,
    variables,
    ownLine: (line) => at(line).file === template,
    loopsAt
  };
  if (depth === keys.length && path.at(-1) === "name")
    return { ...at(entry.line), exact: true, via: "template" };
  const keyed = depth === keys.length - 1 ? templatedKeyLine(matched) : void 0;
  if (depth !== keys.length && !keyed) return mapPastedBlock(matched);
  const key = keyed ?? matched;
  const appVersion = takenAppVersion(lines[key.entry.line - 1] ?? "", rendered, subchart, context);
  return { ...mapKeyLine(key, rendered), ...appVersion ? { appVersion } : {} };
}
function templatedKeyLine(matched) {
  const { path, keys, depth, entry, entries, lines, subchart, context } = matched;
  const key = path.at(-1);
  if (typeof key !== "string" || keys[depth - 1].at !== path.length - 2) return void 0;
  const under = templatedKeysUnder(entry, entries, lines);
  if (!under.keys.length) return void 0;
  const items = (valuesPath) => valuesItems(valuesPath, subchart, context);
  const loops = under.keys.map(
    (line2) => resolveKeyLoop(line2.keyTemplate, key, matched.loopsAt(line2.line), items)
  );
  const looped = under.keys.flatMap((line2, i) => loops[i] ? [{ line: line2, loop: loops[i] }] : []);
  const unknown = under.keys.filter((_, i) => loops[i] === void 0);
  const chosen = looped.length === 1 ? looped[0] : !looped.length && unknown.length === 1 && !under.pastes ? { line: unknown[0], loop: void 0 } : void 0;
  if (!chosen) return void 0;
  const { line, loop } = chosen;
  const keyEntry = {
    ...entry,
    line: line.line,
    indent: line.indent,
    keys: [...entry.keys, key]
  };
  return {
    ...matched,
    depth: depth + 1,
    entry: keyEntry,
    templatedKey: { template: line.keyTemplate, rendered: key },
    // The loop that wrote the key (the innermost with its key variable), made whole when it reads a
    // field of another loop's item.
    loopsAt: (at) => {
      const open = matched.loopsAt(at);
      if (at !== line.line || !loop) return open;
      const innermost = open.map((other) => other.keyVariable).lastIndexOf(loop.keyVariable);
      return open.map((other, i) => i === innermost ? loop : other);
    }
  };
}
var boundTemplates = /* @__PURE__ */ new WeakMap();
function boundVariables(template, text, subchart, context) {
  let byTemplate = boundTemplates.get(context);
  if (!byTemplate) boundTemplates.set(context, byTemplate = /* @__PURE__ */ new Map());
  let bound = byTemplate.get(template);
  if (!bound) byTemplate.set(template, bound = bindValuesVariables(text, valuesReader(subchart, context)));
  return bound;
}
function valuesReader(subchart, context) {
  return {
    empty: (path) => valuesEmpty(path, subchart, context),
    hasKey: (path, key) => {
      const keys = valuesItems(path, subchart, context);
      if (!keys) {
        const value = valuesValue(path, subchart, context);
        return typeof value === "object" && value !== null && !Array.isArray(value) ? false : void 0;
      }
      if (keys.some((k) => typeof k === "number")) return void 0;
      if (!keys.includes(key)) return false;
      return valuesValue([...path, key], subchart, context) === null ? void 0 : true;
    }
  };
}

// src/render/map-kustomize.ts
import { posix as posix12, relative as relative5, resolve as resolve7 } from "node:path";

// src/render/generator-lines.ts
import { posix as posix10 } from "node:path";
var GENERATOR_FIELDS = { Secret: "secretGenerator", ConfigMap: "configMapGenerator" };
function findGeneratorLine(kustomization, kind, renderedName, key, readText, onlyChanging = false) {
  const field2 = kind === "Secret" || kind === "ConfigMap" ? GENERATOR_FIELDS[kind] : void 0;
  const text = field2 ? readText(kustomization) : void 0;
  if (!field2 || text === void 0) return void 0;
  const lineCounter = new LineCounter();
  let generators;
  try {
    const document = parseDocument(text, { lineCounter });
    generators = isMap(document.contents) ? document.contents.get(field2, true) : void 0;
  } catch {
    return void 0;
  }
  if (!isSeq(generators)) return void 0;
  const lineOf2 = (node) => {
    const range = node.range;
    return range ? lineCounter.linePos(range[0]).line : void 0;
  };
  const candidates = generators.items.filter(isMap).filter((g) => !onlyChanging || CHANGING.has(String(g.get("behavior"))));
  const named = candidates.filter((g) => {
    const name = g.get("name");
    return typeof name === "string" && renderedName !== void 0 && renderedName.includes(name);
  });
  for (const generator of named.length ? named : candidates) {
    const found = generatorEntryLine(generator, key, kustomization, lineOf2, readText);
    const name = generator.get("name");
    if (found) return typeof name === "string" ? { ...found, name } : found;
  }
  return void 0;
}
var CHANGING = /* @__PURE__ */ new Set(["merge", "replace"]);
function findRenderedGeneratorLine(rootDir, generatedIn, kind, renderedName, key, readText) {
  for (const overlay of overlaysDownTo(rootDir, generatedIn, readText)) {
    const changed = findGeneratorLine(overlay, kind, renderedName, key, readText, true);
    if (changed) return changed;
  }
  return findGeneratorLine(generatedIn, kind, renderedName, key, readText);
}
function overlaysDownTo(rootDir, target, readText) {
  const visited = /* @__PURE__ */ new Set();
  const walk = (dir) => {
    if (visited.has(dir)) return void 0;
    visited.add(dir);
    const file = KUSTOMIZATION_NAMES.map((name) => dir === "." ? name : `${dir}/${name}`).find(
      (f) => readText(f) !== void 0
    );
    if (file === void 0) return void 0;
    if (file === target) return [];
    for (const reference of readKustomization(readText(file)).references) {
      const below = walk(referencedPath(dir, reference));
      if (below) return [file, ...below];
    }
    return void 0;
  };
  return walk(posix10.normalize(rootDir)) ?? [];
}
function generatorEntryLine(generator, key, kustomization, lineOf2, readText) {
  const entryKeys = [
    ["literals", (value) => value.slice(0, value.indexOf("=")).trim()],
    // `key=path`, else the file's name is the key.
    [
      "files",
      (value) => value.includes("=") ? value.slice(0, value.indexOf("=")).trim() : posix10.basename(value.trim())
    ]
  ];
  for (const [field2, keyOf] of entryKeys)
    for (const entry of seqItems(generator.get(field2, true))) {
      if (!isScalar(entry) || keyOf(String(entry.value)) !== key) continue;
      const line = lineOf2(entry);
      if (line === void 0) continue;
      if (field2 === "literals") return { file: kustomization, line };
      const source = String(entry.value).slice(String(entry.value).indexOf("=") + 1).trim();
      return {
        file: kustomization,
        line,
        valueFile: posix10.normalize(posix10.join(posix10.dirname(kustomization), source))
      };
    }
  for (const entry of seqItems(generator.get("envs", true))) {
    if (!isScalar(entry) || typeof entry.value !== "string") continue;
    const envFile = posix10.normalize(posix10.join(posix10.dirname(kustomization), entry.value));
    const line = envLine(readText(envFile), key);
    if (line !== void 0) return { file: envFile, line };
  }
  return void 0;
}
function seqItems(node) {
  return isSeq(node) ? node.items : [];
}
function envLine(text, key) {
  if (text === void 0) return void 0;
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line.startsWith("#")) continue;
    const equals = line.indexOf("=");
    if (equals > 0 && line.slice(0, equals).trim() === key) return i + 1;
  }
  return void 0;
}

// src/render/patch-replay.ts
var ASSOCIATIVE_KEYS = ["mountPath", "devicePath", "ip", "type", "topologyKey", "name", "containerPort"];
var Unfollowable = class extends Error {
};
var MAX_PATCHES = 200;
function statesBeforePatches(resource, patches, identity) {
  const states = /* @__PURE__ */ new Map();
  let state = resource;
  for (const source of patches.slice(0, MAX_PATCHES)) {
    if (!states.has(patchKey(source))) states.set(patchKey(source), state);
    try {
      const ops = jsonPatchOps(source.text);
      if (ops) state = ops.reduce(applyOp, state);
      else {
        const patch = patchDocument(source.text, source.target ? {} : identity);
        if (patch === void 0) throw new Unfollowable();
        state = strategicMerge(state, patch);
      }
    } catch {
      break;
    }
  }
  return states;
}
function patchKey(source) {
  return `${source.field}\0${source.file}\0${source.firstLine}`;
}
function patchDocument(text, identity) {
  let documents;
  try {
    documents = parseAllDocuments(text).map((document) => document.toJSON());
  } catch {
    return void 0;
  }
  const candidates = documents.filter(
    (data) => isObject(data) && (identity.kind === void 0 || data.kind === void 0 || data.kind === identity.kind)
  );
  const nameOf2 = (data) => isObject(data.metadata) && typeof data.metadata.name === "string" ? data.metadata.name : void 0;
  const { name } = identity;
  if (name === void 0) return candidates[0];
  const named = candidates.filter((data) => nameOf2(data) === void 0 || name.includes(nameOf2(data))).sort((a, b) => (nameOf2(b)?.length ?? -1) - (nameOf2(a)?.length ?? -1));
  return named[0];
}
function jsonPatchOps(text) {
  let root;
  try {
    root = parseAllDocuments(text)[0]?.contents;
  } catch {
    return void 0;
  }
  if (!isSeq(root) || !root.items.some((op) => isMap(op) && op.has("op"))) return void 0;
  return root.toJSON().filter(isObject);
}
function pointerSegments(pointer) {
  if (!pointer.startsWith("/")) return void 0;
  return pointer.slice(1).split("/").map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function valueAt(data, segments) {
  let node = data;
  for (const segment of segments) {
    if (Array.isArray(node)) node = /^\d+$/.test(segment) ? node[Number(segment)] : void 0;
    else if (isObject(node)) node = Object.hasOwn(node, segment) ? node[segment] : void 0;
    else return void 0;
  }
  return node;
}
function itemName(item) {
  return isObject(item) && typeof item.name === "string" ? item.name : void 0;
}
function applyOp(data, op) {
  const path = typeof op.path === "string" ? pointerSegments(op.path) : void 0;
  if (!path) throw new Unfollowable();
  const from = typeof op.from === "string" ? pointerSegments(op.from) : void 0;
  switch (op.op) {
    case "add":
      return withValue(data, path, op.value, "insert");
    case "replace":
      return withValue(data, path, op.value, "replace");
    case "remove":
      return withValue(data, path, void 0, "remove");
    case "move":
    case "copy": {
      if (!from) throw new Unfollowable();
      const value = valueAt(data, from);
      if (value === void 0) throw new Unfollowable();
      const source = op.op === "move" ? withValue(data, from, void 0, "remove") : data;
      return withValue(source, path, structuredClone(value), "insert");
    }
    case "test":
      return data;
    default:
      throw new Unfollowable();
  }
}
function withValue(data, path, value, how) {
  if (path.length === 0) {
    if (how === "remove") throw new Unfollowable();
    return value;
  }
  const [segment, ...rest] = path;
  if (Array.isArray(data)) {
    const last = rest.length === 0;
    const index = segment === "-" && last && how === "insert" ? data.length : Number(segment);
    if (!/^\d+$/.test(segment) && segment !== "-") throw new Unfollowable();
    if (index > data.length || index === data.length && !(last && how === "insert"))
      throw new Unfollowable();
    const copy2 = [...data];
    if (!last) copy2[index] = withValue(data[index], rest, value, how);
    else if (how === "insert") copy2.splice(index, 0, value);
    else if (how === "replace") copy2[index] = value;
    else copy2.splice(index, 1);
    return copy2;
  }
  if (!isObject(data)) throw new Unfollowable();
  const copy = { ...data };
  if (rest.length) {
    if (!Object.hasOwn(data, segment)) throw new Unfollowable();
    copy[segment] = withValue(data[segment], rest, value, how);
  } else if (how === "remove") {
    if (!Object.hasOwn(data, segment)) throw new Unfollowable();
    delete copy[segment];
  } else copy[segment] = value;
  return copy;
}
function strategicMerge(data, patch) {
  if (Array.isArray(patch)) return mergeList(Array.isArray(data) ? data : [], patch);
  if (!isObject(patch)) return patch;
  const directive = patch.$patch;
  if (directive === "replace") return withoutDirectives(patch);
  if (directive !== void 0 && directive !== "merge") throw new Unfollowable();
  const merged = isObject(data) ? { ...data } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (key === "$patch") continue;
    if (key.startsWith("$")) throw new Unfollowable();
    if (value === null) delete merged[key];
    else if (isObject(value) && value.$patch === "delete") delete merged[key];
    else merged[key] = strategicMerge(merged[key], value);
  }
  return merged;
}
function mergeList(data, patch) {
  if (patch.some((item) => isObject(item) && item.$patch === "replace"))
    return patch.filter((item) => !(isObject(item) && item.$patch === "replace"));
  const key = ASSOCIATIVE_KEYS.find(
    (candidate) => [...data, ...patch].every((item) => isObject(item) && item[candidate] !== void 0)
  );
  if (key === void 0 || data.length + patch.length > 1e4) return patch;
  const id = (item) => JSON.stringify(item[key]);
  const patched = new Set(patch.map(id));
  const merged = [];
  for (const item of patch) {
    if (item.$patch === "delete") continue;
    merged.push(
      strategicMerge(
        data.find((existing) => id(existing) === id(item)),
        item
      )
    );
  }
  return [...merged, ...data.filter((item) => !patched.has(id(item)))];
}
function withoutDirectives(patch) {
  return Object.fromEntries(Object.entries(patch).filter(([key]) => !key.startsWith("$")));
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/render/json6902-patch.ts
var WRITING_OPS = /* @__PURE__ */ new Set(["add", "replace"]);
function findInPatch(text, path, search = {}, before) {
  const lineCounter = new LineCounter();
  let root;
  try {
    root = parseDocument(text, { lineCounter }).contents;
  } catch {
    return void 0;
  }
  if (!isSeq(root) || !root.items.some((op) => isMap(op) && op.has("op")))
    return findYamlKey(text, path, search);
  let best;
  let state = before;
  for (const op of root.items) {
    const data = isMap(op) ? op.toJSON() : void 0;
    const writes = isMap(op) && WRITING_OPS.has(String(op.get("op")));
    const pointer = writes ? op.get("path") : void 0;
    const segments = typeof pointer === "string" ? pointerSegments(pointer) : void 0;
    const meant = (at) => at === segments.length - 1 ? itemName(data?.value) : itemName(valueAt(state, segments.slice(0, at + 1)));
    const match = writes && segments && leads(segments, path, meant, search) ? matchInOp(op, segments, path, search, lineCounter) : void 0;
    if (match && (!best || match.matched > best.matched)) best = match;
    state = afterOp(state, data);
  }
  return best;
}
function matchInOp(op, segments, path, search, lineCounter) {
  const value = op.items.find((pair) => isScalar(pair.key) && pair.key.value === "value");
  const at = value?.key ?? op;
  let match = { matched: segments.length, line: lineCounter.linePos(at.range?.[0] ?? 0).line };
  const rest = path.slice(segments.length);
  if (rest.length && value) {
    const inner = walkKeyPath(
      value.value,
      rest,
      { itemName: (index) => search.itemName?.(index + segments.length) },
      lineCounter
    );
    if (inner) match = { ...inner, matched: segments.length + inner.matched };
  } else if (isScalar(value?.value)) match.value = value.value.value;
  return match;
}
function afterOp(state, op) {
  if (state === void 0 || op === void 0) return void 0;
  try {
    return applyOp(state, op);
  } catch {
    return void 0;
  }
}
function leads(segments, path, meant, search) {
  return segments.length <= path.length && segments.every((segment, i) => {
    const key = path[i];
    if (typeof key !== "number") return segment === key;
    const name = meant(i);
    const rendered = name === void 0 ? void 0 : search.itemName?.(i);
    if (rendered !== void 0) return name === rendered;
    return segment === "-" || segment === String(key);
  });
}

// src/render/kustomization-sources.ts
import { posix as posix11 } from "node:path";
var APPLIED = ["patchesStrategicMerge", "patches", "patchesJson6902"];
function inAppliedOrder(sources) {
  return APPLIED.flatMap((field2) => sources.filter((source) => source.field === field2));
}
var TARGET_FIELDS = [
  "group",
  "version",
  "kind",
  "name",
  "namespace",
  "labelSelector",
  "annotationSelector"
];
var parsedKustomizations = /* @__PURE__ */ new WeakMap();
function readParsed(kustomization, readText) {
  let known = parsedKustomizations.get(readText);
  if (!known) parsedKustomizations.set(readText, known = /* @__PURE__ */ new Map());
  if (!known.has(kustomization)) known.set(kustomization, parseKustomization(readText(kustomization)));
  return known.get(kustomization);
}
function parseKustomization(text) {
  if (text === void 0) return void 0;
  const lineCounter = new LineCounter();
  try {
    const document = parseDocument(text, { lineCounter });
    return isMap(document.contents) ? { document, lineCounter } : void 0;
  } catch {
    return void 0;
  }
}
function lineOf(node, lineCounter) {
  const range = node?.range;
  return range ? lineCounter.linePos(range[0]).line : void 0;
}
function patchSources(kustomization, readText) {
  const parsed2 = readParsed(kustomization, readText);
  if (!parsed2) return [];
  const { document, lineCounter } = parsed2;
  const dir = posix11.dirname(kustomization);
  const sources = [];
  for (const field2 of ["patches", "patchesJson6902", "patchesStrategicMerge"]) {
    const fromFile = (path, target) => {
      const file = posix11.normalize(posix11.join(dir, path));
      const text = readText(file);
      if (text !== void 0)
        sources.push({ file, text, firstLine: 1, ...target ? { target } : {}, field: field2 });
    };
    const list = document.get(field2);
    if (!isSeq(list)) continue;
    for (const item of list.items) {
      if (isScalar(item) && typeof item.value === "string") {
        if (!item.value.includes("\n")) fromFile(item.value);
        else inline(item, { kustomization, field: field2 }, lineCounter, sources);
        continue;
      }
      if (!isMap(item)) continue;
      const target = targetOf(item.get("target"));
      const path = item.get("path");
      if (typeof path === "string") fromFile(path, target);
      const patch = item.get("patch", true);
      if (isScalar(patch)) inline(patch, { kustomization, field: field2 }, lineCounter, sources, target);
    }
  }
  return sources;
}
function inline(scalar, { kustomization, field: field2 }, lineCounter, sources, target) {
  if (typeof scalar.value !== "string") return;
  const start = lineOf(scalar, lineCounter);
  if (start === void 0) return;
  const block = scalar.type === "BLOCK_LITERAL" || scalar.type === "BLOCK_FOLDED";
  sources.push({
    file: kustomization,
    text: scalar.value,
    firstLine: block ? start + 1 : start,
    ...target ? { target } : {},
    field: field2
  });
}
function targetOf(node) {
  if (!isMap(node)) return void 0;
  const target = {};
  for (const field2 of TARGET_FIELDS) {
    const value = node.get(field2);
    if (typeof value === "string" && value !== "") target[field2] = value;
  }
  return target;
}
function imageEntries(kustomization, readText) {
  const parsed2 = readParsed(kustomization, readText);
  const list = parsed2?.document.get("images");
  if (!parsed2 || !isSeq(list)) return [];
  const entries = [];
  for (const item of list.items) {
    if (!isMap(item)) continue;
    const name = item.get("name");
    if (typeof name !== "string") continue;
    const line = (key) => {
      const pair = item.items.find((p) => isScalar(p.key) && p.key.value === key);
      return pair ? lineOf(pair.key, parsed2.lineCounter) : void 0;
    };
    const newName = item.get("newName");
    const lines = { name: line("name") ?? 1 };
    for (const key of ["newName", "newTag", "digest"]) {
      const at = line(key);
      if (at !== void 0) lines[key] = at;
    }
    entries.push({ name, ...typeof newName === "string" ? { newName } : {}, lines });
  }
  return entries;
}

// src/render/anchored-pattern.ts
var MAX_REPEAT = 1e3;
var MAX_LENGTH = 1e3;
var MAX_DEPTH7 = 50;
var Unsupported = class extends Error {
};
function wholeMatcher(pattern2) {
  if (pattern2.length > MAX_LENGTH) return void 0;
  let tree;
  try {
    tree = parsePattern(Array.from(pattern2));
  } catch (error) {
    if (error instanceof Unsupported) return void 0;
    throw error;
  }
  return (text) => {
    const chars = Array.from(text);
    return endsOf(tree, 0, chars, /* @__PURE__ */ new Map()).has(chars.length);
  };
}
function parsePattern(source) {
  let at = 0;
  const fail = () => {
    throw new Unsupported();
  };
  const alternation = (depth) => {
    if (depth > MAX_DEPTH7) fail();
    const options = [sequence(depth)];
    while (source[at] === "|") {
      at++;
      options.push(sequence(depth));
    }
    return options.length === 1 ? options[0] : { type: "alt", options };
  };
  const sequence = (depth) => {
    const items = [];
    while (at < source.length && source[at] !== "|" && source[at] !== ")") {
      const node = atom(depth);
      const repeat = quantifier();
      if (repeat && quantifier()) fail();
      items.push(repeat ? { type: "repeat", node, ...repeat } : node);
    }
    return items.length === 1 ? items[0] : { type: "seq", items };
  };
  const quantifier = () => {
    const c = source[at];
    let range;
    if (c === "*") range = { min: 0, max: Infinity };
    else if (c === "+") range = { min: 1, max: Infinity };
    else if (c === "?") range = { min: 0, max: 1 };
    else if (c === "{") {
      const counted = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at, at + 12).join(""));
      if (!counted) return void 0;
      const min = Number(counted[1]);
      const max = counted[2] === void 0 ? min : counted[3] ? Number(counted[3]) : Infinity;
      if (min > MAX_REPEAT || max !== Infinity && (max > MAX_REPEAT || max < min)) fail();
      at += counted[0].length - 1;
      range = { min, max };
    }
    if (!range) return void 0;
    at++;
    if (source[at] === "?") at++;
    return range;
  };
  const atom = (depth) => {
    const c = source[at++];
    if (c === "(") {
      if (source[at] === "?") {
        if (source[at + 1] === ":") at += 2;
        else if (source[at + 1] === "P" || source[at + 1] === "<") {
          const close = source.indexOf(">", at);
          if (close < 0) fail();
          at = close + 1;
        } else fail();
      }
      const inner = alternation(depth + 1);
      if (source[at++] !== ")") fail();
      return inner;
    }
    if (c === "[") return charClass();
    if (c === ".") return { type: "char", test: (ch) => ch !== "\n" };
    if (c === "^") return { type: "start" };
    if (c === "$") return { type: "end" };
    if (c === "*" || c === "+" || c === "?" || c === ")") fail();
    if (c === "\\") return escape();
    return literal(c);
  };
  const escape = () => {
    const c = source[at++];
    if (c === void 0) fail();
    const known = classEscape(c);
    if (known) return { type: "char", test: known };
    if (c === "A") return { type: "start" };
    if (c === "z") return { type: "end" };
    return literal(escapedLiteral(c));
  };
  const escapedLiteral = (c) => {
    const control = { t: "	", n: "\n", r: "\r", f: "\f", v: "\v" };
    if (control[c]) return control[c];
    if (/[A-Za-z0-9]/.test(c)) fail();
    return c;
  };
  const charClass = () => {
    const negated = source[at] === "^";
    if (negated) at++;
    const tests = [];
    let first = true;
    while (source[at] !== "]" || first) {
      first = false;
      let c = source[at++];
      if (c === void 0) fail();
      if (c === "[" && source[at] === ":") fail();
      if (c === "\\") {
        const e = source[at++];
        if (e === void 0) fail();
        const known = classEscape(e);
        if (known) {
          tests.push(known);
          continue;
        }
        c = escapedLiteral(e);
      }
      const low = c;
      if (source[at] === "-" && source[at + 1] !== "]" && source[at + 1] !== void 0) {
        at++;
        let high = source[at++];
        if (high === "\\") high = escapedLiteral(source[at++] ?? fail());
        if (high < low) fail();
        tests.push((ch) => ch >= low && ch <= high);
      } else tests.push((ch) => ch === low);
    }
    at++;
    return { type: "char", test: (ch) => tests.some((t) => t(ch)) !== negated };
  };
  const tree = alternation(0);
  if (at !== source.length) fail();
  return tree;
}
function literal(c) {
  return { type: "char", test: (ch) => ch === c };
}
function classEscape(c) {
  const digit = (ch) => ch >= "0" && ch <= "9";
  const word = (ch) => /^[A-Za-z0-9_]$/.test(ch);
  const space = (ch) => /^[\t\n\f\r ]$/.test(ch);
  const classes = {
    d: digit,
    D: (ch) => !digit(ch),
    w: word,
    W: (ch) => !word(ch),
    s: space,
    S: (ch) => !space(ch)
  };
  return classes[c];
}
function endsOf(node, start, text, memo) {
  let byStart = memo.get(node);
  if (!byStart) memo.set(node, byStart = /* @__PURE__ */ new Map());
  const known = byStart.get(start);
  if (known) return known;
  const ends = /* @__PURE__ */ new Set();
  byStart.set(start, ends);
  const from = (positions, inner) => {
    const next = /* @__PURE__ */ new Set();
    for (const position of positions) for (const end of endsOf(inner, position, text, memo)) next.add(end);
    return next;
  };
  switch (node.type) {
    case "char":
      if (start < text.length && node.test(text[start])) ends.add(start + 1);
      break;
    case "start":
      if (start === 0) ends.add(start);
      break;
    case "end":
      if (start === text.length) ends.add(start);
      break;
    case "seq": {
      let positions = /* @__PURE__ */ new Set([start]);
      for (const item of node.items) positions = from(positions, item);
      for (const position of positions) ends.add(position);
      break;
    }
    case "alt":
      for (const option of node.options) for (const end of endsOf(option, start, text, memo)) ends.add(end);
      break;
    case "repeat": {
      let positions = /* @__PURE__ */ new Set([start]);
      for (let count = 0; count < node.min && positions.size; count++) positions = from(positions, node.node);
      for (const position of positions) ends.add(position);
      let frontier = positions;
      for (let count = node.min; count < node.max && frontier.size; count++) {
        frontier = new Set([...from(frontier, node.node)].filter((p) => !ends.has(p)));
        for (const position of frontier) ends.add(position);
      }
      break;
    }
  }
  return ends;
}

// src/render/label-selector.ts
function matchesLabelSelector(selector, labels) {
  const requirements = splitRequirements(selector);
  if (!requirements) return void 0;
  let matches2 = true;
  for (const requirement of requirements) {
    const holds = holdsFor(requirement, labels);
    if (holds === void 0) return void 0;
    matches2 &&= holds;
  }
  return matches2;
}
function splitRequirements(selector) {
  const parts = [];
  let depth = 0;
  let current = "";
  for (const c of selector) {
    if (c === "(") depth++;
    if (c === ")") depth--;
    if (depth < 0 || depth > 1) return void 0;
    if (c === "," && depth === 0) {
      parts.push(current);
      current = "";
    } else current += c;
  }
  if (depth !== 0) return void 0;
  parts.push(current);
  const requirements = parts.map((p) => p.trim());
  if (requirements.length === 1 && requirements[0] === "") return [];
  return requirements.includes("") ? void 0 : requirements;
}
function holdsFor(requirement, labels) {
  const has = (key) => Object.prototype.hasOwnProperty.call(labels, key);
  const set = /^(\S+)\s+(in|notin)\s*\(([^()]*)\)$/.exec(requirement);
  if (set) {
    const [, key, operator, list] = set;
    const values = list.split(",").map((v) => v.trim());
    const inSet = has(key) && values.includes(labels[key]);
    return operator === "in" ? inSet : !inSet;
  }
  const compared = /^([^\s=!<>]+)\s*(==|=|!=|<|>)\s*([^\s=!<>]*)$/.exec(requirement);
  if (compared) {
    const [, key, operator, value] = compared;
    const actual = labels[key];
    if (operator === "!=") return !has(key) || actual !== value;
    if (operator === "=" || operator === "==") return has(key) && actual === value;
    if (!/^-?\d+$/.test(value)) return void 0;
    if (actual === void 0 || !/^-?\d+$/.test(actual)) return false;
    return operator === ">" ? Number(actual) > Number(value) : Number(actual) < Number(value);
  }
  const exists = /^(!?)\s*([^\s=!<>(),]+)$/.exec(requirement);
  if (exists) return exists[1] === "!" ? !has(exists[2]) : has(exists[2]);
  return void 0;
}

// src/render/patch-target.ts
var MAX_NAMES = 2e3;
function targetSelects(target, object, original) {
  const apiVersion = object.document.get("apiVersion");
  const [group, version] = typeof apiVersion === "string" && apiVersion.includes("/") ? apiVersion.split("/", 2) : ["", typeof apiVersion === "string" ? apiVersion : ""];
  const renderedNamespace = object.document.getIn(["metadata", "namespace"]);
  const names = object.name === void 0 ? [] : namesBetween(object.name, original.name);
  const checks = [
    [target.group, [group]],
    [target.version, [version]],
    [target.kind, object.kind === void 0 ? [] : [object.kind]],
    [target.name, names],
    // An object without a namespace is in `default` to kustomize (EffectiveNamespace).
    [
      target.namespace,
      [typeof renderedNamespace === "string" ? renderedNamespace : "default", original.namespace ?? "default"]
    ]
  ];
  for (const [pattern2, values] of checks) {
    const matches2 = pattern2 === void 0 || values.length === 0 ? void 0 : wholeMatcher(pattern2);
    if (matches2 && !values.some(matches2)) return false;
  }
  for (const [selector, field2] of [
    [target.labelSelector, "labels"],
    [target.annotationSelector, "annotations"]
  ])
    if (selector !== void 0 && matchesLabelSelector(selector, stringMap(object, field2)) === false)
      return false;
  return true;
}
function namesBetween(rendered, original) {
  const at = original === void 0 || original === "" ? -1 : rendered.lastIndexOf(original);
  if (original === void 0 || at < 0) return substrings(rendered);
  const end = at + original.length;
  const names = [];
  for (let start = 0; start <= at; start++)
    for (let stop = rendered.length; stop >= end; stop--) {
      if (names.length >= MAX_NAMES) return [rendered, original, ...names];
      names.push(rendered.slice(start, stop));
    }
  return names;
}
function substrings(name) {
  const names = [];
  for (let start = 0; start < name.length; start++)
    for (let stop = name.length; stop > start; stop--) {
      if (names.length >= MAX_NAMES) return [name, ...names];
      names.push(name.slice(start, stop));
    }
  return names;
}
function stringMap(object, field2) {
  const node = object.document.getIn(["metadata", field2]);
  const map = {};
  if (isMap(node)) {
    for (const pair of node.items)
      if (isScalar(pair.key) && isScalar(pair.value))
        map[String(pair.key.value)] = String(pair.value.value ?? "");
  }
  return map;
}

// src/render/map-kustomize.ts
function fromOrigin(file, cwd, originBase) {
  return relative5(cwd, resolve7(originBase, file)).split("\\").join("/");
}
function originFile(object, context) {
  return object.originPath && context.originBase ? fromOrigin(object.originPath, context.cwd, context.originBase) : void 0;
}
function mapKustomize(object, path, context) {
  const mapped = locateInKustomize(object, path, context);
  if (!mapped || mapped.sourceName !== void 0 || !object.name) return mapped;
  const origin = originFile(object, context);
  const name = nameInFile(object, mapped.file, context, mapped.file === origin) ?? (origin !== void 0 && origin !== mapped.file && isBeside(mapped.file, origin) ? nameInFile(object, origin, context, true) : void 0);
  return name !== void 0 && name !== object.name ? { ...mapped, sourceName: name } : mapped;
}
function sourceNameOf(object, context) {
  const origin = originFile(object, context);
  const name = origin === void 0 ? void 0 : nameInFile(object, origin, context, true);
  return name !== object.name ? name : void 0;
}
function isBeside(patch, resource) {
  const dir = posix12.dirname(patch);
  return dir === "." ? !resource.startsWith("../") : resource.startsWith(`${dir}/`);
}
function originalIdentity(object, context) {
  const origin = originFile(object, context);
  if (origin === void 0) return {};
  const name = metadataInFile(object, origin, "name", context, true);
  const namespace = metadataInFile(object, origin, "namespace", context, true);
  return { ...name !== void 0 ? { name } : {}, ...namespace !== void 0 ? { namespace } : {} };
}
function nameInFile(object, file, context, isOrigin = false) {
  return metadataInFile(object, file, "name", context, isOrigin);
}
function metadataInFile(object, file, field2, context, isOrigin) {
  const text = context.readText(file);
  return text === void 0 ? void 0 : metadataInText(object, text, field2, isOrigin);
}
function metadataInText(object, text, field2, isOrigin = false) {
  if (!object.name) return void 0;
  const match = findYamlKey(text, ["metadata", field2], {
    ...isOrigin ? { origin: true } : {},
    ...object.kind ? { kind: object.kind } : {},
    name: object.name
  });
  return match?.matched === 2 && typeof match.value === "string" ? match.value : void 0;
}
function locateInKustomize(object, path, context) {
  const { originBase } = context;
  if (!originBase) return void 0;
  const toRelative = (file) => fromOrigin(file, context.cwd, originBase);
  const search = {
    ...object.kind ? { kind: object.kind } : {},
    ...object.name ? { name: object.name } : {},
    itemName: (index) => {
      const item = object.document.getIn(path.slice(0, index + 1));
      const name = isMap(item) ? item.get("name") : void 0;
      return typeof name === "string" ? name : void 0;
    }
  };
  let best = {
    file: context.root.file,
    line: 1,
    exact: false,
    via: "root",
    matched: 0
  };
  const selects = patchSelects(object, context);
  const origin = originFile(object, context);
  let states;
  const consider = (file, via, source) => {
    const text = source ? source.text : context.readText(file);
    if (text === void 0) return false;
    const searched = source?.target ? { ...search, name: void 0 } : file === origin && !source ? { ...search, origin: true } : search;
    const before = () => (states ??= patchStates(object, context, selects)).get(patchKey(source));
    const found = source ? findInPatch(text, path, searched, jsonPatchOps(text) ? before() : void 0) : findYamlKey(text, path, searched);
    if (!found) return false;
    const match = { ...found, line: found.line + (source ? source.firstLine - 1 : 0) };
    if (match.matched === path.length) {
      const named = source && !source.target ? metadataInText(object, source.text, "name") : void 0;
      const sourceName = named !== void 0 && named !== object.name ? { sourceName: named } : {};
      best = { file, line: match.line, exact: true, via, matched: match.matched, ...sourceName };
      return true;
    }
    if (match.matched > best.matched)
      best = { file, line: match.line, exact: false, via, matched: match.matched };
    return false;
  };
  const identity = path.at(-1) === "name" && typeof path.at(-2) === "number";
  const podSpec = path.at(-1) === "spec" && isMap(object.document.getIn(path));
  if ((identity || podSpec) && origin && consider(origin, "resource")) return best;
  const image = path.at(-1) === "image" ? object.document.getIn(path) : void 0;
  if (typeof image === "string")
    for (const kustomization of [...object.imagesIn].reverse()) {
      const file = toRelative(kustomization);
      const entry = imageEntries(file, context.readText).find(
        (e) => (e.newName ?? e.name) === imageRepository(image)
      );
      const line = entry && (entry.lines.newTag ?? entry.lines.digest ?? entry.lines.newName);
      if (line !== void 0) {
        return {
          file,
          line,
          exact: true,
          via: "patch"
        };
      }
    }
  for (const kustomization of [...object.patchedIn].reverse())
    for (const source of patchSources(toRelative(kustomization), context.readText))
      if (selects(source) && consider(source.file, "patch", source)) return best;
  if (origin) consider(origin, "resource");
  else if (object.generatedIn && (path[0] === "data" || path[0] === "stringData") && path.length === 2) {
    const generated = findRenderedGeneratorLine(
      context.root.dir,
      toRelative(object.generatedIn),
      object.kind,
      object.name,
      String(path[1]),
      context.readText
    );
    if (generated) {
      const { name, ...line } = generated;
      return { ...line, exact: true, via: "resource", ...name !== void 0 ? { sourceName: name } : {} };
    }
  }
  if (best.via === "root") return void 0;
  const { matched: _matched, ...mapped } = best;
  return mapped;
}
function patchSelects(object, context) {
  let original;
  return (source) => !source.target || targetSelects(source.target, object, original ??= originalIdentity(object, context));
}
function patchStates(object, context, selects) {
  const origin = originFile(object, context);
  const text = origin === void 0 ? void 0 : context.readText(origin);
  const identity = {
    ...object.kind ? { kind: object.kind } : {},
    ...object.name ? { name: object.name } : {}
  };
  const resource = text === void 0 ? void 0 : patchDocument(text, identity);
  if (resource === void 0 || !context.originBase) return /* @__PURE__ */ new Map();
  const base = context.originBase;
  const kustomizations = object.patchedIn.filter((k, i, all) => all.indexOf(k) === i);
  const applied = kustomizations.flatMap(
    (kustomization) => inAppliedOrder(patchSources(fromOrigin(kustomization, context.cwd, base), context.readText)).filter(
      (source) => source.target ? selects(source) : !jsonPatchOps(source.text) && patchDocument(source.text, identity) !== void 0
    )
  );
  return statesBeforePatches(resource, applied, identity);
}
function imageRepository(image) {
  const withoutDigest = image.split("@")[0];
  const tagAt = withoutDigest.lastIndexOf(":");
  return tagAt > withoutDigest.lastIndexOf("/") ? withoutDigest.slice(0, tagAt) : withoutDigest;
}

// src/render/rendered-objects.ts
var MAX_DEPTH8 = 64;
var ORIGIN = "config.kubernetes.io/origin";
var TRANSFORMATIONS = "alpha.config.kubernetes.io/transformations";
function readRenderedObjects(text) {
  let lineCounter = new LineCounter();
  const objects = [];
  const read = text.includes("CustomResourceDefinition") ? maskUnreadDocuments(text, (kind) => kind !== "CustomResourceDefinition") : text;
  let lastSource;
  let documents = parseAllDocuments(read, { lineCounter });
  if (documents.some((document) => document.errors.length)) {
    lineCounter = new LineCounter();
    documents = parseAllDocuments(reindentedYaml(read), { lineCounter });
  }
  for (const document of documents) {
    if (!("contents" in document) || !document.contents) continue;
    if (isScalar(document.contents) && document.contents.value === null) {
      const comments = [document.commentBefore, document.contents.commentBefore, document.contents.comment];
      lastSource = sourceComment(comments.join("\n")) ?? lastSource;
      continue;
    }
    const range = document.contents.range ?? [0, 0, 0];
    const comment = `${document.commentBefore ?? ""}
${document.contents.commentBefore ?? ""}`;
    const source = sourceComment(comment) ?? lastSource;
    lastSource = source;
    const annotations = document.getIn(["metadata", "annotations"]);
    const annotation = (key) => isMap(annotations) ? annotations.get(key) : void 0;
    const kind = document.get("kind");
    const name = document.getIn(["metadata", "name"]);
    objects.push({
      ...typeof kind === "string" ? { kind } : {},
      ...typeof name === "string" ? { name } : {},
      startLine: lineCounter.linePos(range[0]).line,
      endLine: lineCounter.linePos(Math.max(range[0], range[2] - 1)).line,
      ...source ? { helmSource: source } : {},
      ...originOf(annotation(ORIGIN)),
      patchedIn: transformedIn(annotation(TRANSFORMATIONS), /Patch/),
      imagesIn: transformedIn(annotation(TRANSFORMATIONS), /^ImageTagTransformer$/),
      document,
      lineCounter
    });
  }
  return objects;
}
function sourceComment(comment) {
  return /^\s*Source:\s*(.+?)\s*$/m.exec(comment)?.[1];
}
function originOf(text) {
  const origin = safeParse(text);
  if (typeof origin?.path === "string") return { originPath: origin.path };
  const generator = String(origin?.configuredBy?.kind ?? "");
  return typeof origin?.configuredIn === "string" && /Generator$/.test(generator) ? { generatedIn: origin.configuredIn } : {};
}
function transformedIn(text, kind) {
  const list = safeParse(text);
  if (!Array.isArray(list)) return [];
  return list.filter((t) => kind.test(String(t?.configuredBy?.kind))).map((t) => t.configuredIn).filter((p) => typeof p === "string");
}
function safeParse(text) {
  if (typeof text !== "string") return void 0;
  try {
    return parse(text, { maxAliasCount: 10 });
  } catch {
    return void 0;
  }
}
function objectAtLine(objects, line) {
  return objects.find((o) => o.startLine <= line && line <= o.endLine);
}
function keyPathAtLine(object, line) {
  let found;
  const lineOf2 = (offset) => object.lineCounter.linePos(offset).line;
  const visit = (node, path) => {
    if (path.length > MAX_DEPTH8) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isScalar(pair.key) || !pair.key.range) continue;
        const keyPath = [...path, String(pair.key.value)];
        const keyLine = lineOf2(pair.key.range[0]);
        if (keyLine === line && (!found || keyPath.length > found.length)) found = keyPath;
        if (keyLine <= line) visit(pair.value, keyPath);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        const range = item.range;
        if (!range || lineOf2(range[0]) > line || lineOf2(range[2]) < line) return;
        const itemPath = [...path, index];
        if (lineOf2(range[0]) === line && (!found || itemPath.length > found.length)) found = itemPath;
        visit(item, itemPath);
      });
    }
  };
  visit(object.document.contents, []);
  return found;
}
function blockScalarAt(object, line) {
  const lineOf2 = (offset) => object.lineCounter.linePos(offset).line;
  let found;
  const visit = (node, path) => {
    if (found || path.length > MAX_DEPTH8) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isScalar(pair.key) || !pair.key.range) continue;
        const keyPath = [...path, String(pair.key.value)];
        const value = pair.value;
        const keyLine = lineOf2(pair.key.range[0]);
        if (isScalar(value) && value.range && keyLine < line && line <= lineOf2(value.range[1]))
          found = { path: keyPath, keyLine, literal: value.type === "BLOCK_LITERAL" };
        else visit(pair.value, keyPath);
      }
    } else if (isSeq(node)) node.items.forEach((item, index) => visit(item, [...path, index]));
  };
  visit(object.document.contents, []);
  return found;
}

// src/render/map-rendered-location.ts
function mapRenderedLocation(object, line, context, lineText, embeddedLine) {
  const keyLine = keyPathAtLine(object, line);
  const block = keyLine ? void 0 : blockScalarAt(object, line);
  const blockPath = block?.path;
  const path = keyLine ?? blockPath ?? [];
  const keyPath = formatKeyPath(path);
  const fallback = { file: context.root.file, line: 1, exact: false, via: "root", keyPath };
  const mapped = context.root.kind === "helm" ? mapChartFileObject(object, path, context) ?? mapHelm(object, path, context) : mapKustomize(object, path, context);
  if (!mapped) return fallback;
  const { valueFile, ...location } = mapped;
  if (!blockPath) {
    const inFile = valueFile && embeddedLine !== void 0 ? lineInText(context.readText(valueFile), embeddedLine, 0) : void 0;
    return valueFile && inFile ? { ...location, file: valueFile, line: inFile, keyPath } : { ...location, keyPath };
  }
  if (lineText === void 0) return { ...location, keyPath };
  const sameLine = valueFile ? lineOfFileText(context.readText(valueFile), block, line, lineText) : void 0;
  if (sameLine) return { ...location, file: valueFile, line: sameLine, exact: true, keyPath };
  const sourceText = context.readText(valueFile ?? location.file);
  const repeats = repeatsBefore(object, block, line, lineText);
  const inText = (valueFile ? void 0 : repeatedLineInBlock(sourceText, location.line, lineText, block, repeats)) ?? lineInText(sourceText, lineText, valueFile ? 0 : location.line);
  if (inText) return { ...location, file: valueFile ?? location.file, line: inText, exact: true, keyPath };
  const fromValues = context.root.kind === "helm" && !valueFile ? valuesLineOfBlock(location, lineText, context, repeats) : void 0;
  return fromValues ? { ...fromValues, keyPath } : { ...location, exact: false, keyPath };
}
function lineOfFileText(text, block, line, lineText) {
  if (text === void 0 || !block?.literal) return void 0;
  const index = line - block.keyLine;
  const written = text.split(/\r\n|\r|\n/)[index - 1];
  return written !== void 0 && written.trim() === lineText.trim() ? index : void 0;
}
function repeatsBefore(object, block, line, lineText) {
  const value = object.document.getIn(block.path);
  const wanted = lineText.trim();
  if (!block.literal || typeof value !== "string" || wanted === "") return 0;
  const before = value.split(/\r\n|\r|\n/).slice(0, Math.max(0, line - block.keyLine - 1));
  return before.filter((written) => written.trim() === wanted).length;
}
function repeatedLineInBlock(text, keyLine, lineText, block, repeats) {
  if (text === void 0 || !block.literal || repeats === 0) return void 0;
  return sameLinesInBlock(text, keyLine, lineText)[repeats];
}
function mapReportedValue(object, anchorLine, reported, context, lineText) {
  const { valueLine, valuePart } = reported;
  const anchor = mapRenderedLocation(object, anchorLine, context, lineText, valuePart);
  const value = valueLine === void 0 || valueLine === anchorLine ? anchor : mapRenderedLocation(object, valueLine, context);
  const mapped = value.exact && value.file !== anchor.file ? value : anchor;
  const { appVersion } = mapped;
  if (appVersion && valuePart !== void 0 && valuePart.toLowerCase() === appVersion.value.toLowerCase())
    return {
      file: appVersion.file,
      line: appVersion.line,
      exact: true,
      via: "chart",
      keyPath: mapped.keyPath
    };
  return mapped;
}
function formatKeyPath(path) {
  return path.map((s, i) => typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`).join("");
}

// src/render/rendered-service-accounts.ts
var FIELD = "automountServiceAccountToken";
function withRenderedServiceAccounts(facts, objects, context, stream) {
  const accounts = objects.filter((o) => o.kind === "ServiceAccount" && o.name !== void 0);
  if (accounts.length === 0) return facts;
  const serviceAccounts = /* @__PURE__ */ new Map();
  for (const object of accounts) {
    const name = object.name;
    const contents = object.document.contents;
    const pair = topLevelPair(contents, FIELD);
    const value = isScalar(pair?.value) ? pair.value.value : void 0;
    const automount = typeof value === "boolean" ? value : void 0;
    const key = (pair ?? topLevelPair(contents, "kind"))?.key;
    const offset = isScalar(key) ? key.range?.[0] : void 0;
    const line = offset === void 0 ? object.startLine : object.lineCounter.linePos(offset).line;
    const mapped = mapRenderedLocation(object, line, context);
    const text = context.readText(mapped.file)?.split(/\r\n|\r|\n/)[mapped.line - 1];
    const namespace = object.document.getIn(["metadata", "namespace"]);
    const list = serviceAccounts.get(name) ?? [];
    list.push({
      source: stream,
      ...typeof namespace === "string" ? { namespace } : {},
      ...automount !== void 0 ? { automount } : {},
      location: {
        file: mapped.file,
        region: lineRegion(mapped.line, text),
        // Named as the file at that line names it (the base's `app`, not an overlay's `prod-app`).
        message: `ServiceAccount '${mapped.sourceName ?? name}'${automount === void 0 ? ` leaves ${FIELD} unset` : ` sets ${FIELD}: ${String(automount)}`}`
      }
    });
    serviceAccounts.set(name, list);
  }
  for (const [name, list] of facts.serviceAccounts)
    serviceAccounts.set(name, [...serviceAccounts.get(name) ?? [], ...list]);
  return { ...facts, serviceAccounts };
}
function topLevelPair(contents, field2) {
  return isMap(contents) ? contents.items.find((p) => isScalar(p.key) && p.key.value === field2) : void 0;
}

// src/render/source-names.ts
var NAMED_OBJECT = /\b([A-Z][A-Za-z0-9]*) '([^'\n]+)'/g;
function sourceNamer(objects, context) {
  if (context.root.kind !== "kustomize") return (message) => message;
  const byKey = /* @__PURE__ */ new Map();
  for (const object of objects) {
    if (!object.kind || !object.name) continue;
    const key = `${object.kind}\0${object.name}`;
    byKey.set(key, [...byKey.get(key) ?? [], object]);
  }
  const known = /* @__PURE__ */ new Map();
  const sourceName = (kind, name) => {
    const key = `${kind}\0${name}`;
    const named = byKey.get(key);
    if (!named) return void 0;
    if (!known.has(key)) {
      const names = new Set(named.map((o) => sourceNameOf(o, context)));
      known.set(key, names.size === 1 ? [...names][0] : void 0);
    }
    return known.get(key);
  };
  return (message, own) => message.replace(NAMED_OBJECT, (whole, kind, name) => {
    if (own && kind === own.kind && name === own.name) return whole;
    const renamed = sourceName(kind, name);
    return renamed === void 0 ? whole : `${kind} '${renamed}'`;
  });
}

// src/engine/scan-rendered-stream.ts
function scanRendered(stream, root, context, engine) {
  const renderedPath = `${root.dir === "." ? "" : `${root.dir}/`}(rendered by ${root.kind === "helm" ? "helm template" : "kustomize"})`;
  const objects = readRenderedObjects(stream);
  const repository = engine.repository && {
    ...engine.repository,
    facts: withRenderedServiceAccounts(engine.repository.facts, objects, context, renderedPath)
  };
  const scanned = scanDocuments([{ path: renderedPath, text: stream, target: "kubernetes" }], {
    ...engine,
    ...repository ? { repository } : {}
  });
  const inline2 = /* @__PURE__ */ new Map();
  const inlineOf = (file, text) => {
    if (!inline2.has(file)) inline2.set(file, parseInlineSuppressions(text.split(/\r\n|\r|\n/)));
    return inline2.get(file);
  };
  const withSourceNames = sourceNamer(objects, context);
  const renderedLines = /* @__PURE__ */ new Map();
  const streamLines = scanned.findings.length ? stream.split(/\r\n|\r|\n/) : [];
  for (const finding of scanned.findings) {
    delete finding.fixes;
    const line = finding.location.region.startLine;
    renderedLines.set(finding, line);
    const object = objectAtLine(objects, line);
    const mapped = object ? mapReportedValue(
      object,
      line,
      {
        ...finding.valueRegion ? { valueLine: finding.valueRegion.startLine } : {},
        ...finding.valuePart !== void 0 ? { valuePart: finding.valuePart } : {}
      },
      context,
      streamLines[line - 1]
    ) : { file: root.file, line: 1, exact: false, via: "root", keyPath: "" };
    delete finding.valueRegion;
    delete finding.valuePart;
    finding.message = finding.message.replace(
      `, line ${line})`,
      mapped.exact ? `, line ${mapped.line})` : ")"
    );
    const text = context.readText(mapped.file) ?? "";
    const lineText = text.split(/\r\n|\r|\n/)[mapped.line - 1] ?? "";
    const indent = lineText.length - lineText.trimStart().length;
    finding.location = {
      file: mapped.file,
      region: { ...lineRegion(mapped.line, lineText), startColumn: indent + 1 }
    };
    const objectName = object ? `${object.kind ?? "object"}/${object.name ?? "(unnamed)"}` : "the rendered stream";
    if (mapped.sourceName && object?.name && object.kind)
      finding.message = finding.message.split(`${object.kind} '${object.name}'`).join(`${object.kind} '${mapped.sourceName}'`);
    finding.message = withSourceNames(finding.message, object);
    finding.properties = {
      ...finding.properties,
      renderedFrom: root.dir,
      renderedObject: objectName,
      ...mapped.keyPath ? { renderedKeyPath: mapped.keyPath } : {},
      sourceMapping: mapped.exact ? "exact" : "approximate"
    };
    if (!mapped.exact)
      (finding.relatedLocations ??= []).push({
        file: root.file,
        region: lineRegion(1, (context.readText(root.file) ?? "").split(/\r?\n/, 1)[0]),
        logical: `${objectName}${mapped.keyPath ? `:${mapped.keyPath}` : ""}`,
        message: `Rendered object ${objectName}${mapped.keyPath ? ` at ${mapped.keyPath}` : ""} (${root.kind === "helm" ? "helm template" : "kustomize"} of '${root.dir}'); the primary location is the nearest line that produces it.`
      });
    if (mapped.appVersion && mapped.via !== "chart") {
      const { file, line: appVersionLine, value } = mapped.appVersion;
      (finding.relatedLocations ??= []).push({
        file,
        region: lineRegion(
          appVersionLine,
          (context.readText(file) ?? "").split(/\r\n|\r|\n/)[appVersionLine - 1]
        ),
        message: `The chart's appVersion ('${value}'), which the template prints into the value.`
      });
    }
    if (finding.suppression?.kind === "external") delete finding.suppression;
    finding.suppression ??= inlineSuppression(finding, inlineOf(mapped.file, text)) ?? engine.ignores?.suppression(finding);
    if (!finding.suppression) delete finding.suppression;
    const fingerprint = computeLineFingerprints(text, [mapped.line]).get(mapped.line);
    if (fingerprint) finding.fingerprint = fingerprint;
    else delete finding.fingerprint;
  }
  const notes = scanned.notes.filter((n) => n.kind !== "template");
  const sourceFiles = /* @__PURE__ */ new Set();
  for (const object of objects) {
    const origin = originFile(object, context);
    if (origin) sourceFiles.add(origin);
  }
  for (const file of renderedChartFiles(objects, context)) sourceFiles.add(file);
  return {
    findings: scanned.findings,
    notes,
    // Every object the render made, CustomResourceDefinitions (not read: readRenderedObjects) included.
    objects: objects.length + (stream.match(/^kind: CustomResourceDefinition\s*$/gm)?.length ?? 0),
    renderedLines,
    sourceFiles: [...sourceFiles]
  };
}

// src/engine/scan-windows-pass.ts
async function addWindowsPass(pass, root, context, engine, summary, findings, notes) {
  const isRepeat = repeatFilter();
  for (const finding of findings) isRepeat(finding, "default values");
  const all = describeSwitches(pass.switches);
  summary.windowsValues = all;
  const together = await pass.render(pass.switches);
  if (together.ok) {
    await addPass(together.stdout, all, () => pass.render(pass.switches));
    return;
  }
  notes.push({
    kind: "render",
    file: root.file,
    message: `Helm chart '${root.dir}' with ${all} could not be rendered: ${withPeriod(together.reason)}`
  });
  if (pass.switches.length < 2) return;
  const rendered = [];
  for (const one of pass.switches) {
    const values = describeSwitches([one]);
    const alone = await pass.render([one]);
    if (!alone.ok) continue;
    rendered.push(values);
    await addPass(alone.stdout, values, () => pass.render([one]));
  }
  if (rendered.length) {
    summary.windowsValues = rendered.join("; ");
    notes.push({
      kind: "render",
      file: root.file,
      message: `Helm chart '${root.dir}' was rendered with each Windows switch alone instead: ${rendered.join("; ")}.`
    });
  }
  async function addPass(stream, values, rerender) {
    const extra = scanRendered(stream, root, context, engine);
    for (const finding of await withoutGeneratedSecrets(extra, stream, rerender)) {
      if (isRepeat(finding, values)) continue;
      finding.message = `${finding.message} Only rendered with ${values}.`;
      finding.properties = { ...finding.properties, renderValues: values };
      findings.push(finding);
    }
  }
}

// src/engine/scan-rendered.ts
var DEFAULT_RENDER_CONFIG = {
  helm: "auto",
  kustomize: "auto",
  fetchDependencies: false,
  windowsSwitches: true,
  timeout: 120,
  charts: {}
};
async function scanRenderRoots(input) {
  if (input.files.some(isRenderRootFile)) await loadDocumentParsers();
  const texts = /* @__PURE__ */ new Map();
  const readText = (path) => {
    if (!texts.has(path)) texts.set(path, readOptionalText(resolve8(input.cwd, path)));
    return texts.get(path);
  };
  const roots = discoverRenderRoots(input.files, readText);
  const result = {
    findings: [],
    notes: [],
    files: [],
    complete: true,
    roots: [],
    patchFiles: /* @__PURE__ */ new Set(),
    unlistedPatches: /* @__PURE__ */ new Set(),
    renderedSources: /* @__PURE__ */ new Set(),
    libraryCharts: libraryChartDirs(input.files, readText)
  };
  if (roots.length === 0) return result;
  const tools = findRenderTools(
    input.env,
    { helm: input.config.helmPath, kubectl: input.config.kubectlPath, kustomize: input.config.kustomizePath },
    input.configDir
  );
  for (const kind of ["helm", "kustomize"])
    if (input.config[kind] === "on" && !tools[kind] && roots.some((r) => r.kind === kind))
      throw new ConfigurationError(
        `render.${kind} is 'on' but ${toolName(kind)} was not found (PATH, config or ${toolVariable(kind)}).`
      );
  const render = (root) => renderRoot(root, tools, input, readText);
  const limit = Math.max(1, availableParallelism?.() ?? cpus().length);
  const firstOutcomes = await runBounded(
    roots.map((root) => () => render(root)),
    limit
  );
  const renders = roots.map((root, index) => ({ root, outcome: firstOutcomes[index] }));
  const fallbacks = await renderFallbacks(renders, render, limit, input.files, readText);
  renders.sort((a, b) => compareRoots(a.root, b.root));
  const outcomes = renders.map(({ outcome }) => outcome);
  for (const outcome of outcomes) {
    result.roots.push(outcome.summary);
    for (const note of outcome.notes) result.notes.push(note);
    for (const file of outcome.sourceFiles ?? []) result.renderedSources.add(file);
  }
  const inOwnRoot = (finding, root) => root === "." || finding.location.file.startsWith(`${root}/`);
  for (const own of [true, false])
    for (const outcome of outcomes)
      for (const finding of outcome.findings)
        if (inOwnRoot(finding, outcome.summary.root) === own) result.findings.push(finding);
  if (result.renderedSources.size) {
    const files = new Set(input.files);
    const unrendered = (dir) => fallbacks ? fallbacks.graph.unrenderedFiles(dir, files, readText, fallbacks.alone) : kustomizationFiles(dir, files, readText);
    for (const { root, outcome } of renders)
      if (root.kind === "kustomize" && outcome.summary.status !== "rendered")
        for (const file of unrendered(root.dir)) result.renderedSources.delete(file);
  }
  const kustomizationDirs = new Set(
    input.files.filter((file) => KUSTOMIZATION_NAMES.includes(posix13.basename(file))).map(posix13.dirname)
  );
  const patchNamed = /* @__PURE__ */ new Map();
  for (const file of input.files) {
    const dir = posix13.dirname(file);
    if (!kustomizationDirs.has(dir) || KUSTOMIZATION_NAMES.includes(posix13.basename(file))) continue;
    if (isPatchName(file) || /\.ya?ml$/i.test(file) && isWorkloadFragment(readText(file))) {
      const inDir = patchNamed.get(dir);
      if (inDir) inDir.push(file);
      else patchNamed.set(dir, [file]);
    }
  }
  for (const file of input.files)
    if (KUSTOMIZATION_NAMES.includes(posix13.basename(file))) {
      for (const patch of kustomizationPatches(file, readText)) result.patchFiles.add(patch);
      const besides = patchNamed.get(posix13.dirname(file)) ?? [];
      for (const patch of unlistedPatchFiles(file, besides, readText)) result.unlistedPatches.add(patch);
    }
  return result;
}
async function renderFallbacks(renders, render, limit, files, readText) {
  const failed = (list) => list.filter(({ root, outcome }) => root.kind === "kustomize" && outcome.summary.status === "failed");
  let failures = failed(renders);
  if (!failures.length) return void 0;
  const graph = new KustomizationGraph(files, readText);
  const tried = new Set(renders.filter(({ root }) => root.kind === "kustomize").map(({ root }) => root.dir));
  const alone = /* @__PURE__ */ new Set();
  while (failures.length) {
    const covered = graph.usedBy(
      renders.filter(({ root, outcome }) => root.kind === "kustomize" && outcome.summary.status === "rendered").map(({ root }) => root.dir)
    );
    const wanted = failures.map(({ root }) => graph.fallbacksOf(root.dir, covered, tried));
    const inner = graph.usedBy(wanted.flat().map((root) => root.dir));
    const wave = /* @__PURE__ */ new Map();
    for (const [index, { root, outcome }] of failures.entries()) {
      const fallbacks = (wanted[index] ?? []).filter((fallback) => !inner.has(fallback.dir));
      if (!fallbacks.length) continue;
      const note = outcome.notes.find((n) => n.kind === "render" && n.file === root.file);
      if (note) note.message = `${note.message} ${fallbackSentence(fallbacks)}`;
      for (const fallback of fallbacks) wave.set(fallback.dir, fallback);
    }
    const next = [...wave.values()].sort(compareRoots);
    for (const root of next) {
      tried.add(root.dir);
      alone.add(root.dir);
    }
    const outcomes = await runBounded(
      next.map((root) => () => render(root)),
      limit
    );
    const added = next.map((root, index) => ({ root, outcome: outcomes[index] }));
    renders.push(...added);
    failures = failed(added);
  }
  return { graph, alone };
}
async function renderRoot(root, tools, input, readText) {
  const summary = { root: root.dir, kind: root.kind, status: "skipped" };
  const note = (reason) => {
    summary.reason = reason;
    const verb = summary.status === "failed" ? "could not be rendered" : "was not rendered";
    const what = root.kind === "helm" ? "Helm chart" : "Kustomize root";
    return {
      summary,
      findings: [],
      notes: [
        {
          kind: "render",
          file: root.file,
          message: `${what} '${root.dir}' ${verb}: ${withPeriod(reason)} ${root.kind === "helm" ? "Its templates were not scanned." : "Only its plain manifests were scanned, as files."}`
        }
      ]
    };
  };
  if (input.config[root.kind] === "off") return note(`render.${root.kind} is off in the config.`);
  const timeoutMs = input.config.timeout * 1e3;
  const absolute = resolve8(input.cwd, root.dir);
  const context = { root, cwd: input.cwd, readText, valuesFiles: [], files: input.files };
  let first;
  let windowsPass;
  const renderedWith = [];
  let rerender;
  if (root.kind === "helm") {
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
    summary.status = "failed";
    return note(first.reason);
  }
  const base = scanRendered(first.stdout, root, context, input.engine);
  summary.status = "rendered";
  summary.objects = base.objects;
  const findings = rerender ? await withoutGeneratedSecrets(base, first.stdout, rerender) : base.findings;
  const notes = base.notes;
  notes.unshift(...renderedWith.map((message) => ({ kind: "render", file: root.file, message })));
  if (windowsPass) await addWindowsPass(windowsPass, root, context, input.engine, summary, findings, notes);
  return { summary, findings, notes, sourceFiles: base.sourceFiles };
}
async function runBounded(jobs, limit) {
  const results = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const index = next++;
      results[index] = await jobs[index]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  return results;
}
function toolName(kind) {
  return kind === "helm" ? "helm" : "kubectl or kustomize";
}
function toolVariable(kind) {
  return kind === "helm" ? "BULKHEAD_HELM" : "BULKHEAD_KUBECTL";
}
export {
  DEFAULT_RENDER_CONFIG,
  scanRenderRoots
};
