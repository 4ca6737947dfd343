/** Removes surrounding whitespace and one pair of matching surrounding quotes (`"root"`, `'ContainerUser'`). */
function unquote(user: string): string {
  const trimmed = user.trim();
  const quoted = /^(["'])(.*)\1$/s.exec(trimmed);
  return (quoted?.[2] ?? trimmed).trim();
}

/**
 * Linux root by uid or name: `root`, `0`, `00`, `+0`, `root:root`, `0:0`, `root:1000`… (only the
 * user part before `:` counts). Docker parses numeric users with Go's `strconv.Atoi`, so any
 * spelling of zero is uid 0. Names are case-sensitive on Linux: `ROOT` is some other user, and so
 * are `1000` and `rootless`. An empty user is not root here; callers decide what "unset" means.
 */
export function isLinuxRoot(user: string): boolean {
  const [name = ''] = unquote(user).split(':');
  return name === 'root' || /^[+-]?0+$/.test(name);
}

// Built-in accounts with administrator rights in a Windows container: ContainerAdministrator (the
// container's admin, https://learn.microsoft.com/virtualization/windowscontainers/manage-containers/container-security),
// Administrator, and LocalSystem (spelled `SYSTEM`, `NT AUTHORITY\SYSTEM` or `LocalSystem`,
// https://learn.microsoft.com/windows/win32/services/localsystem-account). LOCAL SERVICE and
// NETWORK SERVICE are deliberately low-privileged and so are not listed.
const WINDOWS_ADMIN_NAMES = new Set(['containeradministrator', 'administrator', 'system', 'localsystem']);

/**
 * Whether a Windows user name is admin-equivalent: `ContainerAdministrator`, `Administrator`,
 * `NT AUTHORITY\SYSTEM`, `SYSTEM` or `LocalSystem`, optionally domain-prefixed
 * (`User Manager\ContainerAdministrator`, `.\Administrator`). Windows names are case-insensitive;
 * surrounding quotes are ignored. `ContainerUser`, `NT AUTHORITY\Local Service` and
 * `NT AUTHORITY\Network Service` are not admin.
 */
export function isWindowsAdmin(user: string): boolean {
  const name = unquote(user);
  const account = name.slice(name.lastIndexOf('\\') + 1).trim();
  return WINDOWS_ADMIN_NAMES.has(account.toLowerCase());
}
