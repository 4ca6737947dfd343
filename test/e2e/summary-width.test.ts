/**
 * The job summary at GitHub's page width: a monorepo-shaped scan (long paths, long messages and
 * URLs, many findings of one rule, new and existing findings) rendered to HTML and measured in
 * headless Chromium at 1,000 px. Nothing may be wider than the page or scroll sideways.
 * Set BULKHEAD_SUMMARY_SCREENSHOT=/tmp/summary.png to also get a picture to look at.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scan } from '../../src/engine/scan.js';
import { formatMarkdown } from '../../src/reporters/markdown.js';
import {
  findChromium,
  measureOverflow,
  PAGE_WIDTH,
  screenshot,
  summaryPage
} from '../summary/summary-page.js';
import { writeTree } from '../write-tree.js';

const chromium = findChromium();
let dir: string;

const DEEP = 'deploy/overlays/production-eu-west-1/workloads/ingestion-pipeline-backfill-worker-v2';

const write = (files: Record<string, string>) => writeTree(dir, files);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bulkhead-summary-width-'));
  const services = [
    'payments-api',
    'ledger',
    'notifications',
    'search-indexer',
    'image-resizer',
    'web',
    'admin'
  ];
  for (const service of services)
    write({
      [`services/${service}/Dockerfile`]: [
        'FROM python:3.12-slim',
        'WORKDIR /srv',
        'COPY requirements.txt .',
        'RUN curl -fsSLk https://artifacts.internal.example.com/repository/pypi-proxy/packages/wheels/manylinux_2_28_x86_64/internal_sdk-4.18.2-py3-none-any.whl -o /tmp/sdk.whl',
        'RUN pip install --no-cache-dir -r requirements.txt /tmp/sdk.whl',
        'ENV DB_PASSWORD=Hq7vTz2Lk9Rw4Xp8',
        'COPY . .',
        'CMD ["gunicorn", "app:app", "--bind", "0.0.0.0:8000"]',
        ''
      ].join('\n')
    });
  write({
    [`${DEEP}/deployment-with-a-rather-long-name-for-the-nightly-reprocessing-job.yaml`]: [
      'apiVersion: apps/v1',
      'kind: DaemonSet',
      'metadata: { name: node-log-shipper }',
      'spec:',
      '  selector: { matchLabels: { app: node-log-shipper } }',
      '  template:',
      '    metadata: { labels: { app: node-log-shipper } }',
      '    spec:',
      '      hostNetwork: true',
      '      hostPID: true',
      '      containers:',
      '        - name: shipper',
      '          image: registry.internal.example.com/platform/observability/node-log-shipper-with-extra-parsers:latest',
      '          securityContext: { privileged: true }',
      '          volumeMounts: [{ name: docker-sock, mountPath: /var/run/docker.sock }]',
      '      volumes:',
      '        - name: docker-sock',
      '          hostPath: { path: /var/run/docker.sock }',
      ''
    ].join('\n')
  });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the job summary at 1,000 px', () => {
  it('has no overflow in headless Chromium', async () => {
    if (!chromium) {
      // .ci/run installs the Debian package, so this only skips on a developer machine without it.
      if (process.env.CI) throw new Error('Chromium is missing in CI: .ci/run installs the Debian package.');
      console.warn('Skipped: Chromium is not installed (apt-get install --no-install-recommends chromium).');
      return;
    }
    const { result } = await scan({ paths: ['.'], cwd: dir });
    expect(result.findings.length).toBeGreaterThan(20);
    const markdown = formatMarkdown(result, {
      blobUrl: (file, line) =>
        `https://github.com/octo-org/platform/blob/4f9c2a7d1e8b3f6a0c5d9e2b7a4f1c8d3e6b9a0f/${file}#L${line}`,
      failOn: 'high',
      isNew: finding =>
        finding.location.file.startsWith('services/payments-api/') || finding.target !== 'dockerfile',
      gate: { verdict: 'fail', failing: 4, scope: 'new', notBlocking: 12 },
      status: [
        'Code scanning upload: `47177e22-5596-11eb-80a1-c1e54ef945c6` for `refs/pull/1234/merge` at `4f9c2a7d1e8b`.',
        'Processing: complete.'
      ]
    });
    expect(markdown).toContain('<details>');
    const pageFile = join(dir, 'summary.html');
    writeFileSync(pageFile, summaryPage(markdown));
    const measured = measureOverflow(chromium, pageFile);
    expect(measured.problems).toEqual([]);
    expect(measured.height).toBeGreaterThan(1000);

    // The check can fail: a findings table (what the summary used to be) with an unbreakable path in
    // its location column scrolls sideways, and is caught.
    const path =
      'deploy/overlays/productioneuwest1/workloads/ingestionpipelinebackfillworkerv2/deployment.yaml';
    const table = `| Severity | Rule | Message | Location |\n| --- | --- | --- | --- |\n| 🔴 High | BH201 | ${'A long message about a secret in an ENV instruction. '.repeat(3)} | ${path}:12 |\n`;
    writeFileSync(pageFile, summaryPage(table));
    expect(measureOverflow(chromium, pageFile).problems.join('\n')).toMatch(/TABLE scrolls sideways/);

    const png = process.env.BULKHEAD_SUMMARY_SCREENSHOT;
    if (png) {
      writeFileSync(pageFile, summaryPage(markdown));
      screenshot(chromium, pageFile, png, measured.height);
    }
    expect(PAGE_WIDTH).toBe(1000);
  }, 240_000);
});
