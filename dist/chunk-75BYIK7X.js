#!/usr/bin/env node
import { createRequire as __bulkheadRequire } from 'node:module';
const require = __bulkheadRequire(import.meta.url);
import {
  ruleHelpMarkdown,
  ruleHelpText
} from "./chunk-XCBOZQIB.js";
import {
  INFORMATION_URI,
  PRODUCT_NAME,
  PRODUCT_VERSION,
  ruleDocsUrl
} from "./chunk-2KH2CT37.js";
import {
  toSarifLevel,
  toSecuritySeverity
} from "./chunk-VOKH4RM3.js";

// src/reporters/sarif.ts
var SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
var SRCROOT = "%SRCROOT%";
var MAX_TAGS = 10;
var MAX_DESCRIPTION = 1024;
var ABSOLUTE_WINDOWS = /^[A-Za-z]:[\\/]/;
function sarifArtifactUri(path) {
  const windows = ABSOLUTE_WINDOWS.test(path);
  const segments = (windows ? path.replace(/\\/g, "/") : path).split("/").filter((segment, i) => segment !== "." && (segment !== "" || i === 0));
  const encoded = segments.map(
    (segment, i) => windows && i === 0 ? segment : encodeURIComponent(segment).replace(/%40/g, "@")
  );
  if (windows) return `file:///${encoded.join("/")}`;
  return path.startsWith("/") ? `file://${encoded.join("/")}` : encoded.join("/");
}
function isRelativeUri(uri) {
  return !uri.startsWith("file:");
}
function artifactLocation(file) {
  const uri = sarifArtifactUri(file);
  return isRelativeUri(uri) ? { uri, uriBaseId: SRCROOT } : { uri };
}
function sarifLocation(location, id, message) {
  const { region } = location;
  return {
    ...id === void 0 ? {} : { id },
    physicalLocation: {
      artifactLocation: artifactLocation(location.file),
      region: {
        startLine: region.startLine,
        startColumn: region.startColumn,
        endLine: region.endLine,
        endColumn: region.endColumn
      }
    },
    ...location.logical ? { logicalLocations: [{ fullyQualifiedName: location.logical }] } : {},
    ...message === void 0 ? {} : { message: { text: message } }
  };
}
function truncate(text, max) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}
function reportingDescriptor(meta) {
  const tags = [.../* @__PURE__ */ new Set(["security", ...meta.tags])].slice(0, MAX_TAGS);
  return {
    id: meta.id,
    name: meta.slug,
    shortDescription: { text: truncate(meta.title, MAX_DESCRIPTION) },
    fullDescription: { text: truncate(meta.description, MAX_DESCRIPTION) },
    help: { text: ruleHelpText(meta), markdown: ruleHelpMarkdown(meta) },
    helpUri: ruleDocsUrl(meta.id),
    defaultConfiguration: { level: toSarifLevel(meta.severity) },
    properties: { tags, "security-severity": toSecuritySeverity(meta.severity), precision: "high" }
  };
}
function sarifFix(file, fix) {
  return {
    description: { text: fix.description },
    artifactChanges: [
      {
        artifactLocation: artifactLocation(file),
        replacements: fix.edits.map(({ region, replacement }) => ({
          deletedRegion: {
            startLine: region.startLine,
            startColumn: region.startColumn,
            endLine: region.endLine,
            endColumn: region.endColumn
          },
          ...replacement ? { insertedContent: { text: replacement } } : {}
        }))
      }
    ],
    properties: { safety: fix.safety }
  };
}
function sarifResult(finding, rules) {
  const rule = rules.get(finding.ruleId);
  const result = {
    ruleId: finding.ruleId,
    ...rule ? { ruleIndex: rule.index } : {},
    level: toSarifLevel(finding.severity),
    message: { text: finding.message },
    locations: [sarifLocation(finding.location)]
  };
  if (finding.relatedLocations?.length) {
    result.relatedLocations = finding.relatedLocations.map(
      (related, i) => sarifLocation(related, i + 1, related.message)
    );
  }
  if (finding.fixes?.length) result.fixes = finding.fixes.map((fix) => sarifFix(finding.location.file, fix));
  if (finding.fingerprint) result.partialFingerprints = { primaryLocationLineHash: finding.fingerprint };
  if (finding.suppression) {
    const { kind, justification } = finding.suppression;
    result.suppressions = [{ kind, ...justification ? { justification } : {}, status: "accepted" }];
  }
  if (rule && rule.meta.severity !== finding.severity) {
    result.properties = { "security-severity": toSecuritySeverity(finding.severity) };
  }
  if (finding.properties) result.properties = { ...finding.properties, ...result.properties };
  return result;
}
var WARNING_NOTES = /* @__PURE__ */ new Set(["expired-ignore", "unreadable", "internal-error", "budget"]);
function notification(note) {
  return {
    level: WARNING_NOTES.has(note.kind) ? "warning" : "note",
    message: { text: note.message },
    ...note.rule ? { associatedRule: { id: note.rule } } : {},
    ...note.file ? { locations: [{ physicalLocation: { artifactLocation: artifactLocation(note.file) } }] } : {},
    properties: { kind: note.kind }
  };
}
function withTrailingSlash(text) {
  return text.endsWith("/") ? text : `${text}/`;
}
function toSarif(result, options = {}) {
  const rules = new Map(result.rules.map((meta, index) => [meta.id, { meta, index }]));
  const invocation = {
    executionSuccessful: result.complete,
    ...result.startedAt ? { startTimeUtc: result.startedAt } : {},
    ...result.finishedAt ? { endTimeUtc: result.finishedAt } : {},
    ...options.srcRoot ? { workingDirectory: { uri: withTrailingSlash(options.srcRoot) } } : {},
    ...result.notes.length ? { toolExecutionNotifications: result.notes.map(notification) } : {}
  };
  const run = {
    tool: {
      driver: {
        name: PRODUCT_NAME,
        semanticVersion: PRODUCT_VERSION,
        informationUri: INFORMATION_URI,
        rules: result.rules.map(reportingDescriptor)
      }
    },
    ...options.category ? { automationDetails: { id: withTrailingSlash(options.category) } } : {},
    originalUriBaseIds: {
      [SRCROOT]: options.srcRoot ? { uri: withTrailingSlash(options.srcRoot) } : { description: { text: "The working directory of the scan." } }
    },
    invocations: [invocation],
    results: result.findings.map((finding) => sarifResult(finding, rules)),
    columnKind: "utf16CodeUnits"
  };
  return { $schema: SARIF_SCHEMA_URI, version: "2.1.0", runs: [run] };
}
function formatSarif(result, options = {}) {
  return `${JSON.stringify(toSarif(result, options), null, 2)}
`;
}

export {
  toSarif,
  formatSarif
};
