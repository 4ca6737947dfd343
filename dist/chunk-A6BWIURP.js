#!/usr/bin/env node
import { createRequire as __bulkheadRequire } from 'node:module';
const require = __bulkheadRequire(import.meta.url);
import {
  ALL_RULES,
  ConfigIgnores,
  dockerdFlagsFormat,
  isDockerfile,
  loadBashParser,
  needsBashParser,
  parseDockerfile,
  parseShell,
  runScriptSources,
  scanDocuments
} from "./chunk-3UFK2WML.js";

// src/sources/read-shell-parser.ts
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
async function readShellParserAssets() {
  const [runtime, grammar] = await Promise.all([
    readAsset("web-tree-sitter.wasm", "web-tree-sitter/web-tree-sitter.wasm"),
    readAsset("tree-sitter-bash.wasm", "tree-sitter-bash/tree-sitter-bash.wasm")
  ]);
  return { runtime, grammar };
}
async function readAsset(file, specifier) {
  try {
    return await readFile(new URL(`./${file}`, import.meta.url));
  } catch {
    return readFile(createRequire(import.meta.url).resolve(specifier));
  }
}

// src/engine/load-shell-parser.ts
function loadShellParser() {
  return loadBashParser(readShellParserAssets);
}
function mayParseShell(path, text) {
  if (dockerdFlagsFormat.matches(path, text)) return true;
  if (!RUN_WORD.test(text) || !isDockerfile(path, text)) return false;
  if (text.length > MAX_PROBED_DOCKERFILE) return true;
  try {
    return needsBashParser(() => {
      for (const script of runScriptSources(parseDockerfile(text))) parseShell(script.text, script.dialect);
    });
  } catch {
    return true;
  }
}
var RUN_WORD = /\brun\b/i;
var MAX_PROBED_DOCKERFILE = 64 * 1024;

// src/engine/scan-chunk.ts
import { relative, resolve } from "node:path";
function createConfigIgnores(setup) {
  return new ConfigIgnores(
    setup.list,
    setup.today,
    (file) => relative(setup.configDir, resolve(setup.cwd, file)).split("\\").join("/")
  );
}
function shippedRuleIds(rules) {
  const shipped = new Map(ALL_RULES.map((rule) => [rule.meta.id, rule]));
  return rules.every((rule) => shipped.get(rule.meta.id) === rule) ? rules.map((r) => r.meta.id) : void 0;
}
function createChunkScanner(setup, repository = {
  facts: setup.facts,
  parsed: /* @__PURE__ */ new Map(),
  notes: [],
  imageDockerfiles: /* @__PURE__ */ new Map()
}) {
  const byId = new Map(ALL_RULES.map((rule) => [rule.meta.id, rule]));
  const rules = setup.ruleIds.map((id) => {
    const rule = byId.get(id);
    if (!rule) throw new Error(`unknown rule id ${id}`);
    return rule;
  });
  return (sources) => {
    const ignores = createConfigIgnores(setup.ignores);
    const result = scanDocuments(sources, {
      rules,
      settings: setup.settings,
      ruleConfig: setup.ruleConfig,
      ignores,
      repository
    });
    return { result, expiredIgnores: ignores.expiredUsedIndexes() };
  };
}

export {
  loadShellParser,
  mayParseShell,
  createConfigIgnores,
  shippedRuleIds,
  createChunkScanner
};
