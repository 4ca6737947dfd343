import rule from './secret-in-configmap.js';
import { testRule } from '../../../test/rule-tester.js';
import { makeGithubToken, makeJwt, pseudoRandom } from '../../../test/builders/credentials.js';

const GITHUB_TOKEN = makeGithubToken('ghp_', pseudoRandom(30, 23));
const JWT = makeJwt({ sub: 'grafana-agent', iat: 1717000000 });
const SESSION_SECRET = pseudoRandom(40, 5);

const configMap = (data: string, name = 'orders-config') =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n  namespace: shop\ndata:\n${data}`;

testRule(rule, {
  valid: [
    {
      // flux-local's tests/testdata/cluster/clusters/prod/flux-system/cluster-config.yaml, in the
      // naming of onedr0p's Flux cluster template (values for `postBuild.substituteFrom`).
      name: 'a host name or e-mail address under a secret-like name is an address',
      filename: 'clusters/prod/flux-system/cluster-config.yaml',
      code: configMap(
        `  SECRET_DOMAIN: "example.com"
  SECRET_DOMAIN2: "other.com"
  SECRET_ACME_EMAIL: "admin@example.com"
`,
        'cluster-config'
      )
    },
    {
      // knative/operator's kodata/ingress/*/contour/net-contour.yaml: Knative's documentation key, which
      // the system never reads; the example names a Secret as `namespace/name`.
      name: "Knative's `_example` key documents settings with example values",
      filename: 'kodata/ingress/1.23/contour/net-contour.yaml',
      code: configMap(
        `  _example: |
    # If auto-TLS is disabled fallback to the following certificate
    #
    # An operator is required to setup a TLSCertificateDelegation
    # for this secret to be used
    default-tls-secret: "some-namespace/some-secret"

    # The password of the dashboard's first user.
    admin-password: "Winter2024!"
`,
        'config-contour'
      )
    },
    {
      name: "a one-line JSON file under a key named like tokens (tektoncd/catalog's replace-tokens test)",
      filename: 'tests/configmap.yaml',
      code: configMap(`  tokens.json: |
    { "name": "token-replace", "image": "ubuntu" }
  secrets.yaml: |
    replicas: 3
`)
    },
    {
      name: 'Symfony container parameters as keys and inside an embedded .env',
      filename: 'k8s/app-env.yaml',
      code: configMap(`  JWT_SECRET_KEY: "%kernel.project_dir%/config/jwt/private.pem"
  .env: |
    APP_ENV=prod
    JWT_SECRET_KEY=%kernel.project_dir%/config/jwt/private.pem
    APP_SECRET=%env(base64:SYMFONY_SECRET_B64)%
`)
    },
    {
      name: "Dex's secretEnv and idEnv name the variables that hold the client's credentials",
      filename: 'common/dex/base/config-map.yaml',
      code: configMap(`  config.yaml: |
    staticClients:
    - idEnv: OIDC_CLIENT_ID
      name: 'Dex Login Application'
      secretEnv: OIDC_CLIENT_SECRET
`)
    },
    {
      name: 'Spring Boot properties that reference the environment',
      filename: 'k8s/orders-config.yaml',
      code: configMap(`  application.properties: |
    server.port=8080
    spring.datasource.url=jdbc:postgresql://orders-db:5432/orders
    spring.datasource.username=orders
    spring.datasource.password=\${SPRING_DATASOURCE_PASSWORD}
    management.endpoints.web.exposure.include=health,info
  application.yaml: |
    spring:
      redis:
        host: redis
        password: \${REDIS_PASSWORD}
`),
      docs: true
    },
    {
      name: 'nginx.conf and prometheus.yml',
      filename: 'k8s/monitoring.yaml',
      code: configMap(
        `  nginx.conf: |
    server {
      listen 8080;
      location = /auth {
        internal;
        proxy_pass http://oauth2-proxy:4180/oauth2/auth;
        proxy_set_header Authorization $http_authorization;
      }
      auth_basic "Restricted";
      auth_basic_user_file /etc/nginx/.htpasswd;
    }
  prometheus.yml: |
    global:
      scrape_interval: 30s
    scrape_configs:
      - job_name: kubernetes-nodes
        scheme: https
        bearer_token_file: /var/run/secrets/kubernetes.io/serviceaccount/token
        tls_config:
          ca_file: /var/run/secrets/kubernetes.io/serviceaccount/ca.crt
        basic_auth:
          username: prometheus
          password_file: /etc/prometheus/secrets/password
`,
        'monitoring'
      )
    },
    {
      name: 'feature flags, empty values and placeholders',
      filename: 'k8s/flags.yaml',
      code: configMap(`  FEATURE_NEW_TOKEN_FLOW: "true"
  TOKEN_TTL_SECONDS: "3600"
  PASSWORD_MIN_LENGTH: "12"
  AUTH_MODE: oidc
  OAUTH_CLIENT_ID: orders-web
  API_KEY_HEADER: X-Api-Key
  DB_PASSWORD: ""
  SMTP_PASSWORD: changeme
  .env: |
    # filled in by the deploy pipeline
    STRIPE_SECRET_KEY=
    SESSION_SECRET=<your-session-secret-here>
    DB_PASSWORD=\${DB_PASSWORD}
  settings.json: |
    {
      "auth": { "enabled": true, "provider": "keycloak" },
      "password": null,
      "tokenExpiryMinutes": 30
    }
`)
    },
    {
      name: 'references to secrets kept elsewhere, and encrypted values',
      filename: 'k8s/references.yaml',
      code: configMap(`  DB_PASSWORD: vault:secret/data/orders#password
  STRIPE_API_KEY: "@Microsoft.KeyVault(SecretUri=https://kv-shop.vault.azure.net/secrets/stripe/)"
  grafana.ini: |
    [security]
    admin_password = $__file{/etc/grafana/secrets/admin-password}
    [auth.generic_oauth]
    client_secret = $__env{GF_OAUTH_CLIENT_SECRET}
  supervisord.conf: |
    [inet_http_server]
    password=%(ENV_SUPERVISOR_PASSWORD)s
  application.properties: |
    spring.datasource.password=ENC(G6N718UuyPE5bHyWKyuLQSm02auQPUtm)
    app.api.token=ref+awssecrets://shop/orders/api-token
`)
    },
    {
      // recyclarr (onedr0p/home-ops, bjw-s/home-ops), Home Assistant and ESPHome, MkDocs (pyyaml-env-tag).
      name: 'YAML tags that read a value from the environment, a secrets file or another file',
      filename: 'k8s/home-automation.yaml',
      code: configMap(`  recyclarr.yml: |
    sonarr:
      series:
        base_url: http://sonarr.media.svc.cluster.local
        api_key: !env_var SONARR_API_KEY
    radarr:
      movies:
        api_key: !secret radarr_apikey # from secrets.yml
  configuration.yaml: |
    mqtt:
      password: !secret mqtt_password
    http: !include http.yaml
    notify_token: !env_var NOTIFY_TOKEN changeme
  mkdocs.yml: |
    plugins:
      - git-committers:
          token: !ENV [MKDOCS_GIT_COMMITTERS_APIKEY, GITHUB_TOKEN]
    extra:
      api_token: !ENV API_TOKEN
      analytics_secret: !env? ANALYTICS_SECRET
  loader.yaml: |
    password: !file/trim /run/secrets/db_password
    login_token: !env '\${LOGIN_TOKEN:-}'
  vars.yml: |
    vault_password: !vault |
      $ANSIBLE_VAULT;1.1;AES256
      62313365396662343061393464336163383764373764613633653634306231386433626436623361
`)
    },
    {
      name: 'a cloud config naming the namespace of its secret (Azure Disk CSI driver chart)',
      filename: 'templates/csi-azuredisk-controller.yaml',
      code: configMap(`  config.yaml: |
    secretName: azure-cloud-provider
    secretNamespace: kube-system
    userAgent: azuredisk-csi-driver
`)
    },
    {
      name: "a JSON setting naming the file a key is read from (cert-manager's pebble test chart)",
      filename: 'pebble-configmap.yaml',
      code: configMap(`  pebble-config.json: |
    {
      "pebble": {
        "listenAddress": "0.0.0.0:443",
        "certificate": "/config/cert.pem",
        "privateKey": "/config/key.pem"
      }
    }
`)
    },
    {
      name: 'a JSON setting naming the annotation that holds a secret name (KServe inferenceservice-config)',
      filename: 'kserve.yaml',
      code: configMap(`  credentials: |-
    {
       "storageSpecSecretName": "storage-config",
       "storageSecretNameAnnotation": "serving.kserve.io/storageSecretName",
       "gcs": {
           "gcsCredentialFileName": "gcloud-application-credentials.json"
       }
    }
`)
    },
    {
      name: 'Python source in a ConfigMap that reads its token from the environment (GKE Ray Serve sample)',
      filename: 'models/quantized-model.yaml',
      code: configMap(`  model.py: |
    import os
    from transformers import AutoTokenizer
    model_id = os.environ["MODEL_ID"]
    tokenizer = AutoTokenizer.from_pretrained(
        model_id,
        token=os.environ["HUGGING_FACE_HUB_TOKEN"]
    )
    api_key = settings.OPENAI_API_KEY
`)
    },
    {
      name: 'Grafana Alloy config that reads its credentials from a Secret and the environment (k8s-monitoring)',
      filename: 'k8s/alloy.yaml',
      code: configMap(`  config.alloy: |
    prometheus.remote_write "metrics" {
      endpoint {
        url = "https://prom.example.com/api/v1/write"
        basic_auth {
          username = convert.nonsensitive(remote.kubernetes.secret.prom.data["username"])
          password = remote.kubernetes.secret.prom.data["password"]
        }
        bearer_token = env("PROM_TOKEN")
      }
    }
`)
    },
    {
      name: 'a Secret is BH206, not this rule; a ConfigMap of another API group is not the core object',
      filename: 'k8s/other.yaml',
      code: `apiVersion: v1
kind: Secret
metadata:
  name: db
stringData:
  password: Xk9mR2vLq7pTw4
---
apiVersion: example.com/v1
kind: ConfigMap
metadata:
  name: custom
data:
  password: Xk9mR2vLq7pTw4
`
    },
    {
      name: 'Kafka JAAS entries without a literal password: Kerberos keytab, references, placeholders, OAuth',
      filename: 'k8s/kafka-client-config.yaml',
      code: configMap(`  client.properties: |
    security.protocol=SASL_SSL
    sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="\${KAFKA_USER}" password="\${KAFKA_PASSWORD}";
    # sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="Old-Kafka-Pa55";
  provider.properties: |
    config.providers=file
    config.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider
    sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="app" password="\${file:/opt/secrets/kafka.properties:password}";
  example.properties: |
    sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="<your-username>" password="<your-password>";
    listener.name.sasl_ssl.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="changeme";
  oauth.properties: |
    sasl.mechanism=OAUTHBEARER
    sasl.jaas.config=org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required;
  kafka_server_jaas.conf: |
    KafkaServer {
      com.sun.security.auth.module.Krb5LoginModule required
      useKeyTab=true
      storeKey=true
      keyTab="/etc/security/keytabs/kafka.keytab"
      principal="kafka/kafka-0.kafka-headless.kafka.svc.cluster.local@EXAMPLE.COM";
    };
  sasl.jaas.config: org.apache.kafka.common.security.plain.PlainLoginModule required username="app" password="\${KAFKA_PASSWORD}";
`)
    },
    {
      name: "a user name with the password as a variable reference (helm/charts' neo4j test script)",
      filename: 'neo4j/templates/tests/test-config.yaml',
      code: configMap(`  run.sh: |-
    for id in $(seq 0 $((CORE_REPLICAS - 1))); do
      auth="neo4j:\${NEO4J_SECRETS_PASSWORD}"
      url="http://\${auth}@\${host}:7474/"
    done
  NEO4J_AUTH: neo4j/\${NEO4J_PASSWORD}
`)
    }
  ],
  invalid: [
    {
      name: 'a user name with a literal password in a test script',
      filename: 'neo4j/templates/tests/test-config.yaml',
      code: configMap(`  run.sh: |-
    auth="neo4j:Xk9mR2vLq7pTw4"
    url="http://\${auth}@\${host}:7474/"
`),
      errors: [{ messageId: 'embedded', line: 8, message: /key 'run\.sh' sets 'auth' .*\('neo4…'\)/ }]
    },
    {
      name: 'a value with a dot that is no host name stays a literal',
      filename: 'clusters/prod/flux-system/cluster-config.yaml',
      code: configMap(
        `  SECRET_DOMAIN: "example.com"
  SECRET_API_TOKEN: "letmein.now"
`,
        'cluster-config'
      ),
      errors: [{ messageId: 'literal', line: 8, message: /key 'SECRET_API_TOKEN' holds a literal secret/ }]
    },
    {
      name: 'a credential-shaped value in an `_example` key still counts: a token, or random text pasted in',
      filename: 'config/config-github.yaml',
      code: configMap(
        `  _example: |
    # The token the controller uses to call GitHub's API.
    github-token: "${GITHUB_TOKEN}"
    # The secret that signs the webhook payloads.
    webhook-secret: "${SESSION_SECRET}"
  config.yaml: |
    admin-password: "Winter2024!"
`,
        'config-github'
      ),
      errors: [
        { messageId: 'embeddedKnownFormat', line: 9, message: /key '_example' holds a credential \(GitHub/ },
        { messageId: 'embedded', line: 11, message: /key '_example' sets 'webhook-secret'/ },
        { messageId: 'embedded', line: 13, message: /key 'config\.yaml' sets 'admin-password'/ }
      ]
    },
    {
      name: 'Kafka JAAS passwords in server.properties, a jaas.conf section and a one-line key, at their lines',
      filename: 'k8s/kafka-config.yaml',
      code: configMap(
        `  server.properties: |
    listeners=SASL_PLAINTEXT://:9092
    sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="Kf-4dm1n-2024-prod";
    listener.name.sasl_ssl.scram-sha-256.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required \\
      username="broker" \\
      password="Br0ker-Scram-2024";
  kafka_server_jaas.conf: |
    KafkaServer {
      org.apache.kafka.common.security.plain.PlainLoginModule required
      username="admin"
      user_alice="al1ce-Kafka-2024-x";
    };
  sasl.jaas.config: org.apache.kafka.common.security.plain.PlainLoginModule required username="app" password="Ap9-Kafka-2024-x";
`,
        'kafka'
      ),
      errors: [
        {
          messageId: 'embedded',
          line: 9,
          message: "ConfigMap 'kafka' key 'server.properties' sets 'password' to a literal secret ('Kf-4…')."
        },
        {
          messageId: 'embedded',
          line: 12,
          message: /key 'server\.properties' sets 'password' .*\('Br0k…'\)/
        },
        {
          messageId: 'embedded',
          line: 17,
          message: /key 'kafka_server_jaas\.conf' sets 'user_alice' .*\('al1c…'\)/
        },
        { messageId: 'embedded', line: 19, message: /key 'sasl\.jaas\.config' sets 'password' .*\('Ap9-…'\)/ }
      ]
    },
    {
      name: 'a one-line JSON file with a password setting, reported at the setting',
      filename: 'k8s/app-config.yaml',
      code: configMap(`  settings.json: |
    { "user": "app", "password": "Xk9mR2vLq7pTw4" }
  password.txt: Xk9mR2vLq7pTw4
`),
      errors: [
        { messageId: 'embedded', line: 8, message: /key 'settings\.json' sets 'password'/ },
        { messageId: 'literal', line: 9, message: /key 'password\.txt' holds a literal secret/ }
      ]
    },
    {
      name: 'a password in quotes in Python source in a ConfigMap',
      filename: 'models/worker.yaml',
      code: configMap(`  worker.py: |
    import os
    token = os.environ["HF_TOKEN"]
    db_password = "Xk9mR2vLq7pTw4"
`),
      errors: [{ messageId: 'embedded', line: 10, message: /'db_password'/ }]
    },
    {
      name: 'a password in quotes in Alloy config',
      filename: 'k8s/alloy-literal.yaml',
      code: configMap(`  config.alloy: |
    loki.write "default" {
      endpoint {
        basic_auth {
          password = "Xk9mR2vLq7pTw4"
        }
      }
    }
`),
      errors: [{ messageId: 'embedded', line: 11, message: /'password'/ }]
    },
    {
      name: 'a plain data key with a literal password, and a token anywhere',
      filename: 'k8s/orders-config.yaml',
      code: configMap(`  DB_HOST: orders-db
  DB_PASSWORD: Xk9mR2vLq7pTw4
  GIT_SYNC_REPO_AUTH: ${GITHUB_TOKEN}
`),
      errors: [
        {
          messageId: 'literal',
          line: 8,
          message: "ConfigMap 'orders-config' key 'DB_PASSWORD' holds a literal secret ('Xk9…')."
        },
        {
          messageId: 'knownFormat',
          line: 9,
          message:
            /^ConfigMap 'orders-config' key 'GIT_SYNC_REPO_AUTH' holds a credential \(GitHub .*: 'ghp_…'\)\.$/
        }
      ],
      docs: true
    },
    {
      name: 'embedded application.properties and .env: the line inside the block scalar',
      filename: 'k8s/orders-config.yaml',
      code: configMap(`  application.properties: |
    server.port=8080
    spring.datasource.url=jdbc:postgresql://orders-db:5432/orders
    spring.datasource.password=Pr0d-0rders!2024
  .env: |
    NODE_ENV=production
    export SESSION_SECRET=${SESSION_SECRET}
`),
      errors: [
        {
          messageId: 'embedded',
          line: 10,
          message:
            "ConfigMap 'orders-config' key 'application.properties' sets 'spring.datasource.password' to a literal secret ('Pr0d…')."
        },
        { messageId: 'embedded', line: 13, message: /key '\.env' sets 'SESSION_SECRET' to a literal secret/ }
      ],
      docs: true
    },
    {
      name: 'embedded YAML and JSON settings, and a JWT in an nginx directive',
      filename: 'k8s/gateway.yaml',
      code: configMap(
        `  config.yaml: |
    database:
      host: pg
      password: "s3cr3t-Pa55w0rd"
  appsettings.json: |
    {
      "ConnectionStrings": {
        "Default": "Server=sql;Database=shop;User Id=shop;Password=Sh0p-Pa55!"
      },
      "Stripe": { "ApiKey": "rk_live_${pseudoRandom(24, 9)}" }
    }
  nginx.conf: |
    location /metrics {
      proxy_set_header Authorization "Bearer ${JWT}";
    }
`,
        'gateway'
      ),
      errors: [
        { messageId: 'embedded', line: 10, message: /key 'config\.yaml' sets 'password'/ },
        {
          messageId: 'embedded',
          line: 14,
          message: /sets 'ConnectionStrings\.Default' to a literal secret \('Serv…'\)/
        },
        { messageId: 'embedded', line: 16, message: /sets 'ApiKey' to a literal secret \('rk_l…'\)/ },
        {
          messageId: 'embeddedKnownFormat',
          line: 20,
          message:
            /^ConfigMap 'gateway' key 'nginx\.conf' holds a credential \(JSON Web Token: 'eyJ.…'\) in its embedded config\.$/
        }
      ]
    },
    {
      // A type tag leaves the value a value; a quoted tag is text, not a tag; a default is what the
      // loader falls back to when the variable is unset.
      name: 'a literal behind a type tag, in quotes, or as the default of an environment tag',
      filename: 'k8s/tagged.yaml',
      code: configMap(`  config.yaml: |
    db_password: !!str hunter2-Prod
    smtp_password: "!secret mqtt_password"
    api_token: !env_var API_TOKEN Zq8rT2vLw9-xK4m
    site_password: !ENV [SITE_PASSWORD, 'Kx7mQ2pLw9-Rt3v']
    login_password: !env '\${LOGIN_PASSWORD:-Lg1n-Pa55-2024}'
    ansible_password: !unsafe 'Ans1ble-{{pw}}'
`),
      errors: [
        { messageId: 'embedded', line: 8, message: /sets 'db_password' to a literal secret \('!!s/ },
        { messageId: 'embedded', line: 9, message: /sets 'smtp_password' to a literal secret \('!se/ },
        { messageId: 'embedded', line: 10, message: /sets 'api_token' to a literal secret \('Zq8/ },
        { messageId: 'embedded', line: 11, message: /sets 'site_password' to a literal secret \('Kx7/ },
        { messageId: 'embedded', line: 12, message: /sets 'login_password'/ },
        { messageId: 'embedded', line: 13, message: /sets 'ansible_password' to a literal secret \('!un/ }
      ]
    },
    {
      name: 'a bulkhead-ignore comment inside the embedded file suppresses the line below it',
      filename: 'k8s/kind-config.yaml',
      code: configMap(
        `  application.properties: |
    # bulkhead-ignore BH209 -- local kind cluster only
    spring.datasource.password=Kind-Local-Pa55
    spring.rabbitmq.password=Rabb1t-Pa55-2024
`,
        'kind-demo'
      ),
      errors: [{ messageId: 'embedded', line: 10, message: /sets 'spring\.rabbitmq\.password'/ }]
    },
    {
      name: 'CRLF line endings keep the lines of the block scalar',
      filename: 'k8s/windows-app.yaml',
      code: configMap(
        '  Web.config.env: |\n    ASPNETCORE_ENVIRONMENT=Production\n    SMTP_PASSWORD=Sm7p-Relay-2024\n',
        'iis-app'
      ).replace(/\n/g, '\r\n'),
      errors: [{ messageId: 'embedded', line: 9, message: /key 'Web\.config\.env' sets 'SMTP_PASSWORD'/ }]
    },
    {
      name: 'a ConfigMap in a JSON List: the value has no lines of its own, so the key line',
      filename: 'k8s/list.json',
      code: JSON.stringify(
        {
          apiVersion: 'v1',
          kind: 'List',
          items: [
            {
              apiVersion: 'v1',
              kind: 'ConfigMap',
              metadata: { name: 'worker' },
              data: { 'worker.properties': 'queue=orders\nbroker.password=Br0ker-Pa55-2024\n' }
            }
          ]
        },
        null,
        2
      ),
      errors: [{ messageId: 'embedded', line: 12, message: /sets 'broker\.password'/ }]
    },
    {
      name: 'a one-line properties value, a quoted multi-line value and binaryData',
      filename: 'k8s/legacy.yaml',
      code: `apiVersion: v1
kind: ConfigMap
metadata:
  name: legacy
data:
  jdbc.properties: "jdbc.password=Leg4cy-DB-Pa55"
  app.env: "MODE=prod\\nAPI_TOKEN=${SESSION_SECRET}\\n"
binaryData:
  smtp.ini: ${Buffer.from('[smtp]\nhost = mail\npassword = M4il-Relay-Pa55\n').toString('base64')}
`,
      errors: [
        { messageId: 'embedded', line: 6, message: /sets 'jdbc\.password'/ },
        { messageId: 'embedded', line: 7, message: /sets 'API_TOKEN'/ },
        { messageId: 'embedded', line: 9, message: /key 'smtp\.ini' sets 'password'/ }
      ]
    }
  ]
});
