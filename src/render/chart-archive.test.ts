import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readChartArchive } from './chart-archive.js';
import { tarEntries } from '../../test/builders/image-fixture.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bulkhead-chart-archive-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A gzipped tar of `entries` written to the scratch directory; its path. */
async function archive(entries: Parameters<typeof tarEntries>[0], gzip = true): Promise<string> {
  const tar = await tarEntries(entries);
  const path = join(dir, 'chart.tgz');
  writeFileSync(path, gzip ? gzipSync(tar) : tar);
  return path;
}

describe('readChartArchive', () => {
  it("reads a packed chart's text files under its folder, by path in the chart, with its name", async () => {
    // A path longer than a tar header's 100 bytes (a PAX or USTAR prefix record), as deep CRDs are.
    const deep = `templates/${'crds/'.repeat(20)}crd.yaml`;
    const path = await archive([
      { path: 'db', type: 'directory' },
      { path: 'db/Chart.yaml', content: 'apiVersion: v2\nname: db\nversion: 0.1.0\n' },
      { path: 'db/values.yaml', content: 'auth:\n  password: ""\n' },
      { path: 'db/templates/secret.yaml', content: 'kind: Secret\n' },
      { path: `db/${deep}`, content: 'kind: CustomResourceDefinition\n' }
    ]);
    const read = readChartArchive(path);
    expect(read?.name).toBe('db');
    expect([...(read?.files.keys() ?? [])]).toEqual([
      'Chart.yaml',
      'values.yaml',
      'templates/secret.yaml',
      deep
    ]);
    expect(read?.files.get('values.yaml')).toBe('auth:\n  password: ""\n');
  });

  it('reads nothing of what is no chart archive: not gzipped, no Chart.yaml, entries outside one folder', async () => {
    const chartYaml = { path: 'db/Chart.yaml', content: 'apiVersion: v2\nname: db\nversion: 0.1.0\n' };
    expect(readChartArchive(await archive([chartYaml], false))).toBeUndefined();
    expect(readChartArchive(await archive([{ path: 'db/values.yaml', content: 'a: 1\n' }]))).toBeUndefined();
    expect(
      readChartArchive(await archive([chartYaml, { path: 'other/values.yaml', content: 'a: 1\n' }]))
    ).toBeUndefined();
    expect(readChartArchive(join(dir, 'missing.tgz'))).toBeUndefined();
  });
});
