import { applyEdits, applyFixes, selectFixes } from './apply-edits.js';
import type { Fix } from './fix.js';

const at = (line: number, col: number, endLine = line, endCol = col) => ({
  startLine: line,
  startColumn: col,
  endLine,
  endColumn: endCol
});
const fix = (description: string, ...edits: Fix['edits']): Fix => ({ description, safety: 'safe', edits });

describe('applyEdits', () => {
  it('replaces and inserts by 1-based regions on CRLF text', () => {
    const text = 'FROM alpine\r\nRUN curl -k https://x\r\n';
    const out = applyEdits(text, [
      { region: at(2, 10, 2, 13), replacement: '' },
      { region: at(2, 22), replacement: '\r\nUSER 10001' }
    ]);
    expect(out).toBe('FROM alpine\r\nRUN curl https://x\r\nUSER 10001\r\n');
  });

  it('refuses overlapping edits', () => {
    expect(() =>
      applyEdits('abcdef', [
        { region: at(1, 1, 1, 4), replacement: 'x' },
        { region: at(1, 3, 1, 5), replacement: 'y' }
      ])
    ).toThrow(/Overlapping/);
  });
});

describe('selectFixes', () => {
  it('keeps the first of two conflicting fixes and any fix that only touches it', () => {
    const text = 'spec:\n  securityContext: {}\n';
    const first = fix('First.', { region: at(2, 20, 2, 22), replacement: '{a: 1}' });
    const clash = fix('Clash.', { region: at(2, 21, 2, 22), replacement: 'b: 2}' });
    const touching = fix('Touching.', { region: at(2, 22), replacement: ' # ok' });
    const sameInsert = fix('Same point.', { region: at(2, 22), replacement: ' # twice' });
    expect(selectFixes(text, [first, clash, touching, sameInsert]).map(f => f.description)).toEqual([
      'First.',
      'Touching.'
    ]);
    expect(applyFixes(text, [first, clash, touching]).text).toBe('spec:\n  securityContext: {a: 1} # ok\n');
  });
});
