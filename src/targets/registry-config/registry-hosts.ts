import { redactSecret } from '../../secrets/redact.js';

/**
 * `host[:port]` of a registry written as a URL (`http://mirror.local:5000/v2`), a host with a path
 * (`mirror.local/proxy`) or a bare host, as written (case kept): scheme, user info and path dropped.
 */
export function registryHostOf(value: string): string {
  const withoutScheme = value.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  const authority = withoutScheme.split(/[/?#]/, 1)[0] ?? '';
  return authority.slice(authority.lastIndexOf('@') + 1);
}

/** An `http://` URL (the runtimes' explicit plain-HTTP spelling). */
export function isPlainHttpUrl(value: string): boolean {
  return /^http:\/\//i.test(value.trim());
}

/**
 * `value` (a URL, a registries.conf `location`, a key quoting one) for a message: the password of
 * any `user:password@` is redacted, and userinfo without a password (`<token>@host`) too, since a
 * token is often written there. Hosts, ports and paths are kept; a second pass changes nothing.
 */
export function redactUserinfo(value: string): string {
  return value.replace(USERINFO, (whole: string, before: string, user: string, password?: string) => {
    // Already redacted (a key built from a redacted URL): redacting again would shorten it.
    if (whole.includes('…')) return whole;
    return password === undefined
      ? `${before}${redactSecret(user)}@`
      : `${before}${user}:${redactSecret(password)}@`;
  });
}

// Userinfo at the start of the text, a quote, or right after `scheme://`: what runs to the first `@`
// without whitespace, quotes or `/` (so a path's `@` is not taken for one).
// A password may hold `@` (`http://user:pa@ss@host`): it runs to the last `@` before the host.
const USERINFO = /(^|["'\s]|:\/\/)([^\s"'/@:?#]*)(?::([^\s"'/]*))?@/g;
