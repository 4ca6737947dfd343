#!/usr/bin/env node
import { createRequire as __bulkheadRequire } from 'node:module';
const require = __bulkheadRequire(import.meta.url);
import {
  sensitiveFileKind
} from "./chunk-B4AU2ZGJ.js";
import {
  IMAGE_REGION,
  INSECURE_SETTING_DESCRIPTION,
  USER_LOCATION,
  classifyAppliedPassword,
  classifyValue,
  defineRule,
  describeLayer,
  distinctConfigLines,
  effectiveUser,
  envLocation,
  expandVariables,
  fileLocation,
  finalImageStages,
  findKnownCredentials,
  findPrivateKeys,
  hasFlag,
  historyCommands,
  historyLocation,
  isLinuxRoot,
  isNamedSecret,
  isSecretLikeName,
  isUnderRegistryPrefix,
  isVendorExample,
  isWindowsAdmin,
  lineRegion,
  matchInsecureRegistries,
  normaliseRegistryPattern,
  parseShell,
  redactSecret,
  require_picomatch,
  runScriptSource,
  runScripts,
  unwrapCommand,
  windowsReleaseOfImage,
  windowsReleaseOfVersion
} from "./chunk-YTMMGOMI.js";
import {
  partitionPoint
} from "./chunk-MFQIY6JZ.js";
import {
  append,
  parseImageReference
} from "./chunk-X7A65PCW.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-QLIY3PYG.js";

// node_modules/@balena/dockerignore/ignore.js
var require_ignore = __commonJS({
  "node_modules/@balena/dockerignore/ignore.js"(exports, module) {
    "use strict";
    var path = __require("path");
    var factory = (options2) => new IgnoreBase(options2);
    factory.default = factory;
    module.exports = factory;
    function make_array(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var REGEX_TRAILING_SLASH = /(?<=.)\/$/;
    var REGEX_TRAILING_BACKSLASH = /(?<=.)\\$/;
    var REGEX_TRAILING_PATH_SEP = path.sep === "\\" ? REGEX_TRAILING_BACKSLASH : REGEX_TRAILING_SLASH;
    var KEY_IGNORE = typeof Symbol !== "undefined" ? /* @__PURE__ */ Symbol.for("dockerignore") : "dockerignore";
    function cleanPath(file) {
      return path.normalize(file).replace(REGEX_TRAILING_PATH_SEP, "");
    }
    function toSlash(file) {
      if (path.sep === "/") {
        return file;
      }
      return file.replace(/\\/g, "/");
    }
    function fromSlash(file) {
      if (path.sep === "/") {
        return file;
      }
      return file.replace(/\//g, path.sep);
    }
    var IgnoreBase = class {
      constructor({
        // https://github.com/kaelzhang/node-ignore/blob/5.1.4/index.js#L372
        ignorecase = true
      } = {}) {
        this._rules = [];
        this._ignorecase = ignorecase;
        this[KEY_IGNORE] = true;
        this._initCache();
      }
      _initCache() {
        this._cache = {};
      }
      // @param {Array.<string>|string|Ignore} pattern
      add(pattern) {
        this._added = false;
        if (typeof pattern === "string") {
          pattern = pattern.split(/\r?\n/g);
        }
        make_array(pattern).forEach(this._addPattern, this);
        if (this._added) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      _addPattern(pattern) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules);
          this._added = true;
          return;
        }
        if (this._checkPattern(pattern)) {
          const rule3 = this._createRule(pattern.trim());
          if (rule3 !== null) {
            this._added = true;
            this._rules.push(rule3);
          }
        }
      }
      _checkPattern(pattern) {
        return pattern && typeof pattern === "string" && pattern.indexOf("#") !== 0 && pattern.trim() !== "";
      }
      filter(paths) {
        return make_array(paths).filter((path2) => this._filter(path2));
      }
      createFilter() {
        return (path2) => this._filter(path2);
      }
      ignores(path2) {
        return !this._filter(path2);
      }
      // https://github.com/moby/moby/blob/v19.03.8/builder/dockerignore/dockerignore.go#L41-L53
      // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L29-L55
      _createRule(pattern) {
        const origin = pattern;
        let negative = false;
        if (pattern[0] === "!") {
          negative = true;
          pattern = pattern.substring(1).trim();
        }
        if (pattern.length > 0) {
          pattern = cleanPath(pattern);
          pattern = toSlash(pattern);
          if (pattern.length > 1 && pattern[0] === "/") {
            pattern = pattern.slice(1);
          }
        }
        if (negative) {
          pattern = "!" + pattern;
        }
        pattern = pattern.trim();
        if (pattern === "") {
          return null;
        }
        pattern = cleanPath(pattern);
        if (pattern[0] === "!") {
          if (pattern.length === 1) {
            return null;
          }
          negative = true;
          pattern = pattern.substring(1);
        } else {
          negative = false;
        }
        return {
          origin,
          pattern,
          // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L54
          dirs: pattern.split(path.sep),
          negative
        };
      }
      // @returns `Boolean` true if the `path` is NOT ignored
      _filter(path2) {
        if (!path2) {
          return false;
        }
        if (path2 in this._cache) {
          return this._cache[path2];
        }
        return this._cache[path2] = this._test(path2);
      }
      // @returns {Boolean} true if a file is NOT ignored
      // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L62
      _test(file) {
        file = fromSlash(file);
        const parentPath = cleanPath(path.dirname(file));
        const parentPathDirs = parentPath.split(path.sep);
        let matched = false;
        this._rules.forEach((rule3) => {
          let match = this._match(file, rule3);
          if (!match && parentPath !== ".") {
            if (rule3.dirs.includes("**")) {
              for (let i = rule3.dirs.filter((x) => x !== "**").length; i <= parentPathDirs.length; i++) {
                match = match || this._match(parentPathDirs.slice(0, i).join(path.sep), rule3);
              }
            } else if (rule3.dirs.length <= parentPathDirs.length) {
              match = this._match(parentPathDirs.slice(0, rule3.dirs.length).join(path.sep), rule3);
            }
          }
          if (match) {
            matched = !rule3.negative;
          }
        });
        return !matched;
      }
      // @returns {Boolean} true if a file is matched by a rule
      _match(file, rule3) {
        return this._compile(rule3).regexp.test(file);
      }
      // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L139
      _compile(rule3) {
        if (rule3.regexp) {
          return rule3;
        }
        let regStr = "^";
        let escapedSlash = path.sep === "\\" ? "\\\\" : path.sep;
        for (let i = 0; i < rule3.pattern.length; i++) {
          const ch = rule3.pattern[i];
          if (ch === "*") {
            if (rule3.pattern[i + 1] === "*") {
              i++;
              if (rule3.pattern[i + 1] === path.sep) {
                i++;
              }
              if (rule3.pattern[i + 1] === void 0) {
                regStr += ".*";
              } else {
                regStr += `(.*${escapedSlash})?`;
              }
            } else {
              regStr += `[^${escapedSlash}]*`;
            }
          } else if (ch === "?") {
            regStr += `[^${escapedSlash}]`;
          } else if (ch === "." || ch === "$") {
            regStr += `\\${ch}`;
          } else if (ch === "\\") {
            if (path.sep === "\\") {
              regStr += escapedSlash;
              continue;
            }
            if (rule3.pattern[i + 1] !== void 0) {
              regStr += "\\" + rule3.pattern[i + 1];
              i++;
            } else {
              regStr += "\\";
            }
          } else {
            regStr += ch;
          }
        }
        regStr += "$";
        rule3.regexp = new RegExp(regStr, this._ignorecase ? "i" : "");
        return rule3;
      }
    };
  }
});

// src/rules/scanner/parse-error.ts
var parse_error_default = defineRule({
  meta: {
    id: "BH000",
    slug: "parse-error",
    title: "File could not be parsed",
    description: "A file that Bulkhead recognises (a Dockerfile, manifest, Compose file or registry config) could not be parsed, so none of its other rules could judge it. Docker, Kubernetes or the runtime would most likely reject the file as well.",
    severity: "medium",
    remediation: "Fix the syntax error at the reported position, or exclude the file if it is not meant to be used as is.",
    references: ["https://docs.docker.com/reference/dockerfile/"],
    tags: ["correctness"],
    messages: { problem: "{problem}" },
    whenToIgnore: "Templates (`{{ \u2026 }}`) are skipped with a note, not reported. Exclude generated or intentionally broken test fixtures with `--exclude`."
  },
  checks: {
    dockerfile({ document, report }) {
      for (const problem of document.problems)
        report({ messageId: "problem", data: { problem: problem.message }, region: problem.region });
    },
    kubernetes({ document, report }) {
      for (const problem of document.problems)
        report({ messageId: "problem", data: { problem: problem.message }, region: problem.region });
    }
  }
});

// src/targets/dockerfile/user-fixes.ts
var APP_UID = "10001";
var DISTROLESS_NONROOT_UID = "65532";
var USERADD_REPOSITORIES = /* @__PURE__ */ new Set([
  "debian",
  "ubuntu",
  "node",
  "python",
  "ruby",
  "golang",
  "openjdk",
  "eclipse-temurin",
  "amazoncorretto",
  "php",
  "perl",
  "rust",
  "maven",
  "gradle",
  "buildpack-deps",
  "fedora",
  "centos",
  "rockylinux",
  "almalinux",
  "oraclelinux",
  "amazonlinux",
  "ubi8",
  "ubi9",
  "ubi8-minimal",
  "ubi9-minimal"
]);
function eolOf(document) {
  return document.text.includes("\r\n") ? "\r\n" : "\n";
}
function rootImage(stage) {
  let current = stage;
  for (let hops = 0; hops < 64 && current.base.kind === "stage"; hops++) current = current.base.stage;
  return current.base.kind === "image" ? current.base.reference : void 0;
}
function linuxFamily(stage) {
  const ref = rootImage(stage);
  if (!ref) return void 0;
  const segments = ref.repository.toLowerCase().split("/");
  const last = segments[segments.length - 1] ?? "";
  const tag = (ref.tag ?? "").toLowerCase();
  if (segments[0] === "distroless" && ref.registry !== "docker.io") return "distroless";
  if (last === "alpine" || tag.includes("alpine")) return "alpine";
  if (USERADD_REPOSITORIES.has(last)) return "useradd";
  return /(?:^|-)(?:bookworm|bullseye|buster|trixie|slim|jammy|noble|focal)(?:-|$)/.test(tag) ? "useradd" : void 0;
}
function stageEnd(stage) {
  const last = stage.instructions[stage.instructions.length - 1] ?? stage.from;
  return { ...last.region, startLine: last.region.endLine, startColumn: last.region.endColumn };
}
function switchUser(document, final, lines) {
  const { stage } = final;
  const last = stage.instructions[stage.instructions.length - 1];
  const eol = eolOf(document);
  if (final.how === "explicit" && last?.keyword === "USER" && last.region.startLine === final.region.startLine)
    return [{ region: last.region, replacement: lines.join(eol) }];
  const end = stageEnd(stage);
  return [
    {
      region: { ...end, endLine: end.startLine, endColumn: end.startColumn },
      replacement: eol + lines.join(eol)
    }
  ];
}
function windowsUserFix(document, final) {
  return {
    description: "Run the final stage as 'ContainerUser'; steps that need administrator rights must come before it.",
    safety: "review",
    edits: switchUser(document, final, ["USER ContainerUser"])
  };
}
function linuxUserFix(document, final) {
  const family = linuxFamily(final.stage);
  if (!family) return void 0;
  if (family === "distroless")
    return {
      description: `Run as distroless' 'nonroot' user (uid ${DISTROLESS_NONROOT_UID}); files the process writes must be writable by it.`,
      safety: "review",
      edits: switchUser(document, final, [`USER ${DISTROLESS_NONROOT_UID}`])
    };
  const create = family === "alpine" ? `RUN adduser -D -H -u ${APP_UID} app` : `RUN useradd --uid ${APP_UID} --no-create-home --shell /usr/sbin/nologin app`;
  return {
    description: `Create the unprivileged user 'app' (uid ${APP_UID}) and run as it; files the process writes must be writable by it.`,
    safety: "review",
    edits: switchUser(document, final, [create, `USER ${APP_UID}`])
  };
}

// src/targets/dockerfile/final-image-user.ts
function finalImageUser(document, os) {
  const stage = document.finalStage;
  if (!stage || stage.os !== os) return void 0;
  const effective = effectiveUser(stage, document.escapeChar);
  if (effective.user === void 0) return void 0;
  const user = effective.instruction;
  if (user) {
    return {
      stage,
      user: effective.user,
      how: user.stageIndex === stage.index ? "explicit" : "inherited",
      region: user.region,
      data: { user: effective.user, line: user.region.startLine }
    };
  }
  return {
    stage,
    user: effective.user,
    how: "byDefault",
    region: stage.baseRegion,
    data: { user: effective.user, reason: effective.reason }
  };
}

// src/targets/image/built-from-dockerfile.ts
function builtImageOf(document, repository) {
  for (const name of document.names) {
    const reference = parseImageReference(name.trim());
    const built = reference && repository.builtImages.get(reference.name.toLowerCase());
    if (built) return built;
  }
  return void 0;
}
function builtFromRelated(document, repository) {
  const built = builtImageOf(document, repository);
  if (!built) return [];
  return [{ ...built.location, message: `Built from this Dockerfile: ${built.location.message}.` }];
}

// src/rules/image-user/image-runs-as-root.ts
var image_runs_as_root_default = defineRule({
  meta: {
    id: "BH101",
    slug: "image-runs-as-root",
    title: "Linux image runs as root",
    description: "The final image runs its process as root, explicitly or because no USER is set and Docker defaults to root. A process that is root inside the container is root on the host after any container escape, and can modify everything in the image at run time. Only the final stage and the stages it is built FROM count; builder stages never ship. In a built image, the config `User` decides: empty or absent means root.",
    severity: "high",
    remediation: "Create an unprivileged user and switch to it at the end of the final stage (`RUN useradd --uid 10001 app` then `USER 10001`), or build FROM an image that already runs as non-root (e.g. distroless `:nonroot`).",
    references: [
      "https://docs.docker.com/reference/dockerfile/#user",
      "https://docs.docker.com/build/building/best-practices/#user"
    ],
    tags: ["CWE-250", "cis-docker-4.1"],
    messages: {
      explicit: "The final image runs as '{user}', set by USER on line {line}.",
      inherited: "The final image runs as '{user}': it is built on this stage, whose USER on line {line} it keeps.",
      byDefault: "The final image runs as '{user}' by default ({reason}); no USER is set.",
      imageUser: "The image runs as '{user}', set by its config User.",
      imageNoUser: "The image has no user set (runs as root by default)."
    },
    whenToIgnore: "An image that must start as root to drop privileges itself (for example an entrypoint that calls `gosu`/`su-exec`); suppress with a reason."
  },
  checks: {
    dockerfile({ document, report }) {
      const final = finalImageUser(document, "linux");
      if (!final || !isLinuxRoot(final.user)) return;
      const fix = linuxUserFix(document, final);
      report({
        messageId: final.how,
        data: final.data,
        region: final.region,
        ...fix ? { fixes: [fix] } : {}
      });
    },
    // A built image's config User is what Docker runs it as; empty or absent means root.
    image({ document, repository, report }) {
      if (document.platform.os.toLowerCase() === "windows") return;
      const user = document.config.user?.trim() ?? "";
      if (user !== "" && !isLinuxRoot(user)) return;
      report({
        messageId: user === "" ? "imageNoUser" : "imageUser",
        data: { user },
        region: IMAGE_REGION,
        logical: USER_LOCATION,
        relatedLocations: builtFromRelated(document, repository)
      });
    }
  }
});

// src/targets/image/windows-default-user.ts
var SERVER_2016 = /^10\.0\.14393(\.|$)/;
var NANO_SERVER = /nano-?server/i;
var SERVER_CORE = /server-?core/i;
function windowsDefaultUser(platform, history) {
  if (platform.osVersion && SERVER_2016.test(platform.osVersion)) {
    return {
      user: "ContainerAdministrator",
      reason: `Windows Server 2016 base images (os.version ${platform.osVersion}) run as ContainerAdministrator`
    };
  }
  if (history.some((entry) => NANO_SERVER.test(entry.createdBy)))
    return {
      user: "ContainerUser",
      reason: "its history shows a Nano Server base, which runs as ContainerUser"
    };
  if (history.some((entry) => SERVER_CORE.test(entry.createdBy)))
    return {
      user: "ContainerAdministrator",
      reason: "its history shows a Server Core base, which runs as ContainerAdministrator"
    };
  return {
    user: "ContainerAdministrator",
    reason: "an empty User means ContainerAdministrator outside the Nano Server lineage"
  };
}

// src/rules/image-user/windows-image-runs-as-admin.ts
var windows_image_runs_as_admin_default = defineRule({
  meta: {
    id: "BH102",
    slug: "windows-image-runs-as-admin",
    title: "Windows image runs as an administrator",
    description: "The final Windows image runs as ContainerAdministrator (or another admin-equivalent account such as SYSTEM), explicitly or because its base image defaults to it: Server Core, Windows Server and .NET Framework images do, Nano Server images run as ContainerUser. An administrator in a process-isolated container shares the host kernel and can change the container's whole file system and registry. In a built image, an empty config `User` means the base's default, which is ContainerAdministrator unless the image is of the Nano Server lineage (since 1709).",
    severity: "high",
    remediation: "End the final stage with `USER ContainerUser` (grant it the folders it writes with `icacls` first), or build on a Nano Server image, which runs as ContainerUser by default.",
    references: [
      "https://learn.microsoft.com/en-us/virtualization/windowscontainers/manage-containers/container-security",
      "https://learn.microsoft.com/en-us/virtualization/windowscontainers/manage-containers/hyperv-container",
      "https://docs.docker.com/reference/dockerfile/#user"
    ],
    tags: ["CWE-250", "windows"],
    messages: {
      explicit: "The final Windows image runs as '{user}', an administrator account, set by USER on line {line}.",
      inherited: "The final Windows image runs as '{user}', an administrator account: it is built on this stage, whose USER on line {line} it keeps.",
      byDefault: "The final Windows image runs as '{user}' by default ({reason}); no USER is set.",
      imageUser: "The Windows image runs as '{user}', an administrator account, set by its config User.",
      imageDefault: "The Windows image has no user set, so it runs as '{user}' ({reason})."
    },
    whenToIgnore: "Some Windows software only installs or runs as an administrator (for example services that need to register themselves); prefer Hyper-V isolation for such images and suppress with a reason."
  },
  checks: {
    dockerfile({ document, report }) {
      const final = finalImageUser(document, "windows");
      if (final && isWindowsAdmin(final.user))
        report({
          messageId: final.how,
          data: final.data,
          region: final.region,
          fixes: [windowsUserFix(document, final)]
        });
    },
    image({ document, repository, report }) {
      if (document.platform.os.toLowerCase() !== "windows") return;
      const user = document.config.user?.trim() ?? "";
      const fallback = user === "" ? windowsDefaultUser(document.platform, document.history) : void 0;
      if (fallback ? fallback.user !== "ContainerAdministrator" : !isWindowsAdmin(user)) return;
      report({
        messageId: fallback ? "imageDefault" : "imageUser",
        data: fallback ? { user: fallback.user, reason: fallback.reason } : { user },
        region: IMAGE_REGION,
        logical: USER_LOCATION,
        relatedLocations: builtFromRelated(document, repository)
      });
    }
  }
});

// src/rules/image-user/sudo-in-build.ts
var sudo_in_build_default = defineRule({
  meta: {
    id: "BH103",
    slug: "sudo-in-build",
    title: "sudo used in a build command",
    description: "`sudo` in a RUN step means the image has sudo installed and configured for the build user, which usually stays in the final image as an easy path from the application user to root. It also behaves unpredictably in builds (TTY requirements, environment resets). Installing the `sudo` package or editing `/etc/sudoers` is not this rule's concern (see BH104).",
    severity: "medium",
    remediation: "Run privileged build steps before switching users (`USER root` \u2026 `USER app`), or use `gosu`/`su-exec` in an entrypoint that drops privileges; do not ship sudo.",
    references: [
      "https://docs.docker.com/build/building/best-practices/#user",
      "https://github.com/hadolint/hadolint/wiki/DL3004"
    ],
    tags: ["CWE-250"],
    messages: { sudo: "RUN invokes '{command}'." }
  },
  checks: {
    dockerfile({ document, report }) {
      for (const run of runScripts(document)) {
        const sudo = run.commands.find((c) => c.program === "sudo");
        if (!sudo) continue;
        const command = [sudo.name, ...sudo.args.slice(0, 3)].map((w) => w.value).join(" ");
        report({ messageId: "sudo", data: { command }, region: run.instruction.region });
      }
    }
  }
});

// src/targets/shell/admin-grants.ts
var ADMIN_GROUPS = /* @__PURE__ */ new Set(["sudo", "wheel", "root", "admin"]);
var WINDOWS_ADMINISTRATORS = /^(builtin\\)?administrators$/i;
var ADMINISTRATORS_SID = "S-1-5-32-544";
function findAdminGrant(command) {
  const description = describeGrant(command);
  return description ? { command, description } : void 0;
}
function describeGrant(command) {
  const args = command.args.map((a) => a.value);
  switch (command.program) {
    case "usermod":
    case "useradd": {
      const groups = optionValue(args, "G", "--groups");
      const admin = groups?.split(",").find((g) => ADMIN_GROUPS.has(g));
      return admin ? `${command.program} puts '${args.at(-1) ?? ""}' in group '${admin}'` : void 0;
    }
    case "adduser":
    case "addgroup": {
      const positional = args.filter((a) => !a.startsWith("-"));
      const group = optionValue(args, "G", "--ingroup") ?? (positional.length === 2 ? positional[1] : void 0);
      return group && ADMIN_GROUPS.has(group) ? `${command.program} puts '${positional[0] ?? ""}' in group '${group}'` : void 0;
    }
    case "gpasswd": {
      const index = args.findIndex((a) => a === "-a" || a === "--add");
      const group = index >= 0 ? args.filter((_a, i) => i !== index && i !== index + 1).find((a) => !a.startsWith("-")) : void 0;
      return group && ADMIN_GROUPS.has(group) ? `gpasswd adds '${args[index + 1] ?? ""}' to group '${group}'` : void 0;
    }
    case "net": {
      const lower = args.map((a) => a.toLowerCase());
      if (lower[0] !== "localgroup" || !lower.includes("/add") || !WINDOWS_ADMINISTRATORS.test(args[1] ?? ""))
        return void 0;
      return `net localgroup adds '${args[2] === "/add" ? args[3] ?? "" : args[2] ?? ""}' to Administrators`;
    }
    case "add-localgroupmember": {
      const group = powershellParameter(args, ["-group", "-name", "-sid"]) ?? args.find((a) => !a.startsWith("-"));
      if (!group || !(WINDOWS_ADMINISTRATORS.test(group) || group.toUpperCase() === ADMINISTRATORS_SID))
        return void 0;
      return `Add-LocalGroupMember adds '${powershellParameter(args, ["-member"]) ?? ""}' to Administrators`;
    }
  }
  return grantsNopasswd(command) ? `'${command.name.value}' writes a NOPASSWD sudoers rule` : void 0;
}
function optionValue(args, short, long) {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === long) return args[i + 1];
    if (arg.startsWith(`${long}=`)) return arg.slice(long.length + 1);
    if (/^-[A-Za-z]+/.test(arg) && !arg.startsWith("--")) {
      const at = arg.indexOf(short);
      if (at > 0) return at === arg.length - 1 ? args[i + 1] : arg.slice(at + 1);
    }
  }
  return void 0;
}
function powershellParameter(args, names) {
  for (let i = 0; i < args.length; i++) {
    const [name, inline] = args[i].toLowerCase().split(/:(.*)/s);
    if (names.includes(name))
      return inline !== void 0 ? args[i].slice(name.length + 1) : args[i + 1];
  }
  return void 0;
}
function grantsNopasswd(command) {
  const texts = [...command.args.map((a) => a.value), ...command.redirects.map((r) => r.heredoc ?? "")];
  return texts.some((text) => /\bNOPASSWD\s*:/.test(text));
}

// src/rules/image-user/grants-admin-rights.ts
var grants_admin_rights_default = defineRule({
  meta: {
    id: "BH104",
    slug: "grants-admin-rights",
    title: "Build grants administrator rights to an account",
    description: "A RUN step adds an account to an administrators group (sudo, wheel, root, admin; Windows Administrators) or writes a passwordless sudo rule. Whatever user the image later runs as, that account can become root or administrator without a password, which undoes the point of a non-root USER.",
    severity: "medium",
    remediation: "Do not add image accounts to admin groups or NOPASSWD sudoers rules; do the privileged work at build time as root (or ContainerAdministrator) and run as an ordinary account.",
    references: [
      "https://docs.docker.com/build/building/best-practices/#user",
      "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.localaccounts/add-localgroupmember"
    ],
    tags: ["CWE-269", "CWE-250"],
    messages: { grant: "RUN grants administrator rights: {grant}." }
  },
  checks: {
    dockerfile({ document, report }) {
      for (const run of runScripts(document)) {
        for (const command of run.commands) {
          const grant = findAdminGrant(command);
          if (grant)
            report({
              messageId: "grant",
              data: { grant: grant.description },
              region: run.instruction.region
            });
        }
      }
    }
  }
});

// src/targets/dockerfile/env-and-arg-values.ts
function envAndArgValues(document) {
  const values = [];
  for (const instruction of document.instructions) {
    if (instruction.keyword !== "ENV" && instruction.keyword !== "ARG") continue;
    const stage = document.stages[instruction.stageIndex];
    for (const property of instruction.properties) {
      if (property.value === void 0) continue;
      const expanded = expandVariables(property.value, instruction.scope, document.escapeChar);
      values.push({
        instruction,
        stage,
        name: property.name,
        value: expanded.resolved ? expanded.value : property.value
      });
    }
  }
  return values;
}

// src/secrets/secret-ids.ts
var AWS_ACCESS_KEY_ID = /^(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}$/;
function knownSecretIdType(value) {
  const trimmed = value.trim();
  return AWS_ACCESS_KEY_ID.test(trimmed) && !isVendorExample(trimmed) ? "AWS access key ID" : void 0;
}

// src/secrets/secret-values.ts
function secretValues(values) {
  const matches = credentialsOfValues(values);
  const found = [];
  values.forEach(({ name, value }, index) => {
    if (findPrivateKeys(value).length) return;
    const known = matches[index];
    for (const match of known)
      found.push({
        index,
        messageId: "knownFormat",
        data: { name, type: match.type, value: redactSecret(match.value) }
      });
    if (known.length) return;
    const idType = knownSecretIdType(value);
    if (idType)
      found.push({
        index,
        messageId: "knownFormat",
        data: { name, type: idType, value: redactSecret(value) }
      });
    else if (isNamedSecret(name, value))
      found.push({ index, messageId: "namedSecret", data: { name, value: redactSecret(value) } });
  });
  return found;
}
function credentialsOfValues(values) {
  const byIndex = values.map(() => []);
  let text = "";
  const spans = values.map((v) => {
    const start = text.length + v.name.length + 1;
    text += `${v.name}=${v.value}
`;
    return { start, end: start + v.value.length };
  });
  for (const match of findKnownCredentials(text)) {
    const owner = partitionPoint(spans.length, (i) => spans[i].start <= match.start) - 1;
    if (owner >= 0 && match.end <= spans[owner].end) byIndex[owner]?.push(match);
  }
  return byIndex;
}

// src/rules/secrets/secret-in-env-or-arg.ts
var secret_in_env_or_arg_default = defineRule({
  meta: {
    id: "BH201",
    slug: "secret-in-env-or-arg",
    title: "Secret in ENV or ARG default",
    description: "An ENV value or ARG default holds a credential: a secret-like name (password, token, API key, connection string\u2026) with a literal value, or a known credential format (GitHub, GitLab, Slack, npm, AWS, Azure, JWT, a password in a URL) under any name. ENV is stored in the image config and ARG defaults in its history, so anyone who can pull the image can read them, and the value is in the repository for good. In a built image, every `config.Env` entry is checked, including those its base images set.",
    severity: "high",
    remediation: "Remove the value and rotate the credential. Pass secrets at build time with `RUN --mount=type=secret` and at run time through the orchestrator (Kubernetes Secrets, Compose secrets, environment injected by the platform).",
    references: [
      "https://docs.docker.com/build/building/secrets/",
      "https://docs.docker.com/reference/build-checks/secrets-used-in-arg-or-env/"
    ],
    tags: ["CWE-798", "CWE-522"],
    messages: {
      namedSecret: "{keyword} '{name}' holds a literal secret ('{value}').",
      knownFormat: "{keyword} '{name}' holds a credential ({type}: '{value}')."
    }
  },
  checks: {
    dockerfile({ document, report }) {
      const byInstruction = /* @__PURE__ */ new Map();
      for (const value of envAndArgValues(document)) {
        const group = byInstruction.get(value.instruction);
        if (group) group.push(value);
        else byInstruction.set(value.instruction, [value]);
      }
      for (const [instruction, values] of byInstruction) {
        for (const { messageId, data } of secretValues(values))
          report({ messageId, data: { keyword: instruction.keyword, ...data }, region: instruction.region });
      }
    },
    // config.Env is every ENV of the image and its bases, values substituted; searched as one.
    image({ document, report }) {
      const values = document.config.env.map((entry) => {
        const equals = entry.indexOf("=");
        return equals < 0 ? { name: entry, value: "" } : { name: entry.slice(0, equals), value: entry.slice(equals + 1) };
      });
      for (const { index, messageId, data } of secretValues(values)) {
        const logical = envLocation(index);
        report({ messageId, data: { keyword: "Image ENV", ...data }, region: IMAGE_REGION, logical });
      }
    }
  }
});

// src/targets/shell/credential-headers.ts
var CREDENTIAL_HEADERS = "authorization|proxy-authorization|x-api-key|api-key|apikey|x-auth-token|x-access-token|private-token|deploy-token|x-vault-token|x-jfrog-art-api";
var HEADER_ARGUMENT = new RegExp(
  `^(?:[\\w.-]*extraheader=)?\\s*(${CREDENTIAL_HEADERS})\\s*:\\s*(.*)$`,
  "is"
);
var HEADER_TABLE_ENTRY = new RegExp(`(['"]?)(${CREDENTIAL_HEADERS})\\1\\s*=\\s*(['"])(.*?)\\3`, "gis");
var SCHEMES = /^(?:basic|bearer|token|bot|digest|apikey|sso-key|key|negotiate|ntlm)(?:\s+|$)/i;
function credentialHeaders(command, program) {
  const found = [];
  for (const { value } of command.args) {
    const header = HEADER_ARGUMENT.exec(value);
    if (header)
      found.push({ kind: "header", program, name: header[1] ?? "", value: credentialPart(header[2] ?? "") });
    if (command.dialect === "powershell" && value.startsWith("@{"))
      for (const entry of value.matchAll(HEADER_TABLE_ENTRY))
        found.push({ kind: "header", program, name: entry[2] ?? "", value: credentialPart(entry[4] ?? "") });
  }
  return found;
}
function credentialPart(value) {
  return value.trim().replace(SCHEMES, "");
}

// src/targets/shell/credential-form.ts
function formsByProgram(entries) {
  return new Map(
    entries.flatMap(([programs, form]) => programs.split(" ").map((name) => [name, form]))
  );
}

// src/targets/shell/user-passwords.ts
function passwordOf(pair) {
  const colon = pair.indexOf(":");
  if (colon < 0) return void 0;
  const password = pair.slice(colon + 1);
  return password === pair.slice(0, colon) ? void 0 : password;
}
function htpasswd({ words, password }) {
  const flags = words.filter((w) => /^-[a-zA-Z]+$/.test(w)).join("");
  const [user, secret] = words.filter((w) => !w.startsWith("-")).slice(flags.includes("n") ? 0 : 1);
  return flags.includes("b") ? password([user === void 0 ? void 0 : passwordOf(`${user}:${secret ?? ""}`)]) : [];
}
function chpasswd({ command, feed, password }) {
  if (hasFlag(command, "e", "encrypted")) return [];
  return password(
    (feed() ?? "").split("\n").map((line) => line.trim() === "root:Docker!" ? void 0 : passwordOf(line.trim()))
  );
}
function debconfSetSelections({ feed, password }) {
  return password(
    (feed() ?? "").split("\n").map((line) => /^\S+\s+\S+\s+password\s+(.+)$/.exec(line.trim())?.[1])
  );
}
function passwd({ command, feed, password }) {
  return hasFlag(command, void 0, "stdin") ? password([feed()?.trim()]) : [];
}
function rabbitmqctl({ words, password }) {
  return ["add_user", "change_password"].includes(words[0] ?? "") ? password([passwordOf(`${words[1] ?? ""}:${words[2] ?? ""}`)]) : [];
}
function applied(form) {
  return (input) => form(input).map((c) => c.kind === "password" ? { ...c, applied: true } : c);
}
var USER_PASSWORDS = formsByProgram([
  ["htpasswd", applied(htpasswd)],
  ["chpasswd", applied(chpasswd)],
  ["debconf-set-selections", applied(debconfSetSelections)],
  ["passwd", applied(passwd)],
  ["rabbitmqctl", applied(rabbitmqctl)]
]);

// src/targets/shell/password-options.ts
function options(args, spec) {
  const values = [];
  for (let i = 0; i < args.length; i++) {
    const word = args[i].value;
    if (word === "--") break;
    const next = args[i + 1]?.value;
    const long = spec.long?.find((name) => word === name || word.startsWith(`${name}=`));
    const short = spec.short?.find((name) => word === name || spec.glued && word.startsWith(name));
    const flag = long ?? short;
    if (!flag) continue;
    if (word.length > flag.length) values.push(word.slice(flag.length + (long ? 1 : 0)));
    else if (spec.separate !== false && next !== void 0 && !next.startsWith("-")) values.push(next);
  }
  return values;
}
function loginAt(words, parents) {
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (word === "login") return i;
    const optionValue2 = /^-[^=]*$/.test(words[i - 1] ?? "");
    if (!word.startsWith("-") && !optionValue2 && !parents.includes(word)) return -1;
  }
  return -1;
}
function curl({ args, password }) {
  return password([
    ...options(args, { short: ["-u", "-U"], long: ["--user", "--proxy-user"], glued: true }).map(passwordOf),
    ...options(args, { long: ["--oauth2-bearer", "--pass"] })
  ]);
}
function wget({ args, password }) {
  return password(
    options(args, { long: ["--password", "--http-password", "--ftp-password", "--proxy-password"] })
  );
}
function sshpass({ args, password }) {
  return password(options(args, { short: ["-p"], glued: true }));
}
function openssl({ args, words, password }) {
  return password(opensslPasswords(args), words[0] === "passwd" ? "openssl passwd" : "openssl");
}
function opensslPasswords(args) {
  const words = args.map((a) => a.value);
  if (words[0] === "passwd") {
    const valued = /* @__PURE__ */ new Set(["-salt", "-in"]);
    return words.slice(1).filter((w, i) => !w.startsWith("-") && !valued.has(words[i] ?? ""));
  }
  return words.filter((_w, i) => /^-pass(?:in|out|word)?$/.test(words[i - 1] ?? "") && words[i]?.startsWith("pass:")).map((w) => w.slice("pass:".length));
}
function az({ args, words, password }) {
  const login = loginAt(words, ["acr"]);
  const values = options(args.slice(login + 1), { short: ["-p"], long: ["--password"] });
  const secrets = values.filter((v) => !/^[~./\\]|^\w:\\|\.(?:pem|crt|cer|pfx|p12)$/i.test(v));
  return login < 0 ? [] : password(secrets, login > 0 && words[login - 1] === "acr" ? "az acr login" : "az login");
}
function mysql({ args, words, password }) {
  const glued = words.filter((w) => /^-p./.test(w)).map((w) => w.slice(2));
  return password([...glued, ...options(args, { long: ["--password"], separate: false })]);
}
function sqlServer({ args, password }) {
  return password(options(args, { short: ["-P"], glued: true }));
}
function registryLogin({ command, program, args, words, feed, password }) {
  const login = loginAt(words, ["registry", "auth"]);
  if (login < 0) return [];
  const who = [program, ...words.slice(0, login).filter((w) => w === "registry" || w === "auth"), "login"].join(
    " "
  );
  const stdin = hasFlag(command, void 0, "password-stdin") ? [feed()?.trim()] : [];
  return password(
    [...options(args.slice(login + 1), { short: ["-p"], long: ["--password"], glued: true }), ...stdin],
    who
  );
}
var PASSWORD_OPTIONS = formsByProgram([
  ["curl", curl],
  ["wget", wget],
  ["sshpass", sshpass],
  ["openssl", openssl],
  ["az", az],
  [
    "mysql mariadb mysqladmin mysqldump mysqlimport mysqlshow mysqlcheck mysqlpump mysqlslap mariadb-dump mariadb-admin mariadb-import mariadb-check mariadb-show",
    mysql
  ],
  ["sqlcmd bcp osql", sqlServer],
  ["docker podman buildah skopeo nerdctl oras helm crane", registryLogin]
]);

// src/targets/shell/setting-credentials.ts
function settingCredentials(name, value) {
  return value !== void 0 && name && isSecretSetting(name, value) ? [{ kind: "setting", name, value }] : [];
}
var PASSWORD_VARIABLES = /* @__PURE__ */ new Set(["SSHPASS", "SQLCMDPASSWORD"]);
function isSecretSetting(name, value) {
  return PASSWORD_VARIABLES.has(name.toUpperCase()) || isNamedSecret(name, value);
}
function declared({ words }) {
  return words.flatMap((word) => {
    const assignment = /^([A-Za-z_]\w*)=(.*)$/s.exec(word);
    return assignment ? settingCredentials(assignment[1], assignment[2]) : [];
  });
}
function configSet({ words, lower }) {
  const at = lower[0] === "set" ? 1 : lower[0] === "config" && lower[1] === "set" ? 2 : -1;
  const positional = at < 0 ? [] : words.slice(at).filter((w) => !w.startsWith("-"));
  const [first = "", second] = positional;
  const [key, value] = second === void 0 && first.includes("=") ? first.split(/=(.*)/s) : [first, second];
  const name = (key ?? "").split(":").pop() ?? "";
  return settingCredentials(name, value);
}
function awsConfigureSet({ words, lower }) {
  const [key = "", value] = words.slice(2).filter((w, i, rest) => !w.startsWith("-") && !rest[i - 1]?.startsWith("-"));
  return lower[0] === "configure" && lower[1] === "set" ? settingCredentials(key, value) : [];
}
var SETTING_COMMANDS = formsByProgram([
  ["export declare typeset readonly local", declared],
  ["npm yarn pnpm", configSet],
  ["aws", awsConfigureSet]
]);

// src/targets/shell/stdin-text.ts
function stdinText(command, pipelines) {
  const own = redirectedText(command);
  if (own !== void 0) return own;
  const { pipeline } = command;
  if (!pipeline || pipeline.index === 0) return void 0;
  if (pipeline.input) return pipeline.input.value;
  const previous = pipelines.get(`${pipeline.id}:${pipeline.index - 1}`);
  return previous && emittedText(unwrapCommand(previous));
}
function redirectedText(command) {
  for (const redirect of command.redirects) {
    if (redirect.op === "<<<") return redirect.target?.value;
    if (redirect.heredoc !== void 0 && redirect.op.startsWith("<<")) return redirect.heredoc;
  }
  return void 0;
}
function emittedText(command) {
  const words = command.args.map((a) => a.value);
  switch (command.program) {
    case "echo":
    case "write-output":
    case "write": {
      const start = command.dialect === "posix" ? words.findIndex((w) => !/^-[neE]+$/.test(w)) : 0;
      return start < 0 ? void 0 : words.slice(start).join(" ");
    }
    case "printf": {
      const [format = "", ...rest] = words[0] === "--" ? words.slice(1) : words;
      return rest.length > 0 && format.includes("%") ? rest.join("\n") : format.replace(/\\n/g, "\n");
    }
    case "cat":
      return command.args.length === 0 ? redirectedText(command) : void 0;
  }
  return void 0;
}

// src/targets/shell/windows-credentials.ts
function net({ command, lower }) {
  const positional = command.args.map((a) => a.value).filter((w) => !w.startsWith("/"));
  let value;
  if (lower[0] === "user") value = positional[2] === positional[1] ? void 0 : positional[2];
  else if (lower[0] === "use") {
    const share = positional.findIndex((w) => w.startsWith("\\\\"));
    value = share > 0 ? positional[share + 1] : void 0;
  }
  return value === void 0 || value === "*" ? [] : [{ kind: "password", program: `net ${lower[0]}`, value }];
}
function cmdkey({ words, password }) {
  return password(words.filter((w) => /^\/pass:./i.test(w)).map((w) => w.slice("/pass:".length)));
}
function setx({ words, password }) {
  const positional = windowsPositionals(words, ["/s", "/u", "/p", "/k", "/r", "/f", "/d", "/a"]);
  return [...settingCredentials(positional[0] ?? "", positional[1]), ...password(windowsOption(words, "/p"))];
}
function cmdSet({ command, words }) {
  if (command.dialect !== "cmd" || /^\/[ap]$/i.test(words[0] ?? "")) return [];
  const assignment = /^([^=\s]+)=(.*)$/s.exec(words.join(" "));
  return assignment ? settingCredentials(assignment[1], assignment[2]) : [];
}
function windowsPositionals(words, valued) {
  return words.filter((w, i) => !w.startsWith("/") && !valued.includes((words[i - 1] ?? "").toLowerCase()));
}
function windowsOption(words, name) {
  const at = words.findIndex((w) => w.toLowerCase() === name);
  return at >= 0 && words[at + 1] !== void 0 ? [words[at + 1]] : [];
}
function convertToSecureString({ command, program }) {
  if (!hasFlag(command, void 0, "AsPlainText")) return [];
  let value;
  const positional = [];
  for (let i = 0; i < command.args.length; i++) {
    const word = command.args[i].value;
    const parameter = /^-([A-Za-z]+)(?::(.*))?$/s.exec(word);
    const name = parameter?.[1]?.toLowerCase() ?? "";
    if (!parameter) positional.push(word);
    else if (name.length >= 2 && "string".startsWith(name)) value = parameter[2] ?? command.args[++i]?.value;
    else if (["key", "securekey"].some((p) => name.length >= 2 && p.startsWith(name)) && parameter[2] === void 0)
      i++;
  }
  value ??= positional[0] ?? command.pipeline?.input?.value;
  return value === void 0 ? [] : [{ kind: "password", program, value }];
}
var WINDOWS_CREDENTIALS = formsByProgram([
  ["net", net],
  ["cmdkey", cmdkey],
  ["setx", setx],
  ["set", cmdSet],
  ["convertto-securestring", convertToSecureString]
]);

// src/targets/shell/inline-credentials.ts
function findCommandCredentials(text, commands, assignments = []) {
  const keys = findPrivateKeys(text);
  const inKey = (start, end) => keys.some((k) => start < k.end && k.start < end);
  const keyTexts = keys.map((k) => text.slice(k.start, k.end));
  const candidates = [];
  for (const match of findKnownCredentials(text)) {
    if (inKey(match.start, match.end) || isNotLiteral(match.value)) continue;
    candidates.push({ kind: "known", type: match.type, value: match.value });
  }
  for (const credential of findInlineCredentials(commands, assignments)) {
    if (!keyTexts.some((key) => key.includes(credential.value))) candidates.push(credential);
  }
  const found = [];
  const seen = /* @__PURE__ */ new Set();
  for (const candidate of candidates) {
    if (found.length === MAX_CREDENTIALS) break;
    if (seen.has(candidate.value) || found.some((earlier) => sameSecret(earlier, candidate))) continue;
    seen.add(candidate.value);
    found.push(candidate);
  }
  return found;
}
var MAX_CREDENTIALS = 100;
function sameSecret(earlier, later) {
  const [a, b] = [earlier.value, later.value];
  return a === b || Math.min(a.length, b.length) >= 8 && (a.includes(b) || b.includes(a));
}
function isSingleWord(raw) {
  return /^(["']).*\1$/s.test(raw.trim()) || !/\s/.test(raw.trim());
}
function findInlineCredentials(commands, assignments = []) {
  const pipelines = /* @__PURE__ */ new Map();
  for (const command of commands)
    if (command.pipeline) pipelines.set(`${command.pipeline.id}:${command.pipeline.index}`, command);
  const found = [];
  for (const { name, value, computed } of assignments)
    if (value && !computed && isSingleWord(value.raw))
      append(found, settingCredentials(name.replace(/^env:/i, ""), value.value));
  for (const written of commands) {
    const command = unwrapCommand(written);
    for (const { name, value } of command.env) append(found, settingCredentials(name, value?.value));
    const feed = () => stdinText(command, pipelines);
    const program = displayName(command);
    append(append(found, commandCredentials(command, program, feed)), credentialHeaders(command, program));
  }
  return found.filter(
    (c) => c.kind === "password" && c.applied ? !isNotLiteral(c.value, classifyAppliedPassword) : !isNotLiteral(c.value)
  );
}
function isNotLiteral(value, classify = classifyValue) {
  const v = value.trim();
  return !classify(v).literal || /^(?:\$(?:env:)?[\w:]+|\$\{[^}]*\}|\$\(.*\)|\(.*\)|%\w+%|![\w]+!)$/is.test(v) || /^(?:file|env|fd):|\/run\/secrets\//.test(v);
}
var CREDENTIAL_FORMS = new Map([
  ...SETTING_COMMANDS,
  ...PASSWORD_OPTIONS,
  ...USER_PASSWORDS,
  ...WINDOWS_CREDENTIALS
]);
function commandCredentials(command, program, feed) {
  const form = CREDENTIAL_FORMS.get(command.program);
  if (!form) return [];
  const password = (values, who = program) => values.filter((v) => v !== void 0).map((value) => ({ kind: "password", program: who, value }));
  const words = command.args.map((a) => a.value);
  const lower = words.map((w) => w.toLowerCase());
  return form({ command, program, args: command.args, words, lower, feed, password });
}
function displayName(command) {
  return (command.name.value.split(/[\\/]/).pop() ?? command.program).replace(/\.exe$/i, "");
}

// src/rules/secrets/secret-in-build-command.ts
var secret_in_build_command_default = defineRule({
  meta: {
    id: "BH202",
    slug: "secret-in-build-command",
    title: "Credential in a RUN command",
    description: 'A RUN step passes a credential on its command line: a token of a known format, a password option (`mysql -p\u2026`, `docker login -p`, `curl -u user:pass`, `net user NAME PASSWORD`, `ConvertTo-SecureString "\u2026" -AsPlainText`), an `Authorization` header, a literal piped into `--password-stdin`, or a secret-named variable set to a literal. The full command line of every RUN, builder stages included, is kept in the image history and in build logs and caches, so the credential outlives the build. In a built image, each history `created_by` is parsed as the command it ran.',
    severity: "high",
    remediation: "Remove the credential from the command and rotate it. Provide it at build time with `RUN --mount=type=secret,id=\u2026` and read it from the secret file or `env=` variable, or log in outside the build.",
    references: [
      "https://docs.docker.com/build/building/secrets/",
      "https://docs.docker.com/reference/dockerfile/#run---mounttypesecret",
      "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring"
    ],
    tags: ["CWE-798", "CWE-532"],
    messages: {
      knownFormat: "{step} contains a credential ({type}: '{value}').",
      password: "{step} passes a literal password to '{program}' ('{value}').",
      header: "{step} passes a literal '{name}' header to '{program}' ('{value}').",
      setting: "{step} sets '{name}' to a literal ('{value}')."
    },
    whenToIgnore: "A throw-away credential that only works inside the build (a password for a database started and discarded in the same RUN) is still readable in the image history; suppress with a reason only if that is acceptable."
  },
  checks: {
    dockerfile({ document, report }) {
      for (const run of runScripts(document)) {
        const { argsText, heredocs } = run.instruction;
        const text = [argsText, ...heredocs.map((h) => h.body).filter((body) => !argsText.includes(body))].join(
          "\n"
        );
        for (const credential of findCommandCredentials(text, run.commands, run.assignments))
          report({ ...describe(credential, "RUN"), region: run.instruction.region });
      }
    },
    // `created_by` is the step's command line as the builder recorded it, after the build arguments
    // it ran with (`RUN |1 NPM_TOKEN=\u2026 /bin/sh -c \u2026`): secret-named ones are BH204's, and a known
    // credential in another is reported once, at the first step that records it.
    image({ document, report }) {
      const seenArgs = /* @__PURE__ */ new Set();
      for (const { entry, script, commands, assignments, buildArgs } of historyCommands(document)) {
        const named = buildArgs.filter((arg) => isSecretLikeName(arg.name)).map((arg) => arg.value);
        const others = buildArgs.filter((arg) => !isSecretLikeName(arg.name) && !seenArgs.has(arg.value));
        others.forEach((arg) => seenArgs.add(arg.value));
        const argsText = others.map((arg) => `${arg.name}=${arg.value}`).join("\n");
        const found = [
          ...findCommandCredentials(argsText, []),
          ...findCommandCredentials(script, commands, assignments)
        ];
        const reported = new Set(named);
        for (const credential of found) {
          if (reported.has(credential.value)) continue;
          reported.add(credential.value);
          const message = describe(credential, `Image history entry ${entry.index}`);
          report({ ...message, region: IMAGE_REGION, logical: historyLocation(entry.index) });
        }
      }
    }
  }
});
function describe(credential, step) {
  const value = redactSecret(credential.value);
  switch (credential.kind) {
    case "known":
      return { messageId: "knownFormat", data: { step, type: credential.type, value } };
    case "password":
      return { messageId: "password", data: { step, program: credential.program, value } };
    case "header":
      return {
        messageId: "header",
        data: { step, name: credential.name, program: credential.program, value }
      };
    case "setting":
      return { messageId: "setting", data: { step, name: credential.name, value } };
  }
}

// src/targets/dockerfile/build-context.ts
var import_dockerignore = __toESM(require_ignore(), 1);
var import_picomatch = __toESM(require_picomatch(), 1);
import { posix } from "node:path";
var ignore = import_dockerignore.default.default;
function dirOf(path) {
  const at = path.lastIndexOf("/");
  return at < 0 ? "" : path.slice(0, at);
}
var directoryIndexes = /* @__PURE__ */ new WeakMap();
function filesUnder(files, dir) {
  if (dir === "") return files;
  let index = directoryIndexes.get(files);
  if (!index) {
    index = /* @__PURE__ */ new Map();
    for (const path of files) {
      for (let end = path.lastIndexOf("/"); end > 0; end = path.lastIndexOf("/", end - 1)) {
        const parent = path.slice(0, end);
        const under = index.get(parent);
        if (under) under.push(path);
        else index.set(parent, [path]);
      }
    }
    directoryIndexes.set(files, index);
  }
  return index.get(dir) ?? [];
}
function contextDirOf(context) {
  const dir = posix.normalize(context).replace(/(.)\/+$/, "$1");
  return dir === "." ? "" : dir;
}
var contextCaches = /* @__PURE__ */ new WeakMap();
function buildContextOf(dockerfile, repository, context) {
  const contextDir = context === void 0 ? dirOf(dockerfile) : contextDirOf(context);
  const prefix = contextDir ? `${contextDir}/` : "";
  const specific = `${dockerfile}.dockerignore`;
  const general = `${prefix}.dockerignore`;
  const ignoreFile = repository.ignoreFiles.has(specific) ? specific : repository.ignoreFiles.has(general) ? general : void 0;
  let cache = contextCaches.get(repository);
  if (!cache) contextCaches.set(repository, cache = /* @__PURE__ */ new Map());
  const key = `${contextDir}\0${ignoreFile ?? ""}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const matcher = ignoreMatcher(ignoreFile ? repository.ignoreFiles.get(ignoreFile) : "");
  const inContext = filesUnder(repository.files, contextDir);
  const relative = inContext.map((path) => path.slice(prefix.length));
  let files;
  const built = {
    dir: contextDir,
    // Matching every file against the ignore file is the costly part; BH203 reads only `sensitiveFiles`.
    get files() {
      return files ??= relative.filter((path) => !matcher.ignores(path));
    },
    sensitiveFiles: relative.filter((path) => sensitiveFileKind(path) && !matcher.ignores(path)),
    ignoreFile
  };
  cache.set(key, built);
  return built;
}
function ignoreMatcher(text) {
  const whole = ignore().add(text);
  if (compiles(whole)) return whole;
  const usable = ignore();
  for (const line of text.split(/\r?\n/)) if (compiles(ignore().add(line))) usable.add(line);
  return usable;
}
function compiles(matcher) {
  try {
    matcher.ignores("a");
    return true;
  } catch {
    return false;
  }
}
function sensitiveFilesUnderSource(context, source) {
  return selectUnderSource(context.sensitiveFiles, source);
}
function selectUnderSource(files, source) {
  const normalised = source.replace(/^\.?\/+/, "").replace(/\/+$/, "");
  if (normalised === "" || normalised === ".") return files;
  if (/[*?[]/.test(normalised)) {
    const matches = (0, import_picomatch.default)(normalised, { dot: true, nobrace: true, noextglob: true });
    return files.filter((path) => matchesItselfOrParent(path, matches));
  }
  return files.filter((path) => path === normalised || path.startsWith(`${normalised}/`));
}
function matchesItselfOrParent(path, matches) {
  for (let end = path.indexOf("/"); end > 0; end = path.indexOf("/", end + 1))
    if (matches(path.slice(0, end))) return true;
  return matches(path);
}

// src/targets/dockerfile/copy-sources.ts
function copySources(document) {
  const sources = [];
  for (const stage of document.stages) {
    for (const instruction of stage.instructions) {
      if (instruction.keyword !== "COPY" && instruction.keyword !== "ADD") continue;
      if (instruction.flags.some((f) => f.name === "from") || instruction.heredocs.length) continue;
      const words = instruction.execForm ?? instruction.args.map((a) => a.value);
      for (const written of words.slice(0, -1)) {
        const expanded = expandVariables(written, instruction.scope, document.escapeChar);
        if (!expanded.resolved || /^[a-z][a-z0-9+.-]*:\/\//i.test(expanded.value) || expanded.value.startsWith("git@"))
          continue;
        sources.push({ instruction, source: expanded.value });
      }
    }
  }
  return sources;
}

// src/rules/secrets/secret-file-in-image.ts
var secret_file_in_image_default = defineRule({
  meta: {
    id: "BH203",
    slug: "secret-file-in-image",
    title: "Credentials or private keys copied into the image",
    description: "A COPY or ADD puts a file that holds credentials or private key material into an image layer (an SSH key, `.env`, `.npmrc`, `.pypirc`, `.netrc`, `.git-credentials`, `.aws/credentials`, `.docker/config.json`, a kubeconfig, `*.key`/`*.pfx`/`*.p12`/private `*.pem`, KeePass databases). Layers are permanent: deleting the file in a later step does not remove it, and anyone who can pull the image can read it. A directory copy (`COPY . /app`) does the same for every such file in the build context that `.dockerignore` does not exclude. In a built image, every layer is searched, including files a later layer deletes.",
    severity: "high",
    remediation: "Use a BuildKit secret (`RUN --mount=type=secret,id=npmrc,target=/root/.npmrc \u2026`) or an SSH mount (`--mount=type=ssh`) at build time, and exclude credential files in `.dockerignore`.",
    references: [
      "https://docs.docker.com/build/building/secrets/",
      "https://docs.docker.com/build/concepts/context/#dockerignore-files"
    ],
    tags: ["CWE-538", "CWE-522"],
    messages: {
      named: "{keyword} copies '{source}' ({kind}) into the image.",
      fromContext: "{keyword} '{source}' copies '{file}' ({kind}) from the build context into the image{more}: {why}.",
      layerFile: "'{path}' ({kind}) is in image {layer}.",
      deletedFile: "'{path}' ({kind}) was deleted in layer {deleted} but is still in image {layer}."
    }
  },
  checks: {
    dockerfile({ document, file, repository, report }) {
      const context = buildContextOf(file, repository, repository.buildContexts.get(file));
      const holdsOnlyPublicMaterial = (path) => {
        const relative = path.replace(/^\.?\/+/, "");
        return repository.publicKeyFiles?.has(context.dir ? `${context.dir}/${relative}` : relative) ?? false;
      };
      for (const { instruction, source } of copySources(document)) {
        const kind = sensitiveFileKind(source);
        if (kind && !holdsOnlyPublicMaterial(source)) {
          report({
            messageId: "named",
            data: { keyword: instruction.keyword, source, kind },
            region: instruction.region
          });
          continue;
        }
        const leaked = sensitiveFilesUnderSource(context, source).filter(
          (path) => !holdsOnlyPublicMaterial(path)
        );
        const first = leaked[0];
        if (!first) continue;
        report({
          messageId: "fromContext",
          data: {
            keyword: instruction.keyword,
            source,
            file: first,
            kind: sensitiveFileKind(first),
            more: leaked.length > 1 ? ` (and ${leaked.length - 1} more)` : "",
            why: context.ignoreFile ? `'${context.ignoreFile}' does not exclude it` : "there is no .dockerignore"
          },
          region: instruction.region
        });
      }
    },
    // Layers are permanent: a file deleted by a later layer (a whiteout) is still in the one that added it.
    image({ document, report }) {
      for (const file of document.files) {
        if (!file.sensitiveKind) continue;
        const data = {
          path: file.path,
          kind: file.sensitiveKind,
          layer: describeLayer(file.layerIndex, file.layerDigest)
        };
        const logical = fileLocation(file);
        if (file.deletedInLayer === void 0)
          report({ messageId: "layerFile", data, region: IMAGE_REGION, logical });
        else
          report({
            messageId: "deletedFile",
            data: { ...data, deleted: file.deletedInLayer },
            region: IMAGE_REGION,
            logical
          });
      }
    }
  }
});

// src/rules/secrets/secret-build-arg.ts
var secret_build_arg_default = defineRule({
  meta: {
    id: "BH204",
    slug: "secret-build-arg",
    title: "Secret passed as a build argument",
    description: "An ARG with a secret-like name is meant to receive a credential through `--build-arg`. Build arguments are recorded in the image history of every RUN that follows them, so the value ships with the image for anyone who runs `docker history`. Only the final stage and the stages it is built FROM count; an ARG in a builder stage whose layers are discarded does not leak this way. In a built image, the values Docker recorded in front of each RUN (`RUN |1 NPM_TOKEN=\u2026`) are the leak itself.",
    severity: "medium",
    remediation: "Replace the ARG with a build secret: `RUN --mount=type=secret,id=token,env=TOKEN \u2026` and `docker build --secret id=token,env=TOKEN`.",
    references: [
      "https://docs.docker.com/build/building/secrets/",
      "https://docs.docker.com/reference/build-checks/secrets-used-in-arg-or-env/"
    ],
    tags: ["CWE-214", "CWE-522"],
    messages: {
      buildArg: "ARG '{name}' takes a secret through --build-arg; its value is kept in the image history.",
      recordedArg: "The image history records build argument '{name}' with its value ('{value}'): anyone who can pull the image can read it."
    }
  },
  checks: {
    dockerfile({ document, report }) {
      for (const stage of finalImageStages(document)) {
        for (const instruction of stage.instructions) {
          if (instruction.keyword !== "ARG") continue;
          for (const { name, value } of instruction.properties) {
            if (!isSecretLikeName(name)) continue;
            if (value !== void 0 && classifyValue(value).literal) continue;
            report({ messageId: "buildArg", data: { name }, region: instruction.region });
          }
        }
      }
    },
    // Docker writes the build arguments a RUN saw in front of its history entry (`RUN |1 NPM_TOKEN=\u2026`),
    // and again for every later RUN: reported once, at the first entry.
    image({ document, report }) {
      const seen = /* @__PURE__ */ new Set();
      for (const { entry, buildArgs } of historyCommands(document)) {
        for (const { name, value } of buildArgs) {
          if (seen.has(`${name}=${value}`) || !isSecretLikeName(name) || !classifyValue(value).literal)
            continue;
          seen.add(`${name}=${value}`);
          report({
            messageId: "recordedArg",
            data: { name, value: redactSecret(value) },
            region: IMAGE_REGION,
            logical: historyLocation(entry.index)
          });
        }
      }
    }
  }
});

// src/targets/dockerfile/instruction-at.ts
function lineOfOffset(text, offset) {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 && text.charCodeAt(i + 1) !== 10) line++;
  }
  return line;
}
function instructionAtLine(document, line) {
  return document.instructions.find((i) => i.region.startLine <= line && line <= i.region.endLine);
}

// src/rules/secrets/private-key-material.ts
var private_key_material_default = defineRule({
  meta: {
    id: "BH207",
    slug: "private-key-material",
    title: "Private key in the file",
    description: "The file contains a PEM or OpenSSH private key block (BEGIN/END markers with a key body). Whether it is written into the image by a RUN or heredoc, set in ENV, or only sits in a comment, the key is now in the repository history and, usually, in an image layer. Treat it as compromised. In a built image, the files of every layer, the config `Env` and the history commands are searched.",
    severity: "high",
    remediation: "Remove the key, rotate it (issue a new key pair and revoke the old one), and provide keys at build time with `RUN --mount=type=ssh` or `--mount=type=secret`.",
    references: [
      "https://docs.docker.com/build/building/secrets/",
      "https://cwe.mitre.org/data/definitions/321.html"
    ],
    tags: ["CWE-321", "CWE-798"],
    messages: {
      privateKey: "The file contains private key material ({type}, line {line}).",
      layerFile: "'{path}' in image {layer} contains private key material ({type}, line {line}).",
      imageConfig: "{where} contains private key material ({type})."
    }
  },
  checks: {
    dockerfile({ document, report }) {
      for (const { type, line } of privateKeyLines(document.text)) {
        const region = instructionAtLine(document, line)?.region ?? lineRegion(line);
        report({ messageId: "privateKey", data: { type, line }, region });
      }
    },
    // In manifests and Compose files a key sits in a value (a ConfigMap, `stringData`, an env value).
    kubernetes({ document, report }) {
      for (const { type, line } of privateKeyLines(document.text))
        report({ messageId: "privateKey", data: { type, line }, region: lineRegion(line) });
    },
    compose({ document, report }) {
      for (const { type, line } of privateKeyLines(document.text))
        report({ messageId: "privateKey", data: { type, line }, region: lineRegion(line) });
    },
    // Key files in the layers (the loader keeps the text of small files), and keys in the config's
    // Env or a history command, which BH201/BH202 leave to this rule.
    image({ document, report }) {
      for (const file of document.files) {
        const layer = describeLayer(file.layerIndex, file.layerDigest);
        for (const { type, line } of privateKeyLines(file.text ?? "")) {
          const data = { path: file.path, layer, type, line };
          report({ messageId: "layerFile", data, region: IMAGE_REGION, logical: fileLocation(file) });
        }
      }
      const envKeys = [];
      document.config.env.forEach((entry, i) => {
        const where = `Image ENV '${entry.split("=")[0]}'`;
        for (const { type, start, end } of findPrivateKeys(entry)) {
          envKeys.push(entry.slice(start, end));
          report({
            messageId: "imageConfig",
            data: { where, type },
            region: IMAGE_REGION,
            logical: envLocation(i)
          });
        }
      });
      for (const { index, createdBy } of document.history) {
        for (const { type, start, end } of findPrivateKeys(createdBy)) {
          if (envKeys.includes(createdBy.slice(start, end))) continue;
          const data = { where: `Image history entry ${index}`, type };
          report({ messageId: "imageConfig", data, region: IMAGE_REGION, logical: historyLocation(index) });
        }
      }
    }
  }
});
function privateKeyLines(text) {
  return findPrivateKeys(text).map((key) => ({ type: key.type, line: lineOfOffset(text, key.start) }));
}

// src/targets/dockerfile/script-of-run.ts
var fromRuns = /* @__PURE__ */ new WeakMap();
function scriptOfRun(run) {
  let script = fromRuns.get(run);
  if (!script) {
    const { instruction, stage } = run;
    const { text, dialect } = runScriptSource(instruction, stage);
    const { commands, assignments } = run;
    script = { text, dialect, commands, assignments, outer: (name) => instruction.scope.get(name) };
    fromRuns.set(run, script);
  }
  return script;
}

// src/targets/shell/transport-script.ts
var variables = /* @__PURE__ */ new WeakMap();
function scriptVariables(script) {
  let found = variables.get(script);
  if (found) return found;
  const parsed = script.assignments ? { commands: script.commands, assignments: script.assignments } : parseShell(script.text, script.dialect);
  found = parsed.assignments.map((a) => ({
    name: a.name.replace(/^env:/i, ""),
    value: a.value?.value,
    // A plain `X=1` changes the environment only when X is already exported (e.g. by ENV).
    exported: /^env:/i.test(a.name) || script.dialect === "posix" && script.outer(a.name) !== void 0
  }));
  for (const command of parsed.commands) {
    for (const e of command.env) found.push({ name: e.name, value: e.value?.value ?? "", exported: true });
    const args = command.args.map((a) => a.value);
    if (["export", "declare", "typeset", "env"].includes(command.program) || isCmdSet(command))
      for (const arg of args) {
        const [, name, value] = /^([A-Za-z_]\w*)=(.*)$/s.exec(arg) ?? [];
        if (name)
          found.push({
            name,
            value,
            exported: !/^(declare|typeset)$/.test(command.program) || args.includes("-x")
          });
      }
    if (command.program === "setx" && args[0] && !args[0].startsWith("/"))
      found.push({ name: args[0], value: args[1] ?? "", exported: true });
  }
  for (const m of script.text.matchAll(
    /\bEnvironment\]::SetEnvironmentVariable\(\s*(['"])([\w.]+)\1\s*,\s*(['"])(.*?)\3/gi
  ))
    found.push({ name: m[2], value: m[4], exported: true });
  variables.set(script, found);
  return found;
}
function variableValue(script, reference) {
  const match = /^\$\{?(env:)?(\w+)\}?$|^%(\w+)%$/i.exec(reference);
  if (!match) return void 0;
  const name = match[2] ?? match[3];
  const env = script.dialect !== "powershell" || !!match[1];
  const insensitive = script.dialect !== "posix";
  const same = (a) => insensitive ? a.toLowerCase() === name.toLowerCase() : a === name;
  const set = scriptVariables(script).filter(
    (v) => same(v.name) && (script.dialect !== "powershell" || v.exported === env)
  );
  return set.length > 0 ? set.at(-1)?.value : env ? script.outer(name) : void 0;
}
function isCmdSet(command) {
  return command.program === "set" && command.dialect === "cmd";
}

// src/targets/shell/transport-words.ts
function isOff(value) {
  return value !== void 0 && /^(["']?)(?:false|no|off|0|disable|without)\1;?$/i.test(value.trim());
}
function isOn(value) {
  return value !== void 0 && /^(["']?)(?:true|yes|on|1)\1;?$/i.test(value.trim());
}
function flagWord(cmd, short, long) {
  const end = cmd.dialect === "posix" ? cmd.args.findIndex((a) => a.value === "--") : -1;
  const args = end < 0 ? cmd.args : cmd.args.slice(0, end);
  const found = args.find((arg) => hasFlag({ ...cmd, args: [arg] }, short, long));
  if (found || cmd.dialect === "posix" || short?.length !== 1) return found;
  return args.find((arg) => /^-[A-Za-z0-9]{2,8}$/.test(arg.value) && arg.value.includes(short));
}
function optionValues(args, short, long) {
  const values = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const next = args[i + 1];
    if ((arg === short || arg === long) && next !== void 0) {
      values.push(next);
      i++;
    } else if (long && arg.startsWith(`${long}=`)) values.push(arg.slice(long.length + 1));
    else if (short && arg.length > short.length && arg.startsWith(short) && !arg.startsWith("--"))
      values.push(arg.slice(short.length));
  }
  return values;
}
function commandSettings(args, key) {
  const settings = [];
  const configuring = args.some((a) => a === "set" || a === "config");
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [name = "", value] = arg.replace(/^--/, "").split(/=(.*)/s);
    const next = args[i + 1];
    if (arg.startsWith("--no-") && key.test(arg.slice(5))) {
      settings.push({ key: arg.slice(5), value: "false", text: arg, index: i });
    } else if (!key.test(name) || /^-[^-]/.test(arg)) {
      continue;
    } else if (value !== void 0) {
      settings.push({ key: name, value, text: arg, index: i });
    } else if (next !== void 0 && (arg.startsWith("--") || configuring) && !next.startsWith("-")) {
      settings.push({ key: name, value: next, text: `${arg} ${next}`, index: i });
      i++;
    }
  }
  return settings;
}
function settingText(args, setting) {
  if (setting.text.startsWith("-")) return setting.text;
  if (args[setting.index - 1] === "-c") return `-c ${setting.text}`;
  const words = args.slice(0, setting.index).filter((a) => !a.startsWith("-") && /^[a-z][\w-]*$/.test(a));
  return [...words, setting.text].join(" ");
}
function commandText(cmd, words) {
  return [cmd.name.value, ...words.filter((w) => w !== void 0 && w !== "")].join(" ");
}
function pipArguments(cmd) {
  const args = cmd.args.map((a) => a.value);
  if (/^pip[\d.]*$/.test(cmd.program)) return args;
  const m = /^(?:python[\d.]*|py)$/.test(cmd.program) ? args.indexOf("-m") : -1;
  return m >= 0 && /^pip[\d.]*$/.test(args[m + 1] ?? "") ? args.slice(m + 2) : void 0;
}
var WRITERS = /* @__PURE__ */ new Set([
  "echo",
  "printf",
  "write-output",
  "set-content",
  "add-content",
  "out-file",
  "add-apt-repository"
]);
var LINE_START = String.raw`(?<=^|\s|\\[nt])`;
function writtenTexts(cmd) {
  const texts = cmd.redirects.flatMap((r) => r.heredoc !== void 0 ? [r.heredoc] : []);
  if (WRITERS.has(cmd.program)) texts.push(cmd.args.map((a) => a.value).join(" "));
  if (cmd.program === "sed") for (const arg of cmd.args) texts.push(sedInsertedText(arg.value));
  return texts;
}
function sedInsertedText(script) {
  return script.replace(/(^|[^\w])s([^\w\s\\])((?:\\.|(?!\2)[^\\])*)\2((?:\\.|(?!\2)[^\\])*)\2/g, "$1$4").replace(/(^|[;{},!\s])\/(?:\\.|[^/\\\n])*\//g, "$1");
}

// src/targets/shell/transport-tls.ts
var WGET_CHECK_OFF = /^check[_-]certificate\s*=\s*(?:off|no|0)$/i;
var VARIABLE_NAMES = /GIT_SSL_NO_VERIFY|NODE_TLS_REJECT_UNAUTHORIZED|PYTHONHTTPSVERIFY|STRICT_SSL|PIP_TRUSTED_HOST/i;
var SSLVERIFY_OFF = /(?:^|[.=])sslverify=(?:0|false|no|off)$/i;
var APT_VERIFY = /^Acquire::https::(?:[^:\s]+::)?Verify-(?:Peer|Host)$/i;
var WRITTEN_SETTINGS = [
  String.raw`Acquire::https::(?:[^:\s"';]+::)?Verify-(?:Peer|Host)\s*(?:=\s*|\s+)["']?(?:false|no|off|0|disable|without)\b["']?`,
  String.raw`check[_-]certificate\s*=\s*(?:off|no|0|false)\b`,
  String.raw`strict-ssl["']?\s*(?:=\s*|\s+)["']?false\b`,
  String.raw`enableStrictSsl\s*:\s*["']?false\b`,
  String.raw`(?:trusted-host\s*=|--trusted-host(?:\s+|=))\s*[^\s"'=]+`,
  String.raw`sslVerify\s*=\s*(?:false|no|off|0)\b`
].map((pattern) => new RegExp(LINE_START + pattern, "i"));
var DOTNET_HOOK = /ServicePointManager(?:\]::|\.)(ServerCertificateValidationCallback|CertificatePolicy)\s*\+?=\s*((?:\[[^\]]*\]\s*)?\{[^}]*\}|[^;\n]{1,80})/gi;
function isTlsBypassVariable(name, value) {
  if (value === void 0) return false;
  switch (name.toUpperCase()) {
    case "GIT_SSL_NO_VERIFY":
      return true;
    case "NODE_TLS_REJECT_UNAUTHORIZED":
    case "PYTHONHTTPSVERIFY":
      return value.trim() === "0";
    case "NPM_CONFIG_STRICT_SSL":
    case "YARN_STRICT_SSL":
    case "YARN_ENABLE_STRICT_SSL":
      return isOff(value);
    case "PIP_TRUSTED_HOST":
      return value.trim() !== "";
  }
  return false;
}
function findTlsBypasses(script) {
  const found = /* @__PURE__ */ new Map();
  const add = (kind, text) => void found.set(`${kind} ${text}`, { kind, text });
  for (const cmd of script.commands) {
    const command = tlsBypassCommand(cmd);
    if (command) add("command", command);
    for (const text of writtenTexts(cmd))
      for (const pattern of WRITTEN_SETTINGS) {
        const match = pattern.exec(text)?.[0];
        if (match) add("setting", match.trim());
      }
  }
  if (VARIABLE_NAMES.test(script.text)) {
    for (const v of scriptVariables(script))
      if (v.exported && isTlsBypassVariable(v.name, v.value)) add("setting", `${v.name}=${v.value ?? ""}`);
  }
  for (const [, property = "", value = ""] of script.text.matchAll(DOTNET_HOOK))
    if (trustsAll(property, value)) add("setting", `${property} = ${value.trim()}`);
  return [...found.values()];
}
function trustsAll(property, value) {
  if (/^\$?null\b/i.test(value.trim())) return false;
  return !/^ServerCertificateValidationCallback$/i.test(property) || /\btrue\b/i.test(value);
}
function tlsBypassCommand(cmd) {
  const offending = offendingWords(cmd);
  return offending && commandText(cmd, [offending]);
}
function offendingWords(cmd) {
  const args = cmd.args.map((a) => a.value);
  const flag = (short, long) => flagWord(cmd, short, long)?.value;
  const setting = (key, off) => {
    const found = commandSettings(args, key).find((s) => off(s.value ?? ""));
    return found && settingText(args, found);
  };
  const skipCheck = () => cmd.dialect === "powershell" ? flag(void 0, "SkipCertificateCheck") : void 0;
  switch (cmd.program) {
    case "curl":
      return flag("k", "insecure") ?? flag(void 0, "proxy-insecure") ?? skipCheck();
    case "wget":
      return flag(void 0, "no-check-certificate") ?? optionValues(args, "-e", "--execute").find((v) => WGET_CHECK_OFF.test(v)) ?? skipCheck();
    case "invoke-webrequest":
    case "iwr":
    case "invoke-restmethod":
    case "irm":
      return skipCheck();
    case "git":
      return setting(/^http\.(?:.+\.)?sslverify$/i, (v) => isOff(v) || v === "");
    case "npm":
    case "pnpm":
    case "yarn":
      return setting(/^(?:strict-ssl|enableStrictSsl)$/i, isOff);
    case "dnf":
    case "yum":
    case "microdnf":
    case "tdnf":
    case "yum-config-manager":
    case "dnf-config-manager":
    case "zypper":
      return args.find((a) => SSLVERIFY_OFF.test(a));
    case "apt-get":
    case "apt":
    case "aptitude": {
      const option = optionValues(args, "-o", "--option").find((v) => {
        const [key = "", value] = v.split(/=(.*)/s);
        return APT_VERIFY.test(key.trim()) && isOff(value);
      });
      return option && `-o ${option}`;
    }
  }
  const pip = pipArguments(cmd) ?? [];
  const trusted = commandSettings(pip, /^(?:[\w:]+\.)?trusted-host$/i).find((s) => s.value);
  if (!trusted) return void 0;
  return /^pip/.test(cmd.program) ? settingText(pip, trusted) : `-m pip ${settingText(pip, trusted)}`;
}

// src/targets/dockerfile/tls-flag-fixes.ts
var CURL_NO_VALUE = /^-[fsSLkvilIgGjJnNOqR#]+$/;
var POWERSHELL_WEB = /* @__PURE__ */ new Set(["invoke-webrequest", "iwr", "invoke-restmethod", "irm", "curl", "wget"]);
function flagEdits(cmd) {
  const words = cmd.args.map((a) => a.value);
  const edits = [];
  words.forEach((word, i) => {
    if (cmd.dialect === "powershell") {
      if (POWERSHELL_WEB.has(cmd.program) && /^-SkipCertificateCheck$/i.test(word))
        edits.push({ word, replacement: "" });
    } else if (cmd.program === "curl") {
      if (word === "--insecure" || word === "-k") edits.push({ word, replacement: "" });
      else if (CURL_NO_VALUE.test(word) && word.includes("k"))
        edits.push({ word, replacement: word.replace("k", "") });
    } else if (cmd.program === "wget") {
      if (word === "--no-check-certificate") edits.push({ word, replacement: "" });
    } else if (/^pip/.test(cmd.program) || /^python/.test(cmd.program) && words.includes("pip")) {
      if (word.startsWith("--trusted-host=")) edits.push({ word, replacement: "" });
      else if (word === "--trusted-host" && words[i + 1])
        edits.push({ word, replacement: "", withNext: words[i + 1] });
    }
  });
  return edits;
}
function wordsOf(text) {
  return [...text.matchAll(/[^\s\\]+(?:\\.[^\s\\]*)*/g)].map((m) => ({ word: m[0], start: m.index }));
}
function tlsFlagFix(document, instruction, commands) {
  const wanted = commands.flatMap(flagEdits);
  if (wanted.length === 0) return void 0;
  const { startLine, endLine } = instruction.region;
  const lines = document.lines.slice(startLine - 1, endLine);
  const text = lines.join("\n");
  const words = wordsOf(text);
  const edits = [];
  for (const flag of new Map(wanted.map((w) => [w.word + (w.withNext ?? ""), w])).values()) {
    const uses = wanted.filter((w) => w.word === flag.word && w.withNext === flag.withNext).length;
    const found = words.flatMap(
      (w, i) => w.word === flag.word && (!flag.withNext || words[i + 1]?.word === flag.withNext) ? [i] : []
    );
    if (found.length !== uses) return void 0;
    for (const index of found) {
      const first = words[index];
      const last = flag.withNext ? words[index + 1] : first;
      let start = first.start;
      if (!flag.replacement) while (start > 0 && text[start - 1] === " ") start--;
      edits.push({
        region: regionOf(lines, startLine, start, last.start + last.word.length),
        replacement: flag.replacement
      });
    }
  }
  return { description: "Remove the options that turn certificate checks off.", safety: "safe", edits };
}
function regionOf(lines, firstLine, start, end) {
  const at = (offset) => {
    let line = 0;
    let rest = offset;
    while (line < lines.length - 1 && rest > lines[line].length) {
      rest -= lines[line].length + 1;
      line++;
    }
    return { line: firstLine + line, column: rest + 1 };
  };
  const from = at(start);
  const to = at(end);
  return { startLine: from.line, startColumn: from.column, endLine: to.line, endColumn: to.column };
}

// src/rules/transport/tls-verification-disabled.ts
var tls_verification_disabled_default = defineRule({
  meta: {
    id: "BH301",
    slug: "tls-verification-disabled",
    title: "Build turns off TLS certificate verification",
    description: "A build step downloads with certificate checks turned off (`curl -k`, `wget --no-check-certificate`, `pip --trusted-host`, npm/yarn `strict-ssl false`, `git http.sslVerify false`, `GIT_SSL_NO_VERIFY`, `NODE_TLS_REJECT_UNAUTHORIZED=0`, `PYTHONHTTPSVERIFY=0`, PowerShell `-SkipCertificateCheck` or a `ServerCertificateValidationCallback`, apt `Verify-Peer false`). Anyone on the network path of the build can then serve their own code or packages, and a setting made with ENV stays in the image for every later download.",
    severity: "high",
    remediation: "Keep certificate verification on; if a proxy or private server uses its own CA, add that CA to the trust store (`COPY ca.crt /usr/local/share/ca-certificates/` then `update-ca-certificates`, or `Import-Certificate` on Windows) or point the tool at it (`--cacert`, `PIP_CERT`, `NODE_EXTRA_CA_CERTS`, `http.sslCAInfo`).",
    references: [
      "https://curl.se/docs/sslcerts.html",
      "https://git-scm.com/docs/git-config#Documentation/git-config.txt-httpsslVerify",
      "https://nodejs.org/api/cli.html#node_tls_reject_unauthorizedvalue",
      "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/invoke-webrequest#-skipcertificatecheck",
      "https://cwe.mitre.org/data/definitions/295.html"
    ],
    tags: ["CWE-295"],
    messages: {
      command: "{instruction} runs '{command}', which skips certificate verification.",
      setting: "{instruction} sets '{setting}', which turns off certificate verification."
    },
    whenToIgnore: "Only for a step that never leaves a closed network and cannot trust a CA (for example a test fixture talking to a throwaway server); prefer trusting the CA."
  },
  checks: {
    dockerfile({ document, report }) {
      for (const instruction of document.instructions) {
        if (instruction.keyword !== "ENV" && instruction.keyword !== "ARG") continue;
        for (const { name, value } of instruction.properties) {
          const expanded = value && expandVariables(value, instruction.scope, document.escapeChar).value;
          if (isTlsBypassVariable(name, expanded))
            report({
              messageId: "setting",
              data: { instruction: instruction.keyword, setting: `${name}=${value ?? ""}` },
              region: instruction.region
            });
        }
      }
      for (const run of runScripts(document)) {
        const fix = tlsFlagFix(document, run.instruction, run.commands);
        for (const bypass of findTlsBypasses(scriptOfRun(run))) {
          const data = { instruction: "RUN", [bypass.kind]: bypass.text };
          const fixes = fix && bypass.kind === "command" ? [fix] : void 0;
          report({
            messageId: bypass.kind,
            data,
            region: run.instruction.region,
            ...fixes ? { fixes } : {}
          });
        }
      }
    }
  }
});

// src/targets/shell/transport-urls.ts
var PLAIN_SCHEMES = /^(?:http|ftp):\/\//i;
var PLAIN_GIT_SCHEMES = /^(?:http|ftp|git):\/\//i;
var URL_PREFIX = /^(?:\s|[$@]?\(|["'\u2018\u2019\u201c\u201d])*/;
function plainUrl(text, schemes = PLAIN_SCHEMES) {
  const rest = text.replace(URL_PREFIX, "");
  if (!schemes.test(rest)) return void 0;
  const url = /^[^\s'"()<>\u2018\u2019\u201c\u201d]+/.exec(rest)?.[0] ?? "";
  const authority = url.replace(/^\w+:\/\//, "").split(/[/?#]/)[0] ?? "";
  const host = authority.replace(/^.*@/, "").replace(/:\d*$/, "").toLowerCase();
  if (!host || isLoopback(host)) return void 0;
  return redactUserinfo(url);
}
function leadingVariable(text) {
  const match = /^(\$\{(?:env:)?\w+\}|\$(?:env:)?\w+|%\w+%)(.*)$/is.exec(text.replace(URL_PREFIX, ""));
  return match ? { reference: match[1], rest: match[2] } : void 0;
}
function isLoopback(host) {
  return host === "localhost" || host.endsWith(".localhost") || /^127\.\d+\.\d+\.\d+$/.test(host) || host === "[::1]" || host === "0.0.0.0";
}
function redactUserinfo(url) {
  return url.replace(
    /^(\w+:\/\/[^/@:]*:)([^/@]+)@/,
    (_all, head, secret) => `${head}${redactSecret(secret)}@`
  );
}

// src/targets/shell/transport-downloads.ts
var NOT_FETCHED = {
  curl: "-x --proxy --preproxy -e --referer -H --header --proxy-header -d --data --data-raw --data-binary --data-urlencode --data-ascii -F --form --form-string -A --user-agent --noproxy -w --write-out --json".split(
    " "
  ),
  wget: "-e --execute --header --referer -U --user-agent --post-data --body-data".split(" "),
  cmdlet: "-proxy -headers -body -useragent -destination -proxylist".split(" "),
  pip: "-i --index-url --extra-index-url -f --find-links --proxy --cert --client-cert --trusted-host".split(
    " "
  ),
  npm: "--registry --proxy --https-proxy".split(" ")
};
var CURL_VALUE_LETTERS = "xeHdFAw";
var WEB_CMDLETS = /* @__PURE__ */ new Set(["invoke-webrequest", "iwr", "invoke-restmethod", "irm", "start-bitstransfer"]);
var SYSTEM_PACKAGERS = /* @__PURE__ */ new Set(["dnf", "yum", "microdnf", "tdnf", "zypper"]);
var INSTALLS = /* @__PURE__ */ new Set([
  "install",
  "i",
  "in",
  "add",
  "localinstall",
  "reinstall",
  "upgrade",
  "update",
  "downgrade"
]);
var INDEX_OPTIONS = new Map(
  Object.entries({
    pip: ["-i", "--index-url", "--extra-index-url", "-f", "--find-links"],
    npm: ["--registry"],
    pnpm: ["--registry"],
    yarn: ["--registry"],
    choco: ["-s", "--source"],
    cinst: ["-s", "--source"]
  })
);
var GIT_FETCHES = /* @__PURE__ */ new Set(["clone", "fetch", "pull", "submodule", "archive"]);
var INDEX_VARIABLES = /^(?:PIP_INDEX_URL|PIP_EXTRA_INDEX_URL|PIP_FIND_LINKS|UV_INDEX_URL|UV_EXTRA_INDEX_URL|UV_DEFAULT_INDEX|NPM_CONFIG_REGISTRY|YARN_REGISTRY|YARN_NPM_REGISTRY_SERVER)$/i;
var DOTNET_DOWNLOAD = /(?:\.(?:Download(?:File|String|Data)(?:Async|TaskAsync)?|OpenRead)|WebRequest\]::Create)\(\s*\(?\s*([^,)\s]+)/gi;
function plainIndexVariable(name, value) {
  if (!INDEX_VARIABLES.test(name) || !value) return void 0;
  return value.split(/\s+/).map((v) => plainUrl(v)).find((url) => url !== void 0);
}
function findPlainDownloads(script) {
  const found = /* @__PURE__ */ new Map();
  const add = (kind, url, tool) => {
    if (url && !found.has(url)) found.set(url, { kind, url, tool });
  };
  for (const cmd of script.commands) {
    const pip = pipArguments(cmd);
    const options2 = INDEX_OPTIONS.get(pip ? "pip" : cmd.program) ?? [];
    const tool = pip && !cmd.program.startsWith("pip") ? "pip" : cmd.name.value;
    for (const url of indexUrls(pip ?? cmd.args.map((a) => a.value), options2, script)) add("index", url, tool);
    for (const url of fetchedUrls(cmd, script)) add("download", url, cmd.name.value);
  }
  if (/INDEX_URL|FIND_LINKS|DEFAULT_INDEX|REGISTRY/i.test(script.text)) {
    for (const v of scriptVariables(script))
      if (v.exported) add("index", plainIndexVariable(v.name, v.value), v.name);
  }
  for (const m of script.text.matchAll(DOTNET_DOWNLOAD))
    add("download", resolveUrl(script, m[1]), "WebClient");
  return [...found.values()];
}
function indexUrls(args, options2, script) {
  if (options2.length === 0) return [];
  const long = options2.filter((o) => o.startsWith("--"));
  const values = options2.flatMap(
    (o) => optionValues(args, o.startsWith("--") ? void 0 : o, o.startsWith("--") ? o : void 0)
  );
  const keys = new RegExp(
    `^(?:[\\w:@/.-]+[.:])?(?:${long.map((o) => o.slice(2)).join("|")}|index-url|registry|npmRegistryServer)$`,
    "i"
  );
  for (const setting of commandSettings(args, keys)) if (setting.value) values.push(setting.value);
  return values.map((v) => resolveUrl(script, v));
}
function fetchedUrls(cmd, script) {
  const args = cmd.args.map((a) => a.value);
  const lower = args.map((a) => a.toLowerCase());
  const urls = (list, skip = [], from = 0, schemes = PLAIN_SCHEMES) => list.filter((_arg, i) => i >= from && !takesValue(list[i - 1], skip, cmd.program === "curl")).map((arg) => resolveUrl(script, arg, schemes));
  const cmdlet = WEB_CMDLETS.has(cmd.program) || cmd.dialect === "powershell" && !/\.exe$/i.test(cmd.name.value);
  switch (cmd.program) {
    case "curl":
    case "wget":
      return urls(args, [...NOT_FETCHED[cmd.program], ...cmdlet ? NOT_FETCHED.cmdlet : []]);
    case "msiexec":
      return urls(args);
    case "certutil":
      return lower.some((a) => /^[-/]urlcache$/.test(a)) ? urls(args) : [];
    case "bitsadmin":
      return lower.some((a) => /^\/(?:transfer|addfile)$/.test(a)) ? urls(args) : [];
    case "rpm":
      return args.some((a) => /^-[iUF]|^--(?:install|upgrade|freshen|reinstall)$/.test(a)) ? urls(args) : [];
    case "git": {
      const sub2 = args.findIndex((a, i) => !a.startsWith("-") && !/^-[cC]$/.test(args[i - 1] ?? ""));
      return GIT_FETCHES.has(args[sub2] ?? "") ? urls(args, [], sub2 + 1, PLAIN_GIT_SCHEMES) : [];
    }
  }
  if (cmdlet && WEB_CMDLETS.has(cmd.program)) return urls(args, NOT_FETCHED.cmdlet);
  const pip = pipArguments(cmd);
  if (pip)
    return ["install", "download", "wheel"].includes(pip.find((a) => !a.startsWith("-")) ?? "") ? urls(pip, NOT_FETCHED.pip) : [];
  const sub = args.findIndex((a) => !a.startsWith("-"));
  if (!INSTALLS.has(args[sub] ?? "")) return [];
  if (SYSTEM_PACKAGERS.has(cmd.program)) return urls(args, [], sub + 1);
  return ["npm", "pnpm", "yarn"].includes(cmd.program) ? urls(args, NOT_FETCHED.npm, sub + 1) : [];
}
function takesValue(previous, skip, curl2) {
  if (!previous?.startsWith("-")) return false;
  if (skip.includes(previous) || skip.includes(previous.toLowerCase())) return true;
  return curl2 && /^-[A-Za-z]{2,}$/.test(previous) && CURL_VALUE_LETTERS.includes(previous.at(-1));
}
function resolveUrl(script, text, schemes = PLAIN_SCHEMES, depth = 0) {
  const direct = plainUrl(text, schemes);
  if (direct || depth > 2) return direct;
  const variable = leadingVariable(text);
  const value = variable && variableValue(script, variable.reference);
  return value ? resolveUrl(script, value + variable.rest, schemes, depth + 1) : void 0;
}

// src/rules/transport/plaintext-download.ts
var plaintext_download_default = defineRule({
  meta: {
    id: "BH302",
    slug: "plaintext-download",
    title: "Build downloads code or artifacts without TLS",
    description: "`ADD http://\u2026`, or a RUN that fetches an `http://` (or `ftp://`, `git://`) URL with curl, wget, Invoke-WebRequest, Start-BitsTransfer, certutil, WebClient, git, pip, npm or a package manager, or points pip/npm at a plain-HTTP index. Anyone on the network path can replace what is downloaded, and it runs in the build or ships in the image. apt/yum/apk repository lines are not reported: their metadata is signed. Loopback URLs are not reported.",
    severity: "medium",
    remediation: "Use https:// URLs (and https package indexes); where only HTTP is offered, pin the content: `ADD --checksum=sha256:\u2026`, or check a published SHA-256 or signature right after the download.",
    references: [
      "https://docs.docker.com/reference/dockerfile/#add",
      "https://docs.docker.com/reference/dockerfile/#verifying-a-remote-file-checksum-add---checksumchecksum-http-src-dest",
      "https://cwe.mitre.org/data/definitions/494.html",
      "https://cwe.mitre.org/data/definitions/319.html"
    ],
    tags: ["CWE-319", "CWE-494"],
    messages: {
      add: "ADD downloads '{url}' without TLS.",
      download: "{instruction} downloads '{url}' with {tool} without TLS.",
      index: "{instruction} points {tool} at the package index '{url}' without TLS."
    },
    whenToIgnore: "When the download is checked against a pinned SHA-256 or signature right after it (BuildKit already does that for `ADD --checksum`, which is never reported)."
  },
  checks: {
    dockerfile({ document, report }) {
      const expand = (text, scope) => expandVariables(text, scope, document.escapeChar).value;
      for (const instruction of document.instructions) {
        if (instruction.keyword === "ADD" && !instruction.flags.some((f) => f.name === "checksum")) {
          for (const source of instruction.args.slice(0, -1)) {
            const url = plainUrl(expand(source.value, instruction.scope), PLAIN_GIT_SCHEMES);
            if (url) report({ messageId: "add", data: { url }, region: instruction.region });
          }
        } else if (instruction.keyword === "ENV" || instruction.keyword === "ARG") {
          for (const { name, value } of instruction.properties) {
            const url = plainIndexVariable(name, value && expand(value, instruction.scope));
            if (url)
              report({
                messageId: "index",
                data: { instruction: instruction.keyword, tool: name, url },
                region: instruction.region
              });
          }
        }
      }
      for (const run of runScripts(document))
        for (const { kind, url, tool } of findPlainDownloads(scriptOfRun(run)))
          report({
            messageId: kind,
            data: { instruction: "RUN", tool, url },
            region: run.instruction.region
          });
    }
  }
});

// src/targets/shell/transport-signatures.ts
var APT_OPTIONS = /^(?:APT::Get::AllowUnauthenticated|Acquire::AllowInsecureRepositories|Acquire::AllowDowngradeToInsecureRepositories)$/i;
var GPGCHECK_OFF = /(?:^|[.=])gpgcheck=(?:0|false|no)$/i;
var FLAGS = new Map(
  Object.entries({
    "apt-get": [
      [void 0, "allow-unauthenticated", "signature"],
      [void 0, "allow-insecure-repositories", "signature"],
      [void 0, "allow-downgrade-to-insecure-repositories", "signature"],
      [void 0, "force-yes", "signature"]
    ],
    aptitude: [[void 0, "allow-untrusted", "signature"]],
    apk: [[void 0, "allow-untrusted", "signature"]],
    dnf: [[void 0, "nogpgcheck", "signature"]],
    zypper: [
      [void 0, "no-gpg-checks", "signature"],
      [void 0, "no-gpgcheck", "signature"]
    ],
    rpm: [
      [void 0, "nosignature", "signature"],
      // rpm's install table: "short hand for --ignorepayload --ignoresignature".
      [void 0, "noverify", "signature"],
      [void 0, "nodigest", "checksum"],
      [void 0, "nofiledigest", "checksum"]
    ],
    // Chocolatey accepts both spellings of its long options.
    choco: [
      "ignore-checksums",
      "ignorechecksums",
      "allow-empty-checksums",
      "allowemptychecksums",
      "allow-empty-checksums-secure",
      "allowemptychecksumssecure"
    ].map((flag) => [void 0, flag, "checksum"]),
    "install-module": [[void 0, "SkipPublisherCheck", "publisher"]],
    snap: [[void 0, "dangerous", "signature"]]
  })
);
var ALIASES = new Map(
  Object.entries({
    apt: "apt-get",
    yum: "dnf",
    microdnf: "dnf",
    tdnf: "dnf",
    cinst: "choco",
    "update-module": "install-module",
    "install-package": "install-module"
  })
);
var SUBCOMMANDS = /* @__PURE__ */ new Set(["add", "install", "in", "localinstall", "reinstall", "upgrade", "update"]);
var REPOSITORY_URI = /(?:\bdeb(?:-src)?\s+(?:\[[^\]\n]*\]\s*)?|\bURIs:[ \t]*|\b(?:baseurl|mirrorlist|metalink)\s*=\s*)(\S+)/gi;
var WRITTEN_SETTINGS2 = [
  String.raw`deb(?:-src)?\s+(\[[^\]\n]*\b(?:trusted|allow-insecure|allow-weak)=yes\b[^\]\n]*\])`,
  String.raw`((?:Trusted|Allow-Insecure|Allow-Weak):[ \t]*yes)\b`,
  String.raw`((?:APT::Get::AllowUnauthenticated|Acquire::AllowInsecureRepositories|Acquire::AllowDowngradeToInsecureRepositories)\s*(?:=\s*|\s+)["']?(?:true|yes|1)\b["']?)`,
  String.raw`(gpgcheck\s*=\s*(?:0|false|no)\b)`
].map((pattern) => new RegExp(LINE_START + pattern, "i"));
function findUnverifiedInstalls(script, verified = /* @__PURE__ */ new Set()) {
  const found = /* @__PURE__ */ new Map();
  const add = (issue) => void found.set(`${issue.kind} ${issue.text}`, issue);
  for (const cmd of script.commands) {
    const command = unverifiedCommand(cmd);
    if (command && !onlyVerifiedFiles(cmd, verified)) add({ kind: "command", ...command });
    for (const text of writtenTexts(cmd)) {
      if (onlyLocalRepositories(text)) continue;
      for (const pattern of WRITTEN_SETTINGS2) {
        const setting = pattern.exec(text)?.[1];
        if (setting) add({ kind: "setting", text: setting.trim(), check: "signature" });
      }
    }
  }
  return [...found.values()];
}
function gpgVerifiedFiles(commands) {
  const files = /* @__PURE__ */ new Set();
  for (const cmd of commands) {
    const args = cmd.args.map((a) => a.value);
    if (!/^gpgv?2?$/.test(cmd.program) || !cmd.program.startsWith("gpgv") && !args.includes("--verify"))
      continue;
    const last = args.filter((a) => !a.startsWith("-")).at(-1);
    if (!last) continue;
    files.add(baseName(last));
    files.add(baseName(last).replace(/\.(?:sig|asc|gpg)$/, ""));
  }
  return files;
}
function onlyVerifiedFiles(cmd, verified) {
  const packages = cmd.args.map((a) => a.value).filter((a) => !a.startsWith("-") && !SUBCOMMANDS.has(a));
  return packages.length > 0 && packages.every((p) => verified.has(baseName(p)));
}
function onlyLocalRepositories(text) {
  const uris = [...text.matchAll(REPOSITORY_URI)].map((m) => m[1]);
  return uris.length > 0 && uris.every((uri) => /^["']?(?:file|copy|cdrom):/i.test(uri));
}
function baseName(path) {
  return path.split(/[\\/]/).pop() ?? path;
}
function unverifiedCommand(cmd) {
  const program = ALIASES.get(cmd.program) ?? cmd.program;
  const args = cmd.args.map((a) => a.value);
  const show = (word, check) => ({
    text: commandText(cmd, [word]),
    check
  });
  if (program === "rpm" && !args.some((a) => /^-[iUF]|^--(?:install|upgrade|freshen|reinstall)$/.test(a)))
    return void 0;
  for (const [short, long, check] of FLAGS.get(program) ?? []) {
    const word = flagWord(cmd, short, long);
    if (word) return show(word.value, check);
  }
  if (program === "apt-get" || program === "aptitude") {
    const option = optionValues(args, "-o", "--option").find((v) => {
      const [key = "", value] = v.split(/=(.*)/s);
      return APT_OPTIONS.test(key.trim()) && isOn(value);
    });
    return option ? show(`-o ${option}`, "signature") : void 0;
  }
  if (program === "dnf" || program === "zypper" || /-config-manager$/.test(program)) {
    const off = args.find((a) => GPGCHECK_OFF.test(a));
    if (off) return show(off, "signature");
    const sub = args.find((a) => !a.startsWith("-")) ?? "";
    if (program === "zypper" && ["ar", "addrepo"].includes(sub) && flagWord(cmd, "G", void 0))
      return show(`${sub} -G`, "signature");
  }
  if (program === "choco") return chocoFeature(cmd, args);
  return void 0;
}
function chocoFeature(cmd, args) {
  const [feature, action = ""] = args.map((a) => a.toLowerCase());
  if (feature !== "feature") return void 0;
  const names = [
    ...optionValues(args, "-n", "--name"),
    ...optionValues(args, void 0, "-name"),
    ...args.slice(2)
  ];
  const bad = names.map((n) => n.replace(/^[=:]/, "")).find(
    (n) => action === "enable" ? /^allowEmptyChecksums/i.test(n) : action === "disable" && /^checksumFiles$/i.test(n)
  );
  return bad ? { text: commandText(cmd, [args[0], args[1], "-n", bad]), check: "checksum" } : void 0;
}

// src/rules/transport/unverified-packages.ts
var unverified_packages_default = defineRule({
  meta: {
    id: "BH303",
    slug: "unverified-packages",
    title: "Build installs packages without verifying signatures",
    description: "A RUN turns off the package manager's signature or checksum checks: `apt-get --allow-unauthenticated`/`--allow-insecure-repositories`, `[trusted=yes]` sources, `apk --allow-untrusted`, `yum/dnf --nogpgcheck`, `gpgcheck=0`, `rpm --nosignature/--nodigest`, `zypper --no-gpg-checks`, `choco --ignore-checksums`, `Install-Module -SkipPublisherCheck`. Signatures are what makes a package from a mirror, a proxy or a plain-HTTP repository trustworthy; without them whoever controls the network path or the repository controls the image.",
    severity: "medium",
    remediation: "Keep verification on: import the repository's signing key (`signed-by=` keyring for apt, `gpgkey=` for yum/dnf, `/etc/apk/keys` for apk) and install signed packages; for Chocolatey, use packages with checksums.",
    references: [
      "https://wiki.debian.org/SecureApt",
      "https://manpages.debian.org/stable/apt/sources.list.5.en.html",
      "https://dnf.readthedocs.io/en/latest/conf_ref.html",
      "https://docs.chocolatey.org/en-us/choco/commands/install/",
      "https://cwe.mitre.org/data/definitions/494.html"
    ],
    tags: ["CWE-494", "CWE-347"],
    messages: {
      command: "{instruction} runs '{command}', which skips package {check} checks.",
      setting: "{instruction} writes '{setting}', which turns off package signature checks."
    },
    whenToIgnore: "For a package built in an earlier stage of the same build and installed from a local file, where there is no signature to check; prefer signing it."
  },
  checks: {
    dockerfile({ document, report }) {
      const verified = gpgVerifiedFiles(runScripts(document).flatMap((run) => run.commands));
      for (const run of runScripts(document)) {
        for (const { kind, text, check } of findUnverifiedInstalls(scriptOfRun(run), verified)) {
          const data = { instruction: "RUN", [kind]: text, check };
          report({ messageId: kind, data, region: run.instruction.region });
        }
      }
    }
  }
});

// src/targets/dockerfile/image-uses.ts
function imageUses(document) {
  const uses = [];
  for (const stage of document.stages) {
    if (stage.base.kind === "image") {
      uses.push({
        reference: stage.base.reference,
        written: stage.baseText,
        region: stage.baseRegion,
        via: "FROM"
      });
    }
    for (const instruction of stage.instructions) {
      const from = instruction.keyword === "COPY" ? instruction.flags.find((f) => f.name === "from") : void 0;
      if (!from?.value) continue;
      const expanded = expandVariables(from.value, instruction.scope, document.escapeChar);
      if (!expanded.resolved || isStageReference(expanded.value, document, stage.index)) continue;
      const reference = parseImageReference(expanded.value);
      if (reference) uses.push({ reference, written: from.value, region: from.region, via: "COPY --from" });
    }
  }
  return uses;
}
function isStageReference(value, document, before) {
  if (/^\d+$/.test(value)) return true;
  const lower = value.toLowerCase();
  return lower === "scratch" || document.stages.some((s) => s.index < before && s.name === lower);
}
function partlyResolvedBases(document) {
  const uses = [];
  for (const stage of document.stages) {
    const { base } = stage;
    if (base.kind !== "unresolved" || !base.repository) continue;
    const slash = base.text.indexOf("/");
    if (slash !== -1 && base.text.slice(0, slash).includes("$")) continue;
    uses.push({ reference: base.repository, written: base.text, region: stage.baseRegion });
  }
  return uses;
}

// src/targets/workload-images.ts
function workloadImages(document) {
  const images = [];
  const add = (node, owner, name, built) => {
    const image = node?.text?.trim();
    const reference = image && !image.includes("$") ? parseImageReference(image) : void 0;
    if (node && reference) images.push({ reference, owner, name, region: node.reportRegion, built });
  };
  if ("workloads" in document) {
    for (const container of document.workloads.flatMap((w) => w.containers))
      add(container.image, "Container", container.name, false);
  } else {
    for (const service of document.services)
      add(service.image, "Service", service.name, service.node.get("build") !== void 0);
  }
  return images;
}

// src/rules/image-reference/image-from-insecure-registry.ts
var rule = defineRule({
  meta: {
    id: "BH401",
    slug: "image-from-insecure-registry",
    title: "Image pulled from a registry configured as insecure",
    description: "The image comes from a registry that a registry configuration in this repository (Docker daemon.json, containerd config or hosts.toml, registries.conf, buildkitd.toml, dockerd flags) reaches over plain HTTP or without verifying its TLS certificate. Whoever sits on the network path can serve a different image under the same name, and whichever runtime reads that config will run it.",
    severity: "high",
    remediation: "Serve the registry over HTTPS with a certificate the runtimes trust (a private CA in `certs.d/<host>/ca.crt` is enough), remove it from the insecure settings, and pin images by digest.",
    references: [
      "https://docs.docker.com/engine/security/certificates/",
      "https://github.com/containerd/containerd/blob/main/docs/hosts.md",
      "https://distribution.github.io/distribution/about/insecure/"
    ],
    tags: ["CWE-295", "CWE-494", "supply-chain"],
    messages: {
      dockerfile: "{via} pulls '{image}' from registry '{registry}', {setting} in '{file}' ('{key}').",
      workload: "{owner} '{name}' pulls '{image}' from registry '{registry}', {setting} in '{file}' ('{key}')."
    }
  },
  checks: {
    dockerfile({ document, repository, report }) {
      for (const use of imageUses(document))
        reportInsecure(use.reference, use.region, { via: use.via }, "dockerfile", repository, report);
    },
    kubernetes: ({ document, repository, report }) => reportWorkloads(workloadImages(document), repository, report),
    compose: ({ document, repository, report }) => reportWorkloads(workloadImages(document), repository, report)
  }
});
var image_from_insecure_registry_default = rule;
function reportWorkloads(uses, repository, report) {
  for (const use of uses)
    reportInsecure(
      use.reference,
      use.region,
      { owner: use.owner, name: use.name },
      "workload",
      repository,
      report
    );
}
function reportInsecure(reference, region, data, messageId, repository, report) {
  const matches = matchInsecureRegistries(reference, repository.insecureRegistries);
  const match = matches[0];
  if (!match) return;
  const setting = INSECURE_SETTING_DESCRIPTION[match.setting];
  report({
    messageId,
    data: {
      ...data,
      image: reference.raw,
      registry: reference.registry,
      setting,
      file: match.location.file,
      key: match.key
    },
    region,
    relatedLocations: distinctConfigLines(matches)
  });
}

// src/targets/trusted-registries.ts
function isTrustedReference(reference, entries) {
  return entries.some((entry) => {
    const prefix = normaliseRegistryPattern(entry).replace(/\/\*+$/, "");
    return prefix === "*" || isUnderRegistryPrefix(reference, prefix);
  });
}
function dockerfileReferenceUses(document) {
  return [...imageUses(document), ...partlyResolvedBases(document).map((use) => ({ ...use, via: "FROM" }))].map(
    (use) => ({ reference: use.reference, region: use.region, messageId: "dockerfile", data: { via: use.via } })
  );
}
function workloadReferenceUses(document) {
  return workloadImages(document).filter((use) => !use.built).map((use) => ({ ...use, messageId: "workload", data: { owner: use.owner, name: use.name } }));
}
var BASE_NAME_LABEL = "org.opencontainers.image.base.name";
function imageBaseUses(document) {
  const reference = parseImageReference(document.config.labels[BASE_NAME_LABEL]?.trim() ?? "");
  const logical = `config.Labels["${BASE_NAME_LABEL}"]`;
  return reference ? [{ reference, region: IMAGE_REGION, messageId: "image", data: {}, logical }] : [];
}

// src/rules/image-reference/image-from-untrusted-registry.ts
var rule2 = defineRule({
  meta: {
    id: "BH402",
    slug: "image-from-untrusted-registry",
    title: "Image pulled from a registry outside trusted-registries",
    description: "Only when `trusted-registries` is configured (`.bulkhead.yml`, `--trusted-registries`, or the Action input `trusted-registries`): a Dockerfile `FROM` or `COPY --from` image, a Kubernetes container, init container or ephemeral container image, a Compose `image:`, or the base of a built image (when its `org.opencontainers.image.base.name` label names it) comes from a registry or repository that is not on the list. Entries are `host[:port]` or `host[:port]/path/*` prefixes at path boundaries, with `*.domain` wildcards; `alpine` is `docker.io/library/alpine`, and `index.docker.io` is `docker.io`. Build stages, `scratch` and references that are only a variable are exempt. An image from an unvetted registry runs whatever its publisher pushes under that name.",
    severity: "medium",
    remediation: "Pull the image through a registry on the list (mirror or re-publish it after review), or add its registry or repository prefix to `trusted-registries` if it is vetted.",
    references: [
      "https://cheatsheetseries.owasp.org/cheatsheets/Docker_Security_Cheat_Sheet.html",
      "https://kubernetes.io/docs/concepts/containers/images/#image-names",
      "https://docs.docker.com/docker-hub/image-library/mirror/"
    ],
    tags: ["CWE-494", "CWE-829", "supply-chain"],
    messages: {
      dockerfile: "{via} pulls '{image}' from registry '{registry}' ('{canonical}'), which is not on the trusted-registries list {source}.",
      workload: "{owner} '{name}' pulls '{image}' from registry '{registry}' ('{canonical}'), which is not on the trusted-registries list {source}.",
      image: "The image is built on '{image}' (its base-name label) from registry '{registry}' ('{canonical}'), which is not on the trusted-registries list {source}."
    },
    whenToIgnore: "An image that is vetted but pulled under another name on purpose, e.g. through a pull-through cache the list does not name yet."
  },
  checks: {
    dockerfile: ({ document, settings, report }) => reportUntrusted(dockerfileReferenceUses(document), settings, report),
    kubernetes: ({ document, settings, report }) => reportUntrusted(workloadReferenceUses(document), settings, report),
    compose: ({ document, settings, report }) => reportUntrusted(workloadReferenceUses(document), settings, report),
    image: ({ document, settings, report }) => reportUntrusted(imageBaseUses(document), settings, report)
  }
});
var image_from_untrusted_registry_default = rule2;
function reportUntrusted(uses, settings, report) {
  if (settings.trustedRegistries.length === 0) return;
  for (const { reference, region, messageId, data, logical } of uses) {
    if (isTrustedReference(reference, settings.trustedRegistries)) continue;
    const source = settings.trustedRegistriesSource ?? "configured for this scan";
    report({
      messageId,
      data: {
        ...data,
        image: reference.raw,
        registry: reference.registry,
        canonical: reference.name,
        source
      },
      region,
      ...logical ? { logical } : {}
    });
  }
}

// src/rules/image-reference/image-tag-mutable.ts
var image_tag_mutable_default = defineRule({
  meta: {
    id: "BH403",
    slug: "image-tag-mutable",
    title: "Image referenced by a mutable tag",
    description: "An image referenced as `:latest` or without a tag can change under the same name at any time, so two builds of the same commit can ship different software, and a compromised or rebuilt upstream image is picked up silently. With `require-digest: true`, every reference must be pinned by `@sha256:` digest.",
    severity: "low",
    remediation: "Reference a specific version tag, and for reproducible builds pin the digest too (`image:1.2.3@sha256:\u2026`); let a bot such as Dependabot or Renovate bump it.",
    references: [
      "https://docs.docker.com/build/building/best-practices/#pin-base-image-versions",
      "https://docs.docker.com/reference/cli/docker/image/pull/#pull-an-image-by-digest-immutable-identifier"
    ],
    tags: ["CWE-494", "supply-chain"],
    messages: {
      latest: "Image '{image}' uses the mutable tag 'latest'.",
      untagged: "Image '{image}' has no tag, so it means '{image}:latest'.",
      notPinned: "Image '{image}' is not pinned by digest (require-digest is on).",
      usesLatest: "{owner} '{name}' uses image '{image}' with the mutable tag 'latest'.",
      usesUntagged: "{owner} '{name}' uses image '{image}' without a tag, so it means '{image}:latest'.",
      usesNotPinned: "{owner} '{name}' uses image '{image}', not pinned by digest (require-digest is on)."
    },
    whenToIgnore: "Internal images whose `latest` tag is promoted deliberately by your own pipeline."
  },
  checks: {
    dockerfile({ document, settings, report }) {
      for (const use of imageUses(document)) {
        const { reference } = use;
        if (reference.digest) continue;
        const image = reference.raw;
        if (reference.tag === void 0)
          report({ messageId: "untagged", data: { image }, region: use.region });
        else if (reference.tag.toLowerCase() === "latest")
          report({ messageId: "latest", data: { image }, region: use.region });
        else if (settings.requireDigest)
          report({ messageId: "notPinned", data: { image }, region: use.region });
      }
    },
    kubernetes({ document, settings, report }) {
      reportWorkloadImages(workloadImages(document), settings.requireDigest, report);
    },
    compose({ document, settings, report }) {
      reportWorkloadImages(
        workloadImages(document).filter((use) => !use.built),
        settings.requireDigest,
        report
      );
    }
  }
});
function reportWorkloadImages(uses, requireDigest, report) {
  for (const use of uses) {
    const messageId = mutability(use.reference, requireDigest);
    if (messageId)
      report({
        messageId,
        data: { owner: use.owner, name: use.name, image: use.reference.raw },
        region: use.region
      });
  }
}
function mutability(reference, requireDigest) {
  if (reference.digest) return void 0;
  if (reference.tag === void 0) return "usesUntagged";
  if (reference.tag.toLowerCase() === "latest") return "usesLatest";
  return requireDigest ? "usesNotPinned" : void 0;
}

// src/targets/image/windows-image-release.ts
var NANO_SERVER2 = /nano-?server/i;
function windowsImageRelease(platform, history) {
  if (platform.os.toLowerCase() !== "windows" || !platform.osVersion) return void 0;
  const release = windowsReleaseOfVersion(platform.osVersion);
  if (release?.key === "ltsc2016" && history.some((entry) => NANO_SERVER2.test(entry.createdBy)))
    return { ...release, key: "sac2016", name: "Nano Server 2016 (sac2016)" };
  return release;
}

// src/targets/windows-support-dates.ts
var CORE_NANO = ["servercore", "nanoserver"];
var ALL_IMAGES = ["servercore", "nanoserver", "server", "windows"];
var WINDOWS_SUPPORT_DATES = /* @__PURE__ */ new Map([
  ["sac2016", { channel: "SAC", supportEnd: "2018-10-09", images: ["nanoserver"] }],
  [
    "ltsc2016",
    { channel: "LTSC", mainstreamEnd: "2022-01-11", supportEnd: "2027-01-12", images: ["servercore"] }
  ],
  ["1709", { channel: "SAC", supportEnd: "2019-04-09", images: CORE_NANO }],
  ["1803", { channel: "SAC", supportEnd: "2019-11-12", images: CORE_NANO }],
  [
    "ltsc2019",
    { channel: "LTSC", mainstreamEnd: "2024-01-09", supportEnd: "2029-01-09", images: ALL_IMAGES }
  ],
  ["1903", { channel: "SAC", supportEnd: "2020-12-08", images: CORE_NANO }],
  ["1909", { channel: "SAC", supportEnd: "2021-05-11", images: CORE_NANO }],
  ["2004", { channel: "SAC", supportEnd: "2021-12-14", images: CORE_NANO }],
  ["20h2", { channel: "SAC", supportEnd: "2022-08-09", images: CORE_NANO }],
  [
    "ltsc2022",
    { channel: "LTSC", mainstreamEnd: "2026-10-13", supportEnd: "2031-10-14", images: ALL_IMAGES }
  ],
  ["ltsc2025", { channel: "LTSC", mainstreamEnd: "2029-10-09", supportEnd: "2034-10-10", images: ALL_IMAGES }]
]);
var SUPPORT_DATES_CHECKED = "2026-12-05";
var SUPPORT_ENDING_DAYS = 180;
var DAY_MS = 24 * 60 * 60 * 1e3;
function supportStatus(release, today) {
  const dates = WINDOWS_SUPPORT_DATES.get(release.key);
  if (!dates) return { state: "unknown" };
  if (dates.supportEnd < today) return { state: "ended", supportEnd: dates.supportEnd };
  const daysLeft = Math.round((Date.parse(dates.supportEnd) - Date.parse(today)) / DAY_MS);
  return daysLeft <= SUPPORT_ENDING_DAYS ? { state: "ending", supportEnd: dates.supportEnd, daysLeft } : { state: "supported" };
}
function endOfSupport(release, today) {
  const status = supportStatus(release, today ?? SUPPORT_DATES_CHECKED);
  if (status.state !== "ended" && status.state !== "ending") return void 0;
  const data = { release: release.name, build: `10.0.${release.build}`, date: status.supportEnd };
  return status.state === "ended" ? { state: "ended", data } : { state: "ending", data: { ...data, days: status.daysLeft }, severity: "low" };
}

// src/rules/windows-workload/windows-base-eol.ts
var windows_base_eol_default = defineRule({
  meta: {
    id: "BH613",
    slug: "windows-base-eol",
    title: "Windows image out of support",
    description: "The image's Windows release is past its end of support, so Microsoft publishes no more security updates for it: every Windows vulnerability fixed since stays open in the container. Semi-Annual Channel images (`1709`, `1803`, `1903`, `1909`, `2004`, `20H2`) had 18 months, the 2016-era Nano Server (`sac2016`) ended in 2018, and Windows Server 2016 (`ltsc2016`, `10.0.14393`) ends on 2027-01-12; `1809` is the Windows Server 2019 build, supported until 2029-01-09. Checked for a Dockerfile's final image, workload images (Kubernetes, Compose) and built images (their config `os.version`). Low when support ends within 180 days of the scan.",
    severity: "medium",
    remediation: "Rebuild on a supported release (`ltsc2022` or `ltsc2025`) and move the Windows nodes with it: with process isolation the image and node builds must match.",
    references: [
      "https://learn.microsoft.com/virtualization/windowscontainers/deploy-containers/base-image-lifecycle",
      "https://learn.microsoft.com/windows/release-health/windows-server-release-info",
      "https://learn.microsoft.com/lifecycle/products/windows-server-2016"
    ],
    tags: ["CWE-1104", "windows"],
    messages: {
      ended: "Image '{image}' is {release} (build {build}), whose support ended on {date}: it gets no security updates.",
      ending: "Image '{image}' is {release} (build {build}), whose support ends on {date}, in {days} days: it then gets no security updates.",
      imageEnded: "The image's OS version '{version}' is {release}, whose support ended on {date}: it gets no security updates.",
      imageEnding: "The image's OS version '{version}' is {release}, whose support ends on {date}, in {days} days: it then gets no security updates."
    },
    whenToIgnore: "You pay for Extended Security Updates for the release and the image is rebuilt with them; suppress with an `expires` date at the end of that contract."
  },
  checks: {
    dockerfile({ document, settings, report }) {
      const root = finalImageStages(document).at(-1);
      if (root?.base.kind !== "image") return;
      const tagged = windowsReleaseOfImage(root.base.reference);
      if (tagged)
        reportRelease(tagged.release, root.base.reference.raw, root.baseRegion, settings.today, report);
    },
    kubernetes({ document, settings, report }) {
      for (const use of workloadImages(document)) reportUse(use, settings.today, report);
    },
    compose({ document, settings, report }) {
      for (const use of workloadImages(document)) if (!use.built) reportUse(use, settings.today, report);
    },
    image({ document, settings, report }) {
      const release = windowsImageRelease(document.platform, document.history);
      const end = release ? endOfSupport(release, settings.today) : void 0;
      if (!end) return;
      report({
        messageId: end.state === "ended" ? "imageEnded" : "imageEnding",
        data: { ...end.data, version: document.platform.osVersion ?? "" },
        ...end.severity ? { severity: end.severity } : {},
        region: IMAGE_REGION,
        logical: "os.version"
      });
    }
  }
});
function reportUse(use, today, report) {
  const tagged = windowsReleaseOfImage(use.reference);
  if (tagged) reportRelease(tagged.release, use.reference.raw, use.region, today, report);
}
function reportRelease(release, image, region, today, report) {
  const end = endOfSupport(release, today);
  if (end)
    report({
      messageId: end.state,
      data: { ...end.data, image },
      ...end.severity ? { severity: end.severity } : {},
      region
    });
}

export {
  parse_error_default,
  image_runs_as_root_default,
  windows_image_runs_as_admin_default,
  sudo_in_build_default,
  grants_admin_rights_default,
  knownSecretIdType,
  secretValues,
  secret_in_env_or_arg_default,
  secret_in_build_command_default,
  secret_file_in_image_default,
  secret_build_arg_default,
  private_key_material_default,
  tls_verification_disabled_default,
  plaintext_download_default,
  unverified_packages_default,
  image_from_insecure_registry_default,
  image_from_untrusted_registry_default,
  image_tag_mutable_default,
  windows_base_eol_default
};
