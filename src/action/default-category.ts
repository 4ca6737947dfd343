/**
 * The code-scanning category an upload gets when the `category` input is empty.
 *
 * Code scanning keeps one analysis per tool and category for a ref: a later upload with the same
 * category replaces the earlier one, and the alerts only the earlier one had are closed ("Only SARIF
 * files with the same category will overwrite each other", docs.github.com/en/code-security/
 * code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning, runAutomationDetails).
 * So two matrix jobs, or two steps scanning different services, must not share a category.
 *
 * The derivation follows github/codeql-action (src/api-client.ts `computeAutomationID`, read for
 * the facts, not copied): `<workflow path>:<job id>/`, the workflow path taken from
 * `GITHUB_WORKFLOW_REF` (`owner/repo/.github/workflows/x.yml@ref`), then each matrix entry sorted
 * by key as `key:value/`, where a value that is not a string is left empty (`key:/`). The matrix
 * comes from the `matrix` input, whose default is `${{ toJson(matrix) }}` as in codeql-action.
 * Bulkhead adds what was scanned, so two steps of one job that scan different folders or images
 * keep their own alerts: `path:<paths>/` and, with images, `image:<images>/`.
 */
import { ConfigurationError } from '../core/errors.js';

export interface CategorySources {
  /** `GITHUB_WORKFLOW_REF`. */
  workflowRef?: string;
  /** `GITHUB_JOB`, the job's id. */
  job?: string;
  /** The `matrix` input: `toJson(matrix)`, `null` outside a matrix. */
  matrix?: string;
  paths: readonly string[];
  images: readonly string[];
}

/** Scanned paths or images longer than this are shortened to a prefix and a hash, to keep ids readable. */
const MAX_PART = 120;

/** `owner/repo/.github/workflows/scan.yml@refs/heads/main` → `.github/workflows/scan.yml`. */
function workflowPath(workflowRef: string | undefined): string {
  if (!workflowRef) return '';
  const at = workflowRef.lastIndexOf('@');
  const path = at >= 0 ? workflowRef.slice(0, at) : workflowRef;
  return path.split('/').slice(2).join('/');
}

function parseMatrix(matrix: string | undefined): Record<string, unknown> | undefined {
  const text = matrix?.trim();
  // `null` outside a matrix; an unexpanded `${{ … }}` where no runner evaluated action.yml's default.
  if (!text || text === 'null' || text.startsWith('${{')) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ConfigurationError(
      "Input 'matrix' must be the job's matrix as JSON (leave it at its default, ${{ toJson(matrix) }})."
    );
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new ConfigurationError(
      "Input 'matrix' must be a JSON object (the default is ${{ toJson(matrix) }})."
    );
  return value as Record<string, unknown>;
}

function shortened(values: readonly string[]): string {
  const joined = values.join(',');
  if (joined.length <= MAX_PART) return joined;
  // node:crypto is loaded here, not at start-up (about 10 ms of CPU): most categories are short.
  const { createHash } = process.getBuiltinModule('node:crypto');
  const hash = createHash('sha256').update(joined).digest('hex').slice(0, 12);
  return `${joined.slice(0, MAX_PART - 13)}~${hash}`;
}

/** `https://user:password@registry/app:1` → `https://registry/app:1`: the category is uploaded. */
function withoutCredentials(image: string): string {
  return image.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1');
}

/** The default category; see the module comment. */
export function defaultCategory(sources: CategorySources): string {
  let id = `${workflowPath(sources.workflowRef)}:${sources.job ?? ''}/`;
  const matrix = parseMatrix(sources.matrix);
  if (matrix) {
    for (const [key, value] of Object.entries(matrix).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      id += typeof value === 'string' ? `${key}:${value}/` : `${key}:/`;
  }
  id += `path:${shortened(sources.paths)}/`;
  if (sources.images.length > 0) id += `image:${shortened(sources.images.map(withoutCredentials))}/`;
  return id;
}
