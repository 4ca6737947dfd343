import type { RenderedRoot } from '../core/scan-result.js';
import { describeRenderedRoots, renderedRootsTable } from './rendered-roots.js';

const ROOTS: RenderedRoot[] = [
  {
    root: 'charts/csi-driver',
    kind: 'helm',
    status: 'rendered',
    objects: 9,
    windowsValues: 'windows.enabled=true'
  },
  { root: 'charts/legacy', kind: 'helm', status: 'failed', reason: 'execution error: image.tag is required' },
  { root: 'deploy/overlays/win', kind: 'kustomize', status: 'rendered', objects: 1 },
  {
    root: 'charts/agent',
    kind: 'helm',
    status: 'rendered',
    objects: 2,
    valuesFile: 'charts/agent/ci/test-values.yaml'
  },
  {
    root: 'deploy/overlays|odd',
    kind: 'kustomize',
    status: 'skipped',
    reason: 'kubectl or kustomize was not found'
  }
];

describe('rendered roots in the text output and the job summary', () => {
  it('sums up what was rendered, failed or skipped', () => {
    expect(describeRenderedRoots(ROOTS)).toBe(
      'Rendered 2 Helm charts and 1 Kustomize root; 1 failed, 1 not rendered (see the notes).'
    );
    expect(describeRenderedRoots([ROOTS[0] as RenderedRoot])).toBe(
      'Rendered 1 Helm chart and 0 Kustomize roots.'
    );
    expect(describeRenderedRoots(undefined)).toBe('');
  });

  it('lists each root with its status, the CI values file and the Windows pass, escaped', () => {
    const table = renderedRootsTable(ROOTS, text => text.replaceAll('|', '\\|'));
    expect(table).toContain(
      '| charts/csi-driver | Helm | rendered | 9 objects; Windows pass with windows.enabled=true |'
    );
    expect(table).toContain('| charts/legacy | Helm | failed | execution error: image.tag is required |');
    expect(table).toContain(
      '| charts/agent | Helm | rendered | 2 objects with charts/agent/ci/test-values.yaml |'
    );
    expect(table).toContain(
      '| deploy/overlays\\|odd | Kustomize | skipped | kubectl or kustomize was not found |'
    );
    expect(renderedRootsTable([], text => text)).toBe('');
  });
});
