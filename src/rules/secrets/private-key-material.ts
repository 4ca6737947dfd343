import { lineRegion } from '../../core/location.js';
import { defineRule } from '../../core/rule.js';
import { instructionAtLine, lineOfOffset } from '../../targets/dockerfile/instruction-at.js';
import { findPrivateKeys } from '../../secrets/private-keys.js';
import {
  describeLayer,
  envLocation,
  fileLocation,
  historyLocation
} from '../../targets/image/image-locations.js';
import { IMAGE_REGION } from '../../targets/image/target.js';

/** BH207: a private key block anywhere in the file. */
export default defineRule({
  meta: {
    id: 'BH207',
    slug: 'private-key-material',
    title: 'Private key in the file',
    description:
      'The file contains a PEM or OpenSSH private key block (BEGIN/END markers with a key body). Whether it is written into the image by a RUN or heredoc, set in ENV, or only sits in a comment, the key is now in the repository history and, usually, in an image layer. Treat it as compromised. In a built image, the files of every layer, the config `Env` and the history commands are searched.',
    severity: 'high',
    remediation:
      'Remove the key, rotate it (issue a new key pair and revoke the old one), and provide keys at build time with `RUN --mount=type=ssh` or `--mount=type=secret`.',
    references: [
      'https://docs.docker.com/build/building/secrets/',
      'https://cwe.mitre.org/data/definitions/321.html'
    ],
    tags: ['CWE-321', 'CWE-798'],
    messages: {
      privateKey: 'The file contains private key material ({type}, line {line}).',
      layerFile: "'{path}' in image {layer} contains private key material ({type}, line {line}).",
      imageConfig: '{where} contains private key material ({type}).'
    }
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
    },
    // Key files in the layers (the loader keeps the text of small files), and keys in the config's
    // Env or a history command, which BH201/BH202 leave to this rule.
    image({ document, report }) {
      for (const file of document.files) {
        const layer = describeLayer(file.layerIndex, file.layerDigest);
        for (const { type, line } of privateKeyLines(file.text ?? '')) {
          const data = { path: file.path, layer, type, line };
          report({ messageId: 'layerFile', data, region: IMAGE_REGION, logical: fileLocation(file) });
        }
      }
      // An ENV step's history entry repeats the Env value: that key is reported once, at the Env.
      const envKeys: string[] = [];
      document.config.env.forEach((entry, i) => {
        const where = `Image ENV '${entry.split('=')[0]}'`;
        for (const { type, start, end } of findPrivateKeys(entry)) {
          envKeys.push(entry.slice(start, end));
          report({
            messageId: 'imageConfig',
            data: { where, type },
            region: IMAGE_REGION,
            logical: envLocation(i)
          });
        }
      });
      for (const { index, createdBy } of document.history) {
        for (const { type, start, end } of findPrivateKeys(createdBy)) {
          if (envKeys.includes(createdBy.slice(start, end))) continue;
          const data = { where: `Image history entry ${index}`, type };
          report({ messageId: 'imageConfig', data, region: IMAGE_REGION, logical: historyLocation(index) });
        }
      }
    }
  }
});

function privateKeyLines(text: string): { type: string; line: number }[] {
  return findPrivateKeys(text).map(key => ({ type: key.type, line: lineOfOffset(text, key.start) }));
}
