/**
 * Whether a registry or listener address only reaches the local machine: `localhost` (and
 * `*.localhost`), `127.0.0.0/8`, `::1`, with or without a scheme, userinfo, port or path, and CIDR
 * entries that lie inside those ranges (`127.0.0.0/8`, `::1/128`). Docker implicitly treats
 * `127.0.0.0/8` and `::1/128` as insecure registries and containerd skips verification for
 * `localhost`, so the runtimes themselves put loopback in a lower-risk bucket. `0.0.0.0` is every
 * interface, not loopback.
 */
export function isLoopbackHost(value: string): boolean {
  const host = hostOf(value);
  if (host === undefined) return false;
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  const cidr = /^(.*)\/(\d{1,3})$/.exec(host);
  if (cidr) return isLoopbackCidr(cidr[1] as string, Number(cidr[2]));
  return isLoopbackIp(host);
}

/** `http://user:pw@[::1]:5000/v2/` → `::1`; `registry:5000` → `registry`; a CIDR stays as written. */
function hostOf(value: string): string | undefined {
  let rest = value
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
  if (/^\d[\d.]*\/\d+$/.test(rest) || /^[0-9a-f:]+\/\d+$/.test(rest)) return rest; // IPv4/IPv6 CIDR
  rest = rest.replace(/[/?#].*$/s, '').replace(/^.*@/s, '');
  const bracketed = /^\[([^\]]*)\](?::\d*)?$/.exec(rest);
  if (bracketed) return bracketed[1];
  if (/^[0-9a-f:]+$/.test(rest) && rest.split(':').length > 2) return rest; // bare IPv6 without port
  const host = rest.replace(/:\d*$/, '');
  return host || undefined;
}

function isLoopbackIp(host: string): boolean {
  if (/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)) return true;
  return isIpv6Loopback(host);
}

function isLoopbackCidr(base: string, bits: number): boolean {
  if (/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(base)) return bits >= 8 && bits <= 32;
  return isIpv6Loopback(base) && bits === 128;
}

/** `::1` in any spelling (`0:0:0:0:0:0:0:1`, `::0:1`). */
function isIpv6Loopback(host: string): boolean {
  if (!/^[0-9a-f:]+$/.test(host) || !host.includes(':')) return false;
  const halves = host.split('::');
  if (halves.length > 2) return false;
  const groups = (part: string | undefined): string[] => (part ? part.split(':') : []);
  const head = groups(halves[0]);
  const tail = groups(halves[1]);
  const missing = halves.length === 2 ? 8 - head.length - tail.length : 0;
  if (missing < 0 || (halves.length === 1 && head.length !== 8)) return false;
  const all = [...head, ...Array<string>(missing).fill('0'), ...tail];
  if (all.length !== 8 || all.some(g => g.length === 0 || g.length > 4)) return false;
  return all.every((g, i) => parseInt(g, 16) === (i === 7 ? 1 : 0));
}
