import type {
  DockerInstruction,
  DockerStage,
  StageBase,
  StageOs,
  StageShell
} from './dockerfile-document.js';
import { expandVariables, removeWordQuotes, type VariableScope } from './expand-variables.js';
import { parseImageReference } from './image-reference.js';
import { literalImageReference, UNKNOWN_PART } from './literal-image-reference.js';
import { isWindowsImageName, lookupBaseImageDefault } from './base-images.js';
import { platformVariantStage } from './platform-stage-base.js';

const POSIX_SHELL = { dialect: 'posix', argv: ['/bin/sh', '-c'] } as const;
// Windows containers run shell-form RUN with `cmd /S /C` unless SHELL says otherwise.
const WINDOWS_SHELL = { dialect: 'cmd', argv: ['cmd', '/S', '/C'] } as const;

/** Builds a stage from its FROM instruction; `earlier` are the stages before it. */
export function buildStage(
  from: DockerInstruction,
  earlier: DockerStage[],
  globals: VariableScope,
  escapeChar: string
): DockerStage {
  const [image, as, name] = from.args;
  const baseText = image?.value ?? '';
  const unquoted = removeWordQuotes(baseText, escapeChar);
  const expanded = expandVariables(unquoted, globals, escapeChar);
  const resolvedBase = expanded.resolved ? resolveBase(expanded.value, unquoted, earlier) : undefined;
  // An empty default (`ARG WINDOWS_VERSION=`, which the build always sets) leaves no valid reference
  // (`…/servercore:`), as an ARG without a default does: the repository is still known.
  // `FROM base-$TARGETARCH`: one of the stages named for each platform.
  const base =
    resolvedBase && resolvedBase.kind !== 'unresolved'
      ? resolvedBase
      : (platformVariantStage(unquoted, earlier, globals, escapeChar) ??
        withKnownRepository(unquoted, globals, escapeChar));
  const platformFlag = from.flags.find(f => f.name === 'platform')?.value;
  const platform =
    platformFlag === undefined ? undefined : expandVariables(platformFlag, globals, escapeChar);
  const { os, evidence, assumed } = detectOs(base, platform?.resolved ? platform.value : undefined);
  const parentShell = base.kind === 'stage' ? base.stage.shellAtEnd : undefined;
  return {
    index: earlier.length,
    name: as?.value.toLowerCase() === 'as' && name ? name.value.toLowerCase() : undefined,
    from,
    baseText,
    base,
    baseRegion: image?.region ?? from.region,
    platform: platform?.resolved ? platform.value : undefined,
    os,
    osEvidence: evidence,
    osAssumed: assumed === true,
    shell: parentShell ?? defaultShell(os),
    shellAtEnd: parentShell ?? defaultShell(os),
    env: base.kind === 'stage' ? base.stage.env : new Map<string, string | undefined>(),
    instructions: []
  };
}

function resolveBase(resolved: string, written: string, earlier: DockerStage[]): StageBase {
  if (resolved === '') return { kind: 'unresolved', text: written };
  const stage = earlier.find(s => s.name === resolved.toLowerCase());
  if (stage) return { kind: 'stage', stage };
  if (resolved.toLowerCase() === 'scratch') return { kind: 'scratch' };
  const reference = parseImageReference(resolved);
  return reference ? { kind: 'image', reference } : { kind: 'unresolved', text: written };
}

/**
 * An unresolved variable in the tag or digest, or in the registry, never hides a known repository path
 * (RULES.md 1xx): `…/windows/nanoserver:${OSVERSION}` is Nano Server whatever the tag, and
 * `${REGISTRY}/windows/servercore:ltsc2022` is Server Core on any mirror.
 */
function withKnownRepository(written: string, globals: VariableScope, escapeChar: string): StageBase {
  const marked = expandVariables(written, globals, escapeChar, { unknown: UNKNOWN_PART }).value;
  const reference = literalImageReference(marked);
  // Messages name the image as the FROM writes it (`java:3-${VARIANT}`), not its literal part alone
  // (`java:3`, a tag nobody wrote), as a workload's `image:` is named (workloadImageReference).
  return {
    kind: 'unresolved',
    text: written,
    ...(reference ? { repository: { ...reference, raw: written } } : {})
  };
}

function detectOs(
  base: StageBase,
  platform: string | undefined
): { os: StageOs; evidence: string; assumed?: boolean } {
  if (platform?.toLowerCase().startsWith('windows/'))
    return { os: 'windows', evidence: `--platform=${platform}` };
  if (platform?.toLowerCase().startsWith('linux/'))
    return { os: 'linux', evidence: `--platform=${platform}` };
  switch (base.kind) {
    case 'stage':
      return { os: base.stage.os, evidence: base.stage.osEvidence, assumed: base.stage.osAssumed };
    case 'scratch':
      return { os: 'linux', evidence: "base 'scratch'" };
    case 'unresolved': {
      const known = base.repository && lookupBaseImageDefault(base.repository);
      if (known) return { os: known.os, evidence: known.reason };
      if (base.repository && isWindowsImageName(base.repository))
        return { os: 'windows', evidence: `'${base.repository.raw}' is a Windows image` };
      // `golang:${GO_VERSION}`: whatever the tag, as `FROM golang:1.23` would be.
      if (base.repository)
        return {
          os: 'linux',
          evidence: `'${base.repository.raw}' is assumed to be a Linux image`,
          assumed: true
        };
      return { os: 'unknown', evidence: `unresolved base '${base.text}'` };
    }
    case 'image': {
      const known = lookupBaseImageDefault(base.reference);
      if (known) return { os: known.os, evidence: known.reason };
      if (isWindowsImageName(base.reference))
        return { os: 'windows', evidence: `'${base.reference.raw}' is a Windows image` };
      return {
        os: 'linux',
        evidence: `'${base.reference.raw}' is assumed to be a Linux image`,
        assumed: true
      };
    }
  }
}

function defaultShell(os: StageOs): StageShell {
  const shell = os === 'windows' ? WINDOWS_SHELL : POSIX_SHELL;
  return { dialect: shell.dialect, argv: [...shell.argv] };
}

const DRIVE_PATH = /^["']?[A-Za-z]:[\\/]/;
/** `root`, `0`, `1000:1000`, `root:root`: names only Linux images have (Windows accounts are names). */
const LINUX_ONLY_USER = /^["']?(root|\d+)(:[\w.-]+)?["']?$/;

/**
 * Called when a stage's last instruction has been read. A base we do not know (a private
 * `mycorp/win-base`) is assumed Linux, unless the stage itself shows it is Windows: a cmd or
 * powershell SHELL, drive-letter paths, or a Windows account in USER. Reporting "Linux image runs as
 * root" on such a stage would be wrong.
 */
export function finishStage(stage: DockerStage, escapeChar: string): void {
  const open = stage.osAssumed || stage.os === 'unknown';
  const evidence = open ? windowsEvidence(stage, escapeChar) : undefined;
  if (evidence) {
    stage.os = 'windows';
    stage.osEvidence = evidence;
    stage.osAssumed = false;
    if (stage.base.kind !== 'stage') stage.shell = defaultShell('windows');
  } else if (stage.os === 'unknown') {
    // `FROM ${BASE}` then `USER 0:0`: a uid, or root, is an account of Linux images only.
    const user = [...stage.instructions].reverse().find(i => i.keyword === 'USER');
    if (user && LINUX_ONLY_USER.test(user.argsText.trim())) {
      stage.os = 'linux';
      stage.osEvidence = `USER '${user.argsText.trim()}' is a Linux account`;
    }
  }
  assignShells(stage);
}

/** Each RUN runs in the last SHELL before it (Windows Dockerfiles switch between cmd and PowerShell). */
function assignShells(stage: DockerStage): void {
  let shell = stage.shell;
  for (const instruction of stage.instructions) {
    if (instruction.keyword === 'SHELL' && instruction.execForm?.length)
      shell = shellFrom(instruction.execForm);
    if (instruction.keyword === 'RUN') instruction.shell = shell;
  }
  stage.shellAtEnd = shell;
}

/** The dialect of a SHELL's argv: powershell/pwsh, cmd, anything else is POSIX-like. */
export function shellFrom(argv: string[]): StageShell {
  const program = (argv[0] ?? '')
    .toLowerCase()
    .replace(/^.*[\\/]/, '')
    .replace(/\.exe$/, '');
  const dialect =
    program === 'powershell' || program === 'pwsh' ? 'powershell' : program === 'cmd' ? 'cmd' : 'posix';
  return { dialect, argv };
}

function windowsEvidence(stage: DockerStage, escapeChar: string): string | undefined {
  for (const i of stage.instructions) {
    const program = i.execForm?.[0]?.toLowerCase().replace(/^.*[\\/]/, '');
    if (i.keyword === 'SHELL' && program && /^(powershell|cmd)(\.exe)?$/.test(program))
      return `SHELL uses ${program}`;
    if (i.keyword === 'WORKDIR' && DRIVE_PATH.test(i.argsText))
      return `WORKDIR '${i.argsText}' is a Windows path`;
    if (i.keyword === 'ENV' && i.properties.some(p => /(^|;)[A-Za-z]:[\\/]/.test(p.value ?? '')))
      return 'ENV holds Windows paths';
    const runs = i.keyword === 'RUN' ? windowsProgram(i) : undefined;
    if (runs) return `RUN starts '${runs}'`;
    const path = i.keyword === 'RUN' ? windowsPathWord(i.argsText) : undefined;
    if (path) return `RUN uses the Windows path '${path}'`;
    const destination = i.keyword === 'COPY' || i.keyword === 'ADD' ? i.args.at(-1)?.value : undefined;
    if (destination && windowsPathWord(destination))
      return `${i.keyword} writes to the Windows path '${destination}'`;
    const entry = i.keyword === 'ENTRYPOINT' || i.keyword === 'CMD' ? windowsProgram(i) : undefined;
    if (entry) return `${i.keyword} runs '${entry}'`;
    if (
      i.keyword === 'USER' &&
      /^["']?([^"'\\]+\\)?(containeruser|containeradministrator)["']?$/i.test(i.argsText.trim())
    ) {
      return `USER '${i.argsText.trim()}' is a Windows account`;
    }
  }
  return escapeChar === '`' ? 'the escape directive is a backtick' : undefined;
}

/**
 * A word that is an absolute Windows path (`C:/ProgramData/x.ps1`, `"C:\\tools"`), as a RUN's
 * argument or a COPY destination: cmdlets and the call operator (`& C:/x.ps1`, `Remove-Item C:/x`)
 * show PowerShell inherited from an unknown Windows base. A word with another colon is not one:
 * `sed 's:/usr:/opt:'` uses `:` as its delimiter.
 */
function windowsPathWord(text: string): string | undefined {
  return text
    .split(/\s+/)
    .map(word => word.replace(/^["']|["';]$/g, ''))
    .find(word => /^[A-Za-z]:[\\/][^:]*$/.test(word));
}

/**
 * A RUN, CMD or ENTRYPOINT that starts Windows PowerShell, cmd or a program by drive-letter path
 * (`RUN powershell.exe …`, `RUN C:\\ruby\\bin\\gem install rails`, `CMD ["cmd /s /c", …]`), or, for
 * CMD and ENTRYPOINT, an `.exe` (`CMD ["app.exe"]`). `pwsh` is left out: PowerShell 7 runs on Linux
 * images too.
 */
function windowsProgram(instruction: DockerInstruction): string | undefined {
  const first = /^\s*(\S+)/.exec(instruction.execForm?.[0] ?? instruction.argsText)?.[1];
  if (!first) return undefined;
  const program = first.replace(/^.*[\\/]/, '').toLowerCase();
  if (/^(powershell|cmd)(\.exe)?$/.test(program) || DRIVE_PATH.test(first)) return first;
  if (instruction.keyword !== 'RUN' && instruction.execForm && /\.exe$/i.test(first)) return first;
  return undefined;
}
