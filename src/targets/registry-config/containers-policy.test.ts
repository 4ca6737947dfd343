import { InputParseError } from '../../core/errors.js';
import { containersPolicyFormat } from './containers-policy.js';

/** The shape containers/image ships as its default policy: accept anything, also from the local daemon. */
const SHIPPED_DEFAULT = `{
    "default": [
        {
            "type": "insecureAcceptAnything"
        }
    ],
    "transports": {
        "docker-daemon": {
            "": [{ "type": "insecureAcceptAnything" }]
        }
    }
}
`;

/** A hardened policy: reject by default, signatures required for the company registry. */
const HARDENED = `{
  "default": [{ "type": "reject" }],
  "transports": {
    "docker": {
      "registry.corp.example/platform": [
        {
          "type": "sigstoreSigned",
          "keyPath": "/etc/pki/containers/platform.pub",
          "signedIdentity": { "type": "matchRepository" }
        }
      ],
      "registry.access.redhat.com": [
        {
          "type": "signedBy",
          "keyType": "GPGKeys",
          "keyPath": "/etc/pki/rpm-gpg/RPM-GPG-KEY-redhat-release"
        }
      ],
      "docker.io/library": [{ "type": "insecureAcceptAnything" }],
      "": [{ "type": "reject" }]
    },
    "docker-daemon": { "": [{ "type": "insecureAcceptAnything" }] },
    "containers-storage": { "": [{ "type": "insecureAcceptAnything" }] }
  }
}
`;

function parse(text: string) {
  return containersPolicyFormat.parse(text, 'etc/containers/policy.json');
}

describe('containersPolicyFormat.matches', () => {
  it.each([
    ['etc/containers/policy.json', SHIPPED_DEFAULT],
    ['home/dev/.config/containers/policy.json', HARDENED],
    ['etc/crio/policies/payments.json', HARDENED],
    ['policy.json', '{ "default": [] }'],
    ['policy.json', '{ "default": [{ "type": "reject" }], }'],
    ['deploy/signature-policy.json', '{ "default": [{ "type": "sigstoreSigned", "fulcio": {} }] }']
  ])('claims %s', (path, text) => {
    expect(containersPolicyFormat.matches(path, text)).toBe(true);
  });

  it.each([
    [
      'an AWS IAM policy.json',
      'policy.json',
      '{ "Version": "2012-10-17", "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject" }] }'
    ],
    ['a policy.json with other keys', 'policy.json', '{ "default": [], "rules": [] }'],
    ['a JSON file with an unrelated default list', 'settings.json', '{ "default": [{ "type": "dark" }] }'],
    ['package.json', 'package.json', '{ "name": "x", "default": "index.js" }'],
    ['a YAML file', 'policy.yaml', 'default:\n  - type: insecureAcceptAnything\n'],
    ['a broken unrelated policy.json', 'policy.json', '{ "Statement": [ }']
  ])('does not claim %s', (_label, path, text) => {
    expect(containersPolicyFormat.matches(path, text)).toBe(false);
  });
});

describe('containersPolicyFormat.parse', () => {
  it("reports a default of 'insecureAcceptAnything' at the type line, and not the docker-daemon transport", () => {
    const document = parse(SHIPPED_DEFAULT);
    expect(document.format).toBe('containers-policy');
    expect(document.trustWeaknesses).toEqual([
      {
        detail: "default policy 'insecureAcceptAnything'",
        region: { startLine: 4, startColumn: 13, endLine: 4, endColumn: 19 }
      }
    ]);
  });

  it('reports registry scopes that accept anything, and nothing for reject/signedBy/sigstoreSigned', () => {
    expect(parse(HARDENED).trustWeaknesses).toEqual([
      {
        detail: "policy 'insecureAcceptAnything' for 'docker' scope 'docker.io/library'",
        region: { startLine: 19, startColumn: 31, endLine: 19, endColumn: 37 }
      }
    ]);
  });

  it("reports a transport-wide '' scope and the atomic transport", () => {
    const document = parse(`{
  "default": [{ "type": "reject" }],
  "transports": {
    "docker": { "": [{ "type": "insecureAcceptAnything" }] },
    "atomic": { "registry.openshift.example:5000/team": [{ "type": "insecureAcceptAnything" }] }
  }
}`);
    expect(document.trustWeaknesses.map(w => [w.detail, w.region.startLine])).toEqual([
      ["policy 'insecureAcceptAnything' for every 'docker' image", 4],
      ["policy 'insecureAcceptAnything' for 'atomic' scope 'registry.openshift.example:5000/team'", 5]
    ]);
  });

  it('does not report a list that also requires a signature (every requirement must pass)', () => {
    const document = parse(`{
  "default": [
    { "type": "insecureAcceptAnything" },
    { "type": "signedBy", "keyType": "GPGKeys", "keyPath": "/etc/pki/key.gpg" }
  ]
}`);
    expect(document.trustWeaknesses).toEqual([]);
  });

  it('ignores empty and malformed requirement lists (containers/image rejects them)', () => {
    expect(parse('{ "default": [] }').trustWeaknesses).toEqual([]);
    expect(parse('{ "default": { "type": "insecureAcceptAnything" } }').trustWeaknesses).toEqual([]);
    expect(
      parse('{ "default": [{ "type": "reject" }], "transports": { "docker": [] } }').trustWeaknesses
    ).toEqual([]);
  });

  it('reports each repeated weak list separately', () => {
    const document = parse(`{
  "default": [{ "type": "insecureAcceptAnything" }, { "type": "insecureAcceptAnything" }],
  "transports": { "docker": { "quay.io": [{ "type": "insecureAcceptAnything" }] } }
}`);
    expect(document.trustWeaknesses.map(w => w.region.startLine)).toEqual([2, 3]);
  });

  it.each([
    ['a trailing comma', '{\n  "default": [{ "type": "reject" }],\n}', 3],
    ['single quotes', "{\n  'default': [{ 'type': 'reject' }]\n}", 2],
    ['a list at the top level', '[{ "type": "reject" }]', 1]
  ])('malformed input (%s) is an InputParseError with its line', (_label, text, line) => {
    let thrown: unknown;
    try {
      parse(text);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InputParseError);
    expect((thrown as InputParseError).line).toBe(line);
  });
});
