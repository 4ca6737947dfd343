import { isVendorExample } from './vendor-examples.js';

// AWS access key IDs: long-term `AKIA`, temporary `ASIA`, and `ABIA`/`ACCA`, then 16 upper-case/digits.
const AWS_ACCESS_KEY_ID = /^(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}$/;

/**
 * RULES.md lets a name ending in `_ID` count as secret-like when its value is a known secret ID:
 * `AWS_ACCESS_KEY_ID=AKIA…` is half of a key pair, and worth reporting even when the secret half sits
 * on another line. Returns the credential type, or undefined. AWS's documented example is not one.
 */
export function knownSecretIdType(value: string): string | undefined {
  const trimmed = value.trim();
  return AWS_ACCESS_KEY_ID.test(trimmed) && !isVendorExample(trimmed) ? 'AWS access key ID' : undefined;
}
