/**
 * The parts of URLs and query strings where credentials hide: userinfo (`scheme://user:pass@host`,
 * RFC 3986 §3.2.1) and query parameters such as `sig=`, `token=`, `password=`. Pure parsing; the
 * callers decide whether a part is a literal.
 */

export interface UrlUserinfo {
  user: string;
  password: string;
  host: string;
  /** Offsets of the raw (still percent-encoded) password in the scanned text. */
  passwordStart: number;
  passwordEnd: number;
}

// scheme://user:password@host — the user may be empty (`redis://:pw@host`). Whitespace, quotes,
// `@` and `/` end a part, so `$(cat /run/secrets/x)` or a sentence never reads as a password.
const USERINFO =
  /(?<![A-Za-z0-9+.-])((?:jdbc:)?[A-Za-z][A-Za-z0-9+.-]*):\/\/([^\s:@/?#'"`<>]*):([^\s@/'"`<>]+)@([^\s/?#'"`<>]+)/g;

/** Every `scheme://user:password@host` in `text` with a non-empty password. */
export function findUrlUserinfo(text: string): UrlUserinfo[] {
  // Most text has no URL with userinfo: two substring checks spare it the pattern's scan.
  if (!text.includes('://') || !text.includes('@')) return [];
  const found: UrlUserinfo[] = [];
  for (const match of text.matchAll(USERINFO)) {
    const [whole, , user = '', password = '', host = ''] = match;
    const passwordStart = (match.index ?? 0) + whole.indexOf('://') + 3 + user.length + 1;
    found.push({ user, password, host, passwordStart, passwordEnd: passwordStart + password.length });
  }
  return found;
}

/** Whether a host is a template or variable (`{{ .Values.host }}`, `${HOST}`, `<host>`, `%HOST%`). */
export function isTemplatedHost(host: string): boolean {
  return /[{}$<>%]/.test(host);
}

export interface QueryParam {
  name: string;
  value: string;
  /** Offsets of the raw value in the scanned text. */
  valueStart: number;
  valueEnd: number;
}

const QUERY_PARAM = /[?&;]([A-Za-z][A-Za-z0-9_.-]*)=([^&#;\s'"`<>]*)/g;

/** Query-string style `name=value` pairs that follow `?`, `&` or `;`. */
export function findQueryParams(text: string): QueryParam[] {
  const found: QueryParam[] = [];
  for (const match of text.matchAll(QUERY_PARAM)) {
    const [whole, name = '', value = ''] = match;
    const valueStart = (match.index ?? 0) + whole.length - value.length;
    found.push({ name, value, valueStart, valueEnd: valueStart + value.length });
  }
  return found;
}

// Parameter names that carry a credential in URLs and connection strings (compared without
// case, `_`, `-`, `.` and spaces): Azure SAS `sig`, OAuth `access_token`, GitLab
// `private_token`, ADO.NET `Password`/`Pwd`, Azure `AccountKey`/`SharedAccessKey`.
const SECRET_PARAMS = new Set(
  (
    'sig sas password passwd pwd secret clientsecret token accesstoken authtoken apitoken privatetoken ' +
    'refreshtoken idtoken apikey accesskey secretkey accountkey sharedaccesskey sharedaccesssignature ' +
    'credential credentials userpassword'
  ).split(' ')
);

/** Whether a query or connection-string parameter name holds a credential (`sig`, `Password`…). */
export function isSecretParamName(name: string): boolean {
  return SECRET_PARAMS.has(name.toLowerCase().replace(/[-_.\s]/g, ''));
}

/** Percent-decodes `text`; malformed escapes are kept as they are. */
export function percentDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
