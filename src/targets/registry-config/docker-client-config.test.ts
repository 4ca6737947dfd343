import { InputParseError } from '../../core/errors.js';
import { dockerClientConfigFormat } from './docker-client-config.js';

// base64("ci-bot:Xk9#mP2vLq7w"), base64("deployer:Tq8$Lm3#Vz9!Rw2"), base64("ci-bot:"), base64("ci-bot:password")
const CI_BOT = 'Y2ktYm90OlhrOSNtUDJ2THE3dw==';
const DEPLOYER = 'ZGVwbG95ZXI6VHE4JExtMyNWejkhUncy';
const NO_PASSWORD = 'Y2ktYm90Og==';
const PLACEHOLDER_PASSWORD = 'Y2ktYm90OnBhc3N3b3Jk';

/** What `docker login` writes without a credential store, plus a token-based entry. */
const INLINE = `{
  "auths": {
    "https://index.docker.io/v1/": {
      "auth": "${CI_BOT}"
    },
    "registry.corp.example:5000": {
      "auth": "${DEPLOYER}",
      "email": "ci@corp.example"
    },
    "myregistry.azurecr.io": {
      "auth": "MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAwOg==",
      "identitytoken": "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJqdGkiOiI3ZjFkIn0.c2lnbmF0dXJlLXBhcnQtb2YtdGhlLXRva2Vu"
    }
  },
  "HttpHeaders": { "User-Agent": "Docker-Client/24.0.7 (linux)" }
}
`;

/** What the CLI writes with a credential helper: empty entries, no secrets. */
const HELPERS = `{
  "auths": {
    "ghcr.io": {},
    "123456789012.dkr.ecr.eu-west-1.amazonaws.com": {}
  },
  "credsStore": "desktop",
  "credHelpers": {
    "123456789012.dkr.ecr.eu-west-1.amazonaws.com": "ecr-login",
    "europe-docker.pkg.dev": "gcloud"
  },
  "currentContext": "default"
}
`;

function parse(text: string) {
  return dockerClientConfigFormat.parse(text, '.docker/config.json');
}

describe('dockerClientConfigFormat.matches', () => {
  it.each([
    ['.docker/config.json', INLINE],
    ['ci/docker/config.json', HELPERS],
    ['C:\\Users\\build\\.docker\\config.json', INLINE.replace(/\n/g, '\r\n')],
    ['config.json', '{ "credsStore": "wincred" }'],
    ['config.json', '{ "credHelpers": { "gcr.io": "gcloud" } }'],
    ['config.json', '{\n  "auths": {\n    "ghcr.io": { "auth": "abc" },\n  }\n}'],
    // Podman, Buildah and Skopeo's auth file, and the file a dockerconfigjson Secret is made from.
    ['containers/auth.json', INLINE],
    ['deploy/.dockerconfigjson', INLINE],
    ['ci/dockerconfig.json', HELPERS]
  ])('claims %s', (path, text) => {
    expect(dockerClientConfigFormat.matches(path, text)).toBe(true);
  });

  it.each([
    ['a generic config.json', 'config.json', '{ "port": 3000, "database": { "host": "db" } }'],
    [
      'an OAuth client auth.json',
      'auth.json',
      '{ "client_id": "web", "auth_uri": "https://accounts.example/o/oauth2/auth" }'
    ],
    ['a Docker CLI config without credentials keys', '.docker/config.json', '{ "currentContext": "remote" }'],
    ['auths in another file name', 'auth-config.json', '{ "auths": { "ghcr.io": {} } }'],
    ['package.json', 'package.json', '{ "name": "auths", "version": "1.0.0" }'],
    ['a broken generic config.json', 'config.json', '{ "port": 3000, }'],
    ['an empty config.json', 'config.json', ''],
    ['a list', 'config.json', '[{ "auths": {} }]']
  ])('does not claim %s', (_label, path, text) => {
    expect(dockerClientConfigFormat.matches(path, text)).toBe(false);
  });
});

describe('dockerClientConfigFormat.parse', () => {
  it('reports every inline auth and token at its key, keeping the raw value for redaction', () => {
    const document = parse(INLINE);
    expect(document.format).toBe('docker-client-config');
    expect(document.credentials.map(c => [c.registry, c.key, c.value, c.region.startLine])).toEqual([
      ['https://index.docker.io/v1/', 'auth', CI_BOT, 4],
      ['registry.corp.example:5000', 'auth', DEPLOYER, 7],
      [
        'myregistry.azurecr.io',
        'identitytoken',
        'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJqdGkiOiI3ZjFkIn0.c2lnbmF0dXJlLXBhcnQtb2YtdGhlLXRva2Vu',
        12
      ]
    ]);
    expect(document.credentials[0]?.region).toEqual({
      startLine: 4,
      startColumn: 7,
      endLine: 4,
      endColumn: 13
    });
    expect(document.insecureEndpoints).toEqual([]);
    expect(document.listeners).toEqual([]);
  });

  it('finds nothing when a credential store or helpers hold the secrets', () => {
    expect(parse(HELPERS).credentials).toEqual([]);
  });

  it('reads plain-text password and registrytoken fields', () => {
    const document = parse(`{
  "auths": {
    "registry.corp.example": {
      "username": "svc-pull",
      "password": "Tq8$Lm3#Vz9!Rw2"
    },
    "quay.io": { "registrytoken": "b3BhcXVlLXRva2VuLXZhbHVlLWZyb20tcXVheS1yb2JvdA" }
  }
}`);
    expect(document.credentials.map(c => [c.registry, c.key, c.region.startLine])).toEqual([
      ['registry.corp.example', 'password', 5],
      ['quay.io', 'registrytoken', 7]
    ]);
  });

  it.each([
    ['an auth without a password', NO_PASSWORD],
    ['an auth whose password is a placeholder word', PLACEHOLDER_PASSWORD],
    ['an auth that is not base64', '${DOCKER_AUTH}'],
    ['an auth placeholder', '<base64 of user:password>'],
    ['an empty auth', ''],
    ['base64 of binary noise', Buffer.from([0xff, 0xfe, 0x00, 0x3a, 0x01, 0x02]).toString('base64')],
    ['base64 without a colon', Buffer.from('just-a-token-without-user').toString('base64')]
  ])('ignores %s', (_label, auth) => {
    expect(parse(JSON.stringify({ auths: { 'ghcr.io': { auth } } })).credentials).toEqual([]);
  });

  it.each([
    ['a variable reference', '${REGISTRY_TOKEN}'],
    ['a template', '{{ .Values.registryToken }}'],
    ['a placeholder', '<identity-token>'],
    ['an empty string', ''],
    ['a number', 12345]
  ])('ignores an identitytoken that is %s', (_label, token) => {
    expect(parse(JSON.stringify({ auths: { 'ghcr.io': { identitytoken: token } } })).credentials).toEqual([]);
  });

  it('accepts auth values with missing padding the way the registry token services print them', () => {
    const unpadded = CI_BOT.replace(/=+$/, '');
    expect(parse(JSON.stringify({ auths: { 'ghcr.io': { auth: unpadded } } })).credentials).toHaveLength(1);
  });

  it('ignores auths that is not a map and entries that are not objects', () => {
    expect(parse('{ "auths": ["ghcr.io"] }').credentials).toEqual([]);
    expect(parse(`{ "auths": { "ghcr.io": "${CI_BOT}" } }`).credentials).toEqual([]);
  });

  it.each([
    ['a trailing comma', '{\n  "auths": {\n    "ghcr.io": {}\n  },\n}\n', 5],
    ['an unterminated string', '{\n  "auths": {\n    "ghcr.io": { "auth": "abc }\n  }\n}\n', 3],
    ['a missing brace', '{\n  "auths": {\n', 2]
  ])('malformed input (%s) is an InputParseError with its line', (_label, text, line) => {
    expect(() => parse(text)).toThrow(InputParseError);
    try {
      parse(text);
    } catch (error) {
      expect((error as InputParseError).line).toBe(line);
    }
  });
});
