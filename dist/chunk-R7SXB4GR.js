#!/usr/bin/env node
import { createRequire as __bulkheadRequire } from 'node:module';
const require = __bulkheadRequire(import.meta.url);

// src/targets/dockerfile/image-reference.ts
var DOCKER_HUB = "docker.io";
var DOCKER_HUB_ALIASES = /* @__PURE__ */ new Set(["docker.io", "index.docker.io", "registry-1.docker.io"]);
var HOST_LABEL = "(?:[a-z0-9]|[a-z0-9][a-z0-9-]*[a-z0-9])";
var HOST = new RegExp(`^(?:${HOST_LABEL}(?:\\.${HOST_LABEL})*|\\[[0-9a-f:.]+\\])(?::[0-9]+)?$`, "i");
var PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/i;
var TAG = /^\w[\w.-]{0,127}$/;
var DIGEST = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
function parseImageReference(raw) {
  if (raw === "" || /[\s$]/.test(raw)) return void 0;
  let rest = raw;
  let digest;
  const at = raw.indexOf("@");
  if (at !== -1) {
    digest = raw.slice(at + 1);
    rest = raw.slice(0, at);
    if (!DIGEST.test(digest)) return void 0;
  }
  const slash = rest.indexOf("/");
  const first = slash === -1 ? "" : rest.slice(0, slash);
  const registryWritten = slash !== -1 && (/[.:]/.test(first) || first === "localhost");
  if (registryWritten && !HOST.test(first)) return void 0;
  let path = registryWritten ? rest.slice(slash + 1) : rest;
  let tag;
  const colon = path.lastIndexOf(":");
  if (colon !== -1) {
    tag = path.slice(colon + 1);
    path = path.slice(0, colon);
    if (!TAG.test(tag)) return void 0;
  }
  if (!path.split("/").every((component) => PATH_COMPONENT.test(component))) return void 0;
  if (!registryWritten && !path.includes("/") && !/[a-z]/.test(path)) return void 0;
  const registry = !registryWritten || DOCKER_HUB_ALIASES.has(first.toLowerCase()) ? DOCKER_HUB : first;
  const repository = registry === DOCKER_HUB && !path.includes("/") ? `library/${path}` : path;
  const reference = {
    raw,
    registry,
    registryWritten,
    repository,
    name: `${registry}/${repository}`
  };
  if (tag !== void 0) reference.tag = tag;
  if (digest !== void 0) reference.digest = digest;
  return reference;
}

// src/core/append.ts
function append(target, items) {
  for (const item of items) target.push(item);
  return target;
}

// src/targets/json-syntax-message.ts
var EXCERPT = /, (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s;
function jsonSyntaxMessage(error) {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(EXCERPT, "");
}

// src/targets/sensitive-files.ts
var BY_NAME = new Map(
  Object.entries({
    id_rsa: "an SSH private key",
    id_dsa: "an SSH private key",
    id_ecdsa: "an SSH private key",
    id_ed25519: "an SSH private key",
    ".npmrc": "npm credentials",
    ".pypirc": "PyPI credentials",
    ".netrc": "netrc credentials",
    ".git-credentials": "git credentials",
    kubeconfig: "a kubeconfig",
    ".env": "an environment file"
  })
);
var BY_EXTENSION = new Map(
  Object.entries({
    key: "a private key",
    pfx: "a PKCS#12 certificate store with its private key",
    p12: "a PKCS#12 certificate store with its private key",
    kdbx: "a KeePass database",
    pem: "PEM key material"
  })
);
var SSH_KEY_COPY = /^id_(?:rsa|dsa|ecdsa|ed25519)[._-]/;
var ENV_TEMPLATE = /^\.env\.(example|sample|template|dist|defaults?)$/i;
var PUBLIC_PEM = /(^|[._-])(ca|cacert|cert|certificate|chain|fullchain|bundle|pub|public|root)([._-]|\.pem$)/i;
function sensitiveFileKind(path) {
  const lower = path.toLowerCase();
  const base = lower.slice(lower.lastIndexOf("/") + 1);
  if (base.endsWith(".pub")) return void 0;
  if (lower.endsWith(".aws/credentials")) return "AWS credentials";
  if (lower.endsWith(".docker/config.json")) return "Docker registry credentials";
  if (lower.endsWith(".kube/config")) return "a kubeconfig";
  const byName = BY_NAME.get(base);
  if (byName) return byName;
  if (SSH_KEY_COPY.test(base)) return "an SSH private key";
  if (base.startsWith(".env.") && !ENV_TEMPLATE.test(base)) return "an environment file";
  const extension = base.includes(".") ? base.slice(base.lastIndexOf(".") + 1) : "";
  if (extension === "pem" && PUBLIC_PEM.test(base)) return void 0;
  return BY_EXTENSION.get(extension);
}

export {
  parseImageReference,
  append,
  sensitiveFileKind,
  jsonSyntaxMessage
};
