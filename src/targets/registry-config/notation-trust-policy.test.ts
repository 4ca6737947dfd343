import { InputParseError } from '../../core/errors.js';
import { notationTrustPolicyFormat } from './notation-trust-policy.js';

/** An OCI trust policy with a strict production policy, an audited staging one and a skipped scope. */
const OCI_POLICY = `{
  "version": "1.0",
  "trustPolicies": [
    {
      "name": "production-images",
      "registryScopes": ["registry.corp.example/prod/api", "registry.corp.example/prod/web"],
      "signatureVerification": { "level": "strict" },
      "trustStores": ["ca:corp-release"],
      "trustedIdentities": ["x509.subject: C=US, ST=WA, L=Seattle, O=Corp Example, CN=release"]
    },
    {
      "name": "staging-images",
      "registryScopes": ["registry.corp.example/staging/api"],
      "signatureVerification": {
        "level": "audit"
      },
      "trustStores": ["ca:corp-release", "tsa:public-tsa"],
      "trustedIdentities": [
        "*"
      ]
    },
    {
      "name": "third-party",
      "registryScopes": ["*"],
      "signatureVerification": { "level": "skip" }
    }
  ]
}
`;

function parse(text: string) {
  return notationTrustPolicyFormat.parse(text, 'notation/trustpolicy.oci.json');
}

describe('notationTrustPolicyFormat.matches', () => {
  it.each([
    ['home/dev/.config/notation/trustpolicy.oci.json', OCI_POLICY],
    ['notation/trustpolicy.json', OCI_POLICY],
    [
      'C:\\Users\\build\\AppData\\Roaming\\notation\\trustpolicy.blob.json',
      '{ "version": "1.0", "trustPolicies": [] }'
    ],
    ['deploy/notation-policy.json', OCI_POLICY],
    ['trustpolicy.json', '{ "version": "1.0", "trustPolicies": [ }']
  ])('claims %s', (path, text) => {
    expect(notationTrustPolicyFormat.matches(path, text)).toBe(true);
  });

  it.each([
    ['trustPolicies without a version', 'policy.json', '{ "trustPolicies": [] }'],
    ['a version without trustPolicies', 'trustpolicy.json', '{ "version": "1.0" }'],
    ['trustPolicies that is not a list', 'trustpolicy.json', '{ "version": "1.0", "trustPolicies": {} }'],
    ['a YAML document', 'trustpolicy.yaml', 'version: "1.0"\ntrustPolicies: []\n'],
    ['a package.json', 'package.json', '{ "name": "x", "version": "1.0.0" }'],
    ['a broken unrelated file', 'settings.json', '{ "version": "1.0", "trustPolicies": [ }']
  ])('does not claim %s', (_label, path, text) => {
    expect(notationTrustPolicyFormat.matches(path, text)).toBe(false);
  });
});

describe('notationTrustPolicyFormat.parse', () => {
  it('reports audit and skip levels and a wildcard identity, each at its line', () => {
    const document = parse(OCI_POLICY);
    expect(document.format).toBe('notation-trust-policy');
    expect(document.trustWeaknesses).toEqual([
      {
        detail: "trust policy 'staging-images' verification level 'audit'",
        region: { startLine: 15, startColumn: 9, endLine: 15, endColumn: 16 }
      },
      {
        detail: "trust policy 'staging-images' trusts any identity ('*')",
        region: { startLine: 19, startColumn: 9, endLine: 19, endColumn: 12 }
      },
      {
        detail: "trust policy 'third-party' verification level 'skip'",
        region: { startLine: 25, startColumn: 34, endLine: 25, endColumn: 41 }
      }
    ]);
  });

  it('finds nothing in strict and permissive policies with named identities', () => {
    const document = parse(`{
  "version": "1.0",
  "trustPolicies": [
    {
      "name": "all",
      "registryScopes": ["*"],
      "signatureVerification": { "level": "permissive", "override": { "revocation": "log", "expiry": "log" } },
      "trustStores": ["ca:corp"],
      "trustedIdentities": ["x509.subject: O=Corp, CN=signer"]
    }
  ]
}`);
    expect(document.trustWeaknesses).toEqual([]);
  });

  it('reports an override that only logs authenticity failures under an enforcing level', () => {
    const document = parse(`{
  "version": "1.0",
  "trustPolicies": [
    {
      "name": "vendor",
      "registryScopes": ["registry.vendor.example/agent"],
      "signatureVerification": {
        "level": "strict",
        "override": { "authenticity": "log" }
      },
      "trustStores": ["ca:vendor"],
      "trustedIdentities": ["x509.subject: O=Vendor, CN=release"]
    },
    {
      "name": "audited",
      "registryScopes": ["registry.vendor.example/tools"],
      "signatureVerification": { "level": "audit", "override": { "authenticity": "log" } },
      "trustStores": ["ca:vendor"],
      "trustedIdentities": ["x509.subject: O=Vendor, CN=release"]
    }
  ]
}`);
    expect(document.trustWeaknesses.map(w => [w.detail, w.region.startLine])).toEqual([
      ["trust policy 'vendor' only logs authenticity failures (override 'authenticity: log')", 9],
      ["trust policy 'audited' verification level 'audit'", 17]
    ]);
  });

  it('reads blob policies and policies without a name', () => {
    const document = parse(`{
  "version": "1.0",
  "trustPolicies": [
    { "globalPolicy": true, "signatureVerification": { "level": "skip" } }
  ]
}`);
    expect(document.trustWeaknesses.map(w => w.detail)).toEqual(["trust policy verification level 'skip'"]);
  });

  it('ignores levels notation does not accept and malformed entries', () => {
    const document = parse(`{
  "version": "1.0",
  "trustPolicies": [
    { "name": "a", "signatureVerification": { "level": "Skip" } },
    { "name": "b", "signatureVerification": "audit" },
    "c",
    { "name": "d", "trustedIdentities": "*" }
  ]
}`);
    expect(document.trustWeaknesses).toEqual([]);
  });

  it.each([
    ['a trailing comma', '{\n  "version": "1.0",\n  "trustPolicies": [],\n}', 4],
    ['a missing bracket', '{\n  "version": "1.0",\n  "trustPolicies": [\n', 3]
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
