import { makeAwsKeyPair, makeGithubToken, makeJwt, pseudoRandom } from '../../test/builders/credentials.js';
import { classifyAppliedPassword, classifyValue, type NonLiteralReason } from './literal-value.js';

function reasonOf(value: string): NonLiteralReason | 'literal' {
  const verdict = classifyValue(value);
  return verdict.literal ? 'literal' : verdict.reason;
}

describe('classifyValue', () => {
  it.each([
    // Base64 may start with `/` and hold more, but never a `.`: not a path.
    '/9j/4AAQSkZJRgABAQEASABIAAD',
    '/9j/4AAQSkZJRgABAQEASABIAAD+Qx9/7mK',
    'hunter2',
    'P@ssw0rd!',
    'Passw0rd',
    'password123',
    'changeme123',
    'test123',
    'admin',
    'root',
    'guest',
    'trust',
    'letmein',
    'Sup3rS3cret!',
    'change-me-2024-Kq7', // an instruction with a number in it is a value someone chose
    'your-password-123',
    '{username}-Xk9mR2vLq7',
    '{user}:hunter2',
    'p4ss{word}2024',
    'your-s3cr3t-pass', // leetspeak is a chosen value, not a service name
    '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\n-----END PRIVATE KEY-----\n',
    'hunter2.key.backup', // a key file's name is the whole value, with its extension last
    'Xk9.mR2/vLq7', // dots and slashes alone make no file name
    '_blue_horse_', // words in underscores that do not name a credential
    '_My_Admin_Password_', // mixed case, and digits, are chosen text
    '_admin_pass2_',
    'yourpass2024',
    'changedHisMind',
    's3cr3t',
    'abcd',
    'Pa$$w0rd', // `$$` is an escaped `$` (Compose, Kubernetes)
    'Pa$(w0rd', // an opening `$(` inside a value is text of it
    'x`Kq7!mR2', // and so is a backtick
    '%sXk9mP2qL8vN4', // a format verb glued to a literal
    '%d5Kq7mR2vL', // percent-encoded bytes are no format verb
    // Percent signs around dotted text or `env(…)` glued to a literal leave the literal a value.
    '%kernel.secret%Xk9mP2qL8vN4',
    'Xk9%mP2.qL8%vN4',
    '%env(resolve:)%Kq7mR2vLx9',
    '$(cat /run/secrets/pre)Xk9mP2qL8vN4', // text glued after a substitution is the value's
    'P@ss$word1', // judged by the literal text around `$word1`
    'abc123${SUFFIX}',
    'neo4j-${NEO4J_PASSWORD}', // glued by a dash: text of the password, not a user name
    'admin:hunter2:${SUFFIX}', // a password before the reference
    'hunter2${PASS}/', // the reference is not the last part
    '${DB_PASSWORD:-hunter2}', // the default is baked in when the variable is unset
    '${DB_PASSWORD-hunter2}',
    '${db_password-Hunter2}', // a default: not all lower-case words
    '"quoted-s3cret"',
    'postgres://app:s3cr3t@db:5432/app',
    'Server=db;Database=app;User Id=sa;Password=Sup3rS3cret!;',
    // A password that only starts like its user name is no default account's.
    'Host=db;Username=postgres;Password=postgres2024',
    'host=rabbitmq;username=guest;password=Gu3st-Pr0d',
    'https://example.com/hook?token=Xk9mP2qL8vN4zR7t',
    // From kubernetes/examples manifests: weak but real literal passwords.
    'mysql',
    'minio123',
    'c-krit',
    '--password hunter2',
    '-p Sup3rS3cret',
    // A number that is no length, and demo words mixed with digits, stay literal.
    'password32',
    'secure-password-2024',
    'Secure2024!',
    'aSecureP4ss',
    'update2024-Prod',
    // Text around a marker, or a marker's brackets unbalanced, is a value.
    '<<PLEX_API_KEY>>2024',
    '<token>.Xk9mR2',
    'long-and-random-9f3Kq',
    'alpha-Bravo-7741',
    'provided2024', // a sentinel word with digits is a chosen value
    'user_provided_9f3Kq7mR',
    // Capitals and lower case that do not split into placeholder words.
    'HEREford2024',
    'Hereford',
    'Yourself9!x',
    'Kq7YOURmX2pLz',
    'SECRETsauce',
    'POSTGRESpassword',
    'TOKENhere9'
  ])('%j is a literal', value => expect(classifyValue(value)).toEqual({ literal: true }));

  it('keeps credential-shaped values literal even with a placeholder word in them', () => {
    const token = makeGithubToken('ghp_', 'EXAMPLEdummy' + pseudoRandom(18, 4));
    expect(classifyValue(token)).toEqual({ literal: true });
    expect(classifyValue('dummy-' + pseudoRandom(24, 8))).toEqual({ literal: true });
    expect(classifyValue(makeJwt({ sub: 'example', role: 'placeholder' }))).toEqual({ literal: true });
    const { id, secret } = makeAwsKeyPair();
    expect(classifyValue(`${id}:${secret}`)).toEqual({ literal: true });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['""', 'empty'],
    ["''", 'empty']
  ] as const)('%j is %s', (value, reason) => expect(reasonOf(value)).toBe(reason));

  it.each([
    '$DB_PASSWORD',
    '${DB_PASSWORD}',
    '${DB_PASSWORD:?must be set}',
    '${DB_PASSWORD:-}',
    '${DB_PASSWORD:-${FALLBACK}}',
    '${chart-admin-password}', // Jenkins JCasC names its secrets so: no shell default
    '$(cat /run/secrets/x)',
    '/run/secrets/db_password', // where the secret is mounted, not the secret
    '/var/run/secrets/kubernetes.io/serviceaccount/token',
    // Where the key is read from (cert-manager's pebble config: `"privateKey": "/config/key.pem"`).
    '/config/key.pem',
    '/etc/ssl/private/server.key',
    '/srv/app/secrets/app.secret',
    // Any other directory, when a `-` or `_` rules out base64 (Concourse's worker key, mounted from the repo).
    '/concourse-keys/worker_key',
    '/ssh-keys/id_ed25519',
    '/tsa/host_key',
    'C:\\certs\\app.pfx',
    // A relative path or file name of a key file (Orthanc's `"DicomTlsPrivateKey": "orthanc.key"`).
    'server.key',
    './certs/tls.key',
    'client_secret.json',
    'keys\\signing.pfx',
    '$(< /run/secrets/db)',
    '`cat /run/secrets/x`',
    // A substitution cut short by a caller that reads a value up to its first space
    // (`_authToken=$(cat /run/secrets/npm_token)`): what follows `$(` is a command, not the value.
    '$(cat',
    '"$(cat',
    '$(base64',
    '`cat',
    '%PASSWORD%',
    // Symfony container parameters: LexikJWTAuthenticationBundle's recipe default, env processors.
    '%kernel.project_dir%/config/jwt/private.pem',
    '%kernel.secret%',
    '%env(resolve:SYMFONY_SECRET)%',
    '%env(base64:MAILER_PASSWORD_B64)%',
    '%env(default:app.fallback_secret:APP_SECRET)%',
    '$env:PASSWORD',
    '${env:PASSWORD}',
    '{{ .Values.db.password }}',
    '{{ required "password" .Values.password }}',
    '${{ secrets.NPM_TOKEN }}',
    '#{DbPassword}',
    '"${DB_PASSWORD}"',
    '$USER:$PASS',
    '$${DB_PASSWORD_FROM_VAULT}', // Compose hands `${…}` to the container's shell
    '${USER}:${PASS}',
    'Bearer ${TOKEN}',
    // A user name, then the password as a reference (Neo4j's NEO4J_AUTH, helm/charts' neo4j test script).
    'neo4j:${NEO4J_SECRETS_PASSWORD}',
    'neo4j/${NEO4J_PASSWORD}',
    'neo4j/$(NEO4J_PASSWORD)',
    '"svc.user@corp:${PASS}"',
    'Basic $(echo -n $U:$P | base64)',
    'token ${GITHUB_TOKEN}',
    '${PREFIX}_secret',
    'postgres://app:${DB_PASS}@db/app',
    'https://user:${TOKEN}@github.com/o/r.git',
    'Server=db;User Id=sa;Password=${SA_PASSWORD};',
    'https://{{ .Values.user }}:{{ .Values.pass }}@{{ .Values.host }}',
    'https://user:pw1234@{{ .Values.host }}/x',
    // Azure Pipelines macro in a command-line value (microsoft/dotnet-framework-docker).
    "--gh-token '$(BotAccount-dotnet-docker-bot-PAT)'"
  ])('%j is a reference', value => expect(reasonOf(value)).toBe('reference'));

  it.each([
    'changeme',
    'CHANGEME',
    'change_me',
    'CHANGE-ME-PLEASE',
    'changeit',
    'placeholder',
    'dummy',
    'example',
    'sample',
    'your',
    'password',
    'PASSWORD',
    'secret',
    'token',
    'passwd',
    'your-password-here',
    'YOUR_PASSWORD_HERE',
    'YourPasswordHere',
    'yourtokenhere',
    'your_api_key',
    'your-token-goes-here',
    'build-time-placeholder',
    'dummy-secret',
    'change-this-insecure-key', // penpot's compose file
    'dummyKeyWithMinimumLength-------------------------', // netbox-docker's collectstatic key
    'mypassword',
    'my_secret',
    'supersecret',
    'secret-value',
    'REPLACE_ME',
    'replace-with-your-token',
    'replaceme',
    'TODO',
    'todo-set-me',
    'redacted',
    'REDACTED',
    '<redacted>',
    '<your-token>',
    '<YOUR_PASSWORD>',
    '<password>',
    '[TOKEN_HERE]',
    '{password}',
    '__DB_PASSWORD__',
    // A PEM block around placeholder words (VictoriaMetrics' vmcluster_with_backuper.yaml).
    '-----BEGIN PRIVATE KEY-----\nprivate-key\n-----END PRIVATE KEY-----\n',
    '-----BEGIN PRIVATE KEY-----\\nyour-private-key-here\\n-----END PRIVATE KEY-----',
    '_admin_password_', // photoprism's setup/docker/cloud/compose.yaml, replaced by its setup.sh
    '_DATABASE_PASSWORD_',
    '_api_token_',
    'xxx',
    'XXXXXXXX',
    'xxxx-xxxx-xxxx',
    '***',
    '********',
    '...',
    '…',
    '---',
    'aaaaaaaa',
    'sk-****abcd',
    'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'xoxb-your-token',
    'foo',
    'null',
    'none',
    'Bearer <token>',
    'postgres://postgres:postgres@db:5432/app', // user = password: a default account
    // The same in a connection string (estiller/windows-containers-sample's EasyNetQ string, Npgsql, ADO.NET).
    'host=codetweet-rabbitmq;username=guest;password=guest',
    'Host=db;Port=5432;Username=postgres;Password=postgres',
    'Server=db;Database=app;User ID="admin";Password=admin;',
    'https://user:****@example.com',
    'https://user:%2A%2A%2A%2A@example.com',
    // RULES.md `your-…-here` / `replace…`: text telling the reader what to put there.
    'INSERT_ETCD_DISCOVERY_TOKEN', // kubernetes/examples openshift-origin
    'UPDATE_AWS_SECRET_ACCESS_KEY', // redhat-cop/gitops-catalog's ACK user-secrets
    'your-registry-token',
    // Naming patterns a program fills in (postgres-operator's ConfigMap).
    '{username}.{cluster}.credentials.{tprkind}.{tprgroup}',
    '{username}-{cluster}',
    // A short service name with a digit is a word of the instruction (langfuse-k8s' example Secret).
    'your-s3-password',
    'your-k8s-token',
    'your-ec2-key-here',
    'discovery_token_goes_here',
    'ReplaceWithYourKey',
    'CHANGE_ME_PRIVATE_KEY_FROM_CONFIG', // DataDog's private-action-runner chart
    'precompile_placeholder', // Mastodon's Dockerfile: rails assets:precompile needs some value
    'assets_precompile_dummy_key',
    'change-this-to-the-admin-token',
    "--gh-token 'placeholder'",
    // What the value should be, said in words (matomo's README, Supabase's and BookStack's compose files).
    'a_strong_password',
    'a_strong_password_for_user',
    'a-secure-password',
    'secure-password',
    'your-super-secret-jwt-token-with-at-least-32-characters-long',
    'SomeRandomStringWith32Characters',
    // Sentinels for a value not given (kubecost's `kubecost-token: not-applied`).
    'not-applied',
    'not-configured',
    // LibreChat's sentinel: each user enters the key in the UI.
    'user_provided',
    'USER_PROVIDED',
    // Kometa's `<<VAR>>` markers, and a marker that ends a sentence (camunda's warnings text).
    '<<PLEX_API_KEY>>',
    '<<MYANIMELIST_CLIENT_SECRET>>',
    '<base64-encoded-secret>.',
    '<your-password>,',
    // How to make the value, in words (sameersbn/docker-gitlab's compose files).
    'long-and-random-alphanumeric-string',
    'random-alpha-numeric-string',
    // A run of capitals, then lower case: the lower-case letters are a word of their own
    // (BretFisher/dogvscat's stack-ghost.yml), as in `YOURDBPASSWORD-here`.
    'YOURDBPASSWORDhere',
    'YOURPASSWORDHERE',
    'ENTERPASSWORDhere',
    'YOURTOKENgoesHERE',
    'MYsecretKEY',
    'YOURAWSKEYhere', // an instruction ending in `here`, though `aws` is no placeholder word
    // Format placeholders a program fills in, with the escapes a format string ends in
    // (`printf '//registry.npmjs.org/:_authToken=%s\n' "$(cat /run/secrets/npm_token)"`).
    '%s\\n',
    '%s',
    '%v\\r\\n',
    '%-32s',
    '%(token)s',
    '{}\\n',
    '{0}'
  ])('%j is a placeholder', value => expect(reasonOf(value)).toBe('placeholder'));

  it.each([
    '[System.Threading.CancellationTokenSource]::new()',
    '[Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($pair))',
    '[System.Web.Security.Membership]::GeneratePassword(24, 4)',
    '[string]$env:CLIENT_SECRET',
    '(Get-Content C:\\secrets\\token.txt -Raw)',
    '(ConvertTo-SecureString $env:PW -AsPlainText -Force)',
    'Get-Secret -Name NuGetApiKey -AsPlainText',
    'Read-Host -AsSecureString'
  ])('%j is a PowerShell expression', value => expect(reasonOf(value)).toBe('expression'));

  it('judges a password set on an account by what it is, not by its filler words', () => {
    for (const value of ['somepasswd', 'password', 'mysecret', 'Sup3rS3cret!'])
      expect(classifyAppliedPassword(value)).toEqual({ literal: true });
    for (const value of ['changeme', 'your-password-here', '<password>', '$PASS', '***', 'dummy-secret'])
      expect(classifyAppliedPassword(value).literal).toBe(false);
  });

  it.each(['abc', '_', 'a1', 'N/A', '--', 'pw1'])('%j is too short', value =>
    expect(reasonOf(value)).toBe('too-short')
  );

  it.each([
    'true',
    'False',
    'yes',
    'no',
    'on',
    'off',
    'enabled',
    '0',
    '1',
    '8080',
    '-1',
    '3.14',
    '1e6',
    '0x1F',
    '30s',
    '1h30m',
    '100ms',
    '512m',
    '10Gi',
    '64MB',
    'https://auth.example.com/realms/app',
    'https://user@example.com',
    'Server=db;Database=app;Trusted_Connection=True;',
    // Addresses: onedr0p's Flux cluster template's `SECRET_DOMAIN` and `SECRET_ACME_EMAIL`, a
    // Kubernetes service name, an AWS load balancer's generated host name.
    'example.com',
    'other.com',
    'home.arpa',
    'vault.vault.svc.cluster.local',
    'k8s-ingress-a1b2c3d4e5-1234567890.us-east-1.elb.amazonaws.com',
    'auth.mydomain.de',
    'admin@example.com',
    'John.Doe+acme@Example.com'
  ])('%j is a config value', value => expect(reasonOf(value)).toBe('config-value'));

  it.each([
    // A dot alone makes no host name: mixed case, a digit or an unknown word where the top-level
    // domain goes, a Kubernetes bootstrap token's shape, text around the address.
    'Hunter2.Example.com',
    'p4ss.w0rd',
    'letmein.now',
    'abcdef.0123456789abcdef',
    'abcdef.ghijklmnopqrstuv',
    'hunter2 example.com',
    'Sup3r@S3cret!',
    'p@ss.word'
  ])('%j is a literal, not an address', value => expect(classifyValue(value)).toEqual({ literal: true }));

  it.each([
    'AKIAIOSFODNN7EXAMPLE',
    'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY',
    'ASIAIOSFODNN7EXAMPLE',
    'mysecretpassword',
    'my-secret-pw',
    'yourStrong(!)Password',
    '<YourStrong@Passw0rd>',
    '6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe',
    '6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI',
    '1x0000000000000000000000000000000AA',
    '2x0000000000000000000000000000000AA',
    '3x0000000000000000000000000000000AA',
    'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;'
  ])('%j is a vendor example', value => expect(reasonOf(value)).toBe('vendor-example'));

  it('explains why a value is not literal', () => {
    expect(classifyValue('your-password-here')).toEqual({
      literal: false,
      reason: 'placeholder',
      detail: "all words are placeholders: 'your', 'password', 'here'"
    });
    expect(classifyValue('${DB_PASSWORD}')).toEqual({
      literal: false,
      reason: 'reference',
      detail: "only a variable reference: '${DB_PASSWORD}'"
    });
    expect(classifyValue('abc')).toMatchObject({ detail: 'only 3 characters' });
    expect(classifyValue('AKIAIOSFODNN7EXAMPLE')).toMatchObject({ detail: expect.stringContaining('AWS') });
    expect(classifyValue('postgres://app:${DB_PASS}@db/app')).toMatchObject({
      detail: "URL password: only a variable reference: '${DB_PASS}'"
    });
  });

  it('stays bounded and total on hostile input', () => {
    expect(reasonOf('${'.repeat(2000))).toBe('placeholder');
    expect(reasonOf('$('.repeat(2000) + 'x')).toBe('reference');
    expect(reasonOf('x' + '$('.repeat(2000))).toBe('literal');
    expect(reasonOf('a'.repeat(20000))).toBe('placeholder');
    expect(reasonOf('passwordsecret'.repeat(1000))).toBe('literal');
    expect(reasonOf('\u0000\uFFFD\uD800')).not.toBe('literal');
  });

  it('never quotes a would-be secret in its detail', () => {
    for (const value of ['abc', '8080', 'a1']) {
      const verdict = classifyValue(value);
      expect(verdict.literal ? '' : verdict.detail).not.toContain(value);
    }
  });
});
