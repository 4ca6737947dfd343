import { lineRegion } from '../../core/location.js';
import { defineRule } from '../../core/rule.js';
import { instructionAtLine, lineOfOffset } from '../../targets/dockerfile/instruction-at.js';
import { findPrivateKeys } from '../../secrets/private-keys.js';

/** BH207: a private key block anywhere in the file. */
export default defineRule({
  meta: {
    id: 'BH207',
    slug: 'private-key-material',
    title: 'Private key in the file',
    description:
      'The file contains a PEM or OpenSSH private key block (BEGIN/END markers with a key body). Whether it is written into the image by a RUN or heredoc, set in ENV, or only sits in a comment, the key is now in the repository history and, usually, in an image layer. Treat it as compromised.',
    severity: 'high',
    remediation:
      'Remove the key, rotate it (issue a new key pair and revoke the old one), and provide keys at build time with `RUN --mount=type=ssh` or `--mount=type=secret`.',
    references: [
      'https://docs.docker.com/build/building/secrets/',
      'https://cwe.mitre.org/data/definitions/321.html'
    ],
    tags: ['CWE-321', 'CWE-798'],
    messages: { privateKey: 'The file contains private key material ({type}, line {line}).' }
  },
  checks: {
    dockerfile({ document, report }) {
      for (const { type, line } of privateKeyLines(document.text)) {
        const region = instructionAtLine(document, line)?.region ?? lineRegion(line);
        report({ messageId: 'privateKey', data: { type, line }, region });
      }
    },
    // In manifests and Compose files a key sits in a value (a ConfigMap, `stringData`, an env value).
    kubernetes({ document, report }) {
      for (const { type, line } of privateKeyLines(document.text))
        report({ messageId: 'privateKey', data: { type, line }, region: lineRegion(line) });
    },
    compose({ document, report }) {
      for (const { type, line } of privateKeyLines(document.text))
        report({ messageId: 'privateKey', data: { type, line }, region: lineRegion(line) });
    }
  }
});

function privateKeyLines(text: string): { type: string; line: number }[] {
  return findPrivateKeys(text).map(key => ({ type: key.type, line: lineOfOffset(text, key.start) }));
}
