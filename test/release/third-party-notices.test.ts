import { build } from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Packages the build swaps for code of Bulkhead's own (scripts/build.mjs). */
const REPLACED = ['vscode-languageserver-types'];

function distMentions(text: string): boolean {
  const dist = join(root, 'dist');
  return readdirSync(dist).some(
    file => file.endsWith('.js') && readFileSync(join(dist, file), 'utf8').includes(text)
  );
}

describe('dist/THIRD_PARTY_NOTICES.txt', () => {
  it('names every package bundled into dist/, each with its license text', async () => {
    // An independent look at the bundle: esbuild's own list of inputs, not the notices generator.
    const { metafile } = await build({
      entryPoints: [join(root, 'src/cli/index.ts'), join(root, 'src/action/index.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      write: false,
      outdir: '/nonexistent',
      metafile: true,
      logLevel: 'silent'
    });
    const bundled = new Set<string>();
    for (const input of Object.keys(metafile.inputs)) {
      const match = /.*node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
      if (match) bundled.add(match[1] as string);
    }
    expect(bundled.size).toBeGreaterThan(10);
    for (const name of REPLACED) expect(bundled).toContain(name);
    const notices = readFileSync(join(root, 'dist/THIRD_PARTY_NOTICES.txt'), 'utf8');
    const sections = notices.split(/^={80}$/m).slice(1);
    const named = new Map(sections.map(section => [/^\n(@?[^@\s]+)@/.exec(section)?.[1], section]));
    for (const name of bundled) {
      // scripts/build.mjs bundles its own subset in place of this package (lsp-types-subset.ts): no
      // notice, and no trace of the package's code in dist/.
      if (REPLACED.includes(name)) {
        expect({ name, section: named.has(name), code: distMentions(`node_modules/${name}/`) }).toEqual({
          name,
          section: false,
          code: false
        });
        continue;
      }
      const section = named.get(name);
      expect({ name, present: section !== undefined }).toEqual({ name, present: true });
      // Every license text carries a grant or a copyright line.
      expect({ name, text: /copyright|permission|licensed under/i.test(section ?? '') }).toEqual({
        name,
        text: true
      });
    }
  });
});
