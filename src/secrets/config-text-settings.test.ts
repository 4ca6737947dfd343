import { configTextSettings, isSecretReference } from './config-text-settings.js';

const settings = (text: string) => configTextSettings(text.split(/\r?\n/));

describe('configTextSettings', () => {
  it('reads properties, .env, INI and YAML lines with their line indexes', () => {
    expect(
      settings(
        '# comment\nspring.datasource.password=Pr0d-0rders!2024\nexport API_TOKEN="tok en" # kept quoted\n[smtp]\npassword = M4il # note\n- name: x\nserver_name example.com;'
      )
    ).toEqual([
      { name: 'spring.datasource.password', value: 'Pr0d-0rders!2024', quoted: false, line: 1 },
      { name: 'API_TOKEN', value: 'tok en', quoted: true, line: 2 },
      { name: 'password', value: 'M4il', quoted: false, line: 4 },
      { name: 'name', value: 'x', quoted: false, line: 5 }
    ]);
  });

  it("skips what block comments cover in JSON with comments (Orthanc's orthanc.json)", () => {
    const jsonc = [
      '{',
      '  // "Password" : "alicePassword",',
      '  /**',
      '    "DicomTlsPrivateKey" : "orthanc.key",',
      '  **/',
      '  /* "MySQL": {',
      '    "Password": "Zq8rT2vLw9"',
      '  }, */',
      '  /* one line */ ',
      '/*',
      '"Token": "Zq8rT2vLw9"',
      '*/',
      '  "Password": "Kx7mQ2pLw9",',
      '  "Pattern": "/var/lib/*/data"',
      '}'
    ].join('\n');
    expect(settings(jsonc)).toEqual([
      { name: 'Password', value: 'Kx7mQ2pLw9', quoted: true, line: 12 },
      { name: 'Pattern', value: '/var/lib/*/data', quoted: true, line: 13 }
    ]);
  });

  it('does not take a URL scheme or a nested structure for a setting', () => {
    expect(settings('http://user:pass@host/x\nauth: { type: basic }\nlist: [a, b]\nscript: |')).toEqual([]);
  });

  it("reads a double-quoted value to its own closing quote, past a command substitution's quotes", () => {
    const script = [
      'PUSHOVER_STARR_APIKEY="$(xmlstarlet sel -t -v "/Config/ApiKey" /config/config.xml)"',
      'MESSAGE="say \\"hi\\" twice"',
      'PLAIN="Xk9-pLm2" # a comment'
    ].join('\n');
    expect(settings(script).map(setting => setting.value)).toEqual([
      '$(xmlstarlet sel -t -v "/Config/ApiKey" /config/config.xml)',
      'say \\"hi\\" twice',
      'Xk9-pLm2'
    ]);
  });

  it('names settings under a YAML ConnectionStrings section, and only those', () => {
    expect(
      settings(
        'ConnectionStrings:\n  Default: "Server=db;Password=x1"\nLogging:\n  LogLevel:\n    Default: Warning'
      )
    ).toEqual([
      { name: 'ConnectionStrings.Default', value: 'Server=db;Password=x1', quoted: true, line: 1 },
      { name: 'Default', value: 'Warning', quoted: false, line: 4 }
    ]);
  });

  it('parses a JSON document, inline objects included, keeping each key at its line', () => {
    const json =
      '{\n  "Logging": { "Default": "Warning" },\n  "ConnectionStrings": {\n    "Orders": "Server=sql;Password=x1"\n  },\n  "Stripe": { "ApiKey": "rk_x", "Retries": 3 }\n}';
    expect(settings(json)).toEqual([
      { name: 'Default', value: 'Warning', quoted: true, line: 1 },
      { name: 'ConnectionStrings.Orders', value: 'Server=sql;Password=x1', quoted: true, line: 3 },
      { name: 'ApiKey', value: 'rk_x', quoted: true, line: 5 }
    ]);
  });

  it('stops at a bounded JSON depth and skips very long lines', () => {
    const deep = `${'{"a":'.repeat(40)}{"password":"deep-secret-value"}${'}'.repeat(40)}`;
    expect(settings(deep)).toEqual([]);
    expect(settings(`password=${'x'.repeat(5000)}`)).toEqual([]);
  });

  it('reads no value that a YAML tag takes from elsewhere, but the default one falls back to', () => {
    expect(
      settings(
        [
          'api_key: !env_var SONARR_API_KEY',
          'password: !secret mqtt_password # secrets.yaml',
          'http: !include http.yaml',
          'sensors: !include_dir_merge_list sensors/',
          'token: !ENV [MKDOCS_TOKEN]',
          'password: !file/trim /run/secrets/db',
          'user: !env? DB_USER',
          'role: !GetAtt Role.Arn',
          'vault_password: !vault |',
          'url: !env_var DB_URL "postgres://db:5432/orders"',
          'site_token: !ENV [SITE_TOKEN, OTHER_TOKEN, fallback-value]',
          "login: !env '${LOGIN:-admin}'",
          'plain: !!str hunter2-Prod',
          'quoted: "!secret not-a-tag"',
          'unsafe: !unsafe raw{{text'
        ].join('\n')
      )
    ).toEqual([
      { name: 'url', value: 'postgres://db:5432/orders', quoted: true, line: 9 },
      { name: 'site_token', value: 'fallback-value', quoted: false, line: 10 },
      { name: 'login', value: '${LOGIN:-admin}', quoted: true, line: 11 },
      { name: 'plain', value: '!!str hunter2-Prod', quoted: false, line: 12 },
      { name: 'quoted', value: '!secret not-a-tag', quoted: true, line: 13 },
      { name: 'unsafe', value: '!unsafe raw{{text', quoted: false, line: 14 }
    ]);
  });

  it("reads the options of Kafka JAAS entries as settings at their lines, and a properties line's own setting", () => {
    const PLAIN = 'org.apache.kafka.common.security.plain.PlainLoginModule';
    const properties = [
      `sasl.jaas.config=${PLAIN} required username="admin" password="Kf-4dm1n";`,
      `#sasl.jaas.config=${PLAIN} required username="old" password="0ld-Kafka";`,
      'listener.name.sasl_ssl.plain.sasl.jaas.config=\\',
      `  ${PLAIN} required \\`,
      '  user_alice="al1ce-Kafka";',
      'security.protocol=SASL_SSL'
    ].join('\n');
    expect(settings(properties)).toEqual([
      {
        name: 'sasl.jaas.config',
        value: `${PLAIN} required username="admin" password="Kf-4dm1n"`,
        quoted: false,
        line: 0
      },
      { name: 'username', value: 'admin', quoted: true, line: 0, module: PLAIN },
      { name: 'password', value: 'Kf-4dm1n', quoted: true, line: 0, module: PLAIN },
      { name: 'listener.name.sasl_ssl.plain.sasl.jaas.config', value: '\\', quoted: false, line: 2 },
      { name: 'user_alice', value: 'al1ce-Kafka', quoted: true, line: 4, module: PLAIN, password: true },
      { name: 'security.protocol', value: 'SASL_SSL', quoted: false, line: 5 }
    ]);
    const json = `{\n  "sasl.mechanism": "PLAIN",\n  "sasl.jaas.config": "${PLAIN} required password=\\"Kf-4dm1n\\";"\n}`;
    expect(settings(json).filter(setting => setting.module)).toEqual([
      { name: 'password', value: 'Kf-4dm1n', quoted: true, line: 2, module: PLAIN }
    ]);
  });

  it('tells references to secrets kept elsewhere from literal values', () => {
    for (const value of [
      '$__file{/run/secrets/x}',
      '%(ENV_PASSWORD)s',
      'ENC(abc)',
      'secretref:db',
      ' vault:a/b#c ',
      // LiteLLM's and opencode's own ways to read a value from the environment or a file.
      'os.environ/QWEN_KEY',
      '{env:LITELLM_API_KEY}',
      '{file:~/.secrets/openai-key}'
    ])
      expect(isSecretReference(value)).toBe(true);
    for (const value of [
      'Pr0d-0rders!2024',
      'ENC',
      'vault-password-2024',
      '$__file',
      'secretref',
      'os.environ/',
      'os.environ/KEY sk-live-9fQ2xZ7p',
      '{env:}',
      '{env:KEY}Xk9mR2'
    ])
      expect(isSecretReference(value)).toBe(false);
  });
});
