/**
 * Canary secrets for the "never leak" test: one of every kind RULES.md 2xx lists, made at run time
 * from a seeded generator (so no credential-shaped literal is committed and GitHub push protection
 * has nothing to block), distinct for every place they are planted. A canary says how it is
 * written (`name`, `value`) and which substrings must never reach an output (`secrets`).
 */
import { makeAwsKeyPair, makeGithubToken, makeJwt, pseudoRandom } from './builders/credentials.js';
import { privateKeyText } from './builders/image-fixture.js';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGITS = '0123456789';

export interface Canary {
  /** The kind, e.g. 'github-ghp', 'pem', 'named'. */
  kind: string;
  /** Where it was planted, e.g. 'dockerfile-env'. */
  place: string;
  /** A variable or key name to write it under. */
  name: string;
  /** The text written (may wrap the secret: a URL, a connection string, an .npmrc line). */
  value: string;
  /** The secret material: no 8 characters of any of these after its first 4 may reach an output. */
  secrets: string[];
  /** Whether `value` spans several lines (a PEM block). */
  multiline?: boolean;
  /**
   * How many leading characters of each secret are the same for every credential of its kind
   * (`github_pat_`, a JWT's `{"alg":"HS256","typ":"JWT"}` header): windows inside them are public
   * text (rule docs may quote `github_pat_`), not a leak.
   */
  publicPrefix?: number;
}

/** Every kind of RULES.md 2xx known credential format, plus a secret-like name with a random literal. */
export function makeCanaries(place: string, seed: number): Canary[] {
  const at = (offset: number) => seed * 100 + offset;
  const canary = (kind: string, name: string, value: string, secrets: string[]): Canary => ({
    kind,
    place,
    name,
    value,
    secrets
  });
  const aws = makeAwsKeyPair(at(1));
  const github = (prefix: string, offset: number) => makeGithubToken(prefix, pseudoRandom(30, at(offset)));
  const githubPat = ['github', 'pat', pseudoRandom(22, at(10))].join('_') + '_' + pseudoRandom(59, at(11));
  const gitlab = ['gl', 'pat-', pseudoRandom(20, at(12))].join('');
  const slack = [
    'xo',
    'xb-',
    pseudoRandom(11, at(13), DIGITS),
    '-',
    pseudoRandom(12, at(14), DIGITS),
    '-'
  ].join('');
  const slackToken = slack + pseudoRandom(24, at(15));
  const accountKey = pseudoRandom(86, at(16), BASE64) + '==';
  const sasSignature = pseudoRandom(43, at(17)) + '%3D';
  const jwt = makeJwt({ sub: `canary-${place}`, iat: 1700000000 + seed }, at(18));
  const urlPassword = pseudoRandom(20, at(19));
  const npmToken = pseudoRandom(36, at(20));
  const namedSecret = pseudoRandom(24, at(21));
  const pem = privateKeyText(at(22));
  // The key's base64 lines without the public `openssh-key-v1` magic every OpenSSH key starts with.
  const pemLines = pem
    .split('\n')
    .filter(line => line && !line.startsWith('-----'))
    .map(line => line.replace(/^b3BlbnNzaC1rZXktdjE/, ''));
  return [
    canary('aws-key-id', 'AWS_ACCESS_KEY_ID', aws.id, [aws.id]),
    canary('aws-secret', 'AWS_SECRET_ACCESS_KEY', aws.secret, [aws.secret]),
    canary('github-ghp', 'GH_CLASSIC', github('ghp_', 2), []),
    canary('github-gho', 'GH_OAUTH', github('gho_', 3), []),
    canary('github-ghu', 'GH_USER_TO_SERVER', github('ghu_', 4), []),
    canary('github-ghs', 'GH_SERVER_TO_SERVER', github('ghs_', 5), []),
    canary('github-ghr', 'GH_REFRESH', github('ghr_', 6), []),
    {
      ...canary('github-pat', 'GH_FINE_GRAINED', githubPat, [githubPat]),
      publicPrefix: 'github_pat_'.length
    },
    canary('gitlab', 'GITLAB_CI_PAT', gitlab, [gitlab]),
    canary('slack', 'SLACK_BOT', slackToken, [slackToken]),
    canary(
      'azure-account-key',
      'AZURE_STORAGE_CONNECTION_STRING',
      `DefaultEndpointsProtocol=https;AccountName=canary${seed};AccountKey=${accountKey};EndpointSuffix=core.windows.net`,
      [accountKey]
    ),
    canary(
      'azure-sas',
      'BLOB_SAS_URL',
      `https://canary${seed}.blob.core.windows.net/backups?sv=2022-11-02&se=2030-01-01T00%3A00%3A00Z&sp=r&sig=${sasSignature}`,
      [sasSignature, decodeURIComponent(sasSignature)]
    ),
    { ...canary('jwt', 'SESSION_JWT', jwt, [jwt]), publicPrefix: jwt.indexOf('.') + 1 },
    canary('url-userinfo', 'GIT_REMOTE', `https://deploy:${urlPassword}@git.example.com/org/repo.git`, [
      urlPassword
    ]),
    canary('npm-auth-token', 'NPMRC_LINE', `//registry.npmjs.org/:_authToken=${npmToken}`, [npmToken]),
    canary('named', 'DB_PASSWORD', namedSecret, [namedSecret]),
    { ...canary('pem', 'TLS_PRIVATE_KEY', pem, pemLines), multiline: true }
  ].map(c => (c.secrets.length ? c : { ...c, secrets: [c.value] }));
}

/** `value` on one line: a PEM block with `\n` escapes (how keys go into ENV and JSON). */
export function oneLine(canary: Canary): string {
  return canary.multiline ? canary.value.trimEnd().split('\n').join('\\n') : canary.value;
}

/** Base64 of `text` (Kubernetes Secret `data`, docker `auth`). */
export function base64(text: string): string {
  return Buffer.from(text).toString('base64');
}

/**
 * Every 8-character window of a secret. Each holds a character after the first 4, which is all a
 * redaction may show, so any of them in an output is a leak (the whole value included).
 */
export function secretWindows(secret: string, publicPrefix = 0): string[] {
  const windows: string[] = [];
  for (let i = Math.max(0, publicPrefix - 7); i + 8 <= secret.length; i++)
    windows.push(secret.slice(i, i + 8));
  return windows.length ? windows : [secret];
}

/** The canaries' windows found in `text`: `[place, kind, window]` for each hit. */
export function findLeaks(text: string, canaries: Canary[]): string[][] {
  const present = new Set<string>();
  for (let i = 0; i + 8 <= text.length; i++) present.add(text.slice(i, i + 8));
  const hits: string[][] = [];
  for (const canary of canaries) {
    canary.secrets.forEach((secret, index) => {
      // Only the secret as written has the public prefix (not its base64 form).
      const hit = secretWindows(secret, index === 0 ? canary.publicPrefix : 0).find(window =>
        window.length === 8 ? present.has(window) : text.includes(window)
      );
      if (hit) hits.push([canary.place, canary.kind, hit]);
    });
  }
  return hits;
}

/** `text` followed by the decoded text of its base64 runs, two levels deep (Secret `data`, `.dockerconfigjson`, `auth`). */
export function withDecodedBase64(text: string): string {
  let all = text;
  let layer = text;
  for (let depth = 0; depth < 2; depth++) {
    const decoded = [...layer.matchAll(/[A-Za-z0-9+/]{12,}={0,2}/g)]
      .map(match => Buffer.from(match[0], 'base64').toString('utf8'))
      .filter(value => !value.includes('\uFFFD'));
    layer = decoded.join('\n');
    all += `\n${layer}`;
  }
  return all;
}
