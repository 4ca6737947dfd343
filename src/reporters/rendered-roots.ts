import type { RenderedRoot } from '../core/scan-result.js';
import { plural } from './count-findings.js';

const MAX_ROWS = 30;

/** `Rendered 3 Helm charts and 1 Kustomize root; 1 failed, 1 skipped.` (empty without roots). */
export function describeRenderedRoots(roots: readonly RenderedRoot[] | undefined): string {
  if (!roots?.length) return '';
  const count = (status: RenderedRoot['status'], kind: RenderedRoot['kind']) =>
    roots.filter(r => r.status === status && r.kind === kind).length;
  const rendered = [
    plural(count('rendered', 'helm'), 'Helm chart'),
    plural(count('rendered', 'kustomize'), 'Kustomize root')
  ].join(' and ');
  const failed = roots.filter(r => r.status === 'failed').length;
  const skipped = roots.filter(r => r.status === 'skipped').length;
  const rest = [failed ? `${failed} failed` : '', skipped ? `${skipped} not rendered` : ''].filter(Boolean);
  return `Rendered ${rendered}${rest.length ? `; ${rest.join(', ')} (see the notes)` : ''}.`;
}

/** The job summary's table of render roots: what was rendered (with the Windows pass), skipped or failed, and why. */
export function renderedRootsTable(
  roots: readonly RenderedRoot[] | undefined,
  escape: (text: string) => string
): string {
  if (!roots?.length) return '';
  const rows = roots.slice(0, MAX_ROWS).map(root => {
    const what =
      root.status === 'rendered'
        ? `${plural(root.objects ?? 0, 'object')}${root.valuesFile ? ` with ${root.valuesFile}` : ''}${root.windowsValues ? `; Windows pass with ${root.windowsValues}` : ''}`
        : (root.reason ?? '');
    return `| ${escape(root.root)} | ${root.kind === 'helm' ? 'Helm' : 'Kustomize'} | ${root.status} | ${escape(what)} |`;
  });
  const more = roots.length - rows.length;
  return [
    '',
    '### Helm charts and Kustomize roots',
    '',
    describeRenderedRoots(roots),
    '',
    '| Root | Tool | Status | Details |',
    '| --- | --- | --- | --- |',
    ...rows,
    ...(more > 0 ? ['', `_… and ${plural(more, 'more root')}._`] : []),
    ''
  ].join('\n');
}
