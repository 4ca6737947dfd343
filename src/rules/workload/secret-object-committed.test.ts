import { generateKeyPairSync } from 'node:crypto';
import rule from './secret-object-committed.js';
import { testRule } from '../../../test/rule-tester.js';
import { makeGithubToken, pseudoRandom } from '../../../test/builders/credentials.js';
import { sopsDotenv, sopsEncrypted, sopsJson, sopsYaml } from '../../../test/builders/sops.js';

const b64 = (text: string | Buffer) => Buffer.from(text).toString('base64');
const GITHUB_TOKEN = makeGithubToken('ghp_', pseudoRandom(30, 33));
// Throw-away key generated per run: the repository holds no key material.
const keyPair = generateKeyPairSync('ed25519');
const PRIVATE_KEY = keyPair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const PUBLIC_KEY = keyPair.publicKey.export({ type: 'spki', format: 'pem' }).toString();
const indent = (text: string, spaces: number) => text.trimEnd().replace(/^/gm, ' '.repeat(spaces));
// A JKS keystore starts with the magic 0xFEEDFEED; the rest is opaque here.
const KEYSTORE = b64(
  Buffer.concat([Buffer.from([0xfe, 0xed, 0xfe, 0xed, 0, 0, 0, 2]), Buffer.from(pseudoRandom(40, 5))])
);
const DOCKER_CONFIG = JSON.stringify({
  auths: {
    'ghcr.io': { auth: b64('ci-bot:Qm7v-Lr2x-Zp9k') },
    'docker.io': { auth: b64('acme:${DOCKERHUB_TOKEN}') }
  }
});

/** The keys a `secretGenerator` `envs` entry makes of dotenv text. */
const dotenvKeys = (text: string): [string, string][] =>
  text
    .split('\n')
    .filter(Boolean)
    .map(line => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]);

const secret = (body: string, type = 'Opaque', name = 'orders-db') =>
  `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${name}\ntype: ${type}\n${body}`;

testRule(rule, {
  valid: [
    {
      // An OpenTelemetry operator e2e assertion: `token` must be set; the API server takes strings only.
      name: 'booleans and numbers where strings go',
      filename: '00-assert.yaml',
      code: 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: collector-token\ndata:\n  token: true\nstringData:\n  retries: 3\n'
    },
    {
      name: 'SealedSecret and ExternalSecret',
      filename: 'secrets.yaml',
      code: `apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: orders-db
spec:
  encryptedData:
    password: AgBy3i4OJSWK+PiTySYZZA9rO43cGDEq5Gv3XJ7gq0EkW9mNmTqq8cvdHwJzy7sUg9zA1JrVQk
---
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: orders-api
spec:
  secretStoreRef: { name: vault, kind: ClusterSecretStore }
  target: { name: orders-api }
  data:
    - secretKey: password
      remoteRef: { key: orders/db, property: password }
`,
      docs: true
    },
    {
      name: 'placeholders, empty values and non-secret keys',
      filename: 'secret.yaml',
      code: secret(`data:
  username: ${b64('orders')}
  password: ${b64('changeme')}
  api-key: ""
stringData:
  host: db.orders.svc.cluster.local
  port: "5432"
  project: orders
  log-level: debug
  token: \${ORDERS_API_TOKEN}
  client-secret: "<client-secret>"
`),
      docs: true
    },
    {
      name: 'SOPS-encrypted Secret',
      filename: 'secret.enc.yaml',
      code: `apiVersion: v1
kind: Secret
metadata:
  name: orders-db
type: Opaque
stringData:
  password: ENC[AES256_GCM,data:p6Tq3Xk1vN0=,iv:8aZ0rZ2yq5n3m7FvYp1k0w5c2b4XoQ9Lh6Jt1s3dE4g=,tag:Yk2s9Qe1mWc7p0Rz8uVb3A==,type:str]
sops:
  age:
    - recipient: age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p
  lastmodified: "2024-06-01T10:00:00Z"
  mac: ENC[AES256_GCM,data:Zm9vYmFy,iv:YmF6,tag:cXV4,type:str]
  version: 3.8.1
`
    },
    {
      // xunholy/k8s-gitops: `secretGenerator` `files` and `envs` read SOPS-encrypted files that Flux
      // decrypts; the Secret holds them as committed: `ENC[…]` values, placeholders left in clear
      // (`encrypted_regex`) and SOPS's metadata (the age recipient, the encrypted data key, the MAC).
      name: 'SOPS-encrypted files as values (generated from files and dotenv text)',
      filename: 'secret.yaml',
      code: secret(`stringData:
  values.yaml: |
${indent(sopsYaml(`providers:\n  openAI:\n    apiKey: ${sopsEncrypted(1)}\n  anthropic:\n    apiKey: PLACEHOLDER`), 4)}
  metadata-only.yaml: |
${indent(sopsYaml('providers:\n  openAI:\n    apiKey: PLACEHOLDER', 4), 4)}
data:
  server.toml: ${b64(sopsJson({ data: sopsEncrypted(2) }))}
  app.env: ${b64(sopsDotenv(`DB_PASSWORD=${sopsEncrypted(3)}`))}
${dotenvKeys(sopsDotenv(`DB_PASSWORD=${sopsEncrypted(4)}`))
  .map(([key, value]) => `  ${key}: ${b64(value)}`)
  .join('\n')}
`)
    },
    {
      name: 'SOPS ciphertext as a setting of a config file',
      filename: 'secret.yaml',
      code: secret(`stringData:
  config.yaml: |
    db:
      host: db.orders.svc
      password: ${sopsEncrypted(5)}
  app.properties: |
    spring.datasource.username=orders
    spring.datasource.password=${sopsEncrypted(6)}
`)
    },
    {
      name: 'a value that is not base64 is rejected by the API server',
      filename: 'secret.yaml',
      code: secret('data:\n  password: not base64!\n')
    },
    {
      name: 'certificates and public keys',
      filename: 'secret.yaml',
      code: secret(`stringData:
  jwt-signing.pem: |
${indent(PUBLIC_KEY, 4)}
  known_hosts: |
    github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl
`)
    },
    {
      name: 'private key written in stringData is BH207',
      filename: 'secret.yaml',
      code: secret(`stringData:\n  ssh-privatekey: |\n${indent(PRIVATE_KEY, 4)}\n`, 'kubernetes.io/ssh-auth')
    },
    {
      name: 'docker config without credentials',
      filename: 'secret.yaml',
      code: secret(
        `data:\n  .dockerconfigjson: ${b64('{"auths":{"ghcr.io":{}},"credsStore":"desktop"}')}\n`,
        'kubernetes.io/dockerconfigjson',
        'regcred'
      )
    },
    {
      name: 'service account token Secret filled in by the cluster',
      filename: 'secret.yaml',
      code: 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: build-robot\n  annotations:\n    kubernetes.io/service-account.name: build-robot\ntype: kubernetes.io/service-account-token\n'
    },
    {
      name: 'Helm template (the file is skipped)',
      filename: 'templates/secret.yaml',
      code: secret('data:\n  password: {{ .Values.db.password | b64enc | quote }}\n')
    },
    {
      name: 'suppressed by annotation',
      filename: 'secret.yaml',
      code: `apiVersion: v1
kind: Secret
metadata:
  name: e2e-db
  annotations:
    bulkhead.io/ignore: BH206
    bulkhead.io/ignore-reason: throw-away kind cluster for e2e tests
stringData:
  password: e2e-Only-Pw-81
`
    },
    {
      name: 'Kafka JAAS Secrets whose passwords are references or a Kerberos keytab',
      filename: 'k8s/kafka-client-secret.yaml',
      code: secret(
        `stringData:
  sasl.jaas.config: org.apache.kafka.common.security.scram.ScramLoginModule required username="app" password="\${file:/opt/secrets/kafka.properties:password}";
  client.properties: |
    security.protocol=SASL_SSL
    sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="\${KAFKA_USER}" password="\${KAFKA_PASSWORD}";
  kafka_client_jaas.conf: |
    KafkaClient {
      com.sun.security.auth.module.Krb5LoginModule required
      useKeyTab=true
      keyTab="/etc/security/keytabs/kafka.keytab"
      principal="kafka-client@EXAMPLE.COM";
    };
data:
  oauth.jaas.config: ${b64('org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required;')}
`,
        'Opaque',
        'kafka-client'
      )
    }
  ],
  invalid: [
    {
      name: "Kafka JAAS passwords: a KafkaUser's sasl.jaas.config key, and inside a client.properties file",
      filename: 'k8s/kafka-user-secret.yaml',
      code: secret(
        `data:
  sasl.jaas.config: ${b64('org.apache.kafka.common.security.scram.ScramLoginModule required username="orders" password="Sc7am-Orders-2024";')}
stringData:
  client.properties: |
    security.protocol=SASL_SSL
    sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required \\
      username="admin" \\
      password="Kf-4dm1n-2024-prod";
`,
        'Opaque',
        'kafka-user'
      ),
      errors: [
        {
          messageId: 'embedded',
          line: 7,
          message: "Secret 'kafka-user' key 'sasl.jaas.config' sets 'password' to a literal secret ('Sc7a…')."
        },
        { messageId: 'embedded', line: 13, message: /key 'client\.properties' sets 'password' .*\('Kf-4…'\)/ }
      ]
    },
    {
      name: 'Opaque Secret with a password',
      filename: 'secret.yaml',
      code: secret(`data:
  username: ${b64('orders')}
  password: ${b64('Tr0ub4dor-3-horse\n')}
`),
      errors: [
        {
          messageId: 'literal',
          line: 8,
          message: "Secret 'orders-db' key 'password' holds a literal value ('Tr0u…')."
        }
      ],
      docs: true
    },
    {
      name: 'registry credentials in a dockerconfigjson Secret',
      filename: 'regcred.yaml',
      code: secret(
        `data:\n  .dockerconfigjson: ${b64(DOCKER_CONFIG)}\n`,
        'kubernetes.io/dockerconfigjson',
        'regcred'
      ),
      errors: [
        {
          messageId: 'registry',
          line: 7,
          message:
            "Secret 'regcred' key '.dockerconfigjson' holds registry credentials for 'ghcr.io' ('Y2kt…')."
        }
      ],
      docs: true
    },
    {
      name: 'known formats, a config file and binary data',
      filename: 'secret.yaml',
      code: secret(`data:
  keystore.jks: ${KEYSTORE}
stringData:
  github-token: ${GITHUB_TOKEN}
  appsettings.json: |
    {
      "Logging": { "LogLevel": { "Default": "Information" } },
      "Smtp": { "Host": "smtp.example.com", "Password": "m4il-Relay-2024" }
    }
  application.properties: |
    spring.datasource.url=jdbc:postgresql://db:5432/orders
    spring.datasource.password=Spr1ng-Db-pw
`),
      errors: [
        { messageId: 'literal', line: 7, message: /key 'keystore.jks' holds a literal value \('\/u3\+…'\)/ },
        {
          messageId: 'knownFormat',
          line: 9,
          message:
            "Secret 'orders-db' key 'github-token' holds a credential (GitHub personal access token: 'ghp_…')."
        },
        {
          messageId: 'embedded',
          line: 13,
          message: "Secret 'orders-db' key 'appsettings.json' sets 'Password' to a literal secret ('m4i…')."
        },
        {
          messageId: 'embedded',
          line: 17,
          message:
            "Secret 'orders-db' key 'application.properties' sets 'spring.datasource.password' to a literal secret ('Spr…')."
        }
      ]
    },
    {
      // kserve's storage-config Secret: one JSON document per storage, as BH209 reads a ConfigMap's.
      name: 'a config file written in stringData: the line inside the block that sets the secret',
      filename: 'storage-config-secret.yaml',
      code: secret(`stringData:
  localS3: |
    {
      "type": "s3",
      "access_key_id": "s3admin",
      "secret_access_key": "Zr9-Lm2Vx9PkT4w",
      "bucket": "mlpipeline"
    }
  pgbackrest.conf: |
    [global]
    repo1-s3-key-type=shared
    repo1-s3-key-secret=p9Vt2Rk4Lx8Qz1Wm6
  notify.ini: >
    [smtp]
    host = smtp.example.com

    password = m4il-Relay-2024
  ci.env: |
    CI_USER=builder
    GH_PUSH=${GITHUB_TOKEN}
`),
      errors: [
        { messageId: 'embedded', line: 11, message: /key 'localS3' sets 'secret_access_key'/ },
        { messageId: 'embedded', line: 17, message: /key 'pgbackrest.conf' sets 'repo1-s3-key-secret'/ },
        { messageId: 'embedded', line: 22, message: /key 'notify.ini' sets 'password'/ },
        { messageId: 'knownFormat', line: 25, message: /key 'ci.env' holds a credential \(GitHub/ }
      ]
    },
    {
      name: 'values with no line of their own inside the value stay at the key line',
      filename: 'secret.yaml',
      code: secret(`data:
  localS3: ${b64('{\n  "type": "s3",\n  "secret_access_key": "Zr9-Lm2Vx9PkT4w"\n}\n')}
stringData:
  password: Tr0ub4dor-3-horse
  quoted.properties: "url=jdbc:postgresql://db/orders\\npassword=Spr1ng-Db-pw\\n"
  terse.conf: |
    user:builder
    password:Xv9-Lm2q-Rk4w
`),
      errors: [
        { messageId: 'embedded', line: 7, message: /key 'localS3' sets 'secret_access_key'/ },
        { messageId: 'literal', line: 9, message: /key 'password' holds a literal value/ },
        { messageId: 'embedded', line: 10, message: /key 'quoted.properties' sets 'password'/ },
        // A setting BH209's reading of config text does not see (no space after the colon): the key.
        { messageId: 'embedded', line: 11, message: /key 'terse.conf' sets 'password'/ }
      ]
    },
    {
      name: 'a SOPS-encrypted file is judged by the values it leaves in clear',
      filename: 'secret.yaml',
      code: secret(`stringData:
  values.yaml: |
${indent(sopsYaml(`smtp:\n  password: m4il-Relay-2024\napi:\n  token: ${sopsEncrypted(7)}`), 4)}
data:
  db.env: ${b64(sopsDotenv(`DB_PASSWORD_unencrypted=Tr0ub4dor-3-horse\nDB_TOKEN=${sopsEncrypted(8)}`))}
`),
      errors: [
        {
          messageId: 'embedded',
          line: 9,
          message: /key 'values.yaml' sets 'password' to a literal secret \('m4i…'\)/
        },
        { messageId: 'embedded', line: 28, message: /key 'db.env' sets 'DB_PASSWORD_unencrypted'/ }
      ]
    },
    {
      name: 'key material under neutral and key-like names',
      filename: 'secret.yaml',
      code: secret(
        `data:\n  key: ${b64('AQDCSuxjnGaGHBAA7wZmcVPXqI8bRvBgx0Ht3w==')}\nstringData:\n  session: ${pseudoRandom(32, 8)}\n  region: eu-west-1\n  mongodb-keyfile: |\n    ${pseudoRandom(60, 4)}\n    ${pseudoRandom(60, 6)}\n`,
        'kubernetes.io/rbd',
        'ceph-admin'
      ),
      errors: [
        {
          messageId: 'literal',
          line: 7,
          message: "Secret 'ceph-admin' key 'key' holds a literal value ('AQDC…')."
        },
        { messageId: 'literal', line: 9, message: /key 'session'/ },
        { messageId: 'literal', line: 11, message: /key 'mongodb-keyfile'/ }
      ]
    },
    {
      name: 'base64 private key in data',
      filename: 'secret.yaml',
      code: secret(
        `data:\n  tls.crt: ${b64('-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n')}\n  tls.key: ${b64(PRIVATE_KEY)}\n`,
        'kubernetes.io/tls',
        'ingress-tls'
      ),
      errors: [
        {
          messageId: 'knownFormat',
          line: 8,
          message: /key 'tls.key' holds a credential \(PKCS#8 private key/
        }
      ]
    },
    {
      name: 'List, JSON and multi-document files',
      filename: 'all.yaml',
      code: `apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: Secret
    metadata: { name: smtp }
    stringData: { SMTP_PASSWORD: m4il-Relay-2024 }
---
{"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "legacy-regcred"}, "type": "kubernetes.io/dockercfg",
 "data": {".dockercfg": "${b64('{"registry.acme.internal:5000":{"username":"ci","password":"Dk9-x7Rt-qq2","email":"ci@acme.example"}}')}"}}
`,
      errors: [
        { messageId: 'literal', line: 7, message: /Secret 'smtp' key 'SMTP_PASSWORD'/ },
        { messageId: 'registry', line: 10, message: /for 'registry.acme.internal:5000'/ }
      ]
    }
  ]
});
