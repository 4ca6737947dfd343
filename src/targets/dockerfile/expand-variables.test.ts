import { expandVariables, removeWordQuotes } from './expand-variables.js';

const scope = new Map<string, string | undefined>([
  ['BASE', 'alpine:3.20'],
  ['EMPTY', ''],
  ['UNSET', undefined]
]);

describe('expandVariables', () => {
  it.each([
    ['$BASE', 'alpine:3.20', true],
    ['${BASE}', 'alpine:3.20', true],
    ['x-${BASE}-y', 'x-alpine:3.20-y', true],
    ['${UNSET:-node:20}', 'node:20', true],
    ['${MISSING:-node:20}', 'node:20', true],
    ['${EMPTY:-fallback}', 'fallback', true],
    ['${EMPTY-fallback}', '', true],
    ['${BASE:+set}', 'set', true],
    ['${UNSET:+set}', '', true],
    ['${MISSING:-${BASE}}', 'alpine:3.20', true],
    ['$UNSET', '', false],
    ['${MISSING}', '', false],
    ['\\$BASE', '$BASE', true],
    ['no variables', 'no variables', true]
  ])('%s → %s', (text, value, resolved) => {
    expect(expandVariables(text, scope)).toEqual({ value, resolved });
  });

  it('honours the backtick escape', () => {
    expect(expandVariables('`$BASE', scope, '`')).toEqual({ value: '$BASE', resolved: true });
  });
});

describe('removeWordQuotes', () => {
  it('removes shell quotes as BuildKit does for a FROM image, leaving single-quoted text unexpanded', () => {
    const scope = new Map([['TAG', 'ltsc2022']]);
    const expand = (word: string, escape = '\\') =>
      expandVariables(removeWordQuotes(word, escape), scope, escape).value;
    expect(expand('mcr.microsoft.com/windows/servercore:"${TAG}"')).toBe(
      'mcr.microsoft.com/windows/servercore:ltsc2022'
    );
    expect(expand('"alpine":3.20')).toBe('alpine:3.20');
    expect(expand("app:'$TAG'")).toBe('app:$TAG');
    expect(expand("app:'$TAG'", '`')).toBe('app:$TAG');
    expect(expand('app:\\"x\\"')).toBe('app:"x"');
    expect(expand('alpine:3.20')).toBe('alpine:3.20');
  });
});
