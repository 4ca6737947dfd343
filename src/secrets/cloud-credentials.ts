/**
 * Cloud credentials that need context: an AWS secret access key is just 40 base64 characters, so
 * it counts only next to its access key ID or on an `aws_secret_access_key` assignment (an ID
 * alone is not a credential); Azure keys and signatures are recognised by the connection-string or
 * query-string field that holds them.
 */
import { shannonEntropy } from './entropy.js';
import type { CredentialMatch } from './known-credentials.js';
import { findQueryParams, percentDecode } from './url-parts.js';
import { isVendorExample } from './vendor-examples.js';

/** How far (characters) an AWS secret may be from its key ID: a few lines of config. */
export const AWS_PAIR_DISTANCE = 200;

// Long-term `AKIA`, temporary `ASIA`, and the `ABIA`/`ACCA` variants; 16 upper-case/digits after.
const AWS_KEY_ID = /(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Za-z0-9])/g;
const AWS_SECRET = /(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g;
// `aws_secret_access_key = …`, `AWS_SECRET_ACCESS_KEY: "…"`, `ENV AWS_SECRET_KEY …`,
// `aws configure set aws_secret_access_key …`: the name, then only quotes/operators/spaces.
const AWS_SECRET_NAME = /aws_?secret(?:_?access)?_?key["']?\s*(?:[:=]|\s)\s*["']?$/i;
/** What a text must hold for an AWS secret in it to count: a key ID's prefix or the secret's name. */
const AWS_CONTEXT = /AKIA|ASIA|ABIA|ACCA|aws_?secret/i;

/** A 40-character base64 string that looks generated: upper, lower, a digit or `/+`, not hex. */
function isAwsSecretShaped(value: string): boolean {
  return (
    /[a-z]/.test(value) &&
    /[A-Z]/.test(value) &&
    /[\d/+]/.test(value) &&
    !/^[0-9a-f]+$/i.test(value) &&
    shannonEntropy(value) > 4
  );
}

function findAwsSecretKeys(text: string): CredentialMatch[] {
  // A secret counts only beside a key ID or after its name: most text holds neither, and the scan
  // for 40-character runs is the costly part.
  if (!AWS_CONTEXT.test(text)) return [];
  const ids = [...text.matchAll(AWS_KEY_ID)].filter(id => !isVendorExample(id[0]));
  const found: CredentialMatch[] = [];
  for (const match of text.matchAll(AWS_SECRET)) {
    const value = match[0];
    const start = match.index ?? 0;
    const end = start + value.length;
    if (!isAwsSecretShaped(value) || isVendorExample(value)) continue;
    const paired = ids.some(id => {
      const idStart = id.index ?? 0;
      return idStart - end <= AWS_PAIR_DISTANCE && start - (idStart + id[0].length) <= AWS_PAIR_DISTANCE;
    });
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    if (paired || AWS_SECRET_NAME.test(text.slice(lineStart, start))) {
      found.push({ id: 'aws-access-key', type: 'AWS secret access key', value, start, end });
    }
  }
  return found;
}

/** `AccountKey=<86 base64>==` in Azure Storage connection strings (a 64-byte key). */
function findAzureStorageKeys(text: string): CredentialMatch[] {
  if (!/accountkey/i.test(text)) return [];
  const found: CredentialMatch[] = [];
  for (const match of text.matchAll(/(?<![A-Za-z])AccountKey\s*=\s*([A-Za-z0-9+/]{86}==)/gi)) {
    const value = match[1] ?? '';
    const start = (match.index ?? 0) + match[0].length - value.length;
    if (isVendorExample(value) || shannonEntropy(value) <= 4.5) continue;
    found.push({
      id: 'azure-storage-key',
      type: 'Azure storage account key',
      value,
      start,
      end: start + value.length
    });
  }
  return found;
}

/**
 * Azure shared access signatures: `sig=` holding a URL-encoded base64 HMAC-SHA256 (≥ 40
 * characters decoded), in a query that also has the SAS version `sv=` or expiry `se=`
 * (https://learn.microsoft.com/rest/api/storageservices/create-service-sas).
 */
function findAzureSas(text: string): CredentialMatch[] {
  if (!/sig/i.test(text)) return [];
  const found: CredentialMatch[] = [];
  for (const param of findQueryParams(text)) {
    if (param.name.toLowerCase() !== 'sig') continue;
    const signature = percentDecode(param.value);
    if (!/^[A-Za-z0-9+/]{40,}={0,2}$/.test(signature) || shannonEntropy(signature) <= 4) continue;
    const query = enclosingToken(text, param.valueStart);
    if (!/(^|[?&;\s])s[ve]=/i.test(query)) continue;
    found.push({
      id: 'azure-sas',
      type: 'Azure shared access signature',
      value: param.value,
      start: param.valueStart,
      end: param.valueEnd
    });
  }
  return found;
}

/** The whitespace- and quote-delimited run of text around `offset` (a URL or query string). */
function enclosingToken(text: string, offset: number): string {
  const before = text.slice(0, offset).search(/[^\s'"`]*$/);
  const after = text.slice(offset).search(/[\s'"`]|$/);
  return text.slice(before, offset + after);
}

/** AWS secret keys (paired or assigned), Azure storage account keys and SAS signatures. */
export function findCloudCredentials(text: string): CredentialMatch[] {
  return [...findAwsSecretKeys(text), ...findAzureStorageKeys(text), ...findAzureSas(text)];
}
