/**
 * Values that are URLs or connection strings: the secret, if any, is one part of them (the
 * userinfo password, a `sig=`/`token=` parameter, `Password=`/`AccountKey=`), so the value is a
 * literal exactly when that part is. `AUTH_SERVER=https://login.example.com` holds no secret;
 * `DB_CONNECTION=postgres://app:${DB_PASS}@db/app` holds a reference, not a literal. A bare host
 * name or e-mail address (`SECRET_DOMAIN=example.com`) is an address, never a secret.
 */
import type { LiteralVerdict } from './literal-value.js';
import {
  findQueryParams,
  findUrlUserinfo,
  isSecretParamName,
  isTemplatedHost,
  percentDecode
} from './url-parts.js';

type Classify = (value: string) => LiteralVerdict;

const WHOLE_URL = /^(?:jdbc:)?[A-Za-z][A-Za-z0-9+.-]*:\/\/\S+$/;
const PAIR = /^\s*([A-Za-z][A-Za-z0-9 _.-]*?)\s*=([\s\S]*)$/;

/** The verdict for a URL or connection-string value, or undefined when `text` is neither. */
export function classifyStructuredValue(text: string, classify: Classify): LiteralVerdict | undefined {
  // `{{ .Values.host }}` holds spaces; a space-free stand-in keeps the URL one token.
  const compact = text.replace(/\{\{[\s\S]*?\}\}/g, '{{template}}');
  if (WHOLE_URL.test(compact)) return classifyUrl(compact, classify);
  const address = describeAddress(text);
  if (address) return notLiteral('config-value', address);
  const pairs = connectionStringPairs(text) ?? redisConfigurationPairs(text);
  return pairs ? classifyConnectionString(pairs, classify) : undefined;
}

/**
 * Top-level domains a host name ends in: the generic ones configs use, the names of private and
 * test networks (`cluster.local`, `svc`, `internal`, RFC 2606's `test`/`example`), and any two-letter
 * country code. A password with a dot in it rarely ends in one of these (`Xk9.mR2`, `hunter2.key`).
 */
const TOP_LEVEL_DOMAINS = new Set(
  (
    'com net org edu gov mil info biz io ai app dev cloud tech online site xyz ' +
    'local lan internal intranet corp home arpa svc cluster test example invalid localhost'
  ).split(' ')
);

const DNS_LABELS = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+([a-z]{2,63})$/;
const EMAIL_LOCAL_PART = /^[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,62}[A-Za-z0-9])?$/;

/**
 * `a host name` or `an e-mail address` when the whole value is one, else undefined. A host name is
 * a URL's authority without userinfo, so by RULES.md it holds no secret whatever the name says
 * (onedr0p's Flux cluster template: `SECRET_DOMAIN: example.com`, `SECRET_ACME_EMAIL: admin@…`);
 * lower-case labels only, ending in a known top-level domain.
 */
function describeAddress(text: string): string | undefined {
  if (isHostName(text)) return 'a host name';
  const at = text.lastIndexOf('@');
  if (at > 0 && EMAIL_LOCAL_PART.test(text.slice(0, at)) && isHostName(text.slice(at + 1).toLowerCase()))
    return 'an e-mail address';
  return undefined;
}

function isHostName(text: string): boolean {
  const tld = DNS_LABELS.exec(text)?.[1];
  return tld !== undefined && (tld.length === 2 || TOP_LEVEL_DOMAINS.has(tld));
}

// StackExchange.Redis configuration: endpoints, then `,option=value` pairs
// (https://stackexchange.github.io/StackExchange.Redis/Configuration): `redis:6379,ssl=False,abortConnect=False`.
const REDIS_ENDPOINT = /^(?:[A-Za-z0-9_.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/** The `option=value` pairs of a StackExchange.Redis configuration string, or undefined when `text` is not one. */
function redisConfigurationPairs(text: string): [string, string][] | undefined {
  if (!text.includes(',') || /\s/.test(text.trim())) return undefined;
  const segments = text.split(',').filter(segment => segment.length > 0);
  const endpoints = segments.filter(segment => !segment.includes('='));
  if (endpoints.length === 0 || !endpoints.every(e => REDIS_ENDPOINT.test(e))) return undefined;
  const pairs: [string, string][] = [];
  for (const segment of segments.slice(endpoints.length)) {
    const pair = PAIR.exec(segment);
    if (!pair || !segment.includes('=')) return undefined;
    pairs.push([pair[1] ?? '', (pair[2] ?? '').trim()]);
  }
  // Endpoints come first; an option before an endpoint means this is not a Redis string.
  return pairs.length > 0 && segments.slice(0, endpoints.length).every(e => !e.includes('='))
    ? pairs
    : undefined;
}

function classifyUrl(url: string, classify: Classify): LiteralVerdict {
  for (const { user, password, host } of findUrlUserinfo(url)) {
    if (isTemplatedHost(host)) return notLiteral('reference', 'a URL whose host is a template or variable');
    const decoded = percentDecode(password);
    if (decoded === percentDecode(user)) {
      return notLiteral('placeholder', 'a URL whose password is its user name (a default account)');
    }
    const verdict = classify(decoded);
    return verdict.literal ? verdict : notLiteral(verdict.reason, `URL password: ${verdict.detail}`);
  }
  const secretParams = findQueryParams(url).filter(param => isSecretParamName(param.name));
  for (const param of secretParams) {
    if (classify(percentDecode(param.value)).literal) return { literal: true };
  }
  if (secretParams.length > 0) {
    return notLiteral(
      'reference',
      `a URL whose credential parameters hold no literal ('${secretParams[0]?.name}')`
    );
  }
  return notLiteral('config-value', 'a URL without embedded credentials');
}

/** `Server=db;User Id=sa;Password=…` (ADO.NET, Azure Storage, Service Bus): two or more pairs. */
function connectionStringPairs(text: string): [string, string][] | undefined {
  if (!text.includes(';') || !text.includes('=')) return undefined;
  const segments = text.split(';').filter(segment => segment.trim().length > 0);
  const pairs: [string, string][] = [];
  for (const segment of segments) {
    const pair = PAIR.exec(segment);
    if (!pair) return undefined;
    pairs.push([pair[1] ?? '', (pair[2] ?? '').trim()]);
  }
  return pairs.length >= 2 ? pairs : undefined;
}

function classifyConnectionString(pairs: [string, string][], classify: Classify): LiteralVerdict {
  const secrets = pairs.filter(([key]) => isSecretParamName(key));
  if (secrets.length === 0)
    return notLiteral('config-value', 'a connection string without a password or key');
  const user = connectionStringUser(pairs);
  // Only literal text in a key part counts (`Password=;` is an empty one).
  let first: LiteralVerdict | undefined;
  for (const [key, value] of secrets) {
    // As in a URL (`amqp://guest:guest@…`): a password that is its user name is a default
    // account's (EasyNetQ's `host=rabbitmq;username=guest;password=guest`), public knowledge.
    if (user !== undefined && unquote(value) === user) {
      first ??= notLiteral('placeholder', `connection string ${key}: the user name (a default account)`);
      continue;
    }
    const verdict = classify(unquote(value));
    if (verdict.literal) return verdict;
    first ??= notLiteral(verdict.reason, `connection string ${key}: ${verdict.detail}`);
  }
  return first ?? notLiteral('config-value', 'a connection string without a password or key');
}

// The user-name keys of ADO.NET (`User Id`, `UID`, `User`), Npgsql/EasyNetQ (`Username`) and
// MySQL (`user`) connection strings, compared without case, spaces or `_`.
const USER_KEYS = new Set(['userid', 'uid', 'user', 'username']);

/** The non-empty user name a connection string logs in as, if it names one. */
function connectionStringUser(pairs: [string, string][]): string | undefined {
  const pair = pairs.find(([key]) => USER_KEYS.has(key.toLowerCase().replace(/[\s_]/g, '')));
  const user = pair ? unquote(pair[1]) : '';
  return user.length > 0 ? user : undefined;
}

function unquote(value: string): string {
  return /^(["']).*\1$/.test(value) ? value.slice(1, -1) : value;
}

function notLiteral(
  reason: Exclude<LiteralVerdict, { literal: true }>['reason'],
  detail: string
): LiteralVerdict {
  return { literal: false, reason, detail };
}
