import { jsonSyntaxMessage } from './json-syntax-message.js';

function parseError(text: string): unknown {
  try {
    JSON.parse(text);
  } catch (error) {
    return error;
  }
  throw new Error('parsed');
}

describe('jsonSyntaxMessage', () => {
  const token = ['gh', 'p_', 'Xv9Rk2Lm7Qp4Zt8Wn3HsXv9Rk2Lm7Qp4Zt8W'].join('');

  it.each([
    ['at the start', `{"auth": ${token}}`],
    ['cut on both sides', `{"registry": "r.example.com", "auth": ${token}}`]
  ])('drops the excerpt V8 quotes (%s)', (_, text) => {
    const raw = parseError(text) as Error;
    expect(raw.message).toContain(token.slice(0, 8)); // V8 does quote the input
    expect(jsonSyntaxMessage(raw)).toBe("Unexpected token 'g'");
  });

  it('keeps messages without an excerpt', () => {
    expect(jsonSyntaxMessage(parseError('{"a": 1'))).toMatch(
      /^(Unexpected end of JSON input|Expected ',' or '}')/
    );
    expect(jsonSyntaxMessage(new Error('Unexpected end of JSON input'))).toBe('Unexpected end of JSON input');
  });
});
