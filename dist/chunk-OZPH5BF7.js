#!/usr/bin/env node
import { createRequire as __bulkheadRequire } from 'node:module';
const require = __bulkheadRequire(import.meta.url);
import {
  repoApi
} from "./chunk-6W25RPNL.js";
import "./chunk-2UU5XWJP.js";
import {
  PRODUCT_NAME
} from "./chunk-2KH2CT37.js";
import "./chunk-FYCLPXZE.js";
import "./chunk-QLIY3PYG.js";

// src/github/dismiss-alerts.ts
var MAX_COMMENT = 280;
var PER_PAGE = 100;
var MAX_PAGES = 50;
function alertKey(ruleId, path, line) {
  return `${ruleId}\0${path}\0${line}`;
}
function comment(finding) {
  const reason = finding.suppression?.justification?.trim();
  const where = finding.suppression?.kind === "inSource" ? "in the source" : "in the Bulkhead config";
  const text = `Suppressed ${where}${reason ? `: ${reason}` : "."}`;
  return text.length > MAX_COMMENT ? `${text.slice(0, MAX_COMMENT - 1)}\u2026` : text;
}
async function openAlerts(options, ref) {
  const alerts = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const query = new URLSearchParams({
      tool_name: PRODUCT_NAME,
      ref,
      state: "open",
      per_page: String(PER_PAGE),
      page: String(page)
    });
    const result = await repoApi(options, "GET", `/code-scanning/alerts?${query}`);
    if (!result.ok) return `listing alerts failed (${result.status ?? "network"}): ${result.message}`;
    alerts.push(...result.body);
    if (result.body.length < PER_PAGE) break;
  }
  return alerts;
}
async function dismissSuppressedAlerts(options, ref, suppressed) {
  const outcome = { dismissed: 0, unmatched: 0, errors: [] };
  if (suppressed.length === 0) return outcome;
  const alerts = await openAlerts(options, ref);
  if (typeof alerts === "string") return { ...outcome, unmatched: suppressed.length, errors: [alerts] };
  const byKey = /* @__PURE__ */ new Map();
  for (const alert of alerts) {
    const location = alert.most_recent_instance?.location;
    if (alert.rule?.id && location?.path && location.start_line !== void 0) {
      byKey.set(alertKey(alert.rule.id, location.path, location.start_line), alert);
    }
  }
  for (const finding of suppressed) {
    const alert = byKey.get(
      alertKey(finding.ruleId, finding.location.file, finding.location.region.startLine)
    );
    if (!alert) {
      outcome.unmatched++;
      continue;
    }
    const result = await repoApi(options, "PATCH", `/code-scanning/alerts/${alert.number}`, {
      state: "dismissed",
      dismissed_reason: "won't fix",
      dismissed_comment: comment(finding)
    });
    if (result.ok) outcome.dismissed++;
    else outcome.errors.push(`alert ${alert.number}: ${result.status ?? "network"} ${result.message}`);
  }
  return outcome;
}
export {
  dismissSuppressedAlerts
};
