/**
 * RULES.md "known credential formats": credentials recognisable by shape alone, anywhere in a text
 * (a value, a command line, a whole file), whatever the surrounding name. PEM private keys are
 * separate (private-keys.ts, rule BH207).
 */
import { findCloudCredentials } from './cloud-credentials.js';
import { classifyValue } from './literal-value.js';
import { findTokenFormats } from './token-formats.js';
import { findUrlUserinfo, isTemplatedHost, percentDecode } from './url-parts.js';
import { referenceEnd } from './value-references.js';

export interface CredentialMatch {
  /**
   * Stable id: 'github-token', 'npm-token', 'gitlab-token', 'slack-token', 'slack-webhook',
   * 'aws-access-key', 'azure-storage-key', 'azure-sas', 'jwt', 'npm-auth-token', 'url-password'.
   */
  id: string;
  /** Human name for messages, e.g. 'GitHub personal access token'. */
  type: string;
  /** The secret text itself (what must be redacted). For a URL, only the password; for AWS, the secret access key. */
  value: string;
  /** Offsets of `value` in the scanned text. */
  start: number;
  end: number;
}

/**
 * Most specific first: checksum-validated tokens, then prefixed/structured formats, then the
 * generic npm and URL forms that may wrap one of them (`https://x:ghp_…@github.com`).
 */
const SPECIFICITY: Record<string, number> = {
  'github-token': 0,
  'npm-token': 0,
  'gitlab-token': 1,
  'slack-token': 1,
  'slack-webhook': 1,
  'aws-access-key': 1,
  'azure-storage-key': 1,
  jwt: 2,
  'azure-sas': 2,
  'npm-auth-token': 3,
  'url-password': 4
};

/** `scheme://user:password@host` with a literal password (RULES.md). */
function findUrlPasswords(text: string): CredentialMatch[] {
  return findUrlUserinfo(text)
    .filter(({ user, password, host }) => {
      const decoded = percentDecode(password);
      // `guest:guest`, `postgres:postgres`: a default account whose password is its user name
      // is public knowledge, not a leaked secret.
      return !isTemplatedHost(host) && decoded !== percentDecode(user) && classifyValue(decoded).literal;
    })
    .map(({ password, passwordStart, passwordEnd }) => ({
      id: 'url-password',
      type: 'password in URL',
      value: password,
      start: passwordStart,
      end: passwordEnd
    }));
}

// .npmrc `_authToken=` (also `//registry/:_authToken=`), legacy `_auth=` (base64 user:pass) and
// `_password=`, npm's environment form of those keys (`npm_config__authToken`), and Yarn Berry's
// `npmAuthToken:`. https://docs.npmjs.com/cli/configuring-npm/npmrc
// Inside another name the key is only a word of it: `LISTMONK_db__password`, `APP__auth` (settings
// whose separator is `__`) are no npm configuration.
const NPM_AUTH =
  /(?:(?<!\w)|(?<=npm_config_))(_authToken|_auth|_password|npmAuthToken)["']?\s*[=:]\s*(["']?)([^\s"'`#;]+)\2/g;
const NPM_AUTH_TYPES: Record<string, string> = {
  _authToken: 'npm registry auth token',
  _auth: 'npm registry basic-auth credential',
  _password: 'npm registry password',
  npmAuthToken: 'Yarn registry auth token'
};

/** What follows a command substitution in a value, up to where NPM_AUTH's value ends. */
const VALUE_REST = /[^\s"'`#;]*/y;

/**
 * The whole value that starts at `start`: NPM_AUTH's value stops at the first space, which cuts
 * `$(cat /run/secrets/npm_token)` (BuildKit's secret-mount pattern) to `$(cat`; a command
 * substitution is taken whole, with the text glued after it.
 */
function npmValueAt(text: string, start: number, matched: string): string {
  const substitution = matched.startsWith('$(') ? referenceEnd(text, start) : undefined;
  if (substitution === undefined) return matched;
  VALUE_REST.lastIndex = substitution;
  VALUE_REST.test(text);
  return text.slice(start, VALUE_REST.lastIndex);
}

/** npm registry credentials whose value is a literal (not `${NPM_TOKEN}`, `$(cat /run/secrets/…)`). */
function findNpmAuthTokens(text: string): CredentialMatch[] {
  const found: CredentialMatch[] = [];
  for (const match of text.matchAll(NPM_AUTH)) {
    const [whole, key = '', , matched = ''] = match;
    const start = (match.index ?? 0) + whole.lastIndexOf(matched);
    const value = npmValueAt(text, start, matched);
    if (!classifyValue(value).literal) continue;
    found.push({
      id: 'npm-auth-token',
      type: NPM_AUTH_TYPES[key] ?? 'npm credential',
      value,
      start,
      end: start + value.length
    });
  }
  return found;
}

/**
 * RULES.md known credential formats found anywhere in `text`, in text order. Matches do not
 * overlap: where two overlap, the most specific (then the longer) wins. Vendors' documented
 * examples, placeholders, references and failed checksums are not matches.
 */
export function findKnownCredentials(text: string): CredentialMatch[] {
  const candidates = [
    ...findTokenFormats(text),
    ...findCloudCredentials(text),
    ...findNpmAuthTokens(text),
    ...findUrlPasswords(text)
  ].sort(
    (a, b) =>
      (SPECIFICITY[a.id] ?? 9) - (SPECIFICITY[b.id] ?? 9) ||
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start
  );
  const kept: CredentialMatch[] = [];
  for (const candidate of candidates) {
    if (!kept.some(other => candidate.start < other.end && other.start < candidate.end)) kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}
