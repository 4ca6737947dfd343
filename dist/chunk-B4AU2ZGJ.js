#!/usr/bin/env node
import { createRequire as __bulkheadRequire } from 'node:module';
const require = __bulkheadRequire(import.meta.url);

// src/targets/sensitive-files.ts
var BY_NAME = {
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
};
var BY_EXTENSION = {
  key: "a private key",
  pfx: "a PKCS#12 certificate store with its private key",
  p12: "a PKCS#12 certificate store with its private key",
  kdbx: "a KeePass database",
  pem: "PEM key material"
};
var ENV_TEMPLATE = /^\.env\.(example|sample|template|dist|defaults?)$/i;
var PUBLIC_PEM = /(^|[._-])(ca|cacert|cert|certificate|chain|fullchain|bundle|pub|public|root)([._-]|\.pem$)/i;
function sensitiveFileKind(path) {
  const lower = path.toLowerCase();
  const base = lower.slice(lower.lastIndexOf("/") + 1);
  if (base.endsWith(".pub")) return void 0;
  if (lower.endsWith(".aws/credentials")) return "AWS credentials";
  if (lower.endsWith(".docker/config.json")) return "Docker registry credentials";
  if (lower.endsWith(".kube/config")) return "a kubeconfig";
  if (BY_NAME[base]) return BY_NAME[base];
  if (base.startsWith(".env.") && !ENV_TEMPLATE.test(base)) return "an environment file";
  const extension = base.includes(".") ? base.slice(base.lastIndexOf(".") + 1) : "";
  if (extension === "pem" && PUBLIC_PEM.test(base)) return void 0;
  return BY_EXTENSION[extension];
}

export {
  sensitiveFileKind
};
