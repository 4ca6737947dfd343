import type { ShellCommand } from './shell-commands.js';
import type { BuildScript } from './transport-script.js';
import { commandText, flagWord, isOn, LINE_START, optionValues, writtenTexts } from './transport-words.js';

/** A way a build step installs packages unverified: a command line, or a setting written to a config file. */
export interface UnverifiedInstall {
  kind: 'command' | 'setting';
  text: string;
  /** What is no longer checked. */
  check: 'signature' | 'checksum' | 'publisher';
}

const APT_OPTIONS =
  /^(?:APT::Get::AllowUnauthenticated|Acquire::AllowInsecureRepositories|Acquire::AllowDowngradeToInsecureRepositories)$/i;
const GPGCHECK_OFF = /(?:^|[.=])gpgcheck=(?:0|false|no)$/i;

/** Package-manager flags that skip verification, by program. */
const FLAGS = new Map<string, [string | undefined, string, UnverifiedInstall['check']][]>(
  Object.entries({
    'apt-get': [
      [undefined, 'allow-unauthenticated', 'signature'],
      [undefined, 'allow-insecure-repositories', 'signature'],
      [undefined, 'allow-downgrade-to-insecure-repositories', 'signature'],
      [undefined, 'force-yes', 'signature']
    ],
    aptitude: [[undefined, 'allow-untrusted', 'signature']],
    apk: [[undefined, 'allow-untrusted', 'signature']],
    dnf: [[undefined, 'nogpgcheck', 'signature']],
    zypper: [
      [undefined, 'no-gpg-checks', 'signature'],
      [undefined, 'no-gpgcheck', 'signature']
    ],
    rpm: [
      [undefined, 'nosignature', 'signature'],
      // rpm's install table: "short hand for --ignorepayload --ignoresignature".
      [undefined, 'noverify', 'signature'],
      [undefined, 'nodigest', 'checksum'],
      [undefined, 'nofiledigest', 'checksum']
    ],
    // Chocolatey accepts both spellings of its long options.
    choco: [
      'ignore-checksums',
      'ignorechecksums',
      'allow-empty-checksums',
      'allowemptychecksums',
      'allow-empty-checksums-secure',
      'allowemptychecksumssecure'
    ].map(flag => [undefined, flag, 'checksum']),
    'install-module': [[undefined, 'SkipPublisherCheck', 'publisher']],
    snap: [[undefined, 'dangerous', 'signature']]
  })
);
const ALIASES = new Map<string, string>(
  Object.entries({
    apt: 'apt-get',
    yum: 'dnf',
    microdnf: 'dnf',
    tdnf: 'dnf',
    cinst: 'choco',
    'update-module': 'install-module',
    'install-package': 'install-module'
  })
);

const SUBCOMMANDS = new Set(['add', 'install', 'in', 'localinstall', 'reinstall', 'upgrade', 'update']);
/** Where a sources line, deb822 stanza or .repo section points. */
const REPOSITORY_URI =
  /(?:\bdeb(?:-src)?\s+(?:\[[^\]\n]*\]\s*)?|\bURIs:[ \t]*|\b(?:baseurl|mirrorlist|metalink)\s*=\s*)(\S+)/gi;

/** Settings written to apt sources and config, and to yum/dnf/zypper .repo files. */
const WRITTEN_SETTINGS = [
  String.raw`deb(?:-src)?\s+(\[[^\]\n]*\b(?:trusted|allow-insecure|allow-weak)=yes\b[^\]\n]*\])`,
  String.raw`((?:Trusted|Allow-Insecure|Allow-Weak):[ \t]*yes)\b`,
  String.raw`((?:APT::Get::AllowUnauthenticated|Acquire::AllowInsecureRepositories|Acquire::AllowDowngradeToInsecureRepositories)\s*(?:=\s*|\s+)["']?(?:true|yes|1)\b["']?)`,
  String.raw`(gpgcheck\s*=\s*(?:0|false|no)\b)`
].map(pattern => new RegExp(LINE_START + pattern, 'i'));

/**
 * Every way the script installs packages without checking signatures or checksums, each once.
 * `verified` holds package files checked out of band (`gpgVerifiedFiles`): installing only those
 * with checks off is not reported, nor are `[trusted=yes]`/`gpgcheck=0` repositories of `file:` URIs.
 */
export function findUnverifiedInstalls(
  script: BuildScript,
  verified: ReadonlySet<string> = new Set()
): UnverifiedInstall[] {
  const found = new Map<string, UnverifiedInstall>();
  const add = (issue: UnverifiedInstall): void => void found.set(`${issue.kind} ${issue.text}`, issue);
  for (const cmd of script.commands) {
    const command = unverifiedCommand(cmd);
    if (command && !onlyVerifiedFiles(cmd, verified)) add({ kind: 'command', ...command });
    for (const text of writtenTexts(cmd)) {
      if (onlyLocalRepositories(text)) continue;
      for (const pattern of WRITTEN_SETTINGS) {
        const setting = pattern.exec(text)?.[1];
        if (setting) add({ kind: 'setting', text: setting.trim(), check: 'signature' });
      }
    }
  }
  return [...found.values()];
}

/** Base names of files a `gpg --verify [sig] file` or `gpgv sig file` checks (a detached `x.sig` also vouches for `x`). */
export function gpgVerifiedFiles(commands: ShellCommand[]): Set<string> {
  const files = new Set<string>();
  for (const cmd of commands) {
    const args = cmd.args.map(a => a.value);
    if (!/^gpgv?2?$/.test(cmd.program) || (!cmd.program.startsWith('gpgv') && !args.includes('--verify')))
      continue;
    const last = args.filter(a => !a.startsWith('-')).at(-1);
    if (!last) continue;
    files.add(baseName(last));
    files.add(baseName(last).replace(/\.(?:sig|asc|gpg)$/, ''));
  }
  return files;
}

/** Whether every package a command installs is a local file in `verified`. */
function onlyVerifiedFiles(cmd: ShellCommand, verified: ReadonlySet<string>): boolean {
  const packages = cmd.args.map(a => a.value).filter(a => !a.startsWith('-') && !SUBCOMMANDS.has(a));
  return packages.length > 0 && packages.every(p => verified.has(baseName(p)));
}

/** Whether all repositories a config text defines are local (`file:`/`copy:`/`cdrom:`): nothing to intercept. */
function onlyLocalRepositories(text: string): boolean {
  const uris = [...text.matchAll(REPOSITORY_URI)].map(m => m[1] as string);
  return uris.length > 0 && uris.every(uri => /^["']?(?:file|copy|cdrom):/i.test(uri));
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

function unverifiedCommand(cmd: ShellCommand): Omit<UnverifiedInstall, 'kind'> | undefined {
  const program = ALIASES.get(cmd.program) ?? cmd.program;
  const args = cmd.args.map(a => a.value);
  const show = (word: string, check: UnverifiedInstall['check']): Omit<UnverifiedInstall, 'kind'> => ({
    text: commandText(cmd, [word]),
    check
  });
  if (program === 'rpm' && !args.some(a => /^-[iUF]|^--(?:install|upgrade|freshen|reinstall)$/.test(a)))
    return undefined;
  // `apk index --allow-untrusted` writes an index of local packages (nginx's images build theirs, then
  // sign the index): it installs nothing, and an `apk add` that trusts an unsigned index is reported.
  if (program === 'apk' && args.find(a => !a.startsWith('-')) === 'index') return undefined;
  for (const [short, long, check] of FLAGS.get(program) ?? []) {
    const word = flagWord(cmd, short, long);
    if (word) return show(word.value, check);
  }
  if (program === 'apt-get' || program === 'aptitude') {
    const option = optionValues(args, '-o', '--option').find(v => {
      const [key = '', value] = v.split(/=(.*)/s);
      return APT_OPTIONS.test(key.trim()) && isOn(value);
    });
    return option ? show(`-o ${option}`, 'signature') : undefined;
  }
  if (program === 'dnf' || program === 'zypper' || /-config-manager$/.test(program)) {
    // `--setopt=gpgcheck=0`, `--setopt=repo.gpgcheck=0`, `--setopt gpgcheck=0`, dnf5 `setopt repo.gpgcheck=0`.
    const off = args.find(a => GPGCHECK_OFF.test(a));
    if (off) return show(off, 'signature');
    const sub = args.find(a => !a.startsWith('-')) ?? '';
    if (program === 'zypper' && ['ar', 'addrepo'].includes(sub) && flagWord(cmd, 'G', undefined))
      return show(`${sub} -G`, 'signature');
  }
  if (program === 'choco') return chocoFeature(cmd, args);
  return undefined;
}

/** `choco feature enable -n allowEmptyChecksums(Secure)` / `choco feature disable -n checksumFiles`. */
function chocoFeature(cmd: ShellCommand, args: string[]): Omit<UnverifiedInstall, 'kind'> | undefined {
  const [feature, action = ''] = args.map(a => a.toLowerCase());
  if (feature !== 'feature') return undefined;
  const names = [
    ...optionValues(args, '-n', '--name'),
    ...optionValues(args, undefined, '-name'),
    ...args.slice(2)
  ];
  const bad = names
    .map(n => n.replace(/^[=:]/, ''))
    .find(n =>
      action === 'enable'
        ? /^allowEmptyChecksums/i.test(n)
        : action === 'disable' && /^checksumFiles$/i.test(n)
    );
  return bad ? { text: commandText(cmd, [args[0], args[1], '-n', bad]), check: 'checksum' } : undefined;
}
