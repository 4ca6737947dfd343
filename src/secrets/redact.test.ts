import { makeGithubToken, pseudoRandom } from '../../test/builders/credentials.js';
import { redactAll, redactSecret } from './redact.js';

describe('redactSecret', () => {
  it('shows at most the first 4 characters then an ellipsis', () => {
    expect(redactSecret(makeGithubToken('ghp_', pseudoRandom(30)))).toBe('ghp_…');
    expect(redactSecret('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')).toBe('wJal…');
  });

  it.each([
    ['', '…'],
    ['a', '…'],
    ['abc', '…'],
    ['abcd', 'a…'],
    ['hunter2', 'h…'],
    ['P@ssw0rd', 'P@…'],
    ['s3cr3t-s3cr3t', 's3c…'],
    ['0123456789abcdef', '0123…']
  ])('%j → %j (min(4, floor(length / 4)) characters)', (secret, expected) => {
    expect(redactSecret(secret)).toBe(expected);
  });

  it('never returns the whole value', () => {
    for (let length = 0; length < 40; length++) {
      const secret = 'x'.repeat(length);
      expect(redactSecret(secret)).not.toBe(secret);
      expect(redactSecret(secret).length).toBeLessThanOrEqual(5);
    }
  });

  it('does not split astral characters', () => {
    expect(redactSecret('🔑🔑🔑🔑🔑🔑🔑🔑')).toBe('🔑🔑…');
  });
});

describe('redactAll', () => {
  it('redacts every occurrence in a command line', () => {
    const command = 'curl -u admin:hunter2 https://x/ && echo hunter2';
    expect(redactAll(command, ['hunter2'])).toBe('curl -u admin:h… https://x/ && echo h…');
  });

  it('prefers the longest secret and never redacts a redaction again', () => {
    const text = 'token=abcdefghijkl other=abcd';
    expect(redactAll(text, ['abcd', 'abcdefghijkl'])).toBe('token=abc… other=a…');
  });

  it('treats secrets as plain text, not patterns', () => {
    expect(redactAll('p=a.b*c(d)$ q=aXbbc', ['a.b*c(d)$'])).toBe('p=a.… q=aXbbc');
  });

  it('ignores empty secrets and returns text without secrets unchanged', () => {
    expect(redactAll('nothing here', ['', 'absent'])).toBe('nothing here');
    expect(redactAll('nothing here', [])).toBe('nothing here');
  });
});
