import { equalJitter } from '../../core/jitter.js';
/**
 * HTTP(S) for the registry client: certificate verification always on (except for hosts the user
 * marked insecure), Docker's certs.d roots, timeouts, redirects (the Authorization header never
 * leaves the host it was meant for) and retries with backoff on 5xx, network errors and 429.
 * Two timeouts: the socket's idle timeout (connecting, and any silence while sending or reading,
 * so a slow but moving layer download is fine) and a deadline for the response headers (a server
 * that trickles bytes without ever answering cannot hold the pull).
 */
import http, { type IncomingHttpHeaders, type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';
import https from 'node:https';
import { createSecureContext, type SecureContext } from 'node:tls';
import { PRODUCT_NAME, PRODUCT_VERSION } from '../../core/product.js';
import { RegistryError } from './errors.js';
import { loadTlsTrust } from './tls-trust.js';

export interface TransportSettings {
  /** Docker-style `certs.d` directory (`<dir>/<host[:port]>/*.crt`). */
  certsDir: string;
  /** `host[:port]` (lower case) where TLS is not verified and plain HTTP is tried after HTTPS. */
  insecureHosts: ReadonlySet<string>;
  /** Connect and idle timeout per request. */
  timeoutMs: number;
  /** From sending the request to the response headers (default: twice `timeoutMs`). */
  responseTimeoutMs?: number;
  /** The longest `Retry-After` a 429 may ask for and still be retried (default 60 s). */
  maxRetryAfterMs?: number;
  /** Tries per request when the server answers 5xx or 429, or the network fails (not on other 4xx). */
  attempts: number;
  /** First backoff delay; doubles per retry, then jittered down to half of it. */
  backoffMs: number;
  sleep: (ms: number) => Promise<void>;
  /** Random number in [0, 1) for the jitter (default `Math.random`). */
  random?: () => number;
  /** `NODE_EXTRA_CA_CERTS`, kept when certs.d roots replace Node's default CA list. */
  extraCaFile?: string;
  note: (line: string) => void;
}

export interface TransportRequest {
  url: URL;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** The `Authorization` value: sent to `url`'s host only, dropped when a redirect leaves it. */
  authorization?: string;
}

export interface TransportResponse {
  status: number;
  headers: IncomingHttpHeaders;
  /** Where the answer came from, after redirects and an insecure registry's HTTP fallback. */
  url: URL;
  /** The unread body; the caller consumes or destroys it. */
  body: IncomingMessage;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const DEFAULT_MAX_RETRY_AFTER_MS = 60_000;
const MAX_REDIRECTS = 10;
const USER_AGENT = `${PRODUCT_NAME}/${PRODUCT_VERSION}`;

/** Verification failures: the chain or the name does not check out. */
const CERTIFICATE_CODES = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_UNTRUSTED',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_SIGNATURE_FAILURE',
  'CERT_REVOKED',
  'CERT_REJECTED',
  'INVALID_CA',
  'ERR_TLS_CERT_ALTNAME_INVALID'
]);
/** Network failures worth another try (a name that does not resolve is not). */
const RETRYABLE_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'ERR_STREAM_PREMATURE_CLOSE'
]);

export class Transport {
  private readonly contexts = new Map<string, Promise<SecureContext | undefined>>();
  private readonly plainHttpHosts = new Set<string>();
  private readonly httpsAgent = new https.Agent({ keepAlive: true });
  private readonly httpAgent = new http.Agent({ keepAlive: true });

  constructor(private readonly settings: TransportSettings) {}

  isInsecure(host: string): boolean {
    return this.settings.insecureHosts.has(host.toLowerCase());
  }

  /**
   * Sends the request, following redirects, and retries 5xx answers and network failures. The
   * last 5xx answer is returned (the caller reports it); network failures become RegistryErrors.
   */
  async request(request: TransportRequest): Promise<TransportResponse> {
    for (let attempt = 1; ; attempt++) {
      let response: TransportResponse;
      try {
        response = await this.follow(request);
      } catch (error) {
        const described = describeNetworkError(error, request.url, this.settings);
        if (!described.retryable || attempt >= this.settings.attempts) throw described;
        await this.settings.sleep(this.backoff(attempt));
        continue;
      }
      const wait = this.retryWait(response, attempt);
      if (wait === undefined) return response;
      response.body.resume();
      await this.settings.sleep(wait);
    }
  }

  /**
   * Exponential backoff with jitter between half and all of the delay, so many scans pulling from one
   * registry after the same outage do not all retry at the same instant.
   */
  private backoff(attempt: number): number {
    return equalJitter(this.settings.backoffMs * 2 ** (attempt - 1), this.settings.random ?? Math.random);
  }

  /**
   * How long to wait before trying `response`'s request again, or `undefined` to hand it to the
   * caller: 5xx back off; a 429 waits what `Retry-After` asks (seconds or an HTTP date) when that is
   * within the cap, else the caller reports "too many requests".
   */
  private retryWait(response: TransportResponse, attempt: number): number | undefined {
    if (attempt >= this.settings.attempts) return undefined;
    if (response.status >= 500) return this.backoff(attempt);
    if (response.status !== 429) return undefined;
    const asked = retryAfterMs(response.headers['retry-after'], Date.now());
    if (asked === undefined) return this.backoff(attempt);
    return asked <= (this.settings.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS) ? asked : undefined;
  }

  async close(): Promise<void> {
    this.httpsAgent.destroy();
    this.httpAgent.destroy();
  }

  private async follow(request: TransportRequest): Promise<TransportResponse> {
    let url = request.url;
    let method = request.method ?? 'GET';
    let body = request.body;
    let authorization = request.authorization;
    for (let hop = 0; ; hop++) {
      const headers: OutgoingHttpHeaders = { ...request.headers, 'User-Agent': USER_AGENT };
      if (authorization !== undefined) headers.Authorization = authorization;
      const response = await this.exchange(url, method, headers, body);
      const location = response.headers.location;
      if (!REDIRECT_STATUSES.has(response.status) || location === undefined) return response;
      response.body.resume();
      if (hop >= MAX_REDIRECTS) {
        throw new RegistryError(
          'invalid-response',
          `registry ${url.host}: more than ${MAX_REDIRECTS} redirects`
        );
      }
      const next = new URL(location, response.url);
      if (next.protocol !== 'https:' && next.protocol !== 'http:') {
        throw new RegistryError(
          'invalid-response',
          `registry ${url.host}: redirect to an unsupported URL scheme (${next.protocol})`
        );
      }
      if (response.url.protocol === 'https:' && next.protocol === 'http:' && !this.isInsecure(next.host)) {
        throw new RegistryError(
          'tls',
          `registry ${url.host}: refusing a redirect from HTTPS to plain HTTP (${next.host})`
        );
      }
      // Credentials are for the registry: blob storage behind a redirect (S3, a CDN) gets none.
      if (next.host !== request.url.host) authorization = undefined;
      if (
        response.status === 303 ||
        ((response.status === 301 || response.status === 302) && method === 'POST')
      ) {
        method = 'GET';
        body = undefined;
      }
      url = next;
    }
  }

  /** One request; for an insecure host, HTTPS without verification first, then plain HTTP. */
  private async exchange(
    url: URL,
    method: string,
    headers: OutgoingHttpHeaders,
    body: string | undefined
  ): Promise<TransportResponse> {
    const insecure = this.isInsecure(url.host);
    if (insecure && url.protocol === 'https:' && this.plainHttpHosts.has(url.host)) {
      return this.send(withProtocol(url, 'http:'), method, headers, body, insecure);
    }
    try {
      return await this.send(url, method, headers, body, insecure);
    } catch (error) {
      if (!insecure || url.protocol !== 'https:') throw error;
      let response: TransportResponse;
      try {
        response = await this.send(withProtocol(url, 'http:'), method, headers, body, insecure);
      } catch {
        throw error;
      }
      this.plainHttpHosts.add(url.host);
      this.settings.note(`${url.host}: HTTPS failed, using plain HTTP (insecure registry)`);
      return response;
    }
  }

  private async send(
    url: URL,
    method: string,
    headers: OutgoingHttpHeaders,
    body: string | undefined,
    insecure: boolean
  ): Promise<TransportResponse> {
    const secure = url.protocol === 'https:';
    const options: https.RequestOptions = {
      method,
      headers: body === undefined ? headers : { ...headers, 'Content-Length': Buffer.byteLength(body) },
      timeout: this.settings.timeoutMs,
      agent: secure ? this.httpsAgent : this.httpAgent
    };
    if (secure && insecure) {
      options.rejectUnauthorized = false;
    } else if (secure) {
      const secureContext = await this.secureContext(url.host);
      // Passed through to tls.connect (https.RequestOptions does not declare it).
      if (secureContext !== undefined) Object.assign(options, { secureContext });
    }
    const idle = this.settings.timeoutMs;
    const deadline = this.settings.responseTimeoutMs ?? 2 * idle;
    return new Promise<TransportResponse>((resolve, reject) => {
      let response: IncomingMessage | undefined;
      const request = (secure ? https : http).request(url, options, incoming => {
        clearTimeout(timer);
        response = incoming;
        resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, url, body: incoming });
      });
      const timedOut = (what: string) =>
        new RegistryError('timeout', `registry ${url.host}: ${what}`, undefined, true);
      // Headers must arrive by the deadline, however the server spaces its bytes.
      const timer = setTimeout(
        () => request.destroy(timedOut(`no response within ${formatMs(deadline)}`)),
        deadline
      );
      request.on('close', () => clearTimeout(timer));
      request.on('timeout', () => {
        const error = timedOut(`no answer within ${formatMs(idle)}`);
        if (response === undefined) request.destroy(error);
        else response.destroy(error);
      });
      // Named after the host that failed, which after a redirect is not the registry's.
      request.on('error', error => reject(describeNetworkError(error, url, this.settings)));
      request.end(body);
    });
  }

  private secureContext(host: string): Promise<SecureContext | undefined> {
    let context = this.contexts.get(host);
    if (context === undefined) {
      context = loadTlsTrust(
        host,
        this.settings.certsDir,
        this.settings.extraCaFile,
        this.settings.note
      ).then(trust =>
        trust.ca === undefined && trust.cert === undefined ? undefined : createSecureContext(trust)
      );
      this.contexts.set(host, context);
    }
    return context;
  }
}

function formatMs(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

/** `Retry-After` (RFC 9110 §10.2.3): delta-seconds or an HTTP date; `undefined` when absent or bad. */
export function retryAfterMs(value: string | string[] | undefined, now: number): number | undefined {
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function withProtocol(url: URL, protocol: 'http:' | 'https:'): URL {
  const copy = new URL(url.href);
  copy.protocol = protocol;
  return copy;
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** A network-level failure as a RegistryError whose message says what to do about it. */
export function describeNetworkError(
  error: unknown,
  url: URL,
  settings: Pick<TransportSettings, 'certsDir'>
): RegistryError {
  if (error instanceof RegistryError) return error;
  const host = url.host;
  const code = errorCode(error) ?? '';
  const detail = error instanceof Error ? error.message : String(error);
  if (CERTIFICATE_CODES.has(code)) {
    return new RegistryError(
      'certificate',
      `registry ${host}: TLS certificate not trusted (${detail}). Provide the registry's CA certificate as ` +
        `${settings.certsDir}/${host}/ca.crt (Docker's certs.d layout; BULKHEAD_REGISTRY_CERTS_DIR selects ` +
        `another directory) or in a file named by NODE_EXTRA_CA_CERTS; or, at your own risk, skip verification ` +
        `with --insecure-registry ${host}`
    );
  }
  if (code.startsWith('ERR_SSL_') || code === 'EPROTO') {
    return new RegistryError(
      'tls',
      `registry ${host}: TLS handshake failed (${detail}). If the registry only speaks plain HTTP, ` +
        `--insecure-registry ${host} allows it, at your own risk`
    );
  }
  return new RegistryError(
    'network',
    `registry ${host}: cannot connect (${code || detail})`,
    undefined,
    RETRYABLE_CODES.has(code)
  );
}
