/**
 * Structural attacks: inputs built to hit the limits of each parser rather than mutated at random —
 * YAML alias bombs, 5,000-level nesting in JSON/YAML/TOML, endless continuations and heredocs,
 * `# escape=` variants, nested `${B:-…}` defaults, unbalanced JSON-form instructions, 400 KB lines,
 * type confusion in every registry format, symlink loops, FIFOs and links to endless devices.
 * Each generator returns the files of one input (paths relative to the input's directory).
 */
import type { FuzzFile } from './fuzz-input.js';
import type { Random } from './random.js';

export type StructuralAttack = (random: Random) => FuzzFile[];

const file = (path: string, text: string | Buffer): FuzzFile => ({
  path,
  bytes: typeof text === 'string' ? Buffer.from(text) : text
});

/** A nesting depth: mostly the brief's 5,000, sometimes more or less. */
function depth(random: Random): number {
  return random.pick([100, 1000, 5000, 5000, 5000, 20_000]);
}

/** Where JSON registry configs live, by format (the name is what classifies them). */
const JSON_CONFIG_PATHS = [
  'etc/docker/daemon.json',
  'etc/containers/policy.json',
  'notation/trustpolicy.json',
  'home/.docker/config.json',
  'k8s/pod.json'
];
const TOML_CONFIG_PATHS = [
  'etc/containerd/config.toml',
  'etc/containerd/certs.d/registry.lab.example_5000_/hosts.toml',
  'etc/containers/registries.conf',
  'etc/containers/registries.conf.d/50-lab.conf',
  'buildkit/buildkitd.toml'
];
const YAML_PATHS = ['k8s/pod.yaml', 'compose.yaml', 'deploy/docker-compose.override.yml'];

/** A key that marks a JSON file as its format, so the deep value reaches the format's parser. */
function jsonEnvelope(path: string, inner: string, random: Random): string {
  if (path.endsWith('daemon.json'))
    return `{"insecure-registries": ${inner}, "hosts": ["tcp://0.0.0.0:2375"]}`;
  if (path.endsWith('policy.json'))
    return random.chance(0.5)
      ? `{"default": [{"type": "insecureAcceptAnything"}], "transports": {"docker": ${inner}}}`
      : `{"default": ${inner}}`;
  if (path.endsWith('trustpolicy.json'))
    return `{"version": "1.0", "trustPolicies": [{"name": "x", "registryScopes": ${inner}, "signatureVerification": ${inner}}]}`;
  if (path.endsWith('config.json'))
    return `{"auths": {"registry.lab.example": ${inner}}, "credsStore": "desktop"}`;
  return `{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p"}, "spec": {"containers": ${inner}}}`;
}

function repeat(text: string, times: number): string {
  return text.repeat(Math.max(times, 0));
}

const jsonDeepNesting: StructuralAttack = random => {
  const n = depth(random);
  const open = random.pick(['[', '{"a":', '[{"a":', '{"registry.lab.example:5000":']);
  const close = open === '[' ? ']' : open === '[{"a":' ? '}]' : '}';
  const balanced = random.chance(0.6);
  const inner = repeat(open, n) + '"x"' + (balanced ? repeat(close, n) : '');
  const path = random.pick(JSON_CONFIG_PATHS);
  return [file(path, random.chance(0.3) ? inner : jsonEnvelope(path, inner, random))];
};

const yamlDeepNesting: StructuralAttack = random => {
  const n = depth(random);
  const path = random.pick(YAML_PATHS);
  const head = path.includes('compose')
    ? 'services:\n  web:\n    image: nginx\n    environment: '
    : 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: ';
  const style = random.below(3);
  let body: string;
  if (style === 0) body = repeat('[', n) + 'x' + (random.chance(0.6) ? repeat(']', n) : '');
  else if (style === 1) body = repeat('{a: ', n) + 'x' + (random.chance(0.6) ? repeat('}', n) : '');
  else {
    // Block nesting: one more space of indentation per level.
    const levels = Math.min(n, 2000);
    const lines: string[] = [];
    for (let i = 0; i < levels; i++)
      lines.push(`${' '.repeat(i + 6)}${random.chance(0.5) ? '- ' : ''}k${i}:`);
    body = `\n${lines.join('\n')} x`;
  }
  return [file(path, `${head}${body}\n`)];
};

const yamlAliasBomb: StructuralAttack = random => {
  const levels = random.between(6, 12);
  const width = random.between(6, 10);
  const lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  for (let i = 1; i < levels; i++) lines.push(`a${i}: &a${i} [${repeat(`*a${i - 1},`, width).slice(0, -1)}]`);
  const path = random.pick(YAML_PATHS);
  if (path.includes('compose'))
    return [
      file(
        path,
        `x-bomb:\n${lines.map(l => `  ${l}`).join('\n')}\nservices:\n  web:\n    image: nginx\n    command: *a${levels - 1}\n    environment:\n      <<: *a${levels - 1}\n`
      )
    ];
  const merge = random.chance(0.5) ? `      <<: *a${levels - 1}\n` : '';
  return [
    file(
      path,
      `apiVersion: v1\nkind: Pod\nmetadata:\n  name: bomb\n  annotations:\n${lines.map(l => `    ${l}`).join('\n')}\nspec:\n  containers:\n    - name: c\n      image: nginx\n      args: *a${levels - 1}\n${merge}`
    )
  ];
};

const yamlManyDocuments: StructuralAttack = random => {
  const count = random.pick([1000, 10_000, 30_000]);
  const doc = random.pick([
    '---\n',
    '---\napiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: c, image: nginx}]}\n',
    '--- !!map\n? [a]\n: &x b\n',
    '---\n%YAML 1.2\n'
  ]);
  return [file('k8s/many.yaml', `apiVersion: v1\nkind: List\n${repeat(doc, count)}`)];
};

const YAML_ODDITIES = [
  'apiVersion: v1\nkind: Pod\nspec: &s\n  containers: [*s]\n',
  'apiVersion: v1\nkind: Pod\nspec:\n  containers: *undefined\n',
  'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - <<: [*a, *b]\n',
  'apiVersion: v1\nkind: Pod\nspec: !!binary aGVsbG8=\n',
  'apiVersion: v1\nkind: Pod\nspec:\n  ? [containers]\n  : - name: x\n',
  'apiVersion: v1\nkind: Pod\nkind: Deployment\nspec: {containers: 5, volumes: {a: b}, securityContext: [1]}\n',
  'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: x\n    securityContext: "privileged"\n    env: {name: A}\n    ports: 80\n',
  '{apiVersion: v1, kind: Pod, spec: {containers: [{name: a, image: [x], securityContext: {privileged: yes, capabilities: {add: ALL}}}]}}\n',
  'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: List\n    items:\n      - apiVersion: v1\n        kind: List\n        items: [*x]\n',
  'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: |\n     multi\n    image: "unterminated\n',
  'apiVersion: v1\nkind: Pod\nmetadata: {name: p, annotations: {a: !!python/object:os.system x}}\nspec: {hostPID: "true", hostNetwork: 1}\n',
  'apiVersion: v1\r\nkind: Pod\rspec:\r  containers:\r  - name: x\r    securityContext: {privileged: true}\r',
  'services:\n  a:\n    extends: {service: a}\n    privileged: true\n  b:\n    extends: {service: c}\n  c:\n    extends: {service: b}\n',
  'services:\n  a:\n    image: nginx\n    env_file: [/dev/zero, ../../../../../dev/zero]\n    build: {context: /, dockerfile: /dev/zero}\n',
  'include:\n  - compose.yaml\n  - /dev/zero\n  - ../../../../../../etc/passwd\nservices:\n  a: {image: x}\n',
  'services: &s\n  a:\n    <<: *s\n    image: x\n',
  'services:\n  a:\n    image: nginx\n    environment: [A, B=, =C, "D=${D:-${D:-${D}}}"]\n    volumes: ["/:/host", {type: bind}]\n    cap_add: ALL\n    ports: [{}]\n',
  'version: "3"\nservices: [a, b]\n',
  'services:\n  "":\n    image: ""\n  ? [complex]\n  : image: x\n'
];

const yamlOddities: StructuralAttack = random => {
  const text = random.pick(YAML_ODDITIES);
  return [
    file(
      text.startsWith('services') || text.startsWith('include') || text.startsWith('version')
        ? 'compose.yaml'
        : 'k8s/odd.yaml',
      text
    )
  ];
};

/** A random JSON value, sometimes deep, sometimes long, sometimes a regex-looking string. */
function randomJsonValue(random: Random, level = 0): unknown {
  const strings = [
    '',
    'http://',
    'tcp://0.0.0.0:2375',
    '(a+)+$',
    '*',
    '**/[',
    '\\',
    '\u0000',
    '\ud800',
    '[::1]:5000',
    '0.0.0.0/0',
    '10.0.0.0/99',
    '*.*.example.com',
    'x'.repeat(100_000),
    'registry.lab.example:5000/' + 'a/'.repeat(2000),
    '__proto__'
  ];
  switch (level > 4 ? random.below(4) : random.below(7)) {
    case 0:
      return random.pick(strings);
    case 1:
      return random.pick([0, -1, 1e308, 1.5, Number.MAX_SAFE_INTEGER]);
    case 2:
      return random.pick([true, false]);
    case 3:
      return null;
    case 4:
      return Array.from({ length: random.between(0, 4) }, () => randomJsonValue(random, level + 1));
    case 5: {
      const object: Record<string, unknown> = {};
      for (let i = random.between(0, 3); i > 0; i--)
        object[random.pick(['type', 'keyPaths', 'name', 'registryScopes', '__proto__', 'auth', 'x'])] =
          randomJsonValue(random, level + 1);
      return object;
    }
    default:
      return Array.from({ length: random.pick([1000, 100_000]) }, (_, i) => `r${i}.example:5000`);
  }
}

/** Replaces random values of a parsed JSON document with values of other types (type confusion). */
function confuseJson(value: unknown, random: Random, level = 0): unknown {
  if (random.chance(level === 0 ? 0 : 0.15)) return randomJsonValue(random);
  if (Array.isArray(value)) return value.map(item => confuseJson(item, random, level + 1));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = confuseJson(item, random, level + 1);
    return out;
  }
  return value;
}

const JSON_SEEDS: Record<string, unknown> = {
  'etc/docker/daemon.json': {
    'insecure-registries': ['registry.lab.example:5000', '10.0.0.0/8'],
    'registry-mirrors': ['http://mirror.lab.example'],
    hosts: ['tcp://0.0.0.0:2375', 'unix:///var/run/docker.sock'],
    tls: false,
    tlsverify: false
  },
  'etc/containers/policy.json': {
    default: [{ type: 'insecureAcceptAnything' }],
    transports: {
      docker: {
        'registry.lab.example': [{ type: 'signedBy', keyType: 'GPGKeys', keyPath: '/etc/pki/key.gpg' }],
        '': [{ type: 'reject' }]
      },
      'docker-daemon': { '': [{ type: 'insecureAcceptAnything' }] }
    }
  },
  'notation/trustpolicy.json': {
    version: '1.0',
    trustPolicies: [
      {
        name: 'lab',
        registryScopes: ['*'],
        signatureVerification: { level: 'skip', override: { revocation: 'skip' } },
        trustStores: ['ca:lab'],
        trustedIdentities: ['*']
      }
    ]
  },
  'home/.docker/config.json': {
    auths: { 'registry.lab.example:5000': { auth: 'cHVsbGVyOlB1MTFlclBhc3N3MHJkLTIwMjQ=' } },
    credHelpers: { 'gcr.io': 'gcloud' },
    credsStore: 'desktop',
    proxies: { default: { httpProxy: 'http://user:pass@proxy:3128' } }
  },
  'k8s/pod.json': {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'p' },
    spec: {
      hostNetwork: true,
      containers: [{ name: 'c', image: 'nginx', securityContext: { privileged: true } }]
    }
  }
};

const jsonTypeConfusion: StructuralAttack = random => {
  const path = random.pick(Object.keys(JSON_SEEDS));
  const text = JSON.stringify(
    confuseJson(JSON_SEEDS[path], random),
    null,
    random.chance(0.5) ? 2 : undefined
  );
  return [file(path, text)];
};

const JSON_EDGES = [
  '',
  ' ',
  'null',
  '[]',
  '"x"',
  '1e99999',
  '{',
  '{"insecure-registries": ["a", "a", "a"], "insecure-registries": 5}',
  '{"__proto__": {"insecure-registries": ["x:5000"]}, "constructor": {"prototype": {}}}',
  '{"insecure-registries": ["x:5000",], /* comment */ "hosts": ["tcp://0.0.0.0:2375"] // trailing\n}',
  '\ufeff{"insecure-registries": ["x:5000"]}',
  '{"insecure-registries": ["\\ud800:5000", "\\u0000", "::", "[", "http://[::1"], "hosts": ["tcp://[::]:", "tcp://:", "tcp://"]}',
  '{"insecure-registries": [NaN, Infinity, -0, 0x10]}',
  '{"default": [{"type": "signedBy", "keyPaths": [], "keyData": null}], "transports": {"docker": {"*": 5, "": [[]]}}}',
  '{"default": [], "transports": null}',
  '{"version": "1.0", "trustPolicies": [null, 5, {}, {"registryScopes": "*", "signatureVerification": "skip"}]}',
  '{"version": 1, "trustPolicies": {"a": 1}}',
  '{"auths": {"": {"auth": "!!!"}, "x": {"auth": "OjpAOjo="}, "y": {"auth": ' +
    '"QUFB'.padEnd(60_000, 'A') +
    '"}}}',
  '{"auths": [1, 2], "credHelpers": null, "credsStore": {"a": 1}}',
  '{"apiVersion": "v1", "kind": "Pod", "spec": {"containers": [{"securityContext": {"privileged": "true"}}]}, "kind": null}'
];

const jsonEdgeCases: StructuralAttack = random => {
  const text = random.pick(JSON_EDGES);
  // The edge case goes to every JSON format's name: each format must survive it.
  return JSON_CONFIG_PATHS.map(path => file(path, text));
};

/** A random TOML value for a slot in a format template. */
function randomTomlValue(random: Random): string {
  return random.pick([
    '"http://mirror.lab.example:5000"',
    '"registry.lab.example:5000"',
    "'literal'",
    '""',
    '"\\u0000"',
    '"\\uD800"',
    '"""\nmulti\n"""',
    '5',
    '-0',
    '+inf',
    'nan',
    '1e400',
    '0x7fffffffffffffff',
    '99999999999999999999',
    'true',
    '1979-05-27T07:32:00Z',
    '[]',
    '[[]]',
    '[1, "a", true]',
    '["http://a", "https://b", "http://[::1]:5000", "tcp://0.0.0.0:2375", "*"]',
    '{}',
    '{ insecure_skip_verify = true }',
    '{ a = { b = { c = [] } } }',
    `"${'x'.repeat(100_000)}"`,
    `[${Array.from({ length: 2000 }, (_, i) => `"http://m${i}.example"`).join(', ')}]`,
    '"(a+)+$"',
    '"*.*"',
    '"unterminated',
    '[1, 2'
  ]);
}

const TOML_TEMPLATES: Record<string, string> = {
  'etc/containerd/config.toml': `version = @V
[plugins."io.containerd.grpc.v1.cri".registry]
  config_path = @V
[plugins."io.containerd.grpc.v1.cri".registry.mirrors."docker.io"]
  endpoint = @V
[plugins."io.containerd.grpc.v1.cri".registry.mirrors.@K]
  endpoint = @V
[plugins."io.containerd.grpc.v1.cri".registry.configs.@K.tls]
  insecure_skip_verify = @V
[plugins."io.containerd.cri.v1.images".registry]
  mirrors.@K.endpoint = @V
[plugins.cri.registry.configs.@K]
  auth = @V
`,
  'etc/containerd/certs.d/registry.lab.example_5000_/hosts.toml': `server = @V
skip_verify = @V
[host.@K]
  capabilities = @V
  skip_verify = @V
  ca = @V
  [host.@K.header]
    Authorization = @V
[host]
  @K = @V
`,
  'etc/containers/registries.conf': `unqualified-search-registries = @V
[[registry]]
prefix = @V
location = @V
insecure = @V
[[registry.mirror]]
location = @V
insecure = @V
[registries.insecure]
registries = @V
[registries.search]
registries = @V
`,
  'buildkit/buildkitd.toml': `debug = @V
insecure-entitlements = @V
[registry.@K]
  mirrors = @V
  http = @V
  insecure = @V
  ca = @V
[grpc]
  address = @V
[worker.oci]
  enabled = @V
`
};

function randomTomlKey(random: Random): string {
  return random.pick([
    '"docker.io"',
    '"registry.lab.example:5000"',
    '""',
    '"*"',
    'plain',
    '"http://x"',
    "'lit.eral'",
    'a.b.c',
    '"\\u0000"',
    `"${'k'.repeat(10_000)}"`,
    '"[::1]:5000"'
  ]);
}

const tomlTypeConfusion: StructuralAttack = random => {
  const path = random.pick(Object.keys(TOML_TEMPLATES));
  const template = TOML_TEMPLATES[path] ?? '';
  // Drop random lines so table redefinitions, missing headers and dangling keys appear too.
  const lines = template.split('\n').filter(() => random.chance(0.85));
  const text = lines
    .join('\n')
    .replace(/@V/g, () => randomTomlValue(random))
    .replace(/@K/g, () => randomTomlKey(random));
  return [file(path, text)];
};

const tomlDeepNesting: StructuralAttack = random => {
  const n = depth(random);
  const style = random.below(4);
  let body: string;
  if (style === 0)
    body = `endpoint = ${repeat('[', n)}"http://x"${random.chance(0.6) ? repeat(']', n) : ''}\n`;
  else if (style === 1) body = `tls = ${repeat('{ a = ', n)}1${random.chance(0.6) ? repeat(' }', n) : ''}\n`;
  else if (style === 2) body = `[${Array.from({ length: n }, (_, i) => `k${i}`).join('.')}]\nx = 1\n`;
  else body = `${Array.from({ length: n }, (_, i) => `k${i}`).join('.')} = "http://x"\n`;
  const path = random.pick(TOML_CONFIG_PATHS);
  const head = path.endsWith('config.toml')
    ? 'version = 2\n[plugins."io.containerd.grpc.v1.cri".registry.mirrors."docker.io"]\n'
    : path.endsWith('hosts.toml')
      ? 'server = "https://registry.lab.example:5000"\n[host."http://mirror:5000"]\n'
      : path.includes('buildkitd')
        ? '[registry."docker.io"]\n'
        : '[[registry]]\nlocation = "x"\n';
  return [file(path, head + body)];
};

const TOML_EDGES = [
  '[a]\n[a]\n',
  '[a]\nb = 1\n[[a]]\n',
  'a.b = 1\n[a]\nb = 2\n',
  'a = 1\na = 2\n',
  '[plugins."io.containerd.grpc.v1.cri".registry.mirrors."docker.io"]\nendpoint = ["http://x"]\n[[plugins."io.containerd.grpc.v1.cri".registry.mirrors."docker.io"]]\n',
  'version = 2\n[plugins]\n"io.containerd.grpc.v1.cri" = 5\n[plugins."io.containerd.grpc.v1.cri".registry]\n',
  'version = 2\nplugins = []\n',
  'version = 2\n[plugins."io.containerd.grpc.v1.cri"]\nregistry = "x"\n',
  'x = """\nunterminated multi-line string\n',
  'x = "\\q invalid escape"\n',
  'x = 1979-05-27T07:32:00+25:00\n',
  '= 1\n',
  '"" = 1\n[""]\n[""."".""]\n',
  '[ a . b . "c d" ]\nx = 1\n',
  'a = [1,\n# comment\n2,]\n',
  'a = { b = 1, }\n',
  'a = {\nb = 1 }\n',
  '[registries.insecure]\nregistries = "registry.lab.example"\n',
  '[[registry]]\n[[registry.mirror]]\n[[registry.mirror]]\nlocation = 5\n',
  '[host]\n[host."http://a"]\n[host."http://a".header]\nx = ["a", 5]\n',
  'server = "http://registry.lab.example:5000"\n[host."https://ok"]\nskip_verify = "true"\n',
  '[registry."docker.io"]\nmirrors = "http://x"\nhttp = "yes"\n[registry.""]\n',
  '\ufeffversion = 3\n',
  'version = 3\r[plugins."io.containerd.cri.v1.images".registry]\rconfig_path = "/etc"\r'
];

const tomlEdgeCases: StructuralAttack = random => {
  const text = random.pick(TOML_EDGES);
  return TOML_CONFIG_PATHS.map(path => file(path, text));
};

const dockerfileHeredocs: StructuralAttack = random => {
  const variants = [
    'FROM alpine\nRUN <<EOF\necho never closed\n',
    'FROM alpine\nRUN <<EOF <<EOT cat\na\nEOF\n',
    'FROM alpine\nCOPY <<-"E" <<\'F\' /x\n\tE\n',
    'FROM alpine\nRUN <<\nx\n',
    'FROM alpine\nRUN <<""\n\n',
    'FROM alpine\nRUN <<EOF\\\nEOF\n',
    `FROM alpine\nRUN ${repeat('<<E ', 2000)}\n`,
    `FROM alpine\nRUN <<EOF\n${repeat('line\n', 50_000)}`,
    'FROM alpine\nRUN cat <<EOF | sh\nUSER root\nEOF\nUSER ContainerAdministrator\n'
  ];
  return [file('heredoc/Dockerfile', random.pick(variants))];
};

const dockerfileEscapes: StructuralAttack = random => {
  const directive = random.pick([
    '# escape=`',
    '# escape=\\',
    '#escape=`',
    '# ESCAPE = `',
    '# escape=x',
    '# escape=',
    '# escape=``',
    '# escape=\u00e9',
    '# escape=`\n# escape=\\',
    '# syntax=x\n# escape=`\n# check=skip=all',
    '\ufeff# escape=`',
    '# escape=`\r'
  ]);
  const escape = directive.includes('`') ? '`' : '\\';
  const body = random.pick([
    `FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN echo a ${escape}\n  b ${escape}\n${escape}\n${escape}`,
    `FROM alpine ${escape}\n${escape}\n${escape}\nUSER root ${escape}`,
    `FROM alpine\n${repeat(`RUN a ${escape}\n`, 5000)}`,
    `FROM alpine\nENV A=${escape}${escape}${escape}"x\nLABEL a="${escape}"\n`,
    `FROM alpine\nCOPY ["a${escape}", "b"${escape}\n]\n`
  ]);
  return [file('escape/Dockerfile', `${directive}\n${body}`)];
};

const dockerfileArgDefaults: StructuralAttack = random => {
  const n = random.pick([100, 1000, 3000, 10_000]);
  const form = random.pick(['${B:-', '${B:+', '${B-', '${B:?', '$B${B:-']);
  const closed = random.chance(0.6);
  const nested = repeat(form, n) + 'x' + (closed ? repeat('}', n) : '');
  return [
    file(
      'args/Dockerfile',
      `ARG B=${nested}\nFROM alpine:\${B}\nARG B\nENV C=${nested}\nRUN echo $B\nUSER \${B}\n`
    )
  ];
};

const dockerfileUnbalanced: StructuralAttack = random => {
  const instruction = random.pick([
    'COPY',
    'ADD',
    'RUN',
    'CMD',
    'ENTRYPOINT',
    'SHELL',
    'HEALTHCHECK CMD',
    'VOLUME',
    'ONBUILD RUN'
  ]);
  const arg = random.pick([
    '[ "z-a" ./',
    '[ "a", "b"',
    '["',
    '[',
    '[]]]',
    `[${repeat('"a",', 20_000)}`,
    `[${repeat('[', 5000)}`,
    `[ "${repeat('\\"', 5000)}" ]`,
    '[ "a" "b" ]',
    '[ "\\u0000", "\\ud800" ]'
  ]);
  return [file('unbalanced/Dockerfile', `FROM alpine\n${instruction} ${arg}\nUSER root\n`)];
};

const dockerfileHugeLine: StructuralAttack = random => {
  const unit = random.pick([
    'a ',
    '$A ',
    '\\"x\\" ',
    '&& echo 1 ',
    '--mount=type=secret,id=x ',
    'ë',
    '${A:-b} ',
    "'",
    'x=y '
  ]);
  const text = repeat(unit, Math.ceil(400_000 / unit.length));
  const instruction = random.pick(['RUN echo ', 'ENV A=', 'LABEL a=', 'ARG A=', 'COPY ', 'FROM ', 'USER ']);
  return [file('huge/Dockerfile', `FROM alpine\n${instruction}${text}\nUSER root\n`)];
};

const dockerfileShellNesting: StructuralAttack = random => {
  const n = random.pick([200, 2000, 5000]);
  const shape = random.pick([
    (k: number) => `RUN ${repeat('$(', k)}echo${repeat(')', k)}`,
    (k: number) => `RUN ${repeat('(', k)}true${repeat(')', k)}`,
    (k: number) => `RUN ${repeat('{ ', k)}true;${repeat(' }', k)}`,
    (k: number) => `RUN ${repeat('if true; then ', k)}:${repeat('; fi', k)}`,
    (k: number) => `RUN echo ${repeat('"$(echo ', k)}x${repeat(')"', k)}`,
    (k: number) => `RUN ${repeat('a | ', k)}b`,
    (k: number) => `RUN ${repeat('a && ', k)}b`,
    (k: number) => `RUN echo $((${repeat('(', k)}1${repeat(')', k)}))`,
    (k: number) => `RUN ${repeat('$(', k)}`,
    (k: number) =>
      `SHELL ["powershell", "-Command"]\nRUN ${repeat('@(', k)}1${repeat(')', k)}; ${repeat('{', k)}`,
    (k: number) => `SHELL ["cmd", "/S", "/C"]\nRUN ${repeat('(', k)}echo %A%${repeat(')', k)} ^`
  ]);
  return [file('shell/Dockerfile', `FROM alpine\n${shape(n)}\nUSER root\n`)];
};

const dockerfileManyStages: StructuralAttack = random => {
  const n = random.pick([500, 3000, 10_000]);
  const lines = ['FROM alpine AS s0', 'USER root'];
  for (let i = 1; i < n; i++) {
    const from = random.chance(0.8) ? `s${i - 1}` : `s${random.below(n)}`;
    lines.push(`FROM ${from} AS s${i}`);
    if (random.chance(0.3)) lines.push(`COPY --from=s${random.below(n)} / /`);
  }
  if (random.chance(0.5)) lines.push(`FROM s${n - 1} AS s0`);
  return [file('stages/Dockerfile', lines.join('\n') + '\n')];
};

const INSTRUCTIONS = [
  'FROM',
  'RUN',
  'USER',
  'ARG',
  'ENV',
  'COPY',
  'ADD',
  'ONBUILD',
  'SHELL',
  'HEALTHCHECK',
  'EXPOSE',
  'WORKDIR',
  'LABEL',
  'CMD',
  'ENTRYPOINT',
  'STOPSIGNAL',
  'VOLUME',
  'MAINTAINER',
  'from',
  'FrOm'
];
const ARGUMENTS = [
  'alpine',
  '--platform=$X',
  'AS',
  'a',
  'root',
  'ContainerAdministrator',
  '--from=0',
  '--chown=1:1',
  '--mount=type=bind,from=x',
  '$A',
  '${A}',
  '"',
  '[',
  ']',
  '"a"',
  ',',
  '\\',
  '`',
  '=',
  'NONE',
  'CMD',
  'ONBUILD',
  '<<EOF',
  'mcr.microsoft.com/windows/nanoserver:ltsc2022',
  '--interval=-1s',
  'http://x/y.exe',
  '-'
];

const dockerfileInstructionSoup: StructuralAttack = random => {
  const lines: string[] = [];
  for (let i = random.between(1, 60); i > 0; i--) {
    const words = [random.pick(INSTRUCTIONS)];
    for (let j = random.between(0, 6); j > 0; j--) words.push(random.pick(ARGUMENTS));
    lines.push(words.join(random.pick([' ', '  ', '\t'])));
  }
  return [file('soup/Dockerfile', lines.join(random.pick(['\n', '\r\n', '\r'])))];
};

const dockerdFlags: StructuralAttack = random => {
  const n = random.pick([100, 5000, 20_000]);
  const flag = random.pick([
    '-H tcp://0.0.0.0:2375',
    '--insecure-registry=x:5000',
    '--registry-mirror http://m',
    '-H',
    '--host=',
    '-DH',
    '"--insecure-registry" "[::1]:5000"',
    "--insecure-registry='",
    '-H unix://',
    '--insecure-registry 0.0.0.0/0'
  ]);
  const joiner = random.pick([' ', ' \\\n  ', ' `\n  ', '\n']);
  const body = `dockerd ${Array.from({ length: n }, () => flag).join(joiner)}`;
  const wrapper = random.pick([
    (text: string) => file('scripts/start.sh', `#!/bin/sh\nexec ${text}\n`),
    (text: string) => file('systemd/docker.service', `[Service]\nExecStart=/usr/bin/${text}\n`),
    (text: string) =>
      file(
        '.github/workflows/ci.yml',
        `jobs:\n  a:\n    steps:\n      - run: |\n          ${text.split('\n').join('\n          ')}\n`
      ),
    (text: string) =>
      file(
        'scripts/nested.sh',
        `${repeat('$(', 3000)}${text}${random.chance(0.5) ? repeat(')', 3000) : ''}\n`
      )
  ]);
  return [wrapper(body)];
};

const fileSystemOddities: StructuralAttack = random => {
  switch (random.below(8)) {
    case 0:
      return [
        { path: 'loop/self', symlink: 'self' },
        { path: 'loop/Dockerfile', symlink: 'Dockerfile' },
        { path: 'loop/up', symlink: '..' },
        { path: 'loop/a', symlink: 'b' },
        { path: 'loop/b', symlink: 'a' },
        { path: 'loop/daemon.json', symlink: 'up/loop/daemon.json' }
      ];
    case 1:
      return [
        { path: 'dev/Dockerfile', symlink: '/dev/zero' },
        { path: 'dev/etc/docker/daemon.json', symlink: '/dev/urandom' },
        { path: 'dev/compose.yaml', symlink: '/dev/zero' },
        { path: 'dev/pod.yaml', symlink: '/proc/self/mem' }
      ];
    case 2:
      return [
        { path: 'fifo/Dockerfile', fifo: true },
        { path: 'fifo/etc/docker/daemon.json', fifo: true },
        { path: 'fifo/compose.yaml', fifo: true },
        { path: 'fifo/k8s.yaml', fifo: true }
      ];
    case 3: {
      const deep = Array.from({ length: random.pick([100, 300]) }, (_, i) => `d${i}`).join('/');
      return [file(`${deep}/Dockerfile`, 'FROM alpine\nUSER root\n')];
    }
    case 4: {
      const line = 'RUN echo "building the thing with a reasonably long line of text" && true\n';
      const size = random.pick([4_900_000, 5_300_000]);
      return [
        file('big/Dockerfile', `FROM alpine\n${repeat(line, Math.ceil(size / line.length))}USER root\n`)
      ];
    }
    case 5:
      return [
        file('names/Dockerfile.\n', 'FROM alpine\n'),
        file('names/\u00e9\u0301 Dockerfile', 'FROM alpine\n'),
        file('names/back\\slash.Dockerfile', 'FROM alpine\n'),
        file('names/compose.yaml.Dockerfile', 'FROM alpine\n'),
        file('names/.Dockerfile', 'FROM alpine\n'),
        file('names/Dockerfile..json', '{}')
      ];
    case 6:
      return [
        { path: 'dirs/Dockerfile', directory: true },
        { path: 'dirs/daemon.json', directory: true },
        { path: 'dirs/compose.yaml', directory: true },
        { path: 'dirs/outside', symlink: '/' }
      ];
    default:
      return [
        'Dockerfile',
        'etc/docker/daemon.json',
        'compose.yaml',
        'k8s/pod.yaml',
        ...TOML_CONFIG_PATHS,
        ...JSON_CONFIG_PATHS
      ].map(path => file(`empty/${path}`, random.pick(['', '\n', '\ufeff', '\r', ' ', '\u0000'])));
  }
};

export const STRUCTURAL_ATTACKS: Readonly<Record<string, StructuralAttack>> = {
  'json-deep-nesting': jsonDeepNesting,
  'json-type-confusion': jsonTypeConfusion,
  'json-edge-cases': jsonEdgeCases,
  'yaml-deep-nesting': yamlDeepNesting,
  'yaml-alias-bomb': yamlAliasBomb,
  'yaml-many-documents': yamlManyDocuments,
  'yaml-oddities': yamlOddities,
  'toml-type-confusion': tomlTypeConfusion,
  'toml-deep-nesting': tomlDeepNesting,
  'toml-edge-cases': tomlEdgeCases,
  'dockerfile-heredocs': dockerfileHeredocs,
  'dockerfile-escapes': dockerfileEscapes,
  'dockerfile-arg-defaults': dockerfileArgDefaults,
  'dockerfile-unbalanced': dockerfileUnbalanced,
  'dockerfile-huge-line': dockerfileHugeLine,
  'dockerfile-shell-nesting': dockerfileShellNesting,
  'dockerfile-many-stages': dockerfileManyStages,
  'dockerfile-instruction-soup': dockerfileInstructionSoup,
  'dockerd-flags': dockerdFlags,
  'file-system-oddities': fileSystemOddities
};
