import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `npm run lint:layers` runs dependency-cruiser with .dependency-cruiser.cjs over src/. These cases
 * run the same config over small throwaway trees shaped like src/, so a rule that stops matching
 * (a renamed folder, a broken pattern) fails here instead of silently passing on the real tree.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const depcruise = join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

interface CheckRun {
  status: number | null;
  violations: string[];
}

let workspace: string;

beforeEach(() => {
  workspace = mkdtempSync(join(tmpdir(), 'bulkhead-layers-'));
  symlinkSync(join(root, 'node_modules'), join(workspace, 'node_modules'), 'dir');
  writeFileSync(
    join(workspace, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { module: 'nodenext', strict: true } })
  );
});

afterEach(() => {
  rmSync(workspace, { recursive: true, force: true });
});

/** Writes the given files (path → source) under the workspace and runs the layer check on src/. */
function checkTree(files: Record<string, string>): CheckRun {
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(dirname(join(workspace, path)), { recursive: true });
    writeFileSync(join(workspace, path), source);
  }
  // The `err` reporter, as in `npm run lint:layers`: its exit status is what fails `npm test`.
  const run = spawnSync(
    process.execPath,
    [depcruise, 'src', '--config', join(root, '.dependency-cruiser.cjs'), '--output-type', 'err'],
    { cwd: workspace, encoding: 'utf8' }
  );
  const violations = run.stdout
    .split('\n')
    .flatMap(line => /^\s*error (\S+: \S+ →(?: \S+)?)/.exec(line)?.[1] ?? [])
    .sort();
  return { status: run.status, violations };
}

describe('the import layer check', () => {
  it('passes imports that point down the layers', () => {
    const run = checkTree({
      'src/core/finding.ts': 'export interface Finding { ruleId: string }\n',
      'src/engine/scan.ts':
        "import type { Finding } from '../core/finding.js';\nexport const found: Finding[] = [];\n",
      'src/reporters/text.ts':
        "import { found } from '../engine/scan.js';\nexport const count = found.length;\n",
      'src/action/main.ts':
        "import * as core from '@actions/core';\nimport { count } from '../reporters/text.js';\ncore.info(String(count));\n"
    });
    expect(run.violations).toEqual([]);
    expect(run.status).toBe(0);
  });

  it('fails on an upward import, a type-only one included (engine → reporters)', () => {
    const run = checkTree({
      'src/reporters/line-fingerprints.ts': 'export type Fingerprint = string;\n',
      'src/engine/scan-documents.ts':
        "import type { Fingerprint } from '../reporters/line-fingerprints.js';\nexport const none: Fingerprint[] = [];\n"
    });
    expect(run.violations).toEqual([
      'layer-engine: src/engine/scan-documents.ts → src/reporters/line-fingerprints.ts'
    ]);
    expect(run.status).not.toBe(0);
  });

  it('fails when a target imports the acquisition layer (targets → sources), a type-only import included', () => {
    const run = checkTree({
      'src/targets/image/model.ts': 'export interface ImageDocument { source: string }\n',
      'src/sources/image/local-files.ts':
        "import { readFile } from 'node:fs/promises';\nexport const readLocalFile = (path: string) => readFile(path);\n",
      'src/sources/image/opened-image.ts': 'export interface OpenedImage { display: string }\n',
      'src/targets/image/read-image.ts':
        "import { readLocalFile } from '../../sources/image/local-files.js';\nexport const read = readLocalFile;\n",
      'src/targets/image/image-config.ts':
        "import type { OpenedImage } from '../../sources/image/opened-image.js';\nexport const opened: OpenedImage[] = [];\n"
    });
    expect(run.violations).toEqual([
      'layer-targets: src/targets/image/image-config.ts → src/sources/image/opened-image.ts',
      'layer-targets: src/targets/image/read-image.ts → src/sources/image/local-files.ts'
    ]);
    expect(run.status).not.toBe(0);
  });

  it('keeps the model and the rules from importing sources, and lets the engine and the CLI do it', () => {
    const run = checkTree({
      'src/targets/image/model.ts': 'export interface ImageDocument { source: string }\n',
      'src/sources/image/load-image.ts':
        "import type { ImageDocument } from '../../targets/image/model.js';\nexport const loadImage = (source: string): ImageDocument => ({ source });\n",
      'src/engine/load-images.ts':
        "import { loadImage } from '../sources/image/load-image.js';\nexport const loaded = loadImage('image.tar');\n",
      'src/cli/pin-digests.ts':
        "import { loadImage } from '../sources/image/load-image.js';\nexport const pinned = loadImage('alpine:3.20');\n",
      'src/model/image-facts.ts':
        "import { loadImage } from '../sources/image/load-image.js';\nexport const facts = loadImage('image.tar');\n",
      'src/rules/image-user/image-runs-as-root.ts':
        "import type { loadImage } from '../../sources/image/load-image.js';\nexport type Loader = typeof loadImage;\n"
    });
    expect(run.violations).toEqual([
      'no-io-from-pure-layers: src/model/image-facts.ts → src/sources/image/load-image.ts',
      'no-io-from-pure-layers: src/rules/image-user/image-runs-as-root.ts → src/sources/image/load-image.ts'
    ]);
  });

  it('fails when peers import each other (cli → action)', () => {
    const run = checkTree({
      'src/action/inputs.ts': 'export const inputs = {};\n',
      'src/cli/main.ts': "import { inputs } from '../action/inputs.js';\nexport const argv = inputs;\n"
    });
    expect(run.violations).toEqual(['layer-cli: src/cli/main.ts → src/action/inputs.ts']);
  });

  it('lets a test drive its module through higher layers', () => {
    const run = checkTree({
      'src/engine/scan.ts': 'export const scan = (): number => 1;\n',
      'src/model/pod-os.ts': 'export const os = 1;\n',
      'src/model/pod-os.test.ts': "import { scan } from '../engine/scan.js';\nexport const ran = scan();\n"
    });
    expect(run.violations).toEqual([]);
  });

  it('keeps @actions/* inside src/action', () => {
    const run = checkTree({
      'src/cli/progress-line.ts': "import * as core from '@actions/core';\ncore.info('scanning');\n"
    });
    expect(run.violations).toHaveLength(1);
    expect(run.violations[0]).toMatch(
      /^actions-toolkit-only-in-action: src\/cli\/progress-line\.ts → .*node_modules\/@actions\/core\//
    );
  });

  it('keeps targets/shell from importing the Dockerfile target', () => {
    const run = checkTree({
      'src/targets/dockerfile/run-commands.ts': 'export const runScripts = (): string[] => [];\n',
      'src/targets/shell/transport-script.ts':
        "import { runScripts } from '../dockerfile/run-commands.js';\nexport const scripts = runScripts();\n"
    });
    expect(run.violations).toEqual([
      'shell-below-dockerfile: src/targets/shell/transport-script.ts → src/targets/dockerfile/run-commands.ts'
    ]);
  });

  it('fails on a run-time cycle but not on one closed only by a type import', () => {
    const run = checkTree({
      'src/targets/dockerfile/run-commands.ts':
        "import { stagesOf } from './build-stage.js';\nexport const runScripts = (): string[] => stagesOf();\n",
      'src/targets/dockerfile/build-stage.ts':
        "import { runScripts } from './run-commands.js';\nexport const stagesOf = (): string[] => (runScripts ? [] : []);\n",
      'src/targets/compose/compose-document.ts':
        "import { services } from './compose-services.js';\nexport interface ComposeDocument { names: string[] }\nexport const names = services;\n",
      'src/targets/compose/compose-services.ts':
        "import type { ComposeDocument } from './compose-document.js';\nexport const services = (d: ComposeDocument): string[] => d.names;\n"
    });
    // One report per cycle; the compose pair is closed by `import type` only and stays silent.
    expect(run.violations).toEqual(['no-cycles: src/targets/dockerfile/build-stage.ts →']);
    expect(run.status).not.toBe(0);
  });
});
