/**
 * The part of `vscode-languageserver-types` that dockerfile-ast calls: `Position.create` and
 * `Range.create`, with the package's own semantics (3.17–3.18). The build (scripts/build.mjs) bundles this
 * module in place of the package for dockerfile-ast's imports: the package is 65 KB of JavaScript that
 * every start compiled for two functions. `lsp-types-subset.test.ts` compares both functions with the
 * package and fails when dockerfile-ast starts calling any other member.
 */

/** The largest `uinteger` of the Language Server Protocol (2^31 - 1). */
const MAX_UINTEGER = 2147483647;

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

function isUinteger(value: unknown): value is number {
  return typeof value === 'number' && value >= 0 && value <= MAX_UINTEGER;
}

function isPosition(value: unknown): value is Position {
  if (value === null || typeof value !== 'object') return false;
  const candidate = value as Partial<Position>;
  return isUinteger(candidate.line) && isUinteger(candidate.character);
}

export const Position = {
  /** A position; `Number.MAX_VALUE` stands for the end of a line or of the document. */
  create(line: number, character: number): Position {
    return {
      line: line === Number.MAX_VALUE ? MAX_UINTEGER : line,
      character: character === Number.MAX_VALUE ? MAX_UINTEGER : character
    };
  },
  is: isPosition
};

export const Range = {
  /** A range from four numbers (start line and character, end line and character) or two positions. */
  create(one: number | Position, two: number | Position, three?: number, four?: number): Range {
    if (isUinteger(one) && isUinteger(two) && isUinteger(three) && isUinteger(four))
      return { start: Position.create(one, two), end: Position.create(three, four) };
    if (isPosition(one) && isPosition(two)) return { start: one, end: two };
    throw new Error(`Range#create called with invalid arguments[${one}, ${two}, ${three}, ${four}]`);
  }
};
