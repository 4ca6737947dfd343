/**
 * RULES.md "secret-like name": does a variable/key name say it holds a secret? Word tokens, not
 * substrings, so `AUTHOR`, `SASS_SITE` and `OLDPWD` are not secret-like (substring matchers such as
 * hadolint DL3064 and dockle flag them; research/secrets.md §3).
 */
import { isUuid, looksRandom } from './entropy.js';
import { findKnownCredentials } from './known-credentials.js';
import { classifyValue } from './literal-value.js';
import { classifyStructuredValue } from './structured-value.js';
import { findQueryParams, isSecretParamName, percentDecode } from './url-parts.js';
import { expandDefaults } from './value-references.js';

const SECRET_WORDS = new Set([
  'password',
  'passwords',
  'passwd',
  'pwd',
  'secret',
  'secrets',
  'token',
  'tokens',
  'apikey',
  'apikeys',
  'credential',
  'credentials',
  'auth',
  'sas',
  'connectionstring',
  'connectionstrings'
]);

// Two-word compounds: `API_KEY`, `apiKey`, `ACCESS_KEY`, `privateKey`, `ConnectionStrings__X`.
// (`client_secret` needs no entry: `secret` alone is a secret word.)
const SECRET_COMPOUNDS = [
  ['api', 'key'],
  ['api', 'keys'],
  ['access', 'key'],
  ['access', 'keys'],
  ['private', 'key'],
  ['private', 'keys'],
  ['connection', 'string'],
  ['connection', 'strings']
];

/** RULES.md non-secret suffixes: the name is about a secret (where it lives, its size), not one. */
const NON_SECRET_SUFFIXES = new Set(
  'file path dir url uri endpoint name id header length min max enabled type policy region version'.split(' ')
);
/**
 * Suffixes RULES.md does not list but that name settings *about* authentication, whose values
 * are words such as `trust`, `oauth` or an ARN (`POSTGRES_HOST_AUTH_METHOD=trust` is in the
 * postgres image docs). Plurals of the listed suffixes (`SECRET_FILES`) count too.
 */
const EXTRA_NON_SECRET_SUFFIXES = new Set(
  (
    'arn method mode scheme provider strategy prefix format files paths dirs urls uris endpoints names ids headers types policies regions versions ' +
    // Who issues or accepts a token, not the token: docker-registry's `REGISTRY_AUTH_TOKEN_REALM`,
    // `_SERVICE`, `_ISSUER` (https://distribution.github.io/distribution/about/configuration/#token).
    'realm realms service services issuer issuers audience audiences ' +
    // Where a secret is kept, not the secret: the CSI drivers' `secretNamespace: kube-system`.
    'namespace namespaces ' +
    // What runs or marks the thing, not a secret: Knative's `AUTH_PROXY_IMAGE` (an image reference
    // whose sha256 digest looks random), KServe's `storageSecretNameAnnotation` (an annotation key).
    'image images annotation annotations ' +
    // The environment variable that holds the secret, by name: Dex's `secretEnv: OIDC_CLIENT_SECRET`.
    'env ' +
    // A rule the secret must follow, like `_POLICY`: Metabase's `MB_PASSWORD_COMPLEXITY=normal`;
    // or how much it may be used, like `_MAX`: Plane's `API_KEY_RATE_LIMIT: 60/minute`.
    'complexity limit limits ' +
    // How a token is signed, not the key: ory's `CREDENTIALS_ISSUER_ID_TOKEN_ALGORITHM: RS256`, JWT `alg`;
    // how passwords are stored: PostgreSQL's `password_encryption = scram-sha-256`, `PASSWORD_HASHING`.
    'algorithm algorithms alg encryption hashing hasher ' +
    // Where secrets are kept, not one: Airflow's `AIRFLOW__SECRETS__BACKEND`, `VAULT_SECRET_ENGINE: kv-v2`,
    // `TOKEN_STORE: redis`.
    'backend backends engine engines store stores'
  ).split(' ')
);

/**
 * etcd's `--initial-cluster-token` (`ETCD_INITIAL_CLUSTER_TOKEN`, `initialClusterToken`): a name that
 * keeps two clusters bootstrapped side by side apart, documented as no credential.
 */
const NON_SECRET_TOKEN_NAME = 'initial_cluster_token';

/** Well-known secret variables without a secret word in them (libpq, RabbitMQ, Rails, Laravel). */
const WELL_KNOWN_SECRET_NAMES = new Set([
  'pgpassword',
  'rabbitmq_default_pass',
  'rails_master_key',
  'app_key'
]);
/**
 * Well-known names with a secret word that hold no secret: the shell's working directory (`PWD`,
 * POSIX), the ssh-agent socket path, Google's and systemd's credential *file/directory* locations.
 */
const WELL_KNOWN_NON_SECRET_NAMES = new Set([
  'pwd',
  'ssh_auth_sock',
  'google_application_credentials',
  'credentials_directory'
]);

/** Splits a name at `_`, `-`, `.`, spaces and other punctuation, camelCase and letter/digit changes. */
export function nameWords(name: string): string[] {
  return name
    .split(
      /[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])/
    )
    .filter(word => word.length > 0)
    .map(word => word.toLowerCase());
}

function hasSecretWord(words: string[]): boolean {
  if (words.some(word => SECRET_WORDS.has(word))) return true;
  return words.some((word, i) => SECRET_COMPOUNDS.some(([a, b]) => word === a && words[i + 1] === b));
}

/**
 * RULES.md "secret-like name": a word token (split on `_`, `-`, `.`, and camelCase; case-
 * insensitive) or known compound among password/passwd/pwd/secret/token/apikey/api_key/
 * access_key/private_key/client_secret/credential(s)/auth/connection string/sas (and their
 * plurals) — so `AUTHOR`, `SASS_SITE`, `OLDPWD` are NOT — and not when it ends in a non-secret
 * suffix (`_FILE`, `_PATH`, `_DIR`, `_URL`/`_URI`/`_ENDPOINT`, `_NAME`, `_ID`, `_HEADER`,
 * `_LENGTH`, `_MIN`/`_MAX`, `_ENABLED`, `_TYPE`, `_POLICY`, `_REGION`, `_VERSION`, their plurals
 * and camelCase forms like `passwordFile`, plus `_ARN`, `_METHOD`, `_MODE`, `_SCHEME`,
 * `_PROVIDER`, `_STRATEGY`, `_PREFIX`, `_FORMAT`, `_REALM`, `_SERVICE`, `_ISSUER`, `_AUDIENCE`,
 * `_NAMESPACE`, `_IMAGE`, `_ANNOTATION`, `_ENV`, `_COMPLEXITY`, `_LIMIT`), and not `PUBLIC_KEY`/`*_PUB_KEY`. Well-known
 * secret names without such a word (`PGPASSWORD`, `RAILS_MASTER_KEY`) are secret-like; `PWD`,
 * `SSH_AUTH_SOCK`, `GOOGLE_APPLICATION_CREDENTIALS` (a file path) are not.
 */
export function isSecretLikeName(name: string): boolean {
  const normalized = name.trim().toLowerCase();
  if (WELL_KNOWN_NON_SECRET_NAMES.has(normalized)) return false;
  if (WELL_KNOWN_SECRET_NAMES.has(normalized)) return true;
  const words = nameWords(name);
  const last = words.at(-1) ?? '';
  if (NON_SECRET_SUFFIXES.has(last) || EXTRA_NON_SECRET_SUFFIXES.has(last)) return false;
  if (words.join('_').endsWith(NON_SECRET_TOKEN_NAME)) return false;
  if (last === 'publickey' || last === 'pubkey') return false;
  if (last === 'key' && ['public', 'pub'].includes(words.at(-2) ?? '')) return false;
  return hasSecretWord(words);
}

/** Secret words that name a mechanism or a setting as often as a secret (`REGISTRY_AUTH=htpasswd`). */
const WEAK_SECRET_WORDS = new Set(['auth', 'credential', 'credentials']);
const CONNECTION_WORDS = new Set(['connectionstring', 'connectionstrings']);

/**
 * What a secret-like name promises about its value: 'secret' (password, token, key…: any literal
 * is one), 'connection' (only connection string(s): the value must carry a secret component) or
 * 'auth' (only auth/credential(s): the value must look like a credential). RULES.md 2xx.
 */
function secretNameKind(name: string): 'secret' | 'connection' | 'auth' {
  const normalized = name.trim().toLowerCase();
  if (WELL_KNOWN_SECRET_NAMES.has(normalized)) return 'secret';
  const words = nameWords(name);
  const joined = words.map((word, i) => word + (words[i + 1] ?? ''));
  const connection =
    joined.some(pair => CONNECTION_WORDS.has(pair)) || words.some(w => CONNECTION_WORDS.has(w));
  // The words left once connection-string words are taken out decide whether another secret word remains.
  const rest = words.filter(
    (word, i) =>
      !CONNECTION_WORDS.has(word) &&
      !(word === 'connection' && ['string', 'strings'].includes(words[i + 1] ?? '')) &&
      !(['string', 'strings'].includes(word) && words[i - 1] === 'connection')
  );
  const strong =
    rest.some(word => SECRET_WORDS.has(word) && !WEAK_SECRET_WORDS.has(word)) ||
    rest.some((word, i) => SECRET_COMPOUNDS.some(([a, b]) => word === a && rest[i + 1] === b));
  if (strong) return 'secret';
  return connection ? 'connection' : 'auth';
}

/**
 * RULES.md "secret-like name with a literal value", the one test behind BH201, BH202 and BH205:
 * the name is secret-like, the value is a literal, and — when the name's only secret word is
 * `auth`/`credential(s)` — the value is credential-shaped (a known format, random-looking, a long
 * hex key, `user:password`), or — when it is only `connection string(s)` — the value carries a
 * secret component (`Password=`, `AccountKey=`, a URL password). So `REGISTRY_AUTH=htpasswd`,
 * `REGISTRY_AUTH_HTPASSWD_REALM=Registry Realm` and `REDIS_CONNECTION_STRING=redis:6379,ssl=False`
 * are configuration.
 */
export function isNamedSecret(name: string, value: string): boolean {
  if (!isSecretLikeName(name) || !classifyValue(value).literal) return false;
  switch (secretNameKind(name)) {
    case 'secret':
      return true;
    case 'connection':
      return hasSecretComponent(value);
    case 'auth':
      return isCredentialShaped(value);
  }
}

/**
 * `isNamedSecret` for a setting of config text: a value its format defines as a password (a JAAS
 * `user_alice="…"` option, the password of user alice) is judged as a password, whatever its name.
 */
export function isSecretSetting(setting: { name: string; value: string; password?: boolean }): boolean {
  return isNamedSecret(setting.password ? 'password' : setting.name, setting.value);
}

/**
 * A URL or connection string whose password/key part is a literal (`Password=`, `Pwd=`,
 * `AccountKey=`, `SharedAccessKey=`, StackExchange.Redis `password=`, URL userinfo), or a known
 * credential format anywhere in it; a `${X:-default}` is judged by its default (eShopOnContainers'
 * `ConnectionString=${ESHOP_AZURE_CATALOG_DB:-Server=sqldata;…;Password=Pass@word}`).
 */
function hasSecretComponent(value: string): boolean {
  const text = expandDefaults(value.trim());
  return (
    classifyStructuredValue(text, classifyValue)?.literal === true || findKnownCredentials(text).length > 0
  );
}

const DNS_NAME = /^(?:[A-Za-z0-9-]{1,63}\.)+[A-Za-z]{2,63}$/;

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * Base64 text whose bytes spell a GUID: Azure Monitor's images carry Application Insights
 * instrumentation keys this way (`ENV APPLICATIONINSIGHTS_AUTH_USSEC ZTg4MzFl…` is
 * `e8831edf-5d5d-…`). The GUID itself is an ID that {@link looksRandom} never calls random; its
 * encoding must not become a credential by chance (its entropy falls either side of the threshold:
 * 2 of the 7 keys in one Dockerfile passed).
 */
function isEncodedUuid(part: string): boolean {
  // A 36-character GUID is 48 base64 characters; a braced one 52.
  if (part.length < 48 || part.length > 52 || part.length % 4 !== 0 || !BASE64.test(part)) return false;
  return isUuid(Buffer.from(part, 'base64').toString('latin1'));
}

/** A known format, random-looking text (also after `Basic `/`Bearer `), a hex key, or `user:password`. */
function isCredentialShaped(value: string): boolean {
  const text = value.trim().replace(/^(["'])(.*)\1$/s, '$2');
  if (hasSecretComponent(text)) return true;
  // A host name (`example.auth0.com`) mixes letters and digits like a key but names a server.
  const parts = text.split(/\s+/).filter(part => !DNS_NAME.test(part) && !isEncodedUuid(part));
  if (parts.some(part => looksRandom(part) || /^[0-9a-f]{32,}$/i.test(part))) return true;
  const pair = /^([^\s:@/]+):([^\s:@/]+)$/.exec(text);
  return pair !== null && classifyValue(pair[2] ?? '').literal;
}

/**
 * Whether `name` would be secret-like but for a `_URL`/`_URI`/`_ENDPOINT` suffix (`TOKEN_URL`,
 * `authEndpoint`): RULES.md reports such names only when {@link valueEmbedsCredentials}.
 */
export function isSecretLikeUrlName(name: string): boolean {
  const words = nameWords(name);
  return ['url', 'uri', 'endpoint'].includes(words.at(-1) ?? '') && hasSecretWord(words.slice(0, -1));
}

/**
 * For `_URL`/`_URI`/`_ENDPOINT` names: whether the value embeds credentials — userinfo with a
 * literal password (`https://user:s3cr3t@host`), a credential query parameter (`sig=`, `token=`,
 * `password=`, `access_token=`…) with a literal value, or any known credential format.
 */
export function valueEmbedsCredentials(value: string): boolean {
  if (findKnownCredentials(value).length > 0) return true;
  return findQueryParams(value).some(
    param => isSecretParamName(param.name) && classifyValue(percentDecode(param.value)).literal
  );
}
