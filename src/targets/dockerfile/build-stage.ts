import type {
  DockerInstruction,
  DockerStage,
  StageBase,
  StageOs,
  StageShell
} from './dockerfile-document.js';
import { expandVariables, type VariableScope } from './expand-variables.js';
import { parseImageReference } from './image-reference.js';
import { isWindowsImageName, lookupBaseImageDefault } from './base-images.js';

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
  const expanded = expandVariables(baseText, globals, escapeChar);
  const base = resolveBase(expanded.resolved ? expanded.value : undefined, baseText, earlier);
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

function resolveBase(resolved: string | undefined, written: string, earlier: DockerStage[]): StageBase {
  if (resolved === undefined || resolved === '') return { kind: 'unresolved', text: written };
  const stage = earlier.find(s => s.name === resolved.toLowerCase());
  if (stage) return { kind: 'stage', stage };
  if (resolved.toLowerCase() === 'scratch') return { kind: 'scratch' };
  const reference = parseImageReference(resolved);
  return reference ? { kind: 'image', reference } : { kind: 'unresolved', text: written };
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
    case 'unresolved':
      return { os: 'unknown', evidence: `unresolved base '${base.text}'` };
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

/**
 * Called when a stage's last instruction has been read. A base we do not know (a private
 * `mycorp/win-base`) is assumed Linux, unless the stage itself shows it is Windows: a cmd or
 * powershell SHELL, drive-letter paths, or a Windows account in USER. Reporting "Linux image runs as
 * root" on such a stage would be wrong.
 */
export function finishStage(stage: DockerStage, escapeChar: string): void {
  const evidence = stage.osAssumed ? windowsEvidence(stage, escapeChar) : undefined;
  if (evidence) {
    stage.os = 'windows';
    stage.osEvidence = evidence;
    stage.osAssumed = false;
    if (stage.base.kind !== 'stage') stage.shell = defaultShell('windows');
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
    if (i.keyword === 'ENV' && i.properties.some(p => /(^|;)[A-Za-z]:\\/.test(p.value ?? '')))
      return 'ENV holds Windows paths';
    const entry = i.execForm?.[0];
    if ((i.keyword === 'ENTRYPOINT' || i.keyword === 'CMD') && entry && /\.exe$/i.test(entry))
      return `${i.keyword} runs '${entry}'`;
    if (
      i.keyword === 'USER' &&
      /^["']?(containeruser|containeradministrator)["']?$/i.test(i.argsText.trim())
    ) {
      return `USER '${i.argsText.trim()}' is a Windows account`;
    }
  }
  return escapeChar === '`' ? 'the escape directive is a backtick' : undefined;
}
