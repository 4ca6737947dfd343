#!/usr/bin/env node
import { createRequire as __bulkheadRequire } from 'node:module';
const require = __bulkheadRequire(import.meta.url);
import {
  OUTPUT_FORMATS,
  classifyNew,
  formatResult,
  gateVerdict,
  isOutputFormat,
  newFindingPredicate,
  readBaselineFingerprints,
  remoteConfigReader
} from "./chunk-KAZ6T3YJ.js";
import "./chunk-75BYIK7X.js";
import {
  changedLinesSince,
  runGit
} from "./chunk-NG6GF2YP.js";
import "./chunk-6W25RPNL.js";
import "./chunk-XCBOZQIB.js";
import {
  decodeText,
  scan
} from "./chunk-W7Q5YWH5.js";
import "./chunk-2UU5XWJP.js";
import "./chunk-BTHUH27J.js";
import {
  PRODUCT_VERSION
} from "./chunk-2KH2CT37.js";
import "./chunk-IHGOC2W5.js";
import {
  readFileSync,
  writeFileSync
} from "./chunk-27DCNQHF.js";
import {
  isSeverity
} from "./chunk-VOKH4RM3.js";
import "./chunk-A6BWIURP.js";
import {
  ALL_RULES,
  findRule,
  redactText
} from "./chunk-3UFK2WML.js";
import "./chunk-MFQIY6JZ.js";
import "./chunk-R7SXB4GR.js";
import {
  ConfigurationError,
  errorMessage
} from "./chunk-FYCLPXZE.js";
import "./chunk-QLIY3PYG.js";

// src/cli/main.ts
import { resolve as resolve2 } from "node:path";
import { pathToFileURL } from "node:url";

// src/cli/help-text.ts
var MAIN_HELP = `bulkhead: a container security scanner that knows Windows containers.

Usage:
  bulkhead scan [PATH...] [options]   Scan files and directories (default: .)
  bulkhead fix [PATH...] [options]    Apply the rules' fixes (see 'bulkhead fix --help')
  bulkhead rules [--format text|json|markdown]
                                      List every rule
  bulkhead explain RULE [--format F]  Show a rule's documentation (e.g. BH102)
  bulkhead --version                  Print the version

Run 'bulkhead scan --help' for the scan options.

Exit codes: 0 no finding at or above --fail-on; 1 findings at or above it;
2 usage or configuration error; 3 the scan itself failed.
`;
var SCAN_HELP = `Usage: bulkhead scan [PATH...] [options]

Scans Dockerfiles, Kubernetes manifests, Compose files and registry configuration
under each PATH, and built images given with --image. A PATH may be a file or a
directory; '-' reads one file from stdin (needs --stdin-filename). With --image
and no PATH, only the images are scanned.

Images:
      --image IMAGE          A built image (repeatable): an OCI layout directory,
                             an OCI archive, a docker save tarball, or a registry
                             reference (registry.example.com/app:1.2). Registry
                             credentials: BULKHEAD_REGISTRY_USERNAME/_PASSWORD
                             (or _TOKEN), else ~/.docker/config.json
      --platform OS/ARCH     Which image of a multi-platform index (e.g.
                             windows/amd64; default: linux/amd64, else the first)
      --insecure-registry HOST
                             Skip TLS verification (and allow plain HTTP) for
                             HOST[:PORT]; reported in the scan's notes

Output:
  -f, --format FORMAT        text (default), json, sarif, github, markdown
  -o, --output FILE          Write the report to FILE instead of stdout
      --color / --no-color   Force colours on or off (default: on for a terminal)
      --verbose              Text: the fix under every finding (default: each
                             rule's fix once, after the findings)
      --category NAME        SARIF automationDetails category (e.g. monorepo/app)

Gate:
      --fail-on SEVERITY     critical, high (default), medium, low, info or none:
                             exit 1 when an unsuppressed finding is at or above
                             it (info: any finding; none: never)
      --new-since GIT_REF    Only findings on lines changed since the merge base
                             with GIT_REF count toward the exit code
      --baseline FILE        An earlier SARIF: findings already in it (same rule,
                             file and line fingerprint) do not count

Configuration:
  -c, --config FILE          Config file (default: .bulkhead.yml in the first
                             scanned directory, else in the working directory)
      --pod-security-level L baseline (default) or restricted
      --trusted-registries LIST
                             Comma-separated registries allowed (wildcards ok)
      --require-digest       Every image reference must be pinned by digest
      --exclude GLOB         Skip matching paths (repeatable)
      --no-gitignore         Also scan files that .gitignore excludes
      --max-file-size SIZE   Skip larger files it would scan, with a note (default 5MB)
  -j, --jobs N               Threads that scan files (default: one per core, at
                             most 8; 1: no workers)
      --stdin-filename NAME  Name of the file read from stdin ('-')

Examples:
  bulkhead scan .
  bulkhead scan services/ --format sarif --output bulkhead.sarif
  bulkhead scan --fail-on medium --exclude 'test/**' .
  bulkhead scan . --image build/app-image.tar
  bulkhead scan --image ghcr.io/org/app:1.4 --platform windows/amd64
  cat Dockerfile | bulkhead scan - --stdin-filename Dockerfile
`;
var FIX_HELP = `Usage: bulkhead fix [PATH...] [options]

Applies the fixes that rules attach to their findings, then scans the changed
files again: a file that a fix would give a new finding is not written.
Fixes marked 'safe' keep behaviour apart from the security property; fixes
marked 'review' (a new user, a secret moved out of the file) need a person.

Options:
      --rule ID              Only this rule's fixes (repeatable, or a comma list)
      --severity LEVEL       Only findings at or above LEVEL
      --include-review       Also apply fixes marked 'review'
      --pin-digests          Pin mutable image references (BH403) to the digest
                             their registry serves now (needs registry access)
      --dry-run              Print a unified diff instead of writing files
      --check                Exit 1 if fixes are available; write nothing
  -c, --config FILE          Config file (default: .bulkhead.yml)
      --pod-security-level baseline|restricted
      --trusted-registries LIST
      --require-digest
      --exclude GLOB         Skip matching paths (repeatable)
      --no-gitignore         Also fix files that .gitignore excludes

Examples:
  bulkhead fix --dry-run examples/
  bulkhead fix --rule BH503,BH509 k8s/
  bulkhead fix --include-review Dockerfile
`;
var RULES_HELP = `Usage: bulkhead rules [--format text|json|markdown]

Lists every rule with its id, slug, default severity and title.
`;
var EXPLAIN_HELP = `Usage: bulkhead explain RULE [--format text|markdown]

Prints a rule's documentation: why it matters, how to fix it, references.
RULE is an id (BH101) or a slug (image-runs-as-root). text (default) is
wrapped for the terminal; markdown is the raw source (e.g. for a wiki).
`;
function helpFor(topic) {
  return { scan: SCAN_HELP, fix: FIX_HELP, rules: RULES_HELP, explain: EXPLAIN_HELP }[topic ?? ""] ?? MAIN_HELP;
}

// src/cli/new-findings-gate.ts
import { resolve } from "node:path";
function changesSince(ref, cwd, run) {
  try {
    run(["rev-parse", "--is-inside-work-tree"], cwd);
  } catch {
    throw new ConfigurationError(
      `--new-since ${ref} needs a git repository, and '${cwd}' is not inside one. Run it in a clone, or use --baseline with an earlier SARIF.`
    );
  }
  try {
    return changedLinesSince(ref, cwd, run);
  } catch (error) {
    throw new ConfigurationError(errorMessage(error).replace(/^--new-since:/, `--new-since ${ref}:`));
  }
}
function readCliGateSources(options, run = runGit) {
  const scoped = options.newSince !== void 0 || options.baseline !== void 0;
  const changes = options.newSince === void 0 ? void 0 : changesSince(options.newSince, options.cwd, run);
  let baseline;
  try {
    baseline = options.baseline === void 0 ? void 0 : readBaselineFingerprints(readFileSync(resolve(options.cwd, options.baseline), "utf8"));
  } catch (error) {
    throw new ConfigurationError(`--baseline ${options.baseline}: ${errorMessage(error)}`);
  }
  return { scoped, changes, baseline };
}
function cliGate(findings, failOn, sources) {
  if (!sources.scoped) return gateVerdict(findings, { failOn, scope: "all", isNew: () => true });
  const isNew = newFindingPredicate(classifyNew(findings, sources));
  return gateVerdict(findings, { failOn, scope: "new", isNew });
}

// src/cli/parse-cli-args.ts
import { parseArgs } from "node:util";

// src/cli/quick-command.ts
function quickCommand(argv) {
  const [first, topic] = argv;
  if (first === void 0 || first === "--help" || first === "-h" || first === "help")
    return { command: "help", topic };
  if (first === "--version" || first === "-v" || first === "version") return { command: "version" };
  return void 0;
}

// src/cli/parse-cli-args.ts
var FIX_FLAGS = {
  rule: { type: "string", multiple: true },
  severity: { type: "string" },
  "include-review": { type: "boolean" },
  "pin-digests": { type: "boolean" },
  "dry-run": { type: "boolean" },
  check: { type: "boolean" },
  config: { type: "string", short: "c" },
  "pod-security-level": { type: "string" },
  "trusted-registries": { type: "string" },
  "require-digest": { type: "boolean" },
  exclude: { type: "string", multiple: true },
  "no-gitignore": { type: "boolean" },
  help: { type: "boolean", short: "h" }
};
var SCAN_FLAGS = {
  format: { type: "string", short: "f" },
  output: { type: "string", short: "o" },
  "fail-on": { type: "string" },
  config: { type: "string", short: "c" },
  "pod-security-level": { type: "string" },
  "trusted-registries": { type: "string" },
  "require-digest": { type: "boolean" },
  exclude: { type: "string", multiple: true },
  "no-gitignore": { type: "boolean" },
  "stdin-filename": { type: "string" },
  "max-file-size": { type: "string" },
  jobs: { type: "string", short: "j" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  verbose: { type: "boolean" },
  category: { type: "string" },
  baseline: { type: "string" },
  "new-since": { type: "string" },
  image: { type: "string", multiple: true },
  platform: { type: "string" },
  "insecure-registry": { type: "string", multiple: true },
  help: { type: "boolean", short: "h" }
};
function parseCliArgs(argv) {
  const quick = quickCommand(argv);
  if (quick) return quick;
  const [first, ...rest] = argv;
  if (first === "rules") return parseRules(rest);
  if (first === "explain") {
    if (rest.includes("--help") || rest.includes("-h")) return { command: "help", topic: "explain" };
    const { values, positionals } = strictParse(rest, { format: { type: "string", short: "f" } }, true);
    if (positionals.length !== 1)
      throw new ConfigurationError("Usage: bulkhead explain RULE (for example: bulkhead explain BH101).");
    const format = values.format ?? "text";
    if (format !== "text" && format !== "markdown")
      throw new ConfigurationError(`Invalid --format '${format}' for explain: use text or markdown.`);
    return { command: "explain", rule: positionals[0], format };
  }
  if (first === "scan") return parseScan(rest);
  if (first === "fix") return parseFix(rest);
  throw new ConfigurationError(
    `Unknown command '${first}'. Commands: scan, fix, rules, explain. Run 'bulkhead --help' for usage.`
  );
}
function parseRules(args) {
  const { values } = strictParse(
    args,
    { format: { type: "string", short: "f" }, help: { type: "boolean", short: "h" } },
    false
  );
  if (values.help) return { command: "help", topic: "rules" };
  const format = values.format ?? "text";
  if (format !== "text" && format !== "json" && format !== "markdown") {
    throw new ConfigurationError(`Invalid --format '${format}' for rules: use text, json or markdown.`);
  }
  return { command: "rules", format };
}
function parseScan(args) {
  const { values, positionals } = strictParse(args, SCAN_FLAGS, true);
  if (values.help) return { command: "help", topic: "scan" };
  const format = values.format ?? "text";
  if (!isOutputFormat(format))
    throw new ConfigurationError(`Invalid --format '${format}': use ${OUTPUT_FORMATS.join(", ")}.`);
  const failOn = values["fail-on"];
  if (failOn !== void 0 && failOn !== "none" && !isSeverity(failOn)) {
    throw new ConfigurationError(
      `Invalid --fail-on '${failOn}': use critical, high, medium, low, info or none.`
    );
  }
  const level = values["pod-security-level"];
  if (level !== void 0 && level !== "baseline" && level !== "restricted") {
    throw new ConfigurationError(`Invalid --pod-security-level '${level}': use baseline or restricted.`);
  }
  const readStdin = positionals.includes("-");
  if (readStdin && !values["stdin-filename"]) {
    throw new ConfigurationError(
      "Reading from stdin ('-') needs --stdin-filename NAME, so the file can be classified (e.g. --stdin-filename Dockerfile)."
    );
  }
  const paths = positionals.filter((p) => p !== "-");
  const images = values.image ?? [];
  const platform = values.platform;
  if (platform !== void 0 && !/^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/i.test(platform)) {
    throw new ConfigurationError(
      `Invalid --platform '${platform}': use os/arch[/variant], e.g. linux/amd64.`
    );
  }
  if ((platform !== void 0 || values["insecure-registry"]) && images.length === 0) {
    throw new ConfigurationError("--platform and --insecure-registry apply to images: add --image.");
  }
  return {
    command: "scan",
    options: {
      // With --image and no PATH, only the images are scanned (DESIGN.md CLI contract).
      paths: paths.length || readStdin || images.length ? paths : ["."],
      readStdin,
      stdinFilename: values["stdin-filename"],
      format,
      output: values.output,
      failOn,
      config: values.config,
      podSecurityLevel: level,
      trustedRegistries: commaList(values["trusted-registries"]),
      requireDigest: values["require-digest"],
      exclude: values.exclude ?? [],
      gitignore: !values["no-gitignore"],
      maxFileSize: parseSize(values["max-file-size"]),
      jobs: parseJobs(values.jobs),
      color: values["no-color"] ? false : values.color,
      verbose: values.verbose === true,
      category: values.category,
      baseline: values.baseline,
      newSince: values["new-since"],
      images,
      platform,
      insecureRegistries: values["insecure-registry"] ?? []
    }
  };
}
function parseFix(args) {
  const { values, positionals } = strictParse(args, FIX_FLAGS, true);
  if (values.help) return { command: "help", topic: "fix" };
  const severity = values.severity;
  if (severity !== void 0 && !isSeverity(severity))
    throw new ConfigurationError(
      `Invalid --severity '${severity}': use critical, high, medium, low or info.`
    );
  const level = values["pod-security-level"];
  if (level !== void 0 && level !== "baseline" && level !== "restricted")
    throw new ConfigurationError(`Invalid --pod-security-level '${level}': use baseline or restricted.`);
  if (values["dry-run"] && values.check)
    throw new ConfigurationError("--dry-run and --check cannot be combined: --check only reports.");
  const rules = (values.rule ?? []).flatMap((r) => r.split(",")).map((r) => r.trim().toUpperCase());
  const unknown = rules.find((r) => !/^BH\d{3}$/.test(r));
  if (unknown !== void 0)
    throw new ConfigurationError(`Invalid --rule '${unknown}': use a rule id like BH503.`);
  return {
    command: "fix",
    options: {
      paths: positionals.length ? positionals : ["."],
      rules,
      severity,
      includeReview: values["include-review"] ?? false,
      pinDigests: values["pin-digests"] ?? false,
      dryRun: values["dry-run"] ?? false,
      check: values.check ?? false,
      config: values.config,
      podSecurityLevel: level,
      trustedRegistries: commaList(values["trusted-registries"]),
      requireDigest: values["require-digest"],
      exclude: values.exclude ?? [],
      gitignore: !values["no-gitignore"]
    }
  };
}
function commaList(value) {
  return value?.split(",").map((item) => item.trim()).filter(Boolean);
}
function strictParse(args, options, allowPositionals) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message.replace(/\. To specify a positional.*$/s, ".") : String(error);
    throw new ConfigurationError(`${message} Run 'bulkhead --help' for usage.`);
  }
}
var MAX_JOBS = 64;
function parseJobs(value) {
  if (value === void 0) return void 0;
  const jobs = /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!(jobs >= 1 && jobs <= MAX_JOBS))
    throw new ConfigurationError(`Invalid --jobs '${value}': use a whole number from 1 to ${MAX_JOBS}.`);
  return jobs;
}
function parseSize(value) {
  if (value === void 0) return void 0;
  const match = /^(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?$/i.exec(value.trim());
  if (!match)
    throw new ConfigurationError(`Invalid --max-file-size '${value}': use bytes or a size like 10MB.`);
  const unit = (match[2] ?? "b").toLowerCase()[0];
  const factor = { b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[unit] ?? 1;
  return Math.round(Number(match[1]) * factor);
}

// src/cli/progress-line.ts
function startProgress(stderr, env) {
  const enabled = stderr.isTTY === true && !env.CI;
  let latest = "";
  let shown = false;
  const timer = enabled ? setInterval(() => {
    if (!latest) return;
    shown = true;
    stderr.write(`\r\x1B[2KScanning\u2026 ${latest}`);
  }, 1e3) : void 0;
  timer?.unref();
  return {
    update: (done, total) => {
      latest = `${done}/${total} files`;
    },
    stop: () => {
      if (timer) clearInterval(timer);
      if (shown) stderr.write("\r\x1B[2K");
    }
  };
}

// src/cli/main.ts
var EXIT_OK = 0;
var EXIT_FINDINGS = 1;
var EXIT_USAGE = 2;
var EXIT_SCAN_FAILED = 3;
async function main(argv, io) {
  try {
    const command = parseCliArgs(argv);
    switch (command.command) {
      case "help":
        io.stdout.write(helpFor(command.topic));
        return EXIT_OK;
      case "version":
        io.stdout.write(`${PRODUCT_VERSION}
`);
        return EXIT_OK;
      // Commands other than `scan` load their code when they run: a scan does not compile `fix` (with
      // the registry client of --pin-digests), the rule list or the terminal Markdown renderer.
      case "rules": {
        const { formatRuleList } = await import("./chunk-G7I2ZJNX.js");
        io.stdout.write(
          formatRuleList(
            ALL_RULES.map((r) => r.meta),
            command.format
          )
        );
        return EXIT_OK;
      }
      case "explain": {
        const rule = findRule(command.rule);
        if (!rule)
          throw new ConfigurationError(`Unknown rule '${command.rule}'. Run 'bulkhead rules' for the list.`);
        io.stdout.write(await explainRule(rule.meta, command.format, io));
        return EXIT_OK;
      }
      case "scan":
        return await runScan(command.options, io);
      case "fix": {
        const { runFix } = await import("./chunk-2AKIWJLR.js");
        return await runFix(command.options, io);
      }
    }
  } catch (error) {
    if (error instanceof ConfigurationError) {
      io.stderr.write(`bulkhead: ${redactText(error.message)}
`);
      return EXIT_USAGE;
    }
    io.stderr.write(
      redactText(
        `bulkhead: internal error: ${errorMessage(error)}
${io.env.BULKHEAD_DEBUG && error instanceof Error ? `${error.stack}
` : ""}`
      )
    );
    return EXIT_SCAN_FAILED;
  }
}
async function explainRule(meta, format, io) {
  const [{ ruleHelpMarkdown }, { renderTerminalMarkdown }] = await Promise.all([
    import("./chunk-OGEBU7OE.js"),
    import("./chunk-SCYF5ADQ.js")
  ]);
  const markdown = [
    `# ${meta.id}: ${meta.title}`,
    `Severity: ${meta.severity} \xB7 slug \`${meta.slug}\` \xB7 ${meta.tags.join(", ")}`,
    ruleHelpMarkdown(meta)
  ].join("\n\n");
  if (format === "markdown") return `${markdown}
`;
  const toTerminal = io.stdout.isTTY === true;
  return renderTerminalMarkdown(markdown, {
    color: toTerminal && !io.env.NO_COLOR && io.env.TERM !== "dumb",
    // Long lines are hard to read even on a wide terminal.
    width: Math.min(io.stdout.columns ?? 80, 100)
  });
}
async function runScan(options, io) {
  const stdin = options.readStdin ? decodeText(await io.readStdin()) : void 0;
  if (stdin && stdin.kind !== "text") throw new ConfigurationError("stdin is not a text file.");
  const gateSources = readCliGateSources({
    newSince: options.newSince,
    baseline: options.baseline,
    cwd: io.cwd
  });
  const progress = startProgress(io.stderr, io.env);
  let outcome;
  try {
    outcome = await scan({
      paths: options.paths,
      cwd: io.cwd,
      exclude: options.exclude,
      useGitignore: options.gitignore,
      maxFileSize: options.maxFileSize,
      jobs: options.jobs,
      // Undocumented: tests force the worker pool on a few files with BULKHEAD_POOL_MIN_TARGETS=0.
      poolMinTargets: poolMinTargets(io.env.BULKHEAD_POOL_MIN_TARGETS),
      configFile: options.config,
      settings: {
        podSecurityLevel: options.podSecurityLevel,
        trustedRegistries: options.trustedRegistries,
        trustedRegistriesSource: options.trustedRegistries ? "set by --trusted-registries" : void 0,
        requireDigest: options.requireDigest
      },
      stdin: stdin?.kind === "text" ? { filename: options.stdinFilename ?? "stdin", text: stdin.text } : void 0,
      image: {
        images: options.images,
        platform: options.platform,
        insecureRegistries: options.insecureRegistries,
        env: io.env
      },
      onProgress: progress.update,
      readRemoteConfig: remoteConfigReader({
        apiUrl: io.env.GITHUB_API_URL || "https://api.github.com",
        token: io.env.GITHUB_TOKEN
      }),
      env: io.env
    });
  } finally {
    progress.stop();
  }
  const { result, config } = outcome;
  const toTerminal = !options.output && io.stdout.isTTY === true;
  const color = options.color ?? (toTerminal && !io.env.NO_COLOR && io.env.TERM !== "dumb");
  const report = formatResult(result, options.format, {
    color,
    verbose: options.verbose,
    category: options.category,
    srcRoot: pathToFileURL(io.cwd.endsWith("/") ? io.cwd : `${io.cwd}/`).href
  });
  if (options.output)
    writeFileSync(resolve2(io.cwd, options.output), report.endsWith("\n") ? report : `${report}
`);
  else io.stdout.write(report.endsWith("\n") ? report : `${report}
`);
  if (!result.complete) {
    io.stderr.write("bulkhead: the scan did not complete (see the notes); treat its result as partial.\n");
    return EXIT_SCAN_FAILED;
  }
  const failOn = options.failOn ?? config?.failOn ?? "high";
  const verdict = cliGate(result.findings, failOn, gateSources);
  return verdict.gate === "fail" ? EXIT_FINDINGS : EXIT_OK;
}
function poolMinTargets(value) {
  return value !== void 0 && /^\d+$/.test(value) ? Number(value) : void 0;
}

// src/cli/run-cli.ts
async function readAll(stream) {
  const chunks = [];
  for await (const chunk of stream)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
}
function runCli(argv, output) {
  return main(argv, {
    cwd: process.cwd(),
    stdout: output.stdout,
    stderr: output.stderr,
    readStdin: () => readAll(process.stdin),
    env: process.env
  });
}
export {
  runCli
};
