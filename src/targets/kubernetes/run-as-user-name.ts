import type { YamlNode } from '../yaml/yaml-node.js';
import type { PodWorkload, WorkloadContainer } from './kubernetes-document.js';

// The checks of kubernetes pkg/apis/core/validation/validation.go `validateWindowsSecurityContextOptions`,
// in its order and with its limits (byte lengths are Go `len`, UTF-8 bytes; character counts in the
// NetBIOS pattern are runes, hence the `u` flag).
const NETBIOS = /^[^\\/:*?"<>|.][^\\/:*?"<>|]{0,14}$/u;
const DNS_LABEL = '[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?';
const DNS_SUBDOMAIN = new RegExp(`^${DNS_LABEL}(?:\\.${DNS_LABEL})*$`);
const INVALID_USER_CHARS = /["/\\:;|=,+*?<>@[\]]/;
const ONLY_DOTS_OR_SPACES = /^[. ]+$/;
const MAX_DOMAIN_BYTES = 256;
const MAX_USER_BYTES = 104;

const byteLength = (text: string): number => Buffer.byteLength(text, 'utf8');

/** Go RE2 `[[:cntrl:]]`: ASCII controls only (U+0085 and U+2028 pass, which is what makes the YAML trap silent). */
const isAsciiControl = (code: number): boolean => code <= 0x1f || code === 0x7f;

/**
 * Why the API server rejects a `windowsOptions.runAsUserName` value (empty list: it accepts it). Empty,
 * control characters and extra backslashes stop the check; domain and user problems add up.
 */
export function runAsUserNameProblems(value: string): string[] {
  if (value.length === 0) return ['it is empty'];
  if ([...value].some(char => isAsciiControl(char.charCodeAt(0)))) return ['it contains a control character'];
  const parts = value.split('\\');
  if (parts.length > 2) return ['it contains more than one backslash'];
  const [domain, user] = parts.length === 2 ? [parts[0] ?? '', parts[1] ?? ''] : ['', parts[0] ?? ''];
  const problems: string[] = [];
  if (byteLength(domain) >= MAX_DOMAIN_BYTES)
    problems.push(`its domain is ${MAX_DOMAIN_BYTES} bytes or longer`);
  if (parts.length === 2 && !NETBIOS.test(domain) && !DNS_SUBDOMAIN.test(domain))
    problems.push(`its domain '${domain}' is neither a NetBIOS name (1-15 characters) nor a DNS name`);
  if (user.length === 0) problems.push('its user name is empty');
  else if (byteLength(user) > MAX_USER_BYTES)
    problems.push(`its user name is longer than ${MAX_USER_BYTES} bytes`);
  if (ONLY_DOTS_OR_SPACES.test(user)) problems.push('its user name is only dots or spaces');
  const bad = INVALID_USER_CHARS.exec(user);
  if (bad) problems.push(`its user name contains '${bad[0]}'`);
  return problems;
}

/** A double-quoted scalar whose backslash started a YAML escape the author most likely meant literally. */
export interface MisreadEscape {
  /** The escape as written (`\L`). */
  escape: string;
  /** The text with each backslash kept literally: what the author meant (`NT AUTHORITY\Local service`). */
  intended: string;
}

// Escapes that produce a backslash: `\\` and its hex forms. Anything else changes the string
// (`\L` → U+2028, `\N` → U+0085, `\t` → TAB, `\"` → a quote; https://yaml.org/spec/1.2.2/#57-escaped-characters).
const BACKSLASH_ESCAPE = /^(?:\\|x5[cC]|u005[cC]|U0000005[cC])/;

/**
 * In a double-quoted YAML scalar a single backslash starts an escape: `"NT AUTHORITY\Local service"`
 * parses as `NT AUTHORITY` U+2028 `ocal service` and passes API validation, then fails at run time.
 * Only the source text shows it; single-quoted and plain scalars keep the backslash.
 */
export function misreadEscape(node: YamlNode): MisreadEscape | undefined {
  const raw = node.raw;
  if (node.style !== 'double' || raw === undefined) return undefined;
  const inner = raw.slice(1, raw.endsWith('"') && raw.length > 1 ? -1 : undefined);
  let escape: string | undefined;
  let intended = '';
  for (let i = 0; i < inner.length; i++) {
    const char = inner[i] ?? '';
    if (char !== '\\') {
      intended += char;
      continue;
    }
    const rest = inner.slice(i + 1);
    const literal = BACKSLASH_ESCAPE.exec(rest);
    if (literal) {
      intended += '\\';
      i += literal[0].length;
    } else if (/^\r?\n/.test(rest)) {
      i += rest.startsWith('\r') ? 2 : 1; // an escaped line break only joins lines
    } else {
      escape ??= `\\${rest.slice(0, 1)}`;
      intended += '\\';
    }
  }
  return escape ? { escape, intended } : undefined;
}

/** Where a `runAsUserName` is written: the pod's security context or one container's. */
export interface RunAsUserNameField {
  node: YamlNode;
  container?: WorkloadContainer;
}

/** Every `windowsOptions.runAsUserName` of a pod template that is not null (null means unset). */
export function runAsUserNameFields(workload: PodWorkload): RunAsUserNameField[] {
  const fields: RunAsUserNameField[] = [];
  const pod = workload.spec.at('securityContext', 'windowsOptions', 'runAsUserName');
  if (pod && pod.kind !== 'null') fields.push({ node: pod });
  for (const container of workload.containers) {
    const node = container.securityContext?.at('windowsOptions', 'runAsUserName');
    if (node && node.kind !== 'null') fields.push({ node, container });
  }
  return fields;
}

/** A value as it can be shown in a message: control characters and invisible line separators as `\uXXXX`. */
export function printableUserName(value: string): string {
  return [...value]
    .map(char => {
      const code = char.charCodeAt(0);
      const invisible =
        isAsciiControl(code) || (code >= 0x80 && code <= 0x9f) || code === 0x2028 || code === 0x2029;
      return invisible ? `\\u${code.toString(16).padStart(4, '0')}` : char;
    })
    .join('');
}
