import { curlrcInsecureLines } from './curlrc.js';
import type { ShellCommand } from './shell-commands.js';
import { expandKnownVariables } from './known-variables.js';
import { scriptVariables, type BuildScript } from './transport-script.js';
import {
  commandSettings,
  commandText,
  flagWord,
  isOff,
  LINE_START,
  optionValues,
  pipArguments,
  settingText,
  writtenTexts
} from './transport-words.js';

/**
 * A way a build step turns certificate checks off: a command line, a setting (variable, config
 * text), or a command line whose offending option comes from a variable (`curl $CURL_OPTS` after
 * `CURL_OPTS=-k`), with the variable and the option it passes.
 */
export type TlsBypass =
  | { kind: 'command' | 'setting'; text: string }
  | { kind: 'variable'; text: string; variable: string; option: string };

const WGET_CHECK_OFF = /^check[_-]certificate\s*=\s*(?:off|no|0)$/i;
const VARIABLE_NAMES =
  /GIT_SSL_NO_VERIFY|NODE_TLS_REJECT_UNAUTHORIZED|PYTHONHTTPSVERIFY|STRICT_SSL|PIP_TRUSTED_HOST/i;
const SSLVERIFY_OFF = /(?:^|[.=])sslverify=(?:0|false|no|off)$/i;
const APT_VERIFY = /^Acquire::https::(?:[^:\s]+::)?Verify-(?:Peer|Host)$/i;

/** Settings written to configuration files (apt.conf, .wgetrc, .npmrc, .yarnrc(.yml), pip.conf, requirements, .gitconfig, .repo). */
const WRITTEN_SETTINGS = [
  String.raw`Acquire::https::(?:[^:\s"';]+::)?Verify-(?:Peer|Host)\s*(?:=\s*|\s+)["']?(?:false|no|off|0|disable|without)\b["']?`,
  String.raw`check[_-]certificate\s*=\s*(?:off|no|0|false)\b`,
  String.raw`strict-ssl["']?\s*(?:=\s*|\s+)["']?false\b`,
  String.raw`enableStrictSsl\s*:\s*["']?false\b`,
  String.raw`(?:trusted-host\s*=|--trusted-host(?:\s+|=))\s*[^\s"'=]+`,
  String.raw`sslVerify\s*=\s*(?:false|no|off|0)\b`
].map(pattern => new RegExp(LINE_START + pattern, 'i'));

/**
 * .NET's process-wide certificate hooks, from PowerShell or C# (`Add-Type`): a callback that returns
 * true (`{$true}`, `delegate { return true; }`, `=> true`), or any ICertificatePolicy (the
 * Windows PowerShell 5.1 `TrustAllCertsPolicy` idiom). A real validator method is not reported.
 */
const DOTNET_HOOK =
  /ServicePointManager(?:\]::|\.)(ServerCertificateValidationCallback|CertificatePolicy)\s*\+?=\s*((?:\[[^\]]*\]\s*)?\{[^}]*\}|[^;\n]{1,80})/gi;

/**
 * `NAME=value` that turns certificate checks off for the tools that read it. Git only checks that
 * GIT_SSL_NO_VERIFY exists (`if (getenv("GIT_SSL_NO_VERIFY"))` in git's http.c), so an empty or
 * `false` value counts; Node and Python compare with '0'.
 */
export function isTlsBypassVariable(name: string, value: string | undefined): boolean {
  if (value === undefined) return false;
  switch (name.toUpperCase()) {
    case 'GIT_SSL_NO_VERIFY':
      return true;
    case 'NODE_TLS_REJECT_UNAUTHORIZED':
    case 'PYTHONHTTPSVERIFY':
      return value.trim() === '0';
    case 'NPM_CONFIG_STRICT_SSL':
    case 'YARN_STRICT_SSL':
    case 'YARN_ENABLE_STRICT_SSL':
      return isOff(value);
    case 'PIP_TRUSTED_HOST':
      return value.trim() !== '';
  }
  return false;
}

/** Every way the script turns certificate checks off, each once. */
export function findTlsBypasses(script: BuildScript): TlsBypass[] {
  const found = new Map<string, TlsBypass>();
  const add = (kind: 'command' | 'setting', text: string): void =>
    void found.set(`${kind} ${text}`, { kind, text });
  // The element before each command in its pipeline (`echo insecure | tee -a ~/.curlrc`).
  const elements = new Map<string, ShellCommand>();
  for (const cmd of script.commands) {
    const command = tlsBypassCommand(cmd);
    if (command) add('command', command);
    else {
      const variable = variableBypass(script, cmd);
      if (variable) found.set(`variable ${variable.text}`, variable);
    }
    const { pipeline } = cmd;
    const previous = pipeline && elements.get(`${pipeline.id}:${pipeline.index - 1}`);
    if (pipeline) elements.set(`${pipeline.id}:${pipeline.index}`, cmd);
    for (const line of curlrcInsecureLines(cmd, previous)) add('setting', line);
    for (const text of writtenTexts(cmd))
      for (const pattern of WRITTEN_SETTINGS) {
        const match = pattern.exec(text)?.[0];
        if (match) add('setting', match.trim());
      }
  }
  if (VARIABLE_NAMES.test(script.text))
    for (const v of scriptVariables(script))
      if (v.exported && isTlsBypassVariable(v.name, v.value)) add('setting', `${v.name}=${v.value ?? ''}`);
  for (const [, property = '', value = ''] of script.text.matchAll(DOTNET_HOOK))
    if (trustsAll(property, value)) add('setting', `${property} = ${value.trim()}`);
  return [...found.values()];
}

/**
 * The bypass of a command whose offending option is the value of a variable the script or the
 * Dockerfile makes certain (`CURL_OPTS="-k"; curl $CURL_OPTS …`, `ENV CURL_OPTIONS=--insecure`).
 */
function variableBypass(script: BuildScript, cmd: ShellCommand): TlsBypass | undefined {
  const expanded = expandKnownVariables(script, cmd);
  const option = expanded && offendingWords(expanded.command);
  if (!expanded || !option) return undefined;
  // The variable that passes the option: the first whose value holds it, else the first expanded.
  const source =
    expanded.variables.find(v => v.value.split(/[ \t\n]+/).includes(option)) ??
    (expanded.variables[0] as { name: string });
  const text = commandText(cmd, [`$${source.name}`]);
  return { kind: 'variable', text, variable: source.name, option };
}

/** Whether a value given to a .NET certificate hook accepts every certificate. */
function trustsAll(property: string, value: string): boolean {
  if (/^\$?null\b/i.test(value.trim())) return false;
  return !/^ServerCertificateValidationCallback$/i.test(property) || /\btrue\b/i.test(value);
}

/** The command line that skips certificate checks, shortened to its offending part: 'curl -k'. */
function tlsBypassCommand(cmd: ShellCommand): string | undefined {
  const offending = offendingWords(cmd);
  return offending && commandText(cmd, [offending]);
}

function offendingWords(cmd: ShellCommand): string | undefined {
  const args = cmd.args.map(a => a.value);
  const flag = (short: string | undefined, long: string): string | undefined =>
    flagWord(cmd, short, long)?.value;
  const setting = (key: RegExp, off: (value: string) => boolean): string | undefined => {
    const found = commandSettings(args, key).find(s => off(s.value ?? ''));
    return found && settingText(args, found);
  };
  // Windows PowerShell aliases curl and wget to Invoke-WebRequest.
  const skipCheck = (): string | undefined =>
    cmd.dialect === 'powershell' ? flag(undefined, 'SkipCertificateCheck') : undefined;
  switch (cmd.program) {
    case 'curl':
      return flag('k', 'insecure') ?? flag(undefined, 'proxy-insecure') ?? skipCheck();
    case 'wget':
      return (
        flag(undefined, 'no-check-certificate') ??
        optionValues(args, '-e', '--execute').find(v => WGET_CHECK_OFF.test(v)) ??
        skipCheck()
      );
    case 'invoke-webrequest':
    case 'iwr':
    case 'invoke-restmethod':
    case 'irm':
      return skipCheck();
    case 'git':
      return setting(/^http\.(?:.+\.)?sslverify$/i, v => isOff(v) || v === '');
    case 'npm':
    case 'pnpm':
    case 'yarn':
      return setting(/^(?:strict-ssl|enableStrictSsl)$/i, isOff);
    case 'dnf':
    case 'yum':
    case 'microdnf':
    case 'tdnf':
    case 'yum-config-manager':
    case 'dnf-config-manager':
    case 'zypper':
      return args.find(a => SSLVERIFY_OFF.test(a));
    case 'apt-get':
    case 'apt':
    case 'aptitude': {
      const option = optionValues(args, '-o', '--option').find(v => {
        const [key = '', value] = v.split(/=(.*)/s);
        return APT_VERIFY.test(key.trim()) && isOff(value);
      });
      return option && `-o ${option}`;
    }
  }
  const pip = pipArguments(cmd) ?? [];
  const trusted = commandSettings(pip, /^(?:[\w:]+\.)?trusted-host$/i).find(s => s.value);
  if (!trusted) return undefined;
  return /^pip/.test(cmd.program) ? settingText(pip, trusted) : `-m pip ${settingText(pip, trusted)}`;
}
