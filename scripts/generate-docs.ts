/**
 * Generates docs/rules/<ID>.md, docs/rules/README.md and the README rule table from rule metadata
 * and the test cases tagged `docs: true`. `--check` fails (exit 1) when a committed file is stale.
 */
import { readFileSync, readdirSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadDocumentParsers } from '../src/engine/load-document-parsers.js';
import { loadShellParser } from '../src/engine/load-shell-parser.js';
import { ALL_RULES } from '../src/rules/index.js';
import { COLLECTED_CASES } from '../test/rule-tester.js';
import { renderRuleIndex, renderRulePage, renderRuleTable } from './render-rule-docs.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

// Each rule's test file registers its cases with the rule tester. Outside Jest, test blocks of their
// own (robustness checks and the like) are declared but never run.
const noop = () => undefined;
Object.assign(globalThis, {
  describe: noop,
  it: Object.assign(noop, { each: () => noop }),
  test: noop,
  expect: noop
});
// The documented cases run through the rule tester, whose rules parse shell synchronously.
await loadShellParser();
await loadDocumentParsers();
const slugs = new Set(ALL_RULES.map(r => `${r.meta.slug}.test.ts`));
for (const file of testFiles(join(root, 'src/rules')).sort()) {
  if (slugs.has(basename(file))) await import(pathToFileURL(file).href);
}

const outputs = new Map<string, string>();
for (const rule of ALL_RULES) {
  outputs.set(
    join(root, 'docs/rules', `${rule.meta.id}.md`),
    renderRulePage(rule, COLLECTED_CASES.get(rule.meta.id)?.cases)
  );
}
outputs.set(join(root, 'docs/rules/README.md'), renderRuleIndex(ALL_RULES));
const readmePath = join(root, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
outputs.set(readmePath, replaceBetweenMarkers(readme, renderRuleTable(ALL_RULES)));

const stale: string[] = [];
for (const [path, content] of outputs) {
  const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  if (current === content) continue;
  stale.push(relative(root, path));
  if (!check) {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, content);
  }
}
const known = new Set([...outputs.keys()].map(p => relative(root, p)));
const orphans = readdirSync(join(root, 'docs/rules'))
  .map(name => `docs/rules/${name}`)
  .filter(path => !known.has(path));
if (check && (stale.length || orphans.length)) {
  console.error(
    `Generated docs are stale: ${[...stale, ...orphans].join(', ')}.\nRun 'npm run docs' and commit the result.`
  );
  process.exit(1);
}
console.log(
  check
    ? `Docs are up to date (${outputs.size} files).`
    : `Wrote ${stale.length} of ${outputs.size} doc files.`
);

function replaceBetweenMarkers(text: string, table: string): string {
  const start = '<!-- rules:start -->';
  const end = '<!-- rules:end -->';
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error(`README.md lacks the ${start} … ${end} markers.`);
  return `${text.slice(0, a + start.length)}\n${table}${text.slice(b)}`;
}
