import { makeGithubToken, pseudoRandom } from '../../test/builders/credentials.js';
import {
  isNamedSecret,
  isSecretLikeName,
  isSecretLikeUrlName,
  valueEmbedsCredentials
} from './secret-names.js';

describe('isSecretLikeName', () => {
  it.each([
    'DB_PASSWORD',
    'MYSQL_ROOT_PASSWORD',
    'POSTGRES_PASSWORD',
    'MSSQL_SA_PASSWORD',
    'SA_PASSWORD',
    'password',
    'dbPassword',
    'DBPassword',
    'spring.datasource.password',
    'db-password',
    'LDAP_BIND_PASSWD',
    'MYSQL_PWD',
    'JWT_SECRET',
    'CLIENT_SECRET',
    'client_secret',
    'azureClientSecret',
    'SECRET_KEY_BASE',
    'DJANGO_SECRET_KEY',
    'AWS_SECRET_ACCESS_KEY',
    'AWS_SESSION_TOKEN',
    'GITHUB_TOKEN',
    'GH_TOKEN',
    'NPM_TOKEN',
    'NODE_AUTH_TOKEN',
    'HF_TOKEN',
    'OAuth2Token',
    'API_KEY',
    'OPENAI_API_KEY',
    'apiKey',
    'APIKey',
    'NUGET_APIKEY',
    'AWS_ACCESS_KEY',
    'SSH_PRIVATE_KEY',
    'privateKey',
    'GOOGLE_CREDENTIALS',
    'DOCKER_CREDENTIAL',
    'BASIC_AUTH',
    'DOCKER_AUTH_CONFIG',
    'ConnectionStrings__Default',
    'DB_CONNECTION_STRING',
    'connectionString',
    'CONNECTIONSTRING',
    'STORAGE_SAS',
    'SAS_TOKEN',
    'DB_PASSWORD2',
    'CLIENT_SECRETS',
    'PGPASSWORD',
    'RAILS_MASTER_KEY',
    // A key, token or password with those words before it is still one.
    'ENCRYPTION_PASSWORD',
    'BACKEND_TOKEN',
    'STORE_PASSWORD',
    'ETCD_CLUSTER_TOKEN'
  ])('%s is secret-like', name => expect(isSecretLikeName(name)).toBe(true));

  it.each([
    // Substrings are not words.
    'AUTHOR',
    'AUTHORS',
    'SASS_SITE',
    'OLDPWD',
    'TOKENIZERS_PARALLELISM',
    'PASSWORDLESS',
    'HTPASSWD_DIR',
    'BYPASS',
    // `key` alone is not a secret word.
    'GPG_KEY',
    'GPG_KEYS',
    'KEY',
    'CACHE_KEY_PREFIX',
    'ENCRYPTION_KEY',
    'KEY_VAULT_NAME',
    'AzureWebJobsStorage',
    // Non-secret suffixes, also camelCase.
    'PASSWORD_FILE',
    'MONGO_INITDB_ROOT_PASSWORD_FILE',
    'passwordFile',
    'SECRET_PATH',
    'SECRETS_DIR',
    'TOKEN_URL',
    'tokenUrl',
    'AUTH_URI',
    'AUTH_ENDPOINT',
    'SECRET_NAME',
    'clientSecretName',
    'AWS_ACCESS_KEY_ID',
    'CLIENT_SECRET_ID',
    'AUTH_HEADER',
    'PASSWORD_LENGTH',
    'PASSWORD_MIN',
    'PASSWORD_MAX',
    'AUTH_ENABLED',
    'AUTH_TYPE',
    'PASSWORD_POLICY',
    'SECRETS_REGION',
    'SECRET_VERSION',
    'PASSWORD_FILE_PATH',
    'SECRET_FILES',
    // Suffixes for settings about authentication (our extension).
    'POSTGRES_HOST_AUTH_METHOD',
    'AUTH_MODE',
    'AUTH_PROVIDER',
    'DB_SECRET_ARN',
    'TOKEN_PREFIX',
    // Where a secret is kept.
    'secretNamespace',
    'SECRET_NAMESPACE',
    'tokenSecretNamespaces',
    // What runs or marks it: an image reference, an annotation key.
    'AUTH_PROXY_IMAGE',
    'tokenImages',
    'storageSecretNameAnnotation',
    // The variable that holds it, by name; a rule it follows.
    'secretEnv',
    'CLIENT_SECRET_ENV',
    'MB_PASSWORD_COMPLEXITY',
    // How often it may be used (Plane's `API_KEY_RATE_LIMIT: 60/minute`).
    'API_KEY_RATE_LIMIT',
    'tokenLimits',
    // How it is signed (ory oathkeeper's `CREDENTIALS_ISSUER_ID_TOKEN_ALGORITHM: RS256`).
    'CREDENTIALS_ISSUER_ID_TOKEN_ALGORITHM',
    'JWT_SECRET_ALG',
    'tokenSigningAlgorithms',
    // How passwords are stored, and where secrets are kept (PostgreSQL, Airflow, Vault).
    'password_encryption',
    'POSTGRESQL_PASSWORD_ENCRYPTION',
    'PASSWORD_HASHING',
    'AIRFLOW__SECRETS__BACKEND',
    'VAULT_SECRET_ENGINE',
    'TOKEN_STORE',
    // etcd's bootstrap cluster name.
    'ETCD_INITIAL_CLUSTER_TOKEN',
    'initialClusterToken',
    'initial-cluster-token',
    // Public keys.
    'PUBLIC_KEY',
    'AUTH_PUBLIC_KEY',
    'TOKEN_PUB_KEY',
    'jwtPublicKey',
    'SSH_PUB_KEY',
    // Well-known non-secrets.
    'PWD',
    'SSH_AUTH_SOCK',
    'GOOGLE_APPLICATION_CREDENTIALS',
    'CREDENTIALS_DIRECTORY',
    // Unrelated names.
    'PATH',
    'DOTNET_VERSION',
    'ACCEPT_EULA',
    'NPM_CONFIG_USERCONFIG',
    'DATABASE_URL',
    ''
  ])('%s is not secret-like', name => expect(isSecretLikeName(name)).toBe(false));
});

describe('isSecretLikeUrlName', () => {
  it.each(['TOKEN_URL', 'tokenUrl', 'AUTH_URI', 'SECRET_ENDPOINT', 'SAS_URL'])('%s', name =>
    expect(isSecretLikeUrlName(name)).toBe(true)
  );
  it.each(['DATABASE_URL', 'PASSWORD_FILE', 'DB_PASSWORD', 'PUBLIC_URL', 'URL'])('not %s', name =>
    expect(isSecretLikeUrlName(name)).toBe(false)
  );
});

describe('valueEmbedsCredentials', () => {
  it.each([
    'https://user:s3cr3t@example.com/token',
    'https://login.example.com/oauth?access_token=Xk9mP2qL8vN4zR7t',
    'https://acct.blob.core.windows.net/c/b?sv=2022-11-02&se=2030-01-01&sp=r&sig=' +
      encodeURIComponent(Buffer.from(pseudoRandom(32, 5)).toString('base64')),
    'https://api.example.com/v1?token=' + pseudoRandom(24, 9),
    'https://x-access-token:' + makeGithubToken('ghs_', pseudoRandom(30, 2)) + '@github.com/o/r.git'
  ])('%s embeds credentials', value => expect(valueEmbedsCredentials(value)).toBe(true));

  it.each([
    'https://login.microsoftonline.com/common/oauth2/v2.0/token',
    'https://vault.example.com/v1/auth/token/lookup',
    'https://user:${TOKEN}@github.com/o/r',
    'https://$USER:$PASS@host/x',
    'https://user@host/x',
    'https://example.com/cb?token_type=bearer&state=abc',
    'https://example.com/?token=${TOKEN}',
    'https://example.com/?token=<your-token>',
    'https://example.com/?password=',
    '/run/secrets/token',
    ''
  ])('%s does not embed credentials', value => expect(valueEmbedsCredentials(value)).toBe(false));
});

describe('isNamedSecret', () => {
  it.each([
    ['DB_PASSWORD', 'hunter2-db'],
    ['BASIC_AUTH', 'admin:Wint3r-Gard3n'],
    ['AUTH_KEY', pseudoRandom(40, 3)],
    ['NEXTAUTH_SECRET', 'plain-words-secret-2024'],
    ['AUTH_TOKEN', 'abcd1234efgh'],
    // Base64 that is no GUID's encoding is judged as before (48 random base64 characters).
    ['APPLICATIONINSIGHTS_AUTH', 'q7Zk2Lm9XpR4vN8tW3yB6cD1fG5hJ0sK+aE/uI9oP2rT7wQx'],
    ['ConnectionStrings__Orders', 'Server=sql;Database=orders;User Id=app;Pwd=0rders-Pa55;'],
    ['REDIS_CONNECTION_STRING', 'cache:6380,password=Pr0dRedisPw,ssl=True'],
    ['DB_CONNECTION_STRING', 'postgres://app:Pg-Pa55-2024@db:5432/app'],
    // A default is what the service gets when the variable is unset (eShopOnContainers' Compose files).
    [
      'ConnectionString',
      '${ESHOP_AZURE_CATALOG_DB:-Server=sqldata;Database=CatalogDb;User Id=sa;Password=Pass@word}'
    ]
  ])('%s=%s is a secret', (name, value) => expect(isNamedSecret(name, value)).toBe(true));

  it.each([
    ['REGISTRY_AUTH', 'htpasswd'],
    ['REGISTRY_AUTH_HTPASSWD_REALM', 'Registry Realm'],
    ['REGISTRY_AUTH_TOKEN_REALM', 'https://auth.example.com/token'],
    ['REGISTRY_AUTH_TOKEN_SERVICE', 'container-registry'],
    ['AUTH_MODE', 'oauth'],
    ['AUTH0_DOMAIN', 'shop-prod.eu.auth0.com'],
    ['SPRING_CLOUD_CREDENTIALS', 'instance-profile'],
    ['REDIS_CONNECTION_STRING', 'redis:6379,ssl=False,abortConnect=False'],
    ['ConnectionStrings__Default', 'Server=db;Database=x;Trusted_Connection=True'],
    ['ConnectionStrings__Catalog', 'Data Source=/data/catalog.db'],
    ['MONGO_CONNECTION_STRING', 'mongodb://mongo:27017/shop'],
    ['API_TOKEN', 'https://api.example.com/v1'],
    ['DB_PASSWORD', 'changeme'],
    ['ConnectionString', '${CATALOG_DB:-Server=sqldata;Database=CatalogDb;Trusted_Connection=True}'],
    ['ConnectionString', '${CATALOG_DB:-Server=sqldata;User Id=sa;Password=${SA_PASSWORD}}'],
    ['ConnectionString', '${CATALOG_DB}'],
    // Application Insights instrumentation keys: base64 of a GUID, an ID like the GUID itself
    // (Azure/prometheus-collector's Dockerfiles); braced too.
    ['APPLICATIONINSIGHTS_AUTH_USSEC', 'ZTg4MzFlZGYtNWQ1ZC0wYjZmLTk3MGUtNDkxNTgyYjliMDFl'],
    ['APPLICATIONINSIGHTS_AUTH_USNAT', '"ZTliNjRmZmUtZDZlYi0xYjczLThjYWQtNDU2OTFjN2FhNzIw"'],
    ['APPLICATIONINSIGHTS_AUTH', 'e2U4ODMxZWRmLTVkNWQtMGI2Zi05NzBlLTQ5MTU4MmI5YjAxZX0='],
    ['APPLICATIONINSIGHTS_AUTH', 'e8831edf-5d5d-0b6f-970e-491582b9b01e']
  ])('%s=%s is configuration', (name, value) => expect(isNamedSecret(name, value)).toBe(false));
});
