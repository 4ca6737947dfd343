/**
 * RULES.md "literal": whether a value would put a real secret into a file or image, with the
 * reason when it would not, so findings and non-findings are explainable
 * (research/secrets.md §7.8: one value classifier that reports why).
 */
import { findCloudCredentials } from './cloud-credentials.js';
import { looksRandom } from './entropy.js';
import { isFillerOnly, isInstructionPlaceholder, placeholderWords } from './placeholder-words.js';
import { describeShellExpression } from './shell-expressions.js';
import { classifyStructuredValue } from './structured-value.js';
import { findTokenFormats } from './token-formats.js';
import { opensCommandSubstitution, scanReferences, type ReferenceScan } from './value-references.js';
import { isVendorExample, vendorExampleSource } from './vendor-examples.js';

export type NonLiteralReason =
  'empty' | 'reference' | 'expression' | 'placeholder' | 'too-short' | 'config-value' | 'vendor-example';
export type LiteralVerdict = { literal: true } | { literal: false; reason: NonLiteralReason; detail: string };

const LITERAL: LiteralVerdict = { literal: true };

function notLiteral(reason: NonLiteralReason, detail: string): LiteralVerdict {
  return { literal: false, reason, detail };
}

// Durations accept \u00b5s (µs), written as an escape: the bundle is ASCII (scripts/build.mjs).
const CONFIG_VALUES: [RegExp, string][] = [
  [/^(true|false|yes|no|on|off|y|n|enabled?|disabled?)$/i, 'a boolean setting'],
  [/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$|^0x[0-9a-f]+$/i, 'a number'],
  [/^(\d+(\.\d+)?(ns|us|\u00b5s|ms|s|m|h|d|w))+$/i, 'a number with a unit (duration)'],
  [/^\d+(\.\d+)?\s?([kmgtpe]i?b?|b)$/i, 'a number with a unit (size)']
];

// `<your-token>`, `[TOKEN_HERE]`, `{password}`, `__DB_PASSWORD__` (token-replacement markers), and
// Kometa's `<<PLEX_API_KEY>>`. A sentence may go on past the marker (`admin-password:
// <base64-encoded-secret>.` in a chart's notes text), so one punctuation mark after it is allowed.
const WRAPPED_PLACEHOLDER =
  /^(<<[\w\s.-]+>>|<[^<>]+>|\[[\w\s.-]+\]|\{[\w\s.-]+\}|__[A-Za-z0-9_]+__)[.,;!?]?$/;

/**
 * A token-replacement marker in single underscores: words of one case that end in what the marker
 * stands for (PhotoPrism's setup script replaces `_admin_password_` in its Compose file). Any other
 * text in underscores (`_blue_horse_`, `_My_Password_`, `_pass2_`) is a value someone chose.
 */
const UNDERSCORE_MARKER =
  /^_(?:[a-z]+_)*(?:password|passwd|pass|pwd|secret|token|key)_$|^_(?:[A-Z]+_)*(?:PASSWORD|PASSWD|PASS|PWD|SECRET|TOKEN|KEY)_$/;

/**
 * A printf/format placeholder the program fills in, with the escapes a format string ends in:
 * `printf '//registry.npmjs.org/:_authToken=%s\n' "$(cat /run/secrets/npm_token)"` (C/shell/Go
 * verbs, Python's `%(token)s`, `{}`/`{0}` of Python's str.format and Rust's format!).
 */
const FORMAT_PLACEHOLDER =
  /^(?:%(?:\([A-Za-z_]\w*\))?[-+ #0]*\d*(?:\.\d+)?[sdvqx]|\{\d*\})(?:\\{1,2}[nrt])*$/;

/** A PEM block (`-----BEGIN PRIVATE KEY-----` … `-----END PRIVATE KEY-----`), its line breaks real or `\n` escapes. */
const PEM_ARMOR = /^-----BEGIN ([A-Z0-9 ]{1,64})-----((?:(?!-----)[\s\S])*)-----END \1-----$/;

/** `{name}` in a naming pattern. */
const BRACE_REFERENCE = /\{[A-Za-z_][\w.-]*\}/g;

/**
 * A pattern of `{…}` references joined by separators and filler words, which a program fills in
 * (postgres-operator's `secret_name_template: "{username}.{cluster}.credentials.{tprkind}.{tprgroup}"`,
 * `password_template: "{username}-{cluster}"`). Any other word or a number in it makes it a value.
 */
function isReferenceTemplate(text: string): boolean {
  if (!text.includes('{')) return false;
  const rest = text.replace(BRACE_REFERENCE, ' ');
  if (rest === text) return false;
  return /^[\s._:/@-]*$/.test(rest) || placeholderWords(rest) !== undefined;
}

/**
 * RULES.md "literal": non-empty, not only a variable reference (`$X`, `${X}`, `%X%`, `$(…)`,
 * `{{ … }}`, `$env:X`, `${{ secrets.X }}`), not a placeholder (all words are placeholder/filler
 * words — `changeme`, `your-password-here`, `build-time-placeholder`, `dummy-secret`, `password` —
 * or `<…>`, `xxx…`, `***`, `...`), not 1–3 characters, not a boolean/number-only config value
 * (`true`, `off`, `8080`, `30s`, `512m`). A credential-shaped value (a known format, or random-
 * looking) that merely contains such a word still counts as literal. Vendors' documented example
 * credentials are 'vendor-example'. Also: `${X:-default}` is judged by its default; a value that
 * mixes references with text is judged by the text (`Bearer ${TOKEN}` is not literal,
 * `abc123${X}` is); a URL or connection string is judged by its password/key part. `detail`
 * says why, e.g. "all words are placeholders: 'your', 'password', 'here'".
 */
export function classifyValue(value: string): LiteralVerdict {
  const text = unquote(value.trim()).trim();
  if (text === '') return notLiteral('empty', 'the value is empty');
  if (isVendorExample(text)) {
    return notLiteral(
      'vendor-example',
      `a documented example credential (${vendorExampleSource(text) ?? 'AWS style'})`
    );
  }
  if (findTokenFormats(text).length > 0 || findCloudCredentials(text).length > 0) return LITERAL;
  const armored = PEM_ARMOR.exec(text);
  if (armored) {
    // The armor is a format's, not the value's: a block around `private-key` or `your-key-here` is a placeholder.
    const body = (armored[2] as string).replace(/\\n|\s+/g, '');
    const verdict = classifyValue(body);
    return verdict.literal ? LITERAL : notLiteral('placeholder', `a PEM block around ${verdict.detail}`);
  }
  // A path where the secret is mounted at run time (`/run/secrets/db`, Kubernetes' projected
  // service-account token) names the secret's location, not the secret.
  if (SECRET_MOUNT_PATH.test(text))
    return notLiteral('reference', `a path where the secret is mounted: '${text}'`);
  if (opensCommandSubstitution(text))
    return notLiteral('reference', 'the start of a command substitution, cut short');
  const expression = describeShellExpression(text);
  if (expression) return notLiteral('expression', expression);
  const structured = classifyStructuredValue(text, classifyValue);
  if (structured) return structured;
  const scan = scanReferences(text);
  if (scan.references.length > 0) return classifyWithReferences(scan);
  if (looksRandom(text)) return LITERAL;
  if (isFilePath(text) || isKeyFileName(text)) return notLiteral('reference', `a file path: '${text}'`);
  return classifyPlainText(text);
}

const PATH_SEGMENTS = /^(?:[A-Za-z]:)?(?:[\\/][\w.-]{1,128}){2,32}$/;
const ROOT_DIRECTORIES = new Set(
  'etc var run opt usr home srv data app config certs secrets keys mnt tmp root vault'.split(' ')
);

/**
 * An absolute path, where the secret is read from and not the secret (`privateKey: /config/key.pem`,
 * `TLS_PRIVATE_KEY=/etc/ssl/private/server.key`, `C:\certs\app.pfx`): its first directory is a usual
 * one, its file has an extension, or it has a `-` or `_` (Concourse's
 * `CONCOURSE_TSA_WORKER_PRIVATE_KEY: /concourse-keys/worker_key`, the key file mounted from the repo).
 * Base64 text may start with `/` and hold more, but it has no `.`, and no `-` or `_` when it has a
 * `/`: the URL-safe alphabet has those two in place of `+` and `/`.
 */
function isFilePath(text: string): boolean {
  if (!PATH_SEGMENTS.test(text)) return false;
  const segments = text
    .replace(/^[A-Za-z]:/, '')
    .split(/[\\/]/)
    .filter(Boolean);
  const drive = /^[A-Za-z]:/.test(text);
  return (
    drive ||
    ROOT_DIRECTORIES.has((segments[0] as string).toLowerCase()) ||
    /\.[A-Za-z][A-Za-z0-9]{0,9}$/.test(segments.at(-1) as string) ||
    /[-_]/.test(text)
  );
}

/**
 * A relative path or file name whose extension is a key, certificate or credentials file's
 * (`SSL_PRIVATE_KEY=server.key`, `./certs/tls.key`, `CLIENT_SECRET=client_secret.json`, Orthanc's
 * `"DicomTlsPrivateKey": "orthanc.key"`): where the secret is read from, as an absolute path is.
 */
const KEY_FILE_NAME =
  /^(?:\.{1,2}[\\/])?(?:[\w.-]+[\\/])*[A-Za-z0-9_-][\w.-]*\.(?:key|pem|crt|cer|der|p12|pfx|jks|keystore|json|pub|asc|gpg|ppk|kdbx)$/i;

function isKeyFileName(text: string): boolean {
  return text.length <= 256 && KEY_FILE_NAME.test(text);
}

/**
 * {@link classifyValue} for a password the build itself sets on an account (`chpasswd`,
 * `passwd --stdin`, `htpasswd -b`): text made only of filler words (`somepasswd`, `password`)
 * stands for a value still to be supplied when it is a default, but here nothing replaces it —
 * it is the account's password. Placeholder words (`changeme`), references and expressions are
 * still not literals.
 */
export function classifyAppliedPassword(value: string): LiteralVerdict {
  const verdict = classifyValue(value);
  if (verdict.literal || verdict.reason !== 'placeholder') return verdict;
  const text = unquote(value.trim()).trim();
  return isFillerOnly(text) ? LITERAL : verdict;
}

const SECRET_MOUNT_PATH =
  /^(\/run\/secrets|\/var\/run\/secrets|C:\\ProgramData\\Docker\\secrets)[\\/][^\s]*$/i;

/**
 * What is left of `neo4j:${NEO4J_PASSWORD}` or `neo4j/$(NEO4J_PASSWORD)` (Neo4j's `NEO4J_AUTH`, a test
 * script's `auth=` for basic authentication) once its one reference, last, is taken out: a user name
 * and the separator before the password.
 */
const USER_BEFORE_REFERENCE = /^[A-Za-z_][\w.@-]{0,63}[:/] $/;

function classifyWithReferences(scan: ReferenceScan): LiteralVerdict {
  // `${DB_PASSWORD:-hunter2}`: the default is what the image gets when the variable is unset.
  if (scan.defaults.some(fallback => classifyValue(fallback).literal)) return LITERAL;
  const quoted = scan.references.map(reference => `'${reference}'`).join(', ');
  // A user name is no secret; the password it pairs with is the reference (`abc123${X}` glues text to it).
  if (scan.references.length === 1 && USER_BEFORE_REFERENCE.test(scan.remainder))
    return notLiteral('reference', `a user name, then the password as a variable reference: ${quoted}`);
  const rest = scan.remainder.trim();
  if (!/[A-Za-z0-9]/.test(rest.replace(OPTION, ''))) {
    return notLiteral('reference', `only a variable reference: ${quoted}`);
  }
  if (classifyValue(rest).literal) return LITERAL;
  return notLiteral('reference', `a variable reference (${quoted}) with non-secret text around it`);
}

// `--gh-token`, `-p`, `--password=`: option names in a command-line value say where the secret
// goes, they are not it.
const OPTION = /(^|\s)--?[A-Za-z][A-Za-z0-9-]*=?/g;

function classifyPlainText(value: string): LiteralVerdict {
  const text = /\s/.test(value) ? value.replace(OPTION, '$1').trim() : value;
  if (text === '') return notLiteral('placeholder', 'only command-line options');
  if (WRAPPED_PLACEHOLDER.test(text) || UNDERSCORE_MARKER.test(text))
    return notLiteral('placeholder', `a template placeholder ('${text}')`);
  if (FORMAT_PLACEHOLDER.test(text)) return notLiteral('placeholder', `a format placeholder ('${text}')`);
  if (isReferenceTemplate(text)) return notLiteral('placeholder', 'a pattern of `{…}` references');
  const length = Array.from(text).length;
  if (!/[\p{L}\p{N}]/u.test(text)) {
    return length >= 3 || text.includes('…')
      ? notLiteral('placeholder', 'only mask characters')
      : tooShort(length);
  }
  const compact = text.replace(/[\s._:/-]/g, '');
  // \u2022 and \u25cf are the bullets • and ●, written as escapes (the bundle is ASCII: scripts/build.mjs).
  if (/^x{3,}$/i.test(compact) || /^(.)\1{2,}$/u.test(compact) || /[*\u2022\u25cf]{3}/.test(text)) {
    return notLiteral('placeholder', 'masked or repeated characters');
  }
  for (const [pattern, what] of CONFIG_VALUES) {
    if (pattern.test(text)) return notLiteral('config-value', what);
  }
  const words = placeholderWords(text);
  if (words) {
    return notLiteral(
      'placeholder',
      `all words are placeholders: ${words.map(word => `'${word}'`).join(', ')}`
    );
  }
  if (isInstructionPlaceholder(text)) return notLiteral('placeholder', 'an instruction to fill in a value');
  if (length <= 3) return tooShort(length);
  return LITERAL;
}

function tooShort(length: number): LiteralVerdict {
  return notLiteral('too-short', `only ${length} character${length === 1 ? '' : 's'}`);
}

function unquote(text: string): string {
  return /^(["']).*\1$/s.test(text) ? text.slice(1, -1) : text;
}
