import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  localChartDirectories,
  localChartProblem,
  mirrorLocalCharts,
  placeLocalCharts,
  readLocalCharts,
  type LocalChart
} from './local-chart-dependencies.js';
import { writeTree } from '../../test/write-tree.js';

let repo: string;
let scratch: string;
beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'bulkhead-local-charts-'));
  scratch = mkdtempSync(join(tmpdir(), 'bulkhead-local-charts-scratch-'));
});
afterEach(() => {
  rmSync(repo, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

const write = (files: Record<string, string>) => writeTree(repo, files);

const chart = (name: string, dependencies = '') =>
  `apiVersion: v2\nname: ${name}\nversion: 0.1.0\n${dependencies ? `dependencies:\n${dependencies}` : ''}`;
const dependency = (name: string, repository: string, more = '') =>
  `  - name: ${name}\n    version: 0.1.0\n    repository: ${repository}\n${more}`;

/** Name, where it is (relative to the repository), whether vendored, its problem, and the same of its own. */
function summary(charts: LocalChart[]): unknown[] {
  return charts.map(c => [
    c.alias ? `${c.name} as ${c.alias}` : c.name,
    c.dir.slice(repo.length + 1),
    c.vendored ? 'vendored' : 'from its path',
    c.problem ?? 'ok',
    summary(c.dependencies)
  ]);
}

describe('readLocalCharts', () => {
  it("finds file:// dependencies with theirs, resolved against the chart that lists them (linkerd's partials)", () => {
    write({
      'charts/control-plane/Chart.yaml': chart(
        'control-plane',
        dependency('partials', 'file://../partials') +
          dependency('redis', 'https://charts.example.com') +
          dependency('worker', '"file://../worker"', '    alias: jobs\n    condition: jobs.enabled\n')
      ),
      'charts/partials/Chart.yaml': chart('partials'),
      'charts/worker/Chart.yaml': chart('worker', dependency('common', 'file://./common')),
      'charts/worker/common/Chart.yaml': chart('common'),
      // An apiVersion v1 chart lists them in requirements.yaml (linkerd's patch chart).
      'charts/patch/Chart.yaml': 'apiVersion: v1\nname: patch\nversion: 0.1.0\n',
      'charts/patch/requirements.yaml': `dependencies:\n${dependency('partials', 'file://../partials')}`
    });
    expect(summary(readLocalCharts(join(repo, 'charts/control-plane'), repo))).toEqual([
      ['partials', 'charts/partials', 'from its path', 'ok', []],
      [
        'worker as jobs',
        'charts/worker',
        'from its path',
        'ok',
        [['common', 'charts/worker/common', 'from its path', 'ok', []]]
      ]
    ]);
    expect(summary(readLocalCharts(join(repo, 'charts/patch'), repo))).toEqual([
      ['partials', 'charts/partials', 'from its path', 'ok', []]
    ]);
  });

  it("knows a dependency the chart vendors in charts/, as a directory or an archive (dapr's file://dapr_rbac)", () => {
    write({
      'dapr/Chart.yaml': chart(
        'dapr',
        dependency('dapr_rbac', 'file://dapr_rbac') + dependency('dapr_config', 'file://dapr_config')
      ),
      'dapr/charts/rbac/Chart.yaml': chart('dapr_rbac'),
      'dapr/charts/dapr_config-0.1.0.tgz': '',
      'other/Chart.yaml': chart('other', dependency('dapr_config', 'file://../dapr/charts/rbac')),
      // A directory of that name holding another chart is not it.
      'other/charts/dapr_config/Chart.yaml': chart('something-else')
    });
    const dapr = readLocalCharts(join(repo, 'dapr'), repo);
    expect(dapr.map(c => [c.name, c.vendored])).toEqual([
      ['dapr_rbac', true],
      ['dapr_config', true]
    ]);
    // Both paths are missing, but Helm never reads them: nothing stands in the way of the render.
    expect(localChartProblem(dapr, false)).toBeUndefined();
    expect(readLocalCharts(join(repo, 'other'), repo).map(c => [c.name, c.vendored])).toEqual([
      ['dapr_config', false]
    ]);
  });

  it('says why a dependency cannot be copied: missing, outside the working directory, or a cycle', () => {
    write({
      'repo/app/Chart.yaml': chart(
        'app',
        dependency('gone', 'file://../gone') +
          dependency('outside', 'file://../../elsewhere') +
          dependency('parent', 'file://..') +
          dependency('loop', 'file://../loop')
      ),
      'repo/Chart.yaml': chart('parent'),
      'elsewhere/Chart.yaml': chart('outside'),
      'repo/loop/Chart.yaml': chart('loop', dependency('app', 'file://../app'))
    });
    symlinkSync(join(repo, 'repo/self-link'), join(repo, 'repo/self-link'));
    const charts = readLocalCharts(join(repo, 'repo/app'), join(repo, 'repo'));
    expect(
      charts.map(c => [c.name, c.problem ?? 'ok', c.dependencies.map(d => [d.name, d.problem])])
    ).toEqual([
      ['gone', 'there is no chart at that path', []],
      ['outside', 'it is outside the working directory, which is all a scan reads', []],
      // The chart lies in its parent's directory, not in its charts/: Helm packs it as plain files.
      ['parent', 'ok', []],
      ['loop', 'ok', [['app', 'it holds a chart that depends on it, so the chain never ends']]]
    ]);
    expect(localChartProblem(charts, false)).toBe(
      "its dependency 'gone' (file://../gone) is not in charts/ and cannot be copied there: there is no chart at that path."
    );
    write({ 'repo/two/Chart.yaml': chart('two', dependency('link', 'file://../self-link')) });
    expect(readLocalCharts(join(repo, 'repo/two'), join(repo, 'repo'))[0]?.problem).toBe(
      'there is no chart at that path'
    );
  });

  it("takes a test chart inside the chart it tests (bjw-s' common/test-chart, file://../), and refuses a subchart its dependency packs", () => {
    write({
      'lib/Chart.yaml': chart('lib'),
      'lib/.helmignore': '# Patterns to ignore when building packages.\n.git/\ntest-chart/\n',
      'lib/test-chart/Chart.yaml': chart('lib-test', dependency('lib', 'file://../')),
      // Without a .helmignore the test chart is packed too, as plain files: no subchart of lib.
      'bare/Chart.yaml': chart('bare'),
      'bare/test-chart/Chart.yaml': chart('bare-test', dependency('bare', 'file://..')),
      // A chart in its dependency's charts/ is one of that dependency's subcharts: a real cycle…
      'app/Chart.yaml': chart('app', dependency('inner', 'file://../shared/charts/inner')),
      'shared/Chart.yaml': chart('shared'),
      'shared/charts/inner/Chart.yaml': chart('inner', dependency('shared', 'file://../..')),
      // …unless the dependency's .helmignore leaves it out of the package.
      'kept/Chart.yaml': chart('kept', dependency('inner', 'file://../open/charts/inner')),
      'open/Chart.yaml': chart('open'),
      'open/.helmignore': 'charts/inner/\n',
      'open/charts/inner/Chart.yaml': chart('inner', dependency('open', 'file://../..'))
    });
    const problems = (dir: string) =>
      readLocalCharts(join(repo, dir), repo).map(c => [
        c.name,
        c.problem ?? 'ok',
        c.dependencies.map(d => [d.name, d.problem ?? 'ok'])
      ]);
    expect(problems('lib/test-chart')).toEqual([['lib', 'ok', []]]);
    expect(problems('bare/test-chart')).toEqual([['bare', 'ok', []]]);
    expect(problems('app')).toEqual([
      ['inner', 'ok', [['shared', 'it holds a chart that depends on it, so the chain never ends']]]
    ]);
    expect(problems('kept')).toEqual([['inner', 'ok', [['open', 'ok']]]]);
  });

  it('follows a symbolic link to a chart inside the working directory, and not one that leads out of it', () => {
    write({
      'repo/app/Chart.yaml': chart(
        'app',
        dependency('shared', 'file://../shared-link') + dependency('escape', 'file://../escape-link')
      ),
      'repo/real/shared/Chart.yaml': chart('shared'),
      'secrets/Chart.yaml': chart('escape')
    });
    symlinkSync(join(repo, 'repo/real/shared'), join(repo, 'repo/shared-link'));
    symlinkSync(join(repo, 'secrets'), join(repo, 'repo/escape-link'));
    const charts = readLocalCharts(join(repo, 'repo/app'), join(repo, 'repo'));
    expect(charts.map(c => [c.name, c.problem ?? 'ok'])).toEqual([
      ['shared', 'ok'],
      ['escape', 'it is outside the working directory, which is all a scan reads']
    ]);
  });
});

describe('placeLocalCharts and localChartDirectories', () => {
  it("copies each dependency Helm reads from its path into the copy's charts/, theirs into theirs, and says where each came from", () => {
    write({
      'charts/app/Chart.yaml': chart(
        'app',
        dependency('worker', 'file://../worker', '    alias: jobs\n') +
          dependency('worker', 'file://../worker', '    alias: cron\n') +
          dependency('vendored', 'file://../vendored-source')
      ),
      'charts/app/charts/vendored/Chart.yaml': chart('vendored'),
      'charts/vendored-source/Chart.yaml': chart('vendored'),
      'charts/worker/Chart.yaml': chart('worker', dependency('common', 'file://../common')),
      'charts/worker/templates/job.yaml': 'kind: Job\n',
      'charts/worker/.git/config': '[core]\n',
      'charts/common/Chart.yaml': chart('common'),
      'charts/common/templates/_helpers.tpl': '{{- define "common.name" -}}x{{- end -}}\n'
    });
    const charts = readLocalCharts(join(repo, 'charts/app'), repo);
    const copy = join(scratch, 'chart');
    mkdirSync(copy);
    placeLocalCharts(copy, charts);
    expect(readFileSync(join(copy, 'charts/worker/templates/job.yaml'), 'utf8')).toBe('kind: Job\n');
    expect(existsSync(join(copy, 'charts/worker/charts/common/templates/_helpers.tpl'))).toBe(true);
    // One directory for both aliases (Helm copies it per alias); the vendored one and .git are not copied.
    expect(existsSync(join(copy, 'charts/worker-2'))).toBe(false);
    expect(existsSync(join(copy, 'charts/vendored'))).toBe(false);
    expect(existsSync(join(copy, 'charts/worker/.git'))).toBe(false);
    expect([...localChartDirectories(charts, repo, false)]).toEqual([
      ['charts/jobs', 'charts/worker'],
      ['charts/jobs/charts/common', 'charts/common'],
      ['charts/cron', 'charts/worker'],
      ['charts/cron/charts/common', 'charts/common']
    ]);
    // `helm dependency build` packages every direct dependency from its path, vendored or not.
    expect(localChartDirectories(charts, repo, true).get('charts/vendored')).toBe('charts/vendored-source');
    // The user's tree is left as it was.
    expect(existsSync(join(repo, 'charts/app/charts/worker'))).toBe(false);
  });

  it("points a dependency vendored as an archive at the directory it was packed from (ory's hydra and hydra-maester)", () => {
    write({
      'hydra/Chart.yaml': chart(
        'hydra',
        dependency('hydra-maester', 'file://../hydra-maester', '    alias: maester\n') +
          dependency('gone', 'file://../gone') +
          dependency('unpacked', 'file://../unpacked')
      ),
      // The archive's version need not be the directory's.
      'hydra/charts/hydra-maester-0.62.1.tgz': '',
      'hydra/charts/gone-0.1.0.tgz': '',
      'hydra/charts/unpacked/Chart.yaml': chart('unpacked'),
      'hydra-maester/Chart.yaml': chart('hydra-maester', dependency('crds', 'file://../crds')),
      'crds/Chart.yaml': chart('crds'),
      'unpacked/Chart.yaml': chart('unpacked')
    });
    const charts = readLocalCharts(join(repo, 'hydra'), repo);
    expect(charts.map(c => [c.name, c.vendored, c.archived])).toEqual([
      ['hydra-maester', true, true],
      ['gone', true, true],
      ['unpacked', true, false]
    ]);
    // Helm renders the archive: nothing is copied, and the directory that has no chart maps nothing.
    const copy = join(scratch, 'chart');
    mkdirSync(copy);
    placeLocalCharts(copy, charts);
    expect(existsSync(join(copy, 'charts'))).toBe(false);
    expect([...localChartDirectories(charts, repo, false)]).toEqual([
      ['charts/maester', 'hydra-maester'],
      ['charts/maester/charts/crds', 'crds']
    ]);
  });

  it('lays the chart and its dependencies out as they lie for helm dependency build', () => {
    write({
      'deploy/azure/app/Chart.yaml': chart(
        'app',
        dependency('core', 'file://../../../charts/core', '    alias: web\n') +
          dependency('core', 'file://../../../charts/core', '    alias: api\n')
      ),
      'charts/core/Chart.yaml': chart('core', dependency('lib', 'file://../lib')),
      'charts/lib/Chart.yaml': chart('lib')
    });
    const charts = readLocalCharts(join(repo, 'deploy/azure/app'), repo);
    const tree = join(scratch, 'tree');
    const copy = mirrorLocalCharts(join(repo, 'deploy/azure/app'), charts, tree);
    expect(copy).toBe(join(tree, 'deploy/azure/app'));
    expect(existsSync(join(copy, '../../../charts/core/Chart.yaml'))).toBe(true);
    // The dependency's own dependency is packaged with it, from its charts/.
    expect(existsSync(join(tree, 'charts/core/charts/lib/Chart.yaml'))).toBe(true);
    // Once, though two aliases list the chart.
    expect(existsSync(join(tree, 'charts/core/charts/lib-2'))).toBe(false);
  });

  it('names a vendored dependency whose path helm dependency build cannot follow', () => {
    write({
      'app/Chart.yaml': chart('app', dependency('partials', 'file://../partials')),
      'app/charts/partials/Chart.yaml': chart('partials')
    });
    const charts = readLocalCharts(join(repo, 'app'), repo);
    expect(localChartProblem(charts, false)).toBeUndefined();
    expect(localChartProblem(charts, true)).toBe(
      "its dependency 'partials' (file://../partials) cannot be built from its path: there is no chart at that path."
    );
  });
});
