import rule from './secret-in-build-command.js';
import { testRule } from '../../../test/rule-tester.js';
import { imageDoc } from '../../../test/image-document.js';
import { base62Checksum } from '../../secrets/base62-checksum.js';
import { generateKeyPairSync } from 'node:crypto';

// Fixtures shaped like real credentials (checksum-valid, decodable) so the known-format detectors
// accept them; none of them was ever issued.
const GITHUB_BODY = 'R7mK2pX9vL4qW8nT3bY6cJ1hF5dG0s';
const GITHUB_TOKEN = `ghp_${GITHUB_BODY}${base62Checksum(GITHUB_BODY)}`;
const base64url = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
const JWT = `${base64url({ alg: 'HS256', typ: 'JWT' })}.${base64url({ sub: 'ci-deployer', scope: 'deploy' })}.Vq3nX8pL2mK7rT4wZ9bC1dF6gH0jS5yA`;

const LINUX = 'FROM debian:12\n';
const SERVER_CORE = 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\n';
const POWERSHELL = `${SERVER_CORE}SHELL ["powershell", "-Command"]\n`;

testRule(rule, {
  valid: [
    {
      name: 'PowerShell variable assigned from a command',
      code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN $securePassword = ConvertTo-SecureString $env:APP_POOL_PASSWORD -AsPlainText -Force; New-LocalUser -Name svc -Password $securePassword\n'
    },
    {
      name: 'npm token from a secret mount',
      code: 'FROM node:22\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\n',
      docs: true
    },
    {
      name: 'registry token from a secret mount, piped into --password-stdin',
      code: `${LINUX}RUN --mount=type=secret,id=token,env=REGISTRY_TOKEN \\\n    echo "$REGISTRY_TOKEN" | docker login -u ci --password-stdin registry.example.com\n`,
      docs: true
    },
    `${LINUX}RUN --mount=type=secret,id=pw cat /run/secrets/pw | docker login -u ci --password-stdin\n`,
    `${LINUX}RUN --mount=type=secret,id=pw curl -fsSL -u "ci:$(cat /run/secrets/pw)" https://repo.example.com/a.tgz -o a.tgz\n`,
    `FROM mysql:8.4\nRUN mysql -uroot -p"$MYSQL_ROOT_PASSWORD" -e "CREATE DATABASE app"\n`,
    `${LINUX}RUN mysql -h db -P 3306 -u app -p\n`,
    `${LINUX}RUN curl -fsSL -u "$USER:$PASS" https://repo.example.com/a.tgz -o a.tgz\n`,
    `${LINUX}RUN curl -u deploy https://repo.example.com/a.tgz\n`,
    `${LINUX}RUN curl -H "Authorization: Bearer \${TOKEN}" https://api.example.com/releases\n`,
    `${LINUX}RUN git clone https://github.com/org/repo.git /src\n`,
    `${LINUX}RUN openssl req -new -key key.pem -passout pass:$PW -out req.csr\n`,
    `${LINUX}RUN export PASSWORD_FILE=/run/secrets/pw && ./start.sh\n`,
    `${LINUX}RUN TOKEN_URL=https://auth.example.com/token ./get-token.sh\n`,
    { name: 'placeholder password', code: `${LINUX}RUN mysql -uroot -pchangeme -e "SELECT 1"\n` },
    {
      name: 'vendor documentation password',
      code: `FROM postgres:16\nRUN PGPASSWORD=mysecretpassword psql -h db -U postgres -c "SELECT 1"\n`
    },
    { name: 'docker run port is not a password', code: `${LINUX}RUN docker run -d -p 8080:80 nginx\n` },
    { name: 'Windows: user without a password', code: `${SERVER_CORE}RUN net user builder /add\n` },
    { name: 'Windows: password prompt', code: `${SERVER_CORE}RUN net user builder * /add\n` },
    {
      name: 'Windows: password from the environment',
      code: `${POWERSHELL}RUN $pw = ConvertTo-SecureString $env:ADMIN_PW -AsPlainText -Force; New-LocalUser -Name builder -Password $pw\n`,
      docs: true
    },
    {
      name: 'heredoc without credentials',
      code: `${LINUX}RUN <<EOF\nset -e\necho "$DEPLOY_KEY_PATH"\ncurl -H "Authorization: token $GITHUB_TOKEN" https://api.github.com/user\nEOF\n`
    },
    {
      name: 'a private key is BH207, not BH202',
      code: `${LINUX}RUN echo "-----BEGIN PRIVATE KEY-----\\nMC4CAQAwBQYDK2VwBCIEIHh3mQz5c2Vt0vJx8Kp1uR4Lw9sTn6yBa7dEfGh2iJkM\\n-----END PRIVATE KEY-----" > /etc/app/key.pem\n`
    },
    {
      name: 'image: official image history',
      image: imageDoc({
        names: ['docker.io/library/golang:1.23'],
        history: [
          "# debian.sh --arch 'amd64' out/ 'bookworm' '@1734912000'",
          'RUN /bin/sh -c set -eux; apt-get update; apt-get install -y --no-install-recommends ca-certificates curl gnupg netbase sq wget; rm -rf /var/lib/apt/lists/* # buildkit',
          'ENV GOLANG_VERSION=1.23.4',
          'COPY /target/ / # buildkit'
        ]
      }),
      docs: true
    },
    {
      name: 'image: metadata steps are not commands',
      image: imageDoc({
        history: [
          '/bin/sh -c #(nop) ADD file:6f1e5ab4d0a9e1c3 in / ',
          '/bin/sh -c #(nop)  LABEL maintainer=ops@example.com',
          '/bin/sh -c #(nop)  ARG DB_PASSWORD',
          '/bin/sh -c #(nop)  ENV DB_PASSWORD=Tr0ub4dor-3-horse'
        ]
      })
    },
    {
      name: 'image: a recorded build argument is BH204, not BH202',
      image: imageDoc({
        history: [
          'RUN |1 NPM_TOKEN=npm-deploy-4f9a2c7e1b /bin/sh -c npm ci # buildkit',
          '|1 NPM_TOKEN=npm-deploy-4f9a2c7e1b /bin/sh -c echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc'
        ]
      })
    },
    {
      name: 'image: credentials from variables and secret mounts',
      image: imageDoc({
        history: [
          'RUN /bin/sh -c curl -fsSL -u "$USER:$PASS" https://repo.example.com/a.tgz -o a.tgz # buildkit',
          'RUN /bin/sh -c cat /run/secrets/pw | docker login -u ci --password-stdin # buildkit'
        ]
      })
    },
    {
      name: 'image: Windows base layers',
      image: imageDoc({
        platform: { os: 'windows', osVersion: '10.0.20348.2966' },
        history: [
          'Apply image 10.0.20348.2966',
          'Install update 10.0.20348.2966',
          'cmd /S /C net user builder /add'
        ]
      })
    },
    {
      name: 'a private key written line by line is BH207, not BH202',
      code: `${LINUX}RUN ${generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
        .privateKey.export({ type: 'sec1', format: 'pem' })
        .toString()
        .trim()
        .split('\n')
        .map(l => `echo '${l}' >> /etc/ssl/private/serverkey`)
        .join(' && ')}\n`
    },
    {
      name: 'Windows: PowerShell objects and computed values in secret-named variables',
      code: `# escape=\`\n${POWERSHELL}RUN $cancelTokenSource = [System.Threading.CancellationTokenSource]::new(); \`
    $authHeader = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($env:NUGET_USER + ':' + $env:NUGET_PAT)); \`
    $token = (Get-Content C:\\secrets\\token.txt -Raw); \`
    $apiKey = Get-Secret -Name NuGetApiKey -AsPlainText; \`
    $password = $env:SA_PASSWORD; \`
    $secret = [string]$env:CLIENT_SECRET; \`
    $env:TOKEN = "$(Get-Content C:\\secrets\\t)"\n`,
      docs: true
    },
    {
      name: 'Windows: cmd variable set from another variable',
      code: `${SERVER_CORE}RUN set DB_PASSWORD=%SA_PASSWORD% && setup.exe /quiet\n`
    },
    {
      name: 'chpasswd fed from build secrets or variables',
      code: `${LINUX}RUN --mount=type=secret,id=pw echo "app:$(cat /run/secrets/pw)" | chpasswd && \\\n    echo "$USER:$PASS" | chpasswd && printf '%s:%s\\n' "$U" "$P" | chpasswd\n`
    },
    {
      // snyk/kubernetes-monitor's Dockerfile and the usual variants of BuildKit's secret-mount pattern.
      name: 'npm token read from a secret mount into .npmrc',
      code: `FROM node:20-alpine
RUN --mount=type=secret,id=npm_token \\
    echo "//registry.npmjs.org/:_authToken=$(cat /run/secrets/npm_token)" > ~/.npmrc
RUN --mount=type=secret,id=npm_token npm config set //registry.npmjs.org/:_authToken=$(cat /run/secrets/npm_token)
RUN --mount=type=secret,id=npm_token env "npm_config_//npm.pkg.github.com/:_authToken=$(cat /run/secrets/npm_token)" npm ci
RUN --mount=type=secret,id=npm_token echo "//npm.pkg.github.com/:_authToken=$(cat /run/secrets/npm_token | tr -d '\\n')" > .npmrc
RUN --mount=type=secret,id=npm_token echo "//npm.pkg.github.com/:_authToken=$(< /run/secrets/npm_token)" > .npmrc
RUN --mount=type=secret,id=npm_token echo "//npm.pkg.github.com/:_authToken=\`cat /run/secrets/npm_token\`" > .npmrc
RUN --mount=type=secret,id=npm_token printf '//registry.npmjs.org/:_authToken=%s\\n' "$(cat /run/secrets/npm_token)" > ~/.npmrc
RUN --mount=type=secret,id=npm_auth echo "_auth=$(base64 < /run/secrets/npm_auth)" >> .npmrc && \\
    echo "npmAuthToken: $(cat /run/secrets/npm_token)" >> .yarnrc.yml
`
    },
    {
      name: 'POSIX variables set from commands and references',
      code: `${LINUX}RUN API_TOKEN=$(cat /run/secrets/token) && export GITHUB_TOKEN="\${GITHUB_TOKEN:-}" && \\\n    export NPM_TOKEN="$(< /run/secrets/npm)" && DB_PASSWORD_FILE=/run/secrets/db ./init.sh\n`
    }
  ],
  invalid: [
    {
      name: 'literal npm auth token written to .npmrc, next to one from a secret mount',
      code: `FROM node:20-alpine\nRUN --mount=type=secret,id=t echo "//npm.pkg.github.com/:_authToken=$(cat /run/secrets/t)" > .npmrc && \\\n    echo "//registry.npmjs.org/:_authToken=abc123literalvalue9" >> .npmrc\n`,
      errors: [
        {
          messageId: 'knownFormat',
          line: 2,
          message: "RUN contains a credential (npm registry auth token: 'abc1…')."
        }
      ]
    },
    {
      name: 'mysql -p with a literal password',
      code: `FROM mysql:8.4\nRUN mysql -uroot -pS3cr3tRoot -e "CREATE DATABASE app"\n`,
      errors: [
        { messageId: 'password', line: 2, message: "RUN passes a literal password to 'mysql' ('S3…')." }
      ],
      docs: true
    },
    {
      name: 'GitHub token in a clone URL',
      code: `${LINUX}RUN git clone https://${GITHUB_TOKEN}@github.com/org/private.git /src\n`,
      errors: [
        {
          messageId: 'knownFormat',
          line: 2,
          message: "RUN contains a credential (GitHub personal access token: 'ghp_…')."
        }
      ],
      docs: true
    },
    {
      name: 'curl -u user:password',
      code: `${LINUX}RUN curl -fsSL -u admin:S3cr3tPass https://repo.example.com/a.tgz -o a.tgz\n`,
      errors: [
        { messageId: 'password', line: 2, message: "RUN passes a literal password to 'curl' ('S3…')." }
      ]
    },
    {
      name: 'Basic authorization header',
      code: `${LINUX}RUN curl -H "Authorization: Basic ZGVwbG95OnMzY3JldFBhc3M=" https://repo.example.com/a.tgz\n`,
      errors: [
        {
          messageId: 'header',
          line: 2,
          message: "RUN passes a literal 'Authorization' header to 'curl' ('ZGVw…')."
        }
      ]
    },
    {
      name: 'JWT in a bearer header is reported once, as a JWT',
      code: `${LINUX}RUN wget --header="Authorization: Bearer ${JWT}" https://api.example.com/a\n`,
      errors: [
        {
          messageId: 'knownFormat',
          line: 2,
          message: /^RUN contains a credential \((JSON Web Token|.*JWT)/
        }
      ]
    },
    {
      name: 'secret-named env prefix',
      code: `${LINUX}RUN DB_PASSWORD=s3cretvalue ./migrate.sh\n`,
      errors: [{ messageId: 'setting', line: 2, message: "RUN sets 'DB_PASSWORD' to a literal ('s3…')." }]
    },
    {
      name: 'export of a token',
      code: `${LINUX}RUN export API_TOKEN=abc123def456 && ./publish.sh\n`,
      errors: [{ messageId: 'setting', line: 2, message: "RUN sets 'API_TOKEN' to a literal ('abc…')." }]
    },
    {
      name: 'PGPASSWORD prefix',
      code: `FROM postgres:16\nRUN PGPASSWORD=pgS3cretValue psql -h db -U app -f schema.sql\n`,
      errors: [{ messageId: 'setting', line: 2, message: /'PGPASSWORD'/ }]
    },
    {
      name: 'literal piped into docker login --password-stdin',
      code: `${LINUX}RUN echo "D0ckerHubPass" | docker login -u bot --password-stdin\n`,
      errors: [
        {
          messageId: 'password',
          line: 2,
          message: "RUN passes a literal password to 'docker login' ('D0c…')."
        }
      ]
    },
    {
      name: 'docker login -p',
      code: `${LINUX}RUN docker login -u bot -p D0ckerHubPass registry.example.com && docker pull registry.example.com/app\n`,
      errors: [{ messageId: 'password', line: 2, message: /'docker login'/ }]
    },
    {
      name: 'chpasswd fed by echo',
      code: `${LINUX}RUN useradd -m app && echo 'app:AppUserPass1' | chpasswd\n`,
      errors: [{ messageId: 'password', line: 2, message: /'chpasswd'/ }]
    },
    {
      name: 'chpasswd fed by echo with a word-only password',
      code: `${LINUX}RUN useradd -m someuser && echo "someuser:somepasswd" | chpasswd\n`,
      errors: [{ messageId: 'password', line: 2, message: /'chpasswd'/ }],
      docs: true
    },
    {
      name: 'chpasswd fed by printf, a here-string and a heredoc',
      code: `${LINUX}RUN printf 'deploy:Tr0ub4dor3\\n' | chpasswd\nRUN chpasswd <<< "ci:C1Passw0rd"\nRUN <<EOF\nchpasswd <<USERS\nops:0psPassw0rd\nUSERS\nEOF\n`,
      errors: [
        { messageId: 'password', line: 2, message: /'chpasswd' \('Tr/ },
        { messageId: 'password', line: 3, message: /'chpasswd' \('C1/ },
        { messageId: 'password', line: 4, endLine: 8, message: /'chpasswd' \('0p/ }
      ]
    },
    {
      name: 'Windows: PowerShell variable set to a literal',
      code: `${POWERSHELL}RUN $password = 'Sup3rS3cret!'; New-LocalUser -Name app -NoPassword; $env:API_TOKEN = "k3y-2f9a8b7c6d"\n`,
      errors: [
        { messageId: 'setting', line: 3, message: /^RUN sets 'API_TOKEN' to a literal \('k3/ },
        { messageId: 'setting', line: 3, message: /^RUN sets 'password' to a literal \('Su/ }
      ]
    },
    {
      // fluent-bit's Windows Dockerfiles: the command line turns `\"` into a quote before PowerShell runs.
      name: 'Windows: PowerShell strings written with command-line escaped quotes',
      code: `${POWERSHELL}RUN $sa_password=\\"Str0ngP4ssw0rd9\\"; $msvs_build_tools_dist_name=\\"vs_buildtools.exe\\"\n`,
      errors: [{ messageId: 'setting', line: 3, message: /^RUN sets 'sa_password' to a literal \('St/ }]
    },
    {
      name: 'Windows: cmd set of a secret variable',
      code: `${SERVER_CORE}RUN set DB_PASSWORD=Sup3rS3cret! && setup.exe /quiet\nRUN set "API_KEY=k3y-2f9a8b7c6d" && tool.exe\n`,
      errors: [
        { messageId: 'setting', line: 2, message: /^RUN sets 'DB_PASSWORD' to a literal \('Su/ },
        { messageId: 'setting', line: 3, message: /^RUN sets 'API_KEY' to a literal \('k3/ }
      ]
    },
    {
      name: 'two credentials in one RUN: two findings; the same one twice: one',
      code: `${LINUX}RUN mysql -uroot -pS3cr3tRoot < schema.sql && \\\n    mysqladmin -uroot -pS3cr3tRoot reload && \\\n    curl -u admin:OtherPass99 https://x.example.com\n`,
      errors: [
        { messageId: 'password', line: 2, endLine: 4, message: /'curl' \('Ot…'\)/ },
        { messageId: 'password', line: 2, message: /'mysql'/ }
      ]
    },
    {
      name: 'builder stage counts',
      code: `FROM golang:1.23 AS build\nRUN git config --global url."https://ci:${GITHUB_TOKEN}@github.com/".insteadOf "https://github.com/"\nRUN go build -o /app ./...\nFROM gcr.io/distroless/static:nonroot\nCOPY --from=build /app /app\n`,
      errors: [{ messageId: 'knownFormat', line: 2, message: /GitHub personal access token/ }]
    },
    {
      name: 'heredoc script',
      code: `${LINUX}RUN <<EOF\nset -e\nmysql -uroot -pS3cr3tRoot < /schema.sql\nEOF\n`,
      errors: [{ messageId: 'password', line: 2, endLine: 5, message: /'mysql'/ }]
    },
    {
      name: 'sh -c script',
      code: `${LINUX}RUN sh -c "docker login -u bot -p D0ckerHubPass && docker push app"\n`,
      errors: [{ messageId: 'password', line: 2, message: /'docker login'/ }]
    },
    {
      name: 'exec form',
      code: `${LINUX}RUN ["mysql", "-uroot", "-pS3cr3tRoot", "-e", "SELECT 1"]\n`,
      errors: [{ messageId: 'password', line: 2, message: /'mysql'/ }]
    },
    {
      name: 'Windows: net user with a password (Server Core default cmd)',
      code: `${SERVER_CORE}RUN net user builder B3tterPassw0rd /add\n`,
      errors: [
        { messageId: 'password', line: 2, message: "RUN passes a literal password to 'net user' ('B3t…')." }
      ]
    },
    {
      name: 'Windows: ConvertTo-SecureString with a literal, backtick continuation',
      code: `# escape=\`\n${POWERSHELL}RUN New-LocalUser -Name app \`\n    -Password (ConvertTo-SecureString 'L0calUserPass' -AsPlainText -Force)\n`,
      errors: [
        {
          messageId: 'password',
          line: 4,
          endLine: 5,
          message: "RUN passes a literal password to 'ConvertTo-SecureString' ('L0c…')."
        }
      ],
      docs: true
    },
    {
      name: 'Windows: -String parameter through powershell -Command from cmd',
      code: `${SERVER_CORE}RUN powershell -Command "$p = ConvertTo-SecureString -String 'Str1ngPass' -AsPlainText -Force"\n`,
      errors: [{ messageId: 'password', line: 2, message: /'ConvertTo-SecureString'/ }]
    },
    {
      name: 'Windows: literal piped into ConvertTo-SecureString',
      code: `${POWERSHELL}RUN $pw = 'P1pedPassw0rd' | ConvertTo-SecureString -AsPlainText -Force; Set-LocalUser -Name app -Password $pw\n`,
      errors: [{ messageId: 'password', line: 3, message: /'ConvertTo-SecureString'/ }]
    },
    {
      name: 'Windows: secret environment variable with setx',
      code: `${SERVER_CORE}RUN setx /M API_KEY "k3y-2f9a8b7c6d"\n`,
      errors: [{ messageId: 'setting', line: 2, message: "RUN sets 'API_KEY' to a literal ('k3y…')." }]
    },
    {
      name: 'image: curl -u with a literal password (classic builder)',
      image: imageDoc({
        history: [
          '/bin/sh -c #(nop) ADD file:6f1e5ab4d0a9e1c3 in / ',
          '/bin/sh -c apt-get update && apt-get install -y curl',
          '/bin/sh -c curl -fsSL -u deploy:Zx8Lq2Mn4Rt6 https://repo.example.com/app.tgz | tar -xz -C /opt'
        ]
      }),
      errors: [
        {
          messageId: 'password',
          line: 1,
          logical: 'history[2].created_by',
          message: "Image history entry 2 passes a literal password to 'curl' ('Zx8…')."
        }
      ],
      docs: true
    },
    {
      name: 'image: token in a BuildKit RUN after recorded build arguments',
      image: imageDoc({
        history: [
          `RUN |2 APP_ENV=prod VERSION=1.4.0 /bin/bash -o pipefail -c curl -H "Authorization: token ${GITHUB_TOKEN}" https://api.github.com/repos/acme/app/tarball | tar -xz # buildkit`
        ]
      }),
      errors: [
        {
          messageId: 'knownFormat',
          line: 1,
          logical: 'history[0].created_by',
          message: "Image history entry 0 contains a credential (GitHub personal access token: 'ghp_…')."
        }
      ]
    },
    {
      name: 'image: Authorization header',
      image: imageDoc({
        history: [
          'RUN /bin/sh -c curl -fsSLO -H "X-API-Key: 7f3kQ9zL2mX8vR4tW6yB1nC5" https://dl.example.com/agent.deb # buildkit'
        ]
      }),
      errors: [{ messageId: 'header', line: 1, logical: 'history[0].created_by' }]
    },
    {
      name: 'image: known credential in a recorded build argument with a harmless name',
      image: imageDoc({
        history: [
          `RUN |1 GOPRIVATE_HELPER=${GITHUB_TOKEN} /bin/sh -c go mod download # buildkit`,
          `RUN |1 GOPRIVATE_HELPER=${GITHUB_TOKEN} /bin/sh -c go build ./... # buildkit`
        ]
      }),
      errors: [{ messageId: 'knownFormat', line: 1, logical: 'history[0].created_by' }]
    },
    {
      name: 'image: Windows cmd sets a password',
      image: imageDoc({
        platform: { os: 'windows', osVersion: '10.0.20348.2966' },
        history: ['Apply image 10.0.20348.2966', 'cmd /S /C net user svc P@ssw0rd-2024 /add']
      }),
      errors: [{ messageId: 'password', line: 1, logical: 'history[1].created_by' }]
    },
    {
      name: 'image: PowerShell SHELL',
      image: imageDoc({
        platform: { os: 'windows', osVersion: '10.0.20348.2966' },
        history: [
          "powershell -Command $ErrorActionPreference = 'Stop'; $pw = ConvertTo-SecureString 'Sup3r-S3cret-Pw' -AsPlainText -Force; New-LocalUser -Name svc -Password $pw"
        ]
      }),
      errors: [{ messageId: 'password', line: 1, logical: 'history[0].created_by' }]
    },
    {
      name: 'image: secret-named variable set inline',
      image: imageDoc({ history: ['RUN /bin/sh -c DB_PASSWORD=Tr0ub4dor-3-horse ./migrate.sh # buildkit'] }),
      errors: [{ messageId: 'setting', line: 1, logical: 'history[0].created_by' }]
    }
  ]
});

describe('BH202 robustness', () => {
  it('does not crash on commands named like Object.prototype members', async () => {
    const { scanDocuments } = await import('../../engine/scan-documents.js');
    const { DEFAULT_RULE_SETTINGS } = await import('../../core/settings.js');
    const result = scanDocuments(
      [
        {
          path: 'Dockerfile',
          text: 'FROM alpine\nRUN constructor --insecure && __proto__ -p x && toString -k\n'
        }
      ],
      {
        rules: [rule],
        settings: DEFAULT_RULE_SETTINGS
      }
    );
    expect(result.complete).toBe(true);
    expect(result.notes).toEqual([]);
  });
});
