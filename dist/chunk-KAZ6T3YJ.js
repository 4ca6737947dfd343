#!/usr/bin/env node
import { createRequire as __bulkheadRequire } from 'node:module';
const require = __bulkheadRequire(import.meta.url);
import {
  formatSarif
} from "./chunk-75BYIK7X.js";
import {
  isOnChangedLine
} from "./chunk-NG6GF2YP.js";
import {
  answerMessage,
  exchange,
  repoUrl,
  retryPolicy
} from "./chunk-6W25RPNL.js";
import {
  formatRemoteConfigSource
} from "./chunk-W7Q5YWH5.js";
import {
  PRODUCT_NAME,
  PRODUCT_VERSION,
  ruleDocsUrl
} from "./chunk-2KH2CT37.js";
import {
  wrapText
} from "./chunk-IHGOC2W5.js";
import {
  SEVERITIES,
  compareSeverity,
  meetsThreshold,
  severityRank
} from "./chunk-VOKH4RM3.js";
import {
  ConfigurationError
} from "./chunk-FYCLPXZE.js";

// src/github/read-remote-config.ts
var ATTEMPT_TIMEOUT_MS = 15e3;
function remoteConfigReader(access) {
  return async (source) => {
    const name = formatRemoteConfigSource(source);
    if (!access.token) {
      throw new ConfigurationError(
        `extends '${name}' is read through GitHub's API and needs a token: set GITHUB_TOKEN (the Action uses its 'token' input).`
      );
    }
    const options = {
      apiUrl: access.apiUrl,
      token: access.token,
      owner: source.owner,
      repo: source.repo,
      ...access.fetch ? { fetch: access.fetch } : {},
      ...access.sleep ? { sleep: access.sleep } : {}
    };
    const path = source.path.split("/").map(encodeURIComponent).join("/");
    const url = `${repoUrl(options)}/contents/${path}?ref=${encodeURIComponent(source.ref)}`;
    const answer = await exchange(
      options,
      { method: "GET", url, what: `Reading ${name}` },
      retryPolicy(options, { retries: 2, backoffMs: 1e3, attemptTimeoutMs: ATTEMPT_TIMEOUT_MS })
    );
    if (answer.kind === "unreachable")
      throw new ConfigurationError(`extends '${name}': GitHub did not answer (${answer.message}).`);
    if (answer.status === 404 || answer.status === 403) {
      throw new ConfigurationError(
        `extends '${name}': ${answer.status} ${answerMessage(answer)}. Check the path and the ref, and that the token can read ${source.owner}/${source.repo} (a workflow's GITHUB_TOKEN reads only its own repository).`
      );
    }
    if (answer.status !== 200)
      throw new ConfigurationError(`extends '${name}': ${answer.status} ${answerMessage(answer)}.`);
    const body = JSON.parse(answer.text);
    if (Array.isArray(body) || body.type !== "file" || typeof body.content !== "string")
      throw new ConfigurationError(`extends '${name}' is not a file.`);
    if (body.encoding !== "base64")
      throw new ConfigurationError(`extends '${name}' is too large for GitHub's contents API (over 1 MB).`);
    return Buffer.from(body.content, "base64").toString("utf8");
  };
}

// src/reporters/plain-message.ts
function plainMessage(message) {
  return message.replace(/(?<!\\)\[((?:[^\]\\]|\\.)*)\]\(\d+\)/g, "$1").replace(/\\([[\]])/g, "$1");
}

// src/reporters/github.ts
function annotationCommand(severity) {
  if (severity === "critical" || severity === "high") return "error";
  return severity === "medium" ? "warning" : "notice";
}
function escapeCommandData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/[\p{Cc}\u2028\u2029]/gu, showControl);
}
function showControl(char) {
  const code = char.charCodeAt(0);
  if (code === 9) return char;
  if (code < 32) return String.fromCharCode(9216 + code);
  return code === 127 ? "\u2421" : "\uFFFD";
}
function escapeCommandProperty(text) {
  return escapeCommandData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function formatAnnotation(finding) {
  const { file, region } = finding.location;
  const properties = [
    ["file", file],
    ["line", region.startLine],
    ["endLine", region.endLine]
  ];
  if (region.startLine === region.endLine) {
    properties.push(["col", region.startColumn], ["endColumn", region.endColumn]);
  }
  properties.push(["title", `${finding.ruleId}: ${finding.slug}`]);
  const props = properties.map(([key, value]) => `${key}=${escapeCommandProperty(String(value))}`).join(",");
  return `::${annotationCommand(finding.severity)} ${props}::${escapeCommandData(plainMessage(finding.message))}`;
}
function formatGithubAnnotations(result) {
  return result.findings.filter((finding) => !finding.suppression).map((finding) => `${formatAnnotation(finding)}
`).join("");
}

// src/reporters/count-findings.ts
function countFindings(result) {
  const active = result.findings.filter((finding) => !finding.suppression);
  const bySeverity = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0]));
  for (const finding of active) bySeverity[finding.severity] += 1;
  return {
    active,
    bySeverity,
    suppressed: result.findings.length - active.length,
    filesWithFindings: new Set(active.map((finding) => finding.location.file)).size
  };
}
function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
function describeCounts(counts, filesScanned) {
  const findings = counts.active.length === 0 ? "no findings" : `${plural(counts.active.length, "finding")} in ${plural(counts.filesWithFindings, "file")}`;
  return `${findings} \xB7 ${plural(filesScanned, "file")} scanned`;
}

// src/reporters/json.ts
function span(location) {
  const { region } = location;
  return {
    file: location.file,
    line: region.startLine,
    column: region.startColumn,
    endLine: region.endLine,
    endColumn: region.endColumn
  };
}
function jsonFinding(finding) {
  return {
    ruleId: finding.ruleId,
    slug: finding.slug,
    severity: finding.severity,
    message: finding.message,
    ...span(finding.location),
    target: finding.target,
    ...finding.location.logical ? { logical: finding.location.logical } : {},
    ...finding.fingerprint ? { fingerprint: finding.fingerprint } : {},
    ...finding.suppression ? {
      suppressed: {
        kind: finding.suppression.kind,
        ...finding.suppression.justification ? { justification: finding.suppression.justification } : {}
      }
    } : {},
    ...finding.relatedLocations?.length ? {
      relatedLocations: finding.relatedLocations.map((related) => ({
        ...span(related),
        ...related.logical ? { logical: related.logical } : {},
        message: related.message
      }))
    } : {}
  };
}
function toJsonReport(result) {
  const counts = countFindings(result);
  return {
    version: 1,
    tool: { name: PRODUCT_NAME, version: PRODUCT_VERSION },
    complete: result.complete,
    summary: {
      total: counts.active.length,
      bySeverity: counts.bySeverity,
      suppressed: counts.suppressed,
      files: result.files.length,
      filesWithFindings: counts.filesWithFindings
    },
    findings: result.findings.map(jsonFinding),
    notes: result.notes.map((note) => ({
      kind: note.kind,
      message: note.message,
      ...note.file ? { file: note.file } : {}
    })),
    ...result.renders ? { renders: result.renders } : {},
    rules: result.rules.map((meta) => ({
      id: meta.id,
      slug: meta.slug,
      title: meta.title,
      severity: meta.severity
    }))
  };
}
function formatJson(result) {
  return `${JSON.stringify(toJsonReport(result), null, 2)}
`;
}

// src/core/target.ts
var TARGET_KINDS = ["dockerfile", "image", "kubernetes", "compose", "registry-config"];

// src/reporters/unscanned-files.ts
var UNSCANNED_REASONS = {
  "too-large": "over the size limit",
  binary: "binary",
  unreadable: "unreadable",
  template: "template",
  skipped: "not parsed",
  symlink: "symlink"
};
function unscannedFiles(notes) {
  const files = /* @__PURE__ */ new Map();
  for (const note of notes) {
    const reason = UNSCANNED_REASONS[note.kind];
    if (reason === void 0 || note.file === void 0 || files.has(note.file)) continue;
    files.set(note.file, { file: note.file, reason, note });
  }
  return [...files.values()];
}
function describeUnscanned(files) {
  const byReason = /* @__PURE__ */ new Map();
  for (const { reason } of files) byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
  const reasons = [...byReason].map(([reason, count]) => `${count} ${reason}`).join(", ");
  return `${plural(files.length, "file")} ${files.length === 1 ? "was" : "were"} not scanned: ${reasons}`;
}

// src/reporters/rendered-roots.ts
var MAX_ROWS = 30;
function describeRenderedRoots(roots) {
  if (!roots?.length) return "";
  const count = (status, kind) => roots.filter((r) => r.status === status && r.kind === kind).length;
  const rendered = [
    plural(count("rendered", "helm"), "Helm chart"),
    plural(count("rendered", "kustomize"), "Kustomize root")
  ].join(" and ");
  const failed = roots.filter((r) => r.status === "failed").length;
  const skipped = roots.filter((r) => r.status === "skipped").length;
  const rest = [failed ? `${failed} failed` : "", skipped ? `${skipped} not rendered` : ""].filter(Boolean);
  return `Rendered ${rendered}${rest.length ? `; ${rest.join(", ")} (see the notes)` : ""}.`;
}
function renderedRootsTable(roots, escape) {
  if (!roots?.length) return "";
  const rows = roots.slice(0, MAX_ROWS).map((root) => {
    const what = root.status === "rendered" ? `${plural(root.objects ?? 0, "object")}${root.valuesFile ? ` with ${root.valuesFile}` : ""}${root.windowsValues ? `; Windows pass with ${root.windowsValues}` : ""}` : root.reason ?? "";
    return `| ${escape(root.root)} | ${root.kind === "helm" ? "Helm" : "Kustomize"} | ${root.status} | ${escape(what)} |`;
  });
  const more = roots.length - rows.length;
  return [
    "",
    "### Helm charts and Kustomize roots",
    "",
    describeRenderedRoots(roots),
    "",
    "| Root | Tool | Status | Details |",
    "| --- | --- | --- | --- |",
    ...rows,
    ...more > 0 ? ["", `_\u2026 and ${plural(more, "more root")}._`] : [],
    ""
  ].join("\n");
}

// src/reporters/markdown.ts
var MAX_SUMMARY_BYTES = 1024 * 1024 - 16 * 1024;
var MAX_CELL = 500;
var VISIBLE_PER_RULE = 5;
var MAX_UNSCANNED_ROWS = 20;
var SEVERITY_LABEL = {
  critical: "\u{1F7E3} Critical",
  high: "\u{1F534} High",
  medium: "\u{1F7E0} Medium",
  low: "\u{1F7E1} Low",
  info: "\u26AA Info"
};
function escapeMarkdown(text) {
  const oneLine = text.replace(/\r\n|[\r\n]/g, " ");
  const cut = oneLine.length > MAX_CELL ? `${oneLine.slice(0, MAX_CELL - 1)}\u2026` : oneLine;
  return cut.replace(/[\\`*_{}[\]()<>#+!|~&$]/g, "\\$&");
}
function linkDestination(url) {
  return url.replace(/[\s()<>]/g, (char) => encodeURIComponent(char));
}
function bytes(text) {
  return Buffer.byteLength(text, "utf8");
}
function verdict(result, active, options) {
  if (!result.complete) return "\u26A0\uFE0F";
  if (options.gate ? options.gate.verdict === "fail" : active.some((f) => meetsThreshold(f.severity, options.failOn ?? "high")))
    return "\u274C";
  return active.length > 0 ? "\u26A0\uFE0F" : "\u2705";
}
function gateLine(options) {
  const { gate } = options;
  if (!gate) return [];
  const threshold = `\`${options.failOn ?? "high"}\``;
  const which = gate.scope === "new" ? "new finding" : "finding";
  const line = gate.verdict === "fail" ? `**Gate: failed** \u2014 ${plural(gate.failing, which)} at or above ${threshold}.` : `**Gate: passed** \u2014 no ${which}s at or above ${threshold}.`;
  const spared = gate.notBlocking ? ` ${plural(gate.notBlocking, "existing finding")} at or above it did not block this change.` : "";
  return [`${line}${spared}`, ""];
}
function severityLine(bySeverity) {
  return SEVERITIES.filter((severity) => bySeverity[severity] > 0).map((severity) => `${SEVERITY_LABEL[severity]} ${bySeverity[severity]}`).join(" \xB7 ");
}
function targetLine(result, active) {
  return TARGET_KINDS.flatMap((target) => {
    const files = result.files.filter((file) => file.target === target).length;
    const findings = active.filter((finding) => finding.target === target).length;
    return files + findings > 0 ? [`${target}: ${plural(files, "file")}, ${plural(findings, "finding")}`] : [];
  }).join(" \xB7 ");
}
function findingItem(finding, group, options) {
  const { file, region } = finding.location;
  const place = escapeMarkdown(`${file}:${region.startLine}`);
  const url = options.blobUrl?.(file, region.startLine);
  const location = url ? `[${place}](${linkDestination(url)})` : place;
  const severity = finding.severity === group ? "" : ` (${finding.severity})`;
  return `- ${location}: ${escapeMarkdown(plainMessage(finding.message))}${severity}
`;
}
function groupByRule(findings) {
  const groups = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const group = groups.get(finding.ruleId);
    if (!group)
      groups.set(finding.ruleId, {
        ruleId: finding.ruleId,
        slug: finding.slug,
        severity: finding.severity,
        findings: [finding]
      });
    else {
      group.findings.push(finding);
      if (compareSeverity(finding.severity, group.severity) < 0) group.severity = finding.severity;
    }
  }
  return [...groups.values()].sort(
    (a, b) => compareSeverity(a.severity, b.severity) || a.ruleId.localeCompare(b.ruleId)
  );
}
var Budget = class {
  constructor(start, maxBytes, maxItems) {
    this.maxBytes = maxBytes;
    this.maxItems = maxItems;
    this.used = start;
  }
  maxBytes;
  maxItems;
  used;
  listed = 0;
  take(text, item = false) {
    if (item && this.listed >= this.maxItems) return false;
    if (this.used + bytes(text) > this.maxBytes) return false;
    this.used += bytes(text);
    if (item) this.listed += 1;
    return true;
  }
};
function ruleSection(group, rules, fixShown, options, budget) {
  const heading = `#### ${SEVERITY_LABEL[group.severity]} \xB7 [${group.ruleId}](${ruleDocsUrl(group.ruleId)}) ${escapeMarkdown(group.slug)} \xB7 ${group.findings.length}

`;
  if (!budget.take(heading)) return "";
  const parts = [heading];
  const items = [];
  for (const finding of group.findings) {
    const item = findingItem(finding, group.severity, options);
    if (!budget.take(item, true)) break;
    items.push(item);
  }
  const visible = items.length > VISIBLE_PER_RULE + 1 ? VISIBLE_PER_RULE : items.length;
  parts.push(...items.slice(0, visible));
  const folded = items.slice(visible);
  if (folded.length > 0) {
    const wrapper = `
<details><summary>${plural(folded.length, "more finding")} of ${group.ruleId}</summary>

</details>
`;
    if (budget.take(wrapper))
      parts.push(wrapper.replace("\n\n</details>", `

${folded.join("")}
</details>`));
  }
  const meta = rules.get(group.ruleId);
  if (meta && !fixShown.has(group.ruleId)) {
    const fix = `
<details><summary>How to fix ${group.ruleId}</summary>

${meta.remediation}

</details>
`;
    if (budget.take(fix)) {
      parts.push(fix);
      fixShown.add(group.ruleId);
    }
  }
  parts.push("\n");
  return parts.join("");
}
function findingsSection(title, findings, rules, fixShown, options, budget, folded) {
  if (findings.length === 0) return "";
  const open = `### ${title} (${findings.length})

${folded ? `<details><summary>${folded}</summary>

` : ""}`;
  const close = folded ? "</details>\n\n" : "";
  if (!budget.take(open + close)) return "";
  const body = groupByRule(findings).map((group) => ruleSection(group, rules, fixShown, options, budget)).join("");
  return `${open}${body}${close}`;
}
function formatMarkdown(result, options = {}) {
  const counts = countFindings(result);
  const maxBytes = options.maxBytes ?? MAX_SUMMARY_BYTES;
  const figures = describeCounts(counts, result.files.length);
  const unscanned = unscannedSection(result) + renderedRootsTable(result.renders, escapeMarkdown);
  const emoji = verdict(result, counts.active, options);
  if (counts.active.length === 0 && result.complete && unscanned === "" && emoji === "\u2705") {
    const extra = [
      ...counts.suppressed > 0 ? [`${counts.suppressed} suppressed`] : [],
      ...options.status ?? []
    ];
    return `\u2705 **Bulkhead**: ${figures}${extra.length ? ` \xB7 ${extra.join(" ")}` : ""}
`;
  }
  const facts = [figures];
  if (counts.suppressed > 0) facts.push(`${counts.suppressed} suppressed`);
  if (result.notes.length > 0) facts.push(plural(result.notes.length, "note"));
  const isNew = options.isNew;
  const fresh = isNew ? counts.active.filter((finding) => isNew(finding)) : counts.active;
  const existing = isNew ? counts.active.filter((finding) => !isNew(finding)) : [];
  if (isNew) facts.push(`${fresh.length} new \xB7 ${existing.length} existing`);
  const head = [
    `## ${emoji} Bulkhead: ${figures.split(" \xB7 ")[0]}`,
    "",
    ...result.complete ? [] : ["**The scan did not complete; these results are partial.**", ""],
    ...gateLine(options),
    ...options.status?.length ? [...options.status.map((line) => `${line}  `), ""] : [],
    facts.join(" \xB7 "),
    "",
    ...counts.active.length ? [severityLine(counts.bySeverity), ""] : [],
    targetLine(result, counts.active),
    "",
    ""
  ].join("\n");
  if (counts.active.length === 0) return `${head}${unscanned}`;
  const footerRoom = 200;
  const budget = new Budget(bytes(head) + footerRoom + bytes(unscanned), maxBytes, options.maxFindings ?? 50);
  const rules = new Map(result.rules.map((meta) => [meta.id, meta]));
  const fixShown = /* @__PURE__ */ new Set();
  const sections = isNew ? findingsSection("New findings", fresh, rules, fixShown, options, budget) + findingsSection(
    "Existing findings",
    existing,
    rules,
    fixShown,
    options,
    budget,
    `${plural(existing.length, "finding")} already there before this change`
  ) : findingsSection("Findings", counts.active, rules, fixShown, options, budget);
  const omitted = counts.active.length - budget.listed;
  const footer = omitted > 0 ? `_Showing ${budget.listed} of ${plural(counts.active.length, "finding")}; see the SARIF or JSON output for all of them._

` : "";
  return `${head}${sections}${footer}${unscanned}`;
}
function unscannedSection(result) {
  const files = unscannedFiles(result.notes);
  if (files.length === 0) return "";
  const items = files.slice(0, MAX_UNSCANNED_ROWS).map(
    ({ file, reason, note }) => `- ${escapeMarkdown(file)} (${reason}): ${escapeMarkdown(note.message)}`
  );
  const more = files.length - items.length;
  return [
    "### Files not scanned",
    "",
    `${describeUnscanned(files)}. Their code-scanning alerts may close although nothing in them changed.`,
    "",
    `<details><summary>${plural(files.length, "file")}</summary>`,
    "",
    ...items,
    ...more > 0 ? ["", `_\u2026 and ${plural(more, "more file")}; see the notes in the JSON or SARIF output._`] : [],
    "",
    "</details>",
    ""
  ].join("\n");
}

// src/reporters/text.ts
import { join } from "node:path";
var WRAP_WIDTH = 80;
var MAX_NOTES = 20;
function sgr(open, close) {
  return (text) => `\x1B[${open}m${text}\x1B[${close}m`;
}
var bold = sgr(1, 22);
var dim = sgr(2, 22);
var underline = sgr(4, 24);
var red = sgr(31, 39);
var green = sgr(32, 39);
var yellow = sgr(33, 39);
var blue = sgr(34, 39);
var magenta = sgr(35, 39);
var gray = sgr(90, 39);
var SEVERITY_STYLE = {
  critical: (text) => bold(magenta(text)),
  high: red,
  medium: yellow,
  low: blue,
  info: gray
};
function printable(text) {
  return text.replace(
    /[\u0000-\u001f\u007f-\u009f]/g,
    (char) => char === "	" ? " " : `\\x${char.charCodeAt(0).toString(16).padStart(2, "0")}`
  );
}
function groupByFile(findings) {
  const groups = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const group = groups.get(finding.location.file);
    if (group) group.push(finding);
    else groups.set(finding.location.file, [finding]);
  }
  return groups;
}
function formatGroup(file, findings, rules, options) {
  const paint = (style, text) => options.color ? style(text) : text;
  const position = (finding) => `${finding.location.region.startLine}:${finding.location.region.startColumn}`;
  const positionWidth = findings.reduce((widest, finding) => Math.max(widest, position(finding).length), 0);
  const idWidth = findings.reduce((widest, finding) => Math.max(widest, finding.ruleId.length), 0);
  const indent = " ".repeat(2 + positionWidth + 2);
  const lines = [paint(underline, printable(options.cwd ? join(options.cwd, file) : file))];
  for (const finding of findings) {
    const severity = paint(SEVERITY_STYLE[finding.severity], finding.severity.padEnd(8));
    const id = finding.ruleId.padEnd(idWidth);
    lines.push(
      `  ${position(finding).padEnd(positionWidth)}  ${severity}  ${id}  ${printable(plainMessage(finding.message))}`
    );
    if (!options.verbose) continue;
    const remediation = rules.get(finding.ruleId)?.remediation;
    const hint = remediation ? `\u2192 ${printable(remediation)} (${finding.slug})` : `\u2192 ${finding.slug}`;
    lines.push(paint(dim, `${indent}${hint}`));
  }
  return lines;
}
function formatFixes(findings, rules, options) {
  const paint = (style, text) => options.color ? style(text) : text;
  const counts = /* @__PURE__ */ new Map();
  for (const finding of findings) counts.set(finding.ruleId, (counts.get(finding.ruleId) ?? 0) + 1);
  const lines = [paint(bold, "How to fix:")];
  for (const ruleId of [...counts.keys()].sort()) {
    const meta = rules.get(ruleId);
    const count = plural(counts.get(ruleId) ?? 0, "finding");
    lines.push(`  ${paint(bold, ruleId)} ${meta ? `${meta.slug} ` : ""}(${count})`);
    if (meta) lines.push(...wrapText(printable(meta.remediation), WRAP_WIDTH, "    "));
    lines.push(paint(dim, `    ${ruleDocsUrl(ruleId)}`));
  }
  return lines;
}
function formatNotes(notes) {
  const lines = notes.slice(0, MAX_NOTES).map((note) => `  ${note.file ? `${printable(note.file)}: ` : ""}${printable(note.message)}`);
  if (notes.length > MAX_NOTES) lines.push(`  \u2026 and ${notes.length - MAX_NOTES} more.`);
  return [`${plural(notes.length, "note")}:`, ...lines];
}
function summaryLine(result, options) {
  const paint = (style, text2) => options.color ? style(text2) : text2;
  const counts = countFindings(result);
  const suppressed = counts.suppressed > 0 ? ` \xB7 ${counts.suppressed} suppressed` : "";
  const scanned = `${plural(result.files.length, "file")} scanned`;
  if (counts.active.length === 0) {
    return paint(green, `\u2714 No findings \xB7 ${scanned}${suppressed}.`);
  }
  const bySeverity = SEVERITIES.filter((severity) => counts.bySeverity[severity] > 0).map((severity) => `${counts.bySeverity[severity]} ${severity}`).join(", ");
  const text = `\u2716 ${plural(counts.active.length, "finding")} in ${plural(counts.filesWithFindings, "file")} (${bySeverity}) \xB7 ${scanned}${suppressed}`;
  return paint((text2) => bold(red(text2)), text);
}
function formatText(result, options) {
  const rules = new Map(result.rules.map((meta) => [meta.id, meta]));
  const blocks = [];
  const active = result.findings.filter((finding) => !finding.suppression);
  for (const [file, findings] of groupByFile(active))
    blocks.push(formatGroup(file, findings, rules, options));
  if (!options.verbose && active.length > 0) blocks.push(formatFixes(active, rules, options));
  const unscanned = unscannedFiles(result.notes);
  const first = new Set(unscanned.map((file) => file.note));
  const notes = [...unscanned.map((file) => file.note), ...result.notes.filter((note) => !first.has(note))];
  if (notes.length > 0) blocks.push(formatNotes(notes));
  const footer = [summaryLine(result, options)];
  const rendered = describeRenderedRoots(result.renders);
  if (rendered) footer.push(rendered);
  if (unscanned.length > 0) {
    const warning = `\u26A0 ${describeUnscanned(unscanned)} (see the notes).`;
    footer.push(options.color ? yellow(warning) : warning);
  }
  if (!result.complete) {
    const warning = "\u26A0 The scan did not complete; these results are partial.";
    footer.push(options.color ? yellow(warning) : warning);
  }
  blocks.push(footer);
  return `${blocks.map((block) => block.join("\n")).join("\n\n")}
`;
}

// src/reporters/format-result.ts
var OUTPUT_FORMATS = ["text", "json", "sarif", "github", "markdown"];
function isOutputFormat(value) {
  return typeof value === "string" && OUTPUT_FORMATS.includes(value);
}
function formatResult(result, format, options = {}) {
  switch (format) {
    case "text":
      return formatText(result, {
        color: options.color ?? false,
        verbose: options.verbose ?? false,
        ...options.cwd ? { cwd: options.cwd } : {}
      });
    case "json":
      return formatJson(result);
    case "sarif":
      return formatSarif(result, options);
    case "github":
      return formatGithubAnnotations(result);
    case "markdown":
      return formatMarkdown(result, options);
  }
}

// src/gate/baseline.ts
function baselineKey(ruleId, file, fingerprint) {
  return `${ruleId}\0${comparablePath(file)}\0${fingerprint}`;
}
function comparablePath(file) {
  return file.split("/").filter((segment, i) => segment !== "." && (segment !== "" || i === 0)).join("/");
}
function resultUri(result) {
  const locations = result.locations;
  const first = Array.isArray(locations) ? locations[0] : void 0;
  const physical = isRecord(first) ? first.physicalLocation : void 0;
  const artifact = isRecord(physical) ? physical.artifactLocation : void 0;
  return isRecord(artifact) && typeof artifact.uri === "string" ? artifact.uri : void 0;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function ruleIdOf(result, rules) {
  if (typeof result.ruleId === "string") return result.ruleId;
  const rule = result.rule;
  if (isRecord(rule) && typeof rule.id === "string") return rule.id;
  const index = isRecord(rule) && typeof rule.index === "number" ? rule.index : result.ruleIndex;
  const meta = typeof index === "number" ? rules[index] : void 0;
  return isRecord(meta) && typeof meta.id === "string" ? meta.id : void 0;
}
function readBaselineFingerprints(sarifText) {
  let log;
  try {
    log = JSON.parse(sarifText.replace(/^\uFEFF/, ""));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`The baseline is not valid JSON (${reason}); pass a SARIF file written by a scan.`, {
      cause: error
    });
  }
  if (!isRecord(log) || !Array.isArray(log.runs)) {
    throw new Error(
      'The baseline is not a SARIF log (no "runs" array); pass a SARIF file written by a scan.'
    );
  }
  const keys = /* @__PURE__ */ new Set();
  for (const run of log.runs) {
    if (!isRecord(run) || !Array.isArray(run.results)) continue;
    const driver = isRecord(run.tool) && isRecord(run.tool.driver) ? run.tool.driver : void 0;
    const rules = driver && Array.isArray(driver.rules) ? driver.rules : [];
    for (const result of run.results) {
      if (!isRecord(result) || !isRecord(result.partialFingerprints)) continue;
      const hash = result.partialFingerprints.primaryLocationLineHash;
      const ruleId = ruleIdOf(result, rules);
      const uri = resultUri(result);
      if (typeof hash === "string" && ruleId !== void 0 && uri !== void 0)
        keys.add(baselineKey(ruleId, decodedUri(uri), hash));
    }
  }
  return keys;
}
function decodedUri(uri) {
  try {
    return decodeURIComponent(uri);
  } catch {
    return uri;
  }
}
function isInBaseline(finding, fingerprints) {
  const { fingerprint } = finding;
  if (fingerprint === void 0) return false;
  const imageSource = finding.properties?.imageSource;
  return fingerprints.has(baselineKey(finding.ruleId, finding.location.file, fingerprint)) || typeof imageSource === "string" && fingerprints.has(baselineKey(finding.ruleId, imageSource, fingerprint));
}

// src/gate/new-findings.ts
function classifyNew(findings, sources = {}) {
  const { changes, baseline } = sources;
  return findings.map((finding) => ({
    finding,
    isNew: (changes === void 0 || isOnChangedLine(finding, changes)) && (baseline === void 0 || !isInBaseline(finding, baseline))
  }));
}
function newFindingPredicate(classified) {
  const fresh = new Set(classified.filter((entry) => entry.isNew).map((entry) => entry.finding));
  return (finding) => fresh.has(finding);
}
function failsGate(finding, options) {
  return !finding.suppression && meetsThreshold(finding.severity, options.failOn) && (options.scope === "all" || options.isNew(finding));
}
function gateVerdict(findings, options) {
  const failing = [];
  let highest;
  for (const finding of findings) {
    if (finding.suppression) continue;
    if (options.scope === "new" && !options.isNew(finding)) continue;
    if (highest === void 0 || severityRank(finding.severity) > severityRank(highest)) {
      highest = finding.severity;
    }
    if (failsGate(finding, options)) failing.push(finding);
  }
  return {
    gate: failing.length > 0 ? "fail" : "pass",
    failing,
    ...highest === void 0 ? {} : { highest }
  };
}

export {
  remoteConfigReader,
  plainMessage,
  annotationCommand,
  countFindings,
  plural,
  describeCounts,
  unscannedFiles,
  describeUnscanned,
  formatMarkdown,
  printable,
  OUTPUT_FORMATS,
  isOutputFormat,
  formatResult,
  readBaselineFingerprints,
  classifyNew,
  newFindingPredicate,
  gateVerdict
};
