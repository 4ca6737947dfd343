/** `bulkhead --help` and per-command help. */
export const MAIN_HELP = `bulkhead: a container security scanner that knows Windows containers.

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

export const SCAN_HELP = `Usage: bulkhead scan [PATH...] [options]

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

export const FIX_HELP = `Usage: bulkhead fix [PATH...] [options]

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

export const RULES_HELP = `Usage: bulkhead rules [--format text|json|markdown]

Lists every rule with its id, slug, default severity and title.
`;

export const EXPLAIN_HELP = `Usage: bulkhead explain RULE [--format text|markdown]

Prints a rule's documentation: why it matters, how to fix it, references.
RULE is an id (BH101) or a slug (image-runs-as-root). text (default) is
wrapped for the terminal; markdown is the raw source (e.g. for a wiki).
`;

/** Help for a topic, or the main help. */
export function helpFor(topic: string | undefined): string {
  return (
    { scan: SCAN_HELP, fix: FIX_HELP, rules: RULES_HELP, explain: EXPLAIN_HELP }[topic ?? ''] ?? MAIN_HELP
  );
}
