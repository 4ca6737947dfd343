import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { parseDockerfile } from '../dockerfile/parse-dockerfile.js';
import { runScriptSource } from '../dockerfile/run-commands.js';
import { parseMvdan } from './parse-mvdan.js';
import { parsePosix } from './parse-posix.js';
import type { ShellParse } from './shell-commands.js';

/**
 * While mvdan-sh is still a dependency: tree-sitter-bash must give the same ShellParse on every RUN
 * script of the project's examples, fixtures and test cases (string literals of the test files),
 * except the differences listed in INTENDED.
 */
const root = fileURLToPath(new URL('../../..', import.meta.url));

/** Scripts (by their start) where the parsers differ on purpose, and why. */
const INTENDED: Record<string, string> = {
  // A Go template placeholder: mvdan-sh reads `{{` as a command name, tree-sitter-bash as a syntax
  // error, so the tokenizer reads it (and also finds the command `{{`).
  '{{ .Command }}': 'template placeholders are not shell'
};

function filesUnder(dir: string, keep: (name: string) => boolean, out: string[] = []): string[] {
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

function runScriptsOf(dockerfile: string, out: Set<string>): void {
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

/** String literals of a test file (their values, escapes decoded), found with the TypeScript parser. */
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

function corpus(): Set<string> {
  const scripts = new Set<string>();
  const isDockerfile = (name: string): boolean => /dockerfile/i.test(name);
  for (const dir of ['examples', 'test/fixtures'])
    for (const file of filesUnder(join(root, dir), isDockerfile))
      runScriptsOf(readFileSync(file, 'utf8'), scripts);
  const tests = filesUnder(join(root, 'src'), name => name.endsWith('.test.ts')).filter(
    f => !f.endsWith('parse-bash-differential.test.ts')
  );
  for (const file of tests) {
    const shellTest = relative(root, file).startsWith('src/targets/shell/');
    for (const text of literalsOf(file)) {
      if (/^FROM\s/m.test(text) && /^RUN\s/m.test(text)) runScriptsOf(text, scripts);
      else if (text.startsWith('RUN ')) runScriptsOf(`FROM scratch\n${text}`, scripts);
      else if (shellTest && /\S\s+\S/.test(text)) scripts.add(text);
    }
  }
  return scripts;
}

/** Comparable form: commands in source order (as parseShell sorts them), the error only as present or not. */
function comparable(parse: ShellParse): string {
  const commands = [...parse.commands].sort((a, b) => a.name.start - b.name.start);
  return JSON.stringify({ commands, assignments: parse.assignments, error: parse.error !== undefined });
}

describe('tree-sitter-bash against mvdan-sh', () => {
  it('gives the same ShellParse on every RUN script of the examples, fixtures and tests', () => {
    const scripts = corpus();
    expect(scripts.size).toBeGreaterThan(500);
    const different: string[] = [];
    for (const script of scripts) {
      if (Object.keys(INTENDED).some(start => script.startsWith(start))) continue;
      if (comparable(parsePosix(script)) !== comparable(parseMvdan(script))) different.push(script);
    }
    expect(different).toEqual([]);
  });
});
