import { append } from '../core/append.js';
/**
 * The word lists behind RULES.md "placeholder": a value is a placeholder when every word in it is
 * a placeholder word (`changeme`, `dummy`, `example`, `todo`, `redacted`, `replace…`) or a filler
 * word (`your`, `here`, `secret`, `password`, `build`, `time`) — `your-password-here`,
 * `build-time-placeholder`, `dummy-secret`, `password`. Any other word or any number makes it a
 * literal: `hunter2`, `password123`, `P@ssw0rd!`, `mysecret2024`; only a length the value asks for
 * (`…-at-least-32-characters`) is a number of the placeholder's own.
 */

const PLACEHOLDER_WORDS = new Set(
  (
    'changeme changeit change placeholder placeholders dummy dummies example examples sample samples ' +
    'todo tbd fixme redacted replaceme fake mock test testing foo bar baz qux null nil none undefined ' +
    'empty unset notset unknown missing required hidden masked omitted removed elided censored ' +
    'obfuscated scrubbed sanitized invalid bogus insert fill enter provide update'
  ).split(' ')
);

const FILLER_WORDS = new Set(
  (
    'your yours my our the an to of for in with here there goes go me please this that it value values ' +
    'real actual own new some any secret secrets password passwords passwd pwd pass pw passphrase ' +
    'passcode token tokens key keys api apikey access auth client user username login credential ' +
    'credentials cred creds build time buildtime runtime default string text strong super very long ' +
    'private app service account db database bearer basic sas connection conn at only not use used ' +
    'will be is by env environment var variable generated random dev local url uri host webhook id ' +
    'name email set put' +
    // What a demo value says of itself (penpot's `change-this-insecure-key`, netbox-docker's
    // `dummyKeyWithMinimumLength-----…` for collectstatic).
    ' insecure unsafe minimum length' +
    // Build steps a value only has to exist for (Rails' `SECRET_KEY_BASE=precompile_placeholder
    // rails assets:precompile`, `assets_precompile_dummy_key`).
    ' precompile assets asset' +
    // What a demo value says it should be (`a_strong_password`, matomo's `a_strong_password_for_user`,
    // Supabase's `your-super-secret-jwt-token-with-at-least-32-characters-long`), and sentinels
    // for a value not given (kubecost's `kubecost-token: not-applied`).
    ' a secure least jwt applied configured' +
    // LibreChat's `OPENAI_API_KEY=user_provided`: each user enters the key in the UI, none is set here.
    ' provided' +
    // How it should be generated (docker-gitlab's `long-and-random-alphanumeric-string`).
    ' and or alphanumeric alpha numeric' +
    // Token prefixes, so `ghp_xxxxxxxx…` or `xoxb-your-token` read as placeholders.
    ' ghp gho ghu ghs ghr github pat glpat npm xoxb xoxp xoxa xoxe xoxr xoxs xoxo akia asia sk'
  ).split(' ')
);

// Two-letter pieces allowed when splitting glued words (`mypw`, `setme`); longer pieces must be
// 3+ letters, so random letters rarely split into "words".
const SHORT_PIECES = new Set(['my', 'me', 'pw', 'db']);

function isWord(word: string): boolean {
  return PLACEHOLDER_WORDS.has(word) || FILLER_WORDS.has(word) || word.startsWith('replace');
}

// RULES.md's `your-…-here` and `replace…`: text that tells the reader what to put there
// (`INSERT_ETCD_DISCOVERY_TOKEN`, `your-registry-token`, `discovery_token_goes_here`, redhat-cop's
// `UPDATE_AWS_SECRET_ACCESS_KEY`).
const INSTRUCTION_FIRST_WORDS = new Set(['your', 'insert', 'enter', 'paste', 'provide', 'fill', 'update']);

/**
 * Whether `text` reads as an instruction to the reader: only letters, starting with
 * `your`/`insert`/`enter`/`paste`/`provide`/`fill`/`update`/`replace…`/`changeme`/`change me`/`change this`
 * (DataDog's `CHANGE_ME_PRIVATE_KEY_FROM_CONFIG`) or ending with `here`.
 */
export function isInstructionPlaceholder(text: string): boolean {
  if (text.split(/[^A-Za-z0-9]+/).some(isNumberToken)) return false;
  return wordReadings(text).some(isInstruction);
}

function isInstruction(words: string[]): boolean {
  if (words.length < 2) return false;
  const first = words[0] ?? '';
  const changeMe = first === 'changeme' || (first === 'change' && ['me', 'this'].includes(words[1] ?? ''));
  return (
    INSTRUCTION_FIRST_WORDS.has(first) || first.startsWith('replace') || changeMe || words.at(-1) === 'here'
  );
}

/**
 * A token with a digit that is not a short service name such as `s3`, `k8s`, `ec2` or `b2`
 * (langfuse's `your-s3-password`): `your-password-123` and `yourpass2024` are values, not instructions.
 */
function isNumberToken(token: string): boolean {
  return /\d/.test(token) && !/^[A-Za-z]{1,2}\d[A-Za-z]?$/.test(token);
}

// Word boundaries: non-alphanumerics, camelCase, letter/digit changes, and where a run of capitals
// meets lower case. There the last capital starts the next word (`XMLParser`: `XML`, `Parser`), or,
// read the other way, the lower-case letters are a word of their own (`YOURDBPASSWORDhere`:
// `YOURDBPASSWORD`, `here`, BretFisher/dogvscat's Ghost stack).
const WORDS_CAMEL =
  /[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])/;
const WORDS_CAPITALS_RUN =
  /[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])|(?<=[A-Z]{2})(?=[a-z])|(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])/;

function splitWords(text: string, boundaries: RegExp): string[] {
  return text
    .split(boundaries)
    .filter(word => word.length > 0)
    .map(word => word.toLowerCase());
}

/** Splits a value into lower-case words at non-alphanumerics, camelCase and letter/digit changes. */
export function valueWords(text: string): string[] {
  return splitWords(text, WORDS_CAMEL);
}

/**
 * The ways `text` splits into words: {@link valueWords}, then, when a run of capitals meets lower
 * case, the reading that ends the run there (`YOURDBPASSWORDhere` is `yourdbpassword`, `here`, as
 * `YOURDBPASSWORD-here` and `yourdbpasswordhere` are).
 */
function wordReadings(text: string): string[][] {
  const camel = valueWords(text);
  if (!/[A-Z]{2}[a-z]/.test(text)) return [camel];
  const capitalsRun = splitWords(text, WORDS_CAPITALS_RUN);
  return capitalsRun.join(' ') === camel.join(' ') ? [camel] : [camel, capitalsRun];
}

/**
 * The words of `text` when every one of them is a placeholder or filler word (glued words such as
 * `yourtokenhere` or `mysecretpassword` are split first; runs of `x` count as filler), else
 * undefined. Text without words (`***`, `1234`) is not a word placeholder.
 */
export function placeholderWords(text: string): string[] | undefined {
  for (const words of wordReadings(text)) {
    const parts = placeholderParts(words);
    if (parts) return parts;
  }
  return undefined;
}

function placeholderParts(words: string[]): string[] | undefined {
  if (words.length === 0) return undefined;
  const parts: string[] = [];
  for (const [index, word] of words.entries()) {
    if (/^x{3,}$/.test(word) || isWord(word) || isLengthPhrase(word, words[index + 1])) {
      parts.push(word);
      continue;
    }
    const pieces = splitGluedWords(word);
    if (!pieces) return undefined;
    append(parts, pieces);
  }
  return parts;
}

/** Units of a length a placeholder asks for (BookStack's `SomeRandomStringWith32Characters`). */
const LENGTH_UNITS = new Set(['characters', 'character', 'chars', 'char', 'bytes', 'digits', 'letters']);

/** A number that says how long the value must be, or its unit: `32` `characters`. */
function isLengthPhrase(word: string, next: string | undefined): boolean {
  return LENGTH_UNITS.has(word) || (/^\d{1,3}$/.test(word) && next !== undefined && LENGTH_UNITS.has(next));
}

/**
 * Whether the placeholder words of `text` are all filler words (`password`, `somepasswd`,
 * `mysecret`): text that only says what kind of value goes there, with no placeholder word
 * (`changeme`, `dummy`, `example`) and no instruction (`your-…-here`, `replace…`).
 */
export function isFillerOnly(text: string): boolean {
  // Bare words only: `<password>`, `{password}`, `__PASSWORD__` are template markers.
  if (!/^[A-Za-z0-9]+(?:[-.][A-Za-z0-9]+|_[A-Za-z0-9]+)*$/.test(text)) return false;
  const words = placeholderWords(text);
  return (
    words !== undefined &&
    !isInstructionPlaceholder(text) &&
    !words.some(word => PLACEHOLDER_WORDS.has(word) || word.startsWith('replace') || word === 'your')
  );
}

/** Longest glued word we try to split: placeholders are short, and the split is quadratic. */
const MAX_GLUED_LENGTH = 40;

/** Dynamic programming over prefixes: can `word` be cut into known words? */
function splitGluedWords(word: string): string[] | undefined {
  if (word.length > MAX_GLUED_LENGTH) return undefined;
  const best: (string[] | undefined)[] = [[]];
  for (let end = 1; end <= word.length; end++) {
    for (let start = end - 2; start >= 0; start--) {
      const head = best[start];
      const piece = word.slice(start, end);
      const known = isWord(piece) && (piece.length >= 3 || SHORT_PIECES.has(piece));
      if (head && known) {
        best[end] = [...head, piece];
        break;
      }
    }
  }
  const pieces = best[word.length];
  return pieces && pieces.length > 0 ? pieces : undefined;
}
