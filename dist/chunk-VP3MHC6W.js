#!/usr/bin/env node
import { createRequire as __bulkheadRequire } from 'node:module';
const require = __bulkheadRequire(import.meta.url);
import {
  environmentOf,
  hostMounts,
  isLoopbackHost,
  redactUserinfo,
  serviceList,
  serviceText
} from "./chunk-3V6Y6YS4.js";
import {
  grants_admin_rights_default,
  image_from_insecure_registry_default,
  image_from_untrusted_registry_default,
  image_runs_as_root_default,
  image_tag_mutable_default,
  knownSecretIdType,
  parse_error_default,
  plaintext_download_default,
  private_key_material_default,
  secretValues,
  secret_build_arg_default,
  secret_file_in_image_default,
  secret_in_build_command_default,
  secret_in_env_or_arg_default,
  sudo_in_build_default,
  tls_verification_disabled_default,
  unverified_packages_default,
  windows_base_eol_default,
  windows_image_runs_as_admin_default
} from "./chunk-ZTEDUL7Q.js";
import {
  AKS_OS_SKU_LABEL,
  WINDOWS_BUILD_LABEL,
  classifyValue,
  defineRule,
  findKnownCredentials,
  findPrivateKeys,
  isNamedSecret,
  isSecretLikeName,
  isSecretLikeUrlName,
  isWindowsAdmin,
  lineRegion,
  looksRandom,
  nameWords,
  redactSecret,
  runsWithProcessIsolation,
  valueEmbedsCredentials,
  windowsReleaseOfBuild,
  windowsReleaseOfImage,
  windowsReleaseOfNodeLabel,
  windowsReleaseOfVersion
} from "./chunk-YTMMGOMI.js";

// src/targets/kubernetes/env-vars.ts
function containerEnv(container) {
  return (container.node.get("env")?.items() ?? []).flatMap((item) => {
    const name = item.get("name");
    if (item.kind !== "map" || name?.text === void 0) return [];
    const value = item.get("value");
    const region = name.reportRegion;
    return [
      { name: name.text, value: value?.kind === "scalar" ? value.text : void 0, region, node: item }
    ];
  });
}
function findEnvSecrets(variables) {
  let text = "";
  const spans = variables.map((variable) => {
    const value = variable.value ?? "";
    const start = text.length + variable.name.length + 1;
    text += `${variable.name}=${value}
`;
    return { variable, value, start, end: start + value.length };
  });
  const matches2 = findKnownCredentials(text);
  return spans.flatMap(({ variable, value, start, end }) => {
    if (variable.value === void 0 || findPrivateKeys(value).length > 0) return [];
    const own = matches2.filter((match) => match.start >= start && match.end <= end);
    if (own.length > 0) {
      return own.map((match) => ({
        variable,
        kind: "knownFormat",
        type: match.type,
        shown: redactSecret(match.value)
      }));
    }
    const idType = knownSecretIdType(value);
    if (idType) return [{ variable, kind: "knownFormat", type: idType, shown: redactSecret(value) }];
    const named = isNamedSecret(variable.name, value) && !echoesName(variable.name, value) || isSecretLikeUrlName(variable.name) && valueEmbedsCredentials(value);
    return named ? [{ variable, kind: "namedSecret", shown: redactSecret(value) }] : [];
  });
}
function echoesName(name, value) {
  const text = value.trim();
  return /^[A-Z][A-Z0-9_]*$/.test(text) && text.includes(name.toUpperCase());
}

// src/targets/yaml/yaml-edits.ts
var memo;
function linesOf(text) {
  if (memo?.text !== text) memo = { text, lines: text.split(/\r\n|\r|\n/) };
  return memo.lines;
}
function eolOf(text) {
  return text.includes("\r\n") ? "\r\n" : "\n";
}
function point(line, column) {
  return { startLine: line, startColumn: column, endLine: line, endColumn: column };
}
function block(lines, indent, eol) {
  return lines.map((line) => eol + " ".repeat(indent) + line).join("");
}
function lastContentLine(node, lines) {
  const { endLine, endColumn, startLine } = node.region;
  const before = (lines[endLine - 1] ?? "").slice(0, endColumn - 1);
  return before.trim() === "" && endLine > startLine ? endLine - 1 : endLine;
}
function replaceScalar(node, text) {
  if (!node.editable || node.kind !== "scalar") return void 0;
  return { region: node.region, replacement: text };
}
function insertEntries(map, lines) {
  if (!map.editable) return void 0;
  const text = map.sourceText;
  const source = linesOf(text);
  const eol = eolOf(text);
  const entries = map.entries();
  const last = entries[entries.length - 1];
  if (map.kind === "map" && !map.isFlow && last) {
    const first = entries[0]?.[1].keyRegion;
    if (!first || !last[1].keyRegion) return void 0;
    const line = lastContentLine(last[1], source);
    const end = (source[line - 1] ?? "").length + 1;
    return { region: point(line, end), replacement: block(lines, first.startColumn - 1, eol) };
  }
  const key = map.keyRegion;
  if (!key) return void 0;
  const indent = firstNonSpace(source[key.startLine - 1] ?? "") + 2;
  if (map.kind === "map" && map.isFlow && entries.length === 0)
    return { region: map.region, replacement: block(lines, indent, eol).trimEnd() };
  if (map.kind !== "null" || map.region.startLine !== key.startLine) return void 0;
  const keyLine = source[key.startLine - 1] ?? "";
  const rest = keyLine.slice(key.endColumn - 1).replace(/^\s*:/, "");
  if (rest.trim() !== "" && !rest.trim().startsWith("#")) return void 0;
  return { region: point(key.startLine, keyLine.length + 1), replacement: block(lines, indent, eol) };
}
function firstNonSpace(line) {
  const match = /^[ -]*/.exec(line);
  return match ? match[0].length : 0;
}
function setEntry(map, path, value) {
  const edits = setEntries(map, path.slice(0, -1), [[path[path.length - 1] ?? "", value]]);
  return edits?.[0];
}
function setEntries(map, path, entries) {
  let current = map;
  for (const [index, key] of path.entries()) {
    const next = current.get(key);
    if (!next) return one(insertEntries(current, nestedLines(path.slice(index), entries)));
    if (next.kind === "scalar") return void 0;
    current = next;
  }
  const edits = [];
  const missing = [];
  for (const entry of entries) {
    const node = current.kind === "map" ? current.get(entry[0]) : void 0;
    if (!node) missing.push(entry);
    else if (node.kind === "scalar") edits.push(...one(replaceScalar(node, entry[1])));
    else return void 0;
  }
  if (missing.length) edits.push(...one(insertEntries(current, nestedLines([], missing))));
  return edits.length === entries.length - missing.length + (missing.length ? 1 : 0) ? edits : void 0;
}
function one(edit) {
  return edit ? [edit] : [];
}
function nestedLines(path, entries) {
  const indent = "  ".repeat(path.length);
  return [
    ...path.map((key, i) => `${"  ".repeat(i)}${key}:`),
    ...entries.map(([k, v]) => `${indent}${k}: ${v}`)
  ];
}
function removeEntry(map, key) {
  const value = map.get(key);
  const keyRegion = value?.keyRegion;
  if (!value || !keyRegion || !map.editable || map.isFlow) return void 0;
  const source = linesOf(map.sourceText);
  const keyLine = source[keyRegion.startLine - 1] ?? "";
  if (keyLine.slice(0, keyRegion.startColumn - 1).trim() !== "") return void 0;
  const last = value.kind === "null" ? keyRegion.startLine : lastContentLine(value, source);
  return {
    region: { startLine: keyRegion.startLine, startColumn: 1, endLine: last + 1, endColumn: 1 },
    replacement: ""
  };
}

// src/targets/kubernetes/env-secret-fixes.ts
var PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
function composeSecretFix(variable) {
  const { node, name } = variable;
  if (!node || !PLAIN_NAME.test(name)) return void 0;
  const list = node.text?.startsWith(`${name}=`) === true;
  const edit = replaceScalar(node, list ? `${name}=\${${name}}` : `\${${name}}`);
  return edit ? {
    description: `Read '${name}' from the environment ('\${${name}}'); put its value in an untracked .env file beside the compose file.`,
    safety: "review",
    edits: [edit]
  } : void 0;
}
function kubernetesSecretFix(variable, container) {
  const { node, name } = variable;
  const value = node?.get("value");
  const key = value?.keyRegion;
  if (!node || !value || !key || !node.editable || value.kind !== "scalar") return void 0;
  if (value.region.endLine !== key.startLine || !PLAIN_NAME.test(name.replace(/[.-]/g, "_")))
    return void 0;
  const secret = `${container}-secrets`.toLowerCase().replace(/[^a-z0-9.-]/g, "-");
  const eol = node.sourceText.includes("\r\n") ? "\r\n" : "\n";
  const pad = " ".repeat(key.startColumn - 1);
  const lines = ["valueFrom:", "  secretKeyRef:", `    name: ${secret}`, `    key: ${name}`];
  return {
    description: `Read '${name}' from the Secret '${secret}' (create it outside the repository, e.g. kubectl create secret generic ${secret} --from-literal=${name}=\u2026).`,
    safety: "review",
    edits: [
      {
        region: { ...key, endLine: value.region.endLine, endColumn: value.region.endColumn },
        replacement: lines.join(eol + pad)
      }
    ]
  };
}

// src/targets/kubernetes/security-context-fixes.ts
function fixOf(description, safety, edits) {
  const built = edits.filter((e) => e !== void 0);
  return built.length === edits.length && built.length > 0 ? { description, safety, edits: built } : void 0;
}
function fixes(fix) {
  return fix ? { fixes: [fix] } : {};
}
function containerSettingFix(container, path, value, safety) {
  const description = `Set 'securityContext.${path.join(".")}: ${value}' on container '${container.name}'.`;
  return fixOf(description, safety, [setEntry(container.node, ["securityContext", ...path], value)]);
}
function podSettingFix(workload, path, value, safety) {
  const description = `Set the pod's 'securityContext.${path.join(".")}: ${value}'.`;
  return fixOf(description, safety, [setEntry(workload.spec, ["securityContext", ...path], value)]);
}
function replaceSettingFix(node, value, safety, what) {
  return fixOf(`Set ${what} to '${value}'.`, safety, [replaceScalar(node, value)]);
}
function removeFieldFix(map, field, why) {
  return map ? fixOf(`Remove '${field}': ${why}`, "safe", [removeEntry(map, field)]) : void 0;
}
function windowsUserFix(workload, override) {
  const edits = [
    setEntry(workload.spec, ["securityContext", "windowsOptions", "runAsUserName"], "ContainerUser")
  ];
  if (override) edits.push(removeOverride(override));
  const dropped = override ? ` and drop container '${override.name}''s own admin user` : "";
  return fixOf(`Run the pod as 'ContainerUser'${dropped}.`, "review", edits);
}
function holderOf(node, field, candidates) {
  const at = node.reportRegion;
  return candidates.find((map) => {
    const own = map?.get(field)?.reportRegion;
    return own?.startLine === at.startLine && own.startColumn === at.startColumn;
  });
}
var APP_UID = "10001";
function nonRootFix(container, imageRunsAsRoot) {
  const entries = [["runAsNonRoot", "true"]];
  if (imageRunsAsRoot) entries.push(["runAsUser", APP_UID]);
  const what = imageRunsAsRoot ? `'runAsNonRoot: true' and 'runAsUser: ${APP_UID}'` : "'runAsNonRoot: true'";
  const edits = setEntries(container.node, ["securityContext"], entries);
  return fixOf(
    `Set ${what} on container '${container.name}'.`,
    "review",
    edits?.length ? edits : [void 0]
  );
}
function unprivilegedUidFix(node) {
  return replaceSettingFix(node, APP_UID, "review", "'runAsUser'");
}
function singleQuotedFix(node, intended) {
  if (/[\r\n]/.test(intended)) return void 0;
  const quoted2 = `'${intended.replace(/'/g, "''")}'`;
  return fixOf(`Write the user name single-quoted: ${quoted2}.`, "safe", [replaceScalar(node, quoted2)]);
}
function removeOverride(container) {
  const context = container.securityContext;
  const options = context?.get("windowsOptions");
  if (!context || !options) return void 0;
  if (options.entries().length > 1) return removeEntry(options, "runAsUserName");
  if (context.entries().length > 1) return removeEntry(context, "windowsOptions");
  return removeEntry(container.node, "securityContext");
}

// src/rules/workload/secret-in-workload-env.ts
var secret_in_workload_env_default = defineRule({
  meta: {
    id: "BH205",
    slug: "secret-in-workload-env",
    title: "Secret in workload environment",
    description: "A Kubernetes container `env` entry or a Compose `environment` variable holds a credential: a secret-like name (password, token, API key, connection string\u2026) with a literal value, or a known credential format (GitHub, GitLab, Slack, npm, AWS, Azure, JWT, a password in a URL) under any name. A name that only says `auth` or `credentials` needs a credential-shaped value (`REGISTRY_AUTH=htpasswd` is a setting), and a connection string counts only with a password or key in it (`redis:6379,ssl=False` holds none). The value is in the repository for good, and anyone who can read the workload object (`kubectl get -o yaml`, `docker inspect`) can read it too.",
    severity: "high",
    remediation: "Remove the value and rotate the credential. In Kubernetes, read it from a Secret with `valueFrom.secretKeyRef` (or `envFrom.secretRef`, or a mounted Secret volume) managed outside the repository (Sealed Secrets, External Secrets, a CSI secret store); in Compose, use `secrets:` or interpolate `${VAR}` from an untracked `.env` file.",
    references: [
      "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables",
      "https://kubernetes.io/docs/concepts/security/secrets-good-practices/",
      "https://docs.docker.com/compose/how-tos/use-secrets/"
    ],
    tags: ["CWE-798", "CWE-522"],
    messages: {
      namedSecret: "{owner} '{name}' sets '{variable}' to a literal secret ('{value}').",
      knownFormat: "{owner} '{name}' sets '{variable}' to a credential ({type}: '{value}')."
    },
    whenToIgnore: "Throw-away credentials of a local development stack that never leave the machine (a database that only listens on localhost); prefer an untracked `.env` file even then."
  },
  checks: {
    kubernetes({ document, report }) {
      for (const workload of document.workloads) {
        for (const container of workload.containers) {
          reportSecrets(
            containerEnv(container),
            "Container",
            container.name,
            report,
            (v) => kubernetesSecretFix(v, container.name)
          );
        }
      }
    },
    compose({ document, report }) {
      for (const service of document.services) {
        reportSecrets(environmentOf(service), "Service", service.name, report, composeSecretFix);
      }
    }
  }
});
function reportSecrets(variables, owner, name, report, fixFor) {
  for (const secret of findEnvSecrets(variables)) {
    report({
      messageId: secret.kind,
      data: { owner, name, variable: secret.variable.name, value: secret.shown, type: secret.type ?? "" },
      region: secret.variable.region,
      ...fixes(fixFor(secret.variable))
    });
  }
}

// src/targets/kubernetes/secret-objects.ts
function secretObjects(document) {
  return document.objects.filter(
    (object) => object.kind === "Secret" && object.apiVersion === "v1" && !object.root.get("sops")
  );
}
var ENCRYPTED_VALUE = /^\s*(ENC\[[A-Z0-9_]+,data:|\$ANSIBLE_VAULT;)/;
function secretEntries(secret) {
  return ["data", "stringData"].flatMap(
    (field) => (secret.root.get(field)?.entries() ?? []).flatMap(([key, node]) => {
      const text = node.kind === "scalar" ? node.text : void 0;
      if (text === void 0) return [];
      const region = node.reportRegion;
      if (field === "stringData") return [{ key, field, value: text, binary: false, region }];
      const decoded = decodeBase64(text);
      if (decoded === void 0) return [];
      return [{ key, field, ...decoded, region }];
    })
  );
}
var NON_SECRET_KEY_WORDS = new Set(
  "user username login host hostname server port database db dbname namespace email description expiration groups crt cert certificate ca pub file path dir url uri endpoint name id header length min max enabled type policy region version".split(" ")
);
function judgeSecretEntry(entry) {
  const { key, value } = entry;
  if (ENCRYPTED_VALUE.test(value)) return void 0;
  if (key === ".dockerconfigjson" || key === ".dockercfg") {
    const credentials = dockerConfigCredentials(key, value);
    if (credentials) {
      const first = credentials[0];
      return first ? {
        kind: "registry",
        registries: credentials.map((c) => c.registry),
        shown: redactSecret(first.secret)
      } : void 0;
    }
  }
  const privateKey = entry.binary ? void 0 : findPrivateKeys(value)[0];
  if (privateKey) {
    return entry.field === "data" ? { kind: "knownFormat", type: privateKey.type, shown: redactSecret(value) } : void 0;
  }
  const known = entry.binary ? void 0 : findKnownCredentials(value)[0];
  if (known) return { kind: "knownFormat", type: known.type, shown: redactSecret(known.value) };
  const idType = knownSecretIdType(value);
  if (idType) return { kind: "knownFormat", type: idType, shown: redactSecret(value) };
  if (isNonSecretKey(key)) {
    return !entry.binary && valueEmbedsCredentials(value) ? literal(value) : void 0;
  }
  if (entry.binary) return literal(value);
  if (isPublicMaterial(value)) return void 0;
  if (value.trim().includes("\n"))
    return embeddedSecret(value) ?? (looksRandom(value.replace(/\s+/g, "")) ? literal(value) : void 0);
  if (!classifyValue(value).literal) return void 0;
  return isSecretKey(key) || looksRandom(value) ? literal(value) : void 0;
}
function isNonSecretKey(key) {
  const words = nameWords(key);
  if (["in", "out"].includes(words.at(-1) ?? "") && words.length > 1) words.pop();
  const last = words.at(-1) ?? "";
  return NON_SECRET_KEY_WORDS.has(last) || words.length === 1 && COMPOUND_ENDING.test(last);
}
function isSecretKey(key) {
  const words = nameWords(key);
  const last = words.at(-1) ?? "";
  return isSecretLikeName(key) || SECRET_KEY_WORDS.has(last) || words.length === 1 && /.(key|pass|password|passwd|secret|token)$/.test(last);
}
var SECRET_KEY_WORDS = /* @__PURE__ */ new Set(["key", "keys", "pass", "pw", "passphrase", "pin", "cookie", "keytab"]);
var COMPOUND_ENDING = /.(name|user|username|host|hostname|url|uri|endpoint|email|namespace|region)$/;
function literal(value) {
  return { kind: "literal", shown: redactSecret(value) };
}
var SETTING = /^\s*(?:export\s+)?["']?([A-Za-z_][\w.-]*)["']?\s*[:=]\s*["']?([^"'\s#]+)["']?\s*(?:,\s*)?$/;
function embeddedSecret(text) {
  const settings = jsonSettings(parseJson(text)) ?? text.split(/\r?\n/).map((line) => SETTING.exec(line)?.slice(1) ?? []);
  for (const [name = "", value = ""] of settings) {
    if (name && isNamedSecret(name, value)) {
      return { kind: "embedded", variable: name, shown: redactSecret(value) };
    }
  }
  return void 0;
}
function jsonSettings(value) {
  if (!isRecord(value)) return void 0;
  return Object.entries(value).flatMap(
    ([name, inner]) => typeof inner === "string" ? [[name, inner]] : jsonSettings(inner) ?? []
  );
}
function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}
var PUBLIC_PEM = /-----BEGIN (?:CERTIFICATE|TRUSTED CERTIFICATE|X509 CRL|PUBLIC KEY|RSA PUBLIC KEY|PGP PUBLIC KEY BLOCK)-----[\s\S]*?-----END [A-Z0-9 ]+-----/g;
var SSH_PUBLIC_KEY = /(^|\s)(ssh-(rsa|dss|ed25519)|ecdsa-sha2-\S+|sk-\S+@openssh\.com)\s+AAAA[A-Za-z0-9+/=]+/;
function isPublicMaterial(value) {
  const withoutPem = value.replace(PUBLIC_PEM, "");
  if (withoutPem !== value && withoutPem.trim() === "") return true;
  const lines = value.split(/\r?\n/).filter((line) => line.trim() !== "" && !line.trim().startsWith("#"));
  return lines.length > 0 && lines.every((line) => SSH_PUBLIC_KEY.test(line));
}
function decodeBase64(text) {
  const compact = text.replace(/[\r\n]/g, "");
  if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) return void 0;
  const bytes = Buffer.from(compact, "base64");
  try {
    const value = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    if (!/[\u0000-\u0008\u000e-\u001f]/.test(value)) return { value, binary: false };
  } catch {
  }
  return { value: compact, binary: true };
}
function dockerConfigCredentials(key, value) {
  const parsed = parseJson(value);
  const auths = key === ".dockerconfigjson" ? property(parsed, "auths") : parsed;
  if (!isRecord(auths)) return isRecord(parsed) ? [] : void 0;
  return Object.entries(auths).flatMap(([registry, entry]) => {
    const secret = registrySecret(entry);
    return secret === void 0 ? [] : [{ registry, secret }];
  });
}
function registrySecret(entry) {
  for (const field of ["auth", "password", "identitytoken", "registrytoken"]) {
    const raw = property(entry, field);
    if (typeof raw !== "string") continue;
    const secret = field === "auth" ? authPassword(raw) : raw;
    if (classifyValue(secret).literal) return raw;
  }
  return void 0;
}
function authPassword(auth) {
  const decoded = decodeBase64(auth);
  if (!decoded || decoded.binary) return auth;
  const colon = decoded.value.indexOf(":");
  return colon < 0 ? decoded.value : decoded.value.slice(colon + 1);
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function property(value, name) {
  return isRecord(value) ? value[name] : void 0;
}

// src/rules/workload/secret-object-committed.ts
var secret_object_committed_default = defineRule({
  meta: {
    id: "BH206",
    slug: "secret-object-committed",
    title: "Kubernetes Secret committed with values",
    description: "A `Secret` manifest in the repository holds real values in `data` or `stringData`. Base64 in `data` is an encoding, not encryption: anyone who can read the repository (and its history, forever) can read the secret. Registry credentials in a `kubernetes.io/dockerconfigjson` Secret are reported here.",
    severity: "high",
    remediation: "Remove the values from the repository and rotate them. Commit an encrypted form instead (Sealed Secrets, SOPS) or a reference that is resolved in the cluster (External Secrets Operator, the Secrets Store CSI driver), or create the Secret at deploy time from your CI secret store (`kubectl create secret \u2026 --from-literal`).",
    references: [
      "https://kubernetes.io/docs/concepts/configuration/secret/",
      "https://kubernetes.io/docs/concepts/security/secrets-good-practices/",
      "https://github.com/bitnami-labs/sealed-secrets",
      "https://external-secrets.io/"
    ],
    tags: ["CWE-798", "CWE-312"],
    messages: {
      literal: "Secret '{secret}' key '{key}' holds a literal value ('{value}').",
      knownFormat: "Secret '{secret}' key '{key}' holds a credential ({type}: '{value}').",
      embedded: "Secret '{secret}' key '{key}' sets '{variable}' to a literal secret ('{value}').",
      registry: "Secret '{secret}' key '{key}' holds registry credentials for {registries} ('{value}')."
    },
    whenToIgnore: "Secrets of a throw-away local or CI test cluster whose values protect nothing (say so in `bulkhead.io/ignore-reason`)."
  },
  checks: {
    kubernetes({ document, report }) {
      for (const secret of secretObjects(document)) {
        for (const entry of secretEntries(secret)) {
          const verdict = judgeSecretEntry(entry);
          if (!verdict) continue;
          const data = { secret: secret.name ?? "", key: entry.key, value: verdict.shown };
          const region = entry.region;
          if (verdict.kind === "literal") report({ messageId: "literal", data, region });
          else if (verdict.kind === "knownFormat")
            report({ messageId: "knownFormat", data: { ...data, type: verdict.type }, region });
          else if (verdict.kind === "embedded")
            report({ messageId: "embedded", data: { ...data, variable: verdict.variable }, region });
          else {
            const registries = verdict.registries.map((registry) => `'${registry}'`).join(", ");
            report({ messageId: "registry", data: { ...data, registries }, region });
          }
        }
      }
    }
  }
});

// src/rules/registry/registry-credentials-in-config.ts
var registry_credentials_in_config_default = defineRule({
  meta: {
    id: "BH208",
    slug: "registry-credentials-in-config",
    title: "Registry credentials inline in config",
    description: 'A registry login is stored in the configuration file itself: Docker `config.json` `auths.<registry>.auth` (base64 of `user:password`, an encoding, not encryption) or `identitytoken`, containerd `registry.configs."<host>".auth` `password`/`auth`/`identitytoken`. Anyone who can read the repository can pull from (and often push to) the registry, and the credential stays in the history for good.',
    severity: "high",
    remediation: 'Remove the credential from the file and rotate it. Docker: run `docker login` with a credential store (`"credsStore": "desktop"`, `pass`, `secretservice`, `wincred`, `osxkeychain`) or per-registry `credHelpers` (`ecr-login`, `gcloud`, `acr-env`), so `config.json` only names the helper. containerd and Kubernetes nodes: use `imagePullSecrets` created at deploy time or a kubelet credential provider. CI: log in at run time from the CI secret store (`docker/login-action`, `docker login --password-stdin`).',
    references: [
      "https://docs.docker.com/reference/cli/docker/login/#credential-stores",
      "https://github.com/containerd/containerd/blob/main/docs/cri/registry.md",
      "https://kubernetes.io/docs/tasks/administer-cluster/kubelet-credential-provider/"
    ],
    tags: ["CWE-522", "CWE-798", "registry"],
    messages: {
      inline: "Key '{key}' holds inline credentials for registry '{registry}' ('{value}')."
    },
    whenToIgnore: "A throw-away registry of a local test setup whose credentials protect nothing (suppress with a reason)."
  },
  checks: {
    "registry-config"({ document, report }) {
      for (const credential of document.credentials) {
        if (!isLiteralCredential(credential)) continue;
        const { key, registry, region } = credential;
        report({
          messageId: "inline",
          data: { key, registry, value: redactSecret(credential.value) },
          region
        });
      }
    }
  }
});
function isLiteralCredential({ key, value }) {
  if (key.toLowerCase() !== "auth" || !/^[A-Za-z0-9+/]+={0,2}$/.test(value))
    return classifyValue(value).literal;
  const decoded = Buffer.from(value, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  return colon < 0 ? classifyValue(value).literal : classifyValue(decoded.slice(colon + 1)).literal;
}

// src/secrets/config-text-settings.ts
var SETTING2 = /^(\s*)(?:-\s+)?(?:export\s+)?(["']?)([A-Za-z_][\w.[\]-]*)\2\s*(?::(?=\s|$|["'])|=)(.*)$/;
var COMMENT = /^\s*(?:#|;|\/\/|!)/;
var CONNECTION_STRINGS = /^connectionstrings$/i;
var MAX_LINE_LENGTH = 4096;
var MAX_JSON_DEPTH = 32;
function configTextSettings(lines) {
  return jsonSettings2(lines) ?? lineSettings(lines);
}
function lineSettings(lines) {
  const settings = [];
  const sections = [];
  lines.forEach((text, line) => {
    if (text.length > MAX_LINE_LENGTH || COMMENT.test(text)) return;
    const match = SETTING2.exec(text);
    if (!match) return;
    const indent = (match[1] ?? "").length;
    while ((sections.at(-1)?.indent ?? -1) >= indent) sections.pop();
    const key = match[3] ?? "";
    const raw = (match[4] ?? "").trim().replace(/,$/, "").trimEnd();
    if (raw === "") {
      sections.push({ indent, name: key });
      return;
    }
    const value = unquote(raw);
    if (value === void 0) return;
    const inConnectionStrings = sections.some((section) => CONNECTION_STRINGS.test(section.name));
    settings.push({ name: inConnectionStrings ? `ConnectionStrings.${key}` : key, value, line });
  });
  return settings;
}
function unquote(raw) {
  const quote = raw[0];
  if (quote === '"' || quote === "'") {
    const end = raw.indexOf(quote, 1);
    return end < 0 ? raw.slice(1) : raw.slice(1, end);
  }
  if (/^[{[|>]/.test(raw)) return void 0;
  return raw.replace(/\s+#.*$/, "").replace(/;$/, "");
}
function jsonSettings2(lines) {
  const text = lines.join("\n");
  if (!text.trimStart().startsWith("{")) return void 0;
  let document;
  try {
    document = JSON.parse(text);
  } catch {
    return void 0;
  }
  const settings = [];
  let cursor = 0;
  const visit = (value, key, section, depth) => {
    if (depth > MAX_JSON_DEPTH) return;
    if (key !== "") cursor = findKeyLine(lines, JSON.stringify(key), cursor);
    if (typeof value === "string" && key !== "") {
      const inConnectionStrings = section !== void 0 && CONNECTION_STRINGS.test(section);
      settings.push({ name: inConnectionStrings ? `ConnectionStrings.${key}` : key, value, line: cursor });
    } else if (Array.isArray(value)) {
      for (const item of value) visit(item, "", section, depth + 1);
    } else if (typeof value === "object" && value !== null) {
      for (const [inner, item] of Object.entries(value)) visit(item, inner, key || section, depth + 1);
    }
  };
  visit(document, "", void 0, 0);
  return settings;
}
var KEY_SEARCH_WINDOW = 256;
function findKeyLine(lines, quoted2, from) {
  const end = Math.min(lines.length, from + KEY_SEARCH_WINDOW);
  for (let index = from; index < end; index++) {
    const line = lines[index];
    if (line.length <= MAX_LINE_LENGTH && line.includes(quoted2)) return index;
  }
  return from;
}
var SECRET_REFERENCE = new RegExp(
  [
    String.raw`^\$__(?:env|file|vault)\{[^}]*\}$`,
    String.raw`^%\([A-Za-z_]\w*\)s$`,
    String.raw`^ENC\(.+\)$`,
    String.raw`^ENC\[[A-Z0-9_]+,data:`,
    String.raw`^\$ANSIBLE_VAULT;`,
    String.raw`^vault:[\w./-]+#[\w.-]+$`,
    String.raw`^ref\+[a-z0-9]+://`,
    String.raw`^secretref:`,
    String.raw`^@Microsoft\.KeyVault\(`,
    String.raw`^arn:aws[\w-]*:secretsmanager:`
  ].join("|")
);
function isSecretReference(value) {
  return SECRET_REFERENCE.test(value.trim());
}

// src/targets/kubernetes/config-map-entries.ts
function configMapObjects(document) {
  return document.objects.filter((object) => object.kind === "ConfigMap" && object.apiVersion === "v1");
}
function configMapEntries(configMap) {
  const name = configMap.name ?? "";
  return ["data", "binaryData"].flatMap(
    (field) => (configMap.root.get(field)?.entries() ?? []).flatMap(([key, node]) => {
      const text = node.kind === "scalar" ? node.text : void 0;
      if (text === void 0) return [];
      const region = node.reportRegion;
      const keyRegion = () => region;
      if (field === "binaryData") {
        const decoded = decodeBase64(text);
        if (!decoded || decoded.binary) return [];
        const lines = decoded.value.split(/\r?\n/);
        return [{ configMap: name, key, value: decoded.value, region, lines, regionOf: keyRegion }];
      }
      const raw = node.style === "block" ? node.raw : void 0;
      if (raw !== void 0) {
        const first = node.region.startLine + 1;
        const lines = raw.split(/\r?\n/);
        return [
          {
            configMap: name,
            key,
            value: text,
            region,
            lines,
            regionOf: (index) => lineRegion(first + index, lines[index])
          }
        ];
      }
      return [{ configMap: name, key, value: text, region, lines: text.split(/\r?\n/), regionOf: keyRegion }];
    })
  );
}

// src/rules/secrets/secret-in-configmap.ts
var CONFIG_FILE_KEY = /\.(properties|env|ini|conf|cfg|ya?ml|json|toml)$|^\.env/i;
var secret_in_configmap_default = defineRule({
  meta: {
    id: "BH209",
    slug: "secret-in-configmap",
    title: "Secret stored in a ConfigMap",
    description: 'A Kubernetes `ConfigMap` holds a secret: a key with a secret-like name and a literal value, a known credential format (a GitHub token, an AWS key, a JWT, a URL with a password) anywhere in a value, or a secret-like setting inside an embedded config file (`application.properties`, `.env`, YAML, JSON or INI text such as `spring.datasource.password=\u2026` or `"password": "\u2026"`). ConfigMaps are not meant for confidential data: they are readable by anyone with `get configmaps` in the namespace, shown by `kubectl describe`, never encrypted at rest, and committed here in clear text. References (`${DB_PASSWORD}`), placeholders and empty values are not secrets.',
    severity: "high",
    remediation: "Move the value into a Secret (created at deploy time, or from an external secret store) and reference it with `secretKeyRef`, an environment variable, or a mounted file the application reads; keep only references such as `${DB_PASSWORD}` in the ConfigMap. Rotate the exposed value.",
    references: [
      "https://kubernetes.io/docs/concepts/configuration/configmap/",
      "https://kubernetes.io/docs/concepts/security/secrets-good-practices/",
      "https://docs.spring.io/spring-boot/reference/features/external-config.html"
    ],
    tags: ["CWE-312", "CWE-798"],
    messages: {
      literal: "ConfigMap '{configMap}' key '{key}' holds a literal secret ('{value}').",
      knownFormat: "ConfigMap '{configMap}' key '{key}' holds a credential ({type}: '{value}').",
      embedded: "ConfigMap '{configMap}' key '{key}' sets '{name}' to a literal secret ('{value}').",
      embeddedKnownFormat: "ConfigMap '{configMap}' key '{key}' holds a credential ({type}: '{value}') in its embedded config."
    },
    whenToIgnore: "Credentials of a throw-away local test cluster that protect nothing (say so in the reason)."
  },
  checks: {
    kubernetes({ document, report }) {
      for (const configMap of configMapObjects(document))
        for (const entry of configMapEntries(configMap)) reportEntry(entry, report);
    }
  }
});
function reportEntry(entry, report) {
  const { configMap, key, value, region } = entry;
  const single = !value.trim().includes("\n");
  if (single) {
    if (isSecretReference(value)) return;
    const [found] = secretValues([{ name: key, value: value.trim() }]);
    if (found) {
      const messageId = found.messageId === "namedSecret" ? "literal" : "knownFormat";
      return report({ messageId, data: { ...found.data, configMap, key }, region });
    }
    if (isSecretLikeUrlName(key) && valueEmbedsCredentials(value))
      return report({ messageId: "literal", data: { configMap, key, value: redactSecret(value) }, region });
    if (!CONFIG_FILE_KEY.test(key)) return;
  }
  const settings = configTextSettings(entry.lines).filter((setting) => !isSecretReference(setting.value));
  const reported = /* @__PURE__ */ new Set();
  for (const found of secretValues(settings)) {
    const line2 = settings[found.index].line;
    if (reported.has(line2)) continue;
    reported.add(line2);
    const messageId = found.messageId === "namedSecret" ? "embedded" : "embeddedKnownFormat";
    report({ messageId, data: { ...found.data, configMap, key }, region: entry.regionOf(line2) });
  }
  const text = entry.lines.join("\n");
  let line = 0;
  let counted = 0;
  for (const match of findKnownCredentials(text)) {
    for (let i = text.indexOf("\n", counted); i !== -1 && i < match.start; i = text.indexOf("\n", i + 1)) {
      line++;
      counted = i + 1;
    }
    if (reported.has(line)) continue;
    reported.add(line);
    const data = { configMap, key, type: match.type, value: redactSecret(match.value) };
    report({ messageId: "embeddedKnownFormat", data, region: entry.regionOf(line) });
  }
}

// src/rules/workload/privileged-container.ts
var privileged_container_default = defineRule({
  meta: {
    id: "BH501",
    slug: "privileged-container",
    title: "Privileged container",
    description: "A privileged container gets every Linux capability, all host devices and no seccomp, AppArmor or SELinux confinement: root in it is root on the node, and escaping takes one mount. The Pod Security Standards forbid it at the baseline level. Windows pods do not support `privileged` (BH603).",
    severity: "high",
    remediation: "Remove `privileged: true` (or set it to `false`) and add only the specific capabilities the process needs under `securityContext.capabilities.add`; for device access use a device plugin.",
    references: [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
      "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/",
      "https://docs.docker.com/reference/compose-file/services/#privileged"
    ],
    tags: ["CWE-250", "CWE-269", "pss-baseline"],
    messages: {
      container: "Container '{container}' runs privileged ('privileged: true').",
      service: "Service '{service}' runs privileged ('privileged: true')."
    },
    whenToIgnore: "Node agents that must manage the host (CNI plugins, storage drivers, some monitoring agents) in a namespace set to the privileged Pod Security level; suppress with a reason."
  },
  checks: {
    kubernetes({ model, report }) {
      for (const pod of model.pods) {
        if (pod.os.os === "windows") continue;
        for (const container of pod.containers) {
          const privileged = container.security.privileged;
          if (privileged?.isTrue)
            report({
              messageId: "container",
              data: { container: container.name },
              region: privileged.reportRegion,
              properties: pod.properties
            });
        }
      }
    },
    compose({ model, report }) {
      for (const service of model.services) {
        const privileged = service.node.get("privileged");
        if (privileged?.isTrue)
          report({
            messageId: "service",
            data: { service: service.name },
            region: privileged.reportRegion,
            properties: service.properties
          });
      }
    }
  }
});

// src/targets/kubernetes/group-by-setting.ts
function groupBySetting(containers, pick) {
  const groups = /* @__PURE__ */ new Map();
  for (const container of containers) {
    const setting = pick(container);
    if (!setting) continue;
    const { startLine, startColumn } = setting.node.reportRegion;
    const key = `${startLine}:${startColumn}`;
    const group = groups.get(key);
    if (group) group.containers.push(container);
    else groups.set(key, { setting, containers: [container] });
  }
  return [...groups.values()];
}
function describeContainers(containers) {
  const names = quotedList(containers);
  if (names.length <= 1) return `container ${names[0] ?? "''"}`;
  return `containers ${names.slice(0, -1).join(", ")} and ${names[names.length - 1] ?? ""}`;
}
function quotedNames(containers) {
  return quotedList(containers).join(", ");
}
var quotedList = (containers) => containers.map((c) => `'${c.name}'`);

// src/rules/workload/workload-runs-as-root.ts
var workload_runs_as_root_default = defineRule({
  meta: {
    id: "BH502",
    slug: "workload-runs-as-root",
    title: "Workload runs as root",
    description: "A Linux container runs as uid 0: `runAsUser: 0`, a Compose `user: root`, or nothing in the workload (no `runAsNonRoot`/`runAsUser`, no Compose `user:`) while its image runs as root (known from the repository's Dockerfile, for Compose the one its `build` names, or a well-known base image). Root in a container can change its whole file system and is root on the node after any escape. At the `restricted` level a container whose image user is unknown is reported too: only `runAsNonRoot: true` makes the kubelet check. Windows pods are BH601's concern.",
    severity: "high",
    remediation: 'Set `securityContext.runAsNonRoot: true` and a non-zero `runAsUser` (e.g. 10001) on the pod, or build the image with a non-root `USER`; in Compose set `user: "10001:10001"`.',
    references: [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted",
      "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/",
      "https://docs.docker.com/reference/compose-file/services/#user"
    ],
    tags: ["CWE-250", "pss-restricted"],
    messages: {
      runAsUser: "Container '{container}' runs as root ('runAsUser: 0').",
      podRunAsUser: "The pod's 'runAsUser: 0' runs containers {containers} as root.",
      imageRoot: "Container '{container}' runs as '{user}' because image '{image}' does ({reason}) and neither 'runAsNonRoot: true' nor a non-zero 'runAsUser' is set.",
      unknownImage: "Container '{container}' may run as root: the default user of image '{image}' is unknown and neither 'runAsNonRoot: true' nor a non-zero 'runAsUser' is set.",
      service: "Service '{service}' runs as root ('user: {user}').",
      serviceImageRoot: "Service '{service}' runs as '{user}' because its image does ({reason}) and no 'user' is set."
    },
    whenToIgnore: "An entrypoint that starts as root only to drop privileges itself (`gosu`, `su-exec`) before running the workload; suppress with a reason."
  },
  checks: {
    kubernetes({ model, settings, report }) {
      for (const pod of model.pods) {
        if (pod.os.os === "windows") continue;
        const { properties } = pod;
        for (const container of pod.containers) {
          const { runAs, name, region, imageFacts } = container;
          const fix = (imageRoot) => fixes(nonRootFix(container, imageRoot));
          const data = { container: name, image: imageFacts?.text ?? "" };
          const found = { data, region, severity: "medium", properties };
          if (runAs.how === "image" && runAs.root) {
            const { user, reason, related } = runAs.image;
            const relatedLocations = related ? [related] : void 0;
            const reported = { ...found, data: { ...data, user, reason }, relatedLocations };
            report({ messageId: "imageRoot", ...reported, ...fix(true) });
          } else if (runAs.how === "unknown" && settings.podSecurityLevel === "restricted" && data.image)
            report({ messageId: "unknownImage", ...found, ...fix(false) });
        }
        const explicitRoot = (c) => c.runAs.how === "runAsUser" && c.runAs.uid === 0 ? c.runAs.setting : void 0;
        for (const { setting, containers } of groupBySetting(pod.containers, explicitRoot)) {
          report({
            messageId: setting.level === "pod" ? "podRunAsUser" : "runAsUser",
            data: { container: containers[0]?.name ?? "", containers: quotedNames(containers) },
            region: setting.node.reportRegion,
            properties,
            ...fixes(unprivilegedUidFix(setting.node))
          });
        }
      }
    },
    compose({ model, report }) {
      for (const service of model.services) {
        const { user, admin, properties } = service;
        if (!admin || service.os.os === "windows") continue;
        if (user)
          report({
            messageId: "service",
            data: { service: service.name, user: user.value },
            region: user.node.reportRegion,
            properties
          });
        else
          report({
            messageId: "serviceImageRoot",
            data: { service: service.name, user: admin.user, reason: admin.reason },
            region: service.region,
            severity: "medium",
            properties,
            ...admin.related ? { relatedLocations: [admin.related] } : {}
          });
      }
    }
  }
});

// src/rules/workload/privilege-escalation-allowed.ts
var privilege_escalation_allowed_default = defineRule({
  meta: {
    id: "BH503",
    slug: "privilege-escalation-allowed",
    title: "Privilege escalation allowed",
    description: "`allowPrivilegeEscalation` controls the kernel's `no_new_privs` flag: unless it is `false`, a process can gain privileges through setuid binaries or file capabilities, so a non-root user can become root inside the container. `true` is reported at every level; an unset value (which means allowed) only at the `restricted` level, which requires `false`. Linux only: Windows has no such flag.",
    severity: "medium",
    remediation: "Set `securityContext.allowPrivilegeEscalation: false` on every container.",
    references: [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted",
      "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/",
      "https://docs.kernel.org/userspace-api/no_new_privs.html"
    ],
    tags: ["CWE-269", "pss-restricted"],
    messages: {
      allowed: "Container '{container}' allows privilege escalation ('allowPrivilegeEscalation: true').",
      unset: "Container '{container}' does not set 'allowPrivilegeEscalation: false', so escalation is allowed."
    },
    whenToIgnore: "A container that must run setuid programs (for example `sudo` or `ping` without file capabilities) by design; suppress with a reason."
  },
  checks: {
    kubernetes({ model, settings, report }) {
      for (const pod of model.pods) {
        if (pod.os.os === "windows") continue;
        const { properties } = pod;
        for (const container of pod.containers) {
          const data = { container: container.name };
          const setting = container.security.allowPrivilegeEscalation;
          if (setting?.isTrue)
            report({
              messageId: "allowed",
              data,
              region: setting.reportRegion,
              properties,
              ...fixes(replaceSettingFix(setting, "false", "safe", "'allowPrivilegeEscalation'"))
            });
          else if (!setting && settings.podSecurityLevel === "restricted")
            report({
              messageId: "unset",
              data,
              region: container.region,
              severity: "low",
              properties,
              ...fixes(containerSettingFix(container, ["allowPrivilegeEscalation"], "false", "safe"))
            });
        }
      }
    }
  }
});

// src/rules/workload/host-namespaces.ts
var POD_FIELDS = { hostNetwork: "network", hostPID: "process (PID)", hostIPC: "IPC" };
var COMPOSE_FIELDS = { network_mode: "network", pid: "process (PID)", ipc: "IPC" };
var host_namespaces_default = defineRule({
  meta: {
    id: "BH504",
    slug: "host-namespaces",
    title: "Workload shares host namespaces",
    description: "A pod with `hostNetwork`, `hostPID` or `hostIPC` (a Compose service with `network_mode`, `pid` or `ipc` set to `host`) shares that namespace with the node: it can bind the node's ports and reach services listening on localhost, see and signal every host process and read their environments, or attach to the host's shared memory. The Pod Security Standards forbid all three at the baseline level. HostProcess pods need `hostNetwork` and are reported by BH604 instead.",
    severity: "high",
    remediation: "Remove `hostNetwork`, `hostPID` and `hostIPC` (or set them to `false`); expose ports with a Service or `hostPort` only where needed. In Compose remove `network_mode: host`, `pid: host` and `ipc: host`.",
    references: [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
      "https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#hostname-and-name-resolution",
      "https://docs.docker.com/reference/compose-file/services/#network_mode"
    ],
    tags: ["CWE-653", "pss-baseline"],
    messages: {
      pod: "{kind} '{name}' shares the host's {namespace} namespace ('{field}: true').",
      service: "Service '{service}' shares the host's {namespace} namespace ('{field}: host')."
    },
    whenToIgnore: "Node-level agents (CNI plugins, node exporters, log collectors) deployed to a namespace at the privileged Pod Security level; suppress with a reason."
  },
  checks: {
    kubernetes({ model, report }) {
      for (const pod of model.pods) {
        if (pod.hostProcess) continue;
        const windows = pod.os.os === "windows";
        for (const [field, namespace] of Object.entries(POD_FIELDS)) {
          const node = pod.spec.get(field);
          if (!node?.isTrue || windows && field !== "hostNetwork") continue;
          const { kind = "Pod", name = "" } = pod.object;
          const data = { kind, name, namespace, field };
          report({ messageId: "pod", data, region: node.reportRegion, properties: pod.properties });
        }
      }
    },
    compose({ model, report }) {
      for (const service of model.services) {
        for (const [field, namespace] of Object.entries(COMPOSE_FIELDS)) {
          const setting = serviceText(service, field);
          if (setting?.value !== "host") continue;
          report({
            messageId: "service",
            data: { service: service.name, namespace, field },
            region: setting.node.reportRegion,
            properties: service.properties
          });
        }
      }
    }
  }
});

// src/targets/host-paths.ts
var LINUX = [
  { path: "/", exact: true, exposes: "the host's whole file system" },
  { path: "/var/run/docker.sock", exposes: "the Docker daemon's API, and with it the host" },
  { path: "/var/run", exposes: "the sockets of host daemons such as the container runtime" },
  // `/var/run` is a symlink to `/run` on every current distribution: the same directory.
  { path: "/run", exposes: "the sockets of host daemons such as the container runtime" },
  { path: "/etc", exposes: "the host's configuration and credentials" },
  { path: "/proc", exposes: "the host's processes and kernel settings" },
  { path: "/root", exposes: "root's home directory" },
  { path: "/home", exposes: "the users' home directories" }
];
var WINDOWS = [
  { path: "/", shown: "C:\\", exact: true, exposes: "the host's whole system drive" },
  { path: "/windows", shown: "C:\\Windows", exposes: "the Windows system directory" },
  {
    path: "/programdata/docker",
    shown: "C:\\ProgramData\\docker",
    exposes: "Docker's data and configuration"
  },
  {
    path: "/var/lib/kubelet",
    shown: "C:\\var\\lib\\kubelet",
    exposes: "the kubelet's data, including the pods' secrets"
  },
  { path: "/k", shown: "C:\\k", exposes: "the node's Kubernetes configuration and credentials" }
];
var PIPES = [
  {
    path: "docker_engine",
    shown: "\\\\.\\pipe\\docker_engine",
    exposes: "the Docker engine's API, and with it the host"
  },
  {
    path: "containerd-containerd",
    shown: "\\\\.\\pipe\\containerd-containerd",
    exposes: "containerd's API, and with it the host"
  }
];
var WINDOWS_PIPE = /^\/\/\.\/pipe\/(.+)$/i;
var SYSTEM_DRIVE = /^c:(?:\/|$)/i;
function normaliseAbsolute(path) {
  const segments = [];
  for (const segment of path.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(segment);
  }
  return `/${segments.join("/")}`;
}
function matches(path, list) {
  const hit = list.find((s) => path === s.path || !s.exact && path.startsWith(`${s.path}/`));
  if (!hit) return void 0;
  return path === hit.path ? hit.exposes : `inside '${hit.shown ?? hit.path}': ${hit.exposes}`;
}
function sensitiveHostPath(path) {
  const slashed = path.trim().replace(/\\/g, "/");
  const pipe = WINDOWS_PIPE.exec(slashed);
  if (pipe)
    return matches(
      normaliseAbsolute(pipe[1] ?? "").slice(1).toLowerCase(),
      PIPES
    );
  if (SYSTEM_DRIVE.test(slashed)) return matches(normaliseAbsolute(slashed.slice(2).toLowerCase()), WINDOWS);
  if (slashed === "~") return "a user's home directory";
  if (slashed.startsWith("~/")) return "inside '~': a user's home directory";
  return slashed.startsWith("/") ? matches(normaliseAbsolute(slashed), LINUX) : void 0;
}
function isSocketPath(path) {
  const slashed = path.trim().replace(/\\/g, "/");
  return WINDOWS_PIPE.test(slashed) || /\.sock$/i.test(slashed);
}

// src/targets/kubernetes/host-path-volumes.ts
function hostPathVolumes(workload) {
  return (workload.spec.get("volumes")?.items() ?? []).flatMap((volume) => {
    const name = volume.get("name")?.text;
    const node = volume.get("hostPath");
    const path = node?.get("path")?.text;
    return name !== void 0 && node && path ? [{ name, path, node }] : [];
  });
}
function hostPathMounts(workload, container) {
  const volumes = hostPathVolumes(workload);
  return (container.node.get("volumeMounts")?.items() ?? []).flatMap((mount) => {
    const volume = volumes.find((v) => v.name === mount.get("name")?.text);
    return volume ? [{ volume, mount, readOnly: mount.get("readOnly")?.isTrue === true }] : [];
  });
}

// src/rules/workload/host-path-mount.ts
var host_path_mount_default = defineRule({
  meta: {
    id: "BH505",
    slug: "host-path-mount",
    title: "Host path mounted into a workload",
    description: "A `hostPath` volume (a Compose bind mount) gives the container the node's own files, outside any quota or isolation, and the Pod Security Standards forbid it at the baseline level. Sensitive paths are high: the root file system, `/etc`, `/proc`, home directories, `/var/run` with the Docker socket, and on Windows `C:\\`, `C:\\Windows`, Docker's and the kubelet's data, `C:\\k`, and the `docker_engine` and containerd named pipes, each of which hands the container the node.",
    severity: "medium",
    remediation: "Use a PersistentVolumeClaim, `emptyDir`, a ConfigMap or a Secret instead; if the host path is truly needed, mount the narrowest path with `readOnly: true`, never the container runtime socket or pipe. In Compose, prefer named volumes to bind mounts.",
    references: [
      "https://kubernetes.io/docs/concepts/storage/volumes/#hostpath",
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
      "https://learn.microsoft.com/en-us/virtualization/windowscontainers/manage-containers/container-storage",
      "https://docs.docker.com/engine/storage/bind-mounts/"
    ],
    tags: ["CWE-668", "pss-baseline", "windows"],
    messages: {
      volume: "Volume '{volume}' mounts host path '{path}', used by {containers}.",
      sensitiveVolume: "Volume '{volume}' mounts sensitive host path '{path}' ({exposes}), used by {containers}.",
      bind: "Service '{service}' bind-mounts host path '{path}'.",
      sensitiveBind: "Service '{service}' bind-mounts sensitive host path '{path}' ({exposes})."
    },
    whenToIgnore: "Node agents that must read host state (log shippers reading `/var/log`, CSI node plugins, HostProcess-based node setup); suppress with a reason and mount read-only."
  },
  checks: {
    kubernetes({ model, report }) {
      for (const pod of model.pods) {
        for (const volume of hostPathVolumes(pod)) {
          const users = pod.containers.filter(
            (c) => hostPathMounts(pod, c).some((m) => m.volume.name === volume.name)
          );
          const exposes = sensitiveHostPath(volume.path);
          report({
            messageId: exposes ? "sensitiveVolume" : "volume",
            data: {
              volume: volume.name,
              path: volume.path,
              exposes: exposes ?? "",
              containers: users.length ? quotedNames(users) : "no container"
            },
            region: volume.node.reportRegion,
            severity: exposes ? "high" : "medium",
            properties: pod.properties
          });
        }
      }
    },
    compose({ model, report }) {
      for (const service of model.services) {
        for (const mount of hostMounts(service)) {
          const exposes = sensitiveHostPath(mount.source);
          report({
            messageId: exposes ? "sensitiveBind" : "bind",
            data: { service: service.name, path: mount.source, exposes: exposes ?? "" },
            region: mount.region,
            severity: exposes ? "high" : "medium",
            properties: service.properties
          });
        }
      }
    }
  }
});

// src/rules/workload/admin-with-host-access.ts
var writable = (path, readOnly) => !readOnly || isSocketPath(path);
var quoted = (paths) => [...new Set(paths)].map((p) => `'${p}'`).join(", ");
var admin_with_host_access_default = defineRule({
  meta: {
    id: "BH506",
    slug: "admin-with-host-access",
    title: "Root or administrator with writable host access",
    description: "A container that runs as root (Linux) or as an admin-equivalent account such as ContainerAdministrator (Windows), explicitly or by its image's known default, and mounts a host path it can write to. Together they hand the node to whoever controls the container: root can plant files in host directories, rewrite host configuration or drive the container runtime through its socket or named pipe (which a read-only mount does not protect). HostProcess pods, which are the host, are BH604's concern.",
    severity: "critical",
    remediation: "Run the container as an unprivileged user (`runAsNonRoot: true` with a non-zero `runAsUser`; on Windows `runAsUserName: ContainerUser`) and mount host paths with `readOnly: true` (Compose: `:ro`), or replace the host path with a volume.",
    references: [
      "https://kubernetes.io/docs/concepts/storage/volumes/#hostpath",
      "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/",
      "https://kubernetes.io/docs/tasks/configure-pod-container/configure-runasusername/",
      "https://docs.docker.com/engine/storage/bind-mounts/"
    ],
    tags: ["CWE-250", "CWE-668", "windows"],
    messages: {
      container: "Container '{container}' runs as '{user}' ({reason}) and can write to host path {paths}.",
      service: "Service '{service}' runs as '{user}' ({reason}) and can write to host path {paths}."
    },
    whenToIgnore: "Node agents that must change host state by design (CSI node plugins, device plugins) in a namespace at the privileged Pod Security level; suppress with a reason."
  },
  checks: {
    kubernetes({ model, report }) {
      for (const pod of model.pods) {
        if (pod.hostProcess) continue;
        for (const container of pod.containers) {
          const { admin } = container;
          if (!admin) continue;
          const paths = hostPathMounts(pod, container).filter((m) => writable(m.volume.path, m.readOnly)).map((m) => m.volume.path);
          if (!paths.length) continue;
          report({
            messageId: "container",
            data: { container: container.name, user: admin.user, reason: admin.reason, paths: quoted(paths) },
            region: container.region,
            properties: pod.properties,
            ...admin.related ? { relatedLocations: [admin.related] } : {}
          });
        }
      }
    },
    compose({ model, report }) {
      for (const service of model.services) {
        const { admin } = service;
        if (!admin) continue;
        const paths = hostMounts(service).filter((m) => writable(m.source, m.readOnly)).map((m) => m.source);
        if (!paths.length) continue;
        report({
          messageId: "service",
          data: { service: service.name, user: admin.user, reason: admin.reason, paths: quoted(paths) },
          region: service.region,
          properties: service.properties,
          ...admin.related ? { relatedLocations: [admin.related] } : {}
        });
      }
    }
  }
});

// src/targets/kubernetes/baseline-capabilities.ts
var BASELINE = new Set(
  "AUDIT_WRITE CHOWN DAC_OVERRIDE FOWNER FSETID KILL MKNOD NET_BIND_SERVICE SETFCAP SETGID SETPCAP SETUID SYS_CHROOT".split(
    " "
  )
);
function baselineCapability(capability) {
  const name = capability.trim().toUpperCase().replace(/^CAP_/, "");
  return BASELINE.has(name) ? name : void 0;
}
function isExactBaselineCapability(capability) {
  return BASELINE.has(capability);
}
function isBaselineCapability(capability) {
  return baselineCapability(capability) !== void 0;
}

// src/rules/workload/added-capabilities.ts
function beyondBaseline(capability) {
  return !isBaselineCapability(capability);
}
var added_capabilities_default = defineRule({
  meta: {
    id: "BH507",
    slug: "added-capabilities",
    title: "Capabilities added beyond the baseline",
    description: "Capabilities outside the Pod Security baseline set (Docker's defaults) break container isolation: `SYS_ADMIN` is nearly root on the host, `NET_ADMIN` and `NET_RAW` reconfigure and sniff the network, `SYS_PTRACE` reads other processes, `SYS_MODULE` loads kernel modules, and `ALL` grants every one. Each offending entry is reported. In a manifest, a baseline capability spelled otherwise than the standard lists it (`chown`, `CAP_CHOWN`) is reported at low severity: it grants nothing more, but Pod Security admission compares names exactly and rejects the pod in a namespace that enforces baseline (`policy/check_capabilities_baseline.go`), and containerd prefixes `CAP_` itself, so `CAP_CHOWN` does not start. Linux only.",
    severity: "high",
    remediation: 'Remove the capability from `securityContext.capabilities.add` (Compose: `cap_add`); start from `drop: ["ALL"]` and add back only what the process needs, such as `NET_BIND_SERVICE`.',
    references: [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
      "https://github.com/kubernetes/pod-security-admission/blob/master/policy/check_capabilities_baseline.go",
      "https://man7.org/linux/man-pages/man7/capabilities.7.html",
      "https://docs.docker.com/reference/compose-file/services/#cap_add"
    ],
    tags: ["CWE-250", "CWE-269", "pss-baseline"],
    messages: {
      container: "Container '{container}' adds capability '{capability}', beyond the Pod Security baseline set.",
      spelling: "Container '{container}' adds capability '{capability}', which Pod Security admission does not accept as the baseline capability '{canonical}'.",
      service: "Service '{service}' adds capability '{capability}', beyond the Pod Security baseline set."
    },
    whenToIgnore: "Network or storage node agents that need a specific capability (for example `NET_ADMIN` for a CNI plugin) in a namespace at the privileged Pod Security level; suppress with a reason."
  },
  checks: {
    kubernetes({ model, report }) {
      for (const pod of model.pods) {
        if (pod.os.os === "windows") continue;
        for (const container of pod.containers) {
          for (const item of container.security.capabilities?.get("add")?.items() ?? []) {
            const capability = item.text;
            if (capability === void 0 || isExactBaselineCapability(capability)) continue;
            const canonical = baselineCapability(capability);
            if (canonical) {
              report({
                messageId: "spelling",
                data: { container: container.name, capability, canonical },
                region: item.region,
                severity: "low",
                properties: pod.properties
              });
              continue;
            }
            report({
              messageId: "container",
              data: { container: container.name, capability },
              region: item.region,
              properties: pod.properties
            });
          }
        }
      }
    },
    compose({ model, report }) {
      for (const service of model.services) {
        if (service.os.os === "windows") continue;
        for (const { value, node } of serviceList(service, "cap_add")) {
          if (beyondBaseline(value))
            report({
              messageId: "service",
              data: { service: service.name, capability: value },
              region: node.region,
              properties: service.properties
            });
        }
      }
    }
  }
});

// src/rules/workload/missing-resource-limits.ts
var RESOURCES = ["cpu", "memory"];
var missing_resource_limits_default = defineRule({
  meta: {
    id: "BH508",
    slug: "missing-resource-limits",
    title: "Container without resource limits",
    description: "A container without `resources.limits.memory` can use all of its node's memory, and one without `resources.limits.cpu` all of its CPU: a bug, a leak or an attacker in one pod starves every other workload on the node (a denial of service). Init containers count; ephemeral containers cannot set resources. Pod-level limits (`spec.resources.limits`) cover the containers too.",
    severity: "low",
    remediation: "Set `resources.limits.memory` and `resources.limits.cpu` (with matching `requests`) on every container, or a namespace LimitRange with default limits.",
    references: [
      "https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/",
      "https://kubernetes.io/docs/concepts/policy/limit-range/",
      "https://kubernetes.io/docs/tasks/configure-pod-container/assign-pod-level-resources/"
    ],
    tags: ["CWE-770"],
    messages: {
      missing: "Container '{container}' sets no {missing} limit."
    },
    whenToIgnore: "Namespaces whose LimitRange sets default limits, or best-effort batch workloads deliberately left unbounded; suppress with a reason."
  },
  checks: {
    kubernetes({ model, report }) {
      for (const pod of model.pods) {
        const podLimits = pod.spec.at("resources", "limits");
        for (const container of pod.containers) {
          if (container.list === "ephemeralContainers") continue;
          const limits = container.node.at("resources", "limits");
          const missing = RESOURCES.filter((r) => !hasValue(limits?.get(r)) && !hasValue(podLimits?.get(r)));
          if (missing.length === 0) continue;
          report({
            messageId: "missing",
            data: { container: container.name, missing: missing.map((r) => `'${r}'`).join(" or ") },
            region: container.region,
            properties: pod.properties
          });
        }
      }
    }
  }
});
function hasValue(node) {
  return node !== void 0 && node.kind !== "null";
}

// src/rules/workload/seccomp-unconfined.ts
var seccomp_unconfined_default = defineRule({
  meta: {
    id: "BH509",
    slug: "seccomp-unconfined",
    title: "Seccomp disabled",
    description: "Seccomp filters the system calls a container may make; `Unconfined` turns the filter off and exposes the whole kernel interface, which most container escapes go through. `seccompProfile.type: Unconfined` (container over pod) and Compose `security_opt: seccomp=unconfined` are reported at every level; a container with no profile at all (which the kubelet runs unconfined unless it defaults to RuntimeDefault) only at the `restricted` level. Linux only.",
    severity: "medium",
    remediation: "Set `securityContext.seccompProfile.type: RuntimeDefault` on the pod (or `Localhost` with a tailored profile); in Compose remove `seccomp=unconfined` or point it at a profile file.",
    references: [
      "https://kubernetes.io/docs/tutorials/security/seccomp/",
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted",
      "https://docs.docker.com/engine/security/seccomp/"
    ],
    tags: ["CWE-693", "pss-baseline", "pss-restricted"],
    messages: {
      container: "Container '{container}' runs without seccomp ('seccompProfile.type: Unconfined').",
      pod: "The pod's 'seccompProfile.type: Unconfined' runs containers {containers} without seccomp.",
      unset: "Container '{container}' sets no seccomp profile, at the pod or the container.",
      service: "Service '{service}' runs without seccomp ('{option}')."
    },
    whenToIgnore: "Debugging or profiling tools that need system calls the default profile blocks; prefer a `Localhost` profile that allows just those, or suppress with a reason."
  },
  checks: {
    kubernetes({ model, settings, report }) {
      for (const pod of model.pods) {
        if (pod.os.os === "windows") continue;
        const { properties } = pod;
        for (const container of pod.containers) {
          if (!container.security.seccompProfile && settings.podSecurityLevel === "restricted")
            report({
              messageId: "unset",
              data: { container: container.name },
              region: container.region,
              severity: "low",
              properties,
              ...fixes(podSettingFix(pod, ["seccompProfile", "type"], "RuntimeDefault", "safe"))
            });
        }
        const unconfined = groupBySetting(pod.containers, (c) => {
          const setting = c.security.seccompProfile;
          return setting?.node.get("type")?.text === "Unconfined" ? setting : void 0;
        });
        for (const { setting, containers } of unconfined) {
          const type = setting.node.get("type");
          report({
            messageId: setting.level === "pod" ? "pod" : "container",
            data: { container: containers[0]?.name ?? "", containers: quotedNames(containers) },
            region: setting.node.reportRegion,
            properties,
            ...fixes(type && replaceSettingFix(type, "RuntimeDefault", "safe", "'seccompProfile.type'"))
          });
        }
      }
    },
    compose({ model, report }) {
      for (const service of model.services) {
        if (service.os.os === "windows") continue;
        for (const { value, node } of serviceList(service, "security_opt")) {
          if (/^seccomp[=:]\s*unconfined$/i.test(value.trim()))
            report({
              messageId: "service",
              data: { service: service.name, option: value },
              region: node.region,
              properties: service.properties
            });
        }
      }
    }
  }
});

// src/rules/workload/host-port.ts
var host_port_default = defineRule({
  meta: {
    id: "BH510",
    slug: "host-port",
    title: "Container binds a host port",
    description: "A container port with a non-zero `hostPort` is bound on the node's own network interfaces: the pod becomes reachable around Services and NetworkPolicies, it can take a port a node service needs, and two replicas cannot share a node. The Pod Security Standards forbid host ports at the baseline level; this rule mirrors pod-security-admission's `hostPorts` check (`policy/check_hostPorts.go`: any `hostPort` other than 0, in containers, init containers and ephemeral containers). HostProcess pods share the host network by design and are reported by BH604 instead. Compose `ports` are Docker's port publishing, not host ports in the Pod Security sense, and are not reported.",
    severity: "medium",
    remediation: "Remove `hostPort` and expose the port through a Service (ClusterIP, NodePort or LoadBalancer) or an Ingress; keep `containerPort` for documentation.",
    references: [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
      "https://github.com/kubernetes/pod-security-admission/blob/master/policy/check_hostPorts.go",
      "https://kubernetes.io/docs/concepts/configuration/overview/#services"
    ],
    tags: ["CWE-668", "pss-baseline"],
    messages: {
      container: "Container '{container}' binds port {port} on the node ('hostPort: {port}')."
    },
    whenToIgnore: "Node agents that must answer on a node port (an ingress controller DaemonSet, a node-local DNS cache) in a namespace at the privileged Pod Security level; suppress with a reason."
  },
  checks: {
    kubernetes({ model, report }) {
      for (const pod of model.pods) {
        if (pod.hostProcess) continue;
        for (const container of pod.containers) {
          for (const port of container.node.get("ports")?.items() ?? []) {
            const hostPort = port.get("hostPort");
            const value = hostPort?.scalar;
            if (!hostPort || typeof value !== "number" || value === 0) continue;
            report({
              messageId: "container",
              data: { container: container.name, port: value },
              region: hostPort.reportRegion,
              properties: pod.properties
            });
          }
        }
      }
    }
  }
});

// src/rules/workload/capabilities-not-dropped.ts
var capabilities_not_dropped_default = defineRule({
  meta: {
    id: "BH511",
    slug: "capabilities-not-dropped",
    title: "Capabilities not dropped",
    description: "Container runtimes start every process with a default capability set (`CHOWN`, `DAC_OVERRIDE`, `FOWNER`, `SETUID`, `NET_RAW` on some runtimes, \u2026) that an attacker inside the container can use. The restricted Pod Security Standard requires each container to drop `ALL` and to add back nothing but `NET_BIND_SERVICE`; this rule mirrors pod-security-admission's `capabilities_restricted` check (`policy/check_capabilities_restricted.go`), which compares names exactly, so a `drop` of `all` does not satisfy it. Adding a capability beyond the baseline set (`SYS_ADMIN`, \u2026) or spelled otherwise than the standard lists it (`chown`) is BH507's finding; this rule reports only the missing drop and the baseline capabilities added back. Restricted level only. Linux only: since policy v1.25 Pod Security Admission exempts Windows pods, whose API rejects `capabilities`.",
    severity: "low",
    remediation: 'Set `securityContext.capabilities.drop: ["ALL"]` on every container (init containers too) and add back only `NET_BIND_SERVICE` when the process binds a port below 1024.',
    references: [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted",
      "https://github.com/kubernetes/pod-security-admission/blob/master/policy/check_capabilities_restricted.go",
      "https://man7.org/linux/man-pages/man7/capabilities.7.html"
    ],
    tags: ["CWE-250", "pss-restricted"],
    messages: {
      notDropped: "Container '{container}' does not drop all capabilities (no 'ALL' in 'capabilities.drop').",
      added: "Container '{container}' adds capability '{capability}'; the restricted level allows only 'NET_BIND_SERVICE'."
    },
    whenToIgnore: "A container that needs one baseline capability back (for example `CHOWN` in an init container that fixes volume ownership) in a namespace at the baseline Pod Security level; suppress with a reason."
  },
  checks: {
    kubernetes({ model, settings, report }) {
      if (settings.podSecurityLevel !== "restricted") return;
      for (const pod of model.pods) {
        if (pod.os.os === "windows") continue;
        const { properties } = pod;
        for (const container of pod.containers) {
          const data = { container: container.name };
          const capabilities = container.security.capabilities;
          const drop = capabilities?.get("drop");
          const listed = drop && drop.kind !== "null";
          if (!drop?.items().some((item) => item.text === "ALL"))
            report({
              messageId: "notDropped",
              data,
              // A `drop` list without ALL is the offending field; no list at all is a missing setting.
              region: listed ? drop.reportRegion : container.region,
              properties,
              // Review: a process that needs a default capability (CHOWN, SETUID) stops working.
              ...fixes(
                listed ? void 0 : containerSettingFix(container, ["capabilities", "drop"], "[ALL]", "review")
              )
            });
          for (const item of capabilities?.get("add")?.items() ?? []) {
            const capability = item.text;
            if (capability === void 0 || capability === "NET_BIND_SERVICE") continue;
            if (isExactBaselineCapability(capability))
              report({ messageId: "added", data: { ...data, capability }, region: item.region, properties });
          }
        }
      }
    }
  }
});

// src/rules/workload/unmasked-proc-mount.ts
var unmasked_proc_mount_default = defineRule({
  meta: {
    id: "BH512",
    slug: "unmasked-proc-mount",
    title: "Unmasked /proc mount",
    description: "Container runtimes mask and mount read-only the parts of `/proc` that expose the host kernel (`/proc/kcore`, `/proc/sys`, `/proc/sysrq-trigger`, \u2026). `procMount: Unmasked` (anything other than `Default`) turns that off, so the container can read kernel memory and change kernel settings. The Pod Security Standards require `Default`; this rule mirrors pod-security-admission's `procMount` check (`policy/check_procMount_baseline.go`). Since policy v1.35 the baseline level allows another value in a pod that runs in a user namespace (`hostUsers: false`), where the unmasked `/proc` belongs to the pod's own user namespace; the restricted level (`check_procMount_restricted.go`) still forbids it. Linux only (on a Windows pod the field is BH606's).",
    severity: "medium",
    remediation: "Remove `securityContext.procMount` or set it to `Default`; a nested container runtime that needs an unmasked `/proc` should run with `hostUsers: false`.",
    references: [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
      "https://github.com/kubernetes/pod-security-admission/blob/master/policy/check_procMount_baseline.go",
      "https://github.com/kubernetes/pod-security-admission/blob/master/policy/check_procMount_restricted.go",
      "https://kubernetes.io/docs/concepts/workloads/pods/user-namespaces/"
    ],
    tags: ["CWE-668", "pss-baseline", "pss-restricted"],
    messages: {
      container: "Container '{container}' unmasks /proc ('procMount: {value}')."
    },
    whenToIgnore: "Nested container builds (BuildKit, Podman in a pod) in a namespace at the privileged Pod Security level, where `hostUsers: false` is not available; suppress with a reason."
  },
  checks: {
    kubernetes({ model, settings, report }) {
      for (const pod of model.pods) {
        if (pod.os.os === "windows") continue;
        const userNamespace = pod.spec.get("hostUsers")?.scalar === false;
        if (userNamespace && settings.podSecurityLevel === "baseline") continue;
        for (const container of pod.containers) {
          const procMount = container.security.procMount;
          const value = procMount?.text;
          if (!procMount || value === void 0 || value === "Default") continue;
          report({
            messageId: "container",
            data: { container: container.name, value },
            region: procMount.reportRegion,
            properties: pod.properties
          });
        }
      }
    }
  }
});

// src/targets/kubernetes/safe-sysctls.ts
var SAFE_SYSCTLS = /* @__PURE__ */ new Set([
  "kernel.shm_rmid_forced",
  "net.ipv4.ip_local_port_range",
  "net.ipv4.ip_unprivileged_port_start",
  "net.ipv4.tcp_syncookies",
  "net.ipv4.ping_group_range",
  // v1.27
  "net.ipv4.ip_local_reserved_ports",
  // v1.29
  "net.ipv4.tcp_keepalive_time",
  "net.ipv4.tcp_fin_timeout",
  "net.ipv4.tcp_keepalive_intvl",
  "net.ipv4.tcp_keepalive_probes",
  // v1.32
  "net.ipv4.tcp_rmem",
  "net.ipv4.tcp_wmem",
  // v1.37
  "net.ipv4.tcp_slow_start_after_idle",
  "net.ipv4.tcp_notsent_lowat"
]);
function isSafeSysctl(name) {
  return SAFE_SYSCTLS.has(name);
}

// src/rules/workload/unsafe-sysctls.ts
var unsafe_sysctls_default = defineRule({
  meta: {
    id: "BH513",
    slug: "unsafe-sysctls",
    title: "Unsafe sysctl",
    description: "Pod `sysctls` change kernel parameters. Only a small set is namespaced and isolated from other pods on the node; the others either change the whole node (`kernel.*`, `vm.*`) or weaken its defences (`net.ipv4.conf.all.*`, `kernel.core_pattern`), and the kubelet refuses most of them unless an operator allows them. The Pod Security Standards allow only the safe set at the baseline level; this rule mirrors pod-security-admission's `sysctls` check and uses its newest safe set (`policy/check_sysctls.go`, v1.37: `kernel.shm_rmid_forced`, `net.ipv4.ip_local_port_range`, `net.ipv4.ip_unprivileged_port_start`, `net.ipv4.tcp_syncookies`, `net.ipv4.ping_group_range`, `net.ipv4.ip_local_reserved_ports`, `net.ipv4.tcp_keepalive_time`, `net.ipv4.tcp_fin_timeout`, `net.ipv4.tcp_keepalive_intvl`, `net.ipv4.tcp_keepalive_probes`, `net.ipv4.tcp_rmem`, `net.ipv4.tcp_wmem`, `net.ipv4.tcp_slow_start_after_idle`, `net.ipv4.tcp_notsent_lowat`). Names compare exactly, as in admission. Linux only (on a Windows pod `sysctls` is BH606's).",
    severity: "medium",
    remediation: "Remove the sysctl from `spec.securityContext.sysctls`; set node-wide kernel parameters on the nodes (a tuned node pool, a privileged node-setup DaemonSet in its own namespace) instead of from an application pod.",
    references: [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
      "https://github.com/kubernetes/pod-security-admission/blob/master/policy/check_sysctls.go",
      "https://kubernetes.io/docs/tasks/administer-cluster/sysctl-cluster/"
    ],
    tags: ["CWE-668", "pss-baseline"],
    messages: {
      pod: "The pod sets sysctl '{sysctl}', outside the Pod Security baseline safe set."
    },
    whenToIgnore: "A tuning DaemonSet or a database whose operator allows the sysctl on dedicated nodes (`--allowed-unsafe-sysctls`), in a namespace at the privileged Pod Security level; suppress with a reason."
  },
  checks: {
    kubernetes({ model, report }) {
      for (const pod of model.pods) {
        if (pod.os.os === "windows") continue;
        for (const item of pod.spec.at("securityContext", "sysctls")?.items() ?? []) {
          const name = item.get("name");
          const sysctl = name?.text;
          if (!name || sysctl === void 0 || isSafeSysctl(sysctl)) continue;
          report({
            messageId: "pod",
            data: { sysctl },
            region: name.reportRegion,
            properties: pod.properties
          });
        }
      }
    }
  }
});

// src/targets/kubernetes/mac-policy-settings.ts
var SELINUX_TYPES = /* @__PURE__ */ new Set([
  "",
  "container_t",
  "container_init_t",
  "container_kvm_t",
  "container_engine_t"
]);
var APPARMOR_TYPES = /* @__PURE__ */ new Set(["RuntimeDefault", "Localhost"]);
var APPARMOR_ANNOTATION = "container.apparmor.security.beta.kubernetes.io/";
function macPolicyOverrides(workload) {
  const contexts = [
    ["The pod", workload.spec.get("securityContext")],
    ...workload.containers.map((c) => [
      `Container '${c.name}'`,
      c.securityContext
    ])
  ];
  const found = contexts.flatMap(([owner, context]) => contextOverrides(owner, context));
  for (const [key, node] of workload.templateMetadata?.get("annotations")?.entries() ?? []) {
    const value = node.text ?? "";
    if (!key.startsWith(APPARMOR_ANNOTATION) || value === "" || value === "runtime/default") continue;
    if (value.startsWith("localhost/")) continue;
    const container = key.slice(APPARMOR_ANNOTATION.length);
    found.push({ kind: "annotation", owner: `Container '${container}'`, field: key, value, node });
  }
  return found;
}
function contextOverrides(owner, context) {
  const found = [];
  const selinux = context?.get("seLinuxOptions");
  const type = selinux?.get("type");
  if (type && !SELINUX_TYPES.has(type.text ?? ""))
    found.push({ kind: "selinuxType", owner, field: "type", value: type.text ?? "", node: type });
  for (const field of ["user", "role"]) {
    const node = selinux?.get(field);
    if (node?.text) found.push({ kind: "selinuxUserRole", owner, field, value: node.text, node });
  }
  const apparmor = context?.get("appArmorProfile");
  const profile = apparmor?.get("type");
  if (apparmor && apparmor.kind !== "null" && !APPARMOR_TYPES.has(profile?.text ?? ""))
    found.push({
      kind: "apparmor",
      owner,
      field: "type",
      value: profile?.text ?? "",
      node: profile ?? apparmor
    });
  return found;
}

// src/rules/workload/mac-policy-override.ts
var mac_policy_override_default = defineRule({
  meta: {
    id: "BH514",
    slug: "mac-policy-override",
    title: "SELinux or AppArmor weakened",
    description: "SELinux and AppArmor confine what a container process can touch even when it escapes its namespaces. A custom SELinux type (`spc_t`, `unconfined_t`) or a custom SELinux `user` or `role` can lift that confinement, and an AppArmor profile of type `Unconfined` (or the annotation `container.apparmor.security.beta.kubernetes.io/<container>: unconfined`) removes it. The Pod Security Standards' baseline level allows only the container SELinux types (`container_t`, `container_init_t`, `container_kvm_t`, `container_engine_t`) and the `RuntimeDefault` and `Localhost` AppArmor profiles; this rule mirrors pod-security-admission's `seLinuxOptions` and `appArmorProfile` checks (`policy/check_seLinuxOptions.go`, `policy/check_appArmorProfile.go`), judging the pod's and each container's security context where it is written. Linux only (on a Windows pod the fields are BH606's).",
    severity: "medium",
    remediation: "Remove `seLinuxOptions.user`, `.role` and any `type` other than a `container_*` type; set `appArmorProfile.type: RuntimeDefault` (or `Localhost` with a tailored profile) and remove `unconfined` AppArmor annotations.",
    references: [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
      "https://github.com/kubernetes/pod-security-admission/blob/master/policy/check_seLinuxOptions.go",
      "https://github.com/kubernetes/pod-security-admission/blob/master/policy/check_appArmorProfile.go",
      "https://kubernetes.io/docs/tutorials/security/apparmor/"
    ],
    tags: ["CWE-693", "pss-baseline"],
    messages: {
      selinuxType: "{owner} sets SELinux type '{value}', outside the container types Pod Security allows.",
      selinuxUserRole: "{owner} sets a custom SELinux {field} ('{field}: {value}').",
      apparmor: "{owner} sets AppArmor profile type '{value}' instead of RuntimeDefault or Localhost.",
      annotation: "{owner} runs with AppArmor profile '{value}' (annotation '{field}')."
    },
    whenToIgnore: "Node agents that need host-level access by design (some CSI or CNI node plugins use `spc_t`) in a namespace at the privileged Pod Security level; suppress with a reason."
  },
  checks: {
    kubernetes({ model, report }) {
      for (const pod of model.pods) {
        if (pod.os.os === "windows") continue;
        for (const { kind, owner, field, value, node } of macPolicyOverrides(pod)) {
          report({
            messageId: kind,
            data: { owner, field, value },
            region: node.reportRegion,
            properties: pod.properties
          });
        }
      }
    }
  }
});

// src/rules/workload/restricted-volume-type.ts
var ALLOWED = /* @__PURE__ */ new Set([
  "configMap",
  "csi",
  "downwardAPI",
  "emptyDir",
  "ephemeral",
  "image",
  "persistentVolumeClaim",
  "projected",
  "secret"
]);
var restricted_volume_type_default = defineRule({
  meta: {
    id: "BH515",
    slug: "restricted-volume-type",
    title: "Volume type outside the restricted list",
    description: "The restricted Pod Security Standard allows only volume types that do not reach the node or infrastructure directly: `configMap`, `csi`, `downwardAPI`, `emptyDir`, `ephemeral`, `image`, `persistentVolumeClaim`, `projected` and `secret`. Inline sources such as `nfs`, `iscsi`, `rbd`, `cephfs`, `gitRepo` (which runs `git` on the node), `flexVolume` (a node binary) or cloud disks bypass the PersistentVolume layer where an administrator controls storage, and credentials for them often live in the pod spec. This rule mirrors pod-security-admission's `restrictedVolumes` check (`policy/check_restrictedVolumes.go`). `hostPath` is BH505's finding and is not reported twice. Restricted level only; it applies to Windows pods too.",
    severity: "low",
    remediation: "Move the storage behind a PersistentVolume and a `persistentVolumeClaim` (or a CSI driver); use `emptyDir`, `configMap`, `secret` or `projected` volumes for data the pod carries itself.",
    references: [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted",
      "https://github.com/kubernetes/pod-security-admission/blob/master/policy/check_restrictedVolumes.go",
      "https://kubernetes.io/docs/concepts/storage/volumes/"
    ],
    tags: ["CWE-668", "pss-restricted"],
    messages: {
      volume: "Volume '{volume}' is of type '{type}', outside the Pod Security restricted volume types."
    },
    whenToIgnore: "Legacy workloads that mount an NFS or cloud disk inline in a namespace at the baseline Pod Security level; prefer a PersistentVolume, or suppress with a reason."
  },
  checks: {
    kubernetes({ model, settings, report }) {
      if (settings.podSecurityLevel !== "restricted") return;
      for (const pod of model.pods) {
        for (const volume of pod.spec.get("volumes")?.items() ?? []) {
          const name = volume.get("name")?.text ?? "";
          for (const [type, node] of volume.entries()) {
            if (type === "name" || ALLOWED.has(type) || type === "hostPath" || node.kind === "null") continue;
            report({
              messageId: "volume",
              data: { volume: name, type },
              region: node.reportRegion,
              properties: pod.properties
            });
          }
        }
      }
    }
  }
});

// src/rules/workload/host-probe.ts
var PROBES = ["livenessProbe", "readinessProbe", "startupProbe"];
var HOOKS = ["postStart", "preStop"];
var HANDLERS = ["httpGet", "tcpSocket"];
var host_probe_default = defineRule({
  meta: {
    id: "BH516",
    slug: "host-probe",
    title: "Probe or lifecycle hook with a host",
    description: "`httpGet` and `tcpSocket` probes and lifecycle hooks are run by the kubelet, from the node, against the pod's IP unless `host` says otherwise. A `host` makes the kubelet connect wherever it points: node-local services, the cloud metadata endpoint, other tenants' pods. Because the kubelet makes the request, a pod author can use it to reach what the pod itself cannot (a server-side request forgery through the kubelet). The Pod Security Standards forbid a non-empty `host` at the baseline level (since policy v1.34); this rule mirrors pod-security-admission's `hostProbesAndHostLifecycle` check (`policy/check_hostProbesAndhostLifecycle.go`).",
    severity: "low",
    remediation: "Remove `host` from the probe or hook so the kubelet connects to the pod IP; to check a dependency, probe an endpoint of the pod that checks it, or use an `exec` probe.",
    references: [
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
      "https://github.com/kubernetes/pod-security-admission/blob/master/policy/check_hostProbesAndhostLifecycle.go",
      "https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/"
    ],
    tags: ["CWE-918", "pss-baseline"],
    messages: {
      container: "The {handler} of container '{container}' connects to host '{host}' ('{field}')."
    },
    whenToIgnore: "A probe that must go through a node-local proxy in a namespace at the privileged Pod Security level; suppress with a reason."
  },
  checks: {
    kubernetes({ model, report }) {
      for (const pod of model.pods) {
        for (const container of pod.containers) {
          const handlers = [
            ...PROBES.map((probe) => [probe, container.node.get(probe)]),
            ...HOOKS.map((hook) => [`lifecycle.${hook}`, container.node.at("lifecycle", hook)])
          ];
          for (const [handler, node] of handlers) {
            for (const kind of HANDLERS) {
              const host = node?.at(kind, "host");
              const value = host?.text;
              if (!host || !value) continue;
              report({
                messageId: "container",
                data: { container: container.name, handler, host: value, field: `${handler}.${kind}.host` },
                region: host.reportRegion,
                properties: pod.properties
              });
            }
          }
        }
      }
    }
  }
});

// src/targets/kubernetes/service-account-token.ts
function tokenAutomount(workload, repository) {
  const { spec } = workload;
  const account = spec.get("serviceAccountName")?.text ?? spec.get("serviceAccount")?.text ?? "default";
  const podField = spec.get("automountServiceAccountToken");
  if (podField && typeof podField.scalar === "boolean")
    return { mounted: podField.scalar, account, podField };
  const namespace = workload.object.root.at("metadata", "namespace")?.text;
  const candidates = repository.serviceAccounts.get(account) ?? [];
  const accountObject = candidates.find((c) => c.namespace !== void 0 && c.namespace === namespace) ?? candidates.find((c) => c.namespace === void 0 || namespace === void 0);
  return { mounted: accountObject?.automount !== false, account, accountObject };
}

// src/rules/workload/service-account-token-automount.ts
var service_account_token_automount_default = defineRule({
  meta: {
    id: "BH517",
    slug: "service-account-token-automount",
    title: "Service-account token mounted",
    description: "Unless `automountServiceAccountToken` is `false`, Kubernetes mounts a token of the pod's ServiceAccount into every container, and anyone who gets code execution in any of them can call the API server with that identity. Most application pods never call the API. The pod's own field wins; when it is unset the ServiceAccount's field applies (read from a ServiceAccount object in the scanned files, matched by name and namespace); unset everywhere means mounted. This is not a Pod Security Admission check: it is the CIS Kubernetes Benchmark's control 5.1.6 and Kubernetes' own hardening advice, reported at the `restricted` level only. It applies to Windows pods too.",
    severity: "low",
    remediation: "Set `automountServiceAccountToken: false` in the pod spec (or on its ServiceAccount); a pod that calls the API should mount a short-lived token with a `projected` `serviceAccountToken` volume in the container that needs it.",
    references: [
      "https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting",
      "https://kubernetes.io/docs/concepts/security/service-accounts/",
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/"
    ],
    tags: ["CWE-250", "pss-restricted"],
    messages: {
      pod: "The pod sets 'automountServiceAccountToken: true', so every container gets the API token of ServiceAccount '{account}'.",
      unset: "The pod does not set 'automountServiceAccountToken: false', so every container gets the API token of ServiceAccount '{account}'."
    },
    whenToIgnore: "Operators, controllers and other pods that call the Kubernetes API with their ServiceAccount; suppress with a reason, or mount a projected token only where it is needed."
  },
  checks: {
    kubernetes({ model, settings, repository, report }) {
      if (settings.podSecurityLevel !== "restricted") return;
      for (const pod of model.pods) {
        const { mounted, account, podField, accountObject } = tokenAutomount(pod, repository);
        if (!mounted) continue;
        report({
          messageId: podField ? "pod" : "unset",
          data: { account },
          region: podField ? podField.reportRegion : pod.specRegion,
          relatedLocations: accountObject ? [accountObject.location] : void 0,
          properties: pod.properties
        });
      }
    }
  }
});

// src/rules/windows-workload/windows-workload-runs-as-admin.ts
var windows_workload_runs_as_admin_default = defineRule({
  meta: {
    id: "BH601",
    slug: "windows-workload-runs-as-admin",
    title: "Windows workload runs as an administrator",
    description: "A Windows container runs as ContainerAdministrator (or SYSTEM, Administrator): its effective `runAsUserName` says so, or it sets none and its image defaults to an administrator (Server Core, Windows Server and .NET Framework images, or a Dockerfile in the repository). A pod that sets `windowsOptions` (a kustomize patch, a partial manifest) is a Windows workload unless `os.name: linux` says otherwise (then BH607). In a process-isolated container an administrator shares the node's kernel and can change the container's whole file system and registry; a kernel or runtime escape starts with full rights.",
    severity: "high",
    remediation: "Set `securityContext.windowsOptions.runAsUserName: ContainerUser` on the pod (remove administrator accounts from containers), add `runAsNonRoot: true` so the kubelet refuses ContainerAdministrator, and declare `os.name: windows`; in Compose, set `user: ContainerUser`. Grant ContainerUser the folders it writes in the Dockerfile (`icacls`) instead of running as an administrator.",
    references: [
      "https://kubernetes.io/docs/tasks/configure-pod-container/configure-runasusername/",
      "https://kubernetes.io/docs/concepts/security/windows-security/",
      "https://learn.microsoft.com/en-us/virtualization/windowscontainers/manage-containers/container-security"
    ],
    tags: ["CWE-250", "windows"],
    messages: {
      container: "Container '{container}' runs as '{user}', an administrator account.",
      pod: "The pod runs {containers} as '{user}', an administrator account.",
      image: "Container '{container}' sets no runAsUserName, so image '{image}' runs it as '{user}', an administrator account ({reason}).",
      compose: "Service '{service}' runs its Windows container as '{user}', an administrator account."
    },
    whenToIgnore: "Software that only installs or runs as an administrator, isolated with Hyper-V (a RuntimeClass with the `runhcs-wcow-hypervisor` handler); suppress with the reason."
  },
  checks: {
    kubernetes({ model, report }) {
      for (const pod of model.pods) {
        if (pod.os.os !== "windows" || pod.hostProcess) continue;
        const { properties } = pod;
        for (const { setting, containers } of groupBySetting(pod.containers, (c) => c.security.runAsUserName)) {
          const user = setting.node.text;
          if (user === void 0 || !isWindowsAdmin(user)) continue;
          const region = setting.node.reportRegion;
          if (setting.level === "pod")
            report({
              messageId: "pod",
              data: { containers: describeContainers(containers), user },
              region,
              properties,
              ...fixes(
                replaceSettingFix(setting.node, "ContainerUser", "review", "the pod's 'runAsUserName'")
              )
            });
          else
            report({
              messageId: "container",
              data: { container: containers[0]?.name ?? "", user },
              region,
              properties,
              ...fixes(containers.length === 1 ? windowsUserFix(pod, containers[0]) : void 0)
            });
        }
        for (const container of pod.containers) {
          const user = container.imageFacts?.user;
          if (container.security.runAsUserName || user?.os !== "windows" || !isWindowsAdmin(user.user))
            continue;
          report({
            messageId: "image",
            data: {
              container: container.name,
              image: container.imageFacts?.text ?? "",
              user: user.user,
              reason: user.reason
            },
            region: container.region,
            properties,
            ...fixes(windowsUserFix(pod)),
            ...user.related ? { relatedLocations: [user.related] } : {}
          });
        }
      }
    },
    compose({ model, report }) {
      for (const service of model.services) {
        const { user } = service;
        if (!user || !isWindowsAdmin(user.value) || service.os.os !== "windows") continue;
        report({
          messageId: "compose",
          data: { service: service.name, user: user.value },
          region: user.node.reportRegion,
          properties: service.properties
        });
      }
    }
  }
});

// src/targets/kubernetes/run-as-user-name.ts
var NETBIOS = /^[^\\/:*?"<>|.][^\\/:*?"<>|]{0,14}$/u;
var DNS_LABEL = "[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?";
var DNS_SUBDOMAIN = new RegExp(`^${DNS_LABEL}(?:\\.${DNS_LABEL})*$`);
var INVALID_USER_CHARS = /["/\\:;|=,+*?<>@[\]]/;
var ONLY_DOTS_OR_SPACES = /^[. ]+$/;
var MAX_DOMAIN_BYTES = 256;
var MAX_USER_BYTES = 104;
var byteLength = (text) => Buffer.byteLength(text, "utf8");
var isAsciiControl = (code) => code <= 31 || code === 127;
function runAsUserNameProblems(value) {
  if (value.length === 0) return ["it is empty"];
  if ([...value].some((char) => isAsciiControl(char.charCodeAt(0)))) return ["it contains a control character"];
  const parts = value.split("\\");
  if (parts.length > 2) return ["it contains more than one backslash"];
  const [domain, user] = parts.length === 2 ? [parts[0] ?? "", parts[1] ?? ""] : ["", parts[0] ?? ""];
  const problems = [];
  if (byteLength(domain) >= MAX_DOMAIN_BYTES)
    problems.push(`its domain is ${MAX_DOMAIN_BYTES} bytes or longer`);
  if (parts.length === 2 && !NETBIOS.test(domain) && !DNS_SUBDOMAIN.test(domain))
    problems.push(`its domain '${domain}' is neither a NetBIOS name (1-15 characters) nor a DNS name`);
  if (user.length === 0) problems.push("its user name is empty");
  else if (byteLength(user) > MAX_USER_BYTES)
    problems.push(`its user name is longer than ${MAX_USER_BYTES} bytes`);
  if (ONLY_DOTS_OR_SPACES.test(user)) problems.push("its user name is only dots or spaces");
  const bad = INVALID_USER_CHARS.exec(user);
  if (bad) problems.push(`its user name contains '${bad[0]}'`);
  return problems;
}
var BACKSLASH_ESCAPE = /^(?:\\|x5[cC]|u005[cC]|U0000005[cC])/;
function misreadEscape(node) {
  const raw = node.raw;
  if (node.style !== "double" || raw === void 0) return void 0;
  const inner = raw.slice(1, raw.endsWith('"') && raw.length > 1 ? -1 : void 0);
  let escape;
  let intended = "";
  for (let i = 0; i < inner.length; i++) {
    const char = inner[i] ?? "";
    if (char !== "\\") {
      intended += char;
      continue;
    }
    const rest = inner.slice(i + 1);
    const literal2 = BACKSLASH_ESCAPE.exec(rest);
    if (literal2) {
      intended += "\\";
      i += literal2[0].length;
    } else if (/^\r?\n/.test(rest)) {
      i += rest.startsWith("\r") ? 2 : 1;
    } else {
      escape ??= `\\${rest.slice(0, 1)}`;
      intended += "\\";
    }
  }
  return escape ? { escape, intended } : void 0;
}
function runAsUserNameFields(workload) {
  const fields = [];
  const pod = workload.spec.at("securityContext", "windowsOptions", "runAsUserName");
  if (pod && pod.kind !== "null") fields.push({ node: pod });
  for (const container of workload.containers) {
    const node = container.securityContext?.at("windowsOptions", "runAsUserName");
    if (node && node.kind !== "null") fields.push({ node, container });
  }
  return fields;
}
function printableUserName(value) {
  return [...value].map((char) => {
    const code = char.charCodeAt(0);
    const invisible = isAsciiControl(code) || code >= 128 && code <= 159 || code === 8232 || code === 8233;
    return invisible ? `\\u${code.toString(16).padStart(4, "0")}` : char;
  }).join("");
}

// src/rules/windows-workload/windows-user-unset.ts
var windows_user_unset_default = defineRule({
  meta: {
    id: "BH602",
    slug: "windows-user-unset",
    title: "Windows pod does not set its account",
    description: "A Windows pod sets no `runAsUserName` at all, so each container runs as its image's default user, and for this image that default is unknown (not built by a Dockerfile in the repository, not a well-known base image). Many Windows images (Server Core and everything built on it) default to ContainerAdministrator; `runAsNonRoot: true` catches only an image whose configured user is literally ContainerAdministrator, not one that leaves it empty.",
    severity: "low",
    remediation: "Set `securityContext.windowsOptions.runAsUserName: ContainerUser` on the pod, with `runAsNonRoot: true` and `os.name: windows`, so the account no longer depends on how the image was built.",
    references: [
      "https://kubernetes.io/docs/tasks/configure-pod-container/configure-runasusername/",
      "https://learn.microsoft.com/en-us/virtualization/windowscontainers/manage-containers/container-security"
    ],
    tags: ["CWE-250", "windows"],
    messages: {
      unset: "Container '{container}' runs as the default user of image '{image}', which is unknown: no runAsUserName is set in the pod."
    },
    whenToIgnore: "You know the image's default user is not an administrator (for example a Nano Server-based image published by your team); better, say so with `runAsUserName: ContainerUser`."
  },
  checks: {
    kubernetes({ model, report }) {
      for (const pod of model.pods) {
        if (pod.os.os !== "windows") continue;
        if (pod.hostProcess || runAsUserNameFields(pod).length > 0) continue;
        for (const container of pod.containers) {
          const image = container.imageFacts;
          if (!image || image.user) continue;
          report({
            messageId: "unset",
            data: { container: container.name, image: image.text },
            region: container.region,
            properties: pod.properties,
            ...fixes(windowsUserFix(pod))
          });
        }
      }
    }
  }
});

// src/rules/windows-workload/windows-privileged-unsupported.ts
var windows_privileged_unsupported_default = defineRule({
  meta: {
    id: "BH603",
    slug: "windows-privileged-unsupported",
    title: "Privileged container on a Windows pod",
    description: "Windows containers cannot be privileged. With `os.name: windows` the API server rejects the pod; without it the kubelet silently drops the setting (the Windows runtime only receives the account, gMSA and HostProcess settings), so whatever needed host access will fail in ways that are hard to trace, and a later move to HostProcess may be made without review.",
    severity: "medium",
    remediation: "Remove `privileged`. If the container really needs the node (a node agent, a CNI or CSI plugin), make it a HostProcess container (`windowsOptions.hostProcess: true`, `hostNetwork: true`, a least-privileged `runAsUserName` such as `NT AUTHORITY\\LOCAL SERVICE`) and review it as host software; otherwise run it as `ContainerUser` with `runAsNonRoot: true`.",
    references: [
      "https://kubernetes.io/docs/concepts/windows/intro/#compatibility-v1-pod-spec-containers-securitycontext",
      "https://kubernetes.io/docs/concepts/security/windows-security/",
      "https://kubernetes.io/docs/tasks/configure-pod-container/create-hostprocess-pod/"
    ],
    tags: ["CWE-250", "windows"],
    messages: {
      rejected: "Container '{container}' sets 'privileged: true' on a pod with os.name 'windows': the API server rejects it.",
      ignored: "Container '{container}' sets 'privileged: true' on a Windows pod ({evidence}): Windows ignores it."
    }
  },
  checks: {
    kubernetes({ model, report }) {
      for (const pod of model.pods) {
        const { os } = pod;
        if (os.os !== "windows") continue;
        for (const container of pod.containers) {
          const privileged = container.security.privileged;
          if (!privileged?.isTrue) continue;
          report({
            messageId: os.declared ? "rejected" : "ignored",
            data: { container: container.name, evidence: os.evidence },
            region: privileged.reportRegion,
            properties: pod.properties
          });
        }
      }
    }
  }
});

// src/rules/windows-workload/windows-hostprocess.ts
var windows_hostprocess_default = defineRule({
  meta: {
    id: "BH604",
    slug: "windows-hostprocess",
    title: "Windows HostProcess container",
    description: "A HostProcess container is a process on the Windows node, not a container: no file system, process or network isolation, access to the node's storage, devices, services and event logs as far as its account allows. As `NT AUTHORITY\\SYSTEM` (or with no account set) that is full control of the node and of every pod on it (critical); as `LOCAL SERVICE`, `NETWORK SERVICE` or a local group it is still unisolated host software (high). Pod Security Admission allows it only at the privileged level.",
    severity: "critical",
    remediation: "Use HostProcess only for node agents (CNI, CSI, kube-proxy, log and metric collectors), in a namespace at the privileged Pod Security level that few people can write to. Run them as `NT AUTHORITY\\LOCAL SERVICE` (or `NETWORK SERVICE`, or a dedicated local group), never SYSTEM unless the agent truly needs it, and set `os.name: windows`. Ordinary workloads should be regular Windows containers as `ContainerUser` with `runAsNonRoot: true`.",
    references: [
      "https://kubernetes.io/docs/tasks/configure-pod-container/create-hostprocess-pod/",
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/",
      "https://learn.microsoft.com/en-us/windows/win32/services/localsystem-account"
    ],
    tags: ["CWE-250", "windows"],
    messages: {
      container: "Container '{container}' is a HostProcess container: it runs on the node, without isolation, as '{account}'.",
      pod: "The pod's 'hostProcess: true' makes {containers} run on the node, without isolation, as '{account}'.",
      containerNoAccount: "Container '{container}' is a HostProcess container with no runAsUserName: it runs on the node, without isolation, as the image's user or else the runtime's own account, 'NT AUTHORITY\\SYSTEM'.",
      podNoAccount: "The pod's 'hostProcess: true' with no runAsUserName makes {containers} run on the node, without isolation, as the image's user or else the runtime's own account, 'NT AUTHORITY\\SYSTEM'."
    },
    whenToIgnore: "A reviewed node agent that needs SYSTEM (for example one that manages services or the host network stack), deployed by cluster administrators into a locked-down namespace; record the reason in the suppression."
  },
  checks: {
    kubernetes({ model, report }) {
      for (const pod of model.pods) {
        const hostProcess = pod.containers.filter((c) => c.security.hostProcess?.node.isTrue === true);
        const groups = groupBySetting(hostProcess, (c) => c.security.hostProcess);
        for (const { setting, containers } of groups) {
          const accounts = containers.map((c) => c.security.runAsUserName?.node.text);
          const named = accounts.filter((a) => a !== void 0);
          const account = named.length < accounts.length ? void 0 : named.find((a) => isWindowsAdmin(a)) ?? named[0];
          const severity = account === void 0 || isWindowsAdmin(account) ? "critical" : "high";
          const atPod = setting.level === "pod";
          const messageId = account === void 0 ? atPod ? "podNoAccount" : "containerNoAccount" : atPod ? "pod" : "container";
          report({
            messageId,
            data: {
              container: containers[0]?.name ?? "",
              containers: describeContainers(containers),
              account: printableUserName(account ?? "")
            },
            region: setting.node.reportRegion,
            severity,
            properties: pod.properties
          });
        }
      }
    }
  }
});

// src/targets/kubernetes/hostprocess-defects.ts
function booleanAt(node) {
  return node && typeof node.scalar === "boolean" ? { value: node.scalar, node } : void 0;
}
function hostProcessDefects(workload) {
  const pod = booleanAt(workload.spec.at("securityContext", "windowsOptions", "hostProcess"));
  const states = workload.containers.map((container) => {
    const own = booleanAt(container.securityContext?.at("windowsOptions", "hostProcess"));
    return { container, own, effective: own ? own.value : pod?.value === true };
  });
  const hostProcess = states.filter((s) => s.effective).map((s) => s.container);
  if (!pod && hostProcess.length === 0) return [];
  const defects = [];
  for (const { container, own, effective } of states) {
    if (pod && own && own.value !== pod.value) {
      defects.push({
        kind: "mismatch",
        container,
        value: own.value,
        podValue: pod.value,
        region: own.node.reportRegion
      });
    } else if (!effective && hostProcess.length > 0) {
      defects.push({
        kind: "mixed",
        container,
        hostProcess,
        region: own?.node.reportRegion ?? container.region
      });
    }
  }
  const hostNetwork = workload.spec.get("hostNetwork");
  if (hostProcess.length > 0 && hostNetwork?.isTrue !== true)
    defects.push({ kind: "hostNetwork", region: hostNetwork?.reportRegion ?? workload.specRegion });
  return defects;
}

// src/rules/windows-workload/windows-hostprocess-invalid.ts
var windows_hostprocess_invalid_default = defineRule({
  meta: {
    id: "BH605",
    slug: "windows-hostprocess-invalid",
    title: "HostProcess settings the API server rejects",
    description: "Kubernetes validates HostProcess pods whatever their OS: when both the pod and a container set `hostProcess` the values must be identical; if any container (init and ephemeral included) is a HostProcess container, all must be; and the pod must set `hostNetwork: true`. A manifest that breaks one of these never starts, and the usual quick fix (adding `hostProcess: true` everywhere) turns every container into unisolated host software.",
    severity: "medium",
    remediation: "Decide whether the pod is a node agent. If it is, set `hostProcess: true` once at the pod level (`securityContext.windowsOptions`), remove contradicting container values, set `hostNetwork: true` and a least-privileged `runAsUserName`; if it is not, remove `hostProcess` everywhere and run as `ContainerUser` with `runAsNonRoot: true`.",
    references: [
      "https://kubernetes.io/docs/tasks/configure-pod-container/create-hostprocess-pod/",
      "https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#security-context"
    ],
    tags: ["CWE-1284", "windows"],
    messages: {
      mismatch: "Container '{container}' sets 'hostProcess: {value}' but the pod sets 'hostProcess: {podValue}': the API server requires them to be identical.",
      mixed: "Container '{container}' is not a HostProcess container, unlike {hostProcess}: the API server requires all containers of the pod to be HostProcess containers, or none.",
      hostNetwork: "The pod runs HostProcess containers without 'hostNetwork: true': the API server rejects it."
    }
  },
  checks: {
    kubernetes({ model, report }) {
      for (const pod of model.pods) {
        const { properties } = pod;
        for (const defect of hostProcessDefects(pod)) {
          if (defect.kind === "hostNetwork")
            report({ messageId: "hostNetwork", region: defect.region, properties });
          else if (defect.kind === "mismatch")
            report({
              messageId: "mismatch",
              data: {
                container: defect.container.name,
                value: `${defect.value}`,
                podValue: `${defect.podValue}`
              },
              region: defect.region,
              properties
            });
          else
            report({
              messageId: "mixed",
              data: { container: defect.container.name, hostProcess: describeContainers(defect.hostProcess) },
              region: defect.region,
              properties
            });
        }
      }
    }
  }
});

// src/targets/kubernetes/linux-only-fields.ts
var POD_SECURITY_CONTEXT = [
  "seLinuxOptions",
  "seccompProfile",
  "appArmorProfile",
  "fsGroup",
  "fsGroupChangePolicy",
  "sysctls",
  "runAsUser",
  "runAsGroup",
  "supplementalGroups",
  "supplementalGroupsPolicy",
  "seLinuxChangePolicy"
];
var POD_SPEC = ["hostPID", "hostIPC", "hostUsers", "shareProcessNamespace"];
var CONTAINER_SECURITY_CONTEXT = [
  "seLinuxOptions",
  "seccompProfile",
  "appArmorProfile",
  "capabilities",
  "readOnlyRootFilesystem",
  "privileged",
  "allowPrivilegeEscalation",
  "procMount",
  "runAsUser",
  "runAsGroup"
];
function isSet(field, node) {
  if (!node || node.kind === "null") return false;
  if (field === "hostPID" || field === "hostIPC") return node.isTrue;
  if (field === "sysctls") return node.kind !== "seq" || node.items().length > 0;
  return true;
}
function linuxOnlyFields(workload) {
  const found = [];
  const podContext = workload.spec.get("securityContext");
  for (const field of POD_SECURITY_CONTEXT) {
    const node = podContext?.get(field);
    if (isSet(field, node)) found.push({ field, node });
  }
  for (const field of POD_SPEC) {
    const node = workload.spec.get(field);
    if (isSet(field, node)) found.push({ field, node });
  }
  for (const container of workload.containers) {
    for (const field of CONTAINER_SECURITY_CONTEXT) {
      const node = container.securityContext?.get(field);
      if (isSet(field, node)) found.push({ field, node, container });
    }
  }
  return found;
}

// src/rules/windows-workload/linux-field-on-windows-pod.ts
var linux_field_on_windows_pod_default = defineRule({
  meta: {
    id: "BH606",
    slug: "linux-field-on-windows-pod",
    title: "Linux-only field on a Windows pod",
    description: "Windows has no UIDs, GIDs, capabilities, seccomp, SELinux, AppArmor, sysctls, read-only root file systems or host PID/IPC namespaces. With `os.name: windows` the API server rejects a pod that sets any of these fields; without it the kubelet drops them, so the pod looks hardened but is not, and `runAsUser`/`runAsGroup` have broken start-up on Windows nodes (projected service-account tokens could not be chowned) on kubelets before the 2024-25 fixes. Linux hardening advice from other scanners does not apply here.",
    severity: "medium",
    remediation: "Remove the field from the Windows pod (keep it in the Linux variant of a shared chart). Harden Windows pods with `os.name: windows`, `runAsNonRoot: true` and `windowsOptions.runAsUserName: ContainerUser` instead: the Linux hardening fields have no Windows meaning.",
    references: [
      "https://kubernetes.io/docs/concepts/windows/intro/#compatibility-v1-pod-spec-containers-securitycontext",
      "https://kubernetes.io/docs/concepts/security/pod-security-standards/",
      "https://github.com/kubernetes/kubernetes/issues/102849"
    ],
    tags: ["CWE-1284", "windows"],
    messages: {
      podRejected: "The pod sets '{field}', a Linux-only field, with os.name 'windows': the API server rejects it.",
      containerRejected: "Container '{container}' sets '{field}', a Linux-only field, on a pod with os.name 'windows': the API server rejects it.",
      podIgnored: "The pod sets '{field}', a Linux-only field, on a Windows pod ({evidence}): Windows ignores it.",
      containerIgnored: "Container '{container}' sets '{field}', a Linux-only field, on a Windows pod ({evidence}): Windows ignores it."
    },
    whenToIgnore: "A chart that renders one pod template for both OSes and relies on the kubelet dropping the fields; prefer per-OS values, since `os.name: windows` then turns this into a rejection."
  },
  checks: {
    kubernetes({ model, report }) {
      for (const pod of model.pods) {
        const { os } = pod;
        if (os.os !== "windows") continue;
        for (const { field, node, container } of linuxOnlyFields(pod)) {
          if (field === "privileged" && node.isTrue) continue;
          const level = container ? "container" : "pod";
          const holder = container ? container.securityContext : holderOf(node, field, [pod.spec.get("securityContext"), pod.spec]);
          report({
            messageId: os.declared ? `${level}Rejected` : `${level}Ignored`,
            data: { field, container: container?.name ?? "", evidence: os.evidence },
            region: node.reportRegion,
            severity: os.declared ? "medium" : "low",
            properties: pod.properties,
            ...fixes(removeFieldFix(holder, field, "Windows has no such setting."))
          });
        }
      }
    }
  }
});

// src/rules/windows-workload/windows-options-on-linux-pod.ts
var WHY = "a Linux pod cannot have Windows options.";
var windows_options_on_linux_pod_default = defineRule({
  meta: {
    id: "BH607",
    slug: "windows-options-on-linux-pod",
    title: "windowsOptions on a Linux pod",
    description: "A pod that declares `os.name: linux` may not set `windowsOptions`, at the pod level or in any container, not even `{}`: the API server rejects it. It usually means a Windows template was copied or a chart's values were mixed up, so the pod's intended account or HostProcess settings are not what will run.",
    severity: "medium",
    remediation: "Remove `windowsOptions` from the Linux pod (a Linux account is set with the Linux fields of the security context), or, if the workload is really a Windows one, set `os.name: windows` and target Windows nodes.",
    references: [
      "https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#scheduling",
      "https://kubernetes.io/docs/concepts/windows/user-guide/"
    ],
    tags: ["CWE-1284", "windows"],
    messages: {
      pod: "The pod sets 'windowsOptions' with os.name 'linux': the API server rejects it.",
      container: "Container '{container}' sets 'windowsOptions' on a pod with os.name 'linux': the API server rejects it."
    }
  },
  checks: {
    kubernetes({ model, report }) {
      for (const pod of model.pods) {
        const { os, properties } = pod;
        if (!os.declared || os.os !== "linux") continue;
        const options = pod.spec.at("securityContext", "windowsOptions");
        if (options && options.kind !== "null")
          report({
            messageId: "pod",
            region: options.reportRegion,
            properties,
            ...fixes(removeFieldFix(pod.spec.get("securityContext"), "windowsOptions", WHY))
          });
        for (const container of pod.containers) {
          const own = container.securityContext?.get("windowsOptions");
          if (own && own.kind !== "null")
            report({
              messageId: "container",
              data: { container: container.name },
              region: own.reportRegion,
              properties,
              ...fixes(removeFieldFix(container.securityContext, "windowsOptions", WHY))
            });
        }
      }
    }
  }
});

// src/rules/windows-workload/invalid-run-as-user-name.ts
var invalid_run_as_user_name_default = defineRule({
  meta: {
    id: "BH608",
    slug: "invalid-run-as-user-name",
    title: "Invalid Windows runAsUserName",
    description: 'Kubernetes rejects a `windowsOptions.runAsUserName` that is empty, contains control characters or more than one backslash, has a domain that is neither a NetBIOS name (up to 15 characters) nor a DNS name, or a user part that is empty, longer than 104 bytes, only dots or spaces, or contains any of `"/\\[]:;|=,+*?<>@`. Worse, in a double-quoted YAML string a single backslash starts an escape: `"NT AUTHORITY\\Local service"` silently becomes `NT AUTHORITY` + U+2028 + `ocal service`, which passes validation and fails only when the container starts, or runs as an account nobody intended.',
    severity: "medium",
    remediation: "Write account names in single quotes (`'NT AUTHORITY\\LOCAL SERVICE'`), unquoted, or with a doubled backslash inside double quotes (`\"NT AUTHORITY\\\\LOCAL SERVICE\"`). Use `DOMAIN\\user` with one backslash, a NetBIOS or DNS domain and a valid user part; for ordinary containers use `ContainerUser`.",
    references: [
      "https://kubernetes.io/docs/tasks/configure-pod-container/configure-runasusername/",
      "https://yaml.org/spec/1.2.2/#57-escaped-characters",
      "https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/core/validation/validation.go"
    ],
    tags: ["CWE-1284", "windows"],
    messages: {
      invalid: "The runAsUserName '{value}' of {owner} is rejected by Kubernetes: {problems}.",
      escape: "The runAsUserName '{written}' of {owner} is double-quoted, so YAML reads '{escape}' as an escape sequence and Kubernetes receives '{value}'."
    }
  },
  checks: {
    kubernetes({ model, report }) {
      for (const pod of model.pods) {
        const { properties } = pod;
        for (const { node, container } of runAsUserNameFields(pod)) {
          const value = node.text;
          if (value === void 0) continue;
          const owner = container ? `container '${container.name}'` : "the pod";
          const region = node.reportRegion;
          const escape = misreadEscape(node);
          if (escape) {
            const data = {
              written: escape.intended,
              owner,
              escape: escape.escape,
              value: printableUserName(value)
            };
            report({
              messageId: "escape",
              data,
              region,
              properties,
              ...fixes(singleQuotedFix(node, escape.intended))
            });
            continue;
          }
          const problems = runAsUserNameProblems(value);
          if (problems.length)
            report({
              messageId: "invalid",
              data: { value: printableUserName(value), owner, problems: problems.join("; ") },
              region,
              properties
            });
        }
      }
    }
  }
});

// src/targets/kubernetes/secret-volumes.ts
function secretVolumes(workload) {
  const found = [];
  for (const volume of workload.spec.get("volumes")?.items() ?? []) {
    const name = volume.get("name")?.text;
    if (name === void 0) continue;
    const mountedBy = workload.containers.filter(
      (container) => (container.node.get("volumeMounts")?.items() ?? []).some((mount) => mount.get("name")?.text === name)
    );
    if (mountedBy.length === 0) continue;
    const secret = volume.get("secret");
    if (secret && secret.kind !== "null")
      found.push({ volume: name, secret: secret.get("secretName")?.text, node: secret, mountedBy });
    for (const source of volume.at("projected", "sources")?.items() ?? []) {
      const projected = source.get("secret");
      if (projected && projected.kind !== "null")
        found.push({ volume: name, secret: projected.get("name")?.text, node: projected, mountedBy });
    }
  }
  return found;
}

// src/rules/windows-workload/windows-secret-on-node-disk.ts
var windows_secret_on_node_disk_default = defineRule({
  meta: {
    id: "BH609",
    slug: "windows-secret-on-node-disk",
    title: "Secret volume on a Windows node is stored on disk",
    description: "Linux nodes keep Secret volumes in memory (tmpfs). Windows nodes have no tmpfs and write the Secret's data in clear text to the node's local disk, where it survives in backups, snapshots and disk images and is readable by anyone with administrator access to the node; `emptyDir.medium: Memory` is not available on Windows either.",
    severity: "info",
    remediation: "Protect the kubelet's pod directory on Windows nodes with file ACLs and encrypt the volume with BitLocker; mount only the keys the container needs (`items`), prefer short-lived credentials (projected service-account tokens, workload identity, gMSA) over long-lived Secrets.",
    references: [
      "https://kubernetes.io/docs/concepts/security/windows-security/",
      "https://kubernetes.io/docs/concepts/configuration/secret/"
    ],
    tags: ["CWE-312", "windows"],
    messages: {
      mounted: "Volume '{volume}' puts Secret '{secret}' into {containers} of a Windows pod: Windows nodes store it in clear text on the node's disk."
    },
    whenToIgnore: "Your Windows nodes encrypt their disks (BitLocker) and restrict access to the kubelet directory; suppress for the namespace or file with that reason."
  },
  checks: {
    kubernetes({ model, report }) {
      for (const pod of model.pods) {
        if (pod.os.os !== "windows") continue;
        for (const { volume, secret, node, mountedBy } of secretVolumes(pod)) {
          report({
            messageId: "mounted",
            data: { volume, secret: secret ?? "", containers: describeContainers(mountedBy) },
            region: node.reportRegion,
            properties: pod.properties
          });
        }
      }
    }
  }
});

// src/rules/windows-workload/windows-scheduling-unpinned.ts
var windows_scheduling_unpinned_default = defineRule({
  meta: {
    id: "BH610",
    slug: "windows-scheduling-unpinned",
    title: "Windows image without Windows node targeting",
    description: "The scheduler does not look at images: a pod with a Windows image and no node selection for Windows (`nodeSelector`/required node affinity on `kubernetes.io/os: windows` or `node.kubernetes.io/windows-build`, a Windows RuntimeClass) can land on a Linux node and fail there, and without `os.name: windows` the API server applies neither Windows validation nor the Pod Security exemptions for Windows.",
    severity: "low",
    remediation: "Set `os.name: windows` and `nodeSelector: {kubernetes.io/os: windows}` (add `node.kubernetes.io/windows-build` to match the image's Windows Server version), or use a RuntimeClass whose scheduling selects Windows nodes.",
    references: [
      "https://kubernetes.io/docs/concepts/windows/user-guide/#ensuring-os-specific-workloads-land-on-the-appropriate-container-host",
      "https://kubernetes.io/docs/concepts/containers/runtime-class/#scheduling"
    ],
    tags: ["windows"],
    messages: {
      unpinned: "Container '{container}' runs Windows image '{image}', but the pod does not target Windows nodes: it can be scheduled onto a Linux node."
    },
    whenToIgnore: "Your cluster has only Windows nodes, or an admission webhook adds the node selection; suppress with that reason."
  },
  checks: {
    kubernetes({ model, repository, report }) {
      for (const pod of model.pods) {
        if (pod.os.pinned) continue;
        const runtimeClass = pod.spec.get("runtimeClassName")?.text;
        if (runtimeClass && repository.runtimeClasses.get(runtimeClass) !== "linux") continue;
        const container = pod.containers.find((c) => c.imageFacts?.windowsByName);
        if (!container) continue;
        report({
          messageId: "unpinned",
          data: { container: container.name, image: container.imageFacts?.text ?? "" },
          region: pod.specRegion,
          properties: pod.properties
        });
      }
    }
  }
});

// src/rules/windows-workload/windows-runasnonroot-contradiction.ts
var isContainerAdministrator = (user) => user?.toLowerCase() === "containeradministrator";
var windows_runasnonroot_contradiction_default = defineRule({
  meta: {
    id: "BH611",
    slug: "windows-runasnonroot-contradiction",
    title: "runAsNonRoot contradicts ContainerAdministrator",
    description: "On Windows the kubelet enforces `runAsNonRoot: true` by name: a container whose effective `runAsUserName`, or, when none is set, whose image's configured user is `ContainerAdministrator` never starts (CreateContainerConfigError). The manifest asks for two contradicting things; the usual \"fix\" of dropping `runAsNonRoot` leaves the container running as an administrator. Server Core's empty default user passes this check and is reported by BH601 instead.",
    severity: "medium",
    remediation: "Keep `runAsNonRoot: true` and run the container as `ContainerUser` (`windowsOptions.runAsUserName: ContainerUser`, or `USER ContainerUser` at the end of its Dockerfile), granting it the folders it writes with `icacls`.",
    references: [
      "https://kubernetes.io/docs/tasks/configure-pod-container/configure-runasusername/",
      "https://kubernetes.io/docs/concepts/windows/intro/#compatibility-v1-pod-spec-containers-securitycontext"
    ],
    tags: ["CWE-1284", "windows"],
    messages: {
      container: "Container '{container}' runs as '{user}' with runAsNonRoot true: the kubelet refuses to start it.",
      pod: "The pod's runAsUserName '{user}' contradicts runAsNonRoot true: the kubelet refuses to start {containers}.",
      image: "Container '{container}' sets runAsNonRoot true and no runAsUserName, but image '{image}' is configured to run as '{user}' ({reason}): the kubelet refuses to start it."
    }
  },
  checks: {
    kubernetes({ model, report }) {
      for (const pod of model.pods) {
        if (pod.os.os !== "windows") continue;
        const { properties } = pod;
        const nonRoot = pod.containers.filter((c) => c.security.runAsNonRoot?.node.isTrue === true);
        const byUser = groupBySetting(nonRoot, (c) => c.security.runAsUserName);
        for (const { setting, containers } of byUser) {
          const user = setting.node.text;
          if (!isContainerAdministrator(user)) continue;
          const data = {
            user: user ?? "",
            container: containers[0]?.name ?? "",
            containers: describeContainers(containers)
          };
          report({ messageId: setting.level, data, region: setting.node.reportRegion, properties });
        }
        for (const container of nonRoot) {
          if (container.security.runAsUserName) continue;
          const image = container.imageFacts;
          const user = image?.user;
          if (!user?.explicit || user.os === "linux" || !isContainerAdministrator(user.user)) continue;
          report({
            messageId: "image",
            data: {
              container: container.name,
              image: image?.text ?? "",
              user: user.user,
              reason: user.reason
            },
            region: container.region,
            properties,
            ...user.related ? { relatedLocations: [user.related] } : {}
          });
        }
      }
    }
  }
});

// src/targets/kubernetes/pinned-windows-build.ts
var BUILD_KEYS = [WINDOWS_BUILD_LABEL, AKS_OS_SKU_LABEL];
function pinnedWindowsBuild(spec, runtimeClasses) {
  for (const key of BUILD_KEYS) {
    const node = spec.get("nodeSelector")?.get(key);
    const release2 = node?.text ? windowsReleaseOfNodeLabel(key, node.text) : void 0;
    if (node && release2)
      return {
        releases: [release2],
        evidence: `nodeSelector ${key}=${node.text ?? ""}`,
        region: node.reportRegion
      };
  }
  const affinity = requiredAffinityBuild(spec);
  if (affinity) return affinity;
  const name = spec.get("runtimeClassName")?.text;
  const details = name ? runtimeClasses?.get(name) : void 0;
  const release = details?.windowsBuild ? windowsReleaseOfVersion(details.windowsBuild) : void 0;
  if (!name || !release) return void 0;
  return {
    releases: [release],
    evidence: `RuntimeClass '${name}' (${WINDOWS_BUILD_LABEL}=${details?.windowsBuild ?? ""})`,
    ...details?.location ? { related: details.location } : {}
  };
}
function requiredAffinityBuild(spec) {
  const terms = spec.at("affinity", "nodeAffinity", "requiredDuringSchedulingIgnoredDuringExecution", "nodeSelectorTerms")?.items() ?? [];
  const pinned = terms.map(termBuild);
  if (pinned.length === 0 || pinned.some((p) => p === void 0)) return void 0;
  const releases = /* @__PURE__ */ new Map();
  for (const term of pinned) for (const release of term?.releases ?? []) releases.set(release.build, release);
  const [first] = pinned;
  return first ? { ...first, releases: [...releases.values()] } : void 0;
}
function termBuild(term) {
  for (const expression of term.get("matchExpressions")?.items() ?? []) {
    const key = expression.get("key")?.text ?? "";
    if (!BUILD_KEYS.includes(key) || expression.get("operator")?.text !== "In") continue;
    const values = (expression.get("values")?.items() ?? []).map((v) => v.text ?? "");
    const releases = values.map((v) => windowsReleaseOfNodeLabel(key, v));
    if (values.length === 0 || releases.some((r) => r === void 0)) continue;
    return {
      releases: releases.filter((r) => r !== void 0),
      evidence: `required node affinity ${key} In [${values.join(", ")}]`,
      region: expression.reportRegion
    };
  }
  return void 0;
}
var HYPERV_HANDLER = "runhcs-wcow-hypervisor";
var HYPERV_NAME = /hyper-?v|hypervisor/i;
function usesHyperVIsolation(spec, runtimeClasses) {
  const name = spec.get("runtimeClassName")?.text;
  if (!name) return false;
  const details = runtimeClasses?.get(name);
  return details ? details.handler === HYPERV_HANDLER : HYPERV_NAME.test(name);
}

// src/rules/windows-workload/windows-build-mismatch.ts
var windows_build_mismatch_default = defineRule({
  meta: {
    id: "BH612",
    slug: "windows-build-mismatch",
    title: "Windows image build differs from the pinned node build",
    description: "With process isolation, a Windows container shares the host's kernel, so the image's OS build must equal the node's: a Windows Server 2019 (10.0.17763) image does not start on a Windows Server 2022 (10.0.20348) node, and the pod is stuck in `CreateContainerError`. AKS and most Kubernetes distributions offer process isolation only; Hyper-V isolation (RuntimeClass handler `runhcs-wcow-hypervisor`) runs older images on newer hosts. The image build is read from its tag (`ltsc2019`, `1809`, `ltsc2022`, `10.0.20348.x`, SAC tags); multi-platform tags resolve per node and are not checked.",
    severity: "medium",
    remediation: "Use the image tag for the nodes' build (`ltsc2022` for `10.0.20348` / `Windows2022` nodes), or a multi-platform tag that includes it; or pin the pod to nodes of the image's build, or run it with a Hyper-V RuntimeClass (handler `runhcs-wcow-hypervisor`) where the cluster supports it.",
    references: [
      "https://learn.microsoft.com/virtualization/windowscontainers/deploy-containers/version-compatibility",
      "https://kubernetes.io/docs/concepts/windows/user-guide/#ensuring-os-specific-workloads-land-on-the-appropriate-container-host",
      "https://learn.microsoft.com/azure/aks/upgrade-windows-os",
      "https://learn.microsoft.com/virtualization/windowscontainers/deploy-containers/portability"
    ],
    tags: ["windows", "availability"],
    messages: {
      mismatch: "Container '{container}' runs '{image}', a {imageRelease} image (build {imageBuild}), but the pod is pinned to {nodeRelease} nodes (build {nodeBuild}) by {evidence}: with process isolation the container will not start."
    },
    whenToIgnore: "Your Windows nodes run Hyper-V isolated containers by default (a containerd default runtime of `runhcs-wcow-hypervisor`), or a mutating webhook adds a Hyper-V RuntimeClass; suppress with that reason."
  },
  checks: {
    kubernetes({ model, repository, file, report }) {
      for (const pod of model.pods) {
        if (pod.hostProcess || pod.os.os === "linux") continue;
        if (usesHyperVIsolation(pod.spec, repository.runtimeClassDetails)) continue;
        const pin = pinnedWindowsBuild(pod.spec, repository.runtimeClassDetails);
        if (!pin) continue;
        for (const container of pod.containers) {
          const reference = container.imageFacts?.reference;
          const tagged = reference ? imageRelease(reference, repository) : void 0;
          if (!tagged || !container.image || pin.releases.some((r) => runsWithProcessIsolation(tagged.release.build, r.build)))
            continue;
          const related = pin.related ? [pin.related] : pin.region ? [{ file, region: pin.region, message: `The pod's node selection: ${pin.evidence}` }] : [];
          if (tagged.built) related.push(tagged.built);
          report({
            messageId: "mismatch",
            data: {
              container: container.name,
              image: container.imageFacts?.text ?? "",
              imageRelease: tagged.release.name,
              imageBuild: `10.0.${tagged.release.build}`,
              nodeRelease: pin.releases.map((r) => r.name).join(" or "),
              nodeBuild: pin.releases.map((r) => `10.0.${r.build}`).join(" or "),
              evidence: pin.evidence
            },
            region: container.image.reportRegion,
            ...related.length ? { relatedLocations: related } : {},
            properties: pod.properties
          });
        }
      }
    }
  }
});
function imageRelease(reference, repository) {
  const tagged = windowsReleaseOfImage(reference);
  if (tagged) return tagged;
  const base = repository.builtImages.get(reference.name.toLowerCase())?.windowsBase;
  const release = base ? windowsReleaseOfBuild(base.build) : void 0;
  return base && release ? { release, built: base.location } : void 0;
}

// src/rules/registry/registry-plain-http.ts
var registry_plain_http_default = defineRule({
  meta: {
    id: "BH801",
    slug: "registry-plain-http",
    title: "Registry reached over plain HTTP",
    description: 'A runtime is told to talk to a registry or mirror over `http://`: Docker `registry-mirrors`, containerd `endpoint`/`server`/`[host."http://\u2026"]`/`plain-http`, BuildKit `http = true`. Whoever is on the network path can read the credentials sent to it and answer tag lookups with an image of their choice. Loopback registries, and hosts.toml mirrors trusted only to `pull` (blobs are checked against their digest), are reported as low.',
    severity: "high",
    remediation: 'Serve the registry over HTTPS with a certificate the runtime trusts, then switch the endpoint to `https://` and remove `http = true` / `plain-http`. For a private CA: Docker `/etc/docker/certs.d/<host:port>/ca.crt`; containerd `ca = "\u2026"` in `/etc/containerd/certs.d/<host>/hosts.toml`; Podman/CRI-O `/etc/containers/certs.d/<host:port>/ca.crt`; BuildKit `ca = ["\u2026"]` under `[registry."<host>"]`. A mirror that must stay on HTTP should only get `capabilities = ["pull"]`, so tags are still resolved over TLS.',
    references: [
      "https://github.com/containerd/containerd/blob/main/docs/hosts.md",
      "https://docs.docker.com/reference/cli/dockerd/#insecure-registries",
      "https://docs.docker.com/build/buildkit/toml-configuration/",
      "https://github.com/containers/image/blob/main/docs/containers-registries.conf.5.md"
    ],
    tags: ["CWE-319", "registry"],
    messages: {
      registry: "Registry '{registry}' is reached over plain HTTP ('{key}').",
      mirror: "Mirror '{registry}' of registry '{mirrorOf}' is reached over plain HTTP ('{key}')."
    },
    whenToIgnore: "A registry on a loopback address or an isolated lab network that only serves digest-pinned images."
  },
  checks: {
    "registry-config"({ document, report }) {
      for (const endpoint of document.insecureEndpoints) {
        if (endpoint.setting !== "plain-http") continue;
        const { registry, key, mirrorOf, region } = endpoint;
        const isMirror = mirrorOf !== void 0 && mirrorOf !== registry;
        report({
          messageId: isMirror ? "mirror" : "registry",
          // A URL or location may carry `user:password@`: messages never quote the password.
          data: {
            registry: redactUserinfo(registry),
            key: redactUserinfo(key),
            mirrorOf: redactUserinfo(mirrorOf ?? "")
          },
          region,
          ...endpoint.lowRisk ? { severity: "low" } : {}
        });
      }
    }
  }
});

// src/rules/registry/registry-tls-unverified.ts
var registry_tls_unverified_default = defineRule({
  meta: {
    id: "BH802",
    slug: "registry-tls-unverified",
    title: "Registry TLS verification disabled",
    description: 'The registry\'s certificate is not checked: containerd `insecure_skip_verify = true`, hosts.toml `skip_verify = true`, BuildKit `insecure = true`, or an "insecure registry" switch (Docker `insecure-registries` / `--insecure-registry`, registries.conf `insecure = true` / `[registries.insecure]`) that also falls back to plain HTTP. Anyone on the network path can impersonate the registry, collect the credentials sent to it and serve any image for a tag. Loopback entries (`localhost`, `127.0.0.0/8` and addresses or CIDRs in it, `::1`) are reported as low: only the machine itself reaches them, and Docker already treats `127.0.0.0/8` as insecure.',
    severity: "high",
    remediation: 'Trust the registry\'s CA instead of switching verification off. Docker: put the CA in `/etc/docker/certs.d/<host:port>/ca.crt` (Windows: `%ProgramData%\\docker\\certs.d`) and remove the entry from `insecure-registries` / `--insecure-registry`. containerd: `ca = "ca.crt"` in `certs.d/<host>/hosts.toml` and remove `skip_verify` / `insecure_skip_verify`. Podman/CRI-O: `/etc/containers/certs.d/<host:port>/ca.crt` and `insecure = false`. BuildKit: `ca = ["\u2026"]` and remove `insecure = true`.',
    references: [
      "https://docs.docker.com/engine/security/certificates/",
      "https://docs.docker.com/reference/cli/dockerd/#insecure-registries",
      "https://github.com/containerd/containerd/blob/main/docs/hosts.md",
      "https://github.com/containers/image/blob/main/docs/containers-registries.conf.5.md"
    ],
    tags: ["CWE-295", "registry"],
    messages: {
      skipVerify: "TLS certificate verification is off for registry '{registry}' ('{key}').",
      mirrorSkipVerify: "TLS certificate verification is off for mirror '{registry}' of registry '{mirrorOf}' ('{key}').",
      insecure: "Registry '{registry}' is marked insecure ('{key}'): unverified TLS and plain HTTP are accepted.",
      mirrorInsecure: "Mirror '{registry}' of registry '{mirrorOf}' is marked insecure ('{key}'): unverified TLS and plain HTTP are accepted."
    },
    whenToIgnore: "A registry on a loopback address or an isolated lab network with no credentials and no production images."
  },
  checks: {
    "registry-config"({ document, report }) {
      for (const endpoint of document.insecureEndpoints) {
        if (endpoint.setting === "plain-http") continue;
        const { registry, key, mirrorOf, region } = endpoint;
        const isMirror = mirrorOf !== void 0 && mirrorOf !== registry;
        const kind = endpoint.setting === "skip-verify" ? "skipVerify" : "insecure";
        report({
          messageId: isMirror ? kind === "skipVerify" ? "mirrorSkipVerify" : "mirrorInsecure" : kind,
          // A URL or location may carry `user:password@`: messages never quote the password.
          data: {
            registry: redactUserinfo(registry),
            key: redactUserinfo(key),
            mirrorOf: redactUserinfo(mirrorOf ?? "")
          },
          region,
          // RULES.md: loopback entries (`localhost`, `127.0.0.0/8` and addresses/CIDRs in it,
          // `::1`) are low; Docker itself treats 127.0.0.0/8 as insecure by default
          // (https://docs.docker.com/reference/cli/dockerd/#insecure-registries).
          ...isLoopbackHost(registry) ? { severity: "low" } : {}
        });
      }
    }
  }
});

// src/rules/registry/docker-daemon-exposed.ts
var docker_daemon_exposed_default = defineRule({
  meta: {
    id: "BH803",
    slug: "docker-daemon-exposed",
    title: "Docker daemon exposed on TCP without TLS client verification",
    description: "dockerd listens on a `tcp://` socket (`hosts` in `daemon.json`, `-H`/`--host` on its command line) without `tlsverify`. Whoever reaches the port can start a privileged container that mounts the host: root on the machine, with no password. On `0.0.0.0` (all interfaces) that is anyone on the network; on loopback still any local process or a browser-driven request.",
    severity: "critical",
    remediation: 'Do not publish the Docker API over plain TCP. Keep the default local socket (`unix:///var/run/docker.sock`, Windows `npipe:////./pipe/docker_engine`) and reach remote engines over SSH (`DOCKER_HOST=ssh://user@host`, `docker context create --docker host=ssh://\u2026`). If TCP is required, set `"tlsverify": true` with `tlscacert`, `tlscert` and `tlskey` from a private CA dedicated to Docker clients, and listen on port 2376.',
    references: [
      "https://docs.docker.com/engine/security/protect-access/",
      "https://docs.docker.com/reference/cli/dockerd/#daemon-socket-option",
      "https://docs.docker.com/engine/daemon/remote-access/"
    ],
    tags: ["CWE-306", "CWE-319", "registry"],
    messages: {
      exposed: "Docker daemon listens on '{address}' without TLS client verification ('{key}').",
      allInterfaces: "Docker daemon listens on all interfaces at '{address}' without TLS client verification ('{key}'): anyone who reaches the port controls the host."
    }
  },
  checks: {
    "registry-config"({ document, report }) {
      for (const { address, tlsVerify, key, region } of document.listeners) {
        const host = tcpHost(address);
        if (host === void 0 || tlsVerify) continue;
        const everywhere = ["0.0.0.0", "::", "[::]"].includes(host);
        report({ messageId: everywhere ? "allInterfaces" : "exposed", data: { address, key }, region });
      }
    }
  }
});
function tcpHost(address) {
  const match = /^(?:([a-z]+):\/\/)?(.*)$/i.exec(address.trim());
  if (!match || match[1] !== void 0 && match[1].toLowerCase() !== "tcp") return void 0;
  const rest = (match[2] ?? "").split("/")[0] ?? "";
  const bracketed = /^(\[[^\]]*\])/.exec(rest);
  if (bracketed) return bracketed[1];
  const colon = rest.lastIndexOf(":");
  return colon < 0 ? rest : rest.slice(0, colon);
}

// src/rules/registry/weak-image-trust-policy.ts
var weak_image_trust_policy_default = defineRule({
  meta: {
    id: "BH804",
    slug: "weak-image-trust-policy",
    title: "Image trust policy does not enforce signatures",
    description: 'A signature policy is committed but lets unsigned images through: containers `policy.json` with an `insecureAcceptAnything` default, Notation `signatureVerification.level` `skip`/`audit` or `trustedIdentities: ["*"]`, Kyverno `verifyImages` with `required: false` or only auditing (`Audit` is also the default when no failure action is set), sigstore policy-controller `mode: warn`. The policy looks like protection in review while any image, signed or not, still runs.',
    severity: "medium",
    remediation: 'Enforce signatures: in `policy.json` make `default` `[{"type": "reject"}]` and allow registries with `signedBy` or `sigstoreSigned` requirements; in Notation use `signatureVerification.level: strict` with named `trustedIdentities` (`x509.subject: \u2026`); in Kyverno set `failureAction: Enforce` on each `verifyImages` entry (or `validationFailureAction: Enforce`) and keep `required: true`; in policy-controller set `mode: enforce`. Roll out in audit mode only on a branch or a test cluster.',
    references: [
      "https://github.com/containers/image/blob/main/docs/containers-policy.json.5.md",
      "https://github.com/notaryproject/specifications/blob/main/specs/trust-store-trust-policy.md",
      "https://kyverno.io/docs/policy-types/cluster-policy/verify-images/",
      "https://docs.sigstore.dev/policy-controller/overview/"
    ],
    tags: ["CWE-347", "registry"],
    messages: {
      trustPolicy: "Image signatures are not enforced ({policy}): {detail}.",
      kyvernoOptional: "Kyverno {kind} '{name}' admits images without a verified signature ('required: false').",
      kyvernoAudit: "Kyverno {kind} '{name}' only audits image signatures ('{key}: {value}').",
      kyvernoDefault: "Kyverno {kind} '{name}' only audits image signatures: no failure action is set and 'validationFailureAction' defaults to 'Audit'.",
      sigstoreWarn: "ClusterImagePolicy '{name}' only warns about unverified images ('mode: warn')."
    },
    whenToIgnore: "A policy deliberately rolled out in audit mode first, with a date to switch it to enforce."
  },
  checks: {
    "registry-config"({ document, report }) {
      const policy = document.format === "notation-trust-policy" ? "Notation" : "policy.json";
      for (const { detail, region } of document.trustWeaknesses)
        report({ messageId: "trustPolicy", data: { policy, detail }, region });
    },
    kubernetes({ document, report }) {
      for (const object of document.objects) {
        const spec = object.root.get("spec");
        const data = { kind: object.kind ?? "", name: object.name ?? "" };
        const group = object.apiVersion?.split("/")[0];
        if (spec && group === "kyverno.io" && /^(Cluster)?Policy$/.test(data.kind))
          checkKyverno(spec, data, report);
        const sigstore = group === "policy.sigstore.dev" && data.kind === "ClusterImagePolicy";
        const mode = sigstore ? spec?.get("mode") : void 0;
        if (mode && isValue(mode, "warn"))
          report({ messageId: "sigstoreWarn", data, region: mode.reportRegion });
      }
    }
  }
});
function checkKyverno(spec, data, report) {
  const audit = (key, node) => report({
    messageId: "kyvernoAudit",
    data: { ...data, key, value: node.text ?? "" },
    region: node.reportRegion
  });
  const entries = (spec.get("rules")?.items() ?? []).flatMap((rule) => rule.get("verifyImages")?.items() ?? []);
  let inherits = false;
  for (const verify of entries) {
    const required = verify.get("required");
    if (required?.scalar === false)
      report({ messageId: "kyvernoOptional", data, region: required.reportRegion });
    const action = verify.get("failureAction");
    if (!action) inherits = true;
    else if (isValue(action, "audit")) audit("failureAction", action);
  }
  const policyAction = spec.get("validationFailureAction");
  if (inherits && !policyAction) report({ messageId: "kyvernoDefault", data, region: spec.reportRegion });
  else if (inherits && policyAction && isValue(policyAction, "audit"))
    audit("validationFailureAction", policyAction);
}
function isValue(node, value) {
  return node?.text?.toLowerCase() === value;
}

// src/rules/registry/short-name-ambiguity.ts
var short_name_ambiguity_default = defineRule({
  meta: {
    id: "BH805",
    slug: "short-name-ambiguity",
    title: "Short image names resolve through several registries",
    description: "`registries.conf` lists more than one `unqualified-search-registries` entry and `short-name-mode` is not `enforcing`. A short name such as `app:1.0` is then tried against every search registry in order (`permissive` does so whenever there is no terminal, as in CI and on nodes; `disabled` always), so whoever registers that name first on an earlier registry decides what runs. `short-name-mode` defaults to `permissive` when unset.",
    severity: "low",
    remediation: 'Use fully-qualified references (`registry.example.com/team/app:1.0`). Set `short-name-mode = "enforcing"`, keep one trusted registry in `unqualified-search-registries` (or none), and map the short names you rely on in an `[aliases]` table.',
    references: [
      "https://github.com/containers/image/blob/main/docs/containers-registries.conf.5.md",
      "https://www.redhat.com/en/blog/container-image-short-names"
    ],
    tags: ["CWE-427", "registry"],
    messages: {
      ambiguous: "Short names resolve through {count} search registries ({registries}) with 'short-name-mode' '{mode}'.",
      defaultMode: "Short names resolve through {count} search registries ({registries}) and 'short-name-mode' is unset (defaults to 'permissive')."
    }
  },
  checks: {
    "registry-config"({ document, report }) {
      const shortNames = document.shortNames;
      if (!shortNames) return;
      const searched = [...new Set(shortNames.searchRegistries)];
      const mode = shortNames.mode?.trim() ?? "";
      if (searched.length < 2 || mode.toLowerCase() === "enforcing") return;
      const data = { count: searched.length, registries: searched.map((r) => `'${r}'`).join(", "), mode };
      report({ messageId: mode ? "ambiguous" : "defaultMode", data, region: shortNames.region });
    }
  }
});

// src/rules/index.ts
var ALL_RULES = [
  parse_error_default,
  image_runs_as_root_default,
  windows_image_runs_as_admin_default,
  sudo_in_build_default,
  grants_admin_rights_default,
  secret_in_env_or_arg_default,
  secret_in_build_command_default,
  secret_file_in_image_default,
  secret_build_arg_default,
  secret_in_workload_env_default,
  secret_object_committed_default,
  private_key_material_default,
  registry_credentials_in_config_default,
  secret_in_configmap_default,
  tls_verification_disabled_default,
  plaintext_download_default,
  unverified_packages_default,
  image_from_insecure_registry_default,
  image_from_untrusted_registry_default,
  image_tag_mutable_default,
  privileged_container_default,
  workload_runs_as_root_default,
  privilege_escalation_allowed_default,
  host_namespaces_default,
  host_path_mount_default,
  admin_with_host_access_default,
  added_capabilities_default,
  missing_resource_limits_default,
  seccomp_unconfined_default,
  host_port_default,
  capabilities_not_dropped_default,
  unmasked_proc_mount_default,
  unsafe_sysctls_default,
  mac_policy_override_default,
  restricted_volume_type_default,
  host_probe_default,
  service_account_token_automount_default,
  windows_workload_runs_as_admin_default,
  windows_user_unset_default,
  windows_privileged_unsupported_default,
  windows_hostprocess_default,
  windows_hostprocess_invalid_default,
  linux_field_on_windows_pod_default,
  windows_options_on_linux_pod_default,
  invalid_run_as_user_name_default,
  windows_secret_on_node_disk_default,
  windows_scheduling_unpinned_default,
  windows_runasnonroot_contradiction_default,
  windows_build_mismatch_default,
  windows_base_eol_default,
  registry_plain_http_default,
  registry_tls_unverified_default,
  docker_daemon_exposed_default,
  weak_image_trust_policy_default,
  short_name_ambiguity_default
];

export {
  ALL_RULES
};
