import {
  makeAwsKeyPair,
  makeGithubToken,
  makeJwt,
  makeNpmToken,
  pseudoRandom
} from '../../test/builders/credentials.js';
import { findKnownCredentials, type CredentialMatch } from './known-credentials.js';

const ghp = makeGithubToken('ghp_', pseudoRandom(30, 11));

function ids(text: string): string[] {
  return findKnownCredentials(text).map(match => match.id);
}

function only(text: string): CredentialMatch {
  const matches = findKnownCredentials(text);
  expect(matches).toHaveLength(1);
  const [match] = matches;
  if (!match) throw new Error('no match');
  expect(text.slice(match.start, match.end)).toBe(match.value);
  return match;
}

function flip(token: string): string {
  return token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
}

describe('findKnownCredentials: GitHub and npm tokens (checksum-validated)', () => {
  it.each([
    ['ghp_', 'GitHub personal access token'],
    ['gho_', 'GitHub OAuth access token'],
    ['ghu_', 'GitHub user-to-server token'],
    ['ghs_', 'GitHub server-to-server token'],
    ['ghr_', 'GitHub refresh token']
  ])('finds %s tokens anywhere', (prefix, type) => {
    const token = makeGithubToken(prefix, pseudoRandom(30, prefix.charCodeAt(2)));
    const text = `ENV GITHUB_TOKEN=${token}\n`;
    expect(only(text)).toEqual({ id: 'github-token', type, value: token, start: 17, end: 17 + token.length });
  });

  it('rejects tokens whose checksum fails, and lookalikes', () => {
    expect(ids(`GITHUB_TOKEN=${flip(ghp)}`)).toEqual([]);
    expect(ids('GITHUB_TOKEN=ghp_' + 'x'.repeat(36))).toEqual([]);
    expect(ids('GITHUB_TOKEN=ghp_abcdefghijklmnopqrstuvwxyzABCDEFGHIJ')).toEqual([]);
    expect(ids(`x${ghp}`)).toEqual([]); // part of a longer word
    expect(ids(`${ghp}x`)).toEqual([]);
    expect(ids('GITHUB_TOKEN=ghp_<your-token>')).toEqual([]);
  });

  it('finds fine-grained PATs whose random part looks random', () => {
    const pat = `github_pat_11${pseudoRandom(20, 3)}_${pseudoRandom(59, 4)}`;
    expect(only(`token: ${pat}`)).toMatchObject({
      id: 'github-token',
      type: 'GitHub fine-grained personal access token'
    });
    expect(ids(`github_pat_${'x'.repeat(22)}_${'x'.repeat(59)}`)).toEqual([]);
  });

  it('finds npm tokens with a valid checksum only', () => {
    const token = makeNpmToken(pseudoRandom(30, 21));
    expect(only(`ARG NPM_TOKEN=${token}`)).toMatchObject({ id: 'npm-token', type: 'npm access token' });
    expect(ids(`ARG NPM_TOKEN=${flip(token)}`)).toEqual([]);
    expect(ids('ARG NPM_TOKEN=npm_' + '0'.repeat(36))).toEqual([]);
  });
});

describe('findKnownCredentials: npm registry auth', () => {
  it('finds literal _authToken / _auth / _password / npmAuthToken values', () => {
    expect(only('//registry.npmjs.org/:_authToken=abcd1234efgh5678')).toMatchObject({
      id: 'npm-auth-token',
      value: 'abcd1234efgh5678'
    });
    expect(only('RUN echo "//npm.pkg.github.com/:_authToken=Xk9mP2qL8vN4" > .npmrc')).toMatchObject({
      value: 'Xk9mP2qL8vN4'
    });
    expect(only('_auth = "dXNlcjpodW50ZXIy"')).toMatchObject({ type: 'npm registry basic-auth credential' });
    expect(only('npmAuthToken: s3cr3t-t0ken')).toMatchObject({ type: 'Yarn registry auth token' });
    // npm's environment form of the keys.
    expect(only('ENV npm_config__authToken=Xk9mP2qL8vN4')).toMatchObject({ type: 'npm registry auth token' });
  });

  it('takes a command substitution after the key whole', () => {
    // Text glued after the substitution is a literal part of the value (RULES.md `abc123${X}`).
    const text = 'echo "//r.example.com/:_authToken=$(cat /run/secrets/t | tr -d x)Xk9mP2qL8vN4" > .npmrc';
    expect(only(text)).toMatchObject({
      id: 'npm-auth-token',
      value: '$(cat /run/secrets/t | tr -d x)Xk9mP2qL8vN4'
    });
  });

  it('prefers the npm token format to the generic _authToken form', () => {
    const token = makeNpmToken(pseudoRandom(30, 5));
    expect(only(`//registry.npmjs.org/:_authToken=${token}`)).toMatchObject({
      id: 'npm-token',
      value: token
    });
  });

  it.each([
    '//registry.npmjs.org/:_authToken=${NPM_TOKEN}',
    'RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > ~/.npmrc',
    '//registry.npmjs.org/:_authToken=$NPM_TOKEN',
    '//registry.npmjs.org/:_authToken=<token>',
    '//registry.npmjs.org/:_authToken=YOUR_TOKEN_HERE',
    '_authToken=',
    'npmAuthToken: "${NPM_AUTH_TOKEN}"',
    // BuildKit secret mounts (snyk/kubernetes-monitor's Dockerfile) and printf formats.
    'RUN --mount=type=secret,id=npm_token echo "//registry.npmjs.org/:_authToken=$(cat /run/secrets/npm_token)" > ~/.npmrc',
    'npm config set //registry.npmjs.org/:_authToken=$(cat /run/secrets/npm_token) && npm ci',
    'env "npm_config_//npm.pkg.github.com/:_authToken=$(cat /run/secrets/npm_token)" npm ci',
    `echo "//npm.pkg.github.com/:_authToken=$(cat /run/secrets/npm_token | tr -d '\\n')" > .npmrc`,
    'echo "//npm.pkg.github.com/:_authToken=$(< /run/secrets/npm_token)" > .npmrc',
    'echo "//npm.pkg.github.com/:_authToken=`cat /run/secrets/npm_token`" > .npmrc',
    'echo "_auth=$(cat /run/secrets/npm_user /run/secrets/npm_pass | base64)" >> .npmrc',
    'echo "npmAuthToken: $(cat /run/secrets/yarn_token)" >> .yarnrc.yml',
    `printf '//registry.npmjs.org/:_authToken=%s\\n' "$(cat /run/secrets/npm_token)" > ~/.npmrc`,
    'printf "_authToken=%s" "$NPM_TOKEN" > .npmrc',
    'db_password=hunter22', // not npm's `_password`
    // Settings whose separator is `__` (listmonk's koanf, dynaconf): a word of the name, not npm's key.
    'LISTMONK_db__password: listmonk',
    'APP__auth: htpasswd',
    'ENV KAFKA__sasl__auth=SCRAM-SHA-256'
  ])('ignores %s', text => expect(ids(text)).toEqual([]));
});

describe('findKnownCredentials: GitLab and Slack', () => {
  it('finds GitLab PATs (legacy and routable) with random bodies', () => {
    expect(only(`GITLAB_TOKEN=glpat-${pseudoRandom(20, 8)}`)).toMatchObject({ id: 'gitlab-token' });
    const routable = `glpat-${pseudoRandom(40, 9)}.01${pseudoRandom(7, 10, '0123456789abcdefghijklmnopqrstuvwxyz')}`;
    expect(only(`token: ${routable}`)).toMatchObject({ id: 'gitlab-token', value: routable });
  });

  it.each([
    'glpat-xxxxxxxxxxxxxxxxxxxx',
    'glpat-<your-access-token>',
    'glpat-yourtokengoeshere12',
    'glpat-aaaaaaaaaaaaaaaaaaaa'
  ])('ignores GitLab placeholder %s', text => expect(ids(text)).toEqual([]));

  it('finds Slack tokens with numeric IDs and a random tail', () => {
    const bot = `xoxb-${pseudoRandom(11, 1, '0123456789')}-${pseudoRandom(12, 2, '0123456789')}-${pseudoRandom(24, 3)}`;
    expect(only(`SLACK_BOT_TOKEN=${bot}`)).toMatchObject({
      id: 'slack-token',
      type: 'Slack bot token',
      value: bot
    });
    const user = `xoxp-1234567890-1234567890-1234567890-${pseudoRandom(32, 4, '0123456789abcdef')}`;
    expect(only(user)).toMatchObject({ type: 'Slack user token' });
  });

  it.each([
    'xoxb-your-token-here',
    'xoxb-123456789012-xxxxxxxxxxxxxxxxxxxxxxxx',
    'xoxp-token',
    'xoxb-1234-5678'
  ])('ignores Slack placeholder %s', text => expect(ids(text)).toEqual([]));

  it('finds Slack webhooks but not the documentation example', () => {
    const hook = `https://hooks.slack.com/services/T${pseudoRandom(8, 5).toUpperCase()}/B${pseudoRandom(8, 6).toUpperCase()}/${pseudoRandom(24, 7)}`;
    expect(only(`SLACK_WEBHOOK_URL=${hook}`)).toMatchObject({ id: 'slack-webhook', value: hook });
    expect(ids('https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX')).toEqual([]);
    expect(ids('https://hooks.slack.com/services/XXX/YYY/ZZZ')).toEqual([]);
  });
});

describe('findKnownCredentials: AWS', () => {
  const { id, secret } = makeAwsKeyPair();

  it('finds a secret access key next to its key ID', () => {
    const text = `[default]\naws_access_key_id = ${id}\naws_secret_access_key = ${secret}\n`;
    expect(only(text)).toMatchObject({ id: 'aws-access-key', type: 'AWS secret access key', value: secret });
    expect(only(`ENV AWS_ACCESS_KEY_ID=${id} SECRET=${secret}`).value).toBe(secret);
    expect(only(`${secret} is the secret for ${id}`).value).toBe(secret);
  });

  it('finds a secret on an aws_secret_access_key assignment without an ID', () => {
    expect(only(`ENV AWS_SECRET_ACCESS_KEY ${secret}`).value).toBe(secret);
    expect(only(`RUN aws configure set aws_secret_access_key ${secret}`).value).toBe(secret);
    expect(only(`"AWS_SECRET_ACCESS_KEY": "${secret}"`).value).toBe(secret);
  });

  it.each([
    [`aws_access_key_id = ${id}`, 'an ID alone is not a credential'],
    [`SOMETHING=${secret}`, 'a 40-character string without an ID or AWS name'],
    [`${id}\n${'#'.repeat(300)}\n${secret}`, 'too far from the ID'],
    [`${id} e3b0c44298fc1c149afbf4c8996fb92427ae41e4`, 'a sha1 next to an ID'],
    [
      'aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      'AWS docs pair'
    ],
    ['AKIAI44QH8DHBEXAMPLE je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY', 'AWS docs pair 2'],
    ['RUN echo $AWS_SECRET_ACCESS_KEY', 'a reference'],
    ['ENV AWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY}', 'a reference']
  ])('ignores %s (%s)', text => expect(ids(text)).toEqual([]));
});

describe('findKnownCredentials: Azure', () => {
  const key = Buffer.from(pseudoRandom(64, 12)).toString('base64');

  it('finds storage account keys in connection strings', () => {
    const text = `DefaultEndpointsProtocol=https;AccountName=prod;AccountKey=${key};EndpointSuffix=core.windows.net`;
    expect(only(text)).toMatchObject({ id: 'azure-storage-key', value: key });
  });

  it.each([
    'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;',
    'AccountName=x;AccountKey=<storage-account-key>;',
    'AccountName=x;AccountKey=' + 'A'.repeat(86) + '==;',
    'UseDevelopmentStorage=true'
  ])('ignores %s', text => expect(ids(text)).toEqual([]));

  const sig = encodeURIComponent(Buffer.from(pseudoRandom(32, 13)).toString('base64'));

  it('finds SAS signatures with SAS context', () => {
    const url = `https://acct.blob.core.windows.net/c/b.txt?sv=2022-11-02&ss=b&srt=o&sp=r&se=2030-01-01T00:00:00Z&sig=${sig}`;
    expect(only(`AZURE_BLOB_URL=${url}`)).toMatchObject({ id: 'azure-sas', value: sig });
    expect(only(`SharedAccessSignature=sv=2022-11-02&sr=c&sig=${sig}&se=2030-01-01`).value).toBe(sig);
  });

  it.each([
    `https://example.com/?sig=${sig}`,
    'https://acct.blob.core.windows.net/c?sv=2022-11-02&sig=<signature>'
  ])('ignores %s', text => expect(ids(text)).toEqual([]));
});

describe('findKnownCredentials: JWT', () => {
  it('finds JWTs whose header and payload decode to JSON objects with an alg', () => {
    const jwt = makeJwt({ sub: 'svc', exp: 2000000000 });
    expect(only(`Authorization: Bearer ${jwt}`)).toMatchObject({
      id: 'jwt',
      type: 'JSON Web Token',
      value: jwt
    });
  });

  it('ignores lookalikes and the jwt.io example', () => {
    const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const noAlg = `${part({ typ: 'JWT' })}.${part({ sub: 'x' })}.${pseudoRandom(43)}`;
    const notJson = `eyJ${pseudoRandom(20)}.eyJ${pseudoRandom(20)}.${pseudoRandom(43)}`;
    const arrayPayload = `${part({ alg: 'HS256' })}.${part([1, 2, 3, 4, 5, 6, 7, 8])}.${pseudoRandom(43)}`;
    const unsigned = `${part({ alg: 'HS256' })}.${part({ sub: 'x' })}.`;
    for (const text of [noAlg, notJson, arrayPayload, unsigned]) expect(ids(text)).toEqual([]);
    expect(
      ids(
        'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'
      )
    ).toEqual([]);
  });
});

describe('findKnownCredentials: URL userinfo', () => {
  it.each([
    ['https://user:s3cr3t@example.com', 's3cr3t'],
    ['RUN git clone https://deploy:Xk9mP2qL8v@git.example.com/app.git /app', 'Xk9mP2qL8v'],
    ['redis://:Sup3rS3cret@redis:6379/0', 'Sup3rS3cret'],
    ['mongodb+srv://app:Sup3rS3cret@cluster0.mongodb.net/db', 'Sup3rS3cret'],
    ['jdbc:postgresql://app:hunter22@db:5432/app', 'hunter22'],
    ['pip install --index-url https://pypi:p%40ssw0rd@pypi.example.com/simple pkg', 'p%40ssw0rd']
  ])('%s holds the password %s', (text, password) => {
    const match = only(text);
    expect(match).toMatchObject({ id: 'url-password', type: 'password in URL', value: password });
  });

  it.each([
    'https://user:${TOKEN}@github.com/o/r.git',
    'https://$USER:$PASS@host/x',
    'https://${GIT_USER}:${GIT_TOKEN}@host',
    'postgres://app:****@db/app',
    'postgres://app:%2A%2A%2A%2A@db/app',
    'http://user@host/x',
    'https://user:password@example.com',
    'https://user:<password>@example.com',
    'https://user:changeme@example.com',
    'postgres://postgres:postgres@db:5432/app',
    'amqp://guest:guest@rabbitmq:5672/',
    'https://user:s3cr3t@{{ .Values.host }}/x',
    'https://user:s3cr3t@${HOST}/x',
    'https://user:$(cat /run/secrets/token)@github.com/o/r',
    'http://localhost:8080/path',
    'git@github.com:org/repo.git',
    'ssh://git@github.com/org/repo.git',
    'postgres://app:pw@db' // too short to be a literal
  ])('ignores %s', text => expect(ids(text)).toEqual([]));

  it('reports a token used as the URL password once, as the token', () => {
    const glpat = `glpat-${pseudoRandom(20, 14)}`;
    expect(ids(`RUN git clone https://oauth2:${glpat}@gitlab.com/o/r.git`)).toEqual(['gitlab-token']);
    const ghs = makeGithubToken('ghs_', pseudoRandom(30, 15));
    expect(only(`https://x-access-token:${ghs}@github.com/o/r.git`)).toMatchObject({
      id: 'github-token',
      value: ghs
    });
  });
});

describe('findKnownCredentials: whole texts', () => {
  it('returns non-overlapping matches in text order with exact offsets', () => {
    const { id, secret } = makeAwsKeyPair(5);
    const npm = makeNpmToken(pseudoRandom(30, 16));
    const text = [
      'FROM node:20',
      `ENV GITHUB_TOKEN=${ghp}`,
      `RUN echo "//registry.npmjs.org/:_authToken=${npm}" > .npmrc && \\`,
      `    git clone https://ci:Xk9mP2qL8v@git.example.com/x.git`,
      `ENV AWS_ACCESS_KEY_ID=${id} AWS_SECRET_ACCESS_KEY=${secret}`
    ].join('\n');
    const matches = findKnownCredentials(text);
    expect(matches.map(match => match.id)).toEqual([
      'github-token',
      'npm-token',
      'url-password',
      'aws-access-key'
    ]);
    for (const match of matches) expect(text.slice(match.start, match.end)).toBe(match.value);
  });

  it('finds nothing in a typical clean Dockerfile', () => {
    const dockerfile = [
      'FROM mcr.microsoft.com/dotnet/aspnet:8.0@sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      'ENV GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D',
      'ENV PYTHON_SHA256=8fb5f9fbc7609fa822cb31549884575db7fd9657cbffb89510b5d7975963a83a',
      'ARG NPM_TOKEN',
      'RUN --mount=type=secret,id=npm,env=NPM_TOKEN npm ci',
      'ENV DB_PASSWORD_FILE=/run/secrets/db_password',
      'ENV ConnectionStrings__Default="Server=db;Database=app;User Id=sa;Password=${SA_PASSWORD}"',
      'RUN curl -fsSL https://deb.nodesource.com/setup_20.x | bash -',
      'ENV SSH_AUTH_SOCK=/ssh-agent',
      'HEALTHCHECK CMD curl -f http://localhost:8080/health || exit 1',
      'LABEL org.opencontainers.image.revision=4f1c2a3b5d6e7f8091a2b3c4d5e6f708192a3b4c'
    ].join('\n');
    expect(findKnownCredentials(dockerfile)).toEqual([]);
  });

  it('returns an empty list for empty text', () => {
    expect(findKnownCredentials('')).toEqual([]);
  });
});
