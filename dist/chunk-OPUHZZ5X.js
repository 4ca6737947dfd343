#!/usr/bin/env node
import { createRequire as __bulkheadRequire } from 'node:module';
const require = __bulkheadRequire(import.meta.url);
import {
  applyEdits,
  lineStarts,
  toOffsets
} from "./chunk-FO7C2UAS.js";
import {
  runGit
} from "./chunk-NG6GF2YP.js";
import {
  repoApi
} from "./chunk-6W25RPNL.js";
import "./chunk-2UU5XWJP.js";
import "./chunk-2KH2CT37.js";
import {
  readFileSync
} from "./chunk-27DCNQHF.js";
import {
  compareSeverity
} from "./chunk-VOKH4RM3.js";
import {
  partitionPoint
} from "./chunk-MFQIY6JZ.js";
import "./chunk-FYCLPXZE.js";
import "./chunk-QLIY3PYG.js";

// src/action/suggestion-step.ts
import { resolve } from "node:path";

// src/github/suggestion-comment.ts
var MARKER_PREFIX = "<!-- bulkhead-suggestion: ";
function suggestionMarker(key) {
  return `${MARKER_PREFIX}${key} -->`;
}
function markersIn(body) {
  const keys = [];
  for (let at = body.indexOf(MARKER_PREFIX); at !== -1; at = body.indexOf(MARKER_PREFIX, at + 1)) {
    const start = at + MARKER_PREFIX.length;
    const end = body.indexOf(" -->", start);
    if (end === -1) break;
    keys.push(body.slice(start, end));
  }
  return keys;
}

// src/github/post-suggestions.ts
var PER_PAGE = 100;
var MAX_PAGES = 30;
async function existingMarkers(options, pull) {
  const markers = /* @__PURE__ */ new Set();
  for (let page = 1; page <= MAX_PAGES; page++) {
    const query = new URLSearchParams({ per_page: String(PER_PAGE), page: String(page) });
    const result = await repoApi(options, "GET", `/pulls/${pull}/comments?${query}`);
    if (!result.ok) return { status: result.status, message: `listing review comments: ${result.message}` };
    for (const comment of result.body) for (const key of markersIn(comment.body ?? "")) markers.add(key);
    if (result.body.length < PER_PAGE) break;
  }
  return markers;
}
function refused(status, message) {
  return {
    posted: 0,
    skipped: 0,
    problem: `${status ?? "network error"}: ${message}`,
    forbidden: status === 403 || status === 404
  };
}
async function postSuggestions(options, pull, commitId, suggestions) {
  if (suggestions.length === 0) return { posted: 0, skipped: 0 };
  const markers = await existingMarkers(options, pull);
  if (!(markers instanceof Set)) return refused(markers.status, markers.message);
  const fresh = suggestions.filter((s) => !markers.has(s.key));
  const skipped = suggestions.length - fresh.length;
  if (fresh.length === 0) return { posted: 0, skipped };
  const comments = fresh.map((s) => ({
    path: s.path,
    line: s.endLine,
    side: "RIGHT",
    ...s.startLine < s.endLine ? { start_line: s.startLine, start_side: "RIGHT" } : {},
    body: s.body
  }));
  const count = fresh.length;
  const result = await repoApi(
    options,
    "POST",
    `/pulls/${pull}/reviews`,
    {
      commit_id: commitId,
      event: "COMMENT",
      body: `Bulkhead suggests ${count} fix${count === 1 ? "" : "es"} for findings on lines this pull request changes.`,
      comments
    },
    0
  );
  if (!result.ok) return { ...refused(result.status, `posting the review: ${result.message}`), skipped };
  return { posted: count, skipped };
}

// src/action/suggestion-plan.ts
var MAX_SUGGESTIONS = 20;
function findingKey(finding) {
  const raw = finding.fingerprint ? `${finding.ruleId}:${finding.fingerprint}` : `${finding.ruleId}:${finding.location.file}:${finding.location.region.startLine}`;
  return raw.replace(/[^A-Za-z0-9:._/+=-]/g, "_").replace(/-{2,}/g, "-");
}
function lineAt(starts, offset) {
  return Math.max(
    1,
    partitionPoint(starts.length, (i) => starts[i] <= offset)
  );
}
var LINE_END = /\r\n|\r|\n/;
function wholeLineReplacement(text, fix) {
  if (fix.edits.length === 0) return void 0;
  const starts = lineStarts(text);
  const spans = fix.edits.map((edit) => toOffsets(starts, text.length, edit.region));
  const from = spans.reduce((least, span) => Math.min(least, span.start), text.length);
  const to = spans.reduce((most, span) => Math.max(most, span.end), 0);
  const lastLine = starts.length > 1 && starts[starts.length - 1] === text.length ? starts.length - 1 : starts.length;
  const startLine = Math.min(lineAt(starts, from), lastLine);
  const endLine = Math.max(startLine, Math.min(lineAt(starts, Math.max(from, to - 1)), lastLine));
  const segmentStart = starts[startLine - 1];
  const segmentEnd = starts[endLine] ?? text.length;
  let fixed;
  try {
    fixed = applyEdits(text, fix.edits);
  } catch {
    return void 0;
  }
  const before = text.slice(segmentStart, segmentEnd);
  const after = fixed.slice(segmentStart, fixed.length - (text.length - segmentEnd));
  if (after === before) return void 0;
  const lines = after.split(LINE_END);
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  return { startLine, endLine, text: lines.join("\n") };
}
function onChangedLines(changes, path, start, end) {
  const ranges = changes.get(path.replace(/^(?:\.\/)+/, "")) ?? [];
  for (let line = start; line <= end; line++) {
    if (!ranges.some((range) => range.start <= line && range.end >= line)) return false;
  }
  return true;
}
function fenceFor(text) {
  let longest = 0;
  let run = 0;
  for (const char of text) {
    run = char === "`" ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return "`".repeat(Math.max(3, longest + 1));
}
function commentBody(finding, fix, replacement, key) {
  const fence = fenceFor(replacement.text);
  const review = fix.safety === "review" ? " This fix may change behaviour: check it before committing." : "";
  return [
    `**${finding.ruleId}** (${finding.severity}): ${finding.message}`,
    "",
    `${fix.description}${review}`,
    "",
    `${fence}suggestion`,
    ...replacement.text === "" ? [] : [replacement.text],
    fence,
    suggestionMarker(key)
  ].join("\n");
}
var isSecretRule = (finding) => /^BH2\d\d$/.test(finding.ruleId);
function textOfRegion(text, finding) {
  const starts = lineStarts(text);
  const { start, end } = toOffsets(starts, text.length, finding.location.region);
  return text.slice(start, end);
}
function leaksSecret(text, path, finding, replacement, findings) {
  return findings.some((other) => {
    if (!isSecretRule(other) || other.location.file !== path) return false;
    const { startLine, endLine } = other.location.region;
    if (endLine < replacement.startLine || startLine > replacement.endLine) return false;
    if (other !== finding) return true;
    const secret = textOfRegion(text, other).trim();
    return secret === "" || replacement.text.includes(secret);
  });
}
function planSuggestions(findings, options) {
  if (options.mode === "off") return [];
  const max = options.max ?? MAX_SUGGESTIONS;
  const ordered = findings.filter((finding) => !finding.suppression && finding.fixes?.length).sort((a, b) => compareSeverity(a.severity, b.severity));
  const planned = [];
  const seen = /* @__PURE__ */ new Set();
  for (const finding of ordered) {
    if (planned.length >= max) break;
    const path = finding.location.file;
    const fix = finding.fixes?.find((f) => options.mode === "all" || f.safety === "safe");
    const text = fix ? options.textOf(path) : void 0;
    if (!fix || text === void 0) continue;
    const replacement = wholeLineReplacement(text, fix);
    if (!replacement || !onChangedLines(options.changes, path, replacement.startLine, replacement.endLine))
      continue;
    const overlaps = planned.some(
      (p) => p.path === path && p.startLine <= replacement.endLine && p.endLine >= replacement.startLine
    );
    const key = findingKey(finding);
    if (overlaps || seen.has(key) || leaksSecret(text, path, finding, replacement, findings)) continue;
    seen.add(key);
    planned.push({ ...replacement, path, key, body: commentBody(finding, fix, replacement, key) });
  }
  return planned;
}

// src/action/suggestion-step.ts
function pullRequestOf(event) {
  const pr = event.payload?.pull_request;
  const number = pr?.number;
  const head = pr?.head?.sha;
  if (typeof number !== "number" || !Number.isSafeInteger(number) || number < 1) return void 0;
  return typeof head === "string" && /^[0-9a-f]{40,64}$/i.test(head) ? { number, head } : void 0;
}
var withoutBom = (text) => text.replace(/^\uFEFF/, "");
function readText(cwd, path) {
  try {
    return withoutBom(readFileSync(resolve(cwd, path), "utf8"));
  } catch {
    return void 0;
  }
}
async function textAtHead(input, head, path) {
  try {
    return withoutBom((input.git ?? runGit)(["show", `${head}:./${path}`], input.io.cwd));
  } catch {
  }
  if (!input.api) return void 0;
  const file = path.split("/").map(encodeURIComponent).join("/");
  const result = await repoApi(
    input.api,
    "GET",
    `/contents/${file}?${new URLSearchParams({ ref: head })}`
  );
  if (!result.ok || result.body.encoding !== "base64" || typeof result.body.content !== "string")
    return void 0;
  return withoutBom(Buffer.from(result.body.content, "base64").toString("utf8"));
}
async function sameAtHead(input, head, planned) {
  const verdicts = /* @__PURE__ */ new Map();
  const kept = [];
  for (const suggestion of planned) {
    if (kept.length >= MAX_SUGGESTIONS) break;
    let same = verdicts.get(suggestion.path);
    if (same === void 0) {
      const scanned = readText(input.io.cwd, suggestion.path);
      same = scanned !== void 0 && await textAtHead(input, head, suggestion.path) === scanned;
      verdicts.set(suggestion.path, same);
    }
    if (same) kept.push(suggestion);
  }
  return kept;
}
async function suggestionStep(input) {
  const { io } = input;
  const pull = pullRequestOf(input.event);
  if (!pull) return io.info("Suggestions: the event has no pull request number and head commit.");
  if (!input.changes)
    return io.info("Suggestions: skipped, the lines this pull request changed are unknown.");
  const candidates = planSuggestions(input.findings, {
    mode: input.mode,
    changes: input.changes,
    textOf: (path) => readText(io.cwd, path),
    max: Infinity
  });
  if (candidates.length === 0)
    return io.info("Suggestions: no fixable finding on the lines this pull request changed.");
  if (!input.api) return io.info("Suggestions: posting them needs the 'token' input and GITHUB_REPOSITORY.");
  const planned = await sameAtHead(input, pull.head, candidates);
  if (planned.length === 0)
    return io.info(
      "Suggestions: none posted, the files with fixable findings differ between the scanned merge commit and the head of the pull request."
    );
  const outcome = await postSuggestions(input.api, pull.number, pull.head, planned);
  if (outcome.forbidden) {
    return io.notice(
      `Bulkhead could not post ${planned.length} fix suggestion(s) (${outcome.problem}). Give the job 'pull-requests: write' to get them; pull requests from forks only get a read-only token.`
    );
  }
  if (outcome.problem) return io.warning(`Bulkhead could not post fix suggestions (${outcome.problem}).`);
  const earlier = outcome.skipped ? ` (${outcome.skipped} already suggested by an earlier run)` : "";
  io.info(`Suggestions: posted a review with ${outcome.posted} fix suggestion(s)${earlier}.`);
}
export {
  suggestionStep
};
