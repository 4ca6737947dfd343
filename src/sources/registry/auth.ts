/**
 * Registry authentication (distribution `docs/spec/auth/token.md`, `oauth.md`): answers a 401's
 * `WWW-Authenticate` challenge with Basic credentials or a Bearer token fetched from the realm,
 * caching tokens per realm, service and scope.
 */
import { readLimited } from './digest.js';
import { RegistryError } from './errors.js';
import type { CredentialLookup, RegistryCredential } from './credentials.js';
import type { Transport } from './transport.js';

export interface Challenge {
  /** Lower case: `basic`, `bearer`. */
  scheme: string;
  params: Record<string, string>;
}

const TOKEN_CHARS = /[!#$%&'*+.^_`|~0-9A-Za-z-]/;
const MAX_TOKEN_RESPONSE_BYTES = 1024 * 1024;
const DEFAULT_TOKEN_SECONDS = 60;
const CLIENT_ID = 'bulkhead';

/**
 * Parses a `WWW-Authenticate` value (RFC 9110 §11.6.1), which may hold several challenges:
 * `Bearer realm="https://auth.example/token",service="registry",scope="repository:a/b:pull"`.
 */
export function parseWwwAuthenticate(header: string): Challenge[] {
  const challenges: Challenge[] = [];
  let position = 0;
  const skip = (pattern: RegExp) => {
    while (position < header.length && pattern.test(header[position]!)) position++;
  };
  const token = (): string => {
    const start = position;
    while (position < header.length && TOKEN_CHARS.test(header[position]!)) position++;
    return header.slice(start, position);
  };
  while (position < header.length) {
    skip(/[\s,]/);
    const scheme = token();
    if (scheme === '') {
      position++;
      continue;
    }
    const challenge: Challenge = { scheme: scheme.toLowerCase(), params: {} };
    challenges.push(challenge);
    for (;;) {
      const start = position;
      skip(/[\s,]/);
      const name = token();
      skip(/\s/);
      if (name === '' || header[position] !== '=') {
        // Not `name=`: the next challenge's scheme starts here.
        position = name === '' ? position : start;
        break;
      }
      position++;
      skip(/\s/);
      let value = '';
      if (header[position] === '"') {
        position++;
        while (position < header.length && header[position] !== '"') {
          if (header[position] === '\\') position++;
          value += header[position] ?? '';
          position++;
        }
        position++;
      } else {
        // Lenient: registries write URLs unquoted although `:` and `/` are not token characters.
        const valueStart = position;
        while (position < header.length && !/[\s,]/.test(header[position]!)) position++;
        value = header.slice(valueStart, position);
      }
      challenge.params[name.toLowerCase()] = value;
    }
  }
  return challenges;
}

interface CachedToken {
  authorization: string;
  expiresAt: number;
}

/** Authentication state for one repository on one registry. */
export class RegistryAuth {
  private readonly tokens = new Map<string, CachedToken>();
  private lookup: Promise<CredentialLookup> | undefined;
  private current: string | undefined;

  constructor(
    private readonly transport: Transport,
    /** `host[:port]` for messages. */
    private readonly registry: string,
    private readonly repository: string,
    private readonly findCredentials: () => Promise<CredentialLookup>,
    private readonly note: (line: string) => void,
    private readonly now: () => number = Date.now
  ) {}

  /** The `Authorization` value to send with the next registry request, once one is known. */
  authorization(): string | undefined {
    return this.current;
  }

  /**
   * Handles a 401: works out a new `Authorization` from the challenge and the credentials.
   * `attempt` counts the 401s for the same request (1 = the first): a second one means what we
   * sent was refused, so the error names the credential source. `sent` is the `Authorization`
   * the refused request carried.
   */
  async respond(
    wwwAuthenticate: string | undefined,
    attempt: number,
    sent: string | undefined
  ): Promise<string> {
    const lookup = await this.credentials();
    if (attempt > 1) {
      throw this.unauthorized(
        lookup,
        lookup.credential === undefined ? 'requires authentication' : 'rejected the credentials'
      );
    }
    // What we sent was refused (an expired token): never offer it again.
    for (const [key, cached] of this.tokens) if (cached.authorization === sent) this.tokens.delete(key);
    const challenges = parseWwwAuthenticate(wwwAuthenticate ?? '');
    const bearer = challenges.find(challenge => challenge.scheme === 'bearer');
    const basic = challenges.find(challenge => challenge.scheme === 'basic');
    if (bearer !== undefined) {
      this.current = await this.bearerToken(bearer, lookup);
    } else if (basic !== undefined) {
      const credential = lookup.credential;
      if (credential === undefined) throw this.unauthorized(lookup, 'requires authentication');
      if (credential.kind !== 'basic') {
        throw this.unauthorized(
          lookup,
          `asks for a username and password (Basic), but ${credential.source} holds a token`
        );
      }
      this.current = basicAuthorization(credential);
    } else {
      throw new RegistryError(
        'unauthorized',
        `registry ${this.registry}: answered 401 without a Basic or Bearer challenge (WWW-Authenticate: ${wwwAuthenticate === undefined ? 'missing' : 'unsupported scheme'})`,
        401
      );
    }
    return this.current;
  }

  /** An error for 401/403 naming where credentials were looked for, never their values. */
  unauthorized(lookup: CredentialLookup, what: string, status = 401, registryMessage = ''): RegistryError {
    const sources =
      lookup.credential === undefined
        ? `no credentials were found (looked at ${lookup.tried.join(', ')}); set BULKHEAD_REGISTRY_USERNAME and BULKHEAD_REGISTRY_PASSWORD or run docker login`
        : `credentials from ${lookup.credential.source} were used`;
    return new RegistryError(
      status === 403 ? 'denied' : 'unauthorized',
      `registry ${this.registry} ${what} for ${this.repository} (${status}${registryMessage}): ${sources}`,
      status
    );
  }

  credentials(): Promise<CredentialLookup> {
    if (this.lookup === undefined) {
      this.lookup = this.findCredentials().then(lookup => {
        for (const line of lookup.notes) this.note(line);
        return lookup;
      });
    }
    return this.lookup;
  }

  private async bearerToken(challenge: Challenge, lookup: CredentialLookup): Promise<string> {
    const realm = challenge.params.realm;
    let realmUrl: URL;
    try {
      realmUrl = new URL(realm ?? '');
      if (realmUrl.protocol !== 'https:' && realmUrl.protocol !== 'http:') throw new Error('scheme');
    } catch {
      throw new RegistryError(
        'invalid-response',
        `registry ${this.registry}: Bearer challenge without a usable realm URL`,
        401
      );
    }
    const service = challenge.params.service;
    const scope = challenge.params.scope ?? `repository:${this.repository}:pull`;
    const key = `${realmUrl.href} ${service ?? ''} ${scope}`;
    const cached = this.tokens.get(key);
    if (cached !== undefined && cached.expiresAt > this.now()) return cached.authorization;

    const credential = lookup.credential;
    if (
      credential !== undefined &&
      realmUrl.protocol === 'http:' &&
      !this.transport.isInsecure(realmUrl.host)
    ) {
      throw new RegistryError(
        'unauthorized',
        `registry ${this.registry}: the token service ${realmUrl.host} is plain HTTP; credentials are not sent there`,
        401
      );
    }
    let token: { token: string; expiresIn: number };
    if (credential?.kind === 'registry-token') {
      token = { token: credential.token, expiresIn: Number.POSITIVE_INFINITY };
    } else if (credential?.kind === 'identity-token' || credential?.kind === 'token') {
      const refreshed = await this.refreshTokenGrant(realmUrl, service, scope, credential, lookup);
      token = refreshed ?? { token: credential.token, expiresIn: Number.POSITIVE_INFINITY };
    } else {
      token = await this.getToken(realmUrl, service, scope, credential, lookup);
    }
    const authorization = `Bearer ${token.token}`;
    this.tokens.set(key, { authorization, expiresAt: this.now() + Math.max(token.expiresIn - 10, 1) * 1000 });
    return authorization;
  }

  /** `GET realm?service=…&scope=…`, with Basic credentials when we have them (token.md). */
  private async getToken(
    realm: URL,
    service: string | undefined,
    scope: string,
    credential: Extract<RegistryCredential, { kind: 'basic' }> | undefined,
    lookup: CredentialLookup
  ): Promise<{ token: string; expiresIn: number }> {
    const url = new URL(realm.href);
    if (service !== undefined) url.searchParams.set('service', service);
    url.searchParams.append('scope', scope);
    const request = {
      url,
      ...(credential === undefined ? {} : { authorization: basicAuthorization(credential) })
    };
    const response = await this.transport.request(request);
    const body = await readLimited(
      response.body,
      MAX_TOKEN_RESPONSE_BYTES,
      `token response from ${realm.host}`
    );
    if (response.status === 401 || response.status === 403) {
      throw this.unauthorized(lookup, `token service ${realm.host} refused a token`, response.status);
    }
    if (response.status !== 200) {
      throw new RegistryError(
        response.status >= 500 ? 'server' : 'invalid-response',
        `registry ${this.registry}: token service ${realm.host} answered ${response.status}`,
        response.status
      );
    }
    return parseTokenResponse(body, realm.host);
  }

  /**
   * The OAuth2 refresh-token grant (distribution `docs/spec/auth/oauth.md`): `POST realm` with
   * `grant_type=refresh_token`. Undefined when the realm does not do OAuth (then a
   * `BULKHEAD_REGISTRY_TOKEN` is sent as the bearer token itself).
   */
  private async refreshTokenGrant(
    realm: URL,
    service: string | undefined,
    scope: string,
    credential: Extract<RegistryCredential, { kind: 'identity-token' | 'token' }>,
    lookup: CredentialLookup
  ): Promise<{ token: string; expiresIn: number } | undefined> {
    const form = new URLSearchParams({
      grant_type: 'refresh_token',
      refresh_token: credential.token,
      client_id: CLIENT_ID
    });
    if (service !== undefined) form.set('service', service);
    form.set('scope', scope);
    const response = await this.transport.request({
      url: realm,
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: form.toString()
    });
    const body = await readLimited(
      response.body,
      MAX_TOKEN_RESPONSE_BYTES,
      `token response from ${realm.host}`
    );
    if (response.status === 200) return parseTokenResponse(body, realm.host);
    if (credential.kind === 'token' && response.status >= 400 && response.status < 500) return undefined;
    if (response.status === 400 || response.status === 401 || response.status === 403) {
      throw this.unauthorized(
        lookup,
        `token service ${realm.host} refused the refresh token`,
        response.status
      );
    }
    throw new RegistryError(
      response.status >= 500 ? 'server' : 'invalid-response',
      `registry ${this.registry}: token service ${realm.host} answered ${response.status}`,
      response.status
    );
  }
}

function basicAuthorization(credential: { username: string; password: string }): string {
  return `Basic ${Buffer.from(`${credential.username}:${credential.password}`, 'utf8').toString('base64')}`;
}

/** `{token}` or `{access_token}` (both allowed by token.md), with `expires_in` seconds. */
function parseTokenResponse(body: Buffer, host: string): { token: string; expiresIn: number } {
  let parsed: { token?: unknown; access_token?: unknown; expires_in?: unknown };
  try {
    parsed = JSON.parse(body.toString('utf8')) as typeof parsed;
  } catch {
    throw new RegistryError('invalid-response', `token service ${host}: the answer is not JSON`);
  }
  const token =
    typeof parsed.token === 'string' && parsed.token !== ''
      ? parsed.token
      : typeof parsed.access_token === 'string' && parsed.access_token !== ''
        ? parsed.access_token
        : undefined;
  if (token === undefined)
    throw new RegistryError('invalid-response', `token service ${host}: the answer has no token`);
  const expiresIn =
    typeof parsed.expires_in === 'number' && parsed.expires_in > 0
      ? parsed.expires_in
      : DEFAULT_TOKEN_SECONDS;
  return { token, expiresIn };
}
