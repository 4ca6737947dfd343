import { redactSecret } from '../../secrets/redact.js';

/** Schemes without transport security that build tools fetch from. */
export const PLAIN_SCHEMES = /^(?:http|ftp):\/\//i;
/** Git also speaks its own unencrypted protocol. */
export const PLAIN_GIT_SCHEMES = /^(?:http|ftp|git):\/\//i;

/** What may come before a URL inside a word: PowerShell `$(`, `(`, quotes (PowerShell accepts typographic ones). */
const URL_PREFIX = /^(?:\s|[$@]?\(|["'\u2018\u2019\u201c\u201d])*/;

/**
 * The unencrypted URL a word starts with — `http://…`, also `'http://…/{0}.zip' -f $v` in
 * PowerShell — or undefined for https, loopback hosts (`localhost`, `127.0.0.0/8`, `[::1]`),
 * and a bare scheme with no host (`sed s|http://|https://|`). A variable host still counts: the
 * scheme is known. Credentials in the URL are redacted.
 */
export function plainUrl(text: string, schemes: RegExp = PLAIN_SCHEMES): string | undefined {
  const rest = text.replace(URL_PREFIX, '');
  if (!schemes.test(rest)) return undefined;
  const url = urlWord(rest);
  const authority = url.replace(/^\w+:\/\//, '').split(/[/?#]/)[0] ?? '';
  // A port may be a variable (`http://localhost:${PORT}/`): the host is what is judged.
  const host = authority
    .replace(/^.*@/, '')
    .replace(/:(?:\d*|\$\{\w+\}|\$(?:env:)?\w+|%\w+%)$/i, '')
    .toLowerCase();
  if (!host || isLoopback(host)) return undefined;
  return redactUserinfo(url);
}

const URL_RUN = /^[^\s'"()<>\u2018\u2019\u201c\u201d]+/;

/**
 * The URL at the start of `text`, up to a blank, a quote or a bracket; a command substitution in it
 * (`http://$(ip route | awk …):9999/x`, lws' llama.cpp image) is kept whole, so the URL shown is not `http://$`.
 */
function urlWord(text: string): string {
  let url = URL_RUN.exec(text)?.[0] ?? '';
  while (url.endsWith('$') && text[url.length] === '(') {
    let depth = 0;
    let end = url.length;
    for (; end < text.length; end++) {
      if (text[end] === '(') depth++;
      else if (text[end] === ')' && --depth === 0) break;
    }
    if (depth !== 0) break;
    url = text.slice(0, end + 1) + (URL_RUN.exec(text.slice(end + 1))?.[0] ?? '');
  }
  return url;
}

/** Whether a word starts with a variable reference (`$URL`, `${BASE}/x`, `$env:URL`, `%URL%`): the reference and the rest. */
export function leadingVariable(text: string): { reference: string; rest: string } | undefined {
  const match = /^(\$\{(?:env:)?\w+\}|\$(?:env:)?\w+|%\w+%)(.*)$/is.exec(text.replace(URL_PREFIX, ''));
  return match ? { reference: match[1] as string, rest: match[2] as string } : undefined;
}

function isLoopback(host: string): boolean {
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    /^127\.\d+\.\d+\.\d+$/.test(host) ||
    host === '[::1]' ||
    host === '0.0.0.0'
  );
}

/** `http://user:password@host` → `http://user:pass…@host` (RULES.md: secrets show at most 4 characters). */
function redactUserinfo(url: string): string {
  return url.replace(
    /^(\w+:\/\/[^/@:]*:)([^/@]+)@/,
    (_all, head: string, secret: string) => `${head}${redactSecret(secret)}@`
  );
}
