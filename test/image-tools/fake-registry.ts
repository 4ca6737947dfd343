/**
 * A small in-memory OCI distribution registry on 127.0.0.1 for unit tests of the registry client:
 * Basic or Bearer (token service on the same server) authentication, blob redirects to "blob
 * storage" on another host name (`localhost`), injected 5xx answers, corrupted blobs, stalls.
 * Every request is recorded, so tests can check exactly what the client sent.
 */
import { createHash } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { TestCertificates } from './certificates.js';

export interface FakeRegistryOptions {
  /** HTTPS with this server certificate; plain HTTP when absent. */
  certs?: TestCertificates;
  auth?: 'none' | 'basic' | 'bearer';
  username?: string;
  password?: string;
  /** Bearer: the token service also hands out tokens without credentials. */
  anonymous?: boolean;
  /** Bearer: the refresh token the token service accepts (`POST`, `grant_type=refresh_token`). */
  refreshToken?: string;
  /** Blobs are answered with 307 to `<scheme>://localhost:<port>/storage/<digest>`. */
  redirectBlobs?: boolean;
}

export interface RecordedRequest {
  method: string;
  /** The Host header: `127.0.0.1:<port>` or `localhost:<port>` after a redirect. */
  host: string;
  path: string;
  authorization?: string;
  accept?: string;
  body?: string;
}

export interface StoredManifest {
  mediaType: string;
  body: Buffer;
}

export interface BlobRef {
  digest: string;
  size: number;
}

function sha256(data: Buffer): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`;
}

export class FakeRegistry {
  readonly requests: RecordedRequest[] = [];
  /** `repository@reference` (a tag or a digest) → manifest. */
  readonly manifests = new Map<string, StoredManifest>();
  readonly blobs = new Map<string, Buffer>();
  /** Statuses to answer the next requests to `/v2/…` with, one each, before serving normally. */
  readonly failures: number[] = [];
  /** Digests served with one byte flipped. */
  readonly corrupt = new Set<string>();
  /** Paths that never get an answer (to exercise timeouts). */
  readonly stalled = new Set<string>();
  /** Send `Docker-Content-Digest` with manifests. */
  sendDigestHeader = true;
  /** Override the manifest Content-Type (e.g. `application/json`, or undefined to omit it). */
  contentTypeOverride: string | null | undefined = null;
  readonly issuedTokens = new Set<string>();
  private server!: http.Server | https.Server;
  private port = 0;

  constructor(readonly options: FakeRegistryOptions = {}) {}

  get host(): string {
    return `127.0.0.1:${this.port}`;
  }

  get scheme(): 'http' | 'https' {
    return this.options.certs === undefined ? 'http' : 'https';
  }

  async start(): Promise<this> {
    const handler = (request: IncomingMessage, response: ServerResponse) =>
      void this.handle(request, response);
    const certs = this.options.certs;
    this.server =
      certs === undefined
        ? http.createServer(handler)
        : https.createServer({ cert: certs.certPem, key: certs.keyPem }, handler);
    await new Promise<void>(resolve => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>(resolve => this.server.close(() => resolve()));
  }

  addBlob(content: Buffer | string): BlobRef {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content);
    const digest = sha256(data);
    this.blobs.set(digest, data);
    return { digest, size: data.length };
  }

  /** Stores a manifest under its digest and, when given, a tag. */
  addManifest(
    repository: string,
    tag: string | undefined,
    mediaType: string,
    content: object | Buffer
  ): BlobRef {
    const body = Buffer.isBuffer(content) ? content : Buffer.from(JSON.stringify(content));
    const digest = sha256(body);
    this.manifests.set(`${repository}@${digest}`, { mediaType, body });
    if (tag !== undefined) this.manifests.set(`${repository}@${tag}`, { mediaType, body });
    return { digest, size: body.length };
  }

  /** Requests to `/v2/…` (not the token service, not blob storage). */
  registryRequests(): RecordedRequest[] {
    return this.requests.filter(request => request.path.startsWith('/v2/'));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const url = new URL(request.url ?? '/', `${this.scheme}://${request.headers.host ?? this.host}`);
    const recorded: RecordedRequest = {
      method: request.method ?? 'GET',
      host: request.headers.host ?? '',
      path: url.pathname
    };
    if (request.headers.authorization !== undefined) recorded.authorization = request.headers.authorization;
    if (request.headers.accept !== undefined) recorded.accept = request.headers.accept;
    if (chunks.length > 0) recorded.body = Buffer.concat(chunks).toString('utf8');
    this.requests.push(recorded);

    if (this.stalled.has(url.pathname)) return;
    if (url.pathname === '/token') return this.token(request, url, recorded.body ?? '', response);
    if (url.pathname.startsWith('/storage/'))
      return this.sendBlob(url.pathname.slice('/storage/'.length), response);
    if (!url.pathname.startsWith('/v2/')) return this.error(response, 404, 'NOT_FOUND', 'not found');

    const failure = this.failures.shift();
    if (failure !== undefined) return this.error(response, failure, 'UNAVAILABLE', 'injected failure');
    if (!this.authorized(request, url, response)) return;
    if (url.pathname === '/v2/') {
      response.writeHead(200, { 'Content-Type': 'application/json' }).end('{}');
      return;
    }
    const match = /^\/v2\/(.+)\/(manifests|blobs)\/([^/]+)$/.exec(url.pathname);
    if (match === null)
      return this.error(response, 404, 'NAME_UNKNOWN', 'repository name not known to registry');
    const [, repository, kind, reference] = match as unknown as [string, string, string, string];
    if (kind === 'manifests') {
      const manifest = this.manifests.get(`${repository}@${reference}`);
      if (manifest === undefined) return this.error(response, 404, 'MANIFEST_UNKNOWN', 'manifest unknown');
      const headers: Record<string, string | number> = { 'Content-Length': manifest.body.length };
      const contentType = this.contentTypeOverride === null ? manifest.mediaType : this.contentTypeOverride;
      if (contentType !== undefined) headers['Content-Type'] = contentType;
      if (this.sendDigestHeader) headers['Docker-Content-Digest'] = sha256(manifest.body);
      response.writeHead(200, headers).end(manifest.body);
      return;
    }
    if (!this.blobs.has(reference))
      return this.error(response, 404, 'BLOB_UNKNOWN', 'blob unknown to registry');
    if (this.options.redirectBlobs) {
      const location = `${this.scheme}://localhost:${this.port}/storage/${reference}?X-Signature=presigned`;
      response.writeHead(307, { Location: location }).end();
      return;
    }
    this.sendBlob(reference, response);
  }

  private sendBlob(digest: string, response: ServerResponse): void {
    const blob = this.blobs.get(digest);
    if (blob === undefined) return this.error(response, 404, 'BLOB_UNKNOWN', 'blob unknown');
    let body = blob;
    if (this.corrupt.has(digest)) {
      body = Buffer.from(blob);
      body[0] = (body[0] ?? 0) ^ 0xff;
    }
    response
      .writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': body.length })
      .end(body);
  }

  private basicValue(): string {
    return `Basic ${Buffer.from(`${this.options.username ?? ''}:${this.options.password ?? ''}`).toString('base64')}`;
  }

  private authorized(request: IncomingMessage, url: URL, response: ServerResponse): boolean {
    const mode = this.options.auth ?? 'none';
    const authorization = request.headers.authorization;
    if (mode === 'none') return true;
    if (mode === 'basic') {
      if (authorization === this.basicValue()) return true;
      response.setHeader('WWW-Authenticate', 'Basic realm="fake-registry"');
      this.error(response, 401, 'UNAUTHORIZED', 'authentication required');
      return false;
    }
    if (authorization !== undefined && this.issuedTokens.has(authorization.replace(/^Bearer /, '')))
      return true;
    const repository = /^\/v2\/(.+)\/(?:manifests|blobs)\//.exec(url.pathname)?.[1];
    const scope = repository === undefined ? '' : `,scope="repository:${repository}:pull"`;
    response.setHeader(
      'WWW-Authenticate',
      `Bearer realm="${this.scheme}://${this.host}/token",service="fake-registry"${scope}`
    );
    this.error(response, 401, 'UNAUTHORIZED', 'authentication required');
    return false;
  }

  private token(request: IncomingMessage, url: URL, body: string, response: ServerResponse): void {
    const issue = (field: 'token' | 'access_token') => {
      const token = `fake-token-${this.issuedTokens.size + 1}`;
      this.issuedTokens.add(token);
      response
        .writeHead(200, { 'Content-Type': 'application/json' })
        .end(JSON.stringify({ [field]: token, expires_in: 300 }));
    };
    if (request.method === 'POST') {
      const form = new URLSearchParams(body);
      if (this.options.refreshToken === undefined)
        return this.error(response, 404, 'NOT_FOUND', 'no OAuth here');
      if (
        form.get('grant_type') === 'refresh_token' &&
        form.get('refresh_token') === this.options.refreshToken
      ) {
        return issue('access_token');
      }
      return this.error(response, 401, 'UNAUTHORIZED', 'invalid refresh token');
    }
    if (url.searchParams.get('service') !== 'fake-registry')
      return this.error(response, 400, 'BAD_REQUEST', 'service');
    const authorization = request.headers.authorization;
    if (authorization === undefined ? this.options.anonymous === true : authorization === this.basicValue()) {
      return issue('token');
    }
    this.error(response, 401, 'UNAUTHORIZED', 'bad credentials');
  }

  private error(response: ServerResponse, status: number, code: string, message: string): void {
    response
      .writeHead(status, { 'Content-Type': 'application/json' })
      .end(JSON.stringify({ errors: [{ code, message, detail: null }] }));
  }
}

/** Starts a FakeRegistry; `close()` it in `afterAll`. */
export function startFakeRegistry(options: FakeRegistryOptions = {}): Promise<FakeRegistry> {
  return new FakeRegistry(options).start();
}
