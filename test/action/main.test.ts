/**
 * The Action's `run()` wired to `@actions/core`, which is replaced here (and only here) with an ESM
 * mock: inputs come from the mock, outputs, annotations, the summary and the failure are read off it.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWorkspace, type Workspace } from './action-workspace.js';

const inputs: Record<string, string> = {};
const summaryText: string[] = [];
const core = {
  getInput: jest.fn((name: string) => inputs[name] ?? ''),
  info: jest.fn(),
  warning: jest.fn(),
  error: jest.fn(),
  notice: jest.fn(),
  setOutput: jest.fn(),
  setFailed: jest.fn(),
  setSecret: jest.fn(),
  summary: {
    addRaw(text: string) {
      summaryText.push(text);
      return this;
    },
    write: jest.fn(async () => undefined)
  }
};
jest.unstable_mockModule('@actions/core', () => core);
const { run } = await import('../../src/action/main.js');

let ws: Workspace;
let temp: string;
const savedCwd = process.cwd();
const savedEnv = { ...process.env };

beforeAll(() => {
  ws = createWorkspace();
  temp = mkdtempSync(join(tmpdir(), 'bulkhead-main-'));
  process.chdir(ws.dir);
  for (const key of Object.keys(process.env)) if (key.startsWith('GITHUB_')) delete process.env[key];
  process.env.RUNNER_TEMP = temp;
});

afterAll(() => {
  process.chdir(savedCwd);
  process.env = savedEnv;
  ws.cleanup();
  rmSync(temp, { recursive: true, force: true });
});

function outputs(): Record<string, unknown> {
  return Object.fromEntries(core.setOutput.mock.calls.map(([name, value]) => [name, value]));
}

describe('run() with @actions/core', () => {
  it('reads inputs, sets every output, annotates, writes the summary and fails on the gate', async () => {
    Object.assign(inputs, { path: 'legacy', 'fail-on': 'high', upload: 'false' });
    await run();
    expect(outputs()).toEqual({
      'sarif-file': join(temp, 'bulkhead.sarif'),
      findings: 1,
      'new-findings': 1,
      'highest-severity': 'high',
      gate: 'fail',
      'sarif-id': ''
    });
    expect(core.error).toHaveBeenCalledWith(
      expect.stringContaining("runs as 'root' by default"),
      expect.objectContaining({ title: 'BH101: image-runs-as-root', file: 'legacy/Dockerfile', startLine: 1 })
    );
    expect(summaryText.join('')).toContain('**Gate: failed**');
    expect(core.summary.write).toHaveBeenCalledTimes(1);
    expect(core.setFailed).toHaveBeenCalledWith("Bulkhead: 1 finding at or above 'high'.");
  });

  it('fails the step with the input name when an input is invalid', async () => {
    jest.clearAllMocks();
    Object.assign(inputs, { 'fail-on-scope': 'changed' });
    await run();
    expect(core.setFailed).toHaveBeenCalledWith(
      "Bulkhead: Input 'fail-on-scope' must be one of auto, all, new (got 'changed')."
    );
    expect(core.setOutput).not.toHaveBeenCalled();
  });

  it('redacts a secret the failure message quotes (an image reference with a password)', async () => {
    jest.clearAllMocks();
    const password = ['Tq6w', 'Nz3xRk8vLp2m'].join('');
    delete inputs['fail-on-scope'];
    Object.assign(inputs, { image: `https://deploy:${password}@registry.example.com/app:1` });
    await run();
    const [[message]] = core.setFailed.mock.calls as [[string]];
    expect(message).toContain('deploy:Tq6w…@registry.example.com');
    expect(message).not.toContain(password.slice(4));
    delete inputs.image;
  });
});
