import { parsePosix } from './parse-posix.js';

describe('parsePosix loading mvdan-sh on first use', () => {
  it('parses the first script and leaves the process stack trace limit as it was', () => {
    const before = Error.stackTraceLimit;
    expect(before).not.toBe(Infinity);
    const parsed = parsePosix('apt-get update && apt-get install -y curl | tee /tmp/log');
    expect(parsed.error).toBeUndefined();
    expect(parsed.commands.map(c => c.name.value)).toEqual(['apt-get', 'apt-get', 'tee']);
    // GopherJS sets it to Infinity when it loads, which makes every Error capture its full stack.
    expect(Error.stackTraceLimit).toBe(before);
  });
});
