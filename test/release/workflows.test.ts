import { validateWorkflow } from '@action-validator/core';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = join(root, '.github/workflows');
const files = readdirSync(dir).filter(name => /\.ya?ml$/.test(name));

type Step = { uses?: string; run?: string; with?: Record<string, unknown> };
type Workflow = {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, { steps?: Step[]; strategy?: { matrix?: Record<string, unknown> } }>;
};

function read(name: string): { text: string; workflow: Workflow } {
  const text = readFileSync(join(dir, name), 'utf8');
  return { text, workflow: parse(text) as Workflow };
}

function steps(workflow: Workflow): Step[] {
  return Object.values(workflow.jobs).flatMap(job => job.steps ?? []);
}

describe('.github/workflows', () => {
  it('has the CI, release and reusable workflows', () => {
    expect(files.sort()).toEqual(['bulkhead.yml', 'ci.yml', 'release.yml']);
  });

  it.each(files)('%s is valid for GitHub Actions (action-validator, offline schema)', name => {
    const { errors } = validateWorkflow(read(name).text);
    expect(errors).toEqual([]);
  });

  it('the validator is live: it rejects a misspelt job key', () => {
    const broken = read('ci.yml').text.replace('runs-on: ubuntu-latest', 'run-on: ubuntu-latest');
    expect(validateWorkflow(broken).errors.length).toBeGreaterThan(0);
  });

  it.each(files)('%s pins every third-party action by commit SHA and starts read-only', name => {
    const { workflow } = read(name);
    for (const step of steps(workflow)) {
      if (!step.uses || step.uses.startsWith('./')) continue;
      expect(step.uses).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
    }
    expect(workflow.permissions).toEqual({ contents: 'read' });
  });

  it('ci runs .ci/run on Node 20, 22 and 24 and dogfoods the Action on examples/', () => {
    const { workflow } = read('ci.yml');
    expect(workflow.jobs.test?.strategy?.matrix?.node).toEqual([20, 22, 24]);
    expect(steps(workflow).some(step => step.run === 'bash .ci/run')).toBe(true);
    const dogfood = workflow.jobs.dogfood?.steps?.find(step => step.uses === './');
    expect(dogfood?.with).toMatchObject({ path: 'examples', upload: 'false' });
  });

  it('release runs on vX.Y.Z tags, checks dist/ and moves the major tag', () => {
    const { workflow, text } = read('release.yml');
    expect(workflow.on).toEqual({ push: { tags: ['v[0-9]+.[0-9]+.[0-9]+'] } });
    expect(steps(workflow).some(step => step.run === 'npm run check:dist')).toBe(true);
    expect(text).toContain('major="${TAG%%.*}"');
    expect(text).toContain('git push --force origin "refs/tags/$major"');
    // The tag name reaches the shell through env, never spliced into a script.
    for (const step of steps(workflow)) expect(step.run ?? '').not.toContain('${{');
  });

  it('bulkhead.yml is a reusable workflow that runs the Action at its own commit', () => {
    const { workflow } = read('bulkhead.yml');
    expect(Object.keys(workflow.on)).toEqual(['workflow_call']);
    const all = steps(workflow);
    const action = all.find(step => step.with?.path === '.bulkhead-action');
    expect(action?.with?.ref).toBe('${{ github.job_workflow_sha }}');
    expect(all.some(step => step.uses === './.bulkhead-action')).toBe(true);
  });
});
