import type { FindingProperties } from '../core/finding.js';
import { buildTargetKey, type RepositoryFacts } from '../core/repository.js';
import type { ComposeDocument, ComposeService } from '../targets/compose/compose-document.js';
import { serviceText } from '../targets/compose/service-fields.js';
import { composeBuildPaths } from '../targets/compose/build-paths.js';
import { isLinuxRoot, isWindowsAdmin } from '../targets/dockerfile/user-names.js';
import { builtImageUser, type ImageUser } from '../targets/image-user.js';
import type { YamlNode } from '../targets/yaml/yaml-node.js';
import { imageFacts } from './image-facts.js';
import type { AdminUser, ImageFacts, WorkloadOs } from './workload-model.js';

/** A Compose service with its facts. */
export interface ServiceModel extends ComposeService {
  os: { os: WorkloadOs; evidence: string };
  imageFacts?: ImageFacts;
  /** The default user of what it runs: the repository Dockerfile its `build` names, else its `image`'s. */
  imageUser?: ImageUser;
  /** Its `user:`. */
  user?: { value: string; node: YamlNode };
  /** Its user when root (Linux) or admin-equivalent (Windows): `user:`, else the image's known default. */
  admin?: AdminUser;
  /** SARIF result properties for this service's findings: `serviceOs`, `serviceOsEvidence`. */
  properties: FindingProperties;
}

/** The facts of a Compose file. */
export interface ComposeModel {
  readonly services: readonly ServiceModel[];
}

/** The facts of every service of a Compose file at `file`, computed on first use and then kept. */
export function composeModel(
  document: ComposeDocument,
  file: string,
  repository: RepositoryFacts
): ComposeModel {
  let services: ServiceModel[] | undefined;
  return {
    get services() {
      services ??= document.services.map(service => serviceModel(service, file, repository));
      return services;
    }
  };
}

function serviceModel(service: ComposeService, file: string, repository: RepositoryFacts): ServiceModel {
  // Interpolated as Compose does: `${IMAGE:-nginx:1.27}` is judged by its default (RULES.md 5xx).
  const image = imageFacts(serviceText(service, 'image')?.value, repository);
  const dockerfile = composeBuildPaths(file, service.node.get('build'), service.name)?.dockerfile;
  // `build.target` stops at that stage: its user, not the final stage's, is the image's.
  const target = service.node.get('build')?.get('target')?.text;
  const built = dockerfile ? repository.dockerfileImages.get(buildTargetKey(dockerfile, target)) : undefined;
  // With `build:`, the image is what that Dockerfile makes; `image:` is only the tag it gets.
  const imageUser = dockerfile ? (built ? builtImageUser(built) : image?.user) : image?.user;
  const os = serviceOs(service, image, imageUser);
  const user = serviceText(service, 'user');
  return {
    ...service,
    os,
    imageFacts: image,
    imageUser,
    user,
    admin: serviceAdmin(os.os, user?.value, imageUser),
    properties: { serviceOs: os.os, serviceOsEvidence: os.evidence }
  };
}

/**
 * An explicit `platform: windows[/…]` or `linux[/…]` wins (like a pod's `os.name`); else `isolation:
 * process`/`hyperv`, which only Windows accepts (`default` is valid on Linux too:
 * https://docs.docker.com/reference/compose-file/services/#isolation); else its image (a Windows image
 * by name, or the repository Dockerfile that builds it).
 */
function serviceOs(
  service: ComposeService,
  image: ImageFacts | undefined,
  user: ImageUser | undefined
): ServiceModel['os'] {
  const platform = serviceText(service, 'platform')?.value.toLowerCase();
  if (platform?.startsWith('windows')) return { os: 'windows', evidence: `platform: ${platform}` };
  if (platform?.startsWith('linux')) return { os: 'linux', evidence: `platform: ${platform}` };
  const isolation = serviceText(service, 'isolation')?.value.toLowerCase();
  if (isolation === 'process' || isolation === 'hyperv')
    return { os: 'windows', evidence: `isolation: ${isolation}` };
  if (image?.windowsByName) return { os: 'windows', evidence: `image '${image.text}' is a Windows image` };
  if (user?.os === 'windows' || user?.os === 'linux')
    return {
      os: user.os,
      evidence:
        user.source === 'dockerfile'
          ? `the repository Dockerfile that builds it makes a ${user.os} image`
          : `its image is a known ${user.os} image`
    };
  return { os: 'unknown', evidence: 'nothing tells its OS' };
}

function serviceAdmin(
  os: WorkloadOs,
  user: string | undefined,
  image: ImageUser | undefined
): AdminUser | undefined {
  if (user !== undefined) {
    const admin = os === 'windows' ? isWindowsAdmin(user) : isLinuxRoot(user);
    return admin ? { user, reason: "set by 'user'" } : undefined;
  }
  if (!image) return undefined;
  const admin = image.os === 'windows' ? isWindowsAdmin(image.user) : isLinuxRoot(image.user);
  return admin ? { user: image.user, reason: image.reason, related: image.related } : undefined;
}
