import { privateKeyText } from '../../test/builders/image-fixture.js';
import { makeAwsKeyPair, makeGithubToken, makeJwt, pseudoRandom } from '../../test/builders/credentials.js';
import { redactText } from './redact-text.js';

/** Whether any 8 characters of `secret` after its first 4 (what a redaction may show) are in `text`. */
function leaks(text: string, secret: string): boolean {
  for (let i = 1; i + 8 <= secret.length; i++) if (text.includes(secret.slice(i, i + 8))) return true;
  return false;
}

const ghp = makeGithubToken('ghp_', pseudoRandom(30, 101));
const aws = makeAwsKeyPair(103);
const jwt = makeJwt({ sub: 'ci-bot', iat: 1700000000 }, 105);
const glpat = 'glpat-' + pseudoRandom(20, 107);
const password = 'Wk3pLm9xZq7RtVn2';

describe('redactText: known formats and shapes', () => {
  it.each([
    ['a GitHub token anywhere', `Unknown instruction 'TOK=${ghp}'.`, ghp, `Unknown instruction 'TOK=ghp_…'.`],
    ['a GitLab token', `token ${glpat} here`, glpat, 'token glpa… here'],
    ['a JWT', `bad value ${jwt}.`, jwt, 'bad value eyJh….'],
    [
      'URL userinfo',
      `[host."http://deploy:${password}@mirror.local:5000"]`,
      password,
      '[host."http://deploy:Wk3p…@mirror.local:5000"]'
    ],
    [
      'bare user:pass@host',
      `location = "deploy:${password}@registry.example.com/team"`,
      password,
      'location = "deploy:Wk3p…@registry.example.com/team"'
    ],
    [
      'NAME=value with a secret-like name',
      `Unknown instruction 'DB_PASSWORD=hunter22-prod'.`,
      'hunter22-prod',
      `Unknown instruction 'DB_PASSWORD=hun…'.`
    ],
    [
      '"name": "value"',
      `{"password": "${password}", "user": "ci"}`,
      password,
      '{"password": "Wk3p…", "user": "ci"}'
    ],
    ['name: value (YAML)', `  apiKey: ${password}`, password, '  apiKey: Wk3p…'],
    [
      'an auth-only name with a credential-shaped value',
      `REGISTRY_AUTH=${password}`,
      password,
      'REGISTRY_AUTH=Wk3p…'
    ],
    [
      'a connection string',
      `Server=db;User Id=sa;Password=${password};`,
      password,
      'Server=db;User Id=sa;Password=Wk3p…;'
    ],
    [
      'an Authorization header',
      `-H "Authorization: Bearer ${password}"`,
      password,
      '-H "Authorization: Bearer Wk3p…"'
    ],
    [
      'Basic credentials',
      `Authorization: Basic ${Buffer.from(`ci:${password}`).toString('base64')}`,
      Buffer.from(`ci:${password}`).toString('base64'),
      'Authorization: Basic Y2k6…'
    ],
    [
      'a --password flag',
      `docker login --password ${password} r.example.com`,
      password,
      'docker login --password Wk3p… r.example.com'
    ],
    ['curl -u user:pass', `curl -u admin:${password} https://x/`, password, 'curl -u admin:Wk3p… https://x/'],
    [
      'an env entry: a name pair then its value (YAML)',
      `env:\n- name: DB_PASSWORD\n  value: ${password}\n- name: LOG_LEVEL\n  value: debug`,
      password,
      'env:\n- name: DB_PASSWORD\n  value: Wk3p…\n- name: LOG_LEVEL\n  value: debug'
    ],
    [
      'an env entry in JSON',
      `[{"name": "SMTP_PASSWORD", "value": "${password}"}]`,
      password,
      '[{"name": "SMTP_PASSWORD", "value": "Wk3p…"}]'
    ],
    [
      // kubectl quotes an inline patch it could not apply whole, with `\n` and `\"` escapes.
      'an env entry in a tool error that quotes a patch',
      String.raw`err='… - name: DB_PASSWORD\n    value: ${password}\n  - name: X\n    value: {\"name\":\"API_TOKEN\",\"value\":\"${password}\"}'`,
      password,
      String.raw`err='… - name: DB_PASSWORD\n    value: Wk3p…\n  - name: X\n    value: {\"name\":\"API_TOKEN\",\"value\":\"Wk3p…\"}'`
    ],
    [
      'an AWS secret key alone',
      `secret ${aws.secret} leaked`,
      aws.secret,
      `secret ${aws.secret.slice(0, 4)}… leaked`
    ]
  ])('%s', (_, text, secret, expected) => {
    expect(leaks(text, secret)).toBe(true); // the input does hold it
    const redacted = redactText(text);
    expect(redacted).toBe(expected);
    expect(leaks(redacted, secret)).toBe(false);
  });

  it('redacts the body of a private key and keeps its markers', () => {
    const key = privateKeyText(109);
    const redacted = redactText(`line 3: ${key}`);
    expect(redacted).toMatch(
      /^line 3: -----BEGIN OPENSSH PRIVATE KEY-----.{0,4}…-----END OPENSSH PRIVATE KEY-----\n$/s
    );
    expect(leaks(redacted, key.split('\n')[2] ?? '')).toBe(false);
  });

  it('redacts base64 whose decoded text holds a secret', () => {
    const auth = Buffer.from(`deploy:${password}`).toString('base64');
    const token = Buffer.from(ghp).toString('base64');
    const redacted = redactText(`auth ${auth} and data ${token}`);
    expect(redacted).toBe(`auth ${auth.slice(0, 4)}… and data ${token.slice(0, 4)}…`);
  });

  it('still redacts a random base64 key with slashes next to a commit sha', () => {
    const key = `${pseudoRandom(13, 113)}/${pseudoRandom(7, 115)}/${pseudoRandom(18, 117)}`;
    const sha = '13a42f456d81cf5ab0d5df3b5f769d6189f27a52';
    const redacted = redactText(`secret ${key} at commit ${sha}`);
    expect(leaks(redacted, key)).toBe(false);
    expect(redacted).toContain(sha);
  });

  it('redacts a random-looking run (a generated key without a name)', () => {
    const key = pseudoRandom(32, 111);
    expect(redactText(`value '${key}' is set`)).toBe(`value '${key.slice(0, 4)}…' is set`);
  });
});

describe('redactText: ordinary text stays as it is', () => {
  it.each([
    "Service 'db' sets 'POSTGRES_PASSWORD' to a literal secret ('Orde…').",
    "Container 'job' runs Windows image 'myorg/job:1.0-ltsc2022', but the pod does not target Windows nodes.",
    "Image 'registry.example.com:5000/team/app:1.4.2@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef' is pinned.",
    "Image 'nginx:1.25@sha256:12345…' uses a mutable tag.",
    "'privileged: true' and 'automountServiceAccountToken: true' are set.",
    "Registry 'http://mirror.local:5000' is reached over plain HTTP ('host.\"http://mirror.local:5000\"').",
    "The runAsUserName 'CONTOSO\\tsvc' is double-quoted, so Kubernetes receives 'CONTOSO\\u0009svc'.",
    "Secret 'db-credentials' key 'password' is mounted from 'secretKeyRef: db-credentials'.",
    "ENV 'DB_PASSWORD' holds a literal secret ('Qz7v…').",
    'RUN curl -H "Authorization: Bearer ${TOKEN}" https://api.example.com/x',
    "ARG 'NPM_TOKEN' takes a secret through --build-arg; its value is kept in the image history.",
    "'app/.env' (dotenv file) is in image sha256:0101010101010101010101010101010101010101010101010101010101010101.",
    'examples/kubernetes/windows-deployment.yaml:12 contoso.com/AppServerWebImage2 550e8400-e29b-41d4-a716-446655440000',
    'Contact: ops@example.com; see https://docs.example.com/a/b?x=1&page=2.',
    'SARIF written to /tmp/bulkhead-runner-IdvL2K/bulkhead.sarif for pod api-7d9f8c6b5-x2x9z.',
    'Temporary files in /tmp/bulkhead-image-xoyS7L/layout and C:\\Users\\RUNNER~1\\AppData\\Local\\Temp\\bulkhead-Qx81Lz.',
    'PASSWORD=changeme and TOKEN=${GITHUB_TOKEN} and API_KEY=<your-key-here>',
    "ENV 'REGISTRY_AUTH=htpasswd' and 'REGISTRY_AUTH_HTPASSWD_REALM=Registry Realm' configure the registry.",
    // Env entries whose value is no secret: a reference, a file path, a setting in between, a plain name.
    '- name: DB_PASSWORD\n  value: ${DB_PASSWORD}\n- name: PASSWORD_FILE\n  value: /run/secrets/db',
    '- name: API_TOKEN\n  valueFrom:\n    secretKeyRef: {name: api, key: token}\n  value: Zq7-vLm2-Pw',
    '{"name": "web", "value": "nginx"} and name: TOKEN_TTL value: 3600'
  ])('%s', text => {
    expect(redactText(text)).toBe(text);
  });

  // The job summary links `blob/<sha>/<path>#L<line>`: the run from the host's `com` through the
  // path holds the sha, and about one sha in thirty made the whole run look random.
  it.each([
    '13a42f456d81cf5ab0d5df3b5f769d6189f27a52',
    '0c842d8f47a3947abb60263551b98c9353593191',
    '458df27675362d5b806e34ae339df4121c066ea4'
  ])('keeps a blob link whose commit sha is %s', sha => {
    const link = `- [app/Dockerfile:3](https://github.com/octo/hello/blob/${sha}/app/Dockerfile#L3)`;
    expect(redactText(link)).toBe(link);
  });

  it('keeps blob links and digest paths for 2,000 generated ids', () => {
    const changed: string[] = [];
    for (let seed = 1; seed <= 1000; seed++) {
      const sha = pseudoRandom(40, seed, '0123456789abcdef');
      const digest = pseudoRandom(64, seed + 5000, '0123456789abcdef');
      for (const text of [
        `https://github.com/octo/hello/blob/${sha}/app/Dockerfile#L3`,
        `https://ghcr.io/v2/octo/app/blobs/sha256/${digest}/layer`
      ]) {
        if (redactText(text) !== text) changed.push(text);
      }
    }
    expect(changed).toEqual([]);
  });

  it('is idempotent: a redacted text comes out of a second pass unchanged', () => {
    const once = redactText(`TOKEN=${ghp} https://u:${password}@h.example.com PASSWORD=${password}`);
    expect(once).toBe('TOKEN=ghp_… https://u:Wk3p…@h.example.com PASSWORD=Wk3p…');
    expect(redactText(once)).toBe(once);
  });
});

describe('redactText: repeated texts', () => {
  it('gives the same answer for a text seen before and for its own redaction', () => {
    const text = `Unknown instruction 'DB_PASSWORD=${password}'.`;
    const first = redactText(text);
    expect(first).toBe("Unknown instruction 'DB_PASSWORD=Wk3p…'.");
    expect(redactText(text)).toBe(first);
    expect(redactText(first)).toBe(first);
    const long = `${'FROM alpine\n'.repeat(300)}PASSWORD=${password}`;
    expect(redactText(long).endsWith('PASSWORD=Wk3p…')).toBe(true);
    expect(redactText(redactText(long))).toBe(redactText(long));
  });
});

describe('redactText: long hyphenated words', () => {
  // A fuzzed trust policy named `lab-team-ab-team-ab-…` (400 KB) once took over a minute: every
  // in-word hyphen started a fresh name that ran to the end of the word.
  const word = 'lab' + '-team-ab'.repeat(50_000);

  it('leaves a long hyphenated word that names nothing as it is', () => {
    const text = `policy "${word}" is not trusted.`;
    expect(redactText(text)).toBe(text);
  });

  it('still redacts a value after a long hyphenated name and after a `--flag` name', () => {
    expect(redactText(`${word}-password=${password}`)).toBe(`${word}-password=Wk3p…`);
    expect(redactText(`run --db-password=${password} now`)).toBe('run --db-password=Wk3p… now');
    expect(redactText(`x my-api-token: ${password}`)).toBe('x my-api-token: Wk3p…');
  });
});
