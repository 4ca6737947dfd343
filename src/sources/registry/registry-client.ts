/**
 * The distribution API calls for one repository (OCI distribution-spec `spec.md`): manifests by
 * tag or digest, blobs by digest, each behind the registry's authentication and verified against
 * its digest.
 */
import type { Descriptor } from '../../targets/image/model.js';
import type { RegistryAuth } from './auth.js';
import { digestAlgorithm, digestOf, readLimited, tooLarge, verifyContent } from './digest.js';
import { RegistryError } from './errors.js';
import type { RegistryReference } from './reference.js';
import type { Transport, TransportResponse } from './transport.js';

export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
export const DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
export const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
const DOCKER_SCHEMA1 = new Set([
  'application/vnd.docker.distribution.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v1+prettyjws'
]);
/** Media types fetched from `/manifests/` rather than `/blobs/`. */
export const MANIFEST_MEDIA_TYPES = new Set([OCI_INDEX, OCI_MANIFEST, DOCKER_MANIFEST_LIST, DOCKER_MANIFEST]);
const ACCEPT = [OCI_INDEX, OCI_MANIFEST, DOCKER_MANIFEST_LIST, DOCKER_MANIFEST].join(', ');
const MAX_ERROR_BODY_BYTES = 64 * 1024;

export interface FetchedManifest {
  descriptor: Descriptor;
  body: Buffer;
}

export class RegistryClient {
  constructor(
    private readonly transport: Transport,
    private readonly auth: RegistryAuth,
    readonly reference: RegistryReference
  ) {}

  /** `GET /v2/<repository>/<path>`, answering the registry's 401 challenges. */
  async get(path: string, headers: Record<string, string> = {}): Promise<TransportResponse> {
    const url = new URL(`https://${this.reference.apiHost}/v2/${this.reference.repository}/${path}`);
    for (let attempt = 1; ; attempt++) {
      const authorization = this.auth.authorization();
      const response = await this.transport.request({
        url,
        headers,
        ...(authorization === undefined ? {} : { authorization })
      });
      if (response.status !== 401) return response;
      response.body.resume();
      await this.auth.respond(header(response.headers['www-authenticate']), attempt, authorization);
    }
  }

  /** The manifest or index `reference` (a tag or a digest) names, with its descriptor. */
  async fetchManifest(reference: string, maxBytes: number): Promise<FetchedManifest> {
    const what = `manifest ${this.reference.repository}${reference.includes(':') ? '@' : ':'}${reference}`;
    const response = await this.get(`manifests/${reference}`, { Accept: ACCEPT });
    if (response.status < 200 || response.status > 299) throw await this.failure(response, what);
    const declared = Number(response.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes) {
      response.body.destroy();
      throw tooLarge(`registry ${this.reference.registry}: ${what}`, maxBytes);
    }
    const body = await readLimited(response.body, maxBytes, `registry ${this.reference.registry}: ${what}`);
    const mediaType = this.manifestMediaType(header(response.headers['content-type']), body, what);

    let digest: string;
    const dockerDigest = header(response.headers['docker-content-digest']);
    const where = `registry ${this.reference.registry}: ${what}`;
    if (digestAlgorithm(reference) !== undefined) {
      verifyContent(body, reference, undefined, where);
      digest = reference;
    } else if (dockerDigest !== undefined && digestAlgorithm(dockerDigest) !== undefined) {
      verifyContent(body, dockerDigest, undefined, `${where} (Docker-Content-Digest)`);
      digest = dockerDigest;
    } else {
      digest = digestOf(body);
    }
    return { descriptor: { mediaType, digest, size: body.length }, body };
  }

  /** A manifest (by digest) or a blob such as the config, verified against the descriptor. */
  async fetchBlob(descriptor: Descriptor, maxBytes: number): Promise<Buffer> {
    const where = `registry ${this.reference.registry}: blob ${descriptor.digest}`;
    if (descriptor.size !== undefined && descriptor.size > maxBytes) throw tooLarge(where, maxBytes);
    if (digestAlgorithm(descriptor.digest) === undefined) {
      throw new RegistryError(
        'unsupported',
        `${where}: cannot verify this digest (sha256 and sha512 are supported)`
      );
    }
    const manifest = MANIFEST_MEDIA_TYPES.has(descriptor.mediaType);
    const response = manifest
      ? await this.get(`manifests/${descriptor.digest}`, { Accept: ACCEPT })
      : await this.get(`blobs/${descriptor.digest}`);
    if (response.status < 200 || response.status > 299) {
      throw await this.failure(response, `${manifest ? 'manifest' : 'blob'} ${descriptor.digest}`);
    }
    const body = await readLimited(response.body, maxBytes, where);
    verifyContent(body, descriptor.digest, descriptor.size, where);
    return body;
  }

  /** `GET /blobs/<digest>` (redirects to blob storage followed); the caller reads or destroys the body. */
  openBlob(digest: string): Promise<TransportResponse> {
    return this.get(`blobs/${digest}`);
  }

  /** The error for a non-2xx answer, with the registry's own error code when it sent one. */
  async failure(response: TransportResponse, what: string): Promise<RegistryError> {
    const status = response.status;
    const body = await readLimited(response.body, MAX_ERROR_BODY_BYTES, 'error body').catch(() =>
      Buffer.alloc(0)
    );
    const registryError = describeErrorBody(body);
    const registry = this.reference.registry;
    if (status === 403) {
      const lookup = await this.auth.credentials();
      return this.auth.unauthorized(lookup, 'denied access', 403, registryError);
    }
    if (status === 404) {
      return new RegistryError(
        'not-found',
        `registry ${registry}: ${what} not found (404${registryError || ' manifest unknown'})`,
        404
      );
    }
    if (status === 429) {
      return new RegistryError(
        'server',
        `registry ${registry}: too many requests for ${what} (429${registryError}); try again later`,
        429
      );
    }
    return new RegistryError(
      status >= 500 ? 'server' : 'invalid-response',
      `registry ${registry}: ${what} answered ${status}${registryError ? ` (${registryError.trim()})` : ''}`,
      status
    );
  }

  private manifestMediaType(contentType: string | undefined, body: Buffer, what: string): string {
    const declared = contentType?.split(';')[0]?.trim().toLowerCase();
    let parsed: { schemaVersion?: unknown; mediaType?: unknown; manifests?: unknown; config?: unknown } = {};
    try {
      const value: unknown = JSON.parse(body.toString('utf8'));
      if (value !== null && typeof value === 'object') parsed = value as typeof parsed;
    } catch {
      throw new RegistryError('invalid-response', `registry ${this.reference.registry}: ${what} is not JSON`);
    }
    if ((declared !== undefined && DOCKER_SCHEMA1.has(declared)) || parsed.schemaVersion === 1) {
      throw new RegistryError(
        'unsupported',
        `registry ${this.reference.registry}: ${what} is a Docker image manifest schema 1, which Bulkhead does not read ` +
          '(deprecated and disabled in current Docker); copy the image again with a current Docker, skopeo or crane ' +
          'to convert it to schema 2 or OCI'
      );
    }
    if (
      declared !== undefined &&
      (MANIFEST_MEDIA_TYPES.has(declared) || declared.startsWith('application/vnd.'))
    ) {
      return declared;
    }
    if (typeof parsed.mediaType === 'string' && parsed.mediaType !== '') return parsed.mediaType;
    if (Array.isArray(parsed.manifests)) return OCI_INDEX;
    if (parsed.config !== undefined) return OCI_MANIFEST;
    throw new RegistryError(
      'invalid-response',
      `registry ${this.reference.registry}: ${what} is neither an image index nor a manifest (Content-Type ${declared ?? 'missing'})`
    );
  }
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}

/** `: CODE: message` from a distribution error body (`{"errors":[{code,message}]}`), or ''. */
function describeErrorBody(body: Buffer): string {
  try {
    const parsed = JSON.parse(body.toString('utf8')) as { errors?: { code?: unknown; message?: unknown }[] };
    const first = parsed.errors?.[0];
    if (first === undefined) return '';
    const code = typeof first.code === 'string' ? first.code : '';
    const message = typeof first.message === 'string' ? first.message : '';
    const text = [code, message]
      .filter(part => part !== '')
      .join(': ')
      // eslint-disable-next-line no-control-regex -- control characters from the server are not shown
      .replace(/[\u0000-\u001f\u007f]/g, ' ')
      .slice(0, 200);
    return text === '' ? '' : ` ${text}`;
  } catch {
    return '';
  }
}
