import { sameLinesInBlock } from './block-lines.js';

describe('sameLinesInBlock', () => {
  const text = [
    'other: |-', //                  1
    '  db.password=x', //            2
    'appConfig: |-', //              3
    '  [primary]', //                4
    '  db.password=x', //            5
    '{{- if .Values.replica }}', //  6
    '  db.password=x', //            7
    '{{- end }}', //                 8
    '', //                           9
    '  db.password=x', //           10
    'next: 1', //                   11
    '  db.password=x' //            12
  ].join('\n');

  it('lists the lines below the key, through blank lines and template actions, up to the next key', () => {
    expect(sameLinesInBlock(text, 3, '  db.password=x ')).toEqual([5, 7, 10]);
    expect(sameLinesInBlock(text, 1, 'db.password=x')).toEqual([2]);
  });

  it('reads the whole text from line 0, and finds nothing for an empty line', () => {
    expect(sameLinesInBlock(text, 0, 'db.password=x')).toEqual([2, 5, 7, 10, 12]);
    expect(sameLinesInBlock(text, 3, '   ')).toEqual([]);
  });
});
