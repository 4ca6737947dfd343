#!/usr/bin/env node
import { createRequire as __bulkheadRequire } from 'node:module';
const require = __bulkheadRequire(import.meta.url);
import {
  applyFixes
} from "./chunk-FO7C2UAS.js";
import {
  openRegistryImage
} from "./chunk-YAHCUO4Y.js";
import {
  scan
} from "./chunk-W7Q5YWH5.js";
import "./chunk-2UU5XWJP.js";
import "./chunk-BTHUH27J.js";
import "./chunk-2KH2CT37.js";
import {
  readFileSync,
  writeFileSync
} from "./chunk-27DCNQHF.js";
import {
  compareSeverity,
  meetsThreshold
} from "./chunk-VOKH4RM3.js";
import "./chunk-A6BWIURP.js";
import {
  redactSecret
} from "./chunk-3UFK2WML.js";
import "./chunk-MFQIY6JZ.js";
import "./chunk-R7SXB4GR.js";
import {
  errorMessage
} from "./chunk-FYCLPXZE.js";
import "./chunk-QLIY3PYG.js";

// src/cli/run-fix.ts
import { resolve } from "node:path";

// src/engine/plan-fixes.ts
function wanted(finding, fix, filter) {
  if (finding.suppression) return false;
  if (filter.rules?.size && !filter.rules.has(finding.ruleId)) return false;
  if (filter.severity && !meetsThreshold(finding.severity, filter.severity)) return false;
  return fix.safety === "safe" || filter.includeReview;
}
function planFixes(findings, filter) {
  const byFile = /* @__PURE__ */ new Map();
  const ordered = findings.filter((f) => f.fixes?.length && !f.location.logical).sort((a, b) => compareSeverity(a.severity, b.severity));
  for (const finding of ordered) {
    const fix = finding.fixes?.find((f) => wanted(finding, f, filter));
    if (!fix) continue;
    const planned = byFile.get(finding.location.file) ?? [];
    planned.push({ finding, fix });
    byFile.set(finding.location.file, planned);
  }
  return byFile;
}

// src/cli/unified-diff.ts
var CONTEXT = 3;
function splitLines(text) {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}
function editScript(a, b) {
  const max = a.length + b.length;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || k !== d && v[offset + k - 1] < v[offset + k + 1] ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < a.length && y < b.length && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= a.length && y >= b.length) return backtrack(trace, a, b, d, offset);
    }
  }
  return [];
}
function backtrack(trace, a, b, last, offset) {
  const ops = [];
  let x = a.length;
  let y = b.length;
  for (let d = last; d > 0; d--) {
    const v = trace[d];
    const k = x - y;
    const down = k === -d || k !== d && v[offset + k - 1] < v[offset + k + 1];
    const prevK = down ? k + 1 : k - 1;
    const prevX = v[offset + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      ops.push({ kind: " ", line: a[x] });
    }
    if (down) ops.push({ kind: "+", line: b[--y] });
    else ops.push({ kind: "-", line: a[--x] });
  }
  while (x > 0 && y > 0) {
    ops.push({ kind: " ", line: a[--x] });
    y--;
  }
  return ops.reverse();
}
function printLine(op) {
  const body = op.line.endsWith("\n") ? op.line : `${op.line}
\\ No newline at end of file
`;
  return op.kind + body;
}
function unifiedDiff(path, before, after, maskOld = (_line, text) => text) {
  if (before === after) return "";
  const ops = editScript(splitLines(before), splitLines(after));
  let out = `--- a/${path}
+++ b/${path}
`;
  let i = 0;
  while (i < ops.length) {
    while (i < ops.length && ops[i]?.kind === " ") i++;
    if (i >= ops.length) break;
    const start = Math.max(0, i - CONTEXT);
    let end = i;
    for (let j = i; j < ops.length; j++) {
      if (ops[j]?.kind !== " ") end = j;
      else if (j - end > 2 * CONTEXT) break;
    }
    const stop = Math.min(ops.length, end + CONTEXT + 1);
    const before1 = ops.slice(0, start).filter((o) => o.kind !== "+").length;
    const after1 = ops.slice(0, start).filter((o) => o.kind !== "-").length;
    const hunk = ops.slice(start, stop);
    const oldLen = hunk.filter((o) => o.kind !== "+").length;
    const newLen = hunk.filter((o) => o.kind !== "-").length;
    out += `@@ -${oldLen ? before1 + 1 : before1},${oldLen} +${newLen ? after1 + 1 : after1},${newLen} @@
`;
    let oldLine = before1;
    for (const op of hunk) {
      if (op.kind !== "+") oldLine++;
      out += printLine(op.kind === "-" ? { ...op, line: maskOld(oldLine, op.line) } : op);
    }
    i = stop;
  }
  return out;
}

// src/cli/pin-digests.ts
function registryDigests(options) {
  return async (reference) => {
    const image = await openRegistryImage(reference, options);
    await image.source.close();
    return image.index.digest;
  };
}
function lineOf(text, line) {
  return text.split(/\r\n|\r|\n/)[line - 1] ?? "";
}
async function addDigestFixes(findings, textOf, resolveDigest, warn) {
  const digests = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const { region, file, logical } = finding.location;
    if (finding.ruleId !== "BH403" || finding.fixes?.length || logical || region.startLine !== region.endLine)
      continue;
    const text = textOf(file);
    if (text === void 0) continue;
    const line = lineOf(text, region.startLine);
    let start = region.startColumn;
    let written = line.slice(region.startColumn - 1, region.endColumn - 1);
    const value = /^(\s*:\s*)([^\s#]+)/.exec(line.slice(region.endColumn - 1));
    if (written === "image" && value) {
      start = region.endColumn + value[1].length;
      written = value[2];
    }
    const end = start + written.length;
    const quoted = /^(["'])(.*)\1$/.exec(written);
    const reference = quoted ? quoted[2] : written;
    if (!reference || /[\s$"'{}]/.test(reference) || reference.includes("@")) continue;
    let pending = digests.get(reference);
    if (!pending) {
      pending = resolveDigest(reference).catch((error) => {
        warn(`cannot pin '${reference}': ${errorMessage(error)}`);
        return void 0;
      });
      digests.set(reference, pending);
    }
    const digest = await pending;
    if (!digest) continue;
    const at = end - (quoted ? 1 : 0);
    finding.fixes = [
      {
        description: `Pin '${reference}' to the digest it names now (${digest.slice(0, 19)}\u2026).`,
        safety: "safe",
        edits: [
          {
            region: {
              startLine: region.startLine,
              startColumn: at,
              endLine: region.startLine,
              endColumn: at
            },
            replacement: `@${digest}`
          }
        ]
      }
    ];
  }
}

// src/cli/run-fix.ts
var MAX_PASSES = 5;
function identity(finding) {
  return `${finding.ruleId}\0${finding.location.file}\0${finding.message}`;
}
function active(result) {
  return result.findings.filter((f) => !f.suppression);
}
function writableText(path) {
  const bytes = readFileSync(path);
  const bom = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191;
  const body = bom ? bytes.subarray(3) : bytes;
  const text = body.toString("utf8");
  return Buffer.from(text, "utf8").equals(body) ? { text, bom } : void 0;
}
async function computeFixes(scanOptions, filter, augment) {
  const overrides = /* @__PURE__ */ new Map();
  const originals = /* @__PURE__ */ new Map();
  const skipped = /* @__PURE__ */ new Set();
  const applied = [];
  let result = (await scan(scanOptions)).result;
  const before = active(result);
  const textOf = (file) => {
    if (overrides.has(file)) return overrides.get(file);
    if (!originals.has(file)) {
      const original = writableText(resolve(scanOptions.cwd, file));
      if (original) originals.set(file, original);
    }
    return originals.get(file)?.text;
  };
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    if (augment) await augment(active(result), textOf);
    const plan = planFixes(active(result), filter);
    let changedAny = false;
    for (const [file, planned] of plan) {
      if (skipped.has(file)) continue;
      let original = originals.get(file);
      if (!original) {
        original = writableText(resolve(scanOptions.cwd, file));
        if (!original) {
          skipped.add(file);
          continue;
        }
        originals.set(file, original);
      }
      const current = overrides.get(file) ?? original.text;
      const { text, applied: used } = applyFixes(
        current,
        planned.map((p) => p.fix)
      );
      if (text === current) continue;
      const usedSet = new Set(used);
      for (const p of planned) if (usedSet.has(p.fix)) applied.push(p);
      overrides.set(file, text);
      changedAny = true;
    }
    if (!changedAny) break;
    result = (await scan({ ...scanOptions, overrides })).result;
  }
  const after = active(result);
  const counts = /* @__PURE__ */ new Map();
  for (const f of before) counts.set(identity(f), (counts.get(identity(f)) ?? 0) + 1);
  const added = after.filter((f) => {
    const left = counts.get(identity(f)) ?? 0;
    counts.set(identity(f), left - 1);
    return left <= 0;
  });
  const stillThere = new Set(after.map(identity));
  const remaining = applied.map((p) => p.finding).filter((f) => stillThere.has(identity(f)));
  const changed = /* @__PURE__ */ new Map();
  for (const [file, text] of overrides) {
    const original = originals.get(file);
    if (original && original.text !== text) changed.set(file, { before: original.text, after: text });
  }
  return { changed, applied, remaining, added, skipped: [...skipped], final: result };
}
function writeFixed(path, text) {
  const bytes = readFileSync(path);
  const bom = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191;
  writeFileSync(path, bom ? `\uFEFF${text}` : text);
}
function secretMask(applied, file) {
  const lines = /* @__PURE__ */ new Set();
  for (const { finding, fix } of applied)
    if (finding.location.file === file && finding.ruleId.startsWith("BH2"))
      for (const { region } of fix.edits)
        for (let l = region.startLine; l <= region.endLine; l++) lines.add(l);
  return (line, text) => {
    if (!lines.has(line)) return text;
    const eol = /\r?\n$/.exec(text)?.[0] ?? "";
    const body = text.slice(0, text.length - eol.length);
    const at = /[:=]\s*/.exec(body);
    if (!at) return redactSecret(body) + eol;
    const cut = at.index + at[0].length;
    return body.slice(0, cut) + redactSecret(body.slice(cut)) + eol;
  };
}
function describe(finding, fix) {
  const { file, region } = finding.location;
  return `${file}:${region.startLine} ${finding.ruleId} (${fix.safety}) ${fix.description}
`;
}
async function runFix(options, io, resolveDigest) {
  const outcome = await computeFixes(
    {
      paths: options.paths,
      cwd: io.cwd,
      exclude: options.exclude,
      useGitignore: options.gitignore,
      configFile: options.config,
      settings: {
        podSecurityLevel: options.podSecurityLevel,
        trustedRegistries: options.trustedRegistries,
        requireDigest: options.requireDigest
      }
    },
    {
      rules: new Set(options.rules),
      ...options.severity ? { severity: options.severity } : {},
      includeReview: options.includeReview
    },
    options.pinDigests ? (findings, textOf) => addDigestFixes(
      findings,
      textOf,
      resolveDigest ?? registryDigests({ cwd: io.cwd, env: io.env }),
      (m) => io.stderr.write(`bulkhead: ${m}
`)
    ) : void 0
  );
  const { changed, applied, remaining, added, skipped } = outcome;
  for (const file of skipped)
    io.stderr.write(`bulkhead: ${file}: not UTF-8 text that can be written back unchanged; left as it is.
`);
  const blocked = new Set(added.map((f) => f.location.file));
  for (const finding of added)
    io.stderr.write(
      `bulkhead: a fix would add ${finding.ruleId} at ${finding.location.file}:${finding.location.region.startLine} (${finding.message}); the file is left as it is.
`
    );
  for (const finding of remaining)
    io.stderr.write(
      `bulkhead: still reported after its fix: ${finding.ruleId} ${finding.location.file}: ${finding.message}
`
    );
  if (options.check) {
    for (const { finding, fix } of applied) io.stdout.write(describe(finding, fix));
    io.stdout.write(`${applied.length} fixable finding(s) in ${changed.size} file(s).
`);
    return applied.length > 0 ? 1 : 0;
  }
  if (options.dryRun) {
    for (const [file, { before, after }] of changed)
      io.stdout.write(unifiedDiff(file, before, after, secretMask(applied, file)));
    return blocked.size ? 1 : 0;
  }
  let written = 0;
  for (const [file, { after }] of changed) {
    if (blocked.has(file)) continue;
    writeFixed(resolve(io.cwd, file), after);
    written++;
  }
  for (const { finding, fix } of applied)
    if (!blocked.has(finding.location.file)) io.stdout.write(describe(finding, fix));
  io.stdout.write(
    `Fixed ${applied.filter((p) => !blocked.has(p.finding.location.file)).length} finding(s) in ${written} file(s).
`
  );
  return blocked.size ? 1 : 0;
}
export {
  computeFixes,
  runFix
};
