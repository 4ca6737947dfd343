import { ConfigurationError } from '../core/errors.js';
import type { RemoteConfigSource } from '../engine/config-source.js';
import { formatRemoteConfigSource } from '../engine/config-source.js';
import type { ReadRemoteConfig } from '../engine/load-config.js';
import { answerMessage, exchange, repoUrl, retryPolicy, type GitHubRepoOptions } from './github-api.js';

/** A config file is tiny; GitHub answers in well under a second. */
const ATTEMPT_TIMEOUT_MS = 15_000;

export interface RemoteConfigAccess {
  /** `GITHUB_API_URL` (GHES: `https://HOST/api/v3`). */
  apiUrl: string;
  /** The Action's `token` input, or `GITHUB_TOKEN` for the CLI. */
  token: string | undefined;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Reads `extends: owner/repo/path@ref` through the contents API (GET /repos/{owner}/{repo}/contents/{path}).
 * Every failure is a configuration error that says what to do: a workflow's own GITHUB_TOKEN can read
 * only its repository, so a private config repository needs a token that can read it.
 */
export function remoteConfigReader(access: RemoteConfigAccess): ReadRemoteConfig {
  return async (source: RemoteConfigSource) => {
    const name = formatRemoteConfigSource(source);
    if (!access.token) {
      throw new ConfigurationError(
        `extends '${name}' is read through GitHub's API and needs a token: set GITHUB_TOKEN (the Action uses its 'token' input).`
      );
    }
    const options: GitHubRepoOptions = {
      apiUrl: access.apiUrl,
      token: access.token,
      owner: source.owner,
      repo: source.repo,
      ...(access.fetch ? { fetch: access.fetch } : {}),
      ...(access.sleep ? { sleep: access.sleep } : {})
    };
    const path = source.path.split('/').map(encodeURIComponent).join('/');
    const url = `${repoUrl(options)}/contents/${path}?ref=${encodeURIComponent(source.ref)}`;
    const answer = await exchange(
      options,
      { method: 'GET', url, what: `Reading ${name}` },
      retryPolicy(options, { retries: 2, backoffMs: 1000, attemptTimeoutMs: ATTEMPT_TIMEOUT_MS })
    );
    if (answer.kind === 'unreachable')
      throw new ConfigurationError(`extends '${name}': GitHub did not answer (${answer.message}).`);
    if (answer.status === 404 || answer.status === 403) {
      throw new ConfigurationError(
        `extends '${name}': ${answer.status} ${answerMessage(answer)}. Check the path and the ref, and that the token can read ${source.owner}/${source.repo} (a workflow's GITHUB_TOKEN reads only its own repository).`
      );
    }
    if (answer.status !== 200)
      throw new ConfigurationError(`extends '${name}': ${answer.status} ${answerMessage(answer)}.`);
    const body = JSON.parse(answer.text) as { type?: unknown; encoding?: unknown; content?: unknown };
    if (Array.isArray(body) || body.type !== 'file' || typeof body.content !== 'string')
      throw new ConfigurationError(`extends '${name}' is not a file.`);
    if (body.encoding !== 'base64')
      throw new ConfigurationError(`extends '${name}' is too large for GitHub's contents API (over 1 MB).`);
    return Buffer.from(body.content, 'base64').toString('utf8');
  };
}
