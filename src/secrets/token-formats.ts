/**
 * Self-identifying tokens: a vendor prefix makes them recognisable anywhere, and a checksum or a
 * structural check separates real tokens from fixtures and placeholders (`ghp_xxxx…`,
 * `xoxb-your-token`, `glpat-<token>`). Shapes from the vendors' documentation and the peer survey
 * (/work/shared/research/secrets.md §1).
 */
import { hasValidBase62Checksum } from './base62-checksum.js';
import { shannonEntropy } from './entropy.js';
import { isJwt, JWT_PATTERN } from './jwt.js';
import type { CredentialMatch } from './known-credentials.js';
import { isVendorExample } from './vendor-examples.js';

const GITHUB_TYPES: Record<string, string> = {
  ghp: 'GitHub personal access token',
  gho: 'GitHub OAuth access token',
  ghu: 'GitHub user-to-server token',
  ghs: 'GitHub server-to-server token',
  ghr: 'GitHub refresh token'
};

/** Random enough for a token body: two of upper/lower/digit and entropy above `minBits`. */
export function isRandomBody(body: string, minBits: number): boolean {
  const classes = [/[a-z]/, /[A-Z]/, /\d/].filter(cls => cls.test(body)).length;
  return classes >= 2 && shannonEntropy(body) > minBits;
}

function matchesOf(text: string, pattern: RegExp, id: string, type: (token: string) => string) {
  const found: CredentialMatch[] = [];
  for (const match of text.matchAll(pattern)) {
    const start = match.index ?? 0;
    found.push({ id, type: type(match[0]), value: match[0], start, end: start + match[0].length });
  }
  return found;
}

/** GitHub classic tokens (checksum-validated) and fine-grained `github_pat_` tokens. */
function findGithubTokens(text: string): CredentialMatch[] {
  const classic = matchesOf(
    text,
    /(?<![A-Za-z0-9_])gh[pousr]_[A-Za-z0-9]{36}(?![A-Za-z0-9_])/g,
    'github-token',
    token => GITHUB_TYPES[token.slice(0, 3)] ?? 'GitHub token'
  ).filter(match => hasValidBase62Checksum(match.value, 4));
  // Fine-grained PATs: 22 characters (an ID part), `_`, 59 random characters. GitHub has not
  // published a checksum for them, so the random part must look random.
  const fineGrained = matchesOf(
    text,
    /(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}(?![A-Za-z0-9_])/g,
    'github-token',
    () => 'GitHub fine-grained personal access token'
  ).filter(match => isRandomBody(match.value.slice(-59), 4));
  return [...classic, ...fineGrained];
}

/** npm access tokens: `npm_` + 30 random + 6 checksum, the GitHub scheme. */
function findNpmTokens(text: string): CredentialMatch[] {
  return matchesOf(
    text,
    /(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9_])/g,
    'npm-token',
    () => 'npm access token'
  ).filter(match => hasValidBase62Checksum(match.value, 4));
}

/**
 * GitLab personal access tokens: legacy `glpat-` + 20, and the routable form (GitLab 17.x) `glpat-`
 * + 27–300 + `.` + 2-character version + 7 base36 characters. Entropy floors as in gitleaks.
 */
function findGitlabTokens(text: string): CredentialMatch[] {
  const type = () => 'GitLab personal access token';
  const legacy = matchesOf(
    text,
    /(?<![A-Za-z0-9_-])glpat-[A-Za-z0-9_-]{20}(?![A-Za-z0-9_.-])/g,
    'gitlab-token',
    type
  );
  const routable = matchesOf(
    text,
    /(?<![A-Za-z0-9_-])glpat-[A-Za-z0-9_-]{27,300}\.[0-9a-z]{9}(?![A-Za-z0-9_-])/g,
    'gitlab-token',
    type
  );
  return [
    ...legacy.filter(match => isRandomBody(match.value.slice(6), 3)),
    ...routable.filter(match => isRandomBody(match.value.slice(6), 4))
  ];
}

const SLACK_TYPES: Record<string, string> = {
  b: 'Slack bot token',
  p: 'Slack user token',
  a: 'Slack app token',
  e: 'Slack refresh token'
};

/**
 * Slack tokens `xox[bpaorse]-…`: numeric workspace/user IDs then a random tail, e.g. bot tokens
 * `xoxb-<digits>-<digits>-<24 alnum>` (https://api.slack.com/authentication/token-types). The
 * first part must be numeric and the last random, so `xoxb-your-token-here` is not a token.
 */
function findSlackTokens(text: string): CredentialMatch[] {
  return matchesOf(
    text,
    /(?<![A-Za-z0-9_.-])(?:xoxe\.)?xox[bpaorse]-[A-Za-z0-9-]{10,250}(?![A-Za-z0-9_-])/g,
    'slack-token',
    token => SLACK_TYPES[token.replace(/^xoxe\./, '').charAt(3)] ?? 'Slack legacy token'
  ).filter(match => {
    const parts = match.value.replace(/^(xoxe\.)?xox.-/, '').split('-');
    const last = parts.at(-1) ?? '';
    return parts.length >= 2 && /^\d+$/.test(parts[0] ?? '') && last.length >= 8 && isRandomBody(last, 3);
  });
}

/** Slack incoming webhooks; the docs' `T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX` is not one. */
function findSlackWebhooks(text: string): CredentialMatch[] {
  return matchesOf(
    text,
    /https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9_/+-]{20,150}/g,
    'slack-webhook',
    () => 'Slack incoming webhook URL'
  ).filter(match => isRandomBody(match.value.split('/').at(-1) ?? '', 3));
}

function findJwts(text: string): CredentialMatch[] {
  return matchesOf(text, JWT_PATTERN, 'jwt', () => 'JSON Web Token').filter(match => isJwt(match.value));
}

/**
 * What every format below starts with: GitHub's `gh?_` and `github_pat_`, `npm_`, `glpat-`, Slack's
 * `xox?-` and webhook host, a JWT's base64url JSON header. One scan for these lets the many strings
 * that hold none (most RUN lines, env values, settings) skip the eight format scans, which cost
 * about thirty times as much.
 */
const TOKEN_MARKERS =
  /gh[pousr]_|github_pat_|npm_|glpat-|xox[bpaorse]-|hooks\.slack\.com\/|e[wy][A-Za-z0-9_-]{10,}={0,2}\./;

/** Every self-identifying token in `text` (may overlap; the caller picks the most specific). */
export function findTokenFormats(text: string): CredentialMatch[] {
  if (!TOKEN_MARKERS.test(text)) return [];
  return [
    ...findGithubTokens(text),
    ...findNpmTokens(text),
    ...findGitlabTokens(text),
    ...findSlackTokens(text),
    ...findSlackWebhooks(text),
    ...findJwts(text)
  ].filter(match => !isVendorExample(match.value));
}
