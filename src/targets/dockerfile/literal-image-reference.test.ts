import { lookupBaseImageDefault } from './base-images.js';
import type { ImageReference } from './image-reference.js';
import { literalImageReference, UNKNOWN_PART, workloadImageReference } from './literal-image-reference.js';

/** `${…}` in the test text stands for an unresolved variable, as the Dockerfile expansion marks it. */
function literal(written: string): ImageReference | undefined {
  return literalImageReference(written.replace(/\$\{\w+\}/g, UNKNOWN_PART));
}

/** `registry/repository:tag registry? tag?`: what is known, and which parts a variable hid. */
function summary(reference: ImageReference | undefined): string | undefined {
  if (!reference) return undefined;
  const tag = reference.tag === undefined ? '' : `:${reference.tag}`;
  const hidden = [
    reference.unresolved?.registry ? 'registry?' : '',
    reference.unresolved?.tag ? 'tag?' : ''
  ].filter(Boolean);
  return [`${reference.name}${tag}`, ...hidden].join(' ');
}

describe('literalImageReference', () => {
  it.each([
    // Only the tag is a variable: the repository path is known, the image is not known to be untagged.
    ['mcr.microsoft.com/windows/servercore:${TAG}', 'mcr.microsoft.com/windows/servercore tag?'],
    ['mcr.microsoft.com/windows/nanoserver@${DIGEST}', 'mcr.microsoft.com/windows/nanoserver tag?'],
    // The tag's literal words stay (sitecore/docker-images: `…:${SITECORE_VERSION}-windowsservercore-${WINDOWSSERVERCORE_VERSION}`).
    ['myreg/app:${V}-windowsservercore-ltsc2019', 'docker.io/myreg/app:windowsservercore-ltsc2019 tag?'],
    ['sqldev:1.0-windowsservercore-${WSC}', 'docker.io/library/sqldev:1.0-windowsservercore tag?'],
    ['gcr.io/distroless/static:latest-${ARCH}', 'gcr.io/distroless/static:latest tag?'],
    [
      'mcr.microsoft.com/windows/servercore:10.0.17763.${REV}',
      'mcr.microsoft.com/windows/servercore:10.0.17763 tag?'
    ],
    // A word glued to a variable is only part of a word: no release is read from it.
    ['mcr.microsoft.com/windows/servercore:ltsc${YEAR}', 'mcr.microsoft.com/windows/servercore tag?'],
    ['app:${MAJOR}809-windowsservercore', 'docker.io/library/app:windowsservercore tag?'],
    // A variable registry, or path before the literal one: the rest of the path is known.
    ['${REGISTRY}/windows/servercore:ltsc2022', 'docker.io/windows/servercore:ltsc2022 registry?'],
    [
      '${REGISTRY}sitecore/app:1.0-windowsservercore',
      'docker.io/library/app:1.0-windowsservercore registry?'
    ],
    // A registry prefix that ends in `/`, glued to the name, while the rest says what the image is.
    [
      '${REGISTRY}app:1.0-windowsservercore-ltsc2019',
      'docker.io/library/app:1.0-windowsservercore-ltsc2019 registry?'
    ],
    [
      '${REGISTRY}sitecore-xm-sqldev:${VERSION}-windowsservercore-${WSC}',
      'docker.io/library/sitecore-xm-sqldev:windowsservercore registry? tag?'
    ],
    [
      '${REGISTRY}sitecore-xp-solr:${VERSION}-nanoserver-${NANO}',
      'docker.io/library/sitecore-xp-solr:nanoserver registry? tag?'
    ]
  ])('%s is %s', (written, expected) => {
    expect(summary(literal(written))).toBe(expected);
  });

  it.each([
    // Nothing but variables, or a variable inside the repository path: what the image is can change.
    '${IMAGE}',
    '${IMAGE}:ltsc2022',
    '${REGISTRY}/${NAME}:${TAG}',
    'myreg/${NAME}:ltsc2022',
    'mcr.microsoft.com/windows/${FLAVOR}:ltsc2022',
    'antrea/base-ubuntu-${ARCH}:${TAG}',
    // A glued registry prefix whose rest says nothing: not Docker Hub's `myapp`.
    '${REGISTRY}myapp:${TAG}',
    '${SITECORE_DOCKER_REGISTRY}sitecore-xp1-cm:${SITECORE_VERSION}'
  ])('%s stays unknown', written => {
    expect(literal(written)).toBeUndefined();
  });

  it('keeps a variable from making a Nano Server image Server Core, or the other way round', () => {
    const nano = literal('${REGISTRY}app:${V}-nanoserver-${OS}');
    const core = literal('${REGISTRY}app:${V}-windowsservercore-${OS}');
    expect(nano && lookupBaseImageDefault(nano)?.user).toBe('ContainerUser');
    expect(core && lookupBaseImageDefault(core)?.user).toBe('ContainerAdministrator');
  });
});

describe('workloadImageReference', () => {
  it('parses a reference without variables whole', () => {
    expect(workloadImageReference('mcr.microsoft.com/windows/servercore:ltsc2022')).toMatchObject({
      name: 'mcr.microsoft.com/windows/servercore',
      tag: 'ltsc2022'
    });
    expect(
      workloadImageReference('mcr.microsoft.com/windows/servercore:ltsc2022')?.unresolved
    ).toBeUndefined();
  });

  it.each([
    ['mcr.microsoft.com/windows/servercore:${TAG}', 'mcr.microsoft.com/windows/servercore tag?'],
    ['mcr.microsoft.com/windows/servercore:$TAG', 'mcr.microsoft.com/windows/servercore tag?'],
    ['mcr.microsoft.com/windows/servercore:${TAG:?set TAG}', 'mcr.microsoft.com/windows/servercore tag?'],
    ['myreg/app:${VERSION}-windowsservercore-ltsc2022', 'docker.io/myreg/app:windowsservercore-ltsc2022 tag?']
  ])('reads the literal parts of %s as %s, keeping the text for messages', (text, expected) => {
    const reference = workloadImageReference(text);
    expect(summary(reference)).toBe(expected);
    expect(reference?.raw).toBe(text);
  });

  it.each(['${IMAGE}', '${REGISTRY}myapp:${TAG}', 'myreg/$(NAME):1.0', 'app:${TAG', '{{ .Values.image }}'])(
    '%s stays unknown',
    text => {
      expect(workloadImageReference(text)).toBeUndefined();
    }
  );
});
