import type { Finding, Note } from '../core/finding.js';
import type { RenderedRoot } from '../core/scan-result.js';
import type { RenderRoot } from '../render/discover-render-roots.js';
import { withoutGeneratedSecrets } from '../render/generated-secrets.js';
import type { MappingContext } from '../render/mapping-context.js';
import { withPeriod } from '../render/render-chart.js';
import type { ToolOutcome } from '../render/run-render-tool.js';
import { describeSwitches, type WindowsSwitch } from '../render/windows-switches.js';
import { repeatFilter } from './rendered-repeats.js';
import type { EngineOptions } from './scan-documents.js';
import { scanRendered } from './scan-rendered-stream.js';

/** A chart's Windows switches and the render with some of them on (render-chart.ts). */
export interface WindowsPass {
  switches: WindowsSwitch[];
  render: (switches: WindowsSwitch[]) => Promise<ToolOutcome>;
}

/**
 * Renders a chart again with its Windows switches on and adds what only that render deploys, each
 * finding saying which values it took. When the switches fail together (one needs settings of its own:
 * k8s-monitoring's `windowsEventLogs.enabled` wants log sources, while its windows-exporter only needs
 * `deploy: true`), each is tried alone, so one switch's requirements do not hide the others' workloads.
 * `findings` (the default render's) is appended to; a render that fails is a note.
 */
export async function addWindowsPass(
  pass: WindowsPass,
  root: RenderRoot,
  context: MappingContext,
  engine: EngineOptions,
  summary: RenderedRoot,
  findings: Finding[],
  notes: Note[]
): Promise<void> {
  const isRepeat = repeatFilter();
  // Each pass renders the first's objects again: its findings are counted apart.
  for (const finding of findings) isRepeat(finding, 'default values');
  const all = describeSwitches(pass.switches);
  summary.windowsValues = all;
  const together = await pass.render(pass.switches);
  if (together.ok) {
    await addPass(together.stdout, all, () => pass.render(pass.switches));
    return;
  }
  notes.push({
    kind: 'render',
    file: root.file,
    message: `Helm chart '${root.dir}' with ${all} could not be rendered: ${withPeriod(together.reason)}`
  });
  if (pass.switches.length < 2) return;
  const rendered: string[] = [];
  for (const one of pass.switches) {
    const values = describeSwitches([one]);
    const alone = await pass.render([one]);
    if (!alone.ok) continue;
    rendered.push(values);
    await addPass(alone.stdout, values, () => pass.render([one]));
  }
  if (rendered.length) {
    summary.windowsValues = rendered.join('; ');
    notes.push({
      kind: 'render',
      file: root.file,
      message: `Helm chart '${root.dir}' was rendered with each Windows switch alone instead: ${rendered.join('; ')}.`
    });
  }

  async function addPass(stream: string, values: string, rerender: () => Promise<ToolOutcome>) {
    const extra = scanRendered(stream, root, context, engine);
    // Its own secrets findings are checked for generated values as the first render's are.
    for (const finding of await withoutGeneratedSecrets(extra, stream, rerender)) {
      if (isRepeat(finding, values)) continue;
      finding.message = `${finding.message} Only rendered with ${values}.`;
      finding.properties = { ...finding.properties, renderValues: values };
      findings.push(finding);
    }
  }
}
