// The license notices of every npm package bundled into dist/ (MIT, ISC, BSD and Apache all require that
// the notice travels with the code; esbuild's `legalComments: 'none'` strips the in-source copies).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const LICENSE_FILE = /^(licen[cs]e|copying|notice)(\.(md|txt|markdown))?$/i;

/** The package folders (`…/node_modules/name` or `…/node_modules/@scope/name`) of esbuild's metafile inputs. */
export function bundledPackageDirs(metafile) {
  const dirs = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    const marker = input.lastIndexOf('node_modules/');
    if (marker < 0) continue;
    const rest = input.slice(marker + 'node_modules/'.length).split('/');
    const name = rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
    dirs.add(`${input.slice(0, marker)}node_modules/${name}`);
  }
  return [...dirs];
}

/** The MIT text for a package that declares MIT but ships no license file (the notice must still travel). */
function mitLicense(author) {
  const holder = typeof author === 'string' ? author : (author?.name ?? 'the package authors');
  return [
    `MIT License (the package ships no license file; text reproduced from the declared license)`,
    '',
    `Copyright (c) ${holder}`,
    '',
    'Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions:',
    '',
    'The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software.',
    '',
    'THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.'
  ].join('\n');
}

/** One text file: for each bundled package, its name, version, declared license and license files. */
export function formatThirdPartyNotices(metafile) {
  const packages = bundledPackageDirs(metafile)
    .map(dir => {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      const files = readdirSync(dir)
        .filter(name => LICENSE_FILE.test(name))
        .sort();
      const texts = files.map(name => readFileSync(join(dir, name), 'utf8').replace(/\r\n/g, '\n').trim());
      if (texts.length === 0 && manifest.license === 'MIT') texts.push(mitLicense(manifest.author));
      return { name: manifest.name, version: manifest.version, license: manifest.license, texts };
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const seen = new Set();
  const sections = [];
  for (const pkg of packages) {
    const key = `${pkg.name}@${pkg.version}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const body = pkg.texts.length
      ? pkg.texts.join('\n\n')
      : `The package ships no license file; its package.json declares "${pkg.license}".`;
    sections.push(`${key} (${pkg.license ?? 'no license declared'})\n${'-'.repeat(key.length)}\n\n${body}`);
  }
  return [
    'Third-party software bundled into dist/cli.js and dist/index.js',
    '',
    `Bulkhead (MIT, see LICENSE) bundles the ${sections.length} npm packages below. Each is used under its own license, reproduced here.`,
    '',
    ...sections.map(section => `${'='.repeat(80)}\n${section}\n`)
  ].join('\n');
}
