/**
 * What every call to GitHub's REST API shares: the repository URL (GHES-aware), the headers GitHub
 * documents, error-body parsing and the retry policy for transient failures. `fetch` and `sleep`
 * are injectable so tests run against a local fake API without real waits.
 */
import { errorMessage } from '../core/errors.js';
import { PRODUCT_NAME, PRODUCT_VERSION } from '../core/product.js';

type Fetch = typeof fetch;

/** Where to talk to and how: shared by every call. */
export interface GitHubRepoOptions {
  /** `GITHUB_API_URL`: `https://api.github.com`, or `https://HOST/api/v3` on GHES. */
  apiUrl: string;
  token: string;
  owner: string;
  repo: string;
  fetch?: Fetch;
  sleep?: (ms: number) => Promise<void>;
  log?: (line: string) => void;
}

export const API_VERSION = '2022-11-28';
const MAX_BACKOFF_MS = 30_000;

export const defaultSleep = (ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms));

/** `{apiUrl}/repos/{owner}/{repo}`. */
export function repoUrl(options: GitHubRepoOptions): string {
  const api = options.apiUrl.replace(/\/+$/, '');
  return `${api}/repos/${encodeURIComponent(options.owner)}/${encodeURIComponent(options.repo)}`;
}

export function apiHeaders(token: string, json: boolean): Record<string, string> {
  return {
    Authorization: `Bearer ${token}`,
    Accept: 'application/vnd.github+json',
    'X-GitHub-Api-Version': API_VERSION,
    'User-Agent': `${PRODUCT_NAME}/${PRODUCT_VERSION}`,
    ...(json ? { 'Content-Type': 'application/json' } : {})
  };
}

/** GitHub's error bodies are `{ message, errors? }`; fall back to the status text. */
export async function responseMessage(response: Response): Promise<string> {
  const text = await response.text().catch(() => '');
  try {
    const body = JSON.parse(text) as { message?: unknown; errors?: unknown };
    if (typeof body.message === 'string') {
      const details = Array.isArray(body.errors) ? body.errors.filter(e => typeof e === 'string') : [];
      return details.length ? `${body.message}: ${details.join('; ')}` : body.message;
    }
  } catch {
    // Not JSON: use the text below.
  }
  return text.trim() || `${response.status} ${response.statusText}`.trim();
}

/** Exponential backoff: `base`, `2·base`, `4·base`, … capped at 30 s. */
export function backoff(base: number, attempt: number): number {
  return Math.min(base * 2 ** attempt, MAX_BACKOFF_MS);
}

export type ApiResult<T> =
  { ok: true; status: number; body: T } | { ok: false; status?: number; message: string };

/**
 * One JSON call to the repository's API (`path` is relative to `/repos/{owner}/{repo}`), retried
 * with backoff on 5xx and network errors (`retries` times), never on 4xx.
 */
export async function repoApi<T>(
  options: GitHubRepoOptions,
  method: 'GET' | 'PATCH' | 'POST',
  path: string,
  body?: unknown,
  retries = 2
): Promise<ApiResult<T>> {
  const doFetch = options.fetch ?? fetch;
  const sleep = options.sleep ?? defaultSleep;
  let last: ApiResult<T> = { ok: false, message: 'not attempted' };
  for (let attempt = 0; attempt <= retries; attempt++) {
    if (attempt > 0) await sleep(backoff(1000, attempt - 1));
    let response: Response;
    try {
      response = await doFetch(`${repoUrl(options)}${path}`, {
        method,
        headers: apiHeaders(options.token, body !== undefined),
        ...(body === undefined ? {} : { body: JSON.stringify(body) })
      });
    } catch (error) {
      last = { ok: false, message: `network error: ${errorMessage(error)}` };
      continue;
    }
    if (response.ok) return { ok: true, status: response.status, body: (await response.json()) as T };
    last = { ok: false, status: response.status, message: await responseMessage(response) };
    if (response.status < 500) return last;
  }
  return last;
}
