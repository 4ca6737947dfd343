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
      for (const key of findPrivateKeys(document.text)) {
        const line = lineOfOffset(document.text, key.start);
        const region = instructionAtLine(document, line)?.region ?? {
          startLine: line,
          startColumn: 1,
          endLine: line,
          endColumn: 1
        };
        report({ messageId: 'privateKey', data: { type: key.type, line }, region });
      }
    }
  }
});
