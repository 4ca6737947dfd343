import { defineRule } from '../../core/rule.js';
import {
  buildContextOf,
  holdsOnlyPublicKey,
  sensitiveFilesUnderSource
} from '../../targets/dockerfile/build-context.js';
import { copySources } from '../../targets/dockerfile/copy-sources.js';
import { sensitiveFileKind } from '../../targets/sensitive-files.js';
import { describeLayer, fileLocation } from '../../targets/image/image-locations.js';
import { IMAGE_REGION } from '../../targets/image/target.js';

/** BH203: COPY/ADD of credentials or private keys, named or swept in with a directory. */
export default defineRule({
  meta: {
    id: 'BH203',
    slug: 'secret-file-in-image',
    title: 'Credentials or private keys copied into the image',
    description:
      'A COPY or ADD puts a file that holds credentials or private key material into an image layer (an SSH key, `.env`, `.npmrc`, `.pypirc`, `.netrc`, `.git-credentials`, `.aws/credentials`, `.docker/config.json`, a kubeconfig, `*.key`/`*.pfx`/`*.p12`/private `*.pem`, KeePass databases). Layers are permanent: deleting the file in a later step does not remove it, and anyone who can pull the image can read it. A directory copy (`COPY . /app`) does the same for every such file in the build context that `.dockerignore` does not exclude. In a built image, every layer is searched, including files a later layer deletes.',
    severity: 'high',
    remediation:
      'Use a BuildKit secret (`RUN --mount=type=secret,id=npmrc,target=/root/.npmrc …`) or an SSH mount (`--mount=type=ssh`) at build time, and exclude credential files in `.dockerignore`.',
    references: [
      'https://docs.docker.com/build/building/secrets/',
      'https://docs.docker.com/build/concepts/context/#dockerignore-files'
    ],
    tags: ['CWE-538', 'CWE-522'],
    messages: {
      named: "{keyword} copies '{source}' ({kind}) into the image.",
      fromContext:
        "{keyword} '{source}' copies '{file}' ({kind}) from the build context into the image{more}: {why}.",
      layerFile: "'{path}' ({kind}) is in image {layer}.",
      deletedFile: "'{path}' ({kind}) was deleted in layer {deleted} but is still in image {layer}."
    }
  },
  checks: {
    dockerfile({ document, file, repository, report }) {
      const namedContext = repository.buildContexts.get(file);
      const context = buildContextOf(file, repository, namedContext);
      // A `*.key` in the repository that holds a public key or certificate (an apt signing key) is not private material.
      const holdsOnlyPublicMaterial = (path: string) =>
        holdsOnlyPublicKey(context, repository, path, namedContext === undefined);
      for (const { instruction, source } of copySources(document)) {
        const kind = sensitiveFileKind(source);
        if (kind && !holdsOnlyPublicMaterial(source)) {
          report({
            messageId: 'named',
            data: { keyword: instruction.keyword, source, kind },
            region: instruction.region
          });
          continue;
        }
        const leaked = sensitiveFilesUnderSource(context, source).filter(
          path => !holdsOnlyPublicMaterial(path)
        );
        const first = leaked[0];
        if (!first) continue;
        report({
          messageId: 'fromContext',
          data: {
            keyword: instruction.keyword,
            source,
            file: first,
            kind: sensitiveFileKind(first) as string,
            more: leaked.length > 1 ? ` (and ${leaked.length - 1} more)` : '',
            why: context.ignoreFile
              ? `'${context.ignoreFile}' does not exclude it`
              : 'there is no .dockerignore'
          },
          region: instruction.region
        });
      }
    },
    // Layers are permanent: a file deleted by a later layer (a whiteout) is still in the one that added it.
    image({ document, report }) {
      for (const file of document.files) {
        if (!file.sensitiveKind) continue;
        const data = {
          path: file.path,
          kind: file.sensitiveKind,
          layer: describeLayer(file.layerIndex, file.layerDigest)
        };
        const logical = fileLocation(file);
        if (file.deletedInLayer === undefined)
          report({ messageId: 'layerFile', data, region: IMAGE_REGION, logical });
        else
          report({
            messageId: 'deletedFile',
            data: { ...data, deleted: file.deletedInLayer },
            region: IMAGE_REGION,
            logical
          });
      }
    }
  }
});
