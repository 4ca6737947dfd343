#!/usr/bin/env node
import { createRequire as __bulkheadRequire } from 'node:module';
const require = __bulkheadRequire(import.meta.url);

// src/gate/changed-lines.ts
var HUNK = /^@@@* -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
var ESCAPES = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, "\\": 92 };
function unquoteGitPath(text) {
  if (!text.startsWith('"') || !text.endsWith('"') || text.length < 2) return text;
  const bytes = [];
  const body = text.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const c = body[i] ?? "";
    if (c !== "\\") {
      bytes.push(...Buffer.from(c, "utf8"));
      continue;
    }
    const next = body[i + 1] ?? "";
    const octal = /^[0-7]{3}/.exec(body.slice(i + 1, i + 4));
    if (octal) {
      bytes.push(parseInt(octal[0], 8));
      i += 3;
    } else {
      bytes.push(ESCAPES[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString("utf8");
}
function sidePath(raw, prefix) {
  const text = unquoteGitPath(raw.replace(/\t.*$/, ""));
  if (text === "/dev/null") return void 0;
  return text.startsWith(prefix) ? text.slice(prefix.length) : text;
}
function addLine(ranges, line) {
  const last = ranges[ranges.length - 1];
  if (last && last.end + 1 >= line) last.end = Math.max(last.end, line);
  else ranges.push({ start: line, end: line });
}
function parseUnifiedDiff(diff) {
  const changes = /* @__PURE__ */ new Map();
  const lines = diff.split("\n");
  let current;
  let ranges = [];
  let renameTo;
  const open = (path) => {
    current = path;
    if (path === void 0) return;
    ranges = changes.get(path) ?? [];
    changes.set(path, ranges);
  };
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? "").replace(/\r$/, "");
    if (line.startsWith("diff --git ") || line.startsWith("diff --cc ") || line.startsWith("diff --combined ")) {
      current = void 0;
      renameTo = void 0;
      const same = /^diff --git a\/(.+) b\/\1$/.exec(line);
      if (same?.[1] !== void 0) open(same[1]);
      continue;
    }
    if (line.startsWith("rename to ") || line.startsWith("copy to ")) {
      renameTo = unquoteGitPath(line.slice(line.indexOf(" to ") + 4));
      open(renameTo);
      continue;
    }
    if (line.startsWith("deleted file mode")) {
      if (current !== void 0 && (changes.get(current)?.length ?? 0) === 0) changes.delete(current);
      current = void 0;
      continue;
    }
    if (line.startsWith("new file mode") || line.startsWith("old mode") || line.startsWith("new mode")) {
      continue;
    }
    if (line.startsWith("Binary files ") || line === "GIT binary patch") {
      const path = current ?? renameTo;
      if (path !== void 0 && (changes.get(path)?.length ?? 0) === 0) changes.delete(path);
      current = void 0;
      continue;
    }
    if (line.startsWith("--- ")) continue;
    if (line.startsWith("+++ ")) {
      open(sidePath(line.slice(4), "b/"));
      continue;
    }
    const hunk = HUNK.exec(line);
    if (!hunk) continue;
    let oldLeft = hunk[1] === void 0 ? 1 : Number(hunk[1]);
    let newLeft = hunk[3] === void 0 ? 1 : Number(hunk[3]);
    let next = Number(hunk[2]);
    while ((oldLeft > 0 || newLeft > 0) && i + 1 < lines.length) {
      const body = lines[i + 1] ?? "";
      const kind = body[0];
      if (kind === "+") {
        if (current !== void 0) addLine(ranges, next);
        next++;
        newLeft--;
      } else if (kind === "-") {
        oldLeft--;
      } else if (kind === " " || body === "" || body === "\r") {
        next++;
        oldLeft--;
        newLeft--;
      } else if (kind !== "\\") {
        break;
      }
      i++;
    }
    while ((lines[i + 1] ?? "").startsWith("\\")) i++;
  }
  return changes;
}
function normalizePath(path) {
  return path.replace(/^(?:\.\/)+/, "").replace(/\/\.\//g, "/");
}
function isOnChangedLine(finding, changes) {
  const ranges = changes.get(normalizePath(finding.location.file));
  if (!ranges) return false;
  const { startLine, endLine } = finding.location.region;
  const last = Math.max(startLine, endLine);
  return ranges.some((range) => range.start <= last && range.end >= startLine);
}
var runGit = (args, cwd) => process.getBuiltinModule("node:child_process").execFileSync("git", args, {
  cwd,
  encoding: "utf8",
  maxBuffer: 256 * 1024 * 1024,
  stdio: ["ignore", "pipe", "pipe"]
});
function gitError(error) {
  const stderr = error.stderr;
  const text = typeof stderr === "string" ? stderr : Buffer.isBuffer(stderr) ? stderr.toString("utf8") : "";
  return (text.trim() || (error instanceof Error ? error.message : String(error))).split("\n")[0] ?? "";
}
function changedLinesSince(ref, cwd, run = runGit) {
  if (ref.startsWith("-")) throw new Error(`--new-since: "${ref}" is not a git ref.`);
  let base;
  try {
    base = run(["merge-base", ref, "HEAD"], cwd).trim();
  } catch (error) {
    throw new Error(
      `--new-since: cannot find the merge base of "${ref}" and HEAD (${gitError(error)}). In a shallow clone, fetch the base branch with enough history (actions/checkout: fetch-depth: 0).`,
      { cause: error }
    );
  }
  if (!base) throw new Error(`--new-since: "${ref}" and HEAD have no common ancestor.`);
  let diff;
  try {
    diff = run(
      [
        "-c",
        "core.quotePath=false",
        "diff",
        "-U0",
        "--no-color",
        "--no-ext-diff",
        "--no-textconv",
        "--find-renames",
        "--relative",
        "--src-prefix=a/",
        "--dst-prefix=b/",
        base
      ],
      cwd
    );
  } catch (error) {
    throw new Error(`--new-since: git diff against ${base} failed (${gitError(error)}).`, { cause: error });
  }
  return parseUnifiedDiff(diff);
}

export {
  parseUnifiedDiff,
  isOnChangedLine,
  runGit,
  changedLinesSince
};
