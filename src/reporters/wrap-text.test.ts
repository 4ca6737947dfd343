import { wrapText } from './wrap-text.js';

describe('wrapText', () => {
  it('wraps a long remediation at word boundaries under an indent', () => {
    const remediation =
      'Add a `USER` instruction with a non-root user to the final stage, for example `USER 10001`, after the files it needs are owned by that user.';
    const lines = wrapText(remediation, 40, '    ');
    expect(lines).toEqual([
      '    Add a `USER` instruction with a',
      '    non-root user to the final stage,',
      '    for example `USER 10001`, after the',
      '    files it needs are owned by that',
      '    user.'
    ]);
    expect(lines.every(line => line.length <= 40)).toBe(true);
  });

  it('keeps a word longer than the width whole, and keeps paragraph breaks', () => {
    const url = 'https://kubernetes.io/docs/concepts/security/pod-security-standards/';
    expect(wrapText(`See ${url} first.\n\nThen apply.`, 30)).toEqual([
      'See',
      url,
      'first.',
      '',
      'Then apply.'
    ]);
  });
});
