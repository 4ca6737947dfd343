import { generateKeyPairSync } from 'node:crypto';
import { base62Checksum } from '../../secrets/base62-checksum.js';
import { findCommandCredentials, findInlineCredentials } from './inline-credentials.js';
import type { CommandCredential } from './inline-credentials.js';
import { parseShell } from './shell-commands.js';
import type { ShellDialect } from './shell-commands.js';
import { tokenizePosix } from './tokenize-posix.js';

/** `[kind, program or name, value]` for each credential found. */
function found(script: string, dialect: ShellDialect = 'posix'): string[][] {
  const { commands, assignments } = parseShell(script, dialect);
  return findInlineCredentials(commands, assignments).map(summary);
}

function summary(c: CommandCredential): string[] {
  switch (c.kind) {
    case 'known':
      return [c.kind, c.type, c.value];
    case 'password':
      return [c.kind, c.program, c.value];
    case 'header':
      return [c.kind, `${c.program} ${c.name}`, c.value];
    case 'setting':
      return [c.kind, c.name, c.value];
  }
}

const pipelines = (script: string, dialect: ShellDialect): unknown[] =>
  parseShell(script, dialect).commands.map(c => [
    c.program,
    c.pipeline && [c.pipeline.id, c.pipeline.index, c.pipeline.input?.value]
  ]);

describe('ShellCommand.pipeline', () => {
  it('numbers the elements of POSIX pipelines, with `|&` and line breaks after `|`', () => {
    expect(pipelines('a | b |\n c && d |& e; f', 'posix')).toEqual([
      ['a', [0, 0, undefined]],
      ['b', [0, 1, undefined]],
      ['c', [0, 2, undefined]],
      ['d', [1, 0, undefined]],
      ['e', [1, 1, undefined]],
      ['f', undefined]
    ]);
    expect(pipelines('x || y | z', 'posix')).toEqual([
      ['x', undefined],
      ['y', [0, 0, undefined]],
      ['z', [0, 1, undefined]]
    ]);
  });

  it('keeps ids unique across substitutions and nested shells', () => {
    expect(pipelines('echo $(a | b) | sh -c "c | d"', 'posix')).toEqual([
      ['echo', [0, 0, undefined]],
      ['a', [1, 0, undefined]],
      ['b', [1, 1, undefined]],
      ['sh', [0, 1, undefined]],
      ['c', [2, 0, undefined]],
      ['d', [2, 1, undefined]]
    ]);
  });

  it('numbers pipelines in the fallback tokenizer too', () => {
    const commands = tokenizePosix('echo "x" | docker login --password-stdin "unclosed\na |\n b; c').commands;
    expect(commands.map(c => [c.program, c.pipeline?.id, c.pipeline?.index])).toEqual([
      ['echo', 0, 0],
      ['docker', 0, 1],
      ['a', 1, 0],
      ['b', 1, 1],
      ['c', undefined, undefined]
    ]);
  });

  it('numbers cmd pipelines', () => {
    expect(pipelines('echo pw| docker login --password-stdin & y || z', 'cmd')).toEqual([
      ['echo', [0, 0, undefined]],
      ['docker', [0, 1, undefined]],
      ['y', undefined],
      ['z', undefined]
    ]);
  });

  it('gives PowerShell commands the single-token expression piped into them', () => {
    expect(
      pipelines(
        "$p = 'x' | ConvertTo-SecureString -AsPlainText; Get-A | Select-Object b |\n  Format-Table",
        'powershell'
      )
    ).toEqual([
      ['convertto-securestring', [0, 1, 'x']],
      ['get-a', [1, 0, undefined]],
      ['select-object', [1, 1, undefined]],
      ['format-table', [1, 2, undefined]]
    ]);
    expect(pipelines('(Get-Content f) | Set-Content g', 'powershell')).toEqual([
      ['get-content', undefined],
      ['set-content', [0, 1, undefined]]
    ]);
  });
});

describe('findInlineCredentials', () => {
  it.each<[string, ShellDialect, string[][]]>([
    ['curl -fsSL -u admin:S3cr3tPass https://x', 'posix', [['password', 'curl', 'S3cr3tPass']]],
    ['curl --user=deploy:hunter2x https://x', 'posix', [['password', 'curl', 'hunter2x']]],
    ['curl -uadmin:Pa55word1 https://x', 'posix', [['password', 'curl', 'Pa55word1']]],
    [
      'curl -H "Authorization: Basic dXNlcjpwYXNz" https://x',
      'posix',
      [['header', 'curl Authorization', 'dXNlcjpwYXNz']]
    ],
    [
      "curl --header 'PRIVATE-TOKEN: abcd1234efgh' https://x",
      'posix',
      [['header', 'curl PRIVATE-TOKEN', 'abcd1234efgh']]
    ],
    ['wget --user=me --password=Wg3tPass https://x', 'posix', [['password', 'wget', 'Wg3tPass']]],
    ['wget --http-password Wg3tPass https://x', 'posix', [['password', 'wget', 'Wg3tPass']]],
    ['mysql -uroot -pS3cr3tRoot -e "CREATE DATABASE app"', 'posix', [['password', 'mysql', 'S3cr3tRoot']]],
    ['mysqladmin --password=Adm1nPass shutdown', 'posix', [['password', 'mysqladmin', 'Adm1nPass']]],
    ['PGPASSWORD=pgS3cret psql -h db -U app', 'posix', [['setting', 'PGPASSWORD', 'pgS3cret']]],
    ['SSHPASS=SshPass1 sshpass -e ssh user@host', 'posix', [['setting', 'SSHPASS', 'SshPass1']]],
    [
      'aws configure set --profile ci aws_secret_access_key Zq8vXkP2mLr7TnW4yBc9HdJ3fGs6KaE1uOi5QwRt',
      'posix',
      [['setting', 'aws_secret_access_key', 'Zq8vXkP2mLr7TnW4yBc9HdJ3fGs6KaE1uOi5QwRt']]
    ],
    ['sudo -u postgres env PGPASSWORD=pgS3cret psql', 'posix', [['setting', 'PGPASSWORD', 'pgS3cret']]],
    ['DB_PASSWORD=s3cretvalue ./migrate.sh', 'posix', [['setting', 'DB_PASSWORD', 's3cretvalue']]],
    ['export API_TOKEN=abc123def456', 'posix', [['setting', 'API_TOKEN', 'abc123def456']]],
    [
      'docker login -u bot -p D0ckerPass registry.example.com',
      'posix',
      [['password', 'docker login', 'D0ckerPass']]
    ],
    [
      'docker --config /tmp/cfg login --password=D0ckerPass',
      'posix',
      [['password', 'docker login', 'D0ckerPass']]
    ],
    [
      'echo "D0ckerPass" | docker login -u bot --password-stdin',
      'posix',
      [['password', 'docker login', 'D0ckerPass']]
    ],
    [
      "printf '%s' 'D0ckerPass' | sudo podman login --password-stdin quay.io",
      'posix',
      [['password', 'podman login', 'D0ckerPass']]
    ],
    ["docker login --password-stdin <<< 'D0ckerPass'", 'posix', [['password', 'docker login', 'D0ckerPass']]],
    [
      'helm registry login -u x -p H3lmPass ghcr.io',
      'posix',
      [['password', 'helm registry login', 'H3lmPass']]
    ],
    [
      'az login --service-principal -u http://app -p Az9PassWord --tenant t',
      'posix',
      [['password', 'az login', 'Az9PassWord']]
    ],
    [
      "sqlcmd -S localhost -U sa -P 'SqlServer#2022' -Q 'SELECT 1'",
      'posix',
      [['password', 'sqlcmd', 'SqlServer#2022']]
    ],
    ['htpasswd -bc /etc/nginx/.htpasswd admin Adm1nPw', 'posix', [['password', 'htpasswd', 'Adm1nPw']]],
    ['htpasswd -nbB admin Adm1nPw > /etc/x', 'posix', [['password', 'htpasswd', 'Adm1nPw']]],
    ["echo 'root:R00tPass' | chpasswd", 'posix', [['password', 'chpasswd', 'R00tPass']]],
    ['chpasswd <<EOF\napp:AppPass1\nEOF\n', 'posix', [['password', 'chpasswd', 'AppPass1']]],
    ["cat <<'EOF' | chpasswd\napp:AppPass1\nEOF\n", 'posix', [['password', 'chpasswd', 'AppPass1']]],
    ["echo 'P4ssw0rd' | passwd --stdin app", 'posix', [['password', 'passwd', 'P4ssw0rd']]],
    [
      'openssl req -new -key k.pem -passin pass:K3yPass -out r.csr',
      'posix',
      [['password', 'openssl', 'K3yPass']]
    ],
    [
      'openssl pkcs12 -export -passout pass:P12Pass -out x.p12',
      'posix',
      [['password', 'openssl', 'P12Pass']]
    ],
    [
      'useradd -m -p "$(openssl passwd -6 UserPass1)" app',
      'posix',
      [['password', 'openssl passwd', 'UserPass1']]
    ],
    ["sshpass -p 'SshPass1' ssh user@host", 'posix', [['password', 'sshpass', 'SshPass1']]],
    [
      'npm config set //registry.npmjs.org/:_authToken Np1TokenValue',
      'posix',
      [['setting', '_authToken', 'Np1TokenValue']]
    ],
    [
      'aws configure set aws_secret_access_key Zq8vXkP2mLr7TnW4yBc9HdJ3fGs6KaE1uOi5QwRt',
      'posix',
      [['setting', 'aws_secret_access_key', 'Zq8vXkP2mLr7TnW4yBc9HdJ3fGs6KaE1uOi5QwRt']]
    ],
    [
      'git -c http.extraHeader="Authorization: Bearer gitT0kenValue" clone https://x',
      'posix',
      [['header', 'git Authorization', 'gitT0kenValue']]
    ],
    ['rabbitmqctl add_user admin RabbitPass1', 'posix', [['password', 'rabbitmqctl', 'RabbitPass1']]],
    [
      'echo "mysql-server mysql-server/root_password password S3cretRoot" | debconf-set-selections',
      'posix',
      [['password', 'debconf-set-selections', 'S3cretRoot']]
    ],
    ['NET USER builder B3tterPass /ADD', 'cmd', [['password', 'net user', 'B3tterPass']]],
    [
      'echo D0ckerPass| docker login -u bot --password-stdin',
      'cmd',
      [['password', 'docker login', 'D0ckerPass']]
    ],
    ['sqlcmd -S . -U sa -P SqlPass#2022', 'cmd', [['password', 'sqlcmd', 'SqlPass#2022']]],
    ['cmdkey /add:server /user:me /pass:CmdK3yPass', 'cmd', [['password', 'cmdkey', 'CmdK3yPass']]],
    ['setx API_KEY "s3tx-value-123" /M', 'cmd', [['setting', 'API_KEY', 's3tx-value-123']]],
    ['net use Z: \\\\srv\\share N3tUsePass /user:dom\\me', 'cmd', [['password', 'net use', 'N3tUsePass']]],
    [
      "net user builder 'B3tterPass' /add /passwordchg:no",
      'powershell',
      [['password', 'net user', 'B3tterPass']]
    ],
    [
      "New-LocalUser -Name app -Password (ConvertTo-SecureString 'L0calPass' -AsPlainText -Force)",
      'powershell',
      [['password', 'ConvertTo-SecureString', 'L0calPass']]
    ],
    [
      'ConvertTo-SecureString -String "Str1ngPass" -AsPlainText -Force',
      'powershell',
      [['password', 'ConvertTo-SecureString', 'Str1ngPass']]
    ],
    [
      "$pw = 'P1pedPass' | ConvertTo-SecureString -AsPlainText -Force",
      'powershell',
      [['password', 'ConvertTo-SecureString', 'P1pedPass']]
    ],
    [
      "Invoke-WebRequest -Uri https://x -Headers @{ Authorization = 'Bearer psT0kenValue' } -OutFile a.zip",
      'powershell',
      [['header', 'Invoke-WebRequest Authorization', 'psT0kenValue']]
    ],
    ["$env:API_TOKEN = 'abc123def456'", 'powershell', [['setting', 'API_TOKEN', 'abc123def456']]]
  ])('%s (%s)', (script, dialect, expected) => {
    expect(found(script, dialect)).toEqual(expected);
  });

  it.each<[string, ShellDialect]>([
    ['curl -u "$USER:$PASS" https://x', 'posix'],
    ['curl -u admin:$PASS https://x', 'posix'],
    ['curl -u "$(cat /run/secrets/u)" https://x', 'posix'],
    ['curl -u user https://x', 'posix'],
    ['curl -H "Authorization: Bearer ${TOKEN}" https://x', 'posix'],
    ['curl -H "Authorization: Bearer $(cat /run/secrets/token)" https://x', 'posix'],
    ['curl -H "Accept: application/json" https://x', 'posix'],
    ['grep -rn "Authorization: Bearer" /etc/nginx', 'posix'],
    ['mysql -uroot -p"$MYSQL_ROOT_PASSWORD" -e "SELECT 1"', 'posix'],
    ['mysql -h db -P 3306 -u app -p', 'posix'],
    ['mysql --password appdb', 'posix'],
    ['echo "$REGISTRY_TOKEN" | docker login -u bot --password-stdin', 'posix'],
    ['cat /run/secrets/token | docker login -u bot --password-stdin', 'posix'],
    ['docker login -u bot --password-stdin < /run/secrets/token', 'posix'],
    ['docker run -p 8080:80 nginx', 'posix'],
    ['docker run -it -p 80:80 img login', 'posix'],
    ['openssl req -new -passout pass:$PW -out r.csr', 'posix'],
    ['openssl req -passin env:PW -passout file:/run/secrets/pw', 'posix'],
    ['htpasswd -c /etc/x admin', 'posix'],
    ['htpasswd -b /etc/x admin "$PW"', 'posix'],
    ['echo "root:$ROOT_PW" | chpasswd', 'posix'],
    ['echo "root:root" | chpasswd', 'posix'],
    ['htpasswd -cb /etc/nginx/.htpasswd admin admin', 'posix'],
    ["echo 'root:Docker!' | chpasswd", 'posix'],
    ['echo "mysql-server mysql-server/root_password_again seen true" | debconf-set-selections', 'posix'],
    ['SECRET_KEY_BASE=dummy bundle exec rails assets:precompile', 'posix'],
    ["echo 'root:$6$saltsalt$hashhashhash' | chpasswd -e", 'posix'],
    ["useradd -p '$6$saltsalt$hashhashhash' app", 'posix'],
    ['az login --service-principal -u http://app -p /certs/sp.pem --tenant t', 'posix'],
    ['az login --identity', 'posix'],
    ['export PASSWORD_FILE=/run/secrets/pw', 'posix'],
    ['TOKEN_URL=https://x ./get.sh', 'posix'],
    ['export DB_PASSWORD="${DB_PASSWORD:-}"', 'posix'],
    ['git clone https://github.com/org/repo.git', 'posix'],
    ['sshpass -e ssh host', 'posix'],
    ['npm config set registry https://npm.example.com', 'posix'],
    ['npm config set //registry.npmjs.org/:_authToken=${NPM_TOKEN}', 'posix'],
    ['net user builder /add', 'cmd'],
    ['net user builder * /add', 'cmd'],
    ['net user builder %BUILDER_PW% /add', 'cmd'],
    ['setx /M PATH "%PATH%;C:\\tools"', 'cmd'],
    ['ConvertTo-SecureString $env:ADMIN_PW -AsPlainText -Force', 'powershell'],
    ['ConvertTo-SecureString (Get-Content C:\\secrets\\pw) -AsPlainText -Force', 'powershell'],
    ['$env:ADMIN_PW | ConvertTo-SecureString -AsPlainText -Force', 'powershell'],
    ['ConvertTo-SecureString $encrypted -Key $key', 'powershell'],
    ['Invoke-WebRequest -Uri https://x -Headers @{ Authorization = "Bearer $env:TOKEN" }', 'powershell']
  ])('not: %s (%s)', (script, dialect) => {
    expect(found(script, dialect)).toEqual([]);
  });
});

describe('findCommandCredentials', () => {
  const body = 'R7mK2pX9vL4qW8nT3bY6cJ1hF5dG0s';
  const github = `ghp_${body}${base62Checksum(body)}`;
  const part = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  const jwt = `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ sub: 'ci' })}.Vq3nX8pL2mK7rT4wZ9bC1dF6gH0jS5yA`;
  const scan = (script: string): string[][] => {
    const { commands, assignments } = parseShell(script, 'posix');
    return findCommandCredentials(script, commands, assignments).map(summary);
  };

  it('reports a known format once, even when a command option also carries it', () => {
    expect(
      scan(`curl -u ci:${github} https://x && curl -H "Authorization: Bearer ${jwt}" https://y`)
    ).toEqual([
      ['known', 'GitHub personal access token', github],
      ['known', 'JSON Web Token', jwt]
    ]);
    expect(scan(`export GITHUB_TOKEN=${github}`)).toEqual([
      ['known', 'GitHub personal access token', github]
    ]);
  });

  it('reports URL passwords, and each distinct secret once', () => {
    expect(scan('git clone https://ci:S3cr3tPassw0rd@git.example.com/x.git')).toEqual([
      ['known', 'password in URL', 'S3cr3tPassw0rd']
    ]);
    expect(
      scan('mysql -uroot -pS3cr3tRoot && mysqldump -uroot -pS3cr3tRoot db && mysql -pOth3rPass')
    ).toEqual([
      ['password', 'mysql', 'S3cr3tRoot'],
      ['password', 'mysql', 'Oth3rPass']
    ]);
  });

  it('reports at most 100 distinct credentials for one command text', () => {
    expect(scan(Array.from({ length: 300 }, (_, i) => `mysql -pPassw0rd${i}x`).join(' && '))).toHaveLength(
      100
    );
  });

  it('leaves documented examples, references and private keys alone', () => {
    expect(scan('aws configure set aws_secret_access_key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')).toEqual(
      []
    );
    expect(scan('git clone https://oauth2:${GITLAB_TOKEN}@gitlab.com/org/repo.git')).toEqual([]);
    const pem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const key = pem.replace('\n-----END', `\n${jwt}\n-----END`);
    expect(scan(`printf '%s' '${key}' > /root/key.pem`)).toEqual([]);
  });
});
