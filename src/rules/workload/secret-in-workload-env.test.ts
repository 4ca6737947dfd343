import rule from './secret-in-workload-env.js';
import { testRule } from '../../../test/rule-tester.js';
import { makeAwsKeyPair, makeGithubToken, pseudoRandom } from '../../../test/builders/credentials.js';

const GITHUB_TOKEN = makeGithubToken('ghp_', pseudoRandom(30, 21));
const AWS = makeAwsKeyPair(9);
const SLACK_BOT = `xoxb-${pseudoRandom(11, 4, '0123456789')}-${pseudoRandom(12, 5, '0123456789')}-${pseudoRandom(24, 6)}`;

const deployment = (env: string, extra = '') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  selector:
    matchLabels: { app: api }
  template:
    metadata:
      labels: { app: api }
    spec:
      containers:
        - name: api
          image: ghcr.io/acme/api:1.4.2
${extra}          env:
${env}`;

testRule(rule, {
  valid: [
    {
      name: 'values from a Secret, a ConfigMap and the downward API',
      filename: 'deploy.yaml',
      code: deployment(`            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: api-db
                  key: password
            - name: API_TOKEN
              valueFrom:
                configMapKeyRef: { name: api-config, key: token }
            - name: POD_NAME
              valueFrom:
                fieldRef: { fieldPath: metadata.name }
`),
      docs: true
    },
    {
      name: "Neo4j's NEO4J_AUTH: a user name, then the password from another variable",
      filename: 'deploy.yaml',
      code: deployment(`            - name: NEO4J_PASSWORD
              valueFrom:
                secretKeyRef: { name: neo4j, key: password }
            - name: NEO4J_AUTH
              value: neo4j/$(NEO4J_PASSWORD)
            - name: BASIC_AUTH
              value: "admin:\${ADMIN_PASSWORD}"
`)
    },
    {
      name: 'Kubernetes: docker-registry auth settings and a Redis connection string without a password',
      filename: 'deploy.yaml',
      code: deployment(`            - name: REGISTRY_AUTH
              value: htpasswd
            - name: REGISTRY_AUTH_HTPASSWD_REALM
              value: Registry Realm
            - name: REGISTRY_AUTH_TOKEN_REALM
              value: https://auth.example.com/token
            - name: REDIS_CONNECTION_STRING
              value: redis:6379,ssl=False,abortConnect=False
`)
    },
    {
      // estiller/windows-containers-sample: EasyNetQ's string with RabbitMQ's default account, as
      // the URL form `amqp://guest:guest@…` is.
      name: 'Compose: a connection string whose password is its user name (a default account)',
      filename: 'docker-compose.yml',
      code: `services:
  worker:
    image: stiller/codetweetworker:1.0
    environment:
      - RABBITMQ_CONNECTION_STRING=host=codetweet.rabbitmq;username=guest;password=guest
      - DB_CONNECTION=Host=db;Username=postgres;Password=postgres
`
    },
    {
      name: 'envFrom a Secret',
      filename: 'deploy.yaml',
      code: deployment(
        '            - name: LOG_LEVEL\n              value: info\n',
        '          envFrom:\n            - secretRef:\n                name: api-secrets\n'
      )
    },
    {
      name: 'empty value, dependent variables and placeholders',
      filename: 'deploy.yaml',
      code: deployment(`            - name: SMTP_PASSWORD
              value: ""
            - name: SESSION_SECRET
              value: "$(POD_NAME)"
            - name: DB_PASSWORD
              value: $(DB_PASSWORD_FROM_SECRET)
            - name: ADMIN_PASSWORD
              value: changeme
            - name: API_KEY
              value: "<your-api-key>"
            - name: GOOGLE_API_KEY
              value: GOOGLE_API_KEY_VAL
`)
    },
    {
      name: 'names that only look secret',
      filename: 'deploy.yaml',
      code: deployment(`            - name: POSTGRES_PASSWORD_FILE
              value: /run/secrets/postgres-password
            - name: TOKEN_URL
              value: https://login.microsoftonline.com/common/oauth2/v2.0/token
            - name: AUTH_ENABLED
              value: "true"
            - name: TOKEN_TTL
              value: "3600"
            - name: AUTHOR
              value: jane.doe
            - name: KEY_VAULT_NAME
              value: kv-prod-weu
`),
      docs: true
    },
    {
      // Knative Eventing's controller: the image of its auth proxy, pinned by a digest that looks random.
      name: 'an image reference under an auth name',
      filename: 'eventing-core.yaml',
      code: deployment(`            - name: AUTH_PROXY_IMAGE
              value: gcr.io/knative-releases/knative.dev/eventing/cmd/auth_proxy@sha256:89b9ce49a216b08b443340aaaba2ea745d994a9609ce5dc4bef3e71b3a87b4ce
`)
    },
    {
      name: 'private keys are BH207',
      filename: 'deploy.yaml',
      code: deployment(`            - name: TLS_PRIVATE_KEY
              value: |
                -----BEGIN PRIVATE KEY-----
                MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj
                MzEfYyjiWA4R4/M2bS1GB4t7NXp98C3SC6dVMvDuictGeurT8jNbvJZHtCSuYEvu
                -----END PRIVATE KEY-----
`)
    },
    {
      name: 'Helm template (the file is skipped)',
      filename: 'templates/deploy.yaml',
      code: deployment(`            - name: DB_PASSWORD
              value: {{ .Values.db.password | quote }}
`)
    },
    {
      name: 'Compose: interpolated and pass-through variables',
      filename: 'compose.yaml',
      code: `services:
  db:
    image: postgres:16.4
    environment:
      POSTGRES_PASSWORD: \${POSTGRES_PASSWORD:?set it in .env}
      POSTGRES_PASSWORD_FILE: /run/secrets/db_password
      POSTGRES_USER:
  api:
    image: ghcr.io/acme/api:1.4.2
    environment:
      - DB_PASSWORD
      - API_TOKEN=\${API_TOKEN}
`
    },
    {
      // LexikJWTAuthenticationBundle's recipe and Symfony env processors: the framework resolves them.
      name: 'Compose: Symfony container parameters (koillection, api-platform style)',
      filename: 'compose.yaml',
      code: `services:
  php:
    image: php:8.3-fpm
    environment:
      JWT_SECRET_KEY: '%kernel.project_dir%/config/jwt/private.pem'
      APP_SECRET: '%env(resolve:SYMFONY_SECRET)%'
      MAILER_PASSWORD: '%env(base64:MAILER_PASSWORD_B64)%'
      SECRET_KEY: '%kernel.secret%'
`
    },
    {
      // concourse/concourse's docker-compose.yml: the worker reads its key from the mounted directory.
      name: 'a key file path outside the usual directories',
      filename: 'docker-compose.yml',
      code: `services:
  worker:
    image: concourse/concourse:7.11
    volumes: ["./hack/keys:/concourse-keys"]
    environment:
      CONCOURSE_TSA_PUBLIC_KEY: /concourse-keys/tsa_host_key.pub
      CONCOURSE_TSA_WORKER_PRIVATE_KEY: /concourse-keys/worker_key
`
    },
    {
      // mendersoftware/integration's tenantadm-test-recaptcha-conf.yml: Google's and Cloudflare's
      // published test keys, which every verification accepts (or rejects) whatever the token.
      name: "CAPTCHA services' documented test keys",
      filename: 'docker-compose.yml',
      code: `services:
  tenantadm:
    image: mendersoftware/tenantadm:4.0.0
    environment:
      TENANTADM_RECAPTCHA_SECRET: 6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe
      RECAPTCHA_SITE_KEY: 6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI
      TURNSTILE_SECRET_KEY: 1x0000000000000000000000000000000AA
      CF_TURNSTILE_SECRET: "2x0000000000000000000000000000000AA"
`
    },
    {
      name: "LibreChat's user_provided sentinel (umbrel-apps librechat/docker-compose.yml)",
      filename: 'docker-compose.yml',
      code: `services:
  api:
    image: ghcr.io/danny-avila/librechat:v0.7.8
    environment:
      - OPENAI_API_KEY=user_provided
      - ANTHROPIC_API_KEY=user_provided
`
    },
    {
      name: 'docker-registry configuration: auth mechanism, realm and token service URL',
      filename: 'compose.yaml',
      code: `services:
  registry:
    image: registry:2.8.3
    ports: ["5000:5000"]
    environment:
      REGISTRY_AUTH: htpasswd
      REGISTRY_AUTH_HTPASSWD_REALM: Registry Realm
      REGISTRY_AUTH_HTPASSWD_PATH: /auth/htpasswd
      REGISTRY_AUTH_TOKEN_REALM: https://auth.example.com/token
      REGISTRY_AUTH_TOKEN_SERVICE: container-registry
      REGISTRY_AUTH_TOKEN_ISSUER: auth-server
`,
      docs: true
    },
    {
      name: '.NET and Redis connection strings without a password or key',
      filename: 'docker-compose.yml',
      code: `services:
  web:
    image: mcr.microsoft.com/dotnet/aspnet:8.0
    environment:
      - ConnectionStrings__Default=Server=db;Database=shop;Trusted_Connection=True;TrustServerCertificate=True
      - ConnectionStrings__Catalog=Data Source=/data/catalog.db
      - REDIS_CONNECTION_STRING=redis:6379,ssl=False,abortConnect=False
      - MONGO_CONNECTION_STRING=mongodb://mongo:27017/shop
      - AzureWebJobsStorage__accountName=shopstorage
      - AUTH_MODE=oauth
      - GF_AUTH_ANONYMOUS_ENABLED=true
      - Authentication__Schemes__Bearer__ValidAudiences__0=https://shop.example.com
`
    },
    {
      name: 'Compose: escaped interpolation and identity-provider settings',
      filename: 'compose.yaml',
      code: `services:
  keycloak:
    image: quay.io/keycloak/keycloak:26.0
    command: ["sh", "-c", "exec /opt/keycloak/bin/kc.sh start --db-password=$\${KC_DB_PASSWORD}"]
    environment:
      KC_DB_PASSWORD: $\${DB_PASSWORD_FROM_VAULT}
      AUTH0_DOMAIN: shop-prod.eu.auth0.com
      AUTH_PROVIDER: github
      OAUTH2_PROXY_PROVIDER: oidc
      GF_AUTH_ANONYMOUS_ORG_ROLE: Viewer
      CREDENTIALS_SOURCE: environment
      ConnectionStrings__ServiceBus: Endpoint=sb://bus.servicebus.windows.net/;Authentication=Managed Identity
      ConnectionStrings__Redis: redis:6379
`
    },
    {
      name: 'secret files, templates and interpolation',
      filename: 'compose.yaml',
      code: `services:
  db:
    image: mariadb:11.4
    environment:
      MARIADB_ROOT_PASSWORD_FILE: /run/secrets/db_root_password
      PASSWORD_FILE: /run/secrets/x
      MARIADB_PASSWORD: \${MARIADB_PASSWORD}
      API_TOKEN: "{{ .Values.api.token }}"
      AWS_ACCESS_KEY_ID: AKIAIOSFODNN7EXAMPLE
      AWS_SECRET_ACCESS_KEY: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
`
    },
    {
      name: 'Compose: defaults without a credential, a password that is itself a variable, and escaped interpolation',
      filename: 'docker-compose.yaml',
      code: `services:
  worker:
    image: langgenius/dify-api:1.4.0
    environment:
      CELERY_BROKER_URL: \${CELERY_BROKER_URL:-redis://redis:6379/1}
      CACHE_URL: \${CACHE_URL:-redis://:\${REDIS_PASSWORD}@redis:6379/0}
      AMQP_URL: \${AMQP_URL:-amqp://guest:guest@rabbitmq:5672/}
      NOTIFY_HOOK: \${NOTIFY_HOOK:?set NOTIFY_HOOK}
      SLACK_CHANNEL: \${SLACK_CHANNEL:-xoxb-your-token-here}
`
    },
    {
      // BretFisher/dogvscat's stack-ghost.yml: an instruction in capitals with a lower-case `here`.
      name: 'Compose: placeholders in capitals with a lower-case suffix',
      filename: 'docker-compose.yml',
      code: `services:
  ghost:
    image: ghost:5.80.0
    environment:
      database__connection__password: YOURDBPASSWORDhere
      mail__options__auth__pass: ENTERPASSWORDhere
      ADMIN_TOKEN: YOURTOKENgoesHERE
      DB_PASSWORD: your-db-password-here
      MAIL_PASSWORD: YourMailPasswordHere
`
    },
    {
      name: 'suppressed in source',
      filename: 'deploy.yaml',
      code: deployment(`            # bulkhead-ignore BH205 -- local kind cluster only
            - name: DB_PASSWORD
              value: kind-local-Only-42
`)
    }
  ],
  invalid: [
    {
      // Standard base64 (a JPEG's or a random key's) may start with `/`: with no `-`, `_` or extension it is no path.
      name: 'base64 values that start with a slash',
      filename: 'docker-compose.yml',
      code: `services:
  worker:
    image: concourse/concourse:7.11
    environment:
      APP_SECRET: /Kq7mXvLp2/wZr9Tt
      SIGNING_SECRET: /9j/4AAQSkZJRgABAQEASABIAAD+Qx9/7mK
`,
      errors: [
        {
          messageId: 'namedSecret',
          line: 5,
          message: "Service 'worker' sets 'APP_SECRET' to a literal secret ('/Kq7…')."
        },
        {
          messageId: 'namedSecret',
          line: 6,
          message: "Service 'worker' sets 'SIGNING_SECRET' to a literal secret ('/9j/…')."
        }
      ]
    },
    {
      // Only the published values: a real key of the same shape (same prefix, one character off) is a secret.
      name: 'a CAPTCHA secret that is not the documented test key',
      filename: 'docker-compose.yml',
      code: `services:
  tenantadm:
    image: mendersoftware/tenantadm:4.0.0
    environment:
      TENANTADM_RECAPTCHA_SECRET: 6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWf
      TURNSTILE_SECRET_KEY: 0x4AAAAAAAB9kpU3fPq2vTz7Lw1sHdRc
`,
      errors: [
        {
          messageId: 'namedSecret',
          line: 5,
          message: "Service 'tenantadm' sets 'TENANTADM_RECAPTCHA_SECRET' to a literal secret ('6LeI…')."
        },
        {
          messageId: 'namedSecret',
          line: 6,
          message: "Service 'tenantadm' sets 'TURNSTILE_SECRET_KEY' to a literal secret ('0x4A…')."
        }
      ]
    },
    {
      name: 'connection string whose password differs from its user name',
      filename: 'deploy.yaml',
      code: deployment(`            - name: RABBITMQ_CONNECTION_STRING
              value: host=rabbitmq;username=guest;password=Gu3st-Pr0d-2024
`),
      errors: [
        {
          messageId: 'namedSecret',
          line: 16,
          message: "Container 'api' sets 'RABBITMQ_CONNECTION_STRING' to a literal secret ('host…')."
        }
      ]
    },
    {
      name: 'literal password in a Deployment',
      filename: 'deploy.yaml',
      code: deployment(`            - name: DB_USER
              value: api
            - name: DB_PASSWORD
              value: Tr0ub4dor-3-horse
`),
      errors: [
        {
          messageId: 'namedSecret',
          line: 18,
          message: "Container 'api' sets 'DB_PASSWORD' to a literal secret ('Tr0u…')."
        }
      ],
      output: deployment(`            - name: DB_USER
              value: api
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: api-secrets
                  key: DB_PASSWORD
`),
      docs: true
    },
    {
      name: 'CronJob init container with a GitHub token',
      filename: 'cronjob.yaml',
      code: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: mirror
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          initContainers:
            - name: clone
              image: alpine/git:2.45.2
              env:
                - name: GIT_HELPER
                  value: ${GITHUB_TOKEN}
          containers:
            - name: sync
              image: ghcr.io/acme/sync:2.0.1
`,
      errors: [
        {
          messageId: 'knownFormat',
          line: 16,
          message:
            "Container 'clone' sets 'GIT_HELPER' to a credential (GitHub personal access token: 'ghp_…')."
        }
      ],
      docs: true
    },
    {
      name: 'password in a URL and a token in a query string',
      filename: 'deploy.yaml',
      code: deployment(`            - name: DATABASE_URL
              value: postgres://api:9mZq4vTt2Lk@db.internal:5432/orders
            - name: WEBHOOK_TOKEN_URL
              value: https://hooks.example.com/notify?access_token=q8Xv2Lr7Zp4Nc1Tb
`),
      errors: [
        { messageId: 'knownFormat', line: 16, message: /password in URL: '9m…'/ },
        { messageId: 'namedSecret', line: 18 }
      ]
    },
    {
      name: 'AWS key pair over two variables',
      filename: 'deploy.yaml',
      code: deployment(`            - name: AWS_ACCESS_KEY_ID
              value: ${AWS.id}
            - name: AWS_SECRET_ACCESS_KEY
              value: ${AWS.secret}
`),
      errors: [
        { messageId: 'knownFormat', line: 16, message: /AWS access key ID/ },
        { messageId: 'knownFormat', line: 18, message: /AWS secret access key/ }
      ]
    },
    {
      name: 'List of objects, multi-document file and ephemeral containers',
      filename: 'all.yaml',
      code: `apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: Pod
    metadata:
      name: debug
    spec:
      containers:
        - name: app
          image: mcr.microsoft.com/windows/nanoserver:ltsc2022
          env:
            - name: SA_PASSWORD
              value: "yourStrong(!)Passw0rd"
      ephemeralContainers:
        - name: shell
          image: busybox:1.36
          env:
            - { name: REDIS_PASSWORD, value: "k9Vq2mXr" }
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  selector:
    matchLabels: { app: db }
  template:
    metadata:
      labels: { app: db }
    spec:
      containers:
        - name: mssql
          image: mcr.microsoft.com/mssql/server:2022-CU14-ubuntu-22.04
          env:
            - name: MSSQL_SA_PASSWORD
              value: "Pr0d-Sql-2024!"
`,
      errors: [
        { messageId: 'namedSecret', line: 13, message: /Container 'app' sets 'SA_PASSWORD'/ },
        { messageId: 'namedSecret', line: 19, message: /Container 'shell' sets 'REDIS_PASSWORD'/ },
        { messageId: 'namedSecret', line: 37, message: /Container 'mssql' sets 'MSSQL_SA_PASSWORD'/ }
      ]
    },
    {
      name: 'JSON manifest',
      filename: 'pod.json',
      code: `{
  "apiVersion": "v1",
  "kind": "Pod",
  "metadata": { "name": "worker" },
  "spec": {
    "containers": [
      {
        "name": "worker",
        "image": "ghcr.io/acme/worker:3.1.0",
        "env": [
          { "name": "QUEUE_PASSWORD", "value": "h7Rw2pLx9q" }
        ]
      }
    ]
  }
}
`,
      errors: [{ messageId: 'namedSecret', line: 11 }]
    },
    {
      name: 'auth and connection-string names with a secret in the value',
      filename: 'compose.yaml',
      code: `services:
  api:
    image: ghcr.io/acme/api:1.4.2
    environment:
      BASIC_AUTH: "admin:Wint3r-Gard3n"
      REDIS_CONNECTION_STRING: cache:6380,password=Pr0dRedisPw,ssl=True,abortConnect=False
      ConnectionStrings__Orders: Server=sql;Database=orders;User Id=app;Pwd=0rders-Pa55;
`,
      errors: [
        { messageId: 'namedSecret', line: 5, message: /'BASIC_AUTH'/ },
        { messageId: 'namedSecret', line: 6, message: /'REDIS_CONNECTION_STRING'/ },
        { messageId: 'namedSecret', line: 7, message: /'ConnectionStrings__Orders'/ }
      ]
    },
    {
      name: 'Compose: literals that only contain placeholder letters',
      filename: 'docker-compose.yml',
      code: `services:
  ghost:
    image: ghost:5.80.0
    environment:
      database__connection__password: HEREford2024
      MAIL_PASSWORD: Yourself9!x
      DB_PASSWORD: POSTGRESpassword
`,
      errors: [
        { messageId: 'namedSecret', line: 5, message: /'database__connection__password'/ },
        { messageId: 'namedSecret', line: 6, message: /'MAIL_PASSWORD'/ },
        { messageId: 'namedSecret', line: 7, message: /'DB_PASSWORD'/ }
      ]
    },
    {
      name: 'Compose environment as a map',
      filename: 'compose.yaml',
      code: `services:
  db:
    image: postgres:16.4
    environment:
      POSTGRES_USER: orders
      POSTGRES_PASSWORD: s3cr3t-Orders-db
`,
      errors: [
        {
          messageId: 'namedSecret',
          line: 6,
          message: "Service 'db' sets 'POSTGRES_PASSWORD' to a literal secret ('s3cr…')."
        }
      ],
      output: `services:
  db:
    image: postgres:16.4
    environment:
      POSTGRES_USER: orders
      POSTGRES_PASSWORD: \${POSTGRES_PASSWORD}
`,
      docs: true
    },
    {
      name: 'Compose environment as a list',
      filename: 'docker-compose.yml',
      code: `services:
  web:
    image: mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022
    environment:
      - ASPNETCORE_ENVIRONMENT=Production
      - ConnectionStrings__Default=Server=sql;Database=shop;User Id=sa;Password=Sh0p-Pa55-2024;
      - GITHUB_CLIENT=${GITHUB_TOKEN}
`,
      errors: [
        { messageId: 'namedSecret', line: 6, message: /Service 'web' sets 'ConnectionStrings__Default'/ },
        { messageId: 'knownFormat', line: 7 }
      ],
      output: `services:
  web:
    image: mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022
    environment:
      - ASPNETCORE_ENVIRONMENT=Production
      - ConnectionStrings__Default=\${ConnectionStrings__Default}
      - GITHUB_CLIENT=\${GITHUB_CLIENT}
`
    },
    {
      // dify's docker-compose.yaml: the preview is the start of the default, redacted as any secret.
      name: 'Compose: a literal default of a secret-like name shows the start of the default',
      filename: 'docker-compose.yaml',
      code: `services:
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: \${DB_PASSWORD:-difyai123456}
      REDIS_PASSWORD: "prefix-\${REDIS_SUFFIX:-}Xk29fLq7"
      SESSION_SECRET: \${SESSION_SECRET-\${FALLBACK_SECRET:-7Rv2kQ9mZx}}
`,
      errors: [
        {
          messageId: 'namedSecret',
          line: 5,
          message: "Service 'db' sets 'POSTGRES_PASSWORD' to a literal secret ('dif…')."
        },
        {
          messageId: 'namedSecret',
          line: 6,
          message: "Service 'db' sets 'REDIS_PASSWORD' to a literal secret ('pre…')."
        },
        {
          messageId: 'namedSecret',
          line: 7,
          message: "Service 'db' sets 'SESSION_SECRET' to a literal secret ('7R…')."
        }
      ]
    },
    {
      // dify's docker-compose.yaml: known formats in a default fire under any name, as they do written out.
      name: 'Compose: a password in a URL and a Slack token inside `${VAR:-default}`',
      filename: 'docker-compose.yaml',
      code: `services:
  api:
    image: langgenius/dify-api:1.4.0
    environment:
      CELERY_BROKER_URL: \${CELERY_BROKER_URL:-redis://:difyai123456@redis:6379/1}
      NOTIFY: "\${NOTIFY-\${SLACK_BOT:-${SLACK_BOT}}}"
`,
      errors: [
        {
          messageId: 'knownFormat',
          line: 5,
          message: "Service 'api' sets 'CELERY_BROKER_URL' to a credential (password in URL: 'dif…')."
        },
        {
          messageId: 'knownFormat',
          line: 6,
          message: "Service 'api' sets 'NOTIFY' to a credential (Slack bot token: 'xoxb…')."
        }
      ]
    },
    {
      name: 'Kubernetes: a token in a shell-style default of a value',
      filename: 'deploy.yaml',
      code: deployment(`            - name: GIT_HELPER
              value: \${GIT_HELPER:-${GITHUB_TOKEN}}
`),
      errors: [{ messageId: 'knownFormat', line: 16, message: /GitHub personal access token: 'ghp_…'/ }]
    },
    {
      name: 'Compose environment inherited through merge keys and aliases, reported once per service',
      filename: 'docker-compose.yml',
      code: `x-auth-env: &auth-env
  GOTRUE_JWT_SECRET: 8f4c1e2a9b7d6c5e3f1a0b9c8d7e6f5a4b3c2d1e
  GOTRUE_SITE_URL: http://localhost:3000
x-service: &service
  restart: unless-stopped
  environment:
    ANON_KEY: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJyb2xlIjoiYW5vbiIsImlzcyI6ImV4YW1wbGUiLCJpYXQiOjE3MDAwMDAwMDB9.Zk5Tq0cB8mQmW6m0dQ8oV9Yv1oUj7nJ2Lr9sX1cT3aE
services:
  auth:
    image: supabase/gotrue:v2.158.1
    environment:
      <<: *auth-env
      GOTRUE_SITE_URL: https://app.example.com
  rest:
    <<: *service
    image: postgrest/postgrest:v12.2.0
`,
      errors: [
        {
          messageId: 'namedSecret',
          line: 2,
          message: "Service 'auth' sets 'GOTRUE_JWT_SECRET' to a literal secret ('8f4c…')."
        },
        { messageId: 'knownFormat', line: 7, message: /^Service 'rest' sets 'ANON_KEY' to a credential/ }
      ]
    }
  ]
});
