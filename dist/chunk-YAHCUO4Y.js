#!/usr/bin/env node
import { createRequire as __bulkheadRequire } from 'node:module';
const require = __bulkheadRequire(import.meta.url);
import {
  equalJitter
} from "./chunk-2UU5XWJP.js";
import {
  PRODUCT_NAME,
  PRODUCT_VERSION
} from "./chunk-2KH2CT37.js";
import {
  parseImageReference
} from "./chunk-R7SXB4GR.js";
import {
  ConfigurationError
} from "./chunk-FYCLPXZE.js";

// src/sources/registry/digest.ts
import { createHash } from "node:crypto";
import { Transform } from "node:stream";

// src/sources/registry/errors.ts
var RegistryError = class extends Error {
  constructor(kind, message, status, retryable = false) {
    super(message);
    this.kind = kind;
    this.status = status;
    this.retryable = retryable;
  }
  kind;
  status;
  retryable;
  name = "RegistryError";
};

// src/sources/registry/digest.ts
var DIGEST = /^(sha256|sha512):([a-f0-9]+)$/;
var HEX_LENGTH = { sha256: 64, sha512: 128 };
function digestAlgorithm(digest) {
  const match = DIGEST.exec(digest);
  if (match === null) return void 0;
  const algorithm = match[1];
  return match[2]?.length === HEX_LENGTH[algorithm] ? algorithm : void 0;
}
function digestOf(data, algorithm = "sha256") {
  return `${algorithm}:${createHash(algorithm).update(data).digest("hex")}`;
}
function verifyContent(data, expected, size, what) {
  const algorithm = digestAlgorithm(expected);
  if (algorithm === void 0) {
    throw new RegistryError(
      "unsupported",
      `${what}: cannot verify digest "${expected}" (sha256 and sha512 are supported)`
    );
  }
  const actual = digestOf(data, algorithm);
  if (actual !== expected) {
    throw new RegistryError("digest-mismatch", `${what}: content has digest ${actual}, expected ${expected}`);
  }
  if (size !== void 0 && data.length !== size) {
    throw new RegistryError(
      "digest-mismatch",
      `${what}: content is ${data.length} bytes, the descriptor says ${size}`
    );
  }
}
async function readLimited(stream, maxBytes, what) {
  const chunks = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    total += buffer.length;
    if (total > maxBytes) {
      stream.destroy();
      throw tooLarge(what, maxBytes);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks, total);
}
function tooLarge(what, maxBytes) {
  return new RegistryError("too-large", `${what} is larger than the limit of ${maxBytes} bytes`);
}
var VerifyingStream = class extends Transform {
  constructor(expected, size, maxBytes, what) {
    super();
    this.expected = expected;
    this.size = size;
    this.maxBytes = maxBytes;
    this.what = what;
    const algorithm = digestAlgorithm(expected);
    if (algorithm === void 0) {
      throw new RegistryError(
        "unsupported",
        `${what}: cannot verify digest "${expected}" (sha256 and sha512 are supported)`
      );
    }
    this.algorithm = algorithm;
    this.hash = createHash(algorithm);
  }
  expected;
  size;
  maxBytes;
  what;
  hash;
  algorithm;
  bytes = 0;
  /** The verification error, once one happened. */
  failure;
  _transform(chunk, _encoding, callback) {
    this.bytes += chunk.length;
    if (this.bytes > this.maxBytes) return callback(this.fail(tooLarge(this.what, this.maxBytes)));
    if (this.size !== void 0 && this.bytes > this.size) {
      return callback(this.fail(this.sizeError()));
    }
    this.hash.update(chunk);
    callback(null, chunk);
  }
  _flush(callback) {
    const actual = `${this.algorithm}:${this.hash.digest("hex")}`;
    if (actual !== this.expected) {
      return callback(
        this.fail(
          new RegistryError(
            "digest-mismatch",
            `${this.what}: content has digest ${actual}, expected ${this.expected}`
          )
        )
      );
    }
    if (this.size !== void 0 && this.bytes !== this.size) return callback(this.fail(this.sizeError()));
    callback();
  }
  sizeError() {
    return new RegistryError(
      "digest-mismatch",
      `${this.what}: content is ${this.bytes > (this.size ?? 0) ? "longer" : "shorter"} than the ${this.size} bytes the descriptor says`
    );
  }
  fail(error) {
    this.failure = error;
    return error;
  }
};

// src/sources/registry/auth.ts
var TOKEN_CHARS = /[!#$%&'*+.^_`|~0-9A-Za-z-]/;
var MAX_TOKEN_RESPONSE_BYTES = 1024 * 1024;
var DEFAULT_TOKEN_SECONDS = 60;
var CLIENT_ID = "bulkhead";
function parseWwwAuthenticate(header2) {
  const challenges = [];
  let position = 0;
  const skip = (pattern) => {
    while (position < header2.length && pattern.test(header2[position])) position++;
  };
  const token = () => {
    const start = position;
    while (position < header2.length && TOKEN_CHARS.test(header2[position])) position++;
    return header2.slice(start, position);
  };
  while (position < header2.length) {
    skip(/[\s,]/);
    const scheme = token();
    if (scheme === "") {
      position++;
      continue;
    }
    const challenge = { scheme: scheme.toLowerCase(), params: {} };
    challenges.push(challenge);
    for (; ; ) {
      const start = position;
      skip(/[\s,]/);
      const name = token();
      skip(/\s/);
      if (name === "" || header2[position] !== "=") {
        position = name === "" ? position : start;
        break;
      }
      position++;
      skip(/\s/);
      let value = "";
      if (header2[position] === '"') {
        position++;
        while (position < header2.length && header2[position] !== '"') {
          if (header2[position] === "\\") position++;
          value += header2[position] ?? "";
          position++;
        }
        position++;
      } else {
        const valueStart = position;
        while (position < header2.length && !/[\s,]/.test(header2[position])) position++;
        value = header2.slice(valueStart, position);
      }
      challenge.params[name.toLowerCase()] = value;
    }
  }
  return challenges;
}
var RegistryAuth = class {
  constructor(transport, registry, repository, findCredentials, note, now = Date.now) {
    this.transport = transport;
    this.registry = registry;
    this.repository = repository;
    this.findCredentials = findCredentials;
    this.note = note;
    this.now = now;
  }
  transport;
  registry;
  repository;
  findCredentials;
  note;
  now;
  tokens = /* @__PURE__ */ new Map();
  lookup;
  current;
  /** The `Authorization` value to send with the next registry request, once one is known. */
  authorization() {
    return this.current;
  }
  /**
   * Handles a 401: works out a new `Authorization` from the challenge and the credentials.
   * `attempt` counts the 401s for the same request (1 = the first): a second one means what we
   * sent was refused, so the error names the credential source. `sent` is the `Authorization`
   * the refused request carried.
   */
  async respond(wwwAuthenticate, attempt, sent) {
    const lookup = await this.credentials();
    if (attempt > 1) {
      throw this.unauthorized(
        lookup,
        lookup.credential === void 0 ? "requires authentication" : "rejected the credentials"
      );
    }
    for (const [key, cached] of this.tokens) if (cached.authorization === sent) this.tokens.delete(key);
    const challenges = parseWwwAuthenticate(wwwAuthenticate ?? "");
    const bearer = challenges.find((challenge) => challenge.scheme === "bearer");
    const basic = challenges.find((challenge) => challenge.scheme === "basic");
    if (bearer !== void 0) {
      this.current = await this.bearerToken(bearer, lookup);
    } else if (basic !== void 0) {
      const credential = lookup.credential;
      if (credential === void 0) throw this.unauthorized(lookup, "requires authentication");
      if (credential.kind !== "basic") {
        throw this.unauthorized(
          lookup,
          `asks for a username and password (Basic), but ${credential.source} holds a token`
        );
      }
      this.current = basicAuthorization(credential);
    } else {
      throw new RegistryError(
        "unauthorized",
        `registry ${this.registry}: answered 401 without a Basic or Bearer challenge (WWW-Authenticate: ${wwwAuthenticate === void 0 ? "missing" : "unsupported scheme"})`,
        401
      );
    }
    return this.current;
  }
  /** An error for 401/403 naming where credentials were looked for, never their values. */
  unauthorized(lookup, what, status = 401, registryMessage = "") {
    const sources = lookup.credential === void 0 ? `no credentials were found (looked at ${lookup.tried.join(", ")}); set BULKHEAD_REGISTRY_USERNAME and BULKHEAD_REGISTRY_PASSWORD or run docker login` : `credentials from ${lookup.credential.source} were used`;
    return new RegistryError(
      status === 403 ? "denied" : "unauthorized",
      `registry ${this.registry} ${what} for ${this.repository} (${status}${registryMessage}): ${sources}`,
      status
    );
  }
  credentials() {
    if (this.lookup === void 0) {
      this.lookup = this.findCredentials().then((lookup) => {
        for (const line of lookup.notes) this.note(line);
        return lookup;
      });
    }
    return this.lookup;
  }
  async bearerToken(challenge, lookup) {
    const realm = challenge.params.realm;
    let realmUrl;
    try {
      realmUrl = new URL(realm ?? "");
      if (realmUrl.protocol !== "https:" && realmUrl.protocol !== "http:") throw new Error("scheme");
    } catch {
      throw new RegistryError(
        "invalid-response",
        `registry ${this.registry}: Bearer challenge without a usable realm URL`,
        401
      );
    }
    const service = challenge.params.service;
    const scope = challenge.params.scope ?? `repository:${this.repository}:pull`;
    const key = `${realmUrl.href} ${service ?? ""} ${scope}`;
    const cached = this.tokens.get(key);
    if (cached !== void 0 && cached.expiresAt > this.now()) return cached.authorization;
    const credential = lookup.credential;
    if (credential !== void 0 && realmUrl.protocol === "http:" && !this.transport.isInsecure(realmUrl.host)) {
      throw new RegistryError(
        "unauthorized",
        `registry ${this.registry}: the token service ${realmUrl.host} is plain HTTP; credentials are not sent there`,
        401
      );
    }
    let token;
    if (credential?.kind === "registry-token") {
      token = { token: credential.token, expiresIn: Number.POSITIVE_INFINITY };
    } else if (credential?.kind === "identity-token" || credential?.kind === "token") {
      const refreshed = await this.refreshTokenGrant(realmUrl, service, scope, credential, lookup);
      token = refreshed ?? { token: credential.token, expiresIn: Number.POSITIVE_INFINITY };
    } else {
      token = await this.getToken(realmUrl, service, scope, credential, lookup);
    }
    const authorization = `Bearer ${token.token}`;
    this.tokens.set(key, { authorization, expiresAt: this.now() + Math.max(token.expiresIn - 10, 1) * 1e3 });
    return authorization;
  }
  /** `GET realm?service=\u2026&scope=\u2026`, with Basic credentials when we have them (token.md). */
  async getToken(realm, service, scope, credential, lookup) {
    const url = new URL(realm.href);
    if (service !== void 0) url.searchParams.set("service", service);
    url.searchParams.append("scope", scope);
    const request = {
      url,
      ...credential === void 0 ? {} : { authorization: basicAuthorization(credential) }
    };
    const response = await this.transport.request(request);
    const body = await readLimited(
      response.body,
      MAX_TOKEN_RESPONSE_BYTES,
      `token response from ${realm.host}`
    );
    if (response.status === 401 || response.status === 403) {
      throw this.unauthorized(lookup, `token service ${realm.host} refused a token`, response.status);
    }
    if (response.status !== 200) {
      throw new RegistryError(
        response.status >= 500 ? "server" : "invalid-response",
        `registry ${this.registry}: token service ${realm.host} answered ${response.status}`,
        response.status
      );
    }
    return parseTokenResponse(body, realm.host);
  }
  /**
   * The OAuth2 refresh-token grant (distribution `docs/spec/auth/oauth.md`): `POST realm` with
   * `grant_type=refresh_token`. Undefined when the realm does not do OAuth (then a
   * `BULKHEAD_REGISTRY_TOKEN` is sent as the bearer token itself).
   */
  async refreshTokenGrant(realm, service, scope, credential, lookup) {
    const form = new URLSearchParams({
      grant_type: "refresh_token",
      refresh_token: credential.token,
      client_id: CLIENT_ID
    });
    if (service !== void 0) form.set("service", service);
    form.set("scope", scope);
    const response = await this.transport.request({
      url: realm,
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: form.toString()
    });
    const body = await readLimited(
      response.body,
      MAX_TOKEN_RESPONSE_BYTES,
      `token response from ${realm.host}`
    );
    if (response.status === 200) return parseTokenResponse(body, realm.host);
    if (credential.kind === "token" && response.status >= 400 && response.status < 500) return void 0;
    if (response.status === 400 || response.status === 401 || response.status === 403) {
      throw this.unauthorized(
        lookup,
        `token service ${realm.host} refused the refresh token`,
        response.status
      );
    }
    throw new RegistryError(
      response.status >= 500 ? "server" : "invalid-response",
      `registry ${this.registry}: token service ${realm.host} answered ${response.status}`,
      response.status
    );
  }
};
function basicAuthorization(credential) {
  return `Basic ${Buffer.from(`${credential.username}:${credential.password}`, "utf8").toString("base64")}`;
}
function parseTokenResponse(body, host) {
  let parsed;
  try {
    parsed = JSON.parse(body.toString("utf8"));
  } catch {
    throw new RegistryError("invalid-response", `token service ${host}: the answer is not JSON`);
  }
  const token = typeof parsed.token === "string" && parsed.token !== "" ? parsed.token : typeof parsed.access_token === "string" && parsed.access_token !== "" ? parsed.access_token : void 0;
  if (token === void 0)
    throw new RegistryError("invalid-response", `token service ${host}: the answer has no token`);
  const expiresIn = typeof parsed.expires_in === "number" && parsed.expires_in > 0 ? parsed.expires_in : DEFAULT_TOKEN_SECONDS;
  return { token, expiresIn };
}

// src/sources/registry/credentials.ts
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";

// src/sources/registry/reference.ts
var DOCKER_HUB = "docker.io";
var DOCKER_HUB_API_HOST = "registry-1.docker.io";
var DOCKER_HUB_CONFIG_KEY = "https://index.docker.io/v1/";
var DIGEST2 = /^(?:sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;
function parseRegistryReference(raw) {
  const written = raw.startsWith("docker://") ? raw.slice("docker://".length) : raw;
  const parsed = parseImageReference(written);
  if (parsed === void 0) {
    throw new ConfigurationError(
      `"${raw}" is not a valid image reference ([host[:port]/]path[:tag][@digest])`
    );
  }
  if (parsed.repository !== parsed.repository.toLowerCase()) {
    throw new ConfigurationError(`"${raw}": repository names must be lower case`);
  }
  if (parsed.digest !== void 0 && !DIGEST2.test(parsed.digest)) {
    throw new ConfigurationError(`"${raw}": the digest must be sha256:<64 hex> or sha512:<128 hex>`);
  }
  const registry = parsed.registry.toLowerCase();
  const tag = parsed.tag ?? (parsed.digest === void 0 ? "latest" : void 0);
  const reference = {
    registry,
    apiHost: registry === DOCKER_HUB ? DOCKER_HUB_API_HOST : registry,
    repository: parsed.repository,
    manifestReference: parsed.digest ?? tag ?? "latest",
    canonical: `${registry}/${parsed.repository}` + (tag === void 0 ? "" : `:${tag}`) + (parsed.digest === void 0 ? "" : `@${parsed.digest}`)
  };
  if (tag !== void 0) reference.tag = tag;
  if (parsed.digest !== void 0) reference.digest = parsed.digest;
  return reference;
}

// src/sources/registry/credentials.ts
var HELPER_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
var HELPER_TIMEOUT_MS = 3e4;
var NOT_FOUND = /credentials not found/i;
function environment(env) {
  return (name) => {
    const value = env !== void 0 && Object.prototype.hasOwnProperty.call(env, name) ? env[name] : process.env[name];
    return value === "" ? void 0 : value;
  };
}
function keyHost(key) {
  return key.replace(/^https?:\/\//i, "").split("/")[0].toLowerCase();
}
var HUB_HOSTS = /* @__PURE__ */ new Set(["docker.io", "index.docker.io", "registry-1.docker.io"]);
function configKey(registry) {
  return registry === DOCKER_HUB ? DOCKER_HUB_CONFIG_KEY : registry;
}
function sameRegistry(key, registry) {
  const host = keyHost(key);
  return registry === DOCKER_HUB ? HUB_HOSTS.has(host) : host === registry;
}
function text(value) {
  return typeof value === "string" && value !== "" ? value : void 0;
}
function fromAuthEntry(entry, source) {
  const identityToken = text(entry.identitytoken);
  if (identityToken !== void 0) return { kind: "identity-token", token: identityToken, source };
  const registryToken = text(entry.registrytoken);
  if (registryToken !== void 0) return { kind: "registry-token", token: registryToken, source };
  const auth = text(entry.auth);
  if (auth !== void 0) {
    const decoded = Buffer.from(auth, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon > 0)
      return { kind: "basic", username: decoded.slice(0, colon), password: decoded.slice(colon + 1), source };
    return void 0;
  }
  const username = text(entry.username);
  const password = text(entry.password);
  if (username !== void 0 && password !== void 0) return { kind: "basic", username, password, source };
  return void 0;
}
async function lookupCredentials(registry, env, runHelper = runCredentialHelper) {
  const variable = environment(env);
  const tried = [];
  const notes = [];
  const found = (credential) => ({ credential, tried, notes });
  tried.push("BULKHEAD_REGISTRY_USERNAME/BULKHEAD_REGISTRY_PASSWORD");
  const username = variable("BULKHEAD_REGISTRY_USERNAME");
  const password = variable("BULKHEAD_REGISTRY_PASSWORD");
  if (username !== void 0 && password !== void 0) {
    return found({
      kind: "basic",
      username,
      password,
      source: "BULKHEAD_REGISTRY_USERNAME/BULKHEAD_REGISTRY_PASSWORD"
    });
  }
  if (username === void 0 !== (password === void 0)) {
    notes.push(
      `${username === void 0 ? "BULKHEAD_REGISTRY_PASSWORD" : "BULKHEAD_REGISTRY_USERNAME"} is set without ${username === void 0 ? "BULKHEAD_REGISTRY_USERNAME" : "BULKHEAD_REGISTRY_PASSWORD"}: not used`
    );
  }
  tried.push("BULKHEAD_REGISTRY_TOKEN");
  const token = variable("BULKHEAD_REGISTRY_TOKEN");
  if (token !== void 0) return found({ kind: "token", token, source: "BULKHEAD_REGISTRY_TOKEN" });
  const configDir = variable("DOCKER_CONFIG") ?? join(variable("HOME") ?? homedir(), ".docker");
  const configPath = join(configDir, "config.json");
  let config;
  try {
    const parsed = JSON.parse(await readFile(configPath, "utf8"));
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed))
      throw new Error("not an object");
    config = parsed;
  } catch (error) {
    const missing = error.code === "ENOENT";
    tried.push(missing ? `${configPath} (not found)` : `${configPath} (not valid JSON, ignored)`);
    if (!missing) notes.push(`${configPath} is not valid JSON: registry credentials in it are ignored`);
    return { tried, notes };
  }
  const server = configKey(registry);
  const helperName = Object.entries(config.credHelpers ?? {}).find(
    ([key2]) => sameRegistry(key2, registry)
  )?.[1];
  const store = text(helperName) ?? text(config.credsStore);
  if (store !== void 0) {
    const source2 = `docker-credential-${store} (${text(helperName) === void 0 ? "credsStore" : "credHelpers"} in ${configPath})`;
    tried.push(source2);
    if (!HELPER_NAME.test(store)) {
      notes.push(`${configPath}: credential helper name "${store}" is not a program name: not run`);
    } else {
      try {
        const helped = await runHelper(store, server, { ...process.env, ...env });
        if (helped !== void 0) {
          return found(
            helped.username === "<token>" ? { kind: "identity-token", token: helped.secret, source: source2 } : { kind: "basic", username: helped.username, password: helped.secret, source: source2 }
          );
        }
      } catch (error) {
        notes.push(error instanceof Error ? error.message : String(error));
      }
    }
  }
  const auths = config.auths ?? {};
  const key = Object.prototype.hasOwnProperty.call(auths, server) ? server : Object.keys(auths).find((candidate) => sameRegistry(candidate, registry));
  const source = `auths["${key ?? server}"] in ${configPath}`;
  tried.push(source);
  const entry = key === void 0 ? void 0 : auths[key];
  if (entry !== void 0 && entry !== null && typeof entry === "object") {
    const credential = fromAuthEntry(entry, source);
    if (credential !== void 0) return found(credential);
  }
  return { tried, notes };
}
var runCredentialHelper = (helper, serverUrl, env) => new Promise((resolve, reject) => {
  const program = `docker-credential-${helper}`;
  const child = execFile(
    program,
    ["get"],
    { env, timeout: HELPER_TIMEOUT_MS, maxBuffer: 1024 * 1024, windowsHide: true },
    (error, stdout) => {
      if (error !== null) {
        const code = error.code;
        if (code === "ENOENT") {
          reject(
            new Error(
              `${program} is not installed (named in Docker's config.json): continuing without credentials`
            )
          );
        } else if (NOT_FOUND.test(String(stdout))) {
          resolve(void 0);
        } else if (error.killed) {
          reject(
            new Error(
              `${program} get did not answer within ${HELPER_TIMEOUT_MS / 1e3} s: continuing without credentials`
            )
          );
        } else {
          reject(
            new Error(`${program} get failed (exit code ${String(code)}): continuing without credentials`)
          );
        }
        return;
      }
      try {
        const parsed = JSON.parse(stdout);
        const username = text(parsed.Username);
        const secret = text(parsed.Secret);
        resolve(username !== void 0 && secret !== void 0 ? { username, secret } : void 0);
      } catch {
        reject(
          new Error(`${program} get printed something that is not JSON: continuing without credentials`)
        );
      }
    }
  );
  child.stdin?.on("error", () => void 0);
  child.stdin?.end(serverUrl);
});

// src/sources/registry/registry-client.ts
var OCI_INDEX = "application/vnd.oci.image.index.v1+json";
var OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
var DOCKER_MANIFEST_LIST = "application/vnd.docker.distribution.manifest.list.v2+json";
var DOCKER_MANIFEST = "application/vnd.docker.distribution.manifest.v2+json";
var DOCKER_SCHEMA1 = /* @__PURE__ */ new Set([
  "application/vnd.docker.distribution.manifest.v1+json",
  "application/vnd.docker.distribution.manifest.v1+prettyjws"
]);
var MANIFEST_MEDIA_TYPES = /* @__PURE__ */ new Set([OCI_INDEX, OCI_MANIFEST, DOCKER_MANIFEST_LIST, DOCKER_MANIFEST]);
var ACCEPT = [OCI_INDEX, OCI_MANIFEST, DOCKER_MANIFEST_LIST, DOCKER_MANIFEST].join(", ");
var MAX_ERROR_BODY_BYTES = 64 * 1024;
var RegistryClient = class {
  constructor(transport, auth, reference) {
    this.transport = transport;
    this.auth = auth;
    this.reference = reference;
  }
  transport;
  auth;
  reference;
  /** `GET /v2/<repository>/<path>`, answering the registry's 401 challenges. */
  async get(path, headers = {}) {
    const url = new URL(`https://${this.reference.apiHost}/v2/${this.reference.repository}/${path}`);
    for (let attempt = 1; ; attempt++) {
      const authorization = this.auth.authorization();
      const response = await this.transport.request({
        url,
        headers,
        ...authorization === void 0 ? {} : { authorization }
      });
      if (response.status !== 401) return response;
      response.body.resume();
      await this.auth.respond(header(response.headers["www-authenticate"]), attempt, authorization);
    }
  }
  /** The manifest or index `reference` (a tag or a digest) names, with its descriptor. */
  async fetchManifest(reference, maxBytes) {
    const what = `manifest ${this.reference.repository}${reference.includes(":") ? "@" : ":"}${reference}`;
    const response = await this.get(`manifests/${reference}`, { Accept: ACCEPT });
    if (response.status < 200 || response.status > 299) throw await this.failure(response, what);
    const declared = Number(response.headers["content-length"]);
    if (Number.isFinite(declared) && declared > maxBytes) {
      response.body.destroy();
      throw tooLarge(`registry ${this.reference.registry}: ${what}`, maxBytes);
    }
    const body = await readLimited(response.body, maxBytes, `registry ${this.reference.registry}: ${what}`);
    const mediaType = this.manifestMediaType(header(response.headers["content-type"]), body, what);
    let digest;
    const dockerDigest = header(response.headers["docker-content-digest"]);
    const where = `registry ${this.reference.registry}: ${what}`;
    if (digestAlgorithm(reference) !== void 0) {
      verifyContent(body, reference, void 0, where);
      digest = reference;
    } else if (dockerDigest !== void 0 && digestAlgorithm(dockerDigest) !== void 0) {
      verifyContent(body, dockerDigest, void 0, `${where} (Docker-Content-Digest)`);
      digest = dockerDigest;
    } else {
      digest = digestOf(body);
    }
    return { descriptor: { mediaType, digest, size: body.length }, body };
  }
  /** A manifest (by digest) or a blob such as the config, verified against the descriptor. */
  async fetchBlob(descriptor, maxBytes) {
    const where = `registry ${this.reference.registry}: blob ${descriptor.digest}`;
    if (descriptor.size !== void 0 && descriptor.size > maxBytes) throw tooLarge(where, maxBytes);
    if (digestAlgorithm(descriptor.digest) === void 0) {
      throw new RegistryError(
        "unsupported",
        `${where}: cannot verify this digest (sha256 and sha512 are supported)`
      );
    }
    const manifest = MANIFEST_MEDIA_TYPES.has(descriptor.mediaType);
    const response = manifest ? await this.get(`manifests/${descriptor.digest}`, { Accept: ACCEPT }) : await this.get(`blobs/${descriptor.digest}`);
    if (response.status < 200 || response.status > 299) {
      throw await this.failure(response, `${manifest ? "manifest" : "blob"} ${descriptor.digest}`);
    }
    const body = await readLimited(response.body, maxBytes, where);
    verifyContent(body, descriptor.digest, descriptor.size, where);
    return body;
  }
  /** `GET /blobs/<digest>` (redirects to blob storage followed); the caller reads or destroys the body. */
  openBlob(digest) {
    return this.get(`blobs/${digest}`);
  }
  /** The error for a non-2xx answer, with the registry's own error code when it sent one. */
  async failure(response, what) {
    const status = response.status;
    const body = await readLimited(response.body, MAX_ERROR_BODY_BYTES, "error body").catch(
      () => Buffer.alloc(0)
    );
    const registryError = describeErrorBody(body);
    const registry = this.reference.registry;
    if (status === 403) {
      const lookup = await this.auth.credentials();
      return this.auth.unauthorized(lookup, "denied access", 403, registryError);
    }
    if (status === 404) {
      return new RegistryError(
        "not-found",
        `registry ${registry}: ${what} not found (404${registryError || " manifest unknown"})`,
        404
      );
    }
    if (status === 429) {
      return new RegistryError(
        "server",
        `registry ${registry}: too many requests for ${what} (429${registryError}); try again later`,
        429
      );
    }
    return new RegistryError(
      status >= 500 ? "server" : "invalid-response",
      `registry ${registry}: ${what} answered ${status}${registryError ? ` (${registryError.trim()})` : ""}`,
      status
    );
  }
  manifestMediaType(contentType, body, what) {
    const declared = contentType?.split(";")[0]?.trim().toLowerCase();
    let parsed = {};
    try {
      const value = JSON.parse(body.toString("utf8"));
      if (value !== null && typeof value === "object") parsed = value;
    } catch {
      throw new RegistryError("invalid-response", `registry ${this.reference.registry}: ${what} is not JSON`);
    }
    if (declared !== void 0 && DOCKER_SCHEMA1.has(declared) || parsed.schemaVersion === 1) {
      throw new RegistryError(
        "unsupported",
        `registry ${this.reference.registry}: ${what} is a Docker image manifest schema 1, which Bulkhead does not read (deprecated and disabled in current Docker); copy the image again with a current Docker, skopeo or crane to convert it to schema 2 or OCI`
      );
    }
    if (declared !== void 0 && (MANIFEST_MEDIA_TYPES.has(declared) || declared.startsWith("application/vnd."))) {
      return declared;
    }
    if (typeof parsed.mediaType === "string" && parsed.mediaType !== "") return parsed.mediaType;
    if (Array.isArray(parsed.manifests)) return OCI_INDEX;
    if (parsed.config !== void 0) return OCI_MANIFEST;
    throw new RegistryError(
      "invalid-response",
      `registry ${this.reference.registry}: ${what} is neither an image index nor a manifest (Content-Type ${declared ?? "missing"})`
    );
  }
};
function header(value) {
  return Array.isArray(value) ? value.join(", ") : value;
}
function describeErrorBody(body) {
  try {
    const parsed = JSON.parse(body.toString("utf8"));
    const first = parsed.errors?.[0];
    if (first === void 0) return "";
    const code = typeof first.code === "string" ? first.code : "";
    const message = typeof first.message === "string" ? first.message : "";
    const text2 = [code, message].filter((part) => part !== "").join(": ").replace(/[\u0000-\u001f\u007f]/g, " ").slice(0, 200);
    return text2 === "" ? "" : ` ${text2}`;
  } catch {
    return "";
  }
}

// src/sources/registry/registry-source.ts
import { pipeline } from "node:stream";
var RegistryImageSource = class {
  constructor(client, limits, top, closeTransport) {
    this.client = client;
    this.limits = limits;
    this.top = top;
    this.closeTransport = closeTransport;
  }
  client;
  limits;
  top;
  closeTransport;
  kind = "registry";
  async readBlob(descriptor) {
    if (descriptor.digest === this.top.digest) return this.top.body;
    return this.client.fetchBlob(descriptor, this.limits.maxJsonBytes);
  }
  async streamLayers(layers, onLayer, missing) {
    const registry = this.client.reference.registry;
    const max = this.limits.maxLayerBytes;
    for (const layer of layers) {
      if (layer.size !== void 0 && layer.size > max) {
        missing(layer, `the layer is ${layer.size} bytes, over the limit of ${max} bytes`);
        continue;
      }
      const response = await this.client.openBlob(layer.digest);
      if (response.status === 404) {
        response.body.resume();
        missing(layer, `registry ${registry} does not have this blob (404)`);
        continue;
      }
      if (response.status < 200 || response.status > 299) {
        throw await this.client.failure(response, `layer ${layer.digest}`);
      }
      const declared = Number(response.headers["content-length"]);
      if (Number.isFinite(declared) && declared > max) {
        response.body.destroy();
        missing(layer, `the layer is ${declared} bytes, over the limit of ${max} bytes`);
        continue;
      }
      const verifier = new VerifyingStream(
        layer.digest,
        layer.size,
        max,
        `registry ${registry}: layer ${layer.digest}`
      );
      const transferred = new Promise((resolve, reject) => {
        pipeline(response.body, verifier, (error) => error ? reject(error) : resolve());
      });
      transferred.catch(() => void 0);
      try {
        await onLayer(layer, verifier);
      } catch (error) {
        verifier.destroy();
        throw verifier.failure ?? error;
      }
      if (verifier.readableEnded) {
        await transferred;
      } else {
        verifier.destroy();
        if (verifier.failure !== void 0) throw verifier.failure;
      }
    }
  }
  close() {
    return this.closeTransport();
  }
};

// src/sources/registry/tls-trust.ts
import { readdir, readFile as readFile2 } from "node:fs/promises";
import { join as join2 } from "node:path";
import { rootCertificates } from "node:tls";
var DEFAULT_CERTS_DIR = "/etc/docker/certs.d";
function certsDirectory(configured) {
  return configured !== void 0 && configured !== "" ? configured : DEFAULT_CERTS_DIR;
}
async function loadTlsTrust(host, certsDir, extraCaFile, note) {
  const directory = join2(certsDir, host);
  let names;
  try {
    names = (await readdir(directory)).sort();
  } catch {
    return {};
  }
  const roots = [];
  const trust = {};
  for (const name of names) {
    const path = join2(directory, name);
    try {
      if (name.endsWith(".crt")) {
        roots.push(await readFile2(path, "utf8"));
      } else if (name.endsWith(".cert") && trust.cert === void 0) {
        const keyName = `${name.slice(0, -".cert".length)}.key`;
        if (!names.includes(keyName)) {
          note(`${path}: client certificate without ${keyName}, not used`);
          continue;
        }
        trust.cert = await readFile2(path, "utf8");
        trust.key = await readFile2(join2(directory, keyName), "utf8");
      }
    } catch {
      note(`${path}: cannot be read, not used`);
    }
  }
  if (roots.length > 0) {
    const extra = [];
    if (extraCaFile !== void 0 && extraCaFile !== "") {
      try {
        extra.push(await readFile2(extraCaFile, "utf8"));
      } catch {
        note(`NODE_EXTRA_CA_CERTS (${extraCaFile}) cannot be read, not used for ${host}`);
      }
    }
    trust.ca = [...rootCertificates, ...extra, ...roots];
  }
  return trust;
}

// src/sources/registry/transport.ts
import http from "node:http";
import https from "node:https";
import { createSecureContext } from "node:tls";
var REDIRECT_STATUSES = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
var DEFAULT_MAX_RETRY_AFTER_MS = 6e4;
var MAX_REDIRECTS = 10;
var USER_AGENT = `${PRODUCT_NAME}/${PRODUCT_VERSION}`;
var CERTIFICATE_CODES = /* @__PURE__ */ new Set([
  "SELF_SIGNED_CERT_IN_CHAIN",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "CERT_UNTRUSTED",
  "CERT_HAS_EXPIRED",
  "CERT_NOT_YET_VALID",
  "CERT_SIGNATURE_FAILURE",
  "CERT_REVOKED",
  "CERT_REJECTED",
  "INVALID_CA",
  "ERR_TLS_CERT_ALTNAME_INVALID"
]);
var RETRYABLE_CODES = /* @__PURE__ */ new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
  "ERR_STREAM_PREMATURE_CLOSE"
]);
var Transport = class {
  constructor(settings) {
    this.settings = settings;
  }
  settings;
  contexts = /* @__PURE__ */ new Map();
  plainHttpHosts = /* @__PURE__ */ new Set();
  httpsAgent = new https.Agent({ keepAlive: true });
  httpAgent = new http.Agent({ keepAlive: true });
  isInsecure(host) {
    return this.settings.insecureHosts.has(host.toLowerCase());
  }
  /**
   * Sends the request, following redirects, and retries 5xx answers and network failures. The
   * last 5xx answer is returned (the caller reports it); network failures become RegistryErrors.
   */
  async request(request) {
    for (let attempt = 1; ; attempt++) {
      let response;
      try {
        response = await this.follow(request);
      } catch (error) {
        const described = describeNetworkError(error, request.url, this.settings);
        if (!described.retryable || attempt >= this.settings.attempts) throw described;
        await this.settings.sleep(this.backoff(attempt));
        continue;
      }
      const wait = this.retryWait(response, attempt);
      if (wait === void 0) return response;
      response.body.resume();
      await this.settings.sleep(wait);
    }
  }
  /**
   * Exponential backoff with jitter between half and all of the delay, so many scans pulling from one
   * registry after the same outage do not all retry at the same instant.
   */
  backoff(attempt) {
    return equalJitter(this.settings.backoffMs * 2 ** (attempt - 1), this.settings.random ?? Math.random);
  }
  /**
   * How long to wait before trying `response`'s request again, or `undefined` to hand it to the
   * caller: 5xx back off; a 429 waits what `Retry-After` asks (seconds or an HTTP date) when that is
   * within the cap, else the caller reports "too many requests".
   */
  retryWait(response, attempt) {
    if (attempt >= this.settings.attempts) return void 0;
    if (response.status >= 500) return this.backoff(attempt);
    if (response.status !== 429) return void 0;
    const asked = retryAfterMs(response.headers["retry-after"], Date.now());
    if (asked === void 0) return this.backoff(attempt);
    return asked <= (this.settings.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS) ? asked : void 0;
  }
  async close() {
    this.httpsAgent.destroy();
    this.httpAgent.destroy();
  }
  async follow(request) {
    let url = request.url;
    let method = request.method ?? "GET";
    let body = request.body;
    let authorization = request.authorization;
    for (let hop = 0; ; hop++) {
      const headers = { ...request.headers, "User-Agent": USER_AGENT };
      if (authorization !== void 0) headers.Authorization = authorization;
      const response = await this.exchange(url, method, headers, body);
      const location = response.headers.location;
      if (!REDIRECT_STATUSES.has(response.status) || location === void 0) return response;
      response.body.resume();
      if (hop >= MAX_REDIRECTS) {
        throw new RegistryError(
          "invalid-response",
          `registry ${url.host}: more than ${MAX_REDIRECTS} redirects`
        );
      }
      const next = new URL(location, response.url);
      if (next.protocol !== "https:" && next.protocol !== "http:") {
        throw new RegistryError(
          "invalid-response",
          `registry ${url.host}: redirect to an unsupported URL scheme (${next.protocol})`
        );
      }
      if (response.url.protocol === "https:" && next.protocol === "http:" && !this.isInsecure(next.host)) {
        throw new RegistryError(
          "tls",
          `registry ${url.host}: refusing a redirect from HTTPS to plain HTTP (${next.host})`
        );
      }
      if (next.host !== request.url.host) authorization = void 0;
      if (response.status === 303 || (response.status === 301 || response.status === 302) && method === "POST") {
        method = "GET";
        body = void 0;
      }
      url = next;
    }
  }
  /** One request; for an insecure host, HTTPS without verification first, then plain HTTP. */
  async exchange(url, method, headers, body) {
    const insecure = this.isInsecure(url.host);
    if (insecure && url.protocol === "https:" && this.plainHttpHosts.has(url.host)) {
      return this.send(withProtocol(url, "http:"), method, headers, body, insecure);
    }
    try {
      return await this.send(url, method, headers, body, insecure);
    } catch (error) {
      if (!insecure || url.protocol !== "https:") throw error;
      let response;
      try {
        response = await this.send(withProtocol(url, "http:"), method, headers, body, insecure);
      } catch {
        throw error;
      }
      this.plainHttpHosts.add(url.host);
      this.settings.note(`${url.host}: HTTPS failed, using plain HTTP (insecure registry)`);
      return response;
    }
  }
  async send(url, method, headers, body, insecure) {
    const secure = url.protocol === "https:";
    const options = {
      method,
      headers: body === void 0 ? headers : { ...headers, "Content-Length": Buffer.byteLength(body) },
      timeout: this.settings.timeoutMs,
      agent: secure ? this.httpsAgent : this.httpAgent
    };
    if (secure && insecure) {
      options.rejectUnauthorized = false;
    } else if (secure) {
      const secureContext = await this.secureContext(url.host);
      if (secureContext !== void 0) Object.assign(options, { secureContext });
    }
    const idle = this.settings.timeoutMs;
    const deadline = this.settings.responseTimeoutMs ?? 2 * idle;
    return new Promise((resolve, reject) => {
      let response;
      const request = (secure ? https : http).request(url, options, (incoming) => {
        clearTimeout(timer);
        response = incoming;
        resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, url, body: incoming });
      });
      const timedOut = (what) => new RegistryError("timeout", `registry ${url.host}: ${what}`, void 0, true);
      const timer = setTimeout(
        () => request.destroy(timedOut(`no response within ${formatMs(deadline)}`)),
        deadline
      );
      request.on("close", () => clearTimeout(timer));
      request.on("timeout", () => {
        const error = timedOut(`no answer within ${formatMs(idle)}`);
        if (response === void 0) request.destroy(error);
        else response.destroy(error);
      });
      request.on("error", (error) => reject(describeNetworkError(error, url, this.settings)));
      request.end(body);
    });
  }
  secureContext(host) {
    let context = this.contexts.get(host);
    if (context === void 0) {
      context = loadTlsTrust(
        host,
        this.settings.certsDir,
        this.settings.extraCaFile,
        this.settings.note
      ).then(
        (trust) => trust.ca === void 0 && trust.cert === void 0 ? void 0 : createSecureContext(trust)
      );
      this.contexts.set(host, context);
    }
    return context;
  }
};
function formatMs(ms) {
  return ms % 1e3 === 0 ? `${ms / 1e3} s` : `${ms} ms`;
}
function retryAfterMs(value, now) {
  const text2 = (Array.isArray(value) ? value[0] : value)?.trim();
  if (!text2) return void 0;
  if (/^\d+$/.test(text2)) return Number(text2) * 1e3;
  const date = Date.parse(text2);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - now);
}
function withProtocol(url, protocol) {
  const copy = new URL(url.href);
  copy.protocol = protocol;
  return copy;
}
function errorCode(error) {
  const code = error?.code;
  return typeof code === "string" ? code : void 0;
}
function describeNetworkError(error, url, settings) {
  if (error instanceof RegistryError) return error;
  const host = url.host;
  const code = errorCode(error) ?? "";
  const detail = error instanceof Error ? error.message : String(error);
  if (CERTIFICATE_CODES.has(code)) {
    return new RegistryError(
      "certificate",
      `registry ${host}: TLS certificate not trusted (${detail}). Provide the registry's CA certificate as ${settings.certsDir}/${host}/ca.crt (Docker's certs.d layout; BULKHEAD_REGISTRY_CERTS_DIR selects another directory) or in a file named by NODE_EXTRA_CA_CERTS; or, at your own risk, skip verification with --insecure-registry ${host}`
    );
  }
  if (code.startsWith("ERR_SSL_") || code === "EPROTO") {
    return new RegistryError(
      "tls",
      `registry ${host}: TLS handshake failed (${detail}). If the registry only speaks plain HTTP, --insecure-registry ${host} allows it, at your own risk`
    );
  }
  return new RegistryError(
    "network",
    `registry ${host}: cannot connect (${code || detail})`,
    void 0,
    RETRYABLE_CODES.has(code)
  );
}

// src/sources/registry/open-registry-image.ts
var DEFAULT_MAX_JSON_BYTES = 8 * 1024 * 1024;
var DEFAULT_MAX_LAYER_BYTES = 10 * 1024 * 1024 * 1024;
var DEFAULT_SETTINGS = {
  timeoutMs: 3e4,
  attempts: 3,
  backoffMs: 500,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  runCredentialHelper
};
function insecureHost(value) {
  return value.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, "").split("/")[0].toLowerCase();
}
async function openRegistryImage(reference, options, settings = {}) {
  const {
    timeoutMs,
    attempts,
    backoffMs,
    sleep,
    random,
    runCredentialHelper: runHelper
  } = { ...DEFAULT_SETTINGS, ...settings };
  const parsed = parseRegistryReference(reference);
  const variable = environment(options.env);
  const notes = [];
  const note = (line) => {
    if (!notes.includes(line)) notes.push(line);
  };
  const insecureHosts = new Set((options.insecureRegistries ?? []).map(insecureHost));
  if (insecureHosts.has(parsed.registry)) insecureHosts.add(parsed.apiHost);
  const transport = new Transport({
    certsDir: certsDirectory(variable("BULKHEAD_REGISTRY_CERTS_DIR")),
    insecureHosts,
    timeoutMs,
    attempts,
    backoffMs,
    sleep,
    ...random ? { random } : {},
    // Node itself read this at startup from its own environment; certs.d roots must not drop it.
    extraCaFile: process.env.NODE_EXTRA_CA_CERTS,
    note
  });
  const auth = new RegistryAuth(
    transport,
    parsed.registry,
    parsed.repository,
    () => lookupCredentials(parsed.registry, options.env, runHelper),
    note
  );
  const client = new RegistryClient(transport, auth, parsed);
  const limits = {
    maxJsonBytes: options.limits?.maxJsonBytes ?? DEFAULT_MAX_JSON_BYTES,
    maxLayerBytes: options.limits?.maxLayerBytes ?? DEFAULT_MAX_LAYER_BYTES
  };
  try {
    const top = await client.fetchManifest(parsed.manifestReference, limits.maxJsonBytes);
    const source = new RegistryImageSource(
      client,
      limits,
      { digest: top.descriptor.digest, body: top.body },
      () => transport.close()
    );
    return { source, index: top.descriptor, names: [parsed.canonical], notes };
  } catch (error) {
    await transport.close();
    throw error;
  }
}

export {
  openRegistryImage
};
