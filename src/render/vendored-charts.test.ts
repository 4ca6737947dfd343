import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { archivedSubchart, vendoredChartDirectories } from './vendored-charts.js';
import { tarEntries } from '../../test/builders/image-fixture.js';
import { writeTree } from '../../test/write-tree.js';

let repo: string;
beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'bulkhead-vendored-charts-'));
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

const write = (files: Record<string, string>) => writeTree(repo, files);

const chart = (name: string, dependencies = '') =>
  `apiVersion: v2\nname: ${name}\nversion: 0.1.0\n${dependencies ? `dependencies:\n${dependencies}` : ''}`;
const dependency = (name: string, alias?: string) =>
  `  - name: ${name}\n    version: "0.1.0"\n${alias ? `    alias: ${alias}\n` : ''}`;
const directories = (chartDir: string) =>
  Object.fromEntries(vendoredChartDirectories(join(repo, chartDir), repo));

describe('vendoredChartDirectories', () => {
  it('gives the folder of a subchart the parent takes under an alias', () => {
    write({
      'parent/Chart.yaml': chart('parent', dependency('sub', 'second')),
      'parent/charts/sub/Chart.yaml': chart('sub')
    });
    expect(directories('parent')).toEqual({ 'charts/second': 'parent/charts/sub' });
  });

  it("keeps the folder for the chart's own name when a dependency also takes it unaliased (fluxcd's helmchartwithdepsnorepo)", () => {
    write({
      'deps/Chart.yaml': chart('deps', dependency('helmchart') + dependency('helmchart', 'aliased')),
      'deps/charts/helmchart/Chart.yaml': chart('helmchart'),
      'deps/charts/plain/Chart.yaml': chart('plain')
    });
    expect(directories('deps')).toEqual({ 'charts/aliased': 'deps/charts/helmchart' });
  });

  it('reads the aliases of an apiVersion v1 chart from requirements.yaml, and names a folder by its chart', () => {
    write({
      'old/Chart.yaml': 'apiVersion: v1\nname: old\nversion: 0.1.0\n',
      'old/requirements.yaml': `dependencies:\n${dependency('redis', 'cache')}`,
      'old/charts/redis-10.5.7/Chart.yaml': chart('redis'),
      // Not listed: Helm renders it by its own name, not its folder's.
      'old/charts/common-1.0/Chart.yaml': chart('common')
    });
    expect(directories('old')).toEqual({
      'charts/cache': 'old/charts/redis-10.5.7',
      'charts/common': 'old/charts/common-1.0'
    });
  });

  it('follows aliases within an aliased subchart', () => {
    write({
      'parent/Chart.yaml': chart('parent', dependency('sub', 'second')),
      'parent/charts/sub/Chart.yaml': chart('sub', dependency('db', 'database')),
      'parent/charts/sub/charts/db/Chart.yaml': chart('db'),
      'parent/charts/sub/charts/plain/Chart.yaml': chart('plain')
    });
    expect(directories('parent')).toEqual({
      'charts/second': 'parent/charts/sub',
      'charts/second/charts/database': 'parent/charts/sub/charts/db'
    });
  });

  it('lists nothing for subcharts in folders of their name, archives, or folders with no chart', () => {
    write({
      'parent/Chart.yaml': chart('parent', dependency('redis') + dependency('sub', 'second')),
      'parent/charts/redis/Chart.yaml': chart('redis'),
      // Another folder of the same chart: the one of its name is what the render names.
      'parent/charts/redis-old/Chart.yaml': chart('redis'),
      // An archive cannot be pointed into: findings on it stay on the parent's Chart.yaml.
      'parent/charts/sub-0.1.0.tgz': 'not really an archive',
      'parent/charts/notes/README.md': 'no chart here'
    });
    expect(directories('parent')).toEqual({});
    expect(directories('nowhere')).toEqual({});
  });

  it('stops on a charts/ folder that links back to the chart', () => {
    write({ 'loop/Chart.yaml': chart('loop', dependency('loop', 'again')) });
    mkdirSync(join(repo, 'loop/charts'));
    symlinkSync(join(repo, 'loop'), join(repo, 'loop/charts/self'));
    const dirs = vendoredChartDirectories(join(repo, 'loop'), repo);
    expect(dirs.get('charts/again')).toBe('loop/charts/self');
    expect(dirs.size).toBeLessThanOrEqual(8);
  });
});

describe('archivedSubchart', () => {
  /** A chart archive in `charts/` of `chartDir`, named `file`, holding the chart `name`. */
  async function pack(chartDir: string, file: string, name: string): Promise<void> {
    const tar = await tarEntries([
      { path: `${name}/Chart.yaml`, content: chart(name) },
      { path: `${name}/templates/pod.yaml`, content: `kind: Pod # ${name}\n` }
    ]);
    mkdirSync(join(repo, chartDir, 'charts'), { recursive: true });
    writeFileSync(join(repo, chartDir, 'charts', file), gzipSync(tar));
  }

  it('finds the archive a render names by the chart it holds, under its alias, whatever its file is called', async () => {
    write({ 'parent/Chart.yaml': chart('parent', dependency('sub', 'second') + dependency('db')) });
    await pack('parent', 'sub-0.1.0.tgz', 'sub');
    await pack('parent', 'postgresql-12.1.0.tgz', 'db');
    await pack('parent', 'other-1.0.0.tgz', 'other');
    const text = (rendered: string) =>
      archivedSubchart(join(repo, 'parent'), rendered)?.files.get('templates/pod.yaml');
    expect(text('second')).toBe('kind: Pod # sub\n');
    expect(text('db')).toBe('kind: Pod # db\n');
    // An archive the parent lists under an alias only renders under that alias.
    expect(text('sub')).toBeUndefined();
    // Helm renders every chart of charts/, listed or not, under its own name.
    expect(text('other')).toBe('kind: Pod # other\n');
    expect(text('missing')).toBeUndefined();
    expect(archivedSubchart(join(repo, 'nowhere'), 'db')).toBeUndefined();
  });
});
