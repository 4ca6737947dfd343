import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Position, Range } from './lsp-types-subset.js';

// The real package, as dockerfile-ast resolves it (it is not one of Bulkhead's own dependencies).
const fromDockerfileAst = createRequire(createRequire(import.meta.url).resolve('dockerfile-ast'));
const lsp = fromDockerfileAst('vscode-languageserver-types') as {
  Position: { create(line: number, character: number): unknown };
  Range: { create(...args: unknown[]): unknown };
};

/** Every `vscode_languageserver_types_1.<Namespace>.<member>` dockerfile-ast's compiled code names. */
function membersDockerfileAstCalls(): Set<string> {
  const lib = dirname(createRequire(import.meta.url).resolve('dockerfile-ast'));
  const members = new Set<string>();
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith('.js')) {
        const text = readFileSync(path, 'utf8');
        for (const match of text.matchAll(/vscode_languageserver_types_1\.(\w+)(?:\.(\w+))?/g))
          members.add(match[2] ? `${match[1]}.${match[2]}` : match[1]!);
        // Any other way of reaching the package (a destructured require, a re-export) is a new use.
        if (/require\(["']vscode-languageserver-types["']\)/.test(text))
          for (const line of text.split('\n'))
            if (
              line.includes('vscode-languageserver-types') &&
              !/vscode_languageserver_types_1 = require\(/.test(line)
            )
              members.add(`(other use) ${line.trim()}`);
      }
    }
  };
  visit(lib);
  return members;
}

describe('the vscode-languageserver-types subset bundled for dockerfile-ast', () => {
  it('covers every member dockerfile-ast calls', () => {
    expect([...membersDockerfileAstCalls()].sort()).toEqual(['Position.create', 'Range.create']);
  });

  const uintegers = [0, 1, 7, 2147483647, Number.MAX_VALUE];
  it('creates positions as the package does', () => {
    for (const line of uintegers)
      for (const character of uintegers)
        expect(Position.create(line, character)).toEqual(lsp.Position.create(line, character));
  });

  it('creates ranges from four numbers or two positions as the package does', () => {
    const cases: unknown[][] = [
      [0, 0, 0, 0],
      [1, 2, 3, 4],
      [0, 5, 2147483647, 2147483647],
      [
        { line: 1, character: 2 },
        { line: 3, character: 4 }
      ],
      [{ line: 0, character: 0 }, { line: 0, character: 0 }, 9, 9]
    ];
    for (const args of cases)
      expect(Range.create(...(args as [number, number, number, number]))).toEqual(lsp.Range.create(...args));
  });

  it('throws where the package throws, with its message', () => {
    const cases: unknown[][] = [
      [-1, 0, 0, 0],
      [0, 0, 0],
      [0, 0, 0, Number.MAX_VALUE],
      [
        { line: -1, character: 0 },
        { line: 0, character: 0 }
      ],
      [null, { line: 0, character: 0 }],
      ['1', '2', '3', '4']
    ];
    for (const args of cases) {
      const theirs = (() => {
        try {
          lsp.Range.create(...args);
          return 'no error';
        } catch (error) {
          return (error as Error).message;
        }
      })();
      expect(theirs).toMatch(/^Range#create called with invalid arguments/);
      expect(() => Range.create(...(args as [number, number, number, number]))).toThrow(theirs);
    }
  });
});
