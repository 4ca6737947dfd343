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
