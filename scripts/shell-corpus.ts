/**
 * The shell corpus: every POSIX RUN script of the project's examples and fixtures, and the string
 * literals of its tests that are RUN scripts or (in src/targets/shell/) shell snippets. The golden
 * file test/golden/shell-parses.json holds, per script, a hash of the ShellParse the parser gave:
 * recorded from mvdan-sh when tree-sitter-bash replaced it, and checked by
 * src/targets/shell/parse-posix-corpus.test.ts.
 *
 * `npx tsx scripts/shell-corpus.ts --write` records the current parser's parses (after a change of
 * the parser that is meant to change them, with the differences checked by hand).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { parseDockerfile } from '../src/targets/dockerfile/parse-dockerfile.js';
import { runScriptSource } from '../src/targets/dockerfile/run-commands.js';
import type { ShellParse } from '../src/targets/shell/shell-commands.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const GOLDEN = join(ROOT, 'test', 'golden', 'shell-parses.json');

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  const out: string[] = [];
  const pending = [dir];
  for (let at = pending.pop(); at !== undefined; at = pending.pop()) {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory() && entry.name !== 'node_modules') pending.push(path);
      else if (entry.isFile() && keep(entry.name)) out.push(path);
    }
  }
  return out.sort();
}

function addRunScripts(dockerfile: string, out: Set<string>): void {
  try {
    const document = parseDockerfile(dockerfile);
    for (const stage of document.stages)
      for (const instruction of stage.instructions) {
        if (instruction.keyword !== 'RUN') continue;
        const { text, dialect } = runScriptSource(instruction, stage);
        if (dialect === 'posix') out.add(text);
      }
  } catch {
    // Not a Dockerfile after all.
  }
}

/** String literals of a TypeScript file (their values, escapes decoded), read with the TypeScript parser. */
function literalsOf(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest);
  const out: string[] = [];
  const pending: ts.Node[] = [source];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) out.push(node.text);
    else if (ts.isTemplateExpression(node)) out.push(node.head.text);
    node.forEachChild(child => {
      pending.push(child);
    });
  }
  return out;
}

export function collectShellCorpus(): string[] {
  const scripts = new Set<string>();
  for (const dir of ['examples', 'test/fixtures'])
    for (const file of filesUnder(join(ROOT, dir), name => /dockerfile/i.test(name)))
      addRunScripts(readFileSync(file, 'utf8'), scripts);
  const tests = filesUnder(join(ROOT, 'src'), name => name.endsWith('.test.ts')).filter(
    file => !file.endsWith('parse-posix-corpus.test.ts')
  );
  for (const file of tests) {
    const shellTest = relative(ROOT, file).startsWith('src/targets/shell/');
    for (const text of literalsOf(file)) {
      if (/^FROM\s/m.test(text) && /^RUN\s/m.test(text)) addRunScripts(text, scripts);
      else if (text.startsWith('RUN ')) addRunScripts(`FROM scratch\n${text}`, scripts);
      else if (shellTest && /\S\s+\S/.test(text)) scripts.add(text);
    }
  }
  return [...scripts];
}

const hash = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 16);

export function scriptKey(script: string): string {
  return hash(script);
}

/** A hash of a parse: commands in source order (as parseShell sorts them), the error only as present or not. */
export function parseHash(parse: ShellParse): string {
  const commands = [...parse.commands].sort((a, b) => a.name.start - b.name.start);
  return hash(JSON.stringify({ commands, assignments: parse.assignments, error: parse.error !== undefined }));
}

export function recordGolden(parse: (script: string) => ShellParse): number {
  const golden: Record<string, string> = {};
  for (const script of collectShellCorpus().sort()) golden[scriptKey(script)] = parseHash(parse(script));
  writeFileSync(GOLDEN, `${JSON.stringify(golden, null, 2)}\n`);
  return Object.keys(golden).length;
}

if (
  process.argv[1] &&
  fileURLToPath(import.meta.url) === process.argv[1] &&
  process.argv.includes('--write')
) {
  const { loadShellParser } = await import('../src/engine/load-shell-parser.js');
  const { parsePosix } = await import('../src/targets/shell/parse-posix.js');
  await loadShellParser();
  console.log(`${recordGolden(parsePosix)} parses recorded in ${relative(ROOT, GOLDEN)}`);
}
