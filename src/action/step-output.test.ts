import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { EOL, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setStepOutput } from './step-output.js';

describe('setStepOutput', () => {
  let dir: string;
  let file: string;
  let calls: [string, string | number][];
  const fallback = (name: string, value: string | number) => {
    calls.push([name, value]);
  };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'bulkhead-output-'));
    file = join(dir, 'output');
    writeFileSync(file, '');
    calls = [];
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('appends single-line values as name=value, the documented one-line form', () => {
    setStepOutput('findings', 3, fallback, { GITHUB_OUTPUT: file });
    setStepOutput('sarif-file', '/runner/temp/a=b <<EOF.sarif', fallback, { GITHUB_OUTPUT: file });
    setStepOutput('sarif-id', '', fallback, { GITHUB_OUTPUT: file });
    expect(readFileSync(file, 'utf8')).toBe(
      `findings=3${EOL}sarif-file=/runner/temp/a=b <<EOF.sarif${EOL}sarif-id=${EOL}`
    );
    expect(calls).toEqual([]);
  });

  it('leaves a value with a line break to the library (its delimited form)', () => {
    setStepOutput('summary', 'one\ntwo', fallback, { GITHUB_OUTPUT: file });
    setStepOutput('summary', 'one\rtwo', fallback, { GITHUB_OUTPUT: file });
    expect(calls).toEqual([
      ['summary', 'one\ntwo'],
      ['summary', 'one\rtwo']
    ]);
    expect(readFileSync(file, 'utf8')).toBe('');
  });

  it('leaves a run without an output file, or a name the one-line form cannot carry, to the library', () => {
    setStepOutput('findings', 1, fallback, {});
    setStepOutput('findings', 1, fallback, { GITHUB_OUTPUT: join(dir, 'missing') });
    setStepOutput('a=b', 1, fallback, { GITHUB_OUTPUT: file });
    setStepOutput('a<<b', 1, fallback, { GITHUB_OUTPUT: file });
    expect(calls).toHaveLength(4);
    expect(readFileSync(file, 'utf8')).toBe('');
  });
});
