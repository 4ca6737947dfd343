/**
 * RULES.md "secret-like name": does a variable/key name say it holds a secret? Word tokens, not
 * substrings, so `AUTHOR`, `SASS_SITE` and `OLDPWD` are not secret-like (substring matchers such as
 * hadolint DL3064 and dockle flag them; research/secrets.md §3).
 */
import { findKnownCredentials } from './known-credentials.js';
import { classifyValue } from './literal-value.js';
import { findQueryParams, isSecretParamName, percentDecode } from './url-parts.js';

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
  'arn method mode scheme provider strategy prefix format files paths dirs urls uris endpoints names ids headers types policies regions versions'.split(
    ' '
  )
);

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
 * `_PROVIDER`, `_STRATEGY`, `_PREFIX`, `_FORMAT`), and not `PUBLIC_KEY`/`*_PUB_KEY`. Well-known
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
  if (last === 'publickey' || last === 'pubkey') return false;
  if (last === 'key' && ['public', 'pub'].includes(words.at(-2) ?? '')) return false;
  return hasSecretWord(words);
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
