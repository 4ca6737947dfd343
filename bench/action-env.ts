/**
 * The environment `node dist/index.js` gets from a GitHub runner, for timing the Action's start-up
 * outside GitHub: every input of action.yml at its default (as the runner sets `INPUT_*`), the
 * runner's file commands pointing into a temporary directory, no token and no upload, and GitHub's
 * API URL on 127.0.0.1 so that nothing could leave the machine even if a step tried.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface ActionEnvironmentOptions {
  /** The action's own directory (where action.yml is). */
  root: string;
  /** The checked-out repository: GITHUB_WORKSPACE and the working directory of the step. */
  workspace: string;
  /** A directory for RUNNER_TEMP and the runner's files (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, …). */
  temp: string;
  /** Inputs that differ from action.yml's defaults, by input name (`fail-on`). */
  inputs?: Record<string, string>;
}

/** `${{ toJson(matrix) }}` in a job without a matrix. */
const EXPRESSION_VALUES: Record<string, string> = {
  '${{ toJson(matrix) }}': 'null',
  // No token: the Action then neither uploads nor calls GitHub's API.
  '${{ github.token }}': ''
};

/** The runner's name for an input's variable (what `@actions/core` `getInput` reads). */
function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** Builds the step's environment; creates the runner's files under `temp`. */
export function actionEnvironment(options: ActionEnvironmentOptions): Record<string, string> {
  const action = parse(readFileSync(join(options.root, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  mkdirSync(options.temp, { recursive: true });
  const file = (name: string) => {
    const path = join(options.temp, name);
    writeFileSync(path, '');
    return path;
  };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: options.temp,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_SHA: '0000000000000000000000000000000000000001',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_WORKFLOW_REF: 'acme/app/.github/workflows/scan.yml@refs/heads/main',
    GITHUB_JOB: 'scan',
    GITHUB_RUN_ID: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    RUNNER_TEMP: options.temp,
    GITHUB_OUTPUT: file('output'),
    GITHUB_ENV: file('env'),
    GITHUB_PATH: file('path'),
    GITHUB_STATE: file('state'),
    GITHUB_STEP_SUMMARY: file('summary.md')
  };
  for (const [name, input] of Object.entries(action.inputs)) {
    const value = String(input.default ?? '');
    env[inputVariable(name)] = EXPRESSION_VALUES[value] ?? value;
  }
  for (const [name, value] of Object.entries(options.inputs ?? {})) env[inputVariable(name)] = value;
  return env;
}
