import type { Region } from '../../core/location.js';
import { parseShell, type ShellCommand, type ShellWord } from '../shell/shell-commands.js';
import { programName } from '../shell/shell-words.js';
import { unwrapCommand } from '../shell/unwrap-command.js';
import { dockerInsecureRegistry, dockerRegistryMirror, isTcpAddress } from './docker-daemon-settings.js';
import { commandFileKind, commandScripts, type CommandScript } from './dockerd-command-lines.js';
import type { RegistryConfigDocument } from './registry-config-document.js';
import { inlineRegistryConfigs, mayHaveInlineRegistryConfig } from './workflow-inline-configs.js';
import type { RegistryFormat } from './registry-format.js';

/**
 * Programs whose arguments are dockerd's: dockerd itself, the rootless wrapper, and the
 * `docker:dind` entrypoint (it prepends `dockerd` to arguments that start with `-`).
 */
const DOCKERD_PROGRAMS = new Set(['dockerd', 'dockerd-rootless.sh', 'dockerd-entrypoint.sh']);
/** dockerd's one-letter options that take a value (`-G docker`, `-l debug`, `-p file`, `-b br0`, `-s overlay2`, `-g dir`). */
const SHORT_VALUED = new Set(['G', 'l', 'p', 'b', 's', 'g']);
/** One-letter switches (`-D` debug, `-v` version, `-h` help). */
const SHORT_SWITCHES = new Set(['D', 'v', 'h']);
/** A cheap pre-check for `matches`: the options this format reads. */
const FLAG_TEXT = /--insecure-registry|--registry-mirror|--host\b|(?:^|[\s"'=])-[DGlpbsgvh]*H/m;

/**
 * dockerd command lines in shell and PowerShell scripts, systemd units and drop-ins
 * (`ExecStart=/usr/bin/dockerd …`), GitHub Actions `run:` steps and GitLab CI scripts and
 * Docker-in-Docker services: `--insecure-registry`
 * (BH802), `--registry-mirror http://…` (BH801, mirrors Docker Hub), and `-H`/`--host` TCP listeners
 * with or without `--tlsverify` (BH803); and a workflow's inline buildkitd.toml (`docker/setup-buildx-action`'s
 * `buildkitd-config-inline`) and daemon.json (`docker/setup-docker-action`'s `daemon-config`). Options are read the way dockerd's flag parser reads them
 * (`--flag value`, `--flag=value`, `-H value`, `-Hvalue`, `-H=value`, `-DH value`), each reported on
 * the line where it is written.
 */
export const dockerdFlagsFormat: RegistryFormat = {
  format: 'dockerd-flags',
  matches(path, text) {
    const kind = commandFileKind(path, text);
    if (kind === undefined) return false;
    return (
      ((/dockerd/.test(text) || (kind === 'gitlab-ci' && /dind/i.test(text))) && FLAG_TEXT.test(text)) ||
      (kind === 'workflow' && mayHaveInlineRegistryConfig(text))
    );
  },
  parse(text, path) {
    const document: RegistryConfigDocument = {
      format: 'dockerd-flags',
      text,
      insecureEndpoints: [],
      listeners: [],
      credentials: [],
      trustWeaknesses: []
    };
    const kind = commandFileKind(path, text) ?? 'posix-script';
    for (const script of commandScripts(text, kind)) {
      for (const command of parseShell(script.script, script.dialect).commands) {
        const dockerd = dockerdCommand(command);
        if (dockerd) readOptions(dockerd, script, document);
      }
    }
    // A workflow can also write BuildKit's or dockerd's configuration inline (setup-buildx-action,
    // setup-docker-action): their settings count as the workflow's, at their lines.
    if (kind === 'workflow' && mayHaveInlineRegistryConfig(text))
      for (const inline of inlineRegistryConfigs(text, path)) {
        for (const endpoint of inline.insecureEndpoints) document.insecureEndpoints.push(endpoint);
        for (const listener of inline.listeners) document.listeners.push(listener);
        for (const credential of inline.credentials) document.credentials.push(credential);
      }
    return document;
  }
};

/**
 * The dockerd invocation a command is, behind `sudo`/`nohup`/`exec`/`env` and the like, `dind dockerd …`,
 * or `set -- dockerd …`: the `docker:dind` entrypoint's way to build the command line it then runs with
 * `exec "$@"`.
 */
function dockerdCommand(command: ShellCommand): ShellCommand | undefined {
  let current = unwrapCommand(command);
  if (current.program === 'set' && current.args[0]?.value === '--' && current.args[1])
    current = withProgram(current, current.args.slice(1));
  if (current.program === 'dind' && current.args[0]) current = withProgram(current, current.args);
  return DOCKERD_PROGRAMS.has(current.program) ? current : undefined;
}

/** The command whose program is the first of `words` and whose arguments are the rest. */
function withProgram(command: ShellCommand, words: ShellWord[]): ShellCommand {
  const [name, ...args] = words as [ShellWord, ...ShellWord[]];
  return { ...command, name, program: programName(name.value), args };
}

/** One option with its value: the words they were written in. */
interface OptionValue {
  key: string;
  value: string;
  dynamic: boolean;
  from: ShellWord;
  to: ShellWord;
}

function readOptions(command: ShellCommand, script: CommandScript, document: RegistryConfigDocument): void {
  const { insecure, mirrors, hosts, switches } = scanOptions(command);
  const region = (option: OptionValue): Region => optionRegion(option, script);
  for (const option of insecure) {
    const endpoint = dockerInsecureRegistry(option.value, option.key, region(option));
    if (endpoint) document.insecureEndpoints.push(endpoint);
  }
  for (const option of mirrors) {
    const { endpoint, credential } = dockerRegistryMirror(option.value, option.key, region(option));
    if (endpoint) document.insecureEndpoints.push(endpoint);
    if (credential) document.credentials.push(credential);
  }
  const tlsVerify = switches.tlsverify ?? (tlsVerifyFromEnvironment(command) || (switches.tls ?? false));
  for (const option of hosts) {
    const address = option.value.trim();
    if (option.dynamic ? !isDynamicTcpAddress(address) : !isTcpAddress(address)) continue;
    document.listeners.push({ address, tlsVerify, key: option.key, region: region(option) });
  }
}

/**
 * Whether an address built from variables is known to be TCP: its scheme is written out
 * (`tcp://$HOST:2375`), or it starts with a written host and the port's colon (`0.0.0.0:$PORT`,
 * jpetazzo/dind's wrapdocker): dockerd reads an address without a scheme as TCP, and a variable
 * after the host cannot add one. `$DOCKER_HOST` or `unix://$SOCKET` stays unknown.
 */
function isDynamicTcpAddress(address: string): boolean {
  if (/^tcp:\/\//i.test(address)) return true;
  return /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\]):(?!\/\/)/.test(address);
}

/**
 * dockerd's options as its flag parser (spf13/pflag) reads them. Boolean switches take a value only
 * after `=` (`--tlsverify=false`); a cluster of one-letter options stops at the first that takes a
 * value. POSIX `--` ends the options.
 */
function scanOptions(command: ShellCommand): {
  insecure: OptionValue[];
  mirrors: OptionValue[];
  hosts: OptionValue[];
  switches: { tls?: boolean; tlsverify?: boolean };
} {
  const insecure: OptionValue[] = [];
  const mirrors: OptionValue[] = [];
  const hosts: OptionValue[] = [];
  const switches: { tls?: boolean; tlsverify?: boolean } = {};
  const lists: Record<string, OptionValue[]> = {
    'insecure-registry': insecure,
    'registry-mirror': mirrors,
    host: hosts
  };
  const { args } = command;
  for (let i = 0; i < args.length; i++) {
    const word = args[i] as ShellWord;
    const text = word.value;
    if (text === '--' && command.dialect === 'posix') break;
    const long = /^--([A-Za-z0-9-]+)(?:=(.*))?$/s.exec(text);
    if (long) {
      const name = long[1] as string;
      const inline = long[2];
      const list = Object.hasOwn(lists, name) ? lists[name] : undefined;
      if (list) {
        const next = inline === undefined ? args[++i] : undefined;
        const option = optionValue(`--${name}`, word, inline, next);
        if (option) list.push(option);
      } else if (name === 'tls' || name === 'tlsverify') {
        const value = inline === undefined ? true : parseGoBool(inline);
        if (value !== undefined) switches[name] = value;
      }
      continue;
    }
    if (!/^-[A-Za-z]/.test(text)) continue;
    for (let j = 1; j < text.length; j++) {
      const letter = text[j] as string;
      if (letter === 'H') {
        const rest = text.slice(j + 1).replace(/^=/, '');
        const next = rest === '' ? args[++i] : undefined;
        const option = optionValue('-H', word, rest === '' ? undefined : rest, next);
        if (option) hosts.push(option);
        break;
      }
      if (SHORT_VALUED.has(letter)) {
        if (j === text.length - 1) i++;
        break;
      }
      if (!SHORT_SWITCHES.has(letter)) break;
    }
  }
  return { insecure, mirrors, hosts, switches };
}

function optionValue(
  key: string,
  flag: ShellWord,
  inline: string | undefined,
  next: ShellWord | undefined
): OptionValue | undefined {
  if (inline !== undefined) return { key, value: inline, dynamic: flag.dynamic, from: flag, to: flag };
  if (!next) return undefined;
  return { key, value: next.value, dynamic: next.dynamic, from: flag, to: next };
}

/** Go's strconv.ParseBool; undefined for anything else (dockerd refuses to start). */
function parseGoBool(value: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(value)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(value)) return false;
  return undefined;
}

/** dockerd's `--tlsverify` defaults to on when `DOCKER_TLS_VERIFY` is set and non-empty. */
function tlsVerifyFromEnvironment(command: ShellCommand): boolean {
  return command.env.some(({ name, value }) => name === 'DOCKER_TLS_VERIFY' && !!value?.value);
}

/** The option and its value when they share a line, else the option alone. */
function optionRegion(option: OptionValue, script: CommandScript): Region {
  const start = script.position(option.from.start);
  const flagEnd = script.position(option.from.end);
  const valueEnd = script.position(option.to.end);
  const end = valueEnd.line === start.line ? valueEnd : flagEnd;
  return { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column };
}
