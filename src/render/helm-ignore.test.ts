import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { helmIgnore } from './helm-ignore.js';
import { writeTree } from '../../test/write-tree.js';

let chart: string;
beforeEach(() => {
  chart = mkdtempSync(join(tmpdir(), 'bulkhead-helmignore-'));
});
afterEach(() => rmSync(chart, { recursive: true, force: true }));

describe('helmIgnore', () => {
  it("leaves out what Helm's scaffold .helmignore names, and all an ignored directory holds", () => {
    writeTree(chart, {
      '.helmignore':
        '# Patterns to ignore when building packages.\n.DS_Store\n.git/\n*.tmp\n*~\n.vscode/\ntest-chart/\n'
    });
    const ignored = helmIgnore(chart);
    expect(ignored('test-chart', true)).toBe(true);
    expect(ignored('test-chart/templates/deploy.yaml', false)).toBe(true);
    expect(ignored('templates/deploy.yaml', false)).toBe(false);
    expect(ignored('files/notes.tmp', false)).toBe(true);
    // A directory-only rule does not leave out a file of that name.
    expect(ignored('test-chart', false)).toBe(false);
    expect(ignored('values.yaml', false)).toBe(false);
  });

  it('matches a rule with a slash against the whole path, a leading slash from the chart directory', () => {
    writeTree(chart, { '.helmignore': 'ci/*.yaml\n/charts/inner/\n' });
    const ignored = helmIgnore(chart);
    expect(ignored('ci/test-values.yaml', false)).toBe(true);
    expect(ignored('other/ci/test-values.yaml', false)).toBe(false);
    expect(ignored('charts/inner/Chart.yaml', false)).toBe(true);
    expect(ignored('charts/outer/Chart.yaml', false)).toBe(false);
  });

  it('keeps everything without a .helmignore, or with only comments and rules Helm refuses', () => {
    expect(helmIgnore(chart)('test-chart/Chart.yaml', false)).toBe(false);
    writeTree(chart, { '.helmignore': '# nothing\n\n**/test-chart\n' });
    expect(helmIgnore(chart)('test-chart/Chart.yaml', false)).toBe(false);
  });
});
