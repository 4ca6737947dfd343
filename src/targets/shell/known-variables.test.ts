import { expandKnownVariables, knownValue } from './known-variables.js';
import { scriptOfText } from './transport-script.js';

const ENV: Record<string, string> = { CURL_OPTIONS: '--insecure --retry 3' };
const script = (text: string) => scriptOfText(text, 'posix', name => ENV[name]);
/** The value of `$name` at the script's (last) curl command, as knownValue reads it. */
const valueAtLast = (text: string, name: string) => {
  const s = script(text);
  const curl = s.commands.filter(c => c.program === 'curl').at(-1);
  return knownValue(s, name, curl?.name.start ?? 0);
};

describe('knownValue', () => {
  it('takes a single unconditional assignment before the command, or else the ENV/ARG value', () => {
    expect(valueAtLast('CURL_OPTS="-k -L"; curl $CURL_OPTS https://x', 'CURL_OPTS')).toBe('-k -L');
    expect(valueAtLast('apt-get update && CURL_OPTS=-k && curl $CURL_OPTS x', 'CURL_OPTS')).toBe('-k');
    expect(valueAtLast('curl $CURL_OPTIONS https://x', 'CURL_OPTIONS')).toBe('--insecure --retry 3');
    expect(valueAtLast('curl $OTHER https://x', 'OTHER')).toBeUndefined();
  });

  it('leaves a value unknown that a branch, loop, substitution, second assignment or other mention may change', () => {
    for (const text of [
      'if [ -n "$I" ]; then CURL_OPTS=-k; fi; curl $CURL_OPTS x',
      'CURL_OPTS=-s; [ -n "$I" ] && CURL_OPTS=-k; curl $CURL_OPTS x',
      'true || CURL_OPTS=-k; curl $CURL_OPTS x',
      'CURL_OPTS="$(cat /opts)"; curl $CURL_OPTS x',
      'CURL_OPTS=$BASE; curl $CURL_OPTS x',
      'curl $CURL_OPTS x; CURL_OPTS=-k; true',
      'read CURL_OPTS < /opts; curl $CURL_OPTS x',
      'CURL_OPTS=-k sh -c "curl \\$CURL_OPTS x"; curl $CURL_OPTS x',
      'for CURL_OPTIONS in -s -k; do curl $CURL_OPTIONS x; done',
      'export CURL_OPTIONS=-s; curl $CURL_OPTIONS x',
      '. ./build-env; curl $CURL_OPTIONS x'
    ]) {
      const name = text.includes('CURL_OPTIONS') ? 'CURL_OPTIONS' : 'CURL_OPTS';
      expect([text, valueAtLast(text, name)]).toEqual([text, undefined]);
    }
  });
});

describe('expandKnownVariables', () => {
  it('splits an unquoted expansion at blanks and keeps a quoted one a single word', () => {
    const s = script('curl $CURL_OPTIONS "${CURL_OPTIONS}" -o f https://x');
    const expanded = expandKnownVariables(s, s.commands[0]!);
    expect(expanded?.command.args.map(a => a.value)).toEqual([
      '--insecure',
      '--retry',
      '3',
      '--insecure --retry 3',
      '-o',
      'f',
      'https://x'
    ]);
    expect(expanded?.variables.map(v => v.name)).toEqual(['CURL_OPTIONS', 'CURL_OPTIONS']);
    const plain = script('curl -fsSL https://x');
    expect(expandKnownVariables(plain, plain.commands[0]!)).toBeUndefined();
  });
});
