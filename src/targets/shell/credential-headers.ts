import type { InlineCredential } from './inline-credentials.js';
import type { ShellCommand } from './shell-commands.js';

/** Header names whose value is a credential. */
const CREDENTIAL_HEADERS =
  'authorization|proxy-authorization|x-api-key|api-key|apikey|x-auth-token|x-access-token|private-token|deploy-token|x-vault-token|x-jfrog-art-api';
const HEADER_ARGUMENT = new RegExp(
  `^(?:[\\w.-]*extraheader=)?\\s*(${CREDENTIAL_HEADERS})\\s*:\\s*(.*)$`,
  'is'
);
const HEADER_TABLE_ENTRY = new RegExp(`(['"]?)(${CREDENTIAL_HEADERS})\\1\\s*=\\s*(['"])(.*?)\\3`, 'gis');
const SCHEMES = /^(?:basic|bearer|token|bot|digest|apikey|sso-key|key|negotiate|ntlm)(?:\s+|$)/i;

/**
 * Credential headers in any argument (`curl -H`, `wget --header=`, `git -c http.extraHeader=`,
 * `echo … >> file`), and PowerShell header tables (`Invoke-WebRequest -Headers @{Authorization = '…'}`);
 * `program` is the program as written, reported with each.
 */
export function credentialHeaders(command: ShellCommand, program: string): InlineCredential[] {
  const found: InlineCredential[] = [];
  for (const { value } of command.args) {
    const header = HEADER_ARGUMENT.exec(value);
    if (header)
      found.push({ kind: 'header', program, name: header[1] ?? '', value: credentialPart(header[2] ?? '') });
    if (command.dialect === 'powershell' && value.startsWith('@{'))
      for (const entry of value.matchAll(HEADER_TABLE_ENTRY))
        found.push({ kind: 'header', program, name: entry[2] ?? '', value: credentialPart(entry[4] ?? '') });
  }
  return found;
}

/** `Bearer X` → `X`: the scheme is not part of the secret (and a reference after it is no literal). */
function credentialPart(value: string): string {
  return value.trim().replace(SCHEMES, '');
}
