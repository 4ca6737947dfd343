#!/usr/bin/env node
import { createRequire as __bulkheadRequire } from 'node:module';
const require = __bulkheadRequire(import.meta.url);
import {
  redactSecret
} from "./chunk-YTMMGOMI.js";

// src/targets/compose/interpolate-defaults.ts
var MAX_DEPTH = 8;
var NAME = /^[_a-zA-Z][_a-zA-Z0-9]*/;
var BRACED = /^([_a-zA-Z][_a-zA-Z0-9]*)(?:(:?[-?+])([\s\S]*))?$/;
function interpolateDefaults(text, depth = 0) {
  if (!text.includes("$")) return { value: text, unknown: false };
  const parts = [];
  let unknown = false;
  let copied = 0;
  for (let i = text.indexOf("$"); i >= 0 && i < text.length; i = text.indexOf("$", i)) {
    parts.push(text.slice(copied, i));
    const next = text[i + 1];
    let end;
    if (next === "$") {
      parts.push("$");
      end = i + 2;
    } else if (next === "{") {
      const close = closingBrace(text, i + 1);
      if (close < 0) {
        parts.push(text.slice(i));
        copied = text.length;
        break;
      }
      const braced = BRACED.exec(text.slice(i + 2, close));
      const [, name, operator, argument] = braced ?? [];
      if ((operator === ":-" || operator === "-") && depth < MAX_DEPTH) {
        const inner = interpolateDefaults(argument ?? "", depth + 1);
        parts.push(inner.value);
        unknown ||= inner.unknown;
      } else {
        parts.push(name ? `\${${name}}` : text.slice(i, close + 1));
        unknown = true;
      }
      end = close + 1;
    } else {
      const name = NAME.exec(text.slice(i + 1, i + 257))?.[0];
      parts.push(text.slice(i, i + 1 + (name?.length ?? 0)));
      unknown ||= name !== void 0;
      end = i + 1 + (name?.length ?? 0);
    }
    copied = end;
    i = end;
  }
  parts.push(text.slice(copied));
  return { value: parts.join(""), unknown };
}
function isUnknownVariable(value) {
  return /^\$(\{[_a-zA-Z][_a-zA-Z0-9]*\}|[_a-zA-Z][_a-zA-Z0-9]*)$/.test(value);
}
function closingBrace(text, open) {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i;
  }
  return -1;
}

// src/targets/compose/service-fields.ts
function hostMounts(service) {
  return (service.node.get("volumes")?.items() ?? []).flatMap((item) => {
    if (item.kind === "map") {
      const type = item.get("type")?.text;
      const written = item.get("source")?.text;
      const source2 = written === void 0 ? void 0 : interpolateDefaults(written).value;
      if (type !== "bind" && type !== "npipe" || !source2 || isUnknownVariable(source2)) return [];
      return [
        {
          source: source2,
          target: item.get("target")?.text,
          readOnly: item.get("read_only")?.isTrue === true,
          region: item.region
        }
      ];
    }
    const short = item.text;
    if (!short) return [];
    const { source, target, mode } = splitShortVolume(interpolateDefaults(short).value);
    if (target === void 0 || !isHostPath(source) || isUnknownVariable(source)) return [];
    return [{ source, target, readOnly: /(^|,)ro(,|$)/.test(mode ?? ""), region: item.region }];
  });
}
function splitShortVolume(spec) {
  const parts = [];
  let rest = spec;
  while (rest.length) {
    const drive = /^[A-Za-z]:[\\/]/.test(rest) ? 2 : 0;
    const colon = rest.indexOf(":", drive);
    if (colon < 0) {
      parts.push(rest);
      break;
    }
    parts.push(rest.slice(0, colon));
    rest = rest.slice(colon + 1);
  }
  return { source: parts[0] ?? "", target: parts[1], mode: parts[2] };
}
function isHostPath(source) {
  return /^([./~]|[A-Za-z]:[\\/]|\\\\)/.test(source) || source.startsWith("$");
}
function environmentOf(service) {
  const environment = service.node.get("environment");
  if (!environment) return [];
  if (environment.kind === "map") {
    return environment.entries().map(([name, node]) => ({ name, value: node.text, region: node.reportRegion, node }));
  }
  return environment.items().flatMap((item) => {
    const text = item.text;
    if (!text) return [];
    const at = text.indexOf("=");
    return [
      {
        name: at < 0 ? text : text.slice(0, at),
        value: at < 0 ? void 0 : text.slice(at + 1),
        region: item.region,
        node: item
      }
    ];
  });
}
function serviceText(service, field) {
  const node = service.node.get(field);
  const value = node?.text;
  return node && value !== void 0 ? { value: interpolateDefaults(value).value, node } : void 0;
}
function serviceList(service, field) {
  return (service.node.get(field)?.items() ?? []).flatMap(
    (node) => node.text !== void 0 ? [{ value: interpolateDefaults(node.text).value, node }] : []
  );
}

// src/targets/registry-config/registry-hosts.ts
function registryHostOf(value) {
  const withoutScheme = value.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, "");
  const authority = withoutScheme.split(/[/?#]/, 1)[0] ?? "";
  return authority.slice(authority.lastIndexOf("@") + 1);
}
function isPlainHttpUrl(value) {
  return /^http:\/\//i.test(value.trim());
}
function redactUserinfo(value) {
  return value.replace(USERINFO, (whole, before, user, password) => {
    if (whole.includes("\u2026")) return whole;
    return password === void 0 ? `${before}${redactSecret(user)}@` : `${before}${user}:${redactSecret(password)}@`;
  });
}
var USERINFO = /(^|["'\s]|:\/\/)([^\s"'/@:?#]*)(?::([^\s"'/]*))?@/g;

// src/targets/registry-config/loopback-host.ts
function isLoopbackHost(value) {
  const host = hostOf(value);
  if (host === void 0) return false;
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  const cidr = /^(.*)\/(\d{1,3})$/.exec(host);
  if (cidr) return isLoopbackCidr(cidr[1], Number(cidr[2]));
  return isLoopbackIp(host);
}
function hostOf(value) {
  let rest = value.trim().toLowerCase().replace(/^[a-z][a-z0-9+.-]*:\/\//, "");
  if (/^\d[\d.]*\/\d+$/.test(rest) || /^[0-9a-f:]+\/\d+$/.test(rest)) return rest;
  rest = rest.replace(/[/?#].*$/s, "").replace(/^.*@/s, "");
  const bracketed = /^\[([^\]]*)\](?::\d*)?$/.exec(rest);
  if (bracketed) return bracketed[1];
  if (/^[0-9a-f:]+$/.test(rest) && rest.split(":").length > 2) return rest;
  const host = rest.replace(/:\d*$/, "");
  return host || void 0;
}
function isLoopbackIp(host) {
  if (/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)) return true;
  return isIpv6Loopback(host);
}
function isLoopbackCidr(base, bits) {
  if (/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(base)) return bits >= 8 && bits <= 32;
  return isIpv6Loopback(base) && bits === 128;
}
function isIpv6Loopback(host) {
  if (!/^[0-9a-f:]+$/.test(host) || !host.includes(":")) return false;
  const halves = host.split("::");
  if (halves.length > 2) return false;
  const groups = (part) => part ? part.split(":") : [];
  const head = groups(halves[0]);
  const tail = groups(halves[1]);
  const missing = halves.length === 2 ? 8 - head.length - tail.length : 0;
  if (missing < 0 || halves.length === 1 && head.length !== 8) return false;
  const all = [...head, ...Array(missing).fill("0"), ...tail];
  if (all.length !== 8 || all.some((g) => g.length === 0 || g.length > 4)) return false;
  return all.every((g, i) => parseInt(g, 16) === (i === 7 ? 1 : 0));
}

export {
  hostMounts,
  environmentOf,
  serviceText,
  serviceList,
  registryHostOf,
  isPlainHttpUrl,
  redactUserinfo,
  isLoopbackHost
};
