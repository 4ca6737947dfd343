/**
 * A throwaway Git repository for running the Action end to end: a base commit with an existing finding,
 * and a head commit that adds new ones (including canary secrets), plus a stub `ActionIo` that records
 * everything the step tells the runner.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ActionIo } from '../../src/action/run-action.js';
import { makeGithubToken, pseudoRandom } from '../builders/credentials.js';

/** Canary secrets planted in the head commit: at most their first 4 characters may appear anywhere. */
export const CANARIES = {
  githubToken: makeGithubToken('ghp_', pseudoRandom(30, 41)),
  dbPassword: 'Vq8nTz3Lk6Rw2Xp9'
};

export interface Workspace {
  dir: string;
  base: string;
  head: string;
  cleanup(): void;
}

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

function write(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/** Base: `legacy/Dockerfile` runs as root (an existing high finding). Head: `app/Dockerfile` adds new ones. */
export function createWorkspace(): Workspace {
  const dir = mkdtempSync(join(tmpdir(), 'bulkhead-action-'));
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.email', 'ci@example.com');
  git(dir, 'config', 'user.name', 'CI');
  write(dir, {
    'legacy/Dockerfile': 'FROM ubuntu:22.04\nRUN apt-get update\n',
    'app/Dockerfile': 'FROM node:20.11-alpine\nWORKDIR /app\nUSER node\n'
  });
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'base');
  const base = git(dir, 'rev-parse', 'HEAD');
  write(dir, {
    'app/Dockerfile': [
      'FROM node:20.11-alpine',
      'WORKDIR /app',
      `ENV GITHUB_TOKEN=${CANARIES.githubToken}`,
      `ENV DB_PASSWORD=${CANARIES.dbPassword}`,
      'RUN curl -k https://example.com/install.sh -o /tmp/install.sh',
      'USER node',
      ''
    ].join('\n'),
    'app/.bulkhead-notes.txt': 'not a target\n'
  });
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'head');
  const head = git(dir, 'rev-parse', 'HEAD');
  return { dir, base, head, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface Recorded {
  logs: string[];
  annotations: { level: string; message: string; properties?: Record<string, unknown> }[];
  outputs: Record<string, string>;
  failed: string[];
  secrets: string[];
  summary: string[];
}

/** A stub runner: inputs from a map, everything else recorded. */
export function stubIo(
  dir: string,
  inputs: Record<string, string>,
  env: Record<string, string | undefined>,
  fetchImpl?: typeof fetch
): { io: ActionIo; recorded: Recorded } {
  const recorded: Recorded = { logs: [], annotations: [], outputs: {}, failed: [], secrets: [], summary: [] };
  const annotate = (level: string) => (message: string, properties?: Record<string, unknown>) =>
    recorded.annotations.push({ level, message, ...(properties ? { properties } : {}) });
  const io: ActionIo = {
    getInput: name => inputs[name] ?? '',
    info: message => recorded.logs.push(message),
    warning: annotate('warning'),
    error: annotate('error'),
    notice: annotate('notice'),
    setOutput: (name, value) => {
      recorded.outputs[name] = String(value);
    },
    setFailed: message => recorded.failed.push(message),
    setSecret: value => recorded.secrets.push(value),
    writeSummary: async markdown => {
      recorded.summary.push(markdown);
    },
    env,
    cwd: dir,
    sleep: async () => {},
    ...(fetchImpl ? { fetch: fetchImpl } : {})
  };
  return { io, recorded };
}

/** Everything the step made visible: logs, annotations, summary, failures, outputs and the SARIF file. */
export function visibleText(recorded: Recorded, sarifFile?: string): string {
  return [
    ...recorded.logs,
    ...recorded.annotations.map(a => `${a.message} ${JSON.stringify(a.properties ?? {})}`),
    ...recorded.summary,
    ...recorded.failed,
    ...Object.values(recorded.outputs),
    sarifFile ? readFileSync(sarifFile, 'utf8') : ''
  ].join('\n');
}
