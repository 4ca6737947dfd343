import type { Fix } from '../../core/fix.js';
import type { Region } from '../../core/location.js';
import type { DockerfileDocument, DockerStage } from './dockerfile-document.js';
import type { FinalImageUser } from './final-image-user.js';
import type { ImageReference } from './image-reference.js';

/** The unprivileged uid the fixes create: above the ranges distributions hand out to system and login users. */
const APP_UID = '10001';
/** distroless' `nonroot` user (https://github.com/GoogleContainerTools/distroless#debug-images). */
const DISTROLESS_NONROOT_UID = '65532';

// Official images whose default variant is Debian-based, and RHEL-family images: all ship `useradd`.
const USERADD_REPOSITORIES = new Set([
  'debian',
  'ubuntu',
  'node',
  'python',
  'ruby',
  'golang',
  'openjdk',
  'eclipse-temurin',
  'amazoncorretto',
  'php',
  'perl',
  'rust',
  'maven',
  'gradle',
  'buildpack-deps',
  'fedora',
  'centos',
  'rockylinux',
  'almalinux',
  'oraclelinux',
  'amazonlinux',
  'ubi8',
  'ubi9',
  'ubi8-minimal',
  'ubi9-minimal'
]);

function eolOf(document: DockerfileDocument): string {
  return document.text.includes('\r\n') ? '\r\n' : '\n';
}

/** The image a stage is ultimately built on (following `FROM <stage>`), if known. */
function rootImage(stage: DockerStage): ImageReference | undefined {
  let current: DockerStage = stage;
  for (let hops = 0; hops < 64 && current.base.kind === 'stage'; hops++) current = current.base.stage;
  return current.base.kind === 'image' ? current.base.reference : undefined;
}

type LinuxFamily = 'useradd' | 'alpine' | 'distroless';

/** Which user-creation command fits the final image's base, or undefined when it is not known. */
function linuxFamily(stage: DockerStage): LinuxFamily | undefined {
  const ref = rootImage(stage);
  if (!ref) return undefined;
  const segments = ref.repository.toLowerCase().split('/');
  const last = segments[segments.length - 1] ?? '';
  const tag = (ref.tag ?? '').toLowerCase();
  if (segments[0] === 'distroless' && ref.registry !== 'docker.io') return 'distroless';
  if (last === 'alpine' || tag.includes('alpine')) return 'alpine';
  if (USERADD_REPOSITORIES.has(last)) return 'useradd';
  return /(?:^|-)(?:bookworm|bullseye|buster|trixie|slim|jammy|noble|focal)(?:-|$)/.test(tag)
    ? 'useradd'
    : undefined;
}

/** The end of the final stage: its last instruction (or its FROM). */
function stageEnd(stage: DockerStage): Region {
  const last = stage.instructions[stage.instructions.length - 1] ?? stage.from;
  return { ...last.region, startLine: last.region.endLine, startColumn: last.region.endColumn };
}

/**
 * Lines that make the final stage run as an unprivileged user: the offending `USER` is replaced when it
 * is the stage's last instruction (nothing after it relied on it), else the lines are appended at the end.
 */
function switchUser(document: DockerfileDocument, final: FinalImageUser, lines: string[]): Fix['edits'] {
  const { stage } = final;
  const last = stage.instructions[stage.instructions.length - 1];
  const eol = eolOf(document);
  if (
    final.how === 'explicit' &&
    last?.keyword === 'USER' &&
    last.region.startLine === final.region.startLine
  )
    return [{ region: last.region, replacement: lines.join(eol) }];
  const end = stageEnd(stage);
  return [
    {
      region: { ...end, endLine: end.startLine, endColumn: end.startColumn },
      replacement: eol + lines.join(eol)
    }
  ];
}

/** BH102's fix: end the final Windows stage as `ContainerUser`. */
export function windowsUserFix(document: DockerfileDocument, final: FinalImageUser): Fix {
  return {
    description:
      "Run the final stage as 'ContainerUser'; steps that need administrator rights must come before it.",
    safety: 'review',
    edits: switchUser(document, final, ['USER ContainerUser'])
  };
}

/** BH101's fix: create an unprivileged user with the command that fits the base, or use distroless' own. */
export function linuxUserFix(document: DockerfileDocument, final: FinalImageUser): Fix | undefined {
  const family = linuxFamily(final.stage);
  if (!family) return undefined;
  if (family === 'distroless')
    return {
      description: `Run as distroless' 'nonroot' user (uid ${DISTROLESS_NONROOT_UID}); files the process writes must be writable by it.`,
      safety: 'review',
      edits: switchUser(document, final, [`USER ${DISTROLESS_NONROOT_UID}`])
    };
  const create =
    family === 'alpine'
      ? `RUN adduser -D -H -u ${APP_UID} app`
      : `RUN useradd --uid ${APP_UID} --no-create-home --shell /usr/sbin/nologin app`;
  return {
    description: `Create the unprivileged user 'app' (uid ${APP_UID}) and run as it; files the process writes must be writable by it.`,
    safety: 'review',
    edits: switchUser(document, final, [create, `USER ${APP_UID}`])
  };
}
